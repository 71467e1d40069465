"""What the extractor reads where a record's evidence stands: its kind and its date.

A record's ``kind`` (a goal with a deadline, or a fact with a ref_date) and its date are not
in its evidence span (到2028年 and 截至2025年底 are usually outside the clause), so the span
alone cannot check them. Validation compares them with what ``extract`` reads for the same
figure at the same place of the seed; where they differ, the record must say in ``note`` on
what basis it reads its own (an analyst corrects the extractor's mistakes that way, and the
note is the record of it). Each seed is extracted once per validation, and only when a record
cites it (:class:`PageReadings`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .dates import parse_date
from .evidence import states
from .exceptions import DataError
from .extract import extract_figures

__all__ = ["PageReadings", "check_kind_and_date"]

# Words in a note that give the basis of a record's own kind or date (the committed rows say
# "deadline: …", "ref_date 2017 is a lower bound …"); a kind's basis is labelled "kind:", as
# goal, fact and target are words a draft's notes use for other things.
_BASIS = {
    "kind": re.compile(r"\bkind:", re.IGNORECASE),
    "deadline": re.compile(r"\bdeadline\b", re.IGNORECASE),
    "ref_date": re.compile(r"\bref_date\b|\bas at\b|\bas of\b", re.IGNORECASE),
}


class PageReadings:
    """The extractor's rows of each seed, read once per validation when first asked for."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str | None], list[Any]] = {}

    def rows(self, source: str, text: str, currency: str | None) -> list[Any]:
        """The extractor's rows of the seed ``source`` (its ``text``, read in ``currency``),
        as named tuples: every record citing the seed walks them, and a frame's
        ``itertuples`` per record cost more than the extraction itself."""
        key = (source, currency)
        if key not in self._rows:
            frame = extract_figures(text, source, currency)
            self._rows[key] = list(frame.itertuples(index=False))
        return self._rows[key]


def _names_year(note: str, own: str) -> bool:
    """Whether ``note`` names the year of the record's own date ``own``.

    A basis for a date is a basis for *that* date: a draft's note says how the extractor read
    its date ("deadline: '全年': the end of the page's year (2026)"), and a row whose date was
    changed while that note stayed must not pass on it (review 14). The committed rows' bases
    name their year ("deadline: 到2025年底", "ref_date 2017 is a lower bound").
    """
    year = own[:4]
    return bool(year.isdigit() and year in note) or not own


def _same_day(a: str, b: str) -> bool:
    try:
        return bool(parse_date(a) == parse_date(b))
    except DataError:
        return a == b


def check_kind_and_date(
    row: Mapping[str, Any],
    kind: str,
    span_at: int,
    extracted: Sequence[Any],
    canonical: tuple[float, str],
) -> tuple[str, str, str] | None:
    """A record's kind or date that differ from the extractor's at its evidence, with no basis
    given in ``note``: ``(column, message, value)``, or None.

    The extractor's rows compared are those whose clause overlaps the evidence where the seed
    quotes it faithfully (``span_at``, :func:`~zonetrack.evidence.faithful_place`: the place
    the evidence check accepted, not merely the first) and that state the record's value
    (``canonical``, as a value or an end of a range, :func:`~zonetrack.evidence.states`).
    None is compared when there is none (the extractor missed the figure, the record's own
    reading stands) or when one of them agrees. A date the extractor does not read (None) is
    not compared; one it reads where the record has none is reported.
    """
    end = span_at + len(str(row["evidence"]))
    here = [
        r
        for r in extracted
        if r.start < end and span_at < r.start + len(r.evidence) and states(r, canonical)
    ]
    if not here:
        return None
    column = "deadline" if kind == "target" else "ref_date"
    own = str(row.get(column) or "")
    note = str(row.get("note") or "")

    def agrees(r: Any) -> bool:
        read = r.deadline if r.kind == "target" else r.ref_date
        return r.kind == kind and (not read or (bool(own) and _same_day(read, own)))

    if any(agrees(r) for r in here):
        return None
    first = here[0]
    if first.kind != kind:
        if _BASIS["kind"].search(note):
            return None
        said = "a goal" if first.kind == "target" else "a fact"
        mine = "fact" if kind == "observation" else "goal"
        other = "targets.csv" if kind == "observation" else "observations.csv"
        return (
            "kind",
            f"the page states {said} here (as extract reads it), not a {mine}: move the row to "
            f"{other}, or say in note on what basis it is a {mine} (kind: …)",
            kind,
        )
    read = first.deadline if kind == "target" else first.ref_date
    if _BASIS[column].search(note) and _names_year(note, own):
        return None
    if not own:
        return (
            column,
            f"the page gives {read} here (as extract reads it); the row has none: write it, or "
            f"give in note the basis of leaving it out ({column}: …)",
            own,
        )
    return (
        column,
        f"the page gives {read} here (as extract reads it), not {own}: correct it, or give the "
        f"basis of yours in note ({column}: …)",
        own,
    )
