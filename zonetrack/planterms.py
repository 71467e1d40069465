"""A plan's own term, and the goals and facts dated by it.

A plan, programme, pilot or scheme often states its start and its term once (a title's
（2026—2028年）, 自2026年7月1日起施行，有效期3年, "launched on 1 March 2026 and runs for five
years", 本計畫執行期間自115年1月1日至118年12月31日), and its phases (第一階段（115至116年）,
"Phase I, from 1 July 2026 to 30 June 2027", "Phase I covers the first two years"); its goals
then count from it (实施第二年末, 试点期满, 有效期届满时, 計劃推出後首兩年內, "within 18 months of
launch", "by the end of Phase I", "by the close of the Programme"). :func:`find_plan_terms`
reads the page's terms once; :func:`read_plan_term` resolves the phrase that dates one
figure: a goal due on the day it names (a fact of that day when the page is later), a fact
of the start ("at launch", "when the plan began"), or a goal with no deadline when the term
counts from a day the page does not give (以三年為一期…另行公告, "once … signs off",
自认定之日起18个月内).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from .datebasis import Date, spelled_number
from .goalwords import DONE_WORDS, NOW_HOLDING, TOLD_DONE
from .periods import find_date
from .sentences import CLAUSE_END, SEMICOLON

__all__ = ["PlanTerms", "Term", "find_plan_terms", "read_plan_term"]

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A day or a month written out: 2026年7月1日, 115年1月1日, 二○二五年十一月一日 (years already
# in digits in the surveyed text), "1 March 2026", "Nov. 1, 2025", "July 2027".
_DATE = (
    r"(?:\d{2,4}\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號])?"
    rf"|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},\s+\d{{4}}|{_MONTHS}\s+\d{{4}})"
)
_DAY_GIVEN = re.compile(r"[日号號]|\d{1,2}\s+[A-Z]|[a-z.]\s+\d{1,2},")

_NUM = (
    r"(?:\d{1,3}|[一二三四五六七八九十两兩]{1,3}|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|eighteen|twenty-four|thirty-six)"
)
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
    "thirty-six": 36,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "两": 2,
    "兩": 2,
    "首": 1,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
}

# Words a page states a term with; a text without any is not scanned further.
_TERM_WORDS = re.compile(
    r"施行|生效|启动|啟動|实施|實施|推出|有效期|为期|為期|期间|期間|服务期|服務期|阶段|階段"
    r"|\b(?:launch|effect|runs?|period|phase|expires?|commence)",
    re.I,
)

# The kind of term a sentence (or a phrase dating a figure) speaks of: a pilot's, the
# validity of a notice or rules (有效期, 生效, 施行), a contract's service or investment
# period, else the plan's own.
_CLASSES = (
    ("pilot", re.compile(r"试点|試點|试办|試辦|\bpilot\b", re.I)),
    ("validity", re.compile(r"有效期|生效|施行")),
    (
        "service",
        re.compile(
            r"服务期|服務期|年(?:的)?(?:运营|運營|运维|運維|托管)?(?:服务|服務)|\bservice\s+period\b",
            re.I,
        ),
    ),
    ("investment", re.compile(r"\binvestment\s+period\b", re.I)),
)

_START = re.compile(
    rf"(?:自|于|於|从|從)?\s*(?P<d>{_DATE})\s*(?:起|开始|開始)?\s*(?:正式)?"
    r"(?:施行|生效|启动|啟動|实施|實施|推出|运行|運行)"
    rf"|(?:自|从|從)\s*(?P<f>{_DATE})\s*起"
    rf"|\b(?:launched|took\s+effect|takes\s+effect|commenced|commences|started|began)\s+"
    rf"(?:on\s+|from\s+|in\s+)?(?P<e>{_DATE})",
    re.I,
)
_SPAN = re.compile(
    rf"(?P<a>{_DATE})\s*(?:至|到|—|–|－|-|~|～|\bto\b|\buntil\b|\bthrough\b)\s*(?P<b>{_DATE})", re.I
)
_END = re.compile(
    rf"(?:有效期至|有效期到|\bruns?\s+(?:to|until|through)\s+|\bending\s+on\s+|\bends\s+on\s+"
    rf"|\bexpires?\s+on\s+|\bperiod\s+from\s+the\s+date\s+of\s+this\s+\w+\s+(?:to|until)\s+)"
    rf"(?P<d>{_DATE})",
    re.I,
)
_LENGTH = re.compile(
    rf"(?:有效期|为期|為期|试点期|試點期|实施期|實施期|期限|服务期|服務期)\s*(?:为|為|是)?\s*"
    rf"(?P<n>{_NUM})\s*(?P<u>年|个月|個月)"
    rf"|\bruns?\s+for\s+(?P<n2>{_NUM})\s+(?P<u2>years?|months?)"
    rf"|\bperiod\s+is\s+(?P<n3>{_NUM})\s+(?P<u3>years?|months?)"
    rf"|(?P<n4>[一二三四五两兩])\s*年\s*(?P<u4>计划|計劃|計畫|行动计划|行動計劃)"
    # 提供三年运营服务: a service period of three years.
    rf"|(?P<n6>{_NUM})\s*(?P<u6>年|个月|個月)\s*的?\s*(?:运营|運營|运维|運維|托管)?\s*(?:服务|服務)"
    rf"|以\s*(?P<n5>{_NUM})\s*(?P<u5>年|个月|個月)\s*[为為]\s*一?[个個]?\s*(?:申请|申請)?\s*(?:周期|週期|期)",
    re.I,
)
_TITLE_SPAN = re.compile(r"[（(]\s*(\d{4})\s*[—–－-]{1,2}\s*(\d{4})\s*年?\s*[)）]")
_PHASE_YEARS = re.compile(
    r"第(?P<n>[一二三四五])(?:阶段|階段)\s*[（(]\s*(?P<a>\d{2,4})\s*年?\s*(?:至|到|—|–|－|-)\s*"
    r"(?P<b>\d{2,4})\s*年\s*[)）]"
)
_PHASE_DATES = re.compile(
    rf"(?:\bPhase\s+(?P<r>I{{1,3}}|IV|V|[1-5])\b|第(?P<n>[一二三四五])(?:阶段|階段))"
    rf"\s*[,，(（]?\s*(?:from\s+|自|从|從)?(?P<a>{_DATE})\s*(?:至|到|—|–|－|-|\bto\b|\buntil\b)\s*"
    rf"(?P<b>{_DATE})",
    re.I,
)
# "Phase I covers the first two years of the Programme and Phase II the remaining three".
_PHASE_FIRST = re.compile(
    rf"\bPhase\s+(?P<r>I{{1,3}}|[1-3])\s+(?:covers|spans|runs\s+for)\s+the\s+first\s+(?P<n>{_NUM})"
    rf"\s+(?P<u>years?|months?)(?:.{{0,40}}?\bPhase\s+(?P<r2>I{{1,3}}|[2-4])\s+(?:covers\s+)?"
    rf"the\s+(?:remaining\s+(?P<n2>{_NUM})|rest))?",
    re.I,
)

# A term counted from a day the page does not give: its start still to be announced
# (推出日期稍後公布, 開班日期…另行公告, "No start date has been set", "once … signs off") or a
# day of each party's own (自认定之日起, "from the date the tenant moves in").
_UNDATED = re.compile(
    r"(?:日期|时间|時間)[^。；;]{0,14}(?:另行|稍后|稍後|待定|未定)"
    r"|自(?!印发|印發|发布|發布|公布|本)[^，。；\d年]{1,8}之日起"
    r"|\bonce\b[^.;]{0,60}\bsigns?\s+off\b|\bno\s+start\s+date\b|\bannounce\s+its\s+start\s+date\b",
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
    rf"(?P<d>{_DATE}|\d{{4}}\s*年(?:\s*[一二三四1-4]\s*季度|底|末)?)\s*(?:前|以前|之前)?\s*"
    r"(?:全面|全部|正式)?\s*(?:实现|實現)?\s*(?P<e>达产|達產|投产|投產|建成|竣工|完工|落成)"
)
_EVENT_WORDS = {"達產": "达产", "投產": "投产"}


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


def _number(word: str) -> int:
    """A count written in digits, Chinese numerals or English words."""
    low = word.lower()
    return _WORD_NUMBERS[low] if low in _WORD_NUMBERS else spelled_number(word)


def _months(n: str, unit: str) -> int:
    """A length in months (年 and "years" are twelve)."""
    # (三年计划: a plan named by its years.)
    years = unit.startswith(("年", "y", "Y", "计", "計", "行"))
    return _number(n) * (12 if years else 1)


def _length_months(length: re.Match[str]) -> int:
    """The months a match of :data:`_LENGTH` states (whichever of its forms matched)."""
    n, u = next((length[f"n{k}"], length[f"u{k}"]) for k in ("", 2, 3, 4, 5, 6) if length[f"n{k}"])
    return _months(n, u)


def _span_months(term: Term) -> int | None:
    """The whole months from the term's start to the day after its end, else None."""
    assert term.start is not None and term.end is not None
    after = term.end + pd.Timedelta(days=1)
    if after.day != term.start.day:
        return None
    return (after.year - term.start.year) * 12 + after.month - term.start.month


def _day(written: str, calendar: str, first: bool) -> pd.Timestamp | None:
    """The day ``written`` names; a month alone is its first day when it opens a span
    (``first``), else its last."""
    found = find_date("ref_date", written, calendar=calendar)
    if not found:
        return None
    day = pd.Timestamp(str(found))
    if first and not _DAY_GIVEN.search(written):
        day = day.replace(day=1)
    return day


def _after(start: pd.Timestamp, months: int) -> pd.Timestamp:
    """The last day of the ``months`` counted from ``start`` (1 March 2026 and 18 months:
    31 August 2027; leap years exact): the day before the same day-number ``months`` on,
    or, when that day does not exist (31 January and one month), that month's last day."""
    # (DateOffset clamps 31 February to the 28th: taking a day off that would end a day short.)
    later = start + pd.DateOffset(months=months)
    return later if later.day != start.day else later - pd.Timedelta(days=1)


def _year(written: str, calendar: str) -> int | None:
    """A year written in a phase's brackets (115 in a Taiwan source is 2026); a short year
    on a page of another calendar (26至27年 on a yuan page) is none."""
    year = int(written)
    if year >= 1000:
        return year
    # Republic of China years only where the page's calendar is Taiwan's.
    return year + 1911 if calendar == "TWD" else None


def _kind_of(words: str) -> str:
    """The kind of term ``words`` speak of."""
    return next((kind for kind, pattern in _CLASSES if pattern.search(words)), "plan")


def _read_sentence(sentence: str, calendar: str) -> Term | None:
    """The term one sentence states, if any."""
    term = Term(_kind_of(sentence))
    if _UNDATED.search(sentence):
        length = _LENGTH.search(sentence)
        if length is None:
            return None
        term.months = _length_months(length)
        return term
    if (start := _START.search(sentence)) is not None:
        term.start = _day(start["d"] or start["e"] or start["f"], calendar, True)
    for span in _SPAN.finditer(sentence):
        # (The span of a year or a phase of the plan, 第一年（2025年9月至2026年8月）, is none.)
        before = sentence[max(0, span.start() - 16) : span.start()]
        if re.search(r"第.年|阶段|階段|\bPhase\b", before, re.I):
            continue
        term.start = _day(span["a"], calendar, True)
        term.end = _day(span["b"], calendar, False)
        break
    if term.end is None and (end := _END.search(sentence)) is not None:
        term.end = _day(end["d"], calendar, False)
    if (length := _LENGTH.search(sentence)) is not None:
        term.months = _length_months(length)
    if term.start is None and term.end is None and term.months is None:
        return None
    if term.end is None and term.months is None and not _PLAN_NAMED.search(sentence):
        # A launch alone of something no plan ("The port's portal, launched in June 2026,"):
        # no term of the page.
        return None
    if term.end is None and term.start is not None and term.months:
        term.end = _after(term.start, term.months)
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
        year = _day(event["d"], calendar, False)
        if year is not None:
            found.events.setdefault(_EVENT_WORDS.get(event["e"], event["e"]), year.year)
    if not _TERM_WORDS.search(text):
        return found
    title = _TITLE_SPAN.search(text, 0, min(len(text), 800))
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
        for phase in _PHASE_YEARS.finditer(sentence):
            first, last = _year(phase["a"], calendar), _year(phase["b"], calendar)
            if first is None or last is None:
                continue
            found.phases[_number(phase["n"])] = (
                pd.Timestamp(first, 1, 1),
                pd.Timestamp(last, 12, 31),
            )
        for phase in _PHASE_DATES.finditer(sentence):
            a, b = _day(phase["a"], calendar, True), _day(phase["b"], calendar, False)
            if a is not None and b is not None:
                found.phases[_number(phase["r"] or phase["n"])] = (a, b)
        relative = _PHASE_FIRST.search(sentence)
        plan = found.term("plan")
        if relative is not None and plan is not None and plan.start is not None:
            first_end = _after(plan.start, _months(relative["n"], relative["u"]))
            found.phases[_number(relative["r"])] = (plan.start, first_end)
            if relative["r2"] and plan.end is not None:
                found.phases[_number(relative["r2"])] = (
                    first_end + pd.Timedelta(days=1),
                    plan.end,
                )
    if found.phases and not any(t.dated for t in found.terms):
        # A term told only by its phases (The Pilot runs in two phases. Phase I, from …):
        # it runs from the first phase's start to the last one's end.
        spans = [found.phases[k] for k in sorted(found.phases)]
        found.terms.append(Term(_kind_of(text[:2000]), spans[0][0], spans[-1][1]))
    return found


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
            rf"(?P<w>{_STARTS_VERB})(?:后|後)\s*首?\s*(?P<n>{_NUM})\s*[个個]?\s*(?P<u>年|月)"
            rf"|\bwithin\s+(?P<n2>{_NUM})\s+(?P<u2>months?|years?)\s+of\s+(?:the\s+\w+'s\s+)?"
            r"(?P<w2>launch|start|commencement|the\s+start)\b",
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
            rf"|\bwithin\s+(?P<n2>{_NUM})\s+years\b(?!\s+of\b)",
            re.I,
        ),
    ),
    ("review", _REVIEW),
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
    if name == "event":
        year = terms.events.get(_EVENT_WORDS.get(m["e"], m["e"]))
        return None if year is None else (pd.Timestamp(year, 12, 31), True)
    if name == "phase":
        phase = terms.phases.get(_number(m["n"] or m["n2"]))
        return None if phase is None else (phase[1], True)
    if name == "span":
        # Only a span as long as a term the page dates is that term.
        months = _number(m["n"] or m["n2"]) * 12
        same = [t.end for t in terms.terms if t.start and t.end and _span_months(t) == months]
        return (same[0], True) if same else None
    term = terms.term(_kind_of(words), at)
    if term is None:
        return None
    if not term.dated:
        return (None, False)
    if name in ("end", "during"):
        return None if term.end is None else (term.end, True)
    if term.start is None:
        return None
    if name == "months":
        n, u = (m["n"], m["u"]) if m["n"] else (m["n2"], m["u2"])
        return (_after(term.start, _months(n, u)), True)
    if name == "year":
        n = m["n"] or m["n2"] or m["n3"]
        return (_after(term.start, 12 * (_number(n) if n else 1)), True)
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
    lo = max((m.end() for m in SEMICOLON.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in SEMICOLON.finditer(sentence, end)), len(sentence))
    statement = sentence[lo:hi]
    length = _LENGTH.search(sentence, 0, rel)
    undated = (_UNDATED.search(sentence) if length is not None else None) or (
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
    if not (terms.terms or terms.phases or terms.events or _REVIEW.search(statement)):
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
    if _own_date(statement, (m.start(), m.end()), rel - lo, end - lo, calendar):
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


# The words that state a term (its start, span, end and length): its dates are the term's.
_TERM_STATED = (_START, _SPAN, _END, _LENGTH, _TITLE_SPAN, _PHASE_YEARS, _PHASE_DATES)


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
    stated = [m.span() for p in _TERM_STATED for m in p.finditer(statement)]
    blanked = _blank(statement, [*stated, phrase])
    dateless = _blank(blanked, [m.span() for m in _DATE_OR_YEAR.finditer(blanked)])
    others = [m for m in _DIGITS.finditer(dateless) if m.end() <= lo or m.start() >= hi]
    w_lo = max((m.end() for m in others if m.end() <= lo), default=0)
    w_hi = min((m.start() for m in others if m.start() >= hi), default=len(statement))
    return find_date("ref_date", blanked[w_lo:w_hi], calendar=calendar) is not None


# A date or a year alone, and a run of digits (another figure, once dates are blanked).
_DATE_OR_YEAR = re.compile(rf"{_DATE}|(?<!\d)(?:19|20)\d\d(?!\d)", re.I)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _other_launch(sentence: str, start: pd.Timestamp, calendar: str) -> bool:
    """Whether ``sentence`` dates a launch other than the term's own start ("The app,
    launched in May 2026, had 5,000 users at launch"): "at launch" is that one's."""
    for m in _START.finditer(sentence):
        day = _day(m["d"] or m["e"] or m["f"], calendar, True)
        if day is not None and day != start:
            return True
    return False


# A span counted from a day of each party's own (须自认定之日起18个月内): a goal due at no
# day the page gives.
_UNDATED_SPAN = re.compile(
    rf"自(?!印发|印發|发布|發布|公布|本)[^，。；\d年]{{1,8}}之日起\s*{_NUM}\s*(?:个月|個月|年)\s*[内內]"
)
