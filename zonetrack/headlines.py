"""Headlines: a short line with no full stop, over the body or within it.

A headline's part can name the year of the figure in the part after it
(:func:`headline_before`); a headline near the top (:func:`in_headline`) often restates a
figure of the body, and is then of the body's date (:func:`date_restated_headlines`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .candidates import Candidate

__all__ = ["date_restated_headlines", "headline_before", "in_headline"]

_DIGIT = re.compile(r"\d")

# A headline is short: a longer line is a paragraph, whatever its stops.
_HEADLINE_LENGTH = 120


def date_restated_headlines(rows: list[Candidate], headline_rows: list[int]) -> None:
    """Give a headline's undated fact the date of the body's figure it restates, in place.

    Parameters
    ----------
    rows : list of Candidate
        The rows of a document, in order; changed in place.
    headline_rows : list of int
        The indexes in ``rows`` of the figures on the title block or a headline.
    """
    for at in headline_rows:
        restated = rows[at]
        if (
            restated.kind != "observation"
            or restated.ref_date is not None
            or not (_DIGIT.search(restated.figure) or restated.value >= 10)
        ):
            # (三大方案 in a headline names a programme; it restates no count. 逾九千名 does.)
            continue
        # "Cyberport community grows to over 2,300 companies" over "As at 30 June 2026, … more
        # than 2,300 …": a headline restating a figure of the body is of the body's date.
        body = next(
            (
                r
                for r in rows[at + 1 :]
                if r.kind == "observation"
                and r.ref_date
                and (
                    (r.value, r.unit, r.value_high)
                    == (restated.value, restated.unit, restated.value_high)
                    or _rounded_down(restated, r)
                )
            ),
            None,
        )
        if body is not None:
            rows[at] = replace(
                restated,
                ref_date=body.ref_date,
                date_note=f"ref_date: the headline restates {body.figure!r} of the body",
            )


def _rounded_down(headline: Candidate, body: Candidate) -> bool:
    """Whether ``headline`` ("listed firms top 200", "over 2,300 companies") states ``body``'s
    figure (214, 2,347) rounded down to its last nonzero digit, as a lower bound."""
    value = headline.value
    if headline.qualifier != "at_least" or body.unit != headline.unit or not value > 0:
        return False
    if not float(value).is_integer() or body.value_high is not None:
        return False
    digits = str(int(value))
    step = 10 ** (len(digits) - len(digits.rstrip("0")))
    return value <= body.value < value + step


def headline_before(text: str, s_lo: int, line: tuple[int, int]) -> str:
    """The parts of a headline before the one that starts at ``s_lo`` (a short line with no
    full stop whose parts a space sets apart), else "".

    Parameters
    ----------
    text : str
        The text.
    s_lo : int
        Where the sentence starts.
    line : tuple of (int, int)
        The (start, end) of the line the sentence is on.

    Returns
    -------
    str
    """
    lo, hi = line
    if lo == s_lo or hi - lo > _HEADLINE_LENGTH or not text[lo:s_lo].strip():
        return ""
    return "" if re.search(r"[。.！？!?；;]", text[lo:hi]) else text[lo:s_lo]


def in_headline(text: str, offset: int) -> bool:
    """Whether ``offset`` lies on a headline near the top under a masthead and date lines
    (香港灣畔大學新聞稿 / 2026年11月19日 / (blank) / 灣畔大學創業種子基金五周年　累計投資…110家):
    a short line with no stop, before the first line that is a sentence.

    Parameters
    ----------
    text : str
        The text.
    offset : int
        An offset in it.

    Returns
    -------
    bool
    """
    if offset >= 400:
        return False
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    if len(line) > _HEADLINE_LENGTH or re.search(r"[。！？!?；;]|\.(?:\s|$)", line):
        return False
    return not re.search(r"[。！？!?]\s*$|\.\s*$", text[:lo], re.M)
