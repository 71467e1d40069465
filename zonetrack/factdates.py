"""The date a fact refers to.

:func:`find_fact_date` reads, for a figure that is no goal, the date it is of: the date its
own words give, else one its context gives (a heading's period, a report's year, the fact
told before it, "same period", years back), the page's own date for what is told in the
present or of now, the date its paragraph or headline states, and a year earlier for the
base of a change. It also drops the date of what is a rule rather than a count (a policy's
money, a scheme's terms and rates, the area of a plan's phase) and turns a fact dated ahead
of the page's year into a forecast. What carries from fact to fact (the last date told, the
date of the paragraph, a figure told of now) is kept in :mod:`zonetrack.readingstate`; the
date relative to the page (its year, its own day) is read by :mod:`zonetrack.presentdates`,
the date a headline or paragraph gives by :mod:`zonetrack.paragraphdates`.
"""

from __future__ import annotations

import re

import pandas as pd

from .blankdates import blank_other_dates
from .datebasis import Date
from .dates import quarter_end
from .figures import find_figures
from .goalbases import DATE_AFTER
from .goals import PLAN_PERIOD_END, YEAR_SPAN, GoalReading, find_plan_end_before
from .goalwords import DONE_WORDS, FORECAST_WORDS
from .headings import LAST_YEAR_REVIEW, find_list_lead
from .paragraphdates import find_paragraph_date
from .periods import find_date
from .policymoney import CURRENCY_NAME, money_put_in_ahead, scheme_money_before
from .presentdates import SCHEME_TERMS, SINCE, find_page_relative_date
from .readingstate import ReadingState
from .relativeforms import find_relative_date, says_now
from .scopes import find_own_date, find_statement, last_joined
from .sentences import SEMICOLON, WINDOW, find_segment, says
from .survey import Place, Survey
from .units import CURRENCIES

__all__ = ["find_fact_date"]

# The same period of another year (the base a part-year figure is compared with): that
# year's part of the period the sentence names ("up from US$7.1 billion in the same period of
# 2024" after "between January and September": to 30 September 2024).
_SAME_PERIOD = re.compile(
    r"\bsame\s+period\s+(?:of|in)\s+(\d{4})\b|(?<!\d)(\d{4})\s*年\s*同期", re.I
)


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


# 次年, 翌年, "the following year" (the year after), 当年, 當年, 那一年 (that year), with no
# year of the figure's own: counted from the year the text named last before the sentence
# (2019年，…量产。次年，…融资1.5亿元: 2020), which a sentence without figures may have named.
_YEAR_AFTER_NAMED = re.compile(
    r"次年|翌年|\b(?:the\s+)?following\s+year\b|\ba\s+year\s+later\b", re.I
)
_YEAR_NAMED_AGAIN = re.compile(r"(?<![相适適应應每])(?:当年|當年|那一?年)(?![度龄齡])")
_YEAR_NAMED = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)\s*年(?!\s*[/／-])|\b((?:19|20)\d\d)\b(?![-/–]\d)"
)


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


# The next of a list of caps, told in parallel (…上限為港幣32,000元，碩士則為港幣26,000元).
_PARALLEL_CAP = re.compile(r"(?:则|則|亦|也|均)\s*(?:为|為|是)\s*" + CURRENCY_NAME + "$")
_CAP_WORDS = re.compile(r"上限|最高|最多|不超过|不超過", re.I)


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


# After the base of a comparison ("up from CNY 58.1 billion a year earlier", "up from 412 in
# the previous academic year"): the base is of the period a year before the figure's own.
_YEAR_EARLIER = re.compile(
    r"\s*(?:a\s+year\s+(?:earlier|before|ago)|in\s+the\s+(?:previous|preceding|prior)\s+"
    r"(?:(?:academic|financial|fiscal|school)\s+)?year)\b",
    re.I,
)


# Before a figure: 一年前則為89.1%, "a year earlier it was 41%" (after the figure of a day):
# the figure is of the same day a year before.
_YEAR_BEFORE_LEAD = re.compile(
    r"(?:一年前|一年之前|上年同日|去年同日)\s*(?:則|则|仍|亦|只)?\s*(?:為|为|是|有|達|达)\s*"
    r"(?:約|约|逾|近)?\s*$"
    r"|\ba\s+year\s+(?:earlier|before|ago)\s*,?\s*(?:it|the\s+\w+)\s+(?:was|stood\s+at)\s+"
    r"(?:about\s+|some\s+)?$",
    re.I,
)


# The end of a change told with dates at both ends ("decreased from 64.2% as at 31 December
# 2024 to 58.9% as at 31 December 2025", "grew from 42 million in 2019 to 188 million by
# 2025"): the figure after "to" is of the date right after it.
_CHANGE_END = re.compile(r"\bfrom\b[^;；。]*\bto\s+(?:\S+\s+){0,2}?$", re.I)


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
_YEARS_AFTER = re.compile(
    r"\b(?i:over|during|in)\s+(?i:the)\s+(two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+years\s*[.。]?\s*$"
)
_SPAN_COUNTS = (
    {w: i for i, w in enumerate("一二三四五六七八九十", 1)}
    | {"两": 2, "兩": 2}
    | {w: i for i, w in enumerate("two three four five six seven eight nine ten".split(), 2)}
)


# Until a date (延長至116年底, "extended until 2028"), not as of it (截至).
_UNTIL = re.compile(
    r"(?<!截)(?<!截止)(?:至|到)\s*(?:民國|民国)?\s*\d{2,4}\s*年|\b(?:until|till)\b"
    r"|\b(?:extended|prolonged)\s+(?:to|through)\b",
    re.I,
)


# A batch a notice announces (本批次, 本批, 2026年第四批, "this batch"): of the notice's date.
_BATCH = re.compile(
    r"本批次?|[该該此]批次?|第\s*[一二三四五六七八九十\d]{1,3}\s*批(?!准)|\bthis\s+(?:batch|tranche)\b",
    re.I,
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


_RESPECTIVELY = re.compile(r"分別|分别|\brespectively\b", re.I)


# A sentence opened by the day it counts as at (截至2026年9月底，, 截至同日，, "As at 30 June,").
# A point in time a report defines (以2026年6月末为评估时点, 以…為基準日) and later counts as at
# (截至评估时点已完成15项): the date it was defined as.
_POINT_WORDS = (
    r"(?:评估|評估|统计|統計|数据|數據|考核|评价|評價)?(?:时点|時點|基准日|基準日|截止日)"
)
_POINT_DEFINED = re.compile(
    r"以\s*((?:\d{4}|1[0-4]\d)\s*年[^，,。；;]{0,8}?)\s*(?:为|為|作为|作為)\s*("
    + _POINT_WORDS
    + ")"
)
_POINT_AS_AT = re.compile(r"(?:截至|截止|于|於)\s*(?:本次)?\s*(" + _POINT_WORDS + ")")


_CLAUSE_END = re.compile(r"[，,；;：:。]")
_AS_AT_OPENING = re.compile(
    r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]\s*)?(?:截至|截止|\bas\s+(?:at|of)\b)",
    re.I,
)


def find_fact_date(
    survey: Survey, place: Place, state: ReadingState, goal: GoalReading
) -> tuple[Date | None, bool, bool, str | None]:
    """The date the figure at ``place`` refers to, when it is a fact.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.
    state : ReadingState
        What the figures before it left (the last date told, its paragraph's, now).
    goal : GoalReading
        What :func:`zonetrack.goals.read_goal` found.

    Returns
    -------
    tuple of (Date or None, bool, bool, str or None)
        (ref_date, whether the date is the start of a span told before, is a goal,
        deadline): a fact dated beyond the page's running year, or a forecast of a period
        still running, becomes a goal.
    """
    calendar = survey.calendar
    sentence, rel = place.sentence, place.rel
    is_target, deadline, base_date = goal.is_target, goal.deadline, goal.base_date
    start_of_change, budget = goal.start_of_change, goal.budget
    ref_date: Date | None
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
        ref_date, span_start, is_target, deadline = _date_told(survey, place, state, goal)
    return ref_date, span_start, is_target, deadline


def _date_told(
    survey: Survey, place: Place, state: ReadingState, goal: GoalReading
) -> tuple[Date | None, bool, bool, str | None]:
    """:func:`find_fact_date` of a fact that is neither a policy's money nor the start of a
    change: (ref_date, span start, is a goal, deadline)."""
    text, calendar, page_year = survey.text, survey.calendar, survey.page_year
    page_date, this_year = survey.page_date, survey.this_year
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    is_target, deadline, base_date = goal.is_target, goal.deadline, goal.base_date
    blanked = blank_other_dates(sentence)
    ref_date = base_date or find_own_date("ref_date", blanked, rel, calendar)
    own_part = find_segment(blanked, rel) if rel < len(blanked) else ""
    this = _REPORT_PERIOD.search(blanked, max(0, rel - 24), rel)
    if (
        this
        and ref_date is not None
        and base_date is None
        and survey.covers
        and survey.titled
        and find_date("ref_date", blanked[:rel], calendar=calendar) is None
    ):
        # 本年度總收入為25.6億元，較二零二四／二五年度的23.1億元: the report's own period
        # names the figure; the year after it (the only one the sentence gives) is the
        # base's.
        ref_date = Date(survey.covered, f"{this[0]} of the period the report covers")
    if (
        ref_date
        and base_date is None
        and page_year
        and find_date("ref_date", own_part, calendar=calendar) is None
    ):
        # "As at 30 November 2026, …, and occupancy was 93.5 percent at the end of
        # October": the figure's own part names its month or period, in the year of
        # the date another part of the sentence states (2024年，…其中3月份: 2024).
        ref_date = find_relative_date(own_part, str(ref_date)[:4], page_year, page_date) or ref_date
    opening = _AS_AT_OPENING.match(blanked)
    if opening and ref_date and base_date is None and str(ref_date).endswith("-12-31"):
        # 截至第3季底，本會115年度列管之計畫28項: the as-at day the sentence opens with,
        # in the year a later name gives (115年度 names the plans' year, not the count's day).
        clause = blanked[: next((m.start() for m in _CLAUSE_END.finditer(blanked)), len(blanked))]
        if find_date("ref_date", clause, calendar=calendar) is None:
            at = find_relative_date(clause, str(ref_date)[:4], page_year, page_date)
            if at and str(at)[:4] == str(ref_date)[:4]:
                ref_date = at
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
        and (reports := list(_NAMED_REPORT.finditer(text, max(0, s_lo - 2 * WINDOW), figure.start)))
    ):
        # 陆续披露2026年第三季度报告。…报告显示，截至报告期末，…出租率为89.6%: the end
        # of the period the report named before covers (not the day of the story).
        report_end = _report_period_end(reports[-1], page_date, calendar)
        if report_end:
            ref_date = Date(str(report_end), f"the reporting period of {reports[-1][0].strip()!r}")
    if ref_date is None and page_year and says(PLAN_PERIOD_END, told):
        # 到规划期末，…达到1500万平方米 in a review of a plan already over: a fact of the last
        # year of its period (one still running makes it a goal: see goals).
        last = find_plan_end_before(survey, s_lo)
        if last and last < page_year:
            ref_date = Date(f"{last}-12-31", f"the end of the plan's period to {last}")
    ref_date, span_start = _date_from_context(survey, place, state, ref_date, blanked, told)
    ref_date, policy_money = _date_by_notice_or_rule(survey, place, state, ref_date, blanked, told)
    ref_date = find_paragraph_date(
        survey, place, state, goal, ref_date, blanked, told, policy_money
    )
    ref_date, is_target, deadline = _settle_date(survey, place, goal, ref_date, blanked, told)
    return ref_date, span_start, is_target, deadline


def _date_from_context(
    survey: Survey,
    place: Place,
    state: ReadingState,
    ref_date: Date | None,
    blanked: str,
    told: str,
) -> tuple[Date | None, bool]:
    """(ref_date, span start): a fact without a date of its own takes the period of its
    heading or report, or the date of the fact told before it that its words point back to,
    else a date relative to the page's year."""
    text, calendar, scopes = survey.text, survey.calendar, survey.scopes
    page_year, page_date, titled = survey.page_year, survey.page_date, survey.titled
    covers, covered, note_period = survey.covers, survey.covered, survey.note_period
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    period = place.period
    last_ref = state.last_ref
    span_start = False
    # A note's period (资料截止日) dates a fact by a relative date up to its own part only
    # (本年已完成1,980人次，…延至10月開班: 10月 is the class's, not the count's).
    clause_end = _CLAUSE_END.search(told, rel)
    noted = told if period or clause_end is None else told[: clause_end.start()]
    period = period or note_period
    if (
        ref_date is None
        and period is not None
        and (not SINCE.search(told) or scopes.period_is_as_of(figure.start))
    ):
        # A line that names only a period ("2025年上半年", "In 2025:") dates the facts
        # told under it without a date of their own, up to the next heading.
        ref_date = find_relative_date(noted, period[:4], page_year, page_date) or Date(
            period, f"the period to {period} that the heading above names"
        )
    elif (
        ref_date is None
        and page_year
        and (heading := scopes.title_of(figure.start))
        and LAST_YEAR_REVIEW.search(text, heading[0], heading[1])
    ):
        # 一、去年工作回顧 on a page of January 2027: the facts under it are of 2026 (全年,
        # 年底 of that year), whatever year the page's title plans for.
        last = str(int(page_year) - 1)
        ref_date = find_relative_date(told, last, last, page_date) or Date(
            f"{last}-12-31", "the year before the page's, that the heading above reviews"
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
    elif ref_date is None and (named := _year_named_before(text, s_lo, blanked)):
        ref_date = named
    elif ref_date is None and last_ref and _SAME_YEAR.search(blanked):
        # 同年, "that same year": the year of the fact told just before.
        ref_date = Date(f"{str(last_ref)[:4]}-12-31", "the year of the fact before it")
    elif ref_date is None and (point := _defined_point(text, s_lo, told, calendar)):
        ref_date = point
    elif ref_date is None and page_year:
        ref_date = find_page_relative_date(survey, place, told, page_year)
    return ref_date, span_start


def _date_by_notice_or_rule(
    survey: Survey,
    place: Place,
    state: ReadingState,
    ref_date: Date | None,
    blanked: str,
    told: str,
) -> tuple[Date | None, bool]:
    """(ref_date, is a policy's money): a batch a notice announces is of its date, a change
    against the period before of the period told before; a policy's money, a scheme's terms
    and the rate it pays are rules, of no date."""
    text, calendar, scopes = survey.text, survey.calendar, survey.scopes
    page_date = survey.page_date
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    last_ref = state.last_ref
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
        ref_date = Date(str(last_ref), "the period of the fact before it, which the base precedes")
    policy_money = (
        figure.unit in CURRENCIES
        and bool(
            scheme_money_before(sentence, rel)
            # 上限為港幣32,000元，碩士則為港幣26,000元: the next cap of the same rule.
            or (
                _PARALLEL_CAP.search(find_segment(sentence[:rel], rel))
                and _CAP_WORDS.search(sentence, 0, rel)
            )
            # 預計投入新臺幣1,250億元: money a plan or a proposal puts in, with no span of
            # its own (not the day the plan was announced: 今（28）日).
            or (
                money_put_in_ahead(sentence, rel, calendar, survey.plan_end)
                # 截至同日，…已資助約100支團隊，涉及撥款約10億元: money told in a tally as
                # at a day is granted money counted then, not money a plan puts in.
                and not _AS_AT_OPENING.match(sentence)
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
    if ref_date is not None and SCHEME_TERMS.match(sentence):
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
    return ref_date, policy_money


def _settle_date(
    survey: Survey,
    place: Place,
    goal: GoalReading,
    ref_date: Date | None,
    blanked: str,
    told: str,
) -> tuple[Date | None, bool, str | None]:
    """(ref_date, is a goal, deadline): a base a year before its figure, the date after the
    end of a change, dates paired in order, the same period of another year; a date ahead
    of the page is the page's for the start of a change, else a forecast's deadline."""
    text, calendar, page_date = survey.text, survey.calendar, survey.page_date
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    base, deadline = goal.base, goal.deadline
    is_target = False
    end_rel = figure.end - s_lo
    if base is not None and ref_date and base["year_ago"]:
        ref_date = Date(_a_year_before(str(ref_date)), "the same period a year before")
    elif base is not None and ref_date and _YEAR_EARLIER.match(sentence, end_rel):
        # "up from 58.1 billion a year earlier": the base, a year before its figure.
        ref_date = Date(_a_year_before(str(ref_date)), "a year before the figure's date")
    elif base is None and ref_date and _YEAR_BEFORE_LEAD.search(sentence, max(0, rel - 40), rel):
        ref_date = Date(_a_year_before(str(ref_date)), "a year before the date the sentence gives")
    elif base is None and _CHANGE_END.search(sentence, max(0, rel - 120), rel):
        after = DATE_AFTER.match(sentence, end_rel)
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
        # (A forecast in the figure's own part, 预计全年…可达4.1亿美元, is not undone by what
        # another part of its statement tells as done: 已进入签约阶段.)
        own_part = find_segment(sentence, rel)
        told_done = DONE_WORDS.search(own_part if FORECAST_WORDS.search(own_part) else statement)
        if (
            FORECAST_WORDS.search(statement + intro) or _BUDGETED.search(statement)
        ) and not told_done:
            deadline = last_joined(sentence, rel, ref_date, calendar)
            is_target, ref_date = True, None
    return ref_date, is_target, deadline


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
    # "about 41,000 arrived over the five years": the same span said after the figure, in a
    # note on a plan whose period (2021-2025) the text named further back.
    later = None if opened else _YEARS_AFTER.search(sentence)
    if opened is None and later is None:
        return None
    found = opened or later
    assert found is not None
    word = next(g for g in found.groups() if g).lower()
    count = int(word) if word.isdigit() else _SPAN_COUNTS.get(word)
    spans = list(YEAR_SPAN.finditer(text, max(0, s_lo - (200 if opened else 1200)), s_lo))
    if not spans or count is None:
        return None
    first, last = int(spans[-1][1]), int(spans[-1][2])
    if last - first + 1 != count:
        return None
    return Date(f"{last}-12-31", f"{found[0].strip()} points back to {spans[-1][0].strip()}")


def _year_named_before(text: str, s_lo: int, sentence: str) -> Date | None:
    """The year 次年 or 当年 in ``sentence`` counts from (the last year named in its paragraph
    before it, or one later for 次年), else None."""
    after = _YEAR_AFTER_NAMED.search(sentence)
    again = None if after else _YEAR_NAMED_AGAIN.search(sentence)
    if after is None and again is None:
        return None
    start = max(0, text.rfind("\n", 0, s_lo) + 1, s_lo - WINDOW)
    years = list(_YEAR_NAMED.finditer(text, start, s_lo))
    if not years:
        return None
    year = int(years[-1][1] or years[-1][2]) + (1 if after else 0)
    word = (after or again)[0]  # type: ignore[index]
    return Date(f"{year}-12-31", f"{word!r} counted from {years[-1][0].strip()!r} told before")


def _defined_point(text: str, s_lo: int, told: str, calendar: str) -> Date | None:
    """The date a report defined the point ``told`` counts as at (截至评估时点 after
    以2026年6月末为评估时点), else None."""
    at = _POINT_AS_AT.search(told)
    if at is None:
        return None
    defined = [m for m in _POINT_DEFINED.finditer(text, 0, s_lo) if m[2] == at[1]]
    date = find_date("ref_date", defined[-1][1], calendar=calendar) if defined else None
    if date is None:
        return None
    return Date(str(date), f"{at[0]!r}: the point defined as {defined[-1][1].strip()!r}")


def _a_year_before(date: str) -> str:
    """``YYYY-MM-DD`` a year earlier (29 February to 28 February)."""
    return f"{pd.Timestamp(date) - pd.DateOffset(years=1):%Y-%m-%d}"


def _a_year_after(date: str) -> str:
    """``YYYY-MM-DD`` a year later, as a string that compares as the date does."""
    return f"{int(date[:4]) + 1:04d}{date[4:]}"
