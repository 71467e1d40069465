"""Candidate targets and observations from a policy document or news page.

``extract_figures`` finds every quantified figure in a text (Chinese, simplified or
traditional, and English), in document order, with its value in the canonical unit,
qualifier, whether its sentence sets a goal (a target, with its deadline) or reports a
fact (an observation, with the date it refers to), and the clause that holds it as
evidence. Years, dates, times, phone and document numbers, list markers and other
numerals that are not quantities are left out.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import config
from .dates import quarter_end
from .exceptions import DataError, UsageError
from .figures import Figure, check_currency, find_figures
from .files import guess_encoding, read_table, read_text, sha256_bytes
from .units import CURRENCIES

__all__ = [
    "EXTRACT_COLUMNS",
    "Candidate",
    "extract_figures",
    "extract_file",
    "extract_source",
    "read_document",
]

EXTRACT_COLUMNS = (
    "kind",
    "value",
    "value_high",
    "unit",
    "qualifier",
    "comparator",
    "deadline",
    "ref_date",
    "source",
    "evidence",
    "start",
    "figure",
    "unit_text",
    "date_note",
)

_CN_NUM = "零〇一二两兩三四五六七八九十"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

# Spans whose digits are not quantities: dates, times, numbers of documents, phones, ordinals.
_NOT_QUANTITIES = re.compile(
    "|".join(
        [
            r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?",  # 2022-01-14, 2017年11月8日
            r"\d{4}\s*年\s*\d{1,2}\s*月",  # 2016年4月
            r"\d{1,2}\s*月\s*\d{1,2}\s*[日号號]",  # 11月8日
            r"[" + _CN_NUM + r"]{1,3}月(?:[" + _CN_NUM + r"]{1,3}[日号])?",  # 十一月
            r"\d{1,2}\s*月(?!份?[\d" + _CN_NUM + "])",  # 2月, 今年2月份
            r"\d{1,2}:\d{2}(?::\d{2})?",  # 16:38:28
            r"\d{1,2}\s*[時时点點]\s*\d{1,2}\s*分",  # 16時30分: a time, not a score
            r"(?:分機|分机|\bext\.?|\bextension)\s*\d+",  # 分機2201: a phone's extension
            # Room 1203, 88 Century Avenue: parts of an address.
            r"\b(?:Room|Rm\.?|Flat|Suite)\s+\d+[A-Za-z]?\b",
            r"\b\d+/F\b",  # 21/F: a floor of a building, as 7樓 is
            # Building 2, Metro Line 3, Gate 5: a number that is part of a name.
            r"\b(?:Building|Block|Tower|Line|Hall|Gate|Terminal|Exit|Route|Pier|Wharf|Zone)\s+\d+[A-Za-z]?\b",
            # The top 500, Fortune 500: a class that firms belong to, not a count of them.
            r"\b(?i:top|Fortune|Global|Forbes)\s+\d+\b",
            # 過去三個財政年度, 近三年, the past three years: a span, not a count.
            r"(?:過去|过去|未来|未來|最近|近)\s*[\d" + _CN_NUM + r"]{1,3}\s*(?:個|个)?\s*"
            r"(?:財政|财政)?(?:年度|年|季度)",
            # 估值逾10億美元的企業: a threshold that defines a class of firms.
            r"(?:估值|市值|营收|營收)\s*(?:逾|超過|超过|达|達|在)?\s*[\d.,]+\s*[万萬亿億]?\s*"
            r"(?:美元|港元|元)?\s*(?:以上|或以上)?(?=的)",
            r"\bvalued\s+at\s+(?:over|more\s+than|above)\s+(?:US)?\$?\s*[\d.,]+\s*(?:billion|million)?",
            r"\b\d+[A-Za-z]?\s+(?:[A-Z][A-Za-z]*\s+){1,4}"
            r"(?:Avenue|Road|Street|Boulevard|Lane|Drive|Ave|Rd|St)\b",
            # "the first three quarters", "the first nine months": a period, not a count.
            r"\b(?i:first|last|next|past)\s+(?i:two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|\d{1,2})\s+(?i:quarters|months|weeks|years|financial\s+years)\b",
            rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*\d{{4}})?",  # July 23
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b",
            r"[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*\d+\s*[号號]",  # 渝府办发〔2021〕142号
            r"\d+\s*[号號楼樓层層期届屆版]",  # 1號樓, 第3期
            r"第\s*[\d" + _CN_NUM + r"百千]+",  # 第二, 第13
            r"(?<![" + _CN_NUM + r"])[" + _CN_NUM + r"]{1,3}(?:是|、|）|\))",  # 一是, 二、
            r"[（(]\s*[" + _CN_NUM + r"\d]{1,3}\s*[）)]",  # (一), (3)
            r"(?m:^[ \t]*\d{1,2}\s*[.、．)）](?![\d%％]))",  # 1. 2、 at the start of a line
            r"\b\d+(?:st|nd|rd|th)\b",  # 13th
            # Article 12, Section 3(b): numbers of provisions (as 第二十五条 above).
            r"\b(?:Articles?|Art\.|Sections?|Sec\.|Clauses?|Paragraphs?|Para\.|Rules?|Chapters?"
            r"|Items?|No\.)\s*\d+(?:\.\d+)*(?:\s*(?:,|and|to|-)\s*\d{1,3}(?![\d,.]))*\b",
            r"\+?\d[\d \t\u3000-]{6,}\d",  # phones, long ids (on one line: not a list's dash)
            r"\b(?:19|20)\d\d[ \t]*[-/–][ \t]*\d\d\b(?![\d%])",  # the 2024-25 financial year
            r"[\w.-]+@[\w.-]+",  # e-mail
            r"\b[\w-]+(?:\.[\w-]+)+\.(?:com|cn|net|org|gov)\b",  # host names
            r"[A-Za-z]+\d+|\d+[A-Za-z]{2,}|\d+[A-Z](?![a-z])",  # F2, M0, 2017SWC, 3D
            r"\d+\s*\+\s*\d+",  # "1+3" model names
            r"[" + _CN_NUM + r"]位一体|一站式|一体化|一揽子|一流|之一",
            r"[又另]一[个個]|一大[批批]",  # 又一个 (another), 一大批
        ]
    )
)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# Numerals inside a short quoted slogan (“九个有”, “一核四区”) name no quantity; a quoted
# sentence of speech, ending with its own punctuation ("We will open four labs," she said),
# is no slogan.
_SLOGANS = re.compile(
    r"[“「『\"‘][^”」』\"’\n]{1,60}(?<![,.!?，。！？])[”」』\"’]|'[^'\n]{1,60}(?<![,.!?])'"
)
# January..December, then Jan..Dec (Sept too): each name to its month's number.
_MONTH_NUMBER = {
    name.lower(): next(
        i for i, full in enumerate(_MONTHS.split("|")[:12], 1) if full[:3] == name[:3]
    )
    for name in _MONTHS.split("|")
}

# Words that set a goal on their own.
_GOAL_WORDS = re.compile(
    r"力争|力爭|计划(?:到|于|在|至)|計劃(?:到|於|在|至)|目标|目標|\bgoals?\b|\bobjectives?\b"
    r"|\baims?\s+(?:to|for)\b|\bstrives?\s+to\b|\bwill\s+strive\b"
    # 预期增长5%左右: the growth a plan or budget expects (预期目标, said in a sentence).
    r"|预期(?=增|达到|实现|提高)|預期(?=增|達到|實現|提高)",
    re.IGNORECASE,
)
# A deadline ahead: a goal unless the sentence tells of something already done.
_DEADLINE_CUES = re.compile(
    r"(?<!截)(?<!截至)(?<!截止)(?:到|至)\s*\d{4}\s*年|(?:於|于|在|朝)\s*\d{4}\s*年\s*(?:年?底|年?末)?(?:以)?前"
    r"|朝\s*\d{4}|展望\s*\d{4}|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末)?(?:以)?前"
    r"|\d{4}\s*年\s*(?:年?底|年?末)?(?:以)?前|“?十[一二三四五六七八九]五”?\s*(?:期间|期間|末)"
    r"|\b(?:end\s+of\s+the\s+)?\d{2}th\s+five-year\s+plan\s+period\b"
    r"|\b(?:by|before)\s+(?:the\s+(?:end|close)\s+of\s+|(?:year-?\s*)?end[-\s]+|mid-?|Q[1-4]\s*)?\d{4}\b"
    # next year, 明年 (ahead of the page); 以2030年为目标; 於2027/28年度或之前, 於2030年或之前
    r"|\bnext\s+year\b|明年"
    r"|以\s*\d{4}\s*年\s*(?:为|為)\s*目[标標]"
    r"|(?:到|至)\s*\d{4}\s*[/／-]\s*\d{2,4}\s*(?:財政|财政)?年度"
    r"|(?:於|于|在)\s*\d{4}\s*[/／-]\s*\d{2,4}\s*(?:財政|财政)?年度\s*(?:或之前|(?:以)?前)"
    r"|(?:於|于|在|到|至)\s*\d{4}\s*年\s*或之前",
    re.IGNORECASE,
)
_WEAK_TARGET_WORDS = re.compile(
    r"争取|爭取|确保|確保|预计|預計|将|將|\bwill\b|\btargets?\b|\bplans?\s+to\b"
    r"|\bexpects?\s+to\b|\bexpected\s+to\b|\bseeks?\s+to\b|\bintends?\s+to\b",
    re.IGNORECASE,
)
# Told as done (已, had, has been ...); with 目前 (now) and 现有 (existing), told as a fact.
_DONE = (
    r"截至|截止|已经|已經|已|\bas\s+of\b|\bhad\b|\bwas\b|\bwere\b|\breached\b"
    r"|\b(?:reported|recorded|posted|generated|achieved|attracted|approved|admitted)\b"
    r"|\bha(?:s|ve)\s+(?:been|\w+ed|set|built|won|grown|become|made|spent|risen|drawn|brought)\b"
)
_DONE_WORDS = re.compile(_DONE, re.IGNORECASE)
_PAST_WORDS = re.compile(r"目前|现有|現有|" + _DONE, re.IGNORECASE)
# The part of a sentence a figure belongs to, when the sentence joins a fact and a plan
# ("has set aside HK$10 billion ... and expects 40 companies by mid-2026").
_SEGMENT_END = re.compile(
    r"[，；;]|,(?!\d{3}\b)|\s(?:and|while|but|whereas|when)\s|而且|并且|並且|但"
)
# A goal heading that names only a year ("2024年主要预期目标", "Targets for 2028") means
# by the end of that year; with a span of years, the last.
_HEADING_YEAR = re.compile(r"(\d{4})\s*年|\b(?:for|in)\s+(\d{4})\b|(?<=[-—–~至])\s*(\d{4})", re.I)
# A semicolon ends a statement: a date after it is not the date of a figure before it.
_SEMICOLON = re.compile(r"[；;]")
_COMPARISON = re.compile(
    r"[,，]\s*(?:(?:up|down)\s+(?:[\d.,]+\s*(?:percent|per\s+cent|%)\s+)?from"
    r"|against|compared\s+(?:with|to))\b",
    re.I,
)
# A relative clause set off by commas ("..., which covers 278 square kilometres, ...") tells
# a fact of its own about a noun: a date the main clause gives after it is not its date.
_RELATIVE_CLAUSE = re.compile(r"\s*(?:which|who|whose)\b", re.IGNORECASE)
_FACT_WORDS = re.compile(r"累计|累計|拥有(?!量)|擁有(?!量)|\bin\s+\d{4}\b", re.IGNORECASE)
# A heading that announces goals; the list under it is governed by it.
_GOAL_HEADING = re.compile(
    r"主要目标|主要目標|发展目标|發展目標|总体目标|總體目標|工作目标|工作目標|预期目标|預期目標"
    r"|目标任务|目標任務|\b(?:main\s+|key\s+)?(?:goals?|targets?|objectives?)\b",
    re.IGNORECASE,
)
# A line that names only a period: 2025年上半年, 2025年1-6月, 114年上半年, "In 2025:",
# "First half of 2025".
_PERIOD_LINE = re.compile(
    r"(?:(?:\d{4}|1[0-4]\d)\s*年(?:度|上半年|前三季度|第?[一二三四1-4]\s*季度?"
    r"|\s*1\s*[-—–~至]\s*\d{1,2}\s*月|\s*\d{1,2}\s*月)?"
    r"|(?:in\s+)?(?:(?:the\s+)?(?:first\s+half|first|second|third|fourth)\s+(?:quarter\s+)?of\s+)?"
    r"(?:19|20)\d\d)\s*[:：]?",
    re.I,
)
# A heading of facts as at a date or of a period's outcome ("WHAT WE HAVE ACHIEVED (as of 31
# March 2026)", 一、2025年预算执行情况): the date or period it names dates the facts under it.
_PERIOD_HEADING = re.compile(
    r"\bas\s+(?:of|at)\b|截至|截止|执行情况|執行情況|完成情况|完成情況|回顾|回顧"
    r"|\breview\b|\bachieved\b|\bresults\b",
    re.I,
)
# A chapter's number before a heading (一、, 1.).
_CHAPTER_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]+\s*[、.．]|\d{1,2}\s*[.、．]\s+)"
)
_CHAPTER = re.compile(
    r"^\s*(?:[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]+\s*[、.．]|第[一二三四五六七八九十\d]+[章节節部]"
    r"|(?:chapter|part|section)\b|\d+\s*\.\s*[A-Z][a-z]+(?:\s+[a-z]+){0,4}\s*$)",
    re.IGNORECASE,
)
_DEADLINES = [
    # 到2026年6月底, 2025年6月30日前: the month or day, not the year's end; 13月 is no date.
    (
        re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"),
        lambda m: _day(m[1], m[2], m[3]),
    ),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月"), lambda m: _month_end(m[1], m[2])),
    (re.compile(r"(\d{4})\s*年\s*(?:上半年|年中)"), lambda m: f"{m[1]}-06-30"),
    (re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度?"), lambda m: _quarter(m[1], m[2])),
    (re.compile(r"(\d{4})\s*年\s*(?:底|末|年底)"), lambda m: f"{m[1]}-12-31"),
    (
        re.compile(
            r"(?<!截)(?<!截至)(?<!截止)(?:到|至|於|于|在|朝|展望)\s*(\d{4})\s*年(?!\s*\d{1,2}\s*月)"
        ),
        lambda m: f"{m[1]}-12-31",
    ),
    (re.compile(r"(\d{4})\s*年(?:或之|以)?前"), lambda m: f"{m[1]}-12-31"),
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
    (  # by March 2028, before the end of June 2027: that month's end
        re.compile(
            rf"\b(?:by|before|until|through|in)\s+(?:the\s+end\s+of\s+|end-)?({_MONTHS})\.?,?\s+(\d{{4}})\b",
            re.I,
        ),
        lambda m: _month_end(m[2], _MONTH_NUMBER[m[1].lower()]),
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
    (
        re.compile(r"\bby\s+mid-?(\d{4})|\bfirst\s+half\s+of\s+(\d{4})", re.I),
        lambda m: f"{m[1] or m[2]}-06-30",
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


class _Date(str):
    """A date as ``YYYY-MM-DD`` with the basis of a reading that is not literal (``note``).

    Empty, with a note, when the text's date names no real day (2024年9月31日): the figure
    then keeps no date rather than a neighbouring real one.
    """

    note: str = ""

    def __new__(cls, date: str, note: str = "") -> _Date:
        made = super().__new__(cls, date)
        made.note = note
        return made


# When a financial year ends, by the source's currency: Hong Kong's (and Japan's) runs April
# to March; mainland China's and Taiwan's are calendar years. A year written as a span
# (2025/26, 2024-25) is never a calendar year: it is read as ending 31 March.
_FISCAL_YEAR_END = {"HKD": "03-31", "JPY": "03-31"}
_FY_SPAN_WORDS = r"財政年度|财政年度|財年|财年|(年度)|(?:financial|fiscal)\s+year\b"


def _fy_span(first: str, second: str, written: str) -> _Date | None:
    start = int(first)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if end != start + 1:
        return None  # 2024-26: a span of years, not one financial year
    return _Date(
        f"{end}-03-31",
        f"financial year {written.strip()} read as ending on 31 March {end} "
        "(April to March, as in Hong Kong); check the source's fiscal calendar",
    )


def _fy_single(year: str, written: str, calendar: str) -> _Date:
    full = int(year) if len(year) == 4 else 2000 + int(year)
    end = _FISCAL_YEAR_END.get(calendar, "12-31")
    basis = (
        f"the year ending on {end[3:]}/{end[:2]}, as {calendar} sources count"
        if end != "12-31"
        else "the calendar year, as mainland China and Taiwan count"
    )
    return _Date(f"{full}-{end}", f"financial year {written.strip()} read as {basis}")


def _roc(year: str, written: str) -> _Date:
    """A Republic of China year (民國113年, 113年度 in a Taiwan source): 1911 + n."""
    return _Date(
        f"{1911 + int(year)}-12-31",
        f"{written.strip()} read as the Republic of China year {1911 + int(year)}",
    )


def _roc_day(year: str, month: str, day: str | None, written: str) -> _Date:
    full = str(1911 + int(year))
    return _Date(
        _day(full, month, day) if day else _month_end(full, month),
        f"{written.strip()} read in the Republic of China year {full}",
    )


def _academic_year(first: str, second: str, written: str) -> _Date | None:
    start = int(first)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if end != start + 1:
        return None
    return _Date(
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
    (
        re.compile(
            rf"(?<![\d.])(\d{{4}})\s*[-/／–—]\s*(\d{{4}}|\d{{2}})(?!\d)\s*(?:{_FY_SPAN_WORDS})",
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
    (re.compile(r"(?:民國|民国)\s*(\d{2,3})\s*年度?"), lambda m, c: _roc(m[1], m[0])),
]
# In a Taiwan source (currency TWD) a year of two or three digits before 年 is a ROC year.
_ROC_YEARS = [
    (  # 115年6月, 114年3月6日: a month or day of a Republic of China year
        re.compile(r"(?<![\d.,])(1[0-4]\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?"),
        lambda m, c: _roc_day(m[1], m[2], m[3], m[0]),
    ),
    (
        re.compile(r"(?<![\d.,])(1[0-4]\d)\s*年度?(?![\d月])"),
        lambda m, c: _roc(m[1], m[0]),
    ),
]

# A deadline ahead in Republic of China years (至119年, 於115年前), in a Taiwan source.
_ROC_CUES = re.compile(
    r"(?:到|至|於|于|在|朝)\s*1[0-4]\d\s*年|(?<!\d)1[0-4]\d\s*年(?:底|末)?(?:以)?前"
    r"|以\s*1[0-4]\d\s*年\s*(?:为|為)\s*目[标標]"
)

_REF_DATES = [
    (
        re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
        lambda m: _day(m[1], m[2], m[3]),
    ),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月"), lambda m: _month_end(m[1], m[2])),
    (re.compile(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})"), lambda m: _day(m[1], m[2], m[3])),
    (re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度?"), lambda m: _quarter(m[1], m[2])),
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
    (re.compile(r"\b(?:first\s+half|H1)\s+(?:of\s+)?(\d{4})\b", re.I), lambda m: f"{m[1]}-06-30"),
    (re.compile(r"(\d{4})\s*年"), lambda m: f"{m[1]}-12-31"),
    # "Over 2020-2024", "in 2021-2024": a statement of the period, dated at its end.
    (
        re.compile(
            r"\b(?:over|in|during|for)\s+(?:the\s+period\s+)?(\d{4})\s*[-–—]\s*(\d{4})\b", re.I
        ),
        lambda m: f"{m[2]}-12-31",
    ),
    (
        re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I),
        lambda m: _day(m[3], _MONTH_NUMBER[m[1].lower()], m[2]),
    ),
    (  # 10 April 2025, as British and Hong Kong releases write the day
        re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\.?,?\s+(\d{{4}})\b", re.I),
        lambda m: _day(m[3], _MONTH_NUMBER[m[2].lower()], m[1]),
    ),
    (
        re.compile(rf"\b({_MONTHS})\.?,?\s+(\d{{4}})\b", re.I),
        lambda m: _month_end(m[2], _MONTH_NUMBER[m[1].lower()]),
    ),
    (
        re.compile(
            r"\b(?:in|as\s+of|at|by|end\s+of|of)\s+(?:the\s+(?:end|close)\s+of\s+)?(\d{4})\b",
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
# The full stop of an abbreviation of capitals (U.S., U.K.) ends no sentence.
_SENTENCE_END = re.compile(r"[。！？!?\n]+|(?<![A-Z]\.[A-Z])\.(?=\s)")
# Dates that are not the figure's: the start of a period (自2018年以来, since 2018) and the
# base of a comparison (较2019年增加了43%, up from 2019).
_NOT_REF_DATE = re.compile(
    r"(?:自|从|從)\s*(?:民國|民国)?\s*(?:\d{4}|\d{2,3})\s*年[^，,。；;\n]{0,8}?(?:以来|以來|至今)"
    r"|\bsince\s+\d{4}\b"
    # "Since its launch in 1999": the start of the period the figure sums, not its date.
    r"|\bsince\s+(?:its|their|the)\s+(?:[a-z]+\s+){1,2}in\s+\d{4}\b"
    # "The zone, founded in 1991, covers ...": an aside dating the noun, not the figure.
    r"|,\s*(?:founded|established|set\s+up|launched|created|opened|built)\s+in\s+\d{4}\s*(?=,)"
    r"|(?:较|較|比|相比|相较|相較|同比)\s*(?:\d{4}|1[0-4]\d)\s*年(?:底|末|度)?"
    r"|\b(?:compared\s+(?:with|to)|than(?:\s+(?:in|at))?|up\s+from|down\s+from|from|over)\s+"
    r"(?:the\s+end\s+of\s+)?(?:(?:" + _MONTHS + r")\s+)?\d{4}\b(?!\s*[-–—]\s*\d{4})"
    r"|(?:去年|上年)\s*(?:以来|以來)|(?:较|較|比|相比|同比)\s*(?:去年|上年)(?:同期)?"
    # 是上年同期的1.5倍, 增速比1-7月加快: the base of a multiple or of a change in growth.
    r"|(?:是|为|為)\s*(?:去年|上年)(?:同期)?的"
    r"|(?:较|較|比)\s*(?:1|一)\s*月?\s*(?:至|到|-|—|–|~)\s*\d{1,2}\s*月(?:份)?"
    # 是2020年末的1.6倍, 為2023年10月的2倍: the base of a multiple.
    r"|(?:是|为|為)\s*(?:\d{4}|1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|度)?(?:同期)?的"
    # 1.6 times the 2020 level, twice the number in 2020, double its level of 2019.
    r"|\b(?:times|twice|double|triple)\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:(?:of|in|at)\s+)?(?:the\s+end\s+of\s+)?\d{4}\b"
    r"|\b(?:since|than|from|over)\s+last\s+year\b",
    re.I,
)
# 前十个月: the months written in Chinese numerals.
_MONTH_WORDS = {w: str(i) for i, w in enumerate("一二三四五六七八九十", 1)} | {
    "十一": "11",
    "十二": "12",
}
_EN_ORDINALS = ("first", "second", "third", "fourth")
_EN_COUNTS = {
    w: str(i)
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), 1
    )
}
# Dates a sentence gives relative to the page's own date: (pattern, make(match, year)). The
# year is the page's, or that of the period a report's title covers.
_RELATIVE_REF_DATES = [
    # 11月1日至19日: a span of days, to its last; 11月3日, 截至11月15日: that day.
    (
        re.compile(
            r"(?<![\d年])(\d{1,2})\s*月\s*\d{1,2}\s*[日号號]\s*(?:至|到|-|—|–|~)\s*(\d{1,2})\s*[日号號]"
        ),
        lambda m, y: _day(y, m[1], m[2]),
    ),
    (
        re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]"),
        lambda m, y: _day(y, m[1], m[2]),
    ),
    (
        re.compile(r"(?<!\d年)(?<!\d)(\d{1,2})\s*月\s*(?:底|末)"),
        lambda m, y: _month_end(y, m[1]),
    ),
    (re.compile(r"(?<!年)上半年|\bfirst\s+half\b", re.I), lambda m, y: f"{y}-06-30"),
    # 今年第一季, 第三季度 without a year: that quarter of the year.
    (
        re.compile(
            r"(?:今年|本年|(?<![\d年]))第\s*([一二三四1-4])\s*(?:个|個)?\s*季(?!\s*[前底末])"
        ),
        lambda m, y: _quarter(y, m[1]),
    ),
    # 前三季度 (the first three quarters), 1至9月 (January to September): to that period's end.
    (
        re.compile(r"(?<!\d年)前\s*([一二三四1-4])\s*(?:个|個)?\s*季度"),
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
        re.compile(r"(?<!\d年)前\s*(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*(?:个|個)\s*月"),
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
    (  # "between January and September": to the end of the last month
        re.compile(rf"\b(?i:between|from)\s+January\s+(?i:and|to|through)\s+({_MONTHS})\b"),
        lambda m, y: _month_end(y, _MONTH_NUMBER[m[1].lower()]),
    ),
    # "in July", "by the end of June", "as at end-September" without a year: the page's
    # year (months capitalised, so that "may" the verb is no month).
    (
        re.compile(
            r"\b(?i:in|by|as\s+of|as\s+at|at|end\s+of)\s+(?i:the\s+end\s+of\s+|end-)?"
            rf"({_MONTHS})\b(?!\.?\s*,?\s*\d)"
        ),
        lambda m, y: _month_end(y, _MONTH_NUMBER[m[1].lower()]),
    ),
    (re.compile(r"上年"), lambda m, y: f"{int(y) - 1}-12-31"),
]
_THIS_MONTH_DAY = re.compile(r"本月(?=\s*\d{1,2}\s*[日号號])")
# "Last year" (去年) counts from the day the page was written, even in a report that
# reviews a year: "at the end of last year" in a January 2026 review of 2025 is 2025.
_LAST_YEAR = re.compile(r"去年|\blast\s+year\b", re.I)
# The same period of another year (the base a part-year figure is compared with): that
# year's part of the period the sentence names ("up from US$7.1 billion in the same period of
# 2024" after "between January and September": to 30 September 2024).
_SAME_PERIOD = re.compile(
    r"\bsame\s+period\s+(?:of|in)\s+(\d{4})\b|(?<!\d)(\d{4})\s*年\s*同期", re.I
)
# A figure that is itself the base of a comparison in a goal sentence (較2024年的1.1%,
# "against about 55,000 at the end of 2025", up from 7.1 billion): a fact, not the goal.
_BASE_BEFORE = re.compile(
    r"(?:较|較|比|相比|相较|相較|由|从|從)\s*(?:\d{4}|1[0-4]\d)\s*年(?:底|末)?\s*的\s*$"
    r"|\b(?:against|compared\s+(?:with|to)|(?:up|down)\s+from)\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|\$|RMB\s*)?$",
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
    # 明年6月底前: the end of that month of the next year.
    (
        re.compile(r"明年\s*(\d{1,2})\s*月"),
        lambda m, y: _month_end(str(int(y) + 1), m[1]),
    ),
    (re.compile(r"\bnext\s+year\b|明年", re.I), lambda m, y: f"{int(y) + 1}-12-31"),
]
# The page's own date line (a full date near the top) dates "全年", "this year" and the like.
_PAGE_DATE = re.compile(
    rf"(\d{{4}})\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|(\d{{4}})-\d{{1,2}}-\d{{1,2}}"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+(\d{{4}})\b"
    rf"|\b\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+(\d{{4}})\b",
    re.I,
)
# A Taiwan source's date line in Republic of China years (發布日期：114年3月6日).
_ROC_PAGE_DATE = re.compile(r"(?<![\d.,])(1[0-4]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_THIS_YEAR = re.compile(
    r"全年|今年|年内|年內|本年度|(?<![\d年明去上下])年[底末]前|\bthis\s+year\b|\bby\s+year[-\s]end\b",
    re.I,
)
# A report whose title names the year it covers (滨湖高新区2025年国民经济和社会发展统计公报,
# 民國114年科學園區年報, "Annual Report 2025"): its figures are that year's, even when it is
# published (and dated) in the next. A government work report names the year it is given
# in, and reviews the year before: its year only dates the goals of 全年, not its facts.
_REPORT_TITLE = re.compile(
    r"(?:(?<![\d/])(?P<year>\d{4})|(?:民國|民国)\s*(?P<roc>1[0-4]\d))\s*(?:年度?[^\n]{0,40}?)?"
    r"(?:(?P<covers>统计公报|統計公報|年[报報](?!名)|年度[报報]告|工作(?:总结|總結))|工作[报報]告)"
    # ... ending the title (a bracket or a subtitle may follow): a notice about annual
    # reports (关于做好2023年度企业年报公示工作的通知) is not one.
    r"(?=\s*(?:$|[（(—:：-]))"
    # The title itself, not a headline about one: "Annual Report 2025", "2025 Annual
    # Report", "Statistical Communiqué ... on the 2025 National Economic ...".
    r"|\bannual\s+report(?:\s+(?:for|of))?\s*[(（]?\s*(?P<en>\d{4})\b(?![/-]\d)"
    r"|\bstatistical\s+communiqu[eé][^\n]{0,60}?\b(?:on|for|in)\s+(?:the\s+)?"
    r"(?P<en_on>\d{4})\b(?![/-]\d)"
    r"|(?<![/-])\b(?P<en_before>\d{4})\s+(?:annual\s+report|statistical\s+communiqu[eé])"
    # "2025 in review": a review of the year it names.
    r"|(?<![/-])\b(?P<review>\d{4})\s+in\s+review\b"
    # "Annual Results Announcement for the Year Ended 31 December 2025": the year to that day.
    r"|\bresults\b[^\n]{0,40}?\bfor\s+the\s+(?:financial\s+)?year\s+ended\s+"
    rf"(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}},?)\s+(?P<ended>\d{{4}})\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[，,；;：:]\s*(?<!\d,)(?!\d{3}\b)|[，；;：:]|,\s")
# A sentence longer than this is not read whole for its dates and goal words: a page without
# punctuation must not make every figure scan all of it (extraction stays linear).
_WINDOW = 600


def _quarter(year: str, q: str) -> str:
    return f"{quarter_end(int(year), '一二三四1234'.index(q) % 4 + 1):%Y-%m-%d}"


def _month_end(year: str, month: str | int) -> str:
    return f"{pd.Timestamp(int(year), int(month), 1) + pd.offsets.MonthEnd(0):%Y-%m-%d}"


def _day(year: str, month: str | int, day: str) -> str:
    return f"{pd.Timestamp(int(year), int(month), int(day)):%Y-%m-%d}"


@dataclass(frozen=True)
class Candidate:
    """A figure found in a document, ready for an analyst to review."""

    kind: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str
    comparator: str | None
    deadline: str | None
    ref_date: str | None
    source: str | None
    evidence: str
    start: int
    figure: str
    unit_text: str | None = None
    date_note: str | None = None


class _Boundaries:
    """Where a pattern matches in a text, found once; nearest matches by bisection."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        spans = [m.span() for m in pattern.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def around(self, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
        """(end of the last match before ``start``, start of the first after ``end``)."""
        i = bisect.bisect_right(self.ends, start) - 1
        left = max(lo, self.ends[i]) if i >= 0 else lo
        j = bisect.bisect_left(self.starts, end)
        right = min(hi, self.starts[j]) if j < len(self.starts) else hi
        return left, right

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        for k in (i, i + 1):
            if 0 <= k < len(self.starts) and self.starts[k] < end and start < self.ends[k]:
                return True
        return False


def _is_quantity(figure: Figure, text: str) -> bool:
    after = text[figure.end : figure.end + 1]
    written = figure.text.lstrip()
    grouped = re.match(r"\d{1,3}(?:,\d{3})+", written) is not None  # 2,000 is never a year
    if figure.numeral != "arabic" and figure.value == 1:
        return False  # 一个, 一家, one: an article, not a count
    if re.match(r"[百千][万萬亿億]", written) and figure.unit not in CURRENCIES:
        return False  # 千万平方米, 百亿级: a round order of magnitude, said of money only
    if figure.unit is not None:
        return True
    if (
        not grouped
        and figure.value.is_integer()
        and _YEAR.match(f"{figure.value:.0f}")
        and (figure.value_high is None or _YEAR.match(f"{figure.value_high:.0f}"))
    ):
        return False  # a bare year, or a span of years
    if after == "大":  # 八大项目, 5大平台: so many of something
        return True
    if figure.numeral == "chinese":
        return False  # 两院, 一堂: a numeral inside a word
    rest = text[figure.end : figure.end + 24]
    if figure.numeral == "word" and (
        rest[:1] == "-"
        or re.match(r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times|decades?|of)\b", rest)
    ):
        return False  # five-year, four years, one of
    # A bare number counts in English prose ("1,633 projects"), not before a Chinese word;
    # one written with 萬 or 億 that ends its clause (參加人次約5.2萬。) is a count too.
    next_char = rest.lstrip()[:1]
    if re.search(r"[万萬亿億]$", written) and (not next_char or next_char in "。，；、,;）)"):
        return True
    return not next_char or next_char.isascii()


class _Scopes:
    """Per line of a text: the goal heading above it that governs it, if any.

    A short line that announces goals ("主要目标", "到2027年:", "Goals by 2025:") governs
    the lines under it until the next heading (a chapter marker, or a short line ending
    with a colon that announces something else).
    """

    def __init__(self, text: str, calendar: str = "CNY") -> None:
        self.line_starts = [0]
        self.governor: list[tuple[int, int] | None] = []
        # Per line: the end of the period a line above names alone ("2025年上半年"), if any.
        self.periods: list[str | None] = []
        current: tuple[int, int] | None = None
        period: str | None = None
        pos = 0
        for line in text.splitlines(keepends=True):
            stripped = line.strip()
            heading = _is_heading(stripped)
            if heading and (_GOAL_HEADING.search(stripped) or _DEADLINE_CUES.search(stripped)):
                self.governor.append(current)
                self.periods.append(period)
                current, period = (pos, pos + len(line)), None
            elif heading and (
                _PERIOD_LINE.fullmatch(_CHAPTER_MARK.sub("", stripped))
                or (
                    _PERIOD_HEADING.search(stripped)
                    and _first("ref_date", stripped, calendar=calendar)
                )
            ):
                self.governor.append(current)
                self.periods.append(period)
                named = _first("ref_date", stripped, calendar=calendar)
                current, period = None, str(named) if named else None
            else:
                # A chapter ends the goals; an item numbered 一、 under them does not.
                if heading or (_CHAPTER.match(stripped) and not _has_figure(stripped)):
                    current = period = None
                self.governor.append(current)
                self.periods.append(period)
            pos += len(line)
            self.line_starts.append(pos)
        self.governor.append(current)
        self.periods.append(period)

    def period_of(self, offset: int) -> str | None:
        return self.periods[bisect.bisect_right(self.line_starts, offset) - 1]

    def heading_of(self, offset: int) -> tuple[int, int] | None:
        return self.governor[bisect.bisect_right(self.line_starts, offset) - 1]

    def line_start(self, offset: int) -> int:
        return self.line_starts[bisect.bisect_right(self.line_starts, offset) - 1]


_BULLET = re.compile(r"[-–—•·‧▪●○◆*]\s")


def _is_heading(line: str) -> bool:
    if not line or _BULLET.match(line) or line.endswith((".", "。")):
        return False  # an item of a list or a sentence, however short, is not a heading
    # A line in capitals ("WHAT WE HAVE ACHIEVED (as of 31 March 2026)") is a heading; an
    # aside in brackets may keep its case.
    bare = re.sub(r"[(（][^)）]*[)）]", "", line).strip()
    if len(line) <= 80 and re.search(r"[A-Z]{2}", bare) and bare == bare.upper():
        return not re.search(r"[。；;！？!?]", bare)
    if len(line) > 40:
        return False
    if line.endswith((":", "：")):
        return True
    return len(line) <= 24 and not re.search(r"[。；;！？!?，,]", line) and not _has_figure(line)


def _has_figure(line: str) -> bool:
    return any(f.unit is not None for f in find_figures(line))


def _first(
    patterns: str, text: str, before: int | None = None, calendar: str = "CNY"
) -> _Date | None:
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

    def read(m: re.Match[str], calendar: str) -> _Date:
        year = 1911 + int(m[1])
        return _Date(
            make(_RocMatch(m)), f"{m[0].strip()} read in the Republic of China year {year}"
        )

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
def _dates_in(
    patterns: str, text: str, calendar: str = "CNY"
) -> tuple[tuple[int, int, _Date], ...]:
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
                date = _Date("", f"{m[0].strip()!r} names no real day; no date read")
            if date is not None:
                found.append((m.start(), m.end(), rank, _Date(date, getattr(date, "note", ""))))
    # A date inside a longer one is part of it ("of 2024" in "the first quarter of 2024").
    kept = [
        (a, rank, date)
        for a, b, rank, date in found
        if not any(a2 <= a and b <= b2 and (b2 - a2) > (b - a) for a2, b2, _, _ in found)
    ]
    return tuple(sorted(kept, key=lambda k: (k[0], k[1])))


@lru_cache(maxsize=4096)
def _goal(sentence: str, calendar: str = "CNY") -> bool | None:
    """True: the sentence sets a goal; False: it tells a fact; None: it does not say."""
    if _GOAL_WORDS.search(sentence):
        return True
    if _DEADLINE_CUES.search(sentence) or (calendar == "TWD" and _ROC_CUES.search(sentence)):
        return bool(_WEAK_TARGET_WORDS.search(sentence)) or not _PAST_WORDS.search(sentence)
    if (
        _first("deadline", sentence, calendar=calendar)  # a real date, not 2025年13月
        and _WEAK_TARGET_WORDS.search(sentence)
    ):
        return True
    if _PAST_WORDS.search(sentence):
        return False
    return None


@lru_cache(maxsize=4096)
def _blank_other_dates(sentence: str) -> str:
    return _NOT_REF_DATE.sub(lambda m: " " * len(m[0]), sentence)


def _relative_date(
    sentence: str, year: str, page_year: str | None = None, page_date: str | None = None
) -> _Date | None:
    """A date the sentence gives relative to ``year`` (上半年, 6月底, 上年), or to the page's
    own year (去年, last year).

    A month or period without a year that would end after the page's own date is the last
    one before it: "completed in September" in a January 2026 page is September 2025.
    """
    if page_date:
        # 本月12日: a day of the page's own month.
        sentence = _THIS_MONTH_DAY.sub(f"{int(page_date[5:7])}月", sentence)
    for pattern, make in _RELATIVE_REF_DATES:
        found = pattern.search(sentence)
        if found:
            try:
                date = make(found, year)
            except (ValueError, KeyError):  # 13月底: no date, rather than another one
                return _Date("", f"{found[0].strip()!r} names no real day; no date read")
            if page_date and date > page_date and (page_year or year) == year:
                return _Date(
                    f"{int(date[:4]) - 1}{date[4:]}",
                    f"{found[0].strip()!r} read as the last one before the page's date",
                )
            return _Date(date)
    last = _LAST_YEAR.search(sentence)
    if last:
        return _Date(f"{int(page_year or year) - 1}-12-31")
    return None


def _relative_deadline(sentence: str, page_year: str, rel: int = 0) -> _Date | None:
    """A deadline the sentence gives relative to the page's year ("by the end of next year"),
    in the statement that holds offset ``rel`` (a semicolon ends one: 到明年6月底前…；年底前…)."""
    lo = max((m.end() for m in _SEMICOLON.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in _SEMICOLON.finditer(sentence, rel)), len(sentence))
    sentence = sentence[lo:hi]
    for pattern, make in _RELATIVE_DEADLINES:
        found = pattern.search(sentence)
        if found:
            return _Date(make(found, page_year))
    return None


def _segment(sentence: str, rel: int) -> str:
    """The stretch of ``sentence`` around offset ``rel`` between commas, "and", 而且, ...."""
    lo = max((m.end() for m in _SEGMENT_END.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in _SEGMENT_END.finditer(sentence, rel)), len(sentence))
    return sentence[lo:hi]


def _own_date(patterns: str, sentence: str, rel: int, calendar: str) -> _Date | None:
    """The date of the figure at ``rel``: its own part of the sentence first ("... by 2027
    and to add 40 wards by the end of 2026", "compared with 1,600 in 2020"), else the
    sentence's date nearest before it."""
    lo = max((m.end() for m in _SEGMENT_END.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in _SEGMENT_END.finditer(sentence, rel)), len(sentence))
    own = _first(patterns, sentence[lo:hi], rel - lo, calendar)
    if own is None and _RELATIVE_CLAUSE.match(sentence, lo):
        # "X, which covers 278 square kilometres, said ... in 2024": a date after the clause
        # is the main clause's; one that opens the sentence ("As at March 2024, ...") frames all.
        return _first(patterns, sentence[:lo], lo, calendar)
    if own is not None:
        return own
    # A date later in the sentence dates the figure only up to a semicolon: what follows
    # one is a statement of its own (已取得用地約92公頃；廠房已於114年6月完工).
    # Nor does one inside a comparison that follows ("…, up from US$7.1 billion in the same
    # period of 2024"): it is the base's date.
    stops = [
        m.start()
        for m in (_SEMICOLON.search(sentence, rel), _COMPARISON.search(sentence, rel))
        if m
    ]
    return _first(patterns, sentence[: min(stops)] if stops else sentence, rel, calendar)


def _heading_deadline(heading: str, calendar: str = "CNY") -> str | None:
    found: str | None = _first("deadline", heading, calendar=calendar)
    if found is None:
        years = [next(g for g in m.groups() if g) for m in _HEADING_YEAR.finditer(heading)]
        found = f"{years[-1]}-12-31" if years else None
    return found


def _kind(
    text: str,
    at: int,
    sentence: str,
    rel: int,
    scopes: _Scopes,
    sentences: _Boundaries,
    leads: dict[int, tuple[bool, str | None]],
    calendar: str = "CNY",
) -> tuple[bool, str | None]:
    """(is a target, its deadline) for the figure at offset ``at`` of ``text``.

    The sentence decides first (goal words, a deadline ahead, or facts told in the past);
    a part of it that tells a fact in the past is an observation even beside a plan; a
    sentence that does not say is governed by a goal heading above it or by the first
    sentence of its paragraph.
    """
    said = _goal(sentence, calendar)
    segment = _segment(sentence, rel)
    if said and _DONE_WORDS.search(segment) and not _goal_said(segment):
        said = False
    if said and _RELATIVE_CLAUSE.match(segment) and not _goal_said(segment):
        said = _DEADLINE_CUES.search(segment) is not None  # its own words, not the sentence's
    heading = scopes.heading_of(at)
    deadline = None
    if said is None and heading is not None:
        # 累计 (cumulative) in a goal list is still a goal; a fact word elsewhere is not.
        if not _FACT_WORDS.search(sentence) or "累" in sentence:
            said, deadline = True, _heading_deadline(text[heading[0] : heading[1]], calendar)
    elif said is None and not _FACT_WORDS.search(sentence):
        s_lo = at - rel
        said, deadline = _lead_in(text, sentences, scopes.line_start(s_lo), s_lo, leads, calendar)
    if not said:
        return False, None
    own = _own_date("deadline", sentence, rel, calendar)
    deadline = own if own is not None else deadline  # an impossible one too: it says why
    if deadline is None:
        s_lo = at - rel
        deadline = _first(
            "deadline",
            text[max(scopes.line_start(s_lo), s_lo - _WINDOW) : s_lo],
            calendar=calendar,
        )
    if deadline is None and heading is not None:
        # A lead-in line under the heading ("Both zones have published goals to 2027.")
        # dates the goals that follow it, before the heading's own year does.
        s_lo = at - rel
        between = text[heading[1] : s_lo] if s_lo - heading[1] <= _WINDOW else ""
        deadline = _first("deadline", between, len(between), calendar) or _heading_deadline(
            text[heading[0] : heading[1]], calendar
        )
    return True, deadline


def _goal_said(segment: str) -> bool:
    return bool(_GOAL_WORDS.search(segment) or _WEAK_TARGET_WORDS.search(segment))


def extract_figures(
    text: str, source: str | None = None, currency: str | None = None
) -> pd.DataFrame:
    """Every quantified figure in ``text``, in document order (columns :data:`EXTRACT_COLUMNS`).

    Runs in time linear in the length of ``text``: every pattern is run over the text once,
    and each figure then reads at most a bounded window around it.

    Parameters
    ----------
    currency : str, optional
        The source's own currency (default: the yuan): 元 written without a currency name
        is that currency, its financial years end as that currency's government counts
        them, and with ``TWD`` a year such as 113年 is a Republic of China year.

    Raises
    ------
    UsageError
        For an unknown ``currency`` (naming it).
    """
    calendar = check_currency(currency) or "CNY"
    masked = _Boundaries(_NOT_QUANTITIES, text)
    slogans = _Boundaries(_SLOGANS, text)
    sentences = _Boundaries(_SENTENCE_END, text)
    clauses = _Boundaries(_CLAUSE_END, text)
    scopes = _Scopes(text, calendar)
    leads: dict[int, tuple[bool, str | None]] = {}
    page_year, page_date = _page_date(text, calendar)
    titled, covers, covered = _report_year(text, calendar)
    # The year that 全年, 年末, "this year" name: a report's own year, else the page's.
    this_year = titled or page_year
    note_period = _note_period(text, page_year, page_date)
    plan_end = _plan_end(text)
    last_ref: str | None = None
    rows: list[Candidate] = []
    for figure in find_figures(text, calendar):
        if masked.overlaps(figure.start, figure.end) or not _is_quantity(figure, text):
            continue
        # A numeral inside a short quoted name (“九个有”, 「產學研1+計劃」) is part of it.
        if (figure.numeral != "arabic" or figure.unit is None) and slogans.overlaps(
            figure.start, figure.end
        ):
            continue
        if figure.numeral == "word" and figure.unit is None and _in_title(text, figure.start):
            continue  # "Two models of a science city": a headline's words, not a count
        # A sentence longer than the window is read in windows aligned to multiples of it,
        # so that the figures of one window share one reading (see the caches above).
        s_lo, s_hi = sentences.around(
            figure.start,
            figure.end,
            max(0, (figure.start // _WINDOW - 1) * _WINDOW),
            min(len(text), (figure.end // _WINDOW + 2) * _WINDOW),
        )
        c_lo, c_hi = clauses.around(figure.start, figure.end, s_lo, s_hi)
        evidence = text[c_lo:c_hi]
        lead = len(evidence) - len(evidence.lstrip())
        evidence, c_lo = evidence.strip(), c_lo + lead
        sentence = text[s_lo:s_hi]
        rel = figure.start - s_lo
        period = scopes.period_of(figure.start)
        is_target, deadline = _kind(
            text, figure.start, sentence, rel, scopes, sentences, leads, calendar
        )
        heading = scopes.heading_of(figure.start)
        if is_target and deadline is None and plan_end and _PLAN_END.search(sentence):
            deadline = _Date(f"{plan_end}-12-31", f"the end of the plan's period to {plan_end}")
        if is_target and deadline is None and page_year:
            deadline = _relative_deadline(sentence, page_year, rel)  # "by the end of next year"
        # The base a goal is compared with (較2024年的1.1%, "against about 55,000 at the end
        # of 2025") is a fact of its own date.
        base = _BASE_BEFORE.search(sentence, max(0, rel - 40), rel)
        base_date = None
        if base is not None:
            is_target, deadline = False, None
            base_date = _first("ref_date", base[0], calendar=calendar)
        if (
            is_target
            and deadline is None
            and this_year
            and (
                _THIS_YEAR.search(sentence)
                or (heading is not None and _THIS_YEAR.search(text[heading[0] : heading[1]]))
            )
        ):
            deadline = f"{this_year}-12-31"  # 全年, 今年的主要目标: the report's or page's year
        if is_target and deadline is None:
            # A goal sentence that names its year (2026年全区…预期增长5%左右): by its end.
            named = _SENTENCE_YEAR.search(_blank_other_dates(sentence), 0, rel)
            year = (named[1] or named[2]) if named else None
            if named and year and (page_year is None or year >= page_year):
                deadline = _Date(f"{year}-12-31", f"{named[0]} names the goal's year")
        if is_target and deadline and page_date and str(deadline) < page_date:
            is_target, deadline = False, None  # no goal is set for a date already past
        ref_date = None
        if not is_target:
            blanked = _blank_other_dates(sentence)
            ref_date = base_date or _own_date("ref_date", blanked, rel, calendar)
            semi = max((m.end() for m in _SEMICOLON.finditer(blanked, 0, rel)), default=0)
            if semi and base_date is None and page_year:
                # A semicolon ends a statement: one that gives its own date relative to the
                # page (；截至本年6月底，…) is not dated by a year told before the semicolon.
                statement = blanked[semi:]
                if _own_date("ref_date", statement, rel - semi, calendar) is None:
                    ref_date = (
                        _relative_date(statement, this_year or page_year, page_year, page_date)
                        or ref_date
                    )
            period = period or note_period
            if ref_date is None and period is not None:
                # A line that names only a period ("2025年上半年", "In 2025:") dates the facts
                # told under it without a date of their own, up to the next heading.
                ref_date = _relative_date(blanked, period[:4], page_year, page_date) or _Date(
                    period, f"the period to {period} that the heading above names"
                )
            elif ref_date is None and covers and titled:
                # A report of the period it covers: 上年 is the year before that one, and a
                # fact it tells without a date (年末, 全年, or none at all) is of that period.
                ref_date = _relative_date(blanked, titled, page_year, page_date) or _Date(
                    covered, f"the period to {covered} that the report's title names"
                )
            elif ref_date is None and last_ref and _SAME_TERM.search(blanked):
                # 同一學年, 學年內, 本學年: the academic year of the fact told before it.
                ref_date = _Date(str(last_ref), "the academic year of the fact before it")
            elif ref_date is None and last_ref and _SAME_YEAR.search(blanked):
                # 同年, "that same year": the year of the fact told just before.
                ref_date = _Date(f"{str(last_ref)[:4]}-12-31", "the year of the fact before it")
            elif ref_date is None and page_year:
                ref_date = _relative_date(blanked, page_year, page_year, page_date)
            if ref_date is None and last_ref and _PREVIOUS_BASE.search(sentence):
                # "11 per cent higher than in the previous financial year", 較上一學年增加23%:
                # compared with the period before, so of the period of the fact told before it.
                ref_date = _Date(
                    str(last_ref), "the period of the fact before it, which the base precedes"
                )
            paired = _respective_date(blanked, rel, calendar)
            if paired is not None:
                ref_date = paired
            same = _SAME_PERIOD.search(_segment(blanked, rel))
            if same is not None:
                # "in the same period of 2024": that year's part of the sentence's period.
                ref_date = _relative_date(blanked, same[1] or same[2]) or ref_date
            if (
                ref_date
                and page_date
                and str(ref_date) > _a_year_after(page_date)
                and not _DONE_WORDS.search(sentence)  # told as done: never a plan
            ):
                # Dated beyond any year (calendar or financial) running at the page's date:
                # expected or planned, never seen ("expects revenue of 120 billion yuan in
                # 2026", 預計於2027年第一季完成).
                is_target, deadline, ref_date = True, ref_date, None
        date = deadline if is_target else ref_date
        if not is_target and ref_date:
            last_ref = ref_date
        note = getattr(date, "note", "")
        date_note = f"{'deadline' if is_target else 'ref_date'}: {note}" if note else None
        rows.append(
            Candidate(
                kind="target" if is_target else "observation",
                value=figure.value,
                value_high=figure.value_high,
                unit=figure.unit or "count",
                qualifier=figure.qualifier,
                comparator=({"at_most": "<="}.get(figure.qualifier, ">=")) if is_target else None,
                deadline=(str(deadline) or None) if is_target and deadline else None,
                ref_date=(str(ref_date) or None) if ref_date else None,
                source=source,
                evidence=evidence,
                start=c_lo,
                figure=figure.text.strip(),
                unit_text=figure.unit_text,
                date_note=date_note,
            )
        )
    frame = pd.DataFrame([asdict(r) for r in rows], columns=list(EXTRACT_COLUMNS))
    return frame.astype({"start": "int64"}) if len(frame) else frame


# A note that says what period a bulletin's figures cover (说明：本期数据除注明外，均为1-8月
# 累计数; "Figures are for January-August unless stated"): it dates every figure told
# without a date of its own, whatever heading it stands under.
_NOTE_PERIOD = re.compile(
    r"^[ \t]*(?:说明|說明|注|註|附注|附註|notes?)\s*[:：][^\n]{0,40}?(?:均为|均為|均系|均係|为|為)"
    r"\s*([^\n，,。；;]{1,16}?)\s*(?:累计|累計)",
    re.I | re.M,
)
_PREVIOUS_BASE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|from|over)\s+(?:in\s+|at\s+)?the\s+(?:previous|preceding|prior)\s+"
    r"(?:(?:financial|fiscal|academic|school)\s+)?year\b"
    # (較上一年度 alone, beside 過去一年, states no period of its own to compare.)
    r"|(?:较|較|比)\s*上一?(?:學|学)年|(?:较|較|比)\s*上一?(?:財政|财政)年度",
    re.I,
)
_SAME_TERM = re.compile(
    r"同一?[學学]年|[學学]年[內内]|本[學学]年(?!度)|\b(?:the\s+)?same\s+(?:academic|school)\s+year\b",
    re.I,
)
_SAME_YEAR = re.compile(r"同年|\b(?:that|the)\s+same\s+year\b|\bthat\s+year\b", re.I)
# An issue line without a day (2026年春季號, 2025年第8期, "Spring 2026 issue"): the page's year.
_ISSUE_YEAR = re.compile(
    r"(?<![\d.,])(\d{4})\s*年\s*(?:(?:[春夏秋冬]季|\d{1,2}\s*月)\s*(?:號|号|刊)|第\s*\d+\s*期)"
    r"|\b(?:Spring|Summer|Autumn|Fall|Winter)\s+(\d{4})\s+(?:issue|edition)\b"
    r"|\b(\d{4})\s+edition\b",
    re.I,
)
# A date line that gives only a month with a word of publishing: （2025年10月出版）,
# 发布时间：2025年10月, "Published October 2025".
_MONTH_LINE = re.compile(
    r"^[ \t（(【\[]*(?:(?:出版|發布|发布|發佈|发表|發表|更新)(?:日期|时间|時間)?\s*[:：]?\s*)?"
    r"(?=[^\n]*(?:出版|發布|发布|發佈|发表|發表|更新))"
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:出版|發布|发布|發佈|发表|發表|更新)?[ \t）)】\]]*$"
    rf"|^[ \t]*(?:Published|Issued|Released|Updated):?\s+({_MONTHS})\.?,?\s+(\d{{4}})[ \t]*$",
    re.M | re.I,
)
# A year that opens a goal sentence (2026年全区…), not a month or a day of it.
_SENTENCE_YEAR = re.compile(
    r"(?<![\d.,])(\d{4})\s*年(?![\d度]|\s*\d{1,2}\s*月)"
    # "For 2025 alone, the plan sets a goal of ...": the English goal sentence's year.
    r"|\bfor\s+(\d{4})\b(?!\s*[-–—/]\s*\d)",
    re.I,
)
# The span of years a plan covers, said near the top ("2025-2027 action plan", "the plan covers
# the years 2025 to 2027", 2025—2027年行动计划): "by the end of the plan period" is its last.
_PLAN_SPAN = re.compile(
    r"(?<!\d)(\d{4})\s*(?:[-–—~至到]|\bto\b)\s*(\d{4})\s*年?\s*(?:年度)?\s*"
    r"(?:action\s+plan|plan|行动计划|行動計劃|行动方案|行動方案|规划|規劃|计划|計劃)"
    r"|\bplan\s+covers\s+(?:the\s+years\s+)?(\d{4})\s*(?:[-–—]|\bto\b)\s*(\d{4})\b",
    re.I,
)
_PLAN_END = re.compile(
    r"\bend\s+of\s+the\s+plan(?:ning)?\s+period\b|(?:规划|規劃|计划|計劃)期末", re.I
)


def _plan_end(text: str) -> str | None:
    found = _PLAN_SPAN.search(text, 0, min(len(text), 800))
    if found is None:
        return None
    first, last = (found[1], found[2]) if found[1] else (found[3], found[4])
    return last if 0 < int(last) - int(first) <= 15 else None


# Dates listed before 分別為 / "respectively" (2022/23、2023/24及2024/25財政年度): the
# list's items, the last of which carries the word (年, 年度, 財政年度) all of them share.
_DATE_LIST = re.compile(
    r"((?:(?<![\d.,])\d{4}(?:\s*[/／-]\s*\d{2,4})?\s*(?:、|,|，|及|和|与|與|and)\s*)+"
    r"(?<![\d.,])\d{4}(?:\s*[/／-]\s*\d{2,4})?)\s*(財政年度|财政年度|年度|年|financial\s+years|)",
    re.I,
)
_RESPECTIVELY = re.compile(r"分別|分别|\brespectively\b", re.I)


def _respective_date(sentence: str, rel: int, calendar: str) -> _Date | None:
    """The date paired in order with the figure at ``rel`` when a sentence lists as many
    dates as figures and says 分別為 (respectively): the n-th figure is of the n-th date."""
    said = _RESPECTIVELY.search(sentence)
    listed = _DATE_LIST.search(sentence, 0, rel)
    if said is None or listed is None:
        return None
    items = re.findall(r"\d{4}(?:\s*[/／-]\s*\d{2,4})?", listed[1])
    if said.start() < rel:  # 分別為28億元、31億元及35億元: count the figures after it
        before = find_figures(sentence[said.end() : rel])
    else:  # 28, 31 and 35 billion respectively
        before = find_figures(sentence[listed.end() : rel])
    n = len([f for f in before if f.unit is not None])
    if n >= len(items):
        return None
    # A year written alone ("in 2022 and 2023") is a calendar year, as 2022年 is.
    date = _first("ref_date", f"{items[n]}{listed[2] or '年'}", calendar=calendar)
    return _Date(str(date), f"{items[n]} paired with the figure in order") if date else None


def _in_title(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the title block: the lines before the first blank line
    near the top, none of them a list item or a sentence ending with a full stop."""
    block_end = text.find("\n\n", 0, 400)
    if block_end < 0 or offset >= block_end:
        return False
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    return not _BULLET.match(line) and not re.search(r"[。.！？!?]$", line)


def _note_period(text: str, page_year: str | None, page_date: str | None) -> _Date | None:
    found = _NOTE_PERIOD.search(text, 0, min(len(text), 2000))
    if found is None or page_year is None:
        return None
    date = _first("ref_date", found[1]) or _relative_date(found[1], page_year, page_year, page_date)
    if not date:
        return None
    return _Date(str(date), f"the period to {date} that the note {found[0].strip()!r} names")


def _report_year(text: str, calendar: str) -> tuple[str | None, bool, str]:
    """(the year a report's title names, whether the report covers that year, the end of the
    period it covers: that year's end, or of the part of it the title names, 2025年上半年).

    Only the title is read: the first line that is not blank, near the top.
    """
    head = text[: min(len(text), 400)].lstrip()
    lines = [line for line in head.split("\n")[:4] if line.strip()]
    title = lines[0] if lines else ""
    found = _REPORT_TITLE.search(title)
    if found is None and len(lines) > 1:
        # A company's name may stand above its title (Holdings Ltd. / Annual Results ...): a
        # title that states the day its period ended is read on the next line too.
        ended = _REPORT_TITLE.search(lines[1])
        if ended is not None and ended["ended"] is not None:
            title, found = lines[1], ended
    if found is None and calendar == "TWD":
        # A Taiwan source may leave out 民國 (114年科學園區年報).
        found = _REPORT_TITLE.search(re.sub(r"(?<!\d)(1[0-4]\d)(?=\s*年)", r"民國\1", title))
    if found is None:
        return None, False, ""
    if found["roc"] is not None:
        year = str(1911 + int(found["roc"]))
    else:
        year = (
            found["year"]
            or found["en"]
            or found["en_on"]
            or found["en_before"]
            or found["review"]
            or found["ended"]
        )
    covers = (found["year"] is None and found["roc"] is None) or found["covers"] is not None
    part = _first("ref_date", title, calendar=calendar)
    covered = str(part) if part and str(part)[:4] == year else f"{year}-12-31"
    return year, covers, covered


def _a_year_after(date: str) -> str:
    """``YYYY-MM-DD`` a year later, as a string that compares as the date does."""
    return f"{int(date[:4]) + 1:04d}{date[4:]}"


def _page_date(text: str, calendar: str) -> tuple[str | None, str | None]:
    """(the year of the first full date near the top, the page's own date).

    The page's own date is that date when it stands on a date line of its own
    ("发布时间:2024年10月25日", "Taipei, March 5, 2025", "Issued 10 April 2025"), not inside a
    sentence that may name an event to come. A Taiwan source (``TWD``) may date its page in
    Republic of China years (發布日期：114年3月6日).
    """
    head = text[: min(len(text), 400)]
    found: list[tuple[int, str | None, str | None, re.Match[str]]] = []
    for m in _PAGE_DATE.finditer(head):
        found.append((m.start(), next((g for g in m.groups() if g), None), None, m))
    if calendar == "TWD":
        for m in _ROC_PAGE_DATE.finditer(head):
            found.append((m.start(), str(1911 + int(m[1])), "roc", m))
    month = _MONTH_LINE.search(head)
    month_line: tuple[str, str | None] | None = None
    if month is not None:
        # （2025年10月出版）: public on some day of that month; its first day is the latest
        # date surely past when the page was written.
        year, number = (month[1], month[2]) if month[1] else (month[4], month[3])
        number = number if number.isdigit() else str(_MONTH_NUMBER[number.lower()])
        try:
            month_line = (year, _day(year, number, "1"))
        except ValueError:
            month_line = (year, None)
    if not found:
        if month_line is not None:
            return month_line
        issue = _ISSUE_YEAR.search(text, 0, min(len(text), 200))
        return (next(g for g in issue.groups() if g), None) if issue else (None, None)
    found.sort(key=lambda f: f[0])
    lines = []
    for _, year, kind, m in found:
        if kind == "roc":
            try:
                date: str | None = _day(str(1911 + int(m[1])), m[2], m[3])
            except ValueError:
                date = None
        else:
            date = _first("ref_date", m[0]) or None
        line_lo = text.rfind("\n", 0, m.start()) + 1
        line_hi = text.find("\n", m.end())
        line = text[line_lo : line_hi if line_hi >= 0 else len(text)].strip()
        if date and len(line) <= 40 and not re.search(r"[。；;！？!?]|\.\s", line):
            lines.append((str(date), year))
    if not lines:
        return month_line or (found[0][1], None)
    # A page may carry several date lines (成文日期, then 发布日期): it was public on the
    # latest of them.
    date, year = max(lines)
    return year, date


def _lead_in(
    text: str,
    sentences: _Boundaries,
    p_lo: int,
    s_lo: int,
    cache: dict[int, tuple[bool, str | None]],
    calendar: str = "CNY",
) -> tuple[bool, str | None]:
    """Whether a paragraph's first sentence sets a goal with a deadline (then it governs the
    sentences that follow in the same paragraph), and that deadline; read once per paragraph."""
    if p_lo == s_lo:
        return False, None
    if p_lo not in cache:
        _, end = sentences.around(p_lo, p_lo, p_lo, min(len(text), p_lo + _WINDOW))
        first = text[p_lo:end]
        deadline = _first("deadline", first, calendar=calendar)
        cache[p_lo] = (bool(_goal(first, calendar)) and deadline is not None, deadline)
    return cache[p_lo]


def read_document(path: Path) -> str:
    """The text of a UTF-8 text or HTML file (HTML reduced to its text).

    Raises
    ------
    DataError
        For a binary or non-UTF-8 file, naming the file.
    UsageError
        For a missing file, a folder or a device (naming ``file``).
    """
    if path.exists() and not path.is_file():
        # A folder or a device named where a document belongs is a mistake in the command.
        kind = "a folder" if path.is_dir() else "not a regular file"
        raise UsageError(f"{path} is {kind}; give a text or HTML file", argument="file")
    if not path.is_file():
        # Like a folder that does not exist: the command names something that is not there.
        raise UsageError(f"no such file: {path}", argument="file")
    try:
        head = path.read_bytes()[:8192]
    except OSError as exc:
        raise DataError(f"cannot read the file: {exc.strerror}", file=str(path)) from None
    # UTF-16 (Windows' "Unicode") is full of zero bytes: read_text names it.
    if b"\x00" in head and guess_encoding(head) != "UTF-16":
        raise DataError("a binary file, not text; give a UTF-8 text or HTML file", file=str(path))
    text, problems = read_text(path, str(path))
    if text is None:
        raise DataError(problems[-1].message, file=str(path))
    if path.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, "html.parser")
        for tag in soup(["script", "style", "noscript"]):
            tag.decompose()
        text = soup.get_text("\n")
    return text


def extract_file(
    path: str | Path, source: str | None = None, currency: str | None = None
) -> pd.DataFrame:
    """:func:`extract_figures` on a file; ``source`` defaults to the file name."""
    path = Path(path)
    check_currency(currency)  # a bad argument before the file is read
    return extract_figures(read_document(path), source or path.name, currency)


def extract_source(
    source: str | Path,
    name: str | None = None,
    currency: str | None = None,
    seeds_dir: str | Path | None = None,
) -> pd.DataFrame:
    """:func:`extract_file` of a seed or a file, in the seed's own currency.

    A seed listed in ``sources.csv`` (given by its name, or as a file: its path under the
    seeds folder or any copy with the same sha256) is read in the currency of its row
    there (empty: the yuan), as a draft of it is; any other file in ``currency``.

    Parameters
    ----------
    name : str, optional
        The source name for the rows (default: the seed's name, else the file's name).
    currency : str, optional
        For a seed, it may only repeat the seed's own.

    Raises
    ------
    UsageError
        For an unknown ``currency``, or one that differs from the seed's (naming it).
    DataError
        For a missing or unreadable file.
    """
    currency = check_currency(currency)
    folder = config.seeds_dir(seeds_dir)
    listed = _listed_seeds(folder)
    path, seed = Path(source), None
    if str(source) in listed and not path.is_file():
        path, seed = folder / str(source), str(source)
    elif listed and path.is_file():
        if path.resolve().parent == folder.resolve() and path.name in listed:
            seed = path.name
        else:
            digest = sha256_bytes(path.read_bytes())
            seed = next((n for n, (sha, _, _) in listed.items() if sha == digest), None)
    if seed is not None:
        _, recorded, line = listed[seed]
        if recorded and recorded not in CURRENCIES:
            raise DataError(
                f"unknown currency for the seed {seed!r}",
                file=str(folder / "sources.csv"),
                row=line,
                column="currency",
                value=recorded,
            )
        if currency is not None and currency != (recorded or "CNY"):
            raise UsageError(
                f"the seed {seed!r} is in {recorded or 'CNY'} by its sources.csv row",
                argument="currency",
                value=currency,
            )
        currency = recorded or None
    return extract_file(path, name or seed, currency)


def _listed_seeds(folder: Path) -> dict[str, tuple[str, str, int]]:
    """Each seed of ``folder/sources.csv``: name -> (sha256, currency, line); none if unreadable.

    The catalogue is not validated here: a figure list needs only the seed's row.
    """
    path = folder / "sources.csv"
    if not path.is_file():
        return {}
    table = read_table(path)
    frame = table.frame
    if "source" not in frame.columns or "sha256" not in frame.columns:
        return {}
    currencies = frame["currency"] if "currency" in frame.columns else [""] * len(frame)
    return {
        str(n): (str(sha), str(c or ""), line)
        for n, sha, c, line in zip(
            frame["source"], frame["sha256"], currencies, table.lines, strict=True
        )
    }
