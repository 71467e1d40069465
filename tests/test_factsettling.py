"""A fact's date settled (zonetrack.factsettling), through extract_figures.

Texts written for these tests; expected dates from the README's rules: a value told a year
earlier than a dated figure ("compared with 1,600 a year earlier", "A year earlier it had") is of
the same day a year before.
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures

_HEAD = (
    "Campus bulletin\n9 December 2026\n\nAt the end of March 2026, the campus had 2,400 residents"
)


@pytest.mark.parametrize(
    "rest",
    [
        ", compared with 2,050 twelve months earlier.\n",
        ", against 2,050 a year previously.\n",
        ", up from 2,050 12 months before.\n",
        ". A year earlier it housed 2,050.\n",
        ". Twelve months before, the campus counted 2,050.\n",
        "; a year earlier, 2,050.\n",
        # The base of the same period a year back.
        ", against 2,050 in the same period of the previous year.\n",
        ", compared with 2,050 in the same quarter a year earlier.\n",
    ],
)
def test_a_value_a_year_earlier_is_of_the_same_day_a_year_before(rest: str) -> None:
    frame = extract_figures(_HEAD + rest)
    by_value = dict(zip(frame["value"], frame["ref_date"], strict=True))
    assert (by_value[2400], by_value[2050]) == ("2026-03-31", "2025-03-31")


@pytest.mark.parametrize(
    "told",
    [
        "is estimated at $300 million and $900 million in 2027-28 and 2028-29 respectively",
        "is estimated at $300 million and $900 million in 2027/28 and 2028/29, respectively",
    ],
)
def test_figures_then_financial_years_told_respectively_pair_in_order(told: str) -> None:
    # Figures listed before the financial years they are of, then "respectively": the n-th
    # figure is of the n-th year (README), a forecast due at that year's end (31 March in a
    # Hong Kong source). Text written for this test.
    text = f"Works paper\nPublished: 3 November 2026\n\nThe cash flow of the contract {told}.\n"
    frame = extract_figures(text, currency="HKD")
    assert list(zip(frame["value"], frame["kind"], frame["deadline"], strict=True)) == [
        (3e8, "target", "2028-03-31"),
        (9e8, "target", "2029-03-31"),
    ]
