"""Checks of what lies within what: zones' parents and targets' parts (no cycles, no part
measuring another thing, in another zone or by a later deadline than its whole)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .exceptions import DataError, Problem
from .files import Table
from .recordchecks import Here
from .tablechecks import parse_date_once, rows

__all__ = ["check_parts", "check_zones"]


def check_zones(tables: dict[str, Table]) -> Iterator[Problem]:
    table = tables.get("zones")
    if table is None:
        return
    parents = dict(zip(table.frame["zone_id"], table.frame["parent_id"], strict=True))
    for line, row in rows(table):
        if row["zone_id"] == "all":
            yield Problem(
                table.name,
                line,
                "zone_id",
                "'all' is reserved for the all-zones overview; choose another id",
                "all",
            )
        parent = row["parent_id"]
        if not parent:
            continue
        if parent not in parents and parent not in table.unread:
            yield Problem(table.name, line, "parent_id", f"unknown zone {parent!r}", parent)
            continue
        loop = _parent_loop(row["zone_id"], parents)
        if loop:
            # Reported on the zones of the loop, naming it; zones below it are fixed with it.
            shown = " → ".join([*loop[:8], "…"] if len(loop) > 8 else [*loop, loop[0]])
            yield Problem(
                table.name, line, "parent_id", f"zone parents form a cycle: {shown}", parent
            )


def _parent_loop(zone: str, parents: dict[str, str]) -> list[str]:
    """The zones of the loop through ``zone`` (``zone`` first), or [] if it is on none."""
    path, seen = [zone], {zone}
    current = parents.get(zone) or ""
    while current and current not in seen:
        path.append(current)
        seen.add(current)
        current = parents.get(current) or ""
    return path if current == zone else []


def check_parts(tables: dict[str, Table]) -> Iterator[Problem]:
    """A part target measures what its parent measures, in the parent's zone or below it,
    by the parent's deadline at the latest, and parts never form a cycle."""
    targets = tables.get("targets")
    if targets is None:
        return
    # An empty id is reported by the schema; kept out here, it would be every empty
    # parent_target_id's "parent" and blame rows that have no parent at all.
    by_id = {row["target_id"]: row for _, row in rows(targets) if row["target_id"]}
    zone_parents: dict[str, str] = {}
    unread: set[str] = set()
    if "zones" in tables:
        frame = tables["zones"].frame
        zone_parents = dict(zip(frame["zone_id"], frame["parent_id"], strict=True))
        unread = tables["zones"].unread

    def zone_within(zone: str, ancestor: str) -> bool:
        seen: set[str] = set()
        while zone and zone not in seen:
            # A zone whose row could not be read may lie within anything (Table.unread).
            if zone == ancestor or (zone not in zone_parents and zone in unread):
                return True
            seen.add(zone)
            zone = zone_parents.get(zone, "")
        return False

    for line, row in rows(targets):
        parent = by_id.get(row["parent_target_id"])
        if parent is None or parent["target_id"] == row["target_id"]:
            continue
        here = Here(targets.name, line)
        whole = f"its parent {parent['target_id']!r}"
        if row["indicator_id"] != parent["indicator_id"]:
            here.add(
                "indicator_id",
                f"a part measures what the whole does: {row['indicator_id']!r} here, "
                f"{parent['indicator_id']!r} in {whole}",
                row["indicator_id"],
            )
        if zone_parents and not zone_within(row["zone_id"], parent["zone_id"]):
            here.add(
                "zone_id",
                f"zone {row['zone_id']!r} is not {parent['zone_id']!r} (the zone of {whole}) "
                "or a zone below it",
                row["zone_id"],
            )
        try:
            later = parse_date_once(row["deadline"]) > parse_date_once(parent["deadline"])
        except DataError:
            later = False  # an unreadable date is reported where it is
        if later:
            here.add(
                "deadline",
                f"deadline {row['deadline']} is later than {parent['deadline']}, "
                f"the deadline of {whole}",
                row["deadline"],
            )
        path = [row["target_id"]]
        step: dict[str, Any] | None = parent
        while step is not None:
            path.append(step["target_id"])
            if step["target_id"] in path[:-1]:
                if step["target_id"] == row["target_id"]:  # other members report theirs
                    shown = " -> ".join(path) if len(path) <= 6 else f"{len(path) - 1} targets"
                    here.add(
                        "parent_target_id",
                        f"parts form a cycle: {shown}",
                        row["parent_target_id"],
                    )
                break
            step = by_id.get(step["parent_target_id"]) if step["parent_target_id"] else None
        yield from here.problems
