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
