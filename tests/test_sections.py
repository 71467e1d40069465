"""Page sections as pure functions: structure, words, provenance, navigation, escaping.

No kernel: every test builds a ZoneQuarter from a catalogue written at run time (or the
project's) and reads the HTML the renderers return. Expected values come from the
written method (docs/method.md) and the catalogue rows, not from running the renderers.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import MINIMAL, PROJECT, examples, write_catalog, write_csv
from hypothesis import given, settings
from hypothesis import strategies as st
from test_quarter import assert_same_rows

import zonetrack
from zonetrack import overview, sections
from zonetrack.downloads import method_page
from zonetrack.exceptions import VersionError
from zonetrack.labels import label, status_label, vocabulary
from zonetrack.pages import DOWNLOADS, METHOD_PAGE, e, page, quarter_index, root_index
from zonetrack.quarter import catalog_sha256, zone_quarter

SNAPSHOTS = Path(__file__).parent / "snapshots"


def whole_page(zq, lang: str) -> str:
    """Every section of a page, as the template shows them (charts aside)."""
    parts = [sections.header_html(zq, lang)]
    renderers = {
        "headline": sections.headline_html,
        "targets": sections.targets_html,
        "figures": sections.figures_html,
        "zones_below": sections.zones_below_html,
        "decompositions": sections.decompositions_html,
        "changes": sections.changes_html,
        "how_to_read": sections.how_to_read_html,
        "sources": sections.sources_html,
        "status_matrix": overview.status_matrix_html,
        "past_deadline_list": overview.past_deadline_html,
        "biggest_changes": overview.biggest_changes_html,
    }
    for key in sections.page_sections(zq):
        if key in renderers:
            parts.append(renderers[key](zq, lang))
        else:  # charts: the display layer draws them under this heading
            parts.append(f'<h2 id="s-{key}">{key}</h2>')
    parts.append(sections.footer_html(zq, lang))
    return page(zq.title(lang), "".join(parts), lang)


class Links(HTMLParser):
    """Ids, links and text of a page; fails on a tag that is never closed where it must be."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "href" in attrs:
            self.hrefs.append(attrs["href"])
        if "src" in attrs:
            self.srcs.append(attrs["src"])

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def minimal(tmp_path_factory: pytest.TempPathFactory):
    data, seeds = write_catalog(tmp_path_factory.mktemp("minimal"))
    return zonetrack.load_catalog(data, seeds)


@pytest.fixture(scope="module")
def project():
    return zonetrack.load_catalog()


# -- the headline --------------------------------------------------------------------------
def test_headline_counts_come_from_the_method(minimal) -> None:
    # 2023-06-30: t-area 40 (2020) -> 60 (2022) against 100 by 2025: achieved (60/40)^(1/2)-1
    # = 22.5 %/yr, required (100/40)^(1/5)-1 = 20.1 %/yr, ratio 1.12: on track (§5 rule 5).
    # t-firms: one approximate figure, the baseline: baseline_only. No deadline has passed.
    zq = zone_quarter(minimal, 2023, 2, "park")
    assert sections.headline_words(zq, "en") == (
        "2 targets: 2 with figures (none achieved, 1 on track); no deadline has passed yet."
    )
    assert sections.headline_words(zq, "zh").startswith("共2个目标：2个有数据")
    # 2026-09-30: both deadlines (2025-12-31) have passed; no figure from the deadline on.
    later = zone_quarter(minimal, 2026, 3, "park")
    assert "2 past their deadline, none of them with no figure." in sections.headline_words(
        later, "en"
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "No target or figure of this zone had been published by this date."),
        ("zh", "截至该日期，该区域尚无已发布的目标或数据。"),
    ],
)
def test_headline_before_anything_was_published_says_just_that(minimal, lang, words) -> None:
    # Not "its 0 published figures are listed below" above an empty list.
    assert sections.headline_words(zone_quarter(minimal, 1990, 1, "park"), lang) == words


def test_headline_of_the_chongqing_report(project) -> None:
    # Chongqing and the zones below it at 2026-09-30: 9 targets (cq-t-01..09), all due
    # 2025-12-31; figures only for cq-t-02 (a derived baseline) and cq-t-07 (6 ecosystems).
    zq = zone_quarter(project, 2026, 3, "chongqing")
    words = sections.headline_words(zq, "en")
    assert words.startswith("9 targets: 2 with figures")
    assert "9 past their deadline, 7 of them with no figure." in words


# -- one target: where it started, where it is, what it needs, why ----------------------------
def test_target_card_shows_baseline_latest_target_with_dates_and_reason(minimal) -> None:
    zq = zone_quarter(minimal, 2023, 2, "park")
    html = sections.targets_html(zq, "en")
    card = html[html.index('id="t-t-area"') :]
    card = card[: card.index('id="t-t-firms"')]
    for text in (
        "400,000 m²",  # baseline: 40 万平方米, the last figure before adoption (§2.3)
        "2020-12-31",
        "2021-01-31",  # adopted 2021-01 means its last day
        "600,000 m²",
        "2022-12-31",
        "≥ 1,000,000 m²",
        "by 2025-12-31",
        "60%",  # attainment 60 / 100
    ):
        assert text in card, text
    achieved = (60 / 40) ** (365.25 / (365 + 365)) - 1
    required = (100 / 40) ** (365.25 / (5 * 365 + 1)) - 1
    years_left = (pd_days("2022-12-31", "2025-12-31")) / 365.25
    remaining = (100 / 60) ** (1 / years_left) - 1
    assert f"Achieved {achieved:+.1%}/year" in card
    assert f"required {required:+.1%}/year" in card
    assert f"pace ratio {achieved / required:.2f}" in card
    assert f"Needs {remaining:+.1%}/year from now." in card
    assert "on track" in card and "Deadline passed" in card


def pd_days(start: str, end: str) -> int:
    import pandas as pd

    return (pd.Timestamp(end) - pd.Timestamp(start)).days


@pytest.mark.parametrize(("lang", "word"), [("en", "approximately"), ("zh", "约")])
def test_an_approximate_figure_says_so_where_it_is_shown(minimal, lang: str, word: str) -> None:
    zq = zone_quarter(minimal, 2023, 2, "park")
    html = sections.targets_html(zq, lang)
    card = html[html.index('id="t-t-firms"') :]
    assert f'<span class="mark">{word}</span>' in card


def test_a_derived_figure_is_marked_with_its_assumption(project) -> None:
    zq = zone_quarter(project, 2026, 3, "chongqing")
    derived = project.observations[project.observations["derived"]]
    assert len(derived) and derived["derived_from"].str.len().gt(0).all()
    html = sections.targets_html(zq, "en")
    for _, obs in derived[derived["zone_id"].isin(zq.zones)].iterrows():
        note = obs["note"].replace("&", "&amp;").replace("'", "&#x27;").replace('"', "&quot;")
        assert note in html, obs["obs_id"]
        assert obs["derived_from"] in html
    assert ">derived</span>" in html


def test_two_targets_on_the_same_indicator_are_told_apart(tmp_path: Path) -> None:
    tables = copy.deepcopy(MINIMAL)
    second = dict(tables["targets"][0], target_id="t-area-2030", deadline="2030-12-31")
    tables["targets"].append(second)
    catalog = zonetrack.load_catalog(*write_catalog(tmp_path, tables))
    zq = zone_quarter(catalog, 2023, 2, "park")
    names = [zq.target_name(r, "en") for r in zq.assessment.to_dict(orient="records")]
    area = [n for n in names if "Incubator area" in n]
    assert len(area) == 2 and len(set(area)) == 2
    assert any("by 2030-12-31" in n for n in area) and any("by 2025-12-31" in n for n in area)
    assert names.count("Demo Park · Firms") == 1  # alone on its indicator: no suffix


# -- provenance --------------------------------------------------------------------------------
@pytest.mark.parametrize("zone", ["chongqing", "cq-shapingba", "cq-ucity-park", "all"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_link_within_the_page_has_its_target(project, zone: str, lang: str) -> None:
    zq = zone_quarter(project, 2026, 3, zone)
    found = parse(whole_page(zq, lang))
    assert len(found.ids) == len(set(found.ids)), "duplicate ids"
    for href in found.hrefs:
        if href.startswith("#"):
            assert href[1:] in found.ids, href
    assert not found.srcs  # no image, script or frame from anywhere
    assert "script" not in found.tags and "link" not in found.tags


def test_each_figure_links_to_its_sentence_under_its_source(minimal) -> None:
    zq = zone_quarter(minimal, 2023, 2, "park")
    html = sections.targets_html(zq, "en") + sections.sources_html(zq, "en")
    # The baseline and latest of t-area are o-area-2020 and o-area-2022 (§2.3, §2.2).
    for obs_id in ("o-area-2020", "o-area-2022", "o-firms-2020"):
        assert f'href="#ev-o-{obs_id}"' in html
    sources = sections.sources_html(zq, "en")
    # One source, listed once, its evidence grouped under it.
    assert sources.count("<h3>") == 1 and "示范区建设方案" in sources
    for row in MINIMAL["targets"] + MINIMAL["observations"][:2]:
        assert f"“{row['evidence']}”" in sources
    assert "2021-01 (stated on the page)" in sources


def test_only_the_sources_on_the_page_are_listed(project) -> None:
    zq = zone_quarter(project, 2026, 3, "chongqing")
    text = sections.sources_html(zq, "en")
    assert "重庆将建千万平方米孵化载体力促成果转化" in text  # the plan behind cq-t-*
    assert "国际菁蓉镇简介" not in text and "Chengdu Construction" not in text


@pytest.mark.parametrize("with_url", [True, False])
def test_a_source_address_is_a_link_when_sources_csv_has_one(tmp_path: Path, with_url) -> None:
    data, seeds = write_catalog(tmp_path)
    rows = list(
        __import__("csv").DictReader((seeds / "sources.csv").open(encoding="utf-8", newline=""))
    )
    if with_url:
        rows[0] |= {"url": "https://example.org/plan?a=1&b=2", "retrieved": "2024-05-01"}
    write_csv(seeds / "sources.csv", rows)
    zq = zone_quarter(zonetrack.load_catalog(data, seeds), 2023, 2, "park")
    text = sections.sources_html(zq, "en")
    if with_url:
        assert '<a href="https://example.org/plan?a=1&amp;b=2" rel="noopener">' in text
        assert "retrieved 2024-05-01" in text
    else:
        assert "<a href=" not in text


# -- a zone without targets, the overview ------------------------------------------------------
def test_a_zone_without_targets_shows_its_figures_as_one_table(project) -> None:
    zq = zone_quarter(project, 2026, 3, "cq-shapingba")
    assert zq.assessment.empty
    assert sections.page_sections(zq) == [
        "headline",
        "figures",
        "changes",
        "how_to_read",
        "sources",
    ]
    html = sections.figures_html(zq, "en")
    visible = project.observations[
        project.observations["zone_id"].isin(project.subtree("cq-shapingba"))
    ]
    assert html.count("<tr>") == 1 + len(visible)  # header + one row per figure
    assert "2017-11-08" in html  # a figure's own date
    assert html.count('class="ref"') == len(visible)


def test_overview_matrix_rolls_up_the_hierarchy(minimal) -> None:
    zq = zone_quarter(minimal, 2023, 2, "all")
    counts = overview.rolled_up_counts(zq)
    # Both targets sit in park; city counts the zones below it.
    assert counts["park"]["targets"] == counts["city"]["targets"] == 2
    assert counts["city"]["on_track"] == 1 and counts["city"]["baseline_only"] == 1
    html = overview.status_matrix_html(zq, "en")
    assert html.index("Demo City") < html.index("Demo Park")


def test_overview_lists_targets_past_deadline_and_changes(minimal) -> None:
    zq = zone_quarter(minimal, 2026, 1, "all")
    late = overview.past_deadline_html(zq, "en")
    assert late.count("<tr>") == 3 and "park.en.html#t-t-area" in late
    # 2026Q1 against 2025Q4: the deadline passed on 2025-12-31, so t-area went from
    # on_track to overdue_unverified (no figure from the deadline on).
    changes = overview.biggest_changes_html(zq, "en")
    assert "overdue (unverified)" in changes and "on track" in changes


def _zone_hrefs(html: str, lang: str) -> set[str]:
    """The zones whose pages ``html`` links to."""
    return {h.split("#")[0].removesuffix(f".{lang}.html") for h in parse(html).hrefs}


@pytest.mark.parametrize("pages", [None, {"park"}, {"city"}, set()])
@pytest.mark.parametrize(("year", "q"), [(2023, 2), (2026, 1)])
def test_overview_links_only_to_zone_pages_that_exist(minimal, pages, year, q) -> None:
    """A run for some zones publishes an overview beside some zone pages only: every link
    leads to one of them, and the zones without a page are still listed, by name."""
    linked = zone_quarter(minimal, year, q, "all")
    zq = zone_quarter(minimal, year, q, "all", pages)
    for lang in ("en", "zh"):
        html = (
            overview.status_matrix_html(zq, lang)
            + overview.past_deadline_html(zq, lang)
            + overview.biggest_changes_html(zq, lang)
        )
        everything = (
            overview.status_matrix_html(linked, lang)
            + overview.past_deadline_html(linked, lang)
            + overview.biggest_changes_html(linked, lang)
        )
        found = _zone_hrefs(html, lang)
        assert found == (_zone_hrefs(everything, lang) if pages is None else found & pages)
        if pages is not None:
            assert found == pages & _zone_hrefs(everything, lang)
        # The same rows and words, links aside.
        assert "".join(parse(html).text) == "".join(parse(everything).text)
        assert html.count("<tr>") == everything.count("<tr>")


# -- how to read, navigation, footer -----------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_how_to_read_explains_every_status_and_links_the_method(minimal, lang) -> None:
    zq = zone_quarter(minimal, 2023, 2, "park")
    html = sections.how_to_read_html(zq, lang)
    for term in vocabulary("status").values():
        assert term.explain(lang).replace("“", "“") in html.replace("&#x27;", "'")
    assert "0.95" in html and "0.6" in html
    targets = set(re.findall(rf'href="{METHOD_PAGE}#([^"]+)"', html))
    assert {"s1", "s3-1", "s5"} <= targets
    method = method_page()
    if method is None:
        pytest.fail("the method is not shipped inside the package")
    ids = set(parse(method.decode()).ids)
    assert targets <= ids, targets - ids


def test_header_navigates_to_indexes_the_other_language_and_downloads(project) -> None:
    zq = zone_quarter(project, 2026, 3, "chongqing")
    found = parse(sections.header_html(zq, "en"))
    for href in ("../index.html", "index.html", "all.en.html", "chongqing.zh.html", *DOWNLOADS):
        assert href in found.hrefs, href
    toc = [h[1:] for h in found.hrefs if h.startswith("#")]
    assert toc == [f"s-{k}" for k in sections.page_sections(zq)]
    zh = parse(sections.header_html(zq, "zh"))
    assert "chongqing.en.html" in zh.hrefs


def test_footer_names_date_version_catalogue_and_command(minimal) -> None:
    zq = zone_quarter(minimal, 2023, 2, "park")
    footer = sections.footer_html(zq, "en")
    assert "2023-06-30" in footer and f"zonetrack {zonetrack.__version__}" in footer
    assert "zonetrack report --quarter 2023Q2 --lang en --zone park" in footer
    assert catalog_sha256(minimal) in footer


def test_catalogue_digest_follows_the_files_not_the_folder(tmp_path: Path) -> None:
    a = zonetrack.load_catalog(*write_catalog(tmp_path / "a"))
    b = zonetrack.load_catalog(*write_catalog(tmp_path / "b"))
    assert catalog_sha256(a) == catalog_sha256(b)
    with (b.data_dir / "zones.csv").open("a", encoding="utf-8") as fh:
        fh.write("\n")
    # A loaded catalogue keeps the hash of the bytes it was read from; loaded again, the new.
    b = zonetrack.load_catalog(b.data_dir, b.seeds_dir)
    assert catalog_sha256(a) != catalog_sha256(b)
    # The footer shows the manifest's hash: the README's recipe gives it.
    recipe = subprocess.run(
        "find data seeds -type f -exec sha256sum {} + | LC_ALL=C sort -k2 | sha256sum",
        shell=True,
        cwd=tmp_path / "a",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[0]
    assert catalog_sha256(a) == recipe


# -- escaping --------------------------------------------------------------------------------
def test_names_and_evidence_from_the_data_are_escaped(tmp_path: Path) -> None:
    tables = copy.deepcopy(MINIMAL)
    tables["zones"][1]["name_en"] = '<script>alert(1)</script> "$\\foo$"'
    tables["indicators"][0]["name_en"] = "<img src=x onerror=alert(2)>"
    catalog = zonetrack.load_catalog(*write_catalog(tmp_path, tables))
    for zone in ("park", "all"):
        zq = zone_quarter(catalog, 2023, 2, zone)
        html = whole_page(zq, "en")
        assert "<script>" not in html and "<img" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    quarter = quarter_index(
        {"quarter": "2023Q2", "as_of": "2023-06-30", "reports": [], "failed": []},
        {"park": {"en": "<b>x</b>", "zh": "园"}},
    )
    assert "<b>x" not in quarter


# -- indexes -------------------------------------------------------------------------------------
MANIFEST = {
    "quarter": "2026Q3",
    "as_of": "2026-09-30",
    "reports": [
        {
            "zone": z,
            "lang": lang,
            "title": f"{z} {lang}",
            "html": f"{z}.{lang}.html",
            "notebook": f"{z}.{lang}.ipynb",
            "targets": n,
            "deadline_passed": n,
            "status_counts": {"no_data": n},
        }
        for z, n in (("all", 3), ("park", 2))
        for lang in ("en", "zh")
    ],
    "failed": [],
}


def test_quarter_index_has_one_row_per_zone_with_both_languages() -> None:
    html = quarter_index(MANIFEST, {"park": {"en": "Demo Park", "zh": "示范园"}})
    body = html[html.index("<tbody>") :]
    assert body.count("<tr>") == 2
    assert '<a href="park.en.html">Demo Park</a>' in body
    assert '<a href="park.zh.html">示范园</a>' in body
    for name in DOWNLOADS:
        assert f'href="{name}"' in html


def test_root_index_lists_quarters_newest_first_with_as_of_and_counts() -> None:
    older = dict(MANIFEST, quarter="2026Q2", as_of="2026-06-30")
    html = root_index([older, MANIFEST])
    assert html.index("2026Q3/index.html") < html.index("2026Q2/index.html")
    assert "2026-09-30" in html and "2026-06-30" in html
    row = html[html.index("2026Q3/index.html") :].split("</tr>")[0]
    assert re.findall(r"<td[^>]*>(\d+)</td>", row) == [
        "2",
        "4",
        "0",
        "0",
    ]  # zones, pages, stale, failed


@pytest.mark.parametrize(
    ("text_lang", "lang", "marked"),
    [
        ("zh-Hans", "en", "zh-Hans"),
        ("zh-Hant", "en", "zh-Hant"),
        ("zh-Hant", "zh", "zh-Hant"),  # a Hong Kong quote on a simplified-Chinese page
        ("en", "zh", "en"),
        ("zh-Hans", "zh", None),  # the page's own language
        ("en", "en", None),
        ("mixed", "en", None),  # no one language to name
        (None, "en", None),
    ],
)
def test_quotes_are_marked_with_their_sources_language(text_lang, lang, marked) -> None:
    from zonetrack.pages import in_language

    html = in_language("“x”", text_lang, lang)
    assert html == (f'<span lang="{marked}">“x”</span>' if marked else "“x”")


# -- snapshots ----------------------------------------------------------------------------------
SNAPSHOT_CASES = [
    ("park", "en", "targets_html"),
    ("park", "zh", "targets_html"),
    ("park", "en", "sources_html"),
    ("park", "zh", "headline_html"),
    ("park", "en", "header_html"),
    ("city", "en", "changes_html"),
    ("all", "en", "status_matrix_html"),
]


@pytest.mark.parametrize(("zone", "lang", "name"), SNAPSHOT_CASES)
def test_sections_match_their_reviewed_snapshots(minimal, zone: str, lang: str, name: str) -> None:
    """A change to a section's HTML shows up here; review the diff, then refresh the files
    with ``ZONETRACK_UPDATE_SNAPSHOTS=1 pytest tests/test_sections.py``."""
    zq = zone_quarter(minimal, 2023, 2, zone)
    module = overview if hasattr(overview, name) else sections
    html = getattr(module, name)(zq, lang)
    path = SNAPSHOTS / f"{zone}.{lang}.{name}.html"
    if os.environ.get("ZONETRACK_UPDATE_SNAPSHOTS") or not path.exists():
        path.write_text(html + "\n", encoding="utf-8")
    assert html + "\n" == path.read_text(encoding="utf-8")


def test_labels_used_by_the_pages_exist_in_both_languages() -> None:
    for key in ("headline", "targets", "how_to_read", "sources", "other_language", "downloads"):
        assert label(key, "en") and label(key, "zh")


def test_project_pages_render(project) -> None:
    assert PROJECT.exists()
    for zone in ("chongqing", "cq-shapingba", "all"):
        zq = zone_quarter(project, 2026, 3, zone)
        for lang in ("en", "zh"):
            assert whole_page(zq, lang).startswith("<!DOCTYPE html>")


def test_a_zone_view_cut_from_all_equals_assessing_the_zone(project) -> None:
    """The publisher's titles and counts come from views cut from one assessment (§1.4)."""
    everything = zone_quarter(project, 2026, 3, "all")
    for zone in project.zones["zone_id"]:
        cut, direct = everything.zone_view(zone), zone_quarter(project, 2026, 3, zone)
        assert cut.zones == project.subtree(zone)
        # The same rows and values; a text column is typed by pandas from what it holds
        # (see tests/test_quarter.py), and a zone's own quarter assesses its share only.
        assert_same_rows(cut.assessment, direct.assessment)
        assert cut.counts() == direct.counts()
        assert cut.title("zh") == direct.title("zh")


@given(st.text(), st.text())
@settings(max_examples=examples(200), deadline=None)
def test_any_text_reaches_the_reader_as_text(header: str, cell: str) -> None:
    """Whatever a name holds, the page shows it as written and it never becomes markup."""
    from zonetrack.pages import table

    found = parse(table([header], [[e(cell)]]))
    assert found.tags == ["table", "thead", "tr", "th", "tbody", "tr", "td"]
    assert "".join(found.text) == header + cell


def _what_if(catalog, value: str, ref_date: str):
    row = {
        "obs_id": f"w-{ref_date}",
        "zone_id": "park",
        "indicator_id": "area",
        "value": value,
        "unit": "万平方米",
        "qualifier": "exact",
        "ref_date": ref_date,
        "published": "",
        "source": "",
        "evidence": "",
        "note": "what-if",
    }
    return catalog.with_observations([row])


@pytest.mark.parametrize(
    ("value", "ref_date", "year", "quarter", "status", "words"),
    [
        # 120 >= 100 before the deadline: achieved (§5 rule 2).
        ("120", "2024-06-30", 2024, 3, "achieved", "The figure of 2024-06-30 meets the target."),
        # 90 dated after the deadline, short of 100: missed (§5 rule 3).
        ("90", "2026-03-31", 2026, 2, "missed", "the figure of 2026-03-31 does not meet"),
        # Down from 60 to 30 in 2023: the figure moves away from the floor (§3.1, §5 rule 8).
        ("30", "2023-06-30", 2023, 3, "regressing", "the target required +20.1%/year"),
    ],
)
def test_the_reason_follows_the_status_rule(
    minimal, value, ref_date, year, quarter, status, words
) -> None:
    zq = zone_quarter(_what_if(minimal, value, ref_date), year, quarter, "park")
    row = zq.assessment.set_index("target_id").loc["t-area"]
    assert row["status"] == status
    card = sections.targets_html(zq, "en")
    card = card[card.index('id="t-t-area"') : card.index('id="t-t-firms"')]
    assert words in card
    assert "[1]" in card  # the target's own sentence is still linked
    parse(whole_page(zq, "en"))  # a figure without a source has no link and breaks nothing


def test_a_report_from_0_1_0_says_which_version_reproduces_it() -> None:
    # The second cell of every report 0.1.0 rendered, as its notebook has it.
    old_cell = (
        "from zonetrack.sections import open_report\n\n"
        "report = open_report(quarter, zone, lang, data_dir, seeds_dir)\n"
        "report.show_title()"
    )
    namespace = {"quarter": "2025Q4", "zone": "all", "lang": "en", "data_dir": "", "seeds_dir": ""}
    with pytest.raises(VersionError, match=r"0\.1\.0.*manifest\.json") as caught:
        exec(old_cell, namespace)
    assert isinstance(caught.value, RuntimeError)


def test_the_first_quarter_a_date_can_hold_renders_without_a_previous_one(minimal) -> None:
    # 1678Q1 is accepted as a quarter; its previous quarter (1677Q4) is not a date here.
    zq = zone_quarter(minimal, 1678, 1, "park")
    assert zq.previous.empty and list(zq.previous.columns) == list(zq.assessment.columns)
    assert "1678-03-31" in sections.header_html(zq, "en")
    assert sections.changes_html(zq, "en")  # compares with nothing, but renders
    overview_quarter = zone_quarter(minimal, 1678, 1, "all")
    assert overview.biggest_changes_html(overview_quarter, "en")


# -- a zone over a large subtree: a summary page ---------------------------------------------------
def nested_tables(children: int) -> dict[str, list[dict[str, str]]]:
    """A root ``land`` with MINIMAL's two targets and figures as its own, ``children`` zones
    ``c0001``.. below it with one incubator-area target each (odd ones with a 2020 figure,
    every third with a 2022 figure published in 2023Q1), a zone ``g0001`` below ``c0001``
    with a target, and a zone ``empty`` below the root with nothing in it."""
    base = copy.deepcopy(MINIMAL)
    zone = base["zones"][0]
    zones = [dict(zone, zone_id="land", name_en="Demo Land", name_zh="示范国")]
    targets = [dict(t, zone_id="land") for t in base["targets"]]
    observations = [dict(o, zone_id="land") for o in base["observations"]]
    area_target, area_2020, area_2022 = base["targets"][0], *base["observations"][:2]

    def add(zone_id: str, parent: str, number: int) -> None:
        zones.append(
            dict(
                zone,
                zone_id=zone_id,
                parent_id=parent,
                name_en=f"Child {zone_id}",
                name_zh=f"子区{zone_id}",
            )
        )
        targets.append(dict(area_target, target_id=f"{zone_id}-area", zone_id=zone_id))
        if number % 2:
            observations.append(dict(area_2020, obs_id=f"{zone_id}-2020", zone_id=zone_id))
        if number % 3 == 0:
            observations.append(dict(area_2022, obs_id=f"{zone_id}-2022", zone_id=zone_id))

    for i in range(1, children + 1):
        add(f"c{i:04d}", "land", i)
    add("g0001", "c0001", 1)
    zones.append(dict(zone, zone_id="empty", parent_id="land", name_en="Empty", name_zh="空区"))
    return {**base, "zones": zones, "targets": targets, "observations": observations}


_NESTED: dict[int, object] = {}


@pytest.fixture
def nested(tmp_path_factory: pytest.TempPathFactory):
    """``nested(n)``: the catalogue of :func:`nested_tables` (``n + 3`` targets under
    ``land``), written and loaded once per size."""

    def build(children: int):
        if children not in _NESTED:
            root = tmp_path_factory.mktemp(f"nested{children}")
            _NESTED[children] = zonetrack.load_catalog(
                *write_catalog(root, nested_tables(children))
            )
        return _NESTED[children]

    return build


def _table_rows(html: str) -> list[list[str]]:
    """The body rows of the first table in ``html``, as the text of their cells."""

    class Rows(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[list[str]] = []
            self.body = self.cell = False

        def handle_starttag(self, tag, attrs):
            if tag == "tbody":
                self.body = True
            elif self.body and tag == "tr":
                self.rows.append([])
            elif self.body and tag == "td":
                self.cell = True
                self.rows[-1].append("")

        def handle_endtag(self, tag):
            if tag == "td":
                self.cell = False
            elif tag == "table":
                self.body = False

        def handle_data(self, data):
            if self.cell:
                self.rows[-1][-1] += data

    parser = Rows()
    parser.feed(html[: html.index("</table>") + len("</table>")])
    return parser.rows


def _headers(html: str) -> list[str]:
    head = html[html.index("<thead>") : html.index("</thead>")]
    return re.findall(r"<th>(.*?)</th>", head)


@pytest.mark.parametrize("children", [70, 700])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_large_subtree_gets_a_summary_that_adds_up_to_its_headline(
    nested, children: int, lang: str
) -> None:
    catalog = nested(children)
    zq = zone_quarter(catalog, 2023, 2, "land")
    total = children + 3  # the root's two, one per child, the grandchild's
    assert len(zq.assessment) == total > sections.SUMMARY_LIMIT
    html = whole_page(zq, lang)
    below = html[html.index('id="s-zones_below"') :]
    rows = _table_rows(below)
    # The root's own targets, then one row per zone directly below, in zones.csv order.
    assert [r[0] for r in rows] == [
        label("own_targets_row", lang, name=zq.zone_name("land", lang)),
        *(zq.zone_name(z, lang) for z in [f"c{i:04d}" for i in range(1, children + 1)]),
        zq.zone_name("empty", lang),
    ]
    by_zone = {r[0]: r for r in rows}
    assert by_zone[zq.zone_name("c0001", lang)][1] == "2"  # with the zone below it
    assert by_zone[zq.zone_name("empty", lang)][1:3] == ["0", "0"]
    # Each column sums to the headline's counts, which are the manifest's.
    manifest = zone_quarter(catalog, 2023, 2).counts_of("land")
    headers = _headers(below)
    sums = [sum(int(r[i] or 0) for r in rows) for i in range(1, len(headers))]
    expected = [manifest["targets"], manifest["deadline_passed"]] + [
        manifest["status_counts"].get(s, 0)
        for s in zonetrack.STATUSES
        if s in manifest["status_counts"]
    ]
    assert sums == expected
    assert headers[3:] == [status_label(s, lang) for s in manifest["status_counts"]]
    assert manifest["targets"] == total
    # The statuses assess gives the subtree (§1.4), not only those of the page's own rows.
    statuses = zonetrack.assess(catalog, "2023-06-30", zone="land")["status"].value_counts()
    assert manifest["status_counts"] == {s: int(n) for s, n in statuses.items()}
    assert len(manifest["status_counts"]) >= 3  # no_data, baseline_only, on_track at least
    # The words that say where the other targets are, in the page's language.
    assert e(label("zones_below_note", lang, limit=sections.SUMMARY_LIMIT)) in html
    assert e(label("own_targets_note", lang)) in html
    # Cards of the root's own targets only; no descendant target anywhere on the page.
    assert html.count('class="target"') == 2
    assert 'id="t-t-area"' in html and 'id="t-t-firms"' in html
    assert "c0001-area" not in html and "g0001" not in html
    assert zq.target_name({"zone_id": "c0002", "indicator_id": "area"}, lang) not in html


@pytest.mark.parametrize(
    ("extra", "summary"),
    [(0, False), (1, True)],  # at the limit: a full page; one target over it: a summary
)
def test_a_page_becomes_a_summary_only_over_the_limit(nested, extra: int, summary: bool) -> None:
    children = sections.SUMMARY_LIMIT - 3 + extra  # the root's two and the grandchild's one
    zq = zone_quarter(nested(children), 2023, 2, "land")
    assert len(zq.assessment) == sections.SUMMARY_LIMIT + extra
    assert sections.is_summary(zq) is summary
    html = whole_page(zq, "en")
    assert ('id="s-zones_below"' in html) is summary
    assert html.count('class="target"') == (2 if summary else sections.SUMMARY_LIMIT)
    assert ('id="t-c0001-area"' in html) is not summary
    # The zone directly below a summary page is a page of its own, a full one.
    assert not sections.is_summary(zone_quarter(nested(children), 2023, 2, "c0001"))


def _zone_links(html: str, lang: str) -> set[str]:
    """The zones whose pages ``html`` links to (in-page and header links aside)."""
    return {
        h.split("#")[0].removesuffix(f".{lang}.html")
        for h in parse(html).hrefs
        if h.endswith(f".{lang}.html") or f".{lang}.html#" in h
    }


@pytest.mark.parametrize(
    ("pages", "linked"),
    [
        # A full run: every zone with something to show has a page; "empty" has none.
        (None, {f"c{i:04d}" for i in range(1, 71)}),
        ({"c0002", "c0003", "g0001"}, {"c0002", "c0003"}),  # a run for some zones
        ({"empty"}, {"empty"}),  # named in the run, so rendered, with nothing in it
        (set(), set()),
    ],
)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_summary_links_only_the_pages_published_beside_it(nested, pages, linked, lang) -> None:
    catalog = nested(70)
    zq = zone_quarter(catalog, 2023, 1, "land", pages)
    body = sections.zones_below_html(zq, lang) + sections.changes_html(zq, lang)
    assert _zone_links(body, lang) == linked
    # Every zone below is still listed, by name, linked or not.
    assert len(_table_rows(sections.zones_below_html(zq, lang))) == 1 + 70 + 1
    # Links inside the page lead to its own ids; nothing is loaded from anywhere.
    found = parse(whole_page(zq, lang))
    assert len(found.ids) == len(set(found.ids)), "duplicate ids"
    assert all(h[1:] in found.ids for h in found.hrefs if h.startswith("#"))
    assert not found.srcs and "script" not in found.tags


def test_a_summary_lists_its_own_changes_and_counts_those_below(nested) -> None:
    catalog = nested(70)
    zq = zone_quarter(catalog, 2023, 1, "land")  # o-area-2022 rows are published 2023-03
    html = sections.changes_html(zq, "en")
    # The root's own: t-area went from baseline only to on track with its 2022 figure.
    own = html[: html.index(label("changes_below", "en"))]
    assert "Demo Land · Incubator area" in own and own.count("<tr>") == 1 + 1 + 1 + 1
    # Below: one row per zone directly below with a change, its counts from the catalogue
    # (statuses: assess at both quarter ends; figures: the 2022 rows published in 2023Q1).
    now = zonetrack.assess(catalog, "2023-03-31", zone="land").set_index("target_id")["status"]
    then = zonetrack.assess(catalog, "2022-12-31", zone="land").set_index("target_id")["status"]
    expected = {}
    for i in range(1, 71):
        child = f"c{i:04d}"
        ids = [f"{z}-area" for z in catalog.subtree(child)]
        changes = sum(now[t] != then.get(t) for t in ids)
        figures = int(i % 3 == 0)
        if changes or figures:
            expected[f"Child {child}"] = [str(changes), str(figures)]
    rows = _table_rows(html[html.index(label("changes_below", "en")) :])
    assert {r[0]: r[1:] for r in rows} == expected
    assert [r[0] for r in rows] == sorted(expected)  # in zones.csv order
    assert "Child c0003 · Incubator area" not in html  # no descendant target by name


@pytest.mark.parametrize(
    ("lang", "name", "year", "q"),
    [
        ("en", "zones_below_html", 2023, 2),
        ("zh", "zones_below_html", 2023, 2),
        ("en", "targets_html", 2023, 2),
        ("en", "changes_html", 2023, 1),
        ("zh", "changes_html", 2023, 1),
    ],
)
def test_summary_sections_match_their_reviewed_snapshots(
    nested, monkeypatch: pytest.MonkeyPatch, lang: str, name: str, year: int, q: int
) -> None:
    """Six children and a limit of 5, so that the reviewed files stay short (refresh as for
    the other snapshots)."""
    monkeypatch.setattr(sections, "SUMMARY_LIMIT", 5)
    zq = zone_quarter(nested(6), year, q, "land", {"c0001", "c0003", "c0006"})
    html = getattr(sections, name)(zq, lang)
    path = SNAPSHOTS / f"land.{lang}.{name}.{year}Q{q}.html"
    if os.environ.get("ZONETRACK_UPDATE_SNAPSHOTS") or not path.exists():
        path.write_text(html + "\n", encoding="utf-8")
    assert html + "\n" == path.read_text(encoding="utf-8")
