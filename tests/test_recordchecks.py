"""Checks of each target and observation (zonetrack.recordchecks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from validate_steps import replace

from zonetrack.validate import validate_catalog

# (unit, measure, may be negative): counts and areas never; stocks never; money, percent
# and score flows and ratios may (a loss, a fall, a growth rate).
SIGNS = [
    ("count", "stock", False),
    ("count", "flow", False),
    ("count", "ratio", False),
    ("m^2", "stock", False),
    ("m^2", "flow", False),
    ("CNY", "stock", False),
    ("CNY", "flow", True),
    ("percent", "ratio", True),
    ("percent", "flow", True),
    ("score", "ratio", True),
]


@pytest.mark.parametrize(("unit", "measure", "expected"), SIGNS)
def test_may_be_negative(unit: str, measure: str, expected: bool) -> None:
    from zonetrack.recordchecks import may_be_negative

    assert may_be_negative(unit, measure) is expected


def test_a_deadline_before_adoption_says_what_adopted_means(
    minimal_catalog: tuple[Path, Path],
) -> None:
    """Found by review 10: a 2026 page restating a 2022 plan's goal for 2025 was refused with
    no hint that adopted is the plan's date, not the page's."""
    data, seeds = minimal_catalog
    replace(
        "targets.csv", "2025-12-31,2021-01,,plan.txt,聚集", "2025-12-31,2026-01,,plan.txt,聚集"
    )(data, seeds)
    (problem,) = [p for p in validate_catalog(data, seeds) if p.column == "deadline"]
    assert "adopted is the date the plan set it" in problem.message
