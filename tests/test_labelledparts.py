"""Tests for labelled entries (labelledparts.py): what a label says of its part's figures."""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures
from zonetrack.labelledparts import find_labelled_parts, read_labelled


def _parts(text: str, year: str | None = None) -> list[tuple[str, str | None, str]]:
    return [
        (p.kind, p.date, text[p.start : p.end].strip()) for p in find_labelled_parts(text, year)
    ]


# A line of parts set off by semicolons after a dash: the year's goal, the progress of the
# months named, and the share of the goal, a fact of those months.
def test_a_line_of_labelled_parts() -> None:
    text = "孵化器新增面积——年度目标：8万平方米；1—6月完成：5万平方米；完成率：62.5%；评价：正常\n"
    assert _parts(text, "2027") == [
        ("target", "2027-12-31", "8万平方米"),
        ("observation", "2027-06-30", "5万平方米"),
        ("observation", "2027-06-30", "62.5%"),
    ]


# A line indented by any run of spaces (a table pasted from a word processor) reads its labels
# as the same line unindented does (the spaces before a label are read by one run only).
@pytest.mark.parametrize("indent", ["", "  ", "\u3000" * 2, " " * 300, "\u3000" * 300])
def test_an_indented_line_of_labelled_parts(indent: str) -> None:
    text = f"{indent}年度目标：8万平方米；1—6月完成：5万平方米\n"
    assert _parts(text, "2027") == [
        ("target", "2027-12-31", "8万平方米"),
        ("observation", "2027-06-30", "5万平方米"),
    ]


# Labels of a scorecard: a base dated by its bracketed year, goals by the year their label
# names; a label with no date gives its kind alone.
def test_labels_of_a_scorecard() -> None:
    text = (
        "K2. Patents granted\n"
        "    Baseline: 2,300 (2024, provisional)\n"
        "    2027 milestone: 2,800\n"
        "    Target for 2029: 3,400\n"
        "    Outcome: 2,510. Rating: on track.\n"
    )
    assert _parts(text) == [
        ("observation", "2024-12-31", "2,300 (2024, provisional)"),
        ("target", "2027-12-31", "2,800"),
        ("target", "2029-12-31", "3,400"),
        ("observation", None, "2,510"),
    ]


# Words before a colon that say nothing of a figure (电话, Rating, 评价) are no such label.
def test_other_labels_say_nothing() -> None:
    assert _parts("联系电话：0571-8888 1234\nRating: behind\n") == []


@pytest.mark.parametrize(
    ("kind", "is_target", "deadline", "ref_date", "expected"),
    [
        # A label of progress turns a goal's reading into a fact of the same date.
        ("observation", True, "2027-12-31", None, (False, None, "2027-12-31")),
        ("target", False, None, "2026-12-31", (True, "2026-12-31", None)),
    ],
)
def test_a_label_without_a_date_keeps_the_readings_date(
    kind: str, is_target: bool, deadline: str | None, ref_date: str | None, expected: tuple
) -> None:
    (part,) = find_labelled_parts("Outcome: 5" if kind == "observation" else "Target: 5")
    assert read_labelled(part, is_target, deadline, ref_date) == expected


def test_labelled_parts_in_extraction() -> None:
    text = (
        "开发区2027年三季度指标通报\n发布日期：2027年10月12日\n"
        "新增规上企业——年度目标：60家；1—9月完成：41家；完成率：68.3%。\n"
    )
    rows = extract_figures(text).set_index("figure")
    assert rows.loc["60家", ["kind", "deadline"]].tolist() == ["target", "2027-12-31"]
    assert rows.loc["41家", ["kind", "ref_date"]].tolist() == ["observation", "2027-09-30"]
    assert rows.loc["68.3%", ["kind", "ref_date"]].tolist() == ["observation", "2027-09-30"]


# A note may date the figures under a label (「實際」一欄均為截至…的數字): its parts that write no
# date before their figure are of that day, as is the same period of an earlier year.
def test_a_note_dates_a_labels_parts() -> None:
    text = (
        "註：除另有說明外，「實際」一欄均為截至2027年6月30日的數字。\n"
        "指標一\n　目標：全年60項\n　實際：41項（2026年同期：35項）\n"
        "指標二\n　目標：2028年達200間\n　實際：2026年全年150間\n"
    )
    rows = extract_figures(text, currency="HKD").set_index("figure")
    assert rows.loc["41項", ["kind", "ref_date"]].tolist() == ["observation", "2027-06-30"]
    assert rows.loc["35項", ["kind", "ref_date"]].tolist() == ["observation", "2026-06-30"]
    # (A date the part writes before its figure overrides the note's.)
    assert rows.loc["150間", ["kind", "ref_date"]].tolist() == ["observation", "2026-12-31"]


# An indicator's line of parts set off by bars: a year alone as a label is a goal of that year
# when later than the page's, a fact of it when earlier; the page's own year says neither.
@pytest.mark.parametrize("bar", ["|", "｜"])
def test_parts_set_off_by_bars_and_year_labels(bar: str) -> None:
    text = (
        f"T4 Start-ups hosted\n2024: 70 {bar} 2026: 95 {bar} 2029: 150 {bar} 2031年：at least 220\n"
    )
    assert _parts(text, "2026") == [
        ("observation", "2024-12-31", "70"),
        ("target", "2029-12-31", "150"),
        ("target", "2031-12-31", "at least 220"),
    ]


# A label that names what is measured, then its year ("Water use, 2024:", "Staff in 2028:").
def test_a_name_then_its_year_labels_its_part() -> None:
    text = "Water use, 2024: 8,100 cubic metres\nStaff in 2028: 40\n"
    assert _parts(text, "2026") == [
        ("observation", "2024-12-31", "8,100 cubic metres"),
        ("target", "2028-12-31", "40"),
    ]


# Where things stand now ("Current:", "Latest:", 目前：), after an English full stop too: facts
# of the page's date.
def test_a_label_of_now_is_the_page_date() -> None:
    text = "Measure: spin-off firms. Latest: 14. Goal for 2030: 25.\n目前：孵化器6个\n"
    parts = [(p.kind, p.date) for p in find_labelled_parts(text, "2026", "2026-05-04")]
    assert parts == [
        ("observation", "2026-05-04"),
        ("target", "2030-12-31"),
        ("observation", "2026-05-04"),
    ]


# A note at the foot dates the baselines: of the indicators it names (by the number on the
# line above the baseline's), else the others'.
def test_a_note_dates_the_baselines() -> None:
    text = (
        "Indicator 2.1 Patents filed\nBaseline: 410 | 2029: 600\n"
        "Indicator 2.12 Licences\nBaseline: 35\n"
        "Indicator 3 Spin-offs\nBaseline: 9\n\n"
        "Notes: The baselines of indicators 2.1 and 3 are for 2023. "
        "All other baselines are for 2025.\n"
    )
    assert [(p.kind, p.date) for p in find_labelled_parts(text, "2026")] == [
        ("observation", "2023-12-31"),
        ("target", "2029-12-31"),
        ("observation", "2025-12-31"),
        ("observation", "2023-12-31"),
    ]
    assert [
        (p.kind, p.date) for p in find_labelled_parts("基数为2024年数。\n" + text[:60], "2026")
    ] == [
        ("observation", "2024-12-31"),
        ("target", "2029-12-31"),
    ]


# 年度目标 is of the page's year only when its part names none: a year the part writes before
# its figure (年度目標值：116年度70條 in a Taiwan source) outweighs it; 每年度 names no year.
def test_a_yearly_goals_part_may_name_its_own_year() -> None:
    text = (
        "发布日期：2026年4月2日\n年度目标值：2027年新增企业90家；2028年110家\n"
        "人才培训——年度目标：每年度400人次\n"
    )
    rows = extract_figures(text).set_index("figure")
    assert rows.loc["90家", ["kind", "deadline"]].tolist() == ["target", "2027-12-31"]
    assert rows.loc["110家", ["kind", "deadline"]].tolist() == ["target", "2028-12-31"]
    assert rows.loc["400人次", ["kind", "deadline"]].tolist() == ["target", "2026-12-31"]


def test_a_note_defines_what_the_labels_figures_are() -> None:
    # README: a report's note (總說明) that says 「目標值」 are a year's goals and 「達成值」 are
    # counted to its cut-off day makes the figures after those labels (under a list's marker,
    # their items set off by semicolons) goals due at that year's end and facts of that day.
    text = (
        "總說明\n各計畫「目標值」均為116年度全年目標，「達成值」除另有註明外，"
        "均為截至查核基準日之累計數。\n\n"
        "（一）目標值：整地40公頃；引進廠商12家。\n"
        "（二）達成值：整地完成26公頃；已引進廠商7家。\n"
    )
    parts = [
        (p.kind, p.date, text[p.start : p.end].strip())
        for p in find_labelled_parts(text, "2027", "2027-09-15", "2027-06-30", "TWD")
    ]
    assert parts == [
        ("target", "2027-12-31", "整地40公頃；引進廠商12家"),
        ("observation", "2027-06-30", "整地完成26公頃；已引進廠商7家"),
    ]
