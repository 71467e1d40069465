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

One reader (:func:`read_line_tables`) finds every such table, however its cells are set off
(tabs, full-width spaces, runs of spaces, bars | or full-width bars ｜, a Markdown table with
its |---| rule), and says (by :mod:`zonetrack.tableheaders`) what each column of its header
holds: a year's values (2030年, 115年度目標值 in a Taiwan source), goals (目标值, "Target"),
their deadlines (完成时限, "Due"), a row's number (序号, 項次, "No."), or, in a first column of
years (年份, "Year"), that the rows name their years. :mod:`zonetrack.tablecells` reads the
values of the cells.

A value's unit is its cell's own (120家), else the one a cell of words of its row gives in
brackets, else its column's header's (2030年（亿元）), else the table's (单位：亿元 on the line
right above the header): :meth:`LineTable.unit_of`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .figures import find_figures
from .tableheaders import (
    column_end,
    column_year,
    financial_year_end,
    financial_year_shift,
    goal_result_columns,
    linked_columns,
    names_relative_period,
    read_header,
)

__all__ = [
    "LineTable",
    "read_line_tables",
    "written_with",
]

# What a line set in starts with (a header over the values only, a row name's second line).
_INDENT = (" ", "\t", "\u3000")

# The cells of a line: set off by a tab, a full-width space, two spaces or more, or a bar
# (| or the full-width ｜ of a Chinese table).
_CELL_SEP = re.compile(r"\t+|\u3000+|[ ]{2,}|[ \t\u3000]*[|｜][ \t\u3000]*")

# A bar that sets off cells, and the text between two (or a line's end).
_BAR = re.compile(r"[|｜]")
_BAR_CELL = re.compile(r"([^|｜]*)(?:[|｜]|$)")

# The rule under a Markdown table's header (|---|:---:|), or a line of dashes: no row.
_RULE = re.compile(r"[|｜]?\s*:?-{3,}:?\s*(?:[|｜+]\s*:?-{3,}:?\s*)*[|｜]?")

# A row's number in its first cell (1., (一), 3、): a label, not a count.
_ROW_NUMBER = re.compile(r"[（(]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、．)）]?")

# The one unit of a whole table, on the line right above its header, alone or at its end
# (单位：亿元, 表1　主要指标（單位：億元）, "Unit: billion yuan"); not a list of units (亿元、%).
_TABLE_UNIT = re.compile(
    r"(?:单位|單位|\bunits?)\s*[:：]\s*([^\s,，、;；/（()）:：]{1,8}|[A-Za-z$ ]{1,16}?)"
    r"\s*[）)]?\s*$",
    re.I,
)


# A note of the unit the amounts of a statement are given in (金額以港幣千元列示, 以人民幣千元為
# 單位, "in HK$ million unless otherwise stated"), a few lines above the tables it governs.
_AMOUNTS_UNIT = re.compile(
    r"(?:金額|金额|數字|数字)?以\s*([^\s，,。（()）]{1,8}?)\s*(?:列示|列報|列报|為單位|为单位|呈列)"
    r"|\bin\s+((?:[A-Z]{0,3}\$|RMB|US\$|HK\$)\s?(?:'000|thousands?|millions?|billions?))"
    r"\s*(?:unless|,|\)|$)",
    re.I,
)
_AMOUNTS_REACH = 8  # lines above a header that such a note still governs

# A unit that opens with a currency's sign (HK$ million, US$ bn, RMB billion, €m), or with a
# currency's name that a text writes before the number (新臺幣億元: 新臺幣6,200億元).
_SIGN_FIRST = re.compile(
    r"((?:[A-Z]{0,3}\$|€|£|¥|￥|RMB|CNY|HKD|USD|TWD|MOP)\s?"
    r"|(?:新[臺台][幣币]|人民[币幣]|港[币幣]|澳[門门][幣币])(?=.))(.*)"
)

# A column of the rows' units (单位, 計量單位, "Unit"): 序号　指标名称　单位　2026年度目标值.
_UNIT_HEADER = re.compile(r"(?:计量|計量)?(?:单位|單位)|units?", re.I)

# The unit in brackets at the end of an indicator's name: （%）, (万家), （亿元）.
# ("(billion yuan)", "(million US$)" in English: words, up to sixteen characters.)
_NAME_UNIT = re.compile(r"[（(]\s*([^（()）]{1,8}?|[A-Za-z$ ]{1,16}?)\s*[）)]\s*$")


def _cells(line: str, offset: int) -> list[tuple[int, str]]:
    """(offset, text) of each cell of ``line``, which starts at ``offset`` of the text.

    A line with bars (| or ｜) is split at its bars only, and keeps its empty cells ("| 1 |  |
    2027 |": no goal written), so that its cells stay under their header's; the bars at its
    ends open and close it. Other lines are split at tabs, full-width spaces and runs of
    spaces, and have no empty cells.
    """
    if _BAR.search(line):
        parts = [m.span(1) for m in _BAR_CELL.finditer(line)]
        if parts and not line[: parts[0][1]].strip():
            parts = parts[1:]  # before an opening bar
        if parts and not line[parts[-1][0] :].strip():
            parts = parts[:-1]  # after a closing bar
        bar_cells = [(offset + lo, line[lo:hi]) for lo, hi in parts]
        return [(o + len(c) - len(c.lstrip()) if c.strip() else o, c.strip()) for o, c in bar_cells]
    cells, at = [], 0
    for sep in _CELL_SEP.finditer(line):
        if line[at : sep.start()].strip():
            cells.append((offset + at, line[at : sep.start()]))
        at = sep.end()
    if line[at:].strip():
        cells.append((offset + at, line[at:]))
    return [(o + len(c) - len(c.lstrip()), c.strip()) for o, c in cells]


def written_with(number: str, unit: str) -> str:
    """``number`` with ``unit`` written as a text would write them together: the unit after
    it (an English one after a space: "156 billion yuan"), a currency's sign before it
    ("(HK$ million)": HK$120 million)."""
    sign = _SIGN_FIRST.match(unit)
    if sign:
        gap = " " if sign[2][:1].isascii() else ""
        return f"{sign[1]}{number}{gap}{sign[2]}".rstrip()
    return f"{number} {unit}" if unit[:1].isascii() and unit[:1].isalpha() else f"{number}{unit}"


def _lines_at(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with the offset it starts at."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    return lines


@dataclass(frozen=True)
class LineTable:
    """A table written as lines, and what the columns of its header hold.

    Attributes
    ----------
    header : tuple of (int, str)
        (offset, text) of each cell of the header.
    rows : tuple of (int, int, tuple of (int, str))
        Each row's (start, end) offsets in the text (its line, trimmed) and its cells, as many
        as the header's.
    years : dict of int to str
        The columns whose header names a year (2030年, 115年度目標值 in a Taiwan source), with
        that year as the Gregorian calendar counts it; a financial year (2026-27年度 in a
        Hong Kong source) by the year it ends in.
    goal, due, number : int or None
        The column of goals (目标值, "Target"), of their deadlines (完成时限, "Due") and of the
        rows' numbers (序号, "No."), each when the header names exactly one.
    unit : str or None
        The one unit the line right above the header gives the whole table (单位：亿元,
        單位：億元, "Unit: billion yuan"), if any.
    ends : dict of int to str
        The end of each financial year's column (2027-03-31 for 2026-27年度).
    unit_column : int or None
        The column of the rows' units (单位, "Unit"), when the header names one: 家, %, 亿元
        written alone in each row.
    roles : dict of int to str or None
        What a column that takes another's date holds, when its own header does not say it
        (目标完成度: facts, as the 完成值 column whose date it takes).
    column_units : dict of int to str
        The unit a column's header sets for all its rows (年均增长（%）: %, not the row's 亿元).
    counted : tuple of int
        In a list of things with no year in its header (序号 | 孵化器名称 | 在孵企业数（家） |
        毕业企业数（家）), the columns whose header gives their values' unit in brackets: each
        row's value there is a figure in that unit, dated as the page's text would date it.
    by_row : bool
        Whether the table runs its years down its first column (年份 | 企业（家） | 产值（亿元）,
        then 2025 | 1,200 | 880 and 2030（目标） | 2,000 | 1,500): each row's values are of
        the year its first cell names, each in its column's unit.
    """

    header: tuple[tuple[int, str], ...]
    rows: tuple[tuple[int, int, tuple[tuple[int, str], ...]], ...]
    years: dict[int, str]
    goal: int | None = None
    due: int | None = None
    number: int | None = None
    unit: str | None = None
    ends: dict[int, str] = field(default_factory=dict)
    by_row: bool = False
    unit_column: int | None = None
    roles: dict[int, str | None] = field(default_factory=dict)
    column_units: dict[int, str] = field(default_factory=dict)
    counted: tuple[int, ...] = ()

    def unit_of(self, cells: tuple[tuple[int, str], ...], column: int) -> str | None:
        """The unit of a row's value in ``column``: the one its cell under a 单位 ("Unit")
        column writes, else the one the row's name gives in brackets
        (（亿元）, (%)), else its column's header (2030年（亿元）, "Target (billion yuan)"), else
        the header's cell over the rows' names ("Key figures (RMB million)"), else the
        table's (单位：亿元 right above the header), else None."""
        # (The first of the row's cells of words that gives one: "KPI 2 | Licensing income
        # (US$ million) | 12".)
        named = (
            found
            for k, (_, text) in enumerate(cells)
            if k not in self.years
            and k not in (self.goal, self.due, self.number)
            and (found := _bracketed_unit(text)) is not None
        )
        if column in self.column_units:
            return self.column_units[column]
        own = None
        if self.unit_column is not None and self.unit_column < len(cells):
            own = _read_unit(cells[self.unit_column][1])
        unit = (
            own
            or next(named, None)
            or _bracketed_unit(self.header[column][1])
            # (The header's cell over the rows' names may give the whole table's unit: "Key
            # figures (RMB million)   3Q26   3Q25", 指标（亿元）　2025年　2030年.)
            or (_bracketed_unit(self.header[0][1]) if 0 not in self.years else None)
            or self.unit
        )
        return "%" if unit == "％" else unit


def _bracketed_unit(header: str) -> str | None:
    """The unit a cell gives in brackets at its end (企业数量（万家）, 2030年（亿元）, 目标值
    (%), "Target (billion yuan)"), else None (not a note such as （目标） or (est.))."""
    found = _NAME_UNIT.search(header)
    return None if found is None else _read_unit(found[1])


def _read_unit(unit: str) -> str | None:
    """``unit`` when a number written with it reads as one figure with a unit (亿元, %,
    新臺幣億元, "billion yuan"), else None (a note such as 目标 or est.)."""
    if not unit or len(unit) > 16:
        return None
    written = written_with("1", unit)
    read = find_figures(written)
    return unit if len(read) == 1 and read[0].unit and read[0].end == len(written) else None


def counted_columns(header: list[tuple[int, str]]) -> tuple[int, ...]:
    """The columns of a list's header that name a quantity and its unit in brackets
    (在孵企业数（家）, 投资额（亿元）, "Staff (persons)"), when the header is a list's: three cells
    or more, none with a digit (no year), the first naming the rows; else ()."""
    if len(header) < 3 or any(
        re.search(r"\d", text) or names_relative_period(text) for _, text in header
    ):
        return ()  # (a column of a year or of the report's period: a table of periods)
    return tuple(k for k, (_, text) in enumerate(header) if k and _bracketed_unit(text))


def _with_line_above(
    header: list[tuple[int, str]], lo: int, above: list[tuple[int, str]], above_lo: int
) -> list[tuple[int, str]]:
    """``header`` (its line at offset ``lo``) with the words of the line above (at offset
    ``above_lo``) joined to its cells when that line is the first half of a header over two
    lines: words without digits, each set right above a cell ("Year ended" over "31 March
    2026": "Year ended 31 March 2026"); else ``header`` as it is."""
    named = [(k, at) for k, (at, text) in enumerate(header) if text]
    if not above or len(above) != len(named) or any(re.search(r"\d", t) for _, t in above):
        return header
    joined = list(header)
    for (k, at), (u_at, u_text) in zip(named, above, strict=True):
        if abs((at - lo) - (u_at - above_lo)) > 3:
            return header
        joined[k] = (at, f"{u_text} {header[k][1]}")
    return joined


def _table_unit(above: list[str]) -> str | None:
    """The unit of a table's values that the lines ``above`` its header give: the last one's
    单位：亿元, else the nearest note of the amounts' unit (金額以港幣千元列示, "in HK$'000")."""
    said = _TABLE_UNIT.search(above[-1]) if above else None
    if said is not None:
        return said[1]
    note = next((n for line in reversed(above) if (n := _AMOUNTS_UNIT.search(line))), None)
    if note is None:
        return None
    # (HK$'000, as statements write thousands: HK$ thousand.)
    return note[1] or re.sub(r"\s?['’]000", " thousand", note[2])


def _named_by_header(
    header: list[tuple[int, str]],
    row: list[tuple[int, str]],
    row_line: str,
    lo: int,
    r_lo: int,
    calendar: str | None,
    period: str | None,
) -> bool:
    """Whether ``row`` (its line ``row_line`` at offset ``r_lo``) is the one row of a table
    whose header (its line at offset ``lo``) names it in its first cell: the row is set in,
    has a cell under each of the header's other cells (each starting within a few characters
    of it) and no name of its own, and the header's first cell names no year."""
    if len(header) < 3 or len(row) != len(header) - 1 or row_line[:1] not in _INDENT:
        return False
    if not header[0][1] or column_year(header[0][1], calendar, period) is not None:
        return False
    return all(
        abs((at - r_lo) - (h_at - lo)) <= 6
        for (at, _), (h_at, _) in zip(row, header[1:], strict=True)
    )


def read_line_tables(
    text: str, calendar: str | None = None, period: str | None = None
) -> list[LineTable]:
    """Every table written as lines in ``text``, in order.

    A table starts at a line that reads as a header (:func:`read_header`) and runs over the
    lines right below it with as many cells (a Markdown rule under the header is skipped),
    until the first line that has another number of cells (a blank line, a note) or that is
    itself a header. ``period``, the last day of the period the report defines for its own
    figures, dates columns named by it (本期, 上年同期, 上年度末).
    """
    found: list[LineTable] = []
    lines = _lines_at(text)
    fy_shift = financial_year_shift(text)
    i = 0
    while i < len(lines):
        lo, line = lines[i]
        header = _cells(line, lo)
        if header and line[:1] in _INDENT and i + 1 < len(lines):
            # A header set in over the rows' names (its first cell left blank: "      Year
            # ended  Year ended"): its cells are those of the rows' values.
            below = _cells(lines[i + 1][1], lines[i + 1][0])
            if len(below) == len(header) + 1 and below[0][0] - lines[i + 1][0] < header[0][0] - lo:
                header = [(lo, ""), *header]
        if i:
            a_lo, above = lines[i - 1]
            header = _with_line_above(header, lo, _cells(above, a_lo), a_lo)
        read = read_header(header, calendar, period)
        if read is None and len(header) == 1 and i + 1 < len(lines):
            # An indicator's name with its unit alone on a line (財政撥款（百萬元）), then a line
            # for each year (2025-26（實際）　3,874.5): a table of years down its first column.
            first = _cells(lines[i + 1][1], lines[i + 1][0])
            if (
                _bracketed_unit(header[0][1])
                and len(first) == 2
                and column_year(first[0][1], calendar, period)
            ):
                header = [(lo, ""), header[0]]
                read = ({}, None, None, None, True)
        if read is None and (
            captioned := goal_result_columns(header, [t for _, t in lines[max(0, i - 4) : i]])
        ):
            # A performance table: the year's goals beside what was achieved, of the year
            # its caption names.
            read = (captioned, None, None, None, False)
        counted = counted_columns(header) if read is None else ()
        if counted:
            # A list of things (序号 | 名称 | 在孵企业数（家）): values in its columns' units.
            read = ({}, None, None, None, False)
        if read is None:
            i += 1
            continue
        j = i + 1
        if j < len(lines) and _RULE.fullmatch(lines[j][1].strip()):
            j += 1
        rows = []
        while j < len(lines):
            r_lo, row_line = lines[j]
            row = _cells(row_line, r_lo)
            end_line = j
            row_lo = r_lo + len(row_line) - len(row_line.lstrip())
            if j == i + 1 and _named_by_header(header, row, row_line, lo, r_lo, calendar, period):
                # A one-row table whose header names its row ("Net profit (RMB mn)   FY25A
                # FY26E" over "      1,310   1,520"): the header's first cell is the row's name,
                # and the row (its evidence) reads from the header's line.
                row, row_lo = [header[0], *row], lo
            if len(row) == 1 and len(header) > 2 and j + 1 < len(lines):
                # A row's name wrapped over two lines, the second set in ("Profit attributable
                # to owners" / "  of the Company (HK$ million)   318.2   265.0"): one row.
                n_lo, n_line = lines[j + 1]
                rest = _cells(n_line, n_lo)
                if n_line[:1] in _INDENT and len(rest) == len(header):
                    row = [(row[0][0], f"{row[0][1]} {rest[0][1]}"), *rest[1:]]
                    end_line = j + 1
            if len(row) != len(header) or read_header(row, calendar, period) is not None:
                break
            e_lo, e_line = lines[end_line]
            rows.append((row_lo, e_lo + len(e_line.rstrip()), tuple(row)))
            j = end_line + 1
        years, goal, due, number, by_row = read
        if number is None and rows and all(_ROW_NUMBER.fullmatch(r[2][0][1]) for r in rows):
            number = 0  # a first column of 1, 2, 3 under no name: the rows' numbers
        unit = _table_unit([line for _, line in lines[max(0, i - _AMOUNTS_REACH) : i]])
        ends = {
            k: end for k in years if (end := column_end(header[k][1], calendar, period)) is not None
        }
        if fy_shift is not None:
            # (A note says the tables' years are financial years: 「2026」即2026-27年度.)
            for k in years.keys() - ends.keys():
                ends[k] = financial_year_end(years[k], fy_shift, calendar)
                years[k] = ends[k][:4]
        unit_column = next(
            (k for k, (_, c) in enumerate(header) if k and _UNIT_HEADER.fullmatch(c)), None
        )
        roles, column_units = linked_columns(header, years, ends) if years else ({}, {})
        found.append(
            LineTable(
                tuple(header),
                tuple(rows),
                years,
                goal,
                due,
                number,
                unit,
                ends,
                by_row,
                unit_column,
                roles,
                column_units,
                counted,
            )
        )
        i = j if rows else i + 1
    return found
