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
from typing import Any, Literal, TypedDict, cast

from .cache import combine_file_hashes
from .exceptions import PublishError, ReportWarning, UsageError
from .execute import TEMPLATE
from .labels import LANGUAGES, other_lang
from .pages import DOWNLOADS, METHOD_PAGE, language_placeholder, overview_placeholder, root_index
from .pages import quarter_index as quarter_index_page

__all__ = [
    "FailedEntry",
    "FailedReport",
    "Manifest",
    "NewReport",
    "Outcome",
    "ReportEntry",
    "ReportFields",
    "RunFolder",
    "RunMeta",
    "catalog_sha256",
    "check_output",
    "open_run",
    "prepare_output",
    "publish_quarter",
    "read_manifest",
    "stand_in_pages",
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


# -- the manifest ----------------------------------------------------------------------------
# ``manifest.json`` as typed dictionaries: the file stays plain JSON, read by people and other
# tools, and a manifest written by an older zonetrack (no ``status``, ``template`` or
# ``downloads``) still reads and merges. Keys are written in the order declared here.


class RunMeta(TypedDict):
    """What a run records about itself in every entry it writes."""

    catalog_sha256: str
    zonetrack: str


class ReportFields(TypedDict, total=False):
    """What a rendered report's entry says beyond its files (made by ``report.py``)."""

    title: str
    zone_name: str
    status_counts: dict[str, int]
    targets: int
    deadline_passed: int
    sha256: dict[str, str]  # "notebook" and "html" to the hex digest of their bytes
    catalog_sha256: str
    zonetrack: str


class _ReportKeys(TypedDict):
    zone: str
    lang: str
    notebook: str
    html: str


class ReportEntry(_ReportKeys, ReportFields, total=False):
    """A published report. ``stale``: its last run failed (``error``, and the notebook of
    that run in ``failed_notebook`` if it ran); the page is the last good one."""

    status: Literal["ok", "stale"]  # missing in manifests of older runs: "ok"
    error: str
    failed_notebook: str | None


class _FailedKeys(TypedDict):
    zone: str
    lang: str
    error: str


class FailedEntry(_FailedKeys, total=False):
    """A report that has never been published: why, and its failed notebook if it ran."""

    catalog_sha256: str
    zonetrack: str
    notebook: str | None


class _ManifestKeys(TypedDict):
    quarter: str
    as_of: str
    reports: list[ReportEntry]
    failed: list[FailedEntry]


class Manifest(_ManifestKeys, total=False):
    """A quarter's ``manifest.json``."""

    template: str
    downloads: dict[str, str]  # file name to hex digest, and the catalogue's hash
    # Pages standing in for a report published in one language only (``pages.py``).
    placeholders: list[str]


Key = tuple[str, str]  # (zone, lang)


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


def read_manifest(folder: Path) -> Manifest | None:
    """The quarter's manifest, ``None`` if the quarter is not published.

    A manifest of an older zonetrack reads too: missing lists are empty, a report without
    ``status`` is ``ok``.

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
    manifest.setdefault("reports", [])
    manifest.setdefault("failed", [])
    for report in manifest["reports"]:
        report.setdefault("status", "ok")
    return cast(Manifest, manifest)


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
class _Report:
    zone: str
    lang: str

    @property
    def stem(self) -> str:
        return f"{self.zone}.{self.lang}"

    @property
    def key(self) -> Key:
        return (self.zone, self.lang)


@dataclass(frozen=True)
class NewReport(_Report):
    """A report this run rendered: its notebook and page in the run folder, both always, and
    the manifest fields ``report.py`` computed for it (title, status counts, hashes, ...)."""

    notebook: Path
    html: Path
    entry: ReportFields = field(default_factory=lambda: ReportFields())


@dataclass(frozen=True)
class FailedReport(_Report):
    """A report this run could not render: why, and its failed notebook if it ran."""

    error: str
    notebook: Path | None = None


# What this run made of one notebook.
Outcome = NewReport | FailedReport


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


@dataclass
class _Entries:
    """The entries of a version being built: a key is a report or a failure, never both."""

    reports: dict[Key, ReportEntry] = field(default_factory=dict)
    failed: dict[Key, FailedEntry] = field(default_factory=dict)

    def report(self, key: Key, entry: ReportEntry) -> None:
        self.failed.pop(key, None)
        self.reports[key] = entry

    def failure(self, key: Key, entry: FailedEntry) -> None:
        self.reports.pop(key, None)
        self.failed[key] = entry

    def files(self) -> Iterator[str]:
        """Every file the entries name."""
        for r in self.reports.values():
            yield from (n for n in (r.get("failed_notebook"), r["notebook"], r["html"]) if n)
        for f in self.failed.values():
            if f.get("notebook"):
                yield cast(str, f["notebook"])


def _merge(
    old: Manifest | None, outcomes: Iterable[Outcome], replace: bool, meta: RunMeta
) -> tuple[_Entries, list[tuple[str, Path, bool]]]:
    """Manifest entries of the new version and the files it needs: (name, source, move)."""
    previous = _Entries()
    for report in old["reports"] if old else []:
        previous.report((report["zone"], report["lang"]), report)
    for failed in old["failed"] if old else []:
        previous.failure((failed["zone"], failed["lang"]), failed)
    entries = _Entries() if replace else _Entries(dict(previous.reports), dict(previous.failed))
    needed: list[tuple[str, Path, bool]] = []
    for o in outcomes:
        if isinstance(o, NewReport):
            entry: ReportEntry = {
                "zone": o.zone,
                "lang": o.lang,
                **o.entry,
                "status": "ok",
                "notebook": f"{o.stem}.ipynb",
                "html": f"{o.stem}.html",
            }
            entries.report(o.key, entry)
            needed += [(entry["notebook"], o.notebook, True), (entry["html"], o.html, True)]
            continue
        failed_nb = f"_failed/{o.stem}.ipynb" if o.notebook is not None else None
        if o.key in previous.reports:
            # Keep the last good page and notebook; say they are stale and why.
            prev = previous.reports[o.key]
            stale: ReportEntry = {**prev, "status": "stale", "error": o.error}
            stale.pop("failed_notebook", None)  # keeps its place only when set again
            stale["failed_notebook"] = failed_nb
            entries.report(o.key, stale)
        else:
            failure: FailedEntry = {
                "zone": o.zone,
                "lang": o.lang,
                **meta,
                "notebook": failed_nb,
                "error": o.error,
            }
            entries.failure(o.key, failure)
        if failed_nb is not None and o.notebook is not None:
            needed.append((failed_nb, o.notebook, True))
    if replace:
        _drop_stale_overviews(entries, previous, meta)
    return entries, needed


def _drop_stale_overviews(entries: _Entries, previous: _Entries, meta: RunMeta) -> None:
    """An overview kept from before a ``replace`` run that drops zone pages would link to
    pages the quarter no longer holds: it is a failure instead (its stand-in takes its place)."""
    kept = {zone for zone, _ in entries.reports}
    if all(zone in kept for zone, _ in previous.reports):
        return
    for key, report in list(entries.reports.items()):
        if key[0] == "all" and report["status"] == "stale":
            failure: FailedEntry = {
                "zone": report["zone"],
                "lang": report["lang"],
                **meta,
                "notebook": report.get("failed_notebook"),
                "error": str(report.get("error", "")),
            }
            entries.failure(key, failure)


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
    order: Callable[[Key], object],
    failure_meta: RunMeta,
    run: RunFolder,
    downloads: dict[str, bytes] | None = None,
) -> Manifest:
    """Merge this run's outcomes into the published quarter and swap the result in.

    ``downloads`` (the quarter's data files, name to bytes) replace those of the live
    version; without them the live version's are kept.

    With ``replace`` the new version holds only this run's reports; otherwise every other
    report of the live version is kept. A failed notebook whose report was published keeps
    the published page, marked ``stale``. Takes the publish lock.

    Returns
    -------
    Manifest
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
            for name in entries.files():
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
            placeholders = stand_in_pages(entries.reports.values())
            for name, text in placeholders.items():
                # The live version's page when it says the same (no new file to write and
                # flush under the lock: a quarter in one language has thousands).
                same = live is not None and _holds(live / name, text)
                if same:
                    _place(cast(Path, live) / name, version / name, move=False)
                else:
                    _write(version / name, text)
            if placeholders:
                manifest["placeholders"] = sorted(placeholders)
            if downloads:
                digests = {n: hashlib.sha256(d).hexdigest() for n, d in sorted(downloads.items())}
                manifest["downloads"] = digests | {"catalog_sha256": failure_meta["catalog_sha256"]}
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


def stand_in_pages(reports: Iterable[ReportEntry]) -> dict[str, str]:
    """The pages a quarter holds where a published page's links lead but no report is:
    file name to HTML.

    - A report published in one language only gets a page in the other
      (``<zone>.<other>.html``), where its language link leads. A page published or
      kept (``stale``) in a language needs none; a report that failed in the other
      language without an earlier page gets one.
    - Zone pages in a language whose quarter has no overview in either language (it
      failed the first time, or the runs so far named zones only) get an overview page
      (``all.<lang>.html``), where their breadcrumb leads, that sends the reader on to
      the quarter's list.
    """
    published = {(r["zone"], r["lang"]): r for r in reports}
    pages = {}
    for (zone, lang), report in published.items():
        if lang not in LANGUAGES:  # a manifest from elsewhere: its pages are kept as they are
            continue
        other = other_lang(lang)
        if (zone, other) not in published:
            title = report.get("title") or zone
            pages[f"{zone}.{other}.html"] = language_placeholder(report["html"], title, other)
        if not any(("all", either) in published for either in LANGUAGES):
            pages[f"all.{lang}.html"] = overview_placeholder(lang)
    return pages


def _holds(path: Path, text: str) -> bool:
    """Whether the file at ``path`` is ``text`` as :func:`_write` writes it."""
    try:
        return path.read_bytes() == (text if text.endswith("\n") else text + "\n").encode()
    except OSError:
        return False


def _write(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text if text.endswith("\n") else text + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _manifest(quarter: str, as_of: str, entries: _Entries, order: Callable[[Key], Any]) -> Manifest:
    return Manifest(
        quarter=quarter,
        as_of=as_of,
        template=TEMPLATE,
        reports=[entries.reports[k] for k in sorted(entries.reports, key=order)],
        failed=[entries.failed[k] for k in sorted(entries.failed, key=order)],
    )


# -- indexes -------------------------------------------------------------------------------


def quarter_index(manifest: Manifest) -> str:
    """The quarter's page (``pages.quarter_index``): every published report, stale ones
    marked, failures listed."""
    return quarter_index_page(manifest)


def write_root_index(root: Path) -> None:
    """Write ``root/index.html`` listing every quarter; a damaged manifest is skipped."""
    manifests: list[Manifest] = []
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
