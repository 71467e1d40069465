"""The committed catalogue: the corpus is intact and the figures tell the documented story."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import PROJECT

import zonetrack

SHARED_SEEDS = PROJECT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def catalog() -> zonetrack.Catalog:
    return zonetrack.load_catalog()


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside this clone")
def test_seeds_are_the_shared_documents_byte_for_byte() -> None:
    shared = sorted(SHARED_SEEDS.glob("*.txt"))
    assert shared
    for path in shared:
        assert (PROJECT / "seeds" / path.name).read_bytes() == path.read_bytes()


def test_every_seed_is_a_source(catalog: zonetrack.Catalog) -> None:
    seeds = {p.name for p in (PROJECT / "seeds").glob("*.txt")}
    assert seeds == set(catalog.sources["source"])
    cited = set(catalog.targets["source"]) | set(catalog.observations["source"])
    assert cited == seeds  # every document contributes figures


def test_headline_targets(catalog: zonetrack.Catalog) -> None:
    t = catalog.targets.set_index("target_id")
    area = t.loc["cq-t-01"]
    assert (area["zone_id"], area["value_canonical"], area["deadline"]) == (
        "chongqing",
        1e7,
        pd.Timestamp("2025-12-31"),
    )
    talents = t[(t["zone_id"] == "cd-future-stc") & (t["indicator_id"] == "high_level_talents")]
    assert list(talents["value_canonical"]) == [300]
    parts = t[t["parent_target_id"] == "cq-t-01"]
    assert sorted(parts["value_canonical"]) == [350_000, 4_300_000, 5_600_000]


def test_jingrong_versions_are_ordered(catalog: zonetrack.Catalog) -> None:
    jr = catalog.observations[catalog.observations["zone_id"] == "cd-jingrong-town"]
    english = jr[jr["evidence"].str.contains(r"[A-Za-z]", regex=True)]
    chinese = jr.drop(english.index)
    assert len(english) and len(chinese)
    assert english["ref_date"].max() < chinese["ref_date"].min()
    assert english["note"].str.len().min() > 0 and chinese["note"].str.len().min() > 0


def test_derived_figures_are_marked(catalog: zonetrack.Catalog) -> None:
    derived = catalog.observations[catalog.observations["derived"]]
    assert derived["evidence"].isna().all()
    assert derived["note"].str.contains("deriv", case=False).all()


def test_status_at_2026q3_is_honest(catalog: zonetrack.Catalog) -> None:
    frame = zonetrack.assess(catalog, "2026-09-30").set_index("target_id")
    assert frame.loc["cq-t-01", "status"] == "no_data"
    early_2022 = frame["baseline_date"] == pd.Timestamp("2022-01-14")
    assert early_2022.sum() >= 2
    assert (frame.loc[early_2022, "status"] == "overdue_unverified").all()
    assert set(frame["status"]) <= set(zonetrack.STATUSES)


def test_status_lists_only_targets_published_by_the_date() -> None:
    from zonetrack.progress import status_table

    end_2021 = status_table(quarter="2021Q4")
    assert set(end_2021["zone_id"]) == {"cd-future-stc"}  # Chongqing's plan came out in 2022
    assert set(status_table(quarter="2022Q1")["zone_id"]) >= {"chongqing", "cd-future-stc"}
