"""The date of a figure a correction note quotes.

A corrected story re-issued by a wire opens with a note (更正说明, 勘误) that quotes the words
it got wrong and the words that replace them: 第一段“新增企业1320家”有误，应为“新增企业1230家”.
Neither quote names a period; both are of the period the story's sentence gives the
corrected words (今年前三季度，…新增企业1230家: the first three quarters).
:func:`corrected_quote_date` finds that sentence, a step of
:func:`zonetrack.factdates.find_fact_date`.
"""

from __future__ import annotations

import re

from .blankdates import blank_other_dates
from .datebasis import Date
from .periods import find_date
from .relativeforms import find_relative_date

__all__ = ["corrected_quote_date"]


# The words of a note that corrects a story (有误, 应为, 更正为, 勘误).
_CORRECTION = re.compile(r"有误|有誤|应为|應為|更正为|更正為|勘误|勘誤|订正为|訂正為")

# A quote marked wrong and the quote that replaces it (“…”有误，应为“…”).
_REPLACED_BY = re.compile(
    r"\s*(?:有误|有誤|有错|有錯|错误|錯誤)\s*[，,]?\s*(?:应为|應為|更正为|更正為|订正为|訂正為)\s*"
    r"[“「『\"]([^”」』\"\n]{1,80})[”」』\"]"
)

_OPEN_QUOTE = "“「『"
_CLOSE_QUOTE = "”」』"
# What ends a sentence of the story, or the statement within it (a semicolon).
_STORY_BREAK = "。！？；;\n"


def corrected_quote_date(
    text: str,
    s_lo: int,
    sentence: str,
    rel: int,
    page_year: str | None,
    page_date: str | None,
    calendar: str,
) -> Date | None:
    """The date the story gives the words a correction note quotes around ``rel``.

    Parameters
    ----------
    text : str
        The document.
    s_lo : int
        Where ``sentence`` starts in ``text``.
    sentence : str
        The figure's sentence.
    rel : int
        Where the figure starts in ``sentence``.
    page_year, page_date : str or None
        The page's year and date (a period without a year is of the page's year).
    calendar : str
        The document's currency, for its financial year.

    Returns
    -------
    Date or None
        The date the story's statement of the corrected words gives, or None when the
        figure is quoted in no correction note or the story does not repeat the words.
    """
    if not _CORRECTION.search(sentence):
        return None
    lo = max(sentence.rfind(q, 0, rel) for q in _OPEN_QUOTE)
    if lo < 0 or any(q in sentence[lo:rel] for q in _CLOSE_QUOTE):
        return None
    ends = [e for e in (sentence.find(q, rel) for q in _CLOSE_QUOTE) if e >= 0]
    if not ends:
        return None
    hi = min(ends)
    # The retracted words are of the period their replacement is told in.
    replaced = _REPLACED_BY.match(sentence, hi + 1)
    quote = replaced[1] if replaced else sentence[lo + 1 : hi]
    # The story follows the note; a headline before it may repeat the words without a period.
    at = text.find(quote, s_lo + len(sentence))
    if at < 0:
        return None
    start = max(text.rfind(c, 0, at) for c in _STORY_BREAK) + 1
    told = blank_other_dates(text[start : at + len(quote)])
    date = find_date("ref_date", told, calendar=calendar) or (
        find_relative_date(told, page_year, page_year, page_date, calendar) if page_year else None
    )
    if date is None or not str(date):
        return None
    return Date(str(date), f"the story's date for the corrected words {quote!r}")
