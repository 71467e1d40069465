"""Edits of a catalogue copy that the validation tests make (one change each)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from hashlib import sha256
from pathlib import Path

import pytest
from conftest import MINIMAL, SEED_NAME, SEED_TEXT, write_catalog

from zonetrack.cli import main


def replace(name: str, old: str, new: str, count: int = 1) -> Callable[[Path, Path], None]:
    def change(data: Path, seeds: Path) -> None:
        path = (seeds if name in (SEED_NAME, "sources.csv") else data) / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"fixture drift: {old!r} not in {name}"
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    return change


def write_seed(raw: bytes) -> Callable[[Path, Path], None]:
    """Replace the seed's bytes and record their sha256, as a careless editor would."""

    def change(data: Path, seeds: Path) -> None:
        (seeds / SEED_NAME).write_bytes(raw)
        replace("sources.csv", sha256(SEED_TEXT.encode()).hexdigest(), sha256(raw).hexdigest())(
            data, seeds
        )

    return change


def validate_with(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed: str, table: str, row: dict[str, str]
) -> tuple[int, list[str]]:
    """``zonetrack validate`` of MINIMAL with ``row`` added to ``table`` and ``seed`` as its
    seed, as a user runs it: the exit code and the problem lines (``file:row:column: …``)."""
    tables = copy.deepcopy(MINIMAL)
    tables[table].append(row)
    data, seeds = write_catalog(tmp_path, tables, seed_text=seed)
    code = main(["validate", "--data", str(data), "--seeds", str(seeds)])
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, [line for line in err.splitlines() if line.count(":") >= 3]
