"""Whether a figure is a goal or a fact, and its deadline: the sentence and what governs it.

The sentence's own words decide first (:mod:`zonetrack.goalwords`); a sentence that does not
say is governed by the progress line under its measure, by the goal heading above it
(:class:`~zonetrack.headings.Scopes`) or by the first sentence of its paragraph; money a
policy sets is no goal (:mod:`zonetrack.policymoney`). :func:`find_kind` gives a figure's kind
and deadline, :func:`find_own_date` the date of its own part of the sentence,
:func:`find_column_label` the year and label of a value an indicator list labels.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from .blankdates import blank_change_start
from .datebasis import Date
from .goalwords import (
    DEADLINE_CUES,
    DONE_WORDS,
    FACT_WORDS,
    GOAL_YARDSTICK,
    NOW_HOLDING,
    PAST_WORDS,
    SAME_DEADLINE,
    SCHEDULED,
    SHARE_OF_GOAL,
    SPAN_AHEAD_CUE,
    SPAN_BACK,
    STILL_TO_DO,
    WEAK_TARGET_WORDS,
    goal_or_fact,
    goal_said,
    period_to_date,
    told_outcome,
)
from .headings import LIST_ITEM, Scopes, has_figure, heading_deadline
from .itemschedules import revised_schedule
from .ownwholes import in_own_whole
from .pagedates import PLAN_END, find_plan_year
from .periods import find_date
from .policymoney import (
    BUDGETED_HERE,
    CURRENCY_NAME,
    SET_ASIDE,
    SPAN_AHEAD,
    capped,
    put_in_money,
    scheme_money_before,
    valuation_term,
)
from .relativeforms import MONTHS_LEFT_STILL, find_relative_date, find_relative_deadline
from .sentences import (
    SEGMENT_END,
    SEMICOLON,
    WINDOW,
    Boundaries,
    find_segment,
    first_stop_from,
    last_stop_before,
    part_end,
    says,
)
from .tableheaders import BASE_LABELS, GOAL_LABELS

__all__ = [
    "find_column_label",
    "find_completion_deadline",
    "find_kind",
    "find_own_date",
    "find_statement",
    "goal_named_whole",
    "last_joined",
    "stated_then_scheduled",
]

_COMPARISON = re.compile(
    r"[,，]\s*(?:(?:(?:up|down)\s+(?:[\d.,]+\s*(?:percent|per\s+cent|%)\s+)?)?from"
    r"|against|compared\s+(?:with|to)"
    # ", after growth of 15.9 percent in 2025": the period before, a base of its own date.
    r"|after\s+(?:(?:growth|a\s+(?:rise|fall|drop|decline|increase|gain|contraction))\s+of))\b",
    re.I,
)

# A relative clause set off by commas ("..., which covers 278 square kilometres, ...") tells
# a fact of its own about a noun: a date the main clause gives after it is not its date.
_RELATIVE_CLAUSE = re.compile(r"\s*(?:which|who|whose)\b", re.IGNORECASE)

# The start of a change with its year, before its end ("from 28 per cent in 2026 to 40").
# ("5 percent of GDP, from 3.8 percent in 2025;": the start told after the goal, its clause's end.)
_FROM_IN_YEAR = re.compile(
    r"\bfrom\s+[^,;:()]{1,40}?\bin\s+\d{4}(?=\s+to\b|\s*[;,.；，。]|\s*$)", re.IGNORECASE
)

# A later part that states the base a goal is measured from ("3,000 high-tech enterprises,
# against 2,000 recorded at the end of last year"): its words of a deed done are the base's.
_BASE_PART_AFTER = re.compile(
    r"[,;，；]\s*(?:against|compared\s+(?:with|to)|(?:up|down)\s+from|from|versus)\s", re.IGNORECASE
)

# A part of a year named without the year (上半年, 三季度, 6月底前, "first half").
_PART_OF_YEAR = re.compile(
    r"(?<![\d年])(?:上半年|下半年|[一二三四1-4]\s*季度|\d{1,2}\s*月\s*[底末])"
    r"|\b(?:first|second)\s+half\b|\bQ[1-4]\b",
    re.I,
)

# A schedule's words before the period it names ("should open in", "is due in").
_SCHEDULED_IN = re.compile(
    r"\b(?:due|should\s+(?:open|start|begin|launch|be\s+(?:completed|complete|finished|ready"
    r"|operational)))\s+in\s+(?=the\s+(?:first|second|third|fourth)\s+(?:quarter|half)\b)",
    re.I,
)


def find_own_date(patterns: str, sentence: str, rel: int, calendar: str) -> Date | None:
    """The date of the figure at ``rel``: its own part of the sentence first ("... by 2027
    and to add 40 wards by the end of 2026", "compared with 1,600 in 2020"), else the
    sentence's date nearest before it."""
    lo = last_stop_before(SEGMENT_END, sentence, rel)
    hi = first_stop_from(SEGMENT_END, sentence, rel)
    own = find_date(patterns, sentence[lo:hi], rel - lo, calendar)
    if own is None and _RELATIVE_CLAUSE.match(sentence, lo):
        # "X, which covers 278 square kilometres, said ... in 2024": a date after the clause
        # is the main clause's; one that opens the sentence ("As at March 2024, ...") frames all.
        return find_date(patterns, sentence[:lo], lo, calendar)
    if own is not None and patterns == "deadline":
        return last_joined(sentence, rel, own, calendar)
    if own is not None:
        return own
    if patterns == "deadline":
        # "and to foster more than 50 companies listed on domestic and overseas stock markets
        # by 2028": an "and" inside the figure's own words ends no part; its clause (to the
        # next comma) names its deadline after it.
        clause_end = next((m.start() for m in _CLAUSE_STOP.finditer(sentence, hi)), len(sentence))
        after = find_date(patterns, sentence[hi:clause_end], calendar=calendar)
        if after is not None:
            return after
    # A date later in the sentence dates the figure only up to a semicolon: what follows
    # one is a statement of its own (已取得用地約92公頃；廠房已於114年6月完工).
    # Nor does one inside a comparison that follows ("…, up from US$7.1 billion in the same
    # period of 2024"): it is the base's date.
    stops = [
        m.start() for m in (SEMICOLON.search(sentence, rel), _COMPARISON.search(sentence, rel)) if m
    ]
    if patterns == "ref_date":
        # Nor does one in a later part that sets a goal ("we spent RMB 58 million ..., and we
        # plan to raise this to RMB 80 million a year by 2028"): that is the goal's deadline.
        # (Nor one in a later part naming the money a year's plan puts in, 2027年度计划投资87.4亿元:
        # a goal of that year, as a budget is; the count and 总投资 of the list before it are not.)
        later = next(
            (
                a
                for a, b in _later_parts(sentence, hi)
                if goal_said(sentence[a:b]) or _PLANNED_MONEY.search(sentence, a, b)
            ),
            None,
        )
    else:
        # Nor does one after a later part that opens with goal words of its own and states a
        # figure of its own (…總面積約300公頃，預計可提供約700萬平方米…，於2030年代陸續落成):
        # that part's forecast is dated, not the size stated before it.
        later = next(
            (
                a
                for a, b in _later_parts(sentence, hi)
                if _GOAL_OPENS.match(sentence, a + 1) and has_figure(sentence[a:b])
            ),
            None,
        )
    if later is not None:
        stops.append(later)
    end = min(stops) if stops else len(sentence)
    # A statement after a semicolon that names its own date (2026年，…达到520亿元；2027年，…达到
    # 650亿元) is dated by it, not by the sentence's first.
    start = last_stop_before(SEMICOLON, sentence, rel)
    if start:
        told = find_date(patterns, sentence[start:end], rel - start, calendar)
        if told is not None:
            return told
    return find_date(patterns, sentence[:end], rel, calendar)


def _later_parts(sentence: str, pos: int) -> Iterator[tuple[int, int]]:
    """The parts of ``sentence`` after the stop at or after ``pos``, each as (start of the
    stop that opens it, its end), read one by one: a rule that looks for the first part
    of a kind stops there (a run-on paragraph's window holds hundreds of parts)."""
    ends = (m.start() for m in SEGMENT_END.finditer(sentence, pos))
    return itertools.pairwise(itertools.chain(ends, [len(sentence)]))


# The money a year's plan puts in (2027年度计划投资, 年度投资计划), a goal of that year.
_PLANNED_MONEY = re.compile(r"计划(?:完成)?投资|計劃(?:完成)?投資|投资计划|投資計劃")

# A period joined to the one before by "and" and nothing else ("… in Q4 2026 and in 2027.").
_JOINED_PERIOD = re.compile(
    r"\s(?:and|or)\s+(?:(?:in|during|by|over|through)\s+)?(?:the\s+)?"
    r"(?:(?:first|second|third|fourth)\s+(?:quarter|half)\s+of\s+|end\s+of\s+|Q[1-4]\s*)?"
    r"\d{4}(?=\s*(?:[.,;，；。]|$))",
    re.I,
)

_JOINED_YEAR = re.compile(
    r"年[^，。；,;\d]{0,8}(?:及|和|与|與)\s*(\d{4})\s*年(?!\s*\d{1,2}\s*月|度)"
)
_RESPECTIVELY = re.compile(r"分別|分别|\brespectively\b", re.I)

# A comma or semicolon (not a thousands separator): the end of a clause.
_CLAUSE_STOP = re.compile(r"[，；;]|,(?!\d{3}(?!\d))")

# A part of a sentence that opens with words of a goal or a forecast (预计可提供, "will add").
_GOAL_OPENS = re.compile(
    r"\s*(?:(?:并|並|且|而)\s*|and\s+)?(?:预计|預計|预期|預期|计划|計劃|力争|力爭|将|將|可望|有望"
    r"|(?:is\s+|are\s+)?(?:expected|planned|projected)\s+to|will|plans?\s+to|aims?\s+to)",
    re.I,
)


def last_joined(sentence: str, rel: int, due: Date, calendar: str = "CNY") -> Date:
    """``due``, the deadline of the figure's own part at ``rel``, or the later period joined
    to that part by "and" alone ("to complete in the fourth quarter of 2026 and in 2027"):
    spread over periods, the whole is due by the last of them."""
    if _RESPECTIVELY.search(sentence):
        return due  # 2026年和2027年分别达到…: one period each, in order
    lo = last_stop_before(SEGMENT_END, sentence, rel)
    hi = first_stop_from(SEGMENT_END, sentence, rel)
    joined = _JOINED_PERIOD.match(sentence, hi)
    later = find_date("deadline", joined[0], calendar=calendar) if joined else None
    # 2027年第四季度及2028年: a bare year joined to a date inside the figure's own part.
    year = _JOINED_YEAR.search(sentence, lo, hi)
    if later is None and year is not None:
        later = Date(f"{year[1]}-12-31", f"{year[0].strip()!r}: the last of the periods joined")
    return later if later and str(later) > str(due) else due


# A sentence that opens with a period already over at the page's date ("Last month", "Last
# year", "Last week", "Last quarter").
_LAST_PERIOD_OPENING = re.compile(r"\s*last\s+(?:year|month|week|quarter)\b", re.I)

_WILL_BE_CAPPED = re.compile(r"\b(?:will|shall)\s+be\s+(?:capped|limited)\s+at\b", re.I)

# The margin by which an outcome beat or missed its goal, right before the figure.
# A figure, then the whole it is part of named with a goal's words, then its own verb in the
# past ("38 percent of the 2.4 billion yuan the district pledged … had been paid out").
_SHARE_OF_GOAL_WHOLE = re.compile(
    r"[^,;，；]{0,30}?\bof\s+(?:the|its|their)\s+(?P<whole>[^,;，；]{1,120}?)\s"
    # ("only 35 of the 80 talent apartments pledged to start-ups have been handed over": the
    # present perfect tells it as done too.)
    r"(?:had\s+been|ha(?:ve|s)\s+been|had|was|were)\s+"
    r"(?:[a-z]+ed|paid|spent|built|in\s+(?:operation|service|use))\b",
    re.I,
)


# A part's figure right before the whole it is of ("35 of the 80 …").
_PART_OF_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*\s+of\s+(?:the|its|their)\s+$", re.I)


def goal_named_whole(sentence: str, rel: int) -> tuple[int, int] | None:
    """Where the whole the figure at ``rel`` is a part of is named with a goal's words,
    before the figure's own verb in the past ("38 percent of the 2.4 billion yuan the
    district pledged to spend had been paid out"): the whole's (start, end), else None."""
    whole = _SHARE_OF_GOAL_WHOLE.match(sentence, rel)
    if whole is None or not goal_said(whole["whole"]):
        return None
    return whole.span("whole")


_MARGIN_OVER_GOAL = re.compile(
    r"\b(?:beat|exceeded|surpassed|overshot|missed|fell\s+short\s+of|undershot)\s+"
    r"(?:its|the|their|our|this\s+year's|last\s+year's)\s+(?:[\w-]+\s+){0,2}?(?:goal|target)s?"
    r"\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)

# A figure in brackets with a year of its own and nothing else ("(4,694 in 2025)").
_PAST_ASIDE = re.compile(
    r"[^()（）]{0,30}?\b(?:in|at\s+end-|at\s+the\s+end\s+of)\s*((?:19|20)\d\d)\s*[)）]"
)


def find_kind(
    text: str,
    at: int,
    sentence: str,
    rel: int,
    scopes: Scopes,
    sentences: Boundaries,
    leads: dict[int, tuple[bool, str | None]],
    calendar: str = "CNY",
    page: tuple[str | None, str | None] = (None, None),
    *,
    plan_end: str | None,
) -> tuple[bool, str | None]:
    """(is a target, its deadline) for the figure at offset ``at`` of ``text``.

    The sentence decides first (goal words, a deadline ahead, or facts told in the past);
    a part of it that tells a fact in the past is an observation even beside a plan; a
    sentence that does not say is governed by the progress line under its measure, by a
    goal heading above it or by the first sentence of its paragraph. ``page`` is the
    page's (year, date), for a progress line's 明年; ``plan_end`` the last year of the plan
    the document names near its top (:func:`zonetrack.pagedates.find_plan_end`, read once
    by the survey: reading it per figure copied the whole text each time).
    """
    said = goal_or_fact(sentence, calendar)
    if (
        not said
        and page[1]
        and (left := MONTHS_LEFT_STILL.search(find_segment(sentence, rel))) is not None
        and int(left[1]) >= int(page[1][5:7])
    ):
        said = True  # 10—12月还需新增企业45家 in September: what the year's months left must do
    rule_cap = False  # whether the figure is the cap a scheme's rule sets
    progress = _progress_line(text, at) if said is None else None
    if progress is not None and not scheme_money_before(sentence, rel):
        # (計畫經費新臺幣42.6億元，興建標準廠房3座 over its progress line: the money the plan
        # costs is no goal of the schedule; the works are.)
        # 措施：推出…約7公頃。/ 進度：預計於2027年第二季完成。: the measure is due when its
        # progress line says; one reported 已完成 is a fact.
        if not goal_or_fact(progress, calendar):
            return False, None
        progress = revised_schedule(progress)
        due = find_date("deadline", progress, calendar=calendar)
        if due is None and page[0]:
            due = find_relative_deadline(progress, page[0], 0, page[1])
        return True, due
    segment = find_segment(sentence, rel)
    if scopes.tells_pledge_progress(at) and not goal_or_fact(segment, calendar):
        # 落實情況：已完成。第二期計劃於4月開始接受申請，…惠及企業1,126家 under a pledge: how
        # the pledge went, facts (the scheme's name, 計劃, sets no goal).
        return False, None
    if (
        not said
        and says(PLAN_END, segment)
        and says(WEAK_TARGET_WORDS, sentence, 0, part_end(sentence, rel))
        and not says(DONE_WORDS, segment)
    ):
        # "We will invest HK$6 billion over the plan period", 將在計劃期內投放: what the
        # figure's own part will do within the plan's period is due by its end.
        said = True
    if (
        said
        and (says(DONE_WORDS, segment) or says(NOW_HOLDING, segment))
        and not goal_said(segment)
        # "has awarded US$12 million to the incubator, to be disbursed over 2026-2029": the
        # money's schedule, set off by a comma right after its part.
        and not _SCHEDULE_AFTER.match(sentence, rel)
    ):
        said = False
    if said and told_outcome(sentence) and not goal_said(segment):
        # 2025年新增企业目标未完成，原因是新增企业仅120家，而目标为150家: beside a goal told
        # met or missed, a part with no goal words of its own tells the outcome.
        said = False
    if said and says(SPAN_BACK, segment) and not goal_said(segment):
        # 园区在未来18个月内新增企业200家，过去18个月内新增企业150家: the part of a span
        # back tells what was done, whatever the span ahead beside it sets.
        said = False
    if said and goal_or_fact(sentence[: _statement_end(sentence, rel)], calendar) is False:
        # 截至10月25日，…67项整改任务中，已完成58项；其余任务…计划于年底前全部完成: the goal
        # is said only after the semicolon that ends the figure's statement, told as a fact.
        said = False
    if (
        said
        and page[1]
        and goal_or_fact(own_statement := find_statement(sentence, rel), calendar) is None
        and (past := find_date("ref_date", blank_change_start(own_statement), calendar=calendar))
        and str(past) < page[1]
        and not says(DEADLINE_CUES, own_statement)
    ):
        # 2025年本澳從事研發活動的人員有3,150人，較規劃基期增加18%；規劃目標為規劃期末達到
        # 4,000人: a statement of a period already past, with no goal words of its own, tells
        # a fact though another statement of its sentence sets a goal.
        said = False
    if said is False and goal_or_fact(segment, calendar) and not PAST_WORDS.search(segment):
        # "We've spent RMB 610 million so far this year, and full-year capex should come in
        # at roughly RMB 900 million": a part that forecasts its own figure, after a part
        # that tells a fact, sets a goal of its own.
        said = True
    if said and valuation_term(sentence, rel):
        said = False  # 以…每股資產淨值折讓35%得出目標價: the valuation's term, no goal
    if said and stated_then_scheduled(sentence, rel):
        said = False
    if said and (opening := _LAST_PERIOD_OPENING.match(sentence)):
        # "Last month the company leased a 3-hectare plot for a plant, which is due to start
        # production in 2027": the figure's part tells what was done in a period already
        # over; the goal words of a relative clause after it are the plant's schedule.
        which = sentence.find(", which", opening.end())
        before_which = sentence[: which if which > rel else len(sentence)]
        if not goal_said(before_which):
            said = False
    if (
        said
        and goal_named_whole(sentence, rel) is not None
        and not goal_said(sentence[last_stop_before(SEGMENT_END, sentence, rel) : rel])
    ):
        # "Only 38 percent of the 2.4 billion yuan the district pledged to spend had been paid
        # out by the end of April", "nine of the 25 labs the plan wants by 2027 were open":
        # the goal words name the whole; the figure's own verb tells it as done, a fact.
        said = False
    if said and in_own_whole(sentence, rel):
        # "Of the zone's twelve parks, eight will be expanded by 2028": the whole the
        # sentence opens with, stated with a count of its own, exists; the part is the goal.
        said = False
    if said and _MARGIN_OVER_GOAL.search(sentence, max(0, rel - 60), rel):
        # "Industrial output beat its goal by 3.9 percent": the margin over a goal (or the
        # shortfall) is a fact of the period the goal was set for, as 高于年度目标 is.
        said = False
    if said and page[1] and _dated_before_a_goal_of_its_own(sentence, rel, page, calendar):
        # 10月底出租率為88.4%，目標明年3月底前提升至92%: the later part that opens with goal
        # words sets its own goal, with its own figure; the figure before it, dated by its
        # own words up to the page's day, is told for itself, a fact.
        said = False
    if said and page[0] and (aside := _PAST_ASIDE.match(sentence[rel:])) and aside[1] < page[0]:
        # "to more than 5,500 in 2027 (4,694 in 2025)": the level of a year already over, set
        # in brackets beside the goal, is a fact of that year.
        if sentence[:rel].rstrip().endswith(("(", "（")):
            said = False
    if (
        said
        and says(SHARE_OF_GOAL, segment)
        and not goal_said(SHARE_OF_GOAL.sub(lambda m: " " * len(m[0]), segment))
    ):
        # "the zone reached 138 billion yuan, or about 92 percent of the target": the share
        # of a goal reached is a fact, beside the goal the sentence quotes.
        said = False
    if (
        said
        and period_to_date(sentence[:rel], page[1])
        and not goal_said(segment)
        and not says(STILL_TO_DO, segment)
    ) or (said and GOAL_YARDSTICK.search(sentence[max(0, rel - 16) : rel])):
        # 今年1—10月，该区实际使用外资3.4亿美元，…按照年初确定的4亿美元目标: a sentence of a
        # period already run tells facts of it, beside the goal it quotes; the margin over a
        # goal or a schedule (高于年度目标3.3个百分点) and the gap to it (还差) are facts too.
        said = False
    heading = scopes.heading_of(at)
    if (
        said is False
        and heading is not None
        and (base := _BASE_PART_AFTER.search(sentence, rel)) is not None
        and goal_or_fact(sentence[: base.start()], calendar) is None
        # (Under a lead-in of goals with their deadline; not "Goal 3 - Research workforce" over
        # "Outcome: 131, against 96 when … was adopted", an outcome told.)
        and goal_or_fact(text[heading[0] : heading[1]], calendar)
        and heading_deadline(text[heading[0] : heading[1]], calendar) is not None
    ):
        # "* 3,000 high-tech enterprises, against 2,000 recorded at the end of last year;"
        # under a lead-in of goals: the base's part tells what was done, not the item's.
        said = None
    # 收入预算总额4.86亿元 in a department's budget for 2027, 預算1.5億澳門元 in a year's grant
    # plan: what the year's budget plans, not the money of a scheme.
    scheme_money = scheme_money_before(sentence, rel) and not (
        heading is not None
        and heading == scopes.document
        and BUDGETED_HERE.search(sentence, max(0, rel - 24), rel) is not None
    )
    if (
        said is not False
        # ("Grants will be capped at NT$5 million per project": the rule's future tense.)
        and (not goal_said(segment) or says(_WILL_BE_CAPPED, segment))
        and (rule_cap := capped(sentence, rel))
        and not says(DEADLINE_CUES, segment)
    ):
        # 資助上限為企業研發投入的50%: the cap a scheme's rule sets, undated, though a goal
        # elsewhere in the sentence or a year's plan above it sets goals.
        said = False
    if (
        said
        and scheme_money
        # "will set up a fund of 5 billion yuan": a plan's words, but no date to reach it by.
        and (not goal_said(segment) or find_date("deadline", segment, calendar=calendar) is None)
        and not says(DEADLINE_CUES, segment)
    ):
        # 本計畫擴建面積約168公頃，總經費新臺幣412億元，計畫期程自民國116年至122年: the money a
        # plan or budget sets is no goal reached by the plan's end, though its part of the
        # sentence is told beside the plan's period.
        said = False
    set_aside = SET_ASIDE.search(sentence, max(0, rel - 16), rel) if said else None
    if (
        set_aside is not None
        and find_own_date("deadline", sentence[: part_end(sentence, rel)], rel, calendar) is None
        and not (set_aside[0][:2] in ("注资", "注資") and SPAN_AHEAD.search(sentence, 0, rel))
    ):
        # 於未來三年預留100億元, 向數碼港注資30億元: money a budget sets aside, or injects with
        # no date of its own to reach, is the policy's money, undated (將在未來三年再注資2億元
        # injects it by the span's end: a goal).
        said = False
    if said and _RELATIVE_CLAUSE.match(segment) and not goal_said(segment):
        said = says(DEADLINE_CUES, segment)  # its own words, not the sentence's
    deadline = None
    if said is None and heading is not None and capped(sentence, rel):
        said = False  # 資助上限為…的50% under a goal heading: the scheme's rule, no goal
    if said is None and heading is not None:
        # 2026年1—11月，…完成1268亿元 in a statement of 2027's goals, 114年度本縣招商投資金額達
        # 新臺幣162億元 under the goal heading of a plan for 115年度: a period of its own that
        # ends before the year the document or the plan sets goals for tells a fact of it.
        year = (
            scopes.document_year if heading == scopes.document else find_plan_year(text, calendar)
        )
        # 2025年，澳門本地生產總值為4,050億澳門元 under 公佈…中期目標 on a page of 2026: a year
        # already over at the page's date tells a fact of it, under a goal heading too.
        year = year or page[0]
        # (The start of a change, 由2025年底約5.1萬人增至10萬人, is the base's date, not the
        # sentence's.)
        own = (
            find_date("ref_date", blank_change_start(sentence), calendar=calendar) if year else None
        )
        if own is not None and str(own) < f"{year}-01-01":
            said = False
    if said is None and heading is not None:
        # 累计 (cumulative) in a goal list is still a goal; a fact word elsewhere is not; nor is
        # the money a policy sets under it ("will set up a fund of 5 billion yuan"). The year
        # a change starts from ("raise the share from 28 per cent in 2026 to 40 per cent") is
        # the start's, no fact word of the item's.
        told = _FROM_IN_YEAR.sub(lambda m: " " * len(m[0]), sentence)
        if (not says(FACT_WORDS, told) or "累" in sentence) and not (
            scheme_money and not says(DEADLINE_CUES, segment)
        ):
            said, deadline = True, heading_deadline(text[heading[0] : heading[1]], calendar)
            if heading == scopes.document and scopes.document_year:
                # The year the document sets goals for, at its end, unless the statement names
                # a part of that year (上半年完成…700家), which the caller reads against it.
                deadline = f"{scopes.document_year}-12-31"
                if _PART_OF_YEAR.search(find_statement(sentence, rel)):
                    deadline = None
            elif deadline is None and (plan_year := find_plan_year(text, calendar)):
                # 一、工作目标 in 江北区2027年工作计划: the goals of the year the plan is for.
                deadline = f"{plan_year}-12-31"
    elif (
        said is None
        and (event := _AFTER_COMPLETION.search(sentence, 0, rel)) is not None
        # ("Upon Completion": a term the document defines, whose date it reads elsewhere.)
        and event[0].split()[-1][:1].islower()
        and goal_said(sentence)
    ):
        # "Upon completion of this contract, capacity will be about 20.1 MW": due when the work
        # is finished (its completion's date told before, else none), not by the deadline of
        # the paragraph's first sentence.
        s_lo = at - rel
        line_start = scopes.line_start(s_lo)
        return True, find_completion_deadline(text, s_lo, rel, line_start, calendar)
    elif said is None and not says(FACT_WORDS, sentence) and not scheme_money_before(sentence, rel):
        s_lo = at - rel
        said, deadline = _lead_in(text, sentences, scopes.line_start(s_lo), s_lo, leads, calendar)
    put_in = put_in_money(sentence, rel, calendar, plan_end)
    if put_in is not None and rule_cap:
        return False, None  # the cap a rule sets on what a scheme puts in, undated
    if put_in is not None and (put_in[2] or not (said and heading is not None and deadline)):
        # 預計投入新臺幣1,250億元, 每年安排不低于5亿元 in a plan for 2026—2028: money a plan
        # puts in is due only by a span of its own (a goal heading's year is one: 2027年工作
        # 目标 over 安排…专项资金3亿元; 自2027年起 opens a span with no end).
        return put_in[0], put_in[1]
    if not said:
        return False, None
    part = _PART_OF_BEFORE.search(sentence, max(0, rel - 40), rel)
    whole = goal_named_whole(sentence, part.start()) if part is not None else None
    if whole is not None and whole[0] <= rel < whole[1]:
        # "only 35 of the 80 talent apartments pledged to start-ups have been handed over": the
        # whole named with a goal's words is due when its own words say, else undated (not by
        # a date another part of the sentence names).
        own_words = sentence[whole[0] : whole[1]]
        return True, find_date("deadline", own_words, calendar=calendar) or Date(
            "", "the whole named with a goal's words names no date of its own"
        )
    # The base's date (由2025年底約5.1萬人增至10萬人, 较2020年) is no deadline of the goal.
    own = find_own_date(
        "deadline",
        _FROM_IN_YEAR.sub(lambda m: " " * len(m[0]), blank_change_start(sentence)),
        rel,
        calendar,
    )
    statement = find_statement(sentence, rel)
    if own is not None and any(
        _RELATIVE_YEAR.search(part) and find_date("deadline", part, calendar=calendar) is None
        # …力争到2027年…；今年四季度，还将新开工项目15个以上: a statement after a semicolon
        # with its own year relative to the page is not dated by a year before it.
        for part in (segment, statement if statement != sentence else "")
    ):
        # 将在2026年10月31日前完成…，并于明年一季度前将…降至15%: the figure's own part says
        # its deadline relative to the page's date; the other part's date is not its own.
        return True, None
    if own is None and (same := SAME_DEADLINE.search(sentence, 0, part_end(sentence, rel))):
        # "aims at 80,000 … by the same year", "Over the same period, the city aims to add
        # 50": the deadline the text named last before the figure (not a base's year).
        s_lo = at - rel
        told = blank_change_start(text[max(0, s_lo - 2 * WINDOW) : at])
        # The last deadline cue before it (not one a page's date must read: "over the next
        # three years", which the caller reads).
        cues = list(DEADLINE_CUES.finditer(told))
        named = find_date("deadline", told[cues[-1].start() :], 0, calendar) if cues else None
        if named:
            own = Date(str(named), f"{same[0]!r}: the deadline named before it, {named.note}")
    if own is None:
        # "a pilot line of 12,000 square metres that should open in the third quarter of 2027",
        # "due in the first half of 2028": the period a schedule after the figure names ends
        # by its deadline.
        after = sentence[rel : part_end(sentence, rel)]
        sched = _SCHEDULED_IN.search(after)
        if sched is not None:
            own = find_date("ref_date", after[sched.end() :], 0, calendar)
    deadline = own if own is not None else deadline  # an impossible one too: it says why
    if own is None and (
        _RELATIVE_YEAR.search(find_statement(sentence, rel))
        or (deadline is None and says(SPAN_AHEAD_CUE, sentence))
    ):
        # 明年內新建…5個 under a heading or after a line that names 2030: the statement's own
        # year, relative to the page's date, which the caller reads (not the heading's); so
        # is a span ahead of the page ("over the next three years", 未來五年內), not a year a
        # sentence before it names ("In 2025 the firm opened a lab.").
        return True, None
    if deadline is None:
        s_lo = at - rel
        relative = list(_RELATIVE_YEAR.finditer(sentence, 0, rel))
        if (
            relative
            and find_date("deadline", sentence[relative[-1].start() : rel], calendar=calendar)
            is None
        ):
            # 建议今年全市…主要预期目标是：…；城镇调查失业率控制在5%以内 after 今年是"十五五"规划
            # 承上启下的关键一年: a year relative to the page's date that the sentence names
            # before the figure dates each statement of its list (the caller reads it), not a
            # plan a sentence before it names.
            return True, None
        deadline = find_date(
            "deadline",
            text[max(scopes.line_start(s_lo), s_lo - WINDOW) : s_lo],
            calendar=calendar,
        )
    if deadline is None and heading is not None and heading == scopes.document:
        # 上半年完成…1500家 in 2027年工作要点: a part of the year the document sets goals for,
        # read against that year by the caller (not a plan a lead sentence names, 落实"十五五"规划).
        return True, None
    if (
        deadline is None
        and heading is not None
        and _RELATIVE_YEAR.search(text, heading[0], heading[1])
    ):
        # "II. What We Will Do This Year", 二、明年工作安排: the heading names its year relative
        # to the page's date, which the caller reads; a plan a lead sentence names ("the second
        # year of the 15th Five-Year Plan") does not date its goals.
        return True, None
    if deadline is None and heading is not None:
        # A lead-in line under the heading ("Both zones have published goals to 2027.")
        # dates the goals that follow it, before the heading's own year does.
        s_lo = at - rel
        between = text[heading[1] : s_lo] if s_lo - heading[1] <= WINDOW else ""
        # Only a lead-in line: a numbered or bulleted item of the list before the figure's
        # (1. Cut … by the end of 2027.) has its own deadline, not the next item's.
        between = "".join(
            "\n" if LIST_ITEM.match(line) else line for line in between.splitlines(keepends=True)
        )
        deadline = find_date("deadline", between, len(between), calendar) or heading_deadline(
            text[heading[0] : heading[1]], calendar
        )
    return True, deadline


# 落成後將提供, "once completed, it will house": what a work will do after it is finished,
# whose date the paragraph gave before (預計2029年落成). 啟用後的每年經常開支 names a cost
# that follows, not a state the work reaches.
_AFTER_COMPLETION = re.compile(
    r"(?:落成|建成|完工|竣工|启用|啟用|投产|投產|开业|開業|开幕|開幕)\s*(?:后|後|之后|之後)(?!的)"
    r"|\b(?:once|when|after|upon)\s+(?:it\s+is\s+|they\s+are\s+|fully\s+)?"
    r"(?:completed|complete|completion|finished|built|opened|operational)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[，；;。！？!?\n]|,(?!\d{3}(?!\d))|\.(?!\d)")
_COMPLETION = re.compile(
    r"完工|竣工|完成|建成|落成|启用|啟用|投产|投產|开业|開業|开幕|開幕"
    r"|\b(?:complet(?:e|ed|ion)|finish(?:ed)?|open(?:s|ed|ing)?|operational)\b",
    re.IGNORECASE,
)


def find_completion_deadline(
    text: str, s_lo: int, rel: int, line_start: int, calendar: str = "CNY"
) -> Date | None:
    """The deadline of a figure that a work will reach once finished (大樓落成後將提供約500個),
    or None.

    The sentence at ``s_lo`` (the figure at ``rel`` in it) says, before the figure and not as
    done, what follows the work's completion; the date is the completion's, told earlier in
    the same paragraph (from ``line_start``): 預計2029年落成, "is due to be completed by 2029".
    """
    sentence = text[s_lo : s_lo + rel]
    after = _AFTER_COMPLETION.search(sentence)
    if after is None or DONE_WORDS.search(sentence, after.end()):
        return None
    before = text[max(line_start, s_lo - WINDOW) : s_lo]
    told = list(_COMPLETION.finditer(before))
    if not told:
        return None
    last = told[-1]
    # The completion's clause: its date stands before the word (2029年落成, "completed by 2029")
    # or just after it ("completed in 2029").
    lo = max((m.end() for m in _CLAUSE_START.finditer(before, 0, last.start())), default=0)
    clause = before[lo : last.end() + 24]
    return find_date("deadline", clause, last.end() - lo, calendar)


_SCHEDULE_AFTER = re.compile(rf"[^,;，；]*[,，]\s*to\s+be\s+{SCHEDULED}", re.I)

# The line under a measure that reports its progress (進度：已完成, "Status: on schedule").
_PROGRESS = re.compile(r"[ \t]*(?:進度|进度|進展|进展|progress|status)[ \t]*[:：]", re.I)


# A part that opens with goal words (目標…, 力争, "and aims to"): a goal of its own.
_GOAL_PART_OPENS = re.compile(
    _GOAL_OPENS.pattern + r"|\s*(?:(?:并|並|且|而)\s*)?(?:目标|目標|争取|爭取)", re.I
)


def _dated_before_a_goal_of_its_own(
    sentence: str, rel: int, page: tuple[str | None, str | None], calendar: str
) -> bool:
    """Whether the figure at ``rel`` is told in a part with no goal words that gives a date up to
    the page's day, before a later part that opens with goal words and states a figure of its
    own (9月底出租率為91.2%，目標年底前回升至93%)."""
    page_year, page_date = page
    later = next(
        (
            a
            for a, b in _later_parts(sentence, rel)
            if _GOAL_PART_OPENS.match(sentence, a + 1) and has_figure(sentence[a + 1 : b])
        ),
        None,
    )
    if later is None or page_year is None or page_date is None:
        return False
    # The figure's own part up to the goal's (2026年全年收入指引為…，並表示9月底…為91.2%: a
    # part before it may name its own period or guidance).
    told = sentence[last_stop_before(SEGMENT_END, sentence, rel) : later]
    if goal_said(told) or says(DEADLINE_CUES, told):
        return False
    own = find_date("ref_date", told, calendar=calendar) or find_relative_date(
        told, page_year, page_year, page_date, calendar
    )
    return own is not None and str(own) <= page_date


def _progress_line(text: str, at: int) -> str | None:
    """The first sentence of the progress line right under the line holding ``at``, if any."""
    end = text.find("\n", at)
    if end < 0:
        return None
    found = _PROGRESS.match(text, end + 1)
    if found is None:
        return None
    line_end = text.find("\n", found.end())
    line = text[found.end() : line_end if line_end >= 0 else len(text)]
    return re.split(r"[。.!?！？](?:\s|$)|。", line, maxsplit=1)[0]


# A year named relative to the page's date: a statement's own deadline.
_RELATIVE_YEAR = re.compile(
    r"明年|今年|下一?(?:財政|财政)年度|\bnext\s+(?:(?:fiscal|financial)\s+)?year\b"
    r"|\bthis\s+year\b|(?<![\d年])全年|本年度",
    re.I,
)


def _statement_end(sentence: str, rel: int) -> int:
    """The offset of the semicolon that ends the statement at ``rel`` (else the end)."""
    return first_stop_from(SEMICOLON, sentence, rel)


def find_statement(sentence: str, rel: int) -> str:
    """The part of ``sentence`` between the semicolons around offset ``rel``."""
    lo = last_stop_before(SEMICOLON, sentence, rel)
    hi = first_stop_from(SEMICOLON, sentence, rel)
    return sentence[lo:hi]


# A sentence that reports an approval (通過…擴建案, 核准, "approved") tells the approved
# project's figures as facts of that day.
_APPROVAL = re.compile(r"通過|通过|核准|批准|\bapproved\b", re.I)


# The start of work on a project (預計116年第2季動工, "to break ground in 2027"): a date that
# schedules the work, which no size or investment of the project is due by.
_WORK_STARTS = re.compile(
    r"動工|动工|開工|开工|\bbreak\s+ground\b|\bstart\s+(?:construction|work)\b", re.I
)


def stated_then_scheduled(sentence: str, rel: int, approval: bool = True) -> bool:
    """Whether the figure at ``rel`` is told in an approval, and the goal words come only in
    later parts that state no figure (…使用園區土地約12.6公頃，…，預計116年第3季動工): those
    parts schedule the project, not the figure. Without an approval, the same holds when
    those parts only schedule the start of work (開發面積約45公頃，…，預計116年第2季動工): the
    project's stated size is a fact of the day it is stated, no goal. With ``approval``
    False, only that second case (an approval may state money undated)."""
    hi = first_stop_from(SEGMENT_END, sentence, rel)
    head, tail = sentence[:hi], sentence[hi:]
    if goal_said(head) or DEADLINE_CUES.search(head):
        return False
    cuts = [0, *(m.end() for m in SEGMENT_END.finditer(tail)), len(tail)]
    parts = [tail[a:b] for a, b in itertools.pairwise(cuts)]
    goals = [p for p in parts if goal_said(p) or DEADLINE_CUES.search(p)]
    approved = approval and _APPROVAL.search(head) is not None
    return (approved or bool(goals)) and all(
        not has_figure(p) and (approved or _WORK_STARTS.search(p)) for p in goals
    )


def _lead_in(
    text: str,
    sentences: Boundaries,
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
        _, end = sentences.around(p_lo, p_lo, p_lo, min(len(text), p_lo + WINDOW))
        first = text[p_lo:end]
        deadline = find_date("deadline", first, calendar=calendar)
        cache[p_lo] = (bool(goal_or_fact(first, calendar)) and deadline is not None, deadline)
    return cache[p_lo]


# A value labelled by its year and what it is, as an indicator list writes a table's row on one
# line (研发经费投入强度：2025年基数3.82%，2030年目标4.5%; "R&D intensity: 2025 baseline 3.1%,
# 2030 target 4%"; 基期值（2025年）3.1%; "target for 2030: 4%"): the label ends right before the
# value, in its clause.
_LABEL_BEFORE = re.compile(
    rf"(?:(?P<y1>(?:19|20)\d{{2}})\s*(?:年度?|财年|財年)?\s*)?(?P<word>{GOAL_LABELS}|{BASE_LABELS})"
    r"\s*(?:(?:for|in|by)\s+(?P<y2>(?:19|20)\d{2})|[（(]\s*(?P<y3>(?:19|20)\d{2})\s*年?\s*[）)])?"
    r"\s*(?:为|為|是|\bof|\bis|\bwas|[:：])?\s*"
    r"(?:约|約|近|\babout|\baround|\babove|\bover|\bbelow|\bunder|\bat\s+least|\bmore\s+than"
    r"|\bup\s+to|\bno\s+(?:fewer|less)\s+than|\bsome)?\s*" + CURRENCY_NAME + "$",
    # "Baseline (2025): $7.4 million", 目標值：新臺幣180億元: a currency before the number.
    re.I,
)
_LABEL_STOP = re.compile(r"[，,；;、。\n]|[:：](?=.)")
_IS_GOAL_LABEL = re.compile(GOAL_LABELS, re.I)


def find_column_label(sentence: str, rel: int) -> tuple[bool, str, str] | None:
    """(is a target, the year, the label) when the value at ``rel`` is labelled by a year and
    a word that says it is a goal (目标, 目標值, target) or a base year's fact (基数, 基期,
    现状, baseline, actual): a goal due by that year's end, a fact of it. None otherwise,
    and for a label without a year (the sentence decides then)."""
    lo = max(0, rel - 40)
    part = sentence[lo:rel]
    # The label starts after the last stop (研发经费投入强度：2025年基数…), or the one before it
    # when the last is the label's own colon ("target for 2030: 4%", 2030年目标：4.5%).
    starts = [0] + [m.end() for m in _LABEL_STOP.finditer(part)]
    found = None
    for start in starts[-1:-3:-1]:
        found = _LABEL_BEFORE.search(part, start)
        if found is not None:
            break
        found = None
    if found is None:
        return None
    year = found["y1"] or found["y2"] or found["y3"]
    if year is None:
        return None
    if re.match(r"[A-Za-z]", part[found.start("word") - 1 : found.start("word")]):
        return None  # "subtarget": a word of its own
    return bool(_IS_GOAL_LABEL.fullmatch(found["word"])), year, found[0].strip()
