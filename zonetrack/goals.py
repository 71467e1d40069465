"""Goal or fact, and the deadline of a goal.

For each figure :func:`read_goal` decides whether its sentence sets a goal (a target, with
the date it is due by) or tells a fact, and reads money a policy sets; the base a goal is
compared with is read by :mod:`zonetrack.goalbases`, goals and policy money told of funds,
budgets and yearly sums by :mod:`zonetrack.moneygoals`. The rules that override both once the
fact's date is known (其中 under a goal, N大, a column labelled goal or base, a tracker's
goal and status columns), and a table's row, are :mod:`zonetrack.goalsettling`'s. What a
sentence's own words say (goal words, a deadline ahead, headings) is read by
:mod:`zonetrack.scopes`; the date of a fact by :mod:`zonetrack.factdates`.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .blankdates import blank_change_start, blank_other_dates, bracket_date
from .commitments import is_yearly_commitment
from .contractcaps import find_contract_cap
from .datebasis import Date
from .goalbases import blank_multiple_base, read_base
from .goalwords import (
    DONE_WORDS,
    EARLIER_FORECAST_AFTER,
    EARLIER_FORECAST_BEFORE,
    FORECAST_WORDS,
    GOAL_IN_BRACKETS,
    GOAL_NOUN_AFTER,
    QUOTED_GOAL,
    TOLD_DONE,
    YEARLESS_DEADLINE,
    counts_goals,
    told_outcome,
)
from .headings import EXPECTED_HEADING, TASK_HEADING, find_heading_deadline
from .itemschedules import item_schedule, revised_deadline
from .longstop import completion_deadline
from .moneygoals import find_budget, find_fund_deadline, find_span_total, find_yearly_span
from .pagedates import PLAN_END
from .periods import YEAR_SPAN, find_date
from .readingstate import ReadingState
from .relativeforms import find_relative_deadline
from .scopes import find_column_label, find_completion_deadline, find_kind, find_statement
from .sentences import (
    CLAUSE_END,
    SEGMENT_END,
    WINDOW,
    find_segment,
    first_stop_from,
    last_stop_before,
    says,
    segment_before,
    statement_bounds,
)
from .survey import Place, Survey

__all__ = [
    "PLAN_PERIOD_END",
    "GoalReading",
    "find_plan_end_before",
    "read_goal",
]

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


# (較本年度增加9.2%, 比今年: this year is the base a later year's figure is compared with.)
_THIS_YEAR = re.compile(
    r"全年|(?<![较較比])(?:今年|本年度)|年内|年內|(?<![\d年明去上下])年[底末]前|\bthis\s+year\b"
    r"|\bby\s+year[-\s]end\b"
    r"|\b(?:full|whole|entire)[-\s]year\b(?!\s*(?:of\s+)?\d)",
    re.I,
)

# 全年 (the whole year) in a figure's own part: the year its statement names before it, if any.
_WHOLE_YEAR_OF = re.compile(r"全年")
# A year named relative to the page's before 全年 (去年园区全年…), and how far from it.
_YEAR_WORD_BEFORE = re.compile(r"去年|上年|前年|明年|今年")
_YEAR_WORD_STEP = {"去年": -1, "上年": -1, "前年": -2, "明年": 1, "今年": 0}

# A change over a base right before the figure, in its segment (較本年度增加, 较2025年的6.2億元
# 增加約, 比上年提高).
_CHANGE_OVER_BASE = re.compile(
    r"(?:较|較|比)[^，,。；;]{0,24}?(?:增加|增长|增長|成长|成長|提高|提升|上升|下降|减少|減少|降低)"
    r"\s*(?:了)?\s*(?:约|約|近|逾|超过|超過)?\s*$"
)

# The page's own year said outright (今年, "this year"), which no heading's year overrides.
_PAGE_YEAR = re.compile(r"今年|本年|\bthis\s+year\b", re.I)

# A year that opens a goal sentence (2026年全区…), not a month or a day of it; a year's goals
# named as such (2026年度目标分解如下：…) too.
_SENTENCE_YEAR = re.compile(
    r"(?<![\d.,])(\d{4})\s*年(?!\d|度(?!\s*(?:目标|目標|任务|任務)|[^，。；：:\n]{0,16}?(?:如下|以下)\s*[:：])"
    r"|\s*\d{1,2}\s*月)"
    # "For 2025 alone, the plan sets a goal of ...": the English goal sentence's year.
    r"|\bfor\s+(\d{4})\b(?!\s*[-–—/]\s*\d)",
    re.I,
)


def _opening_year(sentence: str) -> str | None:
    """The year ``sentence`` opens with (2025年，…, "For 2025 alone, …"), else None."""
    found = _SENTENCE_YEAR.match(blank_other_dates(sentence))
    return (found[1] or found[2]) if found else None


_FULL_YEAR = re.compile(r"\bfor\s+the\s+(?:full|whole|entire)\s+year\s+(?:of\s+)?(\d{4})()\b", re.I)
# A year's list announced as such (2027年度考核指标如下：, 2027年度工作安排如下：, 2027年度目标分解
# 如下：): what it lists for a year not over at the page's date is planned, goals due at its
# end (not 2027年度主要指标完成情况如下：, how the year went: facts).
_YEAR_LIST_LEAD = re.compile(
    r"(?<![\d.,])(\d{4})\s*年度?(?![^，。；：:\n]{0,16}?(?:完成|情况|情況|执行|執行|成果|成效|回顾|回顧))"
    r"[^，。；：:\n]{0,16}?(?:如下|以下)\s*[:：]"
)


# The pace a plan's goal needs (实现规划目标需年均提高, 完成《纲要》目标还需, "meeting the plan's
# target would require"): a goal of the plan's end, whatever pace the text saw before.
_PACE_FOR_PLAN_GOAL = re.compile(
    r"(?:实现|實現|完成|达到|達到|达成|達成)\s*(?:规划|規劃|纲要|綱要|《[^》]{1,12}》)\s*目[标標]"
    r"\s*(?:尚|还|還|仍)?\s*(?:需要|需|须|須|要)"
    r"|\b(?:meeting|reaching|hitting)\s+the\s+plan(?:'s)?\s+(?:goals?|targets?)\s+"
    r"(?:would\s+)?(?:requires?|needs?|calls?\s+for)\b",
    re.I,
)


# A goal's period named by reference to one the text gave before it.
_EARLIER_SPAN = re.compile(
    r"\b(?:over|during|in|within)\s+the\s+same\s+period\b"
    r"|\b(?:by|at|before)\s+the\s+end\s+of\s+the\s+"
    r"(?:award|grant|programme|program|project|scheme|funding|period)\b",
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

# "By the end of the plan period", 到规划期末: the last year of the plan's span, a deadline
# ahead by itself, whatever other words the sentence uses (not 规划期内, "during the plan
# period": a span, which tells no goal by itself).
PLAN_PERIOD_END = re.compile(
    r"\b(?:by|at|before|until|till|to)\s+the\s+end\s+of\s+the\s+plan(?:ning)?\s+period\b"
    r"|(?:规划|規劃|计划|計劃|计画|計畫)期\s*末"
    # 規劃期內累計資助不少於12億: a total over the plan's span, due at its end too.
    r"|(?:规划|規劃|计划|計劃|计画|計畫)期\s*(?:内|內)[^，。；,;]{0,16}?(?:累计|累計)"
    # 計畫結束時, 规划结束时: when the plan ends, its last year.
    r"|(?:规划|規劃|计划|計劃|计画|計畫)(?:结束|結束)(?:时|時|前)",
    re.I,
)

# 計畫期間預計每年舉辦…20場, "each year over the plan period": a yearly rate a plan sets over
# its own span, due by the span's end.
_PLAN_SPAN_YEARLY = re.compile(
    r"(?:规划|規劃|计划|計劃|计画|計畫)(?:期间|期間|期内|期內)[^。；;]{0,8}?每年"
    r"|\beach\s+year\s+(?:of|over|during)\s+the\s+plan(?:ning)?\s+period\b",
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


# A goal's name after its figure that says it is a year's (的年度预算, 的全年目标).
_YEARS_NOUN = re.compile(r"年度|全年")

# A goal named as the year's (年初确定的, 今年设定的, 全年, 年度): the page's year's.
_SET_THIS_YEAR = re.compile(
    r"(?:年初|今年|本年|全年|年度)(?:确定|確定|设定|設定|制定|定下|提出|下达|下達)?的?\s*$"
)

# "against a target of 92% that the Board set for the year", "a budget of RMB 40 million which
# management set for this year": a goal named as one, for the page's year the words after it
# name.
_GOAL_OF_BEFORE = re.compile(
    r"\b(?:an?|the|its|their|our)\s+(?:[\w-]+\s+)?(?:target|goal|budget)\s+of\s+"
    r"(?:(?:US|HK|NT|MOP)?\$|RMB|MOP|HKD|USD|CNY)?\s*$",
    re.I,
)
_SET_FOR_THE_YEAR_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:that|which)\s+)?(?:the\s+[\w-]+|it|we|they|management)\s+(?:had\s+|has\s+)?"
    r"(?:set|adopted|approved|agreed)\s+for\s+(?:the|this)\s+(?:full\s+|current\s+)?year\b",
    re.I,
)
# "reached 89% in 2025, against a target of 92% that the Board set for the year": the year its
# sentence names before the figure is the year meant (a span "2025-2026" names none).
_IN_THE_YEAR = re.compile(
    r"\b(?:in|for|during)\s+(?:the\s+year\s+)?(\d{4})\b(?!\s*[-–—/]\s*\d)", re.I
)

# "about 70% of our full-year plan of 650,000 square metres", "The programme's budget for this
# year is MOP 150 million": the figure a plan, target or budget of the page's year names, a
# goal of that year whatever else its sentence tells ("of which 25.7% has been disbursed").
_THIS_YEARS_GOAL_BEFORE = re.compile(
    r"(?:(?:\b(?:full|whole)[-\s]year|\bthis\s+year['’]s)\s+(?:plan|target|goal|budget)\s+"
    r"(?:of|is|was|stands\s+at)"
    r"|\b(?:plan|target|goal|budget)\s+for\s+(?:this|the\s+(?:full|whole|current))\s+year\s+"
    r"(?:of|is|was|stands\s+at)"
    r")\s+(?:(?:US|HK|NT|MOP)?\$|RMB|MOP|HKD|USD|CNY)?\s*$",
    re.I,
)


@dataclass(frozen=True)
class GoalReading:
    """What :func:`read_goal` found of a figure.

    Attributes
    ----------
    is_target : bool
        Whether the figure is a goal (else a fact).
    deadline : str or None
        A goal's deadline, ``YYYY-MM-DD`` (a :class:`~zonetrack.datebasis.Date` with the basis
        of its reading when it has one).
    labelled : tuple of (bool, str, str) or None
        (is a goal, year, label) when a label beside the value names it (2030年目标).
    base : re.Match or None
        The words before the figure that make it the base of a comparison.
    base_date : Date or None
        The base's date, read from its own words.
    start_of_change : re.Match or None
        The words after the figure that end a change it starts ("from 12 … to 50").
    budget : re.Match or None
        The words that make the figure money a policy sets or provides.
    """

    is_target: bool
    deadline: str | None
    labelled: tuple[bool, str, str] | None
    base: re.Match[str] | None
    base_date: Date | None
    start_of_change: re.Match[str] | None
    budget: re.Match[str] | None


def read_goal(survey: Survey, place: Place, state: ReadingState) -> GoalReading:
    """Goal or fact for the figure at ``place``, with its deadline, base and budget.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.
    state : ReadingState
        What the figures before it left (the goals' deadlines, the leads of lists).

    Returns
    -------
    GoalReading
    """
    place = blank_multiple_base(place)
    is_target, deadline, labelled, heading = _find_deadline(survey, place, state)
    base, base_date, start_of_change, is_target, deadline = read_base(
        survey, place, is_target, deadline
    )
    is_target, deadline = _find_late_deadline(survey, place, state, is_target, deadline, heading)
    budget, is_target, deadline = find_budget(survey, place, is_target, deadline)
    if not is_target and base is None and start_of_change is None:
        is_target, deadline = find_fund_deadline(survey, place, heading)
    if not is_target and base is None and start_of_change is None:
        is_target, deadline = find_yearly_span(survey, place)
    if not is_target and base is None and start_of_change is None:
        is_target, deadline = find_span_total(survey, place)
    cap = find_contract_cap(
        place.sentence, place.rel, place.figure.end - place.s_lo, survey.calendar
    )
    if cap is not None:
        # 补偿总额不得超过…, "shall in no event exceed": a term the document sets, undated.
        budget, is_target, deadline = cap, False, None
    elif not is_target and (
        due := completion_deadline(
            survey.written,
            find_statement(place.sentence, place.rel),
            find_segment(place.sentence, place.rel),
            survey.calendar,
        )
    ):
        # "shall be paid on the Completion Date", 須於完成日期…支付: due by the long-stop date.
        is_target, deadline = True, due
    elif (
        not is_target
        and base is None
        and budget is None
        and is_yearly_commitment(find_statement(place.sentence, place.rel))
    ):
        # "From the third full financial year following the Commencement of Operations, …
        # not less than RMB 60 million in each financial year": a goal with no deadline.
        is_target, deadline = True, None
    elif (
        not is_target
        and base is None
        and budget is None
        and (due := item_schedule(survey.text, place.figure.start, survey.calendar))
    ):
        # "(a) Site formation - about 32 hectares; …; scheduled for 2Q27", 建设内容：…4座 over
        # 计划投产：2028年三季度: an item's scope is due when its schedule says.
        is_target, deadline = True, due
    if is_target and (
        revised := revised_deadline(
            place.sentence, place.rel, place.figure.end - place.s_lo, survey.calendar
        )
    ):
        # 原定今年年底前达到15个，…顺延至2027年3月底: the goal is due at the revised date.
        deadline = revised
    if (
        is_target
        and labelled is None
        and not GOAL_NOUN_AFTER.match(place.sentence, place.figure.end - place.s_lo)
    ):
        aside = bracket_date(place.sentence, place.rel, survey.calendar)
        if aside is not None and survey.page_year and str(aside)[:4] < survey.page_year:
            # "… to more than 5,500 in 2027 (4,694 in 2025)": the figure in an aside that
            # states a year already over is the fact the goal starts from, not the goal.
            is_target, deadline = False, None
        elif aside is not None and survey.page_year and str(aside)[:4] > survey.page_year:
            # "by 2030 … 5,000 firms (4,694 in 2027)": an aside that states a year still to
            # come is a step on the way, due then, not at the goal's year outside it.
            deadline = aside
    if counts_goals(place.sentence, place.figure.end - place.s_lo, place.figure.unit):
        # "The agency set three goals, all due in 2030:": how many goals, no goal of its own.
        is_target, deadline = False, None
    return GoalReading(is_target, deadline, labelled, base, base_date, start_of_change, budget)


def _find_deadline(
    survey: Survey, place: Place, state: ReadingState
) -> tuple[bool, str | None, tuple[bool, str, str] | None, tuple[int, int] | None]:
    """(is a goal, deadline, column label, heading): the sentence's own reading, then the
    deadlines a plan, a heading, a span or a horizon named before give a goal with none."""
    text, calendar, scopes = survey.text, survey.calendar, survey.scopes
    sentences, page_year, page_date = survey.sentences, survey.page_year, survey.page_date
    plan_end = survey.plan_end
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    leads = state.leads
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
        plan_end=plan_end,
    )
    if not is_target and (
        due := find_completion_deadline(text, s_lo, rel, scopes.line_start(s_lo), calendar)
    ):
        # 預計2029年落成。大樓落成後將提供約500個…: what the work will do once finished is a
        # goal of the completion's date (one already past is no goal: see below).
        is_target, deadline = True, due
    if not is_target and (
        EARLIER_FORECAST_AFTER.match(sentence, figure.end - s_lo)
        or EARLIER_FORECAST_BEFORE.search(sentence, max(0, rel - 40), rel)
    ):
        # "a narrower range than the 10% to 12% it guided in October": the forecast it
        # replaces is a forecast of the same period, due when the one told before it in its
        # sentence is (not a fact of October, the month it was made in). With no such goal
        # before it, the month would be read as a deadline ahead: it stays as read.
        earlier = [due for at, due in state.goal_deadlines if s_lo <= at < figure.start][-1:]
        if earlier:
            is_target = True
            deadline = Date(earlier[0], "the period of the forecast its sentence replaces it by")
    if not is_target and GOAL_NOUN_AFTER.match(sentence, figure.end - s_lo):
        # "falling short of the 40 billion yuan target it set itself", 按照年初确定的4亿美元目标:
        # the figure names a goal, beside the outcome its sentence tells.
        is_target = True
    if (
        is_target
        and deadline is None
        and page_year
        and (noun := GOAL_NOUN_AFTER.match(sentence, figure.end - s_lo))
        and (
            _SET_THIS_YEAR.search(sentence, max(0, rel - 12), rel)
            or _YEARS_NOUN.search(noun[0])
            # 2025年完成了…200家的任务: the task of the year the sentence opens with.
            or ("任" in noun[0] and _opening_year(sentence))
        )
    ):
        # 年初确定的4亿美元目标, 全年…目标, …7.5億元的年度預算: the goal of the page's year, of the
        # year a report or a yearbook records (本卷记述时限：2025年…, published in 2026), or of the
        # year its sentence opens with (2025年，…年初确定的400亿元目标未完成: 2025's).
        year = _opening_year(sentence) or survey.this_year or page_year
        deadline = Date(f"{year}-12-31", "a goal set for the year the page records")
    if (bracketed := GOAL_IN_BRACKETS.search(sentence, max(0, rel - 12), rel)) and re.match(
        r"\s*[）)]", sentence[figure.end - s_lo :]
    ):
        # 完成年度任务（200家）的86.5%: the figure in brackets is the goal named before it.
        is_target = True
        if bracketed["year"] and page_year:
            # (2026年度任务（200家）, 2025年园区年度任务（200家）: the year named before 年度,
            # else the one the sentence opens with, else the page's.)
            named = re.search(
                r"(\d{4})\s*$", sentence[max(0, bracketed.start() - 8) : bracketed.start() + 1]
            )
            year = (named[1] if named else None) or (
                _opening_year(sentence) or survey.this_year or page_year
            )
            deadline = Date(f"{year}-12-31", "a goal set for the year named, else the page's")
    if (
        is_target
        and deadline is None
        and told_outcome(sentence)
        and (opening := _opening_year(sentence))
    ):
        # 2025年新增企业目标未完成，…而目标为150家: the goal told missed is of the year the
        # sentence opens with.
        deadline = Date(f"{opening}-12-31", "the year of the outcome told")
    if page_year and _THIS_YEARS_GOAL_BEFORE.search(sentence, max(0, rel - 48), rel):
        is_target = True
        deadline = Date(f"{page_year}-12-31", "a plan or budget of the page's year")
    elif (
        page_year
        and _GOAL_OF_BEFORE.search(sentence, max(0, rel - 40), rel)
        and _SET_FOR_THE_YEAR_AFTER.match(sentence, figure.end - s_lo)
    ):
        # "set for the year": the one year its sentence names before the figure, else the page's.
        years = {m[1] for m in _IN_THE_YEAR.finditer(sentence, 0, rel)}
        year = years.pop() if len(years) == 1 else page_year
        is_target = True
        deadline = Date(f"{year}-12-31", "a goal set for the year its sentence or page names")
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
    if (
        not is_target
        and page_year
        # (Searched only when it can matter: the sentence up to the figure is long in a run-on
        # paragraph.)
        and (listed := _YEAR_LIST_LEAD.search(sentence, 0, rel)) is not None
        and listed[1] >= page_year
        and not says(TOLD_DONE, find_statement(sentence, rel))
    ):
        # 第五条　2027年度考核指标如下：…新增科技型中小企业不少于120家；… in a page of January
        # 2027: the year's list of what is to be done, its goals.
        is_target, deadline = (
            True,
            Date(f"{listed[1]}-12-31", f"{listed[0]} lists the year's goals"),
        )
    if plan_end and _PACE_FOR_PLAN_GOAL.search(find_segment(sentence, rel)):
        # 而实现规划目标需年均提高1.04个百分点, "meeting the plan's goal would need 1.0 points a
        # year": the pace the plan's goal needs, a goal due by the plan period's end, beside
        # the pace seen so far.
        is_target = True
        deadline = Date(f"{plan_end}-12-31", f"the pace the plan's goal to {plan_end} needs")
    labelled = find_column_label(sentence, rel)
    if labelled is not None:
        # 2025年基数3.82%，2030年目标4.5%: an indicator's row written as one line, each
        # value labelled by its year and what it is (a base year's fact, a goal).
        is_target = labelled[0]
        deadline = Date(f"{labelled[1]}-12-31", f"labelled {labelled[2]!r}") if is_target else None
    heading = scopes.heading_of(figure.start)
    if (
        is_target
        and deadline is None
        and plan_end
        and heading is not None
        and (
            EXPECTED_HEADING.search(text[heading[0] : heading[1]])
            # 三、重点行动 of a plan for 2026—2028: its tasks' figures are due by its end.
            or TASK_HEADING.search(text[heading[0] : heading[1]])
        )
    ):
        # 三、預期效益 of a plan running 115年至119年: what the plan expects to bring about,
        # with no year of its own, is due by the plan period's end.
        deadline = Date(f"{plan_end}-12-31", f"the end of the plan's period to {plan_end}")
    if (
        not is_target
        # (Its own statement: 2025年…有3,150人；規劃目標為規劃期末達到4,000人 tells a fact
        # before the semicolon.)
        and says(PLAN_PERIOD_END, find_statement(sentence, rel))
        and find_plan_end_before(survey, s_lo)
        and not says(TOLD_DONE, find_statement(sentence, rel))
    ):
        # 到规划期末，全市孵化载体总面积达到2000万平方米, "by the end of the plan period": the
        # phrase names a deadline ahead by itself, the last year of the plan's span (below).
        is_target = True
    if (
        not is_target
        and plan_end
        and says(_PLAN_SPAN_YEARLY, sentence)
        and FORECAST_WORDS.search(find_statement(sentence, rel))
        and not says(DONE_WORDS, sentence)
    ):
        is_target = True
    if (
        is_target
        and deadline is None
        and (says(_PLAN_SPAN_YEARLY, sentence) or says(PLAN_PERIOD_END, sentence))
        and plan_end
    ):
        deadline = Date(f"{plan_end}-12-31", f"the end of the plan's period to {plan_end}")
    if is_target and deadline is None and says(PLAN_END, sentence):
        last = find_plan_end_before(survey, s_lo)
        if last:
            deadline = Date(f"{last}-12-31", f"the end of the plan's period to {last}")
    if is_target and deadline is None and says(_EARLIER_SPAN, sentence):
        # "over the same period", "by the end of the award": the span of years the text
        # named last before the sentence ("to be disbursed over 2026-2029").
        spans = list(YEAR_SPAN.finditer(text, max(0, s_lo - 2 * WINDOW), s_lo))
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
                Date(f"{ends[-1][1]}-12-31", f"the horizon {ends[-1][0].strip()!r} named before"),
            )
    if (
        is_target
        and deadline is None
        and scopes.document_year
        and scopes.heading_of(figure.start) == scopes.document
    ):
        # 一季度完成全年任务的20% in a statement of 2027's goals: the quarter of that year.
        deadline = find_relative_deadline(
            sentence, scopes.document_year, rel, None, calendar
        ) or Date(f"{scopes.document_year}-12-31", "the year the document sets goals for")
    if is_target and deadline is None and page_year:
        deadline = find_relative_deadline(
            _BY_MONTH_END.sub(r"\1前", _own_reach(sentence, rel, page_year)),
            page_year,
            rel,
            page_date,
            calendar,
        )  # "next year"; 到9月底 is 9月底前, a month's end of the page's year
    elif is_target and deadline is not None and says(YEARLESS_DEADLINE, sentence):
        # "Our quarterly milestones are 30 projects signed by end-March" in a paragraph of
        # 2027's goals: a step within the goal's year, due at that quarter's or month's end.
        step = find_relative_deadline(sentence, str(deadline)[:4], rel, None, calendar)
        if step is not None and str(step) < str(deadline) and _YEARLESS_OWN(sentence, rel):
            deadline = Date(str(step), f"a step within {str(deadline)[:4]}, the goal's year")
    if is_target and deadline is None:
        # 百日内，全县新签约项目不少于40个 in a notice of a campaign run 2026年6月20日至9月27日:
        # a goal of the campaign with no date of its own is due by the campaign's last day.
        campaign = _last_campaign_before(text, s_lo)
        if campaign is not None:
            year = campaign[2] or campaign[1]
            deadline = Date(
                f"{year}-{int(campaign[3]):02d}-{int(campaign[4]):02d}",
                f"the last day of the campaign {campaign[0].strip()!r} stated before",
            )
    return is_target, deadline, labelled, heading


def _own_reach(sentence: str, rel: int, page_year: str | None) -> str:
    """The part of ``sentence`` a goal at ``rel`` may take a yearless deadline from: all of
    it, unless its statement names a year still to come before the figure (园区力争2027年引进
    项目80个，今年前三季度已引进52个): that year is the nearest date before it, and a quarter or
    half a later clause names belongs to that clause, so the reach ends with the figure's own
    clause."""
    lo = statement_bounds(sentence, rel)[0]
    named = _SENTENCE_YEAR.search(blank_other_dates(sentence), lo, rel)
    if named is None or (page_year is not None and (named[1] or named[2]) < page_year):
        return sentence
    return sentence[: first_stop_from(CLAUSE_END, sentence, rel)]


def _YEARLESS_OWN(sentence: str, rel: int) -> bool:
    """Whether the statement holding offset ``rel`` names a quarter, half or month without a
    year (a step of the year's goal), not only another statement of its sentence."""
    return YEARLESS_DEADLINE.search(find_statement(sentence, rel)) is not None


# 到9月底 (without a year): the end of a month of the page's year, as 9月底前 says it.
_BY_MONTH_END = re.compile(r"(?<![\d年])(?:到|至)(\s*\d{1,2}\s*月\s*[底末])(?!\s*前)")

# A campaign run over stated days (于2026年6月20日至9月27日开展…行动, 活動期為…): its goals are
# due by its last day.
_CAMPAIGN_SPAN = re.compile(
    r"(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:至|到|—|–|~|-)\s*(?:(\d{4})\s*年\s*)?"
    r"(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。；;\n]{0,6}?"
    r"(?:开展|開展|实施|實施|举办|舉辦|进行|進行|为期|為期)"
)


@functools.lru_cache(maxsize=4)
def _campaigns(text: str) -> tuple[list[int], list[re.Match[str]]]:
    """The campaigns of ``text`` and where each ends, found once per text: searching from the
    text's start for each goal without a date grew with the square of a long page's length."""
    found = list(_CAMPAIGN_SPAN.finditer(text))
    return [m.end() for m in found], found


def _last_campaign_before(text: str, at: int) -> re.Match[str] | None:
    """The last campaign of ``text`` that ends by offset ``at``, or None."""
    ends, found = _campaigns(text)
    i = bisect.bisect_right(ends, at)
    return found[i - 1] if i else None


def _find_late_deadline(
    survey: Survey,
    place: Place,
    state: ReadingState,
    is_target: bool,
    deadline: str | None,
    heading: tuple[int, int] | None,
) -> tuple[bool, str | None]:
    """(is a goal, deadline): a goal still without one is due by the year its heading, its
    report or its sentence names, or by the deadline of the goals above it; a goal due on a
    date already past is no goal."""
    text, calendar, page_year = survey.text, survey.calendar, survey.page_year
    page_date, this_year = survey.page_date, survey.this_year
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    goal_deadlines = state.goal_deadlines
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
    own = segment_before(sentence, rel)
    # (Only a change that opens its segment, right after the goal's figure: one with a subject
    # or a period of its own, 去年营收已较前年增长12%, 今年前三季度…较上年同期增长15%, is its
    # own fact.)
    if (change := _CHANGE_OVER_BASE.search(own)) and not own[: change.start()].strip():
        # 116年度編列預算86.5億元，較本年度增加9.2%; 預計2026-27年度的開支約為9.5億元，較
        # 2025-26年度的6.2億元增加約五成: the change of a goal told before it in its sentence
        # over a base, with no deadline of its own, is a goal due when that one is (the
        # base's year is not its own).
        earlier = [due for at, due in goal_deadlines if s_lo <= at < figure.start][-1:]
        if earlier:
            is_target = True
            deadline = Date(earlier[0], "the change of the goal told before it in its sentence")
    reach = _own_reach(sentence, rel, page_year)
    whole = _WHOLE_YEAR_OF.search(sentence, last_stop_before(SEGMENT_END, sentence, rel), rel)
    if is_target and deadline is None and whole is not None and page_year:
        # 2025年，园区全年营业额预计突破1000亿元, 去年园区全年…: the whole of the year its
        # statement names before it, not the page's (one already over is no goal: below).
        frame = _SENTENCE_YEAR.search(
            blank_other_dates(sentence), statement_bounds(sentence, rel)[0], whole.start()
        ) or _YEAR_WORD_BEFORE.search(sentence, statement_bounds(sentence, rel)[0], whole.start())
        if frame is not None:
            year = (
                (frame[1] or frame[2])
                if frame.re is _SENTENCE_YEAR
                else str(int(page_year) + _YEAR_WORD_STEP[frame[0]])
            )
            if year:
                deadline = Date(
                    f"{year}-12-31", f"{whole[0]} of {frame[0].strip()}, named before it"
                )
    if (
        is_target
        and deadline is None
        and this_year
        and (
            says(_THIS_YEAR, reach)
            or (heading is not None and _THIS_YEAR.search(text[heading[0] : heading[1]]))
        )
    ):
        # 全年, 今年的主要目标: the report's or page's year, an inferred date that says so.
        said = _THIS_YEAR.search(reach) or (
            _THIS_YEAR.search(text, heading[0], heading[1]) if heading is not None else None
        )
        whose = "the year of the report's title" if survey.titled else "the page's year"
        deadline = Date(
            f"{this_year}-12-31",
            f"{(said[0] if said else 'this year')!r}: the end of {whose} ({this_year})",
        )
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
        # A goal sentence that names its year (2026年全区…预期增长5%左右): by its end. A
        # statement after a semicolon that names a year of its own (2025年…有640家；規劃目標為
        # 2028年達到1,000家) is of that year, not of the sentence's first.
        blanked = blank_other_dates(sentence)
        named = _SENTENCE_YEAR.search(
            blanked, statement_bounds(sentence, rel)[0], rel
        ) or _SENTENCE_YEAR.search(blanked, 0, rel)
        # "… is expected to reach US$1.6 billion for the full year 2027": the whole year its
        # statement names, after the figure as English puts it.
        named = named or _FULL_YEAR.search(find_statement(sentence, rel))
        year = (named[1] or named[2]) if named else None
        if named and year and (page_year is None or year >= page_year):
            deadline = Date(f"{year}-12-31", f"{named[0]} names the goal's year")
    if (
        is_target
        and deadline is None
        and survey.titled
        and page_year
        and survey.titled < page_year
        and GOAL_NOUN_AFTER.match(sentence, figure.end - s_lo)
    ):
        # "…, or 87% of the US$700 million target", "fell short of the 40 billion yuan goal"
        # in the report on 2026, released in 2027: a goal named beside the outcomes of the
        # year the report is on is that year's goal, due at its end.
        deadline = Date(f"{survey.titled}-12-31", f"a goal named in the report on {survey.titled}")
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
            and _OWN_PLAN.search(segment_before(sentence, rel))
        ):
            deadline = find_date("deadline", later, calendar=calendar)
            if deadline is not None:
                deadline = Date(str(deadline), "the one deadline its sentence names after it")
    if (
        is_target
        and deadline
        and page_date
        and str(deadline) < page_date
        and not _set_before(
            sentence,
            str(deadline),
            segment_before(sentence, rel),
            sentence[figure.end - s_lo : figure.end - s_lo + 40],
        )
    ):
        is_target, deadline = False, None  # no goal is set for a date already past
    return is_target, deadline


def find_plan_end_before(survey: Survey, at: int) -> str | None:
    """The last year of the plan named last before offset ``at``, else of the one near the
    top: what "the end of the plan period" (规划期末) at ``at`` means."""
    found = bisect.bisect_left(survey.plan_ends, (at, ""))
    return survey.plan_ends[found - 1][1] if found else survey.plan_end


# A plan told as adopted in a year ("the Nansha plan adopted in 2022", 2021年印发的规划):
# the goals the sentence quotes from it were set then.
_ADOPTED_IN = re.compile(
    r"\b(?:adopted|issued|published|released|approved|launched)\s+in\s+(\d{4})\b"
    r"|(\d{4})\s*年\s*(?:印发|印發|发布|發布|出台|通过|通過|制定|公布)",
    re.I,
)


# A goal told in the past tense (:data:`~zonetrack.goalwords.QUOTED_GOAL`) was set before its
# deadline; so was "the target of … was met", a goal named beside its outcome.
# So is a goal named as one, set or measured against ("set a target of", "against a yearly
# target of", "set an indicator of", "beating a goal of", "a milestone of", 原定於…達40條, 原訂
# 115年6月底前完成), and one a label names ("Milestone for 2026: 4.2%").
_QUOTED_GOAL = re.compile(
    QUOTED_GOAL + r"|\bthe\s+(?:[\w-]+\s+)?target\s+of\b"
    r"|\b(?:an?|the|its|their)\s+(?:(?:new|yearly|annual|interim)\s+)?"
    r"(?:target|goal|indicator|milestone)\s+of\b"
    r"|原定|原訂|原订|原计划|原計劃|原計畫",
    re.I,
)
_GOAL_LABEL = re.compile(
    r"\b(?:milestone|target|goal)s?\s+(?:for\s+)?\d{4}(?:\s*[-–]\s*\d{2,4})?\s*[:：]\s*$"
    r"|(?:目[标標]|目標值|目标值)\s*[:：]\s*$",
    re.I,
)


def _set_before(sentence: str, deadline: str, own: str = "", after: str = "") -> bool:
    """Whether ``sentence`` quotes its goal from a plan adopted before ``deadline``, or the
    figure's own part ``own`` (up to the figure) tells its goal in the past tense or names it
    as a goal, as a label before it or the word right ``after`` it does (an outcome told
    beside it, "output reached 12 billion yuan in 2025", is the fact it is)."""
    if _GOAL_LABEL.search(own) or GOAL_NOUN_AFTER.match(after):
        return True
    if told_outcome(sentence) and re.search(r"目[标標](?:值|数|數)?\s*(?:为|為|是)\s*$", own):
        return True  # 目标未完成，…而目标为150家: the goal the outcome is measured against
    if GOAL_IN_BRACKETS.search(own) and re.match(r"\s*[）)]", after):
        return True  # 2025年园区年度任务（200家）: the goal's figure in brackets after its name
    # (After a colon the part is another statement: "The 2025 target was met: output reached".)
    own = re.split(r"[:：]", own)[-1]
    return _QUOTED_GOAL.search(own) is not None or any(
        (found[1] or found[2]) <= deadline[:4] for found in _ADOPTED_IN.finditer(sentence)
    )
