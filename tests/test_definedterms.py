"""Dates and periods a page defines once (:mod:`zonetrack.definedterms`).

Texts written for these tests; expected dates from the README's rules: a definitions list
(释义, DEFINITIONS) that defines a date term dates the facts a sentence counts as at that term
(截至最近可行日, "as at the Latest Practicable Date"); a term of several periods pairs the
figures after 分别 with its periods in order.
"""

from __future__ import annotations

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
