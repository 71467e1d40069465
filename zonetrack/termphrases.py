"""The phrase that dates a figure by a plan's term the page states.

Goals count from a plan's term (实施第二年末, 试点期满, 有效期届满时, 計劃推出後首兩年內, "within 18
months of launch", "by the end of Phase I", "by the close of the Programme"); facts date from it
("at launch", "when the plan began"). :func:`read_plan_term` resolves the phrase that dates one
figure from the terms :func:`zonetrack.planterms.find_plan_terms` read: a goal due on the day it
names (a fact of that day when the page is later), a fact of the start, or a goal with no
deadline when the term counts from a day the page does not give (以三年為一期…另行公告, "once …
signs off", 自认定之日起18个月内).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from .datebasis import Date
from .goalwords import DONE_WORDS, NOW_HOLDING, TOLD_DONE
from .periods import find_date
from .planterms import PlanTerms
from .sentences import CLAUSE_END, SEMICOLON, first_stop_from, last_stop_before, says
from .termforms import (
    DATE,
    EVENT_WORDS,
    LENGTH,
    NUM,
    START,
    TERM_STATED,
    UNDATED,
    count_months,
    end_after,
    read_count,
    read_day,
    term_kind,
)

__all__ = ["read_plan_term"]

# The phrases that date a figure by a term. Each names what it counts: "months" from the
# start (生效後首18個月內, "within 18 months of launch"), the end of the term's "year" N
# (实施第二年末, "the Programme's third year", 生效首年), a "phase" (第一階段結束時, "by the end
# of Phase I"), the term's "end" (试点期满, 有效期届满时, 计划期末, "by the close of the
# Programme", "over the life of", "by the Pilot's expiry"), "during" the term (实施期内,
# 执行期間, "during the Investment Period"), or its "start" ("at launch", "when the plan
# began").
# A review of the plan named with its year only ("by the mid-term review in 2027",
# 2027年中期评估时): a goal due at that year's end.
_REVIEW = re.compile(
    r"\bby\s+the\s+(?:mid-?term|interim|half-?way|final)\s+(?:review|evaluation|assessment)\s+"
    r"(?:in|of)\s+(?P<y>(?:19|20)\d\d)\b"
    r"|(?P<y2>(?:19|20)\d\d)\s*年\s*(?:开展|開展|进行|進行)?\s*(?:中期|期中)\s*"
    r"(?:评估|評估|检讨|檢討|检视|檢視)\s*(?:时|時|前)",
    re.I,
)
# "within two years of the date of signing, 3 July 2026", "within 18 months of signing" (an
# agreement the sentence says was signed on a day): counted from the signing day.
_SIGNING = re.compile(
    rf"\bwithin\s+(?P<n>{NUM})\s+(?P<u>months?|years?)\s+of\s+(?:the\s+date\s+of\s+)?"
    rf"(?:the\s+)?(?:signing|signature)\b(?:\s*,\s*(?P<d>{DATE}))?",
    re.I,
)
# The day a sentence says its agreement was signed ("an agreement signed … on 3 July 2026").
_SIGNED_ON = re.compile(
    rf"\b(?:signed|concluded|entered\s+into)\b[^.;]{{0,100}}?\bon\s+(?P<d>{DATE})", re.I
)
_STARTS_VERB = r"(?:生效|推出|实施|實施|执行|執行|启动|啟動|施行|开展|開展)"
_NAMED = r"(?:plan|programme|program|scheme|pilot|project)"
_ORDINAL = r"(?:first|second|third|fourth|fifth)"
# "the plan wants … by the end of its second year": "its" is the plan's only when the plan
# is named just before it.
_PLAN_BEFORE = re.compile(rf"\b(?:the|this)\s+{_NAMED}\b", re.I)
_ANCHORS = (
    (
        "months",
        re.compile(
            rf"(?P<w>{_STARTS_VERB})(?:后|後)\s*首?\s*(?P<n>{NUM})\s*[个個]?\s*(?P<u>年|月)"
            rf"|\bwithin\s+(?P<n2>{NUM})\s+(?P<u2>months?|years?)\s+of\s+(?:the\s+\w+'s\s+)?"
            r"(?P<w2>launch|start|commencement|the\s+start)\b"
            # "in the Programme's first 24 months", "over its five Programme Years": a span
            # counted from the term's start.
            rf"|\b(?:in|within|during|over)\s+(?P<w3>(?:the\s+)?{_NAMED}'s|its)\s+first\s+"
            r"(?P<n3>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<u3>months|years)\b"
            rf"|\b(?:in|within|during|over)\s+(?:its|the)\s+(?P<n4>{NUM})\s+"
            rf"(?P<w4>{_NAMED})\s+(?P<u4>years)\b",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?P<w>{_STARTS_VERB}|计划|計劃|計畫|方案)(?:后|後)?"
            r"(?:第(?P<n>[一二三四五六七八九十])个?年|首年)"
            rf"|\b(?P<w2>(?:the\s+)?{_NAMED}'s|its)\s+(?P<n2>{_ORDINAL})\s+year\b"
            rf"|\b(?P<n3>{_ORDINAL})\s+year\s+of\s+(?P<w3>(?:the|its)\s+{_NAMED})\b"
            # "by the end of Programme Year 1", "earmarked in Plan Year 2": a year of the term
            # named by its number.
            rf"|\b(?P<w5>{_NAMED})\s+Year\s+(?P<n5>\d{{1,2}})\b"
            # 从首年进度看: the progress of the term's first year.
            r"|(?P<w4>首年)(?=的?(?:进度|進度|进展|進展|成效))",
            re.I,
        ),
    ),
    (
        "phase",
        re.compile(
            r"第(?P<n>[一二三四五])(?:阶段|階段)|\bPhase\s+(?P<n2>I{1,3}|IV|V|[1-5])\b", re.I
        ),
    ),
    (
        "end",
        re.compile(
            r"(?P<w>试点|試點|试办|試辦|有效|服务|服務|实施|實施|执行|執行|计划|計劃|計畫|方案)"
            r"期(?:满|滿|末|届满|屆滿)"
            r"|(?P<w2>计划|計劃|計畫|方案|通知|试点|試點|试办|試辦)(?:届满|屆滿|期满|期滿)"
            rf"|\bby\s+the\s+close\s+of\s+(?P<w3>the\s+{_NAMED}|the\s+\w+\s+period)\b"
            rf"|\bover\s+(?P<w4>the\s+life\s+of\s+the\s+{_NAMED}|its\s+life)\b"
            rf"|\bby\s+the\s+time\s+(?P<w5>the\s+{_NAMED})\s+expires\b"
            rf"|\bby\s+(?P<w6>the\s+{_NAMED})'s\s+expiry\b"
            rf"|\bby\s+the\s+end\s+of\s+(?P<w7>the\s+{_NAMED})\b(?!'s)",
            re.I,
        ),
    ),
    (
        "during",
        re.compile(
            r"(?P<w>试点|試點|试办|試辦|服务|服務|实施|實施|执行|執行|计划|計劃|計畫|方案)"
            r"期(?:间|間|内|內)"
            rf"|\b(?:during|over)\s+(?P<w2>the\s+(?:{_NAMED}|investment|service)\s+period"
            rf"|the\s+{_NAMED})\b",
            re.I,
        ),
    ),
    (
        # 三年內目標資助3,000家 in a page whose scheme runs three years: within its term.
        "span",
        re.compile(
            r"(?<![\d一二三四五六七八九十两兩第首])(?P<n>[一二三四五六七八九十两兩]|\d{1,2})\s*年\s*(?:内|內)"
            rf"|\bwithin\s+(?P<n2>{NUM})\s+years\b(?!\s+of\b)",
            re.I,
        ),
    ),
    ("review", _REVIEW),
    ("signing", _SIGNING),
    (
        "event",
        re.compile(r"(?P<e>达产|達產|投产|投產|建成|竣工|完工|落成)(?:当年|當年)"),
    ),
    (
        "start",
        re.compile(
            rf"\bwhen\s+(?P<w>the\s+{_NAMED})\s+(?:began|started|was\s+launched|took\s+effect)\b"
            rf"|\bat\s+(?P<w2>launch)\b|\bat\s+the\s+start\s+of\s+(?P<w3>the\s+{_NAMED})\b",
            re.I,
        ),
    ),
)

# A number between a figure and a phrase after it: the phrase dates that nearer figure.
_NUMBER_BETWEEN = re.compile(
    r"\d|[一二三四五六七八九十两兩]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|double|half|quarter)\b",
    re.I,
)
# A cap a scheme's rules set (单个项目最高支持1000万元, 上限为, "up to"): a term of the
# scheme over its period, no goal of it.
_CAP_BEFORE = re.compile(
    r"(?:最高|上限|封顶|封頂|\bup\s+to|\ba\s+maximum\s+of)\s*(?:为|為|支持|资助|資助|补助|補助|奖励|獎勵)?"
    r"\s*(?:[A-Z]{2,3}\$|HK\$|US\$|RMB|人民币|新臺幣|新台币)?\s*$",
    re.I,
)

# The value a change starts from (由基期的41.2%提高到58.6%): dated by its own words, not by
# the term the change is of.
_CHANGE_FROM = re.compile(
    r"\s*(?:提高|提升|增加|增长|增長|上升|下降|降低|减少|減少|升|降)\s*(?:到|至)"
)

# A rate a period sets ("HK$4,800 a month during Phase I", 每月): a fee, no goal.
_RATE_AFTER = re.compile(r"\s*(?:a|per|each)\s+(?:month|year|week)\b|\s*/\s*月|\s*每月", re.I)


_DIGIT = re.compile(r"\d")

# A list item's marker before a clause ("3.2", "(a)", "1."), no figure.
_ITEM_MARK = re.compile(r"\s*(?:[(（]?[a-z0-9]{1,3}[.)）]|\d+(?:\.\d+)+)\s")


def _trails_a_number(statement: str, at: int) -> bool:
    """Whether a number stands before offset ``at`` in its clause (HK$4,800 a month during
    Phase I, which is 60% below …): the phrase there dates that number, not later clauses."""
    lo = max((m.end() for m in CLAUSE_END.finditer(statement, 0, at)), default=0)
    mark = _ITEM_MARK.match(statement, lo)
    # (Digits only: 第一階段, （一） and 首个 are no figures.)
    return bool(_DIGIT.search(statement, mark.end() if mark else lo, at))


def _anchor_for(statement: str, lo: int, hi: int) -> tuple[str, re.Match[str]] | None:
    """The phrase that dates the figure at ``lo``–``hi`` of its statement: the nearest in
    its own clause, else the first after it, else the last before it (a phrase after the
    figure only with no number between: it dates that nearer number)."""
    c_lo = max((m.end() for m in CLAUSE_END.finditer(statement, 0, lo)), default=0)
    c_hi = next((m.start() for m in CLAUSE_END.finditer(statement, hi)), len(statement))
    best: tuple[tuple[int, int], str, re.Match[str]] | None = None
    for name, pattern in _ANCHORS:
        for m in pattern.finditer(statement):
            if m.start() >= hi:
                if _NUMBER_BETWEEN.search(statement, hi, m.start()):
                    continue
                rank = (0 if m.end() <= c_hi else 1, m.start() - hi)
            elif m.end() <= lo:
                if m.start() < c_lo and _trails_a_number(statement, m.start()):
                    continue
                rank = (0 if m.start() >= c_lo else 2, lo - m.end())
            else:
                continue
            if (
                name == "year"
                and (m["w2"] or "").lower() == "its"
                and not _PLAN_BEFORE.search(statement, max(0, m.start() - 60), m.start())
            ):
                continue  # "In its first year, the metro line …": another subject's year
            if best is None or rank < best[0]:
                best = (rank, name, m)
    return None if best is None else (best[1], best[2])


def _anchor_day(
    terms: PlanTerms, name: str, m: re.Match[str], at: int | None = None
) -> tuple[pd.Timestamp | None, bool] | None:
    """(day, known term) the phrase counts to; None when the page states no such term."""
    # (The words just before count: 试点启动后12个月 is the pilot's.)
    words = m.string[max(0, m.start() - 4) : m.end()]
    if name == "review":
        return (pd.Timestamp(int(m["y"] or m["y2"]), 12, 31), True)
    if name == "signing":
        signed = m["d"] or next((d["d"] for d in _SIGNED_ON.finditer(m.string)), None)
        day = None if signed is None else read_day(signed, "CNY", True)
        return None if day is None else (end_after(day, count_months(m["n"], m["u"])), True)
    if name == "event":
        year = terms.events.get(EVENT_WORDS.get(m["e"], m["e"]))
        return None if year is None else (pd.Timestamp(year, 12, 31), True)
    if name == "phase":
        phase = terms.phases.get(read_count(m["n"] or m["n2"]))
        return None if phase is None else (phase[1], True)
    if name == "span":
        # Only a span as long as a term the page dates is that term.
        months = read_count(m["n"] or m["n2"]) * 12
        same = [t.end for t in terms.terms if t.start and t.end and t.whole_months() == months]
        return (same[0], True) if same else None
    term = terms.term(term_kind(words), at)
    if term is None:
        return None
    if not term.dated:
        return (None, False)
    if name in ("end", "during"):
        return None if term.end is None else (term.end, True)
    if term.start is None:
        return None
    if name == "months":
        n, u = next((m[f"n{k}"], m[f"u{k}"]) for k in ("", 2, 3, 4) if m[f"n{k}"])
        return (end_after(term.start, count_months(n, u)), True)
    if name == "year":
        n = m["n"] or m["n2"] or m["n3"] or m["n5"]
        return (end_after(term.start, 12 * (read_count(n) if n else 1)), True)
    return (term.start, True)


def read_plan_term(
    terms: PlanTerms,
    sentence: str,
    rel: int,
    end: int,
    page_date: str | None,
    base: bool = False,
    at: int | None = None,
    calendar: str = "CNY",
) -> tuple[bool, Date | None, Date | None] | None:
    """(is a goal, deadline, ref_date) of the figure at ``rel``–``end`` of ``sentence`` when
    a phrase in its statement dates it by a term the page states, else None.

    A figure after a term whose start the page does not give (in its sentence: 推出日期稍後
    公布, "once … signs off"; in its statement: 自认定之日起18个月内) is a goal with no
    deadline. A day not after the page's makes a fact of that day; "at launch" a fact of
    the start. A ``base`` (the value a change starts from) is dated only by the start.

    The phrase yields to what the figure's own statement says more strongly: a date of its
    own (", completed in 2024,"), or, for a goal, a fact told as such (已有, "so far", "now
    has"). "At launch" is the plan's launch, not another thing's the statement dates, and a
    launch after the page's date makes a goal due that day. ``at`` (the figure's offset in
    the page) picks the plan a phrase belongs to when the page states several.
    """
    # (The statement's bounds and the questions of the whole statement are read from what
    # the sentence's other figures share: a run-on paragraph's window holds hundreds.)
    lo = last_stop_before(SEMICOLON, sentence, rel)
    hi = first_stop_from(SEMICOLON, sentence, end)
    statement = sentence[lo:hi]
    # (A term's length before the figure: none when the whole sentence has none, asked once
    # for its figures; LENGTH reads nothing after a match, so one cut at ``rel`` is one of it.)
    length = says(LENGTH, sentence) and LENGTH.search(sentence, 0, rel) is not None
    undated = (UNDATED.search(sentence) if length else None) or (
        _UNDATED_SPAN.search(sentence, lo, hi)
    )
    if undated is not None:
        # A term counted from a day the page does not give dates no goal; but a figure its
        # own clause dates or tells as done ("had 300 firms at the end of 2025", 已有) is a
        # fact all the same.
        # (The phrase may stand in another clause of the sentence: only its part in the
        # statement is blanked.)
        phrase = (max(0, undated.start() - lo), max(0, min(hi, undated.end()) - lo))
        if _told_as_fact(statement, rel - lo, end - lo) or _own_date(
            statement, phrase, rel - lo, end - lo, calendar
        ):
            return None
        return (True, None, None)
    if not (
        terms.terms
        or terms.phases
        or terms.events
        or says(_REVIEW, statement)
        or says(_SIGNING, statement)
    ):
        return None
    anchor = _anchor_for(statement, rel - lo, end - lo)
    if anchor is None:
        return None
    name, m = anchor
    # A cap (最高, "up to") is a rule term of whatever period names it; a rate only of a
    # period the figure runs over.
    if _CAP_BEFORE.search(sentence, max(0, rel - 16), rel) or (
        name in ("during", "phase") and _RATE_AFTER.match(sentence, end)
    ):
        return None
    if (base or _CHANGE_FROM.match(sentence, end)) and name != "start":
        return None
    # (The signing day a "within two years of signing" counts from is the phrase's, not the
    # figure's own date.)
    own = statement
    if name == "signing":
        own = _blank(statement, [d.span("d") for d in _SIGNED_ON.finditer(statement)])
    if _own_date(own, (m.start(), m.end()), rel - lo, end - lo, calendar):
        return None
    resolved = _anchor_day(terms, name, m, at)
    if resolved is None:
        return None
    day, known = resolved
    told = _told_as_fact(statement, rel - lo, end - lo)
    if day is None:
        return (True, None, None) if not known and name != "start" and not told else None
    if name == "start" and _other_launch(sentence, day, calendar):
        return None
    iso = f"{day:%Y-%m-%d}"
    note = f"{m[0].strip()!r} of the term the page states"
    if page_date is not None and iso <= page_date:
        return (False, None, Date(iso, note))
    if name == "start" and page_date is None:
        return (False, None, Date(iso, note))
    # A day after the page's: a goal due then (never a fact dated after its page), unless
    # the statement tells the figure as a fact.
    return None if told else (True, Date(iso, note), None)


def _told_as_fact(statement: str, lo: int, hi: int) -> bool:
    """Whether the figure at ``lo``–``hi`` of ``statement`` is told as a fact in its own
    clause: done or now before it (已有, "now has"), or "so far", 迄今 after it (a verb's
    past form after it, "25 makers admitted", may name what a goal counts)."""
    c_lo = max((m.end() for m in CLAUSE_END.finditer(statement, 0, lo)), default=0)
    c_hi = next((m.start() for m in CLAUSE_END.finditer(statement, hi)), len(statement))
    before, after = statement[c_lo:lo], statement[hi:c_hi]
    return bool(
        TOLD_DONE.search(before)
        or NOW_HOLDING.search(statement, c_lo, c_hi)
        or any(not DONE_WORDS.match(after, t.start()) for t in TOLD_DONE.finditer(after))
    )


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each span given replaced by spaces (offsets kept)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _own_date(statement: str, phrase: tuple[int, int], lo: int, hi: int, calendar: str) -> bool:
    """Whether the figure at ``lo``–``hi`` of ``statement`` has a date of its own besides the
    ``phrase`` (its span) that counts from a term and the term the statement may state
    ("Phase 1 of the Tower,
    completed in 2024, houses 120 firms"): one with no other figure between it and the
    figure (由基期（2025年8月末）的41.2%提高到58.6%: the base's date is the base's)."""
    stated = [m.span() for p in TERM_STATED for m in p.finditer(statement)]
    blanked = _blank(statement, [*stated, phrase])
    dateless = _blank(blanked, [m.span() for m in _DATE_OR_YEAR.finditer(blanked)])
    others = [m for m in _DIGITS.finditer(dateless) if m.end() <= lo or m.start() >= hi]
    w_lo = max((m.end() for m in others if m.end() <= lo), default=0)
    w_hi = min((m.start() for m in others if m.start() >= hi), default=len(statement))
    return find_date("ref_date", blanked[w_lo:w_hi], calendar=calendar) is not None


# A date or a year alone, and a run of digits (another figure, once dates are blanked).
_DATE_OR_YEAR = re.compile(rf"{DATE}|(?<!\d)(?:19|20)\d\d(?!\d)", re.I)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _other_launch(sentence: str, start: pd.Timestamp, calendar: str) -> bool:
    """Whether ``sentence`` dates a launch other than the term's own start ("The app,
    launched in May 2026, had 5,000 users at launch"): "at launch" is that one's."""
    for m in START.finditer(sentence):
        day = read_day(m["d"] or m["e"] or m["f"], calendar, True)
        if day is not None and day != start:
            return True
    return False


# A span counted from a day of each party's own (须自认定之日起18个月内): a goal due at no
# day the page gives.
_UNDATED_SPAN = re.compile(
    rf"自(?!印发|印發|发布|發布|公布|本)[^，。；\d年]{{1,8}}之日起\s*{NUM}\s*(?:个月|個月|年)\s*[内內]"
)
