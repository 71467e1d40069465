"""Validation of the catalogue: schema, vocabularies, references, dates, units and evidence.

The table schemas are in ``schemas.py``, the evidence check in ``evidence.py``, the
arithmetic of derived figures in ``formulas.py``; this module runs them all over a
catalogue and checks across rows and tables.

Every problem is collected, none stops the others from being found; each is a
:class:`~zonetrack.exceptions.Problem` that prints as ``file:row:column: message``.
"""

from __future__ import annotations

import gc
import math
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa

from . import config
from .dates import parse_date, period_start
from .evidence import Readings, check_evidence, range_end
from .exceptions import CONTROL_PATTERN, DataError, Problem
from .files import Table, decode_text, read_bytes, read_tables, sha256_bytes
from .formulas import evaluate_formula
from .matching import states_change
from .readback import PageReadings, check_kind_and_date
from .schemas import ID_COLUMN, SCHEMAS, named_columns
from .units import CANONICAL_UNITS, CURRENCIES, canonical_unit, to_canonical

__all__ = [
    "WHAT_IF_COLUMNS",
    "check_observation_rows",
    "may_be_negative",
    "validate_catalog",
    "validate_tables",
]

# Catalogue dates repeat: a few hundred months among tens of thousands of rows. A date
# that does not parse raises every time (lru_cache keeps only results).
_parse_date = lru_cache(maxsize=1 << 12)(parse_date)
_period_start = lru_cache(maxsize=1 << 12)(period_start)


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
    return problems + list(_unlisted_stored_seeds(seeds, tables.get("sources")))


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
    for key, table in tables.items():
        problems.extend(_check_schema(SCHEMAS[key], table))
        if set(named_columns(SCHEMAS[key])) <= set(table.frame.columns):
            usable[key] = table
    problems.extend(_check_unique(usable))
    problems.extend(_check_repeated_figures(usable))
    seed_texts: dict[str, str | None] = {}
    problems.extend(_check_sources(usable, seeds_dir, seed_texts))
    problems.extend(_check_zones(usable))
    problems.extend(_check_records(usable, seed_texts, read_back))
    problems.extend(_check_parts(usable))
    # One problem per place is enough: the first message found for it stands.
    unique: dict[tuple[str, int, str], Problem] = {}
    for p in problems:
        unique.setdefault((p.file, p.row, p.column), p)
    return sorted(unique.values(), key=lambda p: (p.file, p.row, p.column))


def _rows(table: Table) -> Iterator[tuple[int, dict[str, Any]]]:
    # Plain dicts: a pandas Series per row costs more than every check made on it, and
    # zipping the columns' lists costs less than DataFrame.to_dict.
    frame = table.frame
    columns = list(frame.columns)
    values = [frame.iloc[:, i].tolist() for i in range(len(columns))]
    cells = zip(*values, strict=True) if columns else ((),) * len(frame)
    for line, row in zip(table.lines, cells, strict=True):
        yield line, dict(zip(columns, row, strict=True))


_CONTROL_RE = re.compile(CONTROL_PATTERN)
_WITHOUT_ANY_FIELD: dict[int, pa.DataFrameSchema] = {}


def _without_control_characters(frame: pd.DataFrame) -> bool:
    """Whether no cell of ``frame`` (all strings) holds a control character.

    One search over all cells at once; when it finds none, the per-cell check of every
    column (``_ANY_FIELD``, most of what pandera costs here) cannot fail and is left out.
    """
    try:
        joined = "".join(cell for column in frame.columns for cell in frame[column].tolist())
    except TypeError:  # a cell that is not a string: let the per-cell check see it
        return False
    return _CONTROL_RE.search(joined) is None


def _check_schema(schema: pa.DataFrameSchema, table: Table) -> Iterator[Problem]:
    if table.frame.empty and not len(table.frame.columns):
        return
    if ".*" in schema.columns and _without_control_characters(table.frame):
        if id(schema) not in _WITHOUT_ANY_FIELD:
            _WITHOUT_ANY_FIELD[id(schema)] = schema.remove_columns([".*"])
        schema = _WITHOUT_ANY_FIELD[id(schema)]
    try:
        schema.validate(table.frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        for case in err.failure_cases.itertuples(index=False):
            if case.check == "column_in_dataframe":
                yield Problem(table.name, 1, str(case.failure_case), "required column is missing")
            elif case.index is not None and not pd.isna(case.index):
                value = "" if case.failure_case is None else str(case.failure_case)
                yield Problem(
                    table.name,
                    table.line(int(case.index)),
                    str(case.column),
                    f"{value!r} {case.check}" if value else str(case.check),
                    value,
                )


def _check_unique(tables: dict[str, Table]) -> Iterator[Problem]:
    for key, table in tables.items():
        column = ID_COLUMN[key]
        if column not in table.frame:
            continue
        first: dict[str, int] = {}
        for line, value in zip(table.lines, table.frame[column].tolist(), strict=True):
            if value in first:
                yield Problem(
                    table.name,
                    line,
                    column,
                    # The file is named: add-figures reports this on the draft's line.
                    f"duplicate id {value!r} (first on line {first[value]} of "
                    f"{Path(table.name).name})",
                    value,
                )
            elif value:
                first[value] = line


# What makes two rows one figure (with the value in canonical units). A target restated by
# a second report of its plan would be assessed and counted twice. An observation quoted
# twice from the same words is a row added twice; the same figure in a page's English and
# Chinese texts (two evidence spans) is two quotations, and revisions pick one (§1.2).
_SAME_FIGURE = {
    "targets": ("zone_id", "indicator_id", "comparator", "deadline"),
    "observations": ("zone_id", "indicator_id", "ref_date", "source", "published", "evidence"),
}


def _check_repeated_figures(tables: dict[str, Table]) -> Iterator[Problem]:
    """The same figure under a second id: reported on the later row, naming the first."""
    for key, fields in _SAME_FIGURE.items():
        table = tables.get(key)
        id_column = ID_COLUMN[key]
        if table is None or not {*fields, "value", "unit", id_column} <= set(table.frame):
            continue
        frame = table.frame
        # Only rows that share every other field can repeat a figure: found at once by
        # pandas, so a national catalogue (where none do) pays no loop over its rows.
        candidates = frame.duplicated(list(fields), keep=False).to_numpy()
        if "derived_from" in frame:  # computed from other rows, checked against them
            candidates = candidates & (frame["derived_from"] == "").to_numpy()
        first: dict[tuple[object, ...], tuple[str, int]] = {}
        for index in candidates.nonzero()[0]:
            row = frame.iloc[index]
            line = table.lines[index]
            try:
                value, unit = to_canonical(float(row["value"]), row["unit"])
            except (DataError, ValueError):
                continue  # reported where the value and unit are checked
            figure = (*(row[f] for f in fields), value, unit)
            if figure in first:
                other, other_line = first[figure]
                yield Problem(
                    table.name,
                    line,
                    id_column,
                    f"the same figure as {other!r} (line {other_line} of "
                    f"{Path(table.name).name}): same "
                    f"{', '.join(fields)} and value; keep one row",
                    row[id_column],
                )
            else:
                first[figure] = (row[id_column], line)


def _ids(tables: dict[str, Table], key: str) -> set[str]:
    table = tables.get(key)
    column = ID_COLUMN[key]
    if table is None or column not in table.frame:
        return set()
    return set(table.frame[column])


def _check_sources(
    tables: dict[str, Table], seeds_dir: Path, texts: dict[str, str | None]
) -> Iterator[Problem]:
    """Problems of ``sources.csv`` and the seed files; fills ``texts`` with each listed
    seed's text (None when it is missing, unreadable or not UTF-8)."""
    table = tables.get("sources")
    if table is None or "source" not in table.frame:
        return
    listed = set()
    for line, row in _rows(table):
        name = row["source"]
        listed.add(name)
        path = seeds_dir / name
        if not name:
            continue
        if Path(name).name != name or name.startswith("."):
            yield Problem(
                table.name,
                line,
                "source",
                "a source is a file name directly in the seeds folder, without folders",
                name,
            )
            continue
        texts[name] = None
        if not path.is_file():
            yield Problem(
                table.name, line, "source", f"seed file {name!r} not found in {seeds_dir}", name
            )
        else:
            raw, unreadable = read_bytes(path, str(path))
            yield from unreadable
            if raw is not None:
                digest = sha256_bytes(raw)
                if re.fullmatch(r"[0-9a-f]{64}", row.get("sha256", "")) and digest != row["sha256"]:
                    yield Problem(
                        table.name,
                        line,
                        "sha256",
                        f"seed file {name!r} has changed: its sha256 is {digest}, "
                        f"not the recorded {row['sha256']}; raw sources are immutable",
                        row["sha256"],
                    )
                # A seed that is not UTF-8 is reported, never skipped: every row citing it
                # would otherwise escape the evidence check.
                texts[name], undecodable = decode_text(raw, str(path))
                yield from undecodable
        if row.get("published"):
            yield from _date_problem(table.name, line, "published", row["published"])
        if row.get("retrieved"):
            yield from _date_problem(table.name, line, "retrieved", row["retrieved"])
            yield from _published_by_retrieval(table.name, line, row)
    if seeds_dir.is_dir():
        for path in sorted(seeds_dir.iterdir()):
            if (
                path.is_file()
                and path.name != config.SOURCES_FILE
                and not path.name.startswith((".", "README"))
                and path.name not in listed
                and not _stored_but_not_listed(path)
            ):
                yield Problem(str(path), 0, "*", f"seed file is not listed in {table.name}")


def _unlisted_stored_seeds(seeds_dir: Path, table: Table | None) -> Iterator[Problem]:
    """Seeds ``add-source`` stored and was stopped before listing (killed between the two
    writes): one line each, saying how to finish or undo the command."""
    if table is None or "source" not in table.frame or not seeds_dir.is_dir():
        return
    listed = set(table.frame["source"])
    for path in sorted(seeds_dir.iterdir()):
        if path.is_file() and path.name not in listed and _stored_but_not_listed(path):
            yield Problem(
                str(path),
                0,
                "*",
                f"stored by an add-source that stopped before listing it in {table.name}; "
                "run the same add-source again to list it, or delete the file",
            )


def _stored_but_not_listed(path: Path) -> bool:
    """A document ``add-source`` stored and was stopped before listing.

    Its name carries the start of its own sha256 (``NNN_<16 hex>.txt``), so it is what
    the command stored, not a file put there by hand. No row can cite an unlisted source,
    so the catalogue is the one it was before; running ``add-source`` again lists it.
    """
    match = re.fullmatch(r"\d+_([0-9a-f]{16})\.txt", path.name)
    if not match:
        return False
    raw, _ = read_bytes(path, str(path))
    return raw is not None and sha256_bytes(raw)[:16] == match[1]


def _published_by_retrieval(file: str, line: int, row: pd.Series) -> Iterator[Problem]:
    # A document was public by the day it was obtained, so `published` cannot be later.
    try:
        late = _parse_date(row["published"]) > _parse_date(row["retrieved"])
    except DataError:
        return  # reported as a bad date
    if late:
        yield Problem(
            file,
            line,
            "published",
            f"published {row['published']} is after retrieved {row['retrieved']}; the "
            "retrieval date is an upper bound of publication",
            row["published"],
        )


def _date_problem(file: str, line: int, column: str, value: str) -> Iterator[Problem]:
    try:
        _parse_date(value)
    except DataError as exc:
        yield Problem(file, line, column, exc.reason, value)


def _check_zones(tables: dict[str, Table]) -> Iterator[Problem]:
    table = tables.get("zones")
    if table is None:
        return
    parents = dict(zip(table.frame["zone_id"], table.frame["parent_id"], strict=True))
    for line, row in _rows(table):
        if row["zone_id"] == "all":
            yield Problem(
                table.name,
                line,
                "zone_id",
                "'all' is reserved for the all-zones overview; choose another id",
                "all",
            )
        parent = row["parent_id"]
        if not parent:
            continue
        if parent not in parents:
            yield Problem(table.name, line, "parent_id", f"unknown zone {parent!r}", parent)
            continue
        loop = _parent_loop(row["zone_id"], parents)
        if loop:
            # Reported on the zones of the loop, naming it; zones below it are fixed with it.
            shown = " → ".join([*loop[:8], "…"] if len(loop) > 8 else [*loop, loop[0]])
            yield Problem(
                table.name, line, "parent_id", f"zone parents form a cycle: {shown}", parent
            )


def _parent_loop(zone: str, parents: dict[str, str]) -> list[str]:
    """The zones of the loop through ``zone`` (``zone`` first), or [] if it is on none."""
    path, seen = [zone], {zone}
    current = parents.get(zone) or ""
    while current and current not in seen:
        path.append(current)
        seen.add(current)
        current = parents.get(current) or ""
    return path if current == zone else []


def may_be_negative(unit: str, measure: str) -> bool:
    """Whether an indicator's figures may be below zero, from its canonical unit and measure.

    A count (firms, people, projects) or an area can never be negative, whatever the
    measure; nor can a stock (an amount held at a date: registered capital, a floor area).
    Only flows and ratios in money, percent or score may be: a loss, a fall, a growth rate.
    """
    return unit not in ("count", "m^2") and measure != "stock"


_INDICATOR_INFO_COLUMNS = ("unit", "measure")


def _indicator_info(tables: dict[str, Table]) -> dict[str, dict[str, str]]:
    if "indicators" not in tables:
        return {}
    frame = tables["indicators"].frame
    return {
        row["indicator_id"]: {c: row.get(c, "") for c in _INDICATOR_INFO_COLUMNS}
        for _, row in frame.iterrows()
    }


def _reads_back(read_back: bool | AbstractSet[tuple[str, int]], file: str, line: int) -> bool:
    if isinstance(read_back, bool):
        return read_back
    return (file, line) in read_back


def _check_records(
    tables: dict[str, Table],
    texts: dict[str, str | None],
    read_back: bool | AbstractSet[tuple[str, int]] = False,
) -> Iterator[Problem]:
    zones = _ids(tables, "zones")
    indicators = _indicator_info(tables)
    sources = {}
    currencies: dict[str, str | None] = {}
    if "sources" in tables:
        frame = tables["sources"].frame
        sources = dict(zip(frame["source"], frame["published"], strict=True))
        if "currency" in frame:
            # An unknown code is reported by the schema; its figures are then read as yuan.
            currencies = {
                s: c if c in CURRENCIES and c != "CNY" else None
                for s, c in zip(frame["source"], frame["currency"], strict=True)
            }

    targets = tables.get("targets")
    observations = tables.get("observations")
    target_ids = _ids(tables, "targets")
    obs_values: dict[str, float] = {}
    readings = Readings()
    pages = PageReadings()
    # The end of each range a row holds, by its source, evidence and the range's place there.
    range_ends: dict[tuple[str, str, int], tuple[str, str]] = {}

    for kind, table in (("target", targets), ("observation", observations)):
        if table is None:
            continue
        for line, row in _rows(table):
            here = _Here(table.name, line)
            here.references(
                row,
                zones if "zones" in tables else None,
                indicators if "indicators" in tables else None,
            )
            if row["source"] and "sources" in tables and row["source"] not in sources:
                here.add(
                    "source",
                    f"unknown source {row['source']!r} (not in sources.csv)",
                    row["source"],
                )
            canonical = here.quantity(
                row["value"], row["unit"], indicators.get(row["indicator_id"])
            )
            here.change_on_stock(row, indicators.get(row["indicator_id"]), kind)
            if kind == "target":
                deadline = here.date("deadline", row["deadline"])
                adopted = here.date("adopted", row["adopted"])
                if deadline is not None and adopted is not None and deadline <= adopted:
                    here.add(
                        "deadline",
                        f"deadline {row['deadline']} is not after adopted {row['adopted']}; "
                        "a later page restating an earlier plan's goal: adopted is the date "
                        "the plan set it, not the page's",
                        row["deadline"],
                    )
                parent = row["parent_target_id"]
                if parent and parent not in target_ids:
                    here.add("parent_target_id", f"unknown target {parent!r}", parent)
                elif parent == row["target_id"] and parent:
                    here.add("parent_target_id", "a target cannot be its own part", parent)
            else:
                here.dates(row, sources.get(row["source"], ""))
                if canonical is not None:
                    obs_values[row["obs_id"]] = canonical[0]
            if row["evidence"]:
                if row["source"] in texts:
                    text = texts[row["source"]]
                    if text is None:
                        here.add(
                            "evidence",
                            f"cannot be checked: seed {row['source']!r} could not be read "
                            "(see the problem reported for it)",
                            row["evidence"],
                        )
                    else:
                        currency = currencies.get(row["source"])
                        for column, message, value in check_evidence(
                            row, text, readings, canonical, kind, currency
                        ):
                            here.add(column, message, value)
                        if canonical is not None and not here.problems:
                            here.other_end(row, readings, canonical, currency, range_ends)
                        if (
                            canonical is not None
                            and not here.problems
                            and _reads_back(read_back, table.name, line)
                        ):
                            extracted = pages.rows(row["source"], text, currency)
                            found = check_kind_and_date(row, kind, text, extracted, canonical)
                            if found is not None:
                                here.add(*found)
            elif kind == "target" or not row["derived_from"]:
                here.add("evidence", "evidence is required (a verbatim span of the source)")
            yield from here.problems

    if observations is not None:
        for line, row in _rows(observations):
            if row["derived_from"]:
                yield from _check_derived(observations.name, line, row, obs_values)


def check_observation_rows(
    frame: pd.DataFrame,
    name: str,
    zones: set[str],
    indicators: dict[str, dict[str, str]],
    sources: dict[str, str],
    taken: AbstractSet[str] = frozenset(),
) -> list[Problem]:
    """Check observations given as strings outside the catalogue files (what-if rows).

    The same record checks as validation: a unique id (not one of ``taken``), known
    zone, indicator and source, a finite number, a unit of the indicator's dimension,
    no negative value where none can be, real dates and a figure published no earlier
    than it refers to, a known qualifier. There is no evidence to check. ``row`` in
    each problem counts from 1.
    """
    table = Table(name, frame.reset_index(drop=True), list(range(1, len(frame) + 1)))
    problems = list(_check_schema(_WHAT_IF_SCHEMA, table))
    seen = set(taken)
    for line, row in _rows(table):
        here = _Here(name, line)
        if row["obs_id"] in seen:
            here.add("obs_id", f"duplicate id {row['obs_id']!r}", row["obs_id"])
        elif row["obs_id"]:
            seen.add(row["obs_id"])
        here.references(row, zones, indicators)
        if row["source"] and row["source"] not in sources:
            here.add("source", f"unknown source {row['source']!r}", row["source"])
        here.quantity(row["value"], row["unit"], indicators.get(row["indicator_id"]))
        here.dates(row, sources.get(row["source"], ""))
        problems.extend(here.problems)
    return sorted(problems, key=lambda p: p.row)


# A what-if row is an observation without a document: no id pattern, source or formula
# (a formula would go unchecked).
_WHAT_IF_SCHEMA = (
    SCHEMAS["observations"]
    .remove_columns(["derived_from"])
    .update_columns({"obs_id": {"checks": []}, "source": {"checks": []}})
)
WHAT_IF_COLUMNS: tuple[str, ...] = named_columns(_WHAT_IF_SCHEMA)


def _check_parts(tables: dict[str, Table]) -> Iterator[Problem]:
    """A part target measures what its parent measures, in the parent's zone or below it,
    by the parent's deadline at the latest, and parts never form a cycle."""
    targets = tables.get("targets")
    if targets is None:
        return
    # An empty id is reported by the schema; kept out here, it would be every empty
    # parent_target_id's "parent" and blame rows that have no parent at all.
    by_id = {row["target_id"]: row for _, row in _rows(targets) if row["target_id"]}
    zone_parents: dict[str, str] = {}
    if "zones" in tables:
        frame = tables["zones"].frame
        zone_parents = dict(zip(frame["zone_id"], frame["parent_id"], strict=True))

    def zone_within(zone: str, ancestor: str) -> bool:
        seen: set[str] = set()
        while zone and zone not in seen:
            if zone == ancestor:
                return True
            seen.add(zone)
            zone = zone_parents.get(zone, "")
        return False

    for line, row in _rows(targets):
        parent = by_id.get(row["parent_target_id"])
        if parent is None or parent["target_id"] == row["target_id"]:
            continue
        here = _Here(targets.name, line)
        whole = f"its parent {parent['target_id']!r}"
        if row["indicator_id"] != parent["indicator_id"]:
            here.add(
                "indicator_id",
                f"a part measures what the whole does: {row['indicator_id']!r} here, "
                f"{parent['indicator_id']!r} in {whole}",
                row["indicator_id"],
            )
        if zone_parents and not zone_within(row["zone_id"], parent["zone_id"]):
            here.add(
                "zone_id",
                f"zone {row['zone_id']!r} is not {parent['zone_id']!r} (the zone of {whole}) "
                "or a zone below it",
                row["zone_id"],
            )
        try:
            later = _parse_date(row["deadline"]) > _parse_date(parent["deadline"])
        except DataError:
            later = False  # an unreadable date is reported where it is
        if later:
            here.add(
                "deadline",
                f"deadline {row['deadline']} is later than {parent['deadline']}, "
                f"the deadline of {whole}",
                row["deadline"],
            )
        path = [row["target_id"]]
        step: dict[str, Any] | None = parent
        while step is not None:
            path.append(step["target_id"])
            if step["target_id"] in path[:-1]:
                if step["target_id"] == row["target_id"]:  # other members report theirs
                    shown = " -> ".join(path) if len(path) <= 6 else f"{len(path) - 1} targets"
                    here.add(
                        "parent_target_id",
                        f"parts form a cycle: {shown}",
                        row["parent_target_id"],
                    )
                break
            step = by_id.get(step["parent_target_id"]) if step["parent_target_id"] else None
        yield from here.problems


# Characters that belong to a number as written: Arabic digits (ASCII and full-width),
# Chinese numerals and the multipliers that follow a number (100万).
# A note that says why a figure told with 新增 or "new" is a level after all, labelled as the
# other bases are ("level: …"); the draft's own warning ("not a level") is no such basis.
_LEVEL_BASIS = re.compile(r"\blevel:", re.IGNORECASE)


class _Here:
    """Problems of one record, with the parsing helpers that find them."""

    def __init__(self, file: str, line: int) -> None:
        self.file, self.line = file, line
        self.problems: list[Problem] = []

    def add(self, column: str, message: str, value: str | None = None) -> None:
        self.problems.append(Problem(self.file, self.line, column, message, value))

    def date(self, column: str, value: str) -> pd.Timestamp | None:
        if not value:
            return None
        try:
            return _parse_date(value)
        except DataError as exc:
            self.add(column, exc.reason, value)
            return None

    def references(
        self,
        row: pd.Series,
        zones: set[str] | None,
        indicators: dict[str, dict[str, str]] | None,
    ) -> None:
        """Unknown zone or indicator (None: that table is unusable, nothing to check)."""
        if row["zone_id"] and zones is not None and row["zone_id"] not in zones:
            self.add("zone_id", f"unknown zone {row['zone_id']!r}", row["zone_id"])
        if row["indicator_id"] and indicators is not None and row["indicator_id"] not in indicators:
            self.add(
                "indicator_id", f"unknown indicator {row['indicator_id']!r}", row["indicator_id"]
            )

    def change_on_stock(
        self, row: dict[str, Any], indicator: dict[str, str] | None, kind: str
    ) -> None:
        """An increase or a yearly amount (新增, 每年, "new", "a year") kept on a stock.

        A stock's figure is a level: a goal of "10 more" kept as a level of 10 is met at once,
        a fact of 10 added in a year read as the level hides the real one. The rule is the
        draft's (:func:`~zonetrack.matching.states_change`), which suggests only a flow then.
        """
        if not indicator or indicator.get("measure") != "stock" or not row["evidence"]:
            return
        if states_change(row["evidence"]) and not _LEVEL_BASIS.search(str(row.get("note") or "")):
            what = "goal" if kind == "target" else "fact"
            self.add(
                "indicator_id",
                f"the evidence tells an increase or a yearly amount, but "
                f"{row['indicator_id']!r} is a stock (a level): a {what} of so many more is "
                "no level; choose an indicator that measures a flow, or say in note why it "
                "is a level (level: …, e.g. cumulative, 累计, a translation's 'new')",
                row["indicator_id"],
            )

    def other_end(
        self,
        row: dict[str, Any],
        readings: Readings,
        canonical: tuple[float, str],
        currency: str | None,
        held: dict[tuple[str, str, int], tuple[str, str]],
    ) -> None:
        """A row holding the other end of a range that an earlier row (``held``) holds.

        The catalogue keeps one value of a range (its lower end, at least, or its upper end,
        at most): both ends as two rows would be two targets, one met at once, or two
        figures of one day of which the later row hides the other (method §1.2).
        """
        end = range_end(row["evidence"], readings, canonical, currency)
        if end is None:
            return
        start, written, which = end
        key = (row["source"], row["evidence"], start)
        own_id = row.get("target_id") or row.get("obs_id") or ""
        if key not in held:
            held[key] = (which, own_id)
        elif held[key][0] != which:
            self.add(
                "value",
                f"the {which} end of the range {written!r}, whose {held[key][0]} end "
                f"{held[key][1]!r} holds: the catalogue keeps one end of a range; keep one row",
                row["value"],
            )

    def dates(self, row: pd.Series, source_published: str) -> None:
        """An observation's ``ref_date`` and ``published`` (else its source's date)."""
        ref = self.date("ref_date", row["ref_date"])
        published_text = row["published"] or source_published
        published = self.date("published", published_text) if published_text else None
        if ref is not None and published is not None and ref > published:
            self.add(
                "ref_date",
                f"ref_date {row['ref_date']} is after the date the "
                f"figure was published ({published_text})",
                row["ref_date"],
            )
        # A figure dated before the document that states it is visible at dates when its
        # evidence was not yet public (docs/method.md §1.1). That can be true (a bulletin
        # repeated later), but only a note saying so makes it a claim rather than a slip.
        if row["published"] and source_published and published is not None:
            try:
                # Compared by whole periods: a figure of 2021-01-15 from a source dated
                # "2021-01" may well be that month's; one of 2020-12 cannot.
                source_start = _period_start(source_published)
            except DataError:
                return  # the source's own row reports its bad date
            if published < source_start and not str(row.get("note") or "").strip():
                self.add(
                    "published",
                    f"published {row['published']} is before its source was published "
                    f"({source_published}); leave it empty, or say in note where the figure "
                    "was public first",
                    row["published"],
                )

    def quantity(
        self, value: str, unit: str, indicator: dict[str, str] | None
    ) -> tuple[float, str] | None:
        try:
            number = float(value)
        except ValueError:
            if value:
                self.add("value", f"not a number: {value!r}", value)
            return None
        if not math.isfinite(number):
            self.add("value", f"not a finite number: {value!r}", value)
            return None
        indicator = indicator or {}
        indicator_unit, measure = indicator.get("unit"), indicator.get("measure", "")
        if (
            number < 0
            and indicator_unit in CANONICAL_UNITS
            and not may_be_negative(indicator_unit, measure)
        ):
            self.add(
                "value",
                f"{value} is negative, but the indicator ({measure or 'a quantity'} "
                f"in {indicator_unit}) cannot be",
                value,
            )
        if not unit:
            return None
        try:
            result = to_canonical(number, unit)
        except DataError as exc:
            self.add("unit", exc.reason, unit)
            return None
        if not math.isfinite(result[0]):
            # 1e308 亿元 is a finite number in an infinite amount: every comparison with it
            # would come out "achieved".
            self.add("value", f"{value} {unit} is too large to compute with", value)
            return None
        if indicator_unit in CANONICAL_UNITS and result[1] != canonical_unit(indicator_unit):
            self.add(
                "unit",
                f"unit {unit!r} measures {result[1]}, but the indicator is "
                f"measured in {indicator_unit}",
                unit,
            )
            return None
        return result


def _check_derived(
    file: str, line: int, row: pd.Series, values: dict[str, float]
) -> Iterator[Problem]:
    try:
        result = evaluate_formula(row["derived_from"], values)
    except DataError as exc:
        yield Problem(file, line, "derived_from", exc.reason, row["derived_from"])
        return
    own = values.get(row["obs_id"])
    if own is not None and not math.isclose(own, result, rel_tol=1e-9):
        yield Problem(
            file,
            line,
            "value",
            f"{row['derived_from']} gives {result:g}, not {own:g}",
            row["value"],
        )
