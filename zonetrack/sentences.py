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
    "first_match",
    "first_stop_from",
    "last_stop_before",
    "part_end",
    "says",
    "segment_before",
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
    r"[。！？!?\n]+|(?<![A-Z]\.[A-Z])\.(?=\s)"
    # "not less than 90 per cent. by the end of 2027": the full stop of "per cent." as offering
    # circulars and contracts write it ends no sentence when the words go on in lower case.
    r"(?!(?<=\bper\scent\.)[ \t]+[a-z(])"
    r"(?!(?:" + _MONTH_DOT + r")\s+\d{1,2}\b(?!,?\s*\d{4})(?!\s*(?:\(|--|—|–)))"
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


# Farther than any match of a pattern of stops (SEGMENT_END, SEMICOLON) reads from where it
# is tried, lookahead included (" whereas ", ",123" before a non-digit): a match tried this far
# before an offset reads nothing at or after it.
_STOP_REACH = 16


class _Stops:
    """Where a pattern of stops matches in one text, found once.

    Each figure of a sentence asks for the stops around it (its segment's, its statement's
    ends); scanning the sentence again per figure made a run-on paragraph, whose windows hold
    hundreds of figures, cost a scan of the window per figure and question. The answers are
    those of the scans they replace: see :func:`last_stop_before` and :func:`first_stop_from`.
    """

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern, self.text = pattern, text
        # The matches a scan from the start finds, one after another.
        chain = list(pattern.finditer(text))
        self.chain_starts = [m.start() for m in chain]
        self.chain_ends = [m.end() for m in chain]
        # Every offset a match starts at (a scan skips those inside a match it found).
        anywhere = re.compile(f"(?={pattern.pattern})", pattern.flags)
        self.starts = [m.start() for m in anywhere.finditer(text)]

    def last_end_before(self, rel: int) -> int:
        # A scan of text[:rel] finds the same matches as one of the whole text as long as
        # they are tried more than _STOP_REACH before rel; the rest is scanned again, cut at rel.
        i = bisect.bisect_left(self.chain_starts, rel - _STOP_REACH)
        last = self.chain_ends[i - 1] if i else 0
        for m in self.pattern.finditer(self.text, max(last, rel - _STOP_REACH), rel):
            last = m.end()
        return last

    def first_start_from(self, pos: int) -> int:
        i = bisect.bisect_left(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else len(self.text)


@lru_cache(maxsize=1024)
def _stops(pattern: re.Pattern[str], text: str) -> _Stops:
    return _Stops(pattern, text)


def last_stop_before(pattern: re.Pattern[str], text: str, rel: int) -> int:
    """Where the last match of ``pattern`` in ``text[:rel]`` ends, else 0.

    The same as ``max((m.end() for m in pattern.finditer(text, 0, rel)), default=0)``, read
    from an index of ``text`` kept for the figures that follow. ``pattern`` is a pattern of
    stops: it matches no empty string, opens with no ``^`` and reads less than
    :data:`_STOP_REACH` characters from where it is tried.
    """
    return _stops(pattern, text).last_end_before(rel)


def first_stop_from(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where the first match of ``pattern`` in ``text`` from ``pos`` on starts, else
    ``len(text)``: ``next((m.start() for m in pattern.finditer(text, pos)), len(text))``,
    read from the same index as :func:`last_stop_before`."""
    return _stops(pattern, text).first_start_from(pos)


@lru_cache(maxsize=8192)
def says(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether ``pattern`` occurs in ``text`` (between ``pos`` and ``endpos``, read as
    :meth:`re.Pattern.search` reads them).

    Cached: every figure of a sentence (of one window of a long one) asks the same
    questions of the same text, and a run-on page has hundreds of figures per window.
    Only a pure question of its arguments may be asked through it, so that nothing carries
    from one document to the next but the answers.
    """
    return pattern.search(text, pos, len(text) if endpos is None else endpos) is not None


@lru_cache(maxsize=8192)
def first_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text``, else None.

    Cached, as :func:`says` is, for a rule that needs the match itself (its groups, where it
    ends) of a question every figure of a window asks of the same text.
    """
    return pattern.search(text)


@lru_cache(maxsize=8192)
def find_segment(sentence: str, rel: int) -> str:
    """The stretch of ``sentence`` around offset ``rel`` between commas, "and", 而且, ...."""
    lo = last_stop_before(SEGMENT_END, sentence, rel)
    return sentence[lo : first_stop_from(SEGMENT_END, sentence, rel)]


def segment_before(sentence: str, rel: int) -> str:
    """The part of the figure's segment before offset ``rel``: ``find_segment(sentence[:rel],
    rel)``, read from the index of ``sentence`` that its other figures share (a slice per
    figure had a run-on window scanned again for each)."""
    return sentence[last_stop_before(SEGMENT_END, sentence, rel) : rel]


def part_end(sentence: str, rel: int) -> int:
    """The end of the part of ``sentence`` that holds the figure at ``rel``."""
    return first_stop_from(SEGMENT_END, sentence, rel)


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
    return last_stop_before(SEMICOLON, sentence, rel), first_stop_from(SEMICOLON, sentence, rel)
