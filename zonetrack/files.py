"""Reading the catalogue's CSV files, keeping every record's line number.

Bad bytes (with the likely encoding), an unreadable or empty file or a ragged row
become :class:`~zonetrack.exceptions.Problem` objects, never tracebacks. A byte-order
mark is accepted (Excel saves "CSV UTF-8" with one); files are never rewritten.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import hashlib
import io
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import config
from .exceptions import Problem, UsageError
from .schemas import ID_COLUMN

__all__ = [
    "Table",
    "catalog_lock",
    "decode_text",
    "guess_encoding",
    "read_bytes",
    "read_table",
    "read_tables",
    "read_text",
    "sha256_bytes",
]

_BOM = b"\xef\xbb\xbf"


@dataclass
class Table:
    """A CSV file read as strings.

    Attributes
    ----------
    name : str
        File name used in problem reports.
    frame : pandas.DataFrame
        One row per record, every cell a string ("" when empty).
    lines : list of int
        For each row of ``frame``, the line number its record starts on.
    problems : list of Problem
        Problems met while reading; the frame holds what could be read.
    unread : set of str
        The ids of the rows that could not be read (a row with a field too many or too few):
        each such row's cell under the id's column, or with k fields too many any of the
        k + 1 cells from there (the stray comma may stand before the id). A row with a
        stray quote swallows the rows after it up to the next quote: each of their lines'
        cell under the id's column is taken too. A
        reference to one of them (a target's ``parent_target_id``, a row's ``zone_id``) is
        not reported as unknown: the row's own problem says what to mend, and one line per
        mistake is the promise. Other cells are not taken: a name or a city in a broken row
        must not hide a wrong reference elsewhere.
    """

    name: str
    frame: pd.DataFrame
    lines: list[int]
    problems: list[Problem] = field(default_factory=list)
    unread: set[str] = field(default_factory=set)

    def line(self, index: int) -> int:
        return self.lines[index]


def read_bytes(path: Path, name: str) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes; a missing or unreadable file is reported, not raised."""
    try:
        return path.read_bytes(), []
    except FileNotFoundError:
        return None, [Problem(name, 0, "*", "file not found")]
    except IsADirectoryError:
        return None, [Problem(name, 0, "*", "a folder, not a file")]
    except OSError as exc:
        return None, [Problem(name, 0, "*", f"cannot read file: {exc.strerror or exc}")]


def guess_encoding(raw: bytes) -> str | None:
    """The encoding a file that is not UTF-8 was most likely saved in, or None.

    Only what Chinese sources are commonly saved as is recognised: UTF-16 (by its
    byte-order mark), GBK/GB18030 (mainland pages) and Big5 (Taiwan and Hong Kong pages).
    A UTF-8 file with a stray byte rarely decodes as either, because its three-byte
    characters leave odd bytes before ASCII punctuation. Most Big5 files also decode as
    GB18030 (into rare characters), and some GBK files as Big5: the one whose reading uses
    more of its encoding's common characters (GB2312's first level, Big5's frequent
    characters) is named, GBK on a tie.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    gbk = _common_share(raw, "gb18030", "gb2312", 0xB0, 0xD7)
    big5 = _common_share(raw, "big5hkscs", "big5hkscs", 0xA4, 0xC6)
    if big5 is not None and big5 > (gbk or 0.0):
        return "Big5"
    return "GBK/GB18030" if gbk is not None else None


def _common_share(raw: bytes, codec: str, table: str, first: int, last: int) -> float | None:
    """The share of the non-ASCII characters of ``raw`` read in ``codec`` whose two bytes in
    ``table`` start within ``first``..``last`` (the block of its common characters); None
    when ``raw`` does not decode or holds no Chinese character."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text if ord(ch) > 127]
    if not any("\u4e00" <= ch <= "\u9fff" for ch in wide):
        return None
    common = 0
    for ch in wide:
        try:
            encoded = ch.encode(table)
        except UnicodeEncodeError:
            continue
        common += len(encoded) == 2 and first <= encoded[0] <= last
    return common / len(wide)


# How to convert a file from each encoding guess_encoding names (glibc's and libiconv's names).
_CONVERT = {
    "GBK/GB18030": "iconv -f GB18030 -t UTF-8",
    "Big5": "iconv -f BIG5-HKSCS -t UTF-8",
}


def decode_text(raw: bytes, name: str) -> tuple[str | None, list[Problem]]:
    """Decode UTF-8 bytes; a leading byte-order mark (Excel's "CSV UTF-8") is dropped.

    Bad bytes are reported with their line and character, and the likely encoding
    when :func:`guess_encoding` recognises one.
    """
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        likely = guess_encoding(raw)
        hint = f"it looks like {likely}; " if likely else ""
        how = f", e.g. with `{_CONVERT[likely]}`" if likely in _CONVERT else ""
        return None, [
            Problem(
                name,
                line,
                "*",
                f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at character {col}; "
                f"{hint}save the file as UTF-8{how}",
            )
        ]


def read_text(path: Path, name: str) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 file (a byte-order mark is allowed); unreadable files and bad bytes
    are reported, not raised."""
    raw, problems = read_bytes(path, name)
    if raw is None:
        return None, problems
    return decode_text(raw, name)


def read_table(path: Path, name: str | None = None, id_column: str | None = None) -> Table:
    """Read a CSV file with a header row into a :class:`Table` of strings.

    ``id_column`` names the column of the rows' ids (default: the first), which
    :attr:`Table.unread` takes from the rows that cannot be read.
    """
    name = name or path.name
    text, problems = read_text(path, name)
    empty = Table(name, pd.DataFrame(), [], problems)
    if text is None:
        return empty
    if not text.strip():
        problems.append(Problem(name, 1, "*", "file is empty; it needs at least a header row"))
        return empty
    physical = io.StringIO(text, newline="").readlines()
    reader = csv.reader(physical, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        problems.append(Problem(name, 1, "*", f"cannot read the header: {exc}"))
        return empty
    header = [h.strip() for h in header]
    # A spreadsheet saves empty columns to the right of a table it once touched: unnamed
    # columns at the end are dropped if no row has a value there (checked row by row below).
    named = len(header)
    while named and not header[named - 1]:
        named -= 1
    spare = len(header) - named
    header = header[:named]
    unnamed = [str(i + 1) for i, col in enumerate(header) if not col]
    if unnamed:
        which = f"cell {unnamed[0]} is" if len(unnamed) == 1 else f"cells {', '.join(unnamed)} are"
        problems.append(Problem(name, 1, "*", f"header {which} empty; name every column"))
    seen: set[str] = set()
    for col in header:
        if col and col in seen:
            problems.append(Problem(name, 1, col, f"column {col!r} appears twice in the header"))
        seen.add(col)
    if len(seen) != len(header) or unnamed:
        return Table(name, pd.DataFrame(), [], problems)
    rows: list[list[str]] = []
    lines: list[int] = []
    unread: set[str] = set()
    at = header.index(id_column) if id_column in header else 0
    start = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(_swallowed(name, start, reader.line_num, exc))
            # Every row the open quote ran over is unread, not missing: its id is known.
            unread.update(_line_ids(physical[start - 1 : reader.line_num], at))
            start = reader.line_num + 1
            continue
        if not record or all(not cell.strip() for cell in record):
            start = reader.line_num + 1
            continue
        if spare and len(record) == named + spare:
            if any(cell.strip() for cell in record[named:]):
                problems.append(Problem(name, start, "*", "a value stands under an unnamed column"))
                start = reader.line_num + 1
                continue
            record = record[:named]
        if len(record) != len(header):
            problems.append(
                Problem(
                    name,
                    start,
                    "*",
                    f"row has {len(record)} fields, the header has {len(header)}",
                )
            )
            # Where a stray comma stands cannot be told: before the id, it moves the id right.
            extra = max(0, len(record) - len(header))
            unread.update(cell.strip() for cell in record[at : at + 1 + extra] if cell.strip())
        else:
            rows.append([cell.strip() for cell in record])
            lines.append(start)
        start = reader.line_num + 1
    frame = pd.DataFrame(rows, columns=header, dtype=object) if header else pd.DataFrame()
    return Table(name, frame, lines, problems, unread)


def _swallowed(name: str, start: int, end: int, exc: csv.Error) -> Problem:
    """The problem of a record the CSV reader could not parse, at the line it starts on.

    A stray quote opens a field that runs on until the next quote in the file (or to its
    end): the rows on lines ``start + 1`` to ``end`` were read into this one. They are
    named, since none of them is checked until the quote is mended.
    """
    message = f"malformed CSV: {exc}"
    if end > start:
        lines = f"line {end}" if end == start + 1 else f"lines {start + 1}-{end}"
        message += f"; {lines} swallowed into this row (a quote left open?), not checked"
    return Problem(name, start, "*", message)


def _line_ids(lines: list[str], at: int) -> set[str]:
    """Each line's cell at position ``at`` (the id's column), split on commas alone.

    The lines are those a broken record swallowed: read one by one, as a person reads them,
    with quotes dropped, since the quotes are what went wrong.
    """
    ids = set()
    for line in lines:
        cells = line.replace('"', "").split(",")
        if len(cells) > at and cells[at].strip():
            ids.add(cells[at].strip())
    return ids


def sha256_bytes(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read_tables(data_dir: Path, seeds_dir: Path) -> dict[str, Table]:
    """Read the four catalogue files and ``sources.csv``.

    Raises
    ------
    UsageError
        If either folder does not exist (a mistyped path, not a problem in the data).
    """
    for folder, argument in ((data_dir, "data_dir"), (seeds_dir, "seeds_dir")):
        if not folder.is_dir():
            what = "not a folder" if folder.exists() else "no such folder"
            raise UsageError(f"{what}: {str(folder)!r}", argument=argument, value=str(folder))
    tables = {
        key: read_table(data_dir / fname, str(data_dir / fname), ID_COLUMN[key])
        for key, fname in config.DATA_FILES.items()
    }
    tables["sources"] = read_table(
        seeds_dir / config.SOURCES_FILE, str(seeds_dir / config.SOURCES_FILE), ID_COLUMN["sources"]
    )
    return tables


# --- the catalogue's lock ----------------------------------------------------------------------

# Folders whose lock this thread holds, with how many holders: a reader inside a writer (or
# a reader inside a reader) on the same thread must not wait for itself. Per thread: each
# thread takes the lock on its own descriptor, so threads exclude each other as processes do.
_HELD = threading.local()


@contextlib.contextmanager
def catalog_lock(data_dir: Path, shared: bool = False) -> Iterator[None]:
    """Hold the catalogue's lock: an ``flock`` on the ``data/`` folder itself.

    Writers (``add-source``, ``add-figures``) hold it exclusively, so two of them never
    replace the files from the same old version. Readers (loading the catalogue, a report
    reading its files to hash and ship) hold it shared: a writer waits until they have read
    every file, so they never see some files before a write and some after. The lock lives
    on the folder's own descriptor, so no file is added to the catalogue, and the system
    releases it if the process dies.
    """
    if not data_dir.is_dir():
        yield  # nothing to protect: validation reports the missing folder
        return
    key = os.path.realpath(data_dir)
    held: dict[str, int] = _HELD.__dict__.setdefault("folders", {})
    fd = None
    if not held.get(key):
        fd = os.open(data_dir, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        except BaseException:
            os.close(fd)
            raise
    held[key] = held.get(key, 0) + 1
    try:
        yield
    finally:
        held[key] -= 1
        if fd is not None:
            os.close(fd)  # releases the lock
