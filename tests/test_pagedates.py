"""The periods a page covers (:mod:`zonetrack.pagedates`), as the figures' dates show them."""

from __future__ import annotations

from conftest import cell_text

from zonetrack.extract import extract_figures

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
