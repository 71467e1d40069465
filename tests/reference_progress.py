"""A loop-per-target reference implementation of ``zonetrack.assess``.

Written from ``docs/method.md`` alone, section by section (the § numbers below are
its sections), one target at a time with plain Python, so that the vectorised engine
in ``zonetrack/progress.py`` can be checked against it. It imports nothing from
``zonetrack.progress``; it reads the typed tables of a :class:`zonetrack.catalog.Catalog`
(``value_canonical``, ``ref_date``, ``published``, ``deadline``, ``adopted``,
``source``) and the sources' ``published_date``.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import pandas as pd

__all__ = ["COLUMNS", "ORDER_OF_STATUS", "ReferenceDecompositionWarning", "reference_assess"]

YEAR_DAYS = 365.25
STALE_AFTER_DAYS = 365
ON_TRACK = 0.95
MODERATE = 0.6

COLUMNS = (
    "target_id",
    "zone_id",
    "indicator_id",
    "comparator",
    "target_value",
    "unit",
    "deadline",
    "deadline_passed",
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


class ReferenceDecompositionWarning(UserWarning):
    """The parts of a target do not cover the whole (§4.2)."""


@dataclass
class Obs:
    ref_date: pd.Timestamp
    published: pd.Timestamp
    value: float
    qualifier: str
    derived: bool


@dataclass
class Figures:
    """A target's baseline and latest figure, own (§2) or rolled up (§4.3)."""

    b: float
    tb: pd.Timestamp
    x: float
    tx: pd.Timestamp
    qualifier: str | None
    derived: bool
    points: list[Obs]  # the figures from the baseline to the latest, for the trend (§3.3)
    rolled_up: bool


def years(start: pd.Timestamp, end: pd.Timestamp) -> float:
    """Years from ``start`` to ``end``: days / 365.25 (§1)."""
    return ((end - start) / pd.Timedelta(days=1)) / YEAR_DAYS


def _null(value: object) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def power(base: float, exponent: float) -> float:
    """``base ** exponent`` with IEEE overflow to infinity (as numpy has it)."""
    try:
        return base**exponent
    except OverflowError:
        return math.inf


def _div(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b == 0:
        return None
    return a / b


# --------------------------------------------------------------------------- §1, §2


def visible_series(observations: list[Obs], as_of: pd.Timestamp) -> list[Obs]:
    """§1.1 visible at ``as_of``; §1.2 one per ref_date, the last published; §2.1 by date."""
    visible = [o for o in observations if o.ref_date <= as_of and o.published <= as_of]
    by_date: dict[pd.Timestamp, Obs] = {}
    for obs in sorted(visible, key=lambda o: o.published):  # stable: file order on ties
        by_date[obs.ref_date] = obs
    return [by_date[d] for d in sorted(by_date)]


def baseline_of(series: list[Obs], adopted: pd.Timestamp | None) -> Obs:
    """§2.3: the last figure on or before adoption, else the first."""
    if adopted is not None:
        before = [o for o in series if o.ref_date <= adopted]
        if before:
            return before[-1]
    return series[0]


def known(target: dict, source_dates: dict, as_of: pd.Timestamp) -> bool:
    """§1.3: the target's source was published on or before ``as_of`` (no date: known)."""
    when = source_dates.get(target.get("source"))
    return when is None or _null(when) or pd.Timestamp(when) <= as_of


def subtree(zones: pd.DataFrame, zone: str) -> set[str]:
    """§1.4: ``zone`` and every zone below it."""
    out, todo = set(), [zone]
    while todo:
        current = todo.pop()
        out.add(current)
        todo.extend(
            z
            for z, p in zip(zones["zone_id"], zones["parent_id"], strict=True)
            if p == current and z not in out
        )
    return out


# --------------------------------------------------------------------------- §3


def direction(comparator: str, target: float, b: float, x: float) -> int:
    """§3.1: d = +1 for >=, -1 for <=; for =, the side of the target, from b or once crossed x."""
    if comparator == ">=":
        return 1
    if comparator == "<=":
        return -1

    def sign(v: float) -> int:
        return (v > 0) - (v < 0)

    from_b, from_x = sign(target - b), sign(target - x)
    crossed = from_b != 0 and from_x != 0 and from_x != from_b
    return from_x if crossed else from_b


def meets(x: float, qualifier: str | None, comparator: str, target: float, b: float) -> bool:
    """§5.1."""
    qualifier = qualifier or "exact"
    way = comparator
    if comparator == "=":
        way = ">=" if target > b else "<=" if target < b else "="
    if way == ">=":
        return x >= target and qualifier != "at_most"
    if way == "<=":
        return x <= target and qualifier != "at_least"
    return x == target and qualifier in ("exact", "approx")


def _wls(xs: list[float], ys: list[float], ws: list[float], at: float) -> float | None:
    total = sum(ws)
    x_bar = sum(w * x for w, x in zip(ws, xs, strict=True)) / total
    y_bar = sum(w * y for w, y in zip(ws, ys, strict=True)) / total
    sxx = sum(w * (x - x_bar) ** 2 for w, x in zip(ws, xs, strict=True))
    if sxx == 0:
        return None
    sxy = sum(w * (x - x_bar) * (y - y_bar) for w, x, y in zip(ws, xs, ys, strict=True))
    return y_bar + sxy / sxx * (at - x_bar)


def trend(points: list[Obs], tx: pd.Timestamp, deadline: pd.Timestamp) -> float | None:
    """§3.3."""
    if len(points) < 3 or tx > deadline:
        return None
    ages = [years(o.ref_date, tx) for o in points]
    ws = [1.0 / (1.0 + a) for a in ages]
    xs = [-a for a in ages]
    values = [o.value for o in points]
    at = years(tx, deadline)
    if all(v > 0 for v in values):
        fitted = _wls(xs, [math.log(v) for v in values], ws, at)
        if fitted is None:
            return None
        try:
            return math.exp(fitted)
        except OverflowError:
            return math.inf
    return _wls(xs, values, ws, at)


def measures(f: Figures, comparator: str, target: float, deadline, as_of) -> dict:
    """§3 and §3.1, §3.2, §3.3."""
    b, tb, x, tx, t = f.b, f.tb, f.x, f.tx, target
    y_bx, y_bt, y_xt = years(tb, tx), years(tb, deadline), years(tx, deadline)
    positive = b > 0 and x > 0 and t > 0
    actual_cagr = power(x / b, 1 / y_bx) - 1 if positive and tx > tb else None
    required_cagr = power(t / b, 1 / y_bt) - 1 if positive and deadline > tb else None
    actual_rate = (x - b) / y_bx if tx > tb else None
    required_rate = (t - b) / y_bt if deadline > tb else None
    if positive:
        achieved, required = actual_cagr, required_cagr
    else:
        achieved, required = actual_rate, required_rate
    ratio = None
    if achieved is not None and required is not None and required != 0:
        ratio = direction(comparator, t, b, x) * achieved / abs(required)
    projected = None
    if tx <= deadline:
        if actual_cagr is not None:
            projected = x * power(1 + actual_cagr, y_xt)
        elif actual_rate is not None:
            projected = x + actual_rate * y_xt
    return {
        "attainment": _div(x, t),
        "gap_closed": _div(x - b, t - b),
        "expected_linear": b + (t - b) * y_bx / y_bt if deadline > tb else None,
        "actual_cagr": actual_cagr,
        "required_cagr": required_cagr,
        "remaining_cagr": (
            power(t / x, 1 / y_xt) - 1 if x > 0 and t > 0 and deadline > as_of else None
        ),
        "cagr_ratio": ratio,
        "projected_value": projected,
        "projected_trend": None if f.rolled_up else trend(f.points, tx, deadline),
    }


# --------------------------------------------------------------------------- §5


def status(f: Figures | None, row: dict, t: dict, as_of: pd.Timestamp) -> str:
    """§5, first rule that applies."""
    if f is None:
        return "no_data"
    if meets(f.x, f.qualifier, t["comparator"], row["target_value"], f.b):
        return "achieved"
    if as_of > row["deadline"]:
        return "missed" if f.tx >= row["deadline"] else "overdue_unverified"
    if f.tx == f.tb:
        return "baseline_only"
    ratio = row["cagr_ratio"]
    if ratio is None or math.isnan(ratio) or ratio < 0:
        return "regressing"
    if ratio >= ON_TRACK:
        return "on_track"
    if ratio >= MODERATE:
        return "moderate"
    return "insufficient"


# --------------------------------------------------------------------------- the loop


def _series_of(catalog) -> dict[tuple, list[Obs]]:
    series: dict[tuple, list[Obs]] = {}
    o = catalog.observations
    derived = o["derived"] if "derived" in o else pd.Series(False, index=o.index)
    for zone, indicator, ref, pub, value, qual, der in zip(
        o["zone_id"],
        o["indicator_id"],
        o["ref_date"],
        o["published"],
        o["value_canonical"],
        o["qualifier"],
        derived,
        strict=True,
    ):
        pub = ref if _null(pub) else pub
        qual = "exact" if _null(qual) or qual == "" else qual
        series.setdefault((zone, indicator), []).append(
            Obs(pd.Timestamp(ref), pd.Timestamp(pub), float(value), qual, bool(der))
        )
    return series


def _combined(qualifiers: list[str | None]) -> str:
    """§4.3: the qualifier of a sum."""
    kinds = {q or "exact" for q in qualifiers}
    for single in ("exact", "at_least", "at_most"):
        if kinds <= {"exact", single}:
            return single
    return "approx"


def reference_assess(
    catalog,
    as_of,
    *,
    zone: str | None = None,
    only: bool = False,
    include_unknown: bool = False,
    stale_after_days: int = STALE_AFTER_DAYS,
) -> pd.DataFrame:
    """Assess every target of ``catalog`` at ``as_of``, one target at a time."""
    as_of = pd.Timestamp(as_of).normalize()
    sources = catalog.sources
    source_dates = (
        dict(zip(sources["source"], sources["published_date"], strict=True))
        if "published_date" in sources
        else {}
    )
    all_targets = [dict(r) for r in catalog.targets.to_dict("records")]
    is_known = {t["target_id"]: known(t, source_dates, as_of) for t in all_targets}
    series_of = _series_of(catalog)

    # §4.1: only known parts count.
    parts_of: dict[str, list[dict]] = {}
    for t in all_targets:
        if not _null(t.get("parent_target_id")) and is_known[t["target_id"]]:
            parts_of.setdefault(t["parent_target_id"], []).append(t)

    memo: dict[str, Figures | None] = {}

    def figures(t: dict) -> Figures | None:
        tid = t["target_id"]
        if tid in memo:
            return memo[tid]
        memo[tid] = None  # a cycle (rejected by validation) rolls up nothing
        series = visible_series(series_of.get((t["zone_id"], t["indicator_id"]), []), as_of)
        adopted = None if _null(t.get("adopted")) else pd.Timestamp(t["adopted"])
        result = None
        if series:
            base = baseline_of(series, adopted)
            latest = series[-1]
            result = Figures(
                base.value,
                base.ref_date,
                latest.value,
                latest.ref_date,
                latest.qualifier,
                latest.derived,
                [o for o in series if base.ref_date <= o.ref_date],
                False,
            )
        else:
            parts = [figures(p) for p in parts_of.get(tid, [])]
            if parts and all(p is not None for p in parts):
                tb = max(p.tb for p in parts)
                tx = min(p.tx for p in parts)
                b = sum(p.b for p in parts)
                x = sum(p.x for p in parts)
                if tb > tx:
                    b, tb = x, tx
                result = Figures(
                    b, tb, x, tx, _combined([p.qualifier for p in parts]), True, [], True
                )
        memo[tid] = result
        return result

    view = None
    if zone is not None and zone != "all":
        view = {zone} if only else subtree(catalog.zones, zone)

    rows = []
    for t in all_targets:
        if not include_unknown and not is_known[t["target_id"]]:
            continue
        if view is not None and t["zone_id"] not in view:
            continue
        target = float(t["value_canonical"])
        deadline = pd.Timestamp(t["deadline"])
        row: dict = dict.fromkeys(COLUMNS)
        row.update(
            target_id=t["target_id"],
            zone_id=t["zone_id"],
            indicator_id=t["indicator_id"],
            comparator=t["comparator"],
            target_value=target,
            unit=t["unit_canonical"],
            deadline=deadline,
            deadline_passed=as_of > deadline,
            parent_target_id=None if _null(t.get("parent_target_id")) else t["parent_target_id"],
            stale=False,
            latest_derived=False,
        )
        parts = parts_of.get(t["target_id"], [])
        if parts:
            row["children_sum"] = sum(float(p["value_canonical"]) for p in parts)
            row["decomposition_gap"] = row["children_sum"] - target
            short = (
                row["children_sum"] > target
                if t["comparator"] == "<="
                else row["children_sum"] < target
            )
            if short:
                warnings.warn(
                    f"parts of {t['target_id']} do not cover it",
                    ReferenceDecompositionWarning,
                    stacklevel=2,
                )
        f = figures(t)
        if f is not None:
            row.update(
                baseline_value=f.b,
                baseline_date=f.tb,
                latest_value=f.x,
                latest_date=f.tx,
                latest_qualifier=f.qualifier,
                latest_derived=f.derived,
                days_since_latest=(as_of - f.tx).days,
            )
            row["stale"] = row["days_since_latest"] > stale_after_days
            row.update(measures(f, t["comparator"], target, deadline, as_of))
        row["status"] = status(f, row, t, as_of)
        if include_unknown:
            row["known"] = is_known[t["target_id"]]
        rows.append(row)

    columns = [*COLUMNS, "known"] if include_unknown else list(COLUMNS)
    frame = pd.DataFrame(rows, columns=columns)
    for column in ("deadline", "baseline_date", "latest_date"):
        frame[column] = pd.to_datetime(frame[column])
    return frame
