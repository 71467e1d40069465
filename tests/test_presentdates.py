"""Dates of facts told relative to the page (zonetrack.presentdates), through extract_figures.

Texts written for these tests; expected dates from the README's rules: a running total of the
year (今年以来, "so far this year") is of the page's own day, a month or period a later part of the
sentence names belongs to that part's figure (review 9's P7).
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures


def _dates(text: str, currency: str | None = None) -> list[tuple[float, str | None]]:
    frame = extract_figures(text, currency=currency)
    # A missing date may be None or NaN (pandas 3): both are "no date".
    return [
        (float(r.value), r.ref_date if isinstance(r.ref_date, str) else None)
        for r in frame.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # The total runs to the page's day; the month is the breakdown's.
        (
            "招商简报\n2026年10月15日\n今年以来，高新区新增入驻企业86家，其中8月新增12家。\n",
            None,
            [(86, "2026-10-15"), (12, "2026-08-31")],
        ),
        (
            "招商簡報\n2026年10月15日\n今年以來，園區新增企業86家，當中8月新增12家。\n",
            "HKD",
            [(86, "2026-10-15"), (12, "2026-08-31")],
        ),
        (
            "Park bulletin\n15 October 2026\nSo far this year, 86 firms have joined the park,"
            " including 12 in August.\n",
            None,
            [(86, "2026-10-15"), (12, "2026-08-31")],
        ),
        # A date an earlier part states bounds the running total.
        (
            "招商简报\n2026年11月20日\n截至10月底，今年以来全区净增企业126家，其中9月新增15家。\n",
            None,
            [(126, "2026-10-31"), (15, "2026-09-30")],
        ),
        # Left alone: a month in the figure's own part, and a total with no running year.
        (
            "招商简报\n2026年10月15日\n今年以来，8月新增企业12家。\n",
            None,
            [(12, "2026-08-31")],
        ),
        (
            "招商简报\n2026年10月15日\n高新区8月新增入驻企业12家，其中外资企业3家。\n",
            None,
            [(12, "2026-08-31"), (3, "2026-08-31")],
        ),
    ],
)
def test_a_running_total_of_the_year_is_not_dated_by_its_breakdown(
    text: str, currency: str | None, expected: list[tuple[float, str]]
) -> None:
    assert _dates(text, currency) == expected
