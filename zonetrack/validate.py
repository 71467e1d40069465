"""Validation of the catalogue: schema, vocabularies, references, dates, units and evidence.

Every problem is collected, none stops the others from being found; each is a
:class:`~zonetrack.exceptions.Problem` that prints as ``file:row:column: message``.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from . import config
from .dates import parse_date
from .exceptions import DataError, Problem
from .files import Table, read_table, read_text, sha256_file
from .numbers import QUALIFIERS, find_figures
from .units import CANONICAL_UNITS, canonical_unit, to_canonical

__all__ = [
    "DATE_KINDS",
    "SCHEMAS",
    "evaluate_formula",
    "read_tables",
    "validate_catalog",
    "validate_tables",
]

_ID = r"^[a-z0-9][a-z0-9_.-]*$"
_NONEMPTY = pa.Check(lambda s: s.str.len() > 0, error="must not be empty")


def _id(unique_name: str) -> pa.Column:
    return pa.Column(
        str,
        checks=[
            _NONEMPTY,
            pa.Check.str_matches(
                _ID, error=f"{unique_name} must be lowercase letters, digits, '-', '_' or '.'"
            ),
        ],
    )


def _text(required: bool = True) -> pa.Column:
    return pa.Column(str, checks=[_NONEMPTY] if required else [])


def _vocab(values: tuple[str, ...]) -> pa.Column:
    return pa.Column(
        str, checks=[pa.Check.isin(list(values), error=f"must be one of {', '.join(values)}")]
    )


# How a source's `published` date is known; `published_basis` starts with one of these.
DATE_KINDS = ("stated", "lower bound", "upper bound")

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "zones": pa.DataFrameSchema(
        {
            "zone_id": _id("zone_id"),
            "name_zh": _text(),
            "name_en": _text(),
            "parent_id": _text(False),
            "level": _text(),
            "city": _text(False),
            "province": _text(False),
            "note": _text(False),
        }
    ),
    "indicators": pa.DataFrameSchema(
        {
            "indicator_id": _id("indicator_id"),
            "name_zh": _text(),
            "name_en": _text(),
            "unit": _vocab(tuple(CANONICAL_UNITS)),
            "direction": _vocab(("up", "down")),
            "measure": _vocab(("stock", "flow", "ratio")),
            "note": _text(False),
        }
    ),
    "targets": pa.DataFrameSchema(
        {
            "target_id": _id("target_id"),
            "zone_id": _text(),
            "indicator_id": _text(),
            "comparator": _vocab((">=", "<=", "=")),
            "value": _text(),
            "unit": _text(),
            "deadline": _text(),
            "adopted": _text(),
            "parent_target_id": _text(False),
            "source": _text(),
            "evidence": _text(),
            "note": _text(False),
        }
    ),
    "observations": pa.DataFrameSchema(
        {
            "obs_id": _id("obs_id"),
            "zone_id": _text(),
            "indicator_id": _text(),
            "value": _text(),
            "unit": _text(),
            "qualifier": _vocab(QUALIFIERS),
            "ref_date": _text(),
            "published": _text(False),
            "source": _text(),
            "evidence": _text(False),
            "derived_from": _text(False),
            "note": _text(False),
        }
    ),
    "sources": pa.DataFrameSchema(
        {
            "source": _text(),
            "title": _text(),
            "publisher": _text(),
            "language": _vocab(("zh-Hans", "zh-Hant", "en", "mixed")),
            "published": _text(),
            "published_basis": pa.Column(
                str,
                checks=[
                    pa.Check.str_matches(
                        rf"^({'|'.join(DATE_KINDS)})\b",
                        error=f"must start with the kind of date: {', '.join(DATE_KINDS)}",
                    )
                ],
            ),
            "url": pa.Column(
                str,
                checks=[
                    pa.Check.str_matches(
                        r"^(https?://\S+)?$", error="must be empty or an http(s) address"
                    )
                ],
            ),
            "retrieved": _text(False),
            "sha256": pa.Column(
                str,
                checks=[
                    pa.Check.str_matches(r"^[0-9a-f]{64}$", error="must be 64 lowercase hex digits")
                ],
            ),
        }
    ),
}

_ID_COLUMN = {
    "zones": "zone_id",
    "indicators": "indicator_id",
    "targets": "target_id",
    "observations": "obs_id",
    "sources": "source",
}


def read_tables(data_dir: Path, seeds_dir: Path) -> dict[str, Table]:
    """Read the four catalogue files and ``sources.csv``."""
    tables = {
        key: read_table(data_dir / fname, str(data_dir / fname))
        for key, fname in config.DATA_FILES.items()
    }
    tables["sources"] = read_table(
        seeds_dir / config.SOURCES_FILE, str(seeds_dir / config.SOURCES_FILE)
    )
    return tables


def validate_catalog(
    data_dir: Path | str | None = None, seeds_dir: Path | str | None = None
) -> list[Problem]:
    """Check the catalogue in ``data_dir`` against its sources in ``seeds_dir``.

    Returns every problem found (an empty list means the catalogue is valid).
    Reads only; never writes to either folder.
    """
    data, seeds = config.data_dir(data_dir), config.seeds_dir(seeds_dir)
    return validate_tables(read_tables(data, seeds), seeds)


def validate_tables(tables: dict[str, Table], seeds_dir: Path) -> list[Problem]:
    problems: list[Problem] = []
    for table in tables.values():
        problems.extend(table.problems)
    usable: dict[str, Table] = {}
    for key, table in tables.items():
        problems.extend(_check_schema(key, table))
        if set(SCHEMAS[key].columns) <= set(table.frame.columns):
            usable[key] = table
    problems.extend(_check_unique(usable))
    problems.extend(_check_sources(usable, seeds_dir))
    problems.extend(_check_zones(usable))
    problems.extend(_check_records(usable, seeds_dir))
    # One problem per place is enough: the first message found for it stands.
    unique: dict[tuple[str, int, str], Problem] = {}
    for p in problems:
        unique.setdefault((p.file, p.row, p.column), p)
    return sorted(unique.values(), key=lambda p: (p.file, p.row, p.column))


def _rows(table: Table) -> Iterator[tuple[int, pd.Series]]:
    for i, (_, row) in enumerate(table.frame.iterrows()):
        yield table.line(i), row


def _check_schema(key: str, table: Table) -> Iterator[Problem]:
    if table.frame.empty and not len(table.frame.columns):
        return
    try:
        SCHEMAS[key].validate(table.frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        for case in err.failure_cases.itertuples(index=False):
            if case.check == "column_in_dataframe":
                yield Problem(table.name, 1, str(case.failure_case), "required column is missing")
            elif case.index is not None and not pd.isna(case.index):
                value = "" if case.failure_case is None else str(case.failure_case)
                yield Problem(
                    table.name,
                    table.line(int(case.index)),
                    str(case.column),
                    f"{value!r} {case.check}" if value else str(case.check),
                    value,
                )


def _check_unique(tables: dict[str, Table]) -> Iterator[Problem]:
    for key, table in tables.items():
        column = _ID_COLUMN[key]
        if column not in table.frame:
            continue
        first: dict[str, int] = {}
        for line, row in _rows(table):
            value = row[column]
            if value in first:
                yield Problem(
                    table.name,
                    line,
                    column,
                    f"duplicate id {value!r} (first on line {first[value]})",
                    value,
                )
            elif value:
                first[value] = line


def _ids(tables: dict[str, Table], key: str) -> set[str]:
    table = tables.get(key)
    column = _ID_COLUMN[key]
    if table is None or column not in table.frame:
        return set()
    return set(table.frame[column])


def _check_sources(tables: dict[str, Table], seeds_dir: Path) -> Iterator[Problem]:
    table = tables.get("sources")
    if table is None or "source" not in table.frame:
        return
    listed = set()
    for line, row in _rows(table):
        name = row["source"]
        listed.add(name)
        path = seeds_dir / name
        if not name:
            continue
        if Path(name).name != name or name.startswith("."):
            yield Problem(
                table.name,
                line,
                "source",
                "a source is a file name directly in the seeds folder, without folders",
                name,
            )
            continue
        if not path.is_file():
            yield Problem(
                table.name, line, "source", f"seed file {name!r} not found in {seeds_dir}", name
            )
        elif (
            re.fullmatch(r"[0-9a-f]{64}", row.get("sha256", ""))
            and sha256_file(path) != row["sha256"]
        ):
            yield Problem(
                table.name,
                line,
                "sha256",
                f"seed file {name!r} has changed: its sha256 is {sha256_file(path)}, "
                f"not the recorded {row['sha256']}; raw sources are immutable",
                row["sha256"],
            )
        if row.get("published"):
            yield from _date_problem(table.name, line, "published", row["published"])
        if row.get("retrieved"):
            yield from _date_problem(table.name, line, "retrieved", row["retrieved"])
            yield from _published_by_retrieval(table.name, line, row)
    if seeds_dir.is_dir():
        for path in sorted(seeds_dir.iterdir()):
            if (
                path.is_file()
                and path.name != config.SOURCES_FILE
                and not path.name.startswith((".", "README"))
                and path.name not in listed
            ):
                yield Problem(str(path), 0, "*", f"seed file is not listed in {table.name}")


def _published_by_retrieval(file: str, line: int, row: pd.Series) -> Iterator[Problem]:
    # A document was public by the day it was obtained, so `published` cannot be later.
    try:
        late = parse_date(row["published"]) > parse_date(row["retrieved"])
    except DataError:
        return  # reported as a bad date
    if late:
        yield Problem(
            file,
            line,
            "published",
            f"published {row['published']} is after retrieved {row['retrieved']}; the "
            "retrieval date is an upper bound of publication",
            row["published"],
        )


def _date_problem(file: str, line: int, column: str, value: str) -> Iterator[Problem]:
    try:
        parse_date(value)
    except DataError as exc:
        yield Problem(file, line, column, exc.reason, value)


def _check_zones(tables: dict[str, Table]) -> Iterator[Problem]:
    table = tables.get("zones")
    if table is None:
        return
    parents = dict(zip(table.frame["zone_id"], table.frame["parent_id"], strict=True))
    for line, row in _rows(table):
        if row["zone_id"] == "all":
            yield Problem(
                table.name,
                line,
                "zone_id",
                "'all' is reserved for the all-zones overview; choose another id",
                "all",
            )
        parent = row["parent_id"]
        if not parent:
            continue
        if parent not in parents:
            yield Problem(table.name, line, "parent_id", f"unknown zone {parent!r}", parent)
            continue
        seen = {row["zone_id"]}
        while parent:
            if parent in seen:
                yield Problem(table.name, line, "parent_id", "zone parents form a cycle", parent)
                break
            seen.add(parent)
            parent = parents.get(parent, "")


def _check_records(tables: dict[str, Table], seeds_dir: Path) -> Iterator[Problem]:
    zones = _ids(tables, "zones")
    indicator_units: dict[str, str] = {}
    if "indicators" in tables:
        frame = tables["indicators"].frame
        indicator_units = dict(zip(frame["indicator_id"], frame["unit"], strict=True))
    sources = {}
    if "sources" in tables:
        frame = tables["sources"].frame
        sources = dict(zip(frame["source"], frame["published"], strict=True))
    texts: dict[str, str | None] = {}

    def seed_text(name: str) -> str | None:
        if name not in texts:
            texts[name] = read_text(seeds_dir / name, name)[0] if name in sources else None
        return texts[name]

    targets = tables.get("targets")
    observations = tables.get("observations")
    target_ids = _ids(tables, "targets")
    obs_values: dict[str, float] = {}

    for kind, table in (("target", targets), ("observation", observations)):
        if table is None:
            continue
        for line, row in _rows(table):
            here = _Here(table.name, line)
            if row["zone_id"] and "zones" in tables and row["zone_id"] not in zones:
                here.add("zone_id", f"unknown zone {row['zone_id']!r}", row["zone_id"])
            indicator_unit = indicator_units.get(row["indicator_id"])
            if row["indicator_id"] and "indicators" in tables and indicator_unit is None:
                here.add(
                    "indicator_id",
                    f"unknown indicator {row['indicator_id']!r}",
                    row["indicator_id"],
                )
            if row["source"] and "sources" in tables and row["source"] not in sources:
                here.add(
                    "source",
                    f"unknown source {row['source']!r} (not in sources.csv)",
                    row["source"],
                )
            canonical = here.quantity(row["value"], row["unit"], indicator_unit)
            if kind == "target":
                deadline = here.date("deadline", row["deadline"])
                adopted = here.date("adopted", row["adopted"])
                if deadline is not None and adopted is not None and deadline <= adopted:
                    here.add(
                        "deadline",
                        f"deadline {row['deadline']} is not after adopted {row['adopted']}",
                        row["deadline"],
                    )
                parent = row["parent_target_id"]
                if parent and parent not in target_ids:
                    here.add("parent_target_id", f"unknown target {parent!r}", parent)
                elif parent == row["target_id"] and parent:
                    here.add("parent_target_id", "a target cannot be its own part", parent)
            else:
                ref = here.date("ref_date", row["ref_date"])
                published_text = row["published"] or sources.get(row["source"], "")
                published = here.date("published", published_text) if published_text else None
                if ref is not None and published is not None and ref > published:
                    here.add(
                        "ref_date",
                        f"ref_date {row['ref_date']} is after the date the "
                        f"figure was published ({published_text})",
                        row["ref_date"],
                    )
                if canonical is not None:
                    obs_values[row["obs_id"]] = canonical[0]
            if row["evidence"]:
                text = seed_text(row["source"])
                if text is not None:
                    here.evidence(row, text, canonical, kind)
            elif kind == "target" or not row["derived_from"]:
                here.add("evidence", "evidence is required (a verbatim span of the source)")
            yield from here.problems

    if observations is not None:
        for line, row in _rows(observations):
            if row["derived_from"]:
                yield from _check_derived(observations.name, line, row, obs_values)


class _Here:
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
            return parse_date(value)
        except DataError as exc:
            self.add(column, exc.reason, value)
            return None

    def quantity(
        self, value: str, unit: str, indicator_unit: str | None
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
        if not unit:
            return None
        try:
            result = to_canonical(number, unit)
        except DataError as exc:
            self.add("unit", exc.reason, unit)
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

    def evidence(
        self, row: pd.Series, text: str, canonical: tuple[float, str] | None, kind: str
    ) -> None:
        span = row["evidence"]
        if span not in text:
            self.add("evidence", f"evidence span not found verbatim in {row['source']}", span)
            return
        if canonical is None:
            return
        value, unit = canonical
        figures = find_figures(span)
        same = [
            f
            for f in figures
            if (f.unit == unit or (f.unit is None and unit == "count"))
            and math.isclose(f.value, value, rel_tol=1e-9, abs_tol=1e-9)
        ]
        if not same:
            stated = ", ".join(f.text.strip() for f in figures) or "no figure"
            self.add(
                "value",
                f"{row['value']} {row['unit']} is not what the evidence states ({stated})",
                row["value"],
            )
            return
        allowed = (
            _QUALIFIERS_FOR.get(row.get("comparator", ""), ())
            if kind == "target"
            else (row["qualifier"],)
        )
        if not any(f.qualifier in allowed for f in same):
            found = same[0]
            column = "comparator" if kind == "target" else "qualifier"
            self.add(
                column,
                f"the evidence says {found.text.strip()!r}, which is "
                f"{found.qualifier}, not {'/'.join(allowed)}",
                row.get(column, ""),
            )


_QUALIFIERS_FOR = {
    ">=": ("exact", "at_least"),
    "<=": ("exact", "at_most"),
    "=": ("exact", "approx"),
}

_OPS: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def evaluate_formula(formula: str, values: dict[str, float]) -> float:
    """Evaluate ``derived_from`` (obs ids and numbers joined by spaced + - * /).

    Raises
    ------
    DataError
        On an unknown id or anything but arithmetic.
    """
    tokens = formula.replace("(", " ( ").replace(")", " ) ").split()
    names: dict[str, str] = {}
    parts = []
    for token in tokens:
        if token in "()+-*/" or re.fullmatch(r"\d+(\.\d+)?", token):
            parts.append(token)
        elif token in values:
            names.setdefault(token, f"_v{len(names)}")
            parts.append(names[token])
        else:
            raise DataError(f"unknown observation {token!r} in formula", value=token)
    env = {alias: values[obs] for obs, alias in names.items()}

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.Name) and node.id in env:
            return env[node.id]
        raise DataError("formula may only add, subtract, multiply and divide", value=formula)

    try:
        return walk(ast.parse(" ".join(parts), mode="eval"))
    except (SyntaxError, ZeroDivisionError) as exc:
        raise DataError(f"cannot evaluate formula {formula!r}", value=formula) from exc


def _check_derived(
    file: str, line: int, row: pd.Series, values: dict[str, float]
) -> Iterator[Problem]:
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
