"""Headings and the lines they govern (zonetrack.headings), through extract_figures.

Texts written for these tests; expected dates from the README's rules: a heading of facts as at a
date dates the lines under it that state no date of their own, and a bracketed "as at" aside does
not make a short heading too long to be one.
"""

from __future__ import annotations

from zonetrack.extract import extract_figures


def test_a_short_heading_with_an_as_at_aside_dates_the_lines_under_it() -> None:
    text = (
        "Harbour Savings Bank\nClimate Statement\n\nIssued 4 December 2026\n\n"
        "3. Progress to date (as at 30 September 2026)\n\n"
        "Sustainable deposits: RMB 84.5 billion\n"
        "Customers on green tariffs: 12,300\n"
    )
    frame = extract_figures(text)
    assert list(frame["ref_date"]) == ["2026-09-30", "2026-09-30"]
