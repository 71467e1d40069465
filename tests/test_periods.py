"""How a text writes a date: impossible dates, financial years and Republic of China years, each
read as its written form says (zonetrack/periods.py, through ``extract_figures``)."""

from __future__ import annotations

import pytest
from conftest import cell_text

from zonetrack.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A date that names no real day: no date, and the note says why (issue 12).
        ("截至2024年9月31日,园区专利12,870件。", None, (None, "'2024年9月31日' names no real day")),
        ("力争到2026年13月建成平台8个。", None, (None, "'2026年13月' names no real day")),
        # A financial year says how it was read.
        ("2023/24財政年度,基金共投資1.6億元。", "HKD", ("2024-03-31", "April to March")),
        ("In FY2024 revenue reached HK$80 million.", "HKD", ("2024-03-31", "ending on 31/03")),
        ("In FY2024 revenue reached 80 million yuan.", None, ("2024-12-31", "calendar year")),
        # Republic of China years in a Taiwan source (TWD), not elsewhere.
        ("113年度科技預算編列約1,200億元。", "TWD", ("2024-12-31", "Republic of China year 2024")),
        ("民國112年園區營業額3.8兆元。", None, ("2023-12-31", "Republic of China year 2023")),
        ("113年全國投資額達2,350億元,較112年成長18.5%。", "TWD", ("2024-12-31", "year 2024")),
        ("各区应于2025年6月底前完成项目申报30个。", None, ("2025-06-30", None)),
    ],
)
def test_dates_say_how_they_were_read(
    text: str, currency: str | None, expected: tuple[str | None, str | None]
) -> None:
    row = extract_figures(text, currency=currency).iloc[0]
    date = cell_text(row["deadline"] if row["kind"] == "target" else row["ref_date"]) or None
    note = cell_text(row["date_note"]) or None
    assert date == expected[0]
    assert (note is None) if expected[1] is None else (expected[1] in str(note))


def test_the_twd_calendar_reads_both_roc_years_of_a_comparison() -> None:
    frame = extract_figures("113年全國投資額達2,350億元,較112年成長18.5%。", currency="TWD")
    assert list(frame["unit"]) == ["TWD", "percent"]
    assert list(frame["ref_date"]) == ["2024-12-31", "2024-12-31"]  # 較112年 is the base


@pytest.mark.parametrize(
    "text",
    ["至119年,綠電使用比例達到30%。", "於115年前完成智慧園區8處。", "119年前新增投資2,000億元。"],
)
def test_a_deadline_in_republic_of_china_years_sets_a_goal_in_a_taiwan_source(text: str) -> None:
    row = extract_figures(text, currency="TWD").iloc[0]
    assert row["kind"] == "target"
    assert row["deadline"] in ("2030-12-31", "2026-12-31")
    assert "Republic of China year" in row["date_note"]
