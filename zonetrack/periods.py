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

from .datebasis import CN_DAY, Date, day_date, month_end, quarter_end_date, season_end
from .fiscalyears import FISCAL_YEARS, ROC_YEARS, WESTERN_YEAR, fiscal_year_key, roc_rule

__all__ = [
    "EN_COUNTS",
    "MONTHS",
    "MONTH_NUMBER",
    "MONTH_WORDS",
    "SEASON_WORD",
    "YEAR_SPAN",
    "arabic_years",
    "date_well_before",
    "find_date",
]

# A year in Chinese numerals (二零二六年度, 二〇二七年), and its digits one for one.
_CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=\s*年)")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def arabic_years(text: str) -> str:
    """``text`` with each year written in Chinese numerals (二零二六年) in digits (2026年).

    Digit for digit, so offsets into ``text`` hold in the result.
    """
    return _CN_YEAR.sub(lambda m: m[0].translate(_CN_DIGITS), text)


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

# A season: 春季, 秋天, or with a word for its part, 深秋, 初春, 盛夏 (not 春节, a holiday).
SEASON_WORD = r"(?:[深初晚暮仲盛隆]([春夏秋冬])(?:季|天)?|([春夏秋冬])(?:季|天))"
# 2027年春季, 2016年春天, 2016年深秋 (not 2026年春季號, an issue's name): a season of a year.
SEASON = re.compile(r"(\d{4})\s*年\s*" + SEASON_WORD + r"(?![號号刊])")


def _half_end(year: str, half: str) -> str:
    """The last day of half ``half`` (1 or 2) of ``year``, ``YYYY-MM-DD``."""
    return f"{year}-06-30" if half == "1" else f"{year}-12-31"


# The middle of a year, the end of June: 2027年上半年, 2028年年中, and 2028年中 with one 年 when
# a verb of completion, 前 or a stop follows (预计2028年中启用; not 2028年中国…, 年中期).
_MID_YEAR = (
    r"(?:上半年|年中|中(?=\s*(?:前|以前|之前|启用|啟用|建成|完成|完工|竣工|落成|投用|投产|投產"
    r"|开业|開業|开通|開通|交付|推出|实现|實現|达到|達到|[，,。；;、])))"
)

_DEADLINES = [
    # 到2026年6月底, 2025年6月30日前: the month or day, not the year's end; 13月 is no date.
    # (Month and day may be written in Chinese numerals: 2026年三月三十一日, read as 二零二六年….)
    (
        re.compile(rf"(\d{{4}})\s*年\s*({CN_DAY})\s*月\s*({CN_DAY})\s*[日号號]"),
        lambda m: day_date(m[1], m[2], m[3]),
    ),
    (re.compile(rf"(\d{{4}})\s*年\s*({CN_DAY})\s*月"), lambda m: month_end(m[1], m[2])),
    (re.compile(rf"(\d{{4}})\s*年\s*{_MID_YEAR}"), lambda m: f"{m[1]}-06-30"),
    (
        re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度?"),
        lambda m: quarter_end_date(m[1], m[2]),
    ),
    (re.compile(r"(\d{4})\s*年\s*(?:底|末|年底)"), lambda m: f"{m[1]}-12-31"),
    # 争取2026年内落地, 2027年內完成: within that year, by its end (a plan's later end year
    # named elsewhere is not this goal's).
    (re.compile(r"(\d{4})\s*年\s*[内內](?![地外])"), lambda m: f"{m[1]}-12-31"),
    (
        re.compile(
            r"(?<!截)(?<!截至)(?<!截止)(?:到|至|於|于|在|朝|展望)\s*(\d{4})\s*年"
            # 在2030年第二季完成, 到2027年上半年: the quarter's or half's end, not the year's.
            # (於2030年代 is a decade: read below.)
            rf"(?!\s*\d{{1,2}}\s*月|\s*第?\s*[一二三四1-4]\s*季|\s*{_MID_YEAR}|代)"
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
        lambda m: season_end(m[2], m[1]),
    ),
    (SEASON, lambda m: season_end(m[1], m[2] or m[3])),
    (  # by March 2028, before the end of June 2027, scheduled for January 2028: that month's end
        re.compile(
            rf"\b(?:by|before|until|through|in|for)\s+(?:the\s+end\s+of\s+|end-)?({MONTHS})\.?,?\s+(\d{{4}})\b",
            re.I,
        ),
        lambda m: month_end(m[2], MONTH_NUMBER[m[1].lower()]),
    ),
    (  # By 31 December 2029, by June 30, 2027, "no later than 30 June 2027": that day; so is
        # the last day of a period still running that a forecast is for ("for the year ending
        # 31 December 2026", "the six months ending 30 June 2027"; "over the three financial
        # years to 31 March 2029": the span's last day).
        re.compile(
            rf"\b(?:by|before|until|on\s+or\s+before|(?:no|not)\s+later\s+than"
            r"|(?:years?|period|months|quarters?|half(?:-year)?)\s+(?:ending|to))"
            rf"\s+(\d{{1,2}})\s+({MONTHS})\.?,?\s+(\d{{4}})\b",
            re.I,
        ),
        lambda m: day_date(m[3], MONTH_NUMBER[m[2].lower()], m[1]),
    ),
    (
        re.compile(
            rf"\b(?:by|before|until|on\s+or\s+before|(?:no|not)\s+later\s+than"
            r"|(?:years?|period|months|quarters?|half(?:-year)?)\s+(?:ending|to))"
            rf"\s+({MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b",
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
    (  # by Q3 2027, by 2027Q2, by 2Q27 (as slides and brokers write it): that quarter's end
        re.compile(
            r"\b(?:by|before|in)\s+(?:the\s+end\s+of\s+)?"
            r"(?:Q([1-4])\s*(\d{4})|(\d{4})\s?Q([1-4])|([1-4])Q(\d{2}))\b",
            re.I,
        ),
        lambda m: quarter_end_date(m[2] or m[3] or f"20{m[6]}", m[1] or m[4] or m[5]),
    ),
    (  # "by the end of the first quarter of 2027", "in the third quarter of 2028": that
        # quarter's end, as Q1 2027 is
        re.compile(
            r"\b(?:by|before|in|during)\s+(?:the\s+end\s+of\s+)?the\s+"
            r"(first|second|third|fourth)\s+quarter\s+of\s+(\d{4})\b",
            re.I,
        ),
        lambda m: quarter_end_date(
            m[2], "1234"[("first", "second", "third", "fourth").index(m[1].lower())]
        ),
    ),
    (  # by H1 2027, by 2027H2, by 1H27: that half's end
        re.compile(
            r"\b(?:by|before|in)\s+(?:the\s+end\s+of\s+)?"
            r"(?:H([12])\s*(\d{4})|(\d{4})\s?H([12])|([12])H(\d{2}))\b",
            re.I,
        ),
        lambda m: _half_end(m[2] or m[3] or f"20{m[6]}", m[1] or m[4] or m[5]),
    ),
    # "has to be delivered within the 2028 calendar year", "during the 2027 year": by its end.
    (
        re.compile(r"\b(?:within|in|during|over)\s+the\s+(\d{4})\s+(?:calendar\s+)?year\b", re.I),
        lambda m: f"{m[1]}-12-31",
    ),
    # "goals to 2027", "targets for 2028": goals whose horizon is that year's end.
    (
        re.compile(
            r"\b(?:goals?|targets?|objectives?)\s+(?:to|for|through|until)\s+(\d{4})\b", re.I
        ),
        lambda m: f"{m[1]}-12-31",
    ),
    # "budgeted 9.5 billion for 2026", "a forecast for 2027", "the target it set for the end
    # of 2026": in a goal, that year's end.
    (
        re.compile(r"\bfor\s+(?:the\s+end\s+of\s+|end-)?(\d{4})\b(?!\s*[-–—/]\s*\d)", re.I),
        lambda m: f"{m[1]}-12-31",
    ),
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
    # "no less than 35% … from FY2027 onwards", "from 2028 onward": a level held from an open
    # start, each year after it, a goal with no deadline (the year inside it is its start, not
    # its deadline).
    (
        re.compile(
            r"\bfrom\s+"
            r"(?:FY\s?\d{2,4}(?:\s*[/-]\s*\d{2,4})?|(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)"
            r"(?:\s+(?:financial|fiscal)\s+year)?\s+(?:and\s+)?(?:onwards?|on)\b",
            re.I,
        ),
        lambda m: Date("", f"{m[0].strip()!r}: a level from an open start, no deadline"),
    ),
]

_REF_DATES = [
    (
        re.compile(rf"(\d{{4}})\s*年\s*({CN_DAY})\s*月\s*({CN_DAY})\s*日"),
        lambda m: day_date(m[1], m[2], m[3]),
    ),
    (re.compile(rf"(\d{{4}})\s*年\s*({CN_DAY})\s*月"), lambda m: month_end(m[1], m[2])),
    (re.compile(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})"), lambda m: day_date(m[1], m[2], m[3])),
    (
        re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度?"),
        lambda m: quarter_end_date(m[1], m[2]),
    ),
    # 2026年前三季度, 2026年首三季: the first quarters of that year, to the last one's end.
    (
        re.compile(r"(\d{4})\s*年\s*[前首]\s*([一二三四1-4])\s*(?:个|個)?\s*季度?"),
        lambda m: quarter_end_date(m[1], m[2]),
    ),
    # 2026年前10月, 2026年前十个月 (January to October of that year; 115年前十月 in a
    # Taiwan source): to the last month's end.
    (
        re.compile(
            r"(\d{4})\s*年\s*[前首]\s*(1[0-2]|[1-9]|十[一二]?|[一二两兩三四五六七八九])\s*(?:个|個)?\s*月份?"
            r"(?!\s*[底末])"
        ),
        lambda m: month_end(m[1], MONTH_WORDS.get(m[2], m[2])),
    ),
    (re.compile(rf"(\d{{4}})\s*年\s*{_MID_YEAR}"), lambda m: f"{m[1]}-06-30"),
    # 2016年春天，…带着2名博士回国: what a season of a year saw, at the season's end (as the
    # deadline 2027年春季 is).
    (SEASON, lambda m: season_end(m[1], m[2] or m[3])),
    # "in the spring of 2012", "autumn 2019", "in late summer 2021": the same, written in
    # English (a story sets its scene in a season, then tells what that season saw).
    (
        re.compile(
            r"\b(?:(?:early|late|mid-?)\s*)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b",
            re.I,
        ),
        lambda m: season_end(m[2], m[1]),
    ),
    # 2024年1—11月: a span of months from January, to the end of its last month.
    (
        re.compile(r"(\d{4})\s*年\s*(?:1|一)\s*月?\s*(?:至|到|-|—|–|~)\s*(\d{1,2})\s*月"),
        lambda m: month_end(m[1], m[2]),
    ),
    (
        re.compile(r"\b(first|second|third|fourth)\s+quarter\s+of\s+(\d{4})\b", re.I),
        lambda m: quarter_end_date(
            m[2], "1234"[("first", "second", "third", "fourth").index(m[1].lower())]
        ),
    ),
    (
        re.compile(r"\bQ([1-4])\s*(\d{4})\b|\b(\d{4})\s*Q([1-4])\b"),
        lambda m: quarter_end_date(m[2] or m[3], m[1] or m[4]),
    ),
    # "the first three quarters of 2026", "the first nine months of 2026": to the last one's end.
    (
        re.compile(r"\bfirst\s+(two|three|[23])\s+quarters\s+of\s+(\d{4})\b", re.I),
        lambda m: quarter_end_date(m[2], EN_COUNTS.get(m[1].lower(), m[1])),
    ),
    (
        re.compile(
            r"\bfirst\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|1[01]|[2-9])"
            r"\s+months\s+of\s+(\d{4})\b",
            re.I,
        ),
        lambda m: month_end(m[2], EN_COUNTS.get(m[1].lower(), m[1])),
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
    (re.compile(r"\b([1-4])Q\s?(?:20)?(\d\d)\b"), lambda m: quarter_end_date(f"20{m[2]}", m[1])),
    (re.compile(r"(\d{4})\s*年"), lambda m: f"{m[1]}-12-31"),
    # “十四五”时期, 十四五期間, "the 14th Five-Year Plan period": what a plan's five years saw, at
    # their end (1955 + 5n); “十四五”末, 十四五期末: the plan's end itself.
    (
        re.compile(r"十([一二三四五六七八九])五[”」』\"]?\s*(?:时期|時期|期间|期間|期?末(?!期))"),
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
    (  # 30-Jun-2026, 30-Jun-26: the day as broker notes and term sheets write it
        re.compile(rf"\b(\d{{1,2}})-({MONTHS})-((?:19|20)?\d\d)\b(?![-\d])", re.I),
        lambda m: day_date(
            m[3] if len(m[3]) == 4 else f"20{m[3]}", MONTH_NUMBER[m[2].lower()], m[1]
        ),
    ),
    (
        re.compile(rf"\b({MONTHS})\.?,?\s+(\d{{4}})\b", re.I),
        lambda m: month_end(m[2], MONTH_NUMBER[m[1].lower()]),
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
    # "Within the 2026 calendar year, the zone created …", "during the 2025 year": what the
    # year saw, at its end (as "in 2026" is; the deadline reads the same words).
    (
        re.compile(r"\b(?:within|in|during|over)\s+the\s+(\d{4})\s+(?:calendar\s+)?year\b", re.I),
        lambda m: f"{m[1]}-12-31",
    ),
    # "as of end-2025", "at year-end 2025": the year's end, as 2025年末 is.
    (
        re.compile(r"\b(?:year-?\s*)?end[-\s]+(\d{4})\b", re.I),
        lambda m: f"{m[1]}-12-31",
    ),
    # "We closed 2026 with 41 teams", "ended 2025 at 96%", "finished 2024 on": the year's end.
    (
        re.compile(
            r"\b(?:closed|ended|finished|(?:wrapped|rounded)\s+(?:up|off))\s+(\d{4})\s+(?:with|at|on)\b",
            re.I,
        ),
        lambda m: f"{m[1]}-12-31",
    ),
]

# 前十个月: the months written in Chinese numerals.
MONTH_WORDS: dict[str, str] = {w: str(i) for i, w in enumerate("一二三四五六七八九十", 1)} | {
    "两": "2",
    "兩": "2",
    "十一": "11",
    "十二": "12",
}

EN_COUNTS: dict[str, str] = {
    w: str(i)
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), 1
    )
}


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
    found = _dates_in(patterns, text, calendar, fiscal_year_key(calendar))
    if before is None:
        return found[0][2] if found else None
    earlier = [f for f in found if f[0] < before]
    if earlier:
        at = earlier[-1][0]
        return next(f[2] for f in earlier if f[0] == at)
    return found[0][2] if found else None


@lru_cache(maxsize=8)
def _rules(patterns: str, calendar: str) -> tuple[tuple[re.Pattern[str], Callable], ...]:
    """Financial and ROC years first (they hold a plain year), then the dates of ``patterns``
    (in a Taiwan source, each of them in Republic of China years too)."""
    plain = _DEADLINES if patterns == "deadline" else _REF_DATES
    # Each such pattern's first group is its year.
    roc = [roc_rule(p, make) for p, make in plain if WESTERN_YEAR in p.pattern]
    return (
        *FISCAL_YEARS,
        *(ROC_YEARS if calendar == "TWD" else ()),
        *((pattern, lambda m, c, make=make: make(m)) for pattern, make in plain),
        *(roc if calendar == "TWD" else ()),
    )


@lru_cache(maxsize=4096)
def _dates_in(
    patterns: str, text: str, calendar: str = "CNY", fiscal: tuple[str, int] | None = None
) -> tuple[tuple[int, int, Date], ...]:
    """Every date the patterns find in ``text``: (offset, rank, date), in order.

    Cached: the figures of one sentence (or of one window of a long one) share the work.
    ``fiscal`` (:func:`fiscal_year_key`) is part of the cache's key only: a calendar whose
    text defines its financial year equals its plain currency.
    """
    found = []
    for rank, (pattern, make) in enumerate(_rules(patterns, calendar)):
        for m in pattern.finditer(text):
            date = _read_date(m, make, calendar)
            if date is not None:
                found.append((m.start(), m.end(), rank, date))
    # A date inside a longer one is part of it ("of 2024" in "the first quarter of 2024").
    inside = _inside_longer([(a, b) for a, b, _, _ in found])
    kept = [(a, rank, date) for a, b, rank, date in found if (a, b) not in inside]
    return tuple(sorted(kept, key=lambda k: (k[0], k[1])))


def _read_date(m: re.Match[str], make: Callable, calendar: str) -> Date | None:
    """The date a rule's match names, else None."""
    try:
        date = make(m, calendar)
    except (ValueError, KeyError):
        # 2025年13月, 2月30日: no date at all, rather than the year or month around it.
        date = Date("", f"{m[0].strip()!r} names no real day; no date read")
    return None if date is None else Date(date, getattr(date, "note", ""))


# Farther than any date pattern reads from where it is tried (lookarounds included): a match
# tried this far before the end of a text is found, the same, in the text cut there.
_DATE_REACH = 600


@lru_cache(maxsize=64)
def _first_dates(
    patterns: str, text: str, lo: int, hi: int, calendar: str, fiscal: tuple[str, int] | None
) -> tuple[tuple[int, int, int, Date], ...]:
    """Each rule's first match in ``text[lo:hi]`` that names a date: (start, end, rank, date),
    offsets in ``text[lo:hi]``. ``fiscal`` is part of the cache's key only (see
    :func:`_dates_in`)."""
    part = text[lo:hi]
    firsts = []
    for rank, (pattern, make) in enumerate(_rules(patterns, calendar)):
        for m in pattern.finditer(part):
            date = _read_date(m, make, calendar)
            if date is not None:
                firsts.append((m.start(), m.end(), rank, date))
                break
    return tuple(firsts)


def date_well_before(
    patterns: str, text: str, lo: int, hi: int, cut: int, calendar: str = "CNY"
) -> Date | None:
    """``find_date(patterns, text[lo:cut], calendar=calendar)`` when it is sure to be the
    first date of ``text[lo:hi]`` (a paragraph), told more than :data:`_DATE_REACH` before
    ``cut``; else None (not known so: the caller reads ``text[lo:cut]`` itself).

    Each figure of a long paragraph that asks for the first date before it read the whole
    paragraph up to it (a run-on paragraph: a scan of the page per figure); the paragraph's
    first dates are read once. The answer is the scan's: the first match of each rule tried
    that far before ``cut`` is the same in the text cut there, and no match tried after it can
    come first; the first date is then found[0] of :func:`_dates_in`, the earliest start, the
    longest there (a shorter one lies within it), the first rule's.
    """
    firsts = _first_dates(patterns, text, lo, hi, calendar, fiscal_year_key(calendar))
    start = min((f[0] for f in firsts), default=cut - lo)
    if start >= cut - lo - _DATE_REACH:
        return None
    end = max(f[1] for f in firsts if f[0] == start)
    return min((f for f in firsts if f[:2] == (start, end)), key=lambda f: f[2])[3]


# A span of years (2023年至2025年, 2026-2029).
YEAR_SPAN = re.compile(
    r"(?<!\d)(\d{4})\s*年?\s*(?:至|到|[-—–~]|\bto\b)\s*(\d{4})\s*年?(?!\d)", re.I
)


def _inside_longer(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that lie within a longer one of ``spans``.

    One sweep in order of start (and of end, longest first): a span lies within a longer one
    when a span before it in that order, other than its own equals, ends at or after its end.
    Comparing every pair was quadratic in the dates of a text (a long table's row of years).
    """
    inside: set[tuple[int, int]] = set()
    furthest = -1  # the furthest end of the spans before the current group of equal spans
    ordered = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    for a, b in ordered:
        if furthest >= b:
            inside.add((a, b))
        furthest = max(furthest, b)
    return inside
