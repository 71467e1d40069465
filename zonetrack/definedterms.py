"""Dates and periods a page defines once, read once per page.

A prospectus, an offering circular or a listed company's circular defines its date terms in
a definitions list (释义, DEFINITIONS, "In this circular, the following expressions have the
following meanings") and then uses them by name: 最近可行日：指2026年10月31日 and later
截至最近可行日，…; "Latest Practicable Date" 31 October 2026 and later "as at the Latest
Practicable Date"; 报告期：指2024年度、2025年度及2026年1-9月 and later 报告期内…分别为A、B及C,
the figures paired in order with the periods. :func:`find_defined_terms` reads the list
once; :meth:`DefinedTerms.date_of` dates a fact by the term its sentence names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .datebasis import Date
from .goalwords import goal_said
from .periods import find_date
from .sentences import find_segment

__all__ = ["DefinedTerms", "find_defined_terms", "read_defined_dates"]

# A Chinese definition line: the term, an optional colon, 指, then what it means
# (最近可行日：指2026年10月31日，即…; 报告期　指2024年度、2025年度及2026年1-9月). The name is
# the shortest before 指, so that 是 of 是指 is not part of it (规划期是指…: 规划期).
_ZH_DEFINITION = re.compile(
    r"^[ \t\u3000]*(?P<quote>[“「\"])?(?P<name>[\u4e00-\u9fff]{2,10}?)[”」\"]?[ \t\u3000]*[:：]?"
    r"[ \t\u3000]*(?:指|係指|系指|是指)[ \t\u3000]*(?P<body>[^\n]{4,120})",
    re.M,
)

# An English definition line: the quoted term, then (after "means" or only spaces, as a
# two-column list lays it out) what it means ("Latest Practicable Date"   31 October 2026,
# being …; "Record Date" means 5 December 2026).
_EN_DEFINITION = re.compile(
    r"^[ \t]*(?P<quote>[\"“])(?P<name>[A-Z][A-Za-z]*(?:[ -][A-Za-z]+){0,5})[\"”][ \t]*"
    r"(?::|means|shall\s+mean)?[ \t]*(?P<body>[^\n]{4,160})",
    re.M,
)

# What opens a definitions list: a heading line (释义, 釋義, DEFINITIONS) or its lead-in
# ("the following expressions have the following meanings"; 下列词语具有如下含义). A line
# "XX指<date>" elsewhere (a plan's 近期指2026年底前) defines no term the page dates facts by,
# unless it quotes its term the way a list does (“最近可行日”指…).
_LIST_HEADING = re.compile(
    r"^[ \t\u3000]*(?:第[一二三四五六七八九十\d]{1,3}[节節章][ \t\u3000]*)?"
    r"(?:释义|釋義|定义|定義|DEFINITIONS?|Definitions?)[ \t\u3000]*$"
    r"|following\s+expressions\s+(?:shall\s+)?have\s+the\s+following\s+meanings?"
    r"|具有(?:如下|以下|下列)(?:含义|含義|意义|意義)",
    re.M,
)

# Where one period of a list ends and the next begins (2024年度、2025年度及2026年1-9月;
# "the years ended 31 December 2024 and 2025").
_LIST_SEPARATOR = re.compile(r"、|以及|及|和|与|與|;|；")

# What ends the part of a definition that states the date (，即…, ", being …").
_BODY_END = re.compile(r"[，,。；;（(]|\bbeing\b|\bwhich\b")

# Words that count a figure as at a day or within a period named before or after it.
_AS_AT = (
    r"截至|截止|于|於|在|\bas\s+(?:at|of)\s+the|\bat\s+the|\bon\s+the|\bduring\s+the|\bin\s+the"
    r"|\b(?:at|by)\s+the\s+end\s+of\s+the"
)

# The pairing word of a list of figures (分别为A、B及C; "…, respectively").
_RESPECTIVELY = re.compile(r"分别|分別")
_FIGURE_SEPARATOR = re.compile(r"、|以及|及|和|与|與")


@dataclass(frozen=True)
class DefinedTerms:
    """The date terms a page defines (:func:`find_defined_terms`).

    Attributes
    ----------
    terms : dict of str to tuple of str
        Each term's name, as the page writes it, and the ends of the periods it names, in
        order (one for a day: the day itself).
    calendar : str
        The source's currency, to tell a figure's own date (115年 in a Taiwan source).
    """

    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    calendar: str = "CNY"

    # (Each figure asks; the names' pattern is built once per page.)
    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.terms:
            return None
        return re.compile(
            "|".join(f"(?P<t{i}>{_name_pattern(n)})" for i, n in enumerate(self._names))
        )

    @cached_property
    def _names(self) -> list[str]:
        # Longer names first, so that a name inside a longer one does not win.
        return sorted(self.terms, key=len, reverse=True)

    def _own_date(self, part: str) -> bool:
        """Whether ``part`` of the figure's statement names a date of its own."""
        return find_date("ref_date", part, calendar=self.calendar) is not None

    def date_of(self, sentence: str, rel: int, end: int) -> Date | None:
        """The date a term the sentence names gives a fact at ``rel`` (its end at ``end``).

        The term nearest before the figure in its statement (截至最近可行日，…; 报告期内，…;
        "As at the Latest Practicable Date, …"; a statement ends at a semicolon), else one
        right after it in its clause preceded by an as-at word ("was 42 per cent. complete as
        at the Latest Practicable Date"). A figure whose statement names a date of its own
        between the term and it, or in its own clause after it (较2023年末的900名; "compared
        with 900 employees as at 31 December 2023"), is counted at that date, not at the
        term's. A term of several periods pairs the figures after 分别 in order
        (报告期内…分别为A、B及C) when they are as many as its periods and nothing is listed
        before 分别 (研发人员和销售人员分别为… pairs people, not periods); otherwise, which of
        them is meant cannot be told: None.
        """
        pattern = self._pattern
        if pattern is None:
            return None
        start = max(sentence.rfind("；", 0, rel), sentence.rfind(";", 0, rel)) + 1
        stop = min(
            (i for i in (sentence.find("；", end), sentence.find(";", end)) if i >= 0),
            default=len(sentence),
        )
        clause = re.search(r"[，,;；。]", sentence[end:stop])
        if self._own_date(sentence[end : end + clause.start() if clause else stop]):
            return None
        found = None
        for m in pattern.finditer(sentence, start, rel):
            found = m
        if found is not None and self._own_date(sentence[found.end() : rel]):
            return None
        if found is None:
            after = pattern.search(sentence, end, stop)
            if (
                after is None
                or re.search(r"[，,;；。]", sentence[end : after.start()]) is not None
                or self._own_date(sentence[end : after.start()])
                or not re.search(rf"(?:{_AS_AT})\s*$", sentence[end : after.start()], re.I)
            ):
                return None
            found = after
        name = self._names[int(str(found.lastgroup)[1:])]
        periods = self.terms[name]
        if len(periods) == 1:
            return Date(periods[0], f"{name!r}, defined on the page as {periods[0]}")
        return _paired(sentence, found.end(), rel, stop, name, periods)


def _name_pattern(name: str) -> str:
    """A term's name as a pattern: a Latin-script name whole words only and in the case the
    page defines it ("Phase I" is not in "The phase includes"), but for its first letter,
    which opens a sentence (The date of this report …)."""
    if not re.search(r"[A-Za-z]", name):
        return re.escape(name)
    head = f"[{name[0].upper()}{name[0].lower()}]" if name[0].isalpha() else re.escape(name[0])
    return rf"(?<![A-Za-z]){head}{re.escape(name[1:])}(?![A-Za-z])"


# A figure in a list after 分别 (分别为120名和80名; 0.82亿元、0.91亿元及0.47亿元).
_LISTED_FIGURE = re.compile(r"\d+(?:[,.]\d+)*")


def _paired(
    sentence: str, term_end: int, rel: int, stop: int, name: str, periods: tuple[str, ...]
) -> Date | None:
    """The period of ``name`` that 分别 pairs the figure at ``rel`` with (in order), when the
    figures after 分别 are as many as the periods and nothing is listed before it."""
    paired = _RESPECTIVELY.search(sentence, term_end, rel)
    if paired is None or _FIGURE_SEPARATOR.search(sentence, term_end, paired.start()):
        return None
    listed = _LISTED_FIGURE.findall(re.split(r"[。；;]", sentence[paired.end() : stop])[0])
    if len(listed) != len(periods):
        return None
    index = len(_FIGURE_SEPARATOR.findall(sentence, paired.end(), rel))
    if index >= len(periods):
        return None
    return Date(periods[index], f"{name!r} 分别: period {index + 1} the page defines for it")


def _period_ends(body: str, calendar: str) -> tuple[str, ...]:
    """The ends of the periods (or the day) a definition's body states, in order; none when
    any part of its list is not a date."""
    stated = _BODY_END.split(body, maxsplit=1)[0]
    ends = []
    for part in _LIST_SEPARATOR.split(stated):
        date = find_date("ref_date", part.strip(), calendar=calendar)
        if not date:
            return ()
        ends.append(_span_end(part.strip(), str(date), calendar))
    return tuple(ends)


# The word that joins a span's start to its end (2026年至2030年, 1月1日至6月30日, "2026 to 2030").
_SPAN_JOIN = re.compile(r"\s*(?:至|到|~|～|—|–|\bto\b|\bthrough\b|\buntil\b)\s*", re.I)


def _span_end(part: str, start: str, calendar: str) -> str:
    """The end of the span ``part`` states (its last day: 规划期 指2026年至2030年 ends in
    2030, 2026年1月1日至6月30日 on 30 June, its year the start's), else ``start``, the date
    it names alone."""
    joined = _SPAN_JOIN.search(part)
    if joined is None:
        return start
    end = part[joined.end() :]
    date = find_date("ref_date", end, calendar=calendar) or find_date(
        "ref_date", f"{start[:4]}年{end}", calendar=calendar
    )
    return str(date) if date and str(date) >= start else start


# The period a ranking or a survey says its data cover, in passing ("using data for the
# twelve months to 30 June 2026", "based on data to the end of June 2026"): what "the data
# period" names later.
_DATA_PERIOD = re.compile(
    r"\b(?:using|on|based\s+on|drawing\s+on)\s+data\s+(?:for|to|up\s+to|covering|through)\s+"
    r"(?:the\s+(?:\w+\s+){0,2}?(?:months?|years?|quarters?)\s+(?:to|ended|ending)\s+)?"
    r"(?:the\s+end\s+of\s+)?(?P<date>[^.;,\n]{4,24})",
    re.I,
)

# Names a report gives its own date (截至本報告書發行日, "as at the date of this report"): the
# day of its date line. (A notice's 本公告日 is its sign-off's day: presentdates reads it.)
_PAGE_DAY_NAMES = (
    "本报告书发布日",
    "本報告書發布日",
    "本报告书发行日",
    "本報告書發行日",
    "本报告发布日",
    "本報告發布日",
    "本报告书出具日",
    "本報告書出具日",
    "本通函日期",
    "本招募说明书签署日",
    "the date of this circular",
    "the date of this report",
)


def find_defined_terms(
    text: str, calendar: str = "CNY", page_date: str | None = None
) -> DefinedTerms:
    """The date terms ``text`` defines in a definitions list, read once per page.

    Parameters
    ----------
    text : str
        The surveyed text.
    calendar : str
        The source's currency (TWD: 115年 is 2026).
    page_date : str, optional
        The page's own date, which the names it gives that date stand for (本報告書發行日).

    Returns
    -------
    DefinedTerms
    """
    terms: dict[str, tuple[str, ...]] = {}
    if page_date:
        terms.update((name, (page_date,)) for name in _PAGE_DAY_NAMES if name in text)
    data = _DATA_PERIOD.search(text)
    if data is not None and (day := find_date("ref_date", data["date"], calendar=calendar)):
        terms["data period"] = (str(day),)
    heading = _LIST_HEADING.search(text)
    for found in (*_ZH_DEFINITION.finditer(text), *_EN_DEFINITION.finditer(text)):
        # (Only a definitions list defines: after its heading, or a term quoted as lists do.)
        if found["quote"] is None and (heading is None or heading.start() > found.start()):
            continue
        body = found["body"].strip()
        # (A definition of a name, "Phase III" the third phase of …, states no date.)
        if not re.match(r"\d|(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d", body):
            continue
        ends = _period_ends(body, calendar)
        # (A term whose date lies after the page's, a plan's 近期 to 2026年底, is a deadline,
        # not a day facts are counted at: it dates no fact.)
        if ends and not (page_date and ends[-1][: len(page_date)] > page_date):
            terms[found["name"]] = ends
    return DefinedTerms(terms, calendar)


# A sentence opened by the period the report defines for itself (報告期內，…; 本報告期內;
# "During the Period, …"): what it tells is of that period.
_IN_REPORT_PERIOD = re.compile(
    r"\s*(?:本?(?:報告期|报告期)(?:內|内|間|间)|本期(?:內|内)|(?:During|In)\s+the\s+(?:Period|Year)\b)",
    re.I,
)


def _names_later_day(part: str, covered: str, calendar: str) -> bool:
    """Whether ``part`` names a deadline or a day after ``covered``."""
    return any(
        (day := find_date(kind, part, calendar=calendar)) and str(day) > covered
        for kind in ("deadline", "ref_date")
    )


def read_defined_dates(
    terms: DefinedTerms,
    covered: str | None,
    sentence: str,
    rel: int,
    end: int,
    read: tuple[bool, str | None, Date | None],
    page_date: str | None = None,
) -> tuple[bool, str | None, Date | None, bool]:
    """(is a goal, deadline, ref_date, whether a defined date was used) of the figure at
    ``rel`` (its end at ``end``) in ``sentence``, given its reading so far, ``read``.

    In a report of the period that ends on ``covered``, a sentence that opens with that period
    (報告期內，…較基準年下降31%，已提前達成原訂118年…的中期目標) tells its outcome: a figure whose
    own part has no goal words is a fact of it, though a goal's year follows. A fact the
    sentence counts as at a defined term (:meth:`DefinedTerms.date_of`) is of that term's day.
    A fact of a day before the page's ``page_date`` stays a fact, however long after the period
    (a report issued late, 补发2024年年度报告 in June 2026, tells 2026年1—5月 as done).
    """
    is_target, deadline, ref_date = read
    used = False
    if (
        is_target
        and covered
        and _IN_REPORT_PERIOD.match(sentence) is not None
        and not goal_said(segment := find_segment(sentence, rel))
        # (A part that names its own day after the period, 约定于2027年底前建成…, 按计划2028年
        # 新增…, tells a goal set in the period, not its outcome.)
        and not _names_later_day(segment, covered, terms.calendar)
    ):
        is_target, deadline, used = False, None, True
        ref_date = Date(covered, "told in the period the report covers")
    elif (
        not is_target
        and covered
        and ref_date
        and str(ref_date) > f"{int(covered[:4]) + 1}{covered[4:]}"
        and page_date is None
        and _names_later_day(find_segment(sentence, rel), str(ref_date)[:4], terms.calendar)
    ):
        # A report of a period ending ``covered`` tells no fact of a day more than a year
        # after it (published within months of it): a figure its own part dates there
        # (按计划2028年新增产能500兆瓦 in a 2026 half-year report) is a goal due that day. Only
        # on a page with no date: on a dated one, the driver's page check reads it so.
        is_target, deadline, ref_date, used = True, str(ref_date), None, True
    defined = terms.date_of(sentence, rel, end)
    if defined is not None and not is_target:
        ref_date, used = defined, True
    return is_target, deadline, ref_date, used
