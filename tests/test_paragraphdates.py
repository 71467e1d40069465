"""The date a fact takes from its paragraph (zonetrack/paragraphdates.py), through
extract_figures.

Texts written for these tests; expected dates from the README's rules: a sentence that opens by
pointing back to an event (本次, 此次, 當天) dates its facts at the day its paragraph named the
event on.
"""

from __future__ import annotations

import pytest
from conftest import figure_rows


@pytest.mark.parametrize(
    ("opening", "pointer", "expected"),
    [
        ("9月26日下午，东岭园区秋季招商推介会在会展中心举行。", "本次推介会", "2027-09-26"),
        ("2027年9月26日，東嶺園區舉辦創科路演活動。", "當天", "2027-09-26"),
        # A day after the page's, without its year: the year before's.
        ("12月28日，东岭园区举行年度签约活动。", "此次活动", "2026-12-28"),
    ],
)
def test_a_sentence_pointing_back_to_an_event_is_of_its_day(
    opening: str, pointer: str, expected: str
) -> None:
    text = f"园区动态\n\n发布日期：2027-10-09\n\n　　{opening}{pointer}共签约项目23个。\n"
    assert figure_rows(text) == [(23.0, "observation", None, expected)]


def test_a_sentence_not_pointing_back_keeps_the_page_s_day() -> None:
    # No pointer: the day named before is the meeting's, not the count's.
    text = (
        "园区动态\n\n发布日期：2027-10-09\n\n"
        "　　9月26日，东岭园区召开工作会议。目前园区共有企业230家。\n"
    )
    assert figure_rows(text) == [(230.0, "observation", None, "2027-10-09")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Another holding's day (上一届) is not this one's: the sentence naming this event
        # counts its day from the page's (昨日 of a page of 2027-10-09).
        ("秋季招商推介会昨日在东岭园区落幕。上一届推介会于2027年4月16日举行。", "2027-10-08"),
        ("秋季招商推介會昨日在東嶺園區落幕。上一屆推介會於2027年4月16日舉行。", "2027-10-08"),
        # A fact of another holding told between them (往届) keeps its own day only.
        (
            "10月7日，秋季招商推介会开幕。回顾往届推介会，2026年9月20日的推介会签约项目15个。",
            "2027-10-07",
        ),
        # The day named is another event's (a 会议, not this 推介会): no day of its own.
        ("9月26日，东岭园区召开工作会议。", None),
    ],
)
def test_a_pointer_takes_the_day_of_the_event_it_names(
    paragraph: str, expected: str | None
) -> None:
    text = f"园区动态\n\n发布日期：2027-10-09\n\n　　{paragraph}本次推介会共签约项目23个。\n"
    assert (23.0, "observation", None, expected) in figure_rows(text)
