"""The committed catalogue: the corpus is intact and the figures tell the documented story."""

from __future__ import annotations

import csv
import re
from collections import Counter

import pandas as pd
import pytest
from conftest import PROJECT

import zonetrack
from zonetrack.cli import main
from zonetrack.progress import visible_observations
from zonetrack.schemas import DATE_KINDS

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
    talents = t[
        (t["zone_id"] == "cd-future-stc") & (t["indicator_id"] == "high_level_talents_attracted")
    ]
    assert list(talents["value_canonical"]) == [300]
    parts = t[t["parent_target_id"] == "cq-t-01"]
    assert sorted(parts["value_canonical"]) == [350_000, 4_300_000, 5_600_000]


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


# -- dating: every date says which kind of date it is ----------------------------------------

JINGRONG = "000_09e2b31954e9c20a.txt"
CHENGDU = "003_3f05d25038775d93.txt"

# Read from the seeds: each source's `published` and the kind of date it is.
SOURCE_DATES = [
    (JINGRONG, "2017", "lower bound"),  # both texts report the 2017 SWC China final as held
    ("001_55fad331cf185339.txt", "2016", "lower bound"),  # latest date it states: 2016年4月
    ("002_538dd88ec897fde2.txt", "2018", "upper bound"),  # founded 去年 (2017): written in 2018
    (CHENGDU, "2021-07-23", "lower bound"),  # reports the plenary of July 23 as held
    ("004_3038478eb074531e.txt", "2022-01-14", "stated"),  # 2022-01-14 17:01:24 on the page
]


def _raw(name: str) -> list[dict[str, str]]:
    folder = PROJECT / ("seeds" if name == "sources.csv" else "data")
    with (folder / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(("source", "published", "kind"), SOURCE_DATES)
def test_each_source_date_names_its_kind(source: str, published: str, kind: str) -> None:
    row = {r["source"]: r for r in _raw("sources.csv")}[source]
    assert row["published"] == published
    assert row["published_basis"].startswith(kind + (":" if kind != "upper bound" else ""))


def test_every_source_basis_starts_with_a_kind() -> None:
    rows = _raw("sources.csv")
    assert {r["source"] for r in rows} == {s for s, _, _ in SOURCE_DATES}
    for row in rows:
        assert row["published_basis"].startswith(DATE_KINDS), row["source"]


def test_sources_csv_has_url_and_retrieved_and_invents_neither() -> None:
    with (PROJECT / "seeds" / "sources.csv").open(encoding="utf-8") as fh:
        header = fh.readline().strip()
    assert header == (
        "source,title,publisher,language,published,published_basis,url,retrieved,sha256,currency"
    )
    for row in _raw("sources.csv"):
        text = (PROJECT / "seeds" / row["source"]).read_text(encoding="utf-8")
        # None of the five shows its own address, so none may have one.
        assert not re.search(r"https?://", text)
        assert row["url"] == ""
        # When the first five were obtained was not recorded.
        assert row["retrieved"] == ""
        # All five are mainland pages (001 is written in traditional characters about a park
        # in Chengdu): their 元 is the yuan, so no currency is recorded (issue 12).
        assert row["currency"] == ""


def test_readme_lists_the_columns_of_sources_csv() -> None:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    header = _raw("sources.csv")[0].keys()
    assert f"`{','.join(header)}`" in readme
    assert "every cumulative English figure is smaller" not in readme


def test_chengdu_page_is_dated_on_or_after_the_plenary_it_reports(
    catalog: zonetrack.Catalog,
) -> None:
    sources = catalog.sources.set_index("source")
    published = sources.loc[CHENGDU, "published_date"]
    assert published >= pd.Timestamp("2021-07-23") > pd.Timestamp("2021-07-17")  # not the stamp
    targets = catalog.targets[catalog.targets["source"] == CHENGDU]
    assert len(targets) == 4
    assert (targets["adopted"] == pd.Timestamp("2021-07-23")).all()
    assert (targets["adopted"] <= published).all()


def test_targets_are_not_adopted_after_a_certain_publication(catalog: zonetrack.Catalog) -> None:
    # Where the publication date is stated or an upper bound, a plan it reports was adopted by then.
    basis = catalog.sources.set_index("source")
    for _, target in catalog.targets.iterrows():
        row = basis.loc[target["source"]]
        if row["published_basis"].startswith(("stated", "upper bound")):
            assert target["adopted"] <= row["published_date"], target["target_id"]


def test_inferred_observation_dates_name_their_kind() -> None:
    for row in _raw("observations.csv"):
        inferred = "inference" in row["note"] or "undated" in row["note"]
        if inferred or row["published"]:
            assert re.search(r"lower bound|upper bound|stated", row["note"]), row["obs_id"]


# The fourteen cumulative figures of Jingrong Town that both texts of the page give, read from
# the seed: (indicator, English value, qualifier, Chinese value, qualifier, how they compare).
JINGRONG_PAIRS = [
    ("maker_space_area", 750_000, "exact", 870_000, "exact", "chinese larger"),
    ("emerging_industry_projects", 1633, "exact", 1700, "at_least", "chinese larger"),
    ("new_incubators", 49, "exact", 51, "exact", "chinese larger"),
    ("makers", 18_600, "at_least", 20_200, "at_least", "chinese larger"),
    ("high_level_talents_cumulative", 41, "exact", 40, "at_least", "consistent"),
    ("mentors", 100, "at_least", 100, "at_least", "equal"),
    ("maker_apartments", 624, "exact", 624, "exact", "equal"),
    ("public_tech_platforms", 42, "exact", 42, "exact", "equal"),
    ("dual_innovation_service_platforms", 7, "exact", 7, "exact", "equal"),
    ("funds", 22, "exact", 25, "exact", "chinese larger"),
    ("market_entities", 1399, "exact", 1610, "exact", "chinese larger"),
    ("listed_companies", 14, "exact", 14, "exact", "equal"),
    ("registered_capital", 4.112e9, "exact", 5.279e9, "exact", "chinese larger"),
    ("international_events", 300, "at_least", 300, "at_least", "equal"),
]


def _jingrong(catalog: zonetrack.Catalog) -> tuple[pd.DataFrame, pd.DataFrame]:
    obs = catalog.observations
    jr = obs[(obs["source"] == JINGRONG) & (obs["zone_id"] == "cd-jingrong-town")]
    english = jr["evidence"].str.contains(r"[A-Za-z]", regex=True)
    return jr[english].set_index("indicator_id"), jr[~english].set_index("indicator_id")


def test_jingrong_pairs_compare_as_the_audit_found() -> None:
    assert Counter(p[-1] for p in JINGRONG_PAIRS) == {
        "chinese larger": 7,
        "equal": 6,
        "consistent": 1,
    }


@pytest.mark.parametrize(("indicator", "en", "en_q", "zh", "zh_q", "relation"), JINGRONG_PAIRS)
def test_jingrong_pair(
    catalog: zonetrack.Catalog,
    indicator: str,
    en: float,
    en_q: str,
    zh: float,
    zh_q: str,
    relation: str,
) -> None:
    english, chinese = _jingrong(catalog)
    e, c = english.loc[indicator], chinese.loc[indicator]
    assert (e["value_canonical"], e["qualifier"]) == pytest.approx((en, en_q))
    assert (c["value_canonical"], c["qualifier"]) == pytest.approx((zh, zh_q))
    if relation == "chinese larger":
        assert c["value_canonical"] > e["value_canonical"]
    elif relation == "equal":
        assert c["value_canonical"] == e["value_canonical"] and c["qualifier"] == e["qualifier"]
    else:  # "40余" (over 40) does not contradict 41, nor is either smaller
        assert c["qualifier"] == "at_least" and e["value_canonical"] > c["value_canonical"]
    # Both texts are dated by their common lower bound, not by a year the page does not give.
    for row in (e, c):
        assert row["ref_date"] == row["published"] == pd.Timestamp("2017-12-31")
        assert "lower bound" in row["note"]


def test_jingrong_chinese_text_is_the_figure_assessments_see(catalog: zonetrack.Catalog) -> None:
    english, chinese = _jingrong(catalog)
    assert len(english) == len(chinese) == len(JINGRONG_PAIRS)
    seen = visible_observations(catalog, "2026-09-30", "cd-jingrong-town").set_index("indicator_id")
    # Same ref_date and publication: the row later in the file (the Chinese one) stands.
    for indicator, *_ in JINGRONG_PAIRS:
        assert seen.loc[indicator, "obs_id"] == chinese.loc[indicator, "obs_id"]
        assert "not older than the English one" in chinese.loc[indicator, "note"]


# -- one meaning per indicator -----------------------------------------------------------------

# Read from the seeds: which indicator and measure each figure belongs to.
SPLIT_ROWS = [
    ("jr-obs-005", "high_level_talents_cumulative", "stock"),  # bringing in 41 (to date)
    ("jr-obs-019", "high_level_talents_cumulative", "stock"),  # 引进...高层次人才40余名
    ("cd-t-04", "high_level_talents_attracted", "flow"),  # Attract 300 ... by 2025
    ("spb-obs-009", "universities_located", "stock"),  # 沙坪坝: 高校16所
    ("cq-obs-010", "universities_in_ecosystems", "stock"),  # 带动了相关区域和10余所高校
]


@pytest.mark.parametrize(("row_id", "indicator", "measure"), SPLIT_ROWS)
def test_conflated_indicators_are_split(
    catalog: zonetrack.Catalog, row_id: str, indicator: str, measure: str
) -> None:
    rows = pd.concat(
        [
            catalog.targets.set_index("target_id")["indicator_id"],
            catalog.observations.set_index("obs_id")["indicator_id"],
        ]
    )
    assert rows[row_id] == indicator
    indicators = catalog.indicators.set_index("indicator_id")
    assert indicators.loc[indicator, "measure"] == measure
    assert not {"high_level_talents", "universities"} & set(indicators.index)


def test_indicator_names_are_unique_in_both_languages(catalog: zonetrack.Catalog) -> None:
    for column in ("name_en", "name_zh"):
        assert catalog.indicators[column].is_unique, column


def test_targets_for_an_inflow_use_a_flow_indicator(catalog: zonetrack.Catalog) -> None:
    # "Attract 300", 新增, 新引进: counted from adoption, never a stock present at a date.
    measure = catalog.indicators.set_index("indicator_id")["measure"]
    inflow = catalog.targets["evidence"].str.contains(r"^(?:Attract|attract|新增|新引进|吸引)")
    assert inflow.sum() >= 1
    assert (catalog.targets.loc[inflow, "indicator_id"].map(measure) == "flow").all()


# -- derived figures are marked wherever they are shown -------------------------------------------

ASSUMPTION = "assumes the two populations do not overlap"  # cq-obs-016's note


def test_derived_figure_is_marked_in_the_status_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--as-of", "2022-03-31"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith(("cq-", "cd-"))}
    # The narrow table has no room for values: the mark stands on the target's id.
    assert "cq-t-02*" in rows
    assert not any("*" in tid for tid in rows if tid != "cq-t-02*")
    assert main(["status", "--as-of", "2022-03-31", "--wide"]) == 0
    wide = capsys.readouterr().out
    rows = {line.split()[0]: line for line in wide.splitlines() if line.startswith(("cq-", "cd-"))}
    assert "22,397*" in rows["cq-t-02"]
    notes = out.split("* derived", 1)[1]
    assert "cq-t-02: cq-obs-016 = cq-obs-003 + cq-obs-007" in notes and ASSUMPTION in notes


def test_derived_figure_carries_its_assumption_in_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--as-of", "2022-03-31", "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    marked = {r["target_id"]: r["derived_assumption"] for r in rows if r["derived_assumption"]}
    assert list(marked) == ["cq-t-02"] and ASSUMPTION in marked["cq-t-02"]
    assert {r["target_id"] for r in rows if r["latest_derived"] == "True"} == {"cq-t-02"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_derived_figure_is_marked_in_the_report(lang: str) -> None:
    """The card of the target whose latest figure is derived, and the sources section, say so
    and give the assumption (the report as of 2022Q1, when cq-obs-016 is Chongqing's latest)."""
    from zonetrack import provenance, sections
    from zonetrack.quarter import zone_quarter

    zq = zone_quarter(zonetrack.load_catalog(), 2022, 1, "chongqing")
    word = {"en": "derived", "zh": "推算"}[lang]
    for html in (sections.targets_html(zq, lang), provenance.sources_html(zq, lang)):
        assert word in html
        assert ASSUMPTION in html
        assert "cq-obs-003 + cq-obs-007" in html
