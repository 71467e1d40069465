"""sources.csv and the seed files (zonetrack.seedchecks)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import SEED_NAME
from validate_steps import replace, write_seed

from zonetrack.validate import validate_catalog


@pytest.mark.parametrize(
    ("where", "encoding"),
    [("seeds/plan.txt", "gbk"), ("seeds/plan.txt", "gb18030"), ("data/zones.csv", "gb18030")],
)
def test_a_gbk_file_is_named_as_such(
    minimal_catalog: tuple[Path, Path], where: str, encoding: str
) -> None:
    data, seeds = minimal_catalog
    path = data.parent / where
    raw = path.read_text(encoding="utf-8").encode(encoding)
    if path.name == SEED_NAME:
        write_seed(raw)(data, seeds)
    else:
        path.write_bytes(raw)
    messages = [p.message for p in validate_catalog(data, seeds) if Path(p.file) == path]
    assert len(messages) == 1
    assert "it looks like GBK/GB18030; save the file as UTF-8" in messages[0]


def test_a_utf8_file_with_one_stray_byte_is_not_called_gbk(
    minimal_catalog: tuple[Path, Path],
) -> None:
    data, seeds = minimal_catalog
    path = data / "targets.csv"
    path.write_bytes(path.read_bytes().replace("建成".encode(), b"\xff"))
    (problem,) = [p for p in validate_catalog(data, seeds) if p.file.endswith("targets.csv")]
    assert "not valid UTF-8: byte 0xff" in problem.message
    assert "GBK" not in problem.message


# sources.csv: the kind of each publication date, the document's address, when it was obtained.
SOURCE_ROW = "2021-01,stated on the page,,,"


SOURCE_CASES = [
    ("basis without its kind", "2021-01,seen on the page,,,", "published_basis"),
    ("address that is not one", "2021-01,stated on the page,example.org/plan,,", "url"),
    ("retrieved not a date", "2021-01,stated on the page,,yesterday,", "retrieved"),
    ("published after it was retrieved", "2021-01,stated on the page,,2020-12-01,", "published"),
]


@pytest.mark.parametrize(("case", "row", "column"), SOURCE_CASES, ids=[c[0] for c in SOURCE_CASES])
def test_bad_source_dating_is_reported(
    minimal_catalog: tuple[Path, Path], case: str, row: str, column: str
) -> None:
    data, seeds = minimal_catalog
    replace("sources.csv", SOURCE_ROW, row)(data, seeds)
    places = [(Path(p.file).name, p.row, p.column) for p in validate_catalog(data, seeds)]
    assert places == [("sources.csv", 2, column)]


@pytest.mark.parametrize("kind", ["stated", "lower bound", "upper bound"])
def test_source_with_address_and_retrieval_date_is_valid(
    minimal_catalog: tuple[Path, Path], kind: str
) -> None:
    data, seeds = minimal_catalog
    row = f"2021-01,{kind}: on the page,https://example.org/plan?id=1,2021-02-03,"
    replace("sources.csv", SOURCE_ROW, row)(data, seeds)
    assert validate_catalog(data, seeds) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads files whatever their permissions; the injected test covers this",
)
def test_a_seed_without_read_permission_is_reported(minimal_catalog: tuple[Path, Path]) -> None:
    data, seeds = minimal_catalog
    seed = seeds / SEED_NAME
    seed.chmod(0)
    try:
        problems = validate_catalog(data, seeds)
    finally:
        seed.chmod(0o644)
    assert any(p.file == str(seed) and "Permission denied" in p.message for p in problems)


@pytest.mark.parametrize(
    "broken",
    [
        # a stray quote: the row runs on to the end of the file
        ("示范区建设方案", '"示范区建设方案'),
        # a stray comma: a field too many
        ("示范区建设方案", "示范区,建设方案"),
    ],
)
def test_a_seed_whose_row_is_broken_is_not_also_unlisted(
    minimal_catalog: tuple[Path, Path], broken: tuple[str, str]
) -> None:
    # Review 17, L4: one line per mistake. The broken row names the seed, so its seed counts
    # as unread, not unlisted (as a swallowed row's id is unread, not unknown).
    data, seeds = minimal_catalog
    replace("sources.csv", *broken)(data, seeds)
    problems = validate_catalog(data, seeds)
    assert [p.file for p in problems if p.file.endswith("sources.csv")] != []
    assert not [p for p in problems if "not listed" in p.message]
