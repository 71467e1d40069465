"""A cache of validated catalogues, keyed by the bytes of every file they were read from.

Validating a national catalogue (every evidence span checked against its seed) takes
seconds; loading the same catalogue again should not. :func:`catalog_fingerprint` hashes
the name and the bytes of every file in ``data/`` and ``seeds/`` together with zonetrack's
version and its own code, so any changed byte, added or removed file, upgrade or change
of a validation rule means a new key and a full validation. An entry holds the typed tables
as Parquet files (no pickle: an entry is data, never code) and a ``meta.json`` with the
SHA-256 of each; an entry whose files do not match their hashes, or that cannot be read, is
deleted and rebuilt, never trusted.

The cache lives outside the catalogue, in the user's cache folder (``ZONETRACK_CACHE_DIR``
overrides it; ``ZONETRACK_CACHE=off`` disables it). It is safe to delete at any time, and
safe under concurrent runs: an entry is written into a private folder and renamed into place
in one step; when two processes fill the same key, the first rename wins and the other's
copy is discarded.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import config

if TYPE_CHECKING:
    from .catalog import Catalog

__all__ = [
    "cache_entry_files",
    "catalog_fingerprint",
    "clear_cache",
    "combine_file_hashes",
    "current_fingerprint",
    "files_key",
    "known_fingerprint",
    "read_cached_catalog",
    "read_cached_files",
    "recall_catalog",
    "vouch_for",
    "write_cached_catalog",
    "write_cached_files",
]

_FORMAT = 1  # bump when the layout of an entry changes
_TABLES = ("zones", "indicators", "targets", "observations", "sources")
_CHUNK = 1 << 20


def catalog_fingerprint(data_dir: Path, seeds_dir: Path) -> str:
    """One SHA-256 over the names and bytes of every file in ``data_dir`` and ``seeds_dir``.

    The hash the report manifest records as ``catalog_sha256``, and the same definition
    (:func:`combine_file_hashes`); in the folder holding both (hidden files and subfolders
    count), ``find data seeds -type f -exec sha256sum {} + | LC_ALL=C sort -k2 | sha256sum``
    gives it.
    """
    hashes = {}
    for label, folder in (("data", str(data_dir)), ("seeds", str(seeds_dir))):
        for relative in _files(folder):
            file_digest = hashlib.sha256()
            with open(os.path.join(folder, relative), "rb") as fh:
                while chunk := fh.read(_CHUNK):
                    file_digest.update(chunk)
            hashes[f"{label}/{relative}"] = file_digest.hexdigest()
    return combine_file_hashes(hashes)


# -- within one process: what was loaded last, and the folders a runner vouches for -----------
# A warm kernel renders notebook after notebook from the same catalogue, and an analyst's
# kernel loads it again and again: reading the cached tables each time would make every
# notebook's cost grow with the catalogue. The process keeps its last catalogues loaded, by
# the hash of their files, and hands out copies. The files are still hashed on every load
# (a file's status cannot vouch for its bytes: a write through mmap can leave its mtime and
# ctime unchanged), except in one case: the private folder a report task's catalogue was
# written into by the runner (``execute.py``), which hashed those very bytes and vouches for
# them before each notebook (``kernels.reset_kernel``); no one else writes that folder.
_memo_lock = threading.Lock()
# (cache folder, entry key) -> the catalogue as loaded, never handed out itself; a layer
# over the cache folder, so another folder (or clearing it) starts afresh.
_loaded: dict[tuple[str, str], Catalog] = {}
_KEEP_LOADED = 2
_vouched: dict[tuple[str, str], str] = {}  # (data, seeds) folders -> their fingerprint


def vouch_for(data_dir: str | Path, seeds_dir: str | Path, fingerprint: str | None) -> None:
    """Record that the files in ``data_dir`` and ``seeds_dir`` hash to ``fingerprint``, in
    place of any earlier record (None: forget it): what a report runner, which wrote those
    files into a private folder from bytes it hashed, tells the kernel before a notebook."""
    with _memo_lock:
        _vouched.clear()
        if fingerprint is not None:
            key = (os.path.abspath(data_dir), os.path.abspath(seeds_dir))
            _vouched[key] = fingerprint


def current_fingerprint(data_dir: Path, seeds_dir: Path) -> str:
    """:func:`catalog_fingerprint`, or the fingerprint vouched for these very folders
    (:func:`vouch_for`); with the cache off (``ZONETRACK_CACHE=off``), always hashed."""
    if config.cache_dir() is not None:
        with _memo_lock:
            vouched = _vouched.get((os.path.abspath(data_dir), os.path.abspath(seeds_dir)))
        if vouched is not None:
            return vouched
    return catalog_fingerprint(data_dir, seeds_dir)


def _detached(catalog: Catalog, data_dir: Path, seeds_dir: Path) -> Catalog:
    """A catalogue of its own: its tables copied (the values, not only the frames: a write
    through ``Series.array`` must not reach another), its zone index built afresh."""
    from dataclasses import replace

    return replace(
        catalog,
        **{name: getattr(catalog, name).copy(deep=True) for name in _TABLES},
        data_dir=Path(data_dir),
        seeds_dir=Path(seeds_dir),
    )


def _keep_loaded(fingerprint: str, catalog: Catalog) -> None:
    root = config.cache_dir()
    if root is None:
        return
    key = (str(root), _cache_key(fingerprint))
    kept = _detached(catalog, catalog.data_dir, catalog.seeds_dir)
    with _memo_lock:
        _loaded.pop(key, None)
        _loaded[key] = kept
        while len(_loaded) > _KEEP_LOADED:
            _loaded.pop(next(iter(_loaded)))


def recall_catalog(fingerprint: str, data_dir: Path, seeds_dir: Path) -> Catalog | None:
    """The catalogue this process last loaded from files hashing to ``fingerprint``, as a
    catalogue of its own (changing it changes no other), or None."""
    root = config.cache_dir()
    if root is None:
        return None
    with _memo_lock:
        kept = _loaded.get((str(root), _cache_key(fingerprint)))
    if kept is None:
        return None
    catalog = _detached(kept, data_dir, seeds_dir)
    _remember(catalog, fingerprint)
    return catalog


def combine_file_hashes(hashes: dict[str, str]) -> str:
    """The sha256 of the lines ``<sha256 of the file>  <data|seeds>/<name>``, sorted by name."""
    lines = "".join(f"{digest}  {name}\n" for name, digest in sorted(hashes.items()))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def _files(folder: str) -> list[str]:
    """Every file below ``folder`` as a sorted, '/'-separated relative path.

    Plain strings and ``os.walk``: a national catalogue has tens of thousands of seeds,
    and this runs on every load.
    """
    found = []
    for dirpath, _, filenames in os.walk(folder):
        prefix = os.path.relpath(dirpath, folder)
        for filename in filenames:
            relative = filename if prefix == "." else os.path.join(prefix, filename)
            found.append(relative.replace(os.sep, "/"))
    return sorted(found)


def _cache_key(fingerprint: str) -> str:
    from . import __version__

    key = f"{_FORMAT}:{__version__}:{_code_digest()}:{fingerprint}"
    return hashlib.sha256(key.encode()).hexdigest()


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """SHA-256 of zonetrack's own code and data files.

    What counts as valid is part of the key: a catalogue cached by a zonetrack whose checks
    were laxer (before a new validation rule, even within one version) is validated afresh.
    """
    digest = hashlib.sha256()
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.suffix in (".py", ".txt", ".csv") and path.is_file():
            digest.update(path.relative_to(config.PACKAGE_DIR).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


# The fingerprint each catalogue in this process was loaded under, by id(catalog), dropped
# when the catalogue is (a Catalog holds DataFrames: it cannot be a dictionary key itself).
_loaded_under: dict[int, str] = {}


def _remember(catalog: Catalog, fingerprint: str) -> None:
    key = id(catalog)
    if key not in _loaded_under:
        weakref.finalize(catalog, _loaded_under.pop, key, None)
    _loaded_under[key] = fingerprint


def known_fingerprint(catalog: Catalog) -> str | None:
    """The fingerprint of the files ``catalog`` was read and checked from, when it came
    from :func:`zonetrack.load_catalog` through the cache (read or written) in this
    process: the hash of the very bytes it holds, without reading the folders again (they
    may have changed since). None otherwise (a what-if copy, a catalogue built by hand)."""
    return _loaded_under.get(id(catalog))


def _entry(fingerprint: str) -> Path | None:
    root = config.cache_dir()
    return None if root is None else root / "catalogs" / _cache_key(fingerprint)


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dtype_name(column: pd.Series) -> str:
    if isinstance(column.dtype, pd.CategoricalDtype):
        return f"category[{column.cat.categories.dtype}]"
    return str(column.dtype)


def _as_object(values: pd.Series | pd.Index) -> pd.Series | pd.Index:
    return values.astype(object).where(values.notna(), None)


def _restore_dtypes(frame: pd.DataFrame, dtypes: dict[str, str]) -> pd.DataFrame:
    """Give every column back the dtype it had when stored.

    Parquet keeps numbers, dates and categories, but pandas reads text back as its string
    dtype; the catalogue's text columns are plain objects with None for empty cells, and a
    cached catalogue must be indistinguishable from a freshly validated one.
    """
    if list(frame.columns) != list(dtypes):
        raise ValueError("columns differ from the entry's record")
    for column, recorded in dtypes.items():
        values = frame[column]
        if recorded == "object" and values.dtype != object:
            frame[column] = _as_object(values)
        elif recorded == "category[object]" and isinstance(values.dtype, pd.CategoricalDtype):
            categories = values.cat.categories
            if categories.dtype != object:
                frame[column] = values.cat.rename_categories(list(categories.astype(object)))
        if _dtype_name(frame[column]) != recorded:
            raise ValueError(f"column {column} comes back as {frame[column].dtype}")
    return frame


def _entry_meta(entry: Path, **expected: object) -> dict[str, Any]:
    """An entry's ``meta.json``; ValueError (the entry is damaged) unless it records
    ``expected`` (its format and whose entry it is)."""
    meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
    if any(meta.get(name) != value for name, value in expected.items()):
        raise ValueError("not this entry")
    return meta


def read_cached_catalog(fingerprint: str, data_dir: Path, seeds_dir: Path) -> Catalog | None:
    """The catalogue cached under ``fingerprint``, or None (absent, disabled or damaged).

    A damaged entry (a file missing, changed or unreadable) is removed, so that the next
    load validates afresh and writes a sound one.
    """
    from .catalog import Catalog

    entry = _entry(fingerprint)
    if entry is None or not entry.is_dir():
        return None
    try:
        meta = _entry_meta(entry, format=_FORMAT, fingerprint=fingerprint)
        frames = {}
        for name in _TABLES:
            path = entry / f"{name}.parquet"
            if _file_sha256(path) != meta["sha256"][name]:
                raise ValueError(f"{path.name} does not match its hash")
            frames[name] = _restore_dtypes(
                pd.read_parquet(path, engine="pyarrow"), meta["dtypes"][name]
            )
        catalog = Catalog(**frames, data_dir=Path(data_dir), seeds_dir=Path(seeds_dir))
        _remember(catalog, fingerprint)
        _keep_loaded(fingerprint, catalog)
        return catalog
    except Exception:  # anything wrong with an entry means: rebuild it, never trust it
        shutil.rmtree(entry, ignore_errors=True)
        return None


def write_cached_catalog(fingerprint: str, catalog: Catalog) -> None:
    """Store ``catalog`` under ``fingerprint``; a cache that cannot be written is skipped.

    The caller vouches that ``catalog`` was read from the files ``fingerprint`` names
    (``load_catalog`` hashes them before and after reading)."""
    _remember(catalog, fingerprint)
    _keep_loaded(fingerprint, catalog)

    def fill(staging: Path) -> None:
        hashes, dtypes = {}, {}
        for name in _TABLES:
            path = staging / f"{name}.parquet"
            frame = getattr(catalog, name)
            frame.to_parquet(path, engine="pyarrow", index=False)
            hashes[name] = _file_sha256(path)
            dtypes[name] = {column: _dtype_name(frame[column]) for column in frame.columns}
        meta = {"format": _FORMAT, "fingerprint": fingerprint, "sha256": hashes, "dtypes": dtypes}
        (staging / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")

    _fill_entry(_entry(fingerprint), fill)


def _fill_entry(entry: Path | None, fill: Callable[[Path], None]) -> None:
    """Make ``entry`` by ``fill`` on a private folder renamed into place in one step.

    Nothing when the cache is off or the entry exists; if another process renames its
    copy first, this one is discarded. A cache that cannot be written is skipped.
    """
    if entry is None or entry.is_dir():
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=entry.parent))
    except OSError:
        return
    try:
        fill(staging)
        os.rename(staging, entry)  # atomic; fails if another process got there first
    except Exception:  # a cache is an optimisation: failing to fill it loses nothing
        shutil.rmtree(staging, ignore_errors=True)


def cache_entry_files(fingerprint: str) -> dict[str, bytes] | None:
    """The sound entry cached under ``fingerprint`` as ``{cache/catalogs/KEY/NAME: bytes}``.

    What a render task carries to a kernel on another machine (a Dask worker), so that it
    loads the validated catalogue instead of validating it again; written into a folder
    named by ``ZONETRACK_CACHE_DIR`` there, it is found and checked like any entry.
    None when the cache is disabled or holds no sound entry for ``fingerprint``.
    """
    entry = _entry(fingerprint)
    if entry is None:
        return None
    try:
        meta_bytes = (entry / "meta.json").read_bytes()
        meta = json.loads(meta_bytes)
        if meta.get("format") != _FORMAT or meta.get("fingerprint") != fingerprint:
            return None
        prefix = f"cache/catalogs/{entry.name}"
        out = {f"{prefix}/meta.json": meta_bytes}
        for name in _TABLES:
            content = (entry / f"{name}.parquet").read_bytes()
            if hashlib.sha256(content).hexdigest() != meta["sha256"][name]:
                return None
            out[f"{prefix}/{name}.parquet"] = content
        return out
    except (OSError, ValueError, KeyError, TypeError):
        return None


# -- files derived from a catalogue (the quarter's downloads) --------------------------
_FILES_FORMAT = 1
_SAFE_NAME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")


def files_key(kind: str, *parts: str) -> str:
    """The key of files derived from a catalogue: ``kind``, the ``parts`` they are a pure
    function of (the catalogue's hash, a quarter, ...), zonetrack's version and its code
    (:func:`_code_digest`), so an upgrade or any change to the code that builds them
    builds them afresh."""
    from . import __version__

    key = "\0".join((str(_FILES_FORMAT), kind, __version__, _code_digest(), *parts))
    return hashlib.sha256(key.encode()).hexdigest()


def _files_entry(kind: str, key: str) -> Path | None:
    root = config.cache_dir()
    return None if root is None else root / kind / key


def read_cached_files(kind: str, key: str) -> dict[str, bytes] | None:
    """The files cached under ``kind``/``key``, each checked against the SHA-256 its
    ``meta.json`` records; None when absent or disabled. A damaged entry (a file missing,
    changed, added, or a ``meta.json`` that does not parse) is removed and None returned."""
    entry = _files_entry(kind, key)
    if entry is None or not entry.is_dir():
        return None
    try:
        meta = _entry_meta(entry, format=_FILES_FORMAT, key=key)
        names = list(meta["sha256"])
        if sorted(p.name for p in entry.iterdir()) != sorted([*names, "meta.json"]):
            raise ValueError("files differ from the entry's record")
        out = {}
        for name in meta["order"]:
            content = (entry / name).read_bytes()
            if hashlib.sha256(content).hexdigest() != meta["sha256"][name]:
                raise ValueError(f"{name} does not match its hash")
            out[name] = content
        if sorted(out) != sorted(names):
            raise ValueError("the order does not name every file")
        return out
    except Exception:  # anything wrong with an entry means: rebuild it, never trust it
        shutil.rmtree(entry, ignore_errors=True)
        return None


def write_cached_files(kind: str, key: str, files: dict[str, bytes]) -> None:
    """Store ``files`` (plain names) under ``kind``/``key``: written into a private folder
    and renamed into place in one step; if another process got there first its entry is
    kept and this copy discarded. A cache that cannot be written is skipped."""
    if any(not name or set(name) - _SAFE_NAME or name.startswith(".") for name in files):
        raise ValueError("cached files need plain names")
    if "meta.json" in files:
        raise ValueError("meta.json is the entry's own record")

    def fill(staging: Path) -> None:
        for name, content in files.items():
            (staging / name).write_bytes(content)
        meta = {
            "format": _FILES_FORMAT,
            "key": key,
            "order": list(files),
            "sha256": {name: hashlib.sha256(c).hexdigest() for name, c in files.items()},
        }
        (staging / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")

    _fill_entry(_files_entry(kind, key), fill)


def clear_cache() -> None:
    """Remove every cached catalogue and download (what ``rm -rf`` on the folder would do)."""
    root = config.cache_dir()
    with _memo_lock:
        _loaded.clear()
        _vouched.clear()
    if root is not None:
        for kind in ("catalogs", "downloads"):
            with contextlib.suppress(FileNotFoundError):
                shutil.rmtree(root / kind)
