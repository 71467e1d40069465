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


# 最高 or 最多 with "may receive" and the grant named after it (最高可獲資助, 最多可获得补贴,
# 最高获奖励): the cap a rule sets, at most; the currency named before the number too.
@pytest.mark.parametrize(
    "before",
    ["每家企業最高可獲資助澳門元", "最多可获得补贴", "单个项目最高获奖励", "最高可获资助人民币"],
)
def test_a_cap_with_the_grant_named_after_may_receive(before: str) -> None:
    assert prefix_qualifier(before) == "at_most"
