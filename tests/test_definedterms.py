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
