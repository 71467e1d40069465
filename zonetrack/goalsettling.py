"""The rules that decide last whether a figure is a goal, and a table's row.

After the sentence's reading and the fact's date: a sentence opened by 其中 under a goal
breaks that goal down, so many kinds of something (N大) name a plan's parts, a value labelled
a goal or a base year's is so, and a tracker's goal and status columns say which figure is the
goal as set and which the fact (:func:`settle_goal`). :func:`read_table_row` decides the same
for a value of a table written as lines.
"""

from __future__ import annotations

import bisect
import re

from .blankdates import blank_other_dates
from .candidates import Candidate, make_candidate
from .datebasis import Date
from .factsettling import respective_date
from .goals import GoalReading
from .goalwords import DONE_WORDS
from .periods import find_date
from .policymoney import scheme_money_before
from .readingstate import ReadingState
from .relativeforms import find_relative_date, find_relative_deadline, says_now
from .sentences import WINDOW, says
from .survey import Place, Survey
from .tablecells import GoalCell, TableCell
from .tableheaders import column_end
from .undatedforecasts import is_undated_forecast
from .units import CURRENCIES

__all__ = [
    "first_table_years",
    "read_table_row",
    "settle_goal",
]

# A sentence opened by 其中 ("of which") breaks down the figure told before it.
_OF_WHICH = re.compile(r"\s*(?:其中|當中|当中)\s*[，,：:]")

# A deadline cell that names a financial year alone (2030-31, 2030/31, 2030-31年度).
_FINANCIAL_YEAR = re.compile(r"(?:19|20)\d{2}\s*[-/–]\s*\d{2}(?:\s*年度)?")


def settle_goal(
    survey: Survey,
    place: Place,
    state: ReadingState,
    goal: GoalReading,
    is_target: bool,
    deadline: str | None,
    ref_date: Date | None,
) -> tuple[bool, str | None, Date | None]:
    """The rules that decide last, over the sentence's reading and the fact's date.

    Parameters
    ----------
    goal : GoalReading
        What :func:`read_goal` found.
    is_target, deadline, ref_date
        The reading so far (after :func:`zonetrack.factdates.find_fact_date`).

    Returns
    -------
    tuple of (bool, str or None, Date or None)
        (is a goal, deadline, ref_date).
    """
    written, calendar, page_year = survey.written, survey.calendar, survey.page_year
    page_date, goal_cells, goal_starts = survey.page_date, survey.goal_cells, survey.goal_starts
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    rows = state.rows
    labelled = goal.labelled
    if (
        rows
        and _OF_WHICH.match(sentence)
        and (
            is_target
            or (
                ref_date is None
                and not says(DONE_WORDS, sentence)
                and not says_now(sentence)
                and not (figure.unit in CURRENCIES and scheme_money_before(sentence, rel))
            )
        )
        and rows[-1].kind == "target"
        and rows[-1].deadline
        and s_lo - WINDOW <= rows[-1].start < s_lo
        and find_date("deadline", blank_other_dates(sentence), calendar=calendar) is None
    ):
        # 歲出規模為412.5億元(115年度)…。其中，…編列8.6億元，為本年度最大宗…: a sentence
        # opened by 其中 breaks down the goal told just before it, and is due when it is
        # (its 本年度 is that budget's year, not the page's).
        is_target, ref_date = True, None
        deadline = Date(rows[-1].deadline, "其中: a part of the goal told just before it")
    if is_target and figure.unit is None and written[figure.end : figure.end + 1] == "大":
        # 規劃三大推動策略，至119年達成下列目標: so many kinds of something (N大) name the
        # parts of the plan, a fact of it, undated; the goals are the figures listed after.
        is_target, deadline, ref_date = False, None, None
    if labelled is not None and not labelled[0]:
        # A base year's value is a fact of that year, whatever else the line says.
        is_target, deadline = False, None
        ref_date = Date(f"{labelled[1]}-12-31", f"labelled {labelled[2]!r}")
    elif labelled is not None:
        # A value labelled a goal stays one, of its year, though that year is past at the
        # page's date (2025年目标3%，2025年实际3.2%: the goal and the fact that meets it).
        is_target, ref_date = True, None
        deadline = Date(f"{labelled[1]}-12-31", f"labelled {labelled[2]!r}")
    elif is_target and (paired := respective_date(sentence, rel, calendar)) is not None:
        # 2026年度、2027年度及2028年度之淨利潤分別不低於…: a goal listed with as many years as
        # figures, "respectively", is due at the end of its own year, not the first one's.
        deadline = paired
    list_year = survey.scopes.document_year or survey.this_year
    tracked = _tracked_deadline(
        goal_cells, goal_starts, figure.start, calendar, (list_year, page_date)
    )
    if tracked is None and list_year and _in_goal_cell(goal_cells, goal_starts, figure.start):
        # A task list's row whose deadline cell names no date (持续推进, 长期坚持, "ongoing")
        # is still a goal of the list, due by the end of the year the list is for (the one
        # its 全年 names).
        tracked = Date(
            f"{list_year}-12-31",
            "a goal cell whose deadline names no date: the end of the list's year",
        )
    status = _status_cell(goal_cells, goal_starts, figure.start)
    if tracked is not None:
        # Goal | Deadline | Status: a figure of the goal column is the goal as set, due at
        # its row's deadline, whether the status says met, on track or missed.
        is_target, deadline, ref_date = True, tracked, None
    elif status is not None:
        # A figure of the status column is a fact of the date its cell gives (2.7% in
        # 2025, 目前210家: the page's), never of the row's deadline.
        is_target, deadline = False, None
        ref_date = find_date("ref_date", status, calendar=calendar) or (
            (
                find_relative_date(status, page_year, page_year, page_date, calendar)
                or Date(page_date, "a tracker's status with no date: the page's date")
            )
            if page_year and page_date
            else None
        )
    if (
        not is_target
        and ref_date is None
        and goal.budget is None
        and goal.base is None
        and goal.start_of_change is None
        and is_undated_forecast(sentence, rel, calendar)
    ):
        # 董事會預期…將提升逾四成, 預計創造就業機會約1,650個: a forecast with no date at all is
        # a goal with no deadline, not an undated fact.
        is_target = True
    return is_target, deadline, ref_date


def _in_goal_cell(goal_cells: list[GoalCell], starts: list[int], at: int) -> bool:
    """Whether offset ``at`` is in a tracker's goal cell."""
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and goal_cells[i].start <= at < goal_cells[i].end


def _status_cell(goal_cells: list[GoalCell], starts: list[int], at: int) -> str | None:
    """The text of the tracker cell, other than goal and deadline, that holds offset ``at``."""
    i = bisect.bisect_right(starts, at) - 1
    if i < 0:
        return None
    return next(
        (text for lo, text in goal_cells[i].others if lo <= at < lo + len(text)),
        None,
    )


def _tracked_deadline(
    goal_cells: list[GoalCell],
    starts: list[int],
    at: int,
    calendar: str,
    year: tuple[str | None, str | None] = (None, None),
) -> Date | None:
    """The deadline of the tracker row whose goal cell holds offset ``at``, if any.

    ``year`` is (the year the document sets goals for or reports on, else the page's; the
    page's date): a deadline cell without a year (6月底, 年底前, "end-June") is of that year.
    """
    if not _in_goal_cell(goal_cells, starts, at):
        return None
    due = goal_cells[bisect.bisect_right(starts, at) - 1].deadline
    found_year = re.fullmatch(r"((?:19|20)\d{2})\s*年?", due)
    if found_year:
        return Date(f"{found_year[1]}-12-31", f"the deadline column's {due!r}")
    if _FINANCIAL_YEAR.fullmatch(due) and (end := column_end(due, calendar)) is not None:
        # (2030-31 in a Hong Kong milestones table: due at that financial year's end, as a
        # column headed 2030-31 is of it.)
        return Date(end, f"the deadline column's financial year {due!r}")
    if _FINANCIAL_YEAR.fullmatch(due):
        # Where financial years are calendar years, 2030-31 names two of them: due at the
        # second's end (review 16: it was read as no date, the list's own year).
        first = re.match(r"(?:19|20)\d{2}", due)
        assert first is not None
        second = int(first[0][:2] + re.findall(r"\d{2}", due[first.end() :])[0])
        if second > int(first[0]):
            return Date(f"{second}-12-31", f"the deadline column's years {due!r}")
    found = find_date("deadline", due, calendar=calendar) or find_date(
        "ref_date", due, calendar=calendar
    )
    if found is None and year[0]:
        # (The cell is a deadline: 6月底 says by the end of June, as 6月底前 does; "end-June"
        # as "by end-June".)
        said = f"{due}前" if re.search(r"[底末]$", due) else f"by {due}"
        found = find_relative_deadline(due, year[0], 0, year[1], calendar) or (
            find_relative_deadline(said, year[0], 0, year[1], calendar)
        )
    return Date(str(found), f"the deadline column's {due!r}") if found else None


def read_table_row(
    cell: TableCell,
    first_years: dict[int, str],
    written: str,
    source: str | None,
    page_date: str | None,
) -> Candidate:
    """The row of a value of a table written as lines: of its column's year, a fact when
    that year was over at the page's date, else a goal by its end (without a page date, the
    table's first year is the fact, the later ones goals; a header that says what its column
    holds, 目标 or "Target for 2030", 基数 or "2025 actual", decides first).

    Parameters
    ----------
    cell : TableCell
        The value's cell.
    first_years : dict of int to str
        The first year of each table of the text, by its header's offset
        (:func:`first_table_years`).
    written : str
        The text as written (the row is the evidence).
    source : str or None
        The source's name.
    page_date : str or None
        The page's own date.

    Returns
    -------
    Candidate
    """
    if not cell.year:
        # A standing goal (a 目標 column with no year): a goal with no deadline.
        return make_candidate(
            cell.figure,
            True,
            None,
            None,
            source,
            written[cell.row_start : cell.row_end],
            cell.row_start,
        )
    end = cell.end or f"{cell.year}-12-31"  # (a financial year's column: its own end)
    if cell.role is not None:
        is_target = cell.role == "target"
    elif page_date:
        is_target = end > page_date
    else:
        first = first_years[cell.table_start]
        is_target = cell.year > first
    date = Date(end, f"the column {cell.header!r} of a table written as lines")
    return make_candidate(
        cell.figure,
        is_target,
        date if is_target else None,
        None if is_target else date,
        source,
        written[cell.row_start : cell.row_end],
        cell.row_start,
    )


def first_table_years(cells: dict[int, TableCell]) -> dict[int, str]:
    """The first year of each table written as lines, by its header's offset.

    Made once per text: looking through every cell for each value (as each value's row once
    did) was quadratic in a long page's tables.
    """
    first: dict[int, str] = {}
    for c in cells.values():
        if c.year:  # (a standing goal's column names no year)
            first[c.table_start] = min(first.get(c.table_start, c.year), c.year)
    return first
