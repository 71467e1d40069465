"""Tests for the date of a figure a correction note quotes."""

from __future__ import annotations

from conftest import cell_text

from zonetrack.extract import extract_figures

_CORRECTED = (
    "（更正稿）清溪高新区上半年引进项目86个\n2026-07-18 17:05:00　来源：江南日报\n\n"
    "　　【更正说明】本报今日播发的清溪高新区招商稿件中，第一段“引进项目68个”有误，"
    "应为“引进项目86个”；第二段“到位资金增长21.5%”有误，应为“到位资金增长15.2%”。"
    "特此更正。\n\n"
    "　　本报讯　记者从清溪高新区获悉，今年上半年，高新区引进项目86个。\n\n"
    "　　前三季度目标已经明确。二季度，区内到位资金增长15.2%，其中外资占三成。\n"
)


def test_figures_a_correction_note_quotes_take_the_period_the_story_gives_them() -> None:
    rows = extract_figures(_CORRECTED)
    quoted = rows[rows["evidence"].str.contains("有误|应为")].set_index("value")
    # 引进项目86个 is told of 今年上半年; the retracted 68 is of the same period.
    assert cell_text(quoted.loc[68.0, "ref_date"]) == "2026-06-30"
    assert cell_text(quoted.loc[86.0, "ref_date"]) == "2026-06-30"
    # 到位资金增长15.2% is of 二季度 in its story's sentence.
    assert cell_text(quoted.loc[21.5, "ref_date"]) == "2026-06-30"
    assert cell_text(quoted.loc[15.2, "ref_date"]) == "2026-06-30"
