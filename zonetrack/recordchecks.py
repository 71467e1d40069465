"""Checks of each target and observation: references, value and unit, dates, evidence.

A record's evidence is checked against its seed by :mod:`~zonetrack.evidence`, its kind and
date against the extractor's reading there by :mod:`~zonetrack.readback`, a derived figure's
arithmetic by :mod:`~zonetrack.formulas`. What-if rows (observations given outside the
catalogue files) get the same checks without evidence (:func:`check_observation_rows`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import Any

import pandas as pd

from .evidence import Readings, check_evidence, faithful_place, range_end
from .exceptions import DataError, Problem
from .files import Table
from .formulas import evaluate_formula
from .matching import states_change
from .readback import PageReadings, check_kind_and_date
from .schemas import SCHEMAS, named_columns
from .tablechecks import check_schema, ids, parse_date_once, period_start_once, rows
from .units import CANONICAL_UNITS, CURRENCIES, canonical_unit, to_canonical

__all__ = [
    "WHAT_IF_COLUMNS",
    "Here",
    "check_observation_rows",
    "check_records",
    "may_be_negative",
]


def may_be_negative(unit: str, measure: str) -> bool:
    """Whether an indicator's figures may be below zero, from its canonical unit and measure.

    A count (firms, people, projects) or an area can never be negative, whatever the
    measure; nor can a stock (an amount held at a date: registered capital, a floor area).
    Only flows and ratios in money, percent or score may be: a loss, a fall, a growth rate.
    """
    return unit not in ("count", "m^2") and measure != "stock"


_INDICATOR_INFO_COLUMNS = ("unit", "measure")


def _indicator_info(tables: dict[str, Table]) -> dict[str, dict[str, str]]:
    if "indicators" not in tables:
        return {}
    frame = tables["indicators"].frame
    return {
        row["indicator_id"]: {c: row.get(c, "") for c in _INDICATOR_INFO_COLUMNS}
        for _, row in frame.iterrows()
    }


def _unread(tables: dict[str, Table], key: str) -> set[str]:
    table = tables.get(key)
    return table.unread if table is not None else set()


def _reads_back(read_back: bool | AbstractSet[tuple[str, int]], file: str, line: int) -> bool:
    if isinstance(read_back, bool):
        return read_back
    return (file, line) in read_back


def check_records(
    tables: dict[str, Table],
    texts: dict[str, str | None],
    read_back: bool | AbstractSet[tuple[str, int]] = False,
) -> Iterator[Problem]:
    zones = ids(tables, "zones")
    indicators = _indicator_info(tables)
    sources = {}
    currencies: dict[str, str | None] = {}
    if "sources" in tables:
        frame = tables["sources"].frame
        sources = dict(zip(frame["source"], frame["published"], strict=True))
        if "currency" in frame:
            # An unknown code is reported by the schema; its figures are then read as yuan.
            currencies = {
                s: c if c in CURRENCIES and c != "CNY" else None
                for s, c in zip(frame["source"], frame["currency"], strict=True)
            }

    # A reference to a row that could not be read is no mistake of its own (Table.unread).
    known_indicators = indicators.keys() | _unread(tables, "indicators")
    known_sources = sources.keys() | _unread(tables, "sources")
    targets = tables.get("targets")
    observations = tables.get("observations")
    target_ids = ids(tables, "targets")
    obs_values: dict[str, float] = {}
    readings = Readings()
    pages = PageReadings()
    # The end of each range a row holds, by its source, evidence and the range's place there.
    range_ends: dict[tuple[str, str, int], tuple[str, str]] = {}

    for kind, table in (("target", targets), ("observation", observations)):
        if table is None:
            continue
        for line, row in rows(table):
            here = Here(table.name, line)
            here.references(
                row,
                zones if "zones" in tables else None,
                known_indicators if "indicators" in tables else None,
            )
            if row["source"] and "sources" in tables and row["source"] not in known_sources:
                here.add(
                    "source",
                    f"unknown source {row['source']!r} (not in sources.csv)",
                    row["source"],
                )
            canonical = here.quantity(
                row["value"], row["unit"], indicators.get(row["indicator_id"])
            )
            here.change_on_stock(row, indicators.get(row["indicator_id"]), kind)
            if kind == "target":
                deadline = here.date("deadline", row["deadline"])
                adopted = here.date("adopted", row["adopted"])
                if deadline is not None and adopted is not None and deadline <= adopted:
                    here.add(
                        "deadline",
                        f"deadline {row['deadline']} is not after adopted {row['adopted']}; "
                        "a later page restating an earlier plan's goal: adopted is the date "
                        "the plan set it, not the page's",
                        row["deadline"],
                    )
                parent = row["parent_target_id"]
                if parent and parent not in target_ids:
                    here.add("parent_target_id", f"unknown target {parent!r}", parent)
                elif parent == row["target_id"] and parent:
                    here.add("parent_target_id", "a target cannot be its own part", parent)
            else:
                here.dates(row, sources.get(row["source"], ""))
                if canonical is not None:
                    obs_values[row["obs_id"]] = canonical[0]
            if row["evidence"]:
                if row["source"] in texts:
                    text = texts[row["source"]]
                    if text is None:
                        here.add(
                            "evidence",
                            f"cannot be checked: seed {row['source']!r} could not be read "
                            "(see the problem reported for it)",
                            row["evidence"],
                        )
                    else:
                        currency = currencies.get(row["source"])
                        for column, message, value in check_evidence(
                            row, text, readings, canonical, kind, currency
                        ):
                            here.add(column, message, value)
                        if canonical is not None and not here.problems:
                            here.other_end(row, readings, canonical, currency, range_ends)
                        if (
                            canonical is not None
                            and not here.problems
                            and _reads_back(read_back, table.name, line)
                        ):
                            at = faithful_place(text, row["evidence"], readings, currency)
                            extracted = pages.rows(row["source"], text, currency)
                            found = (
                                check_kind_and_date(row, kind, at, extracted, canonical)
                                if isinstance(at, int)
                                else None
                            )
                            if found is not None:
                                here.add(*found)
            elif kind == "target" or not row["derived_from"]:
                here.add("evidence", "evidence is required (a verbatim span of the source)")
            yield from here.problems

    if observations is not None:
        # Rows whose value could not be read, or which could not be read at all, are
        # reported on their own lines; a formula over them is not blamed as well.
        unreadable = (set(observations.frame["obs_id"]) | observations.unread) - obs_values.keys()
        for line, row in rows(observations):
            if row["derived_from"]:
                yield from _check_derived(observations.name, line, row, obs_values, unreadable)


def check_observation_rows(
    frame: pd.DataFrame,
    name: str,
    zones: set[str],
    indicators: dict[str, dict[str, str]],
    sources: dict[str, str],
    taken: AbstractSet[str] = frozenset(),
) -> list[Problem]:
    """Check observations given as strings outside the catalogue files (what-if rows).

    The same record checks as validation: a unique id (not one of ``taken``), known
    zone, indicator and source, a finite number, a unit of the indicator's dimension,
    no negative value where none can be, real dates and a figure published no earlier
    than it refers to, a known qualifier. There is no evidence to check. ``row`` in
    each problem counts from 1.
    """
    table = Table(name, frame.reset_index(drop=True), list(range(1, len(frame) + 1)))
    problems = list(check_schema(_WHAT_IF_SCHEMA, table))
    seen = set(taken)
    for line, row in rows(table):
        here = Here(name, line)
        if row["obs_id"] in seen:
            here.add("obs_id", f"duplicate id {row['obs_id']!r}", row["obs_id"])
        elif row["obs_id"]:
            seen.add(row["obs_id"])
        here.references(row, zones, indicators.keys())
        if row["source"] and row["source"] not in sources:
            here.add("source", f"unknown source {row['source']!r}", row["source"])
        here.quantity(row["value"], row["unit"], indicators.get(row["indicator_id"]))
        here.dates(row, sources.get(row["source"], ""))
        problems.extend(here.problems)
    return sorted(problems, key=lambda p: p.row)


# A what-if row is an observation without a document: no id pattern, source or formula
# (a formula would go unchecked).
_WHAT_IF_SCHEMA = (
    SCHEMAS["observations"]
    .remove_columns(["derived_from"])
    .update_columns({"obs_id": {"checks": []}, "source": {"checks": []}})
)
WHAT_IF_COLUMNS: tuple[str, ...] = named_columns(_WHAT_IF_SCHEMA)


# A note that says why a figure told with 新增 or "new" is a level after all, labelled as the
# other bases are ("level: …"); the draft's own warning ("not a level") is no such basis.
_LEVEL_BASIS = re.compile(r"\blevel:", re.IGNORECASE)


class Here:
    """Problems of one record, with the parsing helpers that find them."""

    def __init__(self, file: str, line: int) -> None:
        self.file, self.line = file, line
        self.problems: list[Problem] = []

    def add(self, column: str, message: str, value: str | None = None) -> None:
        self.problems.append(Problem(self.file, self.line, column, message, value))

    def date(self, column: str, value: str) -> pd.Timestamp | None:
        if not value:
            return None
        try:
            return parse_date_once(value)
        except DataError as exc:
            self.add(column, exc.reason, value)
            return None

    def references(
        self,
        row: pd.Series,
        zones: AbstractSet[str] | None,
        indicators: AbstractSet[str] | None,
    ) -> None:
        """Unknown zone or indicator (None: that table is unusable, nothing to check)."""
        if row["zone_id"] and zones is not None and row["zone_id"] not in zones:
            self.add("zone_id", f"unknown zone {row['zone_id']!r}", row["zone_id"])
        if row["indicator_id"] and indicators is not None and row["indicator_id"] not in indicators:
            self.add(
                "indicator_id", f"unknown indicator {row['indicator_id']!r}", row["indicator_id"]
            )

    def change_on_stock(
        self, row: dict[str, Any], indicator: dict[str, str] | None, kind: str
    ) -> None:
        """An increase or a yearly amount (新增, 每年, "new", "a year") kept on a stock.

        A stock's figure is a level: a goal of "10 more" kept as a level of 10 is met at once,
        a fact of 10 added in a year read as the level hides the real one. The rule is the
        draft's (:func:`~zonetrack.matching.states_change`), which suggests only a flow then.
        """
        if not indicator or indicator.get("measure") != "stock" or not row["evidence"]:
            return
        if states_change(row["evidence"]) and not _LEVEL_BASIS.search(str(row.get("note") or "")):
            what = "goal" if kind == "target" else "fact"
            self.add(
                "indicator_id",
                f"the evidence tells an increase or a yearly amount, but "
                f"{row['indicator_id']!r} is a stock (a level): a {what} of so many more is "
                "no level; choose an indicator that measures a flow, or say in note why it "
                "is a level (level: …, e.g. cumulative, 累计, a translation's 'new')",
                row["indicator_id"],
            )

    def other_end(
        self,
        row: dict[str, Any],
        readings: Readings,
        canonical: tuple[float, str],
        currency: str | None,
        held: dict[tuple[str, str, int], tuple[str, str]],
    ) -> None:
        """A row holding the other end of a range that an earlier row (``held``) holds.

        The catalogue keeps one value of a range (its lower end, at least, or its upper end,
        at most): both ends as two rows would be two targets, one met at once, or two
        figures of one day of which the later row hides the other (method §1.2).
        """
        end = range_end(row["evidence"], readings, canonical, currency)
        if end is None:
            return
        start, written, which = end
        key = (row["source"], row["evidence"], start)
        own_id = row.get("target_id") or row.get("obs_id") or ""
        if key not in held:
            held[key] = (which, own_id)
        elif held[key][0] != which:
            self.add(
                "value",
                f"the {which} end of the range {written!r}, whose {held[key][0]} end "
                f"{held[key][1]!r} holds: the catalogue keeps one end of a range; keep one row",
                row["value"],
            )

    def dates(self, row: pd.Series, source_published: str) -> None:
        """An observation's ``ref_date`` and ``published`` (else its source's date)."""
        ref = self.date("ref_date", row["ref_date"])
        published_text = row["published"] or source_published
        published = self.date("published", published_text) if published_text else None
        if ref is not None and published is not None and ref > published:
            self.add(
                "ref_date",
                f"ref_date {row['ref_date']} is after the date the "
                f"figure was published ({published_text})",
                row["ref_date"],
            )
        # A figure dated before the document that states it is visible at dates when its
        # evidence was not yet public (docs/method.md §1.1). That can be true (a bulletin
        # repeated later), but only a note saying so makes it a claim rather than a slip.
        if row["published"] and source_published and published is not None:
            try:
                # Compared by whole periods: a figure of 2021-01-15 from a source dated
                # "2021-01" may well be that month's; one of 2020-12 cannot.
                source_start = period_start_once(source_published)
            except DataError:
                return  # the source's own row reports its bad date
            if published < source_start and not str(row.get("note") or "").strip():
                self.add(
                    "published",
                    f"published {row['published']} is before its source was published "
                    f"({source_published}); leave it empty, or say in note where the figure "
                    "was public first",
                    row["published"],
                )

    def quantity(
        self, value: str, unit: str, indicator: dict[str, str] | None
    ) -> tuple[float, str] | None:
        try:
            number = float(value)
        except ValueError:
            if value:
                self.add("value", f"not a number: {value!r}", value)
            return None
        if not math.isfinite(number):
            self.add("value", f"not a finite number: {value!r}", value)
            return None
        indicator = indicator or {}
        indicator_unit, measure = indicator.get("unit"), indicator.get("measure", "")
        if (
            number < 0
            and indicator_unit in CANONICAL_UNITS
            and not may_be_negative(indicator_unit, measure)
        ):
            self.add(
                "value",
                f"{value} is negative, but the indicator ({measure or 'a quantity'} "
                f"in {indicator_unit}) cannot be",
                value,
            )
        if not unit:
            return None
        try:
            result = to_canonical(number, unit)
        except DataError as exc:
            self.add("unit", exc.reason, unit)
            return None
        if not math.isfinite(result[0]):
            # 1e308 亿元 is a finite number in an infinite amount: every comparison with it
            # would come out "achieved".
            self.add("value", f"{value} {unit} is too large to compute with", value)
            return None
        if indicator_unit in CANONICAL_UNITS and result[1] != canonical_unit(indicator_unit):
            self.add(
                "unit",
                f"unit {unit!r} measures {result[1]}, but the indicator is "
                f"measured in {indicator_unit}",
                unit,
            )
            return None
        return result


def _check_derived(
    file: str,
    line: int,
    row: pd.Series,
    values: dict[str, float],
    unreadable: AbstractSet[str] = frozenset(),
) -> Iterator[Problem]:
    # Only the formula's ids count (unreadable holds ids only: never a number or a sign).
    tokens = row["derived_from"].replace("(", " ").replace(")", " ").split()
    if not unreadable.isdisjoint(tokens):
        return
    try:
        result = evaluate_formula(row["derived_from"], values)
    except DataError as exc:
        yield Problem(file, line, "derived_from", exc.reason, row["derived_from"])
        return
    own = values.get(row["obs_id"])
    if own is not None and not math.isclose(own, result, rel_tol=1e-9):
        yield Problem(
            file,
            line,
            "value",
            f"{row['derived_from']} gives {result:g}, not {own:g}",
            row["value"],
        )
