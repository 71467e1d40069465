"""The zone hierarchy: subtrees, ancestors, cycles and the zones a report covers.

Expected values come from the definitions (a zone's subtree is every zone that has it
among its ancestors), checked on hand-made trees and on random forests.
"""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonetrack.catalog import make_catalog
from zonetrack.exceptions import UsageError
from zonetrack.hierarchy import ZoneTree

# a ─┬─ b ── d
#    └─ c
# e            (a second top-level zone)
TREE = ZoneTree.from_pairs([("a", ""), ("b", "a"), ("c", "a"), ("d", "b"), ("e", None)])


@pytest.mark.parametrize(
    ("zone", "subtree"),
    [("a", ["a", "b", "c", "d"]), ("b", ["b", "d"]), ("d", ["d"]), ("e", ["e"])],
)
def test_subtree_is_breadth_first_in_file_order(zone: str, subtree: list[str]) -> None:
    assert TREE.subtree(zone) == subtree


@pytest.mark.parametrize(
    ("zone", "ancestors", "depth"),
    [("d", ["d", "b", "a"], 2), ("c", ["c", "a"], 1), ("a", ["a"], 0), ("e", ["e"], 0)],
)
def test_ancestors_nearest_first(zone: str, ancestors: list[str], depth: int) -> None:
    assert TREE.ancestors(zone) == ancestors
    assert TREE.depth(zone) == depth


@pytest.mark.parametrize(
    ("zones", "covering"),
    [
        (["d"], ["a", "b", "d"]),
        (["c", "e"], ["a", "c", "e"]),
        ([], []),
        (["nowhere"], []),  # not a zone of the tree: nothing of the tree covers it
    ],
)
def test_covering_lists_zones_and_everything_above_in_file_order(
    zones: list[str], covering: list[str]
) -> None:
    assert TREE.covering(zones) == covering


def test_a_cycle_ends_every_walk_and_is_reported() -> None:
    # x → y → z → x loops; w hangs below the loop; top stands alone.
    tree = ZoneTree.from_pairs([("x", "z"), ("y", "x"), ("z", "y"), ("w", "x"), ("top", "")])
    assert sorted(tree.subtree("x")) == ["w", "x", "y", "z"]
    assert tree.ancestors("w") == ["w", "x", "z", "y"]
    assert tree.cycles() == ["x", "y", "z", "w"]  # w's parents loop too
    assert not tree.in_cycle("top")
    assert tree.covering(["w"]) == ["x", "y", "z", "w"]


def test_an_unknown_parent_is_not_a_cycle() -> None:
    tree = ZoneTree.from_pairs([("a", "ghost")])
    assert tree.ancestors("a") == ["a", "ghost"]
    assert tree.cycles() == []


@st.composite
def forests(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Zones z0..zn in file order, each with no parent or any other zone as parent."""
    n = draw(st.integers(1, 12))
    # Parents from earlier zones only make a forest; then shuffle the file order.
    pairs = [(f"z{i}", draw(st.sampled_from(["", *(f"z{j}" for j in range(i))]))) for i in range(n)]
    return draw(st.permutations(pairs))


@given(forests(), st.data())
def test_subtree_is_every_zone_with_the_zone_above_it(pairs, data) -> None:
    tree = ZoneTree.from_pairs(pairs)
    zone = data.draw(st.sampled_from([z for z, _ in pairs]))
    expected = {z for z, _ in pairs if zone in tree.ancestors(z)}
    got = tree.subtree(zone)
    assert got[0] == zone and sorted(got) == sorted(expected)
    # breadth first: depths never decrease along the list
    depths = [tree.depth(z) for z in got]
    assert depths == sorted(depths)
    assert tree.cycles() == []


@given(forests(), st.data())
def test_covering_is_the_union_of_ancestors(pairs, data) -> None:
    tree = ZoneTree.from_pairs(pairs)
    chosen = data.draw(st.lists(st.sampled_from([z for z, _ in pairs])))
    expected = {a for z in chosen for a in tree.ancestors(z)}
    assert tree.covering(chosen) == [z for z, _ in pairs if z in expected]


def _zone(zone_id: str, parent: str) -> dict[str, str]:
    return {"zone_id": zone_id, "parent_id": parent, "name_en": zone_id, "name_zh": zone_id}


def test_the_catalogue_answers_from_one_hierarchy() -> None:
    zones = [_zone("prov", ""), _zone("city", "prov"), _zone("park", "city"), _zone("lone", "")]
    observation = {
        "obs_id": "o1",
        "zone_id": "park",
        "indicator_id": "firms",
        "value": "1",
        "unit": "count",
        "ref_date": "2020-12-31",
        "published": "2021-01-31",
        "source": "s.txt",
    }
    catalog = make_catalog(
        zones=zones,
        indicators=[{"indicator_id": "firms", "unit": "count"}],
        observations=[observation],
        sources=[{"source": "s.txt", "published": "2021-01-31"}],
    )
    assert catalog.subtree("city") == ["city", "park"]
    assert catalog.subtree("all") == ["prov", "city", "park", "lone"]
    # No target or figure in "lone" or below it: a report leaves it out.
    assert catalog.default_zones() == ["prov", "city", "park"]
    # Point in time: before the figure was published, no zone has anything to report.
    assert catalog.default_zones("2021-01-30") == []
    assert catalog.default_zones("2021-01-31") == ["prov", "city", "park"]
    assert catalog.default_zones(pd.Timestamp("2025-06-30")) == ["prov", "city", "park"]
    with pytest.raises(UsageError) as info:
        catalog.subtree("nowhere")
    assert info.value.argument == "zone"
