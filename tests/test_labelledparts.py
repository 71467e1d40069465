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
