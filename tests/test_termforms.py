"""How a plan's term is written (zonetrack.termforms): counts, months, days and kinds.

Expected values from the README's rule for terms: a term of N months ends the day before the
same day-number N months on, or, when that day does not exist, on that month's last day (leap
days exact); a month alone opens a span on its first day and closes one on its last; years on
a Taiwan page are the Republic of China's.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonetrack.termforms import count_months, end_after, read_count, read_day, term_kind


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        ("2026-03-01", 18, "2027-08-31"),
        ("2026-07-01", 36, "2029-06-30"),
        ("2026-10-01", 18, "2028-03-31"),
        ("2026-05-15", 12, "2027-05-14"),
        # no 31 February: that month's last day, a leap year's too
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2028-01-30", 1, "2028-02-29"),
        # from a leap day: 29 February 2030 does not exist
        ("2028-02-29", 24, "2030-02-28"),
        ("2028-02-29", 48, "2032-02-28"),
    ],
)
def test_a_term_of_months_ends_the_day_before_the_same_day_on(
    start: str, months: int, end: str
) -> None:
    assert end_after(pd.Timestamp(start), months) == pd.Timestamp(end)


@given(
    st.dates(
        min_value=pd.Timestamp("1990-01-01").date(), max_value=pd.Timestamp("2090-12-31").date()
    ),
    st.integers(min_value=1, max_value=120),
)
def test_a_term_ends_within_its_last_month(day: object, months: int) -> None:
    start = pd.Timestamp(day)
    end = end_after(start, months)
    # The month N on from the start, counted by hand (no DateOffset).
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last_day = (pd.Timestamp(year, month + 1, 1) + pd.offsets.MonthEnd(0)).day
    if start.day == 1:
        # A term from a month's first day ends on the last day of the month before.
        assert end == pd.Timestamp(year, month + 1, 1) - pd.Timedelta(days=1)
    elif start.day <= last_day:
        assert end == pd.Timestamp(year, month + 1, start.day) - pd.Timedelta(days=1)
    else:
        assert end == pd.Timestamp(year, month + 1, last_day)


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("18", 18),
        ("three", 3),
        ("Twenty-four", 24),
        ("两", 2),
        ("兩", 2),
        ("十二", 12),
        ("首", 1),
        ("IV", 4),
        ("second", 2),
    ],
)
def test_a_count_in_digits_numerals_or_words(word: str, count: int) -> None:
    assert read_count(word) == count


@pytest.mark.parametrize(
    ("n", "unit", "months"),
    [
        ("3", "年", 36),
        ("18", "个月", 18),
        ("18", "個月", 18),
        ("two", "years", 24),
        ("6", "months", 6),
    ],
)
def test_a_length_in_months(n: str, unit: str, months: int) -> None:
    assert count_months(n, unit) == months


@pytest.mark.parametrize(
    ("written", "calendar", "first", "day"),
    [
        ("2026年7月", "CNY", True, "2026-07-01"),
        ("2026年7月", "CNY", False, "2026-07-31"),
        ("2026年7月15日", "CNY", True, "2026-07-15"),
        ("115年1月1日", "TWD", True, "2026-01-01"),
        ("118年12月31日", "TWD", False, "2029-12-31"),
        ("1 March 2026", "CNY", False, "2026-03-01"),
        ("Nov. 1, 2025", "CNY", True, "2025-11-01"),
        ("July 2027", "CNY", False, "2027-07-31"),
    ],
)
def test_a_day_written_out(written: str, calendar: str, first: bool, day: str) -> None:
    assert read_day(written, calendar, first) == pd.Timestamp(day)


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("试点期满", "pilot"),
        ("試辦期間", "pilot"),
        ("by the Pilot's expiry", "pilot"),
        ("有效期届满时", "validity"),
        ("服务期满时", "service"),
        ("during the service period", "service"),
        ("during the Investment Period", "investment"),
        ("计划期末", "plan"),
        ("by the close of the Programme", "plan"),
    ],
)
def test_the_kind_of_term_a_phrase_speaks_of(words: str, kind: str) -> None:
    assert term_kind(words) == kind
