"""Yearly commitments counted from an event (zonetrack.commitments), through extract_figures.

Texts written for these tests in the style of investment agreements; expected values from
the README's rules (round 47): a yearly level a party is bound to from a year counted from an
event with no fixed day is a goal with no deadline; a level for each year with no such start is
not read by this rule.
"""

from __future__ import annotations

import pytest
from conftest import figure_rows

from zonetrack.commitments import is_yearly_commitment


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        (
            "From the second full financial year following the Opening Date, the Operator "
            "shall spend not less than US$2 million on training in each financial year",
            True,
        ),
        ("自项目竣工后第二个完整会计年度起，乙方每年研发投入不低于3000万元", True),
        ("自投產後第三年起，公司每年繳納稅收不低於5,000萬元", True),
        # No year counted from an event: another rule's.
        ("The Operator shall spend not less than US$2 million on training in each year", False),
        # Counted from an event, but told as it was, no obligation: none.
        ("From the second year after opening, visitors grew every year", False),
    ],
)
def test_a_yearly_commitment_counts_from_an_event(statement: str, expected: bool) -> None:
    assert is_yearly_commitment(statement) == expected


def test_a_yearly_commitment_is_a_goal_with_no_deadline() -> None:
    text = (
        "INVESTMENT AGREEMENT\nThis Agreement is dated 3 March 2026.\n\n"
        "5.1 From the second full financial year following the Opening Date, the Operator shall "
        "spend not less than US$2 million on staff training in each financial year.\n"
    )
    assert figure_rows(text) == [(2e6, "target", None, None)]
