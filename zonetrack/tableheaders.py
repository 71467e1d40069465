"""What the header of a table written as lines says its columns hold.

A header cell may name a column's year (2030年, "Target for 2030", 115年度目標值 in a Taiwan
source), a financial year (2026-27年度) or a month's end (2026年6月末完成值), say its column
holds goals or a base year's facts (目标值, 基数, "actual"), mark a tracker's goals and their
deadlines (目标 | 完成时限), a column of row numbers (序号), a first column of years (年份), or a
column linked to another's date (目标完成度, 年均增长（%）). :func:`read_header` reads a line as
such a header; :mod:`zonetrack.linetables` reads the tables themselves.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .datebasis import quarter_end_date
from .fiscalyears import FISCAL_YEAR_END
from .periods import find_date

__all__ = [
    "BASE_LABELS",
    "GOAL_LABELS",
    "column_end",
    "column_year",
    "financial_year_end",
    "financial_year_shift",
    "goal_result_columns",
    "linked_columns",
    "list_column_kind",
    "names_relative_period",
    "read_header",
    "report_period_end",
    "role",
]


# Words of a header cell that say its column holds goals (目标, 目標值, "Target for 2030") or
# facts of a base year (基数, 基期, 现状, "2025 actual", "baseline").
GOAL_LABELS = (
    r"(?:预期|預期|规划|規劃|年度)?目[标標]值?|规划值|規劃值|预期值|預期值"
    # 年度指标值, 全年指标值: the year's indicator as a performance table sets it, a goal.
    r"|(?:年度|全年|预期|預期)指[标標]值"
    r"|targets?(?:\s+values?)?|goals?"
)
# A column of progress to a year ("Progress 2025", 2025年进展, 完成值, 2027年实现值 in a plan's
# review) holds that year's facts too.
BASE_LABELS = (
    r"基数|基數|基期值?|现状值?|現狀值?|实际值?|實際值?|完成值|实现值|實現值|达成值|達成值"
    r"|进展|進展|actual|baseline|base"
    r"|progress|achieved"
)
_ROLE = re.compile(rf"(?P<goal>{GOAL_LABELS})|(?P<base>{BASE_LABELS})", re.I)

# A header cell that names a column's year (2025年, 2030, 2030年（目标）, 2030年目标, 基数
# (2025年), "2025 actual", "Target for 2030").
# (A Republic of China year, 115年度目標值, in a Taiwan source only: see column_year.)
_YEAR_CELL = re.compile(
    rf"(?:(?:{GOAL_LABELS}|{BASE_LABELS})\s*(?:(?:for|in|by|of)\s+)?[（(]?\s*)?"
    r"((?:19|20)\d{2}|1[0-4]\d(?=\s*年))\s*(?:年度?)?\s*[）)]?\s*"
    rf"(?:{GOAL_LABELS}|{BASE_LABELS})?\s*(?:[（(][^）)]{{0,16}}[）)])?",
    re.I,
)

# A tracker's header: a column of goals as published and a column of their deadlines
# ("Goal | Deadline | Status", 目标　完成时限　进展); the other columns say how things stand.
_GOAL_HEADER = re.compile(
    r"(?:goals?|targets?|target\s+values?|(?:预期|預期|任务|任務|年度|规划|規劃|主要|工作|指标|指標)?"
    r"目[标標](?:任务|任務|值)?|规划值|規劃值|预期值|預期值)(?:\s*[（(].{0,12}[）)])?",
    re.I,
)
# A task list's or a milestones table's column of what is to be done (重点任务 | 责任单位 |
# 完成时限, "Milestone | Target date", "Key action | Timeline") is one of goals too when no
# column is named for them (任务 | 目标值 | 完成时限: the goals are the 目标值's): beside a
# deadline, whatever figure it writes is to be reached by then.
_TASK_HEADER = re.compile(
    r"(?:(?:重点|重點|主要|具体|具體|年度|工作)?(?:任务|任務|工作|举措|舉措|措施)(?:内容|內容|事项|事項)?"
    r"|(?:key\s+|major\s+)?(?:tasks?|milestones?|actions?|deliverables?))"
    r"(?:\s*[（(].{0,12}[）)])?",
    re.I,
)

# The first column's name in a table whose rows are years (年份 | 企业（家） | 产值（亿元）).
_YEARS_HEADER = re.compile(
    r"年份|年度|年|财年|財年|财政年度|財政年度|years?|(?:financial|fiscal)\s+years?", re.I
)

# A column of row numbers (序号, 項次, 編號, "No."): labels, not counts.
_NUMBER_HEADER = re.compile(r"序号|序號|编号|編號|项次|項次|\#|no\.?|item\s+no\.?|s/n", re.I)


_DEADLINE_HEADER = re.compile(
    r"deadlines?|due(?:\s+(?:date|by|year))?|target\s+(?:date|year)|(?:by\s+)?when"
    r"|(?:target\s+)?completion(?:\s+date)?|time\s*frame|timeline"
    # 时限, 完成时限, 完成期限, 辦結時限, 完成时间节点, 預定完成時間, 截止日期: when it is due.
    r"|(?:完成|办结|辦結|截止|达成|達成|(?:预定|預定|计划|計劃|計畫)完成)?"
    r"(?:时限|時限|期限|年限|时间节点|時間節點|时间|時間|日期)"
    r"|目标年份?|目標年份?"
    # "KPI | Target | By", 目标值 | 年份: the year a goal is due, beside a column of goals.
    r"|by|(?:target\s+)?year|年份|完成年份?|完成年度",
    re.I,
)


# A header cell that names a financial year (2026-27年度, 2026/27, "2026-27 financial year",
# 2027-28年度目標), with a word of what its column holds around it as _YEAR_CELL allows.
_FY_CELL = re.compile(
    rf"(?:(?:{GOAL_LABELS}|{BASE_LABELS})\s*(?:(?:for|in|by|of)\s+)?[（(]?\s*)?"
    r"((?:19|20)\d{2})\s*[-/–]\s*(\d{2})\s*"
    r"(?P<fy>財政年度|财政年度|年度|財年|财年|(?:financial|fiscal)\s+year)?\s*[）)]?\s*"
    rf"(?:{GOAL_LABELS}|{BASE_LABELS})?\s*(?:[（(][^）)]{{0,16}}[）)])?",
    re.I,
)

# A header cell that names a month's end (2026年6月末完成值, 截至2026年6月底, 2026年9月; a
# Republic of China year's month, 115年10月, in a Taiwan source): its column's values are of
# that day, with a word of what the column holds around it.
_MONTH_CELL = re.compile(
    rf"(?:(?:{GOAL_LABELS}|{BASE_LABELS}|截至|截止)\s*[（(]?\s*)?"
    # (2026年1—6月, 2026年1-6月累计: the months of the year so far, to that month's end.)
    r"((?:19|20)\d{2}|1[0-4]\d)\s*年\s*(?:1\s*[-—–~～至到]\s*)?(1[0-2]|0?[1-9])\s*月(?:份)?"
    r"\s*(?:末|底|累计|累計)?\s*[）)]?\s*"
    rf"(?:{GOAL_LABELS}|{BASE_LABELS})?\s*(?:[（(][^）)]{{0,16}}[）)])?",
    re.I,
)

# A broker's column of a year's results or estimates (FY25A, FY26E, FY27F, 2026E, and in a
# Chinese note 25A | 26E | 27E): A marks the year's actual results, E (estimate) and F
# (forecast) the broker's figures for a year not yet reported. A financial year written FY26
# is the year 2026 unless a note of the page says otherwise (see financial_year_shift).
_BROKER_YEAR_CELL = re.compile(r"(?:FY\s?)?((?:19|20)?\d{2})\s?(?P<mark>[AEF]|[ef])")

# A header cell that names a quarter or a half (2025Q4, Q4 2025, 4Q25, 2026年第一季度, 1H26,
# H1 2026, 2026H1): a chart's or a table's column of that period, of its last day.
_QUARTER_CELL = re.compile(
    r"((?:19|20)\d{2})\s?Q([1-4])|Q([1-4])\s?((?:19|20)\d{2})|([1-4])Q\s?((?:20)?\d{2})"
    r"|((?:19|20)\d{2})\s*年\s*第?\s*([一二三四1-4])\s*季度?",
    re.I,
)
_HALF_CELL = re.compile(
    r"((?:19|20)\d{2})\s?H([12])|H([12])\s?((?:19|20)\d{2})|([12])H\s?((?:20)?\d{2})"
    r"|((?:19|20)\d{2})\s*年\s*([上下])半年",
    re.I,
)


def _period_cell_end(cell: str) -> str | None:
    """The last day of the quarter or the half a header cell names (2025Q4: 2025-12-31,
    1H26: 2026-06-30), else None."""
    quarter = _QUARTER_CELL.fullmatch(cell)
    if quarter is not None:
        groups = [g for g in quarter.groups() if g]
        year, number = (groups[1], groups[0]) if quarter[5] or quarter[3] else groups
        return quarter_end_date(year if len(year) == 4 else f"20{year}", number)
    half = _HALF_CELL.fullmatch(cell)
    if half is None:
        return None
    groups = [g for g in half.groups() if g]
    year, number = (groups[1], groups[0]) if half[3] or half[5] else groups
    year = year if len(year) == 4 else f"20{year}"
    return f"{year}-06-30" if number in ("1", "上") else f"{year}-12-31"


# A header cell that names a day ("31 March 2026", "Year ended 31 March 2026", "As at June 30,
# 2026", 2026年3月31日, 於2026年9月30日): its column's values are of that day, the end of the
# period it closes.
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_CELL = re.compile(
    r"(?:(?:(?:the\s+)?(?:year|(?:six|three|nine|twelve)\s+months|period|quarter|half[- ]year)"
    r"\s+ended|as\s+at|as\s+of|at)\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTHS}\s+|{_MONTHS}\s+\d{{1,2}},?\s+)(?:19|20)\d{{2}}"
    r"|(?:截至|截止|於|于)?(?:19|20)\d{2}年(?:1[0-2]|0?[1-9])月(?:[12]\d|3[01]|0?[1-9])日(?:止)?",
    re.I,
)

# A column of the report's own period (本期, 本期間, 本報告期, "Current period"), of its end
# (本報告期末, 本期末, "End of period"), of the same period a year before (上年同期, 去年同期,
# "Same period last year") or of the end of the last financial year (上年度末, 上年末, "End of
# last year"): dated by the period the report's opening defines (see report_period_end).
_THIS_PERIOD = re.compile(
    r"本(?:報告|报告)?期(?:間|间|末|内|內)?|(?:current|this)\s+period|(?:at\s+)?end\s+of\s+period"
    # 本月, 当月 in a monthly bulletin: the report's month ("本月"指报告月份).
    r"|(?:本|当|當)月(?:份|数|數)?",
    re.I,
)
_PERIOD_YEAR_BEFORE = re.compile(
    r"(?:上年|去年|上年度)同期|same\s+period\s+(?:of\s+)?last\s+year"
    r"|(?:prior|previous|corresponding)\s+period",
    re.I,
)
_LAST_YEAR_END = re.compile(
    r"上(?:個)?(?:財政)?年度?[末底]|去年[末底]|(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?"
    r"(?:last|previous|prior)\s+(?:financial\s+)?year",
    re.I,
)

# The period a report's opening defines for its own figures (截至2026年9月30日止六個月
# （「本期間」）, "for the six months ended 30 September 2026 (the "Period")", 截至…止年度).
_DEFINED_PERIOD = re.compile(
    r"截至\s*((?:19|20)\d{2}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)"
    r"\s*止\s*"
    r"(?:[三六九]個月|[三六九]个月|十二個月|十二个月|年度|半年|期間|期间)"
    r"|(?:year|(?:three|six|nine|twelve)\s+months|period|half[- ]year)\s+ended\s+"
    r"(\d{1,2}\s+[A-Za-z]+\s+(?:19|20)\d{2}|[A-Za-z]+\s+\d{1,2},\s*(?:19|20)\d{2})",
    re.I,
)


def report_period_end(text: str, calendar: str | None) -> str | None:
    """The last day of the period a report's opening (its first 1,500 characters) defines
    for its own figures, which a table's 本期 and 上年同期 columns count from; else None.

    Parameters
    ----------
    text : str
        The page, its spelled years read (二零二六年: 2026年).
    calendar : str or None
        The page's currency or calendar.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``.
    """
    found = _DEFINED_PERIOD.search(text, 0, 1500)
    if found is None:
        return None
    day = find_date("ref_date", found[1] or found[2], calendar=calendar or "CNY")
    return str(day) if day else None


# A column of the months of the year so far, named without its year (1—9月, 1-9月累计, 1至9月份,
# 前三季度, 上半年, 本年累计), as a statistics bulletin heads its column of the period its title
# names (2026年1—9月…统计快报): the report's period when that ends with the same month.
_MONTHS_SO_FAR = re.compile(
    r"(?:(?:1|一)\s*[-—–~～至到]\s*(?P<month>1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])\s*月份?"
    r"|前(?P<quarters>[一二三1-3])(?:个|個)?季度?|(?P<half>上半年)"
    # 本年累计, 年初至今: the year so far, whichever month the period ends with.
    r"|(?P<so_far>(?:本年|今年|本年度)(?=\s*(?:累计|累計))|年初至今))"
    r"\s*(?:累计|累計|累计数|累計數|数|數)?",
)
_MONTH_NUMBERS = {
    "十一": 11,
    "十二": 12,
    "十": 10,
    **{c: i for i, c in enumerate("一二三四五六七八九", 1)},
}


def _months_so_far_end(cell: str, period: str) -> str | None:
    """``period`` when ``cell`` names the months of its year up to its month (1—9月 and a
    period ending on 30 September); the end of an earlier month of that year when the cell
    names fewer months (1—6月 under a title of 1—9月: 30 June, the months it names); else
    None (a month after the period's end, or 本年累计 beside no period)."""
    found = _MONTHS_SO_FAR.fullmatch(cell)
    if found is None:
        return None
    if found["so_far"]:
        return period
    if found["month"]:
        month = _MONTH_NUMBERS.get(found["month"]) or int(found["month"])
    elif found["quarters"]:
        month = 3 * (_MONTH_NUMBERS.get(found["quarters"]) or int(found["quarters"]))
    else:
        month = 6
    if int(period[5:7]) == month:
        return period
    if month < int(period[5:7]):
        year = int(period[:4])
        return f"{year}-{month:02d}-{monthrange(year, month)[1]:02d}"
    return None


def names_relative_period(cell: str) -> bool:
    """Whether a header cell names a period by the report's own (本报告期末, 上年同期, 1—9月,
    "Current period"), even with words after it (本报告期末比上年度末增减(%))."""
    return any(
        p.match(cell) for p in (_THIS_PERIOD, _PERIOD_YEAR_BEFORE, _LAST_YEAR_END, _MONTHS_SO_FAR)
    )


def _relative_end(cell: str, period: str, calendar: str | None) -> str | None:
    """The day a column named by the report's period (本期, 上年同期, 上年度末, 1—9月) ends,
    the report's period ending on ``period``; else None."""
    year, rest = int(period[:4]), period[4:]
    if _THIS_PERIOD.fullmatch(cell):
        return period
    if (so_far := _months_so_far_end(cell, period)) is not None:
        return so_far
    if _PERIOD_YEAR_BEFORE.fullmatch(cell):
        return f"{year - 1}{rest}" if rest != "-02-29" else f"{year - 1}-02-28"
    if _LAST_YEAR_END.fullmatch(cell):
        # (The last financial year's end before the period's end: 31 March in Hong Kong.)
        month_day = FISCAL_YEAR_END.get(calendar or "", "12-31")
        end = f"{year}-{month_day}"
        return end if end < period else f"{year - 1}-{month_day}"
    return None


# A note that the years a page's tables name are financial years (說明：本報告各表所列年份均指
# 財政年度，例如「2026」即2026-27年度; "Years in the tables refer to financial years"), with
# the example that says whether a year names the one it starts (2026: 2026-27) or ends in.
_FY_NOTE = re.compile(
    r"年份(?:均|皆|都)?(?:指|為|为|係指|系指|是)(?:財政|财政)年度"
    r"|years?\s+(?:in\s+(?:the|this|these)\s+\w+\s+)?(?:refer\s+to|are|denote)\s+"
    r"(?:the\s+)?(?:financial|fiscal)\s+years?",
    re.I,
)
_FY_EXAMPLE = re.compile(
    r"[「“\"']?((?:19|20)\d{2})[」”\"']?\s*(?:即|指|為|为|is|means)\s*((?:19|20)\d{2})\s*[-/–]"
)


def financial_year_shift(text: str) -> int | None:
    """How a page whose note says its tables' years are financial years names them: 0 when a
    year names the financial year it starts (「2026」即2026-27年度, the default), -1 when the
    one it ends in; None when no note says so.

    Parameters
    ----------
    text : str
        The page.

    Returns
    -------
    int or None
    """
    note = _FY_NOTE.search(text)
    if note is None:
        return None
    example = _FY_EXAMPLE.search(text, note.end(), note.end() + 40)
    return 0 if example is None else int(example[2]) - int(example[1])


def financial_year_end(year: str, shift: int, calendar: str | None) -> str:
    """The last day of the financial year a table's plain year (2026) names, as
    :func:`financial_year_shift` says it is named; 31 March unless the calendar says."""
    start = int(year) + shift
    return f"{start + 1}-{FISCAL_YEAR_END.get(calendar or '', '03-31')}"


# A day cell of a period closed or a position held ("Year ended …", "As at …", 截至…止).
_CLOSED = re.compile(r"\bended\b|\bas\s+(?:at|of)\b|截至|截止|止$", re.I)

# A column of progress against the goal (目标完成度, 完成率, "% of target achieved"): percents of
# the date of the table's column of progress (完成值), facts as that column's are.
_SHARE_OF_GOAL = re.compile(
    r"(?:目[标標])?(?:完成度|完成率|完成进度|完成進度|完成比例|達成率|达成率)(?:[（(]%[）)])?"
    r"|(?:%\s+of\s+)?(?:target|goal)\s+(?:achieved|met|reached)(?:\s*\(%\))?"
    r"|(?:completion|achievement)\s+rate(?:\s*\(%\))?",
    re.I,
)

# A column of growth over the table's span (年均增长（%）, 年均增速, 〔累计〕, "CAGR (%)",
# "Average annual growth (%)"): rates due at its last year's column, in the unit its header
# gives in brackets, whatever the row's.
_GROWTH_HEADER = re.compile(
    r"(?:年均|年平均|累计|累計)(?:增长|增長|增速|增幅|提高|下降|降低)?率?|cagr"
    r"|(?:average\s+)?annual\s+(?:average\s+)?growth(?:\s+rate)?|compound\s+annual\s+growth",
    re.I,
)
# A column of change between a table's two periods (增減比例, 變動, 增减幅度, 同比增长, "Change
# (%)", YoY): the change is of the later column's period, a fact or a goal as that one.
# (As statistics bulletins head it too: 增速, 增幅, 增长, 比上年同期增长, 同比增减, 同比±.)
_CHANGE_HEADER = re.compile(
    r"(?:增[减減]|[变變]动|[变變]動|[变變]化|同比|按年)(?:比例|比率|率|幅度?|增[长長]率?|[变變][动動])?"
    r"|(?:同比|按年|(?:比|较|較)(?:上|去)年(?:同期)?)?"
    r"(?:增[减減长長]|增速|增幅|±|[+＋]\s*[/／]?\s*[-－])(?:率|幅度?|比例|比率)?\s*[%％]?"
    r"|(?:%\s*)?change(?:\s*\(%\))?|yoy|y-o-y|year[- ]on[- ]year",
    re.I,
)
# (In brackets, 增速（%）, or a bare % at the header's end, 同比±%.)
_GROWTH_UNIT = re.compile(
    r"[（(]\s*(%|％|个百分点|個百分點|percentage\s+points?)\s*[）)]|(%|％)\s*$", re.I
)


# A period's cell with the day it runs to so far in brackets (2026-27（截至2026年9月30日）,
# "2026-27 (as at 30 September 2026)").
_AS_AT_ASIDE = re.compile(
    r"[^（()）]{2,24}?[（(]\s*((?:截至|截止|as\s+at|as\s+of|up\s+to)\s*[^（()）]{4,24}?)\s*[）)]",
    re.I,
)


def column_end(cell: str, calendar: str | None, period: str | None = None) -> str | None:
    """The end of the financial year or the month a header cell names.

    Parameters
    ----------
    cell : str
        A header cell (2026-27年度, 2026/27 in a Hong Kong source, "2026-27 financial year",
        2026年6月末完成值).
    calendar : str or None
        The page's currency or calendar: ``TWD`` reads 115年度 as 2026.
    period : str or None
        The last day of the period the report defines for its own figures, which 本期,
        上年同期 and 上年度末 count from.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``, else None (a calendar year's cell, or no date).
    """
    if period is not None and (relative := _relative_end(cell, period, calendar)):
        return relative
    if (period_end := _period_cell_end(cell)) is not None:
        return period_end
    aside = _AS_AT_ASIDE.fullmatch(cell)
    if aside is not None and (as_at := find_date("ref_date", aside[1], calendar=calendar or "CNY")):
        # 2026-27（截至2026年9月30日）: the period so far, as at the day its brackets name.
        return str(as_at)
    if _DAY_CELL.fullmatch(cell):
        day = find_date("ref_date", cell, calendar=calendar or "CNY")
        return str(day) if day else None
    month = _MONTH_CELL.fullmatch(cell)
    if month is not None and (len(month[1]) == 4 or calendar == "TWD"):
        year, number = int(month[1]), int(month[2])
        year += 1911 if year < 1000 else 0  # (115年10月: October 2026)
        return str(date(year, number, monthrange(year, number)[1]))
    found = _FY_CELL.fullmatch(cell)
    if found is None or int(found[2]) != (int(found[1]) + 1) % 100:
        return None
    said = found[0] if found["fy"] else f"{found[1]}-{found[2]}年度"
    end = find_date("ref_date", said, calendar=calendar or "CNY")
    return str(end) if end is not None else None


def column_year(cell: str, calendar: str | None, period: str | None = None) -> str | None:
    """The year a header cell names (2030年, "Target for 2030").

    Parameters
    ----------
    cell : str
        A header cell.
    calendar : str or None
        The page's currency or calendar: ``TWD`` reads 115年度 as 2026.
    period : str or None
        The last day of the report's own period (see :func:`column_end`).

    Returns
    -------
    str or None
        The year; a Republic of China year (115年度目標值) only in a Taiwan source; a
        financial year (2026-27年度) by the year it ends in; else None.
    """
    end = column_end(cell, calendar, period)
    if end is not None:
        return end[:4]
    broker = _BROKER_YEAR_CELL.fullmatch(cell)
    if broker is not None:
        return broker[1] if len(broker[1]) == 4 else f"20{broker[1]}"
    found = _YEAR_CELL.fullmatch(cell)
    if found is None:
        return None
    if len(found[1]) == 3:
        return str(int(found[1]) + 1911) if calendar == "TWD" else None
    return found[1]


def read_header(
    header: list[tuple[int, str]], calendar: str | None, period: str | None = None
) -> tuple[dict[int, str], int | None, int | None, int | None, bool] | None:
    """A line read as a table's header.

    A header names a year over two columns of values or more, or one whose header says it
    holds goals or a base year's facts (115年度目標值, 基数（2025年）), or one column of goals
    and one of their deadlines, or (by_row) a first column of years (年份, "Year") whose rows
    each name theirs. Otherwise the first column is the rows' names, never a year's.

    Parameters
    ----------
    header : list of (int, str)
        (offset, text) of each cell of the line.
    calendar : str or None
        The page's currency or calendar: ``TWD`` reads 115年度 as 2026.
    period : str or None
        The last day of the report's own period (see :func:`column_end`).

    Returns
    -------
    tuple or None
        (years by column, goal column, deadline column, row number column, by_row), or None
        when the line is no header.
    """
    if not 2 <= len(header) <= 12:
        return None
    # (A Markdown header may set its names in bold: **目标值**, __Target__.)
    header = [(lo, cell.strip("*_` ")) for lo, cell in header]
    years = {
        k: year
        for k, (_, cell) in enumerate(header)
        if (year := column_year(cell, calendar, period)) is not None
    }
    goal = [k for k, (_, c) in enumerate(header) if k not in years and _GOAL_HEADER.fullmatch(c)]
    if not goal:
        goal = [k for k, (_, c) in enumerate(header) if _TASK_HEADER.fullmatch(c)]
    due = [k for k, (_, c) in enumerate(header) if _DEADLINE_HEADER.fullmatch(c)]
    number = next((k for k, (_, c) in enumerate(header) if _NUMBER_HEADER.fullmatch(c)), None)
    if 0 in years:
        years = {}
    valued = len(years) >= 2 or (
        len(years) == 1
        and (
            role(header[next(iter(years))][1]) is not None
            # (指标名称 | 计量单位 | 1—9月 | 同比增长（%）: one period's column and its change.)
            or any(k not in years and _is_change(c) for k, (_, c) in enumerate(header) if k)
        )
    )
    tracked = len(goal) == 1 and len(due) == 1
    by_row = not valued and not tracked and _YEARS_HEADER.fullmatch(header[0][1]) is not None
    if not valued and not tracked and not by_row:
        return None
    return (
        years if valued else {},
        goal[0] if tracked else None,
        due[0] if tracked else None,
        number,
        by_row,
    )


# A column of a year's goals and one of what was achieved, named without a year (年度指标值 |
# 实际完成值, 目标值 | 完成值, "Target | Actual"): a performance table whose caption names the
# year (表1　2025年度绩效指标完成情况, "Table 2: KPIs for 2025").
_GOAL_COLUMN = re.compile(rf"(?:{GOAL_LABELS})(?:\s*[（(][^）)]{{0,12}}[）)])?", re.I)
_RESULT_COLUMN = re.compile(
    rf"(?:实际|實際|年度|全年)?(?:{BASE_LABELS})(?:\s*[（(][^）)]{{0,12}}[）)])?", re.I
)
# A caption's year: the one year a line names (2025年度, "for 2025").
_CAPTION_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.%])")


def goal_result_columns(header: list[tuple[int, str]], above: list[str]) -> dict[int, str]:
    """The column of goals and the column of results of a performance table whose header
    names no year (一级指标 | … | 年度指标值 | 实际完成值 | 偏差原因), each with the year its
    caption names.

    Parameters
    ----------
    header : list of (int, str)
        (offset, text) of each cell of the line read as the header.
    above : list of str
        The lines right above it, nearest last (its caption among them).

    Returns
    -------
    dict of int to str
        The year of the goal column and of each result column; empty when the header has
        not one of each, or no line of the three right above (blank lines skipped) names
        exactly one year.
    """
    cells = [c.strip("*_` ") for _, c in header]
    goals = [k for k, c in enumerate(cells) if k and _GOAL_COLUMN.fullmatch(c)]
    results = [k for k, c in enumerate(cells) if k and _RESULT_COLUMN.fullmatch(c)]
    if len(goals) != 1 or not results or len(header) < 3:
        return {}
    captions = [line for line in above if line.strip()][-3:]
    for line in reversed(captions):
        years = set(_CAPTION_YEAR.findall(line))
        if len(years) == 1:
            year = years.pop()
            return {k: year for k in (*goals, *results)}
        if years:
            return {}
    return {}


def _is_change(cell: str) -> bool:
    """Whether a header cell names a column of change or growth (同比增长（%）, "Change (%)")."""
    core = re.sub(r"[（(〔][^（()）〔〕]*[）)〕]", "", cell).strip()
    # (累计同比, 本月同比: the change of the column of that name, a period's total or its month.)
    core = re.sub(r"^(?:累计|累計|本月|当月|當月|本年累计|本年累計)\s*(?=同比|增)", "", core)
    return bool(_GROWTH_HEADER.fullmatch(core) or _CHANGE_HEADER.fullmatch(core))


def linked_columns(
    header: list[tuple[int, str]], years: dict[int, str], ends: dict[int, str]
) -> tuple[dict[int, str | None], dict[int, str]]:
    """Columns that take the date of a column of years.

    A column of progress against the goal (目标完成度) takes the latest column of progress's
    (2026年6月末完成值), a column of growth over the table's span (年均增长（%）〔累计〕) its last
    year's.

    Parameters
    ----------
    header : list of (int, str)
        (offset, text) of each header cell.
    years : dict of int to str
        The year of each column of years; the linked columns are added to it.
    ends : dict of int to str
        The end of each column whose period is no calendar year; linked columns added.

    Returns
    -------
    tuple of (dict, dict)
        (what each linked column holds, as :func:`role` says; the unit its header sets).
    """
    roles: dict[int, str | None] = {}
    units: dict[int, str] = {}

    def end_of(k: int) -> str:
        return ends.get(k) or f"{years[k]}-12-31"

    def link(k: int, to: int) -> None:
        years[k] = years[to]
        if to in ends:
            ends[k] = ends[to]
        roles[k] = role(header[to][1])

    facts = [k for k in years if role(header[k][1]) == "observation"]
    last = max(years, key=end_of)
    for k, (_, cell) in enumerate(header):
        if k in years or k == 0:
            continue
        core = re.sub(r"[（(〔][^（()）〔〕]*[）)〕]", "", cell).strip()
        if _SHARE_OF_GOAL.fullmatch(core) and facts:
            link(k, max(facts, key=end_of))
            units[k] = "%"
        elif _is_change(cell):
            link(k, last)
            unit = _GROWTH_UNIT.search(cell)
            if unit is not None:
                said = unit[1] or unit[2]
                units[k] = "%" if said == "％" else said
    return roles, units


def role(header: str) -> str | None:
    """What a header cell says its column holds.

    Parameters
    ----------
    header : str
        A header cell (目标值, 基数（2025年）, "2025 actual").

    Returns
    -------
    str or None
        ``"target"`` for goals, ``"observation"`` for a base year's facts, else None.
    """
    broker = _BROKER_YEAR_CELL.fullmatch(header.strip())
    if broker is not None:
        # (FY25A: the year's results; FY26E, 27F: a broker's forecast of its year.)
        return "observation" if broker["mark"] == "A" else "target"
    said = {"target" if m["goal"] else "observation" for m in _ROLE.finditer(header)}
    if not said and _CLOSED.search(header) and _DAY_CELL.fullmatch(header):
        return "observation"  # ("Year ended 31 March 2026", "As at 30 June 2026": results)
    return said.pop() if len(said) == 1 else None


# A list column of what is planned for the year after the report's (下年计划投资, 明年计划,
# 下一年度计划): goals due at that year's end.
_NEXT_YEAR_PLAN = re.compile(r"(?:下一?年度?|明年|次年)\s*(?:计划|計劃|計畫|目[标標]|预计|預計)")
# A list column of a goal or plan (目标在孵企业, 计划投资, 预计产值, "Target", "Planned"):
# goals, due by the period the list's title names, else by no date.
# The Chinese word opens the header, after the year it is of (2026年计划投资, 年度目标值): inside
# another word it is not a plan (计划单列, an administrative status; 虚拟; 完成年度计划（%）,
# progress made; 预计划用地; 目标企业名单, a list of firms courted).
_PLAN_COLUMN = re.compile(
    r"^\s*(?:\d{4}\s*年度?|本?年度|全年|今年|当年|當年)?\s*"
    rf"(?!计划单列|計劃單列|计划单列|预计划|預計劃|目[标標][^（(]{{0,4}}?(?:名单|名單|名录|名錄|库|庫))"
    rf"(?:计划|計劃|計畫|预计|預計|拟|擬|{GOAL_LABELS})"
    r"|\b(?:planned|forecast|targets?(?:\s+values?)?|goals?)\b",
    re.I,
)
# A list column of a project's total investment (总投资, 總投資, "Total investment"): the
# project's size, undated, as 总投资 is in a sentence.
_TOTAL_INVESTMENT = re.compile(r"总投资|總投資|计划总投资|計劃總投資|total\s+investment", re.I)


def list_column_kind(
    header: str, year: str | None, page_year: str | None
) -> tuple[str, str | None] | None:
    """What a list's column header says its values are, beside their unit: ("target",
    deadline) for a plan or goal (下年计划投资（亿元）: due at the end of the year after
    ``year``, the year the report's title names, else after the page's ``page_year``;
    目标在孵企业（家）: by the end of ``year``, or by no date when the title names none),
    ("undated", None) for a project's total investment (总投资), else None (the figure is read
    as the text's others are)."""
    if _TOTAL_INVESTMENT.search(header):
        return "undated", None
    if _NEXT_YEAR_PLAN.search(header):
        base = year or page_year
        return "target", (f"{int(base) + 1}-12-31" if base else None)
    if _PLAN_COLUMN.search(header):
        return "target", (f"{year}-12-31" if year else None)
    return None
