"""The values of tables written as lines: each cell's figure, of its column's year.

:mod:`zonetrack.linetables` finds a table's header, rows and what each column holds; this
module reads the cells. A value is of its column's year (the year's end, or a financial year's
31 March), in the unit its own cell writes, else its row's (企业数量（万家）), its column's, or
the table's; a sign or word of comparison in the cell is its qualifier (≥120, 58%以上, "about
3.8%"). :func:`find_table_cells` reads the values of every table whose header names years (or
that runs its years down its first column); :func:`find_goal_cells` the goal cells of a
tracker whose header names goals and their deadlines::

    序号 | 任务 | 目标值 | 完成时限 | 责任单位
    1 | 新增高新技术企业 | 120家 | 2027年11月底 | 科技创新局

Whether a value is a fact or a goal the caller decides from its date, the column's role and
the page's own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .figures import Figure, find_figures
from .linetables import LineTable, read_line_tables, written_with
from .tableheaders import GOAL_LABELS, column_end, column_year, role

__all__ = [
    "GoalCell",
    "TableCell",
    "find_goal_cells",
    "find_list_cells",
    "find_table_cells",
]

# A cell that says it has no value: empty, or a dash or a slash in its place.
_NO_VALUE = re.compile(r"[-—–/／]?")


# A value cell: a number with a sign of comparison before it or a word of one after it.
_VALUE_CELL = re.compile(
    r"(?P<before>[≥>＞≤<＜约約]?|(?i:at\s+least|at\s+most|about|around|over|more\s+than|no\s+less\s+than)"
    r"(?=\s))\s*(?P<number>[-−]?\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<after>以上|左右|以下|及以上|及以下|(?i:or\s+more|or\s+above|or\s+less))?"
)


# A figure in 〔〕 in a plan's table is its span's cumulative (注：〔〕内为五年累计数): a value.
_CUMULATIVE = re.compile(r"〔\s*([^〔〕]+?)\s*〕")


_QUALIFIERS = {
    "≥": "at_least",
    ">": "at_least",
    "＞": "at_least",
    "以上": "at_least",
    "及以上": "at_least",
    "≤": "at_most",
    "<": "at_most",
    "＜": "at_most",
    "以下": "at_most",
    "及以下": "at_most",
    "约": "approx",
    "約": "approx",
    "左右": "approx",
    "at least": "at_least",
    "no less than": "at_least",
    "over": "at_least",
    "more than": "at_least",
    "or more": "at_least",
    "or above": "at_least",
    "at most": "at_most",
    "or less": "at_most",
    "about": "approx",
    "around": "approx",
}


@dataclass(frozen=True)
class TableCell:
    """A value of a table written as lines.

    Attributes
    ----------
    figure : Figure
        The value in the unit of its row's name (offsets those of the value in the text).
    year : str
        The year its column's header names; empty for a column of standing goals that names
        none (目標 beside a table's year columns).
    row_start, row_end : int
        Offsets of the row's line (the evidence).
    header : str
        The header cell that names the column (for the date's note).
    end : str or None
        The end of the column's period when it is a financial year (2026-27年度 in a Hong
        Kong source: 2027-03-31); None for a calendar year (the year's end).
    table_start : int
        Offset of the table's header (the cells of one table share it).
    role : str or None
        ``"target"`` when the header says its column holds goals (目标, "Target for 2030"),
        ``"observation"`` when it holds a base year's facts (基数, "2025 actual"), else None
        (the caller decides from the year and the page's date).
    """

    figure: Figure
    year: str
    row_start: int
    row_end: int
    header: str
    role: str | None = None
    end: str | None = None
    table_start: int = 0


def _whole_cell(
    written: str, cell: str, at: int, currency: str | None, range_only: bool = False
) -> Figure | None:
    """The one figure with a unit that ``written`` (the cell, or the cell with its row's
    unit) holds whole, placed over ``cell`` at offset ``at``; None if there is none."""
    read = find_figures(written, currency)
    if len(read) != 1 or read[0].end != len(written) or not read[0].unit:
        return None
    only = read[0]
    if range_only and only.value_high is None:
        return None
    # Placed over the cell as written: a unit added from the row is no part of the text.
    start, end = (at + only.start, at + only.end) if written == cell else (at, at + len(cell))
    return replace(only, start=start, end=end, text=cell)


def _cell_figure(cell: str, at: int, unit: str | None, currency: str | None) -> Figure | None:
    cumulative = _CUMULATIVE.fullmatch(cell)
    if cumulative is not None:
        return _cell_figure(cumulative[1], at + cumulative.start(1), unit, currency)
    found = _VALUE_CELL.fullmatch(cell)
    if found is None:
        # A cell that writes its own unit and words ("about 3.8%", "above 3%", "3.2% to
        # 3.5%", 新臺幣180億元): one figure, the whole cell, whatever unit its row, column or
        # table gives. A range in the row's unit (1500～2000 under 孵化载体总面积（万平方米）):
        # one figure with its upper end (unread, it ended the table, and its rows' figures
        # were lost).
        return _whole_cell(cell, cell, at, currency) or (
            _whole_cell(written_with(cell, unit), cell, at, currency, range_only=True)
            if unit
            else None
        )
    number = found["number"].replace("−", "-")
    word = re.sub(r"\s+", " ", (found["before"] or found["after"] or "").lower())
    qualifier = _QUALIFIERS.get(word, "exact")
    figure: Figure | None = None
    if unit:
        written = written_with(number, unit)
        read = find_figures(written, currency)
        if len(read) == 1 and read[0].end == len(written) and read[0].unit:
            figure = read[0]
    if figure is None:
        read = find_figures(number, currency)
        if len(read) != 1:
            return None
        figure = read[0]
    n_lo = at + found.start("number")
    return Figure(
        value=figure.value,
        unit=figure.unit,
        qualifier=qualifier,
        start=n_lo,
        end=n_lo + len(found["number"]),
        text=cell,
        unit_text=figure.unit_text if unit else None,
        numeral="arabic",
        spelling=figure.spelling,
    )


def find_table_cells(
    text: str, currency: str | None = None, period: str | None = None
) -> list[TableCell]:
    """Every value of every table written as lines in ``text`` whose header names a year
    over its columns of values, in order.

    Each row below the header gives a number under each year (in the unit its name gives in
    brackets, or the cell's own: 新臺幣180億元, 58%以上); the table's values end at the first
    row that does not. With ``currency`` ``TWD``, a header's 115年度 is the year 2026; with
    ``period`` (the last day of the report's own period), 本期 is that period.
    """
    found: list[TableCell] = []
    for table in read_line_tables(text, currency, period):
        if table.by_row:
            found += _row_year_cells(table, currency)
            continue
        if not table.years:
            continue
        # A column named for goals with no year of its own beside the years' columns (目標 |
        # 2025（實際） | 2026（修訂預算）): a standing goal, undated.
        standing = {
            k: ""
            for k, (_, c) in enumerate(table.header)
            if k and k not in table.years and re.fullmatch(GOAL_LABELS, c.strip(), re.I)
        }
        columns = {**table.years, **standing}
        for row_start, row_end, row in table.rows:
            # (A cell with no value, empty or a dash, gives none: the row goes on.)
            cells = [
                (k, _cell_figure(cell, c_lo, table.unit_of(row, k), currency))
                for k, (c_lo, cell) in enumerate(row)
                if k in columns and not _NO_VALUE.fullmatch(cell)
            ]
            if any(figure is None for _, figure in cells):
                break
            found += [
                TableCell(
                    figure,
                    columns[k],
                    row_start,
                    row_end,
                    table.header[k][1],
                    table.roles[k] if k in table.roles else role(table.header[k][1]),
                    table.ends.get(k),
                    table.header[0][0],
                )
                for k, figure in cells
                if figure is not None
            ]
    return found


def find_list_cells(text: str, currency: str | None = None) -> list[tuple[Figure, str]]:
    """The values of every list written as lines whose header names no year but gives the
    unit of some columns in brackets (序号 | 孵化器名称 | 在孵企业数（家） | 毕业企业数（家）):
    each such cell's figure in its column's unit (126: 126家), in order, with its column's
    header (what plan or goal words it holds decide the cell's kind: :mod:`tableheaders`).
    Their dates are the text's to give, as for any figure of the page; a row's number is none.
    """
    found: list[tuple[Figure, str]] = []
    for table in read_line_tables(text, currency):
        for _, _, row in table.rows:
            for k in table.counted:
                lo, cell = row[k]
                if _NO_VALUE.fullmatch(cell):
                    continue
                figure = _cell_figure(cell, lo, table.unit_of(row, k), currency)
                if figure is not None:
                    found.append((figure, table.header[k][1]))
    return found


def _row_year_cells(table: LineTable, currency: str | None) -> list[TableCell]:
    """The values of a table that runs its years down its first column, each of its row's
    year (2030（目标）: a goal) in its column's unit; the values end at the first row that
    names no year or gives something else than a number."""
    found: list[TableCell] = []
    for row_start, row_end, row in table.rows:
        name = row[0][1].strip("*_` ")
        year = column_year(name, currency)
        if year is None:
            break
        cells = [
            (k, _cell_figure(cell, c_lo, table.unit_of(row, k), currency))
            for k, (c_lo, cell) in enumerate(row)
            if k not in (0, table.number, table.unit_column) and not _NO_VALUE.fullmatch(cell)
        ]
        if any(figure is None for _, figure in cells):
            break
        found += [
            TableCell(
                figure,
                year,
                row_start,
                row_end,
                row[0][1],
                role(name),
                column_end(name, currency),
                table.header[0][0],
            )
            for _, figure in cells
            if figure is not None
        ]
    return found


@dataclass(frozen=True)
class GoalCell:
    """A goal cell of a tracker table: the goal as published and its row's deadline cell.

    Attributes
    ----------
    start, end : int
        Offsets of the goal cell in the text.
    deadline : str
        The text of the same row's deadline cell ("2030", "2027年底", "June 2027").
    row_start : int
        Offset of the row's first cell.
    others : tuple of (int, str)
        (offset, text) of the row's other cells (the status: "2.7% in 2025", 已有420家),
        whose figures are facts of their own dates, not of the deadline.
    figure : Figure or None
        The goal read in the unit its row's name gives in brackets, when the cell writes
        only a number (地区生产总值（亿元） | 880: 880亿元); else None (the text's own reading).
    """

    start: int
    end: int
    deadline: str
    row_start: int
    others: tuple[tuple[int, str], ...] = ()
    figure: Figure | None = None


def find_goal_cells(text: str, calendar: str | None = None) -> list[GoalCell]:
    """The goal cells of every tracker table written as lines in ``text``, in order.

    A tracker's header names a column of goals and a column of deadlines ("Goal | Deadline |
    Status", 序号 | 任务 | 目标值 | 完成时限 | 责任单位); each line right below with as many
    cells is a row, until the first that is not (a blank line, a note). Whatever the other
    columns say (met, on track, the latest figure), a figure in the goal column is the goal as
    set, due at its row's deadline. A row's number is no other cell of it.
    """
    found: list[GoalCell] = []
    for table in read_line_tables(text, calendar):
        if table.goal is None or table.due is None:
            continue
        for _, _, row in table.rows:
            g_lo, g_cell = row[table.goal]
            others = tuple(
                c for k, c in enumerate(row) if k not in (table.goal, table.due, table.number)
            )
            unit = table.unit_of(row, table.goal)
            figure = (
                _cell_figure(g_cell, g_lo, unit, calendar)
                if unit is not None and _VALUE_CELL.fullmatch(g_cell)
                else None
            )
            found.append(
                GoalCell(g_lo, g_lo + len(g_cell), row[table.due][1], row[0][0], others, figure)
            )
    return found
