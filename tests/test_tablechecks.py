"""Whole-table checks: unique ids, a figure repeated under a second id (zonetrack.tablechecks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MINIMAL
from validate_steps import replace

from zonetrack.validate import validate_catalog


def test_a_repeated_id_names_the_file_and_line_of_the_first(
    minimal_catalog: tuple[Path, Path],
) -> None:
    # add-figures reports the problem on a line of the draft: the first is elsewhere.
    data, seeds = minimal_catalog
    replace("observations.csv", "o-area-2022", "o-area-2020")(data, seeds)
    (problem,) = validate_catalog(data, seeds)
    assert problem.message == "duplicate id 'o-area-2020' (first on line 2 of observations.csv)"


def _with_rows(root: Path, table: str, rows: list[dict[str, str]]) -> tuple[Path, Path]:
    import copy

    from conftest import MINIMAL, write_catalog

    tables = copy.deepcopy(MINIMAL)
    tables[table] += rows
    return write_catalog(root, tables)


_TARGET = {**MINIMAL["targets"][0], "target_id": "t-area-2"}


_OBSERVATION = {**MINIMAL["observations"][0], "obs_id": "o-area-2020-b"}


@pytest.mark.parametrize(
    ("table", "row", "repeated"),
    [
        # A second target of the same plan: it would be assessed and counted twice.
        ("targets", _TARGET, True),
        ("targets", {**_TARGET, "value": "1000000", "unit": "平方米"}, True),  # same amount
        (
            "targets",
            {**_TARGET, "deadline": "2027-12-31", "note": "deadline: a later plan, 2027"},
            False,
        ),
        ("targets", {**_TARGET, "zone_id": "city"}, False),
        # The same words quoted twice: one row added twice.
        ("observations", _OBSERVATION, True),
        ("observations", {**_OBSERVATION, "evidence": "孵化面积40万平方米"}, False),  # quoted again
        ("observations", {**_OBSERVATION, "published": "2021-06"}, False),  # a later release
        ("observations", {**_OBSERVATION, "ref_date": "2019", "note": "ref_date: 2019's"}, False),
    ],
)
def test_the_same_figure_under_a_second_id_is_refused(
    tmp_path: Path, table: str, row: dict[str, str], repeated: bool
) -> None:
    data, seeds = _with_rows(tmp_path, table, [row])
    problems = [(Path(p.file).name, p.row, p.column) for p in validate_catalog(data, seeds)]
    id_column = "target_id" if table == "targets" else "obs_id"
    assert problems == (
        [(f"{table}.csv", 5 if table == "observations" else 4, id_column)] if repeated else []
    )
