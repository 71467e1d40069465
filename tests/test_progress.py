"""Tests of the progress engine, ``zonetrack.assess``, against its specification.

Fixture catalogues are built in memory with ``make_catalog``. Numbers are checked by
hand-written arithmetic, by properties (hypothesis) and against the independent,
loop-per-target reference implementation in ``tests/reference_progress.py``.
"""

from __future__ import annotations

import math
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

import zonetrack
from zonetrack.catalog import make_catalog
from zonetrack.dates import parse_date
from zonetrack.progress import COLUMNS, STATUSES, DecompositionWarning

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import examples
from reference_progress import (
    ORDER_OF_STATUS,
    ReferenceDecompositionWarning,
    reference_assess,
)

YEAR = 365.25
INDICATORS = [
    {"indicator_id": "area", "unit": "m^2"},
    {"indicator_id": "firms", "unit": "count"},
    {"indicator_id": "share", "unit": "percent"},
]
# Derandomized so that a run is reproducible; the catalogue-level tests do not shrink a
# failing example (shrinking whole catalogues takes a minute), the small ones do.
HYPOTHESIS = settings(
    max_examples=examples(60),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
NO_SHRINK = settings(HYPOTHESIS, phases=(Phase.explicit, Phase.generate))
ignore_decomposition = pytest.mark.filterwarnings("ignore::zonetrack.progress.DecompositionWarning")


# --------------------------------------------------------------------------- helpers


def target(
    value=200,
    comparator=">=",
    deadline="2025-12-31",
    adopted="2021-01-01",
    target_id="t",
    zone="z",
    indicator="firms",
    unit="count",
    parent=None,
):
    return {
        "target_id": target_id,
        "zone_id": zone,
        "indicator_id": indicator,
        "comparator": comparator,
        "value": value,
        "unit": unit,
        "deadline": deadline,
        "adopted": adopted,
        "parent_target_id": parent,
    }


_obs_counter = iter(range(10**9))


def obs(
    ref_date,
    value,
    published=None,
    qualifier="exact",
    zone="z",
    indicator="firms",
    unit="count",
    derived_from=None,
):
    return {
        "obs_id": f"o{next(_obs_counter)}",
        "zone_id": zone,
        "indicator_id": indicator,
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "ref_date": ref_date,
        "published": published,
        "derived_from": derived_from,
    }


def catalog(targets, observations):
    return make_catalog(indicators=INDICATORS, targets=targets, observations=observations or None)


def assess_one(targets, observations, as_of, **kwargs) -> pd.Series:
    """The row of the first target."""
    frame = zonetrack.assess(catalog(targets, observations), as_of, **kwargs)
    return frame.iloc[0]


def years(a: str, b: str) -> float:
    return (pd.Timestamp(b) - pd.Timestamp(a)).days / YEAR


def is_null(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def approx(value, expected, rel=1e-9):
    assert not is_null(value), f"expected {expected}, got null"
    assert math.isclose(float(value), float(expected), rel_tol=rel, abs_tol=1e-12), (
        value,
        expected,
    )


def same_cell(a, b, rtol=1e-9) -> bool:
    if is_null(a) or is_null(b):
        return is_null(a) and is_null(b)
    if isinstance(a, (bool, np.bool_)) or isinstance(b, (bool, np.bool_)):
        return bool(a) == bool(b)
    if isinstance(a, (int, float, np.integer, np.floating)) and isinstance(
        b, (int, float, np.integer, np.floating)
    ):
        return math.isclose(float(a), float(b), rel_tol=rtol, abs_tol=1e-12)
    if isinstance(a, (pd.Timestamp, np.datetime64)) or isinstance(b, (pd.Timestamp, np.datetime64)):
        return pd.Timestamp(a) == pd.Timestamp(b)
    return a == b


# A growth rate over a span of a few days can exceed the float range (the reference gives
# inf); whether that is reported as inf, null or with the linear fallback is not specified.
OVERFLOW_UNSPECIFIED = (
    "actual_cagr",
    "required_cagr",
    "remaining_cagr",
    "cagr_ratio",
    "projected_value",
    "projected_trend",
)


def mismatches(actual: pd.DataFrame, expected: pd.DataFrame, rtol=1e-9) -> list[str]:
    """Differences between two assessments, cell by cell (nulls equal nulls)."""
    assert list(actual["target_id"]) == list(expected["target_id"])
    numbers = expected[list(OVERFLOW_UNSPECIFIED)].astype(float)
    overflow = np.isinf(numbers.to_numpy()).any(axis=1)
    ids = expected["target_id"].tolist()
    found = []
    for column in expected.columns:
        for i, (a, e) in enumerate(zip(actual[column], expected[column], strict=True)):
            if overflow[i] and column in OVERFLOW_UNSPECIFIED:
                continue
            if not same_cell(a, e, rtol):
                found.append(f"{ids[i]}.{column}: assess={a!r} ref={e!r}")
    return found


def reference(cat, as_of, **kwargs) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ReferenceDecompositionWarning)
        return reference_assess(cat, as_of, **kwargs)


def quiet_assess(cat, as_of, **kwargs) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecompositionWarning)
        return zonetrack.assess(cat, as_of, **kwargs)


# --------------------------------------------------------------------------- statuses

# Baseline 100 at 2020-12-31 (adopted 2021-01-01), target >= 200 by 2025-12-31.
# required CAGR = 2 ** (1 / 4.9993) - 1 = 0.1487; the latest at 2022-12-31 sets the pace.
BASE = [obs("2020", 100, published="2021-03-01")]
STATUS_CASES = [
    ("no_data", [], target(), "2023-06-30", "no_data"),
    (
        "no_data_not_yet_published",
        [obs("2020", 100, published="2023-07-01")],
        target(),
        "2023-06-30",
        "no_data",
    ),
    ("achieved", [*BASE, obs("2022", 210)], target(), "2023-06-30", "achieved"),
    ("missed", [*BASE, obs("2025-12-31", 150)], target(), "2026-03-31", "missed"),
    ("overdue_unverified", [*BASE, obs("2024", 190)], target(), "2026-03-31", "overdue_unverified"),
    ("baseline_only", BASE, target(), "2023-06-30", "baseline_only"),
    ("on_track", [*BASE, obs("2022", 150)], target(), "2023-06-30", "on_track"),  # ratio 1.51
    ("moderate", [*BASE, obs("2022", 123)], target(), "2023-06-30", "moderate"),  # ratio 0.73
    ("insufficient", [*BASE, obs("2022", 105)], target(), "2023-06-30", "insufficient"),  # 0.17
    ("regressing", [*BASE, obs("2022", 90)], target(), "2023-06-30", "regressing"),
]


def test_the_status_cases_reach_every_status():
    assert {case[-1] for case in STATUS_CASES} == set(STATUSES)
    assert len(STATUSES) == 9


@pytest.mark.parametrize(
    ("name", "observations", "the_target", "as_of", "expected"),
    STATUS_CASES,
    ids=[case[0] for case in STATUS_CASES],
)
def test_status(name, observations, the_target, as_of, expected):
    row = assess_one([the_target], observations, as_of)
    assert row["status"] == expected


def test_status_thresholds_follow_the_cagr_ratio():
    """on_track from 0.95, moderate from 0.6, insufficient from 0, below that regressing."""
    required = 2 ** (1 / years("2020-12-31", "2025-12-31")) - 1
    y_bl = years("2020-12-31", "2022-12-31")
    for ratio, expected in [
        (0.96, "on_track"),
        (0.94, "moderate"),
        (0.61, "moderate"),
        (0.59, "insufficient"),
        (0.01, "insufficient"),
        (-0.01, "regressing"),
    ]:
        latest = 100 * (1 + ratio * required) ** y_bl
        row = assess_one([target()], [*BASE, obs("2022", latest)], "2023-06-30")
        approx(row["cagr_ratio"], ratio, rel=1e-6)
        assert row["status"] == expected, (ratio, row["status"])


def test_achieved_comes_before_deadline_checks():
    row = assess_one([target()], [*BASE, obs("2025-12-31", 250)], "2026-06-30")
    assert row["status"] == "achieved"


def test_achieved_only_if_the_latest_meets_the_target():
    observations = [*BASE, obs("2022", 210), obs("2023-03", 190)]  # met once, fell back
    row = assess_one([target()], observations, "2023-06-30")
    assert row["status"] == "on_track"
    approx(row["latest_value"], 190)


def test_missed_needs_an_observation_on_or_after_the_deadline():
    observations = [*BASE, obs("2025-06-30", 150), obs("2025-12-31", 160)]
    assert assess_one([target()], observations, "2026-06-30")["status"] == "missed"
    # The same catalogue before the deadline figure exists: unverified.
    observations = [*BASE, obs("2025-06-30", 150)]
    assert assess_one([target()], observations, "2026-06-30")["status"] == "overdue_unverified"


def test_deadline_passed_comes_before_baseline_only():
    row = assess_one([target()], BASE, "2026-06-30")
    assert row["status"] == "overdue_unverified"


# --------------------------------------------------------------------------- worked example


def test_worked_example_by_hand():
    """40 -> 50 -> 70 万平方米 against >= 100 万平方米 by 2025, assessed on 2023-06-30."""
    area = {"indicator": "area", "unit": "万平方米"}
    the_target = target(value=100, adopted="2021-01-01", **area)
    observations = [
        obs("2020", 40, published="2021-03-01", **area),
        obs("2021", 50, published="2022-03-01", **area),
        obs("2022", 70, published="2023-03-01", **area),
    ]
    row = assess_one([the_target], observations, "2023-06-30")

    b, latest, goal = 400_000.0, 700_000.0, 1_000_000.0  # m^2
    days_bl = 365 + 365  # 2020-12-31 -> 2022-12-31
    days_bd = 365 + 365 + 365 + 366 + 365  # 2020-12-31 -> 2025-12-31 (2024 is a leap year)
    days_ld = 365 + 366 + 365  # 2022-12-31 -> 2025-12-31
    y_bl, y_bd, y_ld = days_bl / 365.25, days_bd / 365.25, days_ld / 365.25

    assert row["unit"] == "m^2"
    approx(row["target_value"], goal)
    approx(row["baseline_value"], b)
    assert row["baseline_date"] == pd.Timestamp("2020-12-31")
    approx(row["latest_value"], latest)
    assert row["latest_date"] == pd.Timestamp("2022-12-31")
    assert row["latest_qualifier"] == "exact"
    assert row["deadline"] == pd.Timestamp("2025-12-31")

    approx(row["attainment"], 0.7)  # 70 / 100
    approx(row["gap_closed"], 0.5)  # (70 - 40) / (100 - 40)
    approx(row["expected_linear"], 400_000 + 600_000 * 730 / 1826)  # 639868.565...
    approx(row["expected_linear"], 639_868.5651697700)
    actual = 1.75 ** (1 / y_bl) - 1  # (70/40) ** (365.25/730) - 1
    required = 2.5 ** (1 / y_bd) - 1  # (100/40) ** (365.25/1826) - 1
    remaining = (10 / 7) ** (1 / y_ld) - 1  # (100/70) ** (365.25/1096) - 1
    approx(row["actual_cagr"], actual)
    approx(row["actual_cagr"], 0.3231292, rel=1e-6)
    approx(row["required_cagr"], required)
    approx(row["required_cagr"], 0.2011546, rel=1e-6)
    approx(row["remaining_cagr"], remaining)
    approx(row["remaining_cagr"], 0.1262173, rel=1e-6)
    approx(row["cagr_ratio"], actual / required)
    approx(row["cagr_ratio"], 1.606373, rel=1e-6)
    approx(row["projected_value"], latest * (1 + actual) ** y_ld)
    approx(row["projected_value"], 700_000 * 1.75 ** (1096 / 730))

    # Trend: weighted least squares of log(value) on x = years before the latest date.
    xs = [-730 / 365.25, -365 / 365.25, 0.0]
    ys = [math.log(400_000), math.log(500_000), math.log(700_000)]
    ws = [1 / (1 + 730 / 365.25), 1 / (1 + 365 / 365.25), 1.0]
    sw = sum(ws)
    x_bar = sum(w * x for w, x in zip(ws, xs, strict=True)) / sw
    y_bar = sum(w * y for w, y in zip(ws, ys, strict=True)) / sw
    slope = sum(w * (x - x_bar) * (y - y_bar) for w, x, y in zip(ws, xs, ys, strict=True)) / sum(
        w * (x - x_bar) ** 2 for w, x in zip(ws, xs, strict=True)
    )
    approx(row["projected_trend"], math.exp(y_bar + slope * (y_ld - x_bar)))

    assert row["status"] == "on_track"
    assert row["days_since_latest"] == 181  # 2022-12-31 -> 2023-06-30
    assert not row["stale"]
    assert is_null(row["children_sum"]) and is_null(row["decomposition_gap"])
    assert not row["latest_derived"]


def test_trend_needs_three_observations_from_the_baseline():
    # An observation before the baseline does not count towards the three.
    observations = [obs("2019", 80), *BASE, obs("2022", 150)]
    row = assess_one([target()], observations, "2023-06-30")
    assert is_null(row["projected_trend"])
    assert not is_null(row["projected_value"])


def test_trend_on_a_linear_scale_when_a_value_is_not_positive():
    observations = [obs("2020", 0), obs("2021", 30), obs("2022", 50)]
    row = assess_one([target(value=100)], observations, "2023-06-30")
    xs = [-730 / YEAR, -365 / YEAR, 0.0]
    ys = [0.0, 30.0, 50.0]
    ws = [1 / (1 - x) for x in xs]
    sw = sum(ws)
    x_bar = sum(w * x for w, x in zip(ws, xs, strict=True)) / sw
    y_bar = sum(w * y for w, y in zip(ws, ys, strict=True)) / sw
    slope = sum(w * (x - x_bar) * (y - y_bar) for w, x, y in zip(ws, xs, ys, strict=True)) / sum(
        w * (x - x_bar) ** 2 for w, x in zip(ws, xs, strict=True)
    )
    approx(row["projected_trend"], y_bar + slope * (1096 / YEAR - x_bar))


# --------------------------------------------------------------------------- edge cases


def test_target_met_before_adoption():
    observations = [obs("2019", 250, published="2020-03-01")]
    row = assess_one([target(adopted="2021-06-30")], observations, "2023-06-30")
    assert row["status"] == "achieved"  # achieved is decided before baseline_only
    assert row["baseline_date"] == pd.Timestamp("2019-12-31")
    approx(row["baseline_value"], 250)
    approx(row["latest_value"], 250)


def test_baseline_is_the_latest_observation_up_to_adoption():
    observations = [obs("2018", 80), obs("2019", 90), obs("2021", 120), obs("2022", 130)]
    row = assess_one([target(adopted="2020-06-30")], observations, "2023-06-30")
    assert row["baseline_date"] == pd.Timestamp("2019-12-31")
    approx(row["baseline_value"], 90)
    # Nothing on or before adoption: the earliest visible observation.
    row = assess_one([target(adopted="2017-06-30")], observations, "2023-06-30")
    assert row["baseline_date"] == pd.Timestamp("2018-12-31")
    approx(row["baseline_value"], 80)


def test_baseline_equal_to_target_and_latest_moved_away_is_regressing():
    observations = [obs("2020", 200), obs("2022", 190)]
    row = assess_one([target(value=200)], observations, "2023-06-30")
    assert is_null(row["cagr_ratio"])
    assert row["status"] == "regressing"
    approx(row["required_cagr"], 0.0)
    assert is_null(row["gap_closed"])  # (190 - 200) / (200 - 200) cannot be computed


def test_baseline_equal_to_target_and_latest_at_or_above_is_achieved():
    for latest in (200, 210):
        observations = [obs("2020", 200), obs("2022", latest)]
        row = assess_one([target(value=200)], observations, "2023-06-30")
        assert row["status"] == "achieved"


def test_zero_baseline_uses_the_linear_fallback():
    observations = [obs("2020", 0), obs("2022", 40)]
    row = assess_one([target(value=100)], observations, "2023-06-30")
    y_bl, y_bd = years("2020-12-31", "2022-12-31"), years("2020-12-31", "2025-12-31")
    y_ld = years("2022-12-31", "2025-12-31")
    assert is_null(row["actual_cagr"])
    assert is_null(row["required_cagr"])
    # remaining_cagr needs only the latest value and the target, both positive here.
    approx(row["remaining_cagr"], 2.5 ** (1 / y_ld) - 1)
    ratio = (40 / y_bl) / (100 / y_bd)  # 0.4 * 1826 / 730 = 1.0005
    approx(row["cagr_ratio"], ratio)
    approx(row["projected_value"], 40 + 40 / y_bl * y_ld)
    approx(row["gap_closed"], 0.4)
    approx(row["attainment"], 0.4)
    assert row["status"] == "on_track"


def test_negative_baseline_uses_the_linear_fallback():
    observations = [obs("2020", -50), obs("2022", 10)]
    row = assess_one([target(value=100)], observations, "2023-06-30")
    y_bl, y_bd = years("2020-12-31", "2022-12-31"), years("2020-12-31", "2025-12-31")
    y_ld = years("2022-12-31", "2025-12-31")
    assert is_null(row["actual_cagr"]) and is_null(row["required_cagr"])
    approx(row["cagr_ratio"], (60 / y_bl) / (150 / y_bd))
    approx(row["gap_closed"], 60 / 150)
    approx(row["expected_linear"], -50 + 150 * y_bl / y_bd)
    approx(row["projected_value"], 10 + 60 / y_bl * y_ld)
    assert row["status"] == "on_track"  # ratio 0.4 * 1826 / 730 = 1.0005


def test_zero_latest_uses_the_linear_fallback():
    observations = [obs("2020", 100), obs("2022", 0)]
    row = assess_one([target(value=200)], observations, "2023-06-30")
    y_bl, y_bd = years("2020-12-31", "2022-12-31"), years("2020-12-31", "2025-12-31")
    assert is_null(row["actual_cagr"]) and is_null(row["required_cagr"])
    assert is_null(row["remaining_cagr"])
    approx(row["cagr_ratio"], (-100 / y_bl) / (100 / y_bd))
    assert row["status"] == "regressing"


def test_zero_target_uses_the_linear_fallback():
    """A `<=` target of zero (e.g. eliminate a backlog): CAGRs null, linear ratio."""
    observations = [obs("2020", 100), obs("2022", 50)]
    row = assess_one([target(value=0, comparator="<=")], observations, "2023-06-30")
    y_bl, y_bd = years("2020-12-31", "2022-12-31"), years("2020-12-31", "2025-12-31")
    y_ld = years("2022-12-31", "2025-12-31")
    assert is_null(row["actual_cagr"]) and is_null(row["required_cagr"])
    assert is_null(row["remaining_cagr"])
    approx(row["cagr_ratio"], (-50 / y_bl) / (-100 / y_bd))
    approx(row["gap_closed"], 0.5)
    approx(row["projected_value"], 50 - 50 / y_bl * y_ld)
    assert row["status"] == "on_track"


def test_deadline_equal_to_latest_date():
    observations = [*BASE, obs("2025-12-31", 150)]
    row = assess_one([target()], observations, "2026-06-30")
    assert row["status"] == "missed"
    approx(row["projected_value"], 150)  # zero years to go: the latest value itself
    assert is_null(row["remaining_cagr"])


def test_deadline_equal_to_latest_date_on_the_deadline():
    observations = [*BASE, obs("2025-12-31", 150)]
    row = assess_one([target()], observations, "2025-12-31")
    # Assessed on the deadline itself: not passed yet, so judged by the ratio.
    y = years("2020-12-31", "2025-12-31")  # baseline -> latest == baseline -> deadline
    approx(row["cagr_ratio"], (1.5 ** (1 / y) - 1) / (2 ** (1 / y) - 1))
    assert row["status"] == "insufficient"  # ratio 0.568
    approx(row["projected_value"], 150)
    assert is_null(row["remaining_cagr"])


def test_remaining_cagr_while_the_deadline_is_ahead():
    observations = [*BASE, obs("2024", 190)]
    row = assess_one([target()], observations, "2025-06-30")
    approx(row["remaining_cagr"], (200 / 190) ** (1 / years("2024-12-31", "2025-12-31")) - 1)


def test_remaining_cagr_is_null_once_the_deadline_has_passed():
    """Spec: remaining_cagr only "while the deadline is ahead (else null)"."""
    observations = [*BASE, obs("2024", 190)]
    row = assess_one([target()], observations, "2026-03-31")
    assert row["status"] == "overdue_unverified"
    assert is_null(row["remaining_cagr"]), row["remaining_cagr"]


def test_one_observation_is_baseline_only():
    row = assess_one([target()], [obs("2022", 120)], "2023-06-30")
    assert row["status"] == "baseline_only"
    assert row["baseline_date"] == row["latest_date"] == pd.Timestamp("2022-12-31")
    approx(row["required_cagr"], (200 / 120) ** (1 / years("2022-12-31", "2025-12-31")) - 1)
    assert is_null(row["actual_cagr"])
    assert is_null(row["cagr_ratio"])
    assert is_null(row["projected_trend"])


def test_revision_later_published_wins():
    observations = [
        *BASE,
        obs("2022", 150, published="2023-02-01"),
        obs("2022", 110, published="2023-05-01"),  # revised down
    ]
    row = assess_one([target()], observations, "2023-06-30")
    approx(row["latest_value"], 110)
    assert row["status"] == "insufficient"
    # Before the revision was published the first figure stands.
    row = assess_one([target()], observations, "2023-03-31")
    approx(row["latest_value"], 150)
    assert row["status"] == "on_track"


def test_revision_order_in_input_does_not_matter():
    observations = [
        obs("2022", 110, published="2023-05-01"),
        *BASE,
        obs("2022", 150, published="2023-02-01"),
    ]
    row = assess_one([target()], observations, "2023-06-30")
    approx(row["latest_value"], 110)


def test_revised_baseline():
    observations = [
        obs("2020", 100, published="2021-03-01"),
        obs("2020", 120, published="2022-03-01"),
        obs("2022", 150, published="2023-03-01"),
    ]
    approx(assess_one([target()], observations, "2023-06-30")["baseline_value"], 120)
    approx(assess_one([target()], observations, "2021-06-30")["baseline_value"], 100)


def test_future_published_observations_are_invisible():
    observations = [
        *BASE,
        obs("2022", 150, published="2023-03-01"),
        obs("2023-03", 300, published="2023-07-01"),  # ref before D, published after
        obs("2023-09", 300, published="2023-06-01"),  # ref after D (a forecast)
    ]
    row = assess_one([target()], observations, "2023-06-30")
    approx(row["latest_value"], 150)
    assert row["latest_date"] == pd.Timestamp("2022-12-31")
    assert row["status"] == "on_track"


def test_observation_without_published_is_visible_from_its_ref_date():
    observations = [*BASE, obs("2023-06-30", 150, published=None)]
    assert assess_one([target()], observations, "2023-06-29")["status"] == "baseline_only"
    row = assess_one([target()], observations, "2023-06-30")
    assert row["latest_date"] == pd.Timestamp("2023-06-30")


def test_observations_of_other_zones_or_indicators_do_not_count():
    observations = [
        *BASE,
        obs("2022", 300, zone="other"),
        obs("2022", 300, indicator="area", unit="m^2"),
    ]
    row = assess_one([target()], observations, "2023-06-30")
    assert row["status"] == "baseline_only"


def test_at_most_target():
    y_bl, y_bd = years("2020-12-31", "2022-12-31"), years("2020-12-31", "2025-12-31")
    the_target = target(value=50, comparator="<=")
    row = assess_one([the_target], [*BASE, obs("2022", 70)], "2023-06-30")
    actual, required = 0.7 ** (1 / y_bl) - 1, 0.5 ** (1 / y_bd) - 1
    approx(row["cagr_ratio"], actual / required)  # 0.1633 / 0.1294 = 1.26
    assert row["status"] == "on_track"
    assert assess_one([the_target], [*BASE, obs("2022", 50)], "2023-06-30")["status"] == "achieved"
    assert assess_one([the_target], [*BASE, obs("2022", 40)], "2023-06-30")["status"] == "achieved"
    row = assess_one([the_target], [*BASE, obs("2022", 110)], "2023-06-30")
    assert row["status"] == "regressing"
    row = assess_one([the_target], [*BASE, obs("2022", 90)], "2023-06-30")
    assert row["status"] == "insufficient"  # (0.9 ** 0.5 - 1) / -0.1294 = 0.39


def test_at_most_target_qualifiers():
    the_target = target(value=50, comparator="<=")
    met = [*BASE, obs("2022", 40, qualifier="at_most")]
    assert assess_one([the_target], met, "2023-06-30")["status"] == "achieved"
    never = [*BASE, obs("2022", 40, qualifier="at_least")]
    row = assess_one([the_target], never, "2023-06-30")
    assert row["status"] == "on_track"
    assert row["latest_qualifier"] == "at_least"


def test_equal_target_above_baseline_counts_as_at_least():
    the_target = target(value=200, comparator="=")
    assert assess_one([the_target], [*BASE, obs("2022", 210)], "2023-06-30")["status"] == "achieved"
    row = assess_one([the_target], [*BASE, obs("2022", 150)], "2023-06-30")
    assert row["status"] == "on_track"
    # at_most never meets an upward target (§5.1); a figure past the target has crossed it,
    # so the good direction is now back towards it (§3.1): growing further is regressing.
    row = assess_one([the_target], [*BASE, obs("2022", 210, qualifier="at_most")], "2023-06-30")
    assert row["status"] == "regressing"
    assert row["cagr_ratio"] < 0


def test_equal_target_below_baseline_counts_as_at_most():
    the_target = target(value=50, comparator="=")
    assert assess_one([the_target], [*BASE, obs("2022", 40)], "2023-06-30")["status"] == "achieved"
    assert assess_one([the_target], [*BASE, obs("2022", 50)], "2023-06-30")["status"] == "achieved"
    row = assess_one([the_target], [*BASE, obs("2022", 70)], "2023-06-30")
    assert row["status"] == "on_track"
    row = assess_one([the_target], [*BASE, obs("2022", 110)], "2023-06-30")
    assert row["status"] == "regressing"
    # at_least never meets a downward target; past the target, falling further regresses.
    row = assess_one([the_target], [*BASE, obs("2022", 40, qualifier="at_least")], "2023-06-30")
    assert row["status"] == "regressing"


def test_equal_target_equal_to_baseline():
    """Neither above nor below the baseline: only the value itself meets an `=` target.

    Spec: `=` counts as `>=` only "when the target is above the baseline", and status 5
    is "regressing when the ratio is undefined because baseline == target and the latest
    moved away" - moving away upwards included.
    """
    the_target = target(value=100, comparator="=")
    row = assess_one([the_target], [obs("2020", 100), obs("2022", 100)], "2023-06-30")
    assert row["status"] == "achieved"
    row = assess_one([the_target], [obs("2020", 100), obs("2022", 90)], "2023-06-30")
    assert row["status"] == "regressing"
    row = assess_one([the_target], [obs("2020", 100), obs("2022", 150)], "2023-06-30")
    assert is_null(row["cagr_ratio"])
    assert row["status"] == "regressing", row["status"]


def test_at_least_observation_meets_an_at_least_target():
    row = assess_one([target()], [*BASE, obs("2022", 210, qualifier="at_least")], "2023-06-30")
    assert row["status"] == "achieved"
    assert row["latest_qualifier"] == "at_least"


def test_at_most_observation_never_meets_an_at_least_target():
    row = assess_one([target()], [*BASE, obs("2022", 250, qualifier="at_most")], "2023-06-30")
    assert row["status"] == "on_track"
    assert row["latest_qualifier"] == "at_most"
    approx(row["latest_value"], 250)
    # Nor after the deadline: a figure at the deadline that "at most" reaches it is a miss.
    row = assess_one([target()], [*BASE, obs("2025-12-31", 250, qualifier="at_most")], "2026-06-30")
    assert row["status"] == "missed"


def test_approx_is_taken_at_its_value():
    row = assess_one([target()], [*BASE, obs("2022", 200, qualifier="approx")], "2023-06-30")
    assert row["status"] == "achieved"
    assert row["latest_qualifier"] == "approx"
    approx(row["latest_value"], 200)
    row = assess_one([target()], [*BASE, obs("2022", 199, qualifier="approx")], "2023-06-30")
    assert row["status"] == "on_track"
    approx(row["attainment"], 199 / 200)


def test_stale_flag():
    observations = [*BASE, obs("2022-06-30", 150)]
    row = assess_one([target()], observations, "2023-06-30")  # 365 days
    assert row["days_since_latest"] == 365
    assert not row["stale"]
    row = assess_one([target()], observations, "2023-07-01")  # 366 days
    assert row["days_since_latest"] == 366
    assert row["stale"]
    row = assess_one([target()], observations, "2023-06-30", stale_after_days=364)
    assert row["stale"]


def test_derived_observation_marks_latest_derived():
    observations = [*BASE, obs("2022", 150, derived_from="o-a;o-b")]
    row = assess_one([target()], observations, "2023-06-30")
    assert row["latest_derived"]


# --------------------------------------------------------------------------- decomposition


def parent_and_parts(parent_value=1000, part_values=(400, 500)):
    targets = [target(value=parent_value, target_id="whole", zone="all")]
    for i, value in enumerate(part_values):
        targets.append(target(value=value, target_id=f"part{i}", zone=f"p{i}", parent="whole"))
    return targets


def test_children_sum_gap_and_warning():
    with pytest.warns(DecompositionWarning):
        frame = zonetrack.assess(catalog(parent_and_parts(1000, (400, 500)), []), "2023-06-30")
    whole = frame.set_index("target_id").loc["whole"]
    approx(whole["children_sum"], 900)
    approx(whole["decomposition_gap"], -100)
    part = frame.set_index("target_id").loc["part0"]
    assert is_null(part["children_sum"]) and is_null(part["decomposition_gap"])
    assert part["parent_target_id"] == "whole"


def test_children_covering_the_whole_do_not_warn():
    with warnings.catch_warnings():
        warnings.simplefilter("error", DecompositionWarning)
        frame = zonetrack.assess(catalog(parent_and_parts(1000, (600, 500)), []), "2023-06-30")
    whole = frame.set_index("target_id").loc["whole"]
    approx(whole["children_sum"], 1100)
    approx(whole["decomposition_gap"], 100)


def test_children_sum_is_canonical():
    targets = [target(value=100, target_id="whole", zone="all", indicator="area", unit="万平方米")]
    targets.append(
        target(60, target_id="a", zone="a", indicator="area", unit="万平方米", parent="whole")
    )
    targets.append(
        target(400_000, target_id="b", zone="b", indicator="area", unit="m^2", parent="whole")
    )
    frame = zonetrack.assess(catalog(targets, []), "2023-06-30")
    approx(frame.iloc[0]["children_sum"], 1_000_000)
    approx(frame.iloc[0]["decomposition_gap"], 0)


@ignore_decomposition
def test_parent_rolls_up_from_parts():
    observations = [
        obs("2020", 100, zone="p0"),
        obs("2022-06", 200, zone="p0"),
        obs("2020", 150, zone="p1"),
        obs("2022", 300, zone="p1"),
    ]
    frame = zonetrack.assess(catalog(parent_and_parts(), observations), "2023-06-30")
    whole = frame.set_index("target_id").loc["whole"]
    approx(whole["baseline_value"], 250)
    approx(whole["latest_value"], 500)
    assert whole["latest_date"] == pd.Timestamp("2022-06-30")  # the oldest part's latest
    assert whole["latest_derived"]
    approx(whole["attainment"], 0.5)
    approx(whole["gap_closed"], 250 / 750)
    assert whole["days_since_latest"] == 365
    for part in ("part0", "part1"):
        assert not frame.set_index("target_id").loc[part]["latest_derived"]


@ignore_decomposition
def test_rolled_up_baseline_never_comes_after_the_latest():
    """A part with only a recent figure leaves the sum with nothing older to compare."""
    observations = [
        obs("2020", 50, zone="p0"),
        obs("2022", 80, zone="p0"),
        obs("2023-03", 150, zone="p1", qualifier="at_least"),
    ]
    frame = zonetrack.assess(catalog(parent_and_parts(), observations), "2023-06-30")
    whole = frame.set_index("target_id").loc["whole"]
    assert whole["baseline_date"] <= whole["latest_date"]
    assert whole["status"] == "baseline_only"
    approx(whole["latest_value"], 230)
    # exact + at_least: the sum is at least that much
    assert whole["latest_qualifier"] == "at_least"


@ignore_decomposition
def test_parent_does_not_roll_up_when_a_part_has_no_data():
    observations = [obs("2020", 100, zone="p0"), obs("2022", 200, zone="p0")]
    frame = zonetrack.assess(catalog(parent_and_parts(), observations), "2023-06-30")
    whole = frame.set_index("target_id").loc["whole"]
    assert whole["status"] == "no_data"
    assert not whole["latest_derived"]


@ignore_decomposition
def test_parent_with_its_own_data_is_not_rolled_up():
    observations = [
        obs("2020", 100, zone="p0"),
        obs("2022", 200, zone="p0"),
        obs("2020", 150, zone="p1"),
        obs("2022", 300, zone="p1"),
        obs("2020", 260, zone="all"),
        obs("2022", 520, zone="all"),
    ]
    frame = zonetrack.assess(catalog(parent_and_parts(), observations), "2023-06-30")
    whole = frame.set_index("target_id").loc["whole"]
    approx(whole["latest_value"], 520)
    assert not whole["latest_derived"]


@ignore_decomposition
def test_roll_up_is_point_in_time():
    observations = [
        obs("2020", 100, zone="p0", published="2021-03-01"),
        obs("2020", 150, zone="p1", published="2021-03-01"),
        obs("2022", 200, zone="p0", published="2023-03-01"),
        obs("2022", 300, zone="p1", published="2023-09-01"),
    ]
    whole = zonetrack.assess(catalog(parent_and_parts(), observations), "2023-06-30").iloc[0]
    approx(whole["latest_value"], 350)  # p1's 2022 figure is not out yet
    assert whole["latest_date"] == pd.Timestamp("2020-12-31")


# --------------------------------------------------------------------------- frame shape


def test_frame_has_exactly_the_columns_and_one_row_per_target_in_order():
    ids = ["t9", "t1", "t5", "t3"]
    targets = [target(target_id=i, zone=f"z{i}") for i in ids]
    observations = [obs("2020", 100, zone="zt1"), obs("2022", 150, zone="zt1")]
    frame = zonetrack.assess(catalog(targets, observations), "2023-06-30")
    assert tuple(frame.columns) == tuple(COLUMNS)
    assert list(frame["target_id"]) == ids
    assert len(frame) == len(ids)


def test_empty_catalogue():
    frame = zonetrack.assess(make_catalog(indicators=INDICATORS), "2023-06-30")
    assert tuple(frame.columns) == tuple(COLUMNS)
    assert len(frame) == 0


def assert_no_nan_strings(frame: pd.DataFrame):
    for column in frame.columns:
        for value in frame[column]:
            if isinstance(value, str):
                assert value.strip().lower() not in {"nan", "none", "nat", "<na>", "null", ""}, (
                    column,
                    value,
                )


def test_nulls_are_never_strings():
    targets = [target(target_id="empty", zone="nowhere"), *parent_and_parts()]
    frame = quiet_assess(catalog(targets, [obs("2020", 1, zone="p0")]), "2023-06-30")
    assert_no_nan_strings(frame)
    row = frame.iloc[0]
    for column in ("latest_qualifier", "parent_target_id", "baseline_date", "latest_value"):
        assert is_null(row[column]), column


# --------------------------------------------------------------------------- random catalogues

DAY0 = pd.Timestamp("2016-01-01")
PERIODS = ["2017", "2018", "2019Q2", "2020", "2020-06", "2021", "2022Q3", "2023", "2024"]
UNITS = {
    "area": ["m^2", "万平方米", "平方米", "亩"],
    "firms": ["count", "家", "个", "万个"],
    "share": ["percent", "%"],
}


def day(n: int) -> pd.Timestamp:
    return DAY0 + pd.Timedelta(days=int(n))


dates = st.one_of(st.integers(0, 3300).map(day), st.sampled_from(PERIODS))
values = st.one_of(
    st.integers(1, 5000).map(float),
    st.floats(0.5, 1e5, allow_nan=False),
    st.sampled_from([0.0, -20.0, -1.5, 250.0]),
)


@st.composite
def catalogues(draw, max_targets=5, with_parts=True):
    """Small catalogues: a few series, several targets per series, parts under a parent."""
    series = [("z0", "area"), ("z0", "firms"), ("z1", "area"), ("z2", "share")]
    targets = []
    for i in range(draw(st.integers(1, max_targets))):
        zone, indicator = draw(st.sampled_from(series))
        targets.append(
            target(
                value=draw(values),
                comparator=draw(st.sampled_from([">=", ">=", "<=", "="])),
                deadline=draw(dates),
                adopted=draw(st.one_of(st.none(), dates)),
                target_id=f"t{i}",
                zone=zone,
                indicator=indicator,
                unit=draw(st.sampled_from(UNITS[indicator])),
            )
        )
    if with_parts and draw(st.booleans()):
        comparator = draw(st.sampled_from([">=", "<="]))
        deadline = draw(dates)
        targets.append(
            target(draw(values), comparator, deadline, "2019", "whole", zone="w", indicator="firms")
        )
        for k in range(draw(st.integers(1, 3))):
            targets.append(
                target(
                    draw(values),
                    comparator,
                    deadline,
                    "2019",
                    f"part{k}",
                    zone=f"w{k}",
                    indicator="firms",
                    parent="whole",
                )
            )
        series += [("w", "firms"), ("w0", "firms"), ("w1", "firms"), ("w2", "firms")]
    observations, seen = [], set()
    for zone, indicator in series:
        for _ in range(draw(st.integers(0, 6))):
            ref = draw(dates)
            published = draw(
                st.one_of(st.none(), st.integers(-200, 500).map(lambda n, r=ref: _after(r, n)))
            )
            ref_day = _as_day(ref)
            key = (zone, indicator, ref_day, ref_day if published is None else published)
            if key in seen:
                continue  # same date, same publication: which one wins is not specified
            seen.add(key)
            observations.append(
                obs(
                    ref,
                    draw(values),
                    published=published,
                    qualifier=draw(
                        st.sampled_from(["exact", "exact", "at_least", "at_most", "approx"])
                    ),
                    zone=zone,
                    indicator=indicator,
                    unit=draw(st.sampled_from(UNITS[indicator])),
                    derived_from=draw(st.sampled_from([None, None, None, "x"])),
                )
            )
    return targets, observations


def _as_day(value) -> pd.Timestamp:
    return value if isinstance(value, pd.Timestamp) else parse_date(value)


def _after(ref, days: int) -> pd.Timestamp:
    return _as_day(ref) + pd.Timedelta(days=days)


as_of_dates = st.integers(0, 3800).map(day)


@ignore_decomposition
@settings(NO_SHRINK, max_examples=examples(80))
@given(catalogues(), as_of_dates)
def test_assess_equals_reference_on_random_catalogues(tables, as_of):
    cat = catalog(*tables)
    frame = zonetrack.assess(cat, as_of)
    assert tuple(frame.columns) == tuple(COLUMNS)
    assert_no_nan_strings(frame)
    problems = mismatches(frame, reference(cat, as_of))
    assert not problems, "\n".join(problems)


ZONES = pd.DataFrame(
    {
        "zone_id": ["z0", "z1", "z2", "w", "w0", "w1", "w2"],
        "parent_id": [None, "z0", "z0", None, "w", "w", "w0"],
    }
)


@st.composite
def published_catalogues(draw):
    """Random catalogues whose targets come from sources published at random dates (§1.3)."""
    targets, observations = draw(catalogues())
    names = ["s0", "s1", "s2"]
    sources = pd.DataFrame({"source": names, "published": [draw(dates) for _ in names]})
    for t in targets:
        t["source"] = draw(st.sampled_from([None, *names]))
    return make_catalog(
        zones=ZONES,
        indicators=INDICATORS,
        targets=targets,
        observations=observations or None,
        sources=sources,
    )


@ignore_decomposition
@settings(NO_SHRINK, max_examples=examples(60))
@given(
    published_catalogues(),
    as_of_dates,
    st.sampled_from([None, "all", "z0", "z1", "w", "w0"]),
    st.booleans(),
    st.booleans(),
)
def test_known_targets_in_a_zone_equal_the_reference(cat, as_of, zone, only, include_unknown):
    """§1.3, §1.4, §4.1: which targets, and parts known at D only, against the reference."""
    kwargs = {
        "zone": zone,
        "only": only and zone not in (None, "all"),
        "include_unknown": include_unknown,
    }
    frame = zonetrack.assess(cat, as_of, **kwargs)
    expected = reference(cat, as_of, **kwargs)
    problems = mismatches(frame, expected)
    assert not problems, "\n".join(problems)


def numpy_catalogue(seed: int, n_targets: int = 300):
    """A larger seeded catalogue, built with numpy: many series, revisions, gaps."""
    rng = np.random.default_rng(seed)
    n_series = n_targets // 2
    targets = []
    for i in range(n_targets):
        s = int(rng.integers(0, n_series))
        targets.append(
            target(
                value=float(rng.choice([rng.integers(1, 5000), rng.uniform(-50, 5000)])),
                comparator=str(rng.choice([">=", ">=", "<=", "="])),
                deadline=day(rng.integers(800, 3600)),
                adopted=day(rng.integers(0, 2500)) if rng.random() < 0.9 else None,
                target_id=f"t{i:04d}",
                zone=f"z{s}",
            )
        )
    observations = []
    for s in range(n_series):
        refs = np.sort(rng.choice(np.arange(0, 3600, 30), size=rng.integers(0, 12), replace=False))
        for ref in refs:
            level = float(rng.choice([rng.uniform(1, 4000), rng.uniform(-30, 30)]))
            for revision in range(int(rng.choice([1, 1, 1, 2, 3]))):
                observations.append(
                    obs(
                        day(ref),
                        level * (1 + 0.05 * revision),
                        published=day(ref + 20 + 90 * revision + int(rng.integers(0, 60))),
                        qualifier=str(
                            rng.choice(["exact", "exact", "at_least", "at_most", "approx"])
                        ),
                        zone=f"z{s}",
                    )
                )
    rng.shuffle(observations)
    return targets, observations


@ignore_decomposition
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_assess_equals_reference_on_seeded_catalogues(seed):
    cat = catalog(*numpy_catalogue(seed))
    for as_of in ("2018-06-30", "2021-03-31", "2024-12-31", "2027-01-01"):
        problems = mismatches(zonetrack.assess(cat, as_of), reference(cat, as_of))
        assert not problems, f"as of {as_of}:\n" + "\n".join(problems[:40])


def numpy_panel(n_targets: int, per_target: int = 40, seed: int = 11):
    """A panel like the benchmark's: one growing series of quarterly figures per target."""
    rng = np.random.default_rng(seed)
    zones = np.array([f"p{i:05d}" for i in range(n_targets)], dtype=object)
    quarters = pd.date_range("2014-03-31", periods=per_target, freq="QE").to_numpy()
    ref = np.tile(quarters, n_targets)
    steps = rng.normal(0.02, 0.05, (n_targets, per_target))
    levels = rng.uniform(1e4, 1e6, (n_targets, 1)) * np.exp(np.cumsum(steps, axis=1))
    observations = pd.DataFrame(
        {
            "obs_id": np.arange(ref.size),
            "zone_id": np.repeat(zones, per_target),
            "indicator_id": "area",
            "value": levels.ravel(),
            "unit": "m^2",
            "qualifier": "exact",
            "ref_date": ref,
            "published": ref + rng.integers(30, 200, ref.size).astype("timedelta64[D]"),
        }
    )
    targets = pd.DataFrame(
        {
            "target_id": [f"t{i:05d}" for i in range(n_targets)],
            "zone_id": zones,
            "indicator_id": "area",
            "comparator": ">=",
            "value": levels[:, 0] * rng.uniform(2, 4, n_targets),
            "unit": "m^2",
            "deadline": pd.Timestamp("2027-12-31"),
            "adopted": pd.Timestamp("2018-06-30"),
            "parent_target_id": None,
        }
    )
    return targets, observations


def test_a_target_is_assessed_the_same_in_a_large_catalogue():
    """10,000 targets x 40 observations: the last 100 targets, against the reference and
    against the same targets assessed on their own (a result must not depend on how many
    other rows the catalogue holds)."""
    targets, observations = numpy_panel(10_000)
    indicators = INDICATORS[:1]
    full = zonetrack.assess(
        make_catalog(indicators=indicators, targets=targets, observations=observations),
        "2023-06-30",
    )
    last = targets.iloc[-100:]
    own = observations[observations["zone_id"].isin(set(last["zone_id"]))]
    alone = make_catalog(indicators=indicators, targets=last, observations=own)
    tail = full.iloc[-100:].reset_index(drop=True)
    problems = mismatches(tail, reference(alone, "2023-06-30"))
    problems += mismatches(tail, zonetrack.assess(alone, "2023-06-30"))
    assert not problems, f"{len(problems)} differences:\n" + "\n".join(problems[:10])


# --------------------------------------------------------------------------- properties


@st.composite
def growth_cases(draw):
    """A `>=` target above its baseline, deadline ahead, and two latest values."""
    # Realistic magnitudes: a baseline of 1e-300 makes every growth rate overflow.
    b = draw(st.one_of(st.integers(-100, 1000).map(float), st.floats(0.01, 1000)))
    goal = b + draw(st.floats(1, 2000, allow_nan=False))
    low = draw(st.floats(-200, 4000, allow_nan=False))
    high = low + draw(st.floats(0, 2000, allow_nan=False))
    latest_day = draw(st.integers(400, 2000))
    middle = draw(st.one_of(st.none(), st.floats(-100, 3000, allow_nan=False)))
    return {
        "baseline": b,
        "target": goal,
        "low": low,
        "high": high,
        "latest_day": latest_day,
        "as_of": latest_day + draw(st.integers(0, 400)),
        "deadline": latest_day + 400 + draw(st.integers(0, 2000)),
        "qualifier": draw(st.sampled_from(["exact", "at_least", "at_most", "approx"])),
        "middle": middle,
    }


@HYPOTHESIS
@given(growth_cases())
def test_raising_the_latest_value_never_worsens_the_status(case):
    def status(latest: float) -> str:
        observations = [obs(day(100), case["baseline"], published=day(100))]
        if case["middle"] is not None:
            observations.append(obs(day(250), case["middle"], published=day(250)))
        observations.append(
            obs(
                day(case["latest_day"]),
                latest,
                published=day(case["latest_day"]),
                qualifier=case["qualifier"],
            )
        )
        the_target = target(case["target"], ">=", day(case["deadline"]), day(150))
        return assess_one([the_target], observations, day(case["as_of"]))["status"]

    before, after = status(case["low"]), status(case["high"])
    assert before in ORDER_OF_STATUS and after in ORDER_OF_STATUS, (before, after)
    assert ORDER_OF_STATUS.index(after) >= ORDER_OF_STATUS.index(before), (before, after)


@ignore_decomposition
@settings(NO_SHRINK, max_examples=examples(30))
@given(catalogues(max_targets=4), as_of_dates, st.data())
def test_observations_published_after_the_as_of_date_change_nothing(tables, as_of, data):
    targets, observations = tables
    series = sorted({(t["zone_id"], t["indicator_id"]) for t in targets})
    late = []
    for _ in range(data.draw(st.integers(1, 6))):
        zone, indicator = data.draw(st.sampled_from(series))
        late.append(
            obs(
                data.draw(st.one_of(dates, st.just(as_of))),  # often a revision of a known date
                data.draw(values),
                published=as_of + pd.Timedelta(days=data.draw(st.integers(1, 400))),
                qualifier=data.draw(st.sampled_from(["exact", "at_least", "at_most", "approx"])),
                zone=zone,
                indicator=indicator,
                unit=UNITS[indicator][0],
            )
        )
    before = zonetrack.assess(catalog(targets, observations), as_of)
    after = zonetrack.assess(catalog(targets, observations + late), as_of)
    pd.testing.assert_frame_equal(before, after)
    after = zonetrack.assess(catalog(targets, late + observations), as_of)
    pd.testing.assert_frame_equal(before, after)


@HYPOTHESIS
@given(
    st.lists(
        st.tuples(st.integers(0, 3300), st.integers(-5, 900)),
        min_size=0,
        max_size=6,
        unique_by=lambda t: t[0],
    ),
    st.integers(1, 900),
    st.sampled_from([">=", "<=", "="]),
    st.integers(800, 3600),
    as_of_dates,
)
def test_same_figures_in_wan_square_metres_and_square_metres_agree(
    points, goal, comparator, deadline, as_of
):
    def frame(unit: str, factor: int) -> pd.DataFrame:
        area = {"indicator": "area", "unit": unit}
        observations = [obs(day(d), v * factor, published=day(d + 30), **area) for d, v in points]
        targets = [target(goal * factor, comparator, day(deadline), day(1000), **area)]
        return zonetrack.assess(catalog(targets, observations), as_of)

    wan, metres = frame("万平方米", 1), frame("m^2", 10_000)
    problems = mismatches(wan, metres)
    assert not problems, "\n".join(problems)
    assert wan["unit"].iloc[0] == metres["unit"].iloc[0] == "m^2"


# --------------------------------------------------------------------------- §1.3, §1.4, §3


def published_catalog(targets, observations=(), sources=None, zones=None):
    sources = sources or [
        {"source": "plan2020", "published": "2020-06-30"},
        {"source": "plan2024", "published": "2024-03-01"},
    ]
    return make_catalog(
        zones=zones,
        indicators=INDICATORS,
        targets=targets,
        observations=list(observations) or None,
        sources=sources,
    )


def test_only_targets_known_at_the_date_are_assessed():
    """§1.3: a target from a document published after D is not part of the assessment at D."""
    early = {**target(target_id="early"), "source": "plan2020"}
    late = {**target(target_id="late"), "source": "plan2024"}
    undated = {**target(target_id="undated"), "source": None}
    cat = published_catalog([early, late, undated])
    assert list(zonetrack.assess(cat, "2023-12-31")["target_id"]) == ["early", "undated"]
    assert list(zonetrack.assess(cat, "2024-03-01")["target_id"]) == ["early", "late", "undated"]
    everything = zonetrack.assess(cat, "2023-12-31", include_unknown=True)
    assert list(everything["target_id"]) == ["early", "late", "undated"]
    assert list(everything["known"]) == [True, False, True]


@ignore_decomposition
def test_parts_published_later_do_not_count_at_an_earlier_date():
    """§4.1, §4.2: a part from a 2024 document does not change the 2023 decomposition."""
    whole = {**target(1000, target_id="whole", zone="w"), "source": "plan2020"}
    first = {**target(400, target_id="a", zone="w0", parent="whole"), "source": "plan2020"}
    later = {**target(500, target_id="b", zone="w1", parent="whole"), "source": "plan2024"}
    observations = [obs("2022-12-31", 100, zone="w0"), obs("2022-12-31", 7, zone="w1")]
    cat = published_catalog([whole, first, later], observations)
    row = zonetrack.assess(cat, "2023-06-30").set_index("target_id").loc["whole"]
    assert row["children_sum"] == 400
    assert row["decomposition_gap"] == -600
    # rolled up from the one known part only (§4.3)
    assert row["latest_value"] == 100
    row = zonetrack.assess(cat, "2024-06-30").set_index("target_id").loc["whole"]
    assert row["children_sum"] == 900
    assert row["latest_value"] == 107


def test_a_zone_view_covers_the_zones_below_it():
    """§1.4: zone Z and every zone below it; `only` for Z alone."""
    zones = pd.DataFrame(
        {"zone_id": ["city", "district", "park", "other"],
         "parent_id": [None, "city", "district", None]}
    )  # fmt: skip
    targets = [target(target_id=f"t-{z}", zone=z) for z in ("city", "district", "park", "other")]
    cat = published_catalog(targets, zones=zones)
    ids = lambda **kw: list(zonetrack.assess(cat, "2023-06-30", **kw)["target_id"])  # noqa: E731
    assert ids(zone="city") == ["t-city", "t-district", "t-park"]
    assert ids(zone="district") == ["t-district", "t-park"]
    assert ids(zone="city", only=True) == ["t-city"]
    assert ids(zone="all") == ids() == ["t-city", "t-district", "t-park", "t-other"]
    with pytest.raises(zonetrack.UsageError):
        zonetrack.assess(cat, "2023-06-30", zone="nowhere")
    # "Only the zone itself" needs a zone; it must not quietly return every zone's targets.
    for zone in (None, "all"):
        with pytest.raises(zonetrack.UsageError, match="needs a zone") as caught:
            zonetrack.assess(cat, "2023-06-30", zone=zone, only=True)
        assert caught.value.argument == "only"


@pytest.mark.parametrize(
    ("as_of", "passed"),
    [("2025-12-30", False), ("2025-12-31", False), ("2026-01-01", True), ("2030-06-30", True)],
)
def test_deadline_passed_is_reported_with_or_without_figures(as_of, passed):
    """§3, §5: D > deadline, whatever the status (no_data included)."""
    with_figures = target(target_id="with")
    without = target(target_id="without", zone="empty")
    frame = zonetrack.assess(catalog([with_figures, without], [*BASE, obs("2022", 150)]), as_of)
    assert list(frame["deadline_passed"]) == [passed, passed]
    assert frame["status"].iloc[1] == "no_data"


# ------------------------------------------------------------- the order of a series' rows


@settings(HYPOTHESIS, max_examples=examples(40))
@given(
    st.lists(
        st.tuples(
            # Series codes up to 2**40 leave no room to pack the three keys into one int64:
            # the order must be the same either way.
            st.one_of(st.integers(0, 5), st.integers(0, 2**40)),
            st.integers(-3000, 3000),
            st.integers(-3000, 3000),
        ),
        max_size=30,
    )
)
@example([(2**40, 0, 1), (0, 5, 0), (2**40, 0, 0), (2**40, 0, 1)])  # no packed key
@example([(1, 2, 3), (1, 2, 3)])  # in order already
def test_rows_are_ordered_by_series_date_then_publication_keeping_file_order(rows) -> None:
    """A revision wins by coming last: the order is stable on (series, ref_date, published)."""
    from zonetrack.progress import _sort_order

    code, ref, pub = (np.array([r[i] for r in rows], dtype=np.int64) for i in range(3))
    order = _sort_order(code, ref, pub)
    expected = sorted(range(len(rows)), key=lambda i: rows[i])  # sorted() is stable
    got = list(range(len(rows))) if order is None else [int(i) for i in order]
    assert got == expected
