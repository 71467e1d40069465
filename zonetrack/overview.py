"""The all-zones overview: a summary whose size and cost stay small at thousands of zones.

One assessment of every known target (the :class:`~zonetrack.quarter.ZoneQuarter`
of ``"all"``) is counted up the zone hierarchy into a zones × status matrix; the
targets past their deadline and the largest changes since the previous quarter are
listed with links to the zone pages. No chart per target, no per-zone assessment.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from .labels import label, status_label
from .pages import anchor, badge, e, heading, link, table
from .progress import STATUSES
from .quarter import ZoneQuarter

__all__ = [
    "biggest_changes_html",
    "past_deadline_html",
    "rolled_up_counts",
    "status_matrix_html",
    "zone_link",
]

BIGGEST_CHANGES = 20


def rolled_up_counts(zq: ZoneQuarter) -> dict[str, Counter]:
    """Targets per status for each zone, counting every zone below it (``passed`` too).

    Cost: one pass over the targets times the depth of the hierarchy.
    """
    counts: dict[str, Counter] = {}
    a = zq.assessment
    for zone, status, passed in zip(a["zone_id"], a["status"], a["deadline_passed"], strict=True):
        for z in zq.ancestors(zone):
            c = counts.setdefault(z, Counter())
            c[status] += 1
            c["targets"] += 1
            c["passed"] += int(bool(passed))
    return counts


def _depths(zq: ZoneQuarter) -> dict[str, int]:
    return {z: len(zq.ancestors(z)) - 1 for z in zq.catalog.zones["zone_id"]}


def zone_link(zq: ZoneQuarter, zone: str, lang: str, text: str, fragment: str = "") -> str:
    """``text`` linked to the zone's page, or plain text when that page is not published
    beside the overview (a run for some zones on a quarter not rendered in full)."""
    if not zq.has_page(zone):
        return e(text)
    return link(f"{zone}.{lang}.html{fragment}", text)


def status_matrix_html(zq: ZoneQuarter, lang: str) -> str:
    """Zones (in hierarchy order, indented) × statuses, each zone counting the zones below it."""
    counts = rolled_up_counts(zq)
    depths = _depths(zq)
    present = [s for s in STATUSES if any(c[s] for c in counts.values())]
    headers = [
        label("col_zones_below", lang),
        label("col_targets", lang),
        label("col_deadline_passed", lang),
        *(status_label(s, lang) for s in present),
    ]
    rows = []
    for zone in _hierarchy_order(zq):
        c = counts.get(zone)
        if not c:
            continue
        indent = "&nbsp;&nbsp;" * depths.get(zone, 0)
        rows.append(
            [
                indent + zone_link(zq, zone, lang, zq.zone_name(zone, lang)),
                e(c["targets"]),
                e(c["passed"]),
                *(e(c[s] or "") for s in present),
            ]
        )
    if not rows:
        return heading("status_matrix", lang) + f"<p>{e(label('no_targets', lang))}</p>"
    legend = "".join(badge(s, lang) for s in present)
    numeric = range(1, len(headers))
    return (
        heading("status_matrix", lang) + f"<p>{legend}</p>" + table(headers, rows, numeric=numeric)
    )


def _hierarchy_order(zq: ZoneQuarter) -> list[str]:
    """Every zone, each followed by the zones below it (depth first, in zones.csv order)."""
    children: dict[str | None, list[str]] = {}
    for zone in zq.catalog.zones["zone_id"]:
        children.setdefault(zq.parents.get(zone), []).append(zone)
    out, seen = [], set()
    stack = list(reversed(children.get(None, [])))
    while stack:
        zone = stack.pop()
        if zone in seen:
            continue
        seen.add(zone)
        out.append(zone)
        stack.extend(reversed(children.get(zone, [])))
    return out


def past_deadline_html(zq: ZoneQuarter, lang: str) -> str:
    """Targets whose deadline has passed without being achieved, earliest deadline first."""
    a = zq.assessment
    late = a[a["deadline_passed"] & (a["status"] != "achieved")].sort_values(
        ["deadline", "zone_id", "target_id"], kind="stable"
    )
    if late.empty:
        return heading("past_deadline_list", lang) + f"<p>{e(label('no_changes', lang))}</p>"
    rows = [
        [
            zone_link(
                zq, r["zone_id"], lang, zq.target_name(r, lang), f"#{anchor('t', r['target_id'])}"
            ),
            e(f"{r['deadline']:%Y-%m-%d}"),
            badge(r["status"], lang),
        ]
        for r in late.to_dict(orient="records")
    ]
    headers = [label(k, lang) for k in ("col_target", "col_deadline", "col_status")]
    return heading("past_deadline_list", lang) + table(headers, rows)


def biggest_changes_html(zq: ZoneQuarter, lang: str, limit: int = BIGGEST_CHANGES) -> str:
    """Status changes first, then the largest moves in attainment, at most ``limit`` rows."""
    before = zq.previous[["target_id", "status", "attainment"]].rename(
        columns={"status": "status_before", "attainment": "attainment_before"}
    )
    joined = zq.assessment.merge(before, on="target_id", how="left")
    changed = joined["status"] != joined["status_before"]
    delta = (joined["attainment"] - joined["attainment_before"]).abs()
    joined = joined.assign(_changed=changed, _delta=delta.fillna(float("inf")))
    moved = joined[changed | (delta > 0)]
    moved = moved.sort_values(["_changed", "_delta"], ascending=False, kind="stable").head(limit)
    if moved.empty:
        return heading("biggest_changes", lang) + f"<p>{e(label('no_changes', lang))}</p>"
    rows = []
    for row in moved.to_dict(orient="records"):
        shift = row["attainment"] - row["attainment_before"]
        before_status = row["status_before"]
        rows.append(
            [
                zone_link(
                    zq,
                    row["zone_id"],
                    lang,
                    zq.target_name(row, lang),
                    f"#{anchor('t', row['target_id'])}",
                ),
                badge(before_status, lang) if isinstance(before_status, str) else "–",
                badge(row["status"], lang),
                e("–" if pd.isna(shift) else f"{shift:+.0%}"),
            ]
        )
    headers = [label(k, lang) for k in ("col_target", "col_previous", "col_current", "col_change")]
    return heading("biggest_changes", lang) + table(headers, rows, numeric=(3,))
