"""The rates and caps a scheme's rule sets, and a plan's stated cost (zonetrack.policymoney),
through extract_figures.

Texts written for these tests in the style of notices of subsidy measures and a county's
project list; expected values from the README's rules (round 46-47): a share a subsidy
pays (给予30%的费用补贴, 補助四成, 可獲資助合資格開支的60%) and a cap a rule sets
(每戶補助上限新臺幣5萬元) are the rule's, undated and no goal, though a goal or a dated
statement stands beside them in the sentence; the money a plan is stated to cost (計畫經費)
is undated, no goal of its schedule.
"""

from __future__ import annotations

import pytest
from conftest import figure_rows


def test_a_subsidy_share_named_before_its_subsidy_is_undated() -> None:
    text = (
        "市经信局关于支持企业技术改造的通知\n发布时间：2026-04-02\n\n"
        "对企业购置检测设备给予30%的费用补贴，每家企业最高50万元，措施有效期三年；"
        "有效期内力争带动800家企业完成改造。\n"
    )
    # (The 800 is a goal of the measure's term, read by the plan-term rules.)
    assert figure_rows(text)[:2] == [
        (30.0, "observation", None, None),
        (5e5, "observation", None, None),
    ]


def test_a_share_after_the_grant_and_a_cap_after_a_dated_statement_are_undated() -> None:
    text = (
        "縣府推動農機共享\n發布日期：115年5月6日\n\n"
        "共享方案自115年8月1日起試辦一年；設備租金由縣府補助四成，每戶每年補助上限新臺幣5萬元。\n"
    )
    assert figure_rows(text, "TWD") == [
        (40.0, "observation", None, None),
        (5e4, "observation", None, None),
    ]


def test_a_share_of_eligible_spending_a_grant_pays_is_undated() -> None:
    text = (
        "本局公布資助計劃\n2026年4月8日\n\n"
        "截至2025年12月31日，本澳共有2,100家企業登記。"
        "根據規章，合資格企業可獲資助合資格開支的60%。\n"
    )
    assert figure_rows(text, "MOP")[1] == (60.0, "observation", None, None)


def test_a_plans_stated_cost_is_no_goal_of_its_schedule() -> None:
    text = (
        "園區工程進度\n發布日期：115年10月2日\n\n"
        "一、研發大樓新建工程\n"
        "計畫經費新臺幣12.5億元，興建研發大樓2棟。\n"
        "進度：原訂116年6月底前完工，因設計變更，延至116年10月底前完工。\n"
    )
    assert figure_rows(text, "TWD") == [
        (1.25e9, "observation", None, None),
        (2.0, "target", "2027-10-31", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "我們以2027年預測每股資產淨值折讓30%得出目標價。",
        "Our target price applies a 30% discount to the 2027 forecast NAV per share.",
    ],
)
def test_a_valuations_discount_is_undated_and_no_goal(sentence: str) -> None:
    # README: a discount or premium a valuation applies is its term, undated, no goal.
    text = "宏遠地產（研究報告）\n2026年11月18日\n\n" + sentence + "\n"
    rows = [r for r in figure_rows(text, "HKD") if r[0] == 30.0]
    assert rows == [(30.0, "observation", None, None)]


def test_the_money_a_scheme_is_funded_with_is_undated() -> None:
    # README: the money a scheme is funded with (由…撥款…支持) is the scheme's, undated, not of
    # the launch day in its sentence. Text written for this test.
    text = (
        "本局公布新計劃\n2026年5月12日\n\n"
        "配對計劃於二○二六年六月一日推出，為期兩年，由創科基金撥款8億元支持。\n"
    )
    assert figure_rows(text, "HKD") == [(8e8, "observation", None, None)]


@pytest.mark.parametrize(
    ("said", "currency"),
    [
        ("对首次通过认定的企业，按规定给予一次性奖励30万元", "CNY"),
        ("對新獲評的示範基地，給予一次性補助30萬元", "MOP"),
        ("达到标准的平台，依规予以资助30万元", "CNY"),
    ],
)
def test_a_reward_the_rules_give_is_undated(said: str, currency: str) -> None:
    # Round 50: a reward or grant the rules set for whoever qualifies, in a report of a year
    # whose other facts are of that year's end.
    text = f"2027年度园区工作总结\n2028年2月6日\n\n2027年全年新认定企业48家。{said}。\n"
    assert figure_rows(text, currency) == [
        (48.0, "observation", None, "2027-12-31"),
        (3e5, "observation", None, None),
    ]


def test_money_told_over_the_years_just_past_is_no_plan_s_money() -> None:
    # 計劃 in a scheme's name (向研發計劃撥款) is no plan to put money in: told over 過去兩年,
    # the money is a fact of the span the paragraph dates (as at 30 June 2026 here).
    text = (
        "新聞公報\n2026年9月8日\n\n截至2026年6月30日，共有企業48間參加研發計劃。"
        "過去兩年，政府向研發計劃撥款共約1.2億元。\n"
    )
    assert figure_rows(text, "HKD") == [
        (48.0, "observation", None, "2026-06-30"),
        (1.2e8, "observation", None, "2026-06-30"),
    ]


def test_a_one_off_subsidy_told_as_paid_out_is_a_fact_of_its_period() -> None:
    # Review 18: 共发放一次性补贴 tells money paid over 1-9月, not a reward the rules set.
    text = "发布时间：2026年10月14日\n今年1-9月，园区共发放一次性补贴1.2亿元。\n"
    assert figure_rows(text) == [(1.2e8, "observation", None, "2026-09-30")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Money told as spent or executed of a plan's stated cost keeps the date its sentence
        # gives; the stated cost alone is undated (README, STATED_COST).
        (
            "专项简报\n发布时间：2027年6月2日\n截至2026年底，已拨付计划经费2800万元。\n",
            [(28_000_000, "observation", None, "2026-12-31")],
        ),
        (
            "專案簡報\n發佈日期：2027年6月2日\n截至2026年底，已撥付計畫經費2800萬元。\n",
            [(28_000_000, "observation", None, "2026-12-31")],
        ),
        (
            "专项简报\n发布时间：2027年6月2日\n计划经费5000万元，截至2026年底已使用计划经费2800万元。\n",
            [
                (50_000_000, "observation", None, None),
                (28_000_000, "observation", None, "2026-12-31"),
            ],
        ),
    ],
)
def test_plan_money_told_as_spent_keeps_its_date(
    text: str, expected: list[tuple[float, str, str | None, str | None]]
) -> None:
    assert figure_rows(text) == [(float(v), k, d, r) for v, k, d, r in expected]
