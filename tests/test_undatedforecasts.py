"""Forecasts with no date (zonetrack.undatedforecasts), through extract_figures.

Texts written for these tests in the style of announcements; expected values from the README's
rules (round 43): a figure a statement expects (預期, 預計, "is expected to") with no date from
the word of forecast to the end of the figure's part is a goal with no deadline; money a plan
puts in (預計投入) stays the policy's money, an undated fact, and a fact told done stays one.
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures
from zonetrack.undatedforecasts import is_undated_forecast


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("董事會預期，新廠投產後，本集團年產能將增加約三成", "約三成", True),
        ("预计可带动就业岗位约800个", "约800个", True),
        ("預計認列金額：約新臺幣5,000千元", "5,000千元", True),
        ("The campus is expected to house about 4,000 staff when complete", "4,000", True),
        ("預計投入新臺幣50億元", "50億元", False),
        ("預計於2028年底前完成約20公頃", "約20公頃", False),
        ("预计已完成投资5亿元", "5亿元", False),
        ("园区现有企业300家", "300家", False),
    ],
)
def test_a_forecast_with_no_date(sentence: str, figure: str, expected: bool) -> None:
    assert is_undated_forecast(sentence, sentence.index(figure)) == expected


def test_an_undated_forecast_is_a_goal_with_no_deadline() -> None:
    text = (
        "公告\n二零二六年五月八日\n\n"
        "本公司現有員工約300人。董事會預期，新廠投產後，本集團年產能將增加約三成。\n"
    )
    frame = extract_figures(text, currency="HKD")
    assert [(r.value, r.kind, r.deadline) for r in frame.itertuples()] == [
        (300.0, "observation", None),
        (30.0, "target", None),
    ]
