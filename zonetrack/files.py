"""Reading the catalogue's CSV files, keeping every record's line number.

Bad bytes, a byte-order mark, an empty file or a ragged row become
:class:`~zonetrack.exceptions.Problem` objects, never tracebacks.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .exceptions import Problem

__all__ = ["Table", "read_table", "read_text", "sha256_file"]

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
    """

    name: str
    frame: pd.DataFrame
    lines: list[int]
    problems: list[Problem] = field(default_factory=list)

    def line(self, index: int) -> int:
        return self.lines[index]


def read_text(path: Path, name: str) -> tuple[str | None, list[Problem]]:
    """Read a UTF-8 file; a BOM or bad bytes are reported, not raised."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [Problem(name, 0, "*", "file not found")]
    except OSError as exc:
        return None, [Problem(name, 0, "*", f"cannot read file: {exc.strerror}")]
    problems = []
    if raw.startswith(_BOM):
        problems.append(
            Problem(
                name, 1, "*", "file starts with a byte-order mark; save it as UTF-8 without BOM"
            )
        )
        raw = raw[len(_BOM) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.append(
            Problem(
                name,
                line,
                "*",
                f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at character {col}; "
                "save the file as UTF-8",
            )
        )
        return None, problems
    return text, problems


def read_table(path: Path, name: str | None = None) -> Table:
    """Read a CSV file with a header row into a :class:`Table` of strings."""
    name = name or path.name
    text, problems = read_text(path, name)
    empty = Table(name, pd.DataFrame(), [], problems)
    if text is None:
        return empty
    if not text.strip():
        problems.append(Problem(name, 1, "*", "file is empty; it needs at least a header row"))
        return empty
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        problems.append(Problem(name, 1, "*", f"cannot read the header: {exc}"))
        return empty
    header = [h.strip() for h in header]
    seen: set[str] = set()
    for col in header:
        if not col:
            problems.append(Problem(name, 1, "*", "a header cell is empty"))
        elif col in seen:
            problems.append(Problem(name, 1, col, f"column {col!r} appears twice in the header"))
        seen.add(col)
    if len(seen) != len(header) or "" in header:
        return Table(name, pd.DataFrame(), [], problems)
    rows: list[list[str]] = []
    lines: list[int] = []
    start = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(name, reader.line_num, "*", f"malformed CSV: {exc}"))
            start = reader.line_num + 1
            continue
        if not record or all(not cell.strip() for cell in record):
            start = reader.line_num + 1
            continue
        if len(record) != len(header):
            problems.append(
                Problem(
                    name,
                    start,
                    "*",
                    f"row has {len(record)} fields, the header has {len(header)}",
                )
            )
        else:
            rows.append([cell.strip() for cell in record])
            lines.append(start)
        start = reader.line_num + 1
    frame = pd.DataFrame(rows, columns=header, dtype=object) if header else pd.DataFrame()
    return Table(name, frame, lines, problems)


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
