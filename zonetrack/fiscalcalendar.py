"""The financial year a text defines for itself, read once per document.

A company writes when its own year runs ("Our fiscal year runs from April 1 to March 31"),
which year a name stands for ("fiscal 2025, which ended 31 March 2026": named by the year it
starts in), or both at once ("Q3 FY26, the three months ended December 31, 2025": FY26 ends
in March 2026). Such a definition outweighs the currency's own custom (:data:`FISCAL_YEAR_END`)
for the whole text: FY26, Q2 FY26, 9M FY26 and fiscal 2028 are then read in that year.
"""

from __future__ import annotations

import re

from .datebasis import month_end
from .fiscalyears import Calendar
from .periods import MONTH_NUMBER, MONTHS

__all__ = ["defined_calendar"]

_FY = r"(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s*'?)"
_DAY_MONTH = rf"(?:\d{{1,2}}\s+)?(?P<month>{MONTHS})\.?(?:\s+\d{{1,2}})?"

# "fiscal year runs from April 1 to March 31", "financial year runs April to March",
# "whose financial year ends on 31 March": the month the year ends in.
_RUNS = [
    re.compile(
        rf"\b(?:fiscal|financial)\s+year\s+(?:runs|starts|begins|is)\s+(?:from\s+)?"
        rf"(?:\d{{1,2}}\s+)?(?:{MONTHS})\.?(?:\s+\d{{1,2}})?,?\s+(?:to|through|until|-|–)\s+"
        rf"{_DAY_MONTH}\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:fiscal|financial)\s+year\s+(?:ends|closes)\s+(?:on\s+|in\s+)?{_DAY_MONTH}\b",
        re.I,
    ),
]
# "fiscal 2025, which ended 31 March 2026", "FY2025 (ended March 31, 2026)": the year the
# name stands for, beside the month it ends in; "FY2025-26, the University's financial year
# ended 30 June 2026", "FY2024/25 (our fiscal year ending 30 September 2025)": a year named
# by its two years, defined in apposition (a span is read by its second year).
_NAMED_ENDED = re.compile(
    rf"\b{_FY}(?P<named>\d{{4}}|\d{{2}})(?:\s*[-/–]\s*(?P<second>\d{{4}}|\d{{2}}))?\b,?\s*"
    r"(?:\(|,\s*)?(?:(?:the|its|our|their|(?:[A-Z][\w&.-]*\s+){0,3}?[A-Z][\w&.-]*['’]s)\s+"
    r"(?:(?:own|current)\s+)?(?:financial|fiscal)\s+year,?\s+)?(?:which|that)?\s*"
    rf"(?:ended|ending|ends|closed)\s+(?:on\s+|in\s+)?{_DAY_MONTH},?\s+(?P<year>\d{{4}})\b",
    re.I,
)
# A part of a named year beside the months it covers, either way round: "Q3 FY26, the three
# months ended December 31, 2025", "the nine months ended 31 December 2025 (9M FY26)".
_PART = (
    r"(?:(?P<kind>[QH])(?P<count>[1-4])|(?P<months>[1-9]|1[0-2])M)\s*"
    r"FY\s*'?(?P<named>\d{4}|\d{2})"
)
_ENDED = (
    rf"(?:three|six|nine|twelve|\d{{1,2}})\s+months\s+(?:ended|ending|to)\s+(?:on\s+)?"
    rf"{_DAY_MONTH},?\s+(?P<year>\d{{4}})\b"
)
_PART_ENDED = [
    re.compile(rf"\b{_PART}\)?,?\s*(?:\(|,)?\s*(?:the\s+)?{_ENDED}", re.I),
    re.compile(rf"{_ENDED}\s*\(\s*{_PART}\s*\)", re.I),
]
_PART_MONTHS = {"Q": 3, "H": 6}


def defined_calendar(text: str, calendar: str) -> str:
    """``calendar`` with the financial year ``text`` defines, if it does.

    Parameters
    ----------
    text : str
        The document.
    calendar : str
        The source's currency (checked).

    Returns
    -------
    str
        A :class:`Calendar` (equal to ``calendar``) that carries the year's end and how its
        years are named, or ``calendar`` itself where the text defines none.
    """
    parts = [m for pattern in _PART_ENDED if (m := pattern.search(text))]
    if parts:
        part = min(parts, key=lambda m: m.start())
        kind, count = (part["kind"], part["count"]) if part["kind"] else ("M", part["months"])
        covered = _PART_MONTHS.get(kind.upper(), 1) * int(count)
        # The part ends ``covered`` months into the year: the year ends 12 - covered later.
        total = MONTH_NUMBER[part["month"].lower()] + 12 - covered
        end_year = int(part["year"]) + (total - 1) // 12
        end = month_end(str(end_year), (total - 1) % 12 + 1)
        return Calendar(calendar, end[5:], end_year - _full_year(part["named"]))
    named = _NAMED_ENDED.search(text)
    if named is not None:
        end = month_end(named["year"], MONTH_NUMBER[named["month"].lower()])
        name = _span_end(named["named"], named["second"]) if named["second"] else named["named"]
        return Calendar(calendar, end[5:], int(named["year"]) - _full_year(name))
    runs = next((m for pattern in _RUNS if (m := pattern.search(text))), None)
    if runs is not None:
        return Calendar(calendar, month_end("2001", MONTH_NUMBER[runs["month"].lower()])[5:])
    return calendar


def _span_end(first: str, second: str) -> str:
    """The second year of a span of two (2025-26: 2026), written in full."""
    start = _full_year(first)
    return str(int(second) if len(second) == 4 else start // 100 * 100 + int(second))


def _full_year(named: str) -> int:
    return int(named) if len(named) == 4 else 2000 + int(named)
