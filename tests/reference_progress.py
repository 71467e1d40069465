"""A deliberately simple reference implementation of ``zonetrack.assess``.

Written from the specification (the issue text), one target at a time with plain
Python loops, so that the vectorised engine in ``zonetrack/progress.py`` can be
checked against it. It imports nothing from ``zonetrack.progress``; it reads the
typed tables of a :class:`zonetrack.catalog.Catalog` (``value_canonical``,
``ref_date``, ``published``, ``deadline``, ``adopted``, ...).

Choices the specification leaves open (the tests do not compare these):

* a rolled-up parent's baseline date is the oldest part's baseline date, its
  qualifier is null and it has no trend;
* an ``=`` target equal to its baseline (neither ``>=`` nor ``<=`` applies) is met only
  by an exact or approximate figure equal to it;
* for a target without any visible observation ``stale`` is False and
  ``latest_derived`` is False;
* "where a value (baseline, latest or target) is zero or negative, the CAGRs are
  null" is read for ``actual_cagr`` and ``required_cagr`` (the bullet it stands in);
  ``remaining_cagr`` is null when the latest value or the target is not positive, as
  its formula involves only those two.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import pandas as pd

__all__ = ["COLUMNS", "ORDER_OF_STATUS", "ReferenceDecompositionWarning", "reference_assess"]

YEAR_DAYS = 365.25

COLUMNS = (
    "target_id",
    "zone_id",
    "indicator_id",
    "comparator",
    "target_value",
    "unit",
    "deadline",
    "baseline_value",
    "baseline_date",
    "latest_value",
    "latest_date",
    "latest_qualifier",
    "attainment",
    "gap_closed",
    "expected_linear",
    "actual_cagr",
    "required_cagr",
    "remaining_cagr",
    "cagr_ratio",
    "projected_value",
    "projected_trend",
    "status",
    "days_since_latest",
    "stale",
    "parent_target_id",
    "children_sum",
    "decomposition_gap",
    "latest_derived",
)

# Worst to best, for the statuses a target with its deadline ahead can have.
ORDER_OF_STATUS = ("regressing", "insufficient", "moderate", "on_track", "achieved")

ON_TRACK = 0.95
MODERATE = 0.6


class ReferenceDecompositionWarning(UserWarning):
    """The parts of a target do not cover the whole."""


@dataclass
class Obs:
    ref_date: pd.Timestamp
    published: pd.Timestamp
    value: float
    qualifier: str
    derived: bool


def years(start: pd.Timestamp, end: pd.Timestamp) -> float:
    """Years from ``start`` to ``end``: days / 365.25."""
    return ((end - start) / pd.Timedelta(days=1)) / YEAR_DAYS


def _null(value: object) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def visible_series(observations: list[Obs], as_of: pd.Timestamp) -> list[Obs]:
    """The observations visible at ``as_of``, one per ref_date (latest published), by date."""
    visible = [o for o in observations if o.ref_date <= as_of and o.published <= as_of]
    by_date: dict[pd.Timestamp, Obs] = {}
    for obs in sorted(visible, key=lambda o: o.published):  # stable: input order on ties
        by_date[obs.ref_date] = obs
    return [by_date[d] for d in sorted(by_date)]


def baseline_of(series: list[Obs], adopted: pd.Timestamp | None) -> Obs:
    """Latest visible observation on or before adoption, else the earliest visible one."""
    if adopted is not None and not pd.isna(adopted):
        before = [o for o in series if o.ref_date <= adopted]
        if before:
            return before[-1]
    return series[0]


def direction(comparator: str, target: float, baseline: float | None) -> str | None:
    """``"up"``, ``"down"`` or None (an ``=`` target equal to its baseline)."""
    if comparator == ">=":
        return "up"
    if comparator == "<=":
        return "down"
    if baseline is None or target == baseline:
        return None
    return "up" if target > baseline else "down"


def meets(value: float, qualifier: str | None, way: str | None, target: float) -> bool:
    """Whether an observation (value, qualifier) meets the target in direction ``way``."""
    qualifier = qualifier or "exact"
    if way == "up":
        return qualifier in ("exact", "approx", "at_least") and value >= target
    if way == "down":
        return qualifier in ("exact", "approx", "at_most") and value <= target
    return qualifier in ("exact", "approx") and value == target


def power(base: float, exponent: float) -> float:
    """``base ** exponent`` with IEEE overflow to infinity (as numpy has it)."""
    try:
        return base**exponent
    except OverflowError:
        return math.inf


def _exp(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def _wls_prediction(xs: list[float], ys: list[float], ws: list[float], x_new: float) -> float:
    total = sum(ws)
    x_bar = sum(w * x for w, x in zip(ws, xs, strict=True)) / total
    y_bar = sum(w * y for w, y in zip(ws, ys, strict=True)) / total
    sxx = sum(w * (x - x_bar) ** 2 for w, x in zip(ws, xs, strict=True))
    sxy = sum(w * (x - x_bar) * (y - y_bar) for w, x, y in zip(ws, xs, ys, strict=True))
    slope = sxy / sxx
    return y_bar + slope * (x_new - x_bar)


def trend_projection(points: list[Obs], latest_date: pd.Timestamp, deadline: pd.Timestamp):
    """Weighted log-linear (or linear) fit over ``points``, predicted at the deadline."""
    if len(points) < 3:
        return None
    xs = [years(latest_date, o.ref_date) for o in points]  # <= 0
    ws = [1.0 / (1.0 + (-x)) for x in xs]
    values = [o.value for o in points]
    x_new = years(latest_date, deadline)
    if all(v > 0 for v in values):
        return _exp(_wls_prediction(xs, [math.log(v) for v in values], ws, x_new))
    return _wls_prediction(xs, values, ws, x_new)


def _metrics(row: dict, b: float, tb, lv: float, tl, target: float, deadline, as_of) -> None:
    """Fill the numeric columns of ``row`` from baseline, latest and target."""
    y_bl = years(tb, tl)
    y_bd = years(tb, deadline)
    y_ld = years(tl, deadline)
    positive = b > 0 and lv > 0 and target > 0

    row["attainment"] = lv / target if target != 0 else None
    row["gap_closed"] = (lv - b) / (target - b) if target != b else None
    row["expected_linear"] = b + (target - b) * y_bl / y_bd if y_bd != 0 else None

    actual = required = remaining = ratio = None
    if positive:
        if y_bl != 0:
            actual = power(lv / b, 1.0 / y_bl) - 1.0
        if y_bd != 0:
            required = power(target / b, 1.0 / y_bd) - 1.0
        if actual is not None and required is not None and required != 0:
            ratio = actual / required
    elif y_bl != 0 and y_bd != 0 and target != b:
        ratio = ((lv - b) / y_bl) / ((target - b) / y_bd)
    # remaining_cagr involves only the latest value and the target (see the module notes).
    # "While the deadline is ahead": still in the future at the as-of date.
    if lv > 0 and target > 0 and deadline > as_of and y_ld != 0:
        remaining = power(target / lv, 1.0 / y_ld) - 1.0
    row["actual_cagr"] = actual
    row["required_cagr"] = required
    row["remaining_cagr"] = remaining
    row["cagr_ratio"] = ratio

    projected = None
    if tl <= deadline and y_bl != 0:
        if positive:
            projected = lv * power(1.0 + actual, y_ld)
        else:
            projected = lv + (lv - b) / y_bl * y_ld
    row["projected_value"] = projected


def _status(row: dict, way, meets_now: bool, checked_after_deadline: bool, as_of) -> str:
    if meets_now:
        return "achieved"
    if as_of > row["deadline"]:
        return "missed" if checked_after_deadline else "overdue_unverified"
    if row["latest_date"] == row["baseline_date"]:
        return "baseline_only"
    ratio = row["cagr_ratio"]
    if ratio is None or (isinstance(ratio, float) and math.isnan(ratio)):
        # Undefined only when baseline == target; the latest has moved away (else: achieved).
        return "regressing"
    if ratio >= ON_TRACK:
        return "on_track"
    if ratio >= MODERATE:
        return "moderate"
    if ratio >= 0:
        return "insufficient"
    return "regressing"


def reference_assess(catalog, as_of, stale_after_days: int = 365) -> pd.DataFrame:
    """Assess every target of ``catalog`` at ``as_of``, one target at a time."""
    as_of = pd.Timestamp(as_of).normalize()
    targets = [dict(r) for r in catalog.targets.to_dict("records")]

    # Observations per (zone, indicator), in input order.
    series_of: dict[tuple, list[Obs]] = {}
    obs = catalog.observations
    derived = obs["derived"] if "derived" in obs else pd.Series(False, index=obs.index)
    for zone, indicator, ref, pub, value, qual, der in zip(
        obs["zone_id"],
        obs["indicator_id"],
        obs["ref_date"],
        obs["published"],
        obs["value_canonical"],
        obs["qualifier"],
        derived,
        strict=True,
    ):
        pub = ref if _null(pub) else pub
        qual = "exact" if _null(qual) or qual == "" else qual
        series_of.setdefault((zone, indicator), []).append(
            Obs(pd.Timestamp(ref), pd.Timestamp(pub), float(value), qual, bool(der))
        )

    children: dict[str, list[dict]] = {}
    for t in targets:
        if not _null(t["parent_target_id"]):
            children.setdefault(t["parent_target_id"], []).append(t)

    def own(t: dict) -> list[Obs]:
        return visible_series(series_of.get((t["zone_id"], t["indicator_id"]), []), as_of)

    rows = []
    for t in targets:
        target = float(t["value_canonical"])
        deadline = pd.Timestamp(t["deadline"])
        adopted = None if _null(t["adopted"]) else pd.Timestamp(t["adopted"])
        row: dict = dict.fromkeys(COLUMNS)
        row.update(
            target_id=t["target_id"],
            zone_id=t["zone_id"],
            indicator_id=t["indicator_id"],
            comparator=t["comparator"],
            target_value=target,
            unit=t["unit_canonical"],
            deadline=deadline,
            parent_target_id=None if _null(t["parent_target_id"]) else t["parent_target_id"],
            stale=False,
            latest_derived=False,
        )
        parts = children.get(t["target_id"], [])
        if parts:
            row["children_sum"] = sum(float(p["value_canonical"]) for p in parts)
            row["decomposition_gap"] = row["children_sum"] - target
            short = (
                row["children_sum"] < target
                if t["comparator"] != "<="
                else row["children_sum"] > target
            )
            if short:
                warnings.warn(
                    f"parts of {t['target_id']} do not cover it",
                    ReferenceDecompositionWarning,
                    stacklevel=2,
                )

        series = own(t)
        if series:
            base = baseline_of(series, adopted)
            latest = series[-1]
            b, tb, lv, tl = base.value, base.ref_date, latest.value, latest.ref_date
            qualifier = latest.qualifier
            row["latest_derived"] = latest.derived
            points = [o for o in series if tb <= o.ref_date <= tl]
            checked_after_deadline = any(o.ref_date >= deadline for o in series)
        elif parts and all(own(p) for p in parts):
            b = lv = 0.0
            tbs, tls = [], []
            for p in parts:
                p_series = own(p)
                p_adopted = None if _null(p["adopted"]) else pd.Timestamp(p["adopted"])
                p_base = baseline_of(p_series, p_adopted)
                b += p_base.value
                lv += p_series[-1].value
                tbs.append(p_base.ref_date)
                tls.append(p_series[-1].ref_date)
            tb, tl = min(tbs), min(tls)
            qualifier = None
            row["latest_derived"] = True
            points = []
            checked_after_deadline = tl >= deadline
        else:
            row["status"] = "no_data"
            rows.append(row)
            continue

        row.update(
            baseline_value=b,
            baseline_date=tb,
            latest_value=lv,
            latest_date=tl,
            latest_qualifier=qualifier,
        )
        _metrics(row, b, tb, lv, tl, target, deadline, as_of)
        if tl <= deadline:
            row["projected_trend"] = trend_projection(points, tl, deadline)
        way = direction(t["comparator"], target, b)
        row["status"] = _status(
            row, way, meets(lv, qualifier, way, target), checked_after_deadline, as_of
        )
        row["days_since_latest"] = (as_of - tl).days
        row["stale"] = row["days_since_latest"] > stale_after_days
        rows.append(row)

    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("deadline", "baseline_date", "latest_date"):
        frame[column] = pd.to_datetime(frame[column])
    return frame
