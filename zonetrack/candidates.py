"""A figure found in a document, as one row of :func:`zonetrack.extract.extract_figures`.

:class:`Candidate` is the row; :func:`make_candidate` builds it from a figure and the
reading of its kind and date.
"""

from __future__ import annotations

from dataclasses import dataclass

from .figures import Figure

__all__ = ["Candidate", "make_candidate"]

# A goal's comparator by the qualifier its figure is written with: a ceiling (近, 不超过) is
# <=, an approximate figure (约100亿元) is = (validation allows exact or approx with it, and
# the method reads = as a floor or a ceiling by where the baseline lies, §5.1); else >=.
_COMPARATOR_OF = {"at_most": "<=", "approx": "="}


@dataclass(frozen=True)
class Candidate:
    """A figure found in a document, ready for an analyst to review."""

    kind: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str
    comparator: str | None
    deadline: str | None
    ref_date: str | None
    source: str | None
    evidence: str
    start: int
    figure: str
    unit_text: str | None = None
    date_note: str | None = None


def make_candidate(
    figure: Figure,
    is_target: bool,
    deadline: str | None,
    ref_date: str | None,
    source: str | None,
    evidence: str,
    start: int,
) -> Candidate:
    """The row of ``figure``: a goal due by ``deadline`` or a fact of ``ref_date``.

    Parameters
    ----------
    figure : Figure
        The figure as the scanner found it.
    is_target : bool
        Whether it is a goal (else a fact).
    deadline, ref_date : str or None
        Its deadline (a goal's) or the date it is of (a fact's); the note of a
        :class:`~zonetrack.datebasis.Date` becomes the row's ``date_note``.
    source : str or None
        The source's name.
    evidence : str
        The clause that holds it.
    start : int
        Where the evidence starts in the text.

    Returns
    -------
    Candidate
    """
    date = deadline if is_target else ref_date
    note = getattr(date, "note", "")
    date_note = f"{'deadline' if is_target else 'ref_date'}: {note}" if note else None
    return Candidate(
        kind="target" if is_target else "observation",
        value=figure.value,
        value_high=figure.value_high,
        unit=figure.unit or "count",
        qualifier=figure.qualifier,
        comparator=_COMPARATOR_OF.get(figure.qualifier, ">=") if is_target else None,
        deadline=(str(deadline) or None) if is_target and deadline else None,
        ref_date=(str(ref_date) or None) if ref_date else None,
        source=source,
        evidence=evidence,
        start=start,
        figure=figure.text.strip(),
        unit_text=figure.unit_text,
        date_note=date_note,
    )
