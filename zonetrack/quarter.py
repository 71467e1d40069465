"""One quarter's assessment of a zone, with every look-up a page needs, computed once.

:func:`zone_quarter` assesses the catalogue as of the quarter's last day in the view
of one zone (the zone and every zone below it, ``docs/method.md`` §1.4) and keeps the
previous quarter's assessment, the visible observations and indexed names beside it.
The page renderers (``sections.py``, ``overview.py``) read it and never re-scan the
catalogue per row; it holds no language, so one object serves both languages.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import ItemsView, Iterable, Iterator, Mapping, ValuesView
from dataclasses import dataclass, field
from functools import cached_property
from importlib.metadata import PackageNotFoundError, version
from typing import TypedDict

import numpy as np
import pandas as pd

from . import config
from .cache import catalog_fingerprint, known_fingerprint
from .catalog import Catalog
from .dates import FIRST_YEAR, quarter_end, quarter_label
from .labels import check_lang, counter_word, format_value, label
from .progress import (
    STATUSES,
    DecompositionWarning,
    assess,
    target_published,
    visible_observations,
)

__all__ = [
    "ReportCounts",
    "ZoneQuarter",
    "catalog_sha256",
    "previous_quarter",
    "status_counts",
    "zone_quarter",
]

_COMPARATORS = {">=": "≥", "<=": "≤", "=": "="}


def previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def status_counts(assessment: pd.DataFrame) -> dict[str, int]:
    """Targets per status, in the order of :data:`zonetrack.STATUSES`, zero counts left out."""
    counts = assessment["status"].value_counts()
    return {s: int(counts[s]) for s in STATUSES if s in counts}


def catalog_sha256(catalog: Catalog) -> str:
    """The catalogue's one hash, as the quarter's ``manifest.json`` records it.

    :func:`zonetrack.cache.catalog_fingerprint` of its folders: every file's name and
    bytes, whatever folder they were read from (a local and a cluster render agree), so a
    reader can match a page's footer with its manifest entry.
    """
    # The hash it was loaded under, when known: the bytes it holds, hashed once per load.
    return known_fingerprint(catalog) or catalog_fingerprint(catalog.data_dir, catalog.seeds_dir)


def zonetrack_version() -> str:
    try:
        return version("zonetrack")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def _assess(catalog: Catalog, as_of: pd.Timestamp, zone: str) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DecompositionWarning)
        # The one selection of §1.3/§1.4: targets known at the date, in this zone's view.
        return assess(catalog, as_of, zone=zone)


class ReportCounts(TypedDict):
    """The figures an index and the manifest show for one report."""

    targets: int
    status_counts: dict[str, int]
    deadline_passed: int
    with_figures: int


def _counts(tallies: Iterable[dict[str, tuple[int, int]]]) -> ReportCounts:
    """A report's counts from its zones' tallies (per status: targets, past deadline)."""
    statuses: dict[str, int] = {}
    passed = 0
    for tally in tallies:
        for status, (count, late) in tally.items():
            statuses[status] = statuses.get(status, 0) + count
            passed += late
    return {
        "targets": sum(statuses.values()),
        "status_counts": {s: statuses[s] for s in STATUSES if statuses.get(s)},
        "deadline_passed": passed,
        "with_figures": sum(n for s, n in statuses.items() if s != "no_data"),
    }


def _names(table: pd.DataFrame, key: str) -> dict[str, dict[str, str]]:
    """``{id: {"en": name_en, "zh": name_zh}}`` of a zones or indicators table."""
    ids, en, zh = table[key], table["name_en"], table["name_zh"]
    return {i: {"en": e, "zh": z} for i, e, z in zip(ids, en, zh, strict=True)}


class _Lookups:
    """Names and source rows by id, built lazily, once per catalogue view tree."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    @cached_property
    def zone_names(self) -> dict[str, dict[str, str]]:
        return _names(self.catalog.zones, "zone_id")

    @cached_property
    def indicator_names(self) -> dict[str, dict[str, str]]:
        return _names(self.catalog.indicators, "indicator_id")

    @cached_property
    def sources(self) -> _Rows:
        return _Rows(self.catalog.sources, "source")

    @cached_property
    def _counter_dates(self) -> dict[str, dict[str, pd.Timestamp]]:
        """For each count indicator, each counter its sources write and the first date a
        reader could see it: a target's when its source was published (§1.3), a figure's
        when it was both published and dated (§1.1)."""
        targets, obs = self.catalog.targets, self.catalog.observations
        counts = targets["unit_canonical"] == "count"
        t = targets[counts]
        o = obs[(obs["unit_canonical"] == "count") & obs["source"].fillna("").astype(bool)]
        rows = pd.concat(
            [
                pd.DataFrame(
                    {
                        "indicator_id": t["indicator_id"],
                        "unit": t["unit"],
                        "seen": target_published(self.catalog)[counts],
                    }
                ),
                pd.DataFrame(
                    {
                        "indicator_id": o["indicator_id"],
                        "unit": o["unit"],
                        "seen": o[["ref_date", "published"]].max(axis=1),
                    }
                ),
            ]
        )
        # A date no source states (an undated source): known from the start, as §1.3 has it.
        rows["seen"] = rows["seen"].fillna(pd.Timestamp.min)
        words = {u: counter_word(u) for u in rows["unit"].astype(str).unique()}
        rows["word"] = rows["unit"].astype(str).map(words)
        first = rows.dropna(subset=["word"]).groupby(["indicator_id", "word"])["seen"].min()
        found: dict[str, dict[str, pd.Timestamp]] = {}
        for (indicator, word), seen in first.items():
            found.setdefault(str(indicator), {})[str(word)] = seen
        return found

    def counters_at(self, as_of: pd.Timestamp) -> dict[str, str]:
        """Each count indicator's counter at ``as_of``, where its sources agree."""
        if as_of not in self._counters:
            self._counters[as_of] = {
                indicator: next(w for w, seen in words.items() if seen <= as_of)
                for indicator, words in self._counter_dates.items()
                if sum(seen <= as_of for seen in words.values()) == 1
            }
        return self._counters[as_of]

    @cached_property
    def _counters(self) -> dict[pd.Timestamp, dict[str, str]]:
        return {}


class _Rows(Mapping[str, dict]):
    """A table's rows by key, each made into a dict when first asked for: a page cites a
    few of a national catalogue's thousands of sources."""

    def __init__(self, table: pd.DataFrame, key: str) -> None:
        self.table = table
        self.positions = {k: i for i, k in enumerate(table[key])}
        self.rows: dict[str, dict] = {}

    def __getitem__(self, key: str) -> dict:
        if key not in self.rows:
            position = self.positions[key]  # KeyError for an unknown key, as a dict
            self.rows[key] = self.table.iloc[[position]].to_dict(orient="records")[0]
        return self.rows[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.positions)

    def __len__(self) -> int:
        return len(self.positions)

    def _fill(self) -> None:
        # Every row at once (the downloads list every source's title): one conversion of
        # the table, not one per row (4,000 of those cost over a second). Rows already
        # handed out stay the same objects.
        if len(self.rows) < len(self.positions):
            records = self.table.to_dict(orient="records")
            self.rows = {k: self.rows.get(k) or records[i] for k, i in self.positions.items()}

    def items(self) -> ItemsView[str, dict]:
        self._fill()
        return self.rows.items()

    def values(self) -> ValuesView[dict]:
        self._fill()
        return self.rows.values()


class _RowsByZone:
    """Each frame's row positions by zone, so that cutting a zone's view costs its own rows,
    not a scan of the whole quarter (thousands of views are cut from one overview)."""

    def __init__(self, frames: dict[str, pd.DataFrame]) -> None:
        self.frames = frames
        self.positions = {
            name: {
                zone: np.asarray(rows)
                for zone, rows in frame.groupby(
                    "zone_id", sort=False, observed=True
                ).indices.items()
            }
            for name, frame in frames.items()
        }

    def cut(self, name: str, zones: list[str]) -> pd.DataFrame:
        """The rows of ``zones`` in frame ``name``, in the frame's own order."""
        found = [self.positions[name][z] for z in zones if z in self.positions[name]]
        rows = np.sort(np.concatenate(found)) if found else np.empty(0, dtype=np.intp)
        return self.frames[name].take(rows).reset_index(drop=True)


@dataclass
class ZoneQuarter:
    """A quarter's assessment in the view of ``zone`` (``"all"``: every zone).

    Attributes
    ----------
    assessment, previous : DataFrame
        :func:`zonetrack.assess` at the quarter's end and at the previous quarter's end.
    observations : DataFrame
        The figures visible at the quarter's end in the zones of the view (§1.1, §1.2).
    zones : list of str
        The zone and every zone below it, breadth first.
    zone_pages : frozenset of str, optional
        The zones whose page in this language is published beside this one: the only
        zones a page links to. None (an analyst's notebook): every zone has a page.
    """

    catalog: Catalog
    year: int
    quarter: int
    zone: str
    assessment: pd.DataFrame
    previous: pd.DataFrame
    observations: pd.DataFrame
    zones: list[str] = field(default_factory=list)
    zone_pages: frozenset[str] | None = None

    # -- dates and titles ------------------------------------------------------------
    @property
    def label(self) -> str:
        return quarter_label(self.year, self.quarter)

    @property
    def as_of(self) -> pd.Timestamp:
        return quarter_end(self.year, self.quarter)

    @property
    def is_overview(self) -> bool:
        return self.zone == "all"

    def name(self, lang: str) -> str:
        """The zone's name, or the words for all zones."""
        return self.name_of(self.zone, lang)

    def name_of(self, zone: str, lang: str) -> str:
        """``zone``'s name (``"all"``: the words for all zones)."""
        return label("overview", lang) if zone == "all" else self.zone_name(zone, lang)

    def title(self, lang: str) -> str:
        """The report's title: the zone (or all zones), the words for the report, the quarter."""
        return f"{self.name(lang)} — {label('report_title', lang)} {self.label}"

    def counts(self) -> ReportCounts:
        """The figures an index and the manifest show for this report."""
        return _counts(self._tallies.values())

    def counts_of(self, zone: str) -> ReportCounts:
        """``zone_view(zone).counts()`` without cutting the view: summed from per-zone
        tallies made once, so a quarter of thousands of zones costs each zone its subtree."""
        tallies = self._tallies
        return _counts(tallies[z] for z in self.zone_view_zones(zone) if z in tallies)

    def title_of(self, zone: str, lang: str) -> str:
        """``zone_view(zone).title(lang)`` without cutting the view."""
        return f"{self.name_of(zone, lang)} — {label('report_title', lang)} {self.label}"

    def zone_view_zones(self, zone: str) -> list[str]:
        """The zones of ``zone``'s view (its subtree), checked to lie in this view."""
        zones = self.catalog.subtree(zone)
        # A zone of this view has its whole subtree in it: one look-up, not a set per call
        # (a summary page asks this for each of thousands of zones below it).
        if not self.is_overview and zone != self.zone and zone not in self._zone_set:
            raise ValueError(f"{zone!r} is not in the view of {self.zone!r}")
        return zones

    @cached_property
    def _zone_set(self) -> frozenset[str]:
        return frozenset(self.zones)

    def children(self, zone: str | None = None) -> list[str]:
        """The zones directly below ``zone`` (default: this view's zone), in zones.csv order."""
        return list(self.catalog.hierarchy.children.get(zone or self.zone, ()))

    @cached_property
    def _tallies(self) -> dict[str, dict[str, tuple[int, int]]]:
        """Per zone, per status: (targets, of which past their deadline)."""
        a = self.assessment
        # Grouped in pandas: its cost in Python is per zone and status, not per target.
        groups = (
            a.assign(_late=a["deadline_passed"].astype(bool))
            .groupby(["zone_id", "status"], sort=False, observed=True)["_late"]
            .agg(["size", "sum"])
        )
        tallies: dict[str, dict[str, tuple[int, int]]] = {}
        for (zone, status), count, late in zip(
            groups.index, groups["size"], groups["sum"], strict=True
        ):
            tallies.setdefault(zone, {})[status] = (int(count), int(late))
        return tallies

    # -- indexed look-ups --------------------------------------------------------------
    # The look-ups below are the catalogue's, shared by every view cut from this one: a
    # quarter of thousands of zones builds each once, not once per zone.
    @cached_property
    def _lookups(self) -> _Lookups:
        return _Lookups(self.catalog)

    @property
    def _zone_names(self) -> dict[str, dict[str, str]]:
        return self._lookups.zone_names

    @property
    def _indicator_names(self) -> dict[str, dict[str, str]]:
        return self._lookups.indicator_names

    @property
    def parents(self) -> dict[str, str | None]:
        """Each zone's parent (``None`` at the top), from the catalogue's hierarchy."""
        return self.catalog.hierarchy.parents

    @cached_property
    def targets(self) -> dict[str, dict]:
        """The catalogue rows of the assessed targets (source, evidence, adoption), by id."""
        rows = self.catalog.targets[
            self.catalog.targets["target_id"].isin(self.assessment["target_id"])
        ]
        return {r["target_id"]: r for r in rows.to_dict(orient="records")}

    @property
    def sources(self) -> Mapping[str, dict]:
        """``seeds/sources.csv`` rows by source name (``url``/``retrieved`` when present)."""
        return self._lookups.sources

    @cached_property
    def figures(self) -> dict[tuple[str, str, pd.Timestamp], dict]:
        """The visible observation of each (zone, indicator, ref_date): the row behind a figure."""
        return {
            (r["zone_id"], r["indicator_id"], r["ref_date"]): r
            for r in self.observations.to_dict(orient="records")
        }

    @cached_property
    def counters(self) -> dict[str, str]:
        """The counter each count indicator is written with in Chinese (家, 所, 名): the one
        every source of the catalogue has written it with by the quarter's end, where they
        agree (a what-if figure has no source and no say; an English source writes none).

        The same for every page of a quarter, and a later source cannot change it.
        """
        return self._lookups.counters_at(self.as_of)

    def value_text(self, value: float, unit: str, indicator_id: str, lang: str) -> str:
        """``value`` for people (:func:`format_value`), counted in Chinese with the word its
        sources use for ``indicator_id`` (:attr:`counters`)."""
        return format_value(value, unit, lang, self.counters.get(indicator_id))

    def zone_name(self, zone_id: str, lang: str) -> str:
        return self._zone_names[zone_id][check_lang(lang)]

    def indicator_name(self, indicator_id: str, lang: str) -> str:
        return self._indicator_names[indicator_id][check_lang(lang)]

    @cached_property
    def _same_series(self) -> set[tuple[str, str]]:
        """(zone, indicator) pairs with more than one target: their names need telling apart."""
        a = self.assessment
        counts = a.groupby(["zone_id", "indicator_id"]).size()
        return set(counts[counts > 1].index)

    def target_name(self, row: pd.Series | dict, lang: str) -> str:
        """``Zone · Indicator``, plus the target value and deadline when the zone has two
        targets on the same indicator."""
        zone, indicator = row["zone_id"], row["indicator_id"]
        name = f"{self.zone_name(zone, lang)} · {self.indicator_name(indicator, lang)}"
        if (row["zone_id"], row["indicator_id"]) in self._same_series:
            value = self.value_text(row["target_value"], row["unit"], indicator, lang)
            by = label("by_date", lang, date=f"{row['deadline']:%Y-%m-%d}")
            name += f" ({_COMPARATORS[row['comparator']]} {value}, {by})"
        return name

    def figure(self, zone_id: str, indicator_id: str, date: pd.Timestamp) -> dict | None:
        """The observation behind a baseline or latest figure (None for a sum of parts)."""
        if pd.isna(date):
            return None
        return self.figures.get((zone_id, indicator_id, pd.Timestamp(date)))

    def has_page(self, zone_id: str) -> bool:
        """Whether ``zone_id``'s page is published beside this one (see ``zone_pages``)."""
        return self.zone_pages is None or zone_id in self.zone_pages

    def ancestors(self, zone_id: str) -> list[str]:
        """``zone_id`` and the zones above it, nearest first."""
        return self.catalog.hierarchy.ancestors(zone_id)

    @cached_property
    def new_observations(self) -> pd.DataFrame:
        """Figures visible now that were not visible at the previous quarter's end."""
        before = pd.Timestamp(quarter_end(*previous_quarter(self.year, self.quarter)))
        obs = self.observations
        new = obs[(obs["ref_date"] > before) | (obs["published"] > before)]
        return new.sort_values(["zone_id", "indicator_id", "ref_date"], kind="stable")

    @cached_property
    def shown_observations(self) -> pd.DataFrame:
        """The figures a zone page shows: its targets' series and this quarter's new figures;
        for a zone without targets, every visible figure. Their sources make the page's list."""
        obs = self.observations
        if self.assessment.empty:
            return obs
        series = set(zip(self.assessment["zone_id"], self.assessment["indicator_id"], strict=True))
        keys = pd.Series(
            list(zip(obs["zone_id"], obs["indicator_id"], strict=True)), index=obs.index
        )
        mine = keys.map(lambda k: k in series).astype(bool) | obs["obs_id"].isin(
            self.new_observations["obs_id"]
        )
        return obs[mine]

    def series(self, zone_id: str, indicator_id: str) -> pd.DataFrame:
        """A target's visible series (§2.1), in date order."""
        obs = self.observations
        return obs[(obs["zone_id"] == zone_id) & (obs["indicator_id"] == indicator_id)]

    def zone_view(self, zone: str) -> ZoneQuarter:
        """The view of ``zone`` cut from this one without assessing again (for indexes and
        manifests at thousands of zones). Parts lie in their whole's zone subtree (validation),
        so the rows are those ``assess(..., zone=zone)`` returns."""
        if zone == self.zone:
            return self
        if zone in self._views:
            return self._views[zone]
        zones = self.zone_view_zones(zone)
        cut = self._rows_by_zone.cut
        view = ZoneQuarter(
            self.catalog,
            self.year,
            self.quarter,
            zone,
            cut("assessment", zones),
            cut("previous", zones),
            cut("observations", zones),
            zones,
        )
        view.__dict__["_lookups"] = self._lookups  # shared, not built again per view
        self._views[zone] = view
        return view

    @cached_property
    def own_view(self) -> ZoneQuarter:
        """This zone's own rows only, without the zones below it: what a summary page of a
        large subtree shows in full. Its ``zones`` is ``[zone]``; look-ups are shared."""

        def own(frame: pd.DataFrame) -> pd.DataFrame:
            return frame[frame["zone_id"] == self.zone].reset_index(drop=True)

        view = ZoneQuarter(
            self.catalog,
            self.year,
            self.quarter,
            self.zone,
            own(self.assessment),
            own(self.previous),
            own(self.observations),
            zones=[self.zone],
            zone_pages=self.zone_pages,
        )
        view.__dict__["_lookups"] = self._lookups
        return view

    @cached_property
    def _rows_by_zone(self) -> _RowsByZone:
        return _RowsByZone(
            {
                "assessment": self.assessment,
                "previous": self.previous,
                "observations": self.observations,
            }
        )

    @cached_property
    def _views(self) -> dict[str, ZoneQuarter]:
        return {}

    @cached_property
    def catalog_sha256(self) -> str:
        return catalog_sha256(self.catalog)


def _subtree_share(catalog: Catalog, zones: list[str]) -> Catalog:
    """``catalog`` with only the targets and observations of ``zones`` and the sources their
    targets cite (zones and indicators whole), for assessing in the view of one zone.

    Its cost is the share's, not the catalogue's: the zone hierarchy already indexed is
    kept, and no table is scanned beyond selecting the rows.
    """
    keep = set(zones)
    targets = catalog.targets[catalog.targets["zone_id"].isin(keep)]
    observations = catalog.observations[catalog.observations["zone_id"].isin(keep)]
    # assess reads a source only for the date its targets became known (§1.3);
    # observations carry their own publication date.
    sources = catalog.sources
    if "source" in targets and "source" in sources:
        sources = sources[sources["source"].isin(set(targets["source"]))]
    share = dataclasses.replace(
        catalog, targets=targets, observations=observations, sources=sources
    )
    share.__dict__["hierarchy"] = catalog.hierarchy  # the same zones, indexed once
    return share


def zone_quarter(
    catalog: Catalog,
    year: int,
    quarter: int,
    zone: str = "all",
    zone_pages: Iterable[str] | None = None,
) -> ZoneQuarter:
    """Assess ``catalog`` as of the quarter's end (and the previous one's) in the view of ``zone``.

    ``zone_pages``: the zones whose pages are published beside this one (None: every zone).

    Raises
    ------
    UsageError
        For an unknown zone.
    """
    zones = catalog.subtree(zone)
    as_of = quarter_end(year, quarter)
    before = quarter_end(*previous_quarter(year, quarter))
    # A zone's report assesses its subtree's rows only: parts lie in their whole's zone
    # subtree (validation), so the rows are those of the whole catalogue's assessment, at a
    # cost that does not grow with the rest of the catalogue. Its visible figures are the
    # subtree's too: each series lies in one zone.
    share = catalog if zone == "all" else _subtree_share(catalog, zones)
    obs = visible_observations(share, as_of)
    if share.targets.empty:
        share = catalog  # an empty assessment typed as the whole catalogue's
    assessment = _assess(share, as_of, zone)
    # The first quarter a date can hold (1678Q1) has no previous one to compare with.
    first = before.year < FIRST_YEAR
    return ZoneQuarter(
        catalog=catalog,
        year=year,
        quarter=quarter,
        zone=zone,
        assessment=assessment,
        previous=assessment.iloc[0:0] if first else _assess(share, before, zone),
        observations=obs,
        zones=zones,
        zone_pages=None if zone_pages is None else frozenset(zone_pages),
    )


def project_method() -> str | None:
    """The text of the method (``docs/method.md``), shipped inside the package.

    ``docs/method.md`` is a link to the package's copy, so a wheel carries the page the
    glossary links to; None only if an installation lost it.
    """
    path = config.PACKAGE_DIR / "method.md"
    return path.read_text(encoding="utf-8") if path.is_file() else None
