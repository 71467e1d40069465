"""Forecasts with no date: goals with no deadline.

A figure a statement expects (董事會預期，收購事項完成後…將提升逾四成, 預計創造就業機會約1,650個,
預計認列金額：約新臺幣61,200千元, "is expected to provide about 50,000 … when fully developed")
is no fact seen: it is a goal with no deadline when nothing from the word of forecast to the
figure's part's end names a date (one that does is read by the goal and fact rules). Money a
plan puts in or a budget sets (預計投入, 預計每年經常開支) stays the policy's money, undated.
"""

from __future__ import annotations

import re

from .goalwords import DONE_WORDS
from .periods import find_date
from .sentences import part_end, statement_bounds

__all__ = ["is_undated_forecast"]

# The words of a forecast (not "will" or 将 alone: they also tell what a rule provides).
_FORECAST = re.compile(
    r"预计|預計|预期|預期|预估|預估"
    r"|\b(?:expects?|expected|anticipates?|anticipated|forecasts?|projected)\b",
    re.I,
)

# Money a plan puts in, spends or budgets (預計投入, 預計每年經常開支, "expected to invest").
_POLICY_MONEY = re.compile(
    r"投入|投资|投資|安排|经费|經費|开支|開支|支出|预算|預算|每年|\b(?:invest|spend|budget)", re.I
)


def is_undated_forecast(sentence: str, rel: int, calendar: str = "CNY") -> bool:
    """Whether the figure at ``rel`` of ``sentence`` is a forecast with no date.

    Parameters
    ----------
    sentence : str
        The figure's sentence.
    rel : int
        Where the figure starts in it.
    calendar : str, default "CNY"
        The source's calendar, to read dates.

    Returns
    -------
    bool
        True when a word of forecast stands before the figure in its statement and nothing
        from it to the end of the figure's part names a date, tells the figure done, or makes
        it money a plan puts in.
    """
    lo = statement_bounds(sentence, rel)[0]
    # The last word of forecast before the figure.
    said = next(reversed(list(_FORECAST.finditer(sentence, lo, rel))), None)
    if said is None:
        return False
    span = sentence[said.start() : part_end(sentence, rel)]
    return not (
        DONE_WORDS.search(span)
        or _POLICY_MONEY.search(span)
        or find_date("ref_date", span, calendar=calendar)
        or find_date("deadline", span, calendar=calendar)
    )
