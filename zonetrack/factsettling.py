"""What a fact's date becomes once read.

:func:`date_by_notice_or_rule` dates a batch a notice announces by the notice's day and a
change against the period before by the fact told before it, and drops the date of what is a
rule rather than a count (a policy's money, a scheme's terms, the rate it pays).
:func:`settle_date` then moves the base of a change a year back, dates the end of a change by
the date after it, pairs dates and figures told "respectively", and turns a fact dated ahead
of the page into a forecast (a goal with a deadline). Both are steps of
:func:`zonetrack.factdates.find_fact_date`.
"""

from __future__ import annotations

import re

import pandas as pd

from .datebasis import Date
from .figures import find_figures
from .goalbases import DATE_AFTER
from .goals import GoalReading
from .goalwords import DONE_WORDS, FORECAST_WORDS
from .headings import find_list_lead
from .periods import arabic_years, find_date
from .policymoney import (
    CURRENCY_NAME,
    capped_in_part,
    money_put_in_ahead,
    scheme_money_before,
    valuation_term,
)
from .presentdates import SCHEME_TERMS
from .quantities import is_quantity
from .readingstate import ReadingState
from .relativeforms import find_relative_date, says_now
from .scopes import find_statement, last_joined
from .sentences import find_segment, says, segment_before, statement_bounds
from .survey import Place, Survey
from .units import CURRENCIES

__all__ = ["AS_AT_OPENING", "date_by_notice_or_rule", "settle_date"]


# The same period of another year (the base a part-year figure is compared with): that
# year's part of the period the sentence names ("up from US$7.1 billion in the same period of
# 2024" after "between January and September": to 30 September 2024).
_SAME_PERIOD = re.compile(
    r"\bsame\s+period\s+(?:of|in)\s+(\d{4})\b|(?<!\d)(\d{4})\s*年\s*同期", re.I
)


_PREVIOUS_BASE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|from|over)\s+(?:in\s+|at\s+)?the\s+(?:previous|preceding|prior)\s+"
    r"(?:(?:financial|fiscal|academic|school)\s+)?year\b"
    # (較上一年度 alone, beside 過去一年, states no period of its own to compare.)
    r"|(?:较|較|比)\s*上一?(?:學|学)年|(?:较|較|比)\s*上一?(?:財政|财政)年度",
    re.I,
)


# The next of a list of caps, told in parallel (…上限為港幣32,000元，碩士則為港幣26,000元).
_PARALLEL_CAP = re.compile(r"(?:则|則|亦|也|均)\s*(?:为|為|是)\s*" + CURRENCY_NAME + "$")
_CAP_WORDS = re.compile(r"上限|最高|最多|不超过|不超過", re.I)


# After the base of a comparison ("up from CNY 58.1 billion a year earlier", "up from 412 in
# the previous academic year"): the base is of the period a year before the figure's own.
_A_YEAR = r"(?:a\s+year|twelve\s+months|12\s+months)"
_YEAR_EARLIER = re.compile(
    # "compared with 88% twelve months earlier", "against 1,600 a year previously".
    rf"\s*(?:{_A_YEAR}\s+(?:earlier|before|ago|previously)|the\s+year\s+before"
    r"|in\s+the\s+(?:previous|preceding|prior)\s+"
    r"(?:(?:academic|financial|fiscal|school)\s+)?year"
    # "against $4.6 billion in the same period of the previous year" (of a year earlier):
    # the base's period, a year before the figure's.
    r"|in\s+the\s+same\s+(?:period|quarter|half|month|months)\s+(?:of\s+|in\s+)?"
    rf"(?:the\s+(?:previous|preceding|prior)\s+(?:(?:financial|fiscal)\s+)?year"
    rf"|{_A_YEAR}\s+(?:earlier|before)))\b",
    re.I,
)


# Before a figure: 一年前則為89.1%, 去年同期为76家, 上年同期則有, "a year earlier it was 41%"
# (after the figure of a day or a period): the figure is of the same day a year before.
_YEAR_BEFORE_LEAD = re.compile(
    r"(?:一年前|一年之前|一年以前|上年同日|去年同日|去年同期|上年同期|去年同一?(?:時間|时间))\s*"
    r"(?:則|则|仍|亦|也|只|僅|仅)?\s*(?:為|为|是|有|達|达)\s*"
    r"(?:約|约|逾|近)?\s*$"
    r"|\ba\s+year\s+(?:earlier|before|ago)\s*,?\s*(?:it|the\s+\w+)\s+(?:was|stood\s+at)\s+"
    r"(?:about\s+|some\s+)?$"
    # "A year earlier it had 1,600", "Twelve months before, the park counted 1,600", "; a year
    # earlier, 88%": the statement opens a year back, and nothing dated comes between.
    rf"|(?:^\s*|[.;:]\s*|\b(?:and|but|while)\s+){_A_YEAR}\s+(?:earlier|before|previously)\b"
    r"[^.;:!?。；\d]{0,60}$",
    re.I,
)


_LAST_YEAR_WORD = re.compile(r"去年|上年")

# 去年同季批出90宗, 上年同期新增76家: the same quarter (period) a year back opening the figure's
# part, with its deed or change between (去年同期增长12%; not a base, 较去年同期, 与去年同期
# 相比): of the period the sentence gave before, a year back.
_YEAR_BEFORE_DEED = re.compile(
    r"(?<![较較比与與和跟])(?:去年|上年)\s*同(?:(?P<quarter>季度?)|期)"
    r"(?![的比相])[^，,。；;：:\d]{0,10}?(?:約|约|逾|近|共)?\s*$"
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
    # (2026年上半年, 2026年前三季度: a part of the year is the item's, 2026-06-30.)
    r"(?:\s*年(?:度|\s*(?:1|一)\s*[-—–~至到]\s*\d{1,2}\s*月"
    r"|\s*(?:上半年|下半年|前三季度?|[一二三四1-4]\s*季度))?(?!\s*[/／-]?\s*\d))?"
)
_DATE_LIST = re.compile(
    rf"((?:{_DATE_ITEM}\s*(?:、|,|，|及|和|与|與|and)\s*)+{_DATE_ITEM})"
    r"\s*(?:[兩两二三四五六七八九十\d]{1,2}\s*[個个]\s*)?"
    r"(財政年度|财政年度|年度|年|financial\s+years|)",
    re.I,
)


# A batch a notice announces (本批次, 本批, 2026年第四批, "this batch"): of the notice's date.
_BATCH = re.compile(
    r"本批次?|[该該此]批次?|第\s*[一二三四五六七八九十\d]{1,3}\s*批(?!准)|\bthis\s+(?:batch|tranche)\b",
    re.I,
)


# Money a budget sets for a period (编列预算, 預算安排, "has budgeted").
_BUDGETED = re.compile(r"编列|編列|预算安排|預算安排|\b(?:has|have)\s+budgeted\b", re.I)


# What a party undertakes or guarantees (业绩承诺, 保證, "has guaranteed", "undertakes that").
_UNDERTAKEN = re.compile(
    r"承诺|承諾|保证|保證|\bguarantee[sd]?\b|\bundertak(?:es|en|ing)\b|\bwarrants?\b", re.I
)


# A period named by its end still to come ("the financial year ending 31 December 2027").
_PERIOD_ENDING = re.compile(r"\b(?:year|period|months)\s+ending\b", re.I)


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
# Where a Chinese list of figures ends: its clause's full-width comma or stop.
_LIST_END = re.compile(r"[，；。]")

# A span of whole years before 分别 (2026-2027年, 2026至2028年): its years, listed in order (not a
# financial year, 2026-27年度, whose end is written in two digits).
_YEARS_SPAN = re.compile(r"(?<![\d.,])(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年(?!\s*\d|度)")


# A sentence opened by the day it counts as at (截至2026年9月底，, 截至同日，, "As at 30 June,").
AS_AT_OPENING = re.compile(
    r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.．、]\s*)?(?:截至|截止|\bas\s+(?:at|of)\b)",
    re.I,
)


# 总投资 right before money: the total a project's (or a list's) plans put in.
_TOTAL_PUT_IN = re.compile(r"(?:总投资|總投資)\s*(?:为|為|达|達|约|約|[:：])?\s*$")


def date_by_notice_or_rule(
    survey: Survey,
    place: Place,
    state: ReadingState,
    ref_date: Date | None,
    blanked: str,
    told: str,
) -> tuple[Date | None, bool]:
    """The date of a batch, of a change against the period before, and of a rule (none).

    A batch a notice announces is of the notice's date, a change against the period before
    of the period told before; a policy's money, a scheme's terms and the rate it pays are
    rules, of no date.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.
    state : ReadingState
        What the figures before it left (the last date told).
    ref_date : Date or None
        The date read so far.
    blanked : str
        The sentence, other figures' dates blanked.
    told : str
        The sentence up to the end of the figure's statement.

    Returns
    -------
    tuple of (Date or None, bool)
        (ref_date, whether the figure is a policy's money).
    """
    text, calendar, scopes = survey.text, survey.calendar, survey.scopes
    page_date = survey.page_date
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    last_ref = state.last_ref
    batch = bool(page_date) and bool(
        _BATCH.search(told)
        or ((title := scopes.title_of(figure.start)) and _BATCH.search(text[title[0] : title[1]]))
    )
    # 总投资318.6亿元 of a batch's projects: the money their plans put in, undated (no count the
    # notice takes on its day, nor one listed after it).
    batch_total = (
        batch
        and figure.unit in CURRENCIES
        and _TOTAL_PUT_IN.search(sentence, max(0, rel - 8), rel) is not None
    )
    if ref_date is None and page_date and batch and not batch_total:
        # 本批次共有87家企业获得奖励, 2026年第四批共有2,937家企业…现予公告入库: a batch the
        # notice announces is of the notice's date (the year in its name is no date).
        ref_date = Date(page_date, "a batch the notice announces: the notice's date")
    if ref_date is None and last_ref and says(_PREVIOUS_BASE, sentence):
        # "11 per cent higher than in the previous financial year", 較上一學年增加23%:
        # compared with the period before, so of the period of the fact told before it.
        ref_date = Date(str(last_ref), "the period of the fact before it, which the base precedes")
    policy_money = batch_total or (
        figure.unit in CURRENCIES
        and bool(
            scheme_money_before(sentence, rel)
            # 上限為港幣32,000元，碩士則為港幣26,000元: the next cap of the same rule.
            or (
                _PARALLEL_CAP.search(segment_before(sentence, rel))
                and _CAP_WORDS.search(sentence, 0, rel)
            )
            # 預計投入新臺幣1,250億元: money a plan or a proposal puts in, with no span of
            # its own (not the day the plan was announced: 今（28）日).
            or (
                money_put_in_ahead(sentence, rel, calendar, survey.plan_end)
                # 截至同日，…已資助約100支團隊，涉及撥款約10億元: money told in a tally as
                # at a day is granted money counted then, not money a plan puts in.
                and not AS_AT_OPENING.match(sentence)
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
    if (
        ref_date is not None
        and capped_in_part(sentence, rel)
        # (2026年，…其中最多人民币2亿元来自省基金: a date in its own statement dates it.)
        and not find_date("ref_date", find_statement(blanked, rel), calendar=calendar)
    ):
        # 租賃費用由縣府補助五成，每戶每年補助上限新臺幣6萬元 after the pilot's start: the rate
        # or cap a rule sets is of no date (the start in the statement before is the pilot's).
        ref_date = None
    if ref_date is not None and SCHEME_TERMS.match(sentence):
        ref_date = None  # a scheme's terms: a rule, of no date
    if (
        ref_date is not None
        and figure.unit == "percent"
        and (
            (
                _RATE_BASIS.search(segment_before(sentence, rel))
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


def settle_date(
    survey: Survey,
    place: Place,
    goal: GoalReading,
    ref_date: Date | None,
    blanked: str,
    told: str,
) -> tuple[Date | None, bool, str | None]:
    """The date a fact's reading settles on, or the deadline of a forecast.

    A base a year before its figure, the date after the end of a change, dates paired in
    order, the same period of another year; a date ahead of the page is the page's for the
    start of a change, else a forecast's deadline.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.
    goal : GoalReading
        What :func:`zonetrack.goals.read_goal` found.
    ref_date : Date or None
        The date read so far.
    blanked : str
        The sentence, other figures' dates blanked.
    told : str
        The sentence up to the end of the figure's statement.

    Returns
    -------
    tuple of (Date or None, bool, str or None)
        (ref_date, whether the figure is a goal, deadline).
    """
    text, calendar, page_date = survey.text, survey.calendar, survey.page_date
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    base, deadline = goal.base, goal.deadline
    is_target = False
    end_rel = figure.end - s_lo
    if base is not None and ref_date and base["year_ago"]:
        ref_date = Date(_a_year_before(str(ref_date)), "the same period a year before")
    elif base is not None and ref_date and (base["month_before"] or base["quarter_before"]):
        # 10月營收…較上月的12.22億元: the base, at the end of the month (or quarter) before.
        back = 1 if base["month_before"] else 3
        ref_date = Date(_months_before(str(ref_date), back), f"{base[0].strip()!r}: before it")
    elif base is not None and ref_date and _YEAR_EARLIER.match(sentence, end_rel):
        # "up from 58.1 billion a year earlier": the base, a year before its figure.
        ref_date = Date(_a_year_before(str(ref_date)), "a year before the figure's date")
    elif (
        base is None
        and ref_date
        and (lead := _YEAR_BEFORE_LEAD.search(sentence, max(0, rel - 80), rel))
    ):
        # The date the sentence gives before the lead (截至9月底，…，去年同期为1,080家: not
        # 去年's own end, which the lead's words would read).
        given = _date_given(survey, blanked[: lead.start()])
        if given and str(given):
            ref_date = Date(_a_year_before(str(given)), "a year before the date the sentence gives")
        elif not _LAST_YEAR_WORD.match(lead[0]):  # (去年同期 alone: 去年 has dated it)
            ref_date = Date(_a_year_before(str(ref_date)), "a year before the figure's date")
    elif (
        base is None
        and ref_date
        and (deed := _YEAR_BEFORE_DEED.search(sentence, max(0, rel - 24), rel))
    ):
        given = _date_given(survey, blanked[: deed.start()])
        if given and str(given):
            ref_date = Date(
                _a_year_before(str(given)), "the same period a year before the one told"
            )
        elif deed["quarter"] and page_date:
            # 去年同季 with no quarter told before: the quarter last ended at the page's date.
            ended = _months_before(page_date, (int(page_date[5:7]) - 1) % 3 + 1)
            ref_date = Date(_a_year_before(ended), "去年同季: the page's last quarter, a year back")
    elif base is None and _CHANGE_END.search(sentence, max(0, rel - 120), rel):
        after = DATE_AFTER.match(sentence, end_rel)
        own = find_date("ref_date", after[0], calendar=calendar) if after else None
        if own:
            ref_date = Date(str(own), "the date right after the end of the change")
    paired = respective_date(blanked, rel, calendar)
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
    # 乙方承诺…2027年度…不低于, "has guaranteed that the net profit shall be not less than …
    # for the financial year ending": a figure undertaken for a period still to end is a goal
    # due at its end, though the undertaking itself is told as done.
    undertaken = says(_UNDERTAKEN, sentence)
    if ref_date and valuation_term(sentence, rel):
        ref_date = None  # 以2027年預測每股資產淨值折讓35%: the valuation's term, undated
    if ref_date and not page_date and undertaken and _PERIOD_ENDING.search(sentence):
        # "shall be not less than … for the financial year ending 31 December 2027" on a
        # page whose date is not read: the period an undertaking names ending is still to end.
        is_target, deadline, ref_date = True, ref_date, None
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
        if undertaken or (
            (FORECAST_WORDS.search(statement + intro) or _BUDGETED.search(statement))
            and not told_done
        ):
            deadline = last_joined(sentence, rel, ref_date, calendar)
            is_target, ref_date = True, None
    return ref_date, is_target, deadline


def respective_date(sentence: str, rel: int, calendar: str) -> Date | None:
    """The date paired in order with the figure at ``rel`` when a sentence lists as many
    dates as figures and says 分別為 (respectively): the n-th figure is of the n-th date (a
    fact's date, or a goal's deadline: 於二零二六年度、二零二七年度及二零二八年度之淨利潤分別
    不低於…)."""
    if not says(_RESPECTIVELY, sentence):
        return None
    # Years in Chinese numerals as digits, one for one: the offsets stay the sentence's.
    sentence = arabic_years(sentence)
    said = _RESPECTIVELY.search(sentence)
    listed = _DATE_LIST.search(sentence, 0, rel)
    span = _YEARS_SPAN.search(sentence, 0, said.start()) if said and said.start() < rel else None
    if listed is None and said is not None and span is not None:
        # 预计公司2026-2027年归母净利润分别为7.0亿元、8.1亿元: each year of the span in turn.
        first, last = int(span[1]), int(span[2])
        if 2 <= last - first + 1 <= 10:
            n = _count_listed(sentence[said.end() : rel])
            if n <= last - first:
                return Date(f"{first + n}-12-31", f"{span[0]}: the year paired with the figure")
    if said is not None and listed is None and said.start() > rel:
        # "$420 million and $1.1 billion in 2027-28 and 2028-29 respectively": the dates
        # listed after the figures, right before the word; as many figures as dates in the
        # statement before the list.
        after = _DATE_LIST.search(sentence, rel, said.start())
        if after is not None and not sentence[after.end() : said.start()].strip(" ,，"):
            lo = statement_bounds(sentence, rel)[0]
            if _count_listed(sentence[lo : after.start()]) == len(re.findall(_DATE_ITEM, after[1])):
                listed = after
    if said is None or listed is None:
        return None
    items = re.findall(_DATE_ITEM, listed[1])
    if said.start() < rel:  # 分別為28億元、31億元及35億元: count the figures after it
        # As many figures after the word as dates, else no pairs (three figures for two
        # years; "…, respectively, and 5 million in 2023": a figure outside the list). A
        # Chinese list ends at its clause (分別錄取182間、205間及231間，合共618間: the total
        # after the comma is no item).
        # (A list set off by commas, 分别为10亿元，12亿元，7亿元, runs on past them when only
        # its whole statement holds as many figures as dates.)
        end = statement_bounds(sentence, rel)[1]
        ends = [end]
        if (comma := _LIST_END.search(sentence, rel, end)) is not None:
            ends.insert(0, comma.start())
        if not any(_count_listed(sentence[said.end() : e]) == len(items) for e in ends):
            return None
        n = _count_listed(sentence[said.end() : rel])
    elif listed.start() > rel:  # 420 and 1,100 million in 2027-28 and 2028-29 respectively
        n = _count_listed(sentence[statement_bounds(sentence, rel)[0] : rel])
    else:  # 28, 31 and 35 billion respectively
        n = _count_listed(sentence[listed.end() : rel])
    if n >= len(items):
        return None
    # A year written alone ("in 2022 and 2023") is a calendar year, as 2022年 is.
    item = items[n].strip()
    written = item if "年" in item else f"{item}{listed[2] or '年'}"
    if not listed[2] and re.search(r"\d\s*[/／-]\s*\d", item):
        written = f"in {item}"  # "in 2027-28 and 2028-29": financial years, as in English
    date = find_date("ref_date", written, calendar=calendar)
    return Date(str(date), f"{items[n]} paired with the figure in order") if date else None


def _count_listed(part: str) -> int:
    """How many figures ``part`` lists, as extraction counts them: a figure with a unit, or a
    bare number that is a quantity ("1,200 firms and 300 labs"), never a year nor an article."""
    return len([f for f in find_figures(part) if is_quantity(f, part)])


def _date_given(survey: Survey, before: str) -> Date | None:
    """The date the words ``before`` a figure give, written or relative to the page's."""
    return find_date("ref_date", before, calendar=survey.calendar) or (
        find_relative_date(before, survey.page_year, survey.page_year, survey.page_date)
        if survey.page_year
        else None
    )


def _a_year_before(date: str) -> str:
    """``YYYY-MM-DD`` a year earlier (29 February to 28 February)."""
    return f"{pd.Timestamp(date) - pd.DateOffset(years=1):%Y-%m-%d}"


def _months_before(date: str, months: int) -> str:
    """The last day of the month ``months`` months before that of ``date`` (``YYYY-MM-DD``)."""
    first = pd.Timestamp(date[:8] + "01") - pd.DateOffset(months=months)
    return f"{first + pd.offsets.MonthEnd(0):%Y-%m-%d}"
