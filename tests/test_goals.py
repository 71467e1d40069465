"""Goal or fact, and a goal's deadline (zonetrack.goals), through extract_figures.

Texts written for these tests in the style of plans and releases; expected values from the
README's rules (review 10): "by the end of the plan period" (规划期末) is the last year of the
span the plan's title states; the size of a fund a plan will set up by a year ahead is a goal
due then (the money a policy gives with no deadline stays undated); a range is one figure; the
base year of a multiple (达到2025年的2倍, "twice the 2025 level") is never the figure's date;
a figure planned for each year of a span ahead is due at the span's end.
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures

HANS = "重庆市孵化载体发展规划（2026-2030年）\n发布时间：2026-03-10\n"
HANT = "臺中市孵化載體發展規劃（2026-2030年）\n發布時間：2026-03-10\n"
EN = "Chongqing Incubator Development Plan 2026-2030\nPublished: 10 March 2026\n"
# A page of a zone with no plan period in its title.
HANS_ZONE = "高新区产业发展工作要点\n发布时间：2026-03-10\n"
HANT_ZONE = "科學園區產業發展工作要點\n發布時間：2026-03-10\n"
EN_ZONE = "Zone work plan\nPublished: 10 March 2026\n"

Row = tuple[float, str, str | None, str | None]


def _rows(text: str) -> list[Row]:
    """(value, kind, deadline, ref_date) of each figure; a missing date may be None or NaN."""
    frame = extract_figures(text)
    return [
        (
            float(r.value),
            r.kind,
            r.deadline if isinstance(r.deadline, str) else None,
            r.ref_date if isinstance(r.ref_date, str) else None,
        )
        for r in frame.itertuples()
    ]


def _goal(value: float, deadline: str) -> Row:
    return (value, "target", deadline, None)


def _fact(value: float, ref_date: str | None = None) -> Row:
    return (value, "observation", None, ref_date)


# Fault 1: "by the end of the plan period" names a deadline ahead by itself.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HANS + "到规划期末，全市孵化载体总面积达到2000万平方米。", [_goal(2e7, "2030-12-31")]),
        (HANS + "规划期末，全市孵化载体总面积达到2000万平方米。", [_goal(2e7, "2030-12-31")]),
        (HANT + "到規劃期末，全市孵化載體總面積達到2000萬平方米。", [_goal(2e7, "2030-12-31")]),
        (HANT + "規劃期末，全市孵化載體總面積達到2000萬平方米。", [_goal(2e7, "2030-12-31")]),
        (
            EN + "By the end of the plan period, incubators will cover 20 million square metres.",
            [_goal(2e7, "2030-12-31")],
        ),
        (
            EN + "The city will invest 2 billion yuan in incubators by the end of the plan period.",
            [_goal(2e9, "2030-12-31")],
        ),
        (
            EN + "At the end of the plan period, the lab network is expected to employ 5,000"
            " researchers.",
            [_goal(5000, "2030-12-31")],
        ),
        (
            "深圳市实验室规划（2026—2030年）\n发布时间：2026年3月10日\n规划期末累计建成实验室50家。",
            [_goal(50, "2030-12-31")],
        ),
        # Left alone: a share of the plan's goal reached is a fact of its own date.
        (
            HANS + "截至2025年底，已完成规划期末目标的60%。",
            [_fact(60, "2025-12-31")],
        ),
        # Left alone: the end of a plan period already over at the page's date sets no goal.
        (
            "重庆市孵化载体发展规划（2021-2025年）实施情况\n发布时间：2026-03-10\n"
            "到规划期末，全市孵化载体总面积达到1500万平方米。",
            [_fact(1.5e7, "2025-12-31")],
        ),
    ],
)
def test_the_end_of_the_plan_period_is_a_deadline(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


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


# Fault 3: a range with its unit on both ends is one figure, of one kind and deadline.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HANS_ZONE + "到2030年，设立规模50亿元至60亿元的产业基金。", (5e9, 6e9, "2030-12-31")),
        (HANT_ZONE + "到2030年，設立規模50億元至60億元的產業基金。", (5e9, 6e9, "2030-12-31")),
        (HANS_ZONE + "到2030年，投资3500万元至5000万元建设实验室。", (3.5e7, 5e7, "2030-12-31")),
        (
            EN_ZONE + "By 2030, the zone will set up a fund of 5 billion yuan to 6 billion yuan.",
            (5e9, 6e9, "2030-12-31"),
        ),
    ],
)
def test_a_range_of_money_is_one_goal(text: str, expected: tuple[float, float, str]) -> None:
    frame = extract_figures(text)
    assert [
        (float(r.value), float(r.value_high), r.kind, r.deadline) for r in frame.itertuples()
    ] == [(expected[0], expected[1], "target", expected[2])]


# Fault 4: the base year of a multiple is neither the goal's deadline nor the fact's date.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HANS_ZONE + "到2030年，高新技术产业产值达到2025年的2倍。", [_goal(2, "2030-12-31")]),
        (HANS_ZONE + "到2030年，高新技术产业产值是2025年的2倍。", [_goal(2, "2030-12-31")]),
        (HANT_ZONE + "到2030年，高新技術產業產值達到2025年的2倍。", [_goal(2, "2030-12-31")]),
        (
            EN_ZONE + "High-tech output will reach twice the 2025 level by 2030.",
            [_goal(2, "2030-12-31")],
        ),
        (
            EN_ZONE + "High-tech output will reach 2.5 times the 2025 level by 2030.",
            [_goal(2.5, "2030-12-31")],
        ),
        (
            EN_ZONE + "Output will reach three times its 2020 level by 2030.",
            [_goal(3, "2030-12-31")],
        ),
        (HANS_ZONE + "到2030年，产值相当于2020年末的3倍。", [_goal(3, "2030-12-31")]),
        # A fact: of its own year, not the base's.
        (HANS_ZONE + "2025年，高新技术产业产值达到2020年的2倍。", [_fact(2, "2025-12-31")]),
        (HANT_ZONE + "2025年，高新技術產業產值達到2020年的2倍。", [_fact(2, "2025-12-31")]),
        (EN_ZONE + "Output in 2025 was twice the 2020 level.", [_fact(2, "2025-12-31")]),
        # "twice a year" says how often, no multiple; "double … by 2027" is due by 2027.
        (
            EN_ZONE + "The board meets twice a year and hosts 40 firms.",
            [_fact(40, "2026-03-10")],
        ),
        (
            EN_ZONE + "Revenue rose 12% in 2025, twice as fast as in 2024.",
            [_fact(12, "2025-12-31")],
        ),
        (
            EN_ZONE + "The zone plans to double its research staff by 2027.",
            [_goal(2, "2027-12-31")],
        ),
    ],
)
def test_the_base_year_of_a_multiple_is_no_date(text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


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
