"""The draft: a document's figures written out for review, and its kept rows added.

Two steps, each one function (and one ``zonetrack`` command):

- :func:`write_draft` extracts every figure of a seed into a draft CSV with the
  catalogue's columns (:data:`DRAFT_COLUMNS`), suggested zone and indicator ids
  (:mod:`zonetrack.matching`), written values, suggested new ids, the id of a figure the
  catalogue already holds (``duplicate_of``) and a ``keep`` column to review;
- :func:`add_figures` appends the draft's kept rows to ``targets.csv`` and
  ``observations.csv``, all or nothing, reporting problems on the draft's own lines.

Writing goes through :mod:`zonetrack.writing`: the catalogue is validated as it would be
first, files are only appended to and each is replaced atomically.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from . import config
from .dates import parse_date
from .exceptions import CatalogError, DataError, Problem, UsageError
from .extract import extract_figures, read_document
from .files import Table, read_table, sha256_bytes
from .intake import detect_language, find_unnamed_amount
from .labels import vocabulary
from .matching import (
    MATCH_LEVELS,
    find_names,
    list_zone_names,
    match_indicator,
    states_change,
)
from .units import to_canonical
from .writing import (
    append_rows,
    neutralise_cell,
    read_header,
    restore_cell,
    under_catalog_lock,
    validate_with_new_files,
    write_atomic,
)
from .writtenunits import check_currency

__all__ = [
    "DRAFT_COLUMNS",
    "AddedFigures",
    "Draft",
    "add_figures",
    "write_draft",
]

DRAFT_COLUMNS = (
    "keep",
    "match",
    "duplicate_of",
    "kind",
    "target_id",
    "obs_id",
    "zone_id",
    "indicator_id",
    "comparator",
    "value",
    "value_high",
    "unit",
    "qualifier",
    "deadline",
    "adopted",
    "ref_date",
    "published",
    "parent_target_id",
    "source",
    "evidence",
    "derived_from",
    "note",
    "figure",
    "start",
)
_KEEP_YES = frozenset({"yes", "y", "x", "1", "true", "keep", "是"})
_KEEP_NO = frozenset({"", "no", "n", "0", "false", "否"})


# --- extract --draft -------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    """What :func:`write_draft` wrote: the rows, and how many matched or were known."""

    path: Path
    frame: pd.DataFrame
    counts: dict[str, int] = field(default_factory=dict)


def _source_currency(sources: pd.DataFrame, name: str, given: str | None) -> str | None:
    """The currency a draft reads ``name`` in: its ``sources.csv`` row's, or ``given``."""
    listed = sources.set_index("source")
    if name not in listed.index:
        return given  # a file that is not a seed: as the analyst says
    recorded = (
        str(listed.at[name, "currency"] or "") or None if "currency" in listed.columns else None
    )
    if given is not None and given != (recorded or "CNY"):
        raise UsageError(
            f"the seed {name!r} is in {recorded or 'CNY'} by its sources.csv row; "
            "its figures are validated in that currency",
            argument="currency",
            value=given,
        )
    return recorded


def _resolve_source(source: str | Path, seeds: Path, sources: pd.DataFrame) -> tuple[Path, str]:
    """The file to read and the name its rows cite: a listed seed, or a file as it is."""
    listed = dict(zip(sources["source"], sources["sha256"], strict=True)) if len(sources) else {}
    if str(source) in listed:
        return seeds / str(source), str(source)
    path = Path(source)
    if not path.is_file():
        raise UsageError(
            "neither a seed listed in sources.csv nor a file", argument="source", value=str(source)
        )
    digest = sha256_bytes(path.read_bytes())
    for name, sha in listed.items():
        if sha == digest:
            return path, name
    return path, path.name


def _written(value: float, unit_text: str | None, canonical: str) -> tuple[str, str]:
    """The value and unit as the text writes them (1000 万平方米), else canonical ones."""
    if unit_text:
        try:
            factor, unit = to_canonical(1.0, unit_text)
        except DataError:
            pass
        else:
            if unit == canonical:
                return _number(value / factor), unit_text
    return _number(value), canonical


def _qualifier_words(qualifier: str) -> str:
    """``approx (an approximate figure: the source says “about”, 约 or 左右)``: a qualifier and
    the words that make it, from ``vocabulary.csv``."""
    explained = vocabulary("qualifier")[qualifier].explain("en").rstrip(".")
    return f"{qualifier} ({explained[:1].lower()}{explained[1:]})"


def _number(value: float) -> str:
    text = f"{value:.12g}"
    return text if "e" not in text else f"{value:.0f}"


def _id_prefix(source: str) -> str:
    match = re.match(r"(\d+)_", source)
    if match:
        return f"s{match[1]}"
    stem = re.sub(r"[^a-z0-9]+", "-", Path(source).stem.lower()).strip("-")
    return stem or "src"


def _ids(existing: set[str], prefix: str, width: int) -> Iterator[str]:
    n = 0
    while True:
        n += 1
        candidate = f"{prefix}-{n:0{width}d}"
        if candidate not in existing:
            yield candidate


def _draft_path(draft: str | Path, dash: str) -> Path:
    """The draft's file, refusing an empty name and ``-`` (``dash`` says what to do instead).

    Raises
    ------
    UsageError
        If the name is empty (an unset shell variable, ``--draft $OUT``, must not pass as "no
        draft wanted") or ``-``: a draft is a file, reviewed in a spreadsheet and given to
        add-figures by its name; read as standard input or output it could be neither, and
        written under that name it would be a file no one asked for.
    """
    if not str(draft).strip():
        raise UsageError("is empty: give the draft's file name", argument="draft", value="")
    if str(draft).strip() == "-":
        raise UsageError(
            f"'-' is no draft file: a draft is a file to review and give to add-figures; {dash}",
            argument="draft",
            value=str(draft),
        )
    return Path(draft)


def write_draft(
    source: str | Path,
    draft: str | Path,
    data_dir: str | Path | None = None,
    seeds_dir: str | Path | None = None,
    currency: str | None = None,
) -> Draft:
    """Write one draft row per figure of ``source`` to ``draft`` for review.

    Parameters
    ----------
    source : str or path
        A seed's name in ``sources.csv``, or a file.
    draft : path
        A new CSV file (an existing one is never overwritten: it may hold a review).
    currency : str, optional
        The document's own currency (元 written alone is this). A seed's is its
        ``sources.csv`` row's (``currency``, empty: the yuan), which this may only repeat;
        for a file not yet a seed, it is this (default: the yuan).

    Raises
    ------
    UsageError
        If ``draft`` is empty, ``-`` or exists, ``source`` is neither a seed nor a file, or
        ``currency`` is unknown or differs from the seed's.
    CatalogError
        If the catalogue does not validate (matching needs it).
    """
    from .catalog import load_catalog

    currency = check_currency(currency.strip() if currency else None)
    draft = _draft_path(draft, "for the figures on standard output: extract FILE --format csv")
    if draft.is_dir():
        raise UsageError(
            f"{draft} is a folder; give a new file name for the draft", argument="draft"
        )
    if draft.exists():
        raise UsageError(
            "exists; it may hold a review: choose another name or remove it",
            argument="draft",
            value=str(draft),
        )
    if not draft.parent.is_dir():
        raise UsageError("its folder does not exist", argument="draft", value=str(draft))
    # A draft is the analyst's, not the catalogue's: inside data/ or seeds/ it would be
    # read as part of the catalogue (an unlisted seed) and break it.
    where = draft.parent.resolve()
    for folder in (config.data_dir(data_dir), config.seeds_dir(seeds_dir)):
        if where == folder.resolve() or folder.resolve() in where.parents:
            raise UsageError(
                f"inside the catalogue's folder {str(folder)!r}: write the draft elsewhere",
                argument="draft",
                value=str(draft),
            )
    catalog = load_catalog(data_dir, seeds_dir)
    path, name = _resolve_source(source, catalog.seeds_dir, catalog.sources)
    currency = _source_currency(catalog.sources, name, currency)
    text = read_document(path)
    figures = extract_figures(text, name, currency)
    language = catalog.sources.set_index("source")["language"].get(name) or detect_language(text)
    published = catalog.sources.set_index("source")["published"].get(name) or ""
    # Read as yuan where add-source would have asked for the currency (answered CNY); asked
    # only of a page with such amounts, as the question reads the page twice more.
    written_yuan = figures["unit"].eq("CNY") & figures["unit_text"].fillna("").str.contains("元")
    yuan_assumed = (
        currency is None
        and bool(written_yuan.any())
        and find_unnamed_amount(text, language) is not None
    )

    zone_names = list_zone_names(catalog.zones)
    document_zones = find_names(zone_names, text[:200]) or find_names(zone_names, text)
    counts_by_zone = pd.Series(document_zones).value_counts() if document_zones else None
    main_zone = ""
    if counts_by_zone is not None and (
        len(counts_by_zone) == 1 or counts_by_zone.iloc[0] > counts_by_zone.iloc[1]
    ):
        main_zone = str(counts_by_zone.index[0])

    t_ids = _ids(set(catalog.targets["target_id"]), f"{_id_prefix(name)}-t", 2)
    o_ids = _ids(set(catalog.observations["obs_id"].astype(str)), f"{_id_prefix(name)}-obs", 3)
    known_targets = {
        (r.zone_id, r.indicator_id, round(r.value_canonical, 9), r.deadline): r.target_id
        for r in catalog.targets.itertuples()
    }
    known_obs = {
        (str(r.zone_id), str(r.indicator_id), round(r.value_canonical, 9), r.ref_date): r.obs_id
        for r in catalog.observations.itertuples()
    }

    rows = []
    for f in figures.itertuples():
        here = find_names(zone_names, f.evidence)
        zone, zone_level = (
            (here[0], "exact") if here else (main_zone, "likely" if main_zone else "none")
        )
        at = max(f.evidence.find(f.figure), 0)
        change = states_change(f.evidence)
        indicator, ind_level = match_indicator(catalog.indicators, f.evidence, f.unit, at, change)
        level = MATCH_LEVELS[min(MATCH_LEVELS.index(zone_level), MATCH_LEVELS.index(ind_level))]
        value, unit = _written(f.value, (f.unit_text or None), f.unit)
        high = (
            ""
            if pd.isna(f.value_high)
            else _written(f.value_high, (f.unit_text or None), f.unit)[0]
        )
        is_target = f.kind == "target"
        date = (f.deadline if is_target else f.ref_date) or ("" if is_target else published)
        notes = []
        date_note = "" if pd.isna(f.date_note) else str(f.date_note or "")
        if date_note:
            notes.append(date_note)  # how a financial year was read, or why there is no date
        if not is_target and not f.ref_date and not date_note:
            notes.append(
                "ref_date: the source's publication date (the text states none)"
                if published
                else "ref_date: the text states none (a file not yet a source has no publication "
                "date to fill in: add it with add-source first, or give the date)"
            )
        elif not is_target and not f.ref_date:
            date = ""  # a date the text gets wrong is the analyst's to settle, not guessed
        if is_target and published:
            notes.append("adopted: the source's publication date (an upper bound)")
        qualifier, comparator = f.qualifier, (f.comparator or "") if is_target else ""
        if high:
            # The catalogue holds one value: a range is kept as its lower end, a floor. The
            # text's own word on the range (约3至5家) is no longer in the row: the note keeps it.
            written = "" if f.qualifier == "exact" else f", written {_qualifier_words(f.qualifier)}"
            qualifier, comparator = "at_least", ">=" if is_target else ""
            notes.append(
                f"value: a range, {value} to {high} {unit}{written}, drafted as its lower end "
                f"({'>=' if is_target else 'at_least'}); for its upper end write {high} with "
                f"{'<=' if is_target else 'at_most'}"
            )
        if change:
            notes.append(
                "indicator: the text tells an increase or a yearly amount, not a level (新增, "
                "每年, new, a year, 个百分点): only an indicator that measures a flow fits it; "
                "a stock's target is the level to reach"
            )
        if yuan_assumed and f.unit == "CNY" and "元" in unit:
            notes.append(
                "unit: 元 read as the yuan; if this is a Hong Kong, Taiwan or Macao source, give "
                "its currency (add-source --currency) and draft it again"
            )
        note = "; ".join(notes)
        duplicate = ""
        if zone and indicator and date:
            key = (zone, indicator, round(f.value, 9), parse_date(date))
            duplicate = (known_targets if is_target else known_obs).get(key, "")
        rows.append(
            {
                "keep": "no" if duplicate else "",
                "match": level,
                "duplicate_of": duplicate,
                "kind": f.kind,
                "target_id": next(t_ids) if is_target else "",
                "obs_id": "" if is_target else next(o_ids),
                "zone_id": zone if zone_level != "none" else "",
                "indicator_id": indicator,
                "comparator": comparator,
                "value": value,
                "value_high": high,
                "unit": unit,
                "qualifier": qualifier,
                "deadline": date if is_target else "",
                "adopted": published if is_target else "",
                "ref_date": "" if is_target else date,
                "published": "",
                "parent_target_id": "",
                "source": name,
                "evidence": f.evidence,
                "derived_from": "",
                "note": note,
                "figure": f.figure,
                "start": str(f.start),
            }
        )
    frame = pd.DataFrame(rows, columns=list(DRAFT_COLUMNS))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(DRAFT_COLUMNS)
    for row in rows:
        writer.writerow([neutralise_cell(row[c]) for c in DRAFT_COLUMNS])
    # The byte-order mark makes Excel open the draft as UTF-8; without it Excel reads it in
    # the machine's code page and shows the Chinese evidence garbled. Readers drop it.
    write_atomic(draft, codecs.BOM_UTF8 + out.getvalue().encode("utf-8"))
    counts = {
        "rows": len(rows),
        **{level: sum(r["match"] == level for r in rows) for level in MATCH_LEVELS},
        "duplicates": sum(bool(r["duplicate_of"]) for r in rows),
    }
    return Draft(draft, frame, counts)


# --- add-figures -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AddedFigures:
    """Ids appended by :func:`add_figures`, per table."""

    targets: tuple[str, ...]
    observations: tuple[str, ...]


_TABLE_OF = {"target": ("targets", "target_id"), "observation": ("observations", "obs_id")}


@under_catalog_lock
def add_figures(
    draft: str | Path, data_dir: str | Path | None = None, seeds_dir: str | Path | None = None
) -> AddedFigures:
    """Append the draft's rows marked ``keep`` to ``targets.csv`` and ``observations.csv``.

    All or nothing: the catalogue with the new rows is validated first; any problem,
    in the draft or in the would-be catalogue, is reported against the draft's own line
    (``DRAFT.csv:12:unit: ...``) and nothing is written.

    Raises
    ------
    UsageError
        If ``draft`` is empty, ``-``, a folder or no file.
    CatalogError
        With every problem found, in draft order.
    DataError
        If the draft cannot be read.
    """
    data, seeds = config.data_dir(data_dir), config.seeds_dir(seeds_dir)
    draft = _draft_path(draft, "standard input is not read: save the draft and give its name")
    # A missing file or a folder is a mistake in the command, as for extract and add-source.
    if draft.is_dir():
        raise UsageError(f"{draft} is a folder; give the draft's CSV file", argument="draft")
    if not draft.exists():
        raise UsageError(f"no such file: {draft}", argument="draft")
    table = read_table(draft, str(draft))
    separator = _other_separator(table)
    if separator is not None:
        raise CatalogError([Problem(str(draft), 1, "*", separator)])
    problems = list(table.problems)
    if not len(table.frame.columns) and not problems:
        problems.append(Problem(str(draft), 1, "*", "the draft has no header"))
    for column in ("keep", "kind"):
        if len(table.frame.columns) and column not in table.frame:
            problems.append(Problem(str(draft), 1, column, "required column is missing"))
    if problems:
        raise CatalogError(_in_draft_order(problems))

    frame = table.frame.map(restore_cell)
    paths = {key: data / config.DATA_FILES[key] for key, _ in _TABLE_OF.values()}
    headers = {key: read_header(path) for key, path in paths.items()}
    new_rows: dict[str, list[dict[str, str]]] = {key: [] for key in paths}
    origin: dict[str, list[int]] = {key: [] for key in paths}
    for i, (_, row) in enumerate(frame.iterrows()):
        line = table.line(i)
        keep = row["keep"].strip().lower()
        if keep in _KEEP_NO:
            continue
        if keep not in _KEEP_YES:
            problems.append(
                Problem(str(draft), line, "keep", f"{row['keep']!r}: write yes or no", row["keep"])
            )
            continue
        if row["kind"] not in _TABLE_OF:
            problems.append(
                Problem(str(draft), line, "kind", f"{row['kind']!r}: must be target or observation")
            )
            continue
        key, id_column = _TABLE_OF[row["kind"]]
        if id_column not in row:
            problems.append(Problem(str(draft), 1, id_column, "required column is missing"))
            continue
        new_rows[key].append({c: _catalogue_cell(c, row.get(c, "")) for c in headers[key]})
        origin[key].append(line)
    if problems:
        raise CatalogError(_in_draft_order(problems))
    if not any(new_rows.values()):
        message = "no row is marked keep: write yes in the keep column of the rows to add"
        raise CatalogError([Problem(str(draft), 1, "keep", message)])
    _skip_rows_already_added(draft, paths, new_rows, origin)

    originals = {key: path.read_bytes() for key, path in paths.items()}
    new_files = {
        paths[key]: append_rows(originals[key], headers[key], new_rows[key])
        for key in paths
        if new_rows[key]
    }
    appended = {paths[key]: len(rows) for key, rows in new_rows.items() if rows}
    problems, tables = validate_with_new_files(data, seeds, new_files, appended)
    if problems:
        raise CatalogError(_to_draft_lines(problems, tables, paths, origin, draft))
    for path, payload in new_files.items():
        write_atomic(path, payload)
    return AddedFigures(
        tuple(r["target_id"] for r in new_rows["targets"]),
        tuple(r["obs_id"] for r in new_rows["observations"]),
    )


def _catalogue_cell(column: str, text: str) -> str:
    """A kept draft cell as the catalogue stores it.

    A ``note`` that a spreadsheet would run as a formula keeps the apostrophe drafts give it
    (the catalogue's files are opened in spreadsheets too). A ``value`` typed with full-width
    digits (１１００, as a Chinese input method gives them) is the same number: it is stored in
    ASCII digits, which every program reading the catalogue takes as a number, where the
    full-width form was stored as typed and only Python read it.
    """
    if column == "note":
        return neutralise_cell(text)
    if column == "value":
        return _plain_decimal(unicodedata.normalize("NFKC", text))
    return text


def _plain_decimal(text: str) -> str:
    """A value as a plain decimal (1.1e7 as 11000000, +130 or " 130" as 130), else as typed.

    Python reads an exponent, a sign or spaces as the same number, but a spreadsheet or another
    program reading the catalogue may not; what is no finite number is left for validation to
    refuse in its words.
    """
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return text
    if not number.is_finite():
        return text
    plain = format(number, "f")
    return plain if re.fullmatch(r"-?\d+(\.\d+)?", plain) else text


def _other_separator(table: Table) -> str | None:
    """What to say of a draft saved with another separator than the comma, or None.

    A spreadsheet set to a European locale saves "CSV" with semicolons: the header is then one
    column holding the names, and every row a ragged record; one line says why.
    """
    columns = list(table.frame.columns)
    for separator, name in ((";", "semicolons (;)"), ("\t", "tabs")):
        if len(columns) == 1 and {"keep", "kind"} <= set(columns[0].split(separator)):
            return (
                f"the columns are separated by {name}, not commas: save the draft as "
                "CSV with commas (in a spreadsheet: CSV UTF-8, comma-separated)"
            )
    return None


def _in_draft_order(problems: list[Problem]) -> list[Problem]:
    """``problems`` by their line in the draft, then their column (as the user reads it)."""
    return sorted(problems, key=lambda p: (p.row, p.column))


def _skip_rows_already_added(
    draft: Path,
    paths: dict[str, Path],
    new_rows: dict[str, list[dict[str, str]]],
    origin: dict[str, list[int]],
) -> None:
    """Drop kept rows the catalogue already holds word for word, unless that is all of them.

    Each file is replaced atomically, but targets.csv and observations.csv one after the
    other: a run killed between the two has added the targets only, and running it again
    adds the rest. A draft added in full before is refused, row by row.
    """
    held: dict[str, list[bool]] = {}
    for key, path in paths.items():
        id_column = "target_id" if key == "targets" else "obs_id"
        frame = read_table(path, str(path)).frame
        existing = (
            {row[id_column]: row for row in frame.to_dict(orient="records")}
            if id_column in frame
            else {}
        )
        held[key] = [
            existing.get(row[id_column]) == {c: row[c].strip() for c in frame.columns}
            for row in new_rows[key]
        ]
    if all(all(flags) for flags in held.values()):
        raise CatalogError(
            _in_draft_order(
                [
                    Problem(str(draft), line, "keep", f"already added to {paths[key].name}")
                    for key in paths
                    for line in origin[key]
                ]
            )
        )
    for key in paths:
        keep = [i for i, done in enumerate(held[key]) if not done]
        new_rows[key][:] = [new_rows[key][i] for i in keep]
        origin[key][:] = [origin[key][i] for i in keep]


def _to_draft_lines(
    problems: list[Problem],
    tables: dict[str, Table],
    paths: dict[str, Path],
    origin: dict[str, list[int]],
    draft: Path,
) -> list[Problem]:
    """Problems in appended rows, moved to the draft line each row came from."""
    moved = []
    for problem in problems:
        for key, path in paths.items():
            if problem.file != str(path) or not origin[key]:
                continue
            lines = tables[key].lines
            appended = lines[len(lines) - len(origin[key]) :]
            if problem.row in appended:
                line = origin[key][appended.index(problem.row)]
                message = problem.message
                if message.startswith("duplicate id"):
                    # Most often a row added by an earlier run and edited since.
                    message += (
                        f" in {path.name}: if this row was added before, set keep to no; "
                        "else give it a new id"
                    )
                problem = Problem(str(draft), line, problem.column, message, problem.value)
            break
        moved.append(problem)
    return sorted(moved, key=lambda p: (p.file != str(draft), p.file, p.row, p.column))
