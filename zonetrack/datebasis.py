"""A date read from a text, with the basis of its reading, and the days periods end on.

:class:`Date` is a date as ``YYYY-MM-DD`` that carries a note when its reading is not
literal (a financial year read as ending in March, a Republic of China year); the helpers
give the last day of a month, a quarter or a season, and a day's date, as the date rules of
:mod:`zonetrack.periods`, :mod:`zonetrack.fiscalyears` and :mod:`zonetrack.relativeforms`
write them.
"""

from __future__ import annotations

import pandas as pd

from .dates import quarter_end

__all__ = [
    "Date",
    "day_date",
    "month_end",
    "quarter_end_date",
    "season_end",
]


class Date(str):
    """A date as ``YYYY-MM-DD`` with the basis of a reading that is not literal (``note``).

    Empty, with a note, when the text's date names no real day (2024年9月31日): the figure
    then keeps no date rather than a neighbouring real one.
    """

    note: str = ""

    def __new__(cls, date: str, note: str = "") -> Date:
        made = super().__new__(cls, date)
        made.note = note
        return made


_SEASON_END = {
    "spring": "05-31",
    "春": "05-31",
    "summer": "08-31",
    "夏": "08-31",
    "autumn": "11-30",
    "fall": "11-30",
    "秋": "11-30",
}


def season_end(year: str, season: str) -> str:
    """The last day of a season of ``year`` (winter: the February after it)."""
    end = _SEASON_END.get(season.lower())
    if end is not None:
        return f"{year}-{end}"
    return f"{pd.Timestamp(int(year) + 1, 3, 1) - pd.Timedelta(days=1):%Y-%m-%d}"


def quarter_end_date(year: str, q: str) -> str:
    """The last day of quarter ``q`` (一 to 四, or 1 to 4) of ``year``, ``YYYY-MM-DD``."""
    return f"{quarter_end(int(year), '一二三四1234'.index(q) % 4 + 1):%Y-%m-%d}"


def month_end(year: str, month: str | int) -> str:
    """The last day of ``month`` of ``year``, ``YYYY-MM-DD`` (ValueError for 13月)."""
    return f"{pd.Timestamp(int(year), int(month), 1) + pd.offsets.MonthEnd(0):%Y-%m-%d}"


def day_date(year: str, month: str | int, day: str) -> str:
    """The day as ``YYYY-MM-DD`` (ValueError for a day that is none: 2月30日)."""
    return f"{pd.Timestamp(int(year), int(month), int(day)):%Y-%m-%d}"
