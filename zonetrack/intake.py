"""Bringing a new document and its figures into the catalogue.

Three steps, each one function (and one ``zonetrack`` command):

- :func:`add_source` stores a document in ``seeds/`` (HTML reduced to text) and appends
  its row, with the sha256 of the stored bytes, to ``seeds/sources.csv``;
- :func:`write_draft` extracts every figure of a seed into a draft CSV with the
  catalogue's columns, suggested zone and indicator ids, a ``match`` level, the id of a
  figure the catalogue already holds (``duplicate_of``) and a ``keep`` column to review;
- :func:`add_figures` appends the draft's kept rows to ``targets.csv`` and
  ``observations.csv``.

These are the only functions that write into ``data/`` or ``seeds/``. Each checks the
would-be catalogue with the project's validation in a temporary folder first and writes
nothing unless it is valid; files are only ever appended to (existing bytes are kept), and
each file is replaced atomically (written beside it, then ``os.replace``), so a kill
leaves the old file whole.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import inspect
import io
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ParamSpec, TypeVar

import pandas as pd

from . import config
from .dates import parse_date
from .exceptions import CatalogError, DataError, Problem, UsageError
from .extract import extract_figures, read_document
from .figures import check_currency
from .files import Table, catalog_lock, read_table, sha256_bytes
from .units import to_canonical
from .validate import DATE_KINDS, validate_tables

__all__ = [
    "DRAFT_COLUMNS",
    "LANGUAGES",
    "AddedFigures",
    "AddedSource",
    "Draft",
    "add_figures",
    "add_source",
    "neutralise_cell",
    "restore_cell",
    "states_date",
    "write_draft",
]

LANGUAGES = ("zh-Hans", "zh-Hant", "en", "mixed")
# The columns of a sources.csv row that add_source takes from its arguments of that name.
_SOURCE_ARGUMENTS = frozenset(
    {"title", "publisher", "published", "published_basis", "url", "language", "retrieved"}
)

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
# A spreadsheet runs a cell that starts with one of these as a formula (or a DDE command).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Characters that differ between simplified and traditional Chinese (same position, same
# word): enough to tell the two scripts apart in a page of text.
_SIMPLIFIED = "们这个国发来时会说对开关区与经过业为两万亿实现产学产术创计划领导书门东车长头"
_TRADITIONAL = "們這個國發來時會說對開關區與經過業為兩萬億實現產學產術創計劃領導書門東車長頭"


# --- spreadsheet safety ---------------------------------------------------------------------


def neutralise_cell(text: str) -> str:
    """``text`` with a leading apostrophe if a spreadsheet would run it as a formula.

    The apostrophe is the spreadsheets' own "this is text" mark: it is not part of the
    cell's value there, and :func:`restore_cell` removes it here, so a round trip through
    a spreadsheet or through zonetrack gives the text back unchanged.
    """
    if text.startswith(_FORMULA_START) or (text[:1] == "'" and text[1:2] in ("'", *_FORMULA_START)):
        return "'" + text
    return text


def restore_cell(text: str) -> str:
    """Undo :func:`neutralise_cell` (cells saved by a spreadsheet have no apostrophe)."""
    if text[:1] == "'" and text[1:2] in ("'", *_FORMULA_START) and text[1:2]:
        return text[1:]
    return text


# --- atomic, append-only writing -------------------------------------------------------------


# The temporary files _write_atomic leaves behind if it is killed: ".NAME.XXXXXXXX.tmp".
_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")


def _write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` at once: a temporary file beside it, then ``os.replace``.

    The new file keeps the old one's mode, or for a new file the mode the umask gives
    (``mkstemp`` makes files only their owner can read, which a report service or a
    colleague sharing the catalogue could not).
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.filename is None:
            # A full disk fails the write with no file named: say which file it was.
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)  # the only portable way to read it is to set it
    os.umask(mask)
    return mask


def _remove_dead_temporaries(*folders: Path) -> None:
    """Remove what a killed intake command left: ``.NAME.XXXXXXXX.tmp`` files.

    Called holding the catalogue's write lock, so no live command is writing one. Left
    alone, they would change ``catalog_sha256`` and be committed by ``git add -A``.
    """
    for folder in folders:
        if not folder.is_dir():
            continue
        for entry in os.scandir(folder):
            if _TEMPORARY.match(entry.name) and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)


def _line_ending(raw: bytes) -> str:
    return "\r\n" if b"\r\n" in raw[: raw.find(b"\n") + 1 or len(raw)] else "\n"


def _appended(raw: bytes, header: Sequence[str], rows: Sequence[Mapping[str, str]]) -> bytes:
    """``raw`` (a CSV file's bytes, kept as they are) with ``rows`` appended by column name."""
    ending = _line_ending(raw)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=ending)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    prefix = raw if not raw or raw.endswith(b"\n") else raw + ending.encode()
    return prefix + out.getvalue().encode("utf-8")


def _header(path: Path) -> list[str]:
    table = read_table(path, str(path))
    if not len(table.frame.columns):
        problems = table.problems or [Problem(str(path), 1, "*", "the file has no header")]
        raise CatalogError(problems)
    return list(table.frame.columns)


# --- validation of the would-be catalogue ----------------------------------------------------


def _would_be_problems(
    data_dir: Path, seeds_dir: Path, new_files: Mapping[Path, bytes]
) -> tuple[list[Problem], dict[str, Table]]:
    """Validate the catalogue as it would be with ``new_files`` written, touching nothing.

    The files are written into a temporary folder (the rest of ``data_dir`` copied and
    the seeds linked beside them); problems name the real files.
    """
    with tempfile.TemporaryDirectory(prefix="zonetrack-check-") as tmp:
        tmp_data, tmp_seeds = Path(tmp, "data"), Path(tmp, "seeds")
        tmp_data.mkdir()
        tmp_seeds.mkdir()
        for folder, tmp_folder in ((data_dir, tmp_data), (seeds_dir, tmp_seeds)):
            if folder.is_dir():
                for path in folder.iterdir():
                    if path.is_file() and path not in new_files:
                        _link_or_copy(path, tmp_folder / path.name)
        for path, data in new_files.items():
            tmp_folder = tmp_seeds if path.parent == seeds_dir else tmp_data
            (tmp_folder / path.name).write_bytes(data)
        tables = {
            key: read_table(tmp_data / name, str(data_dir / name))
            for key, name in config.DATA_FILES.items()
        }
        tables["sources"] = read_table(
            tmp_seeds / config.SOURCES_FILE, str(seeds_dir / config.SOURCES_FILE)
        )
        problems = validate_tables(tables, tmp_seeds)
    # The temporary folder's name means nothing to the user: give the real one.
    problems = [
        Problem(
            p.file.replace(str(tmp_seeds), str(seeds_dir)).replace(str(tmp_data), str(data_dir)),
            p.row,
            p.column,
            p.message.replace(str(tmp_seeds), str(seeds_dir)),
            p.value,
        )
        for p in problems
    ]
    return problems, tables


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.symlink(src.resolve(), dst)
    except OSError:
        shutil.copy2(src, dst)


# --- add-source ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddedSource:
    """What :func:`add_source` stored.

    Attributes
    ----------
    name : str
        The seed's file name in ``seeds/`` (the ``source`` of its figures).
    sha256 : str
        Of the stored bytes.
    language : str
        As given, or as detected from the text.
    ignored : tuple of str
        Arguments given that ``sources.csv`` has no column for.
    """

    name: str
    sha256: str
    language: str
    ignored: tuple[str, ...] = ()


def detect_language(text: str) -> str:
    """``zh-Hans``, ``zh-Hant``, ``en`` or ``mixed`` from the characters of ``text``."""
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = len(re.findall(r"[A-Za-z]{2,}", text))
    if han < 20 and latin:
        return "en"
    simplified = sum(text.count(ch) for ch in _SIMPLIFIED)
    traditional = sum(text.count(ch) for ch in _TRADITIONAL)
    script = "zh-Hant" if traditional > simplified else "zh-Hans"
    # A page that carries a full English text beside the Chinese one is mixed.
    return "mixed" if latin > han / 4 else script


def _amount_needing_currency(text: str, language: str) -> str | None:
    """The first amount of ``text`` whose currency the source must give, if it may not be yuan.

    An amount written 元 or $ alone takes the source's currency. That is the yuan in a
    mainland text, so it is asked for only when the text points elsewhere: it is written in
    traditional Chinese, names the Hong Kong or Taiwan dollar elsewhere, or writes a bare $.
    The figures that take the source's currency are found by reading the text in two
    currencies and keeping those whose unit changes, so the rule of which spellings name no
    currency stays in one place (the figure reader).
    """
    as_yuan = extract_figures(text, None, None)
    as_other = extract_figures(text, None, "TWD")
    # Figures are matched by their line and words: the two readings date some apart.
    both = as_yuan.merge(as_other, on=["start", "figure", "value"], suffixes=("", "_other"))
    unnamed = both[both["unit"] != both["unit_other"]]
    if unnamed.empty:
        return None
    local = as_yuan["unit"].isin(("HKD", "TWD")).any()
    if language == "zh-Hant" or local or (unnamed["unit"] == "USD").any():
        first = unnamed.iloc[0]
        figure, sign = str(first["figure"]), str(first["unit_text"] or "")
        return figure if sign in figure else sign + figure  # "$" is read before the number
    return None


def _seed_name(seeds_dir: Path, data: bytes, listed: set[str]) -> str:
    """``NNN_<first 16 hex digits of the sha256>.txt``, NNN one past the highest in use.

    A file of that content already in the folder but not listed (left by an interrupted
    run) is taken over under its name.
    """
    digest = hashlib.sha256(data).hexdigest()[:16]
    highest = -1
    for path in seeds_dir.glob("*"):
        match = re.match(r"(\d+)_", path.name)
        if match:
            if path.name.endswith(f"_{digest}.txt") and path.name not in listed:
                if path.read_bytes() == data:
                    return path.name
            highest = max(highest, int(match[1]))
    return f"{highest + 1:03d}_{digest}.txt"


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def states_date(text: str, published: str) -> bool:
    """Whether ``text`` writes the date ``published`` (``YYYY-MM`` or ``YYYY-MM-DD``).

    The usual spellings: 2025年7月10日 (also with 07), 2025-07-10, 2025/7/10, 2025.7.10,
    July 10, 2025 and 10 July 2025; full-width digits and spaces inside a date are allowed.
    A year or a quarter alone is never taken as stated.
    """
    parts = published.strip().split("-")
    # A bare year is on nearly every page (as a deadline, a base year): it proves nothing.
    if not all(p.isdigit() for p in parts) or not 2 <= len(parts) <= 3:
        return False
    year, month = int(parts[0]), int(parts[1])
    day = int(parts[2]) if len(parts) == 3 else None
    if not 1 <= month <= 12:
        return False
    name = _MONTHS[month - 1]
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
    pad = r"0?"
    if day is None:
        patterns = [
            rf"(?<!\d){year}\s?年\s?{pad}{month}\s?月",
            rf"(?<!\d){year}[-/.]{pad}{month}(?!\d)",
            rf"\b{name}\s+{year}(?!\d)",
        ]
    else:
        patterns = [
            rf"(?<!\d){year}\s?年\s?{pad}{month}\s?月\s?{pad}{day}\s?日",
            rf"(?<!\d){year}[-/.]{pad}{month}[-/.]{pad}{day}(?!\d)",
            rf"\b{name}\s+{pad}{day},?\s+{year}(?!\d)",
            rf"(?<!\d){pad}{day}\s+{name},?\s+{year}(?!\d)",
        ]
    return any(re.search(p, folded, flags=re.IGNORECASE) for p in patterns)


def _require_text(name: str, value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        raise UsageError("must not be empty", argument=name, value=value)
    if any(ch in text for ch in "\r\n\x00"):
        raise UsageError("must be one line", argument=name, value=value)
    return text


def _require_date(name: str, value: str) -> str:
    value = value.strip()
    try:
        parse_date(value)
    except DataError as exc:
        raise UsageError(exc.reason, argument=name, value=value) from None
    return value


P = ParamSpec("P")
R = TypeVar("R")


def _under_catalog_lock(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` holding the write lock of the catalogue its ``data_dir`` names."""
    signature = inspect.signature(func)

    @functools.wraps(func)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        arguments = signature.bind(*args, **kwargs).arguments
        data_dir = arguments.get("data_dir")
        with catalog_lock(config.data_dir(data_dir)):
            _remove_dead_temporaries(
                config.data_dir(data_dir), config.seeds_dir(arguments.get("seeds_dir"))
            )
            return func(*args, **kwargs)

    return locked


@_under_catalog_lock
def add_source(
    file: str | Path,
    title: str,
    publisher: str,
    published: str,
    published_basis: str | None = None,
    url: str | None = None,
    language: str | None = None,
    retrieved: str | None = None,
    data_dir: str | Path | None = None,
    seeds_dir: str | Path | None = None,
    currency: str | None = None,
) -> AddedSource:
    """Store a document as a seed and append its row to ``sources.csv``.

    Parameters
    ----------
    file : path
        A UTF-8 text or HTML file (HTML is stored as its text: the stored text is what
        evidence is checked against).
    title, publisher : str
        As the document gives them (``publisher`` may be "not stated").
    published : str
        ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYYQn``, as precisely as the page supports.
    published_basis : str, optional
        How the date is known, starting with one of :data:`~zonetrack.validate.DATE_KINDS`.
        Left out, it is "stated in the document" if the document states ``published``
        (see :func:`states_date`); otherwise a :class:`UsageError`.
    url, retrieved : str, optional
        Written only if ``sources.csv`` has these columns (``retrieved`` defaults to today).
    language : str, optional
        One of :data:`LANGUAGES`; detected from the text when not given.
    data_dir, seeds_dir : path, optional
        The catalogue (default: the project's).
    currency : str, optional
        The document's own currency (``HKD`` for a Hong Kong page, ``TWD`` for a Taiwan
        one): 元 written without a currency name means it. Empty or None: the yuan. The
        language does not decide it (traditional Chinese is written in Taiwan, Hong Kong and
        Macao alike).

    Raises
    ------
    UsageError
        For a bad argument.
    DataError
        For an unreadable, binary or empty file, or a document already stored.
    CatalogError
        If the catalogue with the new source would not validate (nothing is written).
    """
    data, seeds = config.data_dir(data_dir), config.seeds_dir(seeds_dir)
    values = {
        "title": _require_text("title", title),
        "publisher": _require_text("publisher", publisher),
        "published": _require_date("published", _require_text("published", published)),
    }
    if language is not None and language not in LANGUAGES:
        raise UsageError(
            f"must be one of {', '.join(LANGUAGES)}", argument="language", value=language
        )
    if url is not None and not re.match(r"^https?://\S+$", url.strip()):
        raise UsageError("must be an http:// or https:// address", argument="url", value=url)
    if retrieved is not None:
        _require_date("retrieved", retrieved)
        if parse_date(retrieved.strip()) > pd.Timestamp(dt.date.today()):
            # The day the document was saved cannot be later than the day it is stored.
            raise UsageError(
                f"{retrieved.strip()} is in the future", argument="retrieved", value=retrieved
            )
    currency = check_currency(currency.strip() if currency else None)

    path = Path(file)
    text = read_document(path)
    if not text.strip():
        raise DataError("the document has no text", file=str(path))
    stored = text.encode("utf-8")
    digest = hashlib.sha256(stored).hexdigest()
    if currency is None:
        unnamed = _amount_needing_currency(text, language or detect_language(text))
        if unnamed is not None:
            # Read as the yuan, a Taiwan dollar amount would be more than four times too
            # large in every verdict built on it: ask rather than guess.
            raise UsageError(
                f"the document writes {unnamed!r} without naming its currency and is likely "
                "not in yuan; say which currency such amounts are in ('HKD', 'TWD', ..., "
                "or 'CNY' for the yuan)",
                argument="currency",
            )
    if published_basis is None:
        # "stated" is a claim about the page; make it only when the page bears it out.
        if not states_date(text, values["published"]):
            raise UsageError(
                f"the document does not state {values['published']}; say how the date is "
                f"known, starting with {', '.join(map(repr, DATE_KINDS))} "
                "(e.g. 'lower bound: the earliest copy found')",
                argument="published_basis",
            )
        published_basis = "stated in the document"
    values["published_basis"] = _require_text("published_basis", published_basis)

    sources_path = seeds / config.SOURCES_FILE
    header = _header(sources_path)
    existing = read_table(sources_path, str(sources_path)).frame
    if "sha256" in existing:
        same = existing[existing["sha256"] == digest]
        if not same.empty:
            raise DataError(
                f"this document is already a seed, under the name {same.iloc[0]['source']!r}",
                file=str(path),
            )
    listed = set(existing["source"]) if "source" in existing else set()
    name = _seed_name(seeds, stored, listed)
    values |= {
        "source": name,
        "language": language or detect_language(text),
        "sha256": digest,
    }
    if "currency" in header:
        values["currency"] = "" if currency in (None, "CNY") else str(currency)
    elif currency not in (None, "CNY"):
        # Ignored, its figures would be read as yuan: refuse rather than lose it.
        raise UsageError(
            f"{sources_path} has no currency column: add one (empty for the rows there) "
            "before adding a source in another currency than the yuan",
            argument="currency",
            value=currency,
        )
    ignored = []
    given = {"url": url, "retrieved": retrieved}
    defaults = {"url": "", "retrieved": dt.date.today().isoformat()}
    for column, value in given.items():
        if column in header:
            values[column] = (value or defaults[column]).strip()
        elif value:
            ignored.append(column)

    seed_path = seeds / name
    old_sources = sources_path.read_bytes()
    new_sources = _appended(old_sources, header, [values])
    problems, _ = _would_be_problems(data, seeds, {seed_path: stored, sources_path: new_sources})
    # A problem of the new row is one of the arguments (a basis of the wrong kind, a date
    # after the retrieval), not of a line the user can open: say which argument.
    new_line = old_sources.rstrip(b"\r\n").count(b"\n") + 2
    for problem in problems:
        if (
            Path(problem.file).name == config.SOURCES_FILE
            and problem.row == new_line
            and problem.column in _SOURCE_ARGUMENTS
        ):
            raise UsageError(problem.message, argument=problem.column, value=problem.value)
    if problems:
        raise CatalogError(problems)
    # The seed first: a kill between the two leaves an unlisted seed, which validation
    # reports and a second run of the same command takes over (see _seed_name).
    if not (seed_path.exists() and seed_path.read_bytes() == stored):
        _write_atomic(seed_path, stored)
    _write_atomic(sources_path, new_sources)
    return AddedSource(name, digest, values["language"], tuple(ignored))


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


def _aliases_zh(name: str) -> list[str]:
    names = [name]
    short = re.sub(r"(?:市|区|區|省|县|縣|镇|鎮)$", "", name)
    if short != name and len(short) >= 2:
        names.append(short)
    return names


def _zone_names(zones: pd.DataFrame) -> list[tuple[str, str]]:
    names = []
    for row in zones.itertuples():
        for alias in _aliases_zh(row.name_zh or ""):
            names.append((alias, row.zone_id))
        if row.name_en:
            names.append((row.name_en, row.zone_id))
    return sorted(names, key=lambda n: -len(n[0]))


def _find_names(names: list[tuple[str, str]], text: str) -> list[str]:
    """Ids whose names occur in ``text``, longest names first, each span used once."""
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    for name, key in names:
        start = low.find(name.lower())
        while start >= 0:
            end = start + len(name)
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                found.append(key)
                break
            start = low.find(name.lower(), start + 1)
    return found


def _grams(text: str) -> set[str]:
    text = text.lower()
    words = set(re.findall(r"[a-z]{3,}", text))
    han = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return words | {han[i : i + 2] for i in range(len(han) - 1)}


def _match_indicator(
    indicators: pd.DataFrame, evidence: str, unit: str, at: int
) -> tuple[str, str]:
    """(indicator_id, level) for the figure at offset ``at`` of ``evidence``.

    exact: an indicator of the figure's dimension is named in the clause (the name closest
    before the figure wins: in 孵化企业746家、高新技术企业55家 the 746 are 孵化企业); likely:
    most of one name's words are there and no other name scores as well; none otherwise.
    """
    same = indicators[indicators["unit"] == unit]
    low = evidence.lower()
    exact = []
    for row in same.itertuples():
        for name in (row.name_zh, row.name_en):
            if not name:
                continue
            end = low.rfind(name.lower(), 0, at + len(name))
            end = end + len(name) if end >= 0 else -1
            if end < 0 and name.lower() in low:
                end = 0  # named only after the figure
            if end >= 0:
                exact.append((min(end, at + 1), len(name), row.indicator_id))
    if exact:
        return max(exact)[2], "exact"
    grams = _grams(evidence)
    scored = []
    for row in same.itertuples():
        name = _grams(f"{row.name_zh} {row.name_en}")
        own = _grams(row.name_zh or "") or name
        if own:
            scored.append((len(own & grams) / len(own), row.indicator_id))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.6 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1], "likely"
    return "", "none"


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


_LEVELS = ("none", "likely", "exact")


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
        If ``draft`` exists, ``source`` is neither a seed nor a file, or ``currency`` is
        unknown or differs from the seed's.
    CatalogError
        If the catalogue does not validate (matching needs it).
    """
    from .catalog import load_catalog

    currency = check_currency(currency.strip() if currency else None)
    draft = Path(draft)
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

    zone_names = _zone_names(catalog.zones)
    document_zones = _find_names(zone_names, text[:200]) or _find_names(zone_names, text)
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
        here = _find_names(zone_names, f.evidence)
        zone, zone_level = (
            (here[0], "exact") if here else (main_zone, "likely" if main_zone else "none")
        )
        at = max(f.evidence.find(f.figure), 0)
        indicator, ind_level = _match_indicator(catalog.indicators, f.evidence, f.unit, at)
        level = _LEVELS[min(_LEVELS.index(zone_level), _LEVELS.index(ind_level))]
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
            notes.append("ref_date: the source's publication date (the text states none)")
        elif not is_target and not f.ref_date:
            date = ""  # a date the text gets wrong is the analyst's to settle, not guessed
        if is_target and published:
            notes.append("adopted: the source's publication date (an upper bound)")
        if currency is None and f.unit == "CNY" and language == "zh-Hant" and "元" in unit:
            notes.append(
                "unit: 元 read as the yuan; if this is a Hong Kong or Taiwan source, give its "
                "currency (add-source --currency) and draft it again"
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
                "comparator": f.comparator or "" if is_target else "",
                "value": value,
                "value_high": high,
                "unit": unit,
                "qualifier": f.qualifier,
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
    _write_atomic(draft, out.getvalue().encode("utf-8"))
    counts = {
        "rows": len(rows),
        **{level: sum(r["match"] == level for r in rows) for level in _LEVELS},
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


@_under_catalog_lock
def add_figures(
    draft: str | Path, data_dir: str | Path | None = None, seeds_dir: str | Path | None = None
) -> AddedFigures:
    """Append the draft's rows marked ``keep`` to ``targets.csv`` and ``observations.csv``.

    All or nothing: the catalogue with the new rows is validated first; any problem,
    in the draft or in the would-be catalogue, is reported against the draft's own line
    (``DRAFT.csv:12:unit: ...``) and nothing is written.

    Raises
    ------
    CatalogError
        With every problem found.
    DataError
        If the draft cannot be read.
    """
    data, seeds = config.data_dir(data_dir), config.seeds_dir(seeds_dir)
    draft = Path(draft)
    table = read_table(draft, str(draft))
    problems = list(table.problems)
    if not len(table.frame.columns) and not problems:
        problems.append(Problem(str(draft), 1, "*", "the draft has no header"))
    for column in ("keep", "kind"):
        if len(table.frame.columns) and column not in table.frame:
            problems.append(Problem(str(draft), 1, column, "required column is missing"))
    if problems:
        raise CatalogError(problems)

    frame = table.frame.map(restore_cell)
    paths = {key: data / config.DATA_FILES[key] for key, _ in _TABLE_OF.values()}
    headers = {key: _header(path) for key, path in paths.items()}
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
        new_rows[key].append({c: row.get(c, "") for c in headers[key]})
        origin[key].append(line)
    if problems:
        raise CatalogError(problems)
    if not any(new_rows.values()):
        raise CatalogError([Problem(str(draft), 0, "keep", "no row is marked keep")])
    _skip_rows_already_added(draft, paths, new_rows, origin)

    originals = {key: path.read_bytes() for key, path in paths.items()}
    new_files = {
        paths[key]: _appended(originals[key], headers[key], new_rows[key])
        for key in paths
        if new_rows[key]
    }
    problems, tables = _would_be_problems(data, seeds, new_files)
    if problems:
        raise CatalogError(_to_draft_lines(problems, tables, paths, origin, draft))
    for path, payload in new_files.items():
        _write_atomic(path, payload)
    return AddedFigures(
        tuple(r["target_id"] for r in new_rows["targets"]),
        tuple(r["obs_id"] for r in new_rows["observations"]),
    )


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
            [
                Problem(str(draft), line, "keep", f"already added to {paths[key].name}")
                for key in paths
                for line in origin[key]
            ]
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
                problem = Problem(str(draft), line, problem.column, problem.message, problem.value)
            break
        moved.append(problem)
    return sorted(moved, key=lambda p: (p.file != str(draft), p.file, p.row, p.column))
