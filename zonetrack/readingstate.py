"""What the reading of one figure leaves for the figures after it.

Figures are read in document order, and some rules look back: 同年 and "in the quarter" take
the date of the fact told before, an undated fact the date its paragraph stated, a figure
listed after one told of now the page's date, work under "the goals above" their deadline,
a sentence opened by 其中 the goal just before it. :class:`ReadingState` holds all of that,
and :meth:`ReadingState.record` is the one place it changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .candidates import Candidate
from .headings import in_title
from .headlines import in_headline
from .survey import Place, Survey

__all__ = ["ReadingState"]


@dataclass
class ReadingState:
    """The rows read so far and what they carry to the next figure.

    Attributes
    ----------
    rows : list of Candidate
        The rows so far, in document order.
    leads : dict
        The reading of the lines that lead lists, cached by :func:`zonetrack.scopes.find_kind`.
    last_ref : str or None
        The date of the last dated fact told (not a base's, nor a change's start).
    para_ref : tuple of (int, str) or None
        The paragraph (a line's start) and date of the last dated fact told, when that date
        is not the page's own.
    now_told : tuple of (int, int) or None
        Where the last figure told of now (现有, "we have", 目前) stands: its sentence's start
        and its end in the sentence.
    goal_deadlines : list of (int, str)
        Where each goal with a deadline stands, in order, and its deadline.
    headline_rows : list of int
        The rows of figures in the title block (a headline restating the body's figures).
    """

    rows: list[Candidate] = field(default_factory=list)
    leads: dict[int, tuple[bool, str | None]] = field(default_factory=dict)
    last_ref: str | None = None
    para_ref: tuple[int, str] | None = None
    now_told: tuple[int, int] | None = None
    goal_deadlines: list[tuple[int, str]] = field(default_factory=list)
    headline_rows: list[int] = field(default_factory=list)

    def record(
        self,
        row: Candidate,
        survey: Survey,
        place: Place,
        is_target: bool,
        deadline: str | None,
        ref_date: str | None,
        carries: bool,
    ) -> None:
        """Append the row of the figure at ``place`` and note what it carries.

        Parameters
        ----------
        row : Candidate
            The figure's row.
        survey : Survey
            The document, read once.
        place : Place
            The figure and its sentence.
        is_target, deadline, ref_date
            The figure's reading.
        carries : bool
            Whether its date may date the facts after it: not the base of a comparison, nor
            the start of a change or of a span told before.
        """
        text, page_date, figure, s_lo = survey.text, survey.page_date, place.figure, place.s_lo
        if not is_target and page_date and str(ref_date or "") == page_date:
            self.now_told = (s_lo, figure.end - s_lo)
        if in_title(text, figure.start) or in_headline(text, figure.start):
            self.headline_rows.append(len(self.rows))
        if is_target and deadline:
            self.goal_deadlines.append((figure.start, str(deadline)))
        if not is_target and ref_date and carries:
            # (The base of a comparison, 較去年同期的152家, is not the period told of.)
            self.last_ref = ref_date
            if str(ref_date) != page_date:
                # (The page's own day, of "now" or a present tense, is no date the paragraph
                # states for its other facts: "… employ 31,000 people. The zone covers 96
                # square kilometres" leaves the area undated.)
                paragraph = survey.paragraphs.around(figure.start, figure.end, 0, len(text))[0]
                self.para_ref = (paragraph, ref_date)
        self.rows.append(row)
