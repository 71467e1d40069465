"""Extracting candidate figures from documents: recall on the catalogue, precision on the seeds."""

from __future__ import annotations

import collections
import csv
import math
from pathlib import Path

import pandas as pd
import pytest
from conftest import PROJECT
from hypothesis import given, settings
from hypothesis import strategies as st

import zonetrack
from zonetrack.cli import main
from zonetrack.extract import EXTRACT_COLUMNS, extract_figures, extract_file
from zonetrack.numbers import find_figures

SEEDS = sorted((PROJECT / "seeds").glob("*.txt"))
HERE = Path(__file__).parent


def _read(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def extracted() -> pd.DataFrame:
    return pd.concat([extract_file(path) for path in SEEDS], ignore_index=True)


def test_every_catalogue_figure_is_found(extracted: pd.DataFrame) -> None:
    """Recall 100 % on the catalogue: same value, unit and qualifier, inside the same clause."""
    catalog = zonetrack.load_catalog()
    rows = pd.concat(
        [
            catalog.targets.assign(kind="target"),
            catalog.observations[~catalog.observations["derived"]].assign(kind="observation"),
        ]
    )
    missing = []
    for _, row in rows.iterrows():
        text = (PROJECT / "seeds" / row["source"]).read_text(encoding="utf-8")
        at = text.index(row["evidence"])
        wanted = next(
            f
            for f in find_figures(row["evidence"])
            if math.isclose(f.value, row["value_canonical"], rel_tol=1e-9)
        )
        found = extracted[
            (extracted["source"] == row["source"])
            & (extracted["start"] <= at + len(row["evidence"]))
            & (extracted["start"] + extracted["evidence"].str.len() >= at)
            & (
                extracted["value"].sub(row["value_canonical"]).abs()
                <= 1e-9 * abs(row["value_canonical"])
            )
            & (extracted["unit"] == row["unit_canonical"])
            & (extracted["qualifier"] == wanted.qualifier)
        ]
        if found.empty:
            missing.append((row.get("target_id") or row.get("obs_id"), row["evidence"]))
    assert missing == []


def test_targets_are_found_as_targets_with_deadlines(extracted: pd.DataFrame) -> None:
    catalog = zonetrack.load_catalog()
    targets = extracted[extracted["kind"] == "target"]
    assert len(targets) == len(catalog.targets)
    assert sorted(targets["value"]) == sorted(catalog.targets["value_canonical"])
    assert set(targets["deadline"]) == {"2025-12-31"}
    assert set(targets["comparator"]) == {">="}


def _key(source: str, figure: str, value: float, unit: str) -> tuple[str, str, float, str]:
    return source, figure, round(float(value), 6), unit


def test_precision_on_the_seeds(extracted: pd.DataFrame) -> None:
    """Every reported figure not in the hand-checked gold list is a known, reviewed mistake."""
    gold = collections.Counter(
        _key(g["source"], g["figure"], g["value"], g["unit"]) for g in _read("extract_gold.csv")
    )
    reported = collections.Counter(
        _key(r.source, r.figure, r.value, r.unit) for r in extracted.itertuples()
    )
    wrong = reported - gold
    reviewed = {(r["source"], r["figure"]) for r in _read("extract_not_quantities.csv")}
    assert {(k[0], k[1]) for k in wrong} == reviewed
    precision = 1 - sum(wrong.values()) / sum(reported.values())
    assert precision >= 0.95


def test_gold_qualifiers_and_kinds_match(extracted: pd.DataFrame) -> None:
    gold = {
        _key(g["source"], g["figure"], g["value"], g["unit"]): (g["qualifier"], g["kind"])
        for g in _read("extract_gold.csv")
    }
    for r in extracted.itertuples():
        key = _key(r.source, r.figure, r.value, r.unit)
        if key in gold:
            assert (r.qualifier, r.kind) == gold[key], key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2025年底,建成孵化面积100万平方米以上。",
            [("target", 1e6, "at_least", "2025-12-31", None)],
        ),
        ("“十四五”期间,培育企业约500家。", [("target", 500, "approx", "2025-12-31", None)]),
        ("力争2026年上半年引进人才3至5名。", [("target", 3, "exact", "2026-06-30", None)]),
        (
            "截至2021年底,园区已聚集企业1,200家。",
            [("observation", 1200, "exact", None, "2021-12-31")],
        ),
        ("2020年,全市专利达四十余件。", [("observation", 40, "at_least", None, "2020-12-31")]),
        (
            "The zone aims to attract over 300 talents by the end of 2025.",
            [("target", 300, "at_least", "2025-12-31", None)],
        ),
        (
            "In 2020 the park hosted about 1.5 million visitors.",
            [("observation", 1.5e6, "approx", None, "2020-12-31")],
        ),
        ("渝府办发〔2021〕142号 2022-01-14 17:01:24 电话:0571-89719789", []),
        ("一是加强顶层设计;第二,两院院士共聚一堂。", []),
        (
            "On July 23, the Ninth Plenary Session of the 13th Municipal Party Committee was held.",
            [],
        ),
        ("自2018年以来,已建成6个创新生态圈。", [("observation", 6, "exact", None, None)]),
        ("接近1万平方米", [("observation", 1e4, "at_most", None, None)]),
        (
            "到2022年建成500万平方米;到2025年建成1000万平方米。",
            [
                ("target", 5e6, "exact", "2022-12-31", None),
                ("target", 1e7, "exact", "2025-12-31", None),
            ],
        ),
        (
            "力争2021年底前引进20家,到2025年达到50家。",
            [
                ("target", 20, "exact", "2021-12-31", None),
                ("target", 50, "exact", "2025-12-31", None),
            ],
        ),
    ],
)
def test_extract_figures(text: str, expected: list[tuple]) -> None:
    frame = extract_figures(text)
    got = [
        (r.kind, r.value, r.qualifier, r.deadline or None, r.ref_date or None)
        for r in frame.itertuples()
    ]
    assert got == expected


def test_ranges_give_value_high() -> None:
    row = extract_figures("新增孵化器3至5家。").iloc[0]
    assert (row["value"], row["value_high"], row["unit"]) == (3, 5, "count")


def test_evidence_is_the_clause_at_its_offset() -> None:
    text = "重庆力争到2025年底,建成孵化载体总面积1000万平方米以上,聚集企业8万个以上。"
    frame = extract_figures(text)
    for row in frame.itertuples():
        assert text[row.start : row.start + len(row.evidence)] == row.evidence
    assert list(frame["evidence"]) == ["建成孵化载体总面积1000万平方米以上", "聚集企业8万个以上"]


def test_html_is_reduced_to_text(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    page.write_text(
        "<html><head><script>var n = 99;</script></head><body><p>园区已聚集企业"
        "<b>120家</b>。</p></body></html>",
        encoding="utf-8",
    )
    frame = extract_file(page)
    assert list(frame["value"]) == [120]
    assert list(frame["source"]) == ["news.html"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_and_offsets_hold(text: str) -> None:
    frame = extract_figures(text)
    assert list(frame.columns) == list(EXTRACT_COLUMNS)
    for row in frame.itertuples():
        assert text[row.start : row.start + len(row.evidence)] == row.evidence


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "file not found"),
        (b"\x7fELF\x00\x01\x02", "a binary file"),
        ("国家".encode("gb18030"), "it looks like GBK/GB18030; save the file as UTF-8"),
    ],
)
def test_bad_files_are_one_line_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["extract", str(path)]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cli_csv_uses_catalogue_column_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS[-1]), "--format", "csv", "--source", "plan"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert {
        "value",
        "unit",
        "qualifier",
        "comparator",
        "deadline",
        "ref_date",
        "source",
        "evidence",
    } <= set(rows[0])
    assert {r["source"] for r in rows} == {"plan"}
