"""Dates and periods a page defines once (:mod:`zonetrack.definedterms`).

Texts written for these tests; expected dates from the README's rules: a definitions list
(释义, DEFINITIONS) that defines a date term dates the facts a sentence counts as at that term
(截至最近可行日, "as at the Latest Practicable Date"); a term of several periods pairs the
figures after 分别 with its periods in order.
"""

from __future__ import annotations

import pytest
from conftest import cell_text

from zonetrack.definedterms import find_defined_terms
from zonetrack.extract import extract_figures

_PROSPECTUS = (
    "某产业园基础设施基金招募说明书\n本招募说明书签署日：2027年12月8日\n\n"
    "释义\n"
    "运营期：指2025年度、2026年度及2027年1-6月。\n"
    "数据基准日：指2027年9月30日，即本说明书所载运营数据的截止日。\n"
    "原始权益人：指某产业园发展有限公司。\n\n"
    "一、项目概况\n"
    "截至数据基准日，项目可租赁面积约12.8万平方米，出租率为88.4%。\n\n"
    "二、历史数据\n"
    "运营期内，项目租金收入分别为0.82亿元、0.91亿元及0.47亿元。\n"
)


def test_a_definitions_list_defines_days_and_lists_of_periods() -> None:
    terms = find_defined_terms(_PROSPECTUS).terms
    assert terms["数据基准日"] == ("2027-09-30",)
    assert terms["运营期"] == ("2025-12-31", "2026-12-31", "2027-06-30")
    # A term defined as a name states no date.
    assert "原始权益人" not in terms


def test_a_defined_day_dates_the_facts_counted_as_at_it() -> None:
    rows = extract_figures(_PROSPECTUS).set_index("value")
    assert cell_text(rows.loc[128000.0, "ref_date"]) == "2027-09-30"
    assert cell_text(rows.loc[88.4, "ref_date"]) == "2027-09-30"


def test_figures_after_fenbie_pair_with_the_defined_periods_in_order() -> None:
    rows = extract_figures(_PROSPECTUS).set_index("value")
    assert cell_text(rows.loc[82000000.0, "ref_date"]) == "2025-12-31"
    assert cell_text(rows.loc[91000000.0, "ref_date"]) == "2026-12-31"
    assert cell_text(rows.loc[47000000.0, "ref_date"]) == "2027-06-30"


def test_an_english_definitions_list_dates_as_at_the_term() -> None:
    text = (
        "LISTING DOCUMENT DATED 3 DECEMBER 2027\n\nDEFINITIONS\n\n"
        '"Record Date"          15 November 2027, being the date for determining entitlements\n'
        '"Issuer"               Westport Parks Holdings Limited\n\n'
        "BUSINESS\n\n"
        "As at the Record Date, the Group managed 14 parks with a leasable area of "
        "approximately 2.3 million square metres.\n"
    )
    rows = extract_figures(text).set_index("value")
    assert cell_text(rows.loc[14.0, "ref_date"]) == "2027-11-15"
    assert cell_text(rows.loc[2300000.0, "ref_date"]) == "2027-11-15"


_ESG = (
    "東嶺科學園區2027永續報告書\n\n"
    "發行日期：中華民國117年7月20日\n"
    "報告期間：116年1月1日至116年12月31日（以下簡稱「報告期」）\n\n"
    "報告期內，園區用電量較基準年下降12%，已提前達成原訂119年下降10%的目標。\n"
    "截至本報告書發行日，園區綠能裝置容量累計達8.6MW。\n"
)


def test_a_sentence_opened_by_the_report_period_tells_its_outcome() -> None:
    # 報告期內 opens the sentence: 12% is of the period (116年 = 2027), though the goal's
    # year 119 follows; the goal's own 10% stays a goal.
    rows = extract_figures(_ESG, currency="TWD").set_index("value")
    assert rows.loc[12.0, "kind"] == "observation"
    assert cell_text(rows.loc[12.0, "ref_date"]) == "2027-12-31"
    assert rows.loc[10.0, "kind"] == "target"
    assert cell_text(rows.loc[10.0, "deadline"]) == "2030-12-31"


def test_the_report_s_own_date_named_dates_what_is_counted_as_at_it() -> None:
    # 截至本報告書發行日: the report's date line (117年7月20日), not the period it covers.
    rows = extract_figures(_ESG, currency="TWD").set_index("value")
    assert cell_text(rows.loc[8600.0, "ref_date"]) == "2028-07-20"


def test_the_data_period_a_ranking_names_dates_what_is_counted_at_its_end() -> None:
    # "based on data to the end of September 2027": "at the end of the data period" is that
    # day, and so is a change told after it in the sentence.
    text = (
        "INSTITUTE FOR PARK STUDIES\nPress release | 20 December 2027\n\n"
        "The 2027 Park Index, based on data to the end of September 2027, ranks 48 parks.\n\n"
        "The parks hosted 12,600 listed suppliers at the end of the data period, "
        "up 7% on a year before.\n"
    )
    rows = extract_figures(text).set_index("value")
    assert cell_text(rows.loc[12600.0, "ref_date"]) == "2027-09-30"
    assert cell_text(rows.loc[7.0, "ref_date"]) == "2027-09-30"


# Review 19: a defined term dates only the figures of its own statement (to a semicolon)
# that name no date of their own.
_CIRCULAR = (
    "某园区运营公司关于重大资产重组的通函\n\n"
    "释义\n"
    "最后实际可行日期：指2027年3月15日。\n"
    "往绩期：指2024年度、2025年度及2026年度。\n\n"
    "截至最后实际可行日期，公司管理园区8个，而2024年末管理的园区为5个。\n"
    "截至最后实际可行日期，园区入驻企业640家；2025年底，入驻企业为510家。\n"
    "往绩期内，公司管理人员及技术人员分别为36名和94名。\n"
    "往绩期内，公司租金收入分别为1.1亿元、1.4亿元及1.9亿元。\n"
)


def test_a_defined_day_does_not_override_a_figure_s_own_date() -> None:
    rows = extract_figures(_CIRCULAR).set_index("value")
    assert cell_text(rows.loc[8.0, "ref_date"]) == "2027-03-15"
    assert cell_text(rows.loc[5.0, "ref_date"]) == "2024-12-31"
    assert cell_text(rows.loc[640.0, "ref_date"]) == "2027-03-15"
    # Across the semicolon, a statement with its own day.
    assert cell_text(rows.loc[510.0, "ref_date"]) == "2025-12-31"


def test_an_english_base_keeps_its_own_date_after_a_defined_day() -> None:
    text = (
        "DEFINITIONS\n"
        '"Last Trading Day"   12 May 2027, being the last full trading day before this circular\n\n'
        "As at the Last Trading Day, the Group operated 31 incubators, against 22 incubators "
        "at 31 December 2025.\n"
    )
    rows = extract_figures(text).set_index("value")
    assert cell_text(rows.loc[31.0, "ref_date"]) == "2027-05-12"
    assert cell_text(rows.loc[22.0, "ref_date"]) == "2025-12-31"


def test_fenbie_pairs_periods_only_when_as_many_and_no_subjects_listed() -> None:
    rows = extract_figures(_CIRCULAR).set_index("value")
    # 管理人员及技术人员: two kinds of staff, not two periods.
    assert cell_text(rows.loc[36.0, "ref_date"]) != "2024-12-31"
    assert cell_text(rows.loc[94.0, "ref_date"]) != "2025-12-31"
    assert cell_text(rows.loc[190000000.0, "ref_date"]) == "2026-12-31"


def test_a_definition_needs_a_definitions_list_and_a_whole_word_name() -> None:
    # A plan's line 中期指2027年底前 (no 释义 heading, term unquoted) defines nothing, and
    # no defined date lies after the page's own day; 是 of 是指 is no part of the name.
    assert find_defined_terms("某区规划\n中期指2027年底前。\n").terms == {}
    terms = find_defined_terms("释义\n评估期是指2026年6月30日。\n").terms
    assert terms == {"评估期": ("2026-06-30",)}
    late = find_defined_terms("释义\n建设期：指2027年12月31日。\n", page_date="2026-05-01")
    assert late.terms == {}
    text = (
        "Definitions\n"
        '"Stage A"   30 June 2027\n\n'
        "The stage adds 120 hectares of land, which the park bought in 2018.\n"
    )
    rows = extract_figures(text).set_index("value")
    assert cell_text(rows.loc[1200000.0, "ref_date"]) == "2018-12-31"


# Review 19: a half-year report dated only by its title and its label line.
_HALF_YEAR = (
    "某某园区开发股份有限公司2027年半年度报告\n"
    "报告期间：2027年1月1日至6月30日\n\n"
    "报告期内，公司与管委会签订协议，承诺于2028年底前完成标准厂房5万平方米。\n"
    "报告期内，公司启动三期项目，按计划2029年新增仓储面积8万平方米。\n"
    "报告期内，公司实现租金收入3.6亿元。\n"
)


def test_a_goal_told_in_the_report_period_stays_a_goal() -> None:
    rows = extract_figures(_HALF_YEAR).set_index("value")
    assert rows.loc[50000.0, "kind"] == "target"
    assert cell_text(rows.loc[50000.0, "deadline"]) == "2028-12-31"
    assert rows.loc[80000.0, "kind"] == "target"
    assert cell_text(rows.loc[80000.0, "deadline"]) == "2029-12-31"


def test_a_report_issued_late_tells_facts_of_days_before_the_page() -> None:
    # README: a report tells no fact of a day more than a year after its period only when
    # that day is still ahead of the page: a 2023 annual report issued in August 2025 tells
    # 2025年1—7月 as done.
    text = (
        "某科技园补发2023年年度报告\n发布时间：2025年8月6日\n\n"
        "今年以来进展较快，科技园2025年1—7月新增孵化企业37家。\n"
    )
    rows = extract_figures(text).set_index("value")
    assert rows.loc[37.0, "kind"] == "observation"
    assert cell_text(rows.loc[37.0, "ref_date"]) == "2025-07-31"


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        # A period defined as a span ends at its last year or day, not its first.
        ("规划期 指 2027年至2031年", "规划期", ("2031-12-31",)),
        ("规划期是指2027年至2031年。", "规划期", ("2031-12-31",)),
        ("報告期 指 2026年1月1日至6月30日", "報告期", ("2026-06-30",)),
        (
            '"Relevant Period" 1 January 2026 to 30 September 2026',
            "Relevant Period",
            ("2026-09-30",),
        ),
    ],
)
def test_a_term_defined_as_a_span_is_dated_at_its_end(
    line: str, name: str, expected: tuple[str, ...]
) -> None:
    heading = "DEFINITIONS" if line.startswith('"') else "释义"
    terms = find_defined_terms(f"{heading}\n{line}\n").terms
    assert terms.get(name) == expected
