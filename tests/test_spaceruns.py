"""Tests for long runs of white space (spaceruns.py): cut short for reading, evidence as written."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zonetrack.extract as extract_module
from zonetrack.extract import extract_figures
from zonetrack.spaceruns import RUN_LIMIT, squeeze_space_runs
from zonetrack.survey import Survey

READINGS = ["kind", "value", "value_high", "unit", "qualifier", "deadline", "ref_date"]


def _page(gap: str) -> str:
    # A page as a fixed-width layout converts it: indents and gaps between words of any width.
    return (
        "发布日期：2026年3月1日\n"
        f"{gap}一、园区概况\n"
        f"{gap}2025年，园区新增企业{gap}30家，{gap}实现营业收入45亿元。\n"
        f"{gap}目标：到2027年，{gap}园区企业达到120家。\n"
        f"\n{gap}\n{gap}\n"
        f"{gap}The park's revenue reached{gap}RMB 4.2 billion in 2025.\n"
    )


# However wide its gaps, a page reads as the same page with one space in each (its words, not
# its layout, say what a figure is); each row's evidence is the page's own text at its offset.
@pytest.mark.parametrize(
    "gap",
    [" " * 65, " " * 300, " " * 5000, "\u3000" * 200, "\t" * 100, " \u3000\t" * 90],
    ids=["65 spaces", "300 spaces", "5000 spaces", "full-width", "tabs", "mixed"],
)
def test_a_page_reads_the_same_at_any_gap(gap: str) -> None:
    page = _page(gap)
    rows = extract_figures(page)
    narrow = extract_figures(_page(" "))
    assert rows[READINGS].astype(str).values.tolist() == (
        narrow[READINGS].astype(str).values.tolist()
    )
    for row in rows.itertuples():
        assert page[row.start : row.start + len(row.evidence)] == row.evidence
        assert row.figure in row.evidence
    # The clauses quoted keep their gaps as written.
    assert any(gap in evidence for evidence in rows["evidence"])


# A figure written across a wide gap (its number and its counter or unit in two columns) is
# read as at a narrow one and quoted as written, gap and all.
@pytest.mark.parametrize("gap", [" " * 200, "\u3000" * 70])
def test_a_figure_across_a_gap_is_quoted_as_written(gap: str) -> None:
    page = f"园区新增企业30{gap}家，营业收入4.2{gap}亿元。\n"
    rows = extract_figures(page)
    assert rows[["value", "unit", "figure"]].values.tolist() == [
        [30, "count", f"30{gap}家"],
        [4.2e8, "CNY", f"4.2{gap}亿元"],
    ]
    for row in rows.itertuples():
        assert page[row.start : row.start + len(row.evidence)] == row.evidence


# The seam between the page and its reading: the rules never see a run longer than the limit,
# so no pattern's work on white space grows with the run (a line indented by 700 spaces had
# taken longer than a page of prose).
def test_the_rules_read_no_run_longer_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    survey = extract_module.survey_document

    def recording(written: str, calendar: str) -> Survey:
        seen.append(written)
        return survey(written, calendar)

    monkeypatch.setattr(extract_module, "survey_document", recording)
    extract_figures("2025年" + " " * 10_000 + "3月，园区新增企业30家。\n" + "\n" * 5_000 + "完")
    (read,) = seen
    assert max(len(run) for run in re.findall(r"\s+", read)) <= RUN_LIMIT


def test_a_page_without_long_runs_is_read_as_it_is() -> None:
    text = "园区新增企业30家，" + " " * RUN_LIMIT + "营业收入45亿元。\n\n\n"
    assert squeeze_space_runs(text) == (text, None)


# A blank line still ends a paragraph after the cut: the line ends of a run are kept (up to
# three), and the indent of the line it opens.
@pytest.mark.parametrize(
    ("run", "kept"),
    [
        (" " * 100, " " * RUN_LIMIT),
        ("\n" + " " * 100, "\n" + " " * (RUN_LIMIT - 1)),
        ("  \n\n" + " " * 80 + "\n" * 10 + "\u3000\u3000", "\n\n\n\u3000\u3000"),
        ("\n" * 100, "\n\n\n"),
    ],
)
def test_what_a_cut_run_keeps(run: str, kept: str) -> None:
    assert squeeze_space_runs(f"甲{run}乙")[0] == f"甲{kept}乙"


_WORDS = st.text(alphabet="园区企业家30. Ab", min_size=1, max_size=8)
_RUNS = st.text(alphabet=" \t\n\u3000", min_size=1, max_size=300)


# Every character the rules read outside a run is the page's character at its mapped offset,
# in order, and no run read is longer than the limit.
@given(st.lists(st.tuples(_WORDS, _RUNS), min_size=1, max_size=12))
def test_offsets_map_back_to_the_page(parts: list[tuple[str, str]]) -> None:
    page = "".join(word + run for word, run in parts)
    read, runs = squeeze_space_runs(page)
    assert all(len(run) <= RUN_LIMIT for run in re.findall(r"\s+", read))
    if runs is None:
        assert read == page
        return
    mapped = [runs.original(i) for i, ch in enumerate(read) if not ch.isspace()]
    assert [page[i] for i in mapped] == [ch for ch in read if not ch.isspace()]
    assert mapped == sorted(set(mapped))
    assert "".join(page.split()) == "".join(read.split())
