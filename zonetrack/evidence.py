"""Evidence: whether a record's span quotes its seed faithfully and states its figure.

A span must stand verbatim in its seed, begin and end outside any number
(:func:`cuts_number`), leave no part of a figure (a unit, a multiplier, a qualifier such
as 约 or 以上) outside it, and state the record's value with a qualifier the record
allows. The figures of seeds and spans are read once each (:class:`Readings`).
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

from .counters import same_things, simplified_counter
from .figures import Figure, carry_qualifiers, find_figures
from .piecereading import read_in_pieces, reads_alone
from .quantities import NOT_QUANTITIES, is_quantity, names_years
from .scores import read_scores
from .sentences import Boundaries

__all__ = [
    "Readings",
    "Stated",
    "check_evidence",
    "cuts_number",
    "faithful_place",
    "no_figure",
    "range_end",
    "states",
]

_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９零〇一二两兩三四五六七八九十百千万萬亿億")
_NUMBER_JOINERS = frozenset(".,．")


def _is_digit(ch: str) -> bool:
    return (ch.isascii() and ch.isdigit()) or "０" <= ch <= "９"


def cuts_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins or ends inside a number as ``text`` writes it.

    ``10`` taken from ``100万平方米``, ``00万平方米`` from the same, or ``5万`` from
    ``1.5万`` would each state a figure the source does not.
    """

    def joined(left: int, right: int) -> bool:
        # Characters text[left] and text[right] (adjacent) belong to one number.
        if left < 0 or right >= len(text):
            return False
        a, b = text[left], text[right]
        if a in _NUMERAL_CHARS and b in _NUMERAL_CHARS:
            return True
        if a in _NUMBER_JOINERS and _is_digit(b):
            return left > 0 and _is_digit(text[left - 1])
        if b in _NUMBER_JOINERS and _is_digit(a):
            return right + 1 < len(text) and _is_digit(text[right + 1])
        return False

    return joined(start - 1, start) or joined(end - 1, end)


def _occurrences(text: str, span: str) -> Iterator[int]:
    start = text.find(span)
    while start >= 0:
        yield start
        start = text.find(span, start + 1)


def _misquoted(
    text: str, seed_figures: list[Figure], span_figures: list[Figure], start: int, end: int
) -> str | None:
    """What is wrong with quoting ``text[start:end]`` as evidence, or None.

    The span may not begin or end inside a number (:func:`cuts_number`), and every figure
    the seed states there must be read from the span alone as it is read in the seed: the
    same value, unit and qualifier, so that neither a unit, a multiplier nor a qualifier
    such as 约 or 以上 is left outside the span.
    """
    if cuts_number(text, start, end):
        context = text[max(0, start - 3) : end + 3]
        return f"evidence span cuts a number: the source reads {context!r} there"
    read_alone = {f.start + start: (f.value, f.unit, f.qualifier) for f in span_figures}
    for figure in seed_figures:
        if figure.start >= end or figure.end <= start:
            continue
        if (
            figure.start < start
            or figure.end > end
            or read_alone.get(figure.start) != (figure.value, figure.unit, figure.qualifier)
        ):
            return (
                f"evidence span cuts the figure {figure.text.strip()!r} "
                f"({figure.qualifier}) that the source states there"
            )
    return None


class Readings:
    """The figures of each seed and of each distinct evidence span, read once and when needed.

    A national catalogue cites thousands of seeds with tens of thousands of spans, many of
    them alike; reading figures is most of what validation costs. Texts are read in pieces
    (:func:`~zonetrack.piecereading.read_in_pieces`) and each distinct piece once.
    """

    def __init__(self) -> None:
        self._texts: dict[tuple[str, str | None], list[Figure]] = {}
        self._pieces: dict[str, list[Figure]] = {}
        self._masked: dict[str, Boundaries] = {}
        self._cells: dict[tuple[str, str | None], dict[int, Figure]] = {}

    def _piece(self, piece: str) -> list[Figure]:
        if piece not in self._pieces:
            self._pieces[piece] = find_figures(piece)
        return self._pieces[piece]

    def masked(self, text: str) -> Boundaries:
        """Where :data:`~zonetrack.quantities.NOT_QUANTITIES` matches in the seed ``text``
        (as the extractor finds it), found once per seed."""
        if text not in self._masked:
            self._masked[text] = Boundaries(NOT_QUANTITIES, text)
        return self._masked[text]

    def cells(self, text: str, currency: str | None = None) -> dict[int, Figure]:
        """The values of the seed ``text``'s tables and lists written as lines, by where they
        start, each in its row's or column's unit, found once per seed: ``extract`` reads each
        such value as a figure whatever :data:`~zonetrack.quantities.NOT_QUANTITIES` finds
        around it (300 and 350 set off by wide gaps are two cells, not one long number)."""
        key = (text, currency)
        if key not in self._cells:
            # (Imported here: the table readers are the extractor's, which validation needs
            # only for the rare span that quotes a table's row.)
            from .tablecells import find_list_cells, find_table_cells

            calendar = currency or "CNY"
            found = {f.start: f for f, _ in find_list_cells(text, calendar)}
            found.update((c.figure.start, c.figure) for c in find_table_cells(text, calendar))
            self._cells[key] = found
        return self._cells[key]

    def figures(self, text: str, currency: str | None = None) -> list[Figure]:
        """The figures of ``text`` (a seed or an evidence span) as ``extract`` reads them in a
        source whose own currency is ``currency``: find_figures, then a qualifier written once
        carried along a list within its span (:func:`~zonetrack.figures.carry_qualifiers`), so
        that the row a draft gives for 最高100万元及50万元's 50万元 (at most) validates."""
        key = (text, currency)
        if key not in self._texts:
            if currency is None:
                found = read_in_pieces(text, self._piece)
            else:
                # A source currency makes a figure's reading look further back than one
                # character (港幣 ... 元), which reads_alone does not promise: read it whole.
                found = find_figures(text, currency)
            self._texts[key] = read_scores(carry_qualifiers(found, text), text)
        return self._texts[key]


def faithful_place(
    text: str, span: str, readings: Readings, currency: str | None = None
) -> int | str:
    """Where the seed ``text`` has ``span`` (which it contains) as a faithful quote: the first
    place that quotes whole figures, not pieces of them; else why none does (a message).

    Where the seed's reading cannot differ from the span's (reads_alone), the first place is
    faithful unless it cuts a number, and the seed need not be read at all.
    """
    first = text.find(span)
    end = first + len(span)
    if currency is None and reads_alone(text, first, end) and not cuts_number(text, first, end):
        return first
    figures = readings.figures(span, currency)
    seed_figures = readings.figures(text, currency)
    places = list(_occurrences(text, span))
    wrong = [_misquoted(text, seed_figures, figures, s, s + len(span)) for s in places]
    if all(wrong):
        return str(wrong[0])
    return places[wrong.index(None)]


def check_evidence(
    row: Mapping[str, Any],
    text: str,
    readings: Readings,
    canonical: tuple[float, str] | None,
    kind: str,
    currency: str | None = None,
) -> list[tuple[str, str, str | None]]:
    """What is wrong with a record's ``evidence`` as a quote of its seed ``text``.

    The span must stand verbatim in ``text`` and quote whole figures there; when the
    record's value is known (``canonical``, in canonical units) the span must state it,
    with a qualifier the record's ``comparator`` (a target, ``kind`` "target") or
    ``qualifier`` (an observation) allows. ``currency`` is the source's own currency
    (what 元 means in it), None for the yuan. Returns ``(column, message, value)`` per
    problem, at most one.
    """
    problems: list[tuple[str, str, str | None]] = []

    def add(column: str, message: str, value: str | None = None) -> None:
        problems.append((column, message, value))

    span = row["evidence"]
    if span not in text:
        add("evidence", f"evidence span not found verbatim in {row['source']}", span)
        return problems
    # 元 in a HKD source is the Hong Kong dollar: the span is read in its source's currency.
    figures = readings.figures(span, currency)
    at = faithful_place(text, span, readings, currency)
    if isinstance(at, str):
        add("evidence", at, span)
        return problems
    if canonical is None:
        return problems
    value, _ = canonical

    def stated_as(f: Figure) -> str:
        # A range (3500万至5000万元) states its lower end as a floor and its upper end as a
        # ceiling: the catalogue holds one value, so an end kept as exact would drop the
        # other end unseen.
        if f.value_high is None:
            return f.qualifier
        return "at_least" if _close(f.value, value) else "at_most"

    same = _stating(figures, canonical)
    in_cells = False
    if not same:
        # A cell of a table or list written as lines is read in its row's or column's unit
        # (孵化载体总面积（万平方米）\t760: 760万平方米), as ``extract`` reads it.
        cells = readings.cells(text, currency)
        as_cells = [
            _moved(cells[f.start + at], -at) if f.start + at in cells else f for f in figures
        ]
        same = _stating(as_cells, canonical)
        in_cells = bool(same)
    if not same:
        stated = ", ".join(f.text.strip() for f in figures) or "no figure"
        add(
            "value",
            f"{row['value']} {row['unit']} is not what the evidence states ({stated})",
            row["value"],
        )
        return problems
    # The extractor's own rules of what is no figure (a date, a year, a phone number, a part
    # of an address or a name: README's "Left out"), read where the seed has the span, for
    # every figure that may be one (a numbered name may carry a counter: 第3家).
    reasons = [
        no_figure(text, _moved(f, at), readings.masked(text))
        if _may_be_no_figure(_moved(f, at), text)
        else None
        for f in same
    ]
    if (
        all(reasons)
        and not in_cells
        and not any(f.start + at in readings.cells(text, currency) for f in same)
    ):
        add("evidence", f"{same[0].text.strip()!r} is {reasons[0]}", span)
        return problems
    counted = _other_counter(str(row.get("unit", "")), same, canonical)
    if counted is not None:
        add("unit", counted, row.get("unit"))
        return problems
    column = "comparator" if kind == "target" else "qualifier"
    given = str(row.get(column, ""))
    allowed = _QUALIFIERS_FOR.get(given, ()) if kind == "target" else (given,)
    if not any(stated_as(f) in allowed for f in same):
        found = same[0]
        if found.value_high is not None:
            floor, ceiling = (">=", "<=") if kind == "target" else ("at_least", "at_most")
            add(
                column,
                f"the evidence states a range, {found.text.strip()!r}: keep its lower end with "
                f"{column} {floor!r} or its upper end with {column} {ceiling!r}, not {given!r}",
                given,
            )
            return problems
        # Name what the row's own column should hold: a target's comparator is judged by the
        # qualifiers it allows, but the analyst writes the comparator.
        stated = stated_as(found)
        fits = (
            [c for c, qualifiers in _QUALIFIERS_FOR.items() if stated in qualifiers]
            if kind == "target"
            else [stated]
        )
        add(
            column,
            f"the evidence says {found.text.strip()!r}, which is {stated}: {column} {given!r} "
            f"does not fit it; write {' or '.join(repr(f) for f in fits)}",
            given,
        )
    return problems


# What a date, a time, a phone number, a part of an address or a document's number holds is a
# bare number or one with these words after it (10日 and 9时 read bare, 30分, 第35條, 68号,
# 〔2021〕142号, 第3期), and a numbered name has its name before the number (第3家, "Line 3",
# "Phase 2", "No. 4"); a figure with another unit and no name before it (1500家, 万平方米, 亿元,
# %) is never inside what NOT_QUANTITIES finds. Reading that pattern over every cited seed made
# a cold load of a national catalogue 4.3 times the CLI's start-up (aim: 4), so it is read only
# for the figures that may be one.
_NO_FIGURE_WORDS = frozenset("分條条号號期段款届屆楼樓层層室")
# (A letter against the number, "F2元" or "twenty40元", makes a code of letters and digits.)
_NAME_BEFORE = re.compile(r"(?:第|\b[A-Z][A-Za-z]*\.?)\s*$|[A-Za-z]$")


def _may_be_no_figure(figure: Figure, text: str) -> bool:
    """Whether ``figure`` (at its place in the seed ``text``) may be inside what
    NOT_QUANTITIES finds: bare, with a unit a date, address or document number ends in, a
    range, or after a name (第, a capitalised word)."""
    written = (figure.unit_text or "").strip()
    return (
        not written
        or written[-1] in _NO_FIGURE_WORDS
        or figure.value_high is not None
        or _NAME_BEFORE.search(text, max(0, figure.start - 16), figure.start) is not None
    )


def _moved(figure: Figure, offset: int) -> Figure:
    return dataclasses.replace(figure, start=figure.start + offset, end=figure.end + offset)


# A date written as eight digits (20250310) is read as one before a long number is taken for a
# phone number.
_COMPACT_DATE_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)")
_DATE_RE = re.compile(r"[年月日]|\d\s*[-/.]\s*\d|[:：]\d\d|[時时点點]\s*\d|(?i:\d\s*[ap]\.?m\b)")
# Whole words: tel is in Hotel, Intel and telecom.
_PHONE_RE = re.compile(
    r"电话|電話|热线|熱線|传真|傳真|分机|分機|(?i:\b(?:tel|telephone|phone|fax|hotline)s?\b)|\d{5,}"
)
_DOCUMENT_RE = re.compile(r"[〔\[【]\s*\d{4}")
_PLACE_RE = re.compile(r"[号號楼樓层層]|(?i:room|floor|level|avenue|road|street|building|lane)")


def no_figure(text: str, figure: Figure, masked: Boundaries | None = None) -> str | None:
    """Why ``figure`` (at its place in the seed ``text``) is no figure, by the extractor's
    rules, or None when it is one.

    A year or a span of years written without a unit (2025, 2026—2028, 到2028年) and a
    number inside what :data:`~zonetrack.quantities.NOT_QUANTITIES` finds in the seed (a
    date, a time, a phone number, a part of an address, a document's number, a list marker)
    are no figures; the reason names which, from the words that make it one. ``masked`` is
    that pattern's matches in ``text`` (:meth:`Readings.masked`), found here when not given.
    """
    if names_years(figure) and not is_quantity(figure, text):
        return "a span of years, not a figure" if figure.value_high else "a year, not a figure"
    masked = masked or Boundaries(NOT_QUANTITIES, text)
    i = bisect.bisect_right(masked.starts, figure.start) - 1
    for k in (i, i + 1):
        if not 0 <= k < len(masked.starts):
            continue
        a, b = masked.starts[k], masked.ends[k]
        if a < figure.end and figure.start < b:
            written = text[a:b].strip()
            if _DOCUMENT_RE.search(written):
                kind = "a document's number"
            elif _COMPACT_DATE_RE.search(written):
                kind = "a date or a time"
            elif _PHONE_RE.search(written):
                kind = "a phone number"
            elif _DATE_RE.search(written):
                kind = "a date or a time"
            elif _PLACE_RE.search(written):
                kind = "part of an address or a name"
            else:
                kind = "a number the extractor leaves out"
            return f"{kind} ({written!r}), not a figure"
    return None


def _close(a: float | None, value: float) -> bool:
    return a is not None and math.isclose(a, value, rel_tol=1e-9, abs_tol=1e-9)


class Stated(Protocol):
    """What a figure states: a :class:`~zonetrack.figures.Figure`, or a row of ``extract``."""

    @property
    def value(self) -> float | None: ...
    @property
    def value_high(self) -> float | None: ...
    @property
    def unit(self) -> str | None: ...


def states(figure: Stated, canonical: tuple[float, str]) -> bool:
    """Whether ``figure`` states ``canonical`` (value, unit in canonical units), as its value
    or an end of its range; a figure without a unit states a count."""
    value, unit = canonical
    return (figure.unit == unit or (figure.unit is None and unit == "count")) and (
        _close(figure.value, value) or _close(figure.value_high, value)
    )


def _stating(figures: list[Figure], canonical: tuple[float, str]) -> list[Figure]:
    """The figures that state ``canonical`` (value, unit), as a value or an end of a range."""
    return [f for f in figures if states(f, canonical)]


def _other_counter(unit: str, stated: list[Figure], canonical: tuple[float, str]) -> str | None:
    """Why a count kept with the counter ``unit`` counts other things than the evidence's
    figures ``stated`` (120家 of incubators kept as 120人), or None.

    A count's units are all one dimension, so the value alone agrees; the counter word says
    what is counted. A row without one (``count``) and a figure without one (a bare 120) agree
    with any.
    """
    mine = simplified_counter(unit) if canonical[1] == "count" else None
    if not mine:
        return None
    written = [(f, simplified_counter(f.unit_text or "")) for f in stated]
    if any(not theirs or same_things(mine, theirs) for _, theirs in written):
        return None
    figure = written[0][0]
    # The unit as the evidence writes it, multiplier and all (5万人次: 万人次, not 人次).
    theirs = (figure.unit_text or "").strip()
    return (
        f"unit {unit!r} counts other things than the evidence, which says "
        f"{figure.text.strip()!r}: write {theirs!r} (or count)"
    )


def range_end(
    span: str, readings: Readings, canonical: tuple[float, str], currency: str | None = None
) -> tuple[int, str, str] | None:
    """Which end of a range in ``span`` a record's value (``canonical``) is, if one.

    Returns
    -------
    tuple of (int, str, str) or None
        Where the range starts in ``span``, the range as written, and ``"lower"`` or
        ``"upper"``; None when the value is no end of a range the span states.
    """
    for f in _stating(readings.figures(span, currency), canonical):
        if f.value_high is not None:
            end = "lower" if _close(f.value, canonical[0]) else "upper"
            return f.start, f.text.strip(), end
    return None


_QUALIFIERS_FOR = {
    ">=": ("exact", "at_least"),
    "<=": ("exact", "at_most"),
    "=": ("exact", "approx"),
}
