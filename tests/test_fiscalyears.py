"""Financial, academic and Republic of China years (zonetrack/fiscalyears.py)."""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures
from zonetrack.fiscalyears import ROC_CUES
from zonetrack.periods import find_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("累計115年前十月營業額為新臺幣9,800億元", False),
        ("115年前3季營業額", False),
        # Left alone: before (the end of) a year is a deadline's cue.
        ("預計於115年前完成", True),
        ("115年底前完成", True),
    ],
)
def test_rounds_twenty_three_and_four_roc_first_months_are_no_deadline_cue(
    text: str, expected: bool
) -> None:
    assert bool(ROC_CUES.search(text)) is expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Taiwan academic year runs 1 August to 31 July: 113學年度 ends 31 July 2025.
        ("113學年度育成成果", "2025-07-31"),
        ("本校110學年度畢業生共2,300人", "2022-07-31"),
        ("114学年度招生计划", "2026-07-31"),
        # A plain ROC year is still the calendar year.
        ("113年度預算", "2024-12-31"),
    ],
)
def test_round_twenty_roc_academic_years(text: str, expected: str) -> None:
    assert find_date("ref_date", text, calendar="TWD") == expected


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        # 自民國116年至122年: a span of Republic of China years ends with its last year.
        ("計畫期程自民國116年至122年", "TWD", "2033-12-31"),
        ("规划期为民国115至119年", "CNY", "2030-12-31"),
        ("民國116年-民國120年", "TWD", "2031-12-31"),
        # One ROC year alone is still that year.
        ("民國116年完成用地取得", "TWD", "2027-12-31"),
    ],
)
def test_round_twenty_one_roc_spans(text: str, calendar: str, expected: str) -> None:
    assert find_date("deadline", text, calendar=calendar) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # A bare split year after in/by/during is the financial year, to 31 March.
        ("During 2024-25, the scheme funded 58 start-ups.", "ref_date", "2025-03-31"),
        ("We aim to fund 70 start-ups by the end of 2026-27.", "deadline", "2027-03-31"),
        ("A quota of 300 places applies for 2029-30.", "deadline", "2030-03-31"),
        # Its first months and halves count from April.
        ("In the first seven months of 2025-26 it approved 41 grants.", "ref_date", "2025-10-31"),
        ("In the second half of 2025-26 it approved 33 grants.", "ref_date", "2026-03-31"),
    ],
)
def test_a_bare_split_year_is_the_financial_year_in_a_hong_kong_source(
    text: str, kind: str, expected: str
) -> None:
    assert find_date(kind, text, calendar="HKD") == expected


def test_a_bare_split_year_is_no_financial_year_on_the_mainland_nor_as_a_start() -> None:
    assert find_date("ref_date", "During 2024-25, the scheme funded 58 start-ups.") is None
    # "from 2030-31" opens a period: no date of it.
    assert find_date("ref_date", "A fee of $90 a year from 2030-31.", calendar="HKD") is None
