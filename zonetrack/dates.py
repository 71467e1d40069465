"""Dates as the catalogue writes them, and quarters as reports name them.

A catalogue date may be a year (``2025``), a month (``2025-06``), a day
(``2025-06-30``) or a quarter (``2025Q2``); a period stands for its last day.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from .exceptions import DataError, UsageError

__all__ = [
    "YEAR_DAYS",
    "last_complete_quarter",
    "parse_as_of",
    "parse_date",
    "parse_quarter",
    "quarter_end",
    "quarter_label",
]

YEAR_DAYS = 365.25

_DATE_RE = re.compile(
    r"^(?P<year>\d{4})(?:(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)|(?:Q(?P<quarter>[1-4])))?$"
)
_QUARTER_RE = re.compile(r"^(?P<year>\d{4})-?Q(?P<quarter>[1-4])$", re.IGNORECASE)


def parse_date(text: str) -> pd.Timestamp:
    """The last day of the period ``text`` names.

    Examples
    --------
    >>> parse_date("2025").date(), parse_date("2024-02").date(), parse_date("2025Q3").date()
    (datetime.date(2025, 12, 31), datetime.date(2024, 2, 29), datetime.date(2025, 9, 30))

    Raises
    ------
    DataError
        If ``text`` is not one of the accepted forms or names no real day.
    """
    match = _DATE_RE.match(text.strip())
    if not match:
        raise DataError(
            f"not a date: {text!r} (use YYYY, YYYY-MM, YYYY-MM-DD or YYYYQn)", value=text
        )
    year = int(match["year"])
    if not 1678 <= year <= 2261:  # what a pandas timestamp can hold; anything else is a typo
        raise DataError(f"year {year} is out of range (1678-2261): {text!r}", value=text)
    try:
        if match["quarter"]:
            return quarter_end(year, int(match["quarter"]))
        if match["day"]:
            return pd.Timestamp(dt.date(year, int(match["month"]), int(match["day"])))
        if match["month"]:
            month = int(match["month"])
            return pd.Timestamp(dt.date(year, month, 1)) + pd.offsets.MonthEnd(0)
        return pd.Timestamp(dt.date(year, 12, 31))
    except ValueError as exc:
        raise DataError(f"not a real date: {text!r}", value=text) from exc


def quarter_end(year: int, quarter: int) -> pd.Timestamp:
    """Last day of a quarter."""
    return pd.Timestamp(dt.date(year, 3 * quarter, 1)) + pd.offsets.MonthEnd(0)


def parse_quarter(text: str) -> tuple[int, int]:
    """``"2025Q4"`` -> ``(2025, 4)``.

    Raises
    ------
    UsageError
        If ``text`` is not a quarter.
    """
    match = _QUARTER_RE.match(text.strip())
    if not match:
        raise UsageError(f"not a quarter: {text!r} (use YYYYQn, e.g. 2025Q4)", value=text)
    return int(match["year"]), int(match["quarter"])


def quarter_label(year: int, quarter: int) -> str:
    return f"{year}Q{quarter}"


def last_complete_quarter(today: dt.date | None = None) -> tuple[int, int]:
    """The most recent quarter that has ended before ``today``."""
    today = today or dt.date.today()
    current = (today.month - 1) // 3 + 1
    return (today.year, current - 1) if current > 1 else (today.year - 1, 4)


def parse_as_of(
    as_of: str | dt.date | pd.Timestamp | None = None, quarter: str | None = None
) -> pd.Timestamp:
    """Resolve the as-of date from a date, an ISO string, a quarter, or today.

    Raises
    ------
    UsageError
        If both are given or either cannot be read.
    """
    if as_of is not None and quarter is not None:
        raise UsageError("give either an as-of date or a quarter, not both")
    if quarter is not None:
        return quarter_end(*parse_quarter(quarter))
    if as_of is None:
        return pd.Timestamp(dt.date.today())
    if isinstance(as_of, str):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of.strip()):
            raise UsageError(f"not a date: {as_of!r} (use YYYY-MM-DD)", value=as_of)
        try:
            return pd.Timestamp(dt.date.fromisoformat(as_of.strip()))
        except ValueError as exc:
            raise UsageError(f"not a real date: {as_of!r}", value=as_of) from exc
    return pd.Timestamp(as_of).normalize()
