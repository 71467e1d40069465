"""Goals and policy money told of funds, budgets and yearly sums.

Steps of :func:`zonetrack.goals.read_goal` for what a plan says of money and of each year:
:func:`find_fund_deadline` makes the size of a fund a plan will set up by a year ahead a
goal due then (力争到2028年，设立规模100亿元的产业基金), :func:`find_yearly_span` a figure
planned for each year of a span ahead a goal due at the span's end ("3 new labs a year
through 2028"), :func:`find_span_total` a total over a span of years still running a goal due
at its end ("a cumulative RMB 1 trillion between 2025 and 2030"), and :func:`find_budget`
keeps money a policy sets or provides (预算为100亿元, "will provide HK$1.2 billion") a fact of
the policy, undated, unless a date ahead is set to reach it by.
"""

from __future__ import annotations

import re

from .datebasis import Date
from .goalbases import ABOUT, MONEY_SIGN
from .goalwords import DEADLINE_CUES, DONE_WORDS, TOLD_DONE
from .periods import YEAR_SPAN, find_date
from .sentences import find_segment, says, segment_before, statement_bounds
from .survey import Place, Survey
from .units import CURRENCIES
from .writtenunits import CURRENCY_WORDS

__all__ = [
    "STATED_COST",
    "find_budget",
    "find_fund_deadline",
    "find_span_total",
    "find_yearly_span",
]


# The money a scheme's budget sets (預算為100億元, "a budget of HK$10 billion"), not a budget
# drawn up for a year ahead (編列預算, which sets a goal).
_BUDGET_BEFORE = re.compile(
    r"(?<!编列)(?<!編列)(?:预算|預算)\s*(?:为|為|是|达|達|共|合共)?\s*(?:约|約)?\s*$"
    rf"|\b(?:a|an|its|the)\s+(?:total\s+)?budget\s+of\s+{ABOUT}{MONEY_SIGN}$",
    re.I,
)


# The money a plan or a work is stated to cost, right before the figure (計畫經費新臺幣27.4億元,
# 預算費用約為港幣84億元, 工程估算费用为): a term of the plan, whatever schedule its sentence gives.
STATED_COST = re.compile(
    r"(?:(?:计划|計劃|计画|計畫)(?:经费|經費)|(?:预算|預算|估算|概算)(?:费用|費用)|工程(?:预算|預算|估算|概算))"
    r"\s*(?:总额|總額)?\s*(?:为|為|是|约|約|約為|约为|共)?\s*"
    r"(?:人民币|人民幣|港币|港幣|港元|新臺幣|新台币|新台幣|澳门元|澳門元|美元)?\s*$"
)

# Money told as spent or executed before the stated-cost words (已執行計畫經費, 实际支出预算费用,
# 已拨付计划经费): a fact of the date its sentence gives, not the plan's stated cost.
_SPENT_BEFORE = re.compile(
    r"(?:已|实际|實際)\s*(?:执行|執行|支出|拨付|撥付|使用|完成|花费|花費)(?:了)?\s*$"
)

# Money a government or body says it will provide, allocate or set aside ("The Government
# will provide an additional HK$1.2 billion for the Hub", "has earmarked $50 million"): the
# money of a policy, undated (as a budget is), not a goal to reach, even when a later part of
# the sentence sets a goal by a date ("…, and expects it to support 3,000 posts by 2029").
_PROVIDED_MONEY = re.compile(
    r"\b(?:will|to|would|has|have|had)\s+(?:\w+\s+)?(?:provide[ds]?|allocated?|inject(?:ed)?"
    r"|earmark(?:ed)?|set\s+aside|commit(?:ted)?|appropriated?)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:additional|extra|further|another|total\s+of|sum\s+of)\s+)?"
    rf"{ABOUT}{MONEY_SIGN}$",
    re.I,
)
# 預留100億元, 向數碼港注資30億元 read as no goal: the policy's money, undated as a budget is.
_SET_ASIDE = re.compile(
    r"(?:预留|預留|注资|注資)\s*(?:不少于|不少於|不低于|不低於|最多|约|約)?\s*"
    rf"(?:{CURRENCY_WORDS})?\s*(?:约|約)?\s*$"
)


# The size of a fund a policy sets up (设立规模100亿元的产业基金, 组建总规模50亿元的母基金, "set
# up a fund of 5 billion yuan"), right before the figure.
_FUND_SIZE = re.compile(
    r"(?:设立|設立|组建|組建|成立|发起|發起)\s*(?:总|總)?(?:规模|規模)\s*(?:为|為|达|達)?\s*(?:约|約)?\s*$"
    rf"|\bfunds?\s+(?:of|worth|totall?ing|with\s+a\s+(?:total\s+)?size\s+of)\s+{ABOUT}{MONEY_SIGN}$",
    re.I,
)
# A year a goal is due by, said as a deadline (到2028年, 力争于2027年底, "by 2028", "by the end of
# 2027"), not the end of a span of years (自2027年至2033年, 2026-2030年: a plan's period).
_DUE_BY_YEAR = re.compile(
    r"(?<![\d年])(?<![\d年][ \t])(?:到|至|於|于|在)\s*(\d{4})\s*年\s*(?:年?底|年?末)?"
    r"(?!\s*\d{1,2}\s*月)"
    r"|\bby\s+(?:the\s+(?:end|close)\s+of\s+|(?:year-?\s*)?end[-\s]+)?(\d{4})\b(?!\s*[-–—/]\s*\d)",
    re.I,
)

# A year a statement names (2027年，将…, "In 2027, the zone will …"), not a month of it.
_YEAR_NAMED = re.compile(
    r"(?<![\d.,])(\d{4})\s*年(?![\d度]|\s*\d{1,2}\s*月)|\bin\s+(\d{4})\b(?!\s*[-–—/]\s*\d)",
    re.I,
)

# A figure said of each year (3 new labs a year, 每年新增3家, "annually"), and the span of years
# ahead it runs through ("through 2028", "from 2026 to 2028", 2026—2028年, 至2028年).
_EACH_YEAR = re.compile(
    r"\b(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|ago|before|later|on))"
    r"|\bannually\b|\byearly\b|每年|年均",
    re.I,
)
_RUNS_THROUGH = re.compile(
    r"\b(?:through|thru|until|till|to)\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d)\b(?!\s*[-–—/]\s*\d)"
    r"|(?:到|至)\s*(\d{4})\s*年",
    re.I,
)
# Words that plan what a sentence's figure is to be (plans, will, 将, 计划, 拟).
_PLANNED = re.compile(
    r"\b(?:plans?|planned|will|aims?|intends?|expects?|targets?)\b"
    r"|计划|計劃|[将將](?!近(?!期))|拟|擬|力争|力爭|争取|爭取",
    re.I,
)


def _ahead(year: str, page_year: str | None) -> bool:
    """Whether ``year`` is the page's year or later (any year when the page gives none)."""
    return page_year is None or year >= page_year


def find_fund_deadline(
    survey: Survey, place: Place, heading: tuple[int, int] | None
) -> tuple[bool, str | None]:
    """Whether the size of a fund is a goal, and its deadline.

    The size of a fund a plan will set up by a year ahead that its statement
    (力争到2028年，设立规模100亿元的产业基金) or its heading (到2027年：) names is a goal due
    then; a fund told as set up, or with no deadline ahead, stays the policy's money, undated.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.
    heading : tuple of (int, int) or None
        Offsets of the heading the figure stands under, if any.

    Returns
    -------
    tuple of (bool, str or None)
        (is a goal, deadline).
    """
    page_year = survey.page_year
    figure, sentence, rel = place.figure, place.sentence, place.rel
    if figure.unit not in CURRENCIES:
        return False, None
    before = segment_before(sentence, rel)
    if _FUND_SIZE.search(before, max(0, len(before) - 80)) is None:
        return False, None
    lo, hi = statement_bounds(sentence, rel)
    if says(TOLD_DONE, sentence[lo:hi]):
        return False, None
    # The last deadline before the figure in its statement, else one in its own part after
    # it ("set up a fund of 5 billion yuan by 2028"), else its heading's.
    due = [m[1] or m[2] for m in _DUE_BY_YEAR.finditer(sentence, lo, rel)][-1:]
    if not due:
        own = find_segment(sentence, rel)
        due = [m[1] or m[2] for m in _DUE_BY_YEAR.finditer(own)][:1]
    if not due and _PLANNED.search(sentence, lo, rel):
        # 2027年，将设立规模10亿元的天使基金, "In 2027, the zone will set up a fund of …": a
        # year ahead the plan's statement names, by its end.
        due = [m[1] or m[2] for m in _YEAR_NAMED.finditer(sentence, lo, rel)][-1:]
    if not due and heading is not None:
        due = [m[1] or m[2] for m in _DUE_BY_YEAR.finditer(survey.text, *heading)][-1:]
    if not due or not _ahead(due[0], page_year):
        return False, None
    return True, Date(f"{due[0]}-12-31", f"a fund set up by {due[0]}")


def find_yearly_span(survey: Survey, place: Place) -> tuple[bool, str | None]:
    """Whether a figure planned for each year of a span ahead is a goal, and its deadline.

    "plans 3 new labs a year through 2028", "will provide up to CNY 500 million a year from
    2026 to 2028", 2026—2028年每年安排: due at the span's end. With no span, a yearly figure
    (the money a policy provides each year) names no deadline and stays as read.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.

    Returns
    -------
    tuple of (bool, str or None)
        (is a goal, deadline).
    """
    page_year = survey.page_year
    sentence, rel = place.sentence, place.rel
    lo, hi = statement_bounds(sentence, rel)
    statement = sentence[lo:hi]
    if (
        not says(_EACH_YEAR, statement)
        or not _PLANNED.search(sentence, lo, rel)
        or says(TOLD_DONE, statement)
    ):
        return False, None
    ends = {m[2] for m in YEAR_SPAN.finditer(statement)} | {
        m[1] or m[2] for m in _RUNS_THROUGH.finditer(statement)
    }
    if len(ends) != 1:
        return False, None
    (end,) = ends
    if not _ahead(end, page_year):
        return False, None
    return True, Date(f"{end}-12-31", f"the end of the span of years to {end}")


# A total said as one (a cumulative, in total, combined, 累计), and a span of years written
# with its two ends ("between 2025 and 2030", "from 2026 to 2030", "over 2026-2030",
# 2026—2030年): together, what the span's years are to add up to.
_TOTAL = re.compile(
    r"\bcumulative(?:ly)?\b|\bin\s+total\b|\b(?:a|the)\s+total\s+of\b|\bcombined\b"
    r"|累计|累計|合计|合計|共计|共計|总计|總計",
    re.I,
)
_SPAN_BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+start\s+of\s+)?((?:19|20)\d\d)\s+and\s+(?:the\s+end\s+of\s+)?"
    r"((?:19|20)\d\d)\b(?!\s*[-–—/]\s*\d)",
    re.I,
)


def find_span_total(survey: Survey, place: Place) -> tuple[bool, str | None]:
    """Whether a total over a span of years not over at the page's date is a goal, and its
    deadline.

    "providing a cumulative RMB 1 trillion of green financing between 2025 and 2030", "a
    total of 400 start-ups from 2026 to 2030", 2026—2030年累计投入50亿元 in a page of 2026:
    the span is still running, so what its years add up to is still to come, a goal due at
    the span's end. A span already over, or a total told as done, stays a fact.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.

    Returns
    -------
    tuple of (bool, str or None)
        (is a goal, deadline).
    """
    sentence, rel = place.sentence, place.rel
    lo, hi = statement_bounds(sentence, rel)
    statement = sentence[lo:hi]
    if (
        survey.page_year is None
        or not says(_TOTAL, statement)
        or says(TOLD_DONE, statement)
        or says(DONE_WORDS, statement)
    ):
        return False, None
    spans = {(m[1], m[2]) for m in YEAR_SPAN.finditer(statement)} | {
        (m[1], m[2]) for m in _SPAN_BETWEEN.finditer(statement)
    }
    if len(spans) != 1:
        return False, None
    ((start, end),) = spans
    if not start < end or end < survey.page_year:
        return False, None
    return True, Date(f"{end}-12-31", f"a total over the span {start} to {end}, by its end")


def find_budget(
    survey: Survey, place: Place, is_target: bool, deadline: str | None
) -> tuple[re.Match[str] | None, bool, str | None]:
    """Money a policy sets or provides: with no date ahead to reach it by, a fact of the policy.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.
    is_target : bool
        Whether the figure was read as a goal so far.
    deadline : str or None
        Its deadline so far.

    Returns
    -------
    tuple of (re.Match or None, bool, str or None)
        (the budget's words, is a goal, deadline).
    """
    calendar, page_year = survey.calendar, survey.page_year
    figure, sentence, rel = place.figure, place.sentence, place.rel
    cost = STATED_COST.search(sentence, max(0, rel - 24), rel)
    if cost is not None and _SPENT_BEFORE.search(sentence, max(0, cost.start() - 8), cost.start()):
        cost = None  # 已執行計畫經費31.5億元, 实际支出预算费用: money spent, a fact of its date
    if cost is not None:
        # 計畫經費新臺幣27.4億元（113至117年度）, 工程的預算費用約為港幣84億元，並預計於2029年…落成:
        # the money a plan or a work is stated to cost, undated and no goal of its schedule.
        return cost, False, None
    budget = _BUDGET_BEFORE.search(sentence, max(0, rel - 24), rel)
    if budget is None and figure.unit in CURRENCIES:
        provided = _PROVIDED_MONEY.search(sentence, max(0, rel - 60), rel)
        if provided is not None and (
            find_date("deadline", find_segment(sentence, rel), calendar=calendar) is None
        ):
            budget, is_target, deadline = provided, False, None
    if budget is None and figure.unit in CURRENCIES:
        set_aside = _SET_ASIDE.search(sentence, max(0, rel - 16), rel)
        lo, hi = statement_bounds(sentence, rel)
        if set_aside is not None and (
            not is_target
            or (
                not says(DEADLINE_CUES, find_segment(sentence, rel))
                and find_date("deadline", sentence[lo:hi], calendar=calendar) is None
            )
        ):
            # 政府會在未來18個月內完成…，並預留不少於100億元作為…撥款: the money set aside, in a
            # statement that names no date, is the policy's, whatever goal another part sets
            # (not 在未來三年再注資2億元, nor 至2030/31年度，…注資100億元: money due by a span).
            budget, is_target, deadline = set_aside, False, None
    if (
        is_target
        and budget is not None
        and not (deadline and page_year and str(deadline)[:4] >= page_year)
    ):
        # 預算為100億元, "with a budget of HK$10 billion": money a policy sets, with no
        # date ahead to reach it by, is a fact of the policy, undated (as a cap is).
        is_target, deadline = False, None
    return budget, is_target, deadline
