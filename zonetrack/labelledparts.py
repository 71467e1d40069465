"""Labelled entries: a figure after a label that says what it is and, often, of when.

Trackers, scorecards and annexes of plans set a goal and its progress out as labelled parts,
one a line or several on a line set off by semicolons::

    高新技术企业净增数——年度目标：120家；1—9月完成：94家；完成率：78.3%
    T1. Research intensity
        Baseline: 3.6% of GDP (2025)
        2028 milestone: 4.0%
    Milestone for 2026: 4.2%.
    Outcome: 4.4%.

A label of a goal (目标, 年度目标, "2030 goal", "Milestone for 2026", "Target") makes the
figures of its part goals, due at the end of the year the label names (年度目标: the page's
year, when nothing in the part dates it); a label of a base (Baseline, 基线, "2024年基線") or of
progress (完成, 1—9月完成, 截至9月末完成, 进度, "Outcome") makes them facts, of the year in
brackets after a base (3.6% (2025)), of the month's end a progress label names (1—9月: 30
September); 完成率 is progress of the part before it on its line. :func:`find_labelled_parts`
finds them; the caller puts what each says over its own reading.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass

from .datebasis import Date

__all__ = ["LabelledPart", "find_labelled_parts", "read_labelled"]

# A label: after a line's start (its indent), a semicolon, a full stop (an English one before a
# space: "…with companies. Current: 22."), an opening bracket, a dash (名称——年度目标：) or a
# bar (a KPI's line "Baseline: 0.3% | 2028: 0.4% | 2030: 0.5%"), words ending in a colon.
# (A list's marker may open the line before a label a note defines: （一）目標值：, 二、達成值：.)
# (The spaces before a label are read by one run only, and a label opens with no space: two
# runs of spaces side by side backtrack over each other, a cubic time on a line indented by
# hundreds of spaces.)
_LABEL = re.compile(
    r"(?:^[ \t\u3000]*"
    r"(?:(?P<marker>[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
    r"[ \t\u3000]*)?"
    r"|(?:(?<=[；;。（(—|｜])|(?<=\.\s))[ \t\u3000]*)"
    r"(?P<label>[^：:\n；;。（()）—|｜ \t\u3000][^：:\n；;。（()）—|｜]{0,29}?)[ \t\u3000]*[：:]",
    re.M,
)

# What ends a part: a semicolon, a Chinese full stop, an English one before a space, a bar, a
# line's end (or the next label).
_PART_END = re.compile(r"[；;。\n|｜]|\.(?=\s|$)")

_YEAR = r"(?:19|20)\d{2}"

_GOAL_LABEL = re.compile(
    rf"(?:(?P<year>{_YEAR})\s*年?\s*)?(?P<yearly>年度|全年)?(?:规划|規劃|中期|interim\s+)?"
    rf"(?:目[标標]值?|milestone|goal|target)(?:\s+(?:for|in|by)\s+(?P<for>{_YEAR}))?",
    re.I,
)
_BASE_LABEL = re.compile(
    rf"(?:(?P<year>{_YEAR})\s*年?\s*)?(?:baseline|base\s+year|基[线線]|基期值?|基[数數])"
    rf"(?:\s*[（(]\s*(?P<for>{_YEAR})\s*年?\s*[）)])?",
    re.I,
)
_PROGRESS_LABEL = re.compile(
    r"(?:截至\s*)?(?:(?:1|一)\s*[—–\-－~～至]\s*)?(?P<month>1[0-2]|[1-9])\s*月(?:份)?\s*[末底]?"
    r"\s*(?:累计|累計)?(?:完成|实际|實際)"
    r"|(?P<plain>完成(?:值|情况|情況)?|实际|實際|进度|進度|进展|進展|outcome|progress|actual|result)",
    re.I,
)
# A label that is a year, alone or after the name of what is measured ("2028:", 2030年：,
# "Operational emissions, 2025:", "Staff in 2025:"): a goal of that year when it is later than
# the page's, a fact of it when earlier.
_YEAR_LABEL = re.compile(rf"(?:[^,，]{{1,28}}(?:[,，]\s*|\s+in\s+))?(?P<year>{_YEAR})\s*年?", re.I)
# A label of where things stand now ("Current", "Latest", "At present", 现状, 目前, 現時):
# its figures are facts of the page's date.
_NOW_LABEL = re.compile(
    r"current(?:ly)?|latest|now|at\s+present|present\s+level|现状|現狀|目前|现时|現時|现况|現況",
    re.I,
)
_SHARE_LABEL = re.compile(r"完成率|完成度|達成率|达成率|(?:completion|achievement)\s+rate", re.I)

# A note that dates the figures under a label (除另有註明外，「進度」一欄均為截至2026年9月30日
# 的數字): the label's parts that name no date of their own are of that day.
_NOTE_DATE = re.compile(
    r"[「“\"]([^」”\"\n]{1,8})[」”\"]\s*(?:一欄|一栏|欄|栏|一項|一项)?\s*(?:均|皆|都)?\s*"
    rf"(?:為|为|是|係|系)?\s*截至\s*({_YEAR})\s*年\s*(1[0-2]|0?[1-9])\s*月\s*(\d{{1,2}})\s*日"
)
# What ends the items of a label a note defines: its sentence's or line's end.
_ITEMS_END = re.compile(r"[。\n]")

# A note (a report's 總說明) that defines what a label's figures are: 「目標值」均為115年度全年
# 目標 (goals due at that year's end), 「達成值」除另有註明外，均為截至查核基準日之累計數 (facts
# of the report's cut-off day).
_NOTE_TERM = re.compile(
    r"[「“\"](?P<label>[^」”\"\n]{1,8})[」”\"]\s*(?:一欄|一栏|欄|栏|一項|一项)?\s*"
    r"(?:[，,]?\s*除另有(?:註明|注明|說明|说明)(?:者)?外\s*[，,]?\s*)?(?:均|皆|都)?\s*"
    r"(?:為|为|是|係|系|指)?\s*"
    rf"(?:(?P<year>{_YEAR}|1[0-4]\d)\s*年度?\s*(?:全年)?\s*(?:目[标標]|指[标標])"
    r"|截至\s*(?:查核基準日|查核基准日|基準日|基准日|資料截止日|资料截止日)\s*(?:之|的)?\s*"
    r"(?P<cut>累計|累计|數|数|數字|数字))"
)


def _note_terms(text: str, cut_off: str | None, calendar: str) -> dict[str, tuple[str, str]]:
    """Each label a note defines (:data:`_NOTE_TERM`): label -> (kind, date)."""
    terms = {}
    for m in _NOTE_TERM.finditer(text):
        if m["year"] is not None:
            year = int(m["year"])
            if year < 1000:
                # A Republic of China year only where the page's calendar is Taiwan's.
                if calendar != "TWD":
                    continue
                year += 1911
            terms[m["label"].strip()] = ("target", f"{year}-12-31")
        elif cut_off is not None:
            terms[m["label"].strip()] = ("observation", cut_off)
    return terms


# A note that dates the baselines of the indicators it names, or of all (the others): "Baselines
# for KPI 1.1 and KPI 1.2 are for 2024", "All other baselines are for 2025", "The baseline
# year is 2025 unless stated", 基数为2025年数, 基期均為2025年.
_BASE_NOTE = re.compile(
    r"(?P<all>(?:all\s+)?(?:other\s+|remaining\s+)?)baselines?(?:\s+year)?"
    r"(?:\s+(?:for|of)\s+(?P<which>(?:[^.\n]|\.(?=\d)){1,80}?))?\s+(?:are|is)\s+(?:(?:for|of|as\s+at)\s+)?"
    rf"(?:the\s+year\s+)?(?P<year>{_YEAR})\b"
    rf"|(?:其[他餘余]|所有)?(?:指[标標]的)?(?:基[数數]|基期值?|基[线線])(?:[均皆]|年份?)?\s*"
    rf"(?:[为為是係系]|指)\s*(?P<zh>{_YEAR})\s*年",
    re.I,
)
# An indicator's number at the start of the line that names it (KPI 1.1, Indicator 3, 指标2).
_INDICATOR_NUMBER = re.compile(
    r"\s*(?:KPIs?|indicators?|指[标標]|T)\s*(?P<number>\d+(?:\.\d+)*)", re.I
)

# The same period of an earlier year (（2025年同期：118間）): the noted day of that year.
_SAME_PERIOD = re.compile(rf"({_YEAR})\s*年?\s*同期")
# A part that dates itself before its figure (2025年全年2,870宗, 截至10月31日, 本年度首兩季; not
# 每年度, "each year", which names no year).
_OWN_DATE = re.compile(r"(?:19|20)\d{2}\s*年|截至|(?<!每)年度|[季月]")

# A year in brackets in a base's part: 3.6% of GDP (2025), RMB 8.6 billion (2024, latest).
_BRACKET_YEAR = re.compile(rf"[（(]\s*({_YEAR})\s*年?\s*(?:[,，][^）)]*)?[）)]")


@dataclass(frozen=True)
class LabelledPart:
    """The text after a label that says what its figures are.

    Attributes
    ----------
    start, end : int
        Offsets of the part's text (after the label's colon).
    kind : str
        ``"target"`` or ``"observation"``.
    date : str or None
        The deadline or ref_date the label (or the part's bracketed year) gives, else None.
    label : str
        The label as written (for the date's note).
    noted : bool
        Whether the date is a note's over the label's column, or the page's year that 年度目标
        is of, which a date the part writes before its figure overrides.
    """

    start: int
    end: int
    kind: str
    date: str | None
    label: str
    noted: bool = False


def _end_of(year: str | None, month: int = 12) -> str | None:
    """The last day of ``month`` of ``year``, else None."""
    if year is None:
        return None
    return f"{year}-{month:02d}-{monthrange(int(year), month)[1]:02d}"


def find_labelled_parts(
    text: str,
    year: str | None = None,
    page_date: str | None = None,
    cut_off: str | None = None,
    calendar: str = "CNY",
) -> list[LabelledPart]:
    """Every labelled part of ``text`` whose label says what its figures are, in order.

    Parameters
    ----------
    text : str
        The text.
    year : str, optional
        The year of the page (or of the report): what 年度目标 and 1—9月 are of, and what a
        year label ("2028:") is compared with.
    page_date : str, optional
        The page's own date: what "Current:" is of.
    cut_off : str, optional
        The report's cut-off day (查核基準日), which a note may say a label's figures are of.
    calendar : str
        The source's currency (TWD: a note's 115年度 is 2026).

    Returns
    -------
    list of LabelledPart
    """
    found: list[LabelledPart] = []
    notes = {m[1].strip(): (m[2], int(m[3]), int(m[4])) for m in _NOTE_DATE.finditer(text)}
    base_notes = list(_BASE_NOTE.finditer(text))
    defined = _note_terms(text, cut_off, calendar)
    line_start = -1
    before: LabelledPart | None = None
    labels = [
        m for m in _LABEL.finditer(text) if m["marker"] is None or m["label"].strip() in defined
    ]
    for k, match in enumerate(labels):
        label = match["label"].strip()
        start = match.end()
        # (The items of a label a note defines run to its sentence's end, set off by
        # semicolons: 目標值：完成公共工程30公頃；引進廠商8家。)
        stop = (_ITEMS_END if label in defined else _PART_END).search(text, start)
        end = stop.start() if stop is not None else len(text)
        if k + 1 < len(labels):
            end = min(end, max(start, labels[k + 1].start()))
        this_line = text.rfind("\n", 0, match.start()) + 1
        if this_line != line_start:
            line_start, before = this_line, None
        part = _read_label(label, text[start:end], year, before, page_date)
        if label in defined and (part is None or part[1] is None):
            # 目標值： under a note that says they are 115年度全年目標: goals due then.
            part = defined[label]
        same = _SAME_PERIOD.fullmatch(label)
        if same is not None and len(notes) == 1:
            (_, month, day), *_ = notes.values()
            part = ("observation", f"{same[1]}-{month:02d}-{day:02d}")
        if part is None:
            continue
        noted = part[1] is None and label in notes
        goal = _GOAL_LABEL.fullmatch(label)
        # (年度目标's date is only the page's year, by default: a year a part writes before
        # its figure, 年度目標值：116年度70條, outweighs it as it does a note's date.)
        yearly = goal is not None and goal["yearly"] and not (goal["year"] or goal["for"])
        if noted:
            y, month, day = notes[label]
            part = (part[0], f"{y}-{month:02d}-{day:02d}")
        if part[1] is None and _BASE_LABEL.fullmatch(label):
            part = (part[0], _noted_base_year(text, this_line, base_notes))
        before = LabelledPart(
            start, end, part[0], part[1], label, noted or bool(yearly) or label in defined
        )
        found.append(before)
    return found


def _noted_base_year(text: str, line_start: int, notes: list[re.Match[str]]) -> str | None:
    """The end of the year a note gives the baseline on the line at ``line_start``: the note
    that names the indicator of the line above it (KPI 1.1), else one of all or the other
    baselines, else None."""
    if not notes:
        return None
    # (The indicator a baseline's line belongs to is named on the last line before it.)
    above = text[: max(0, line_start - 1)].rstrip("\n")
    own = _INDICATOR_NUMBER.match(above[above.rfind("\n") + 1 :])
    general = None
    for note in notes:
        which = note["which"]
        if which is None:
            general = general or note
        elif own is not None and re.search(
            rf"(?<![\d.]){re.escape(own['number'])}(?![\d]|\.\d)", which
        ):
            return _end_of(note["year"])
    return _end_of(general["year"] or general["zh"]) if general is not None else None


def _read_label(
    label: str,
    part: str,
    year: str | None,
    before: LabelledPart | None,
    page_date: str | None = None,
) -> tuple[str, str | None] | None:
    """(kind, date) a label gives its part, else None (电话, "Rating": no such label)."""
    goal = _GOAL_LABEL.fullmatch(label)
    if goal is not None:
        named = goal["year"] or goal["for"]
        return "target", _end_of(named or (year if goal["yearly"] else None))
    base = _BASE_LABEL.fullmatch(label)
    if base is not None:
        bracket = _BRACKET_YEAR.search(part)
        return "observation", _end_of(base["year"] or base["for"] or (bracket and bracket[1]))
    progress = _PROGRESS_LABEL.fullmatch(label)
    if progress is not None:
        month = progress["month"]
        return "observation", _end_of(year, int(month)) if month else None
    if page_date is not None and _NOW_LABEL.fullmatch(label):
        return "observation", page_date
    named = _YEAR_LABEL.fullmatch(label)
    if named is not None and year is not None:
        # (The page's own year says neither: a goal for it or its facts so far.)
        said = named["year"]
        if said != year:
            return ("target" if said > year else "observation"), _end_of(said)
    if _SHARE_LABEL.fullmatch(label):
        # Progress against the goal: of the date of the progress the line gave before it.
        dated = before is not None and before.kind == "observation"
        return "observation", before.date if dated and before is not None else None
    return None


def read_labelled(
    part: LabelledPart,
    is_target: bool,
    deadline: str | None,
    ref_date: Date | None,
    lead: str = "",
) -> tuple[bool, str | None, Date | None]:
    """(is_target, deadline, ref_date) of a figure in ``part``, over the sentence's reading:
    the label's kind, and its date when it gives one, else the date the reading found (a
    goal's deadline read as a fact's date, or the other way). ``lead`` is the part's text
    before the figure: a date it writes overrides a note's over the label."""
    own = part.noted and _OWN_DATE.search(lead) is not None
    said = Date(part.date, f"the label {part.label!r}") if part.date and not own else None
    found = deadline if is_target else ref_date
    date = said or found
    if part.kind == "target":
        return True, date, None
    return False, None, Date(date, getattr(date, "note", "")) if date else None
