"""Dates as the catalogue writes them, and quarters as reports name them.

A catalogue date may be a year (``2025``), a month (``2025-06``), a day
(``2025-06-30``) or a quarter (``2025Q2``); a period stands for its last day.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

import numpy as np
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
# What a nanosecond pandas timestamp can hold (1677-09-21 to 2262-04-11), in whole years.
FIRST_YEAR, LAST_YEAR = 1678, 2261

# ASCII digits only: a catalogue's dates are written for programs as well as people.
_DATE_RE = re.compile(
    r"^(?P<year>\d{4})(?:(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)|(?:Q(?P<quarter>[1-4])))?$",
    re.ASCII,
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
    if not FIRST_YEAR <= year <= LAST_YEAR:  # what a pandas timestamp holds; else a typo
        raise DataError(
            f"year {year} is out of range ({FIRST_YEAR}-{LAST_YEAR}): {text!r}", value=text
        )
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


def period_start(text: str) -> pd.Timestamp:
    """The first day of the period ``text`` names (``parse_date`` gives the last).

    Examples
    --------
    >>> period_start("2025").date(), period_start("2024-02").date(), period_start("2025Q3").date()
    (datetime.date(2025, 1, 1), datetime.date(2024, 2, 1), datetime.date(2025, 7, 1))

    Raises
    ------
    DataError
        As :func:`parse_date`.
    """
    end = parse_date(text)
    match = _DATE_RE.match(text.strip())
    assert match is not None  # parse_date accepted it
    if match["day"]:
        return end
    if match["quarter"]:
        return pd.Timestamp(dt.date(end.year, end.month - 2, 1))
    if match["month"]:
        return pd.Timestamp(dt.date(end.year, end.month, 1))
    return pd.Timestamp(dt.date(end.year, 1, 1))


def quarter_end(year: int, quarter: int) -> pd.Timestamp:
    """Last day of a quarter."""
    return pd.Timestamp(dt.date(year, 3 * quarter, 1)) + pd.offsets.MonthEnd(0)


def parse_quarter(text: str) -> tuple[int, int]:
    """``"2025Q4"`` -> ``(2025, 4)``.

    Raises
    ------
    UsageError
        If ``text`` is not a quarter, or its year is outside 1678-2261 (naming ``quarter``).
    """
    if not isinstance(text, str):
        raise UsageError(
            f"a quarter is a string such as '2025Q4', not {type(text).__name__}",
            argument="quarter",
            value=text,
        )
    match = _QUARTER_RE.match(text.strip())
    if not match:
        raise UsageError(
            f"not a quarter: {text!r} (use YYYYQn, e.g. 2025Q4)", argument="quarter", value=text
        )
    year = int(match["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UsageError(
            f"year {year} is out of range ({FIRST_YEAR}-{LAST_YEAR}): {text!r}",
            argument="quarter",
            value=text,
        )
    return year, int(match["quarter"])


def quarter_label(year: int, quarter: int) -> str:
    return f"{year}Q{quarter}"


def last_complete_quarter(today: dt.date | None = None) -> tuple[int, int]:
    """The most recent quarter that has ended before ``today``."""
    today = today or dt.date.today()
    current = (today.month - 1) // 3 + 1
    return (today.year, current - 1) if current > 1 else (today.year - 1, 4)


def _day(day: dt.date, argument: str, value: object) -> pd.Timestamp:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(
            f"year {day.year} is out of range ({FIRST_YEAR}-{LAST_YEAR}): {value!r}",
            argument=argument,
            value=value,
        )
    return pd.Timestamp(day)


def parse_as_of(
    as_of: str | dt.date | pd.Timestamp | np.datetime64 | None = None,
    quarter: str | None = None,
) -> pd.Timestamp:
    """Resolve the as-of date from a date, an ISO string, a quarter, or today.

    A date with a time zone means its own calendar date (``2024-01-01T23:30+08:00`` is
    1 January), whatever the date is in UTC; a time of day is dropped.

    Raises
    ------
    UsageError
        If both are given, either cannot be read (an int, a list, a Period, bytes,
        NaN or NaT), or the year is outside 1678-2261; the error names the argument
        (``as_of`` or ``quarter``).
    """
    if as_of is not None and quarter is not None:
        raise UsageError("give either an as-of date or a quarter, not both", argument="as_of")
    if quarter is not None:
        return quarter_end(*parse_quarter(quarter))
    if as_of is None:
        return pd.Timestamp(dt.date.today())
    if isinstance(as_of, str):
        # Typed with a Chinese input method, digits may be full-width (２０２５-１２-３１);
        # --quarter reads them too.
        as_of = unicodedata.normalize("NFKC", as_of)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of.strip(), re.ASCII):
            raise UsageError(
                f"not a date: {as_of!r} (use YYYY-MM-DD)", argument="as_of", value=as_of
            )
        try:
            day = dt.date.fromisoformat(as_of.strip())
        except ValueError:
            raise UsageError(f"not a real date: {as_of!r}", argument="as_of", value=as_of) from None
        return _day(day, "as_of", as_of)
    given = as_of
    if isinstance(as_of, np.datetime64) and not np.isnat(as_of):
        unit, _ = np.datetime_data(as_of.dtype)
        if unit in ("Y", "M", "W"):
            # np.datetime64("2025-12") is the month's first day to numpy, while a period
            # means its last day here (docs/method.md): refuse rather than pick one.
            raise UsageError(
                f"{given!r} names a period, not a day; give the day (e.g. its last)",
                argument="as_of",
                value=given,
            )
        as_of = as_of.astype("datetime64[D]").item()
        if not isinstance(as_of, dt.date):  # past year 9999 numpy gives a count of days
            raise UsageError(
                f"year is out of range ({FIRST_YEAR}-{LAST_YEAR}): {given!r}",
                argument="as_of",
                value=given,
            )
    # pd.Timestamp and datetime are dates too; bool, numbers, pd.Period, bytes and lists are not.
    if not isinstance(as_of, dt.date) or pd.isna(as_of):
        shown = type(given).__name__
        if isinstance(given, float) and math.isnan(given):
            shown = "NaN"
        elif isinstance(given, dt.date | np.datetime64):
            shown = "NaT"
        raise UsageError(
            f"must be a date ('YYYY-MM-DD', datetime.date or pandas.Timestamp), not {shown}",
            argument="as_of",
            value=given,
        )
    # Its own calendar date: the wall-clock date where the time was taken, not UTC's.
    day = as_of.date() if isinstance(as_of, dt.datetime) else as_of
    return _day(day, "as_of", given)
