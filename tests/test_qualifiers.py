"""The qualifier written before a number (zonetrack/qualifiers.py).

Expected values from the README's qualifier rules; phrases written for these tests.
"""

from __future__ import annotations

import pytest

from zonetrack.qualifiers import prefix_qualifier


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "over" before a number is a floor ...
        ("The park now has over ", "at_least"),
        ("Sales grew to over ", "at_least"),
        # ... but not the particle of "hand over" (to deliver): the number is exact.
        ("The developer expects to hand over ", None),
        ("It handed over ", None),
        ("The builder hands over ", None),
        ("Handing over ", None),
    ],
)
def test_over_is_a_floor_unless_a_verb_s_particle(before: str, expected: str | None) -> None:
    assert prefix_qualifier(before) == expected
