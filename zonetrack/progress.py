"""Point-in-time assessment of every target against its baseline.

``assess(catalog, as_of)`` answers, for each target known at a date: where did it
start, where is it now, how fast is it moving compared with the pace it needs,
where will it be at its deadline, and what is its status. It sees only what was
published by the as-of date, so an assessment never changes when later figures
arrive. ``docs/method.md`` is the single statement of the method; its section
numbers (§) are cited below.

The computation is vectorised over the whole catalogue: observations are sorted
once by (series, date) and baselines are found with ``numpy.searchsorted``, an
as-of merge, so the cost grows with the number of rows, not with a Python loop.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import config
from .catalog import Catalog, check_catalog, load_catalog
from .dates import YEAR_DAYS, parse_as_of
from .exceptions import UsageError
from .qualifiers import QUALIFIERS

__all__ = [
    "COLUMNS",
    "STATUSES",
    "DecompositionWarning",
    "assess",
    "known_targets",
    "select_targets",
    "status_table",
    "target_published",
    "visible_observations",
]

STATUSES = (
    "no_data",
    "achieved",
    "missed",
    "overdue_unverified",
    "baseline_only",
    "on_track",
    "moderate",
    "insufficient",
    "regressing",
)

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

ON_TRACK, MODERATE = 0.95, 0.6
_QUALIFIERS = np.array(QUALIFIERS, dtype=object)

_DAY_NS = 86_400 * 10**9
_DAY_OFFSET = 200_000  # days before 1970 still sort as positive keys
_SERIES_STRIDE = 1 << 20  # > any shifted day number, so (series, day) packs into one int64
_DENSE_LOOKUP_MAX = 1 << 24  # (zone, indicator) pairs: 128 MB of int64 at most


class DecompositionWarning(UserWarning):
    """The parts of a decomposed target do not add up to the whole."""


@dataclass
class _Series:
    """Visible observations sorted by (series code, ref_date), one row per date."""

    code: np.ndarray
    day: np.ndarray
    value: np.ndarray
    qualifier: np.ndarray
    derived: np.ndarray
    key: np.ndarray


def _days(values: pd.Series | pd.DatetimeIndex) -> np.ndarray:
    return np.asarray(values, dtype="datetime64[ns]").astype(np.int64) // _DAY_NS


def _visible_series(obs: pd.DataFrame, codes: np.ndarray, as_of_day: int) -> _Series:
    ref = _days(obs["ref_date"])
    pub = _days(obs["published"])
    keep = (ref <= as_of_day) & (pub <= as_of_day) & (codes >= 0)
    code, ref, pub = codes[keep], ref[keep], pub[keep]
    value = obs["value_canonical"].to_numpy(dtype=float)[keep]
    # Qualifiers travel as small integer codes; strings only for the rows that are output.
    qualifier = _codes_in(pd.Index(_QUALIFIERS), obs["qualifier"])[keep]
    derived = obs["derived"].to_numpy(dtype=bool)[keep]
    # A revision (same series and ref_date, published later) replaces the earlier figure;
    # the stable sort keeps file order among equal publication dates, and the last wins.
    order = _sort_order(code, ref, pub)
    if order is not None:
        code, ref, value, qualifier, derived = (
            a[order] for a in (code, ref, value, qualifier, derived)
        )
    last = np.ones(len(code), dtype=bool)
    last[:-1] = (code[1:] != code[:-1]) | (ref[1:] != ref[:-1])
    code, ref, value, qualifier, derived = (a[last] for a in (code, ref, value, qualifier, derived))
    key = code.astype(np.int64) * _SERIES_STRIDE + (ref + _DAY_OFFSET)
    return _Series(code, ref, value, qualifier, derived, key)


def _qualifier_names(codes: np.ndarray) -> np.ndarray:
    names = _QUALIFIERS[np.clip(codes, 0, len(_QUALIFIERS) - 1)]
    return np.asarray(np.where(codes >= 0, names, None), dtype=object)


def _sort_order(code: np.ndarray, ref: np.ndarray, pub: np.ndarray) -> np.ndarray | None:
    """Stable order by (series, ref_date, published); None when the rows are in order already.

    The three keys are packed into one int64 when they fit, so that a catalogue kept in
    order costs one linear check instead of a sort.
    """
    if not len(code):
        return None
    lo = min(ref.min(), pub.min())
    bits = int(max(ref.max(), pub.max()) - lo + 1).bit_length()
    if int(code.max()).bit_length() + 2 * bits >= 63:
        return np.lexsort((pub, ref, code))
    key = (code << (2 * bits)) | ((ref - lo) << bits) | (pub - lo)
    if (key[1:] >= key[:-1]).all():
        return None
    return np.argsort(key, kind="stable")


def _codes_in(index: pd.Index, values: pd.Series) -> np.ndarray:
    """Position of each value in ``index`` (-1 if absent); categorical columns cost no hashing."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        lookup = np.append(index.get_indexer(values.cat.categories), -1)
        return lookup[values.cat.codes.to_numpy()]  # code -1 (missing) picks the appended -1
    return index.get_indexer(np.asarray(values, dtype=object))


def _factor_codes(target_values: pd.Series, obs_values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of one key column, shared by targets and observations (-1: no target)."""
    index = pd.Index(pd.unique(np.asarray(target_values, dtype=object)))
    return _codes_in(index, target_values).astype(np.int64), _codes_in(index, obs_values)


def _series_codes(targets: pd.DataFrame, obs: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Integer code per (zone, indicator) series that has a target; -1 for other observations."""
    tz, oz = _factor_codes(targets["zone_id"], obs["zone_id"])
    ti, oi = _factor_codes(targets["indicator_id"], obs["indicator_id"])
    n_ind = int(ti.max()) + 1 if len(ti) else 1
    t_raw = tz * n_ind + ti
    o_raw = np.where((oz >= 0) & (oi >= 0), oz.astype(np.int64) * n_ind + oi, -1)
    series, t_codes = np.unique(t_raw, return_inverse=True)
    if not len(series):
        return t_codes.astype(np.int64), np.full(len(o_raw), -1, dtype=np.int64)
    size = int(series[-1]) + 1
    if size <= _DENSE_LOOKUP_MAX:
        # A dense table: one gather per observation instead of a binary search in random
        # order, which is what a shuffled catalogue costs.
        table = np.full(size + 1, -1, dtype=np.int64)
        table[series] = np.arange(len(series))
        return t_codes.astype(np.int64), table[np.where(o_raw >= 0, o_raw, size)]
    pos = np.clip(np.searchsorted(series, o_raw), 0, len(series) - 1)
    o_codes = np.where((o_raw >= 0) & (series[pos] == o_raw), pos, -1)
    return t_codes.astype(np.int64), o_codes.astype(np.int64)


def assess(
    catalog: Catalog,
    as_of: str | pd.Timestamp | None = None,
    *,
    zone: str | None = None,
    only: bool = False,
    include_unknown: bool = False,
    stale_after_days: int = config.STALE_AFTER_DAYS,
) -> pd.DataFrame:
    """Assess the targets of ``catalog`` known at a date (``docs/method.md``).

    Parameters
    ----------
    catalog : Catalog
        From :func:`zonetrack.load_catalog` (or a what-if copy of it).
    as_of : date-like, optional
        The as-of date D (default: today). Only observations with ``ref_date <= D``
        and ``published <= D`` are seen (§1.1), and only targets whose source was
        published by D are assessed (§1.3).
    zone : str, optional
        Only the targets of this zone and the zones below it (§1.4); ``"all"`` or None:
        every zone.
    only : bool
        With ``zone``: that zone's own targets, not those of the zones below it.
    include_unknown : bool
        Also return the targets not yet published at D, with a ``known`` column.
    stale_after_days : int
        The latest figure is ``stale`` when older than this at D.

    Returns
    -------
    pandas.DataFrame
        One row per selected target in catalogue order, columns :data:`COLUMNS` (plus
        ``known`` with ``include_unknown``), values in the indicator's canonical unit;
        null where a figure cannot be computed.
    """
    as_of_ts = parse_as_of(as_of)
    as_of_day = int(_days(pd.DatetimeIndex([as_of_ts]))[0])
    catalog = check_catalog(catalog)
    targets = catalog.targets.reset_index(drop=True)
    known = known_targets(catalog, as_of_ts).to_numpy()
    # Parts not yet published at D are parts of nothing (§4.1).
    parents = targets["parent_target_id"].where(known, None)
    t_code, o_code = _series_codes(targets, catalog.observations)
    series = _visible_series(catalog.observations, o_code, as_of_day)

    n = len(targets)
    adopted = _days(targets["adopted"])
    deadline = _days(targets["deadline"])
    target = targets["value_canonical"].to_numpy(dtype=float)

    # Where each target's series starts and ends among the sorted visible rows.
    first = np.searchsorted(series.code, t_code, side="left")
    stop = np.searchsorted(series.code, t_code, side="right")
    has_data = stop > first
    latest_i = np.where(has_data, stop - 1, 0)
    # Baseline (§2.3): the last row on or before adoption (an as-of merge), else the first.
    at_adoption = (
        np.searchsorted(series.key, t_code * _SERIES_STRIDE + adopted + _DAY_OFFSET, side="right")
        - 1
    )
    base_i = np.where(has_data & (at_adoption >= first), at_adoption, first)
    base_i = np.where(has_data, base_i, 0)

    def take(values: np.ndarray, index: np.ndarray, fill: float | bool | int) -> np.ndarray:
        out = values[index] if len(values) else np.full(n, fill)
        return np.asarray(np.where(has_data, out, fill))

    frame = pd.DataFrame(
        {
            "baseline_value": take(series.value, base_i, np.nan),
            "baseline_day": take(series.day, base_i, 0),
            "latest_value": take(series.value, latest_i, np.nan),
            "latest_day": take(series.day, latest_i, 0),
            "latest_qualifier": _qualifier_names(take(series.qualifier, latest_i, -1)),
            "latest_derived": take(series.derived, latest_i, False),
            "has_data": has_data,
            "n_since_baseline": np.where(has_data, latest_i - base_i + 1, 0),
        }
    )
    frame["projected_trend"] = _trend(
        series, base_i, latest_i, has_data, deadline, frame["n_since_baseline"].to_numpy()
    )
    frame = _roll_up(targets["target_id"], parents, frame)
    comparator = targets["comparator"].to_numpy(dtype=object)
    metrics = _metrics(frame, comparator, target, deadline, as_of_day, stale_after_days)

    # §4.2: the sum of the known parts' target values.
    children = targets.groupby(parents)["value_canonical"].sum()
    children_sum = targets["target_id"].map(children).to_numpy(dtype=float)
    gap = children_sum - target
    short = np.where(comparator == "<=", gap > 1e-9 * np.abs(target), gap < -1e-9 * np.abs(target))
    selected = select_targets(catalog, as_of_ts, zone, only=only, include_unknown=include_unknown)
    for tid in targets["target_id"][short & ~np.isnan(children_sum) & selected]:
        warnings.warn(
            f"the parts of target {tid} do not cover the whole", DecompositionWarning, stacklevel=2
        )

    def day_col(days: np.ndarray, ok: np.ndarray) -> pd.Series:
        stamps = pd.to_datetime(np.asarray(days, dtype=np.int64) * _DAY_NS)
        return pd.Series(stamps).where(ok)

    indicator_units = catalog.indicators.set_index("indicator_id")["unit"]
    ok = frame["has_data"].to_numpy()
    result = pd.DataFrame(
        {
            "target_id": targets["target_id"].to_numpy(),
            "zone_id": targets["zone_id"].to_numpy(),
            "indicator_id": targets["indicator_id"].to_numpy(),
            "comparator": comparator,
            "target_value": target,
            "unit": targets["indicator_id"].map(indicator_units).to_numpy(),
            "deadline": targets["deadline"].to_numpy(),
            "deadline_passed": deadline < as_of_day,
            "baseline_value": frame["baseline_value"].to_numpy(),
            "baseline_date": day_col(frame["baseline_day"].to_numpy(), ok),
            "latest_value": frame["latest_value"].to_numpy(),
            "latest_date": day_col(frame["latest_day"].to_numpy(), ok),
            "latest_qualifier": frame["latest_qualifier"].where(ok, None).to_numpy(),
            **metrics,
            "parent_target_id": np.array(
                [p if isinstance(p, str) and p else None for p in targets["parent_target_id"]],
                dtype=object,
            ),
            "children_sum": children_sum,
            "decomposition_gap": gap,
            "latest_derived": frame["latest_derived"].to_numpy(dtype=bool) & ok,
        }
    )
    columns = list(COLUMNS)
    if include_unknown:
        result["known"] = known
        columns.append("known")
    result = result.loc[selected, columns].reset_index(drop=True)
    result.attrs["as_of"] = as_of_ts
    return result


def _years(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    return (np.asarray(end, dtype=float) - np.asarray(start, dtype=float)) / YEAR_DAYS


def _trend(
    series: _Series,
    base_i: np.ndarray,
    latest_i: np.ndarray,
    has_data: np.ndarray,
    deadline: np.ndarray,
    count: np.ndarray,
) -> np.ndarray:
    """Weighted log-linear fit from the baseline to the latest row, evaluated at the deadline.

    Weights fall with age, 1 / (1 + years before the latest figure), so recent
    figures count more (as UN ESCAP's progress assessment does). Series with a
    value <= 0 are fitted on the linear scale instead.
    """
    out = np.full(len(base_i), np.nan)
    fit = has_data & (count >= 3)
    if not fit.any() or not len(series.code):
        return out
    # Age in years relative to the latest row of the same series (rows are sorted by series).
    starts = np.flatnonzero(np.diff(series.code, prepend=-1))
    sizes = np.diff(np.append(starts, len(series.code)))
    last_of_series = np.repeat(starts + sizes - 1, sizes)
    x = _years(series.day[last_of_series], series.day)
    w = 1.0 / (1.0 - x)
    positive = series.value > 0
    y_log = np.log(np.where(positive, series.value, 1.0))

    # Sums over each target's own rows (reduceat), never differences of catalogue-wide
    # running sums, whose rounding would grow with the size of the catalogue.
    rows = np.where(fit, base_i, 0)
    ends = np.where(fit, latest_i + 1, 1)
    # reduceat also sums each gap between one window's end and the next one's start; in
    # the targets' own order those gaps can span the whole table, once per target
    # (quadratic: 7.5 s of a profiled 40,000-zone status). Windows taken in order of their
    # start leave gaps that together cover the table at most once.
    order = np.argsort(rows, kind="stable")
    bounds = np.column_stack([rows[order], ends[order]]).ravel()

    def window(values: np.ndarray) -> np.ndarray:
        sums = np.empty(len(order))
        sums[order] = np.add.reduceat(np.append(values, 0.0), bounds)[::2]
        return sums

    sw, swx, swxx = window(w), window(w * x), window(w * x * x)
    any_bad = window((~positive).astype(float)) > 0
    swy_log, swxy_log = window(w * y_log), window(w * x * y_log)
    swy_lin, swxy_lin = window(w * series.value), window(w * x * series.value)
    swy = np.where(any_bad, swy_lin, swy_log)
    swxy = np.where(any_bad, swxy_lin, swxy_log)
    denom = sw * swxx - swx * swx
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = (sw * swxy - swx * swy) / denom
        intercept = (swy - slope * swx) / sw
        at = _years(series.day[latest_i], deadline)
        pred = intercept + slope * at
        pred = np.where(any_bad, pred, np.exp(np.clip(pred, -700, 700)))
    return np.where(fit & (np.abs(denom) > 1e-12), pred, out)


def _roll_up(target_ids: pd.Series, parents: pd.Series, frame: pd.DataFrame) -> pd.DataFrame:
    """Give a parent target without figures of its own the sum of its parts' figures (§4.3).

    Only when every (known) part has a figure; the rolled-up latest value is as old as
    the oldest part's, and is marked ``latest_derived``. ``parents`` holds each
    target's parent id, null for targets that are no part (or not yet known).
    """
    if parents.isna().all():
        return frame
    frame = frame.copy()
    position = pd.Series(np.arange(len(target_ids)), index=target_ids.to_numpy())
    # Deepest parts first, so a part that is itself rolled up counts for its own parent.
    for _ in range(int(parents.notna().sum())):
        parts = frame.assign(parent=parents.to_numpy())[parents.notna().to_numpy()]
        grouped = parts.groupby("parent")
        summary = pd.DataFrame(
            {
                "complete": grouped["has_data"].all(),
                "baseline_value": grouped["baseline_value"].sum(),
                "baseline_day": grouped["baseline_day"].max(),
                "latest_value": grouped["latest_value"].sum(),
                "latest_day": grouped["latest_day"].min(),
                "qualifiers": grouped["latest_qualifier"].agg(
                    lambda q: "|".join(sorted(set(map(str, q))))
                ),
                "n_since_baseline": grouped["n_since_baseline"].min(),
            }
        )
        summary = summary[summary["complete"] & summary.index.isin(position.index)]
        rows = position[summary.index].to_numpy()
        todo = ~frame["has_data"].to_numpy()[rows]
        if not todo.any():
            break
        rows, summary = rows[todo].copy(), summary[todo].copy()
        # The sum is as old as the oldest part's latest figure; where a part's baseline is
        # newer than that, the sum has no earlier figure to compare with: baseline only.
        late = summary["baseline_day"] > summary["latest_day"]
        summary.loc[late, "baseline_day"] = summary.loc[late, "latest_day"]
        summary.loc[late, "baseline_value"] = summary.loc[late, "latest_value"]
        qualifier = summary["qualifiers"].map(_combined_qualifier)
        for column in (
            "baseline_value",
            "baseline_day",
            "latest_value",
            "latest_day",
            "n_since_baseline",
        ):
            frame.loc[rows, column] = summary[column].to_numpy()
        frame.loc[rows, "latest_qualifier"] = qualifier.to_numpy()
        # A sum of parts is no series of its own: no trend is fitted to it (§3.3).
        frame.loc[rows, "projected_trend"] = np.nan
        frame.loc[rows, "latest_derived"] = True
        frame.loc[rows, "has_data"] = True
    return frame


def _combined_qualifier(joined: str) -> str:
    """The qualifier of a sum: exact parts stay exact; lower bounds add up to a lower bound."""
    kinds = set(joined.split("|"))
    for single in ("exact", "at_least", "at_most"):
        if kinds <= {"exact", single}:
            return single
    return "approx"


def _direction(comparator: np.ndarray, t: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    """d of §3.1: +1 for >=, -1 for <=; for =, the target's side from b, or from x once crossed."""
    from_b, from_x = np.sign(t - b), np.sign(t - x)
    crossed = (from_b != 0) & (from_x != 0) & (from_x != from_b)
    equal = np.where(crossed, from_x, from_b)
    return np.select([comparator == ">=", comparator == "<="], [1.0, -1.0], equal)


def _metrics(
    frame: pd.DataFrame,
    comparator: np.ndarray,
    target: np.ndarray,
    deadline: np.ndarray,
    as_of_day: int,
    stale_after_days: int,
) -> dict[str, object]:
    has = frame["has_data"].to_numpy(dtype=bool)
    b = frame["baseline_value"].to_numpy(dtype=float)
    latest = frame["latest_value"].to_numpy(dtype=float)
    bd = frame["baseline_day"].to_numpy(dtype=float)
    ld = frame["latest_day"].to_numpy(dtype=float)
    qualifier = frame["latest_qualifier"].to_numpy(dtype=object)
    t = target
    nan = np.nan

    # "=" aims up when the target lies above the baseline, down when below.
    up = (comparator == ">=") | ((comparator == "=") & ~(t < b))
    yrs_bl, yrs_bd, yrs_ld = _years(bd, ld), _years(bd, deadline), _years(ld, deadline)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        attainment = np.where(t != 0, latest / t, nan)
        gap_closed = np.where(t != b, (latest - b) / (t - b), nan)
        expected = np.where(yrs_bd > 0, b + (t - b) * yrs_bl / yrs_bd, nan)
        positive = (b > 0) & (latest > 0) & (t > 0)
        actual_cagr = np.where(positive & (yrs_bl > 0), (latest / b) ** (1 / yrs_bl) - 1, nan)
        required_cagr = np.where(positive & (yrs_bd > 0), (t / b) ** (1 / yrs_bd) - 1, nan)
        actual_rate = np.where(yrs_bl > 0, (latest - b) / yrs_bl, nan)
        required_rate = np.where(yrs_bd > 0, (t - b) / yrs_bd, nan)
        # §3.1: the achieved pace in the good direction over the size of the required pace
        # (Eurostat's and Open SDG's ratio); annual changes where a value is not positive.
        achieved = np.where(positive, actual_cagr, actual_rate)
        required = np.abs(np.where(positive, required_cagr, required_rate))
        ratio = (
            _direction(comparator, t, b, latest) * achieved / np.where(required != 0, required, nan)
        )
        # The pace needed from now exists only while the deadline is still ahead of D.
        ahead = (yrs_ld > 0) & (deadline > as_of_day)
        remaining = np.where((latest > 0) & (t > 0) & ahead, (t / latest) ** (1 / yrs_ld) - 1, nan)
        projected = np.where(
            np.isfinite(actual_cagr),
            latest * (1 + actual_cagr) ** yrs_ld,
            latest + actual_rate * yrs_ld,
        )
        projected = np.where(yrs_ld >= 0, projected, nan)
    trend = np.where(yrs_ld >= 0, frame["projected_trend"].to_numpy(dtype=float), nan)

    meets = np.where(
        up, (latest >= t) & (qualifier != "at_most"), (latest <= t) & (qualifier != "at_least")
    )
    # An "=" target already at its baseline asks to hold the value: only the value itself meets it.
    hold = (comparator == "=") & (t == b)
    meets = np.where(hold, (latest == t) & np.isin(qualifier, ["exact", "approx"]), meets)
    by_pace = np.select(
        [ratio >= ON_TRACK, ratio >= MODERATE, ratio >= 0],
        ["on_track", "moderate", "insufficient"],
        # A negative ratio, or none because the baseline already equalled the target
        # and the latest figure has moved away from it.
        "regressing",
    )
    status = np.select(
        [~has, meets, as_of_day > deadline, ld == bd],
        [
            "no_data",
            "achieved",
            np.where(ld >= deadline, "missed", "overdue_unverified"),
            "baseline_only",
        ],
        by_pace,
    )
    days_since = pd.array(np.where(has, as_of_day - ld, 0).astype(np.int64), dtype="Int64")
    days_since[~has] = pd.NA
    stale = has & (np.where(has, as_of_day - ld, 0) > stale_after_days)

    def masked(values: np.ndarray) -> np.ndarray:
        out = np.where(has & np.isfinite(values), values, nan)
        return out

    return {
        "attainment": masked(attainment),
        "gap_closed": masked(gap_closed),
        "expected_linear": masked(expected),
        "actual_cagr": masked(actual_cagr),
        "required_cagr": masked(required_cagr),
        "remaining_cagr": masked(remaining),
        "cagr_ratio": masked(ratio),
        "projected_value": masked(projected),
        "projected_trend": masked(trend),
        "status": status,
        "days_since_latest": days_since,
        "stale": stale,
    }


def known_targets(catalog: Catalog, as_of: str | pd.Timestamp | None = None) -> pd.Series:
    """Which targets were public by ``as_of``: their source was published by then (§1.3).

    A boolean Series aligned with ``catalog.targets``; targets without a known source
    date count as known.
    """
    when = parse_as_of(as_of)
    published = target_published(catalog)
    return (published.isna() | (published <= when)).astype(bool)


def target_published(catalog: Catalog) -> pd.Series:
    """The date each target became public: its source's publication date (§1.3), NaT where
    no date is known; aligned with ``catalog.targets``."""
    targets = catalog.targets
    if "source" not in targets or "published_date" not in catalog.sources:
        return pd.Series(pd.NaT, index=targets.index, dtype="datetime64[ns]")
    dates = dict(zip(catalog.sources["source"], catalog.sources["published_date"], strict=True))
    return pd.to_datetime(targets["source"].map(dates), errors="coerce")


def select_targets(
    catalog: Catalog,
    as_of: str | pd.Timestamp | None = None,
    zone: str | None = None,
    *,
    only: bool = False,
    include_unknown: bool = False,
) -> np.ndarray:
    """The targets known at ``as_of`` in the view of ``zone`` (§1.3, §1.4).

    The one selection behind :func:`assess`, ``zonetrack status``, the report
    sections and the manifest's counts.

    Parameters
    ----------
    zone : str, optional
        The zone and every zone below it; None or ``"all"``: every zone.
    only : bool
        Only ``zone`` itself, not the zones below it.
    include_unknown : bool
        Keep the targets not yet published at ``as_of`` as well.

    Returns
    -------
    numpy.ndarray
        A boolean mask aligned with ``catalog.targets``.

    Raises
    ------
    UsageError
        For an unknown zone, or ``only`` without a zone.
    """
    if zone is not None and not isinstance(zone, str):
        raise UsageError(
            f"give one zone id as a str, not {type(zone).__name__}; a zone's view already "
            "covers the zones below it",
            argument="zone",
            value=zone,
        )
    if only and (zone is None or zone == "all"):
        # "Only the zone itself" of every zone is not a view; silently ignoring it would
        # hand back the roll-up the caller asked not to see.
        raise UsageError("only=True needs a zone", argument="only", value=only)
    keep = np.ones(len(catalog.targets), dtype=bool)
    if not include_unknown:
        keep &= known_targets(catalog, as_of).to_numpy()
    if zone is not None and zone != "all":
        zones = [catalog.zone(zone)["zone_id"]] if only else catalog.subtree(zone)
        keep &= catalog.targets["zone_id"].isin(zones).to_numpy()
    return keep


def visible_observations(
    catalog: Catalog,
    as_of: str | pd.Timestamp | None = None,
    zone_id: str | None = None,
    indicator_id: str | None = None,
) -> pd.DataFrame:
    """The observations ``assess`` sees at ``as_of``: one per series and date, revisions applied.

    Optionally only one zone's and/or one indicator's, sorted by zone, indicator and date.
    """
    when = parse_as_of(as_of)
    obs = catalog.observations
    keep = (obs["ref_date"] <= when) & (obs["published"] <= when)
    if zone_id is not None:
        keep &= obs["zone_id"] == zone_id
    if indicator_id is not None:
        keep &= obs["indicator_id"] == indicator_id
    series = ["zone_id", "indicator_id", "ref_date"]
    return (
        obs[keep]
        .sort_values([*series, "published"], kind="stable")
        .drop_duplicates(series, keep="last")
        .reset_index(drop=True)
    )


def status_table(
    data_dir: str | None = None,
    seeds_dir: str | None = None,
    *,
    as_of: str | None = None,
    quarter: str | None = None,
    zone: str | None = None,
    only: bool = False,
) -> pd.DataFrame:
    """Load the catalogue and assess it, for the ``zonetrack status`` command.

    ``zone`` covers the zone and every zone below it, as a report on it does;
    ``only`` restricts it to the zone itself.
    The columns of :func:`assess`, then ``derived_assumption``: for a target whose latest
    figure is derived, what it was computed from and on which assumption.

    Raises
    ------
    UsageError
        For an unparseable date or quarter, or an unknown zone.
    CatalogError
        If the catalogue does not validate.
    """
    when = parse_as_of(as_of, quarter)
    catalog = load_catalog(data_dir, seeds_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecompositionWarning)
        frame = assess(catalog, when, zone=zone, only=only)
    from .assumptions import derived_assumptions  # it builds on this module

    frame["derived_assumption"] = derived_assumptions(catalog, frame, when)
    # For the table format and JSON: the date assessed and each target's name.
    zones = dict(zip(catalog.zones["zone_id"], catalog.zones["name_en"], strict=True))
    indicators = dict(
        zip(catalog.indicators["indicator_id"], catalog.indicators["name_en"], strict=True)
    )
    frame.attrs["as_of"] = when
    frame.attrs["zone"] = "all" if zone is None else zone
    frame.attrs["only"] = only
    frame.attrs["names"] = {
        t: f"{zones[z]} · {indicators[i]}"
        for t, z, i in zip(frame["target_id"], frame["zone_id"], frame["indicator_id"], strict=True)
    }
    return frame
