"""Goals and policy money told of funds and yearly sums (zonetrack.moneygoals), through
extract_figures.

Texts written for these tests in the style of plans; expected values from the README's rules
(review 10): the size of a fund a plan will set up by a year ahead is a goal due then (the
money a policy gives with no deadline stays undated); a figure planned for each year of a span
ahead is due at the span's end.
"""

from __future__ import annotations

import pytest
from test_goals import EN_ZONE, HANS_ZONE, HANT_ZONE, Row, _fact, _goal, _rows


# Fault 2: the size of a fund a plan will set up by a year ahead is a goal due then.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HANS_ZONE + "力争到2028年，设立规模100亿元的产业基金。", [_goal(1e10, "2028-12-31")]),
        (HANS_ZONE + "到2027年，组建总规模50亿元的母基金。", [_goal(5e9, "2027-12-31")]),
        (
            HANS_ZONE + "到2027年：\n1. 组建总规模50亿元的母基金。\n2. 新增入驻企业30家。",
            [_goal(5e9, "2027-12-31"), _goal(30, "2027-12-31")],
        ),
        (HANT_ZONE + "力爭到2028年，設立規模100億元的產業基金。", [_goal(1e10, "2028-12-31")]),
        (HANT_ZONE + "到2027年，組建總規模50億元的母基金。", [_goal(5e9, "2027-12-31")]),
        (
            EN_ZONE + "By 2028, the zone will set up a fund of 5 billion yuan.",
            [_goal(5e9, "2028-12-31")],
        ),
        (
            EN_ZONE + "The zone will set up a fund of 5 billion yuan by the end of 2028.",
            [_goal(5e9, "2028-12-31")],
        ),
        (
            HANS_ZONE + "计划于2028年底前组建总规模50亿元的母基金。",
            [_goal(5e9, "2028-12-31")],
        ),
        (HANS_ZONE + "2027年，将设立规模10亿元的天使基金。", [_goal(1e9, "2027-12-31")]),
        (HANT_ZONE + "2027年，將設立規模10億元的天使基金。", [_goal(1e9, "2027-12-31")]),
        (
            EN_ZONE + "In 2027, the zone will set up a fund of 5 billion yuan.",
            [_goal(5e9, "2027-12-31")],
        ),
        # Left alone: a fund told as set up, money a policy gives or sets aside, a fund with
        # no deadline ahead (none at all, or a plan's span of years): the policy's money.
        (HANS_ZONE + "去年已设立规模100亿元的产业基金。", [_fact(1e10)]),
        (HANT_ZONE + "園區已設立規模100億元的產業基金。", [_fact(1e10)]),
        (HANS_ZONE + "对新引进企业给予最高500万元奖励。", [_fact(5e6)]),
        (HANS_ZONE + "市财政预留100亿元支持产业发展。", [_fact(1e10)]),
        (EN_ZONE + "The zone will set up a fund of 5 billion yuan.", [_fact(5e9)]),
        (
            HANS_ZONE + "设立规模20亿元的产业基金，实施期为2026年至2030年。",
            [_fact(2e9)],
        ),
    ],
)
def test_a_fund_set_up_by_a_deadline_is_a_goal(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


def test_a_fund_due_by_a_year_already_past_is_no_goal() -> None:
    """A goal is never set for a date already past at the page's date."""
    rows = _rows(HANS_ZONE + "到2025年，设立规模100亿元的产业基金。")
    assert [(value, kind, deadline) for value, kind, deadline, _ in rows] == [
        (1e10, "observation", None)
    ]


# Fault 5: a figure planned for each year of a span ahead is due at the span's end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN_ZONE + "The zone plans 3 new labs a year through 2028.", [_goal(3, "2028-12-31")]),
        (
            EN_ZONE + "The zone will add 3 new labs a year through 2028.",
            [_goal(3, "2028-12-31")],
        ),
        (
            EN_ZONE + "The city will provide up to CNY 500 million a year through 2028.",
            [_goal(5e8, "2028-12-31")],
        ),
        (
            EN_ZONE + "The city will provide up to CNY 500 million a year from 2026 to 2028.",
            [_goal(5e8, "2028-12-31")],
        ),
        (HANS_ZONE + "全区计划每年新建实验室3家，持续至2028年。", [_goal(3, "2028-12-31")]),
        (HANT_ZONE + "園區計劃每年新建實驗室3家，持續至2028年。", [_goal(3, "2028-12-31")]),
        (
            EN_ZONE + "Exports will rise 5% this year from a year earlier, and the zone plans"
            " 3 labs a year through 2028.",
            [_goal(5, "2026-12-31"), _goal(3, "2028-12-31")],
        ),
        # Left alone: yearly money with no span is the policy's, undated; a span past is a fact.
        (
            HANS_ZONE + "2021—2025年，全区每年新增实验室3家，计划到2028年再新增10家。",
            [_fact(3, "2025-12-31"), _goal(10, "2028-12-31")],
        ),
        (EN_ZONE + "The city will provide up to CNY 500 million a year for labs.", [_fact(5e8)]),
        (HANS_ZONE + "市财政每年给予最高5亿元支持。", [_fact(5e8)]),
    ],
)
def test_a_yearly_figure_through_a_year_is_due_then(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


# A total over a span of years still running at the page's date (2026) is a goal due at the
# span's end; one over a span already over, or told as done, is a fact. Texts written for
# these tests.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN_ZONE + "The bank commits to providing a cumulative 500 billion yuan of green "
            "loans between 2025 and 2030.",
            [_goal(5e11, "2030-12-31")],
        ),
        (
            EN_ZONE + "The fund's partners have agreed to the following:\n"
            "(a) a combined 3 billion yuan of seed money between 2026 and 2031;\n",
            [_goal(3e9, "2031-12-31")],
        ),
        (
            EN_ZONE + "Partners pledge a total of 400 start-ups from 2026 to 2029.",
            [_goal(400, "2029-12-31")],
        ),
        (
            EN_ZONE + "Members will lend 2 billion yuan in total over 2026-2028.",
            [_goal(2e9, "2028-12-31")],
        ),
        (HANS_ZONE + "2026—2030年累计投入研发资金50亿元。", [_goal(5e9, "2030-12-31")]),
        (HANT_ZONE + "2026至2030年累計投入研發資金50億元。", [_goal(5e9, "2030-12-31")]),
    ],
)
def test_a_total_over_a_span_still_running_is_due_at_its_end(
    text: str, expected: list[Row]
) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        EN_ZONE + "The bank provided a cumulative 500 billion yuan of green loans between 2020 "
        "and 2025.",
        EN_ZONE + "Between 2025 and 2030 the bank has provided a cumulative 90 billion yuan "
        "so far.",
    ],
)
def test_a_total_over_a_span_past_or_told_done_is_no_goal(text: str) -> None:
    assert [r[1] for r in _rows(text)] == ["observation"]


# Round 53: the money a plan or a work is stated to cost (計畫經費, 預算費用, 工程概算) is a term of
# the plan, undated and no goal, whatever span or schedule its sentence gives; the work's own
# scope keeps its schedule.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        (
            "發文日期：中華民國115年3月2日\n（一）計畫經費新臺幣15.8億元（114至118年度）。\n",
            "TWD",
            [_fact(1.58e9)],
        ),
        (
            "發布日期：2026年5月6日\n委員察悉，第三期工程的預算費用約為港幣52億元，預計於2030年第二季落成。\n",
            "HKD",
            [_fact(5.2e9)],
        ),
        (
            "发布时间：2026-05-06\n二期工程概算为18亿元，计划2028年底前建成厂房12万平方米。\n",
            None,
            [_fact(1.8e9), _goal(120_000, "2028-12-31")],
        ),
    ],
)
def test_a_plans_stated_cost_is_undated(
    text: str, currency: str | None, expected: list[Row]
) -> None:
    assert _rows(text, currency) == expected


# Round 52: money set aside (預留) in a statement that names no date is the policy's, undated,
# whatever goal another part of the sentence sets; money injected over a span ahead stays due.
def test_money_set_aside_beside_a_goal_is_the_policys() -> None:
    text = (
        HANT_ZONE
        + "園區會在未來12個月內完成約8公頃用地的平整，並預留不少於30億元作為第一期工程的撥款。\n"
    )
    assert _rows(text, "HKD") == [_goal(80_000, "2027-03-09"), _fact(3e9)]


@pytest.mark.parametrize(
    "text",
    [
        "發布日期：2026年3月2日\n園區截至2025年底已執行計畫經費8.4億元。",
        "发布时间：2026年3月2日\n2025年园区实际支出预算费用0.6亿元。",
    ],
)
def test_money_told_as_spent_is_a_fact_of_its_date(text: str) -> None:
    # Review 20 / README: money told as spent or executed (已執行計畫經費, 实际支出预算费用) is
    # a fact of the date its sentence gives; only a plan's stated cost is undated.
    assert [row[1:] for row in _rows(text)] == [("observation", None, "2025-12-31")]
