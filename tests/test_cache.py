"""The validated-catalogue cache: any changed byte means a full validation, a damaged entry
is rebuilt, concurrent fills are safe, and a cached catalogue equals a fresh one."""

from __future__ import annotations

import mmap
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import zonetrack
import zonetrack.cache
import zonetrack.catalog
from zonetrack.cache import catalog_fingerprint

TABLES = ("zones", "indicators", "targets", "observations", "sources")


def count_calls(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[tuple]:
    """Records the arguments of every call of ``module.name``, which still runs."""
    calls: list[tuple] = []
    real = getattr(module, name)

    def counting(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(module, name, counting)
    return calls


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch, private_catalog_cache: Path) -> list[tuple]:
    """Counts full validations, through the seam load_catalog calls (with an empty cache)."""
    return count_calls(monkeypatch, zonetrack.catalog, "validate_tables")


def assert_same_catalog(a, b) -> None:
    for name in TABLES:
        left, right = getattr(a, name), getattr(b, name)
        assert_frame_equal(left, right, check_exact=True)
        for column in left.columns:
            if left[column].dtype == object:
                assert [type(v) for v in left[column]] == [type(v) for v in right[column]]


def entries(cache: Path) -> list[Path]:
    folder = cache / "catalogs"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_an_unchanged_catalogue_is_validated_once(project_copy, validations, private_catalog_cache):
    data, seeds = project_copy
    fresh = zonetrack.load_catalog(data, seeds)
    cached = zonetrack.load_catalog(data, seeds)
    assert len(validations) == 1
    assert len(entries(private_catalog_cache)) == 1
    assert_same_catalog(fresh, cached)
    assert cached.data_dir == data and cached.seeds_dir == seeds
    pd.testing.assert_frame_equal(
        zonetrack.assess(fresh, "2026-09-30"), zonetrack.assess(cached, "2026-09-30")
    )


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(text)


@pytest.mark.parametrize(
    "change",
    [
        "data/zones.csv",
        "data/observations.csv",
        "seeds/sources.csv",
        "seed",
        "new data file",
        "removed file",
    ],
)
def test_any_changed_byte_means_a_full_validation(project_copy, validations, change):
    data, seeds = project_copy
    if change == "removed file":
        (data / "README.txt").write_text("notes\n", encoding="utf-8")
    zonetrack.load_catalog(data, seeds)
    root = data.parent
    if change == "seed":
        seed = sorted(seeds.glob("*.txt"))[0]
        seed.write_bytes(seed.read_bytes() + b" ")  # breaks its recorded sha256
    elif change == "new data file":
        (data / "README.txt").write_text("notes\n", encoding="utf-8")
    elif change == "removed file":
        (data / "README.txt").unlink()
    else:
        # One byte more at the end of a CSV: the same rows, other bytes.
        _append(root / change, "\n")
    before = len(validations)
    try:
        zonetrack.load_catalog(data, seeds)
    except zonetrack.CatalogError:
        pass  # a changed seed no longer matches its sha256: validated, and refused
    assert len(validations) == before + 1


def test_the_key_includes_the_version(project_copy, validations, monkeypatch):
    data, seeds = project_copy
    zonetrack.load_catalog(data, seeds)
    monkeypatch.setattr(zonetrack, "__version__", "99.0.0")
    zonetrack.load_catalog(data, seeds)
    assert len(validations) == 2


def test_an_invalid_catalogue_is_never_cached(minimal_catalog, validations, private_catalog_cache):
    data, seeds = minimal_catalog
    _append(data / "targets.csv", "t-bad,park,area,>=,abc,万平方米,2025,2021,,plan.txt,x,\n")
    for _ in range(2):
        with pytest.raises(zonetrack.CatalogError):
            zonetrack.load_catalog(data, seeds)
    assert len(validations) == 2
    assert entries(private_catalog_cache) == []


def _damage(entry: Path, how: str) -> None:
    parquet = entry / "observations.parquet"
    if how == "flipped byte":
        raw = bytearray(parquet.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        parquet.write_bytes(bytes(raw))
    elif how == "truncated":
        parquet.write_bytes(parquet.read_bytes()[:100])
    elif how == "missing file":
        parquet.unlink()
    elif how == "garbage meta":
        (entry / "meta.json").write_text("{not json", encoding="utf-8")
    elif how == "other content":
        # Readable Parquet with the right columns and types, other values: only the
        # recorded hashes can tell.
        zones = pd.read_parquet(entry / "zones.parquet")
        zones["name_en"] = "Somewhere else"
        zones.to_parquet(entry / "zones.parquet", index=False)
    elif how == "empty folder":
        for child in entry.iterdir():
            child.unlink()


@pytest.mark.parametrize(
    "how",
    ["flipped byte", "truncated", "missing file", "garbage meta", "other content", "empty folder"],
)
def test_a_damaged_entry_is_rebuilt_not_trusted(
    project_copy, validations, private_catalog_cache, how
):
    data, seeds = project_copy
    fresh = zonetrack.load_catalog(data, seeds)
    (entry,) = entries(private_catalog_cache)
    _damage(entry, how)
    another_process()
    again = zonetrack.load_catalog(data, seeds)
    assert len(validations) == 2
    assert_same_catalog(fresh, again)
    # the rebuilt entry is sound: the next load needs no validation
    another_process()
    assert_same_catalog(fresh, zonetrack.load_catalog(data, seeds))
    assert len(validations) == 2


def another_process() -> None:
    """Forget what this process loaded and hashed, as a new process starts: what follows
    reads the cache folder's entry."""
    zonetrack.cache._loaded.clear()
    zonetrack.cache.vouch_for("", "", None)


@pytest.fixture
def entry_reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Counts reads of the cache folder's entries, through the seam load_catalog calls."""
    return count_calls(monkeypatch, zonetrack.catalog, "read_cached_catalog")


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Counts full hashes of the catalogue's files."""
    return count_calls(monkeypatch, zonetrack.cache, "catalog_fingerprint")


def test_a_process_reads_an_unchanged_catalogue_once(project_copy, validations, entry_reads):
    data, seeds = project_copy
    first = zonetrack.load_catalog(data, seeds)
    for _ in range(3):
        again = zonetrack.load_catalog(data, seeds)
        assert_same_catalog(first, again)
    assert len(validations) == 1
    assert len(entry_reads) <= 1  # the first load validated; later ones read no entry
    assert zonetrack.cache.known_fingerprint(again) == catalog_fingerprint(data, seeds)


def test_every_load_hashes_the_files_again(project_copy, validations, hashes):
    # A file's status cannot vouch for its bytes (see the mmap test): each load hashes.
    data, seeds = project_copy
    for _ in range(3):
        zonetrack.load_catalog(data, seeds)
    assert len(hashes) >= 3
    assert len(validations) == 1


def test_a_byte_written_through_mmap_is_seen(project_copy, validations):
    """Writing a page of a mapped file a second time can leave its mtime and ctime as they
    were: only the bytes tell. A catalogue loaded in between must not hide the change."""
    data, seeds = project_copy
    first = zonetrack.load_catalog(data, seeds)
    name = first.zones["name_en"].iloc[0]
    changed = name[:-1] + ("X" if name[-1] != "X" else "Y")
    old, new = f",{name},".encode(), f",{changed},".encode()
    with (data / "zones.csv").open("r+b") as fh, mmap.mmap(fh.fileno(), 0) as mapped:
        at = mapped.find(old)
        assert at >= 0 and mapped.find(old, at + 1) < 0
        mapped[at : at + 1] = mapped[at : at + 1]  # a first write dirties the page
        zonetrack.load_catalog(data, seeds)
        mapped[at : at + len(new)] = new  # the second write, on the dirty page
        mapped.flush()
        again = zonetrack.load_catalog(data, seeds)
    assert again.zones["name_en"].iloc[0] == changed
    assert len(validations) == 2


def test_a_byte_changed_with_its_mtime_set_back_is_seen(project_copy, validations):
    data, seeds = project_copy
    first = zonetrack.load_catalog(data, seeds)
    name = first.zones["name_en"].iloc[0]
    changed = name[:-1] + ("X" if name[-1] != "X" else "Y")
    _rewrite_keeping_mtime(data / "zones.csv", f",{name},".encode(), f",{changed},".encode())
    again = zonetrack.load_catalog(data, seeds)
    assert len(validations) == 2
    assert again.zones["name_en"].iloc[0] == changed


def test_only_the_folders_vouched_for_skip_the_hash(project_copy, validations, hashes, tmp_path):
    data, seeds = project_copy
    fingerprint = catalog_fingerprint(data, seeds)
    zonetrack.cache.vouch_for(data, seeds, fingerprint)
    try:
        zonetrack.load_catalog(data, seeds)
        assert hashes == []  # the runner's word for its own copy
        other = tmp_path / "other"
        shutil.copytree(data.parent, other)
        zonetrack.load_catalog(other / "data", other / "seeds")
        assert len(hashes) >= 1  # any other folder is hashed
        zonetrack.cache.vouch_for(other / "data", other / "seeds", None)
        count = len(hashes)
        zonetrack.load_catalog(data, seeds)
        assert len(hashes) > count  # a later reset forgets the earlier task's folders
    finally:
        zonetrack.cache.vouch_for(data, seeds, None)


def _rewrite_keeping_mtime(path: Path, old: bytes, new: bytes) -> None:
    """Change bytes in place, same size, and set the modification time back, as a careless
    tool might."""
    raw = path.read_bytes()
    assert len(old) == len(new) and raw.count(old) == 1
    before = path.stat()
    with path.open("r+b") as fh:
        fh.seek(raw.index(old))
        fh.write(new)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size, before.st_mtime_ns, before.st_ino
    )  # fmt: skip


def test_changing_a_loaded_catalogue_changes_no_later_load(project_copy, validations):
    data, seeds = project_copy
    first = zonetrack.load_catalog(data, seeds)
    target_value = first.targets["value"].iloc[0]
    zone_name = first.zones["name_en"].iloc[0]
    parents = dict(first.hierarchy.parents)
    # What a notebook might do to its catalogue before the next notebook on the same kernel.
    first.targets.loc[first.targets.index[0], "value"] = target_value + 1
    first.zones.loc[first.zones.index[0], "name_en"] = "Changed in place"
    first.observations.loc[:, "value"] = -1.0
    first.targets["value"].array[1] = -2.0  # through the array, past copy-on-write
    first.hierarchy.parents[next(iter(parents))] = "nowhere"
    later = zonetrack.load_catalog(data, seeds)
    assert later.targets["value"].iloc[0] == target_value
    assert later.targets["value"].iloc[1] != -2.0
    assert later.zones["name_en"].iloc[0] == zone_name
    assert (later.observations["value"] != -1.0).all()
    assert later.hierarchy.parents == parents
    # And a catalogue recalled from this process's memory, changed the same ways.
    observed = later.observations["value"].iloc[0]
    later.targets.loc[later.targets.index[0], "value"] = -1.0
    later.observations["value"].array[0] = observed - 1  # through the array
    later.zones["zone_id"].array[0] = "renamed"
    again = zonetrack.load_catalog(data, seeds)
    assert again.targets["value"].iloc[0] == target_value
    assert again.observations["value"].iloc[0] == observed
    assert again.zones["zone_id"].iloc[0] == first.zones["zone_id"].iloc[0] != "renamed"
    assert len(validations) == 1


def test_a_changed_zones_table_gives_its_own_hierarchy(project_copy):
    """A recalled catalogue builds its zone index from its own zones, as a fresh one does:
    a notebook that edits its zones gets the same subtrees on a fresh or a warm kernel."""
    data, seeds = project_copy
    for _ in range(2):  # the first load fresh, the second recalled
        catalog = zonetrack.load_catalog(data, seeds)
        child = catalog.zones["zone_id"].iloc[-1]
        catalog.zones.loc[catalog.zones.index[-1], "parent_id"] = None
        assert catalog.hierarchy.parents[child] is None


def test_the_cache_can_be_switched_off(
    project_copy, validations, monkeypatch, private_catalog_cache
):
    monkeypatch.setenv("ZONETRACK_CACHE", "off")
    data, seeds = project_copy
    zonetrack.load_catalog(data, seeds)
    zonetrack.load_catalog(data, seeds)
    assert len(validations) == 2
    assert entries(private_catalog_cache) == []


def test_an_unwritable_cache_loses_nothing(project_copy, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("ZONETRACK_CACHE_DIR", str(blocker / "cache"))
    data, seeds = project_copy
    assert len(zonetrack.load_catalog(data, seeds).targets) > 0


def test_the_fingerprint_names_files_and_bytes(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "data" / "a.csv").write_bytes(b"xy")
    first = catalog_fingerprint(tmp_path / "data", tmp_path / "seeds")
    # the same bytes under another name, or moved to the other folder, are another catalogue
    (tmp_path / "data" / "a.csv").rename(tmp_path / "data" / "b.csv")
    second = catalog_fingerprint(tmp_path / "data", tmp_path / "seeds")
    (tmp_path / "data" / "b.csv").rename(tmp_path / "seeds" / "b.csv")
    third = catalog_fingerprint(tmp_path / "data", tmp_path / "seeds")
    assert len({first, second, third}) == 3


FILL = """
import sys, zonetrack
catalog = zonetrack.load_catalog(sys.argv[1], sys.argv[2])
print(len(catalog.targets), len(catalog.observations))
"""


@pytest.mark.slow
def test_processes_filling_the_cache_at_once_are_safe(project_copy, private_catalog_cache):
    data, seeds = project_copy
    env = {**os.environ, "ZONETRACK_CACHE_DIR": str(private_catalog_cache)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", FILL, str(data), str(seeds)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1
    (entry,) = entries(private_catalog_cache)  # one entry, no staging folder left behind
    assert not entry.name.startswith(".")
    assert_same_catalog(
        zonetrack.load_catalog(data, seeds), zonetrack.catalog.load_catalog(data, seeds)
    )


def test_a_catalogue_cached_under_other_rules_is_validated_again(
    project_copy, validations, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new validation rule (zonetrack's own code changed) must not be skipped because
    # the catalogue's bytes are the same as when a laxer zonetrack cached it.
    import zonetrack.cache

    data, seeds = project_copy
    zonetrack.load_catalog(data, seeds)
    zonetrack.load_catalog(data, seeds)
    assert len(validations) == 1
    monkeypatch.setattr(zonetrack.cache, "_code_digest", lambda: "stricter rules")
    zonetrack.load_catalog(data, seeds)
    assert len(validations) == 2


def test_the_cache_key_is_the_manifests_catalogue_hash(project_copy):
    """One definition of "this catalogue": the manifest's catalog_sha256 names the cache key."""
    from zonetrack.publish import catalog_sha256

    data, seeds = project_copy
    files = {f"data/{p.name}": p.read_bytes() for p in data.iterdir()}
    files |= {f"seeds/{p.name}": p.read_bytes() for p in seeds.iterdir()}
    assert catalog_fingerprint(data, seeds) == catalog_sha256(files)
