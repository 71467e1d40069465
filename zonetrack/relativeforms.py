"""Dates a text gives relative to the page's year or day, and the date each names.

上半年, 6月底, 上年 and 去年一季度 against the year a page or report is of; 明年, "by the end of
next year" and "next fiscal year" as deadlines; 目前, 日前, "so far" and "this year's" as the
page's own day (:func:`says_now`); "last quarter", 上个月 and "the past year" against the
page's date. A month that would end after the page's date is the last one before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import pandas as pd

from .datebasis import CN_DAY, Date, day_date, month_end, quarter_end_date, season_end
from .fiscalyears import FISCAL_PART, fiscal_part_end, fiscal_year_end
from .goalwords import (
    DONE_WORDS,
    FORECAST_WORDS,
    NEXT_PLAN_PERIOD,
    SPAN_AHEAD_ZH,
    SPAN_BACK,
    SPAN_WITHIN_EN,
)
from .periods import EN_COUNTS, MONTH_NUMBER, MONTH_WORDS, MONTHS
from .sentences import (
    SEMICOLON,
    SENTENCE_END,
    find_segment,
    first_stop_from,
    last_stop_before,
)
from .termforms import end_after, read_count

# 11—12月还需引进约5300人, 12月仍需: what the months left of the page's year still have to
# do (a goal, :func:`zonetrack.scopes` reads it so when the month has not ended), due at the
# last one's end.
MONTHS_LEFT_STILL = re.compile(
    r"(?<![\d年])(?:(?:1[0-2]|[1-9])\s*(?:—|–|-|－|~|至|到)\s*)?(1[0-2]|[1-9])\s*月份?\s*"
    r"(?:还|還|仍|尚)\s*(?:需|须|須|要)"
)

__all__ = [
    "FISCAL_PART_OF_YEAR",
    "find_past_year",
    "find_relative_date",
    "find_relative_deadline",
    "names_other_year",
    "says_now",
    "story_of",
]

_EN_ORDINALS = ("first", "second", "third", "fourth")

# A month with no year after it: not "October 15" nor "October, 2026", but "At the end of
# October, 318 had been signed" (a figure after the comma is no year).
_NO_YEAR_AFTER = r"(?!\.?\s*\d|\.?\s*,\s*(?:19|20)\d\d(?!\d|,\d))"


# 去年一季度, 上年上半年: that part of the year before the page's (去年 counts from the page's
# date, as it does alone), not the end of that year.
_LAST_YEAR_PART = re.compile(
    r"(?<![较較比与與])(?:去年|上年)\s*(?:第\s*([一二三四1-4])\s*季度?|([一二三四])\s*季度"
    r"|([上下])半年)(?!\s*[前底末])"
)


def _last_year_part(found: re.Match[str], year: str) -> str:
    last = str(int(year) - 1)
    if found[1] or found[2]:
        return quarter_end_date(last, found[1] or found[2])
    return f"{last}-{'06-30' if found[3] == '上' else '12-31'}"


# Before a month without its own year: nothing, or 今年/本年 (the page's year said outright),
# but no year's digits, no other numeral (十一月: not 一月) and no 去年/明年; nor the page's own
# day in brackets after 今日 (今日（十月二十七日）公布，截至今年九月底…: the release's day, which
# dates no figure the sentence tells of another date).
_OWN_YEAR_OR_NONE = (
    r"(?<!今日（)(?<!今日\()(?<!今天（)"
    r"(?:(?<=今年)|(?<=本年)|(?<![\d年〇零○一二三四五六七八九十]))"
)


# After a day without a year, that it comes round every year ("on 4 May and 4 November in
# each year", "on 30 June of every year", "each year"): a recurring day, no date.
_EACH_YEAR = (
    rf"(?!(?:\s+(?:and|or)\s+(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\.?\s+\d{{1,2}}))?"
    r",?\s+(?:(?:in|of)\s+)?(?:each|every)\s+(?:calendar\s+)?year\b)"
)


# Dates a sentence gives relative to the page's own date: (pattern, make(match, year)). The
# year is the page's, or that of the period a report's title covers.
# "the second half of next year", "the first half of last year": a half of another year than
# the one "first half" or "second half" alone names (read below, each as its own year's).
_NOT_ANOTHER_YEAR = r"(?!\s+of\s+(?:next|last|the\s+(?:next|following|previous|last))\s+year)"


_RELATIVE_REF_DATES = [
    # 11月1日至19日: a span of days, to its last; 11月3日, 截至11月15日: that day. 今年10月31日
    # and 截至今年十月三十一日 (Chinese numerals, as Hong Kong releases write dates) are of the
    # page's year too; 今年 names no year of its own (not 2026年10月31日, read as a date).
    (
        re.compile(
            _OWN_YEAR_OR_NONE + rf"({CN_DAY})\s*月\s*(?:{CN_DAY})\s*[日号號]\s*(?:至|到|-|—|–|~)\s*"
            rf"({CN_DAY})\s*[日号號]"
        ),
        lambda m, y: day_date(y, m[1], m[2]),
    ),
    (
        re.compile(_OWN_YEAR_OR_NONE + rf"({CN_DAY})\s*月\s*({CN_DAY})\s*[日号號]"),
        lambda m, y: day_date(y, m[1], m[2]),
    ),
    # "which ended on 31 December", "to December 31" (no year): that day of the year; not a
    # day that comes round every year ("payable on 4 May and 4 November in each year").
    (
        re.compile(rf"\b(\d{{1,2}})\s+({MONTHS})\b(?!\.?,?\s*\d)" + _EACH_YEAR),
        lambda m, y: day_date(y, MONTH_NUMBER[m[2].lower()], m[1]),
    ),
    (
        re.compile(rf"\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)" + _EACH_YEAR),
        lambda m, y: day_date(y, MONTH_NUMBER[m[1].lower()], m[2]),
    ),
    # 9月底, 九月底 (a month in Chinese numerals, as Hong Kong releases write it).
    (
        re.compile(
            r"(?<!\d年)(?<!\d)(?<![一二三四五六七八九十])"
            r"(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?:底|末)"
        ),
        lambda m, y: month_end(y, MONTH_WORDS.get(m[1], m[1])),
    ),
    # "in the second half of last year": that half of the year before the page's.
    (
        re.compile(
            r"\b(first|second)\s+half\s+of\s+(?:last|the\s+(?:previous|last))\s+year\b", re.I
        ),
        lambda m, y: f"{int(y) - 1}-{'06-30' if m[1].lower() == 'first' else '12-31'}",
    ),
    # 上半年, 今年上半年 (not 2025年上半年, which has its year, nor 去年上半年, a base).
    (
        re.compile(
            r"(?:(?<=今年)|(?<=本年)|(?<!年))上半年|\bfirst\s+half\b" + _NOT_ANOTHER_YEAR,
            re.I,
        ),
        lambda m, y: f"{y}-06-30",
    ),
    # 下半年, "the second half of the year": to the year's end.
    (
        re.compile(
            r"(?:(?<=今年)|(?<=本年)|(?<!年))下半年|\bsecond\s+half\b" + _NOT_ANOTHER_YEAR,
            re.I,
        ),
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
        lambda m, y: quarter_end_date(y, m[1] or m[2]),
    ),
    # 截至第3季底, 第三季度末 (the end of a quarter, without its year): that quarter's end.
    (
        re.compile(r"(?:今年|本年|(?<![\d年]))第\s*([一二三四1-4])\s*季度?\s*[底末]"),
        lambda m, y: quarter_end_date(y, m[1]),
    ),
    # 今年首季, 首季度 (the first quarter, told without its number): to the end of March.
    (
        re.compile(r"(?:(?<=今年)|(?<=本年)|(?<![\d年]))首\s*季(?:度)?(?!\s*[前底末])"),
        lambda m, y: quarter_end_date(y, "1"),
    ),
    # 前三季度, 首三季 (the first three quarters), 1至9月 (January to September): to that
    # period's end.
    (
        re.compile(r"(?<!\d年)[前首]\s*([一二三四1-4])\s*(?:个|個)?\s*季(?!\s*[前底末])"),
        lambda m, y: quarter_end_date(y, m[1]),
    ),
    (  # 今年1-10月 too; 2024年1-11月 has its own year
        re.compile(
            r"(?<!\d)(?<!\d年)(?<!\d\s年)(?:1|一)\s*月?\s*(?:至|到|-|—|–|~)\s*(\d{1,2})\s*月"
            r"(?!\s*[底末])"
        ),
        lambda m, y: month_end(y, m[1]),
    ),
    # 前10个月 (the first ten months): to the end of the tenth.
    (
        re.compile(
            r"(?<!\d年)[前首]\s*(1[0-2]|[1-9]|十[一二]?|[一二两兩三四五六七八九])\s*(?:个|個)\s*月"
        ),
        lambda m, y: month_end(y, MONTH_WORDS.get(m[1], m[1])),
    ),
    # "the first three quarters", "the first nine months", "the third quarter" (no year).
    (
        re.compile(r"\bfirst\s+(two|three|[23])\s+quarters\b", re.I),
        lambda m, y: quarter_end_date(y, EN_COUNTS.get(m[1].lower(), m[1])),
    ),
    (
        re.compile(rf"\bfirst\s+({'|'.join(EN_COUNTS)}|1[0-2]|[1-9])\s+months\b", re.I),
        lambda m, y: month_end(y, EN_COUNTS.get(m[1].lower(), m[1])),
    ),
    (
        re.compile(r"\b(first|second|third|fourth)\s+quarter\b(?!\s+of\s+\d)", re.I),
        lambda m, y: quarter_end_date(y, str(_EN_ORDINALS.index(m[1].lower()) + 1)),
    ),
    (  # "the January-September period", "Jan-Sept", "the July-September quarter": to the
        # end of the last month (a span of months from any month, not only January's)
        re.compile(
            rf"\b(?:(?i:January|Jan)|{MONTHS})\.?\s*(?:[-–—]|(?i:to|through)\s)\s*({MONTHS})\b"
            + _NO_YEAR_AFTER
        ),
        lambda m, y: month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
    (  # "between January and September", "from July to September": to the last month's end
        re.compile(
            rf"\b(?i:between|from)\s+(?:January|{MONTHS})\s+(?i:and|to|through)\s+({MONTHS})\b"
        ),
        lambda m, y: month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
    # "in the six months to September", "the year to June": a period to that month's end.
    (
        re.compile(
            r"\b(?i:months?|year|weeks?|quarter)\s+(?i:to|ending|ended)\s+(?i:the\s+end\s+of\s+|end-)?"
            rf"({MONTHS})\b" + _NO_YEAR_AFTER
        ),
        lambda m, y: month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
    # "in July", "by the end of June", "as at end-September" without a year: the page's
    # year (months capitalised, so that "may" the verb is no month).
    (
        re.compile(
            r"\b(?i:in|by|through|as\s+of|as\s+at|at|end\s+of)\s+(?i:the\s+end\s+of\s+|end-)?"
            rf"({MONTHS})\b" + _NO_YEAR_AFTER
        ),
        lambda m, y: month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
    # 3月份, 3月 without a year or a day: to that month's end (after every longer form above);
    # 九月份 too, in Chinese numerals as Hong Kong and Macao releases write it (not 三个月, 前三月).
    (
        re.compile(
            r"(?:(?<=今年)|(?<=本年)|(?<![\d年./-]))(\d{1,2})\s*月份?(?!\s*[\d底末至到-]|\s*[—–~])"
            r"|(?:(?<=今年)|(?<=本年)|(?<![\d年./\-一二三四五六七八九十前首近第每数數几幾個个两兩]))"
            r"(十[一二]?|[一二三四五六七八九])\s*月份(?!\s*[底末至到-]|\s*[—–~])"
        ),
        lambda m, y: month_end(y, MONTH_WORDS.get(m[2], m[2]) if m[2] else m[1]),
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
# "admitted 24 start-ups this autumn": the season of the page's year (winter, which runs into
# the next year, aside), at its end, or the page's day while it is still running.
_THIS_SEASON = re.compile(r"\bthis\s+(spring|summer|autumn|fall)\b(?!['’]s)", re.I)
# "sold 48 hectares last week" (not "said last week", when a statement was made, nor "last
# week's sale", a name): the calendar week before the page's, Monday to Sunday, at its end.
_LAST_WEEK = re.compile(
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\bannounced\s)\blast\s+week\b(?!['’]s)",
    re.I,
)
# 上季度, 上个季度, "last quarter" (not 较上季度, 环比上季: the base of a change on the quarter):
# the calendar quarter before the page's.
_LAST_QUARTER = re.compile(
    r"(?<![较較比与與])(?<!环比)(?<!環比)(?:上一?个?季度|上一?個?季度|上季)"
    r"|(?<!\bthan\s)(?<!\bfrom\s)(?<!\bover\s)\b(?:last|the\s+previous|the\s+past)\s+quarter\b(?!'s)",
    re.I,
)

# A deadline's pattern and the day it names in the page's year (a str year in, a day out).
_Deadline = tuple[re.Pattern[str], Callable[[re.Match[str], str], str]]

# Deadlines a sentence gives relative to the page's year ("by the end of next year", 明年底前)
# that name their own year (明年, "next year").
_NAMED_YEAR_DEADLINES: list[_Deadline] = [
    (
        re.compile(
            r"\b(first|second|third|fourth)\s+quarter\s+of\s+next\s+year\b"
            # 明年首季, 明年首季度: the first quarter told without its number.
            r"|明年\s*(?:第?\s*([一二三四1-4])|(首))\s*季",
            re.I,
        ),
        lambda m, y: quarter_end_date(
            str(int(y) + 1),
            m[2] or ("1" if m[3] else str(_EN_ORDINALS.index(m[1].lower()) + 1)),
        ),
    ),
    (
        re.compile(
            r"\bmid-?\s*next\s+year\b|\bmiddle\s+of\s+next\s+year\b|明年年中|明年上半年", re.I
        ),
        lambda m, y: f"{int(y) + 1}-06-30",
    ),
    # "in the second half of next year": that half of the year after the page's (not the page's
    # year's half, which "second half" alone names).
    (
        re.compile(
            r"\b(first|second)\s+half\s+of\s+(?:next|the\s+(?:next|following))\s+year\b", re.I
        ),
        lambda m, y: f"{int(y) + 1}-{'06-30' if m[1].lower() == 'first' else '12-31'}",
    ),
    # "next spring", 明年春季: that season of the next year (northern seasons, as above).
    (
        re.compile(
            r"\bnext\s+(spring|summer|autumn|fall|winter)\b|明年\s*([春夏秋冬])\s*(?:季|天)?", re.I
        ),
        lambda m, y: season_end(str(int(y) + 1), m[1] or m[2]),
    ),
    # "will host 60 start-ups this autumn", 力争今年秋季, 今秋: that season of the page's year,
    # at its end (a season's fact is read in find_relative_date; this is its goal's deadline).
    (
        re.compile(
            r"\bthis\s+(spring|summer|autumn|fall|winter)\b(?!['’]s)"
            r"|(?:今年\s*|今)([春夏秋冬])\s*(?:季|天)?",
            re.I,
        ),
        lambda m, y: season_end(y, m[1] or m[2]),
    ),
    # "by the end of the decade", "by the close of the decade", "by decade-end", 本世纪二十年代末:
    # the next year ending in 0 (2030 on a page of 2026): a decade's goals are set to its round
    # year, as "by 2030" says.
    (
        re.compile(
            r"\b(?:the\s+)?(?:end|close)\s+of\s+(?:the|this)\s+decade\b|\bdecade[-\s]end\b", re.I
        ),
        lambda m, y: f"{(int(y) + 9) // 10 * 10}-12-31",
    ),
    # 明年6月底前: the end of that month of the next year.
    (
        re.compile(r"明年\s*(\d{1,2})\s*月"),
        lambda m, y: month_end(str(int(y) + 1), m[1]),
    ),
    # "over the next three years", 未來五年內 (and its bracket, 即2031年或之前, says as much):
    # to the end of the page's year and that many after it.
    (
        re.compile(
            r"\b(?:over|within|in|during|for)\s+the\s+(?:next|coming)\s+"
            r"(?P<en>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b|"
            + SPAN_WITHIN_EN
            + "|"
            + SPAN_AHEAD_ZH,
            re.I,
        ),
        lambda m, y: (
            f"{int(y) + _years_ahead(m['en'] or m['within'] or m['ahead'] or m['bare'])}-12-31"
        ),
    ),
    # "Over the next plan period" on a page of 2025: the 15th Five-Year Plan, to 2030.
    (
        re.compile(NEXT_PLAN_PERIOD, re.I),
        lambda m, y: f"{(int(y) - 1) // 5 * 5 + 10}-12-31",
    ),
    (re.compile(r"\bnext\s+year\b|明年", re.I), lambda m, y: f"{int(y) + 1}-12-31"),
    # 二季度力争, 上半年完成, "due to open by October": a quarter, half or month without a year
    # is the next one ending on or after the page's date (:func:`find_relative_deadline`).
]

# The deadlines that name no year of their own: read in the page's year, or the next when that
# one has ended before the page's date.
_ROLLING_DEADLINES: list[_Deadline] = [
    (
        re.compile(r"(?<![\d年前首第])(?:今年|本年)?第?\s*([一二三四1-4])\s*季度"),
        lambda m, y: quarter_end_date(y, m[1]),
    ),
    # 前三季度完成75%, 首三季: the first quarters of a year's plan, to the last one's end.
    (
        re.compile(
            r"(?<![\d年])(?<!\d\s)(?:今年|本年)?[前首]\s*([二两兩三2-3])\s*(?:个|個)?\s*季度?"
        ),
        lambda m, y: quarter_end_date(y, {"两": "二", "兩": "二"}.get(m[1], m[1])),
    ),
    (
        re.compile(
            r"(?<![明去上\d]年)(?<!\d\s年)上半年|\bfirst\s+half\b" + _NOT_ANOTHER_YEAR,
            re.I,
        ),
        lambda m, y: f"{y}-06-30",
    ),
    (
        re.compile(
            r"(?<![明去上\d]年)(?<!\d\s年)下半年|\bsecond\s+half\b" + _NOT_ANOTHER_YEAR,
            re.I,
        ),
        lambda m, y: f"{y}-12-31",
    ),
    # 6月底前 (a work plan's step "before" the end of a month of its year): the month's end
    # (2026年6月底前, 明年6月底前 name their year, read above and by find_date).
    (
        re.compile(r"(?<![\d年])(?<!\d\s)(\d{1,2})\s*月\s*[底末]\s*(?:以)?前"),
        lambda m, y: month_end(y, m[1]),
    ),
    # 11—12月还需, 12月仍需 (MONTHS_LEFT_STILL): due at the last month's end.
    (MONTHS_LEFT_STILL, lambda m, y: month_end(y, m[1])),
    # 11月计划推动…, 12月份将…: a month named before what is planned in it, due at its end.
    (
        re.compile(
            r"(?<![\d年])(?<!\d\s)(1[0-2]|[1-9])\s*月份?\s*[，,]?\s*"
            r"(?=计划|計劃|計畫|拟|擬|将|將|力争|力爭|争取|爭取)"
        ),
        lambda m, y: month_end(y, m[1]),
    ),
    # 年中前, 今年年中: the middle of the page's year, the end of June (not 明年年中, read above).
    (
        re.compile(r"(?<![\d明去上前])(?<!\d\s)(?:今年|本年)?年中\s*(?:以)?前"),
        lambda m, y: f"{y}-06-30",
    ),
    # 年底前, 今年年底前: the end of the page's year (not 2026年底前, 明年底前, 去年底前).
    (
        re.compile(r"(?<![\d明去上前])(?<!\d\s)(?:今年|本年)?年[底末]\s*(?:以)?前"),
        lambda m, y: f"{y}-12-31",
    ),
    # 国庆节前, 五一前, 七一前, 元旦前: before a holiday of a fixed day (1 October, 1 May, 1 July,
    # 1 January), by the day before it, in the page's year (元旦 of the next year: by 31 December).
    # (春节 and 中秋 fall on days of the lunar year, which no rule of the calendar gives here.)
    (
        re.compile(
            r"(?<![\d明去上])(?:今年|本年)?(?:(国庆|國慶)\s*(?:节|節)?|(十一)\s*(?:黄金周|黃金週)"
            r"|(五一|劳动节|勞動節)|(七一)|(元旦))\s*(?:以)?前"
        ),
        lambda m, y: (
            f"{y}-09-30"
            if m[1] or m[2]
            else f"{y}-04-30"
            if m[3]
            else f"{y}-06-30"
            if m[4]
            else f"{y}-12-31"
        ),
    ),
    (
        re.compile(
            r"\b(?i:by|before|until|in)\s+(?i:the\s+end\s+of\s+|end-)?"
            # (Not "March 5" nor "March, 2027"; "by end-March, 75 by end-June" has no year.)
            rf"({MONTHS})\b" + _NO_YEAR_AFTER
        ),
        lambda m, y: month_end(y, MONTH_NUMBER[m[1].lower()]),
    ),
    # "in the first quarter", "by the end of Q2", "due to open in Q3" (no year): that
    # quarter's end (not "the first quarter of next year", read above).
    (
        re.compile(
            r"\b(?:(first|second|third|fourth)\s+quarter|Q([1-4]))\b"
            r"(?!\s*(?:of\s+)?(?:\d|last|next|the\s+(?:previous|prior|same)))",
            re.I,
        ),
        lambda m, y: quarter_end_date(y, m[2] or str(_EN_ORDINALS.index(m[1].lower()) + 1)),
    ),
    # "by year-end", "before the year closes", "over the full year": the end of the year.
    (
        re.compile(
            r"\bby\s+(?:the\s+)?year[-\s]end\b|\bby\s+the\s+end\s+of\s+the\s+year\b"
            r"|\bbefore\s+the\s+year\s+(?:closes|ends|is\s+out)\b"
            r"|\b(?:over|for)\s+the\s+(?:full|whole|entire)\s+year\b(?!\s*\d)",
            re.I,
        ),
        lambda m, y: f"{y}-12-31",
    ),
]

_RELATIVE_DEADLINES = _NAMED_YEAR_DEADLINES + _ROLLING_DEADLINES

# 未來18個月內, 未来六个月: a span of months ahead from the page's day (未来五年内 counts whole
# years, read above).
_MONTHS_AHEAD = re.compile(
    r"(?:未来|未來|今后|今後)\s*(\d{1,2}|[一二两兩三四五六七八九十]{1,3})\s*(?:个|個)\s*月"
)

# "The first nine months of the fiscal year", "the third quarter of the financial year",
# "the first half of the fiscal year": counted from the month the source's financial year
# starts (April in a Hong Kong source).
FISCAL_PART_OF_YEAR = re.compile(
    FISCAL_PART + r"(?:the|this|our)\s+(?:current\s+)?(?:fiscal|financial)\s+year\b", re.I
)


def find_relative_date(
    sentence: str,
    year: str,
    page_year: str | None = None,
    page_date: str | None = None,
    calendar: str = "CNY",
    *,
    told: str = "",
    story: str = "",
) -> Date | None:
    """A date the sentence gives relative to ``year`` (上半年, 6月底, 上年), or to the page's
    own year (去年, last year).

    ``sentence`` may be a part of the whole sentence ``told``, which in turn ends the
    paragraph's text ``story`` up to it: a day counted back from the page's (昨天, "last
    week") is counted from the story's dateline there, and from no day when ``told`` names
    another year than the page's ("…," the director told reporters in 2024).

    A month or period without a year that would end after the page's own date is the last
    one before it: "completed in September" in a January 2026 page is September 2025. A
    part of "the fiscal year" counts from the month the ``calendar``'s financial year starts.
    """
    fiscal = FISCAL_PART_OF_YEAR.search(sentence)
    if page_date:
        # 本月12日: a day of the page's own month.
        sentence = _THIS_MONTH_DAY.sub(f"{int(page_date[5:7])}月", sentence)
    return _relative_date(
        fiscal,
        lambda pattern: pattern.search(sentence),
        year,
        page_year,
        page_date,
        calendar,
        lambda: (told or sentence, story or told or sentence),
    )


# Farther than any pattern :func:`find_relative_date` tries reads from where it is tried
# (lookarounds included): a match tried this far before the end of a text is found, the same,
# in the text cut there.
_RELATIVE_REACH = 600


@lru_cache(maxsize=256)
def _first_match(pattern: re.Pattern[str], part: str) -> re.Match[str] | None:
    return pattern.search(part)


@lru_cache(maxsize=64)
def _paragraph(text: str, lo: int, hi: int) -> str:
    return text[lo:hi]


def relative_date_before(
    text: str,
    lo: int,
    hi: int,
    cut: int,
    year: str,
    page_year: str | None = None,
    page_date: str | None = None,
    calendar: str = "CNY",
    story: str = "",
) -> Date | None:
    """``find_relative_date(text[lo:cut], …)``, ``text[lo:hi]`` a paragraph whose figures each
    ask it up to themselves (a run-on paragraph: a scan of the page per figure).

    Each pattern's first match in the paragraph is read once: tried more than
    :data:`_RELATIVE_REACH` before ``cut``, it is the first in the text cut there; else the
    first there, if any, is tried after that point, and only the rest up to ``cut`` is read.
    ``story`` is the paragraph's text up to the sentence's end, when ``text`` is the sentence
    alone (:func:`find_relative_date`).
    """
    part, end = _paragraph(text, lo, hi), min(cut, hi) - lo
    tail = max(0, end - _RELATIVE_REACH)

    def search(pattern: re.Pattern[str]) -> re.Match[str] | None:
        first = _first_match(pattern, part)
        if first is not None and first.start() < tail:
            return first
        return pattern.search(part, tail, end)

    if page_date and search(_THIS_MONTH_DAY):
        # (本月12日 is read as a month rewritten into the text: read the cut text itself.)
        return find_relative_date(part[:end], year, page_year, page_date, calendar)
    fiscal = search(FISCAL_PART_OF_YEAR)
    # (The whole sentence the figure is in, its words after the figure too: "…," the director
    # told reporters in 2024.)

    def context() -> tuple[str, str]:
        stop = first_stop_from(SENTENCE_END, part, end)
        return part[last_stop_before(SENTENCE_END, part, end) : stop], story or part[:stop]

    return _relative_date(fiscal, search, year, page_year, page_date, calendar, context)


@lru_cache(maxsize=64)
def story_of(text: str, s_lo: int, s_hi: int) -> tuple[str, str]:
    """The sentence ``text[s_lo:s_hi]`` and its paragraph's text up to its end: the ``told``
    and ``story`` of :func:`find_relative_date`."""
    return text[s_lo:s_hi], text[text.rfind("\n", 0, s_lo) + 1 : s_hi]


_THIS_YEAR_WORDS = re.compile(r"今年|本年")


def _relative_date(
    fiscal: re.Match[str] | None,
    search: Callable[[re.Pattern[str]], re.Match[str] | None],
    year: str,
    page_year: str | None,
    page_date: str | None,
    calendar: str,
    context: Callable[[], tuple[str, str]] = lambda: ("", ""),
) -> Date | None:
    """:func:`find_relative_date` of a text that ``search`` searches (本月12日 already read),
    ``fiscal`` its :data:`FISCAL_PART_OF_YEAR`; ``context`` gives the whole sentence it is in
    and its paragraph up to that sentence's end (read only for a form counted from a day:
    each figure of a run-on paragraph asks)."""
    date = fiscal_part_end(fiscal, int(year), calendar) if fiscal else None
    if fiscal and date:
        while page_date and date > page_date and (page_year or year) == year:
            date = f"{int(date[:4]) - 1}{date[4:]}"
        return Date(date, f"{fiscal[0].strip()!r} counted from the start of the financial year")
    last_part = search(_LAST_YEAR_PART)
    if last_part is not None and not search(_THIS_YEAR_WORDS):
        return Date(_last_year_part(last_part, page_year or year))
    for pattern, make in _RELATIVE_REF_DATES:
        found = search(pattern)
        if found:
            try:
                date = make(found, year)
            except (ValueError, KeyError):  # 13月底: no date, rather than another one
                return Date("", f"{found[0].strip()!r} names no real day; no date read")
            if page_date and date > page_date and (page_year or year) == year:
                if search(FORECAST_WORDS) and not search(DONE_WORDS):
                    # 公司預估第4季營收將較第3季成長8%至12% on a page of November: what is
                    # expected of a period still to end is of that period (a forecast).
                    return Date(date, f"{found[0].strip()!r}: a forecast of the period to end")
                return Date(
                    f"{int(date[:4]) - 1}{date[4:]}",
                    f"{found[0].strip()!r} read as the last one before the page's date",
                )
            return Date(date)

    # (A sentence that names another year than the page's, "told reporters in 2024", "In a
    # 2024 interview", tells from another time: the forms counted from the page's day below
    # are not counted from it.)
    def elsewhere() -> bool:
        return bool(page_year) and names_other_year(context()[0], str(page_year))

    season = search(_THIS_SEASON)
    if page_date and season and not elsewhere() and not _SEASON_AHEAD.search(context()[0]):
        end = season_end(page_date[:4], season[1])
        if _season_start(page_date[:4], season[1]) > page_date:
            # "this autumn" on a page of March: a season still to come holds no fact yet.
            pass
        elif end > page_date:
            return Date(page_date, f"{season[0]!r} still running: the page's date")
        else:
            return Date(end, f"{season[0]!r}: that season of the page's year, at its end")
    now = search(_NOW)
    if page_date and now:
        return Date(page_date, f"{now[0].strip()!r}: the page's own date")
    if page_date and search(_LAST_QUARTER):
        # "Three of them debuted last quarter" on a page of 20 November: July to September.
        first = pd.Timestamp(f"{page_date[:4]}-{(int(page_date[5:7]) - 1) // 3 * 3 + 1:02d}-01")
        return Date(
            f"{first - pd.Timedelta(days=1):%Y-%m-%d}", "the quarter before the page's date"
        )
    if page_date and (last_week := search(_LAST_WEEK)) and not elsewhere():
        # "last week" on Tuesday 24 November: Monday 16 to Sunday 22 November.
        day = pd.Timestamp(_present_day(context()[1], page_date))
        end = day - pd.Timedelta(days=day.weekday() + 1)
        before = search(_WEEK_BEFORE)
        if before is not None and before.start() > last_week.start():
            # "Last week …; the week before it signed 9": the week before that one.
            return Date(
                f"{end - pd.Timedelta(days=7):%Y-%m-%d}", "the week before last week, at its end"
            )
        return Date(f"{end:%Y-%m-%d}", "the week before the story's day, at its end (Sunday)")
    if page_date and search(_LAST_MONTH):
        # 上个月 on a page of 28 July: June of that year.
        month = pd.Timestamp(page_date[:8] + "01") - pd.Timedelta(days=1)
        return Date(f"{month:%Y-%m-%d}", "the month before the page's date")
    if page_date and search(_SAME_POINT_LAST_YEAR):
        # "At the same point last year, the figure was 33%", "a year ago": the page's day a
        # year back (29 February: the 28th), not last year's end.
        back = pd.Timestamp(page_date) - pd.DateOffset(years=1)
        return Date(f"{back:%Y-%m-%d}", "the page's day a year before")
    if page_date and (day := search(_DAY_BEFORE)) and not elsewhere():
        # (After the periods: 昨日公布資料顯示，上月…: the data are of last month, told
        # yesterday; before 去年, a base beside a day's news.)
        present = _present_day(context()[1], page_date)
        return Date(_day_before(day, present), f"{day[0].strip()!r} counted from the story's day")
    last = search(_LAST_YEAR)
    if last:
        return Date(f"{int(page_year or year) - 1}-12-31")
    return _past_year(search(_PAST_YEAR) if page_date else None, page_date)


@lru_cache(maxsize=16)
def _other_year(page_year: str) -> re.Pattern[str]:
    """A year other than ``page_year`` (2024, 2024年, "in 2024"): a sentence naming one tells
    from another time than the page's day (not "since 2019", 自2019年, the start of a span
    that runs up to it)."""
    return re.compile(
        r"(?<!since\s)(?<!from\s)(?<![自从從])"
        rf"(?<![\d.,])(?!{page_year})(?:19|20)\d\d(?![\d%]|[.,]\d)",
        re.I,
    )


def names_other_year(told: str, page_year: str) -> bool:
    """Whether the sentence ``told`` names a year other than ``page_year`` ("In a 2024
    interview, …", 据2024年园区年报): it is told from another time than the page's day."""
    return _other_year(page_year).search(told) is not None


# A dateline, the day a story is filed: "SHANGHAI, March 5 (Reuters) -", 新华社北京3月9日电; or
# a paragraph opening with its day, 3月10日，园区召开推进会: the day its story is told on.
_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'-]{{1,40}},\s+(?P<month>{MONTHS})\.?\s+(?P<day>\d{{1,2}})\b"
    r"(?=[^\n]{0,30}?(?:\(|—|–|-))"
    r"|(?:社|网|網|报|報|台)[^\s，。,]{0,12}?(?P<zm>\d{1,2})\s*月\s*(?P<zd>\d{1,2})\s*日\s*(?:电|電|讯|訊)"
    r"|^\s*(?P<pm>\d{1,2})\s*月\s*(?P<pd>\d{1,2})\s*日\s*[，,]",
    re.M,
)


def _present_day(story: str, page_date: str) -> str:
    """The day ``story``'s 昨天 and "last week" count from: its dateline's day
    (:data:`_DATELINE`) in the page's year, else the page's own (never a day after it)."""
    found = _DATELINE.search(story)
    if found is None:
        return page_date
    month = found["month"] and MONTH_NUMBER[found["month"].lower()]
    month = month or int(found["zm"] or found["pm"])
    day = int(found["day"] or found["zd"] or found["pd"])
    try:
        told = f"{pd.Timestamp(int(page_date[:4]), int(month), day):%Y-%m-%d}"
    except ValueError:
        return page_date
    return told if told <= page_date else page_date


# "the week before" (after "last week"): the week before that one.
_WEEK_BEFORE = re.compile(r"\bthe\s+week\s+before\b(?!\s+last\b)", re.I)
# "will host 60 start-ups this autumn", "hopes to host 60": a season's goal, no fact of it.
_SEASON_AHEAD = re.compile(
    r"\b(?:will|shall|hopes?|plans?|aims?|expects?|intends?|wants?|is\s+to|are\s+to"
    r"|set\s+to|due\s+to|going\s+to)\b",
    re.I,
)
_SEASON_START = {"spring": "03-01", "summer": "06-01", "autumn": "09-01", "fall": "09-01"}


def _season_start(year: str, season: str) -> str:
    """The first day of a season of ``year`` (as :func:`season_end` counts them)."""
    return f"{year}-{_SEASON_START.get(season.lower(), '12-01')}"


# A day named from the page's own (昨天, 昨日, 前天; 上周五, 上星期三, 上週一), as a newspaper's
# story tells its news: the day it names, counted back from the page's date (not 昨天上午 of a
# comparison, 较昨日, which names a base).
_DAY_BEFORE = re.compile(
    r"(?<![较較比与與])(?:(?P<yesterday>昨天|昨日)|(?P<two>前天)"
    r"|(?:上周|上週|上星期|上个星期|上個星期|上礼拜|上禮拜)(?P<weekday>[一二三四五六日天])"
    # 上周一至上周五, 上周一到周五: a span of days, at its end.
    r"(?:\s*(?:至|到|—|–|~|-)\s*(?:上周|上週|上星期|上个星期|上個星期|上礼拜|上禮拜|周|週|星期)"
    r"(?P<until>[一二三四五六日天]))?)"
)


def _day_before(found: re.Match[str], page_date: str) -> str:
    """The day ``found`` (:data:`_DAY_BEFORE`) names before ``page_date``."""
    page = pd.Timestamp(page_date)
    if found["weekday"]:
        # The named weekday of the week (Monday first) before the page's.
        weekday = "一二三四五六日天".index(found["until"] or found["weekday"])
        day = page - pd.Timedelta(days=page.weekday() + 7 - min(weekday, 6))
    else:
        day = page - pd.Timedelta(days=1 if found["yesterday"] else 2)
    return f"{day:%Y-%m-%d}"


def find_day_before(sentence: str, page_date: str) -> str | None:
    """The day ``sentence`` names counted back from ``page_date`` (昨日, 前天, 上周五), as
    ``YYYY-MM-DD``, else None."""
    found = _DAY_BEFORE.search(sentence)
    return _day_before(found, page_date) if found else None


# "At the same point last year", "this time last year", "at this stage last year", "a year
# ago" opening a sentence: the page's own day a year before.
_SAME_POINT_LAST_YEAR = re.compile(
    r"\b(?:(?:at\s+)?(?:the\s+same|this|that)\s+(?:point|time|stage|juncture)\s+"
    r"(?:last\s+year|a\s+year\s+(?:ago|earlier))"
    # ("A year ago, …" opening the sentence; "up from 88% a year ago" is a base's.)
    r"|^\s*a\s+year\s+ago)\b",
    re.I,
)


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
    return _past_year(_PAST_YEAR.search(text) if page_date else None, page_date)


def _past_year(found: re.Match[str] | None, page_date: str | None) -> Date | None:
    """:func:`find_past_year` of the text where ``found`` is its :data:`_PAST_YEAR`."""
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
    return int(EN_COUNTS.get(count.lower()) or MONTH_WORDS[count])


# What ends an English clause between a figure and a deadline after it (a comma, a
# semicolon, "and", another figure); Chinese text puts a figure's deadline before it.
_CLAUSE_BREAK = re.compile(r"[,;:，；。、\d]|\band\b|[\u4e00-\u9fff]")
_LEADING_NUMBER = re.compile(r"^\D{0,4}?\d[\d.,]*")


def _own_clause(between: str) -> bool:
    """Whether the words ``between`` a figure and a deadline after it keep both in one
    English clause ("12 signed projects in the first quarter")."""
    between = _LEADING_NUMBER.sub("", between)  # the figure itself ("3.5 billion yuan …")
    return len(between) <= 60 and _CLAUSE_BREAK.search(between) is None


@lru_cache(maxsize=1024)
def _relative_deadlines_in(statement: str) -> tuple[tuple[int, int, re.Match[str]], ...]:
    """Every match of the relative deadlines' patterns in ``statement``: (start, rank,
    match), in order. Cached: each figure of a statement (of a run-on paragraph's window,
    hundreds) asks for them."""
    found = [
        (m.start(), rank, m)
        for rank, (pattern, _) in enumerate(_RELATIVE_DEADLINES)
        for m in pattern.finditer(statement)
    ]
    return tuple(sorted(found, key=lambda f: (f[0], f[1])))


# A year written in figures (2020, 2020年), not a part of a longer number.
_A_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d%]|[.,]\d)")
# 本季度 (this quarter) in a deadline: the quarter running at the page's date.
_THIS_QUARTER = re.compile(r"本季度(?=\s*(?:[末底]|内|內|结束|結束))")


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
    if page_date:
        # 本季度末前 on a page of 4 December: the quarter running at the page's date, read as
        # its number (四季度末前; a word of the same length, so offsets hold).
        quarter = "一二三四"[(int(page_date[5:7]) - 1) // 3]
        sentence = _THIS_QUARTER.sub(quarter + "季度", sentence)
    lo = last_stop_before(SEMICOLON, sentence, rel)
    hi = first_stop_from(SEMICOLON, sentence, rel)
    statement = sentence[lo:hi]
    fiscal = _NEXT_FISCAL_YEAR.search(statement)
    if fiscal is not None:
        end = fiscal_year_end(calendar) or "12-31"
        running = f"{page_year}-{end}"
        if page_date and running < page_date:
            running = f"{int(page_year) + 1}-{end}"
        return Date(
            f"{int(running[:4]) + 1}{running[4:]}",
            f"{fiscal[0].strip()!r}: the financial year after the one running at the page's date",
        )
    ahead = _MONTHS_AHEAD.search(statement)
    if (
        ahead is not None
        and page_date
        # (过去18个月内新增企业150家 beside it: a span back, its own part's, is no goal's.)
        and not SPAN_BACK.search(find_segment(sentence, rel))
    ):
        # 未來18個月內 on a page of 25 February 2026: the months counted exactly from the
        # page's day, as a plan's own term is (2027-08-24).
        end = end_after(pd.Timestamp(page_date), read_count(ahead[1]))
        return Date(end.strftime("%Y-%m-%d"), f"{ahead[0]!r} counted from the page's date")
    found = _relative_deadlines_in(statement)
    if not found:
        return None
    before = [f for f in found if f[0] < rel - lo]
    after = [f for f in found if f[0] >= rel - lo and _own_clause(statement[rel - lo : f[0]])]
    if after:
        # "28 by the end of June and 45 by the end of September": an English figure's own
        # deadline follows it in its clause, before any other figure's.
        _, rank, match = after[0]
    elif before:
        _, rank, match = next(f for f in before if f[0] == before[-1][0])
    else:
        _, rank, match = found[0]
    told_in = page_year
    if _RELATIVE_DEADLINES[rank][0].pattern == NEXT_PLAN_PERIOD:
        # "In its 2020 review, the zone pledged … over the next plan period": the plan after
        # the one running in the year it was told (2021-2025), not the page's.
        told_in = min([y[0] for y in _A_YEAR.finditer(sentence) if y[0] < page_year] or [page_year])
    date = _RELATIVE_DEADLINES[rank][1](match, told_in)
    if told_in != page_year and page_date and date < page_date:
        # (Its plan already over at the page's date: a pledge of no deadline still to come,
        # rather than a fact of no date.)
        return None
    if rank >= len(_NAMED_YEAR_DEADLINES) and page_date and date < page_date:
        date = f"{int(date[:4]) + 1}{date[4:]}"
        return Date(date, f"{match[0].strip()!r} read as the next one after the page's date")
    return Date(date)
