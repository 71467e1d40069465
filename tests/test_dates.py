"""Catalogue dates (a period is its last day) and quarters."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from zonetrack.dates import last_complete_quarter, parse_as_of, parse_date, parse_quarter
from zonetrack.exceptions import DataError, UsageError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", "2025-12-31"),
        ("2024-02", "2024-02-29"),
        ("2023-02", "2023-02-28"),
        ("2022-01-14", "2022-01-14"),
        ("2025Q1", "2025-03-31"),
        ("2025Q2", "2025-06-30"),
        ("2025Q4", "2025-12-31"),
        (" 2016-04 ", "2016-04-30"),
    ],
)
def test_parse_date(text: str, expected: str) -> None:
    assert parse_date(text) == pd.Timestamp(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "25",
        "2025-13",
        "2025-02-30",
        "2025Q5",
        "2025/01/01",
        "Jan 2025",
        "2025-1-1",
        "3025-12-31",
        "1066",
        "２０２５-１２-３１",  # full-width digits: a catalogue's dates are ASCII
        "٢٠٢٥",  # other scripts' digits likewise
    ],
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(DataError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025Q4", (2025, 4)),
        ("2026q3", (2026, 3)),
        ("2026-Q1", (2026, 1)),
        ("２０２５Q4", (2025, 4)),
    ],
)
def test_parse_quarter(text: str, expected: tuple[int, int]) -> None:
    assert parse_quarter(text) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 11, 23), (2026, 3)),
        (dt.date(2026, 1, 1), (2025, 4)),
        (dt.date(2026, 4, 1), (2026, 1)),
        (dt.date(2026, 3, 31), (2025, 4)),
    ],
)
def test_last_complete_quarter(today: dt.date, expected: tuple[int, int]) -> None:
    assert last_complete_quarter(today) == expected


def test_parse_as_of() -> None:
    assert parse_as_of(quarter="2025Q4") == pd.Timestamp("2025-12-31")
    assert parse_as_of("2024-02-29") == pd.Timestamp("2024-02-29")
    # Typed with a Chinese input method, as --quarter is read.
    assert parse_as_of("２０２４-０２-２９") == pd.Timestamp("2024-02-29")
    assert parse_as_of(dt.date(2024, 1, 2)) == pd.Timestamp("2024-01-02")
    assert parse_as_of() == pd.Timestamp(dt.date.today())


@pytest.mark.parametrize(
    ("as_of", "quarter", "argument", "message"),
    [
        ("2024-02-30", None, "as_of", "not a real date"),
        ("yesterday", None, "as_of", "not a date"),
        (None, "2025Q0", "quarter", "not a quarter"),
        ("2024-01-01", "2024Q1", "as_of", "not both"),
        # What a pandas timestamp cannot hold is refused, not silently wrong.
        ("9999-12-31", None, "as_of", "year 9999 is out of range"),
        ("2262-01-01", None, "as_of", "year 2262 is out of range"),
        (dt.date(3000, 1, 1), None, "as_of", "year 3000 is out of range"),
        (np.datetime64("9999-01-01"), None, "as_of", "year 9999 is out of range"),
        (None, "2262Q1", "quarter", "year 2262 is out of range"),
        (None, "9999Q4", "quarter", "year 9999 is out of range"),
        # Arguments of the wrong kind.
        (pd.NaT, None, "as_of", "not NaT"),
        (np.datetime64("NaT"), None, "as_of", "not NaT"),
        # numpy reads a month or a year as its first day; a period here means its last.
        (np.datetime64("2025-12"), None, "as_of", "names a period, not a day"),
        (np.datetime64("2025"), None, "as_of", "names a period, not a day"),
        (float("nan"), None, "as_of", "not NaN"),
        (20240101, None, "as_of", "not int"),
        (True, None, "as_of", "not bool"),
        (["2024-01-01"], None, "as_of", "not list"),
        (pd.Period("2024Q1"), None, "as_of", "not Period"),
        (b"2024-01-01", None, "as_of", "not bytes"),
        (None, 20241, "quarter", "not int"),
        (None, pd.Period("2024Q1"), "quarter", "not Period"),
    ],
    ids=lambda v: repr(v)[:30],
)
def test_parse_as_of_rejects(as_of: object, quarter: object, argument: str, message: str) -> None:
    with pytest.raises(UsageError, match=message) as info:
        parse_as_of(as_of, quarter)
    assert info.value.argument == argument


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (pd.Timestamp("2024-01-01 23:30", tz="Asia/Shanghai"), "2024-01-01"),  # 15:30 UTC
        (pd.Timestamp("2024-01-01 00:30", tz="Asia/Shanghai"), "2024-01-01"),  # 31 Dec UTC
        (dt.datetime(2024, 1, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "2024-01-01"),
        (pd.Timestamp("2024-01-01 12:00"), "2024-01-01"),
        (np.datetime64("2024-03-01T10:00"), "2024-03-01"),
        (dt.date(2261, 12, 31), "2261-12-31"),
        ("1678-01-01", "1678-01-01"),
    ],
)
def test_parse_as_of_is_the_dates_own_calendar_day(as_of: object, expected: str) -> None:
    result = parse_as_of(as_of)
    assert result == pd.Timestamp(expected)
    assert result.tz is None
