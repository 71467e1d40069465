"""The zone hierarchy of ``zones.csv``: one walk for subtrees, ancestors and cycles.

Validation, the catalogue, the quarter's views and the report's zone list all need the
same few questions answered about ``zone_id`` → ``parent_id``; :class:`ZoneTree` answers
them from one index built once, so a catalogue of thousands of zones is walked in time
proportional to the answer, and a cycle (refused by validation, possible in a catalogue
built in code) ends a walk instead of looping.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["ZoneTree"]


@dataclass(frozen=True)
class ZoneTree:
    """Zones in file order with their parents (``None`` for a top-level zone).

    Build one with :meth:`from_pairs`; :attr:`zones` keeps the order of ``zones.csv``.
    """

    zones: tuple[str, ...]
    parents: dict[str, str | None]
    children: dict[str, tuple[str, ...]] = field(repr=False)

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str | None]]) -> ZoneTree:
        """From ``(zone_id, parent_id)`` pairs; an empty or missing parent means none."""
        parents: dict[str, str | None] = {}
        children: dict[str, list[str]] = {}
        for zone, parent in pairs:
            parents[zone] = parent or None
            if parent:
                children.setdefault(parent, []).append(zone)
        return cls(tuple(parents), parents, {k: tuple(v) for k, v in children.items()})

    def __contains__(self, zone: object) -> bool:
        return zone in self.parents

    def subtree(self, zone: str) -> list[str]:
        """``zone`` and every zone below it, breadth first, children in file order."""
        out, todo, seen = [], [zone], {zone}
        head = 0
        while head < len(todo):
            current = todo[head]
            head += 1
            out.append(current)
            for child in self.children.get(current, ()):
                if child not in seen:  # a cycle ends here
                    seen.add(child)
                    todo.append(child)
        return out

    def ancestors(self, zone: str) -> list[str]:
        """``zone`` and the zones above it, nearest first (a cycle ends the list)."""
        out: list[str] = []
        seen: set[str] = set()
        current: str | None = zone
        while current is not None and current not in seen:
            seen.add(current)
            out.append(current)
            current = self.parents.get(current)
        return out

    def depth(self, zone: str) -> int:
        """How many zones lie above ``zone`` (0 for a top-level zone)."""
        return len(self.ancestors(zone)) - 1

    def in_cycle(self, zone: str) -> bool:
        """Whether walking up from ``zone`` comes back to a zone already passed."""
        # The walk stops at a zone without a parent, or at one whose parent it has passed.
        return self.parents.get(self.ancestors(zone)[-1]) is not None

    def cycles(self) -> list[str]:
        """Zones whose chain of parents loops, in file order (validation refuses them)."""
        return [z for z in self.zones if self.in_cycle(z)]

    def covering(self, zones: Iterable[str]) -> list[str]:
        """Zones that are one of ``zones`` or lie above one, in file order.

        Unknown zones and zones above them are not listed (there are none above them).
        """
        used: set[str] = set()
        for zone in zones:
            current: str | None = zone
            while current is not None and current not in used:
                used.add(current)
                current = self.parents.get(current)
        return [z for z in self.zones if z in used]
