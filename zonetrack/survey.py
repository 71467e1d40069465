"""What a document says of itself, read once before its figures, and where a figure stands.

:func:`survey_document` reads, once per text, what every figure's reading consults: the
page's own date, the year or period a report covers, the ends of the plans it names, the
period its notes give, its tables written as lines, its sentences, clauses, paragraphs and
headings. :class:`Place` is a figure's place in it: its sentence and its line's period.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from .datebasis import read_spelled_years
from .definedterms import DefinedTerms, find_defined_terms
from .figures import Figure
from .fiscalcalendar import defined_calendar
from .fiscalyears import read_bracketed_years
from .headings import Scopes
from .issuedates import find_page_date, spoken_day
from .labelledparts import LabelledPart, find_labelled_parts
from .pagedates import (
    find_note_period,
    find_plan_end,
    find_plan_ends,
    find_report_period,
    find_report_year,
    find_title_period,
    is_cut_off_note,
)
from .planterms import PlanTerms, find_plan_terms
from .quantities import NOT_QUANTITIES, SLOGANS
from .sentences import CLAUSE_END, PARAGRAPH_END, SENTENCE_END, WINDOW, Boundaries
from .tablecells import GoalCell, TableCell, find_goal_cells, find_list_cells, find_table_cells
from .tableheaders import report_period_end

__all__ = ["Place", "Survey", "place_figure", "survey_document"]


@dataclass(frozen=True)
class Survey:
    """A document read once: what the reading of each of its figures consults.

    Attributes
    ----------
    written : str
        The text as written (figures and their evidence are read in it).
    text : str
        The same text where 去(113)年 says 113年 (dates and kinds are read in it).
    calendar : str
        The source's currency, which sets its financial years and calendar.
    masked, slogans : Boundaries
        Spans that hold no quantities; short quoted names.
    sentences, clauses, paragraphs : Boundaries
        Sentence, clause and paragraph (line) ends.
    scopes : Scopes
        Headings, the lines they govern and their periods.
    page_year, page_date : str or None
        The page's own year and date.
    titled, covers, covered
        A report's own year, whether its title says it covers it, and that period's end.
    this_year : str or None
        The year that 全年, 年末, "this year" name: a report's own, else the page's.
    note_period : str or None
        The period a note or the title gives the document's facts.
    note_cut_off : bool
        Whether that note is a cut-off day the report counts as at (本报告数据截至…).
    plan_end : str or None
        The last year of the plan the document is, or names near its top.
    plan_ends : list of (int, str)
        Where each plan named in the text stands, and its last year.
    plan_terms : PlanTerms
        The terms and phases of the plans the page states.
    defined_terms : DefinedTerms
        The date terms its definitions list defines (最近可行日, "Latest Practicable Date").
    cells : dict of int to TableCell
        The values of tables written as lines, by their figure's start.
    row_spans : list of (int, int)
        The (start, end) of those tables' rows, sorted.
    goal_cells : list of GoalCell
        The rows of goal trackers (Goal | Deadline | Status).
    goal_starts : list of int
        Where each tracker row starts.
    listed : list of Figure
        The values of lists written as lines (序号 | 名称 | 在孵企业数（家）), each in its
        column's unit, in order; read as the text's other figures are.
    list_headers : dict of int to str
        The header of each listed value's column, by the value's start.
    labelled : list of LabelledPart
        The parts after labels that say what their figures are (年度目标：, "Baseline:").
    """

    written: str
    text: str
    calendar: str
    masked: Boundaries
    slogans: Boundaries
    sentences: Boundaries
    clauses: Boundaries
    paragraphs: Boundaries
    scopes: Scopes
    page_year: str | None
    page_date: str | None
    titled: str | None
    covers: bool
    covered: str
    this_year: str | None
    note_period: str | None
    note_cut_off: bool
    plan_end: str | None
    plan_ends: list[tuple[int, str]]
    plan_terms: PlanTerms
    defined_terms: DefinedTerms
    cells: dict[int, TableCell]
    row_spans: list[tuple[int, int]]
    goal_cells: list[GoalCell]
    goal_starts: list[int]
    labelled: list[LabelledPart]
    listed: list[Figure]
    list_headers: dict[int, str]

    # (Each figure asks; the starts are listed once per page, not once per question.)
    @cached_property
    def _labelled_starts(self) -> list[int]:
        return [p.start for p in self.labelled]

    @cached_property
    def _listed_starts(self) -> list[int]:
        return [f.start for f in self.listed]

    def labelled_part(self, at: int) -> LabelledPart | None:
        """The labelled part that holds offset ``at``, else None."""
        i = bisect.bisect_right(self._labelled_starts, at) - 1
        part = self.labelled[i] if i >= 0 else None
        return part if part is not None and at < part.end else None

    def in_rows(self, at: int) -> bool:
        """Whether offset ``at`` of the written text lies on a row of a table written as lines."""
        i = bisect.bisect_right(self.row_spans, (at, len(self.written))) - 1
        return i >= 0 and self.row_spans[i][0] <= at < self.row_spans[i][1]

    def in_listed(self, at: int) -> bool:
        """Whether offset ``at`` lies in a list's value cell (one of :attr:`listed`)."""
        i = bisect.bisect_right(self._listed_starts, at) - 1
        return i >= 0 and self.listed[i].start <= at < self.listed[i].end

    def goal_cell_reading(self, figure: Figure) -> Figure:
        """``figure``, or the reading of the tracker's goal cell that holds it when that cell
        writes only a number in its row's unit (地区生产总值（亿元） | 880: 880亿元)."""
        i = bisect.bisect_right(self.goal_starts, figure.start) - 1
        if i >= 0:
            cell = self.goal_cells[i]
            if cell.figure is not None and cell.start <= figure.start < cell.end:
                return cell.figure
        return figure


def survey_document(written: str, calendar: str) -> Survey:
    """Read what a document says of itself, once.

    Parameters
    ----------
    written : str
        The text as written.
    calendar : str
        The source's currency (checked), which sets its financial years and calendar.

    Returns
    -------
    Survey
    """
    masked = Boundaries(NOT_QUANTITIES, written)
    slogans = Boundaries(SLOGANS, written)
    # Figures and their evidence are read in the text as written; dates and kinds in a
    # reading of the same length where 去(113)年 says 113年 and 二零二六年 says 2026年.
    text = read_spelled_years(read_bracketed_years(written, calendar))
    # A financial year the text defines ("Q3 FY26, the three months ended December 31,
    # 2025") outweighs the currency's custom for every date read in it.
    calendar = defined_calendar(text, calendar)
    sentences = Boundaries(SENTENCE_END, text)
    clauses = Boundaries(CLAUSE_END, text)
    listed = find_list_cells(written, calendar)
    page_year, page_date = find_page_date(text, calendar)
    # An interview's answers speak of the day it was given, not of the later issue's.
    page_date = spoken_day(text, page_date) or page_date
    scopes = Scopes(text, calendar, page_date)
    titled, covers, covered = find_report_year(text, calendar)
    if titled is None:
        # The period a report's opening says it covers ("For the year ended … (the "Year")").
        titled, covers, covered = find_report_period(text, calendar)
    if covers and covered and page_date is not None and covered[:7] > page_date[:7]:
        # A report of a period whose last month has not begun at the page's date ("Annual
        # Review 2026" issued in November 2026, "Annual Review 2027" in 2026) cannot date its
        # facts at that end: its facts are read as the page's. (A year-end summary written in
        # December, 2026年工作总结 of 18 December, speaks of the whole year, as its 全年 does.)
        titled, covers, covered = None, False, ""
    # The year that 全年, 年末, "this year" name: a report's own year, else the page's.
    this_year = titled or page_year
    note_period = find_note_period(text, page_year, page_date, calendar) or find_title_period(
        text, calendar
    )
    plan_end = find_plan_end(text, calendar)
    plan_ends = find_plan_ends(text)
    # The paragraph (a line) of each figure, for the dates a paragraph carries.
    paragraphs = Boundaries(PARAGRAPH_END, text)
    # A table written as lines (指标名称　2025年　2030年): each value is of its column's year,
    # in its row's unit; nothing else on its rows is a figure.
    # (本期 and 上年同期 columns count from the period the report's opening defines.)
    # (Else the period the title or a note names: 2026年1—9月…统计快报 heads its column 1—9月.)
    period = report_period_end(text, calendar) or note_period or None
    cells = {c.figure.start: c for c in find_table_cells(written, calendar, period)}
    row_spans = sorted({(c.row_start, c.row_end) for c in cells.values()})
    goal_cells = find_goal_cells(written, calendar)
    goal_starts = [c.row_start for c in goal_cells]
    return Survey(
        written=written,
        text=text,
        calendar=calendar,
        masked=masked,
        slogans=slogans,
        sentences=sentences,
        clauses=clauses,
        paragraphs=paragraphs,
        scopes=scopes,
        page_year=page_year,
        page_date=page_date,
        titled=titled,
        covers=covers,
        covered=covered,
        this_year=this_year,
        note_period=note_period,
        note_cut_off=note_period is not None and is_cut_off_note(text),
        plan_end=plan_end,
        plan_ends=plan_ends,
        plan_terms=find_plan_terms(text, calendar),
        defined_terms=find_defined_terms(text, calendar, page_date),
        cells=cells,
        row_spans=row_spans,
        goal_cells=goal_cells,
        goal_starts=goal_starts,
        labelled=find_labelled_parts(text, this_year, page_date, note_period, calendar),
        listed=[figure for figure, _ in listed],
        list_headers={figure.start: header for figure, header in listed},
    )


@dataclass(frozen=True)
class Place:
    """Where a figure stands in the surveyed text.

    Attributes
    ----------
    figure : Figure
        The figure.
    s_lo, s_hi : int
        Its sentence's start and end in the text.
    sentence : str
        ``text[s_lo:s_hi]``.
    rel : int
        The figure's start in the sentence.
    period : str or None
        The period the line it is on names (under a heading such as 2025年上半年).
    """

    figure: Figure
    s_lo: int
    s_hi: int
    sentence: str
    rel: int
    period: str | None


def place_figure(survey: Survey, figure: Figure) -> Place:
    """The sentence of ``figure`` and the period of its line.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    figure : Figure
        One of its figures.

    Returns
    -------
    Place
    """
    text = survey.text
    # A sentence longer than the window is read in windows aligned to multiples of it,
    # so that the figures of one window share one reading (periods.py and scopes.py
    # cache their readings by text).
    s_lo, s_hi = survey.sentences.around(
        figure.start,
        figure.end,
        max(0, (figure.start // WINDOW - 1) * WINDOW),
        min(len(text), (figure.end // WINDOW + 2) * WINDOW),
    )
    sentence = text[s_lo:s_hi]
    return Place(
        figure, s_lo, s_hi, sentence, figure.start - s_lo, survey.scopes.period_of(figure.start)
    )
