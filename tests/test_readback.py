"""A record's kind and date against the extractor's reading at its evidence (zonetrack.readback).

Each test writes a catalogue whose seed is written for it and runs ``zonetrack validate`` as a
user would; the expected lines follow README's "compares each record's kind and date" rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MINIMAL
from validate_steps import validate_with

_BASE = (
    "示范区建设方案\n"
    "到2025年底,建成孵化面积100万平方米以上,聚集企业2000家以上。\n"
    "截至2020年底,已建成孵化面积40万平方米,聚集企业约800家。\n"
    "2022年,孵化面积达到60万平方米。\n"
)
_FACT = {
    **MINIMAL["observations"][2],
    "obs_id": "o-leaders",
    "value": "10",
    "unit": "家",
    "qualifier": "exact",
    "ref_date": "2024-12-31",
    "published": "2025-01",
    "evidence": "10家",
}


def test_kind_and_date_are_read_where_the_span_is_quoted_faithfully(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The span's first place leaves 约 outside it (no faithful quote), and there the page
    # states a goal; the fact the row holds is at its second place, which evidence accepts.
    seed = _BASE + "到2027年,培育约10家龙头企业。截至2024年底,已有10家龙头企业。\n"
    code, lines = validate_with(tmp_path, capsys, seed, "observations", _FACT)
    assert (code, lines) == (0, [])


def test_a_row_without_a_date_is_told_the_page_s_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = _BASE + "截至2024年底,已有龙头企业10家。\n"
    code, lines = validate_with(tmp_path, capsys, seed, "observations", {**_FACT, "ref_date": ""})
    assert code == 1
    (line,) = lines
    assert line.startswith(f"{tmp_path / 'data' / 'observations.csv'}:5:ref_date: ")
    assert "the page gives 2024-12-31 here" in line and "the row has none" in line


@pytest.mark.parametrize(
    ("table", "row", "seed_line"),
    [
        ("observations", _FACT, "到2027年,培育龙头企业10家。\n"),
        (
            "targets",
            {
                **MINIMAL["targets"][1],
                "target_id": "t-leaders",
                "value": "10",
                "deadline": "2027-12-31",
                "evidence": "10家",
                "comparator": "=",
            },
            "截至2024年底,已有龙头企业10家。\n",
        ),
    ],
)
def test_a_row_of_the_other_kind_is_told_which_file_to_move_it_to(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    row: dict[str, str],
    seed_line: str,
) -> None:
    code, lines = validate_with(tmp_path, capsys, _BASE + seed_line, table, row)
    other = "targets.csv" if table == "observations" else "observations.csv"
    (line,) = lines
    assert code == 1
    assert f"{table}.csv:" in line and ":kind: " in line
    assert f"move the row to {other}" in line
