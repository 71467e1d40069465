"""Where the sentences, clauses and parts of a sentence of a text begin and end.

A text's sentence and clause ends are found once (:class:`Boundaries`); each figure then
reads the sentence, clause or part of a sentence (:func:`find_segment`) around it, within a
bounded window (:data:`WINDOW`) so that extraction stays linear in the text's length.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

__all__ = [
    "CLAUSE_END",
    "PARAGRAPH_END",
    "SEGMENT_END",
    "SEMICOLON",
    "SENTENCE_END",
    "WINDOW",
    "Boundaries",
    "find_segment",
    "part_end",
    "says",
    "statement_bounds",
]

# A paragraph ends with its line.
PARAGRAPH_END = re.compile(r"\n")

# The part of a sentence a figure belongs to, when the sentence joins a fact and a plan
# ("has set aside HK$10 billion ... and expects 40 companies by mid-2026").
SEGMENT_END = re.compile(
    r"[，；;]|,(?!\d{3}(?!\d))|\s(?:and|while|but|whereas|when)\s|而且|并且|並且|但"
)

# A semicolon ends a statement: a date after it is not the date of a figure before it.
SEMICOLON = re.compile(r"[；;]")

# The full stop of an abbreviation of capitals (U.S., U.K.) ends no sentence.
# A Chinese headline sets its clauses apart with a space (園區前10月營業額年增14.8% 新廠明年
# 動工): a space between Chinese words, or after a percent sign, ends one.
# Nor does the dot of a month's short name before a day without a year ("As of Sept. 30, the
# board ..."); a dateline's "Oct. 14, 2026 (Xinhua) --" and "Mar. 9 (Xinhua) --" stay a
# sentence of their own.
_MONTH_DOT = "|".join(
    f"(?<=\\b{m}\\.)"
    for m in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
)
SENTENCE_END = re.compile(
    r"[。！？!?\n]+|(?<![A-Z]\.[A-Z])\.(?=\s)(?!(?:"
    + _MONTH_DOT
    + r")\s+\d{1,2}\b(?!,?\s*\d{4})(?!\s*(?:\(|--|—|–)))"
    r"|(?<=[\u4e00-\u9fff%])[ ]{1,2}(?=[\u4e00-\u9fff])"
    # 总投资：56亿元　　计划开工：2027年二季度: fields of one line set apart by wide spaces are
    # statements of their own (the next field's date is not the figure's).
    # (Not a table's cells: 总资产　　18,426,375,120.55 is one row.)
    r"|\u3000{2,}(?=[^\s\u3000\d：:]{1,10}[：:])"
)

CLAUSE_END = re.compile(r"[，,；;：:]\s*(?<!\d,)(?!\d{3}\b)|[，；;：:]|,\s")

# A sentence longer than this is not read whole for its dates and goal words: a page without
# punctuation must not make every figure scan all of it (extraction stays linear).
WINDOW = 600


class Boundaries:
    """Where a pattern matches in a text, found once; nearest matches by bisection."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        spans = [m.span() for m in pattern.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def around(self, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
        """(end of the last match before ``start``, start of the first after ``end``)."""
        i = bisect.bisect_right(self.ends, start) - 1
        left = max(lo, self.ends[i]) if i >= 0 else lo
        j = bisect.bisect_left(self.starts, end)
        right = min(hi, self.starts[j]) if j < len(self.starts) else hi
        return left, right

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        for k in (i, i + 1):
            if 0 <= k < len(self.starts) and self.starts[k] < end and start < self.ends[k]:
                return True
        return False


@lru_cache(maxsize=8192)
def says(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` occurs anywhere in ``text``.

    Cached: every figure of a sentence (of one window of a long one) asks the same
    questions of the same text, and a run-on page has hundreds of figures per window.
    """
    return pattern.search(text) is not None


@lru_cache(maxsize=8192)
def find_segment(sentence: str, rel: int) -> str:
    """The stretch of ``sentence`` around offset ``rel`` between commas, "and", 而且, ...."""
    lo = max((m.end() for m in SEGMENT_END.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in SEGMENT_END.finditer(sentence, rel)), len(sentence))
    return sentence[lo:hi]


def part_end(sentence: str, rel: int) -> int:
    """The end of the part of ``sentence`` that holds the figure at ``rel``."""
    return next((m.start() for m in SEGMENT_END.finditer(sentence, rel)), len(sentence))


def statement_bounds(sentence: str, rel: int) -> tuple[int, int]:
    """Where the statement around offset ``rel`` (between semicolons) starts and ends.

    Parameters
    ----------
    sentence : str
        The sentence.
    rel : int
        An offset in ``sentence`` (a figure's).

    Returns
    -------
    tuple of (int, int)
        The statement's start and end in ``sentence``.
    """
    lo = max((m.end() for m in SEMICOLON.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in SEMICOLON.finditer(sentence, rel)), len(sentence))
    return lo, hi
