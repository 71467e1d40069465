"""Validation of the catalogue: schema, vocabularies, references, dates, units and evidence.

This module runs every check over a catalogue; the checks are in modules of their own:
whole tables (schemas, unique ids, repeated figures) in ``tablechecks.py``, ``sources.csv``
and the seed files in ``seedchecks.py``, each target and observation (references, values,
units, dates, evidence) in ``recordchecks.py``, zones' parents and targets' parts in
``nestchecks.py``.

Every problem is collected, none stops the others from being found; each is a
:class:`~zonetrack.exceptions.Problem` that prints as ``file:row:column: message``.
"""

from __future__ import annotations

import gc
from collections.abc import Set as AbstractSet
from pathlib import Path

from . import config
from .exceptions import Problem
from .files import Table, read_tables
from .nestchecks import check_parts, check_zones
from .recordchecks import check_records
from .schemas import SCHEMAS, named_columns
from .seedchecks import check_sources, unlisted_stored_seeds
from .tablechecks import check_repeated_figures, check_schema, check_unique

__all__ = ["validate_catalog", "validate_tables"]


def validate_catalog(
    data_dir: Path | str | None = None, seeds_dir: Path | str | None = None
) -> list[Problem]:
    """Check the catalogue in ``data_dir`` against its sources in ``seeds_dir``.

    Returns every problem found (an empty list means the catalogue is valid).
    Reads only; never writes to either folder.

    Raises
    ------
    UsageError
        If a folder is empty, not a path or does not exist (naming ``data_dir`` or
        ``seeds_dir``): a mistaken argument, not a problem in the data.
    """
    data, seeds = config.data_dir(data_dir), config.seeds_dir(seeds_dir)
    tables = read_tables(data, seeds)
    problems = validate_tables(tables, seeds, read_back=True)
    # Reported here, not by validate_tables: the catalogue (what reports and add-source read)
    # is the one it was before, but the folder is unfinished and `validate` says so.
    return problems + list(unlisted_stored_seeds(seeds, tables.get("sources")))


def validate_tables(
    tables: dict[str, Table],
    seeds_dir: Path,
    read_back: bool | AbstractSet[tuple[str, int]] = False,
) -> list[Problem]:
    """Every problem of ``tables`` (read from ``seeds_dir``'s catalogue), sorted by place.

    ``read_back`` says which records' kind and date are compared with the extractor's reading
    at their evidence (:mod:`~zonetrack.readback`): True for all, else the ``(file, line)`` of
    those to compare. It extracts every seed they cite (tens of milliseconds each), which a
    load of a national catalogue cannot afford: ``validate`` compares every record, a command
    that adds records compares its own.
    """
    # Validation creates millions of small objects and keeps most of them (rows, figures),
    # none in reference cycles; the cycle collector, run again and again over a growing heap,
    # made a 40,000-zone catalogue cost 1.25x what collecting once afterwards does.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _validate_tables(tables, seeds_dir, read_back)
    finally:
        if enabled:
            gc.enable()


def _validate_tables(
    tables: dict[str, Table], seeds_dir: Path, read_back: bool | AbstractSet[tuple[str, int]]
) -> list[Problem]:
    problems: list[Problem] = []
    for table in tables.values():
        problems.extend(table.problems)
    usable: dict[str, Table] = {}
    schema: list[Problem] = []
    for key, table in tables.items():
        schema.extend(check_schema(SCHEMAS[key], table))
        if set(named_columns(SCHEMAS[key])) <= set(table.frame.columns):
            usable[key] = table
    across = [*check_unique(usable), *check_repeated_figures(usable)]
    seed_texts: dict[str, str | None] = {}
    across.extend(check_sources(usable, seeds_dir, seed_texts))
    across.extend(check_zones(usable))
    # The record checks' problems come before the schema's: where both find one (a date left
    # empty that the page gives), the record's message says more than "must not be empty".
    problems.extend(check_records(usable, seed_texts, read_back))
    problems.extend(schema)
    problems.extend(across)
    problems.extend(check_parts(usable))
    # One problem per place is enough: the first message found for it stands.
    unique: dict[tuple[str, int, str], Problem] = {}
    for p in problems:
        unique.setdefault((p.file, p.row, p.column), p)
    return sorted(unique.values(), key=lambda p: (p.file, p.row, p.column))
