"""The catalogue: zones, indicators, targets and observations with their sources.

``load_catalog`` reads the CSV files, validates them (see ``validate.py``) and
returns typed tables in which every value is also given in its canonical unit.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from . import config
from .cache import current_fingerprint, read_cached_catalog, recall_catalog, write_cached_catalog
from .dates import parse_as_of, parse_date
from .exceptions import CatalogError, DataError, UsageError
from .files import Table, catalog_lock, read_tables
from .hierarchy import ZoneTree
from .recordchecks import WHAT_IF_COLUMNS, check_observation_rows
from .units import to_canonical
from .validate import validate_tables

__all__ = [
    "TABLES",
    "WHAT_IF_COLUMNS",
    "Catalog",
    "check_catalog",
    "export_table",
    "load_catalog",
    "make_catalog",
]

TABLES = ("zones", "indicators", "targets", "observations")


@dataclass(frozen=True)
class Catalog:
    """A validated catalogue.

    Attributes
    ----------
    zones, indicators : pandas.DataFrame
        As in the CSV files (strings; empty cells are ``None``).
    targets : pandas.DataFrame
        Plus ``value`` as float, ``deadline`` and ``adopted`` as timestamps,
        ``value_canonical`` and ``unit_canonical``.
    observations : pandas.DataFrame
        Plus ``value`` as float, ``ref_date`` and ``published`` (the source's date
        when the row leaves it empty) as timestamps, ``value_canonical``,
        ``unit_canonical`` and ``derived`` (bool).
    sources : pandas.DataFrame
        ``seeds/sources.csv`` with ``published`` as written and ``published_date``.
    data_dir, seeds_dir : pathlib.Path
        Where the catalogue was read from.
    """

    zones: pd.DataFrame
    indicators: pd.DataFrame
    targets: pd.DataFrame
    observations: pd.DataFrame
    sources: pd.DataFrame
    data_dir: Path
    seeds_dir: Path

    def with_observations(self, extra: pd.DataFrame | list[dict]) -> Catalog:
        """A copy with more observations, for what-if questions; nothing is written.

        Parameters
        ----------
        extra : DataFrame or list of dict
            One row per observation, with columns among :data:`WHAT_IF_COLUMNS`;
            ``zone_id``, ``indicator_id``, ``value``, ``unit`` and ``ref_date`` are
            required. ``value`` may be a number; dates may be catalogue date strings or
            dates (a date with a time zone means its own calendar date).

        Raises
        ------
        UsageError
            If ``extra`` is not a DataFrame or a list of dicts, is empty, or has a column
            observations do not have.
        DataError
            If a row fails the checks validation applies to ``observations.csv`` (an
            unknown zone or indicator, a missing unit, a value that is not a number, a
            unit of another dimension than the indicator's, a negative count, ...); the
            error names the first such place as ``extra:ROW:COLUMN`` (ROW from 1).
        """
        rows = _what_if_rows(extra)
        problems = check_observation_rows(
            rows,
            "extra",
            zones=set(self.zones["zone_id"]),
            indicators={
                row["indicator_id"]: {
                    "unit": row.get("unit") or "",
                    "measure": row.get("measure") or "",
                }
                for row in self.indicators.to_dict("records")
            },
            sources={
                source: "" if pd.isna(day) else day.strftime("%Y-%m-%d")
                for source, day in zip(
                    self.sources["source"], self.sources["published_date"], strict=True
                )
            },
            taken=set(self.observations["obs_id"].dropna())
            if "obs_id" in self.observations
            else set(),
        )
        if problems:
            first = problems[0]
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise DataError(
                first.message + more,
                file=first.file,
                row=first.row,
                column=first.column,
                value=first.value,
            )
        typed = _type_observations(rows.where(rows != "", None), self.sources)
        combined = pd.concat([self.observations, typed], ignore_index=True)
        return replace(self, observations=combined)

    @cached_property
    def hierarchy(self) -> ZoneTree:
        """The zone hierarchy of ``zones`` (parents, children, subtrees), indexed once."""
        return ZoneTree.from_pairs(zip(self.zones["zone_id"], self.zones["parent_id"], strict=True))

    def subtree(self, zone_id: str) -> list[str]:
        """``zone_id`` and every zone below it, breadth first; ``"all"``: every zone.

        Raises :class:`UsageError` for an unknown id.
        """
        if zone_id == "all":
            return list(self.hierarchy.zones)
        if zone_id not in self.hierarchy:
            self.zone(zone_id)  # raises the usage error that names the known zones
        return self.hierarchy.subtree(zone_id)

    def default_zones(self, as_of: str | pd.Timestamp | None = None) -> list[str]:
        """Zones with a target or an observation in them or below them, in file order:
        the zones a report covers when none are named.

        With ``as_of``, only what had been published by then counts (see :meth:`as_of`),
        so the pages of a past quarter do not depend on figures published after it.
        """
        known = self if as_of is None else self.as_of(as_of)
        used = set(known.targets["zone_id"]) | set(known.observations["zone_id"])
        return self.hierarchy.covering(sorted(used))

    def as_of(self, when: str | pd.Timestamp) -> Catalog:
        """The catalogue as it stood at ``when``: only what had been published by then.

        Sources published later, the targets they set and every observation published
        later are left out (zones and indicators are definitions and stay), so a notebook
        run as of a fixed date shows the same figures however many sources arrive later.
        """
        # A catalogue date ("2021-01": its last day) or what assess takes; a bad date is a
        # UsageError naming as_of, as assess raises it.
        if isinstance(when, str):
            try:
                day = parse_date(when)
            except DataError as exc:
                raise UsageError(exc.reason, argument="as_of", value=when) from None
        else:
            day = parse_as_of(when)
        sources = self.sources[self.sources["published_date"] <= day]
        known = set(sources["source"])
        targets = self.targets[self.targets["source"].isin(known)]
        observations = self.observations[self.observations["published"] <= day]
        return replace(
            self,
            sources=sources.reset_index(drop=True),
            targets=targets.reset_index(drop=True),
            observations=observations.reset_index(drop=True),
        )

    def zone(self, zone_id: str) -> pd.Series:
        """The zone's row.

        Raises
        ------
        UsageError
            For anything but a zone id of the catalogue (naming ``zone``). The message
            stays short at any catalogue size: the closest few ids, not every one.
        """
        if not isinstance(zone_id, str):
            raise UsageError(
                f"give one zone id as a str, not {type(zone_id).__name__}",
                argument="zone",
                value=zone_id,
            )
        match = self.zones[self.zones["zone_id"] == zone_id]
        if match.empty:
            ids = [str(z) for z in self.zones["zone_id"]]
            shown = repr(zone_id)
            if len(zone_id) > 60:  # a pasted paragraph, not an id: do not echo it whole
                shown = f"{zone_id[:40]!r}… ({len(zone_id)} characters)"
            close = difflib.get_close_matches(zone_id[:200], ids, n=5, cutoff=0.6)
            if len(ids) <= 8:
                hint = f"known zones: {', '.join(sorted(ids))}"
            elif close:
                hint = f"did you mean {', '.join(close)}? (zonetrack export zones lists all)"
            else:
                hint = f"{len(ids)} zones are known; zonetrack export zones lists them"
            raise UsageError(f"unknown zone {shown}; {hint}", argument="zone", value=zone_id)
        return match.iloc[0]


def check_catalog(catalog: object, argument: str = "catalog") -> Catalog:
    """``catalog`` itself if it is a :class:`Catalog`.

    Raises
    ------
    UsageError
        Otherwise, naming ``argument`` and what was given instead.
    """
    if not isinstance(catalog, Catalog):
        raise UsageError(
            f"must be a Catalog (from zonetrack.load_catalog()), not {type(catalog).__name__}",
            argument=argument,
        )
    return catalog


def _cell(value: object) -> str:
    """A what-if cell as the string a CSV file would hold ("" when missing)."""
    if isinstance(value, np.datetime64):
        value = pd.Timestamp(value) if not np.isnat(value) else None
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, dt.datetime):  # its own calendar date, whatever its time zone
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _what_if_rows(extra: object) -> pd.DataFrame:
    """What-if observations as a frame of strings with every column of
    :data:`WHAT_IF_COLUMNS`; a wrong kind of argument is a :class:`UsageError`."""
    if isinstance(extra, pd.DataFrame):
        records = extra.to_dict("records")
    elif isinstance(extra, list | tuple) and all(isinstance(r, Mapping) for r in extra):
        records = [dict(r) for r in extra]
    else:
        kind = type(extra).__name__
        if isinstance(extra, list | tuple):
            kind = (
                f"a {kind} of {type(next(r for r in extra if not isinstance(r, Mapping))).__name__}"
            )
        raise UsageError(
            f"give a DataFrame or a list of dicts, one per observation, not {kind}",
            argument="extra",
        )
    if not records:
        raise UsageError("no observations given", argument="extra")
    # An empty derived_from (a row copied from observations.csv) is fine; a formula is not:
    # it would go unchecked.
    if any(_cell(r.get("derived_from")) for r in records):
        raise UsageError(
            "a what-if figure cannot be derived_from other figures; give its value",
            argument="extra",
        )
    records = [{k: v for k, v in r.items() if k != "derived_from"} for r in records]
    unknown = sorted({str(k) for r in records for k in r} - set(WHAT_IF_COLUMNS))
    if unknown:
        raise UsageError(
            f"unknown column(s) {', '.join(map(repr, unknown))}; use {', '.join(WHAT_IF_COLUMNS)}",
            argument="extra",
        )
    frame = pd.DataFrame(
        [[_cell(r.get(c)) for c in WHAT_IF_COLUMNS] for r in records],
        columns=list(WHAT_IF_COLUMNS),
        dtype=object,
    )
    frame.loc[frame["qualifier"] == "", "qualifier"] = "exact"
    return frame


def load_catalog(
    data_dir: str | Path | None = None, seeds_dir: str | Path | None = None
) -> Catalog:
    """Read and validate the catalogue.

    Parameters
    ----------
    data_dir, seeds_dir : path, optional
        Default to ``config.data_dir()`` and ``config.seeds_dir()`` (the project's
        ``data/`` and ``seeds/``, or ``ZONETRACK_DATA`` / ``ZONETRACK_SEEDS``).

    Raises
    ------
    UsageError
        If a folder is empty, not a path or does not exist (naming ``data_dir`` or
        ``seeds_dir``).
    CatalogError
        With every problem found, if the catalogue does not validate.
    """
    data, seeds = config.data_dir(data_dir), config.seeds_dir(seeds_dir)
    # Shared with other readers; a writer (add-source, add-figures) waits until every file
    # is read, so the tables, the key and the cache entry are of one version of the files.
    with catalog_lock(data, shared=True):
        return _load(data, seeds)


def _load(data: Path, seeds: Path) -> Catalog:
    # An unchanged catalogue was validated before: every byte of it is in the key.
    fingerprint = _fingerprint(data, seeds)
    cached = None
    if fingerprint is not None:
        # This process's last load of the same bytes first, then the cache folder's entry.
        cached = recall_catalog(fingerprint, data, seeds) or read_cached_catalog(
            fingerprint, data, seeds
        )
    if cached is not None:
        return cached
    tables = read_tables(data, seeds)
    problems = validate_tables(tables, seeds)
    if problems:
        raise CatalogError(problems)
    catalog = _build(tables, data, seeds)
    # Cache only what was read from the bytes the key names (no file changed meanwhile).
    if fingerprint is not None and _fingerprint(data, seeds) == fingerprint:
        write_cached_catalog(fingerprint, catalog)
    return catalog


def _fingerprint(data: Path, seeds: Path) -> str | None:
    """The catalogue's cache key, or None when a file cannot be read: validation then
    reports that file on its own line instead of a traceback."""
    try:
        return current_fingerprint(data, seeds)
    except OSError:
        return None


def _frame(table: Table) -> pd.DataFrame:
    frame = table.frame.copy()
    return frame.astype(object).where(frame != "", None)


def _build(tables: dict[str, Table], data: Path, seeds: Path) -> Catalog:
    frames = {key: _frame(tables[key]) for key in (*TABLES, "sources")}
    return make_catalog(**frames, data_dir=data, seeds_dir=seeds)


def make_catalog(
    zones: pd.DataFrame | None = None,
    indicators: pd.DataFrame | None = None,
    targets: pd.DataFrame | None = None,
    observations: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    *,
    data_dir: Path | None = None,
    seeds_dir: Path | None = None,
) -> Catalog:
    """Type catalogue tables that are already trusted (validated files, or built in code).

    Used by :func:`load_catalog` after validation, and by tests, benchmarks and
    what-if analyses that build a catalogue in memory. Dates may be strings in the
    catalogue's forms or timestamps; values numbers or numeric strings.
    """
    zones = pd.DataFrame(zones if zones is not None else {"zone_id": []})
    indicators = pd.DataFrame(
        indicators if indicators is not None else {"indicator_id": [], "unit": []}
    )
    sources = pd.DataFrame(sources if sources is not None else {"source": [], "published": []})
    sources = sources.copy()
    sources["published_date"] = _dates(sources["published"])
    targets = pd.DataFrame(targets if targets is not None else _EMPTY_TARGETS).copy()
    for column in ("parent_target_id", "adopted"):
        if column not in targets:
            targets[column] = None
    targets["value"] = targets["value"].astype(float)
    targets["deadline"] = _dates(targets["deadline"])
    targets["adopted"] = _dates(targets["adopted"])
    targets["parent_target_id"] = (
        targets["parent_target_id"]
        .astype(object)
        .where(targets["parent_target_id"].notna() & (targets["parent_target_id"] != ""), None)
    )
    observations = _type_observations(
        pd.DataFrame(observations if observations is not None else _EMPTY_OBSERVATIONS), sources
    )
    return Catalog(
        zones,
        indicators,
        _add_canonical(targets),
        observations,
        sources,
        Path(data_dir or "."),
        Path(seeds_dir or "."),
    )


_EMPTY_TARGETS: dict[str, list[object]] = {
    c: []
    for c in (
        "target_id",
        "zone_id",
        "indicator_id",
        "comparator",
        "value",
        "unit",
        "deadline",
        "adopted",
        "parent_target_id",
        "source",
    )
}
_EMPTY_OBSERVATIONS: dict[str, list[object]] = {
    c: []
    for c in (
        "obs_id",
        "zone_id",
        "indicator_id",
        "value",
        "unit",
        "qualifier",
        "ref_date",
        "published",
        "source",
    )
}


def _dates(values: pd.Series) -> pd.Series:
    """Timestamps from catalogue date strings (a period means its last day) or timestamps."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.astype("datetime64[ns]")
    # Each distinct date is parsed once and the column is built by indexing: a national
    # catalogue has tens of thousands of rows but a few hundred distinct dates.
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
    nat = np.datetime64("NaT")
    parsed = [nat if str(u) == "" else _as_date(u).to_datetime64() for u in uniques]
    stamps = np.array([*parsed, nat], dtype="datetime64[ns]")  # index -1: the missing ones
    return pd.Series(stamps[codes], index=values.index, name=values.name)


def _add_canonical(frame: pd.DataFrame) -> pd.DataFrame:
    frame["value"] = frame["value"].astype(float)
    units = frame["unit"].astype(str)
    converted = {u: to_canonical(1.0, u) for u in pd.unique(units)}
    factors = units.map({u: c[0] for u, c in converted.items()}).astype(float)
    frame["value_canonical"] = frame["value"] * factors
    frame["unit_canonical"] = units.map({u: c[1] for u, c in converted.items()})
    return frame


def _as_date(value: object) -> pd.Timestamp:
    return value if isinstance(value, pd.Timestamp) else parse_date(str(value))


def _type_observations(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column, default in (
        ("published", None),
        ("source", None),
        ("derived_from", None),
        ("qualifier", "exact"),
    ):
        if column not in frame:
            frame[column] = default
    frame["ref_date"] = _dates(frame["ref_date"])
    published = _dates(frame["published"])
    # An empty `published` means the source's date; a source-less (what-if) row its ref_date.
    source_dates = frame["source"].map(
        dict(zip(sources["source"], sources["published_date"], strict=True))
    )
    frame["published"] = published.fillna(pd.to_datetime(source_dates)).fillna(frame["ref_date"])
    frame["derived"] = frame["derived_from"].fillna("").astype(str).str.len() > 0
    # The largest table: keys as categories make grouping and matching cheap.
    for column in ("zone_id", "indicator_id", "qualifier"):
        frame[column] = frame[column].astype("category")
    return _add_canonical(frame)


def export_table(catalog: Catalog, name: str) -> pd.DataFrame:
    """One table of the catalogue with values also in canonical units.

    Dates are ISO strings, so the frame prints and serialises as it reads.
    """
    if name not in TABLES:
        raise UsageError(
            f"unknown table {name!r}; choose from {', '.join(TABLES)}", argument="table", value=name
        )
    frame = getattr(catalog, name).copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    return frame
