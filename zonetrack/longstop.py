"""A deal's long-stop date: what is due at Completion is due by it.

An agreement names the last day its completion may take place as a defined term ("no later
than 31 March 2027 (the "Longstop Date")", 完成須於二零二七年二月二十八日（「最後截止日期」）或之前
落實). A figure its terms make due at completion ("shall be paid on the Completion Date",
"Upon Completion, the shares will represent", 須於完成日期以現金支付) is a goal due by that day
(:func:`completion_deadline`); one told after completion with no day (收購事項完成後…將提升)
is not.
"""

from __future__ import annotations

import functools
import re

from .datebasis import Date
from .periods import arabic_years, find_date
from .sentences import says

__all__ = ["completion_deadline"]

# The defined term of the long-stop date right after its date: (the "Longstop Date"),
# (the "Long Stop Date"), （「最後截止日期」）, （“最后截止日期”）.
_TERM = re.compile(
    r"\(\s*the\s+[\"“”']?long[\s-]?stop\s+date[\"“”']?\s*\)"
    r"|[（(]\s*[「“\"]\s*(?:最後截止日期|最后截止日期|最後期限日|最后期限日)\s*[」”\"]\s*[）)]",
    re.I,
)

# How far before the defined term its date is read.
_DATE_REACH = 40

# A figure's statement making it due at completion: on (or at) the Completion Date, upon
# Completion, at Completion, 於完成日期, 於完成時, 完成時.
_AT_COMPLETION = re.compile(
    r"\b(?:on|at|upon)\s+(?:the\s+)?Completion(?:\s+Date)?\b|於完成(?:日期|日|時)|于完成(?:日期|日|时)"
    r"|完成(?:日期|時|时)"
)

_OPENS_AT_COMPLETION = re.compile(r"\s*(?:upon|on|at)\s+completion\b|\s*於?完成(?:時|时)", re.I)

# Words of an obligation or a state to come in the statement (shall, will, 須, 將, 应).
_DUE = re.compile(r"\b(?:shall|will|must|is\s+to|are\s+to)\b|[須须將将应應]", re.I)


@functools.lru_cache(maxsize=8)
def _long_stop(text: str, calendar: str) -> Date | None:
    """The long-stop date a document defines, if any (its first)."""
    term = _TERM.search(text)
    if term is None:
        return None
    before = text[max(0, term.start() - _DATE_REACH) : term.start()]
    # The date as written (a year in Chinese numerals read in digits: 二零二七年二月二十八日).
    due = find_date("ref_date", arabic_years(before), calendar=calendar)
    if due is None:
        return None
    return Date(str(due), f"due at Completion, by the long-stop date {term[0].strip()}")


def completion_deadline(
    text: str, statement: str, segment: str, calendar: str = "CNY"
) -> Date | None:
    """The long-stop date of ``text`` when the figure's own part makes it due at Completion
    with words of an obligation or a state to come; None otherwise.

    Parameters
    ----------
    text : str
        The whole document (its defined long-stop date is read once, cached).
    statement : str
        The figure's statement (to a semicolon or the sentence's end): one that opens "Upon
        Completion," holds for its figures.
    segment : str
        The figure's own part of it (to a comma): "and HK$20 million shall be paid at
        Completion", not the consideration named before the comma.
    calendar : str, default "CNY"
        The source's calendar.
    """
    if not (says(_AT_COMPLETION, segment) or _OPENS_AT_COMPLETION.match(statement)):
        return None
    if not says(_DUE, segment):
        return None
    return _long_stop(text, calendar)
