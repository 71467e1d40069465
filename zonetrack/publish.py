"""Publishing a quarter's reports into an output folder so that no published report is lost.

An output folder ``OUT`` looks like this::

    OUT/index.html                  every quarter
    OUT/2026Q3                      a relative symbolic link to the live version below
    OUT/.zonetrack/lock             the publish lock (``flock``), one per output folder
    OUT/.zonetrack/versions/        complete quarters; the one a link points at is live
    OUT/.zonetrack/runs/<id>/       a run's rendered notebooks, locked while the run lives

A run renders into its own folder under ``runs/`` without holding the publish lock. To
publish, it takes the lock, builds a complete new version of the quarter beside the live
one (the reports it rendered, plus every report of the live version it did not render,
hard-linked), and replaces the link ``OUT/<quarter>`` with one ``rename(2)`` of a new
link over it. Readers resolve ``OUT/<quarter>`` to either the old or the new version at
every instant, never to nothing. Whatever a killed run leaves in ``.zonetrack/`` (a dead
run's folder, a version no link points at, a temporary link) is removed by the next run
that publishes into ``OUT``, for any quarter, under the same lock.

A quarter published by an older zonetrack as a plain folder is swapped for a link once,
with ``renameat2(RENAME_EXCHANGE)`` where the system has it (Linux); elsewhere it is moved
aside and the link put in its place, and a run killed between the two renames is completed
by the next one.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import uuid
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import combine_file_hashes
from .exceptions import PublishError, ReportWarning, UsageError
from .execute import TEMPLATE
from .pages import DOWNLOADS, METHOD_PAGE, root_index
from .pages import quarter_index as quarter_index_page

__all__ = [
    "Outcome",
    "RunFolder",
    "catalog_sha256",
    "check_output",
    "open_run",
    "prepare_output",
    "publish_quarter",
    "read_manifest",
    "write_root_index",
]

QUARTER_NAME = re.compile(r"^\d{4}Q[1-4]$")
INTERNAL = ".zonetrack"
# What older zonetrack versions left beside a quarter: ".2026Q3-<random>" staging folders and
# the ".2026Q3.old" backup of an interrupted swap.
_LEGACY_STAGING = re.compile(r"^\.(\d{4}Q[1-4])(-.+|\.old)$")
_LEGACY_INDEX_TMP = re.compile(r"^\.index\.html\..+$")
_REPORT_KEYS = ("zone", "lang", "notebook", "html")
_FAILED_KEYS = ("zone", "lang", "error")


def _no_step(name: str) -> None:
    """Called between the steps of a publish; tests replace it to kill a run at each step."""


# A seam: ``publish_quarter`` calls ``step(name)`` after each of its steps.
step: Callable[[str], None] = _no_step

# The quarter's data files (downloads.py), published with the pages.
_DOWNLOADS = (*DOWNLOADS, METHOD_PAGE)

STEPS = ("locked", "cleaned", "built", "linked", "swapped", "pruned", "indexed")


def catalog_sha256(files: dict[str, bytes]) -> str:
    """One hash over the catalogue's files (``data/NAME`` and ``seeds/NAME`` to their bytes).

    The same value as :func:`zonetrack.cache.catalog_fingerprint` on the folders, and as
    ``find data seeds -type f -exec sha256sum {} + | LC_ALL=C sort -k2 | sha256sum``
    in the folder holding both.
    """
    return combine_file_hashes(
        {name: hashlib.sha256(content).hexdigest() for name, content in files.items()}
    )


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output(out: Path, data: Path, seeds: Path) -> None:
    """Refuse an output folder that must not or cannot be written, writing nothing.

    Raises
    ------
    UsageError
        ``out`` is inside the catalogue's ``data`` or ``seeds`` folder, is not a folder,
        or cannot be created or written.
    """
    resolved = out.resolve()
    for name, folder in (("data_dir", data), ("seeds_dir", seeds)):
        if _inside(resolved, folder.resolve()):
            raise UsageError(
                f"{out} is inside the catalogue's {folder.name}/ folder ({name}); "
                "reports must go elsewhere",
                argument="out",
                value=str(out),
            )
    existing = resolved
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        what = "exists and is not a folder" if existing == resolved else f"is below {existing}"
        raise UsageError(f"{out} {what}", argument="out", value=str(out))
    if not os.access(existing, os.W_OK | os.X_OK):
        verb = "written" if existing == resolved else "created"
        raise UsageError(f"{out} cannot be {verb}: permission denied", argument="out")


def prepare_output(out: Path) -> None:
    """Create ``out`` and zonetrack's folder in it, as the last check before rendering.

    Raises
    ------
    UsageError
        ``out`` cannot be created or written (what the permission check cannot foresee:
        a read-only or special filesystem, a full disk).
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / INTERNAL).mkdir(exist_ok=True)
        os.close(os.open(out / INTERNAL / "lock", os.O_RDWR | os.O_CREAT, 0o644))
    except OSError as exc:
        raise UsageError(
            f"{out} cannot be created or written: {exc.strerror or exc}", argument="out"
        ) from None


def read_manifest(folder: Path) -> dict | None:
    """The quarter's manifest, ``None`` if the quarter is not published.

    Raises
    ------
    PublishError
        The manifest exists but cannot be read as a zonetrack manifest.
    """
    path = folder / "manifest.json"
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(manifest, dict):
            raise ValueError("not a JSON object")
        for key, needed in (("reports", _REPORT_KEYS), ("failed", _FAILED_KEYS)):
            if not isinstance(manifest.get(key, []), list):
                raise ValueError(f"{key!r} is not a list")
            for entry in manifest.get(key, []):
                if not isinstance(entry, dict) or not all(
                    isinstance(entry.get(k), str) for k in needed
                ):
                    raise ValueError(f"an entry of {key!r} lacks one of {', '.join(needed)}")
    except (OSError, ValueError) as exc:  # JSONDecodeError and UnicodeDecodeError included
        raise PublishError(f"{path} is damaged: {exc}", path=str(path)) from None
    return manifest


# -- the publish lock and run folders ------------------------------------------------------


@contextlib.contextmanager
def _locked(root: Path) -> Iterator[None]:
    """Hold the output folder's publish lock (released by the system if the process dies)."""
    internal = root / INTERNAL
    internal.mkdir(exist_ok=True)
    fd = os.open(internal / "lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _try_lock(path: Path) -> int | None:
    """An fd holding ``path``'s lock, or ``None`` if a live process holds it."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return -1
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.exists():
        shutil.rmtree(path, ignore_errors=True)


def _live_targets(root: Path) -> set[str]:
    """Names of the versions that a quarter link of ``root`` points at."""
    live = set()
    for link in root.iterdir():
        if QUARTER_NAME.match(link.name) and link.is_symlink():
            live.add(Path(os.readlink(link)).name)
    return live


def _clean(root: Path) -> None:
    """Remove what dead runs left behind; call with the publish lock held."""
    internal = root / INTERNAL
    for name in os.listdir(root):  # folders and files of older zonetrack versions
        legacy = _LEGACY_STAGING.match(name)
        if legacy and name.endswith(".old") and not (root / legacy[1]).exists():
            os.replace(root / name, root / legacy[1])  # finish that version's interrupted swap
        elif legacy or _LEGACY_INDEX_TMP.match(name):
            _remove(root / name)
    for moved in (internal / "aside").glob("*"):  # a plain quarter folder being replaced
        if not os.path.lexists(root / moved.name):
            os.replace(moved, root / moved.name)
        else:
            _remove(moved)
    with contextlib.suppress(OSError):  # only if empty
        (internal / "aside").rmdir()
    live = _live_targets(root)
    for version in (internal / "versions").glob("*"):
        if version.name not in live:
            _remove(version)
    for leftover in [*internal.glob("link-*"), *internal.glob("index-*.html")]:
        _remove(leftover)
    for run in (internal / "runs").glob("*"):
        if run.suffix == ".lock":
            continue
        fd = _try_lock(run.with_suffix(".lock"))
        if fd is None:
            continue  # a live run
        try:
            _remove(run)
            run.with_suffix(".lock").unlink(missing_ok=True)
        finally:
            if fd >= 0:
                os.close(fd)
    for lock in (internal / "runs").glob("*.lock"):
        if not lock.with_suffix("").exists():
            fd = _try_lock(lock)
            if fd is not None:
                lock.unlink(missing_ok=True)
                if fd >= 0:
                    os.close(fd)


@dataclass
class RunFolder:
    """A run's private folder for its rendered notebooks; alive while its lock is held."""

    path: Path
    run_id: str
    _fd: int = field(default=-1, repr=False)


@contextlib.contextmanager
def open_run(root: Path) -> Iterator[RunFolder]:
    """Create ``root`` if needed, clean up after dead runs, and give this run its folder.

    The folder is created and locked under the publish lock, so a cleaner never mistakes a
    starting run for a dead one. It is removed when the context exits.
    """
    run_id = uuid.uuid4().hex[:12]
    runs = root / INTERNAL / "runs"
    try:
        root.mkdir(parents=True, exist_ok=True)
        with _locked(root):
            _clean(root)
            runs.mkdir(parents=True, exist_ok=True)
            lock = runs / f"{run_id}.lock"
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            (runs / run_id).mkdir()
    except OSError as exc:
        raise PublishError(
            f"cannot prepare {root}: {exc.strerror or exc}", path=str(root)
        ) from None
    run = RunFolder(runs / run_id, run_id, fd)
    try:
        yield run
    finally:
        shutil.rmtree(run.path, ignore_errors=True)
        with contextlib.suppress(OSError):
            lock.unlink()
        os.close(fd)


# -- building and swapping in a version ----------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What this run made of one notebook.

    ``entry`` holds the manifest fields of a rendered report (title, status counts, hashes,
    catalogue hash, zonetrack version); ``notebook`` and ``html`` are files in the run
    folder. A failed notebook has ``error`` and, if it ran at all, ``notebook``.
    """

    zone: str
    lang: str
    error: str | None
    notebook: Path | None
    html: Path | None
    entry: dict = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return f"{self.zone}.{self.lang}"

    @property
    def key(self) -> tuple[str, str]:
        return (self.zone, self.lang)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(source: Path, target: Path, move: bool) -> None:
    """Move a new file in, or hard-link a published one (published files never change)."""
    if move:
        os.replace(source, target)
        return
    try:
        os.link(source, target)
    except OSError:  # a filesystem without hard links
        shutil.copy2(source, target)


def _merge(
    old: dict | None, outcomes: Iterable[Outcome], replace: bool, meta: dict
) -> tuple[dict[tuple[str, str], dict], list[tuple[str, Path, bool]]]:
    """Manifest entries of the new version and the files it needs: (name, source, move)."""
    previous: dict[tuple[str, str], dict] = {}
    for kind in ("reports", "failed"):
        for entry in (old or {}).get(kind, []):
            extra = {"status": entry.get("status", "ok")} if kind == "reports" else {}
            previous[(entry["zone"], entry["lang"])] = {**entry, **extra, "_kind": kind}
    entries = {} if replace else dict(previous)
    new_files: dict[tuple[str, str], list[tuple[str, Path | None, bool]]] = {}
    for o in outcomes:
        key = (o.zone, o.lang)
        prev = previous.get(key)
        failed_nb = f"_failed/{o.stem}.ipynb" if o.error and o.notebook is not None else None
        files = []
        if o.error is None:
            entry = {"zone": o.zone, "lang": o.lang, **o.entry, "status": "ok", "_kind": "reports"}
            entry.update(notebook=f"{o.stem}.ipynb", html=f"{o.stem}.html")
            files = [(entry["notebook"], o.notebook, True), (entry["html"], o.html, True)]
        elif prev is not None and prev["_kind"] == "reports":
            # Keep the last good page and notebook; say they are stale and why.
            entry = {k: v for k, v in prev.items() if k not in ("error", "failed_notebook")}
            entry.update(status="stale", error=o.error, failed_notebook=failed_nb)
        else:
            entry = {"zone": o.zone, "lang": o.lang, **meta, "notebook": failed_nb}
            entry.update(error=o.error, _kind="failed")
        if failed_nb:
            files.append((failed_nb, o.notebook, True))
        entries[key] = entry
        new_files[key] = files
    needed: list[tuple[str, Path, bool]] = []
    for files in new_files.values():
        for name, source, move in files:
            if source is not None:  # a rendered report always has both of its files
                needed.append((name, source, move))
    return entries, needed


def _entry_files(entry: dict) -> list[str]:
    names = [entry.get("failed_notebook")]
    names += [entry.get("notebook"), entry.get("html")] if entry["_kind"] == "reports" else []
    names += [entry.get("notebook")] if entry["_kind"] == "failed" else []
    return [n for n in names if n]


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one system call (Linux ``renameat2``); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def _swap_in(root: Path, quarter: str, link: Path) -> Path | None:
    """Put ``link`` in place of ``root/quarter``; return what it replaced, to delete."""
    final = root / quarter
    if final.is_symlink() or not final.exists():
        old = final.resolve() if final.is_symlink() else None
        os.replace(link, final)  # one rename: the old or the new version, never neither
        return old
    # A plain folder from an older zonetrack: exchange it with the link in one call ...
    if _exchange(link, final):
        return link
    # ... or, where that call does not exist, move it aside first (the next run completes this).
    aside = root / INTERNAL / "aside" / quarter
    aside.parent.mkdir(exist_ok=True)
    os.replace(final, aside)
    step("moved-aside")
    os.replace(link, final)
    return aside


def publish_quarter(
    root: Path,
    quarter: str,
    as_of: str,
    outcomes: list[Outcome],
    replace: bool,
    order: Callable[[tuple[str, str]], object],
    failure_meta: dict,
    run: RunFolder,
    downloads: dict[str, bytes] | None = None,
) -> dict:
    """Merge this run's outcomes into the published quarter and swap the result in.

    ``downloads`` (the quarter's data files, name to bytes) replace those of the live
    version; without them the live version's are kept.

    With ``replace`` the new version holds only this run's reports; otherwise every other
    report of the live version is kept. A failed notebook whose report was published keeps
    the published page, marked ``stale``. Takes the publish lock.

    Returns
    -------
    dict
        The manifest now published.

    Raises
    ------
    PublishError
        The output folder could not be written or the live manifest is damaged; the
        published quarter is then unchanged.
    """
    try:
        with _locked(root):
            step("locked")
            _clean(root)
            step("cleaned")
            final = root / quarter
            live = final.resolve() if final.exists() else None
            old = read_manifest(live) if live else None
            entries, files = _merge(old, outcomes, replace, failure_meta)
            versions = root / INTERNAL / "versions"
            versions.mkdir(exist_ok=True)
            version = versions / f"{quarter}.{run.run_id}"
            version.mkdir(mode=0o755)
            moved = {name for name, _, _ in files}
            for name, source, move in files:
                (version / name).parent.mkdir(exist_ok=True)
                _place(source, version / name, move)
            for entry in entries.values():
                for name in _entry_files(entry):
                    if name not in moved and live is not None and (live / name).exists():
                        (version / name).parent.mkdir(exist_ok=True)
                        _place(live / name, version / name, move=False)
            for name in _DOWNLOADS:
                if downloads and name in downloads:
                    (version / name).write_bytes(downloads[name])
                    os.chmod(version / name, 0o644)
                elif live is not None and (live / name).exists():
                    _place(live / name, version / name, move=False)
            manifest = _manifest(quarter, as_of, entries, order)
            if downloads:
                digests = {n: hashlib.sha256(d).hexdigest() for n, d in sorted(downloads.items())}
                catalog = {"catalog_sha256": failure_meta.get("catalog_sha256", "")}
                manifest["downloads"] = digests | catalog
            elif old and "downloads" in old:
                manifest["downloads"] = old["downloads"]
            _write(version / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            _write(version / "index.html", quarter_index(manifest))
            for folder in (version / "_failed", version):
                if folder.exists():
                    _fsync(folder)
            step("built")
            link = root / INTERNAL / f"link-{run.run_id}"
            os.symlink(f"{INTERNAL}/versions/{version.name}", link)
            step("linked")
            replaced = _swap_in(root, quarter, link)
            _fsync(root)
            step("swapped")
            try:  # the quarter is published; what follows, the next run would also do
                if replaced is not None:
                    _remove(replaced)
                    with contextlib.suppress(OSError):  # only if empty
                        (root / INTERNAL / "aside").rmdir()
                step("pruned")
                write_root_index(root)
                step("indexed")
            except OSError as exc:
                warnings.warn(
                    f"{quarter} is published, but {root / 'index.html'} was not updated "
                    f"({exc.strerror or exc}); the next run updates it",
                    ReportWarning,
                    2,
                )
    except OSError as exc:
        if isinstance(exc, PublishError):
            raise
        raise PublishError(
            f"cannot publish {quarter} to {root}: {exc.strerror or exc}", path=str(root)
        ) from None
    return manifest


def _write(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text if text.endswith("\n") else text + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _manifest(
    quarter: str, as_of: str, entries: dict, order: Callable[[tuple[str, str]], Any]
) -> dict:
    ordered = [entries[k] for k in sorted(entries, key=order)]

    def clean(entry: dict) -> dict:
        return {k: v for k, v in entry.items() if k != "_kind"}

    return {
        "quarter": quarter,
        "as_of": as_of,
        "template": TEMPLATE,
        "reports": [clean(e) for e in ordered if e["_kind"] == "reports"],
        "failed": [clean(e) for e in ordered if e["_kind"] == "failed"],
    }


# -- indexes -------------------------------------------------------------------------------


def quarter_index(manifest: dict) -> str:
    """The quarter's page (``pages.quarter_index``): every published report, stale ones
    marked, failures listed."""
    return quarter_index_page(manifest)


def write_root_index(root: Path) -> None:
    """Write ``root/index.html`` listing every quarter; a damaged manifest is skipped."""
    manifests = []
    for folder in sorted(p for p in root.iterdir() if QUARTER_NAME.match(p.name) and p.is_dir()):
        try:
            manifest = read_manifest(folder)
        except PublishError as exc:
            warnings.warn(f"{exc}; {folder.name} left out of the index", ReportWarning, 2)
            continue
        if manifest is not None:
            manifests.append(manifest)
    text = root_index(manifests)
    tmp = root / INTERNAL / f"index-{uuid.uuid4().hex[:12]}.html"
    _write(tmp, text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, root / "index.html")
