"""A plan's own term, read once per page.

A plan, programme, pilot or scheme often states its start and its term once (a title's
（2026—2028年）, 自2026年7月1日起施行，有效期3年, "launched on 1 March 2026 and runs for five
years", 本計畫執行期間自115年1月1日至118年12月31日), and its phases (第一階段（115至116年）,
"Phase I, from 1 July 2026 to 30 June 2027", "Phase I covers the first two years").
:func:`find_plan_terms` reads them once per page; :mod:`zonetrack.termphrases` dates a
figure by the phrase that counts from them (实施第二年末, 试点期满, "within 18 months of launch").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .termforms import (
    DATE,
    END,
    EVENT_WORDS,
    LENGTH,
    NUM,
    PHASE_DATES,
    PHASE_YEARS,
    SPAN,
    START,
    TITLE_SPAN,
    UNDATED,
    count_months,
    end_after,
    read_count,
    read_day,
    term_kind,
)

__all__ = ["PlanTerms", "Term", "find_plan_terms"]

# Words a page states a term with; a text without any is not scanned further.
_TERM_WORDS = re.compile(
    r"施行|生效|启动|啟動|实施|實施|推出|有效期|为期|為期|期间|期間|服务期|服務期|阶段|階段"
    r"|\b(?:launch|effect|runs?|period|phase|expires?|commence)",
    re.I,
)

# "Phase I covers the first two years of the Programme and Phase II the remaining three".
_PHASE_FIRST = re.compile(
    rf"\bPhase\s+(?P<r>I{{1,3}}|[1-3])\s+(?:covers|spans|runs\s+for)\s+the\s+first\s+(?P<n>{NUM})"
    rf"\s+(?P<u>years?|months?)(?:.{{0,40}}?\bPhase\s+(?P<r2>I{{1,3}}|[2-4])\s+(?:covers\s+)?"
    rf"the\s+(?:remaining\s+(?P<n2>{NUM})|rest))?",
    re.I,
)

# A plan quoted as an earlier one (上一轮行动计划, "the previous plan"): its term dates only
# what its own sentence tells.
_EARLIER = re.compile(
    r"上一轮|上一輪|上轮|上輪|上一期|前一轮|前一輪|前一期|\b(?:previous|prior|former)\s+\w+", re.I
)


# What a term is of: a plan, its rules or a notice (a start alone of another thing is none).
_PLAN_NAMED = re.compile(
    r"计划|計劃|計畫|方案|办法|辦法|通知|试点|試點|规划|規劃|政策|措施|细则|細則|条例|條例|意见|意見"
    r"|\b(?:plan|programme|program|scheme|pilot|project|policy|rules?|measures?|notice)\b",
    re.I,
)


# A sentence's end as terms are read: not the point of an abbreviated month (took effect
# on Nov. 1, 2025 and runs to Oct. 31, 2028).
_TERM_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s+[A-Z(\"“])")


# A project's milestone with its date (2029年12月31日前全面达产, 2028年四季度投产): the year
# 达产当年 ("the year of full production") names.
_EVENT_DAY = re.compile(
    rf"(?P<d>{DATE}|\d{{4}}\s*年(?:\s*[一二三四1-4]\s*季度|底|末)?)\s*(?:(?:前|以前|之前)\s*)?"
    r"(?:(?:全面|全部|正式)\s*)?(?:(?:实现|實現)\s*)?(?P<e>达产|達產|投产|投產|建成|竣工|完工|落成)"
)


@dataclass
class Term:
    """One term a page states.

    Attributes
    ----------
    kind : str
        "plan", "pilot", "validity", "service" or "investment".
    start, end : pandas.Timestamp or None
        Its first and last day (None when the page does not give them).
    months : int or None
        Its length in months, when stated.
    at, until : int
        Where the sentence that states it starts and ends in the page.
    earlier : bool
        Whether the page quotes it as an earlier plan's (上一轮, "the previous plan").
    """

    kind: str
    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None
    months: int | None = None
    at: int = 0
    until: int = 0
    earlier: bool = False

    @property
    def dated(self) -> bool:
        """Whether the page gives the term's start or its end (an investment period "from
        the date of this Agreement to 30 June 2029" has an end)."""
        return self.start is not None or self.end is not None

    def whole_months(self) -> int | None:
        """The whole months from the term's start to the day after its end, else None."""
        assert self.start is not None and self.end is not None
        after = self.end + pd.Timedelta(days=1)
        if after.day != self.start.day:
            return None
        return (after.year - self.start.year) * 12 + after.month - self.start.month


@dataclass
class PlanTerms:
    """The terms and phases a page states, read once (:func:`find_plan_terms`)."""

    terms: list[Term] = field(default_factory=list)
    phases: dict[int, tuple[pd.Timestamp, pd.Timestamp]] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)

    def term(self, kind: str, at: int | None = None) -> Term | None:
        """The term a phrase of ``kind`` at offset ``at`` counts from: the page's dated term
        of that kind, else one of that kind it states without a start, else its first dated
        term (a plan's and its rules' validity stand for each other).

        Of several dated terms of the kind (two plans, or an earlier plan quoted: 上一轮…),
        the one whose sentence holds the phrase, else the nearest stated before it that is
        not an earlier plan's; when none is, which plan is meant cannot be told: None.
        """
        terms = self.terms
        if at is not None and not any(t.at <= at < t.until for t in terms):
            # An earlier plan quoted is not the term of a phrase outside its own sentence.
            terms = [t for t in terms if not t.earlier]
        own = [t for t in terms if t.kind == kind]
        dated = [t for t in own if t.dated]
        if at is not None and len({(t.start, t.end) for t in dated}) > 1:
            here = [t for t in dated if t.at <= at < t.until]
            before = [t for t in dated if t.at <= at and not t.earlier]
            chosen = here or before
            return chosen[-1] if chosen else None
        if dated:
            return dated[0]
        if own:
            return own[0]
        near = [t for t in terms if t.dated and {t.kind, kind} <= {"plan", "validity"}]
        anyone = [t for t in terms if t.dated]
        return next(iter(near or anyone), None)


def _length_months(length: re.Match[str]) -> int:
    """The months a match of :data:`LENGTH` states (whichever of its forms matched)."""
    n, u = next((length[f"n{k}"], length[f"u{k}"]) for k in ("", 2, 3, 4, 5, 6) if length[f"n{k}"])
    return count_months(n, u)


def _year(written: str, calendar: str) -> int | None:
    """A year written in a phase's brackets (115 in a Taiwan source is 2026); a short year
    on a page of another calendar (26至27年 on a yuan page) is none."""
    year = int(written)
    if year >= 1000:
        return year
    # Republic of China years only where the page's calendar is Taiwan's.
    return year + 1911 if calendar == "TWD" else None


def _read_sentence(sentence: str, calendar: str) -> Term | None:
    """The term one sentence states, if any."""
    term = Term(term_kind(sentence))
    if UNDATED.search(sentence):
        length = LENGTH.search(sentence)
        if length is None:
            return None
        term.months = _length_months(length)
        return term
    if (start := START.search(sentence)) is not None:
        term.start = read_day(start["d"] or start["e"] or start["f"], calendar, True)
    for span in SPAN.finditer(sentence):
        # (The span of a year or a phase of the plan, 第一年（2025年9月至2026年8月）, is none.)
        before = sentence[max(0, span.start() - 16) : span.start()]
        if re.search(r"第.年|阶段|階段|\bPhase\b", before, re.I):
            continue
        term.start = read_day(span["a"], calendar, True)
        term.end = read_day(span["b"], calendar, False)
        break
    if term.end is None and (end := END.search(sentence)) is not None:
        term.end = read_day(end["d"], calendar, False)
    if (length := LENGTH.search(sentence)) is not None:
        term.months = _length_months(length)
    if term.start is None and term.end is None and term.months is None:
        return None
    if term.end is None and term.months is None and not _PLAN_NAMED.search(sentence):
        # A launch alone of something no plan ("The port's portal, launched in June 2026,"):
        # no term of the page.
        return None
    if term.end is None and term.start is not None and term.months:
        term.end = end_after(term.start, term.months)
    if term.start is None and term.end is not None and term.months:
        term.start = term.end + pd.Timedelta(days=1) - pd.DateOffset(months=term.months)
    return term


def find_plan_terms(text: str, calendar: str = "CNY") -> PlanTerms:
    """Every term and phase ``text`` states, read once per page.

    Parameters
    ----------
    text : str
        The surveyed text (years in digits).
    calendar : str
        The source's currency (TWD: 115年 is 2026).

    Returns
    -------
    PlanTerms
    """
    found = PlanTerms()
    for event in _EVENT_DAY.finditer(text):
        # 2029年12月31日前全面达产: the year of the event 达产当年 names.
        year = read_day(event["d"], calendar, False)
        if year is not None:
            found.events.setdefault(EVENT_WORDS.get(event["e"], event["e"]), year.year)
    if not _TERM_WORDS.search(text):
        return found
    title = TITLE_SPAN.search(text, 0, min(len(text), 800))
    if title is not None and 0 < int(title[2]) - int(title[1]) <= 15:
        # A title's （2026—2028年）: the plan runs from the first year's start to the last's end.
        found.terms.append(
            Term("plan", pd.Timestamp(int(title[1]), 1, 1), pd.Timestamp(int(title[2]), 12, 31))
        )
    lo = 0
    for end in [*(m.end() for m in _TERM_SENTENCE_END.finditer(text)), len(text)]:
        sentence = text[lo:end]
        lo = end
        if not _TERM_WORDS.search(sentence):
            continue
        term = _read_sentence(sentence, calendar)
        if term is not None:
            term.at, term.until = end - len(sentence), end
            term.earlier = _EARLIER.search(sentence) is not None
            found.terms.append(term)
        for phase in PHASE_YEARS.finditer(sentence):
            first, last = _year(phase["a"], calendar), _year(phase["b"], calendar)
            if first is None or last is None:
                continue
            found.phases[read_count(phase["n"])] = (
                pd.Timestamp(first, 1, 1),
                pd.Timestamp(last, 12, 31),
            )
        for phase in PHASE_DATES.finditer(sentence):
            a, b = read_day(phase["a"], calendar, True), read_day(phase["b"], calendar, False)
            if a is not None and b is not None:
                found.phases[read_count(phase["r"] or phase["n"])] = (a, b)
        relative = _PHASE_FIRST.search(sentence)
        plan = found.term("plan")
        if relative is not None and plan is not None and plan.start is not None:
            first_end = end_after(plan.start, count_months(relative["n"], relative["u"]))
            found.phases[read_count(relative["r"])] = (plan.start, first_end)
            if relative["r2"] and plan.end is not None:
                found.phases[read_count(relative["r2"])] = (
                    first_end + pd.Timedelta(days=1),
                    plan.end,
                )
    if found.phases and not any(t.dated for t in found.terms):
        # A term told only by its phases (The Pilot runs in two phases. Phase I, from …):
        # it runs from the first phase's start to the last one's end.
        spans = [found.phases[k] for k in sorted(found.phases)]
        found.terms.append(Term(term_kind(text[:2000]), spans[0][0], spans[-1][1]))
    return found
