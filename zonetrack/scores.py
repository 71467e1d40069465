"""Scores written as bare numbers in English ("scored 86.2 out of 100", "the median score was
63.5").

A league table or an assessment gives a zone's score without a unit: the words around the
number say it is one (:func:`read_scores`). The scale after it ("out of 100") is masked by
:data:`~zonetrack.quantities.NOT_QUANTITIES`, as 满分100分 is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .figures import Figure
from .quantities import names_years

__all__ = ["read_scores"]

# How far before a figure the words that name it a score are looked for.
_REACH = 60

# "scored 86.2", "a score of 72", "scoring 64.5": the verb or the noun right before the number.
# "The median score across all zones was 63.5", "its overall score stood at 70.4": the noun as
# the subject, the number its complement (no stop between).
_SCORE_BEFORE = re.compile(
    r"\b(?:scored|scores|scoring|score\s+of)\s+(?:of\s+)?(?:just\s+|only\s+|a\s+record\s+)?$"
    r"|\bscores?\b[^.;:!?\n]{0,40}?\b(?:was|were|is|are|stood\s+at|rose\s+to|fell\s+to"
    r"|reached|came\s+(?:in\s+)?at)\s+$",
    re.IGNORECASE,
)

# "86.2 out of 100", "7.5 out of a possible 10": the number before a scale.
_OUT_OF_AFTER = re.compile(r"\s+out\s+of\s+(?:a\s+(?:possible|maximum)\s+)?\d", re.IGNORECASE)

# A comparison right before a number ("up from 84.9", "compared with 61.2", "against 58"):
# the base of a score told before it in its sentence is a score too.
_BASE_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+from|from|compared\s+(?:with|to)|against|versus|vs\.?)\s+$",
    re.IGNORECASE,
)

# "scored 14 new patents": a word that names what is counted after the number makes it a count,
# not a score (a score has no counted noun after it; "points", a preposition or a conjunction
# may follow one: "scored 86.2 points", "scored 86.2 in the 2025 index").
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:points?|pts|out|in|on|at|of|for|to|from|by|with|against|versus|vs|compared"
    r"|up|down|under|over|after|before|during|across|among|and|or|but|while|than|as|this"
    r"|that|which|last|a|an|the|overall|per|when|ahead|behind)\b)[a-z][a-z-]*\b"
)

# "out of 100": a scale after a score, no figure to compare with.
_SCALE_BEFORE = re.compile(r"\bout\s+of\s+(?:a\s+(?:possible|maximum)\s+)?$", re.IGNORECASE)

# A sentence's end between two figures (a base in the next sentence is no score's).
_STOP = re.compile(r"[.;!?。；！？\n](?:\s|$)")


def _bare(figure: Figure) -> bool:
    return figure.unit is None and figure.numeral == "arabic" and not names_years(figure)


def read_scores(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` (of ``text``, in order) with each bare number that the words around it name
    a score in the unit ``score``; a bare number compared with a score before it in its
    sentence ("up from 84.9", "compared with 61.2") is a score too."""
    out = list(figures)
    for i, figure in enumerate(out):
        if not _bare(figure):
            continue
        before = text[max(0, figure.start - _REACH) : figure.start]
        scored = (
            _SCORE_BEFORE.search(before) is not None
            and _COUNTED_AFTER.match(text, figure.end) is None
        ) or _OUT_OF_AFTER.match(text, figure.end) is not None
        if not scored and _BASE_BEFORE.search(before):
            # The figure compared with is the last before it that is neither a year nor the
            # score's scale ("out of 100" is masked later): "scored 86.2 out of 100 in 2025, up
            # from 84.9" as "scored 86.2 in the 2025 index, up from 84.9".
            told = next(
                (
                    f
                    for f in reversed(out[:i])
                    if not names_years(f)
                    and not _SCALE_BEFORE.search(text, max(0, f.start - 30), f.start)
                ),
                None,
            )
            scored = (
                told is not None
                and told.unit == "score"
                and _STOP.search(text, told.end, figure.start) is None
            )
        if scored:
            out[i] = replace(figure, unit="score")
    return out
