"""How a text writes a date or a period, and the date each form names.

The date rules of extraction: full and partial dates in Chinese and English, quarters and
halves, the deadlines a goal sets (到2027年, by mid-2026, 十五五), the dates a fact is of,
financial and academic years (2024/25財政年度, FY2025), Republic of China years in a Taiwan
source (民國113年, 114年上半年), and dates relative to a page's year (上半年, 明年, last year).
:func:`find_date` reads the date nearest a figure; a reading that is not literal carries a
note on its basis (:class:`Date`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import pandas as pd

from .dates import quarter_end
from .sentences import SEMICOLON

__all__ = [
    "MONTHS",
    "MONTH_NUMBER",
    "ROC_CUES",
    "Date",
    "blank_change_start",
    "blank_open_starts",
    "blank_other_dates",
    "blank_plan_periods",
    "day_date",
    "find_date",
    "find_past_year",
    "find_relative_date",
    "find_relative_deadline",
    "read_bracketed_years",
    "says_now",
]

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

# January..December, then Jan..Dec (Sept too): each name to its month's number.
MONTH_NUMBER = {
    name.lower(): next(
        i for i, full in enumerate(MONTHS.split("|")[:12], 1) if full[:3] == name[:3]
    )
    for name in MONTHS.split("|")
}

_DEADLINES = [
    # 到2026年6月底, 2025年6月30日前: the month or day, not the year's end; 13月 is no date.
    (
        re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"),
        lambda m: day_date(m[1], m[2], m[3]),
    ),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月"), lambda m: _month_end(m[1], m[2])),
    (re.compile(r"(\d{4})\s*年\s*(?:上半年|年中)"), lambda m: f"{m[1]}-06-30"),
    (re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度?"), lambda m: _quarter(m[1], m[2])),
    (re.compile(r"(\d{4})\s*年\s*(?:底|末|年底)"), lambda m: f"{m[1]}-12-31"),
    (
        re.compile(
            r"(?<!截)(?<!截至)(?<!截止)(?:到|至|於|于|在|朝|展望)\s*(\d{4})\s*年"
            # 在2030年第二季完成, 到2027年上半年: the quarter's or half's end, not the year's.
            # (於2030年代 is a decade: read below.)
            r"(?!\s*\d{1,2}\s*月|\s*第?\s*[一二三四1-4]\s*季|\s*(?:上半年|年中)|代)"
        ),
        lambda m: f"{m[1]}-12-31",
    ),
    # 於2030年代陸續落成, "in the 2030s": a decade ahead is due by its last day.
    (
        re.compile(
            r"(?<!\d)(\d{3})0\s*年代(?!\s*[初中])"
            r"|\b(?:in|by|during|through|over|within)\s+(?:the\s+(?:end|course)\s+of\s+)?"
            r"the\s+(?:late\s+)?(\d{3})0s\b",
            re.I,
        ),
        lambda m: f"{m[1] or m[2]}9-12-31",
    ),
    # (2026年前10月, 115年前十月, 前三季度: the first months of the year, no time before it.)
    (
        re.compile(
            r"(\d{4})\s*年(?:或之|以)?前(?!\s*(?:1[0-2]|[1-9]|十[一二]?|[一二两兩三四五六七八九])\s*(?:个|個)?\s*(?:月|季))"
        ),
        lambda m: f"{m[1]}-12-31",
    ),
    # 西元2029年完工後, 2028年建成: the year a work is due to be finished is its deadline.
    (
        re.compile(r"(\d{4})\s*年\s*(?:完工|竣工|完成|建成|落成|启用|啟用|投产|投產)"),
        lambda m: f"{m[1]}-12-31",
    ),
    # 2027—2029年每年安排…: a span of years ahead is due by the end of its last year.
    (
        re.compile(r"(?<![\d/-])\d{4}\s*年?\s*[-—–~]\s*(\d{4})\s*年(?!度)"),
        lambda m: f"{m[1]}-12-31",
    ),
    # 2026年，我委将…: a year that opens the sentence frames each part of it (a later
    # part's own 于2026年6月30日前 is that part's).
    (re.compile(r"^\s*(\d{4})\s*年\s*[，,]"), lambda m: f"{m[1]}-12-31"),
    # 以2030年为目标 (with 2030 as the goal's year): by that year's end.
    (re.compile(r"以\s*(\d{4})\s*年\s*(?:为|為)\s*目[标標]"), lambda m: f"{m[1]}-12-31"),
    # The n-th Five-Year Plan ends in 1955 + 5n: 十四五 in 2025, 十五五 in 2030.
    (
        re.compile(r"十([一二三四五六七八九])五"),
        lambda m: f"{1955 + 5 * (10 + '一二三四五六七八九'.index(m[1]) + 1)}-12-31",
    ),
    (
        re.compile(r"\b(\d{2})th\s+Five-Year\s+Plan\b", re.I),
        lambda m: f"{1955 + 5 * int(m[1])}-12-31",
    ),
    # "due in spring 2027", 2027年春季: the season's end (the northern seasons, spring
    # March to May; winter December to February, ending in the next year).
    (
        re.compile(
            r"\b(?:in|by|before|until|for|during)\s+(?:the\s+)?(?:end\s+of\s+)?"
            r"(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b",
            re.I,
        ),
        lambda m: _season_end(m[2], m[1]),
    ),
    (re.compile(r"(\d{4})\s*年\s*([春夏秋冬])季(?![號号刊])"), lambda m: _season_end(m[1], m[2])),
    (  # by March 2028, before the end of June 2027, scheduled for January 2028: that month's end
        re.compile(
            rf"\b(?:by|before|until|through|in|for)\s+(?:the\s+end\s+of\s+|end-)?({MONTHS})\.?,?\s+(\d{{4}})\b",
            re.I,
        ),
        lambda m: _month_end(m[2], MONTH_NUMBER[m[1].lower()]),
    ),
    (  # By 31 December 2029, by June 30, 2027: that day
        re.compile(
            rf"\b(?:by|before|until|on\s+or\s+before)\s+(\d{{1,2}})\s+({MONTHS})\.?,?\s+(\d{{4}})\b",
            re.I,
        ),
        lambda m: day_date(m[3], MONTH_NUMBER[m[2].lower()], m[1]),
    ),
    (
        re.compile(
            rf"\b(?:by|before|until|on\s+or\s+before)\s+({MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b",
            re.I,
        ),
        lambda m: day_date(m[3], MONTH_NUMBER[m[1].lower()], m[2]),
    ),
    (  # "over 2027-2029", "during 2026-2030", "a year in 2026-28": a period ahead ends at its
        # last year
        re.compile(
            r"\b(?:over|in|during|for|through)\s+(?:the\s+(?:period|years)\s+)?(\d{2})\d{2}\s*[-–—]\s*"
            r"(?:\1)?(\d{2})(?![\d%.,])",
            re.I,
        ),
        lambda m: f"{m[1]}{m[2]}-12-31",
    ),
    (  # "from 2026 to 2028", "between 2026 and 2028", "each year from 2026 through 2028"
        re.compile(
            r"\b(?:from|between)\s+(?:the\s+years\s+)?\d{4}\s+(?:to|and|through|until)\s+(\d{4})\b",
            re.I,
        ),
        lambda m: f"{m[1]}-12-31",
    ),
    (  # by Q3 2027: that quarter's end
        re.compile(r"\b(?:by|before|in)\s+(?:the\s+end\s+of\s+)?Q([1-4])\s*(\d{4})\b", re.I),
        lambda m: _quarter(m[2], m[1]),
    ),
    # "goals to 2027", "targets for 2028": goals whose horizon is that year's end.
    (
        re.compile(
            r"\b(?:goals?|targets?|objectives?)\s+(?:to|for|through|until)\s+(\d{4})\b", re.I
        ),
        lambda m: f"{m[1]}-12-31",
    ),
    # "budgeted 9.5 billion for 2026", "a forecast for 2027": in a goal, that year's end.
    (re.compile(r"\bfor\s+(\d{4})\b(?!\s*[-–—/]\s*\d)", re.I), lambda m: f"{m[1]}-12-31"),
    (
        re.compile(r"\bby\s+mid-?(\d{4})|\b(?:first|front)\s+half\s+of\s+(\d{4})", re.I),
        lambda m: f"{m[1] or m[2]}-06-30",
    ),
    # "in the back half of 2027": the year's second half, to its end.
    (
        re.compile(r"\b(?:second|back|latter)\s+half\s+of\s+(\d{4})", re.I),
        lambda m: f"{m[1]}-12-31",
    ),
    (
        re.compile(
            r"\b(?:by|before|until|through|in)\s+"
            r"(?:the\s+(?:end|close)\s+of\s+|(?:year-?\s*)?end[-\s]+)?(\d{4})\b",
            re.I,
        ),
        lambda m: f"{m[1]}-12-31",
    ),
]


class Date(str):
    """A date as ``YYYY-MM-DD`` with the basis of a reading that is not literal (``note``).

    Empty, with a note, when the text's date names no real day (2024年9月31日): the figure
    then keeps no date rather than a neighbouring real one.
    """

    note: str = ""

    def __new__(cls, date: str, note: str = "") -> Date:
        made = super().__new__(cls, date)
        made.note = note
        return made


# When a financial year ends, by the source's currency: Hong Kong's (and Japan's) runs April
# to March; mainland China's and Taiwan's are calendar years. A year written as a span
# (2025/26, 2024-25) is never a calendar year: it is read as ending 31 March.
_FISCAL_YEAR_END = {"HKD": "03-31", "JPY": "03-31"}

_FY_SPAN_WORDS = r"財政年度|财政年度|財年|财年|(年度)|(?:financial|fiscal)\s+year\b"


def _fy_span(first: str, second: str, written: str) -> Date | None:
    start = int(first)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if end != start + 1:
        return None  # 2024-26: a span of years, not one financial year
    return Date(
        f"{end}-03-31",
        f"financial year {written.strip()} read as ending on 31 March {end} "
        "(April to March, as in Hong Kong); check the source's fiscal calendar",
    )


def _fy_single(year: str, written: str, calendar: str) -> Date:
    full = int(year) if len(year) == 4 else 2000 + int(year)
    end = _FISCAL_YEAR_END.get(calendar, "12-31")
    basis = (
        f"the year ending on {end[3:]}/{end[:2]}, as {calendar} sources count"
        if end != "12-31"
        else "the calendar year, as mainland China and Taiwan count"
    )
    return Date(f"{full}-{end}", f"financial year {written.strip()} read as {basis}")


def _roc(year: str, written: str) -> Date:
    """A Republic of China year (民國113年, 113年度 in a Taiwan source): 1911 + n."""
    return Date(
        f"{1911 + int(year)}-12-31",
        f"{written.strip()} read as the Republic of China year {1911 + int(year)}",
    )


def _roc_day(year: str, month: str, day: str | None, written: str) -> Date:
    full = str(1911 + int(year))
    return Date(
        day_date(full, month, day) if day else _month_end(full, month),
        f"{written.strip()} read in the Republic of China year {full}",
    )


def _roc_academic_year(year: str, written: str) -> Date:
    """A Republic of China academic year (113學年度): August to July, ending 1912 + n."""
    end = 1912 + int(year)
    return Date(
        f"{end}-07-31",
        f"{written.strip()} read as the academic year from 1 August {end - 1} to 31 July {end}",
    )


def _academic_year(first: str, second: str, written: str) -> Date | None:
    start = int(first)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if end != start + 1:
        return None
    return Date(
        f"{end}-08-31",
        f"academic year {written.strip()} read as ending on 31 August {end} "
        "(September to August); check the source's own definition",
    )


_FISCAL_YEARS = [
    # 2024/25學年, the 2024/25 academic year: a school year, September to August.
    (
        re.compile(
            r"(?<![\d.])(\d{4})\s*[-/／–—]\s*(\d{4}|\d{2})(?!\d)\s*"
            r"(?:學年(?:度)?|学年(?:度)?|(?:academic|school)\s+year\b)",
            re.I,
        ),
        lambda m, c: _academic_year(m[1], m[2], m[0]),
    ),
    # "Academic Year 2025-26", as a report's title writes it: the word first.
    (
        re.compile(
            r"\b(?:academic|school)\s+year\s+(\d{4})\s*[-/／–—]\s*(\d{4}|\d{2})(?!\d)", re.I
        ),
        lambda m, c: _academic_year(m[1], m[2], m[0]),
    ),
    (
        re.compile(
            # 2026至27年度: the span written with 至 or 到 as with a dash.
            rf"(?<![\d.])(\d{{4}})\s*(?:[-/／–—]|至|到)\s*(\d{{4}}|\d{{2}})(?!\d)\s*(?:{_FY_SPAN_WORDS})",
            re.I,
        ),
        # 2023/24年度 is a financial year where the year runs April to March (Hong Kong);
        # on the mainland 2023-2024年度 names a span of two years (an award, a season).
        lambda m, c: None if m[3] and c not in _FISCAL_YEAR_END else _fy_span(m[1], m[2], m[0]),
    ),
    (
        re.compile(
            r"\b(?:(?:financial|fiscal)\s+year|FY)\s*(\d{4})\s*[-/–]\s*(\d{4}|\d{2})(?!\d)",
            re.I,
        ),
        lambda m, c: _fy_span(m[1], m[2], m[0]),
    ),
    (
        re.compile(
            r"\bFY\s*'?(\d{4}|\d{2})\b|\b(?:fiscal|financial)\s+(?:year\s+)?(\d{4})\b"
            r"|(?<![\d/／-])(\d{4})\s*(?:財政年度|财政年度|財年|财年)",
            re.I,
        ),
        lambda m, c: _fy_single(m[1] or m[2] or m[3], m[0], c),
    ),
    # 自民國116年至122年: a span of Republic of China years, to the end of its last (read before
    # its first year alone, as 115年至119年 is).
    (
        re.compile(
            r"(?:民國|民国)\s*\d{2,3}\s*年?\s*(?:至|到|[-—–~])\s*(?:民國|民国)?\s*(\d{2,3})\s*年(?![\d月])"
        ),
        lambda m, c: _roc(m[1], m[0]),
    ),
    (re.compile(r"(?:民國|民国)\s*(\d{2,3})\s*年度?"), lambda m, c: _roc(m[1], m[0])),
]

# In a Taiwan source (currency TWD) a year of two or three digits before 年 is a ROC year.
_ROC_YEARS = [
    # 113學年度: a Taiwan academic year runs 1 August to 31 July (113學年度 from 1 August
    # 2024 to 31 July 2025), so it ends on 31 July of the next calendar year.
    (
        re.compile(r"(?<![\d.,])(1[0-4]\d)\s*[學学]年度?"),
        lambda m, c: _roc_academic_year(m[1], m[0]),
    ),
    (  # 115年6月, 114年3月6日: a month or day of a Republic of China year
        re.compile(r"(?<![\d.,])(1[0-4]\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?"),
        lambda m, c: _roc_day(m[1], m[2], m[3], m[0]),
    ),
    # 115年至119年: a span of years, to the end of its last (read before either year alone).
    (
        re.compile(r"(?<![\d.,])1[0-4]\d\s*年?\s*(?:至|到|[-—–~])\s*(1[0-4]\d)\s*年(?![\d月])"),
        lambda m, c: _roc(m[1], m[0]),
    ),
    (
        re.compile(r"(?<![\d.,])(1[0-4]\d)\s*年度?(?![\d月])"),
        lambda m, c: _roc(m[1], m[0]),
    ),
]

# A deadline ahead in Republic of China years (至119年, 於115年前), in a Taiwan source.
ROC_CUES = re.compile(
    r"(?:到|至|於|于|在|朝)\s*1[0-4]\d\s*年|(?<!\d)1[0-4]\d\s*年(?:底|末)?(?:以)?前"
    r"(?!\s*(?:1[0-2]|[1-9]|十[一二]?|[一二两兩三四五六七八九])\s*(?:个|個)?\s*(?:月|季))"
    r"|以\s*1[0-4]\d\s*年\s*(?:为|為)\s*目[标標]"
)

_REF_DATES = [
    (
        re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
        lambda m: day_date(m[1], m[2], m[3]),
    ),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月"), lambda m: _month_end(m[1], m[2])),
    (re.compile(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})"), lambda m: day_date(m[1], m[2], m[3])),
    (re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度?"), lambda m: _quarter(m[1], m[2])),
    # 2026年前三季度, 2026年首三季: the first quarters of that year, to the last one's end.
    (
        re.compile(r"(\d{4})\s*年\s*[前首]\s*([一二三四1-4])\s*(?:个|個)?\s*季度?"),
        lambda m: _quarter(m[1], m[2]),
    ),
    # 2026年前10月, 2026年前十个月 (January to October of that year; 115年前十月 in a
    # Taiwan source): to the last month's end.
    (
        re.compile(
            r"(\d{4})\s*年\s*[前首]\s*(1[0-2]|[1-9]|十[一二]?|[一二两兩三四五六七八九])\s*(?:个|個)?\s*月份?"
            r"(?!\s*[底末])"
        ),
        lambda m: _month_end(m[1], _MONTH_WORDS.get(m[2], m[2])),
    ),
    (re.compile(r"(\d{4})\s*年\s*(?:上半年|年中)"), lambda m: f"{m[1]}-06-30"),
    # 2024年1—11月: a span of months from January, to the end of its last month.
    (
        re.compile(r"(\d{4})\s*年\s*(?:1|一)\s*月?\s*(?:至|到|-|—|–|~)\s*(\d{1,2})\s*月"),
        lambda m: _month_end(m[1], m[2]),
    ),
    (
        re.compile(r"\b(first|second|third|fourth)\s+quarter\s+of\s+(\d{4})\b", re.I),
        lambda m: _quarter(
            m[2], "1234"[("first", "second", "third", "fourth").index(m[1].lower())]
        ),
    ),
    (
        re.compile(r"\bQ([1-4])\s*(\d{4})\b|\b(\d{4})\s*Q([1-4])\b"),
        lambda m: _quarter(m[2] or m[3], m[1] or m[4]),
    ),
    # "the first three quarters of 2026", "the first nine months of 2026": to the last one's end.
    (
        re.compile(r"\bfirst\s+(two|three|[23])\s+quarters\s+of\s+(\d{4})\b", re.I),
        lambda m: _quarter(m[2], _EN_COUNTS.get(m[1].lower(), m[1])),
    ),
    (
        re.compile(
            r"\bfirst\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|1[01]|[2-9])"
            r"\s+months\s+of\s+(\d{4})\b",
            re.I,
        ),
        lambda m: _month_end(m[2], _EN_COUNTS.get(m[1].lower(), m[1])),
    ),
    (
        re.compile(r"\b(?:(?:first|front)\s+half|H1)\s+(?:of\s+)?(\d{4})\b", re.I),
        lambda m: f"{m[1]}-06-30",
    ),
    (
        re.compile(r"\b(?:(?:second|back|latter)\s+half|H2)\s+(?:of\s+)?(\d{4})\b", re.I),
        lambda m: f"{m[1]}-12-31",
    ),
    # 1H26, 2H25 (a half), 3Q26 (a quarter), as ratings and brokers write them.
    (
        re.compile(r"\b([12])H\s?(?:20)?(\d\d)\b"),
        lambda m: f"20{m[2]}-{'06-30' if m[1] == '1' else '12-31'}",
    ),
    (re.compile(r"\b([1-4])Q\s?(?:20)?(\d\d)\b"), lambda m: _quarter(f"20{m[2]}", m[1])),
    (re.compile(r"(\d{4})\s*年"), lambda m: f"{m[1]}-12-31"),
    # “十四五”时期, 十四五期間, "the 14th Five-Year Plan period": what a plan's five years saw, at
    # their end (1955 + 5n).
    (
        re.compile(r"十([一二三四五六七八九])五[”」』\"]?\s*(?:时期|時期|期间|期間)"),
        lambda m: f"{1955 + 5 * (10 + '一二三四五六七八九'.index(m[1]) + 1)}-12-31",
    ),
    (
        re.compile(r"\b(?:during|over|in)\s+the\s+(\d{2})th\s+Five-Year\s+Plan\b", re.I),
        lambda m: f"{1955 + 5 * int(m[1])}-12-31",
    ),
    # "Over 2020-2024", "in 2021-2024": a statement of the period, dated at its end.
    (
        re.compile(
            r"\b(?:over|in|during|for)\s+(?:the\s+period\s+)?(\d{4})\s*[-–—]\s*(\d{4})\b", re.I
        ),
        lambda m: f"{m[2]}-12-31",
    ),
    # "Between 2019 and 2024, … grew at an average annual rate of 9.1 percent, to 142,000": the
    # same, dated at the span's end.
    (
        re.compile(r"\bbetween\s+(?:19|20)\d\d\s+and\s+((?:19|20)\d\d)\b", re.I),
        lambda m: f"{m[1]}-12-31",
    ),
    (
        re.compile(rf"\b({MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I),
        lambda m: day_date(m[3], MONTH_NUMBER[m[1].lower()], m[2]),
    ),
    (  # 10 April 2025, as British and Hong Kong releases write the day
        re.compile(rf"\b(\d{{1,2}})\s+({MONTHS})\.?,?\s+(\d{{4}})\b", re.I),
        lambda m: day_date(m[3], MONTH_NUMBER[m[2].lower()], m[1]),
    ),
    (
        re.compile(rf"\b({MONTHS})\.?,?\s+(\d{{4}})\b", re.I),
        lambda m: _month_end(m[2], MONTH_NUMBER[m[1].lower()]),
    ),
    (
        re.compile(
            r"\b(?:in|as\s+of|at|by|end\s+of|of)\s+(?:the\s+(?:end|close)\s+of\s+)?(\d{4})\b"
            # "in 2024-25" names a split year (financial or academic), not the calendar 2024.
            r"(?!\s*[-/–]\s*\d\d(?!\d))",
            re.I,
        ),
        lambda m: f"{m[1]}-12-31",
    ),
    # "as of end-2025", "at year-end 2025": the year's end, as 2025年末 is.
    (
        re.compile(r"\b(?:year-?\s*)?end[-\s]+(\d{4})\b", re.I),
        lambda m: f"{m[1]}-12-31",
    ),
]

# 由2025年底約5.1萬人增至10萬人: the date of the start of a change, the base's; never the
# figure's date, nor a deadline of the goal the change reaches.
_CHANGE_FROM = (
    r"(?:由|从|從)\s*(?:(?:\d{4}|1[0-4]\d)\s*年|去年|上年"
    # 由2025-26年度的3.2億元增至…, 由2025/26財政年度, 由同年度約160個增至250個: a financial
    # year, or the same year as a start told before.
    r"|\d{4}\s*[/／-]\s*\d{2,4}\s*(?:(?:財政|财政)?年度|年)|同一?(?:財政)?年)(?:底|末|度)?"
    r"(?=[^，,。；;]{0,24}?(?:至|到))"
)

# The year a change is counted against (較114年度增加5.3%, 比2025年增长12%): the base's.
# So is the year of the level a goal is set against ("up from 3.5% in 2025", "versus 3.62
# percent in 2025", "against 19,600 such firms at the end of 2025"): the base's, never the
# goal's deadline ("from 40 to 60 by 2027" names the goal's, after "to").
_CHANGE_BASE = (
    r"(?:较|較|比|相比|相较|相較)\s*(?:\d{4}|(?<!\d)1[0-4]\d)\s*[學学]?年(?:底|末|度)?"
    r"|\b(?:(?:up|down)\s+from|from|versus|vs\.?|against|compared\s+(?:with|to))\s+"
    # (the level right after the word: "benefit from new funds in 2027" names no base)
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|€|(?:RMB|CNY|USD|HKD|TWD|EUR)\s*)?\d"
    r"(?:(?!\b(?:to|by)\b)[^,;.，；。]|(?<=\d)[.,](?=\d)){0,40}?"
    r"\b(?:in|at\s+the\s+end\s+of|as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?)\s*\d{4}\b"
)

# The date a document was issued, said of the plan that sets a goal ("under an action plan
# released in 2025", 2025年印发的行动方案): the plan's date, neither the goal's deadline nor
# a fact's date. ("will be released in 2027" is a deadline.)
_DOCUMENT_DATE = (
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:released|issued|published|adopted|unveiled|approved)\s+"
    rf"in\s+(?:(?:{MONTHS})\s+)?\d{{4}}\b"
    r"|(?:\d{4}|(?<!\d)1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月)?\s*(?:印发|印發|发布|發布|出台|公布)的"
)

# The year a zone or body was founded, approved or upgraded (於民國99年經行政院核定設置,
# 始建于1992年, 2010年经国务院批准升级为…, "was established in 2010"), in a clause that
# states no figure: it dates the founding, not a figure another clause of the sentence
# states (总面积约632公顷 is no area of 2010). 2025年新设立企业1200家 counts in its year.
_FOUNDING_VERB = (
    r"(?:设立|設立|设置|設置|成立|建立|创建|創建|组建|組建|升级|升級|升格|挂牌|掛牌|揭牌|开园|開園"
    r"|获批|獲批)"
)
_NO_FIGURE_AFTER = r"(?=[^，,。；;\n\d]*(?:[，,。；;\n]|$))"
_FOUNDED = (
    r"(?:(?:于|於|在)\s*)?(?:民國|民国)?\s*(?:\d{4}|(?<!\d)\d{2,3})\s*年"
    r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?)?"
    rf"[^，,。；;\n\d]{{0,12}}?{_FOUNDING_VERB}{_NO_FIGURE_AFTER}"
    r"|(?:始建|成立|设立|設立|创建|創建|建立|组建|組建|开园|開園)"
    r"(?:于|於)\s*(?:民國|民国)?\s*(?:\d{4}|(?<!\d)\d{2,3})\s*年(?:\s*\d{1,2}\s*月)?"
    + _NO_FIGURE_AFTER
    + r"|\b(?:(?:was|were|been|is|are)\s+)?(?:officially\s+)?"
    r"(?:founded|established|set\s+up|created|inaugurated|incorporated)\s+in\s+"
    rf"(?:(?:{MONTHS})\s+)?\d{{4}}\b(?=(?:(?!\band\b)[^,;.\d])*(?:[,;.]|\band\b|$))"
)

# The name of an event held (签约活动, 对接会, 博览会, 论坛): what ends it.
_EVENT = (
    r"(?:活动|活動|大会|大會|论坛|論壇|峰会|峰會|年会|年會|博览会|博覽會|交易会|交易會|展览会|展覽會"
    r"|对接会|對接會|洽谈会|洽談會|推介会|推介會|发布会|發布會|發佈會|招聘会|招聘會|签约仪式|簽約儀式"
    r"|大赛|大賽|会议|會議)"
)

# The start of a span with no end (自2027年起, 由2027-28年度起, 115年起, "from 2027 onwards"):
# it dates neither a figure nor a deadline (money per year from then on has no end to reach).
_OPEN_START = (
    r"(?:(?:自|从|從|由)\s*)?(?:民國|民国)?\s*(?<![\d.,])(?:\d{4}(?:\s*[/／-]\s*\d{2,4})?|1[0-4]\d)\s*"
    r"(?:(?:財政|财政)?年度|年)(?:\s*\d{1,2}\s*月)?\s*(?:起|开始|開始)(?![步点點])"
    r"|\b(?:from|starting\s+(?:in|from)|beginning\s+in)\s+\d{4}\s+(?:on(?:wards?)?|forward)\b"
)

# The period of a plan, said as the plan's own (推動期程為115年至124年, 规划期为2026—2030年,
# 「…方案（115-119年）」): the plan's, neither a figure's date nor the money's own span.
_PLAN_PERIOD = (
    r"(?:期程|期限|期间|期間|实施期|實施期|规划期|規劃期|计划期|計劃期)\s*(?:自|为|為|是|[:：])?\s*"
    r"(?:民國|民国)?\s*\d{3,4}\s*年?\s*(?:度)?\s*[-—–~至到]\s*(?:民國|民国)?\s*\d{3,4}\s*年?\s*(?:度)?"
    r"|(?<=方案|规划|規劃|计划|計劃|计画|計畫|纲要|綱要|行动|行動)[（(]\s*(?:民國|民国)?\s*\d{3,4}\s*年?\s*[-—–~至到]\s*\d{3,4}\s*年?\s*(?:度)?\s*[）)]"
)

# Dates that are not the figure's: the start of a period (自2018年以来, since 2018) and the
# base of a comparison (较2019年增加了43%, up from 2019).
_NOT_REF_DATE = re.compile(
    # 自2021年起設立的…至今, 从2024年3月开始: the start of a period, not the figure's date.
    r"(?:自|从|從)\s*(?:民國|民国)?\s*(?:\d{4}|(?<!\d)1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月)?\s*(?:起|开始|開始)"
    r"|(?:自|从|從)\s*(?:民國|民国)?\s*(?:\d{4}|\d{2,3})\s*年[^，,。；;\n]{0,8}?(?:以来|以來|至今)"
    # 2023年以来至今年6月底: a year followed by 以来 starts the period, with or without 自.
    r"|(?:\d{4}|(?<!\d)1[0-4]\d)\s*年\s*(?:以来|以來)"
    r"|\bsince\s+\d{4}\b"
    # "since the second quarter of 2023", "since March 2021": the start of a span, not a date.
    r"|\bsince\s+(?:the\s+)?(?:(?:(?:first|second|third|fourth)\s+quarter|(?:first|second)\s+half"
    r"|end|start|beginning|middle)\s+of\s+|(?:" + MONTHS + r")\.?\s+)\d{4}\b"
    # "Since its launch in 1999": the start of the period the figure sums, not its date.
    r"|\bsince\s+(?:its|their|the)\s+(?:[a-z]+\s+){1,4}in\s+\d{4}\b"
    # "The zone, founded in 1991, covers ...": an aside dating the noun, not the figure.
    r"|,\s*(?:(?:which|that)\s+(?:was\s+|were\s+)?)?"
    r"(?:founded|established|set\s+up|launched|created|opened|built)\s+in\s+\d{4}\s*(?=,)"
    # "reached 410,000 square metres after Phase 3 opened in November 2025": a clause of time
    # dates the event it tells, not the figure.
    r"|\b(?:after|when|once|as\s+soon\s+as)\s+(?:(?!(?:and|but)\b)[A-Za-z0-9'’-]+\s+){1,5}?"
    r"(?:(?:was|were|had\s+been)\s+)?(?:opened|completed|launched|began|started|built|finished"
    r"|commissioned|went\s+into\s+(?:service|operation))\s+in\s+(?:(?:"
    + MONTHS
    + r")\.?\s+)?\d{4}\b"
    # 2026年第四批, 2026年度第二批: the year names a batch (its notice dates it), not a date.
    r"|(?:\d{4}|(?<!\d)1[0-4]\d)\s*年度?\s*(?=第\s*[一二三四五六七八九十\d]{1,3}\s*批)"
    # (較112學年度成長: an academic year as the base, as a calendar year is.)
    r"|(?:较|較|比|相比|相较|相較|同比)\s*(?:\d{4}|1[0-4]\d)\s*[學学]?年(?:底|末|度)?"
    + "|"
    + _FOUNDED
    + "|"
    + _OPEN_START
    + "|"
    + _PLAN_PERIOD
    + "|"
    + _CHANGE_FROM
    + "|"
    + _DOCUMENT_DATE
    +
    # "higher than in the same period of 2025": the base's part of the year, not the figure's.
    r"|\b(?:compared\s+(?:with|to)|than)\s+(?:in\s+|during\s+)?the\s+same\s+period\s+(?:of|in)\s+\d{4}\b"
    # "up 18% from the same period last year": the base's period, not the figure's.
    r"|\b(?:from|over|than|compared\s+(?:with|to)|against)\s+(?:in\s+|during\s+)?the\s+same\s+"
    r"(?:period|quarter|half|month|months)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b"
    r"|\b(?:compared\s+(?:with|to)|than(?:\s+(?:in|at))?|up\s+from|down\s+from|from|over)\s+"
    r"(?:the\s+end\s+of\s+)?(?:(?:" + MONTHS + r")\s+)?\d{4}\b(?!\s*[-–—]\s*\d{4})"
    r"|(?:去年|上年)\s*(?:以来|以來)|(?:较|較|比|相比|同比)\s*(?:去年|上年)"
    # 比去年一季度, 较上年上半年: the base's part of last year, not the figure's.
    r"(?:同期|\s*第?\s*[一二三四1-4]\s*(?:个|個)?\s*季度?|\s*[上下]半年)?"
    # "up 27% from the end of last year", "than last year": the base, not the figure's date.
    r"|\b(?:compared\s+(?:with|to)|than|from|over|against)\s+(?:(?:the\s+)?(?:end|start|beginning)"
    r"\s+of\s+)?last\s+year\b"
    # 是上年同期的1.5倍, 增速比1-7月加快: the base of a multiple or of a change in growth.
    r"|(?:是|为|為)\s*(?:去年|上年)(?:同期)?的"
    r"|(?:较|較|比)\s*(?:1|一)\s*月?\s*(?:至|到|-|—|–|~)\s*\d{1,2}\s*月(?:份)?"
    # 比上半年加快, 较一季度回落, 比年初增长: a part of the year as the base of a change.
    r"|(?:较|較|比)\s*(?:上半年|下半年|[前首]?\s*第?\s*[一二三四1-4]\s*(?:个|個)?\s*季度?|年初)"
    # 是2020年末的1.6倍, 為2023年10月的2倍: the base of a multiple.
    r"|(?:是|为|為)\s*(?:\d{4}|1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|度)?(?:同期)?的"
    # 1.6 times the 2020 level, twice the number in 2020, double its level of 2019.
    r"|\b(?:times|twice|double|triple)\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:(?:of|in|at)\s+)?(?:the\s+end\s+of\s+)?\d{4}\b"
    r"|\b(?:since|than|from|over)\s+last\s+year\b"
    # 举行2026年第三季度重大项目集中签约活动: the year (and part of it) in the name of an
    # event held, not the date of what was done at it (that is the event's day, 9月25日).
    r"|(?:举行|舉行|举办|舉辦|召开|召開|承办|承辦|主办|主辦|出席|参加|參加)了?\s*"
    r"(?:\d{4}|(?<!\d)1[0-4]\d)\s*年度?\s*(?:第?\s*[一二三四1-4]\s*季度?|[上下]半年)?"
    rf"(?=[^，,。；;、\n]{{0,24}}?{_EVENT})"
    # 认定…28家单位为2026年度市级众创空间, 入选2025年度省级专精特新企业名单, 公布2026年度…名单:
    # the year in the name of a title, a list or a scheme a body is given, not the date of a
    # count (the list is as of the notice's day).
    r"|(?:为|為|入选|入選|列入|纳入|納入|公布|公佈|认定|認定|评为|評為|命名为|命名為|授予)\s*"
    r"(?:\d{4}|(?<!\d)1[0-4]\d)\s*年度(?=[^，,。；;、\n\d的]{2,24}(?:[，,。；;（(\n]|$))",
    re.I,
)

# 前十个月: the months written in Chinese numerals.
_MONTH_WORDS: dict[str, str] = {w: str(i) for i, w in enumerate("一二三四五六七八九十", 1)} | {
    "两": "2",
    "兩": "2",
    "十一": "11",
    "十二": "12",
}

_EN_ORDINALS = ("first", "second", "third", "fourth")

_EN_COUNTS: dict[str, str] = {
    w: str(i)
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), 1
    )
}

# 去年一季度, 上年上半年: that part of the year before the page's (去年 counts from the page's
# date, as it does alone), not the end of that year.
_LAST_YEAR_PART = re.compile(
    r"(?<![较較比与與])(?:去年|上年)\s*(?:第\s*([一二三四1-4])\s*季度?|([一二三四])\s*季度"
    r"|([上下])半年)(?!\s*[前底末])"
)


def _last_year_part(found: re.Match[str], year: str) -> str:
    last = str(int(year) - 1)
    if found[1] or found[2]:
        return _quarter(last, found[1] or found[2])
    return f"{last}-{'06-30' if found[3] == '上' else '12-31'}"


# Dates a sentence gives relative to the page's own date: (pattern, make(match, year)). The
# year is the page's, or that of the period a report's title covers.
_RELATIVE_REF_DATES = [
    # 11月1日至19日: a span of days, to its last; 11月3日, 截至11月15日: that day.
    (
        re.compile(
            r"(?<![\d年])(\d{1,2})\s*月\s*\d{1,2}\s*[日号號]\s*(?:至|到|-|—|–|~)\s*(\d{1,2})\s*[日号號]"
        ),
        lambda m, y: day_date(y, m[1], m[2]),
    ),
    (
        re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"),
        lambda m, y: day_date(y, m[1], m[2]),
    ),
    # "which ended on 31 December", "to December 31" (no year): that day of the year.
    (
        re.compile(rf"\b(\d{{1,2}})\s+({MONTHS})\b(?!\.?,?\s*\d)"),
        lambda m, y: day_date(y, MONTH_NUMBER[m[2].lower()], m[1]),
    ),
    (
        re.compile(rf"\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)"),
        lambda m, y: day_date(y, MONTH_NUMBER[m[1].lower()], m[2]),
    ),
    # 9月底, 九月底 (a month in Chinese numerals, as Hong Kong releases write it).
    (
        re.compile(
            r"(?<!\d年)(?<!\d)(?<![一二三四五六七八九十])"
            r"(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:底|末)"
        ),
        lambda m, y: _month_end(y, _MONTH_WORDS.get(m[1], m[1])),
    ),
    # 上半年, 今年上半年 (not 2025年上半年, which has its year, nor 去年上半年, a base).
    (
        re.compile(r"(?:(?<=今年)|(?<=本年)|(?<!年))上半年|\bfirst\s+half\b", re.I),
        lambda m, y: f"{y}-06-30",
    ),
    # 下半年, "the second half of the year": to the year's end.
    (
        re.compile(r"(?:(?<=今年)|(?<=本年)|(?<!年))下半年|\bsecond\s+half\b", re.I),
        lambda m, y: f"{y}-12-31",
    ),
    # 今年第一季, 第三季度, 一季度 without a year: that quarter of the year.
    (
        re.compile(
            r"(?:今年|本年|(?<![\d年]))第\s*([一二三四1-4])\s*(?:个|個)?\s*季(?!\s*[前底末])"
            # 今年一季度 (of this year, not 去年一季度, a year's own 2025年一季度).
            r"|(?:(?<=今年)|(?<=本年)|(?<![\d年前首第两兩三四五六七八九十]))([一二三四])\s*季度"
            r"(?!\s*[前底末])"
        ),
        lambda m, y: _quarter(y, m[1] or m[2]),
    ),
    # 今年首季, 首季度 (the first quarter, told without its number): to the end of March.
    (
        re.compile(r"(?:(?<=今年)|(?<=本年)|(?<![\d年]))首\s*季(?:度)?(?!\s*[前底末])"),
        lambda m, y: _quarter(y, "1"),
    ),
    # 前三季度, 首三季 (the first three quarters), 1至9月 (January to September): to that
    # period's end.
    (
        re.compile(r"(?<!\d年)[前首]\s*([一二三四1-4])\s*(?:个|個)?\s*季(?!\s*[前底末])"),
        lambda m, y: _quarter(y, m[1]),
    ),
    (  # 今年1-10月 too; 2024年1-11月 has its own year
        re.compile(
            r"(?<!\d)(?<!\d年)(?<!\d\s年)(?:1|一)\s*月?\s*(?:至|到|-|—|–|~)\s*(\d{1,2})\s*月"
            r"(?!\s*[底末])"
        ),
        lambda m, y: _month_end(y, m[1]),
    ),
    # 前10个月 (the first ten months): to the end of the tenth.
    (
        re.compile(
            r"(?<!\d年)[前首]\s*(1[0-2]|[1-9]|十[一二]?|[一二两兩三四五六七八九])\s*(?:个|個)\s*月"
        ),
        lambda m, y: _month_end(y, _MONTH_WORDS.get(m[1], m[1])),
    ),
    # "the first three quarters", "the first nine months", "the third quarter" (no year).
    (
        re.compile(r"\bfirst\s+(two|three|[23])\s+quarters\b", re.I),
        lambda m, y: _quarter(y, _EN_COUNTS.get(m[1].lower(), m[1])),
    ),
    (
        re.compile(rf"\bfirst\s+({'|'.join(_EN_COUNTS)}|1[0-2]|[1-9])\s+months\b", re.I),
        lambda m, y: _month_end(y, _EN_COUNTS.get(m[1].lower(), m[1])),
    ),
    (
        re.compile(r"\b(first|second|third|fourth)\s+quarter\b(?!\s+of\s+\d)", re.I),
        lambda m, y: _quarter(y, str(_EN_ORDINALS.index(m[1].lower()) + 1)),
    ),
    (  # "the January-September period", "Jan-Sept": to the end of the last month
        re.compile(
            rf"\b(?i:January|Jan)\.?\s*(?:[-–—]|(?i:to|through)\s)\s*({MONTHS})\b(?!\.?\s*,?\s*\d)"
        ),
        lambda m, y: _month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
    (  # "between January and September": to the end of the last month
        re.compile(rf"\b(?i:between|from)\s+January\s+(?i:and|to|through)\s+({MONTHS})\b"),
        lambda m, y: _month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
    # "in the six months to September", "the year to June": a period to that month's end.
    (
        re.compile(
            r"\b(?i:months?|year|weeks?|quarter)\s+(?i:to|ending|ended)\s+(?i:the\s+end\s+of\s+|end-)?"
            rf"({MONTHS})\b(?!\.?\s*,?\s*\d)"
        ),
        lambda m, y: _month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
    # "in July", "by the end of June", "as at end-September" without a year: the page's
    # year (months capitalised, so that "may" the verb is no month).
    (
        re.compile(
            r"\b(?i:in|by|through|as\s+of|as\s+at|at|end\s+of)\s+(?i:the\s+end\s+of\s+|end-)?"
            rf"({MONTHS})\b(?!\.?\s*,?\s*\d)"
        ),
        lambda m, y: _month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
    # 3月份, 3月 without a year or a day: to that month's end (after every longer form above).
    (
        re.compile(
            r"(?:(?<=今年)|(?<=本年)|(?<![\d年./-]))(\d{1,2})\s*月份?(?!\s*[\d底末至到-]|\s*[—–~])"
        ),
        lambda m, y: _month_end(y, m[1]),
    ),
    (re.compile(r"上年"), lambda m, y: f"{int(y) - 1}-12-31"),
]

_THIS_MONTH_DAY = re.compile(r"本月(?=\s*\d{1,2}\s*[日号號])")

# "Now" on a dated page: 目前, 截至目前, 至今 (not 至今年6月底), 迄今, 今(18)日, 今日, 今天,
# "to date", "so far": the page's own date (the day the page says "now" of).
_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

_NOW = re.compile(
    # 日前, 近日 ("the other day", "recently"): a release tells of its own days (not 3月1日前,
    # before a day).
    r"(?<![\d一二三四五六七八九十])日前|(?<![\d一二三四五六七八九十最])近日"
    # 如今 (nowadays): as 目前.
    r"|目前|如今|当前|當前|现时|現時|(?<![表发發出实實体體展呈])(?:现在|現在)|至今(?!年)|迄今|今\s*[（(]\s*\d{1,2}\s*[）)]\s*日|今[日天](?![\d])"
    # 现有 (there are now): a state told of the page's day.
    r"|现有|現有"
    # 现认定…28家单位为…, 现公布: what a notice does by being issued, on its own day.
    # (Not 表现认定, 发现: 现 ends another word there.)
    r"|(?<![表发發出实實体體展呈])[现現](?:予以?|将|將)?(?:认定|認定|公布|公佈|公告|公示|确定|確定|命名"
    r"|批准|授予)"
    # "12 companies today", "at today's forum": the page's day.
    r"|\b(?:to\s+date|so\s+far|as\s+of\s+today|currently|at\s+present|today)\b"
    # "as of Friday", "at Friday's close" in a news story: the story's own day, the weekday it
    # is dated (a weekday with no date names the latest one, which a story tells of).
    r"|\b(?:as\s+(?:of|at)\s+|by\s+)(?:" + _WEEKDAYS + r")\b(?!\s*,?\s*(?:\d|" + MONTHS + r"))"
    r"|\b(?:" + _WEEKDAYS + r")'s\s+(?:close|closing|open|opening|session|trading)\b"
    # "this year's new listings", "this year's intake": the year so far, told on the page's day.
    r"|\bthis\s+year's\b"
    # "at least six stocks have since fallen": since then, up to the page's day.
    r"|\b(?:has|have)\s+since\b(?!\s+(?:\d|the\b|(?:" + MONTHS + r")\b))"
    # "over the past five years": a span that runs up to the page's own day. (過去三年 in a
    # Hong Kong budget speech is read as no date, as round 6's gold has it: left alone.)
    # 近五年, 近三年来 (the last five years): a span that runs up to the page's own day (近 as
    # "nearly" qualifies a count of years, 运营近5年, which no figure is; 最近 is the same).
    r"|(?<![将將接])近\s*(?:[二两兩三四五六七八九十]|\d{1,2})\s*年(?![度底末前中内內代])(?:来|來)?"
    r"|\b(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+(?:two|three|four|five|six|seven"
    r"|eight|nine|ten|\d{1,2})\s+years\b"
    # "The park now hosts 146 firms": a fact of the page's day (not "from now on", "now
    # that", "by now").
    r"|(?<!\bfrom\s)(?<!\bby\s)(?<!\buntil\s)\bnow\b(?!\s+(?:that|on)\b)",
    re.I,
)


@lru_cache(maxsize=4096)
def says_now(sentence: str) -> bool:
    """Whether ``sentence`` tells of the page's own days (目前, 日前, "so far").

    Cached: the figures of one sentence ask it of the same text, and its pattern is long.
    """
    return _NOW.search(sentence) is not None


# "Last year" (去年) counts from the day the page was written, even in a report that
# reviews a year: "at the end of last year" in a January 2026 review of 2025 is 2025.
_LAST_YEAR = re.compile(r"去年|\blast\s+year\b", re.I)
# 上个月, 上月, "last month" (not 较上个月, 环比上月: the base of a month-on-month change).
_LAST_MONTH = re.compile(r"(?<![较較比与與])(?:上个月|上個月|上月)|\blast\s+month\b(?!'s)", re.I)
# 上季度, 上个季度, "last quarter" (not 较上季度, 环比上季: the base of a change on the quarter):
# the calendar quarter before the page's.
_LAST_QUARTER = re.compile(
    r"(?<![较較比与與])(?<!环比)(?<!環比)(?:上一?个?季度|上一?個?季度|上季)"
    r"|(?<!\bthan\s)(?<!\bfrom\s)(?<!\bover\s)\b(?:last|the\s+previous|the\s+past)\s+quarter\b(?!'s)",
    re.I,
)

# Deadlines a sentence gives relative to the page's year ("by the end of next year", 明年底前).
_RELATIVE_DEADLINES = [
    (
        re.compile(
            r"\b(first|second|third|fourth)\s+quarter\s+of\s+next\s+year\b"
            r"|明年\s*第?\s*([一二三四1-4])\s*季",
            re.I,
        ),
        lambda m, y: _quarter(str(int(y) + 1), m[2] or str(_EN_ORDINALS.index(m[1].lower()) + 1)),
    ),
    (
        re.compile(
            r"\bmid-?\s*next\s+year\b|\bmiddle\s+of\s+next\s+year\b|明年年中|明年上半年", re.I
        ),
        lambda m, y: f"{int(y) + 1}-06-30",
    ),
    # "next spring", 明年春季: that season of the next year (northern seasons, as above).
    (
        re.compile(
            r"\bnext\s+(spring|summer|autumn|fall|winter)\b|明年\s*([春夏秋冬])\s*(?:季|天)?", re.I
        ),
        lambda m, y: _season_end(str(int(y) + 1), m[1] or m[2]),
    ),
    # "by the end of the decade", 本世纪二十年代末: the next year ending in 0 (2030 on a page
    # of 2026): a decade's goals are set to its round year, as "by 2030" says.
    (
        re.compile(r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+decade\b", re.I),
        lambda m, y: f"{(int(y) + 9) // 10 * 10}-12-31",
    ),
    # 明年6月底前: the end of that month of the next year.
    (
        re.compile(r"明年\s*(\d{1,2})\s*月"),
        lambda m, y: _month_end(str(int(y) + 1), m[1]),
    ),
    # "over the next three years", 未來五年內 (and its bracket, 即2031年或之前, says as much):
    # to the end of the page's year and that many after it.
    (
        re.compile(
            r"\b(?:over|within|in|during|for)\s+the\s+(?:next|coming)\s+"
            r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b"
            r"|(?:未来|未來|今后|今後)\s*([一二三四五六七八九十两兩]|\d{1,2})\s*年(?:[内內间間])?",
            re.I,
        ),
        lambda m, y: f"{int(y) + _years_ahead(m[1] or m[2])}-12-31",
    ),
    (re.compile(r"\bnext\s+year\b|明年", re.I), lambda m, y: f"{int(y) + 1}-12-31"),
    # 二季度力争, 上半年完成, "due to open by October": a quarter, half or month without a year
    # is the next one ending on or after the page's date (:func:`find_relative_deadline`).
    (
        re.compile(r"(?<![\d年前首第])(?:今年|本年)?第?\s*([一二三四1-4])\s*季度"),
        lambda m, y: _quarter(y, m[1]),
    ),
    # 前三季度完成75%, 首三季: the first quarters of a year's plan, to the last one's end.
    (
        re.compile(
            r"(?<![\d年])(?<!\d\s)(?:今年|本年)?[前首]\s*([二两兩三2-3])\s*(?:个|個)?\s*季度?"
        ),
        lambda m, y: _quarter(y, {"两": "二", "兩": "二"}.get(m[1], m[1])),
    ),
    (
        re.compile(r"(?<![明去上\d]年)(?<!\d\s年)上半年|\bfirst\s+half\b", re.I),
        lambda m, y: f"{y}-06-30",
    ),
    (
        re.compile(r"(?<![明去上\d]年)(?<!\d\s年)下半年|\bsecond\s+half\b", re.I),
        lambda m, y: f"{y}-12-31",
    ),
    # 6月底前 (a work plan's step "before" the end of a month of its year): the month's end
    # (2026年6月底前, 明年6月底前 name their year, read above and by find_date).
    (
        re.compile(r"(?<![\d年])(?<!\d\s)(\d{1,2})\s*月\s*[底末]\s*(?:以)?前"),
        lambda m, y: _month_end(y, m[1]),
    ),
    # 年底前, 今年年底前: the end of the page's year (not 2026年底前, 明年底前, 去年底前).
    (
        re.compile(r"(?<![\d明去上前])(?<!\d\s)(?:今年|本年)?年[底末]\s*(?:以)?前"),
        lambda m, y: f"{y}-12-31",
    ),
    (
        re.compile(
            r"\b(?i:by|before|until|in)\s+(?i:the\s+end\s+of\s+|end-)?"
            rf"({MONTHS})\b(?!\.?\s*,?\s*\d)"
        ),
        lambda m, y: _month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
]

# The deadlines above that name no year of their own (not 明年, next year): read in the page's
# year, or the next when that one has ended before the page's date.
_ROLLING_DEADLINES = 7


_SEASON_END = {
    "spring": "05-31",
    "春": "05-31",
    "summer": "08-31",
    "夏": "08-31",
    "autumn": "11-30",
    "fall": "11-30",
    "秋": "11-30",
}


def _season_end(year: str, season: str) -> str:
    """The last day of a season of ``year`` (winter: the February after it)."""
    end = _SEASON_END.get(season.lower())
    if end is not None:
        return f"{year}-{end}"
    return f"{pd.Timestamp(int(year) + 1, 3, 1) - pd.Timedelta(days=1):%Y-%m-%d}"


def _quarter(year: str, q: str) -> str:
    return f"{quarter_end(int(year), '一二三四1234'.index(q) % 4 + 1):%Y-%m-%d}"


def _month_end(year: str, month: str | int) -> str:
    return f"{pd.Timestamp(int(year), int(month), 1) + pd.offsets.MonthEnd(0):%Y-%m-%d}"


def day_date(year: str, month: str | int, day: str) -> str:
    return f"{pd.Timestamp(int(year), int(month), int(day)):%Y-%m-%d}"


def find_date(
    patterns: str, text: str, before: int | None = None, calendar: str = "CNY"
) -> Date | None:
    """The date nearest before offset ``before`` that any of the ``patterns`` ("deadline" or
    "ref_date") finds in ``text`` (else the first after).

    Where patterns match at the same place, the earlier pattern in the list wins
    (2016年4月 is a month before it is a year). A date that names no real day
    (2025年13月) is an empty date with a note saying so: not the year around it.
    ``calendar`` (the source's currency) says when its financial years end and whether
    113年 is a Republic of China year (TWD).
    """
    found = _dates_in(patterns, text, calendar)
    if before is None:
        return found[0][2] if found else None
    earlier = [f for f in found if f[0] < before]
    if earlier:
        at = earlier[-1][0]
        return next(f[2] for f in earlier if f[0] == at)
    return found[0][2] if found else None


class _RocMatch:
    """A match whose first group, a Republic of China year (114), reads as its year (2025)."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match

    def __getitem__(self, group: int) -> str | None:
        found = self.match[group]
        return str(1911 + int(found)) if group == 1 and found is not None else found


_WESTERN_YEAR = r"(\d{4})\s*年"


def _roc_rule(pattern: re.Pattern[str], make: Callable) -> tuple[re.Pattern[str], Callable]:
    """A Chinese date pattern of a year (2025年上半年, 到2027年) for a Republic of China year
    (114年上半年, 於115年第三季前), in a Taiwan source: the same reading, 1911 years on."""
    roc = re.compile(
        pattern.pattern.replace(_WESTERN_YEAR, r"(?<![\d.,])(1[0-4]\d)\s*年", 1), pattern.flags
    )

    def read(m: re.Match[str], calendar: str) -> Date:
        year = 1911 + int(m[1])
        return Date(make(_RocMatch(m)), f"{m[0].strip()} read in the Republic of China year {year}")

    return roc, read


@lru_cache(maxsize=8)
def _rules(patterns: str, calendar: str) -> tuple[tuple[re.Pattern[str], Callable], ...]:
    """Financial and ROC years first (they hold a plain year), then the dates of ``patterns``
    (in a Taiwan source, each of them in Republic of China years too)."""
    plain = _DEADLINES if patterns == "deadline" else _REF_DATES
    # Each such pattern's first group is its year.
    roc = [_roc_rule(p, make) for p, make in plain if _WESTERN_YEAR in p.pattern]
    return (
        *_FISCAL_YEARS,
        *(_ROC_YEARS if calendar == "TWD" else ()),
        *((pattern, lambda m, c, make=make: make(m)) for pattern, make in plain),
        *(roc if calendar == "TWD" else ()),
    )


@lru_cache(maxsize=4096)
def _dates_in(patterns: str, text: str, calendar: str = "CNY") -> tuple[tuple[int, int, Date], ...]:
    """Every date the patterns find in ``text``: (offset, rank, date), in order.

    Cached: the figures of one sentence (or of one window of a long one) share the work.
    """
    found = []
    for rank, (pattern, make) in enumerate(_rules(patterns, calendar)):
        for m in pattern.finditer(text):
            try:
                date = make(m, calendar)
            except (ValueError, KeyError):
                # 2025年13月, 2月30日: no date at all, rather than the year or month around it.
                date = Date("", f"{m[0].strip()!r} names no real day; no date read")
            if date is not None:
                found.append((m.start(), m.end(), rank, Date(date, getattr(date, "note", ""))))
    # A date inside a longer one is part of it ("of 2024" in "the first quarter of 2024").
    kept = [
        (a, rank, date)
        for a, b, rank, date in found
        if not any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) for a2, b2, _, _ in found)
    ]
    return tuple(sorted(kept, key=lambda k: (k[0], k[1])))


# 去(113)年, 明(115)年度, 今(2026)年: a relative year with the year itself in brackets.
_BRACKETED_YEAR = re.compile(r"[去今明本上前]\s*[（(]\s*(\d{4}|1[0-4]\d)\s*[）)]\s*(?=年)")


def read_bracketed_years(text: str, calendar: str = "CNY") -> str:
    """``text`` with each relative year that gives its year in brackets (去(113)年) written
    as that year alone (113年), padded to the same length: the year it names is read, and
    offsets stay those of ``text``. Two or three digits are a Republic of China year, read
    so only in a Taiwan source (``TWD``)."""

    def plain(m: re.Match[str]) -> str:
        if len(m[1]) < 4 and calendar != "TWD":
            return m[0]
        return m[1].rjust(len(m[0]))

    return _BRACKETED_YEAR.sub(plain, text)


@lru_cache(maxsize=4096)
def blank_change_start(sentence: str) -> str:
    """``sentence`` with the date a change starts from (由2025年底…增至) and the date the
    plan it cites was issued ("under a plan released in 2025") blanked, and so the year a
    change is counted against (較114年度增加5.3%: the base's year, not the goal's)."""
    return re.sub(
        f"{_CHANGE_FROM}|{_DOCUMENT_DATE}|{_CHANGE_BASE}", lambda m: " " * len(m[0]), sentence
    )


@lru_cache(maxsize=4096)
def blank_open_starts(sentence: str) -> str:
    """``sentence`` with each start of a span with no end (自2027年起, 由2027-28年度起, "from
    2027 onwards") blanked, at the same length."""
    return re.sub(_OPEN_START, lambda m: " " * len(m[0]), sentence, flags=re.I)


@lru_cache(maxsize=4096)
def blank_plan_periods(sentence: str) -> str:
    """``sentence`` with each period a plan states as its own (推動期程為115年至124年,
    「…方案（115-119年）」) blanked, at the same length."""
    return re.sub(_PLAN_PERIOD, lambda m: " " * len(m[0]), sentence)


@lru_cache(maxsize=4096)
def blank_other_dates(sentence: str) -> str:
    return _NOT_REF_DATE.sub(lambda m: " " * len(m[0]), sentence)


# "The first nine months of the fiscal year", "the third quarter of the financial year",
# "the first half of the fiscal year": counted from the month the source's financial year
# starts (April in a Hong Kong source).
_FISCAL_PART = re.compile(
    rf"\b(?:first\s+(?P<n>{'|'.join(_EN_COUNTS)}|1[0-2]|[1-9])\s+(?P<unit>months|quarters)"
    r"|(?P<half>first|second)\s+half|(?P<q>first|second|third|fourth)\s+quarter)\s+of\s+"
    r"(?:the|this|our)\s+(?:current\s+)?(?:fiscal|financial)\s+year\b",
    re.I,
)


def _fiscal_part(found: re.Match[str], year: str, calendar: str) -> str | None:
    end = _FISCAL_YEAR_END.get(calendar)
    if end is None:
        return None  # a calendar year: read as any "first nine months"
    if found["n"]:
        count = int(_EN_COUNTS.get(found["n"].lower(), found["n"]))
        months = count * 3 if found["unit"].lower() == "quarters" else count
    elif found["half"]:
        months = 6 if found["half"].lower() == "first" else 12
    else:
        months = 3 * (_EN_ORDINALS.index(found["q"].lower()) + 1)
    last = int(end[:2]) + months  # the year starts the month after the last one ends
    return _month_end(str(int(year) + (last - 1) // 12), (last - 1) % 12 + 1)


def find_relative_date(
    sentence: str,
    year: str,
    page_year: str | None = None,
    page_date: str | None = None,
    calendar: str = "CNY",
) -> Date | None:
    """A date the sentence gives relative to ``year`` (上半年, 6月底, 上年), or to the page's
    own year (去年, last year).

    A month or period without a year that would end after the page's own date is the last
    one before it: "completed in September" in a January 2026 page is September 2025. A
    part of "the fiscal year" counts from the month the ``calendar``'s financial year starts.
    """
    fiscal = _FISCAL_PART.search(sentence)
    date = _fiscal_part(fiscal, year, calendar) if fiscal else None
    if fiscal and date:
        while page_date and date > page_date and (page_year or year) == year:
            date = f"{int(date[:4]) - 1}{date[4:]}"
        return Date(date, f"{fiscal[0].strip()!r} counted from the start of the financial year")
    if page_date:
        # 本月12日: a day of the page's own month.
        sentence = _THIS_MONTH_DAY.sub(f"{int(page_date[5:7])}月", sentence)
    last_part = _LAST_YEAR_PART.search(sentence)
    if last_part is not None and not re.search(r"今年|本年", sentence):
        return Date(_last_year_part(last_part, page_year or year))
    for pattern, make in _RELATIVE_REF_DATES:
        found = pattern.search(sentence)
        if found:
            try:
                date = make(found, year)
            except (ValueError, KeyError):  # 13月底: no date, rather than another one
                return Date("", f"{found[0].strip()!r} names no real day; no date read")
            if page_date and date > page_date and (page_year or year) == year:
                return Date(
                    f"{int(date[:4]) - 1}{date[4:]}",
                    f"{found[0].strip()!r} read as the last one before the page's date",
                )
            return Date(date)
    now = _NOW.search(sentence)
    if page_date and now:
        return Date(page_date, f"{now[0].strip()!r}: the page's own date")
    if page_date and _LAST_QUARTER.search(sentence):
        # "Three of them debuted last quarter" on a page of 20 November: July to September.
        first = pd.Timestamp(f"{page_date[:4]}-{(int(page_date[5:7]) - 1) // 3 * 3 + 1:02d}-01")
        return Date(
            f"{first - pd.Timedelta(days=1):%Y-%m-%d}", "the quarter before the page's date"
        )
    if page_date and _LAST_MONTH.search(sentence):
        # 上个月 on a page of 28 July: June of that year.
        month = pd.Timestamp(page_date[:8] + "01") - pd.Timedelta(days=1)
        return Date(f"{month:%Y-%m-%d}", "the month before the page's date")
    last = _LAST_YEAR.search(sentence)
    if last:
        return Date(f"{int(page_year or year) - 1}-12-31")
    return find_past_year(sentence, page_date)


# 过去一年, 过去的一年, "the past year": the twelve months before the page's day.
_PAST_YEAR = re.compile(
    # (较过去一年, "than the past year": the base of a comparison, not the figure's year.)
    r"(?<![比较較])(?:过去|過去)(?:的)?\s*(?:一|1)\s*年(?![度来來])"
    r"|(?<!than\s)\b(?:the\s+)?past\s+(?:12\s+months|year)\b"
    r"|\bthe\s+last\s+(?:12\s+months|year)\b",
    re.I,
)


def find_past_year(text: str, page_date: str | None) -> Date | None:
    """The year that 过去一年 or "the past year" names on a page given in a year's first
    quarter (a work report of January 2026 reviews 2025): the calendar year before the
    page's; else None (later in a year it spans two calendar years and names no period)."""
    found = _PAST_YEAR.search(text) if page_date else None
    if found is None or page_date is None or int(page_date[5:7]) > 3:
        return None
    return Date(
        f"{int(page_date[:4]) - 1}-12-31",
        f"{found[0].strip()!r} on a page of {page_date}: the year before the page's",
    )


# "Next fiscal year": the financial year after the one running at the page's date.
_NEXT_FISCAL_YEAR = re.compile(
    r"\bnext\s+(?:fiscal|financial)\s+year\b|下一?(?:財政|财政)年度", re.I
)


def _years_ahead(count: str) -> int:
    """The number of years "three", 五 or 5 says."""
    if count.isdigit():
        return int(count)
    return int(_EN_COUNTS.get(count.lower()) or _MONTH_WORDS[count])


def find_relative_deadline(
    sentence: str,
    page_year: str,
    rel: int = 0,
    page_date: str | None = None,
    calendar: str = "CNY",
) -> Date | None:
    """A deadline the sentence gives relative to the page's year ("by the end of next year"),
    in the statement that holds offset ``rel`` (a semicolon ends one: 到明年6月底前…；年底前…):
    the one nearest before ``rel``, else the first after (二季度…10%左右，上半年…180亿元).

    A quarter, half or month without a year ("by October", 二季度) that ends before the page's
    own date ``page_date`` is the next one: no goal is set for a date already past.
    """
    lo = max((m.end() for m in SEMICOLON.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in SEMICOLON.finditer(sentence, rel)), len(sentence))
    statement = sentence[lo:hi]
    fiscal = _NEXT_FISCAL_YEAR.search(statement)
    if fiscal is not None:
        end = _FISCAL_YEAR_END.get(calendar, "12-31")
        running = f"{page_year}-{end}"
        if page_date and running < page_date:
            running = f"{int(page_year) + 1}-{end}"
        return Date(
            f"{int(running[:4]) + 1}{running[4:]}",
            f"{fiscal[0].strip()!r}: the financial year after the one running at the page's date",
        )
    found: list[tuple[int, int, re.Match[str]]] = []
    for rank, (pattern, _) in enumerate(_RELATIVE_DEADLINES):
        found += [(m.start(), rank, m) for m in pattern.finditer(statement)]
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))
    before = [f for f in found if f[0] < rel - lo]
    _, rank, match = next(f for f in before if f[0] == before[-1][0]) if before else found[0]
    date = _RELATIVE_DEADLINES[rank][1](match, page_year)
    if rank >= len(_RELATIVE_DEADLINES) - _ROLLING_DEADLINES and page_date and date < page_date:
        date = f"{int(date[:4]) + 1}{date[4:]}"
        return Date(date, f"{match[0].strip()!r} read as the next one after the page's date")
    return Date(date)
