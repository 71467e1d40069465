"""Scores written as bare numbers (zonetrack/scores.py): the words around them say so."""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures

PAGE = "Index release\nPublished: 3 December 2027\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "scored … out of 100": a score; the scale after it no figure.
        (PAGE + "Ningbo's park scored 77.4 out of 100 this year.", [(77.4, "score")]),
        # The base of a change of a score, in the same sentence, is a score too.
        (
            PAGE + "Wuxi scored 70.3, down from 72.8 in the last edition.",
            [(70.3, "score"), (72.8, "score")],
        ),
        # The noun as subject: "the average score … was".
        (
            PAGE + "The average score of the 30 parks was 58.1, compared with 57.6.",
            [(30, "count"), (58.1, "score"), (57.6, "score")],
        ),
        # A base in the next sentence is not the score's; a count is a count.
        (
            PAGE + "Hefei scored 66.0. Its firms numbered 355, up from 310.",
            [(66.0, "score"), (355, "count"), (310, "count")],
        ),
        # A counted noun after the number: a count "scored", no score (review 20, M3).
        (
            PAGE + "Suzhou's labs scored 23 design awards this year.",
            [(23, "count")],
        ),
        # The base after a score and its scale, or after a score and its year, is a score
        # either way (review 20, M3).
        (
            PAGE + "Xiamen scored 61.5 out of 100 in 2027, down from 63.0.",
            [(61.5, "score"), (63.0, "score")],
        ),
        (
            PAGE + "Xiamen scored 61.5 in the 2027 ranking, down from 63.0.",
            [(61.5, "score"), (63.0, "score")],
        ),
    ],
)
def test_a_bare_number_named_a_score_is_a_score(
    text: str, expected: list[tuple[float, str]]
) -> None:
    frame = extract_figures(text)
    assert list(zip(frame["value"], frame["unit"], strict=True)) == expected
