"""Checks of whole tables: their schemas, unique ids and figures repeated under a second id.

Also the helpers every other check of :mod:`~zonetrack.validate` uses: a table's rows as
plain dicts with their line numbers, and dates parsed once per distinct value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa

from .dates import parse_date, period_start
from .exceptions import CONTROL_PATTERN, DataError, Problem
from .files import Table
from .schemas import ID_COLUMN
from .units import to_canonical

__all__ = [
    "check_repeated_figures",
    "check_schema",
    "check_unique",
    "ids",
    "parse_date_once",
    "period_start_once",
    "rows",
]

# Catalogue dates repeat: a few hundred months among tens of thousands of rows. A date
# that does not parse raises every time (lru_cache keeps only results).
parse_date_once = lru_cache(maxsize=1 << 12)(parse_date)
period_start_once = lru_cache(maxsize=1 << 12)(period_start)


def rows(table: Table) -> Iterator[tuple[int, dict[str, Any]]]:
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


def check_schema(schema: pa.DataFrameSchema, table: Table) -> Iterator[Problem]:
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


def check_unique(tables: dict[str, Table]) -> Iterator[Problem]:
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


def check_repeated_figures(tables: dict[str, Table]) -> Iterator[Problem]:
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


def ids(tables: dict[str, Table], key: str) -> set[str]:
    """The ids of the rows of ``tables[key]``, and the cells of its rows that could not be
    read (:attr:`Table.unread`): a reference to those is no mistake of its own."""
    table = tables.get(key)
    column = ID_COLUMN[key]
    if table is None or column not in table.frame:
        return set()
    return set(table.frame[column]) | table.unread
