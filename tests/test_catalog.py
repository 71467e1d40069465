"""Loading the catalogue: typed tables, canonical values, paths, what-if copies."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import PROJECT, snapshot

import zonetrack
from zonetrack import config
from zonetrack.catalog import export_table, load_catalog
from zonetrack.exceptions import CatalogError, UsageError


def test_load_types_and_canonical_values(minimal_catalog: tuple[Path, Path]) -> None:
    catalog = load_catalog(*minimal_catalog)
    targets = catalog.targets.set_index("target_id")
    assert targets.loc["t-area", "value_canonical"] == 1e6
    assert targets.loc["t-area", "unit_canonical"] == "m^2"
    assert targets.loc["t-area", "adopted"] == pd.Timestamp("2021-01-31")
    assert pd.api.types.is_datetime64_any_dtype(catalog.observations["ref_date"])
    obs = catalog.observations.set_index("obs_id")
    assert obs.loc["o-area-2020", "ref_date"] == pd.Timestamp("2020-12-31")
    # An empty `published` is the source's date; a stated one stands.
    assert obs.loc["o-area-2022", "published"] == pd.Timestamp("2023-03-31")
    assert obs.loc["o-firms-2020", "published"] == pd.Timestamp("2021-01-31")
    assert not obs["derived"].any()


def test_invalid_catalogue_raises_with_every_problem(minimal_catalog: tuple[Path, Path]) -> None:
    data, seeds = minimal_catalog
    (data / "zones.csv").write_bytes(b"")
    with pytest.raises(CatalogError) as info:
        load_catalog(data, seeds)
    assert isinstance(info.value, ValueError)
    assert [p.column for p in info.value.problems] == ["*"]
    assert str(info.value.problems[0]).endswith(
        "zones.csv:1:*: file is empty; it needs at least a header row"
    )


def test_environment_variables_choose_the_folders(
    minimal_catalog: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    data, seeds = minimal_catalog
    monkeypatch.setenv("ZONETRACK_DATA", str(data))
    monkeypatch.setenv("ZONETRACK_SEEDS", str(seeds))
    assert config.data_dir() == data
    assert list(load_catalog().targets["target_id"]) == ["t-area", "t-firms"]


def test_default_folders_are_the_project_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZONETRACK_DATA", raising=False)
    monkeypatch.delenv("ZONETRACK_SEEDS", raising=False)
    assert config.data_dir() == PROJECT / "data"
    assert config.seeds_dir() == PROJECT / "seeds"


def test_export_adds_canonical_columns(minimal_catalog: tuple[Path, Path]) -> None:
    frame = export_table(load_catalog(*minimal_catalog), "observations")
    assert {"value_canonical", "unit_canonical"} <= set(frame.columns)
    assert frame.loc[0, "ref_date"] == "2020-12-31"
    with pytest.raises(UsageError):
        export_table(load_catalog(*minimal_catalog), "nothing")


def test_what_if_observations_leave_files_alone(minimal_catalog: tuple[Path, Path]) -> None:
    data, seeds = minimal_catalog
    before = snapshot(data, seeds)
    catalog = load_catalog(data, seeds)
    what_if = catalog.with_observations(
        [
            {
                "obs_id": "w1",
                "zone_id": "park",
                "indicator_id": "area",
                "value": 120,
                "unit": "万平方米",
                "ref_date": "2024-06-30",
            }
        ]
    )
    assert len(what_if.observations) == len(catalog.observations) + 1
    assert len(catalog.observations) == 3
    status = zonetrack.assess(what_if, "2024-12-31").set_index("target_id")["status"]
    assert status["t-area"] == "achieved"
    assert snapshot(data, seeds) == before


def test_unknown_zone_is_a_usage_error(minimal_catalog: tuple[Path, Path]) -> None:
    with pytest.raises(UsageError, match="unknown zone 'moon'"):
        load_catalog(*minimal_catalog).zone("moon")


def test_import_has_no_side_effects(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import zonetrack, zonetrack.cli"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == result.stderr == ""
    assert list(tmp_path.iterdir()) == []


def test_public_api() -> None:
    for name in zonetrack.__all__:
        assert hasattr(zonetrack, name)
    assert issubclass(zonetrack.DataError, zonetrack.ZonetrackError)
    assert issubclass(zonetrack.DataError, ValueError)


@pytest.mark.parametrize(
    ("when", "sources", "targets", "observations"),
    [
        ("2020-12-31", 0, [], []),  # before the plan was published
        ("2021-01", 1, ["t-area", "t-firms"], ["o-area-2020", "o-firms-2020"]),
        ("2023-02-28", 1, ["t-area", "t-firms"], ["o-area-2020", "o-firms-2020"]),
        ("2023-03-31", 1, ["t-area", "t-firms"], ["o-area-2020", "o-area-2022", "o-firms-2020"]),
    ],
)
def test_as_of_keeps_only_what_was_published_by_then(
    minimal_catalog: tuple[Path, Path],
    when: str,
    sources: int,
    targets: list[str],
    observations: list[str],
) -> None:
    catalog = load_catalog(*minimal_catalog)
    then = catalog.as_of(when)
    assert len(then.sources) == sources
    assert sorted(then.targets["target_id"]) == targets
    assert sorted(then.observations["obs_id"]) == observations
    assert len(then.zones) == len(catalog.zones)  # definitions stay
