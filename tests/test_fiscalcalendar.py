"""The financial year a text defines for itself (zonetrack.fiscalcalendar).

Texts written for these tests; expected dates from the README's rules.
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures
from zonetrack.fiscalcalendar import defined_calendar
from zonetrack.periods import find_date


@pytest.mark.parametrize(
    ("text", "year_end", "named_after"),
    [
        # A part of the year beside the months it covers: the year ends 3 months later.
        ("its results for Q3 FY27, the three months ended December 31, 2026.", "03-31", 0),
        ("Sales for the six months ended 30 September 2026 (H1 FY27) rose.", "03-31", 0),
        # A year named by its start ("fiscal 2024, which ended 31 March 2025").
        ("In fiscal 2024, which ended 31 March 2025, sales grew.", "03-31", 1),
        ("Its fiscal year runs from July 1 to June 30.", "06-30", 0),
        ("The group's financial year ends on 30 September.", "09-30", 0),
        # Round 55: a year named by its two years, defined in apposition (read by its second).
        ("in FY2025-26, the Institute's financial year ended 30 September 2026,", "09-30", 0),
        ("its results for FY2024/25 (our fiscal year ending June 30, 2025) show", "06-30", 0),
    ],
)
def test_a_text_defines_its_financial_year(text: str, year_end: str, named_after: int) -> None:
    calendar = defined_calendar(text, "USD")
    assert calendar == "USD"
    assert (getattr(calendar, "year_end", None), getattr(calendar, "named_after", None)) == (
        year_end,
        named_after,
    )


def test_a_text_that_defines_no_financial_year_keeps_its_currency_s() -> None:
    calendar = defined_calendar("Sales in FY27 rose 8%.", "USD")
    assert not hasattr(calendar, "year_end")
    # Without a definition FY27 is the calendar year and Q2 FY27 reads as the whole year.
    assert find_date("ref_date", "Q2 FY27: 14.1%", calendar=calendar) == "2027-12-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margin in Q2 FY27 was 14.1%.", "2026-09-30"),
        ("Sales for 9M FY27 were up.", "2026-12-31"),
        ("Sales in H2 FY27 were up.", "2027-03-31"),
        ("FY27 sales were up.", "2027-03-31"),
    ],
)
def test_the_parts_of_a_defined_year_count_from_its_start(text: str, expected: str) -> None:
    calendar = defined_calendar("Q3 FY27, the three months ended December 31, 2026", "USD")
    assert find_date("ref_date", text, calendar=calendar) == expected


def test_a_year_named_by_its_start_ends_the_next_year() -> None:
    calendar = defined_calendar("in fiscal 2024, which ended 31 March 2025", "CNY")
    assert find_date("deadline", "by fiscal 2027", calendar=calendar) == "2028-03-31"


def test_a_quarterly_update_reads_its_own_quarters() -> None:
    text = (
        "Quarterly update\n\nPune, February 3, 2027\n\n"
        "The company today reported results for Q3 FY27, the three months ended December 31,"
        " 2026. Its fiscal year runs from April 1 to March 31.\n\n"
        "Q3 FY27 AT A GLANCE\n\n"
        "- Revenue: US$210.4 million\n"
        "- EBITDA margin: 21.3% (Q2 FY27: 20.6%)\n\n"
        "Revenue for the nine months ended December 31, 2026 (9M FY27) came to US$598.2 million,"
        " 9.4% more than in 9M FY26.\n"
    )
    rows = extract_figures(text, currency="USD")
    got = {r.value: str(r.ref_date) for r in rows.itertuples()}
    assert got[210.4e6] == "2026-12-31"  # under the heading of Q3 FY27
    assert got[21.3] == "2026-12-31"  # not the bracket's Q2 FY27
    assert got[20.6] == "2026-09-30"  # the bracket's own quarter
    assert got[598.2e6] == "2026-12-31"
    assert got[9.4] == "2026-12-31"  # not the base's 9M FY26


def test_a_year_named_by_its_two_years_reads_later_spans_by_the_text_s_own_end() -> None:
    # Round 55: once the text defines its year ("ended 30 September"), a later span of two
    # years ends on that day, not on 31 March as a Hong Kong source's would by custom; "that
    # year" and "at its close" point back to the year ended on the day told.
    text = (
        "Posted 4 December 2026\n\n"
        "The Institute's report for FY2025-26, the Institute's financial year ended 30 September"
        " 2026, is out. Its spin-offs raised HK$410 million during that year and employed 530"
        " people at its close.\n\n"
        "The Institute aims to host 80 spin-offs by FY2028-29."
    )
    rows = extract_figures(text, currency="HKD").set_index("value")
    assert rows.loc[410e6, "ref_date"] == "2026-09-30"
    assert rows.loc[530.0, "ref_date"] == "2026-09-30"
    assert rows.loc[80.0, "deadline"] == "2029-09-30"
