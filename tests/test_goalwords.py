"""The words by which a sentence sets a goal or tells a fact (zonetrack/goalwords.py), through
extract_figures; texts written for these tests, expected values from the README's rules."""

from __future__ import annotations

import pytest
from conftest import figure_rows

from zonetrack.goalwords import goal_or_fact


@pytest.mark.parametrize(
    "sentence",
    [
        # Review 18: a span back (过去的两年内) and a span from each one's own event (投产两年内,
        # a condition of a reward) set no deadline.
        "在过去的两年内，园区新增企业300家。",
        "過去兩年內，園區新增企業300家。",
        "项目投产两年内税收达到300万元的，给予奖励。",
        "企业入驻三年内营收达到300万元的，给予奖励。",
    ],
)
def test_a_span_back_or_from_an_event_sets_no_deadline(sentence: str) -> None:
    rows = figure_rows("发布时间：2026年10月14日\n" + sentence)
    assert [(kind, deadline) for _, kind, deadline, _ in rows] == [("observation", None)]


# Round 52: a tally up to the page's day (到目前為止, 截至目前, 迄今为止) after a goal set
# earlier in
# the sentence is a fact of the page's day; the goal and a later goal part keep theirs.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "園區今年的目標是引進創科企業60家，到目前為止落戶了37家。",
            [("target", "2026-12-31", None), ("observation", None, "2026-10-14")],
        ),
        (
            "全年计划新开工项目25个，迄今为止开工18个，年底前还将开工7个。",
            [
                ("target", "2026-12-31", None),
                ("observation", None, "2026-10-14"),
                ("target", "2026-12-31", None),
            ],
        ),
    ],
)
def test_a_tally_up_to_now_after_a_goal_is_a_fact(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    rows = figure_rows("发布时间：2026年10月14日\n" + sentence)
    assert [(kind, deadline, ref) for _, kind, deadline, ref in rows] == expected


# Round 53: a goal reported as met or missed (目标未完成, 目標如期實現) tells an outcome: the other
# figures of its sentence are facts (a 完成率 too), the goal's own figure stays a goal, and so
# does a budget beaten (超额完成…的年度预算).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2025年，园区营业收入368亿元，年初确定的400亿元目标未完成，完成率92%。",
            [
                ("observation", None, "2025-12-31"),
                ("target", "2025-12-31", None),
                ("observation", None, "2025-12-31"),
            ],
        ),
        (
            "2025年引进人才目标未完成，主要是引进人才仅640人，而目标为800人。",
            [("observation", None, "2025-12-31"), ("target", "2025-12-31", None)],
        ),
        (
            "2025年，園區稅收收入8.2億元，超額完成7.5億元的年度預算。",
            [("observation", None, "2025-12-31"), ("target", "2025-12-31", None)],
        ),
    ],
)
def test_a_goal_reported_met_or_missed_tells_facts(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    rows = figure_rows("发布时间：2026年10月14日\n" + sentence)
    assert [(kind, deadline, ref) for _, kind, deadline, ref in rows] == expected


# Review 20: an outcome sought or warded off (确保…目标如期实现, 防止年度目标未完成) is not told:
# the figures after it are the year's goals.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "确保2026年各项目标如期实现，全年引进人才800人，税收增长6%。",
            [("target", "2026-12-31", None), ("target", "2026-12-31", None)],
        ),
        ("避免年度目标未完成，今年要引进人才600人。", [("target", "2026-12-31", None)]),
    ],
)
def test_an_outcome_sought_is_not_told(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    rows = figure_rows("发布时间：2026年4月2日\n" + sentence)
    assert [(kind, deadline, ref) for _, kind, deadline, ref in rows] == expected


# Round 52: a span of months ahead (未來18個月內) is a deadline cue, counted from the page's day;
# a span in which things fall due (未来18个月内到期的租约) names what it counts, no goal.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("園區會在未來18個月內完成約12公頃用地的平整。", [("target", "2028-04-13", None)]),
        ("将于未来18个月内到期的租约面积约3万平方米。", [("observation", None, None)]),
    ],
)
def test_a_span_of_months_ahead_is_a_deadline(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    rows = figure_rows("发布时间：2026年10月14日\n" + sentence)
    assert [(kind, deadline, ref) for _, kind, deadline, ref in rows] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A league table's outcome, told as done: "made it", "scored", "ranked".
        "In this year's list, 9 made it, one more than before.",
        "This year Jiaxing ranked 14th and scored 66.1.",
    ],
)
def test_a_league_table_s_outcome_is_told_as_done(sentence: str) -> None:
    assert goal_or_fact(sentence) is False


@pytest.mark.parametrize(
    "sentence",
    [
        # An obligation due within a time counted from an event: a goal, its day not yet known.
        "Phase A (about 3 MW) shall be handed over within 120 calendar days of the award.",
        "The works must be completed within nine months after the Commencement Date.",
    ],
)
def test_an_obligation_within_a_time_of_an_event_is_a_goal(sentence: str) -> None:
    assert goal_or_fact(sentence) is True


def test_a_span_back_beside_a_span_ahead_tells_a_fact() -> None:
    # Review 20: 未来…个月内 dates the part it heads; a part of a span back in the same
    # sentence (过去…个月内) tells what was done, no goal and no deadline.
    rows = figure_rows(
        "发布时间：2026年4月2日\n开发区未来12个月内引进项目40个，过去12个月内引进项目31个。"
    )
    assert [(kind, deadline) for _, kind, deadline, _ in rows] == [
        ("target", "2027-04-01"),
        ("observation", None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the share of a goal said with a copula: no goal set
        "新引进高层次人才312人，仅为目标数的三成左右",
        "新建平台12个，相当于规划目标的六成",
        # a goal told met, the verb first and the goal quoted between
        "技术交易额累计达到52亿元，提前完成“三年累计突破50亿元”的目标",
        "入駐企業達到120家，已實現「三年入駐百家」目標",
        # the margin by which progress trails or beats a goal
        "固定资产投资同比增长3.1%，低于全年目标2.9个百分点",
        "出口額增長12.5%，高於年度目標4個百分點",
    ],
)
def test_a_goal_told_met_or_its_share_reached_sets_no_goal(sentence: str) -> None:
    assert not goal_or_fact(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Round 56: what a body sets itself is a goal, the figure right after the words.
        "For 2028 the bureau has set itself 61 new patents.",
        "In 2027 we set ourselves 12 new labs and 900 graduates.",
    ],
)
def test_what_a_body_sets_itself_is_a_goal(sentence: str) -> None:
    assert goal_or_fact(sentence) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count right before the goals themselves is how many goals a plan sets: a fact of
        # no date, not a goal (README: 九项任务 with no 的 counts tasks); the goals under it
        # keep their deadline.
        (
            "Harbour district plan\nPublished 2 June 2027\n\n"
            "The council set four goals, all due in 2031:\n- 640 new firms\n",
            [(4, "observation", None, None), (640, "target", "2031-12-31", None)],
        ),
        (
            "Harbour district plan\nPublished 2 June 2027\n\n"
            "The new plan has 5 key objectives for 2030.\n",
            [(5, "observation", None, None)],
        ),
        # The task a body takes on (将承担…的任务): a goal, undated unless a deadline is written,
        # the figure's own noun standing between it and 的任务.
        (
            "开发区工作要点\n发布时间：2027年6月2日\n\n开发区将承担引进80家外资企业的任务。\n",
            [(80, "target", None, None)],
        ),
        (
            "開發區工作要點\n發佈日期：2027年6月2日\n\n開發區將承擔培育35家上市企業的任務。\n",
            [(35, "target", None, None)],
        ),
        (
            "开发区工作要点\n发布时间：2027年6月2日\n\n2029年开发区承担新建12个孵化器的任务。\n",
            [(12, "target", "2029-12-31", None)],
        ),
        # An obligation due within a time counted from an event: a goal with no date.
        (
            "Tender notice\nPublished 2 June 2027\n\n"
            "The supplier must install 60 chargers within 90 working days of the award.\n",
            [(60, "target", None, None)],
        ),
        (
            "Tender notice\nPublished 2 June 2027\n\n"
            "The supplier shall supply 2,400 panels within 120 calendar days.\n",
            [(2400, "target", None, None)],
        ),
    ],
)
def test_goals_counted_tasks_taken_on_and_obligations_within_days(
    text: str, expected: list[tuple[float, str, str | None, str | None]]
) -> None:
    assert figure_rows(text) == [(float(v), k, d, r) for v, k, d, r in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # 将 marks the object of 交给 (把): the task told handed over, a past act, not one
        # the centre will take on.
        "2024年，东岭孵化中心将培育40家科技企业的任务交给了园区，当年培育企业25家。",
        "2024年，東嶺孵化中心將培育40家科技企業的任務移交給園區，當年培育企業25家。",
    ],
)
def test_a_task_handed_over_sets_no_goal(sentence: str) -> None:
    rows = figure_rows(f"园区动态\n\n发布日期：2027-03-12\n\n{sentence}\n")
    assert rows == [
        (40.0, "observation", None, "2024-12-31"),
        (25.0, "observation", None, "2024-12-31"),
    ]
