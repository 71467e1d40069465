"""The schedule of an item in a list of works (zonetrack.itemschedules), through extract_figures.

Texts written for these tests in the style of a council paper's schedule of works and a
list of key projects; expected values from the README's rules (round 47): an item's scope (its
first part, or the lines above its schedule's field) is a goal due when the item is scheduled
to finish or start production (a quarter's label 3Q28 is that quarter's end); its estimate and
its progress are not its scope, and the start of work (计划开工) schedules nothing.
"""

from __future__ import annotations

import pytest
from conftest import figure_rows

from zonetrack.itemschedules import revised_schedule

EN = (
    "Paper for the Panel on Development\nFor discussion on 10 March 2026\n\n"
    "The items of works and their schedule are set out below:\n\n"
    "(a) Drainage works - 6 new culverts and about 3 kilometres of sewers; approved project "
    "estimate $1.1 billion; scheduled for 3Q28.\n\n"
    "(b) Public transport interchange - 12 bus bays; approved project estimate $0.4 billion; "
    "due for completion by end-2027.\n"
)
HANS = (
    "新区2026年度重点项目计划\n发布时间：2026-02-10\n\n"
    "1．智能装备产业园\n"
    "建设内容：新建标准厂房6栋，建设检测中心1个。\n"
    "总投资：12亿元　　计划开工：2026年二季度　　计划竣工：2027年四季度\n\n"
    "2．物流中心\n"
    "建设内容：建设冷库3座。\n"
    "计划开工：2026年三季度\n"
)


def test_an_items_scope_is_due_by_its_schedule() -> None:
    assert figure_rows(EN, "HKD") == [
        (6.0, "target", "2028-09-30", None),
        (3.0, "target", "2028-09-30", None),  # 3 kilometres
        (1.1e9, "observation", None, None),
        (12.0, "target", "2027-12-31", None),
        (0.4e9, "observation", None, None),
    ]


def test_a_schedule_field_under_the_scope_dates_it() -> None:
    rows = figure_rows(HANS)
    assert rows[:3] == [
        (6.0, "target", "2027-12-31", None),
        (1.0, "target", "2027-12-31", None),
        (1.2e9, "observation", None, None),
    ]
    # Only the start of work is scheduled: the scope is no goal.
    assert rows[3][:3] == (3.0, "observation", None)


@pytest.mark.parametrize(
    ("line", "in_force"),
    [
        ("原訂116年3月底前完工，修正為116年8月底前完工。", "116年8月底前完工。"),
        ("原定2027年6月建成，现调整为2027年9月建成", "2027年9月建成"),
        ("Completion, first set for March 2028, has been pushed back to June 2028.", " June 2028."),
        ("預計116年第3季完工。", "預計116年第3季完工。"),
    ],
)
def test_a_revised_schedule_takes_the_date_after_the_revision(line: str, in_force: str) -> None:
    assert revised_schedule(line) == in_force


# Round 53: a goal whose own statement names its schedule as the original one (原定, 原訂,
# "originally") and then tells the date it was revised to is due at the revised date; a fact
# after the semicolon keeps its own reading.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        (
            "发布时间：2026-05-08\n孵化器原定2026年9月底前入驻企业60家，受装修进度影响，"
            "管委会已将该节点延至2027年1月底。",
            None,
            [(60.0, "target", "2027-01-31", None)],
        ),
        (
            "發文日期：115年4月1日\n儲能設備原訂115年底前完成建置40兆瓦，經核定調整為116年9月底前"
            "完成；目前已完成12兆瓦。",
            "TWD",
            [
                (40_000.0, "target", "2027-09-30", None),
                (12_000.0, "observation", None, "2026-04-01"),
            ],
        ),
    ],
)
def test_a_goal_revised_later_in_its_statement_is_due_at_the_revised_date(
    text: str, currency: str | None, expected: list[tuple[float, str, str | None, str | None]]
) -> None:
    assert figure_rows(text, currency) == expected
