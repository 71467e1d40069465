"""Loading the catalogue: typed tables, canonical values, paths, what-if copies."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import PROJECT, snapshot

import zonetrack
from zonetrack import config
from zonetrack.catalog import export_table, load_catalog, make_catalog
from zonetrack.exceptions import CatalogError, DataError, UsageError


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


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025", "2025-12-31"),
        ("2024-02", "2024-02-29"),
        ("2025Q3", "2025-09-30"),
        ("2025-06-30", "2025-06-30"),
        (pd.Timestamp("2023-05-17"), "2023-05-17"),
        (dt.date(2022, 1, 9), "2022-01-09"),
        ("", None),
        (None, None),
        (float("nan"), None),
        (pd.NaT, None),
    ],
)
def test_make_catalog_types_every_form_of_date(written: object, expected: str | None) -> None:
    # Each form beside others in one column, in both orders: the column is typed as a whole.
    others = ["2021", "", "2021", None, "2020-03"]
    for deadlines in ([written, *others], [*others, written]):
        targets = pd.DataFrame(
            {
                "target_id": [f"t{i}" for i in range(len(deadlines))],
                "zone_id": "z",
                "indicator_id": "i",
                "comparator": ">=",
                "value": 1.0,
                "unit": "count",
                "deadline": pd.Series(deadlines, dtype=object),
                "source": "s",
            }
        )
        typed = make_catalog(targets=targets).targets.set_index("target_id")["deadline"]
        assert str(typed.dtype) == "datetime64[ns]"
        position = 0 if deadlines[0] is written else len(deadlines) - 1
        got = typed.iloc[position]
        assert (pd.isna(got) and expected is None) or got == pd.Timestamp(expected)
        rest = typed.drop(typed.index[position])
        assert list(rest.dt.strftime("%Y-%m-%d").fillna("-")) == [
            "2021-12-31", "-", "2021-12-31", "-", "2020-03-31"
        ]  # fmt: skip


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


@pytest.mark.parametrize(
    ("variable", "folder"),
    [
        ("ZONETRACK_DATA", config.data_dir),
        ("ZONETRACK_SEEDS", config.seeds_dir),
        ("ZONETRACK_REPORTS", config.reports_dir),
    ],
)
@pytest.mark.parametrize("empty", ["", "  "])
def test_a_variable_set_but_empty_is_refused_not_read_as_the_default(
    variable: str, folder: object, empty: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `ZONETRACK_DATA=$DIR zonetrack report` with DIR unset must not use the project's data.
    monkeypatch.setenv(variable, empty)
    with pytest.raises(UsageError, match="set but empty") as caught:
        folder()  # type: ignore[operator]
    assert caught.value.argument == variable


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


@pytest.mark.slow  # a fresh interpreter: another process
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


# A what-if figure a user would write for the minimal catalogue; each bad case changes it.
GOOD = {
    "obs_id": "w1",
    "zone_id": "park",
    "indicator_id": "area",
    "value": 120,
    "unit": "万平方米",
    "ref_date": "2024-06-30",
}


def _without(key: str) -> dict[str, object]:
    return {k: v for k, v in GOOD.items() if k != key}


# (case, extra, error, message): every bad argument gets a UsageError or DataError, never
# an AttributeError, TypeError or KeyError.
WHAT_IF = [
    ("NaT", pd.NaT, UsageError, "give a DataFrame or a list of dicts"),
    ("NaN", float("nan"), UsageError, "not float"),
    ("int", 5, UsageError, "not int"),
    ("list of str", ["o-1"], UsageError, "not a list of str"),
    ("Period", pd.Period("2024Q1"), UsageError, "not Period"),
    ("bytes", b"value,unit", UsageError, "not bytes"),
    ("a dict, not a list", GOOD, UsageError, "not dict"),
    ("empty list", [], UsageError, "no observations given"),
    ("empty frame", pd.DataFrame(), UsageError, "no observations given"),
    ("misspelt column", [{**GOOD, "vaule": 1}], UsageError, "unknown column.*'vaule'"),
    ("a formula", [{**GOOD, "derived_from": "o-area-2020 * 3"}], UsageError, "derived_from"),
    ("row without a unit", [_without("unit")], DataError, "extra:1:unit: must not be empty"),
    ("unit None", [{**GOOD, "unit": None}], DataError, "extra:1:unit: must not be empty"),
    ("value not a number", [{**GOOD, "value": "lots"}], DataError, "extra:1:value: not a number"),
    ("value NaN", [{**GOOD, "value": float("nan")}], DataError, "extra:1:value"),
    ("value missing", [_without("value")], DataError, "extra:1:value: must not be empty"),
    ("value bytes", [{**GOOD, "value": b"120"}], DataError, "extra:1:value: not a number"),
    ("ref_date NaT", [{**GOOD, "ref_date": pd.NaT}], DataError, "extra:1:ref_date"),
    ("ref_date not a date", [{**GOOD, "ref_date": "soon"}], DataError, "extra:1:ref_date"),
    ("ref_date past 2261", [{**GOOD, "ref_date": "2300"}], DataError, "out of range"),
    # The same checks as validation: the explore notebook's what-if once added firms to an
    # area indicator and reported a required pace of 15,338 % a year.
    ("count on an area", [{**GOOD, "unit": "家"}], DataError, "extra:1:unit: .*measures count"),
    ("unknown zone", [{**GOOD, "zone_id": "moon"}], DataError, "extra:1:zone_id: unknown zone"),
    (
        "unknown indicator",
        [{**GOOD, "indicator_id": "jobs"}],
        DataError,
        "extra:1:indicator_id: unknown indicator",
    ),
    ("negative area", [{**GOOD, "value": -5}], DataError, "extra:1:value: -5 is negative"),
    # Finite as written, infinite once in square metres: it would be judged "achieved".
    ("overflows in its unit", [{**GOOD, "value": 1e306}], DataError, "extra:1:value: .*too large"),
    ("bad qualifier", [{**GOOD, "qualifier": "roughly"}], DataError, "extra:1:qualifier"),
    ("unknown source", [{**GOOD, "source": "rumour.txt"}], DataError, "extra:1:source"),
    ("duplicate id", [{**GOOD, "obs_id": "o-area-2020"}], DataError, "extra:1:obs_id: duplicate"),
    (
        "published before its date",
        [{**GOOD, "published": "2024-01"}],
        DataError,
        "extra:1:ref_date: .*after the date the figure was published",
    ),
    ("control character", [{**GOOD, "note": "a\x00b"}], DataError, "extra:1:note"),
    ("second row bad", [GOOD, {**GOOD, "obs_id": "w2", "unit": "家"}], DataError, "extra:2:unit"),
]


@pytest.mark.parametrize(
    ("case", "extra", "error", "message"), WHAT_IF, ids=[c[0] for c in WHAT_IF]
)
def test_with_observations_rejects_bad_figures(
    minimal_catalog: tuple[Path, Path],
    case: str,
    extra: object,
    error: type[Exception],
    message: str,
) -> None:
    catalog = load_catalog(*minimal_catalog)
    with pytest.raises(error, match=message) as info:
        catalog.with_observations(extra)  # type: ignore[arg-type]
    assert type(info.value) is error
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    "extra",
    [
        [GOOD],
        pd.DataFrame([GOOD]),
        [{**GOOD, "value": "120", "ref_date": pd.Timestamp("2024-06-30")}],
        [{**GOOD, "ref_date": dt.date(2024, 6, 30)}],
        [{**GOOD, "derived_from": "", "evidence": "", "source": ""}],
        # Its own calendar date: 30 June in Shanghai, although 29 June in UTC.
        [{**GOOD, "ref_date": pd.Timestamp("2024-06-30 01:00", tz="Asia/Shanghai")}],
    ],
    ids=["dicts", "frame", "strings and timestamps", "date", "empty cells", "aware timestamp"],
)
def test_with_observations_accepts_what_a_user_writes(
    minimal_catalog: tuple[Path, Path], extra: object
) -> None:
    catalog = load_catalog(*minimal_catalog)
    what_if = catalog.with_observations(extra)  # type: ignore[arg-type]
    added = what_if.observations.iloc[-1]
    assert added["ref_date"] == pd.Timestamp("2024-06-30")
    assert added["value_canonical"] == 1.2e6
    assert added["qualifier"] == "exact"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "empty"),
        ("  ", "empty"),
        (5, "not int"),
        (b"data", "not bytes"),
        (["data"], "not list"),
        (float("nan"), "not float"),
        (pd.NaT, "not NaTType"),
        (pd.Period("2024Q1"), "not Period"),
    ],
    ids=lambda v: repr(v)[:20],
)
@pytest.mark.parametrize("parameter", ["data_dir", "seeds_dir"])
def test_load_catalog_rejects_bad_folders(
    minimal_catalog: tuple[Path, Path], parameter: str, value: object, message: str
) -> None:
    data, seeds = minimal_catalog
    folders = {"data_dir": data, "seeds_dir": seeds, parameter: value}
    with pytest.raises(UsageError, match=message) as info:
        load_catalog(**folders)  # type: ignore[arg-type]
    assert info.value.argument == parameter


@pytest.mark.parametrize("parameter", ["data_dir", "seeds_dir"])
def test_a_folder_that_does_not_exist_is_a_usage_error(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, parameter: str
) -> None:
    data, seeds = minimal_catalog
    folders = {"data_dir": data, "seeds_dir": seeds, parameter: tmp_path / "nowhere"}
    with pytest.raises(UsageError, match="no such folder") as info:
        load_catalog(**folders)
    assert info.value.argument == parameter


def test_an_empty_folder_name_never_means_the_project(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # `--data "$DIR"` with DIR unset: not the current folder, not the project's data/.
    monkeypatch.chdir(tmp_path)
    for function, parameter in (
        (config.data_dir, "data_dir"),
        (config.seeds_dir, "seeds_dir"),
        (config.reports_dir, "out"),
    ):
        with pytest.raises(UsageError) as info:
            function("")
        assert info.value.argument == parameter


@pytest.mark.parametrize(
    ("catalog", "as_of", "argument"),
    [
        (None, "2024-12-31", "catalog"),
        ("data/", "2024-12-31", "catalog"),
        (pd.DataFrame(), "2024-12-31", "catalog"),
        ("loaded", pd.NaT, "as_of"),
        ("loaded", float("nan"), "as_of"),
        ("loaded", 2024, "as_of"),
        ("loaded", ["2024-12-31"], "as_of"),
        ("loaded", pd.Period("2024Q4"), "as_of"),
        ("loaded", b"2024-12-31", "as_of"),
        ("loaded", "9999-12-31", "as_of"),
    ],
    ids=lambda v: repr(v)[:20],
)
def test_assess_rejects_bad_arguments(
    minimal_catalog: tuple[Path, Path], catalog: object, as_of: object, argument: str
) -> None:
    if isinstance(catalog, str) and catalog == "loaded":
        catalog = load_catalog(*minimal_catalog)
    with pytest.raises(UsageError) as info:
        zonetrack.assess(catalog, as_of)  # type: ignore[arg-type]
    assert info.value.argument == argument


def test_assess_with_an_aware_timestamp_uses_its_own_calendar_date(
    minimal_catalog: tuple[Path, Path],
) -> None:
    catalog = load_catalog(*minimal_catalog)
    # 1 January 2023 at 01:00 in Shanghai is still 31 December 2022 in UTC.
    aware = zonetrack.assess(catalog, pd.Timestamp("2023-01-01 01:00", tz="Asia/Shanghai"))
    pd.testing.assert_frame_equal(aware, zonetrack.assess(catalog, "2023-01-01"))


@pytest.mark.parametrize("when", [pd.NaT, "not a date", 2025, ["2025"]])
def test_as_of_fails_like_assess(minimal_catalog: tuple[Path, Path], when: object) -> None:
    """A bad date is a UsageError naming as_of, as assess raises it."""
    catalog = load_catalog(*minimal_catalog)
    with pytest.raises(UsageError) as info:
        catalog.as_of(when)  # type: ignore[arg-type]
    assert info.value.argument == "as_of"


def _many_zones(n: int) -> pd.DataFrame:
    ids = [f"zone-{i:05d}" for i in range(n - 1)] + ["chongqing-liangjiang"]
    return pd.DataFrame({"zone_id": ids, "parent_id": None})


@pytest.mark.parametrize(
    ("n_zones", "asked", "expected"),
    [
        # A small catalogue lists its zones.
        (
            3,
            "moon",
            "unknown zone 'moon'; known zones: chongqing-liangjiang, zone-00000, zone-00001",
        ),
        # A national one names the closest few, never thousands.
        (
            4000,
            "chongqing-liangjang",
            "unknown zone 'chongqing-liangjang'; did you mean chongqing-liangjiang?",
        ),
        (4000, "moon", "unknown zone 'moon'; 4000 zones are known; zonetrack export zones"),
        # A pasted paragraph is not echoed whole.
        (3, "a" * 100_000, "unknown zone 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'… (100000 ch"),
    ],
)
def test_an_unknown_zone_gets_a_short_helpful_message(
    n_zones: int, asked: str, expected: str, minimal_catalog: tuple[Path, Path]
) -> None:
    catalog = load_catalog(*minimal_catalog)
    catalog = dataclasses.replace(catalog, zones=_many_zones(n_zones))
    with pytest.raises(UsageError) as caught:
        catalog.zone(asked)
    message = str(caught.value)
    assert message.startswith(f"zone: {expected}")
    assert len(message) < 300


@pytest.mark.parametrize("zone", [["park"], ("park",), 7, b"park"])
def test_a_zone_that_is_not_one_id_is_a_usage_error(
    zone: object, minimal_catalog: tuple[Path, Path]
) -> None:
    catalog = load_catalog(*minimal_catalog)
    with pytest.raises(UsageError, match="give one zone id as a str") as caught:
        zonetrack.assess(catalog, "2023-06-30", zone=zone)  # type: ignore[arg-type]
    assert caught.value.argument == "zone"
