"""A date read from a text, with the basis of its reading, and the days periods end on.

:class:`Date` is a date as ``YYYY-MM-DD`` that carries a note when its reading is not
literal (a financial year read as ending in March, a Republic of China year); the helpers
give the last day of a month, a quarter or a season, and a day's date, as the date rules of
:mod:`zonetrack.periods`, :mod:`zonetrack.fiscalyears` and :mod:`zonetrack.relativeforms`
write them.
"""

from __future__ import annotations

import re

import pandas as pd

from .dates import quarter_end

__all__ = [
    "CN_DAY",
    "Date",
    "day_date",
    "month_end",
    "quarter_end_date",
    "read_spelled_years",
    "season_end",
    "spelled_number",
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


_SPELLED_DIGIT = {c: str(n % 10) for n, c in enumerate("〇一二三四五六七八九")} | {
    "零": "0",
    "○": "0",
}

# A month or a day before 月 or 日, in digits or in Chinese numerals (三月三十一日, 十月).
CN_DAY = r"\d{1,2}|[一二三四五六七八九十]{1,3}"


def spelled_number(spelled: str) -> int:
    """一 to 三十一 (or digits) as a number (KeyError for what is neither)."""
    if spelled.isdigit():
        return int(spelled)
    if "十" not in spelled:
        return int(_SPELLED_DIGIT[spelled])
    tens, _, ones = spelled.partition("十")
    return int(_SPELLED_DIGIT[tens] if tens else 1) * 10 + (
        int(_SPELLED_DIGIT[ones]) if ones else 0
    )


def month_end(year: str, month: str | int) -> str:
    """The last day of ``month`` of ``year``, ``YYYY-MM-DD`` (ValueError for 13月); the
    month may be written in Chinese numerals (十二)."""
    number = spelled_number(month) if isinstance(month, str) else month
    return f"{pd.Timestamp(int(year), number, 1) + pd.offsets.MonthEnd(0):%Y-%m-%d}"


def day_date(year: str, month: str | int, day: str) -> str:
    """The day as ``YYYY-MM-DD`` (ValueError for a day that is none: 2月30日); month and day
    may be written in Chinese numerals (三月三十一日)."""
    number = spelled_number(month) if isinstance(month, str) else month
    return f"{pd.Timestamp(int(year), number, spelled_number(day)):%Y-%m-%d}"


# 二零二六年, 二〇二五／二六年度: a year written digit by digit in Chinese numerals (as Hong
# Kong annual reports and speeches write dates), with the second year of a split year.
_SPELLED_YEAR = re.compile(
    r"(?<![〇零○一二三四五六七八九十百千萬万])([一二][〇零○一二三四五六七八九]{3})"
    r"(?:(\s*[／/]\s*)([〇零○一二三四五六七八九]{2}))?(?=\s*年)"
)


def read_spelled_years(text: str) -> str:
    """``text`` with each year written in Chinese numerals (二零二六年, 二零二五／二六年度)
    in digits (2026年, 2025／26年度), of the same length: the date rules read it as they read
    a year in digits, and offsets stay those of ``text``. Months and days in Chinese numerals
    (三月三十一日) are read by the date rules themselves (:data:`CN_DAY`)."""

    def digits(m: re.Match[str]) -> str:
        year = "".join(_SPELLED_DIGIT[c] for c in m[1])
        if m[3] is None:
            return year
        return year + m[2] + "".join(_SPELLED_DIGIT[c] for c in m[3])

    return _SPELLED_YEAR.sub(digits, text)
