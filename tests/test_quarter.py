"""A zone's quarter assessed on its subtree's share equals the whole catalogue's assessment."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from conftest import write_catalog
from pandas.testing import assert_frame_equal

import zonetrack
from zonetrack.catalog import make_catalog
from zonetrack.dates import quarter_end
from zonetrack.progress import DecompositionWarning, visible_observations
from zonetrack.quarter import catalog_sha256, previous_quarter, zone_quarter

QUARTERS = [(2021, 4), (2023, 2), (2025, 4), (2026, 1)]


def _hierarchy_with_parts():
    """A city whose target is split into parts in its two districts (and one left over in a
    sibling city), each with figures of its own; parts lie in their whole's subtree."""
    zones = pd.DataFrame(
        {
            "zone_id": ["prov", "city", "d1", "d2", "town"],
            "name_en": ["P", "C", "D1", "D2", "T"],
            "name_zh": ["省", "市", "一区", "二区", "镇"],
            "parent_id": [None, "prov", "city", "city", "prov"],
        }
    )
    indicators = pd.DataFrame({"indicator_id": ["firms"], "unit": ["count"]})

    def target(tid, zone, value, parent=None, deadline="2025-12-31"):
        return {
            "target_id": tid,
            "zone_id": zone,
            "indicator_id": "firms",
            "comparator": ">=",
            "value": value,
            "unit": "count",
            "deadline": deadline,
            "adopted": "2021-01-01",
            "parent_target_id": parent,
        }

    targets = [
        target("whole", "city", 1000),
        target("part1", "d1", 400, "whole"),
        target("part2", "d2", 500, "whole", "2024-06-30"),
        target("town", "town", 50),
        target("prov", "prov", 3000, deadline="2023-12-31"),
    ]
    observations = []
    for i, (zone, values) in enumerate(
        {
            "city": (500, 700, 900),
            "d1": (200, 260, 330),
            "d2": (250, 300, 520),
            "town": (9,),
        }.items()
    ):
        for j, value in enumerate(values):
            observations.append(
                {
                    "obs_id": f"o{i}-{j}",
                    "zone_id": zone,
                    "indicator_id": "firms",
                    "value": value,
                    "unit": "count",
                    "qualifier": "exact",
                    "ref_date": f"{2020 + 2 * j}-12-31",
                    "published": f"{2021 + 2 * j}-03-31",
                    "derived_from": None,
                }
            )
    return make_catalog(zones, indicators, targets, observations)


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns as objects with None for a missing value: pandas types a column of text
    by what it holds (all missing, or some text), which differs between a share and the
    whole; the values must not."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or isinstance(out[column].dtype, pd.StringDtype):
            out[column] = out[column].astype(object).where(out[column].notna(), None)
    return out


def assert_same_rows(left: pd.DataFrame, right: pd.DataFrame) -> None:
    assert list(left.columns) == list(right.columns)
    assert_frame_equal(_plain(left), _plain(right), check_exact=True)
    for column in left.columns:  # numbers, dates and flags typed alike
        if not (left[column].dtype == object or isinstance(left[column].dtype, pd.StringDtype)):
            assert left[column].dtype == right[column].dtype, column


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory: pytest.TempPathFactory):
    minimal = zonetrack.load_catalog(*write_catalog(tmp_path_factory.mktemp("q")))
    return {
        "minimal": minimal,
        "project": zonetrack.load_catalog(),
        "parts": _hierarchy_with_parts(),
    }


@pytest.mark.parametrize("name", ["minimal", "project", "parts"])
@pytest.mark.parametrize(("year", "q"), QUARTERS)
def test_a_zones_share_assesses_as_the_whole_catalogue(catalogs, name, year, q) -> None:
    catalog = catalogs[name]
    for zone in catalog.zones["zone_id"]:
        zq = zone_quarter(catalog, year, q, zone)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DecompositionWarning)
            now = zonetrack.assess(catalog, quarter_end(year, q), zone=zone)
            before = zonetrack.assess(catalog, quarter_end(*previous_quarter(year, q)), zone=zone)
        assert_same_rows(zq.assessment, now)
        assert_same_rows(zq.previous, before)
        # The figures visible in the zone's view: the whole catalogue's, in its subtree.
        seen = visible_observations(catalog, quarter_end(year, q))
        seen = seen[seen["zone_id"].isin(catalog.subtree(zone))].reset_index(drop=True)
        assert_same_rows(zq.observations, seen)
        # And as the overview's one assessment cut to the zone (the manifest's counts).
        everything = zone_quarter(catalog, year, q)
        view = everything.zone_view(zone)
        assert_same_rows(view.assessment, zq.assessment)
        assert_same_rows(view.previous, zq.previous)
        assert_same_rows(view.observations, zq.observations)
        # The manifest's counts and titles, tallied without cutting a view, from assess.
        statuses = now["status"].tolist()
        assert everything.counts_of(zone) == {
            "targets": len(now),
            "status_counts": {s: statuses.count(s) for s in zonetrack.STATUSES if s in statuses},
            "deadline_passed": int(now["deadline_passed"].sum()),
            "with_figures": len(now) - statuses.count("no_data"),
        }
        for lang in ("en", "zh"):
            assert everything.title_of(zone, lang) == zq.title(lang)
            assert everything.name_of(zone, lang) == zq.name(lang)


@pytest.mark.parametrize("name", ["minimal", "project"])  # validated: every source present
@pytest.mark.parametrize(("year", "q"), QUARTERS)
def test_a_zones_page_reads_the_same_from_its_share(catalogs, name, year, q) -> None:
    """Every section of every zone's page, in both languages, from the zone's own quarter and
    from the overview's one assessment cut to the zone."""
    from test_sections import whole_page

    catalog = catalogs[name]
    everything = zone_quarter(catalog, year, q)
    for zone in catalog.zones["zone_id"]:
        zq = zone_quarter(catalog, year, q, zone)
        for lang in ("en", "zh"):
            assert whole_page(zq, lang) == whole_page(everything.zone_view(zone), lang), zone


def test_the_footer_hash_is_the_one_the_catalogue_was_loaded_under(tmp_path) -> None:
    """A loaded catalogue's hash is that of the bytes it was read from, even after its files
    change; a catalogue built in code is hashed from its folders."""
    from zonetrack.cache import catalog_fingerprint

    data, seeds = write_catalog(tmp_path / "c")
    catalog = zonetrack.load_catalog(data, seeds)
    loaded = catalog_fingerprint(data, seeds)
    assert catalog_sha256(catalog) == loaded
    (data / ".notes").write_text("later", encoding="utf-8")
    assert catalog_fingerprint(data, seeds) != loaded
    assert catalog_sha256(catalog) == loaded
    again = zonetrack.load_catalog(data, seeds)  # validated afresh: the new bytes
    assert catalog_sha256(again) == catalog_fingerprint(data, seeds)


@pytest.mark.parametrize("fetched_first", [[], ["s0002"], ["s0004", "s0000"]])
def test_every_source_row_is_made_in_one_conversion_in_file_order(
    monkeypatch: pytest.MonkeyPatch, fetched_first: list[str]
) -> None:
    """The downloads list every source's title: a national catalogue's thousands of sources
    must be converted at once, not one row at a time, and rows a page asked for first stay
    the same objects."""
    names = [f"s{i:04d}" for i in (3, 0, 4, 2, 1)]  # not in sorted order
    sources = pd.DataFrame(
        {"source": names, "published": "2020", "title": [f"title of {n}" for n in names]}
    )
    zones = pd.DataFrame(
        {"zone_id": ["z"], "parent_id": [None], "name_en": ["Z"], "name_zh": ["Z"]}
    )
    zq = zone_quarter(make_catalog(zones=zones, sources=sources), 2020, 4)
    early = {name: zq.sources[name] for name in fetched_first}
    conversions = []
    to_dict = pd.DataFrame.to_dict

    def counted(self, *args, **kwargs):  # a seam: count conversions of whole tables
        conversions.append(len(self))
        return to_dict(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_dict", counted)
    items = list(zq.sources.items())
    assert [name for name, _ in items] == names
    assert [row["title"] for _, row in items] == [f"title of {n}" for n in names]
    assert [row["title"] for row in zq.sources.values()] == [f"title of {n}" for n in names]
    assert all(dict(items)[name] is row for name, row in early.items())
    assert conversions == [len(names)]  # once, the whole table


def _firms_counted_again(root, unit: str):
    """MINIMAL with a figure of the park's firms published in 2024, written with ``unit``."""
    import copy

    from conftest import MINIMAL, SEED_TEXT

    tables = copy.deepcopy(MINIMAL)
    later = {**tables["observations"][-1], "obs_id": "o-firms-2024", "value": "900"}
    later |= {"unit": unit, "qualifier": "exact", "ref_date": "2024-03", "published": "2024-06"}
    written = "" if unit == "count" else unit
    later["evidence"] = f"园区企业900{written}"
    tables["observations"].append(later)
    seed_text = SEED_TEXT + f"截至2024年3月,园区企业900{written}。\n"
    return zonetrack.load_catalog(*write_catalog(root, tables, seed_text))


@pytest.mark.parametrize(
    ("unit", "year", "q", "counters", "shown"),
    [
        ("家", 2024, 3, {"firms": "家"}, "900家"),
        ("個", 2024, 3, {}, "900个"),  # 家 and 個 disagree: the general 个
        ("個", 2023, 2, {"firms": "家"}, "800家"),  # the later 個 is not yet published
        ("次", 2024, 3, {}, "900个"),  # any word the units registry counts with has a say
        ("count", 2024, 3, {"firms": "家"}, "900家"),  # an English source writes none
    ],
)
def test_a_count_is_shown_with_the_counter_its_sources_use_as_of_the_page(
    tmp_path, unit: str, year: int, q: int, counters: dict, shown: str
) -> None:
    zq = zone_quarter(_firms_counted_again(tmp_path, unit), year, q, "park")
    assert zq.counters == counters
    [row] = zq.assessment[zq.assessment["indicator_id"] == "firms"].to_dict(orient="records")
    assert zq.value_text(row["latest_value"], row["unit"], "firms", "zh") == shown


def test_a_later_source_does_not_change_how_an_earlier_page_counts(tmp_path) -> None:
    from zonetrack import sections

    before = zone_quarter(zonetrack.load_catalog(*write_catalog(tmp_path / "a")), 2023, 2, "park")
    after = zone_quarter(_firms_counted_again(tmp_path / "b", "個"), 2023, 2, "park")
    assert "800家" in sections.targets_html(after, "zh")
    assert sections.targets_html(after, "zh") == sections.targets_html(before, "zh")


def test_every_page_of_a_quarter_counts_alike(tmp_path) -> None:
    """The park (家) and the city above it (個) count the same indicator differently: the
    park's page, the city's and the overview all show it with 个, never 家 on one of them."""
    import copy

    from conftest import MINIMAL, SEED_TEXT

    tables = copy.deepcopy(MINIMAL)
    city = {**tables["observations"][-1], "obs_id": "o-city-firms", "zone_id": "city"}
    city |= {"value": "1500", "unit": "個", "ref_date": "2020", "evidence": "全市企业1500個"}
    city["qualifier"] = "exact"
    tables["observations"].append(city)
    catalog = zonetrack.load_catalog(
        *write_catalog(tmp_path, tables, SEED_TEXT + "全市企业1500個。\n")
    )
    for zone in ("park", "city", "all"):
        zq = zone_quarter(catalog, 2023, 2, zone)
        assert zq.counters == {}, zone
        assert zq.value_text(800, "count", "firms", "zh") == "800个"


def test_a_what_if_figure_has_no_say_in_the_counter() -> None:
    catalog = zonetrack.load_catalog()  # the real one: its tech incubators are counted in 家
    indicator = "tech_incubators"
    assert zone_quarter(catalog, 2026, 3).counters[indicator] == "家"
    zone = catalog.observations.loc[catalog.observations["indicator_id"] == indicator, "zone_id"]
    what_if = catalog.with_observations(
        [
            {
                "zone_id": zone.iloc[0],
                "indicator_id": indicator,
                "value": 1,
                "unit": "个",
                "ref_date": "2026-01-01",
            }
        ]
    )
    assert zone_quarter(what_if, 2026, 3).counters[indicator] == "家"
