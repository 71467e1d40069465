"""A fact is never dated after its page: the one check every finished figure passes.

A page cannot tell as seen what happens on a day after its own date. A figure read as a
fact (an observation) of a later day is read again, once, when the driver has finished its
reading (README, "Extracting figures from a new document", *No fact after its page*):

- A fact its statement dates itself keeps its date: a tally told as reached by an as-of date
  (截至2024年底，园区已建成…, "as at 31 December 2024 … had") or a result beside the same period
  a year earlier (同比, 较上年同期, "year-on-year"): the page's date line is then the wrong date.
- A fact of a period running at the page's date (its month, quarter, half or year, or its
  financial or academic year) keeps the period's end when its own part tells it as done
  (已於2024年注資, "has welcomed 386 students for academic year 2025/26") or when the page is
  written in the period's last three months (全年新认定412家 in a summary of 18 December, a
  budget speech of February on the year ending 31 March): the period's figure, as a period's
  facts are always dated.
- Otherwise a fact told as done of a later day takes no date (已併網78兆瓦 beside 延至117年6月底:
  the later day is another part's).
- Otherwise it is a goal, a forecast, a requirement or a plan: a target due that day
  (2026年营业收入增长15% on a page of March 2026, "must submit bids by 30 April 2026").

A page with no date keeps every figure's own date.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar, cast

import pandas as pd

from .candidates import Candidate
from .fiscalyears import fiscal_year_end
from .goalwords import DONE_WORDS
from .sentences import SEGMENT_END, find_segment, last_stop_before

__all__ = ["bound_by_page", "bound_row_by_page", "figure_part"]

# A date as a reader passes it (a Date with its note, or a plain string), or None.
_S = TypeVar("_S", bound=str | None)
_D = TypeVar("_D", bound=str | None)

# A deed told in the past tense that DONE_WORDS (which serves goal and fact readings
# throughout) leaves out: "received 4,750 applications", "the plant employed 3,200". ("said"
# is no deed: "officials said was approved" tells the plan's approval, not the figure.)
_PAST_DEED = re.compile(
    r"\b(?:received|welcomed|enrolled|hired|employed|signed|opened|completed|delivered)\b",
    re.IGNORECASE,
)

# A tally told as reached by an as-of date (截至2024年底，园区已建成…, "as at 31 December 2024,
# the park had opened"): the statement dates it itself, whatever the page's date line says
# (a reprint under its first issue date, a plan's date printed under a title).
_AS_OF_DONE = re.compile(
    r"(?:截至|截止)[^。；;]*?已|\bas\s+(?:at|of)\b[^.;]*?\b(?:had|has|have)\b", re.IGNORECASE
)

# A period's result set beside the same period a year earlier (同比增长12%, 较上年同期,
# "year-on-year"): told as seen, never a goal, whatever the page's date line says.
_YEAR_ON_YEAR = re.compile(
    r"同比|(?:较|較|比)(?:上年|去年)同期|\byear[\s-]on[\s-]year\b", re.IGNORECASE
)

# A list's lead-in told as done counts for its items only when the deed is done to their
# amounts (已支付款項如下：, "amounts paid are as follows:"); 已签约项目如下： labels the
# projects whose schedule the items give.
_AMOUNT_DEED = re.compile(
    r"(?:已|業已|业已)[^，。；,;\n]{0,6}?(?:款|金額|金额|資金|资金|經費|经费|費用|费用|開支|开支|支出)"
    r"|\b(?:amounts?|sums?|payments?|funds?|expenditures?)\s+(?:\w+\s+){0,2}?"
    r"(?:paid|spent|disbursed|released|granted)\b"
    r"|\b(?:paid|spent|disbursed|released|granted)\s+(?:\w+\s+){0,2}?"
    r"(?:amounts?|sums?|payments?|funds?|expenditures?)\b",
    re.IGNORECASE,
)

# A part that is only the change of the figure before it ("up 32% on the previous year",
# 增长12%): the part before governs it, and tells it done or not.
_CHANGE_ONLY = re.compile(
    r"\s*(?:(?:up|down|rising|falling)\b|an?\s+(?:increase|rise|decrease|drop|fall)\s+of\b"
    r"|增长|增長|增加|下降|减少|減少)",
    re.IGNORECASE,
)

# How near a period's end the page must be for the period's figure to be told of its end
# (a year-end summary, a budget speech's revised estimate of the year ending next month).
_LAST_DAYS = 92


def bound_by_page(
    reading: tuple[bool, _S, _D],
    statement: str,
    page_date: str | None,
    calendar: str,
    own: str | None = None,
    lead: str = "",
    whole: str | None = None,
) -> tuple[bool, _S | _D, _D]:
    """A figure's reading, read again when it is a fact dated after the page's date.

    Parameters
    ----------
    reading : tuple of (bool, Date or str or None, Date or str or None)
        (whether the figure is a target, its deadline, its ref_date).
    statement : str
        The words of the figure's statement (for an as-of date told as reached, 截至…已, and
        a year-on-year result, 同比).
    page_date : str or None
        The page's own date (``YYYY-MM-DD``), or None when the page has none.
    calendar : str
        The source's calendar (its financial year).
    own : str or None
        The figure's own part, whose words tell it as done (园区已部署，2026年9月底建成…35家:
        已部署 is another part's deed); None for ``statement`` (a table's row).
    lead : str
        The line that introduces the figure's list: told as done when its deed is done to the
        items' amounts (已支付款項如下：), not when it labels their subject (已签约项目如下：).
    whole : str or None
        The whole statement, for a comparison told after the figure (…56家，同比增长12%);
        None for ``statement``.

    Returns
    -------
    tuple of (bool, Date or str or None, Date or str or None)
        The reading unchanged, the fact undated, or a target due the fact's date.
    """
    is_target, _, ref_date = reading
    if is_target or not ref_date or page_date is None or str(ref_date) <= page_date:
        return reading
    end = str(ref_date)
    if _AS_OF_DONE.search(statement) or _YEAR_ON_YEAR.search(whole or statement):
        # The statement dates its tally or result itself: the page's date line, read from a
        # reprint's issue date or a reused template, is the wrong date for it.
        return reading
    own = statement if own is None else own
    done = (
        DONE_WORDS.search(own) is not None
        or _PAST_DEED.search(own) is not None
        or (DONE_WORDS.search(lead) is not None and _AMOUNT_DEED.search(lead) is not None)
    )
    if _running_at(end, page_date, calendar, done):
        return reading
    if done:
        return False, cast(_S, None), cast(_D, None)
    # (The date keeps its own note: how it was read, which the kind now tells is a deadline.)
    return True, ref_date, cast(_D, None)


def figure_part(sentence: str, rel: int) -> str:
    """The part of ``sentence`` whose words govern the figure at ``rel``: its own part
    (between commas), with the part before when its own is only a change of the figure
    before it ("received 4,750 applications…, up 32% on the previous year")."""
    own = find_segment(sentence, rel)
    lo = last_stop_before(SEGMENT_END, sentence, rel)
    if lo > 0 and _CHANGE_ONLY.match(own):
        return find_segment(sentence, lo - 1) + own
    return own


def _running_at(end: str, page_date: str, calendar: str, done: bool) -> bool:
    """Whether ``end`` closes a period running at ``page_date`` whose figure a page may tell:
    any twelve months or fewer ending on a month's last day when told as done, else the
    page's own month, quarter, half, year or financial year in its last three months."""
    try:
        last, page = pd.Timestamp(end), pd.Timestamp(page_date)
    except ValueError:  # (no day a calendar has: nothing to bound it by)
        return False
    if not last.is_month_end or (last - page).days > 365:
        return False
    if done:
        return True
    if (last - page).days > _LAST_DAYS:
        return False
    same_year = last.year == page.year
    return (
        (same_year and last.month == page.month)
        or (same_year and last.is_quarter_end and last.quarter == page.quarter)
        or (same_year and last.month in (6, 12))
        or end[5:] == (fiscal_year_end(calendar) or "12-31")
    )


def bound_row_by_page(row: Candidate, page_date: str | None, calendar: str) -> Candidate:
    """:func:`bound_by_page` for a row made whole (a cell of a table written as lines, whose
    row is its statement)."""
    reading = (row.kind == "target", row.deadline, row.ref_date)
    is_target, deadline, ref_date = bound_by_page(reading, row.evidence, page_date, calendar)
    if (is_target, deadline, ref_date) == reading:
        return row
    kind = "target" if is_target else "observation"
    note = (
        row.date_note.replace("ref_date:", "deadline:", 1) if is_target and row.date_note else None
    )
    return replace(row, kind=kind, deadline=deadline, ref_date=ref_date, date_note=note)
