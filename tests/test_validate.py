"""Validation: the committed catalogue passes; each kind of bad input is reported exactly."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import SEED_NAME, snapshot

from zonetrack.cli import main
from zonetrack.validate import evaluate_formula, validate_catalog


def test_committed_catalogue_is_valid() -> None:
    assert validate_catalog() == []


def test_minimal_fixture_is_valid(minimal_catalog: tuple[Path, Path]) -> None:
    assert validate_catalog(*minimal_catalog) == []


def _replace(name: str, old: str, new: str, count: int = 1) -> Callable[[Path, Path], None]:
    def change(data: Path, seeds: Path) -> None:
        path = (seeds if name in (SEED_NAME, "sources.csv") else data) / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"fixture drift: {old!r} not in {name}"
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    return change


def _write_bytes(name: str, make: Callable[[bytes], bytes]) -> Callable[[Path, Path], None]:
    def change(data: Path, seeds: Path) -> None:
        path = data / name
        path.write_bytes(make(path.read_bytes()))

    return change


def _drop_column(name: str, column: str) -> Callable[[Path, Path], None]:
    def change(data: Path, seeds: Path) -> None:
        import csv

        path = data / name
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        with path.open("w", encoding="utf-8", newline="") as fh:
            fields = [f for f in rows[0] if f != column]
            writer = csv.DictWriter(fh, fields, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    return change


def _remove_seed(data: Path, seeds: Path) -> None:
    (seeds / SEED_NAME).unlink()


def _unlisted_seed(data: Path, seeds: Path) -> None:
    (seeds / "new-source.txt").write_text("一个新文件", encoding="utf-8")


def _append_to_seed(data: Path, seeds: Path) -> None:
    with (seeds / SEED_NAME).open("a", encoding="utf-8") as fh:
        fh.write("更正。\n")


# (case, change, expected problems as (file, row, column)).
CASES = [
    ("missing column", _drop_column("zones.csv", "note"), [("zones.csv", 1, "note")]),
    (
        "unknown zone",
        _replace("targets.csv", "t-area,park", "t-area,nowhere"),
        [("targets.csv", 2, "zone_id")],
    ),
    (
        "bad date",
        _replace(
            "targets.csv", "2025-12-31,2021-01,,plan.txt,建成", "2025-13-31,2021-01,,plan.txt,建成"
        ),
        [("targets.csv", 2, "deadline")],
    ),
    (
        "duplicate id",
        _replace("observations.csv", "o-area-2022", "o-area-2020"),
        [("observations.csv", 3, "obs_id")],
    ),
    (
        "unit of the wrong dimension",
        _replace("observations.csv", "40,万平方米", "40,家"),
        [("observations.csv", 2, "unit")],
    ),
    (
        "unknown unit",
        _replace("observations.csv", "40,万平方米", "40,立方米"),
        [("observations.csv", 2, "unit")],
    ),
    (
        "evidence not in the seed",
        _replace("observations.csv", "已建成孵化面积40万平方米", "已建成孵化面积45万平方米"),
        [("observations.csv", 2, "evidence")],
    ),
    (
        "value differs from its evidence",
        _replace("observations.csv", "o-area-2020,park,area,40", "o-area-2020,park,area,45"),
        [("observations.csv", 2, "value")],
    ),
    (
        "value in another unit than the evidence",
        _replace(
            "observations.csv",
            "o-area-2020,park,area,40,万平方米",
            "o-area-2020,park,area,40,平方米",
        ),
        [("observations.csv", 2, "value")],
    ),
    (
        "qualifier contradicts evidence",
        _replace("observations.csv", "家,approx", "家,exact"),
        [("observations.csv", 4, "qualifier")],
    ),
    (
        "comparator contradicts evidence",
        _replace("targets.csv", "t-area,park,area,>=", "t-area,park,area,<="),
        [("targets.csv", 2, "comparator")],
    ),
    ("changed seed file", _append_to_seed, [("sources.csv", 2, "sha256")]),
    ("seed file missing", _remove_seed, [("sources.csv", 2, "source")]),
    ("seed file not listed", _unlisted_seed, [("new-source.txt", 0, "*")]),
    (
        "byte-order mark",
        _write_bytes("zones.csv", lambda b: b"\xef\xbb\xbf" + b),
        [("zones.csv", 1, "*")],
    ),
    ("empty file", _write_bytes("targets.csv", lambda b: b""), [("targets.csv", 1, "*")]),
    (
        "not UTF-8",
        _write_bytes(
            "zones.csv", lambda b: b.replace("示范园".encode(), "示范园".encode("gb18030"))
        ),
        [("zones.csv", 3, "*")],
    ),
    (
        "ragged row",
        _replace("observations.csv", "o-area-2022,park", "o-area-2022,extra,park"),
        [("observations.csv", 3, "*")],
    ),
    (
        "unknown indicator",
        _replace("observations.csv", "o-firms-2020,park,firms", "o-firms-2020,park,jobs"),
        [("observations.csv", 4, "indicator_id")],
    ),
    (
        "qualifier not in the vocabulary",
        _replace("observations.csv", "家,approx", "家,roughly"),
        [("observations.csv", 4, "qualifier")],
    ),
    (
        "comparator not in the vocabulary",
        _replace("targets.csv", ",>=,2000", ",=>,2000"),
        [("targets.csv", 3, "comparator")],
    ),
    (
        "deadline before adoption",
        _replace(
            "targets.csv", "2025-12-31,2021-01,,plan.txt,聚集", "2025-12-31,2026-01,,plan.txt,聚集"
        ),
        [("targets.csv", 3, "deadline")],
    ),
    (
        "unknown parent target",
        _replace("targets.csv", "2021-01,,plan.txt,聚集", "2021-01,t-none,plan.txt,聚集"),
        [("targets.csv", 3, "parent_target_id")],
    ),
    (
        "unknown source",
        _replace("observations.csv", "2023-03,plan.txt", "2023-03,other.txt"),
        [("observations.csv", 3, "source")],
    ),
    (
        "value not a number",
        _replace("observations.csv", "o-area-2022,park,area,60", "o-area-2022,park,area,六十"),
        [("observations.csv", 3, "value")],
    ),
    (
        "unknown parent zone",
        _replace("zones.csv", "park,示范园,Demo Park,city", "park,示范园,Demo Park,country"),
        [("zones.csv", 3, "parent_id")],
    ),
    (
        "indicator unit not canonical",
        _replace("indicators.csv", "Incubator area,m^2", "Incubator area,万平方米"),
        [("indicators.csv", 2, "unit")],
    ),
    (
        "id not lowercase",
        _replace("indicators.csv", "firms,聚集企业", "Firms,聚集企业"),
        [
            ("indicators.csv", 3, "indicator_id"),
            ("observations.csv", 4, "indicator_id"),
            ("targets.csv", 3, "indicator_id"),
        ],
    ),
    ("empty required field", _replace("zones.csv", "Demo Park", ""), [("zones.csv", 3, "name_en")]),
    (
        "figure published before its date",
        _replace("observations.csv", "2022,2023-03", "2022,2021-06"),
        [("observations.csv", 3, "ref_date")],
    ),
    (
        "zone id reserved for the overview",
        _replace("zones.csv", "park,示范园", "all,示范园"),
        [
            ("zones.csv", 3, "zone_id"),
            ("observations.csv", 2, "zone_id"),
            ("observations.csv", 3, "zone_id"),
            ("observations.csv", 4, "zone_id"),
            ("targets.csv", 2, "zone_id"),
            ("targets.csv", 3, "zone_id"),
        ],
    ),
    (
        "year out of range",
        _replace(
            "targets.csv", "2025-12-31,2021-01,,plan.txt,建成", "3025-12-31,2021-01,,plan.txt,建成"
        ),
        [("targets.csv", 2, "deadline")],
    ),
    (
        "source inside a folder",
        _replace("sources.csv", "plan.txt,", "sub/plan.txt,"),
        [
            ("sources.csv", 2, "source"),
            ("plan.txt", 0, "*"),
            ("observations.csv", 2, "source"),
            ("observations.csv", 3, "source"),
            ("observations.csv", 4, "source"),
            ("targets.csv", 2, "source"),
            ("targets.csv", 3, "source"),
        ],
    ),
    (
        "references into a header-only table",
        _write_bytes("zones.csv", lambda b: b.split(b"\n")[0] + b"\n"),
        [
            ("observations.csv", 2, "zone_id"),
            ("observations.csv", 3, "zone_id"),
            ("observations.csv", 4, "zone_id"),
            ("targets.csv", 2, "zone_id"),
            ("targets.csv", 3, "zone_id"),
        ],
    ),
    (
        "source date unparseable",
        _replace("sources.csv", ",2021-01,", ",Jan 2021,"),
        [("sources.csv", 2, "published")],
    ),
]


@pytest.mark.parametrize(("case", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_reported_at_its_place(
    minimal_catalog: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    case: str,
    change: Callable[[Path, Path], None],
    expected: list[tuple[str, int, str]],
) -> None:
    data, seeds = minimal_catalog
    change(data, seeds)
    before = snapshot(data, seeds)

    code = main(["validate", "--data", str(data), "--seeds", str(seeds)])

    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    places = []
    for line in err.splitlines()[:-1]:
        match = re.match(r"^(.+):(\d+):([^:]+): (.+)$", line)
        assert match, f"not a file:row:column line: {line!r}"
        places.append((Path(match[1]).name, int(match[2]), match[3]))
    assert sorted(places) == sorted(expected)
    assert snapshot(data, seeds) == before


def test_every_problem_is_reported_at_once(minimal_catalog: tuple[Path, Path]) -> None:
    data, seeds = minimal_catalog
    _replace("targets.csv", "t-area,park", "t-area,nowhere")(data, seeds)
    _replace("observations.csv", "家,approx", "家,roughly")(data, seeds)
    _append_to_seed(data, seeds)
    columns = {(Path(p.file).name, p.column) for p in validate_catalog(data, seeds)}
    assert columns == {
        ("targets.csv", "zone_id"),
        ("observations.csv", "qualifier"),
        ("sources.csv", "sha256"),
    }


def test_derived_observation_must_equal_its_formula(minimal_catalog: tuple[Path, Path]) -> None:
    data, seeds = minimal_catalog
    with (data / "observations.csv").open("a", encoding="utf-8") as fh:
        fh.write(
            "o-sum,park,area,101,万平方米,exact,2022,2023-03,plan.txt,,o-area-2020 + o-area-2022,\n"
        )
    problems = validate_catalog(data, seeds)
    assert [(Path(p.file).name, p.row, p.column) for p in problems] == [
        ("observations.csv", 5, "value")
    ]
    assert "gives 1e+06" in problems[0].message


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("a-1 + b-2", 5.0),
        ("a-1 * 2 - b-2", 1.0),
        ("( a-1 + b-2 ) / 5", 1.0),
    ],
)
def test_evaluate_formula(formula: str, expected: float) -> None:
    assert evaluate_formula(formula, {"a-1": 2.0, "b-2": 3.0}) == expected


@pytest.mark.parametrize("formula", ["a-1 + c-3", "__import__('os')", "a-1 ** 2"])
def test_evaluate_formula_rejects(formula: str) -> None:
    from zonetrack.exceptions import DataError

    with pytest.raises(DataError):
        evaluate_formula(formula, {"a-1": 2.0, "b-2": 3.0})


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
    _replace("sources.csv", SOURCE_ROW, row)(data, seeds)
    places = [(Path(p.file).name, p.row, p.column) for p in validate_catalog(data, seeds)]
    assert places == [("sources.csv", 2, column)]


@pytest.mark.parametrize("kind", ["stated", "lower bound", "upper bound"])
def test_source_with_address_and_retrieval_date_is_valid(
    minimal_catalog: tuple[Path, Path], kind: str
) -> None:
    data, seeds = minimal_catalog
    row = f"2021-01,{kind}: on the page,https://example.org/plan?id=1,2021-02-03,"
    _replace("sources.csv", SOURCE_ROW, row)(data, seeds)
    assert validate_catalog(data, seeds) == []
