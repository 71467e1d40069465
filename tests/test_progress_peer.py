"""The pace ratio and status against a peer: Open SDG's progress measure.

Each row is a series with a quantitative target. ``peer_ratio`` and ``peer_status`` are what
Open SDG's method 2 gives (open-sdg/sdg-build, ``sdg/ProgressMeasure.py``: progress =
sign(base) x direction x CAGR(observed) / |CAGR(required)| over whole years, thresholds
0.95 / 0.6 / 0, "target achieved" first, a zero base or target replaced by 0.001, no value
when base and current differ in sign). The literal values were worked out from that method,
not by running zonetrack; ``test_the_peer_table_follows_the_open_sdg_method`` re-derives them
with a small implementation of the method written for this file.

Figures are dated 31 December, and every span is a whole multiple of four years, so that
zonetrack's days / 365.25 equals the peer's whole years exactly (docs/method.md §6). Where
zonetrack deliberately differs, the row's id starts with ``differs-`` and names the topic of
docs/method.md §6, and ``ours`` holds zonetrack's own ratio and status, worked out by hand from
docs/method.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
import pytest

import zonetrack
from zonetrack.catalog import make_catalog

# Open SDG's labels, and the zonetrack status with the same thresholds (method.md §6).
PEER_TO_OURS = {
    "target_achieved": "achieved",
    "substantial_progress": "on_track",
    "moderate_progress": "moderate",
    "limited_progress": "insufficient",
    "deterioration": "regressing",
}
AS_OF = "2021-06-30"
SAME = object()


@dataclass(frozen=True)
class Row:
    id: str
    comparator: str
    figures: tuple[tuple[int, float], ...]  # (year, value), each on 31 December
    target: float
    target_year: int
    peer_ratio: float | None
    peer_status: str  # "not_available" or "error" where the peer gives no status
    ours: tuple[float | None, str] | object = SAME
    as_of: str = AS_OF
    base_year: int | None = None  # the peer's configured base year (default: first figure)
    adopted: str | None = None  # zonetrack's adoption date (default: the base year's end)
    qualifier: str = "exact"  # of the latest figure
    published: str | None = None  # of the latest figure (default: its own date)


UP, DOWN = ">=", "<="
B = (2016, 100)

ROWS = [
    # --- growth, decline and stagnation, both directions
    Row("up-growth-on-track", UP, (B, (2020, 150)), 200, 2024, 1.178705, "substantial_progress"),
    Row("up-growth-moderate", UP, (B, (2020, 130)), 200, 2024, 0.748996, "moderate_progress"),
    Row("up-growth-insufficient", UP, (B, (2020, 110)), 200, 2024, 0.266427, "limited_progress"),
    Row("up-stagnation", UP, (B, (2020, 100)), 200, 2024, 0.0, "limited_progress"),
    Row("up-decline", UP, (B, (2020, 90)), 200, 2024, -0.287227, "deterioration"),
    Row("down-decline-on-track", DOWN, (B, (2020, 60)), 50, 2024, 1.444507, "substantial_progress"),
    Row("down-decline-moderate", DOWN, (B, (2020, 76)), 50, 2024, 0.798937, "moderate_progress"),
    Row("down-decline-slow", DOWN, (B, (2020, 95)), 50, 2024, 0.153519, "limited_progress"),
    Row("down-stagnation", DOWN, (B, (2020, 100)), 50, 2024, 0.0, "limited_progress"),
    Row("down-growth", DOWN, (B, (2020, 110)), 50, 2024, -0.290541, "deterioration"),
    # --- already met at the baseline: the direction, not the sign of the required growth
    Row("up-met-at-baseline-then-lost", UP, ((2016, 120), (2020, 90)), 100, 2024, -3.079785,
        "deterioration"),
    Row("up-met-at-baseline-still-met", UP, ((2016, 120), (2020, 130)), 100, 2024, 0.897027,
        "target_achieved"),
    Row("down-met-at-baseline-then-breached", DOWN, ((2016, 80), (2020, 110)), 100, 2024,
        -2.929703, "deterioration"),
    Row("down-met-at-baseline-still-met", DOWN, ((2016, 80), (2020, 70)), 100, 2024, 1.160725,
        "target_achieved"),
    Row("up-achieved", UP, (B, (2020, 210)), 200, 2024, 2.251756, "target_achieved"),
    Row("up-achieved-exactly", UP, (B, (2020, 200)), 200, 2024, 2.090508, "target_achieved"),
    Row("down-achieved", DOWN, (B, (2020, 45)), 50, 2024, 2.180392, "target_achieved"),
    # --- threshold edges, both directions
    Row("up-edge-above-0.95", UP, (B, (2020, 139.14)), 200, 2024, 0.951112, "substantial_progress"),
    Row("up-edge-below-0.95", UP, (B, (2020, 139.03)), 200, 2024, 0.948739, "moderate_progress"),
    Row("up-edge-above-0.6", UP, (B, (2020, 123.60)), 200, 2024, 0.601033, "moderate_progress"),
    Row("up-edge-below-0.6", UP, (B, (2020, 123.51)), 200, 2024, 0.598911, "limited_progress"),
    Row("up-edge-above-0", UP, (B, (2020, 100.04)), 200, 2024, 0.00110471, "limited_progress"),
    Row("up-edge-below-0", UP, (B, (2020, 99.96)), 200, 2024, -0.00110504, "deterioration"),
    Row("down-edge-above-0.95", DOWN, (B, (2020, 71.97)), 50, 2024, 0.951132,
        "substantial_progress"),
    Row("down-edge-below-0.95", DOWN, (B, (2020, 72.03)), 50, 2024, 0.948820, "moderate_progress"),
    Row("down-edge-above-0.6", DOWN, (B, (2020, 81.49)), 50, 2024, 0.601056, "moderate_progress"),
    Row("down-edge-below-0.6", DOWN, (B, (2020, 81.55)), 50, 2024, 0.598949, "limited_progress"),
    Row("down-edge-above-0", DOWN, (B, (2020, 99.96)), 50, 2024, 0.00120506, "limited_progress"),
    Row("down-edge-below-0", DOWN, (B, (2020, 100.04)), 50, 2024, -0.00120470, "deterioration"),
    # --- gaps and figures between the ends: only the baseline and the latest set the pace
    Row("up-gaps-only-the-ends-count", UP, (B, (2017, 300), (2019, 40), (2020, 150)), 200, 2024,
        1.178705, "substantial_progress"),
    Row("up-long-horizon", UP, (B, (2024, 180)), 400, 2032, 0.842357, "moderate_progress",
        as_of="2025-06-30"),
    # --- deliberate differences (docs/method.md §6); `ours` worked out from the method
    # zero base: the peer's 0.001 makes the ratio depend on the unit; ours (50/4) / (100/8)
    Row("differs-linear-fallback-zero-baseline", UP, ((2016, 0), (2020, 50)), 100, 2024,
        4.337470, "substantial_progress", ours=(1.0, "on_track")),
    # (20/4) / (100/8) = 0.4: slow growth from zero, which the 0.001 base calls substantial
    Row("differs-linear-fallback-zero-baseline-slow", UP, ((2016, 0), (2020, 20)), 100, 2024,
        3.385822, "substantial_progress", ours=(0.4, "insufficient")),
    # (-50 - -100)/4 / ((-10 - -100)/8) = 12.5 / 11.25
    Row("differs-linear-fallback-negative-values", UP, ((2016, -100), (2020, -50)), -10, 2024,
        0.636145, "moderate_progress", ours=(12.5 / 11.25, "on_track")),
    # (10 - -20)/4 / ((50 - -20)/8) = 7.5 / 8.75; the peer gives no value across zero
    Row("differs-linear-fallback-sign-change", UP, ((2016, -20), (2020, 10)), 50, 2024, None,
        "not_available", ours=(7.5 / 8.75, "moderate")),
    # -1 x (50 - 100)/4 / |(0 - 100)/8| = 1.0; the peer's target of 0.001 asks for -76 %/year
    Row("differs-linear-fallback-zero-target", DOWN, (B, (2020, 50)), 0, 2024, 0.208561,
        "limited_progress", ours=(1.0, "on_track")),
    # the deadline has passed: the same ratio, but a status of its own
    Row("differs-deadline-passed-missed", UP, (B, (2020, 150)), 200, 2020, 0.563837,
        "limited_progress", ours=(0.563837, "missed")),
    Row("differs-deadline-passed-overdue", UP, ((2012, 100), (2016, 150)), 200, 2020, 1.178705,
        "substantial_progress", ours=(1.178705, "overdue_unverified")),
    # target year = base year: the peer divides by zero; the deadline has passed for us and
    # the required pace is undefined (the deadline is not after the baseline, §3)
    Row("differs-target-year-equals-base-year", UP, (B, (2020, 150)), 200, 2016, None, "error",
        ours=(None, "missed")),
    # qualifiers: "nearly 210" (近) never meets a floor of 200; the pace decides
    Row("differs-qualifier-at-most-never-meets", UP, (B, (2020, 210)), 200, 2024, 2.251756,
        "target_achieved", ours=(2.251756, "on_track"), qualifier="at_most"),
    # one figure: nothing to measure a pace with
    Row("differs-one-figure-baseline-only", UP, (B,), 200, 2024, None, "not_available",
        ours=(None, "baseline_only")),
    # baseline: the peer takes the next year with data after its base year (2016); we take
    # the last figure on or before adoption (2012): (3^(1/8) - 1) / (4^(1/12) - 1)
    Row("differs-baseline-on-or-before-adoption", UP, ((2012, 50), B, (2020, 150)), 200, 2024,
        1.178705, "substantial_progress",
        ours=((3 ** (1 / 8) - 1) / (4 ** (1 / 12) - 1), "on_track"),
        base_year=2014, adopted="2014-06-30"),
    # point in time: a figure published after the as-of date is not seen
    Row("differs-point-in-time", UP, (B, (2020, 150)), 200, 2024, 1.178705,
        "substantial_progress", ours=(None, "baseline_only"), published="2022-01-01"),
]  # fmt: skip


def peer_progress(row: Row) -> tuple[float | None, str]:
    """Open SDG's method 2 as its code computes it, over whole years."""

    def cagr(v1: float, v0: float, t1: int, t0: int) -> float:
        return (v1 / v0) ** (1 / (t1 - t0)) - 1

    years = [y for y, _ in row.figures]
    base_year = row.base_year if row.base_year is not None else years[0]
    if base_year not in years:
        base_year = min(y for y in years if y > base_year)
    base = dict(row.figures)[base_year]
    current_year, current = row.figures[-1]
    direction = 1 if row.comparator == ">=" else -1
    target = 0.001 if row.target == 0 else row.target
    achieved = current >= target if direction == 1 else current <= target
    sign = -1 if base < 0 else 1
    if base == 0:
        base = 0.001
    if (base > 0 > current) or (base < 0 < current) or current_year - base_year < 1:
        value = None
    else:
        try:
            required = cagr(target, base, row.target_year, base_year)
        except ZeroDivisionError:
            return None, "error"
        value = sign * direction * cagr(current, base, current_year, base_year) / abs(required)
    if achieved:
        return value, "target_achieved"
    if value is None:
        return None, "not_available"
    for threshold, label in ((0.95, "substantial_progress"), (0.6, "moderate_progress"),
                             (0.0, "limited_progress")):  # fmt: skip
        if value >= threshold:
            return value, label
    return value, "deterioration"


def assess_row(row: Row) -> pd.Series:
    """zonetrack's assessment of the row's series (published when dated, unless stated)."""
    dates = [f"{year}-12-31" for year, _ in row.figures]
    observations = [
        {
            "obs_id": f"o{i}",
            "zone_id": "z",
            "indicator_id": "ind",
            "value": value,
            "unit": "count",
            "qualifier": row.qualifier if i == len(dates) - 1 else "exact",
            "ref_date": date,
            "published": row.published if i == len(dates) - 1 else None,
        }
        for i, (date, (_, value)) in enumerate(zip(dates, row.figures, strict=True))
    ]
    adopted = row.adopted or f"{row.base_year or row.figures[0][0]}-12-31"
    targets = [
        {
            "target_id": "t",
            "zone_id": "z",
            "indicator_id": "ind",
            "comparator": row.comparator,
            "value": row.target,
            "unit": "count",
            "deadline": f"{row.target_year}-12-31",
            "adopted": adopted,
        }
    ]
    catalog = make_catalog(
        indicators=[{"indicator_id": "ind", "unit": "count"}],
        targets=targets,
        observations=observations,
    )
    return zonetrack.assess(catalog, row.as_of).iloc[0]


def close(actual: object, expected: float | None, rel: float) -> bool:
    if expected is None:
        return actual is None or bool(pd.isna(actual))
    return actual is not None and math.isclose(float(actual), expected, rel_tol=rel, abs_tol=1e-9)


def test_the_table_is_large_enough_and_ids_are_unique():
    assert len(ROWS) >= 30
    assert len({r.id for r in ROWS}) == len(ROWS)
    # every status a target with its deadline ahead can have is reached, in both directions
    reached = {(r.comparator, PEER_TO_OURS.get(r.peer_status)) for r in ROWS if r.ours is SAME}
    for comparator in (UP, DOWN):
        for status in ("achieved", "on_track", "moderate", "insufficient", "regressing"):
            assert (comparator, status) in reached


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_the_peer_table_follows_the_open_sdg_method(row: Row):
    ratio, status = peer_progress(row)
    assert status == row.peer_status
    assert close(ratio, row.peer_ratio, rel=1e-5), (ratio, row.peer_ratio)


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_zonetrack_agrees_with_the_peer_or_differs_as_documented(row: Row):
    if row.ours is SAME:
        assert not row.id.startswith("differs-")
        expected_ratio, expected_status = row.peer_ratio, PEER_TO_OURS[row.peer_status]
    else:
        assert row.id.startswith("differs-"), "an undocumented difference"
        expected_ratio, expected_status = row.ours  # type: ignore[misc]
    result = assess_row(row)
    assert result["status"] == expected_status
    assert close(result["cagr_ratio"], expected_ratio, rel=1e-5), (
        result["cagr_ratio"],
        expected_ratio,
    )
