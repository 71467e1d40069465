"""Candidate targets and observations from a policy document or news page.

``extract_figures`` finds every quantified figure in a text (Chinese, simplified or
traditional, and English), in document order, with its value in the canonical unit,
qualifier, whether its sentence sets a goal (a target, with its deadline) or reports a
fact (an observation, with the date it refers to), and the clause that holds it as
evidence. Years, dates, times, phone and document numbers, list markers and other
numerals that are not quantities are left out.

This module holds the public API and the driver that reads one figure after another; the
rules it applies live in modules of one concern each: :mod:`zonetrack.quantities` (which
numerals are quantities), :mod:`zonetrack.sentences` (sentence and clause ends),
:mod:`zonetrack.periods` (how a text writes a date or a period), :mod:`zonetrack.pagedates`
(a page's own date, a report's year, a plan's period), :mod:`zonetrack.linetables` (tables
written as lines), :mod:`zonetrack.survey` (what a document says of itself, read once, and
where a figure stands in it), :mod:`zonetrack.scopes` (what a sentence's own words say: goal
words, deadlines, headings), :mod:`zonetrack.goals` (goal or fact, and the deadline of a
goal), :mod:`zonetrack.factdates` (the date a fact refers to), :mod:`zonetrack.planterms`
(a plan's own term, read once) and :mod:`zonetrack.termphrases` (the goals and facts dated by
it), :mod:`zonetrack.readingstate` (what one figure's reading carries to the next),
:mod:`zonetrack.headlines` (headlines and the body's figures they restate) and
:mod:`zonetrack.candidates` (the row of a figure).
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import fields, replace
from pathlib import Path

import pandas as pd

# The plain bar, never tqdm.auto: the bar shows only on a terminal, and tqdm.auto warns on
# stderr when imported in a kernel without ipywidgets, which every notebook importing
# zonetrack would then print (nbval and warm kernels' byte-for-byte renders fail on it).
from tqdm import tqdm

from . import config
from .candidates import Candidate, make_candidate
from .definedterms import read_defined_dates
from .exceptions import DataError, UsageError
from .factdates import find_fact_date
from .figures import Figure, carry_qualifiers, find_figures
from .files import guess_encoding, read_table, read_text, sha256_bytes
from .goalbases import blank_multiple_base
from .goals import read_goal
from .goalsettling import first_table_years, read_table_row, settle_goal
from .headings import find_list_lead, in_title
from .headlines import date_restated_headlines
from .labelledparts import read_labelled
from .pagebound import bound_by_page, bound_row_by_page, figure_part
from .quantities import is_quantity
from .readingstate import ReadingState
from .scopes import find_statement
from .scores import read_scores
from .sentences import part_end
from .spaceruns import SpaceRuns, squeeze_space_runs
from .survey import Survey, place_figure, survey_document
from .tableheaders import list_column_kind
from .termphrases import read_plan_term
from .units import CURRENCIES
from .writtenunits import check_currency

__all__ = [
    "EXTRACT_COLUMNS",
    "PROGRESS_BYTES",
    "Candidate",
    "extract_figures",
    "extract_file",
    "extract_source",
    "read_document",
]

EXTRACT_COLUMNS = (
    "kind",
    "value",
    "value_high",
    "unit",
    "qualifier",
    "comparator",
    "deadline",
    "ref_date",
    "source",
    "evidence",
    "start",
    "figure",
    "unit_text",
    "date_note",
)


# A text this long (in UTF-8) takes a minute or more to read: show how far it has got.
PROGRESS_BYTES = 1_000_000


def extract_figures(
    text: str, source: str | None = None, currency: str | None = None, *, progress: bool = False
) -> pd.DataFrame:
    """Every quantified figure in ``text``, in document order (columns :data:`EXTRACT_COLUMNS`).

    Runs in time linear in the length of ``text``: every pattern is run over the text once,
    and each figure then reads at most a bounded window around it.

    Parameters
    ----------
    currency : str, optional
        The source's own currency (default: the yuan): 元 written without a currency name
        is that currency, its financial years end as that currency's government counts
        them, and with ``TWD`` a year such as 113年 is a Republic of China year.
    progress : bool, default False
        Show a progress bar over the figures on standard error when the text is longer than
        :data:`PROGRESS_BYTES` (the command line asks for it when standard error is a
        terminal).

    Raises
    ------
    UsageError
        For an unknown ``currency`` (naming it).
    """
    calendar = check_currency(currency) or "CNY"
    # Read with long runs of white space cut short (bounded work per run), then each row's
    # evidence mapped back to the page as written.
    page = text
    text, runs = squeeze_space_runs(page)
    survey = survey_document(text, calendar)
    state = ReadingState()
    first_years = first_table_years(survey.cells)
    listed = {id(f) for f in survey.listed}
    shown = progress and len(text.encode("utf-8")) > PROGRESS_BYTES
    figures = tqdm(
        _list_figures(survey), desc="figures", unit="figure", file=sys.stderr, disable=not shown
    )
    prior: Figure | None = None
    for figure in figures:
        before, prior = prior, figure
        cell = survey.cells.get(figure.start)
        if cell is not None and cell.figure is figure:
            row = read_table_row(cell, first_years, text, source, survey.page_date)
            state.rows.append(bound_row_by_page(row, survey.page_date, survey.calendar))
            continue
        # (A list's value cell is a figure whatever its neighbours: 126 and 18 set off by
        # full-width spaces are two cells, no phone number.)
        if id(figure) not in listed and _is_no_count(survey, figure, before):
            continue
        _read_figure(survey, state, figure, source)
    date_restated_headlines(state.rows, state.headline_rows)
    # Built as objects: pandas 3 would read a column of dates and None as strings and turn
    # the None into NaN, a float (which is true, so `row.ref_date or …` took it for a date).
    # (Read field by field, not by dataclasses.asdict, which deep-copies every value: all are
    # plain strings and numbers, and the copies cost a twentieth of a run.)
    if runs is not None:
        state.rows[:] = [_restore_spaces(row, page, runs) for row in state.rows]
    names = [f.name for f in fields(Candidate)]
    rows = [{name: getattr(r, name) for name in names} for r in state.rows]
    frame = pd.DataFrame(rows, columns=list(EXTRACT_COLUMNS), dtype=object)
    return frame.astype({"value": "float64", "start": "int64"}) if len(frame) else frame


def _restore_spaces(row: Candidate, page: str, runs: SpaceRuns) -> Candidate:
    """``row`` with the evidence, offset and written figure of ``page``, the text as written,
    for those of the text read, whose long runs of white space ``runs`` cut short."""
    lo, hi = runs.original_span(row.start, row.start + len(row.evidence))

    def as_written(said: str | None) -> str | None:
        # (Only a figure written across a cut run reads differently in the page.)
        at = row.evidence.find(said) if said else -1
        if said is None or at < 0:
            return said
        w_lo, w_hi = runs.original_span(row.start + at, row.start + at + len(said))
        return page[w_lo:w_hi]

    return replace(
        row,
        evidence=page[lo:hi],
        start=lo,
        figure=as_written(row.figure) or row.figure,
        unit_text=as_written(row.unit_text),
    )


def _list_figures(survey: Survey) -> list[Figure]:
    """The figures of the text in order: the scanner's, but on the rows of a table written as
    lines only the table's values, a list's value cells in their columns' units, and a
    tracker's goal cell read in its row's unit."""
    written = survey.written
    return sorted(
        [
            survey.goal_cell_reading(f)
            for f in read_scores(
                carry_qualifiers(find_figures(written, survey.calendar), written), written
            )
            if not survey.in_rows(f.start) and not survey.in_listed(f.start)
        ]
        + [c.figure for c in survey.cells.values()]
        + survey.listed,
        key=lambda f: f.start,
    )


def _is_no_count(survey: Survey, figure: Figure, before: Figure | None = None) -> bool:
    """Whether ``figure`` is no quantity: masked, not a quantity, part of a quoted name or a
    headline's word. ``before`` is the figure before it (a number in brackets that
    contradicts the words before it is no list's marker)."""
    written = survey.written
    # A number restated in brackets ("two (2) million") is masked by its head alone: the
    # bracket inside it is no list's marker.
    bracket = re.search(r"[（(]", figure.text[1:])
    masked = survey.masked.overlaps(
        figure.start, figure.start + 1 + bracket.start() if bracket else figure.end
    )
    if masked and not _contradicts_words(written, before, figure):
        return True
    if not is_quantity(figure, written):
        return True
    # A numeral inside a short quoted name (“九个有”, 「產學研1+計劃」) is part of it.
    if (figure.numeral != "arabic" or figure.unit is None) and survey.slogans.overlaps(
        figure.start, figure.end
    ):
        return True
    # "Two models of a science city": a headline's words, not a count
    return figure.numeral == "word" and figure.unit is None and in_title(survey.text, figure.start)


# A number alone in brackets right after another: "one hundred (120)".
_BRACKETED_RE = re.compile(r"[ \t]*[（(][ \t]*\d{1,3}[ \t]*[）)]")


def _contradicts_words(written: str, words: Figure | None, figure: Figure) -> bool:
    """Whether ``figure`` is a number in brackets right after a number in words that it
    contradicts ("one hundred (120) firms", "twelve (21) labs"): no list's marker (which
    NOT_QUANTITIES masks), but a restatement that disagrees. Both are listed, so that
    neither is lost unseen; one that agrees is the same figure (figures._pair_bracketed)."""
    return (
        words is not None
        and words.numeral == "word"
        and figure.numeral == "arabic"
        and _BRACKETED_RE.fullmatch(written, words.end, figure.end + 1) is not None
        and not math.isclose(words.value, figure.value)
    )


def _read_figure(survey: Survey, state: ReadingState, figure: Figure, source: str | None) -> None:
    """Read one figure: its place, goal or fact, its date; record its row in ``state``."""
    # The base year of a multiple (达到2025年的2倍) dates neither the goal nor the fact.
    place = blank_multiple_base(place_figure(survey, figure))
    c_lo, c_hi = survey.clauses.around(figure.start, figure.end, place.s_lo, place.s_hi)
    evidence = survey.written[c_lo:c_hi]
    lead = len(evidence) - len(evidence.lstrip())
    evidence, c_lo = evidence.strip(), c_lo + lead
    goal = read_goal(survey, place, state)
    ref_date, span_start, is_target, deadline = find_fact_date(survey, place, state, goal)
    is_target, deadline, ref_date = settle_goal(
        survey, place, state, goal, is_target, deadline, ref_date
    )
    # 实施第二年末, 试点期满, "within 18 months of launch": a day the page's own term fixes.
    by_term = read_plan_term(
        survey.plan_terms,
        place.sentence,
        place.rel,
        figure.end - place.s_lo,
        survey.page_date,
        goal.base is not None or goal.start_of_change is not None,
        place.s_lo + place.rel,
        survey.calendar,
    )
    if by_term is not None:
        is_target, deadline, ref_date = by_term
    # 報告期內…, 截至最近可行日, "as at the Latest Practicable Date": the period or the day the
    # page defines once.
    is_target, deadline, ref_date, defined = read_defined_dates(
        survey.defined_terms,
        survey.covered if survey.covers else None,
        place.sentence,
        place.rel,
        figure.end - place.s_lo,
        (is_target, deadline, ref_date),
        survey.page_date,
    )
    part = survey.labelled_part(figure.start)
    if part is not None:
        written_before = survey.written[part.start : figure.start]
        is_target, deadline, ref_date = read_labelled(
            part, is_target, deadline, ref_date, written_before
        )
    header = survey.list_headers.get(figure.start)
    said = list_column_kind(header, survey.titled, survey.page_year) if header else None
    if said is not None:
        # 下年计划投资（亿元）, 目标在孵企业（家）, 总投资（亿元） over a list's column: the
        # header says what its cells are, over the reading of the row's words alone.
        is_target, deadline, ref_date = said[0] == "target", said[1], None
    # The one check every finished figure passes: no fact is of a day after the page's own.
    # (Told as done by its own part: 到2027年…达到500家，已完成一半 tells the half done, not
    # the 500; 已印发的行动方案提出，2027年…达到600亿元 the plan's issue, not the 600.)
    is_target, deadline, ref_date = bound_by_page(
        (is_target, deadline, ref_date),
        find_statement(place.sentence[: part_end(place.sentence, place.rel)], place.rel),
        survey.page_date,
        survey.calendar,
        own=figure_part(place.sentence, place.rel),
        # (… or by its list's lead-in: 已支付款項如下： over 2026-27年度　3億元.)
        lead=find_list_lead(survey.text, figure.start),
        whole=find_statement(place.sentence, place.rel),
    )
    row = make_candidate(figure, is_target, deadline, ref_date, source, evidence, c_lo)
    # (A defined term's date is its own sentence's: the next paragraph does not inherit it.)
    carries = goal.base is None and goal.start_of_change is None and not span_start and not defined
    state.record(row, survey, place, is_target, deadline, ref_date, carries)


def read_document(path: Path) -> str:
    """The text of a UTF-8 text or HTML file (HTML reduced to its text by
    :func:`zonetrack.htmltext.html_to_text`).

    Raises
    ------
    DataError
        For a binary or non-UTF-8 file, naming the file.
    UsageError
        For a missing file, a folder or a device (naming ``file``).
    """
    if path.exists() and not path.is_file():
        # A folder or a device named where a document belongs is a mistake in the command.
        kind = "a folder" if path.is_dir() else "not a regular file"
        raise UsageError(f"{path} is {kind}; give a text or HTML file", argument="file")
    if not path.is_file():
        # Like a folder that does not exist: the command names something that is not there.
        raise UsageError(f"no such file: {path}", argument="file")
    try:
        head = path.read_bytes()[:8192]
    except OSError as exc:
        raise DataError(f"cannot read the file: {exc.strerror}", file=str(path)) from None
    # UTF-16 (Windows' "Unicode") is full of zero bytes: read_text names it.
    if b"\x00" in head and guess_encoding(head) != "UTF-16":
        raise DataError("a binary file, not text; give a UTF-8 text or HTML file", file=str(path))
    text, problems = read_text(path, str(path))
    if text is None:
        raise DataError(problems[-1].message, file=str(path))
    if path.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        from .htmltext import html_to_text

        text = html_to_text(text)
    return text


def extract_file(
    path: str | Path,
    source: str | None = None,
    currency: str | None = None,
    *,
    progress: bool = False,
) -> pd.DataFrame:
    """:func:`extract_figures` on a file; ``source`` defaults to the file name."""
    path = Path(path)
    check_currency(currency)  # a bad argument before the file is read
    text = read_document(path)
    return extract_figures(text, source or path.name, currency, progress=progress)


def extract_source(
    source: str | Path,
    name: str | None = None,
    currency: str | None = None,
    seeds_dir: str | Path | None = None,
    *,
    progress: bool = False,
) -> pd.DataFrame:
    """:func:`extract_file` of a seed or a file, in the seed's own currency.

    A seed listed in ``sources.csv`` (given by its name, or as a file: its path under the
    seeds folder or any copy with the same sha256) is read in the currency of its row
    there (empty: the yuan), as a draft of it is; any other file in ``currency``.

    Parameters
    ----------
    name : str, optional
        The source name for the rows (default: the seed's name, else the file's name).
    currency : str, optional
        For a seed, it may only repeat the seed's own.
    progress : bool, default False
        See :func:`extract_figures`.

    Raises
    ------
    UsageError
        For an unknown ``currency``, or one that differs from the seed's (naming it).
    DataError
        For a missing or unreadable file.
    """
    currency = check_currency(currency)
    folder = config.seeds_dir(seeds_dir)
    listed = _listed_seeds(folder)
    path, seed = Path(source), None
    if str(source) in listed and not path.is_file():
        path, seed = folder / str(source), str(source)
    elif listed and path.is_file():
        if path.resolve().parent == folder.resolve() and path.name in listed:
            seed = path.name
        else:
            digest = sha256_bytes(path.read_bytes())
            seed = next((n for n, (sha, _, _) in listed.items() if sha == digest), None)
    if seed is not None:
        _, recorded, line = listed[seed]
        if recorded and recorded not in CURRENCIES:
            raise DataError(
                f"unknown currency for the seed {seed!r}",
                file=str(folder / "sources.csv"),
                row=line,
                column="currency",
                value=recorded,
            )
        if currency is not None and currency != (recorded or "CNY"):
            raise UsageError(
                f"the seed {seed!r} is in {recorded or 'CNY'} by its sources.csv row",
                argument="currency",
                value=currency,
            )
        currency = recorded or None
    return extract_file(path, name or seed, currency, progress=progress)


def _listed_seeds(folder: Path) -> dict[str, tuple[str, str, int]]:
    """Each seed of ``folder/sources.csv``: name -> (sha256, currency, line); none if unreadable.

    The catalogue is not validated here: a figure list needs only the seed's row.
    """
    path = folder / "sources.csv"
    if not path.is_file():
        return {}
    table = read_table(path)
    frame = table.frame
    if "source" not in frame.columns or "sha256" not in frame.columns:
        return {}
    currencies = frame["currency"] if "currency" in frame.columns else [""] * len(frame)
    return {
        str(n): (str(sha), str(c or ""), line)
        for n, sha, c, line in zip(
            frame["source"], frame["sha256"], currencies, table.lines, strict=True
        )
    }
