"""The periods a page covers (:mod:`zonetrack.pagedates`), as the figures' dates show them."""

from __future__ import annotations

import pytest
from conftest import cell_text, figure_rows

from zonetrack.extract import extract_figures
from zonetrack.pagedates import find_report_year

# A bulletin whose title (after its issuer's name and the kind of page, set off by a blank
# line) names the month it covers.
_BULLETIN = (
    "南湾统计处\n通告\n\n"
    "2026年7月份工業生產統計\n\n"
    "發佈日期：2026年8月25日\n\n"
    "　　工業生產指數較上月底上升1.5%。\n\n"
    "　　7月底，工業用地空置率為6.1%，3月底為7.4%。\n\n"
    "　　製造業就業人數為8,420人，比6月份增加120人。"
)


def test_a_bulletins_title_under_its_issuer_dates_the_figures_without_a_date() -> None:
    rows = extract_figures(_BULLETIN, currency="MOP").set_index("value")
    # 2026年7月份 … 統計: the month the bulletin covers, to its end.
    assert cell_text(rows.loc[1.5, "ref_date"]) == "2026-07-31"
    assert cell_text(rows.loc[8420.0, "ref_date"]) == "2026-07-31"


def test_the_figures_own_part_dates_it_under_a_bulletins_period() -> None:
    rows = extract_figures(_BULLETIN, currency="MOP").set_index("value")
    # 3月底為7.4%: the figure's own part names its month (not the sentence's 7月底).
    assert cell_text(rows.loc[7.4, "ref_date"]) == "2026-03-31"
    # 比6月份增加: June is the base; the change is of the bulletin's July.
    assert cell_text(rows.loc[120.0, "ref_date"]) == "2026-07-31"


def test_a_performance_self_evaluation_report_dates_its_facts_in_its_year() -> None:
    # 2026年度绩效自评报告, sent in the next February: its undated facts are of 2026, its
    # goals for the next year stay goals.
    text = (
        "南湖区人才专项资金2026年度绩效自评报告\n\n报送日期：2027年2月20日\n\n"
        "一、偏差分析\n\n　　引进高层次人才未完成年度指标，差6人。\n\n"
        "二、下一步工作\n\n　　2027年力争引进高层次人才不少于40人。\n"
    )
    rows = extract_figures(text).set_index("value")
    assert cell_text(rows.loc[6.0, "ref_date"]) == "2026-12-31"
    assert rows.loc[40.0, "kind"] == "target"


def test_a_year_in_review_under_two_name_lines_dates_its_undated_facts() -> None:
    # A park's name over its parent body's, then "Annual Review 2025" (a review, as a
    # report is), issued in the next year: its undated facts are of 2025's end, and a
    # base "a year earlier" of 2024's.
    text = (
        "EASTBROOK TECHNOLOGY PARK BUREAU\n"
        "Ministry of Economic Affairs\n\n"
        "Annual Review 2025\n\n"
        "Issued February 2026\n\n"
        "Highlights\n\n"
        "- Park output: NT$212.5 billion\n"
        "- Companies in operation: 318, against 297 a year earlier\n"
    )
    rows = extract_figures(text, currency="TWD").set_index("value")
    assert cell_text(rows.loc[212.5e9, "ref_date"]) == "2025-12-31"
    assert cell_text(rows.loc[318.0, "ref_date"]) == "2025-12-31"
    assert cell_text(rows.loc[297.0, "ref_date"]) == "2024-12-31"
    # "The Year in Review 2025" under a company's name is a review of 2025 as well.
    text = (
        "Harbourline Holdings Ltd.\nThe Year in Review 2025\n\n"
        "Published 20 March 2026\n\nTenants served: 1,240\n"
    )
    rows = extract_figures(text, currency="HKD").set_index("value")
    assert cell_text(rows.loc[1240.0, "ref_date"]) == "2025-12-31"


# A report on how a period went (關於…2026年上半年經濟社會發展情況的報告, 2027年一季度工作情况报告)
# covers that period: a running total it tells with no date (已累計) is of the period's end,
# not of the day the report is released.
def test_a_report_on_how_a_period_went_covers_it() -> None:
    text = (
        "南灣新區管理委員會\n關於新區2027年上半年經濟發展情況的報告\n\n"
        "　　新區已累計供應產業用地約42公頃。\n\n南灣新區管理委員會\n二〇二七年八月九日\n"
    )
    row = extract_figures(text, currency="MOP").iloc[0]
    assert cell_text(row.ref_date) == "2027-06-30"


@pytest.mark.parametrize(
    "page",
    [
        # Review 18: a review of a year still running when the page is out, or of a year to
        # come, dates no fact at that year's end (never a fact dated after its page).
        "HILL PARK\nThe Year in Review 2026\n\nBy Staff | 15 November 2026\n\n"
        "The park had 120 firms.\n",
        "HILL PARK\nAnnual Review 2027\nPublished 10 September 2026\n\nThe park had 120 firms.\n",
        "Annual Report 2026\nPublished 12 March 2026\n\nThe park had 120 firms.\n",
    ],
)
def test_a_review_of_a_year_not_over_dates_no_fact_after_its_page(page: str) -> None:
    assert figure_rows(page) == [(120.0, "observation", None, None)]


@pytest.mark.parametrize(
    "dated",
    [
        "Published March 2027",
        # a year-end review written in the year's last month speaks of the whole year
        "By Staff | 15 December 2026",
    ],
)
def test_a_review_of_a_year_over_or_in_its_last_month_dates_its_facts_at_its_end(
    dated: str,
) -> None:
    page = f"HILL PARK\nANNUAL REVIEW 2026\n{dated}\n\nThe park had 120 firms.\n"
    assert figure_rows(page) == [(120.0, "observation", None, "2026-12-31")]


def test_a_part_year_a_report_defines_as_the_period_dates_its_facts() -> None:
    # "for the nine months ended 30 September 2027 (the "Period")": the report's period; its
    # facts without a date of their own, under a heading "for the Period" or "at the end of
    # the Period", are of its end (README: a report's period named in its opening).
    text = (
        "HARBOURVIEW INNOVATION PARKS LIMITED\n\n"
        "THIRD QUARTER RESULTS ANNOUNCEMENT\n\n"
        "The directors announce the results of the group for the nine months ended "
        '30 September 2027 (the "Period").\n\n'
        "RENTAL INCOME BY PARK FOR THE PERIOD\n"
        "North campus ........ RMB 412.5 million\n\n"
        "Occupancy was 91.4% at the end of the Period.\n\n"
        "Hong Kong, 9 November 2027\n"
    )
    rows = extract_figures(text).set_index("value")
    assert cell_text(rows.loc[412500000.0, "ref_date"]) == "2027-09-30"
    assert cell_text(rows.loc[91.4, "ref_date"]) == "2027-09-30"


@pytest.mark.parametrize(
    "label",
    ["收录时限：2027年1月1日至12月31日", "報告期間：116年1月1日至116年12月31日"],
)
def test_a_label_line_of_the_span_a_page_records_dates_its_facts(label: str) -> None:
    # A yearbook's or a report's label line states the span it records; published the next
    # year, its undated facts and its 年末, 全年 are of that span's end (not of the page's
    # year), and a goal set at the start of that year is due at its end.
    text = (
        f"西岭年鉴·2028\n（第十二卷，2028年6月出版）\n{label}\n\n"
        "【经济】 是年，全区完成固定资产投资215亿元。年初确定的240亿元目标未完成。\n\n"
        "【企业】 年末，全区有规模以上企业386家。\n"
    )
    rows = extract_figures(text, currency="TWD" if "116" in label else None).set_index("value")
    assert cell_text(rows.loc[21500000000.0, "ref_date"]) == "2027-12-31"
    assert cell_text(rows.loc[386.0, "ref_date"]) == "2027-12-31"
    assert rows.loc[24000000000.0, "kind"] == "target"
    assert cell_text(rows.loc[24000000000.0, "deadline"]) == "2027-12-31"


def test_an_inspection_reference_day_dates_the_facts_counted_as_at_it() -> None:
    # 查核基準日：116年6月30日 is a cut-off day, as 資料截止日 is (116年 = 2027).
    text = (
        "某部會116年度上半年計畫查核報告\n\n發文日期：中華民國116年9月10日\n"
        "查核基準日：116年6月30日\n\n"
        "一、截至查核基準日累計支用8億元，執行率47.5%。\n"
    )
    rows = extract_figures(text, currency="TWD").set_index("value")
    assert cell_text(rows.loc[800000000.0, "ref_date"]) == "2027-06-30"
    assert cell_text(rows.loc[47.5, "ref_date"]) == "2027-06-30"


@pytest.mark.parametrize(
    "opening",
    [
        "本次评估的数据截至2027年3月31日。",
        "现将有关情况报告如下（本报告数据截至2027年3月31日）。",
        "本報告資料統計至116年3月底。",
    ],
)
def test_a_cut_off_day_said_in_the_opening_dates_the_undated_facts(opening: str) -> None:
    # A report's cut-off day said in a sentence of its opening, not on a label line: the
    # facts after it that name no date are as at that day (116年 = 2027), not the page's.
    text = (
        f"东岭园区数字经济行动计划执行情况报告\n\n2027年5月8日\n\n{opening}\n\n"
        "一、已建成算力中心5个，完成目标的62.5%。入驻企业342家。\n"
        "二、方案实施以来，累计引进项目28个。\n"
    )
    rows = extract_figures(text, currency="TWD" if "116" in opening else None)
    rows = rows.set_index("value")
    # (A total since the plan's start is counted as at the cut-off day too.)
    for value in (5.0, 62.5, 342.0, 28.0):
        assert rows.loc[value, "kind"] == "observation"
        assert cell_text(rows.loc[value, "ref_date"]) == "2027-03-31"


def test_a_label_line_s_end_is_the_end_of_the_period_a_title_names() -> None:
    # Review 19: 2027年半年度报告 names the year; 报告期间：…至6月30日 the part of it. One end
    # for the page, whichever sentence asks.
    text = "某某园区开发股份有限公司2027年半年度报告\n报告期间：2027年1月1日至6月30日\n\n正文。\n"
    assert find_report_year(text, "CNY") == ("2027", True, "2027-06-30")


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("本次监测的数据截至2024年9月30日。", "2024-09-30"),
        # A second, later year in the sentence: which facts run to which day is unsaid.
        ("本次监测的数据截至2024年9月30日，其中税收指标统计至2025年1月。", None),
        ("本次監測的數據截至2024年9月30日，其中稅收指標統計至2025年1月。", None),
    ],
)
def test_a_cut_off_sentence_naming_a_later_year_dates_no_fact(
    opening: str, expected: str | None
) -> None:
    text = f"园区动态\n\n发布日期：2026-03-12\n\n{opening}园区企业达860家。\n"
    assert figure_rows(text) == [(860.0, "observation", None, expected)]
