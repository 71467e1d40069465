"""Candidate targets and observations from a policy document or news page.

``extract_figures`` finds every quantified figure in a text (Chinese, simplified or
traditional, and English), in document order, with its value in the canonical unit,
qualifier, whether its sentence sets a goal (a target, with its deadline) or reports a
fact (an observation, with the date it refers to), and the clause that holds it as
evidence. Years, dates, times, phone and document numbers, list markers and other
numerals that are not quantities are left out.

This module holds the public API and the reading of one figure after another; the rules it
applies live in modules of one concern each: :mod:`zonetrack.quantities` (which numerals are
quantities), :mod:`zonetrack.sentences` (sentence and clause ends), :mod:`zonetrack.periods`
(how a text writes a date or a period), :mod:`zonetrack.pagedates` (a page's own date, a
report's year, a plan's period), :mod:`zonetrack.linetables` (tables written as lines) and
:mod:`zonetrack.scopes` (goal or fact, and deadline).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import pandas as pd

from . import config
from .dates import quarter_end
from .exceptions import DataError, UsageError
from .figures import carry_qualifiers, check_currency, find_figures
from .files import guess_encoding, read_table, read_text, sha256_bytes
from .linetables import GoalCell, TableCell, find_goal_cells, find_table_cells
from .pagedates import (
    PLAN_END,
    find_note_period,
    find_page_date,
    find_plan_end,
    find_plan_ends,
    find_report_period,
    find_report_year,
    find_title_period,
)
from .periods import (
    Date,
    blank_change_start,
    blank_other_dates,
    find_date,
    find_past_year,
    find_relative_date,
    find_relative_deadline,
    read_bracketed_years,
    says_now,
)
from .quantities import NOT_QUANTITIES, SLOGANS, is_quantity
from .scopes import (
    CURRENCY_NAME,
    DONE_WORDS,
    EXPECTED_HEADING,
    FORECAST_WORDS,
    Scopes,
    find_column_label,
    find_completion_deadline,
    find_heading_deadline,
    find_kind,
    find_list_lead,
    find_own_date,
    find_statement,
    in_title,
    last_joined,
    scheme_money_before,
    stated_then_scheduled,
)
from .sentences import (
    CLAUSE_END,
    PARAGRAPH_END,
    SEMICOLON,
    SENTENCE_END,
    WINDOW,
    Boundaries,
    find_segment,
    says,
)
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
    # 由2025年底約5.1萬人增至10萬人: the start of a change, with its date and no 的.
    r"|(?:由|从|從)\s*(?:\d{4}|1[0-4]\d)\s*年(?:底|末)?\s*(?:约|約|近|逾|超过|超過)?\s*$"
    # 由去年約8,700人增至1.5萬人: a start dated relative to the page (去年 counts from it).
    r"|(?:由|从|從)\s*(?P<last_year>去年|上年)(?:底|末)?\s*(?:约|約|近|逾|超过|超過)?\s*$"
    # 較去年同期的152家, 比一年前的87%: the base, of the same period a year before the figure's.
    r"|(?:较|較|比)\s*(?P<year_ago>(?:去年|上年)同期|一年前|去年同一時間|去年同一时间)\s*的\s*$"
    # 较目前的约180人: the level now, which a goal is compared with.
    r"|(?:较|較|比|由|从|從)\s*(?:目前|现在|現在|当前|當前|现时|現時)\s*的?\s*(?:约|約|近|逾)?\s*$"
    r"|\b(?:against|compared\s+(?:with|to)|(?:up|down)\s+from)\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?$"
    # "raise the share to 40 percent, from 27 percent in 2025": the start, set off by a comma.
    r"|[,，]\s*from\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?$"
    # "rose to 4.8 percent in 2025 from 4.3 percent a year earlier", "to 18,450 in 2025 from
    # 15,920 in 2023": the start of the change, dated after it (or a year before its end).
    r"|\b(?P<to_from>to)\s+(?:[^,;，；。]|(?<=\d),(?=\d{3})){1,50}?\s+from\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?$",
    re.I,
)

# "from 12 companies today to at least 50 by 2027": a number after "from" and before "to"
# and another number in the same clause is where a change starts.
_ABOUT = r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
_MONEY_SIGN = r"(?:US\$|HK\$|NT\$|MOP\$|\$|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?"
_FROM_BEFORE = re.compile(
    rf"\bfrom\s+{_ABOUT}{_MONEY_SIGN}$"
    r"|(?:从|從|由)\s*(?:目前|现在|現在|现时|現時|当前|當前|现有|現有"
    # 由2026年的約35%提升至: the start of a change in a year of its own.
    r"|(?:\d{4}|1[0-4]\d)\s*年(?:底|末|年底|年末)?)?\s*(?:的)?\s*(?:约|約)?\s*$",
    re.I,
)
_TO_AFTER = re.compile(
    r"((?:[^,;，；。]|(?<=\d),(?=\d{3})){0,40}?)(?:\bto\s+"
    r"(?:(?:at\s+least|about|around|some|nearly|roughly|approximately|more\s+than|over|below"
    rf"|under|(?:fewer|less)\s+than)\s+)?{_MONEY_SIGN}"
    r"|(?:到|至)\s*(?:约|約|不少于|不少於|不低于|不低於|超过|超過)?\s*)\d",
    re.I,
)
# The money a scheme's budget sets (預算為100億元, "a budget of HK$10 billion"), not a budget
# drawn up for a year ahead (編列預算, which sets a goal).
_BUDGET_BEFORE = re.compile(
    r"(?<!编列)(?<!編列)(?:预算|預算)\s*(?:为|為|是|达|達|共|合共)?\s*(?:约|約)?\s*$"
    rf"|\b(?:a|an|its|the)\s+(?:total\s+)?budget\s+of\s+{_ABOUT}{_MONEY_SIGN}$",
    re.I,
)

# The size of an area: 面积, 占地, "covers", "spans".
_EXTENT = re.compile(r"面积|面積|占地|佔地|\b(?:covers?|covering|spans?|spanning)\b", re.I)

# A count of years, in words or digits ("three", 五, 10).
_N_YEARS = (
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b"
    r"|(?:[二两兩三四五六七八九十]|\d{1,2})\s*年(?![度底末]))"
)

# "in the past three years", 过去三年, 近三年: a span up to now.
_PAST_YEARS = re.compile(
    rf"\b(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+{_N_YEARS}|(?:过去|過去|近)\s*{_N_YEARS}",
    re.I,
)

# "in the previous five years", 此前五年: the years before a period told of.
_PREVIOUS_YEARS = re.compile(
    rf"\b(?:over|in|during|for)\s+the\s+(?:previous|preceding|prior)\s+{_N_YEARS}"
    rf"|(?:此前|之前的?)\s*{_N_YEARS}",
    re.I,
)

# A year a goal is due by (到2027年底, "by 2028"), to count a sentence's deadlines.
# (Not a decade: 於2030年代陸續落成, "in the 2030s", names no deadline.)
_DEADLINE_YEAR = re.compile(r"(?:\d{4}|(?<!\d)1[0-4]\d)\s*年(?!代)|\b(?:19|20)\d\d\b(?!'?s\b)")

# A part that plans its own figure: 计划新建, 将新建, 拟建, "plans to add", "will build".
_OWN_PLAN = re.compile(
    r"计划|計劃|[将將拟擬]\s*(?:新|再|建|增|引|投|完成|实现|實現|打造)"
    r"|\b(?:plans?|aims?|intends?|seeks?)\s+to\b|\bwill\s+(?:add|build|create|open|host|attract)\b",
    re.I,
)

# A total over the years of a plan still to run (市财政三年累计安排…不少于120亿元, 五年内合计,
# "in total over the three years"); not one of the years just past (近三年累计, 过去五年,
# "over the past three years").
_PLAN_YEARS_TOTAL = re.compile(
    r"(?<![近过過前])(?:[两兩三四五六七八九十]|\d{1,2})\s*年(?:内|內|间|間|期间|期間)?\s*"
    r"(?:累计|累計|合计|合計|总计|總計|共计|共計)"
    r"|\b(?:in\s+total\s+)?over\s+the\s+(?:(?:two|three|four|five|\d{1,2})\s+)?years\s+of\s+the\s+plan\b",
    re.I,
)

# A phase of a development plan (第一期, 二期, "phase 2").
_PHASE = re.compile(
    r"第?[一二三四五1-5]\s*期(?!\s*(?:间|間|末|底))|\bphase\s+(?:[1-5]|I{1,3}|one|two)\b", re.I
)

# A sentence opened by 其中 ("of which") breaks down the figure told before it.
_OF_WHICH = re.compile(r"\s*(?:其中|當中|当中)\s*[，,：:]")

# Money a government or body says it will provide, allocate or set aside ("The Government
# will provide an additional HK$1.2 billion for the Hub", "has earmarked $50 million"): the
# money of a policy, undated (as a budget is), not a goal to reach, even when a later part of
# the sentence sets a goal by a date ("…, and expects it to support 3,000 posts by 2029").
_PROVIDED_MONEY = re.compile(
    r"\b(?:will|to|would|has|have|had)\s+(?:\w+\s+)?(?:provide[ds]?|allocated?|inject(?:ed)?"
    r"|earmark(?:ed)?|set\s+aside|commit(?:ted)?|appropriated?)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:additional|extra|further|another|total\s+of|sum\s+of)\s+)?"
    rf"{_ABOUT}{_MONEY_SIGN}$",
    re.I,
)
# 預留100億元, 向數碼港注資30億元 read as no goal: the policy's money, undated as a budget is.
_SET_ASIDE = re.compile(
    r"(?:预留|預留|注资|注資)\s*(?:人民币|人民幣|港币|港幣|港元|新臺幣|新台币|美元)?\s*(?:约|約)?\s*$"
)

# The day a page is written, said as now ("12 companies today", "now", 目前, 現時).
_NOW_WORDS = re.compile(
    r"\b(?:today|now|currently|at\s+present)\b|目前|现在|現在|现时|現時|当前|當前", re.I
)

_THIS_YEAR = re.compile(
    r"全年|今年|年内|年內|本年度|(?<![\d年明去上下])年[底末]前|\bthis\s+year\b|\bby\s+year[-\s]end\b"
    r"|\b(?:full|whole|entire)[-\s]year\b(?!\s*(?:of\s+)?\d)",
    re.I,
)


# The page's own year said outright (今年, "this year"), which no heading's year overrides.
_PAGE_YEAR = re.compile(r"今年|本年|\bthis\s+year\b", re.I)

# In a report of a period: the period itself (本年新收, 本年度, 本期, 全年).
# "the Year" (a report's defined term) and 年內 (within the year) are that period too.
_REPORT_PERIOD = re.compile(r"本年度?|本期|全年|年內|年内|\bthe\s+Year\b")

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

# "In the quarter", "at quarter-end": the period the text just told of.
_SAME_TERM_BEFORE = re.compile(
    r"\b(?:in|during|for|at\s+the\s+end\s+of)\s+the\s+(?:quarter|half|period)\b"
    r"|\bat\s+(?:the\s+)?(?:quarter|half|period)[-\s]end\b",
    re.I,
)

# "As at the same date", 同日: the very date of the fact told just before; and 本批次, 上述,
# 该批 (this batch, the above): the very things the fact before counted, as of its date.
_SAME_DATE = re.compile(
    r"\b(?:as\s+(?:at|of)|on|at)\s+(?:the\s+same|that)\s+(?:date|day)\b|同日|同一日"
    r"|本批次?|上述|前述|[该該这這此]批"
    # 本次签约, 此次活动: the event (or round) told before, as of its day.
    r"|本次|此次|这次|這次"
    # 其中/當中 opening a sentence (of those), 同期 (in the same period, not 去年同期 or 较同期):
    # the things or the period the fact before told of.
    r"|^\s*(?:其中|當中|当中|同一时期|同一時期)|(?<![年期比较較与與\s])同期(?![的比])"
    # 同期 opening a sentence (　　同期，「…計劃」共批出86宗).
    r"|^\s*同期(?![的比])",
    re.I,
)

# "compared with an 11% rise in the index over the same period" in the figure's own part (not
# "the same period of 2025", "last year": a base's): the period of the fact told before it.
_SAME_SPAN = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|span|time|months)\b"
    r"(?!\s+(?:of|in|last|a\s+year|the\s+previous)\b)",
    re.I,
)

# 全年 (the whole year) opening a figure's own part, of the page's (or report's) year.
# So is 全年 that a forecast opens (委员会预计全年产值增长14%左右): the running year it expects.
_WHOLE_YEAR = re.compile(
    r"^\s*(?<![\d年])全年|(?:预计|預計|预期|預期|有望|可望)\s*(?:今年)?\s*全年"
)

# 同一时期 (over the same span) opening a sentence; a change's start written without a date
# (从3.1%提高到4.6%); a year named before it.
_SPAN_BEFORE = re.compile(r"\s*(?:同一时期|同一時期)")
_FROM_BARE = re.compile(r"(?:从|從|由)\s*(?:约|約)?\s*$")
_FIRST_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年")

# A comparison with the same period of an earlier year, with no period of the figure's own.
_THAN_SAME_PERIOD = re.compile(
    r"\bthan\s+(?:in\s+|during\s+)?the\s+same\s+period\s+(?:of|in|last)\b"
    r"|(?:比|较|較)\s*(?:\d{4}\s*年|去年|上年)\s*同期",
    re.I,
)

# A change over the previous period or year, stated without a date.
_ON_PERIOD = re.compile(
    r"\b(?:quarter|month)[-\s]on[-\s](?:quarter|month)\b",
    re.I,
)

# 已有, 已入驻, 已进驻, 已落户, 已集聚: a state reached by now (who is in the park), with no
# date of its own: as of the page's day.
_ALREADY = re.compile(r"已(?:经|經)?(?:有|入驻|入駐|进驻|進駐|落户|落戶|集聚)")

# 今年以来, 今年已累计, 年初至今, "so far this year", "year to date": a running total of the
# page's year, up to the page's own day (when the sentence gives no date of its own:
# 截至10月底，…今年以来净增126家 is of the end of October).
_SO_FAR_THIS_YEAR = re.compile(
    r"(?:今年|本年|年初)\s*(?:以来|以來|至今|迄今)|(?:今年|本年)\s*(?:已|已经|已經)"
    r"|\b(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|year[\s-]to[\s-]date)\b"
    # 今年全省累计入库…, "have listed on the board this year": a total of the year still running.
    r"|(?:今年|本年)[^，,。；;\d]{0,12}?(?:累计|累計)"
    r"|\b(?:has|have)\s+(?:already\s+)?[a-z]+(?:ed|en)\b[^.;,]{0,60}\bthis\s+year\b(?!'s)",
    re.I,
)

# A figure that is the subject of a present perfect ("six more firms have filed
# prospectuses", "38 teams have moved in"): a tally up to the page's day.
_SUBJECT_PERFECT = re.compile(
    r"[^.;,:]{0,60}?\b(?:has|have)\s+(?:already\s+|now\s+)?(?!(?:been|risen|fallen|grown|increased"
    r"|decreased|declined|dropped|climbed|reached)\b)[a-z]+(?:ed|en)\b",
    re.I,
)

# A running total told in the present ("The round brings the company's total funding since
# its founding in 2020 to HK$510 million"): as of the page's day.
_BRINGS_TO = re.compile(
    rf"\b(?:brings?|takes?|lifts?|pushes?)\b[^.;]{{0,100}}\bto\s+{_ABOUT}"
    rf"(?:(?:more\s+than|over)\s+)?{_MONEY_SIGN}$",
    re.I,
)

# A figure that recurs, told without a date (基金每年接獲申請約600份, "receives about 600
# applications each year"): as it stands on the page's day.
_RECURRING = re.compile(r"每年(?!度)|\b(?:each|every|per)\s+year\b|\bannually\b", re.I)

# The next of a list of caps, told in parallel (…上限為港幣32,000元，碩士則為港幣26,000元).
_PARALLEL_CAP = re.compile(r"(?:则|則|亦|也|均)\s*(?:为|為|是)\s*" + CURRENCY_NAME + "$")
_CAP_WORDS = re.compile(r"上限|最高|最多|不超过|不超過", re.I)

# A present-tense verb of a state after a figure in its sentence's subject ("The
# 220,000-square-foot centre, on a 6-acre site, represents an investment of US$140 million"):
# the figures that describe what holds it now are of the same day.
_STATE_AFTER = re.compile(
    r"[^.;:!?，。；]{0,120}?(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)\b(?:represents|employs|hosts|houses"
    r"|accommodates|is\s+(?:now\s+)?home\s+to|are\s+(?:now\s+)?home\s+to)\b",
    re.I,
)

# The period a report covers, said in its own words (截至报告期末, 报告期内, 本报告期, "at the end
# of the reporting period"), and a report named with its period (披露2026年第三季度报告,
# 2026年半年度报告).
_REPORTING_PERIOD = re.compile(r"报告期|報告期|\b(?:the|this)\s+reporting\s+period\b", re.I)
_NAMED_REPORT = re.compile(
    r"((?:\d{4}|(?<!\d)1[0-4]\d)\s*年\s*(?:度\s*)?(?:第?\s*[一二三四1-4]\s*季度?|[上下]半年|前三季度|半年度)?)"
    r"\s*(?:的)?\s*(?:报告|報告|季报|季報|半年报|半年報|年报|年報)"
    # 三季报, 半年报, 中报 without a year: the last such period before the page's day.
    r"|(?<![\d年])(?P<quarter>[一二三四1-4])\s*季\s*(?:报|報)|(?<![\d年度])(?P<half>半年|中)\s*(?:报|報)"
    # "its third-quarter report for 2026", "Q3 2026 results", "the 2026 interim report".
    r"|\b(?P<en_q>first|second|third|fourth)[-\s]quarter\s+(?:report|results)\s+(?:for\s+)?"
    r"(?P<en_q_year>\d{4})\b|\bQ(?P<q>[1-4])\s*(?P<q_year>\d{4})\s+(?:report|results)\b"
    r"|\b(?P<interim_year>\d{4})\s+(?:interim|half-year(?:ly)?)\s+(?:report|results)\b",
    re.I,
)


def _report_period_end(found: re.Match[str], page_date: str | None, calendar: str) -> str | None:
    """The last day of the period a report named by ``found`` covers (a quarter named without
    its year: the last one ended before the page's day)."""
    quarter = found["quarter"] or found["q"]
    if found["en_q"]:
        quarter = str(("first", "second", "third", "fourth").index(found["en_q"].lower()) + 1)
    year = found["en_q_year"] or found["q_year"]
    if found["interim_year"]:
        return f"{found['interim_year']}-06-30"
    if quarter is None and found["half"] is None:
        # 2026年第三季度报告; a 半年度报告 covers the first half.
        said = re.sub(r"半年度$", "上半年", found[1].strip())
        date = find_date("ref_date", said, calendar=calendar)
        return str(date) if date else None
    if year is None:
        if page_date is None:
            return None
        year = page_date[:4]
    if quarter is None:
        end = f"{year}-06-30"  # 半年报, 中报: the first half
    else:
        number = "一二三四".find(quarter) + 1 or int(quarter)
        end = f"{quarter_end(int(year), number):%Y-%m-%d}"
    if page_date is not None and end > page_date and not (found["en_q_year"] or found["q_year"]):
        end = f"{int(end[:4]) - 1}{end[4:]}"  # 三季报 in February: last year's third quarter
    return end


# A plan's time (规划, "planned", "plans to"), which no tense makes a tally.
_PLANNED = re.compile(r"规划|規劃|\bplanned\b|\bplan(?:s|ned)?\s+to\b", re.I)

# After the base of a comparison ("up from CNY 58.1 billion a year earlier", "up from 412 in
# the previous academic year"): the base is of the period a year before the figure's own.
_YEAR_EARLIER = re.compile(
    r"\s*(?:a\s+year\s+(?:earlier|before|ago)|in\s+the\s+(?:previous|preceding|prior)\s+"
    r"(?:(?:academic|financial|fiscal|school)\s+)?year)\b",
    re.I,
)

# The end of a change told with dates at both ends ("decreased from 64.2% as at 31 December
# 2024 to 58.9% as at 31 December 2025", "grew from 42 million in 2019 to 188 million by
# 2025"): the figure after "to" is of the date right after it.
_CHANGE_END = re.compile(r"\bfrom\b[^;；。]*\bto\s+(?:\S+\s+){0,2}?$", re.I)
_DATE_AFTER = re.compile(
    r"\s*(?:as\s+(?:at|of)|in|by|at(?:\s+the)?\s+end\s+of|at)\s+[^,;，；。]{4,30}", re.I
)

# A year that opens a goal sentence (2026年全区…), not a month or a day of it.
_SENTENCE_YEAR = re.compile(
    r"(?<![\d.,])(\d{4})\s*年(?![\d度]|\s*\d{1,2}\s*月)"
    # "For 2025 alone, the plan sets a goal of ...": the English goal sentence's year.
    r"|\bfor\s+(\d{4})\b(?!\s*[-–—/]\s*\d)",
    re.I,
)

# Dates listed before 分別為 / "respectively" (2022/23、2023/24及2024/25財政年度): the
# list's items, the last of which carries the word (年, 年度, 財政年度) all of them share.
# Each item may carry its own word (2023年、2024年、2025年及2026年1-6月: the last a part-year),
# and a count of the items may stand before the shared word (2024/25及2025/26兩個財政年度).
_DATE_ITEM = (
    r"(?<![\d.,])\d{4}(?:\s*[/／-]\s*\d{2,4})?"
    r"(?:\s*年(?:度|\s*(?:1|一)\s*[-—–~至到]\s*\d{1,2}\s*月)?(?!\s*[/／-]?\s*\d))?"
)
_DATE_LIST = re.compile(
    rf"((?:{_DATE_ITEM}\s*(?:、|,|，|及|和|与|與|and)\s*)+{_DATE_ITEM})"
    r"\s*(?:[兩两二三四五六七八九十\d]{1,2}\s*[個个]\s*)?"
    r"(財政年度|财政年度|年度|年|financial\s+years|)",
    re.I,
)

# A sentence that opens with a span of so many years (三年间, 这三年来, "Over these three
# years") points back to the span of years the text named just before (2023年至2025年):
# its facts are dated at that span's end when the counts agree.
_YEARS_BACK = re.compile(
    r"\s*(?:这|這|此)?([二两兩三四五六七八九十]|\d{1,2})\s*年(?:间|間|来|來|中|里|裡)"
    r"|\s*(?i:over|during|in)\s+(?i:these|those|the)\s+(two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+years\b"
)
_YEAR_SPAN = re.compile(
    r"(?<!\d)(\d{4})\s*年?\s*(?:至|到|[-—–~]|\bto\b)\s*(\d{4})\s*年?(?!\d)", re.I
)
_SPAN_COUNTS = (
    {w: i for i, w in enumerate("一二三四五六七八九十", 1)}
    | {"两": 2, "兩": 2}
    | {w: i for i, w in enumerate("two three four five six seven eight nine ten".split(), 2)}
)

# A goal's period named by reference to one the text gave before it.
_EARLIER_SPAN = re.compile(
    r"\b(?:over|during|in|within)\s+the\s+same\s+period\b"
    r"|\b(?:by|at|before)\s+the\s+end\s+of\s+the\s+"
    r"(?:award|grant|programme|program|project|scheme|funding|period)\b",
    re.I,
)

# Until a date (延長至116年底, "extended until 2028"), not as of it (截至).
_UNTIL = re.compile(
    r"(?<!截)(?<!截止)(?:至|到)\s*(?:民國|民国)?\s*\d{2,4}\s*年|\b(?:until|till)\b"
    r"|\b(?:extended|prolonged)\s+(?:to|through)\b",
    re.I,
)

# "Over the forecast horizon, staff expect …": a forecast to the end of the horizon the text
# named before ("The projections in this Report run to the end of 2028.").
_HORIZON = re.compile(
    r"\b(?:over|within|across|during|by\s+the\s+end\s+of)\s+the\s+"
    r"(?:forecast|projection|outlook)\s+(?:horizon|period)\b",
    re.I,
)
_HORIZON_END = re.compile(
    r"\b(?:to|through|until|till|into)\s+(?:the\s+end\s+of\s+|end-)?(\d{4})\b(?!\s*[-–—/]\s*\d)",
    re.I,
)

# The words right after the start of a change, up to where its end is told ("52 today to
# 80", "52 now, and"): they may date the start.
_BASE_WORDS_AFTER = re.compile(
    r"[^，,；;。]{0,24}?(?=\bto\b|增至|增加到|提高到|提升至|至|到|[，,；;。]|$)"
)

# A later part that schedules a project (預計116年第3季動工, "is due to open in 2028"): the
# project's figures before it are stated, not due.
_SCHEDULE = re.compile(
    r"(?:預計|预计|計劃|计划|擬|拟|將|将|預定|预定)[^，,。；;]{0,12}?"
    r"(?:動工|动工|開工|开工|完工|竣工|建成|落成|投產|投产|啟用|启用|營運|运营|開幕|开幕)"
    r"|\b(?:is|are)\s+(?:scheduled|due|expected|set)\s+to\s+(?:open|start|begin|complete|be\s+completed)\b"
    r"|\b(?:is|are)\s+scheduled\s+for\b",
    re.I,
)

# A sentence that tells its own time though it names no date: now (现有, 目前), a period
# from a start (“十四五”以来, since 2020), or a plan's figure (规划面积, planned).
# 围绕上述目标, "to meet these goals": a heading pointing back to the goals set above it.
_GOALS_ABOVE = re.compile(
    r"(?:上述|以上|前述|这些|這些)\s*(?:主要)?(?:预期)?(?:預期)?目[标標]"
    r"|\b(?:these|the\s+above|those)\s+(?:goals|targets|objectives)\b",
    re.I,
)

_DIGIT = re.compile(r"\d")

# 自成立以來累計…, "since its launch": a total over a span from a start, not of the period a
# heading above names (undated, as a since-year is).
_SINCE = re.compile(r"以来|以來|\bsince\b", re.I)

# A batch a notice announces (本批次, 本批, 2026年第四批, "this batch"): of the notice's date.
_BATCH = re.compile(
    r"本批次?|[该該此]批次?|第\s*[一二三四五六七八九十\d]{1,3}\s*批(?!准)|\bthis\s+(?:batch|tranche)\b",
    re.I,
)

# The terms of a scheme (对上年度研发费用增长的企业，按增量部分的10%给予奖励; 對首次獲認定的企業，
# 給予一次性獎勵30萬元): a rule, whose figures are of no date; the year it names (上年度) tells
# which spending counts, not when a figure was seen.
_SCHEME_TERMS = re.compile(
    r"\s*(?:[对對凡]|符合)[^。；;!?！？]{1,60}?(?:企业|企業|单位|單位|机构|機構|项目|項目|个人|個人"
    r"|团队|團隊|人才|者|的)\s*[，,]\s*(?:按|给予|給予|予以|可|每|一次性|最高|奖励|獎勵|补助|補助|资助|資助)"
)

# Money a budget sets for a period (编列预算, 預算安排, "has budgeted").
_BUDGETED = re.compile(r"编列|編列|预算安排|預算安排|\b(?:has|have)\s+budgeted\b", re.I)

# The rate a scheme pays, counted on a base: 按…的10%给予补助, 按实际投入的30%予以资助, "a
# subsidy of 10% of", "grants covering 30% of".
_RATE_BASIS = re.compile(r"(?:按|按照|依|依照)[^，,。；;]{0,30}$")
_RATE_GRANT = re.compile(
    r"\s*(?:给予|給予|予以|进行|進行)?\s*(?:补助|補助|资助|資助|奖励|獎勵|补贴|補貼|扶持|支持)"
)
_RATE_GRANT_BEFORE = re.compile(
    r"\b(?:subsid(?:y|ies)|grants?|rebates?|reimburse(?:ment|s)?|co-?funding)\s+"
    r"(?:of|covering|equal\s+to|worth)\s+(?:up\s+to\s+)?$",
    re.I,
)

# A paragraph opened by now (目前，…, 截至目前，, 现阶段, "At present, …", "Currently the …"): its
# later sentences tell of the same day, as its first does.
_NOW_OPENING = re.compile(
    r"[ \t\u3000]*(?:截至|截止|到)?\s*(?:目前|当前|當前|现时|現時|现阶段|現階段|现在|現在)"
    r"|[ \t\u3000]*(?:At\s+present|Currently|To\s+date|So\s+far)\b"
    r"|[ \t\u3000]*(?:Today|As\s+of\s+today)\s*,",
    re.I,
)

_OWN_TIME = re.compile(
    r"现有|現有|以来|以來|规划|規劃|\bsince\b|\bplanned\b|\bplan(?:s|ned)?\s+to\b",
    re.I,
)

# A present-tense verb of a state right before a figure: having, holding, employing,
# running or taking in ("represents 86 member companies", "employ more than 42,000 people",
# "hold investments of about EUR 9.5 billion", "is home to 300 firms", "now hosts 14
# facilities", "operates 12 labs", "there are 40 incubators"); not a perfect ("has brought in
# 25,000 graduates"), nor an extent ("covers", "spans", "measures": a size states no date).
_STATE_VERBS = (
    r"has|have|hosts?|houses?|represents?|employs?|holds?|counts?|totals?|owns?|operates?"
    r"|runs?|manages?|oversees?|accommodates?|includes?|contains?|comprises?|boasts?"
    r"|features?|numbers?|serves?|supports?|maintains?|keeps?|offers?|provides?|gathers?"
    r"|brings?\s+together|(?:is|are)\s+(?:now\s+)?home\s+to|stands?\s+at"
    r"|there\s+(?:is|are)(?:\s+now)?"
    # "China accounts for 27% of our revenue", "make up about 12%": a share held now.
    r"|accounts?\s+for|makes?\s+up"
)
_PRESENT_HOLDING = re.compile(
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)"
    r"(?<!\bmust\s)(?<!\bshould\s)"
    rf"\b(?:{_STATE_VERBS})\s+"
    r"(?:(?!(?:been|brought|built|set|won|grown|become|made|spent|risen|drawn|seen|taken|given"
    r"|sold|paid|got|gotten|led|put|run|kept|held|found|sent|lost)\b|\w+ed\b)[A-Za-z-]+\s+){0,3}"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|€|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?$"
    # 拥有国家级研发平台18个 (has, holds; not 拥有量, an amount a goal sets, nor 将拥有).
    r"|(?<![将將要会會])(?:拥有|擁有)(?!量)[^，,。；;]{0,30}$",
    re.I,
)

# "has approved subsidies for some 4,700", "have attracted 65": a tally to date, told in the
# present perfect (the verb right before the figure's own words, no "since" or date); a
# change ("has increased to", "has risen by") is no tally.
_PERFECT_TALLY = re.compile(
    r"\b(?:has|have)\s+(?:already\s+)?(?!(?:been|risen|fallen|grown|increased|decreased|declined"
    r"|dropped|climbed|rose|reached)\b)[a-z]+ed\b[^.;,]{0,40}$",
    re.I,
)

_RESPECTIVELY = re.compile(r"分別|分别|\brespectively\b", re.I)


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
    masked = Boundaries(NOT_QUANTITIES, text)
    slogans = Boundaries(SLOGANS, text)
    # Figures and their evidence are read in the text as written; dates and kinds in a
    # reading of the same length where 去(113)年 says 113年.
    written, text = text, read_bracketed_years(text, calendar)
    sentences = Boundaries(SENTENCE_END, text)
    clauses = Boundaries(CLAUSE_END, text)
    scopes = Scopes(text, calendar)
    leads: dict[int, tuple[bool, str | None]] = {}
    page_year, page_date = find_page_date(text, calendar)
    titled, covers, covered = find_report_year(text, calendar)
    if titled is None:
        # The period a report's opening says it covers ("For the year ended … (the "Year")").
        titled, covers, covered = find_report_period(text, calendar)
    # The year that 全年, 年末, "this year" name: a report's own year, else the page's.
    this_year = titled or page_year
    note_period = find_note_period(text, page_year, page_date) or find_title_period(text, calendar)
    plan_end = find_plan_end(text, calendar)
    plan_ends = find_plan_ends(text)
    last_ref: str | None = None
    # The paragraph (a line) and date of the last dated fact told.
    paragraphs = Boundaries(PARAGRAPH_END, text)
    para_ref: tuple[int, str] | None = None
    # Where the last figure told of now (现有, "we have", 目前) stands: its sentence's start and
    # its end in the sentence.
    now_told: tuple[int, int] | None = None
    rows: list[Candidate] = []
    # Where each goal with a deadline stands, in order, and its deadline.
    goal_deadlines: list[tuple[int, str]] = []
    # The rows of figures in the title block (a headline restating the body's figures).
    headline_rows: list[int] = []
    # A table written as lines (指标名称　2025年　2030年): each value is of its column's year,
    # in its row's unit; nothing else on its rows is a figure.
    cells = {c.figure.start: c for c in find_table_cells(written, calendar)}
    row_spans = sorted({(c.row_start, c.row_end) for c in cells.values()})
    goal_cells = find_goal_cells(written)
    goal_starts = [c.row_start for c in goal_cells]

    def in_rows(at: int) -> bool:
        i = bisect.bisect_right(row_spans, (at, len(written))) - 1
        return i >= 0 and row_spans[i][0] <= at < row_spans[i][1]

    figures = sorted(
        [
            f
            for f in carry_qualifiers(find_figures(written, calendar), written)
            if not in_rows(f.start)
        ]
        + [c.figure for c in cells.values()],
        key=lambda f: f.start,
    )
    for figure in figures:
        cell = cells.get(figure.start)
        if cell is not None and cell.figure is figure:
            rows.append(_table_row(cell, cells, written, source, page_date))
            continue
        if masked.overlaps(figure.start, figure.end) or not is_quantity(figure, written):
            continue
        # A numeral inside a short quoted name (“九个有”, 「產學研1+計劃」) is part of it.
        if (figure.numeral != "arabic" or figure.unit is None) and slogans.overlaps(
            figure.start, figure.end
        ):
            continue
        if figure.numeral == "word" and figure.unit is None and in_title(text, figure.start):
            continue  # "Two models of a science city": a headline's words, not a count
        # A sentence longer than the window is read in windows aligned to multiples of it,
        # so that the figures of one window share one reading (periods.py and scopes.py
        # cache their readings by text).
        s_lo, s_hi = sentences.around(
            figure.start,
            figure.end,
            max(0, (figure.start // WINDOW - 1) * WINDOW),
            min(len(text), (figure.end // WINDOW + 2) * WINDOW),
        )
        c_lo, c_hi = clauses.around(figure.start, figure.end, s_lo, s_hi)
        evidence = written[c_lo:c_hi]
        lead = len(evidence) - len(evidence.lstrip())
        evidence, c_lo = evidence.strip(), c_lo + lead
        sentence = text[s_lo:s_hi]
        rel = figure.start - s_lo
        period = scopes.period_of(figure.start)
        is_target, deadline = find_kind(
            text,
            figure.start,
            sentence,
            rel,
            scopes,
            sentences,
            leads,
            calendar,
            (page_year, page_date),
        )
        if not is_target and (
            due := find_completion_deadline(text, s_lo, rel, scopes.line_start(s_lo), calendar)
        ):
            # 預計2029年落成。大樓落成後將提供約500個…: what the work will do once finished is a
            # goal of the completion's date (one already past is no goal: see below).
            is_target, deadline = True, due
        if (
            not is_target
            and plan_end
            and page_year
            and plan_end >= page_year
            and _PLAN_YEARS_TOTAL.search(find_segment(sentence, rel))
            and not says(DONE_WORDS, sentence)
            # “十四五”期间五年累计, 2021年以来: a span of its own, not the plan's years.
            and not re.search(r"以来|以來|期间|期間|时期|時期|\bsince\b", sentence, re.I)
            and find_date("ref_date", blank_other_dates(sentence), calendar=calendar) is None
        ):
            # 三年累计安排…不少于120亿元 in a plan for 2026—2028: what the plan's years are to
            # add up to is a goal by the plan period's end.
            is_target = True
            deadline = Date(f"{plan_end}-12-31", f"a total over the plan's years to {plan_end}")
        labelled = find_column_label(sentence, rel)
        if labelled is not None:
            # 2025年基数3.82%，2030年目标4.5%: an indicator's row written as one line, each
            # value labelled by its year and what it is (a base year's fact, a goal).
            is_target = labelled[0]
            deadline = (
                Date(f"{labelled[1]}-12-31", f"labelled {labelled[2]!r}") if is_target else None
            )
        heading = scopes.heading_of(figure.start)
        if (
            is_target
            and deadline is None
            and plan_end
            and heading is not None
            and EXPECTED_HEADING.search(text[heading[0] : heading[1]])
        ):
            # 三、預期效益 of a plan running 115年至119年: what the plan expects to bring about,
            # with no year of its own, is due by the plan period's end.
            deadline = Date(f"{plan_end}-12-31", f"the end of the plan's period to {plan_end}")
        if is_target and deadline is None and says(PLAN_END, sentence):
            # The plan named last before the sentence, else the one near the top.
            at = bisect.bisect_left(plan_ends, (s_lo, ""))
            last = plan_ends[at - 1][1] if at else plan_end
            if last:
                deadline = Date(f"{last}-12-31", f"the end of the plan's period to {last}")
        if is_target and deadline is None and says(_EARLIER_SPAN, sentence):
            # "over the same period", "by the end of the award": the span of years the text
            # named last before the sentence ("to be disbursed over 2026-2029").
            spans = list(_YEAR_SPAN.finditer(text, max(0, s_lo - 2 * WINDOW), s_lo))
            if spans:
                last_span = spans[-1]
                deadline = Date(
                    f"{last_span[2]}-12-31", f"the end of {last_span[0].strip()} named before"
                )
        if (
            not is_target
            and says(_HORIZON, sentence)
            and FORECAST_WORDS.search(find_statement(sentence, rel))
        ):
            ends = list(_HORIZON_END.finditer(text, max(0, s_lo - 2 * WINDOW), s_lo))
            if ends:
                is_target, deadline = (
                    True,
                    Date(
                        f"{ends[-1][1]}-12-31", f"the horizon {ends[-1][0].strip()!r} named before"
                    ),
                )
        if (
            is_target
            and deadline is None
            and scopes.document_year
            and scopes.heading_of(figure.start) == scopes.document
        ):
            # 一季度完成全年任务的20% in a statement of 2027's goals: the quarter of that year.
            deadline = find_relative_deadline(sentence, scopes.document_year, rel, None, calendar)
        if is_target and deadline is None and page_year:
            deadline = find_relative_deadline(
                sentence, page_year, rel, page_date, calendar
            )  # "next year"
        # The base a goal is compared with (較2024年的1.1%, "against about 55,000 at the end
        # of 2025") is a fact of its own date.
        base = _BASE_BEFORE.search(sentence, max(0, rel - 40), rel) or _BASE_BEFORE.search(
            sentence, max(0, rel - 64), rel
        )
        base_date = None
        start_of_change = None
        opened = _FROM_BEFORE.search(sentence, max(0, rel - 40), rel)
        if opened and is_target and (base is None or base["to_from"] is not None):
            # "from 12 companies today to at least 50 by the end of 2027", 从目前的12家扩大到50家:
            # the start of the change a goal sets is a fact, of the date its own words give.
            start_of_change = _TO_AFTER.match(sentence, figure.end - s_lo)
        if opened and start_of_change is not None:
            said = opened[0] + start_of_change[1]
            is_target, deadline = False, None
            base_date = find_date("ref_date", said, calendar=calendar)
            if base_date is None and page_date and _NOW_WORDS.search(said):
                base_date = Date(page_date, "the start of the change, now: the page's date")
        elif base is not None and base["to_from"] is not None:
            # The start of a change told after its end: dated by its own words after it.
            after = _DATE_AFTER.match(sentence, figure.end - s_lo)
            base_date = find_date("ref_date", after[0], calendar=calendar) if after else None
            is_target, deadline = False, None
        elif base is not None:
            is_target, deadline = False, None
            base_date = find_date("ref_date", base[0], calendar=calendar)
            if base["last_year"] and page_year:
                base_date = Date(f"{int(page_year) - 1}-12-31", "去年 counted from the page's date")
        if base is not None and base_date is None and page_date:
            # "to 80 by 2028 from 52 today": a start told of now is of the page's day, not of
            # the goal's deadline.
            after = _BASE_WORDS_AFTER.match(sentence, figure.end - s_lo)
            if after is not None and says_now(after[0]):
                base_date = Date(page_date, f"{after[0].strip()!r}: the page's own date")
        if (
            is_target
            and deadline is None
            and heading is not None
            and page_year
            and not says(_PAGE_YEAR, sentence)
        ):
            # 二、2027年工作计划, 明年，我局将重点做好以下工作： a goal under a heading that names
            # its year (or one relative to the page: 明年, next year) is due by that year's end;
            # so is 全年 in it (the plan's whole year, not the page's).
            deadline = find_heading_deadline(
                text[heading[0] : heading[1]], page_year, page_date, calendar
            )
        if (
            is_target
            and deadline is None
            and this_year
            and (
                says(_THIS_YEAR, sentence)
                or (heading is not None and _THIS_YEAR.search(text[heading[0] : heading[1]]))
            )
        ):
            deadline = f"{this_year}-12-31"  # 全年, 今年的主要目标: the report's or page's year
        if (
            is_target
            and deadline is None
            and heading is not None
            and _GOALS_ABOVE.search(text[heading[0] : heading[1]])
        ):
            # 围绕上述目标，重点抓好以下工作：the work listed under a heading that points back
            # to the goals set just above it serves them, by their deadline.
            at = bisect.bisect_left(goal_deadlines, (heading[0], ""))
            if at and goal_deadlines[at - 1][0] >= heading[0] - 2 * WINDOW:
                deadline = Date(
                    goal_deadlines[at - 1][1],
                    "the deadline of the goals above it",
                )
        if is_target and deadline is None:
            # A goal sentence that names its year (2026年全区…预期增长5%左右): by its end.
            named = _SENTENCE_YEAR.search(blank_other_dates(sentence), 0, rel)
            year = (named[1] or named[2]) if named else None
            if named and year and (page_year is None or year >= page_year):
                deadline = Date(f"{year}-12-31", f"{named[0]} names the goal's year")
        if is_target and deadline is None:
            # 计划新建标准化厂房5万平方米，力争到2027年底入驻企业达到200家: a goal with no date
            # of its own, in a sentence that names one deadline after it, is due by that one.
            # (Its own part must plan it, 计划新建, 將新建, "plans to add": a plan's stated
            # area, 根據規劃…總面積約120公頃，預計…於2035年前落成, is due by no date.)
            later = blank_change_start(sentence[figure.end - s_lo :])
            years = {m[0] for m in _DEADLINE_YEAR.finditer(later)}
            if (
                len(years) == 1
                and not re.search(r"年代|\d0'?s\b", later)
                and _OWN_PLAN.search(find_segment(sentence[:rel], rel))
            ):
                deadline = find_date("deadline", later, calendar=calendar)
                if deadline is not None:
                    deadline = Date(str(deadline), "the one deadline its sentence names after it")
        if (
            is_target
            and deadline
            and page_date
            and str(deadline) < page_date
            and not _set_before(sentence, str(deadline))
        ):
            is_target, deadline = False, None  # no goal is set for a date already past
        budget = _BUDGET_BEFORE.search(sentence, max(0, rel - 24), rel)
        if budget is None and figure.unit in CURRENCIES:
            provided = _PROVIDED_MONEY.search(sentence, max(0, rel - 60), rel)
            if provided is not None and (
                find_date("deadline", find_segment(sentence, rel), calendar=calendar) is None
            ):
                budget, is_target, deadline = provided, False, None
        if budget is None and not is_target and figure.unit in CURRENCIES:
            budget = _SET_ASIDE.search(sentence, max(0, rel - 16), rel)
        if (
            is_target
            and budget is not None
            and not (deadline and page_year and str(deadline)[:4] >= page_year)
        ):
            # 預算為100億元, "with a budget of HK$10 billion": money a policy sets, with no
            # date ahead to reach it by, is a fact of the policy, undated (as a cap is).
            is_target, deadline = False, None
        ref_date = None
        span_start = False
        if (
            budget is not None
            and not is_target
            and find_date("ref_date", find_segment(sentence, rel), calendar=calendar) is None
        ):
            pass  # undated: the policy's money (a budget of its own year, 2025年度預算, is dated)
        elif start_of_change is not None:
            ref_date = base_date  # dated by its own words only
        elif not is_target:
            blanked = blank_other_dates(sentence)
            ref_date = base_date or find_own_date("ref_date", blanked, rel, calendar)
            own_part = find_segment(blanked, rel) if rel < len(blanked) else ""
            if (
                ref_date
                and base_date is None
                and page_year
                and find_date("ref_date", own_part, calendar=calendar) is None
            ):
                # "As at 30 November 2026, …, and occupancy was 93.5 percent at the end of
                # October": the figure's own part names its month or period, in the year of
                # the date another part of the sentence states (2024年，…其中3月份: 2024).
                ref_date = (
                    find_relative_date(own_part, str(ref_date)[:4], page_year, page_date)
                    or ref_date
                )
            semi = max((m.end() for m in SEMICOLON.finditer(blanked, 0, rel)), default=0)
            # Nor does a date after the next semicolon date it (…同比增长9.6%；其中3月份…).
            stop = next((m.start() for m in SEMICOLON.finditer(blanked, rel)), len(blanked))
            told = blanked[:stop]
            if semi and base_date is None and page_year:
                # A semicolon ends a statement: one that gives its own date relative to the
                # page (；截至本年6月底，…) is not dated by a year told before the semicolon.
                statement = blanked[semi:stop]
                if find_own_date("ref_date", statement, rel - semi, calendar) is None:
                    ref_date = (
                        find_relative_date(statement, this_year or page_year, page_year, page_date)
                        or ref_date
                    )
            if (
                ref_date is None
                and _REPORTING_PERIOD.search(told)
                and (
                    reports := list(
                        _NAMED_REPORT.finditer(text, max(0, s_lo - 2 * WINDOW), figure.start)
                    )
                )
            ):
                # 陆续披露2026年第三季度报告。…报告显示，截至报告期末，…出租率为89.6%: the end
                # of the period the report named before covers (not the day of the story).
                report_end = _report_period_end(reports[-1], page_date, calendar)
                if report_end:
                    ref_date = Date(
                        str(report_end), f"the reporting period of {reports[-1][0].strip()!r}"
                    )
            period = period or note_period
            if (
                ref_date is None
                and period is not None
                and (not _SINCE.search(told) or scopes.period_is_as_of(figure.start))
            ):
                # A line that names only a period ("2025年上半年", "In 2025:") dates the facts
                # told under it without a date of their own, up to the next heading.
                ref_date = find_relative_date(told, period[:4], page_year, page_date) or Date(
                    period, f"the period to {period} that the heading above names"
                )
            elif ref_date is None and covers and titled:
                # A report of the period it covers: 上年 is the year before that one, and a
                # fact it tells without a date (年末, 全年, or none at all) is of that period.
                # The figure's own part first: 本年新收…86件，上年结转4件 (上年 is 4件's).
                own_part = find_segment(told, rel) if rel < len(told) else ""
                ref_date = (
                    find_relative_date(own_part, titled, page_year, page_date)
                    or (
                        Date(covered, f"{this[0]} of the period to {covered} the title names")
                        if (this := _REPORT_PERIOD.search(own_part))
                        else None
                    )
                    or find_relative_date(told, titled, page_year, page_date)
                    or Date(covered, f"the period to {covered} that the report's title names")
                )
            elif ref_date is None and last_ref and _SAME_TERM.search(blanked):
                # 同一學年, 學年內, 本學年: the academic year of the fact told before it.
                ref_date = Date(str(last_ref), "the academic year of the fact before it")
            elif ref_date is None and (back := _years_back(text, s_lo, sentence)):
                ref_date = back
            elif ref_date is None and last_ref and _SAME_TERM_BEFORE.search(blanked):
                # "We signed 38 new leases in the quarter", "at quarter-end": the quarter (or
                # period) of the fact told before it.
                ref_date = Date(str(last_ref), "the period of the fact told before it")
            elif (
                ref_date is None
                and last_ref
                and _SPAN_BEFORE.match(blanked)
                and _FROM_BARE.search(sentence, max(0, rel - 8), rel)
                and (
                    first := _FIRST_YEAR.search(
                        text, max(0, text.rfind("\n", 0, s_lo), s_lo - WINDOW), s_lo
                    )
                )
            ):
                # 2015年，…；到2025年末，…。同一时期，…比重从3.1%提高到4.6%: the start of the change
                # is of the start of the span told before (its first year), the end of its end.
                ref_date = Date(f"{first[1]}-12-31", "the start of the span told before")
                span_start = True
            elif (
                ref_date is None
                and last_ref
                and _SAME_SPAN.search(find_segment(blanked, rel) if rel < len(blanked) else "")
            ):
                ref_date = Date(str(last_ref), "over the same period as the fact told before it")
            elif ref_date is None and last_ref and _SAME_DATE.search(blanked):
                ref_date = Date(str(last_ref), "the date of the fact told before it")
            elif (
                ref_date is None
                and last_ref
                and says(_THAN_SAME_PERIOD, sentence)
                and (
                    page_year is None
                    or find_relative_date(told, page_year, page_year, page_date, calendar) is None
                )
            ):
                # "7.8% more than in the same period of 2025", 比2025年同期: the base's period
                # a year back, so the figure is of the period the fact before told of.
                ref_date = Date(str(last_ref), "the period of the fact before, against its base")
            elif ref_date is None and last_ref and _ON_PERIOD.search(blanked):
                # "rents rose 3.5% quarter on quarter", 环比增长: a change with no date of its
                # own, of the period the fact before told of.
                ref_date = Date(str(last_ref), "a change of the period of the fact before")
            elif ref_date is None and last_ref and _SAME_YEAR.search(blanked):
                # 同年, "that same year": the year of the fact told just before.
                ref_date = Date(f"{str(last_ref)[:4]}-12-31", "the year of the fact before it")
            elif ref_date is None and page_year:
                own_part = find_segment(told, rel) if rel < len(told) else ""
                if _WHOLE_YEAR.search(own_part):
                    # …今年前10月營業額達…，全年營業額可望突破1兆3,500億元: the figure's own part
                    # names the whole year (a forecast of it, below, while it runs).
                    ref_date = Date(f"{this_year or page_year}-12-31", "全年 of the page's year")
                else:
                    # The figure's own part before it first: …目前已有…，去年園區營業額達1,350億元
                    # (去年 is the turnover's year, 目前 another part's); what follows the
                    # figure may be its base ("down 2.1 points from the end of March").
                    ref_date = find_relative_date(
                        find_segment(told[:rel], rel), page_year, page_year, page_date, calendar
                    ) or find_relative_date(told, page_year, page_year, page_date, calendar)
                if (
                    ref_date is not None
                    and page_date
                    and str(ref_date)[:4] < page_date[:4]
                    and _SO_FAR_THIS_YEAR.search(own_part)
                ):
                    # "Nine firms have listed on the board this year, up from four in all of
                    # last year": the figure's own part runs the year to the page's day (last
                    # year is the base's).
                    ref_date = Date(page_date, "a running total of the year: the page's date")
                if ref_date is None and page_date and _SO_FAR_THIS_YEAR.search(told):
                    ref_date = Date(page_date, "a running total of the year: the page's date")
                if ref_date is None and page_date and _ALREADY.search(told):
                    # 已有12位教授…進駐 with no date at all: a state as of the page's day.
                    ref_date = Date(page_date, "已有 with no date: as of the page's date")
                if ref_date is None and page_date and stated_then_scheduled(sentence, rel, False):
                    # 開發面積約45公頃，…，預計116年第2季動工: a project's size, stated with no
                    # date before the work it schedules, is a fact of the day it is stated.
                    ref_date = Date(page_date, "a project's stated size: of the page's date")
                if (
                    ref_date is None
                    and page_date
                    and _PRESENT_HOLDING.search(find_segment(sentence[:rel], rel))
                    # ("has operated in Suzhou since 2008 and employs about 2,400 people": the
                    # span is the other part's.)
                    and not says(_OWN_TIME, find_segment(sentence, rel))
                ):
                    # "The working group represents 86 member companies …, which together
                    # employ more than 42,000 people": what a body has, holds or employs, told
                    # in the present, is as of the page's day (not an extent: "covers 96
                    # square kilometres" states no date).
                    ref_date = Date(page_date, "told in the present: as of the page's date")
                if (
                    ref_date is None
                    and page_date
                    and _STATE_AFTER.match(told, figure.end - s_lo)
                    and not says(_OWN_TIME, sentence)
                    and not FORECAST_WORDS.search(find_statement(sentence, rel))
                ):
                    ref_date = Date(page_date, "the subject of a present state: the page's date")
                if (
                    ref_date is None
                    and page_date
                    and figure.unit not in CURRENCIES
                    and _PERFECT_TALLY.search(find_segment(sentence[:rel], rel))
                    and not says(_OWN_TIME, sentence)
                ):
                    # "the scheme has approved subsidies for some 4,700 businesses": a tally
                    # told in the present perfect, with no date, runs up to the page's day.
                    ref_date = Date(page_date, "a tally to date (has approved): the page's date")
                if (
                    ref_date is None
                    and page_date
                    and not says(_PLANNED, sentence)
                    and not FORECAST_WORDS.search(find_statement(sentence, rel))
                    and (
                        # (Money before a noun sizes it: "the HK$500 million scheme has
                        # approved" tells the scheme's act, not a tally of the money.)
                        (
                            figure.unit not in CURRENCIES
                            and _SUBJECT_PERFECT.match(told, figure.end - s_lo)
                        )
                        or (
                            # (since a year, blanked in ``told``: a span with no end, undated
                            # as the rounds' gold reads it; "since their debuts" names none)
                            _SINCE.search(told)
                            and _PERFECT_TALLY.search(find_segment(sentence[:rel], rel))
                        )
                        or _BRINGS_TO.search(sentence, max(0, rel - 120), rel)
                    )
                ):
                    # "At least six more firms have filed prospectuses", "shares have gained
                    # 38% since their debuts", "brings its total funding since 2020 to": a
                    # tally or a span since a start, told in the present (perfect), runs up to
                    # the page's day.
                    ref_date = Date(page_date, "told in the present perfect: the page's date")
                if (
                    ref_date is None
                    and page_date
                    and figure.unit not in CURRENCIES  # (每年安排10亿元: a budget's money)
                    and _RECURRING.search(own_part)
                    and not says(_PLANNED, sentence)
                    and not FORECAST_WORDS.search(find_statement(sentence, rel))
                    and not _SCHEME_TERMS.match(sentence)
                    and not scheme_money_before(sentence, rel)
                ):
                    # 基金每年接獲申請約600份: a yearly figure told without a date, as it runs
                    # on the page's day.
                    ref_date = Date(page_date, "a yearly figure with no date: the page's date")
            if (
                ref_date is None
                and page_date
                and (
                    _BATCH.search(told)
                    or (
                        (title := scopes.title_of(figure.start))
                        and _BATCH.search(text[title[0] : title[1]])
                    )
                )
            ):
                # 本批次共有87家企业获得奖励, 2026年第四批共有2,937家企业…现予公告入库: a batch the
                # notice announces is of the notice's date (the year in its name is no date).
                ref_date = Date(page_date, "a batch the notice announces: the notice's date")
            if ref_date is None and last_ref and says(_PREVIOUS_BASE, sentence):
                # "11 per cent higher than in the previous financial year", 較上一學年增加23%:
                # compared with the period before, so of the period of the fact told before it.
                ref_date = Date(
                    str(last_ref), "the period of the fact before it, which the base precedes"
                )
            policy_money = (
                figure.unit in CURRENCIES
                and bool(
                    scheme_money_before(sentence, rel)
                    # 上限為港幣32,000元，碩士則為港幣26,000元: the next cap of the same rule.
                    or (
                        _PARALLEL_CAP.search(find_segment(sentence[:rel], rel))
                        and _CAP_WORDS.search(sentence, 0, rel)
                    )
                )
            )
            if (
                policy_money
                and ref_date
                and not find_date("ref_date", find_segment(blanked, rel), calendar=calendar)
            ):
                # 政府於2023年10月宣布推出計劃，預算為100億元: money a policy, budget or scheme
                # sets (and a cap per project, 每個項目可獲最多1億元) is no count taken at a
                # date; the day the policy was announced is not its date (nor is the date of
                # a fact before it in its paragraph).
                ref_date = None
            if ref_date is not None and _SCHEME_TERMS.match(sentence):
                ref_date = None  # a scheme's terms: a rule, of no date
            if (
                ref_date is not None
                and figure.unit == "percent"
                and (
                    (
                        _RATE_BASIS.search(find_segment(sentence[:rel], rel))
                        and _RATE_GRANT.match(sentence, figure.end - s_lo)
                    )
                    or _RATE_GRANT_BEFORE.search(sentence, max(0, rel - 40), rel)
                )
            ):
                # 按上年度研发费用的10%给予补助, "a subsidy of 10% of the previous year's R&D
                # spending": the rate a scheme pays is its rule, of no date (上年度 names the
                # base each claim is counted on, not the rate's date).
                ref_date = None
            line = paragraphs.around(s_lo, s_lo, 0, len(text))
            if ref_date is None and base is None and (head := _headline_before(text, s_lo, line)):
                # 竹科114年營業額創新高 達新臺幣1兆6,280億元: a headline's part names the year of
                # the figure in the part after it (a space sets a headline's parts apart).
                own = find_date("ref_date", blank_other_dates(head), calendar=calendar)
                if own:
                    ref_date = Date(str(own), f"the headline's part {head.strip()!r} before it")
            if (
                ref_date is None
                and base is None
                and page_date
                and not policy_money
                and _SCHEDULE.search(sentence, figure.end - s_lo)
                and not _OWN_TIME.search(sentence, 0, len(told))
            ):
                # 通過…擴建案，使用園區土地約12.6公頃，…，預計116年第3季動工: a project's stated
                # size or investment, told with the schedule of the project (not a figure to
                # reach), is a fact of the day it is stated, the page's.
                ref_date = Date(
                    page_date, "a project's figure stated with its schedule: the page's date"
                )
            if (
                ref_date is None
                and base is None
                and not policy_money
                and para_ref is not None
                and (
                    para_ref[0] == (paragraph := line[0])
                    or (
                        paragraph > 0
                        and paragraphs.around(paragraph - 1, paragraph - 1, 0, len(text))[0]
                        == para_ref[0]
                        and _continues(text, para_ref[0], paragraph)
                        and says(DONE_WORDS, sentence)
                    )
                )
                and not _OWN_TIME.search(sentence, 0, len(told))
                and not says_now(told)
            ):
                # 2026年上半年，…增長6.2%。固定資產投資同比增長8.5%: a fact told without a date
                # in a paragraph whose earlier sentence dates its facts is of that date, and so
                # is one told as done in the numbered paragraph right after it (3. 截至2026年9月
                # 30日，… / 4. 獲資助團隊已…成立31家初創企業), which continues its count (not a
                # proposal: 92. 我建議…最高可獲5,000萬元 states no date); nor one told of
                # now (现有), of a period since a start (以来), or of a plan (规划面积).
                ref_date = Date(
                    str(para_ref[1]), "the date of the fact told before it in its paragraph"
                )
            if (
                ref_date is None
                and base is None
                and not policy_money
                and page_date
                and _NOW_OPENING.match(text, line[0])
                and not _OWN_TIME.search(sentence, 0, len(told))
                and not FORECAST_WORDS.search(find_statement(sentence, rel))
            ):
                # 目前，科技园在孵企业213家…。园区建成…公共服务平台14个: a paragraph opened by now
                # tells its later undated sentences of the same day, the page's.
                ref_date = Date(page_date, "in a paragraph opened by now: the page's date")
            if (
                ref_date is None
                and base is None
                and not policy_money
                and not _OWN_TIME.search(sentence, 0, len(told))
                and not says_now(told)
                and (
                    past := find_past_year(
                        text[max(line[0], s_lo - 2 * WINDOW) : figure.start], page_date
                    )
                )
            ):
                # 过去一年，我们…。新认定高新技术企业1136家: a paragraph opened with the year it
                # reviews (the past year, in a report given early in the next) dates its facts.
                ref_date = past
            if (
                ref_date is not None
                and str(ref_date) == page_date
                and para_ref is not None
                and para_ref[0] == line[0]
                and str(para_ref[1]) < page_date
                and _PAST_YEARS.search(told)
            ):
                # "(1) As at end of September 2026, … In the past three years, the Bureau
                # approved 2,960": the span runs up to the date its paragraph counts to, not
                # to the day of the reply.
                ref_date = Date(str(para_ref[1]), "the past years up to its paragraph's date")
            if (
                ref_date is not None
                and str(ref_date).endswith("-12-31")
                and _PREVIOUS_YEARS.search(find_segment(blanked, rel) if rel < len(blanked) else "")
            ):
                # "grew 6.5% last year, slower than the 9% it averaged in the previous five
                # years": the years before the one the sentence tells of, to the end of the
                # year before it.
                ref_date = Date(
                    f"{int(str(ref_date)[:4]) - 1}-12-31", "the years before the one told of"
                )
            if (
                ref_date is not None
                and str(ref_date) != page_date  # (stated today, a plan's size is of today)
                and figure.unit == "m^2"
                and _EXTENT.search(own_words := find_segment(before := blanked[:rel], rel))
                and _PHASE.search(own_words)
                and find_date("ref_date", before, calendar=calendar) is None
                and find_relative_date(before, page_year or "2000", page_year, page_date) is None
                and not says_now(before)
            ):
                # 第一期面積約42公頃，截至今年9月底已有38家廠商進駐: the area of a phase of a
                # plan is the plan's (as 规划面积 is), of no date; the date of a later part of
                # its sentence is that part's count, not the area's.
                ref_date = None
            if (
                base is None
                and page_date
                and not policy_money
                and now_told is not None
                and now_told[0] == s_lo
                and now_told[1] <= rel
                and str(ref_date or "") != page_date
                and _joins_now(blanked, now_told[1], rel, page_year, page_date, calendar)
            ):
                # 现有标准化厂房8.6万平方米，入驻企业132家; "we have more than 1,200 firms,
                # including 268 above designated size and 31 listed companies": the figures
                # listed after one told of now, in its sentence, with no date, tense or
                # semicolon of their own between, are of the same day (a year told before
                # the 现有, 于2019年建成投用, is an event's).
                ref_date = Date(page_date, "listed after a figure told of now: the page's date")
            end_rel = figure.end - s_lo
            if base is not None and ref_date and base["year_ago"]:
                ref_date = Date(_a_year_before(str(ref_date)), "the same period a year before")
            elif base is not None and ref_date and _YEAR_EARLIER.match(sentence, end_rel):
                # "up from 58.1 billion a year earlier": the base, a year before its figure.
                ref_date = Date(_a_year_before(str(ref_date)), "a year before the figure's date")
            elif base is None and _CHANGE_END.search(sentence, max(0, rel - 120), rel):
                after = _DATE_AFTER.match(sentence, end_rel)
                own = find_date("ref_date", after[0], calendar=calendar) if after else None
                if own:
                    ref_date = Date(str(own), "the date right after the end of the change")
            paired = _respective_date(blanked, rel, calendar)
            if paired is not None:
                ref_date = paired
            segment = find_segment(blanked, rel)
            same = _SAME_PERIOD.search(segment) if says(_SAME_PERIOD, segment) else None
            if same is not None:
                # "in the same period of 2024": that year's part of the sentence's period.
                ref_date = find_relative_date(blanked, same[1] or same[2]) or ref_date
            if base is not None and ref_date and page_date and str(ref_date) > page_date:
                # "will employ 650 by the end of 2028, up from about 180 at the existing lab":
                # the level a change to come starts from is seen now, never at the goal's date.
                ref_date = Date(page_date, "the start of a change to come: the page's date")
            if (
                ref_date
                and page_date
                and str(ref_date) > _a_year_after(page_date)
                and not says(DONE_WORDS, sentence)  # told as done: never a plan
            ):
                # Dated beyond any year (calendar or financial) running at the page's date:
                # expected or planned, never seen ("expects revenue of 120 billion yuan in
                # 2026", 預計於2027年第一季完成).
                is_target, deadline, ref_date = True, ref_date, None
            elif (
                ref_date
                and page_date
                and str(ref_date) > _a_year_after(page_date)
                and DONE_WORDS.search(part := find_segment(told, rel) if rel < len(told) else "")
                and _UNTIL.search(part)
            ):
                # Told as done, a fact is not of a date to come that its part runs until:
                # 三大方案實施期間已延長至116年底 names when the extended period will end, not
                # the date of the count (截至2024年底已建成, an as-of date, keeps its date).
                ref_date = None
            elif (
                ref_date
                and page_date
                and str(ref_date) > page_date
                and str(ref_date)[:4] == page_date[:4]
                and says_now(told[:rel])
                and not FORECAST_WORDS.search(find_statement(sentence, rel))
            ):
                # 日前，我县举办2026年科技成果对接会…达成合作意向27项: a fact the statement tells
                # of the page's own days is of the page's date, not of the end of the year a
                # name in it carries.
                ref_date = Date(page_date, "told of the page's own days (日前, so far)")
            elif ref_date and page_date and str(ref_date) > page_date:
                # Of a period still running at the page's date, what the statement expects
                # or will see is a forecast, a goal by the period's end (预计全年…可达152亿元,
                # "for the full fiscal year ending 31 March 2027 we now expect revenue of").
                statement = find_statement(sentence, rel)
                # A list's items take the words of the line that introduces it
                # (建議承擔額的預計現金流量需求如下： / 2026-27年度　4億5,000萬元).
                intro = find_list_lead(text, figure.start)
                # So is the money a budget sets for that period (115年度編列預算9.8億元 on a page
                # of 115): to be spent by the period's end.
                if (
                    FORECAST_WORDS.search(statement + intro) or _BUDGETED.search(statement)
                ) and not DONE_WORDS.search(statement):
                    deadline = last_joined(sentence, rel, ref_date, calendar)
                    is_target, ref_date = True, None
        if (
            rows
            and _OF_WHICH.match(sentence)
            and (
                is_target
                or (
                    ref_date is None
                    and not says(DONE_WORDS, sentence)
                    and not says_now(sentence)
                    and not (figure.unit in CURRENCIES and scheme_money_before(sentence, rel))
                )
            )
            and rows[-1].kind == "target"
            and rows[-1].deadline
            and s_lo - WINDOW <= rows[-1].start < s_lo
            and find_date("deadline", blank_other_dates(sentence), calendar=calendar) is None
        ):
            # 歲出規模為412.5億元(115年度)…。其中，…編列8.6億元，為本年度最大宗…: a sentence
            # opened by 其中 breaks down the goal told just before it, and is due when it is
            # (its 本年度 is that budget's year, not the page's).
            is_target, ref_date = True, None
            deadline = Date(rows[-1].deadline, "其中: a part of the goal told just before it")
        if is_target and figure.unit is None and written[figure.end : figure.end + 1] == "大":
            # 規劃三大推動策略，至119年達成下列目標: so many kinds of something (N大) name the
            # parts of the plan, a fact of it, undated; the goals are the figures listed after.
            is_target, deadline, ref_date = False, None, None
        if labelled is not None and not labelled[0]:
            # A base year's value is a fact of that year, whatever else the line says.
            is_target, deadline = False, None
            ref_date = Date(f"{labelled[1]}-12-31", f"labelled {labelled[2]!r}")
        elif labelled is not None:
            # A value labelled a goal stays one, of its year, though that year is past at the
            # page's date (2025年目标3%，2025年实际3.2%: the goal and the fact that meets it).
            is_target, ref_date = True, None
            deadline = Date(f"{labelled[1]}-12-31", f"labelled {labelled[2]!r}")
        tracked = _tracked_deadline(goal_cells, goal_starts, figure.start, calendar)
        status = _status_cell(goal_cells, goal_starts, figure.start)
        if tracked is not None:
            # Goal | Deadline | Status: a figure of the goal column is the goal as set, due at
            # its row's deadline, whether the status says met, on track or missed.
            is_target, deadline, ref_date = True, tracked, None
        elif status is not None:
            # A figure of the status column is a fact of the date its cell gives (2.7% in
            # 2025, 目前210家: the page's), never of the row's deadline.
            is_target, deadline = False, None
            ref_date = find_date("ref_date", status, calendar=calendar) or (
                (
                    find_relative_date(status, page_year, page_year, page_date, calendar)
                    or Date(page_date, "a tracker's status with no date: the page's date")
                )
                if page_year and page_date
                else None
            )
        date = deadline if is_target else ref_date
        if not is_target and page_date and str(ref_date or "") == page_date:
            now_told = (s_lo, figure.end - s_lo)
        if in_title(text, figure.start) or _in_headline(text, figure.start):
            headline_rows.append(len(rows))
        if is_target and deadline:
            goal_deadlines.append((figure.start, str(deadline)))
        if (
            not is_target
            and ref_date
            and base is None
            and start_of_change is None
            and not span_start
        ):
            # (The base of a comparison, 較去年同期的152家, is not the period told of.)
            last_ref = ref_date
            if str(ref_date) != page_date:
                # (The page's own day, of "now" or a present tense, is no date the paragraph
                # states for its other facts: "… employ 31,000 people. The zone covers 96
                # square kilometres" leaves the area undated.)
                para_ref = (paragraphs.around(figure.start, figure.end, 0, len(text))[0], ref_date)
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
    for at in headline_rows:
        restated = rows[at]
        if (
            restated.kind != "observation"
            or restated.ref_date is not None
            or not (_DIGIT.search(restated.figure) or restated.value >= 10)
        ):
            # (三大方案 in a headline names a programme; it restates no count. 逾九千名 does.)
            continue
        # "Cyberport community grows to over 2,300 companies" over "As at 30 June 2026, … more
        # than 2,300 …": a headline restating a figure of the body is of the body's date.
        body = next(
            (
                r
                for r in rows[at + 1 :]
                if r.kind == "observation"
                and r.ref_date
                and (
                    (r.value, r.unit, r.value_high)
                    == (restated.value, restated.unit, restated.value_high)
                    or _rounded_down(restated, r)
                )
            ),
            None,
        )
        if body is not None:
            rows[at] = replace(
                restated,
                ref_date=body.ref_date,
                date_note=f"ref_date: the headline restates {body.figure!r} of the body",
            )
    # Built as objects: pandas 3 would read a column of dates and None as strings and turn
    # the None into NaN, a float (which is true, so `row.ref_date or …` took it for a date).
    frame = pd.DataFrame([asdict(r) for r in rows], columns=list(EXTRACT_COLUMNS), dtype=object)
    return frame.astype({"value": "float64", "start": "int64"}) if len(frame) else frame


# A plan told as adopted in a year ("the Nansha plan adopted in 2022", 2021年印发的规划):
# the goals the sentence quotes from it were set then.
_ADOPTED_IN = re.compile(
    r"\b(?:adopted|issued|published|released|approved|launched)\s+in\s+(\d{4})\b"
    r"|(\d{4})\s*年\s*(?:印发|印發|发布|發布|出台|通过|通過|制定|公布)",
    re.I,
)


def _status_cell(goal_cells: list[GoalCell], starts: list[int], at: int) -> str | None:
    """The text of the tracker cell, other than goal and deadline, that holds offset ``at``."""
    i = bisect.bisect_right(starts, at) - 1
    if i < 0:
        return None
    return next(
        (text for lo, text in goal_cells[i].others if lo <= at < lo + len(text)),
        None,
    )


def _tracked_deadline(
    goal_cells: list[GoalCell], starts: list[int], at: int, calendar: str
) -> Date | None:
    """The deadline of the tracker row whose goal cell holds offset ``at``, if any."""
    i = bisect.bisect_right(starts, at) - 1
    if i < 0 or not goal_cells[i].start <= at < goal_cells[i].end:
        return None
    due = goal_cells[i].deadline
    year = re.fullmatch(r"((?:19|20)\d{2})\s*年?", due)
    if year:
        return Date(f"{year[1]}-12-31", f"the deadline column's {due!r}")
    found = find_date("deadline", due, calendar=calendar) or find_date(
        "ref_date", due, calendar=calendar
    )
    return Date(str(found), f"the deadline column's {due!r}") if found else None


def _joins_now(
    blanked: str, after: int, rel: int, page_year: str | None, page_date: str, calendar: str
) -> bool:
    """Whether the figure at ``rel`` continues the list of a figure told of now that ends at
    ``after`` in the same sentence: no semicolon, nothing told as done, no date and no time
    of its own (since, planned) between them or in the figure's own part."""
    own = find_segment(blanked, rel) if rel < len(blanked) else ""
    between = blanked[after:rel] + " " + own
    return not (
        SEMICOLON.search(between)
        or DONE_WORDS.search(between)
        or _OWN_TIME.search(between)
        or FORECAST_WORDS.search(between)
        or find_date("ref_date", between, calendar=calendar)
        or (
            (other := find_relative_date(between, page_year or page_date[:4], page_year, page_date))
            and str(other) != page_date
        )
    )


def _set_before(sentence: str, deadline: str) -> bool:
    """Whether ``sentence`` quotes its goal from a plan adopted before ``deadline``."""
    return any((found[1] or found[2]) <= deadline[:4] for found in _ADOPTED_IN.finditer(sentence))


def _table_row(
    cell: TableCell,
    cells: dict[int, TableCell],
    written: str,
    source: str | None,
    page_date: str | None,
) -> Candidate:
    """The row of a value of a table written as lines: of its column's year, a fact when
    that year was over at the page's date, else a goal by its end (without a page date, the
    row's first year is the fact, the later ones goals; a header that says what its column
    holds, 目标 or "Target for 2030", 基数 or "2025 actual", decides first)."""
    end = f"{cell.year}-12-31"
    if cell.role is not None:
        is_target = cell.role == "target"
    elif page_date:
        is_target = end > page_date
    else:
        first = min(c.year for c in cells.values() if c.row_start == cell.row_start)
        is_target = cell.year > first
    figure = cell.figure
    note = f"the column {cell.header!r} of a table written as lines"
    return Candidate(
        kind="target" if is_target else "observation",
        value=figure.value,
        value_high=figure.value_high,
        unit=figure.unit or "count",
        qualifier=figure.qualifier,
        comparator=({"at_most": "<="}.get(figure.qualifier, ">=")) if is_target else None,
        deadline=end if is_target else None,
        ref_date=None if is_target else end,
        source=source,
        evidence=written[cell.row_start : cell.row_end],
        start=cell.row_start,
        figure=figure.text,
        unit_text=figure.unit_text,
        date_note=f"{'deadline' if is_target else 'ref_date'}: {note}",
    )


# A headline is short: a longer line is a paragraph, whatever its stops.
_HEADLINE_LENGTH = 120


def _rounded_down(headline: Candidate, body: Candidate) -> bool:
    """Whether ``headline`` ("listed firms top 200", "over 2,300 companies") states ``body``'s
    figure (214, 2,347) rounded down to its last nonzero digit, as a lower bound."""
    value = headline.value
    if headline.qualifier != "at_least" or body.unit != headline.unit or not value > 0:
        return False
    if not float(value).is_integer() or body.value_high is not None:
        return False
    digits = str(int(value))
    step = 10 ** (len(digits) - len(digits.rstrip("0")))
    return value <= body.value < value + step


def _headline_before(text: str, s_lo: int, line: tuple[int, int]) -> str:
    """The parts of a headline before the one that starts at ``s_lo`` (a short line with no
    full stop whose parts a space sets apart), else "". ``line``: the line's (start, end)."""
    lo, hi = line
    if lo == s_lo or hi - lo > _HEADLINE_LENGTH or not text[lo:s_lo].strip():
        return ""
    return "" if re.search(r"[。.！？!?；;]", text[lo:hi]) else text[lo:s_lo]


_PARAGRAPH_NUMBER = re.compile(r"[ \t\u3000]*(\d{1,3})\s*[.．、](?!\d)")


def _in_headline(text: str, offset: int) -> bool:
    """Whether ``offset`` lies on a headline near the top under a masthead and date lines
    (香港灣畔大學新聞稿 / 2026年11月19日 / (blank) / 灣畔大學創業種子基金五周年　累計投資…110家):
    a short line with no stop, before the first line that is a sentence."""
    if offset >= 400:
        return False
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    if len(line) > _HEADLINE_LENGTH or re.search(r"[。！？!?；;]|\.(?:\s|$)", line):
        return False
    return not re.search(r"[。！？!?]\s*$|\.\s*$", text[:lo], re.M)


def _continues(text: str, told: int, start: int) -> bool:
    """Whether the line at ``start``, right after the one at ``told``, is numbered right after
    it (3. … / 4. …)."""
    before, after = _PARAGRAPH_NUMBER.match(text, told), _PARAGRAPH_NUMBER.match(text, start)
    return before is not None and after is not None and int(after[1]) == int(before[1]) + 1


def _respective_date(sentence: str, rel: int, calendar: str) -> Date | None:
    """The date paired in order with the figure at ``rel`` when a sentence lists as many
    dates as figures and says 分別為 (respectively): the n-th figure is of the n-th date."""
    if not says(_RESPECTIVELY, sentence):
        return None
    said = _RESPECTIVELY.search(sentence)
    listed = _DATE_LIST.search(sentence, 0, rel)
    if said is None or listed is None:
        return None
    items = re.findall(_DATE_ITEM, listed[1])
    if said.start() < rel:  # 分別為28億元、31億元及35億元: count the figures after it
        before = find_figures(sentence[said.end() : rel])
    else:  # 28, 31 and 35 billion respectively
        before = find_figures(sentence[listed.end() : rel])
    n = len([f for f in before if f.unit is not None])
    if n >= len(items):
        return None
    # A year written alone ("in 2022 and 2023") is a calendar year, as 2022年 is.
    item = items[n].strip()
    written = item if "年" in item else f"{item}{listed[2] or '年'}"
    date = find_date("ref_date", written, calendar=calendar)
    return Date(str(date), f"{items[n]} paired with the figure in order") if date else None


def _years_back(text: str, s_lo: int, sentence: str) -> Date | None:
    """The end of the span of years named just before a sentence that opens with as many
    years (2023年至2025年 … 。三年间，…), else None."""
    opened = _YEARS_BACK.match(sentence)
    if opened is None:
        return None
    word = (opened[1] or opened[2]).lower()
    count = int(word) if word.isdigit() else _SPAN_COUNTS.get(word)
    spans = list(_YEAR_SPAN.finditer(text, max(0, s_lo - 200), s_lo))
    if not spans or count is None:
        return None
    first, last = int(spans[-1][1]), int(spans[-1][2])
    if last - first + 1 != count:
        return None
    return Date(f"{last}-12-31", f"{opened[0].strip()} points back to {spans[-1][0].strip()}")


def _a_year_before(date: str) -> str:
    """``YYYY-MM-DD`` a year earlier (29 February to 28 February)."""
    return f"{pd.Timestamp(date) - pd.DateOffset(years=1):%Y-%m-%d}"


def _a_year_after(date: str) -> str:
    """``YYYY-MM-DD`` a year later, as a string that compares as the date does."""
    return f"{int(date[:4]) + 1:04d}{date[4:]}"


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
