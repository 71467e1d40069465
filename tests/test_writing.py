"""Writing the catalogue's files: atomic replacement, appending rows, spreadsheet-safe cells.

What the intake commands do with these (a kill between two writes, the lock, the mode of a
new file) is tested through the commands in test_intake.py and test_draft.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonetrack.writing import append_rows, neutralise_cell, restore_cell, write_atomic


def test_a_failing_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b"a,b\n1,2\n")

    def no_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", no_replace)
    with pytest.raises(OSError):
        write_atomic(path, b"a,b\n1,2\n3,4\n")
    assert path.read_bytes() == b"a,b\n1,2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.csv"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a,b\n1,2\n", b"a,b\n1,2\n3,x y\n"),
        (b"a,b\n1,2", b"a,b\n1,2\n3,x y\n"),  # no final newline: one is added, nothing else
        (b"a,b\r\n1,2\r\n", b"a,b\r\n1,2\r\n3,x y\r\n"),  # the file's own line ending
    ],
)
def test_append_keeps_existing_bytes(raw: bytes, expected: bytes) -> None:
    assert append_rows(raw, ["a", "b"], [{"b": "x y", "a": "3"}]) == expected


# --- spreadsheet safety -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("+86 10", "'+86 10"),
        ("-5%", "'-5%"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("'=x", "''=x"),
        ("到2025年", "到2025年"),
        ("it's", "it's"),
        ("", ""),
    ],
)
def test_neutralise_cell(cell: str, safe: str) -> None:
    assert neutralise_cell(cell) == safe
    assert restore_cell(safe) == cell


@given(st.text())
def test_neutralise_round_trip(cell: str) -> None:
    safe = neutralise_cell(cell)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore_cell(safe) == cell
