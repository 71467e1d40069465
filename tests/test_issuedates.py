"""The day a page was issued (zonetrack.issuedates).

Texts written for these tests; expected dates from the README's rules: a line of its own that
tells the act making a plan, strategy or speech final (adopted, endorsed, approved, delivered,
last revised) on a day dates the page, as a date line does; the same words opening a sentence
that goes on do not.
"""

from __future__ import annotations

import pytest

from zonetrack.issuedates import find_page_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour City Science Park\nStrategy 2027-2031\n"
            "Approved by the Board of Governors at its meeting of 3 March 2027\n\n1. Overview\n",
            "2027-03-03",
        ),
        (
            "Mayor's Address 2026\nPresented to the City Assembly on 14 October 2026\n\n"
            "Part 1: Jobs\n",
            "2026-10-14",
        ),
        (
            "Lakeside Incubator\nAnnual plan 2027\n"
            "Riverside campus | Prepared by the programme office | Last amended 5 January 2027\n",
            "2027-01-05",
        ),
        (
            "Green Valley Plan\nAdopted by the county council on 2 May 2026.\n",
            "2026-05-02",
        ),
        # The act opening a sentence that goes on is no date line.
        (
            "Green Valley Plan\n\nApproved by the county council on 2 May 2026, the plan sets out "
            "how the valley will add 40 firms by 2030. It is reviewed each year.\n",
            None,
        ),
    ],
)
def test_a_line_of_adoption_or_revision_dates_the_page(text: str, expected: str | None) -> None:
    assert find_page_date(text, "CNY")[1] == expected
