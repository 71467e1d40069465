"""The catalogue: zones, indicators, targets and observations with their sources.

``load_catalog`` reads the CSV files, validates them (see ``validate.py``) and
returns typed tables in which every value is also given in its canonical unit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from . import config
from .dates import parse_date
from .exceptions import CatalogError, UsageError
from .files import Table
from .units import to_canonical
from .validate import read_tables, validate_tables

__all__ = ["TABLES", "Catalog", "export_table", "load_catalog"]

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

        ``extra`` has the columns of ``observations.csv`` (``value`` may be a number,
        dates may be strings or timestamps).
        """
        rows = pd.DataFrame(extra)
        rows = rows.assign(**{c: "" for c in ("published", "source", "evidence", "derived_from",
                                              "note", "qualifier") if c not in rows})
        rows["qualifier"] = rows["qualifier"].replace("", "exact")
        typed = _type_observations(rows.astype({"value": float}), self.sources)
        combined = pd.concat([self.observations, typed], ignore_index=True)
        return replace(self, observations=combined)

    def zone(self, zone_id: str) -> pd.Series:
        """The zone's row; raises :class:`UsageError` for an unknown id."""
        match = self.zones[self.zones["zone_id"] == zone_id]
        if match.empty:
            known = ", ".join(sorted(self.zones["zone_id"]))
            raise UsageError(f"unknown zone {zone_id!r}; known zones: {known}",
                             argument="--zone", value=zone_id)
        return match.iloc[0]


def load_catalog(data_dir: str | Path | None = None, seeds_dir: str | Path | None = None
                 ) -> Catalog:
    """Read and validate the catalogue.

    Parameters
    ----------
    data_dir, seeds_dir : path, optional
        Default to ``config.data_dir()`` and ``config.seeds_dir()`` (the project's
        ``data/`` and ``seeds/``, or ``ZONETRACK_DATA`` / ``ZONETRACK_SEEDS``).

    Raises
    ------
    CatalogError
        With every problem found, if the catalogue does not validate.
    """
    data, seeds = config.data_dir(data_dir), config.seeds_dir(seeds_dir)
    tables = read_tables(data, seeds)
    problems = validate_tables(tables, seeds)
    if problems:
        raise CatalogError(problems)
    return _build(tables, data, seeds)


def _frame(table: Table) -> pd.DataFrame:
    frame = table.frame.copy()
    return frame.astype(object).where(frame != "", None)


def _build(tables: dict[str, Table], data: Path, seeds: Path) -> Catalog:
    sources = _frame(tables["sources"])
    sources["published_date"] = sources["published"].map(parse_date)
    targets = _frame(tables["targets"])
    targets["value"] = targets["value"].astype(float)
    for column in ("deadline", "adopted"):
        targets[column] = pd.to_datetime(targets[column].map(parse_date))
    targets = _add_canonical(targets)
    observations = _type_observations(_frame(tables["observations"]).astype({"value": float}),
                                      sources)
    return Catalog(_frame(tables["zones"]), _frame(tables["indicators"]), targets,
                   observations, sources, data, seeds)


def _add_canonical(frame: pd.DataFrame) -> pd.DataFrame:
    pairs = [to_canonical(v, u) for v, u in zip(frame["value"], frame["unit"], strict=True)]
    frame["value_canonical"] = [p[0] for p in pairs]
    frame["unit_canonical"] = [p[1] for p in pairs]
    return frame


def _as_date(value: object) -> pd.Timestamp:
    return value if isinstance(value, pd.Timestamp) else parse_date(str(value))


def _type_observations(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    source_dates = dict(zip(sources["source"], sources["published_date"], strict=True))
    frame["ref_date"] = pd.to_datetime(frame["ref_date"].map(_as_date))
    published = [
        _as_date(p) if p not in (None, "") and not (isinstance(p, float) and pd.isna(p))
        else source_dates.get(s, r)
        for p, s, r in zip(frame["published"], frame["source"], frame["ref_date"], strict=True)
    ]
    frame["published"] = pd.to_datetime(pd.Series(published, index=frame.index))
    frame["derived"] = frame["derived_from"].fillna("").astype(str).str.len() > 0
    return _add_canonical(frame)


def export_table(catalog: Catalog, name: str) -> pd.DataFrame:
    """One table of the catalogue with values also in canonical units.

    Dates are ISO strings, so the frame prints and serialises as it reads.
    """
    if name not in TABLES:
        raise UsageError(f"unknown table {name!r}; choose from {', '.join(TABLES)}",
                         argument="table", value=name)
    frame = getattr(catalog, name).copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%Y-%m-%d")
    return frame
