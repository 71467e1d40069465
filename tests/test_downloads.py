"""The quarter's downloads: contents from the method, stable bytes, a valid data package."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from conftest import examples, write_catalog
from hypothesis import given, settings
from hypothesis import strategies as st

import zonetrack
from zonetrack.downloads import DOWNLOAD_FILES, build_downloads, write_downloads
from zonetrack.progress import COLUMNS

frictionless = pytest.importorskip("frictionless")
openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory):
    return zonetrack.load_catalog(*write_catalog(tmp_path_factory.mktemp("dl")))


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_assessment_has_every_status_column_and_names_in_both_languages(catalog) -> None:
    files = build_downloads(catalog, 2023, 2)
    table = rows(files["assessment.csv"])
    assert [r["target_id"] for r in table] == ["t-area", "t-firms"]
    header = list(table[0])
    assert set(COLUMNS) <= set(header)
    for column in (
        "as_of",
        "zone_name_en",
        "zone_name_zh",
        "indicator_name_en",
        "indicator_name_zh",
    ):
        assert column in header
    area = table[0]
    assert area["as_of"] == "2023-06-30" and area["zone_name_zh"] == "示范园"
    assert area["status"] == "on_track" and area["deadline_passed"] == "false"
    assert float(area["latest_value"]) == 600_000 and area["latest_date"] == "2022-12-31"


def test_observations_are_those_visible_at_the_as_of_date(catalog) -> None:
    # o-area-2022 refers to 2022 but was published 2023-03: visible at 2023Q2, not at 2022Q4.
    now = {r["obs_id"] for r in rows(build_downloads(catalog, 2023, 2)["observations.csv"])}
    before = {r["obs_id"] for r in rows(build_downloads(catalog, 2022, 4)["observations.csv"])}
    assert now == {"o-area-2020", "o-area-2022", "o-firms-2020"}
    assert before == {"o-area-2020", "o-firms-2020"}
    first = rows(build_downloads(catalog, 2023, 2)["observations.csv"])[0]
    assert (
        first["evidence"] == "已建成孵化面积40万平方米"
        and first["source_title"] == "示范区建设方案"
    )


def test_the_workbook_holds_the_same_rows_as_the_csv(catalog) -> None:
    files = build_downloads(catalog, 2023, 2)
    sheet = openpyxl.load_workbook(io.BytesIO(files["assessment.xlsx"])).active
    values = list(sheet.values)
    table = rows(files["assessment.csv"])
    assert list(values[0]) == list(table[0])
    assert [v[1] for v in values[1:]] == [r["target_id"] for r in table]


def test_the_data_package_validates_with_frictionless(catalog, tmp_path: Path) -> None:
    names = write_downloads(catalog, 2023, 2, tmp_path)
    assert set(DOWNLOAD_FILES) <= set(names)
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in descriptor["resources"]} == set(DOWNLOAD_FILES) - {
        "datapackage.json"
    }
    for resource in descriptor["resources"]:
        data = (tmp_path / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_a_changed_file_fails_the_package_check(catalog, tmp_path: Path) -> None:
    write_downloads(catalog, 2023, 2, tmp_path)
    with (tmp_path / "observations.csv").open("a", encoding="utf-8") as fh:
        fh.write("o-extra,park,area,not a number\n")
    assert not frictionless.validate(str(tmp_path / "datapackage.json")).valid


_BUILD = (
    "import sys, zonetrack, hashlib;"
    "from zonetrack.downloads import build_downloads;"
    "c = zonetrack.load_catalog(sys.argv[1], sys.argv[2]);"
    "f = build_downloads(c, 2023, 2);"
    "print({k: hashlib.sha256(v).hexdigest() for k, v in sorted(f.items())})"
)


@pytest.mark.slow
def test_bytes_are_the_same_in_another_process_at_another_time(catalog) -> None:
    """Run twice in fresh interpreters (a second apart at least: zip and document times would
    differ) from two copies of the catalogue."""
    digests = []
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, "-c", _BUILD, str(catalog.data_dir), str(catalog.seeds_dir)],
            capture_output=True,
            text=True,
            check=True,
        )
        digests.append(out.stdout)
        time.sleep(1.1)
    assert digests[0] == digests[1]
    assert "assessment.xlsx" in digests[0]


def _openpyxl_workbook(frame: pd.DataFrame, when: datetime) -> bytes:
    # What the workbook must be: every row appended by openpyxl's write-only mode, dates
    # (and only dates) as yyyy-mm-dd, texts as text cells, header row and first column frozen.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from zonetrack.downloads import _cell, _stable_zip

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("assessment")
    ws.freeze_panes = "B2"
    ws.append(list(frame.columns))
    dates = [pd.api.types.is_datetime64_any_dtype(frame[c]) for c in frame.columns]
    for row in frame.itertuples(index=False):
        cells = []
        for value, date in zip(row, dates, strict=True):
            value = _cell(value)
            if date and value is not None:
                value = WriteOnlyCell(ws, value=value)
                value.number_format = "yyyy-mm-dd"
            elif isinstance(value, str):
                # Every text is a text cell: "=HYPERLINK(...)" in a zone's name must not
                # become a formula a spreadsheet runs.
                value = WriteOnlyCell(ws, value=value)
                value.data_type = "s"
            cells.append(value)
        ws.append(cells)
    wb.properties.created = wb.properties.modified = when
    wb.properties.creator = "zonetrack"
    raw = io.BytesIO()
    wb.save(raw)
    return _stable_zip(raw.getvalue(), when)


# Control characters cannot reach a workbook: validation refuses them in every cell.
_TEXTS = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=8) | st.sampled_from(
    ["", " a", "x & <y> \"'", "=1+1", '=HYPERLINK("http://x","y")', "中文\n", "\r\n"]
)


@given(
    st.lists(
        st.tuples(
            _TEXTS,
            st.floats(allow_nan=True, allow_infinity=True) | st.integers(-(2**62), 2**62),
            st.booleans(),
            st.none() | st.datetimes(datetime(1901, 1, 1), datetime(2200, 1, 1)),
        ),
        max_size=6,
    )
)
@settings(max_examples=examples(150), deadline=None)
def test_the_workbook_is_what_openpyxl_writes(rows: list[tuple]) -> None:
    from zonetrack.downloads import _xlsx

    frame = pd.DataFrame(rows, columns=["text", "number", "flag", "when"])
    frame["when"] = pd.to_datetime(frame["when"])
    when = datetime(2025, 12, 31)
    assert _xlsx(frame, "assessment", when) == _openpyxl_workbook(frame, when)


def test_a_name_that_looks_like_a_formula_is_text_in_the_workbook() -> None:
    from openpyxl import load_workbook

    from zonetrack.downloads import _xlsx

    frame = pd.DataFrame({"name": ['=HYPERLINK("http://example.org","Chongqing")', "plain"]})
    # Alone, and among rows only openpyxl writes (a character XML cannot hold is refused
    # earlier by validation, but an infinite number is not): both ways give a text cell.
    for extra in ([], [float("inf")]):
        data = frame.assign(number=[1.0, *extra] if extra else [1.0, 2.0])
        sheet = load_workbook(io.BytesIO(_xlsx(data, "assessment", datetime(2025, 12, 31))))
        cell = sheet["assessment"]["A2"]
        assert (cell.data_type, cell.value) == ("s", frame.loc[0, "name"])


# -- the downloads cache ------------------------------------------------------------------
FILL_DOWNLOADS = """
import hashlib, sys, zonetrack
from zonetrack.cache import catalog_fingerprint
from zonetrack.downloads import quarter_downloads
from pathlib import Path
data, seeds = Path(sys.argv[1]), Path(sys.argv[2])
c = zonetrack.load_catalog(data, seeds)
f = quarter_downloads(c, 2023, 2, catalog_fingerprint(data, seeds))
print({k: hashlib.sha256(v).hexdigest() for k, v in sorted(f.items())})
"""


def _cached(catalog, builds: list[int] | None = None, year: int = 2023, q: int = 2):
    """``quarter_downloads`` of ``catalog``, counting the builds through its ``build`` seam."""
    from zonetrack.cache import catalog_fingerprint
    from zonetrack.downloads import _data_files, quarter_downloads

    def counting(*args):
        if builds is not None:
            builds.append(1)
        return _data_files(*args)

    fingerprint = catalog_fingerprint(catalog.data_dir, catalog.seeds_dir)
    return quarter_downloads(catalog, year, q, fingerprint, build=counting)


def _entries(cache: Path) -> list[Path]:
    folder = cache / "downloads"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_cached_downloads_are_byte_for_byte_the_fresh_ones(catalog, private_catalog_cache):
    builds: list[int] = []
    first = _cached(catalog, builds)
    second = _cached(catalog, builds)
    assert builds == [1]  # the second came from the cache
    fresh = build_downloads(catalog, 2023, 2)
    assert list(first) == list(second) == list(fresh)
    for name in fresh:
        assert first[name] == fresh[name] and second[name] == fresh[name], name
    (entry,) = _entries(private_catalog_cache)
    assert not entry.name.startswith(".")


def test_another_quarter_is_another_entry(catalog, private_catalog_cache):
    builds: list[int] = []
    _cached(catalog, builds, 2023, 2)
    other = _cached(catalog, builds, 2023, 1)
    assert builds == [1, 1] and len(_entries(private_catalog_cache)) == 2
    assert other == build_downloads(catalog, 2023, 1)


def _rename_zone(data: Path, seeds: Path) -> None:
    path = data / "zones.csv"
    path.write_bytes(path.read_bytes().replace(b"Demo Park", b"Demo Parc"))


def _add_note(data: Path, seeds: Path) -> None:
    # A file validation does not read still changes the catalogue's hash.
    (data / ".notes").write_text("x", encoding="utf-8")


@pytest.mark.parametrize("change", [_rename_zone, _add_note], ids=["a-name", "a-new-file"])
def test_a_changed_byte_builds_the_downloads_afresh(tmp_path, private_catalog_cache, change):
    data, seeds = write_catalog(tmp_path / "catalog")
    builds: list[int] = []
    before = _cached(zonetrack.load_catalog(data, seeds), builds)
    assert _cached(zonetrack.load_catalog(data, seeds), builds) == before and builds == [1]
    change(data, seeds)
    catalog = zonetrack.load_catalog(data, seeds)
    after = _cached(catalog, builds)
    assert builds == [1, 1]
    assert after == build_downloads(catalog, 2023, 2)
    if change is _rename_zone:
        assert b"Demo Parc" in after["assessment.csv"] and after != before


def test_the_key_follows_zonetrack_and_its_code(catalog, private_catalog_cache, monkeypatch):
    import zonetrack.cache

    builds: list[int] = []
    _cached(catalog, builds)
    monkeypatch.setattr(zonetrack.cache, "_code_digest", lambda: "other code")
    _cached(catalog, builds)
    monkeypatch.setattr(zonetrack, "__version__", "99.0")
    _cached(catalog, builds)
    assert builds == [1, 1, 1]


def _damage(entry: Path, how: str) -> None:
    if how == "flip-a-byte":
        path = entry / "assessment.csv"
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 1
        path.write_bytes(bytes(data))
    elif how == "truncate":
        path = entry / "assessment.xlsx"
        path.write_bytes(path.read_bytes()[:100])
    elif how == "missing-file":
        (entry / "observations.csv").unlink()
    elif how == "extra-file":
        (entry / "extra.csv").write_bytes(b"a,b\n")
    elif how == "bad-meta":
        (entry / "meta.json").write_text("{not json", encoding="utf-8")
    elif how == "meta-lies":
        # A record rewritten to match changed bytes, under another key: still not trusted.
        meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
        meta["key"] = "0" * 64
        (entry / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    elif how == "empty-folder":
        for path in entry.iterdir():
            path.unlink()


@pytest.mark.parametrize(
    "how",
    [
        "flip-a-byte",
        "truncate",
        "missing-file",
        "extra-file",
        "bad-meta",
        "meta-lies",
        "empty-folder",
    ],
)
def test_a_damaged_entry_is_rebuilt_not_trusted(catalog, private_catalog_cache, how):
    builds: list[int] = []
    fresh = _cached(catalog, builds)
    (entry,) = _entries(private_catalog_cache)
    _damage(entry, how)
    again = _cached(catalog, builds)
    assert builds == [1, 1]  # rebuilt
    assert again == fresh == build_downloads(catalog, 2023, 2)
    (rebuilt,) = _entries(private_catalog_cache)  # and the entry is sound again
    assert _cached(catalog, builds) == fresh and builds == [1, 1]
    assert rebuilt.name == entry.name


def test_the_cache_can_be_switched_off(catalog, private_catalog_cache, monkeypatch):
    monkeypatch.setenv("ZONETRACK_CACHE", "off")
    builds: list[int] = []
    _cached(catalog, builds)
    _cached(catalog, builds)
    assert builds == [1, 1] and not _entries(private_catalog_cache)


def test_an_unwritable_cache_loses_nothing(catalog, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("ZONETRACK_CACHE_DIR", str(blocker / "cache"))
    assert _cached(catalog) == build_downloads(catalog, 2023, 2)


def test_a_second_writer_keeps_the_first_entry(catalog, private_catalog_cache):
    """Two runs filling the same key: the rename of the second fails and is discarded."""
    from zonetrack.cache import read_cached_files, write_cached_files
    from zonetrack.downloads import _data_files

    write_cached_files("downloads", "k", {"a.csv": b"first"})
    write_cached_files("downloads", "k", {"a.csv": b"second"})
    assert read_cached_files("downloads", "k") == {"a.csv": b"first"}
    assert [p.name for p in (private_catalog_cache / "downloads").iterdir()] == ["k"]
    with pytest.raises(ValueError):
        write_cached_files("downloads", "k2", {"../escape": b""})
    assert _data_files(catalog, 2023, 2)


@pytest.mark.slow
def test_processes_filling_the_downloads_cache_at_once_are_safe(catalog, private_catalog_cache):
    env = {**os.environ, "ZONETRACK_CACHE_DIR": str(private_catalog_cache)}
    args = [sys.executable, "-c", FILL_DOWNLOADS, str(catalog.data_dir), str(catalog.seeds_dir)]
    procs = [
        subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outputs]
    fresh = build_downloads(catalog, 2023, 2)
    expected = str({k: hashlib.sha256(v).hexdigest() for k, v in sorted(fresh.items())})
    assert {out.strip() for out, _ in outputs} == {expected}
    (entry,) = _entries(private_catalog_cache)  # one entry, no staging folder left behind
    assert not entry.name.startswith(".")
    assert _cached(catalog) == fresh
