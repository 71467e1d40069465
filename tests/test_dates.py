"""Catalogue dates (a period is its last day) and quarters."""

from __future__ import annotations

import datetime as dt

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
    ],
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(DataError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"), [("2025Q4", (2025, 4)), ("2026q3", (2026, 3)), ("2026-Q1", (2026, 1))]
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
    assert parse_as_of(dt.date(2024, 1, 2)) == pd.Timestamp("2024-01-02")
    assert parse_as_of() == pd.Timestamp(dt.date.today())


@pytest.mark.parametrize(
    ("as_of", "quarter"),
    [("2024-02-30", None), ("yesterday", None), (None, "2025Q0"), ("2024-01-01", "2024Q1")],
)
def test_parse_as_of_rejects(as_of: str | None, quarter: str | None) -> None:
    with pytest.raises(UsageError):
        parse_as_of(as_of, quarter)
