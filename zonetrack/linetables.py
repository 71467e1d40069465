"""Tables written as lines: an indicator table's values and the year of each one's column.

A plan or report often sets out its indicators as a table flattened into lines, the cells of
a line set off by tabs, full-width spaces or runs of spaces::

    指标名称　2025年　2030年　属性
    1.全社会研发经费投入强度（%）　2.68　3.2　预期性
    2.技术合同成交额（亿元）　1,520　2,500　预期性

The header names a year for each column of values; each row below names its indicator, with
the unit in brackets at the end of the name, and gives one value per year. A value is of its
column's year (the year's end), and its unit is the row's: 1,520 here is 1,520亿元. Whether it
is a fact or a goal the caller decides from that date and the page's own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import Figure, find_figures

__all__ = [
    "BASE_LABELS",
    "GOAL_LABELS",
    "GoalCell",
    "TableCell",
    "find_goal_cells",
    "find_table_cells",
]

# The cells of a line: set off by a tab, a full-width space or two spaces or more.
_CELL_SEP = re.compile(r"\t+|\u3000+|[ ]{2,}|[ ]*\|[ ]*")

# Words of a header cell that say its column holds goals (目标, 目標值, "Target for 2030") or
# facts of a base year (基数, 基期, 现状, "2025 actual", "baseline").
GOAL_LABELS = r"目标值?|目標值?|规划值|規劃值|预期值|預期值|target|goal"
BASE_LABELS = r"基数|基數|基期值?|现状值?|現狀值?|实际值?|實際值?|actual|baseline|base"
_ROLE = re.compile(rf"(?P<goal>{GOAL_LABELS})|(?P<base>{BASE_LABELS})", re.I)

# A header cell that names a column's year (2025年, 2030, 2030年（目标）, 2030年目标, 基数
# (2025年), "2025 actual", "Target for 2030").
_YEAR_CELL = re.compile(
    rf"(?:(?:{GOAL_LABELS}|{BASE_LABELS})\s*(?:(?:for|in|by|of)\s+)?[（(]?\s*)?"
    r"((?:19|20)\d{2})\s*年?\s*[）)]?\s*"
    rf"(?:{GOAL_LABELS}|{BASE_LABELS})?\s*(?:[（(][^）)]{{0,8}}[）)])?",
    re.I,
)

# A tracker's header: a column of goals as published and a column of their deadlines
# ("Goal | Deadline | Status", 目标　完成时限　进展); the other columns say how things stand.
_GOAL_HEADER = re.compile(
    r"(?:goals?|targets?|目标(?:任务)?|目標(?:任務)?|指标目标|指標目標)(?:\s*\(.{0,12}\))?", re.I
)
_DEADLINE_HEADER = re.compile(
    r"deadlines?|due(?:\s+(?:date|by|year))?|target\s+(?:date|year)|(?:by\s+)?when"
    r"|期限|时限|時限|完成时限|完成時限|完成时间|完成時間|目标年份?|目標年份?|截止(?:时间|時間|日期)",
    re.I,
)

# A value cell: a number with a sign of comparison before it or a word of one after it.
_VALUE_CELL = re.compile(
    r"(?P<before>[≥>＞≤<＜约約]?|(?i:at\s+least|at\s+most|about|around|over|more\s+than|no\s+less\s+than)"
    r"(?=\s))\s*(?P<number>[-−]?\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<after>以上|左右|以下|及以上|及以下|(?i:or\s+more|or\s+above|or\s+less))?"
)

# The unit in brackets at the end of an indicator's name: （%）, (万家), （亿元）.
# ("(billion yuan)", "(million US$)" in English: words, up to sixteen characters.)
_NAME_UNIT = re.compile(r"[（(]\s*([^（()）]{1,8}?|[A-Za-z$ ]{1,16}?)\s*[）)]\s*$")

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
        The year its column's header names.
    row_start, row_end : int
        Offsets of the row's line (the evidence).
    header : str
        The header cell that names the column (for the date's note).
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


def _cells(line: str, offset: int) -> list[tuple[int, str]]:
    """(offset, text) of each cell of ``line``, which starts at ``offset`` of the text."""
    cells, at = [], 0
    for sep in _CELL_SEP.finditer(line):
        if line[at : sep.start()].strip():
            cells.append((offset + at, line[at : sep.start()]))
        at = sep.end()
    if line[at:].strip():
        cells.append((offset + at, line[at:]))
    return [(o + len(c) - len(c.lstrip()), c.strip()) for o, c in cells]


def _cell_figure(cell: str, at: int, unit: str | None, currency: str | None) -> Figure | None:
    found = _VALUE_CELL.fullmatch(cell)
    if found is None:
        # A cell that writes its own unit and words ("about 3.8%", "above 3%", "3.2% to
        # 3.5%"), in a table whose rows name no unit: one figure, the whole cell.
        read = find_figures(cell, currency)
        if unit is None and len(read) == 1 and read[0].end == len(cell) and read[0].unit:
            only = read[0]
            return Figure(
                value=only.value,
                value_high=only.value_high,
                unit=only.unit,
                qualifier=only.qualifier,
                start=at + only.start,
                end=at + only.end,
                text=cell,
                unit_text=only.unit_text,
                numeral=only.numeral,
                spelling=only.spelling,
            )
        return None
    number = found["number"].replace("−", "-")
    word = re.sub(r"\s+", " ", (found["before"] or found["after"] or "").lower())
    qualifier = _QUALIFIERS.get(word, "exact")
    figure: Figure | None = None
    if unit:
        # The value read with its row's unit written after it, as the text would write it.
        # (An English unit after a space: "156 billion yuan".)
        written = (
            f"{number} {unit}" if unit[:1].isascii() and unit[:1].isalpha() else f"{number}{unit}"
        )
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


def _lines_at(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with the offset it starts at."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    return lines


def find_table_cells(text: str, currency: str | None = None) -> list[TableCell]:
    """Every value of every table written as lines in ``text``, in order.

    A table starts at a line of two cells or more that name a year each (the header) and runs
    over the lines right below it with as many cells, a number under each year; it ends at
    the first line that is not such a row (a blank line, a note).
    """
    found: list[TableCell] = []
    lines = _lines_at(text)
    i = 0
    while i < len(lines):
        lo, line = lines[i]
        header = _cells(line, lo)
        years = {
            k: (m[1], cell)
            for k, (_, cell) in enumerate(header)
            if (m := _YEAR_CELL.fullmatch(cell)) is not None
        }
        if len(years) < 2 or len(header) > 12 or 0 in years:
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            r_lo, row_line = lines[j]
            row = _cells(row_line, r_lo)
            if len(row) != len(header):
                break
            unit_found = _NAME_UNIT.search(row[0][1])
            unit = unit_found[1] if unit_found else None
            if unit in ("%", "％"):
                unit = "%"
            cells = [
                (years[k], _cell_figure(cell, c_lo, unit, currency))
                for k, (c_lo, cell) in enumerate(row)
                if k in years
            ]
            if any(figure is None for _, figure in cells):
                break
            row_end = r_lo + len(row_line.rstrip())
            row_start = r_lo + len(row_line) - len(row_line.lstrip())
            found += [
                TableCell(figure, year, row_start, row_end, name, _role(name))
                for (year, name), figure in cells
                if figure is not None
            ]
            j += 1
        i = j if j > i + 1 else i + 1
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
    """

    start: int
    end: int
    deadline: str
    row_start: int
    others: tuple[tuple[int, str], ...] = ()


def find_goal_cells(text: str) -> list[GoalCell]:
    """The goal cells of every tracker table written as lines in ``text``, in order.

    A tracker's header names a column of goals and a column of deadlines ("Goal | Deadline |
    Status"); each line right below with as many cells is a row, until the first that is
    not (a blank line, a note). Whatever the other columns say (met, on track, the latest
    figure), a figure in the goal column is the goal as set, due at its row's deadline.
    """
    found: list[GoalCell] = []
    lines = _lines_at(text)
    i = 0
    while i < len(lines):
        lo, line = lines[i]
        header = _cells(line, lo)
        goal = [k for k, (_, c) in enumerate(header) if _GOAL_HEADER.fullmatch(c)]
        due = [k for k, (_, c) in enumerate(header) if _DEADLINE_HEADER.fullmatch(c)]
        if len(header) > 12 or len(goal) != 1 or len(due) != 1:
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            r_lo, row_line = lines[j]
            row = _cells(row_line, r_lo)
            if len(row) != len(header):
                break
            g_lo, g_cell = row[goal[0]]
            others = tuple(c for k, c in enumerate(row) if k not in (goal[0], due[0]))
            found.append(GoalCell(g_lo, g_lo + len(g_cell), row[due[0]][1], row[0][0], others))
            j += 1
        i = max(j, i + 1)
    return found


def _role(header: str) -> str | None:
    """What a header cell says its column holds: goals, a base year's facts, or neither."""
    said = {"target" if m["goal"] else "observation" for m in _ROLE.finditer(header)}
    return said.pop() if len(said) == 1 else None
