"""Zones' parents and targets' parts (zonetrack.nestchecks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonetrack.validate import validate_catalog


# Validation reads a span in pieces and skips the seed where the span's reading cannot
# differ (piecereading.reads_alone); the evidence check must then find exactly what it finds
# when it reads every span and every seed whole.
@pytest.mark.parametrize(
    ("parents", "expected"),
    [
        # (zone, parent) rows added to zones.csv; expected (row, message end) problems.
        ([("a", "b"), ("b", "a")], [(4, "a → b → a"), (5, "b → a → b")]),
        ([("a", "a")], [(4, "a → a")]),
        # Zones hanging below a loop are not on it: only the loop is reported.
        ([("a", "b"), ("b", "a"), ("c", "a"), ("d", "c")], [(4, "a → b → a"), (5, "b → a → b")]),
        ([("a", "city"), ("b", "a")], []),
    ],
)
def test_a_zone_cycle_is_named_on_the_zones_of_the_loop(
    minimal_catalog: tuple[Path, Path], parents: list[tuple[str, str]], expected: list
) -> None:
    data, seeds = minimal_catalog
    with (data / "zones.csv").open("a", encoding="utf-8") as fh:
        for zone, parent in parents:
            fh.write(f"{zone},{zone},{zone},{parent},park,示范,示范,\n")
    problems = [p for p in validate_catalog(data, seeds) if p.column == "parent_id"]
    assert [(p.row, p.message.rsplit(": ", 1)[1]) for p in problems] == expected
    assert all(p.message.startswith("zone parents form a cycle: ") for p in problems)
