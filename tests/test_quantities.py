"""Which numerals are quantities (zonetrack.quantities), through extract_figures.

Texts written for these tests in the style of plans and news; expected values from the
README's rules (round 39): money that defines a class of the things a count beside it counts
("each worth at least 50 million yuan", "valued at US$500 million or more") is no figure.
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures

PAGE = "Zone news\nPublished: 4 March 2028\n"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "The zone wants 40 projects this year, each worth at least 50 million yuan.", [40]),
        (
            PAGE + "Of these, 12 should each involve investment of RMB 800 million or more.",
            [12],
        ),
        (PAGE + "Six of its graduates are now valued at US$500 million or more.", [6]),
        # One company's value, stated, is a figure.
        (PAGE + "The firm is valued at US$500 million.", [5e8]),
    ],
)
def test_a_class_threshold_is_no_figure(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == values


# A period labelled year first (2027Q3, 2026H2), as slides and charts write it, is a date, no
# count; the figure beside it stands.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "Milestones: 45 new labs by 2028Q3.", [45]),
        (PAGE + "2027H2 update: 18 firms signed.", [18]),
    ],
)
def test_a_period_labelled_year_first_is_no_figure(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == values
