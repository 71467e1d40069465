"""The schedule of an item in a list of projects or works: the date its scope is due by.

A list of works or projects gives each item its scope (about 32 hectares of land, 新建洁净厂房
4座) and then its schedule, as the item's last part ("…; 68% complete; scheduled for 2Q27.")
or as a field on a line under the scope (计划开工：2027年二季度　　计划投产：2028年三季度,
计划完工：预计2027年6月底前, "Target completion: 1Q29"). What the item will build is then a
goal due when the work is finished or starts production (not when it starts: 计划开工 dates
the start of work, no scope). The item's other parts (an approved estimate, 总投资, a progress
"68% complete") are not its scope: only the figures of its first part, or of the lines above
the schedule's field, are due by it. :func:`item_schedule` finds that date for a figure.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .datebasis import Date
from .goalwords import TOLD_DONE
from .headings import LIST_ITEM
from .periods import find_date

__all__ = ["item_schedule", "revised_deadline", "revised_schedule"]

# A part of an item that schedules its completion: "scheduled for 2Q27", "due for completion
# by end-2027", "target completion in 2028", 计划2027年底前建成, 预计116年第3季完工.
_SCHEDULE_PART = re.compile(
    r"^\s*(?:(?:is|are)\s+)?(?:scheduled|due|targeted|planned|expected)\s+"
    r"(?:for\s+(?:completion|commissioning|handover|opening)\s+|to\s+(?:complete|finish|open)\s+)?"
    r"(?:for|in|by|before)\s+"
    r"|^\s*(?:target(?:ed)?\s+)?completion\s+(?:date\s+)?(?:in|by|of|:)\s*"
    r"|^\s*(?:计划|計劃|预计|預計|预定|預定)[^，。；;]{0,20}?"
    r"(?:完工|竣工|建成|投产|投產|交付|投用|投入使用)",
    re.I,
)

# A field of completion on a line of the item (计划投产：2028年三季度, 计划完工：预计2027年6月底前,
# 預定完工日期：116年9月, "Target completion: 1Q29"); the start of work (计划开工) is none.
_SCHEDULE_FIELD = re.compile(
    r"(?:计划|計劃|预计|預計|预定|預定|目标|目標)?\s*(?:完工|竣工|建成|投产|投產|交付|投用)"
    r"(?:时间|時間|日期)?\s*[：:]\s*([^\s\u3000]+)"
    r"|\b(?:target(?:ed)?\s+)?completion(?:\s+date)?\s*:\s*([^;\n]+)",
    re.I,
)

_PART_END = re.compile(r"[;；]")


def item_schedule(text: str, at: int, calendar: str = "CNY") -> Date | None:
    """The date the item of a list holding offset ``at`` schedules its scope for, or None.

    Parameters
    ----------
    text : str
        The document.
    at : int
        The figure's offset.
    calendar : str, default "CNY"
        The source's calendar (113年 is a Republic of China year in TWD).

    Returns
    -------
    Date or None
        The schedule's date, when the figure is in the item's scope (its first part, or a line
        above the schedule's field) and is not told as done.
    """
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    line = _read_line(text, lo, hi, calendar)
    # The figure's own part of its line (between semicolons).
    part = bisect.bisect_left(line.cuts, at - lo)
    if line.told_done[part]:
        return None
    if part == 0 and line.scheduled is not None:
        return line.scheduled
    return line.below


@dataclass(frozen=True)
class _Line:
    """What :func:`item_schedule` reads of one line, the same for each of its figures."""

    cuts: list[int]  # where its parts end (its semicolons)
    told_done: list[bool]  # whether each part tells what is done
    scheduled: Date | None  # the date a later part of a list item schedules it for
    below: Date | None  # the date a field on a line under it schedules it for


@lru_cache(maxsize=1024)
def _read_line(text: str, lo: int, hi: int, calendar: str) -> _Line:
    """Read the line ``text[lo:hi]`` once for its figures: a long line (a run-on paragraph)
    read again for each of them made a page's reading quadratic in its length."""
    line = text[lo:hi]
    cuts = [m.start() for m in _PART_END.finditer(line)]
    starts = [0, *(c + 1 for c in cuts)]
    told_done = [
        TOLD_DONE.search(line[a:b]) is not None
        for a, b in zip(starts, [*cuts, len(line)], strict=True)
    ]
    return _Line(
        cuts, told_done, _scheduled_part(line, cuts, calendar), _field_below(text, hi, calendar)
    )


def _scheduled_part(line: str, cuts: list[int], calendar: str) -> Date | None:
    """The date a later part of a list item schedules its first part for, else None."""
    if cuts and LIST_ITEM.match(line):
        # "(a) Site formation - about 32 hectares; estimate $5.8 billion; scheduled for 2Q27."
        for part in _PART_END.split(line[cuts[0] + 1 :]):
            if _SCHEDULE_PART.search(part):
                due = find_date("ref_date", part, calendar=calendar)
                if due is not None:
                    return Date(str(due), f"the item's schedule {part.strip()!r}")
    return None


def _field_below(text: str, hi: int, calendar: str) -> Date | None:
    """The date a field of completion schedules the line ending at ``hi`` for, on the lines
    under it down to the item's end (a blank line or the next item), else None."""
    start = hi + 1
    for _ in range(3):
        if start >= len(text):
            break
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        below = text[start:end]
        if not below.strip() or LIST_ITEM.match(below):
            break
        field = _SCHEDULE_FIELD.search(below)
        if field is not None:
            due = find_date("ref_date", field[1] or field[2], calendar=calendar)
            if due is not None:
                return Date(str(due), f"the item's schedule {field[0].strip()!r}")
        start = end + 1
    return None


# A schedule revised (原訂115年12月底前完工…修正為116年4月底前完工, 延至, "pushed back to",
# "now expected in"): the date after the revision is the one in force.
_REVISED = re.compile(
    r"(?:修正|调整|調整|变更|變更|改|延|展延|顺延|順延|推迟|推遲|延后|延後)(?:为|為|至|到)"
    r"|\b(?:revised|pushed\s+back|moved|postponed|delayed|deferred|brought\s+forward)\s+(?:to|until)\b",
    re.I,
)


def revised_schedule(line: str) -> str:
    """The part of a schedule ``line`` in force: after its last revision (修正為, 延至,
    "revised to"), else the whole line."""
    found = list(_REVISED.finditer(line))
    return line[found[-1].end() :] if found else line


# A goal's schedule told as the original one (原定今年年底前达到15个, 原訂116年底前達到, "was
# originally due by"), in the figure's own statement before it.
_ORIGINAL = re.compile(
    r"原定|原訂|原订|原计划|原計劃|原計畫|原预定|原預定|原先|\boriginally\b",
    re.I,
)
# Where a statement ends: its revision is told before the next one begins.
_STATEMENT_END = re.compile(r"[。；;！？!?\n]")


def revised_deadline(sentence: str, rel: int, end: int, calendar: str = "CNY") -> Date | None:
    """The date a goal's original schedule was revised to, told after the figure in its own
    statement (原定今年年底前达到15个，…将这一节点顺延至2027年3月底; 原訂116年底前達到120兆瓦，…
    修正為117年6月底前達成), else None.

    ``rel`` and ``end`` are where the figure starts and ends in ``sentence``. The figure's
    part must name the schedule as the original one (原定, 原訂, "originally"); the revision
    (顺延至, 修正為, 延至, 调整为, "pushed back to") must name a date right after it.
    """
    start = max(
        (m.end() for m in _STATEMENT_END.finditer(sentence, 0, rel)),
        default=0,
    )
    if _ORIGINAL.search(sentence, start, rel) is None:
        return None
    stop = _STATEMENT_END.search(sentence, end)
    after = sentence[end : stop.start() if stop else len(sentence)]
    found = list(_REVISED.finditer(after))
    if not found:
        return None
    # The date must follow the revision's words at once (顺延至2027年3月底), not a later clause's.
    told = after[found[-1].end() : found[-1].end() + 16]
    due = find_date("deadline", told, calendar=calendar)
    return None if due is None else Date(str(due), "the schedule as revised")
