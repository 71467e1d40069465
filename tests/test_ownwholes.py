"""A whole a sentence opens with, stated with a count of its own (zonetrack.ownwholes).

Texts written for these tests; expected values from the README's rule: "Of the zone's twelve
parks," is a set of its own, which exists on the page's day (a fact of that day), while the part
after it is what the sentence sets or tells; "Of the 46 projects approved," points back.
"""

from __future__ import annotations

import pytest
from conftest import figure_rows

from zonetrack.ownwholes import in_own_whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour district news\nPublished 2 June 2027\n\n"
            "Of the district's nine incubators, four will be enlarged by 2029.\n",
            [(9, "observation", None, "2027-06-02"), (4, "target", "2029-12-31", None)],
        ),
        (
            "Harbour district news\nPublished 2 June 2027\n\n"
            "Among the 30 science parks, 12 are to be merged by the end of 2028.\n",
            [(30, "observation", None, "2027-06-02"), (12, "target", "2028-12-31", None)],
        ),
    ],
)
def test_the_whole_with_its_own_count_is_a_fact_of_the_page_s_day(
    text: str, expected: list[tuple[float, str, str | None, str | None]]
) -> None:
    assert figure_rows(text) == [(float(v), k, d, r) for v, k, d, r in expected]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Of the district's nine incubators, four will be enlarged by 2029.", "nine", True),
        ("Of the district's nine incubators, four will be enlarged by 2029.", "four", False),
        # A deed names the whole as what was done: it points back, no set of its own.
        ("Of the 46 projects approved, 19 will open in 2028.", "46", False),
        ("Of these, 19 will open in 2028.", "19", False),
    ],
)
def test_in_own_whole(sentence: str, word: str, expected: bool) -> None:
    assert in_own_whole(sentence, sentence.index(word)) is expected
