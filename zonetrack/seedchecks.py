"""Checks of ``sources.csv`` and the seed files: names, presence, digests, encodings, dates.

Also the seeds ``add-source`` stored and was stopped before listing, which ``validate``
reports without calling the catalogue invalid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from . import config
from .exceptions import DataError, Problem
from .files import Table, decode_text, read_bytes, sha256_bytes
from .tablechecks import parse_date_once, rows

__all__ = ["check_sources", "unlisted_stored_seeds"]


def check_sources(
    tables: dict[str, Table], seeds_dir: Path, texts: dict[str, str | None]
) -> Iterator[Problem]:
    """Problems of ``sources.csv`` and the seed files; fills ``texts`` with each listed
    seed's text (None when it is missing, unreadable or not UTF-8)."""
    table = tables.get("sources")
    if table is None or "source" not in table.frame:
        return
    listed = set()
    for line, row in rows(table):
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
        texts[name] = None
        if not path.is_file():
            yield Problem(
                table.name, line, "source", f"seed file {name!r} not found in {seeds_dir}", name
            )
        else:
            raw, unreadable = read_bytes(path, str(path))
            yield from unreadable
            if raw is not None:
                digest = sha256_bytes(raw)
                if re.fullmatch(r"[0-9a-f]{64}", row.get("sha256", "")) and digest != row["sha256"]:
                    yield Problem(
                        table.name,
                        line,
                        "sha256",
                        f"seed file {name!r} has changed: its sha256 is {digest}, "
                        f"not the recorded {row['sha256']}; raw sources are immutable",
                        row["sha256"],
                    )
                # A seed that is not UTF-8 is reported, never skipped: every row citing it
                # would otherwise escape the evidence check.
                texts[name], undecodable = decode_text(raw, str(path))
                yield from undecodable
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
                # A broken row names it: that row's problem says what to mend.
                and path.name not in table.unread
                and not _stored_but_not_listed(path)
            ):
                yield Problem(str(path), 0, "*", f"seed file is not listed in {table.name}")


def unlisted_stored_seeds(seeds_dir: Path, table: Table | None) -> Iterator[Problem]:
    """Seeds ``add-source`` stored and was stopped before listing (killed between the two
    writes): one line each, saying how to finish or undo the command."""
    if table is None or "source" not in table.frame or not seeds_dir.is_dir():
        return
    listed = set(table.frame["source"])
    for path in sorted(seeds_dir.iterdir()):
        if path.is_file() and path.name not in listed and _stored_but_not_listed(path):
            yield Problem(
                str(path),
                0,
                "*",
                f"stored by an add-source that stopped before listing it in {table.name}; "
                "run the same add-source again to list it, or delete the file",
            )


def _stored_but_not_listed(path: Path) -> bool:
    """A document ``add-source`` stored and was stopped before listing.

    Its name carries the start of its own sha256 (``NNN_<16 hex>.txt``), so it is what
    the command stored, not a file put there by hand. No row can cite an unlisted source,
    so the catalogue is the one it was before; running ``add-source`` again lists it.
    """
    match = re.fullmatch(r"\d+_([0-9a-f]{16})\.txt", path.name)
    if not match:
        return False
    raw, _ = read_bytes(path, str(path))
    return raw is not None and sha256_bytes(raw)[:16] == match[1]


def _published_by_retrieval(file: str, line: int, row: pd.Series) -> Iterator[Problem]:
    # A document was public by the day it was obtained, so `published` cannot be later.
    try:
        late = parse_date_once(row["published"]) > parse_date_once(row["retrieved"])
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
        parse_date_once(value)
    except DataError as exc:
        yield Problem(file, line, column, exc.reason, value)
