"""A text's figures read piece by piece, and where a text may be cut.

:func:`reads_alone` says whether a slice of a text is certain to be read alone as the text
reads it there (each character just outside it a *stop*, named by none of the reader's
patterns); :func:`read_in_pieces` cuts a text at such places, so that texts written alike
share most of their pieces and a reader that remembers what it read does a fraction of the
work.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from . import figures, numerals, qualifiers, writtenunits
from .figures import Figure, find_figures
from .numerals import EN_MULTIPLIERS, EN_TENS, EN_UNITS, MULTIPLIER_FACTORS, SIGNS, fold_digits
from .qualifiers import INFIX_AT_LEAST, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS
from .writtenunits import (
    COUNTS_ONLY_BEFORE,
    NOT_UNITS,
    PLAIN_RANGES,
    PLAIN_RE,
    currency_prefix_re,
    currency_word_re,
    unit_index,
)

__all__ = [
    "read_in_pieces",
    "reads_alone",
]


def reads_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is certain to be read alone as ``text`` reads it there.

    True means: :func:`find_figures` of the slice gives exactly the figures of ``text``
    that lie inside it (offsets shifted, the same value, unit, qualifier and extent), and no
    figure of ``text`` crosses ``start`` or ``end``. False means only "not certain".

    It holds when each character just outside the slice (if any) is a *stop*: a character
    that NFKC leaves alone and that cannot compose, not a blank, not a letter or digit of
    ASCII, and named by none of the reader's patterns, unit spellings or word lists. The
    reader extends a figure only through characters its patterns name, and looks at most at
    the character next to it for the rest; a stop is consumed by nothing, so no reading
    crosses it, and it answers every look-around as the end of the text would, except a
    word boundary: a stop that is a word character (an ideograph) therefore needs a
    non-ASCII character on the slice's side of it.
    """
    if not 0 <= start <= end <= len(text):
        return False
    if start < end and fold_digits(text[start]) in SIGNS:
        # A minus opening the slice is a sign there (the start of a text), but in the text
        # only if what stands before it announces a value: the text must be read.
        return False
    if start > 0 and not _stop_beside(text[start - 1], text[start : start + 1]):
        return False
    if start > 0 and _REACH_BACK_RE.search(text, max(0, start - _REACH - 2), start):
        # 最高补助|100万元, 约占全省的|四成: a qualifier (or a security named before 只) reaches
        # over ideographs into the slice, which alone would read without it.
        return False
    if end < len(text) and _REACH_FORWARD_RE.search(text, max(0, end - 4), end):
        return False  # 5只科|创债: the counter reads the kind of security after it
    return end == len(text) or _stop_beside(text[end], text[end - 1 : end])


def _stop_beside(outside: str, inside: str) -> bool:
    stop = fold_digits(outside)
    return _is_stop(stop) and (not _is_word(stop) or not inside.isascii())


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


def _is_stop(folded: str) -> bool:
    return folded in _stops()


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Every stop: a plain character, not a blank, not ASCII alphanumeric, named by nothing."""
    named = _named_characters()
    plain = (chr(c) for c in (*range(0x80), *PLAIN_RANGES))
    return frozenset(
        ch
        for ch in plain
        if PLAIN_RE.fullmatch(ch)
        and ch not in named
        and not ch.isspace()
        and not (ch.isascii() and ch.isalnum())
    )


def read_in_pieces(text: str, read: Callable[[str], list[Figure]] = find_figures) -> list[Figure]:
    """:func:`find_figures` of ``text``, read piece by piece with ``read``.

    ``text`` is cut between two stops (see :func:`reads_alone`) wherever both pieces read
    alone: no figure crosses the cut and each piece's figures are the text's. Texts written
    alike (``截至2023年3月底...达到21个``) then share most of their pieces, so a ``read``
    that remembers what it read does a fraction of the work.
    """
    # Between two stops both pieces read alone (reads_alone), unless a stop that is a word
    # character has an ASCII character on the other side.
    cuts = [m.start() for m in _CUT_RE.finditer(text.translate(_STOP_CLASSES))]
    if cuts:
        # A qualifier that reaches back over ideographs (最高补助, 约占全省的四成) must stay in
        # the piece of the figure it qualifies: no cut within its reach after it.
        openers = [m.end() for m in _REACH_BACK_RE.finditer(text)]
        cuts = [c for c in cuts if not _within_reach(openers, c)]
    figures: list[Figure] = []
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        for figure in read(text[start:end]):
            figures.append(_shifted(figure, start) if start else figure)
    return figures


# The openers of the prefix qualifiers that may stand several ideographs before their number
# (最高补助, 至少新增, 约占全省的), and how far they reach.
# A security named before a number reaches forward to its counter (成分股有15只来自园区), and
# the counter to the kind of security after it (5只科创债).
_REACH_BACK_RE = re.compile(
    r"最高|最多|至少|最少|[约約]|上限|下限|股|基金|[债債]|ETF|REIT|[只隻檔]"
)
_REACH_FORWARD_RE = re.compile(r"[只隻檔][\u4e00-\u9fff]{0,3}$")
_REACH = 12


def _within_reach(openers: list[int], cut: int) -> bool:
    at = bisect.bisect_right(openers, cut)
    return at > 0 and cut - openers[at - 1] <= _REACH


class _StopClasses(dict[int, str]):
    """``str.translate`` table: ``W`` for a stop that is a word character, ``A`` for an ASCII
    stop, ``P`` for any other stop (after folding), ``x`` for every other character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        stop = fold_digits(ch)
        if not _is_stop(stop) or (_is_word(stop) and ch.isascii()):
            self[code] = "x"  # ("_", were it a stop, would need both rules: never cut there)
        else:
            self[code] = "W" if _is_word(stop) else "A" if ch.isascii() else "P"
        return self[code]


_STOP_CLASSES = _StopClasses()
_CUT_RE = re.compile("(?<=W)(?=[WP])|(?<=P)(?=[WPA])|(?<=A)(?=[PA])")


def _shifted(figure: Figure, offset: int) -> Figure:
    # dataclasses.replace runs __init__ again; a copy of the fields is a third of the cost.
    moved = object.__new__(Figure)
    moved.__dict__.update(figure.__dict__)
    moved.__dict__["start"] = figure.start + offset
    moved.__dict__["end"] = figure.end + offset
    return moved


@lru_cache(maxsize=1)
def _named_characters() -> frozenset[str]:
    """Every character (folded) that a pattern or vocabulary of the reader names."""
    index, _ = unit_index()
    # Every pattern of the reader's modules and of this one (not the one of plain characters,
    # which says which characters need no normalising: no reading).
    namespaces = (vars(figures), vars(numerals), vars(qualifiers), vars(writtenunits), globals())
    named = [
        p.pattern
        for namespace in namespaces
        for p in namespace.values()
        if isinstance(p, re.Pattern) and p is not PLAIN_RE
    ]
    named += [p.pattern for p, _ in (*PREFIX_QUALIFIERS, *SUFFIX_QUALIFIERS)]
    named += [currency_prefix_re().pattern, currency_word_re().pattern]
    named += [*index, *index.values(), *NOT_UNITS, *(w for ws in NOT_UNITS.values() for w in ws)]
    named += [w for ws in COUNTS_ONLY_BEFORE.values() for w in ws]
    named += [*MULTIPLIER_FACTORS, *INFIX_AT_LEAST, *EN_UNITS, *EN_TENS, *EN_MULTIPLIERS]
    return frozenset(fold_digits("".join(named)))
