"""Writing the catalogue's files safely.

The intake commands (:func:`~zonetrack.intake.add_source`,
:func:`~zonetrack.draft.write_draft`, :func:`~zonetrack.draft.add_figures`) write only
through these functions:

- :func:`write_atomic` replaces a file at once (written beside it, then ``os.replace``), so a
  kill leaves the old file whole; :func:`remove_dead_temporaries` removes what a killed
  write left beside it;
- :func:`under_catalog_lock` runs a command holding the catalogue's write lock;
- :func:`append_rows` appends rows to a CSV file's bytes, keeping those bytes and the file's
  line ending; :func:`read_header` reads the columns to append by;
- :func:`validate_with_new_files` validates the catalogue as it would be, touching nothing;
- :func:`neutralise_cell` and :func:`restore_cell` keep a spreadsheet from running a cell
  as a formula, and undo that.
"""

from __future__ import annotations

import csv
import functools
import inspect
import io
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import ParamSpec, TypeVar

from . import config
from .exceptions import CatalogError, Problem
from .files import Table, catalog_lock, read_table
from .validate import validate_tables

__all__ = [
    "append_rows",
    "neutralise_cell",
    "read_header",
    "remove_dead_temporaries",
    "restore_cell",
    "under_catalog_lock",
    "validate_with_new_files",
    "write_atomic",
]

# A spreadsheet runs a cell that starts with one of these as a formula (or a DDE command).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


# The temporary files write_atomic leaves behind if it is killed: ".NAME.XXXXXXXX.tmp".
_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")


def write_atomic(path: Path, data: bytes) -> None:
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


def remove_dead_temporaries(*folders: Path) -> None:
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


def append_rows(raw: bytes, header: Sequence[str], rows: Sequence[Mapping[str, str]]) -> bytes:
    """``raw`` (a CSV file's bytes, kept as they are) with ``rows`` appended by column name."""
    ending = _line_ending(raw)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=ending)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    prefix = raw if not raw or raw.endswith(b"\n") else raw + ending.encode()
    return prefix + out.getvalue().encode("utf-8")


def read_header(path: Path) -> list[str]:
    """The column names of the CSV file at ``path``, the order :func:`append_rows` writes.

    Raises
    ------
    CatalogError
        If the file cannot be read or has no header.
    """
    table = read_table(path, str(path))
    if not len(table.frame.columns):
        problems = table.problems or [Problem(str(path), 1, "*", "the file has no header")]
        raise CatalogError(problems)
    return list(table.frame.columns)


# --- validation of the would-be catalogue ----------------------------------------------------


def validate_with_new_files(
    data_dir: Path,
    seeds_dir: Path,
    new_files: Mapping[Path, bytes],
    appended: Mapping[Path, int] | None = None,
) -> tuple[list[Problem], dict[str, Table]]:
    """Validate the catalogue as it would be with ``new_files`` written, touching nothing.

    The files are written into a temporary folder (the rest of ``data_dir`` copied and
    the seeds linked beside them); problems name the real files. ``appended`` gives, for a
    catalogue file, how many rows at its end are new: their kind and dates are compared with
    the extractor's reading at their evidence, as ``zonetrack validate`` compares every row
    (the rows already there were compared when they were added).
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
        read_back = set()
        for key, name in config.DATA_FILES.items():
            count = (appended or {}).get(data_dir / name, 0)
            if count:
                lines = tables[key].lines
                read_back |= {(str(data_dir / name), line) for line in lines[len(lines) - count :]}
        problems = validate_tables(tables, tmp_seeds, read_back=read_back)
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


# --- the write lock --------------------------------------------------------------------------


P = ParamSpec("P")
R = TypeVar("R")


def under_catalog_lock(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` holding the write lock of the catalogue its ``data_dir`` names."""
    signature = inspect.signature(func)

    @functools.wraps(func)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        arguments = signature.bind(*args, **kwargs).arguments
        data_dir = arguments.get("data_dir")
        with catalog_lock(config.data_dir(data_dir)):
            remove_dead_temporaries(
                config.data_dir(data_dir), config.seeds_dir(arguments.get("seeds_dir"))
            )
            return func(*args, **kwargs)

    return locked
