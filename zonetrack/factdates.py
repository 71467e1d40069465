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

from .blankdates import (
    blank_comparatives_after,
    blank_other_bases,
    blank_other_dates,
    bracket_date,
)
from .contextdates import (
    defined_point,
    quarter_named_before,
    report_period_end,
    season_of_year,
    year_named_before,
    years_back,
)
from .correctiondates import corrected_quote_date
from .datebasis import Date
from .factsettling import AS_AT_OPENING, date_by_notice_or_rule, settle_date
from .goalbases import change_end_now
from .goals import PLAN_PERIOD_END, GoalReading, find_plan_end_before
from .goalwords import counts_goals
from .headings import LAST_YEAR_REVIEW
from .moneygoals import STATED_COST
from .ownwholes import own_whole
from .paragraphdates import find_paragraph_date, pointed_event_day
from .periods import find_date
from .presentdates import SINCE, SO_FAR_THIS_YEAR, find_page_relative_date, holds_now
from .readingstate import ReadingState
from .relativeforms import FISCAL_PART_OF_YEAR, find_relative_date, says_now, story_of
from .scopes import find_own_date, goal_named_whole
from .sentences import (
    SEGMENT_END,
    SEMICOLON,
    WINDOW,
    find_segment,
    first_stop_from,
    last_stop_before,
    says,
    segment_before,
)
from .signingdates import agreement_day, signing_payment_date
from .survey import Place, Survey

__all__ = ["find_fact_date"]


# In a report of a period: the period itself (本年新收, 本年度, 本期, 全年).
# "the Year" (a report's defined term) and 年內 (within the year) are that period too.
_REPORT_PERIOD = re.compile(r"本年度?|本期|全年|年內|年内|\bthe\s+Year\b")


_SAME_TERM = re.compile(
    r"同一?[學学]年|[學学]年[內内]|本[學学]年(?!度)|\b(?:the\s+)?same\s+(?:academic|school)\s+year\b",
    re.I,
)


# "during the year" after a fact of its year ("We closed 2026 with …. Nine teams raised money
# during the year"), "in the same year": the year of the fact told before it.
_SAME_YEAR = re.compile(
    r"同年|\b(?:that|the)\s+same\s+year\b|\bthat\s+year\b|\b(?:during|over)\s+the\s+year\b"
    # ("in the year to March", "during the year ended …": a period of its own.)
    r"(?!\s+(?:to|ended|ending|under|before|after)\b)",
    re.I,
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
    # 同期 (in the same period, not 去年同期 or 较同期): the period the fact before told of.
    r"|(?<![年期比较較与與\s])同期(?![的比])"
    # 同期 opening a sentence (　　同期，「…計劃」共批出86宗).
    r"|^\s*同期(?![的比])",
    re.I,
)

# A sentence that opens by pointing back to what the fact before counted: 其中/當中 (of
# those), 同一时期, "Of the projects approved, 19 are …", "Of these, …", "Among them, …",
# 在已批出的項目中, 在这些企业中 (across a paragraph break too).
_POINTS_BACK = re.compile(
    r"^\s*(?:其中|當中|当中|同一时期|同一時期)"
    r"|^\s*(?:of|among(?:st)?)\s+(?:them|these|those|this\s+total"
    r"|the\s+(?!same\b)(?P<whole>[^,.;\n]{1,40}?))\s*,"
    r"|^\s*(?:在|於|于)\s*(?:已|上述|这些|這些|该|該|所)[^，,。；;\d]{0,14}?"
    r"(?:之中|當中|当中|中)\s*[，,]",
    re.I,
)


# After the end of the period a report covers ("Since the year-end", "Since the end of the
# financial year", "Subsequent to the reporting period"): the report's own time, not the period.
_SINCE_PERIOD_END = re.compile(
    r"\b(?:since|after|subsequent\s+to)\s+(?:the\s+)?(?:(?:financial\s+)?year|period|reporting\s+period)"
    r"[-\s]end\b"
    r"|\b(?:since|after|subsequent\s+to)\s+the\s+end\s+of\s+the\s+(?:(?:financial\s+)?year|reporting\s+period"
    r"|period)\b(?!\s+(?:of|in)\b)"
    r"|\bsubsequent\s+to\s+the\s+reporting\s+period\b",
    re.I,
)


def _points_back(blanked: str) -> bool:
    """Whether the sentence ``blanked`` opens by pointing back to what the fact before it
    counted (:data:`_POINTS_BACK`), not at a whole with a count of its own
    (:func:`zonetrack.ownwholes.own_whole`: "Of the zone's twelve parks," is a set of its
    own; "Of the 46 projects approved," a deed names as what was done)."""
    found = _POINTS_BACK.search(blanked)
    if found is None or not found["whole"]:
        return found is not None
    return not own_whole(found["whole"])


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


# The period a report covers, said in its own words (截至报告期末, 报告期内, 本报告期, "at the end
# of the reporting period"), and a report named with its period (披露2026年第三季度报告,
# 2026年半年度报告).
_REPORTING_PERIOD = re.compile(r"报告期|報告期|\b(?:the|this)\s+reporting\s+period\b", re.I)
# The reporting period defined before the figure in its sentence (本规划所称报告期，指2024年至
# 2025年): the years named are the period's own.
_REPORTING_PERIOD_DEFINED = re.compile(r"(?:报告期|報告期)\s*[，,：:]?\s*(?:是|系|係)?指")
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


_CLAUSE_END = re.compile(r"[，,；;：:。]")


# 今年, 本年 (not 本年度, a report's period): the page's own year.
_THIS_YEAR = re.compile(r"今年|本年(?!度)")


# 已達去(114)年全年營收126.3億元的94.3%, 占2025年全年的六成, 相当于上年的八成: a share of a whole
# told with its own date, the share right after it.
_SHARE_OF_DATED = re.compile(
    r"(?:已?(?:達|达)(?:到)?|占|佔|相当于|相當於|为|為)\s*"
    r"(?:[去上前今本]\s*[(（]\s*(?:\d{4}|1[0-4]\d)\s*[)）]\s*年|(?:\d{4}|(?<!\d)1[0-4]\d)\s*年|去年|上年)"
    r"[^，,。；;]{0,30}的\s*$"
)


# A size hyphenated before its noun ("5-billion-yuan", "20,000-square-metre") right after the
# article that opens a sentence, and a verb in the perfect after it ("had invested", "has
# signed"): the noun is the subject of a deed, its size no figure of the deed's date.
_HYPHENATED_SIZE = re.compile(r"\d[\d.,]*-(?:[a-z]+-)*[a-z]+", re.I)
_OPENING_ARTICLE = re.compile(r"\s*(?:an?|the|its|their)\s+", re.I)
_PERFECT_DEED = re.compile(
    r"\b(?:had|has|have)\s+(?:already\s+)?(?!been\b)[a-z]+(?:ed|en|wn|nt|ld|ught)\b", re.I
)


# "as of today", "as at today", "as of now": the page's own day, said outright.
_AS_OF_TODAY = re.compile(r"\bas\s+(?:of|at)\s+(?:today|now)\b", re.I)


# The longest opening part read as a date framing the sentence ("In the first nine months of
# 2026", "As at 30 November 2026"): longer, it is a clause telling its own figure.
_FRAME_LENGTH = 40


# The present perfect right after a goal's whole ("… pledged to start-ups have been handed over").
_PERFECT_AFTER = re.compile(r"\s*ha(?:ve|s)\s+been\b", re.I)

# A condition a tenderer or an applicant must meet, opening its sentence (after an item's
# number): "5.2 A tenderer shall have …", "Applicants must have …".
_ELIGIBILITY = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\s+)?(?:(?:an?|each|the|every)\s+)?(?:tenderer|bidder|applicant|candidate"
    r"|supplier|contractor|consortium)s?\s+(?:shall|must|should)\s+(?:have|be|hold|possess|meet"
    r"|demonstrate)\b",
    re.I,
)

# A part opened by "with" after a fact ("…, with agreed investment of", "with a total of"):
# more of the same fact, up to the figure.
_WITH_PART = re.compile(
    r"^\s*with\s+(?:an?\s+|the\s+|a\s+total\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:of|totall?ing|worth)\s+(?:(?:US|HK|NT)?\$|RMB|HKD|USD|CNY)?\s*$",
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
        and (
            # (計畫經費…（113至117年度）: the span a plan's cost covers dates it no more.)
            budget.re is STATED_COST
            or find_date("ref_date", find_segment(sentence, rel), calendar=calendar) is None
        )
    ):
        pass  # undated: the policy's money (a budget of its own year, 2025年度預算, is dated)
    elif counts_goals(sentence, place.figure.end - place.s_lo, place.figure.unit):
        pass  # "set three goals, all due in 2030": how many goals a plan sets, of no date
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
    blanked = blank_comparatives_after(blank_other_bases(blank_other_dates(sentence), rel), rel)
    if (
        base_date is None
        and _HYPHENATED_SIZE.fullmatch(figure.text)
        and _OPENING_ARTICLE.fullmatch(sentence[:rel])
        and _PERFECT_DEED.search(sentence, figure.end - s_lo)
    ):
        # "A 5-billion-yuan guidance fund, launched in 2025, had invested in 37 projects by
        # the end of June": the size of the noun the sentence opens with, whose verb tells
        # in the perfect what it has done; the date is the deed's, not the size's.
        return None, False, is_target, deadline
    perfect = None
    if (whole := goal_named_whole(blanked, rel)) is not None:
        # ("nine of the 25 labs the plan wants running by the end of its second year were in
        # operation": the goal's date in the whole's clause is not the fact's.)
        blanked = blanked[: whole[0]] + " " * (whole[1] - whole[0]) + blanked[whole[1] :]
        # ("only 35 of the 80 apartments pledged … have been handed over": told in the present
        # perfect, a tally up to the page's day.)
        perfect = _PERFECT_AFTER.match(blanked, whole[1])
    ref_date = (
        base_date
        or change_end_now(survey, place)
        or quarter_named_before(text, s_lo, sentence, rel, (page_year, page_date), calendar)
        or find_own_date("ref_date", blanked, rel, calendar)
    )
    if perfect is not None and base_date is None and survey.page_date:
        ref_date = Date(survey.page_date, "told in the present perfect: the page's day")
    if base_date is None and _ELIGIBILITY.match(sentence):
        # "A tenderer shall have an average annual turnover of not less than RMB 80 million for
        # the three financial years ended 31 December 2025": a condition each tenderer must
        # meet, a threshold of the notice, undated (the years name what is measured).
        ref_date = Date("", "a condition of eligibility: a term of the notice, undated")
    told_before = state.rows[-1] if state.rows else None
    if (
        base_date is None
        and told_before is not None
        and told_before.kind == "observation"
        and told_before.ref_date
        and told_before.start >= place.s_lo
        and _WITH_PART.search(segment_before(blanked, rel))
    ):
        # "had signed 46 projects by the end of October, with agreed investment of 63 billion
        # yuan": a part opened by "with" tells more of the fact before it, of its date.
        ref_date = Date(told_before.ref_date, "told with the fact before it in its sentence")
    if (
        ref_date is not None
        and base_date is None
        and _present_before_past(blanked, rel)
        and (today := page_date or agreement_day(text))
    ):
        # "The group operates 14 sites in 6 countries and reported revenue of … for the
        # financial year ended 31 March 2026": a state told in the present tense is of the
        # page's day (an agreement's, "dated 2 November 2026", in a recital); the period is
        # the past part's after "and".
        ref_date = Date(today, "told in the present tense beside a past part: the page's day")
    bracketed = None if base_date else bracket_date(sentence, rel, calendar)
    if bracketed is not None and str(bracketed) != str(ref_date):
        ref_date = bracketed  # (the same date keeps the note of its own reading)
    own_part = find_segment(blanked, rel) if rel < len(blanked) else ""
    if base_date is None and page_date and _AS_OF_TODAY.search(own_part):
        # "About 41% of the space due for completion in 2027 is pre-let as of today": the
        # page's day, said outright; a year in the part names what is counted.
        ref_date = Date(page_date, "as of today: the page's day")
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
        # the date another part of the sentence states (2024年，…其中3月份: 2024); in the
        # page's own year when the part says so (本年截至10月底累計…，已達去(114)年全年的94.3%).
        # A year another part names in passing, not as the sentence's frame ("revenue reached
        # NT$1.18 trillion in 2025, …, and employment stood at 54,300 at the end of October"),
        # is that part's: the month is then the last one before the page's date.
        framed = _opening_dated(blanked, calendar) or page_date is None
        if _THIS_YEAR.search(own_part):
            year = this_year or page_year
        else:
            year = str(ref_date)[:4] if framed else page_year
        told, story = story_of(text, s_lo, place.s_hi)
        ref_date = (
            find_relative_date(own_part, year, page_year, page_date, told=told, story=story)
            or ref_date
        )
    share = _SHARE_OF_DATED.search(blanked, max(0, rel - 48), rel)
    if share and base_date is None and page_year:
        # 已達去(114)年全年營收126.3億元的94.3%, 占2025年全年的六成: the whole a share is of
        # is dated; the share is of what the sentence told before it (本年截至10月底累計).
        before = blanked[: share.start()]
        ref_date = (
            find_own_date("ref_date", before, len(before), calendar)
            or find_relative_date(before, this_year or page_year, page_year, page_date)
            or ref_date
        )
    opening = AS_AT_OPENING.match(blanked)
    if opening and ref_date and base_date is None and str(ref_date).endswith("-12-31"):
        # 截至第3季底，本會115年度列管之計畫28項: the as-at day the sentence opens with,
        # in the year a later name gives (115年度 names the plans' year, not the count's day).
        clause = blanked[: next((m.start() for m in _CLAUSE_END.finditer(blanked)), len(blanked))]
        if find_date("ref_date", clause, calendar=calendar) is None:
            at = find_relative_date(clause, str(ref_date)[:4], page_year, page_date)
            if at and str(at)[:4] == str(ref_date)[:4]:
                ref_date = at
    semi = last_stop_before(SEMICOLON, blanked, rel)
    # Nor does a date after the next semicolon date it (…同比增长9.6%；其中3月份…).
    stop = first_stop_from(SEMICOLON, blanked, rel)
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
        ref_date is not None
        and base_date is None
        and page_date
        and str(ref_date) > page_date
        and SO_FAR_THIS_YEAR.search(segment_before(blanked, rel))
    ):
        # 縣府編列115年度…預算…，今年以來已受理申請63件: a running total of the year in the
        # figure's own part runs to the page's day; a year another part names (a budget's
        # 115年度) does not end it.
        ref_date = Date(page_date, "a running total of the year: the page's date")
    own_part = find_segment(blanked, rel) if rel < len(blanked) else ""
    if (
        ref_date is not None
        and base_date is None
        and says(_REPORTING_PERIOD, own_part)
        and find_date("ref_date", own_part, calendar=calendar) is None
        and not _REPORTING_PERIOD_DEFINED.search(sentence, 0, rel)
    ):
        # 2020年，公司业务扩张，报告期末员工为800人: the figure's own part names the report's
        # period (报告期末, "at the end of the reporting period"), over a year an earlier
        # part of its sentence names (not one the sentence defines the period by: 本规划所称
        # 报告期，指2024年至2025年；报告期末… is of that span's end).
        ref_date = None
    if (
        ref_date is None
        and says(_REPORTING_PERIOD, told)
        and (reports := list(_NAMED_REPORT.finditer(text, max(0, s_lo - 2 * WINDOW), figure.start)))
    ):
        # 陆续披露2026年第三季度报告。…报告显示，截至报告期末，…出租率为89.6%: the end
        # of the period the report named before covers (not the day of the story).
        report_end = report_period_end(reports[-1], page_date, calendar)
        if report_end:
            ref_date = Date(str(report_end), f"the reporting period of {reports[-1][0].strip()!r}")
    if ref_date is None and page_year and says(PLAN_PERIOD_END, told):
        # 到规划期末，…达到1500万平方米 in a review of a plan already over: a fact of the last
        # year of its period (one still running makes it a goal: see goals).
        last = find_plan_end_before(survey, s_lo)
        if last and last < page_year:
            ref_date = Date(f"{last}-12-31", f"the end of the plan's period to {last}")
    if ref_date is None and base_date is None:
        # "a deposit …, which was paid on the date of the Subscription Agreement", 已於簽署該協議
        # 時支付: a payment at the signing, of the day the text says the deal was signed.
        ref_date = signing_payment_date(text, sentence, rel)
    if ref_date is None and base_date is None:
        # 第一段“新增企业1320家”有误，应为“新增企业1230家”: of the period the story gives them.
        ref_date = corrected_quote_date(text, s_lo, sentence, rel, page_year, page_date, calendar)
    ref_date, span_start = _date_from_context(survey, place, state, ref_date, blanked, told)
    ref_date, policy_money = date_by_notice_or_rule(survey, place, state, ref_date, blanked, told)
    ref_date = find_paragraph_date(
        survey, place, state, goal, ref_date, blanked, told, policy_money
    )
    ref_date, is_target, deadline = settle_date(survey, place, goal, ref_date, blanked, told)
    return ref_date, span_start, is_target, deadline


# The money a project is estimated or budgeted at ("approved project estimate $5.8 billion",
# 总投资, 概算): a term of the project, not a fact as at the day a list's lead-in names.
_PROJECT_MONEY = re.compile(
    r"\b(?:project\s+)?estimates?\b[^;；,，\d]{0,12}$|\bbudget\b[^;；,，\d]{0,12}$"
    r"|(?:总投资|總投資|概算|预算|預算)[^;；,，\d]{0,6}$",
    re.I,
)
# A state told in the present tense before the figure ("operates 14 sites", "runs", "employs").
_PRESENT_STATE = re.compile(
    r"\b(?:operates|runs|owns|employs|hosts|houses|manages|has|have)\s+(?:[\w-]+\s+){0,6}?$", re.I
)
# A later part joined by "and" that tells what was done in a period ("and reported revenue of").
_AND_PAST = re.compile(
    r",?\s+and\s+(?:[\w-]+\s+){0,2}?(?:reported|recorded|posted|generated|earned|achieved"
    r"|made|had|was|were)\b",
    re.I,
)


def _present_before_past(blanked: str, rel: int) -> bool:
    """Whether the figure at ``rel`` is told in the present tense in its own part, the
    sentence's only date coming after it in a part joined by "and" in the past tense."""
    lo = last_stop_before(SEGMENT_END, blanked, rel)
    if not _PRESENT_STATE.search(blanked, lo, rel):
        return False
    past = _AND_PAST.search(blanked, rel)
    return (
        past is not None
        and find_date("ref_date", blanked[: past.start()]) is None
        and find_date("ref_date", blanked[past.start() :]) is not None
    )


def _opening_dated(blanked: str, calendar: str) -> bool:
    """Whether the sentence opens with a short part that names a date, set off by a comma (the
    frame of all it tells: "As at 30 November 2026, …", "In 2025, …", 2024年，…), not a clause
    of its own that tells a figure of its year ("Exports reached US$3.2 billion in 2025, …")."""
    first = SEGMENT_END.search(blanked)
    if first is None or first.start() > _FRAME_LENGTH:
        return False
    return find_date("ref_date", blanked[: first.start()], calendar=calendar) is not None


# A part that plans its figure (planned, 计划, 拟, 预计).
_PLANNED_PART = re.compile(
    r"\bplanned\b|\bplans?\s+to\b|计划|計劃|拟|擬|预计|預計|[将將](?!近(?!期))", re.I
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _planned_later(own_part: str, period: str) -> bool:
    """Whether ``own_part`` plans its figure for a year after ``period`` ("45 new firms, with
    60 planned for 2026" in a list of 2025's results): a goal of that year, not a fact of the
    period its lead-in names."""
    return _PLANNED_PART.search(own_part) is not None and any(
        m[1] > period[:4] for m in _YEAR.finditer(own_part)
    )


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
        and not _planned_later(find_segment(told, rel) if rel < len(told) else "", period)
        # (实施以来累计新建17个 in a report whose data run to its cut-off day: a total since a
        # start, counted as at that day, as under a heading of facts as at a day.)
        and (
            not SINCE.search(told)
            or scopes.period_is_as_of(figure.start)
            or (place.period is None and survey.note_cut_off)
        )
        and not (
            scopes.period_is_as_of(figure.start)
            and _PROJECT_MONEY.search(told, max(0, rel - 32), rel)
        )
    ):
        # A line that names only a period ("2025年上半年", "In 2025:") dates the facts
        # told under it without a date of their own, up to the next heading. The figure's
        # own part first (9月底，…比率為4.9%，6月底為5.2%: 6月底 is 5.2%'s).
        own_part = find_segment(noted, rel) if rel < len(noted) else ""
        ref_date = (
            find_relative_date(own_part, period[:4], page_year, page_date)
            or find_relative_date(noted, period[:4], page_year, page_date)
            or Date(period, f"the period to {period} that the heading above names")
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
    elif (
        ref_date is None
        and covers
        and titled
        and page_date
        and covered < page_date
        and _SINCE_PERIOD_END.search(told)
    ):
        # "Since the year-end, the Corporation has signed leases for a further 21,500 square
        # metres": what happened after the period the report covers runs up to its own date.
        ref_date = Date(page_date, "since the end of the period the report covers: the page's date")
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
    elif ref_date is None and (back := years_back(text, s_lo, sentence, calendar)):
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
    elif ref_date is None and last_ref and (day := pointed_event_day(survey, place)):
        # 3月11日，第三届创新大会开幕。…2025年11月8日举办的第二届大会签约项目25个。本次大会
        # 签约项目32个: the day of the event 本次 names, not that of another holding's fact.
        ref_date = Date(day, "the day of the event its sentence points back to")
    elif (
        ref_date is None
        and last_ref
        and (
            _SAME_DATE.search(blanked)
            or (
                _points_back(blanked)
                # ("Of these, 8 are in the north and they host 450 firms": a state its own
                # part tells in the present tense is of now.)
                and not holds_now(sentence, rel)
            )
        )
        and not says_now(told)
    ):
        # (目前，列入本批计划的项目中…有10个: now, the page's day, not the batch's date.)
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
    elif ref_date is None and page_year and FISCAL_PART_OF_YEAR.search(blanked, 0, rel):
        # "In the first nine months of the current financial year, the Fund approved about
        # $4.1 billion, …, as several projects were approved early in that year": the part of
        # the financial year before the figure is its date, not a year "that year" in a later
        # clause points back to.
        ref_date = find_relative_date(blanked[:rel], page_year, page_year, page_date, calendar)
    elif (
        ref_date is None
        and (named := year_named_before(text, s_lo, blanked, str(last_ref) if last_ref else None))
        # A year counted on from one told before ("Two years later", 次年) past the page's own
        # date is no fact's: the count went astray (review 16: a chain of "Two years later"
        # dated a fact after its page).
        and not (page_date and str(named) > page_date)
    ):
        ref_date = named
    elif ref_date is None and last_ref and (same := _SAME_YEAR.search(blanked)):
        # 同年, "that same year": the year of the fact told just before (同年秋天: its
        # autumn, at the season's end).
        year = str(last_ref)[:4]
        ref_date = Date(
            season_of_year(blanked, same.end(), year) or f"{year}-12-31",
            "the year of the fact before it",
        )
    elif ref_date is None and (point := defined_point(text, s_lo, told, calendar)):
        ref_date = point
    elif ref_date is None and page_year:
        ref_date = find_page_relative_date(survey, place, told, page_year)
    return ref_date, span_start
