"""Quarterly reports: render the notebooks, then merge them into the published quarter.

``render_reports`` builds one :class:`~zonetrack.execute.RenderTask` per zone and
language plus the all-zones overview, runs them in local threads or on a Dask cluster
(``cluster.py``) with one retry policy, writes each result into the run's private folder
as it arrives, and hands them to :func:`zonetrack.publish.publish_quarter`, which merges
them into the published quarter under the output folder's lock and swaps the new version
in atomically. A run for some zones or one language keeps every other published report.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import queue
import stat
import sys
import threading
from collections.abc import Callable, Iterator, Sequence, Set
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm.auto import tqdm

from . import config, sections
from .cache import cache_entry_files, known_fingerprint
from .catalog import Catalog, load_catalog
from .dates import last_complete_quarter, parse_quarter, quarter_end, quarter_label
from .downloads import quarter_downloads
from .exceptions import PublishError, ReportError, UsageError
from .execute import (
    Failed,
    RenderTask,
    TaskResult,
    read_folder,
    run_task,
    template_path,
    warm_slot,
)
from .files import catalog_lock
from .labels import LANGUAGES, check_lang
from .publish import (
    FailedReport,
    Manifest,
    NewReport,
    Outcome,
    ReportFields,
    RunFolder,
    RunMeta,
    catalog_sha256,
    check_output,
    open_run,
    prepare_output,
    publish_quarter,
    read_manifest,
)
from .quarter import ZoneQuarter, zone_quarter

if TYPE_CHECKING:
    from .kernels import KernelSlot

__all__ = ["LocalRunner", "RenderJob", "RenderResult", "local_runner", "render_reports"]

# Runs tasks over the catalogue's files and yields their results as they complete.
Runner = Callable[[list[RenderTask], dict[str, bytes]], Iterator[TaskResult]]


@dataclass(frozen=True)
class RenderJob:
    """One notebook to render: a zone (or ``all``) in one language."""

    zone: str
    lang: str

    @property
    def stem(self) -> str:
        return f"{self.zone}.{self.lang}"


@dataclass
class RenderResult:
    """What a render published, for callers and tests."""

    quarter: str
    folder: Path
    manifest: Manifest
    failures: list[tuple[str, str]] = field(default_factory=list)
    rendered: int = 0  # reports this run rendered and published


# What a thread started ahead runs once it has work: the runner's loop, given its slot.
_Body = Callable[["KernelSlot | None"], None]


class LocalRunner:
    """Runs tasks in ``jobs`` threads of this process, each driving its own kernel.

    By default each thread starts one warm kernel and runs its notebooks on it one after
    another (``kernels.py``); ``warm=False`` starts a kernel per notebook. ``execute``
    replaces the notebook run altogether (tests). Called with the tasks and the catalogue's
    files, it yields each result as it completes.

    :meth:`start` starts threads and their warm kernels ahead of the call, so that kernels
    start (a second or more each) while the caller reads the catalogue and builds the tasks;
    the call then runs on them. :meth:`close` stops threads started ahead that no call used.
    """

    def __init__(
        self,
        jobs: int | None,
        execute: Callable[[RenderTask, dict[str, bytes]], TaskResult] | None = None,
        warm: bool = True,
    ) -> None:
        self.workers = jobs or os.cpu_count() or 1
        self.execute = execute
        self.warm = warm and execute is None
        # Threads started ahead, each holding its started kernel until its inbox gives it a
        # body to run (or None: stop). A kernel belongs to the thread that started it, so
        # that thread must be the one that runs the notebooks.
        self._early: list[tuple[threading.Thread, queue.SimpleQueue[_Body | None]]] = []
        self._lock = threading.Lock()  # a runner may be shared by calls in several threads

    def start(self, count: int) -> None:
        """Start up to ``count`` threads (at most ``jobs`` in all) and their warm kernels now."""
        if not self.warm:
            return
        with self._lock:
            for _ in range(max(0, min(count, self.workers) - len(self._early))):
                inbox: queue.SimpleQueue[_Body | None] = queue.SimpleQueue()
                thread = threading.Thread(target=self._park, args=(inbox,), daemon=True)
                self._early.append((thread, inbox))  # listed first: close() always sees it
                thread.start()

    @staticmethod
    def _park(inbox: queue.SimpleQueue[_Body | None]) -> None:
        slot: KernelSlot | None = None
        try:
            slot = warm_slot()
            slot.start()
        except BaseException:
            # Whatever happens, the thread reads its inbox: a call waits for its end. The
            # first notebook starts the kernel again, and fails (and is retried) if it must.
            pass
        body = inbox.get()
        if body is not None:
            body(slot)  # closes the slot when done
        elif slot is not None:
            slot.close()

    def close(self) -> None:
        """Stop the threads started ahead that no call has used, and their kernels.

        It does not wait for them: a kernel still starting (up to its ready timeout) is
        stopped by its thread once started, or by ``kernels.py`` when the process exits.
        """
        with self._lock:
            early, self._early = self._early, []
        for _, inbox in early:
            inbox.put(None)

    def _take(self, count: int) -> list[tuple[threading.Thread, queue.SimpleQueue[_Body | None]]]:
        """Up to ``count`` threads started ahead, for one call; the others are stopped."""
        with self._lock:
            early, self._early = self._early[:count], self._early[count:]
        self.close()
        return early

    def __call__(self, tasks: list[RenderTask], files: dict[str, bytes]) -> Iterator[TaskResult]:
        todo: queue.SimpleQueue[RenderTask] = queue.SimpleQueue()
        for task in tasks:
            todo.put(task)
        done: queue.SimpleQueue[TaskResult | BaseException | None] = queue.SimpleQueue()
        stop = threading.Event()
        execute = self.execute

        def work(slot: KernelSlot | None) -> None:
            # The kernel lives and dies on this thread, whose event loop its sockets use.
            try:
                if slot is None and self.warm:  # a thread of this call, or one whose slot
                    slot = warm_slot()  # could not be made ahead
                while not stop.is_set():
                    try:
                        task = todo.get_nowait()
                    except queue.Empty:
                        return
                    try:
                        if execute is not None:
                            done.put(execute(task, files))
                        else:
                            done.put(run_task(task, files, slot))
                    except Exception as exc:  # one notebook's trouble must not stop the others
                        done.put(Failed(task.stem, f"{type(exc).__name__}: {exc}"))
                    except BaseException as exc:  # e.g. KeyboardInterrupt: the caller decides
                        done.put(exc)
                        return
            finally:
                if slot is not None:
                    slot.close()
                done.put(None)

        # No more threads (and kernels) than notebooks: --jobs 100000 for two notebooks
        # would otherwise start 100,000 threads before rendering anything.
        count = max(1, min(self.workers, len(tasks)))
        early = self._take(count)
        for _, inbox in early:
            inbox.put(work)
        threads = [
            threading.Thread(target=work, args=(None,), daemon=True)
            for _ in range(count - len(early))
        ]
        for thread in threads:
            thread.start()
        threads += [thread for thread, _ in early]
        running = count
        try:
            while running:
                item = done.get()
                if item is None:
                    running -= 1
                elif isinstance(item, BaseException):
                    raise item
                else:
                    yield item
        finally:
            stop.set()
            for thread in threads:
                thread.join()


def local_runner(
    jobs: int | None,
    execute: Callable[[RenderTask, dict[str, bytes]], TaskResult] | None = None,
    warm: bool = True,
) -> LocalRunner:
    """Run tasks in ``jobs`` threads of this process, each driving its own kernel
    (see :class:`LocalRunner`)."""
    return LocalRunner(jobs, execute, warm)


def _tasks(
    everything: ZoneQuarter,
    year: int,
    q: int,
    work: list[RenderJob],
    template: Path,
    zone_pages: dict[str, list[str] | None],
) -> list[RenderTask]:
    text = template.read_text(encoding="utf-8")
    linking = _linking(everything, work)
    tasks = []
    for job in work:
        # The catalogue is found through the kernel's environment, not a path in the notebook.
        parameters: dict[str, object] = {
            "quarter": quarter_label(year, q),
            "zone": job.zone,
            "lang": job.lang,
            "data_dir": "",
            "seeds_dir": "",
        }
        if job.zone in linking and zone_pages.get(job.lang) is not None:
            # A parameter, not the environment: nbval re-running the notebook links alike.
            parameters["zone_pages"] = zone_pages[job.lang]
        title = everything.title_of(job.zone, job.lang)
        tasks.append(RenderTask(job.stem, text, parameters, title, job.lang))
    return tasks


def _linking(everything: ZoneQuarter, work: list[RenderJob]) -> set[str]:
    """The pages that link to other zones' pages: the overview and the summary pages (a
    zone over more than ``sections.SUMMARY_LIMIT`` targets links the zones directly below it)."""
    zones = {j.zone for j in work if j.zone != "all"}
    big = {z for z in zones if everything.counts_of(z)["targets"] > sections.SUMMARY_LIMIT}
    return {"all", *big}


def _summary_parents(
    everything: ZoneQuarter,
    zone_list: list[str],
    published: Manifest | None,
    langs: Sequence[str],
) -> list[RenderJob]:
    """The published summary pages directly above ``zone_list`` and not in it, per language.

    Without them a later run for a zone below would leave its summary parent showing the
    zone's name without a link, though its page is published.
    """
    in_run = set(zone_list)
    parents = dict.fromkeys(
        chain[1] for zone in zone_list if len(chain := everything.ancestors(zone)) > 1
    )
    big = [
        p
        for p in parents
        if p not in in_run and everything.counts_of(p)["targets"] > sections.SUMMARY_LIMIT
    ]
    return [
        RenderJob(p, lang) for lang in langs for p in big if p in _published_zones(published, lang)
    ]


def _published_zones(manifest: Manifest | None, lang: str) -> set[str]:
    """Zones with a page (``ok`` or ``stale``) in ``lang`` in the published quarter."""
    reports = manifest["reports"] if manifest else []
    return {r["zone"] for r in reports if r["lang"] == lang and r["zone"] != "all"}


def _zone_pages(expected: set[str], known: list[str], shown: list[str]) -> list[str] | None:
    """The overview's ``zone_pages`` parameter: None when every zone it can show has a
    page (a full run), else the zones with one, in zones.csv order."""
    if expected >= set(shown):
        return None
    return [z for z in known if z in expected]


def _pages_after(
    published: Manifest | None,
    zone_list: list[str],
    lang: str,
    replace: bool,
    failed: Set[str] = frozenset(),
) -> set[str]:
    """The zones whose ``lang`` page the published version holds after this run: this
    run's zones (a failed one only if it keeps an earlier page, marked stale) and, unless
    the run replaces the quarter, every zone published before."""
    before = _published_zones(published, lang)
    pages = {z for z in zone_list if z not in failed or z in before}
    return pages if replace else pages | before


class _Progress:
    """A tqdm bar on a terminal; otherwise one line per finished notebook on stderr."""

    def __init__(self, mode: str, total: int, desc: str, again: bool = False) -> None:
        self.mode, self.total, self.done = mode, total, 0
        self.again = again  # pages that link to zones, rendered a second time (render_reports)
        self.bar = tqdm(total=total, desc=desc, unit="notebook", disable=mode != "bar")

    def _line(self, text: str) -> None:
        if self.mode == "lines":
            print(text, file=sys.stderr, flush=True)
        elif self.mode == "bar":
            self.bar.write(text, file=sys.stderr)

    def finished(self, result: TaskResult) -> None:
        self.done += 1
        self.bar.update()
        if self.again:
            how = f"failed: {result.error}" if isinstance(result, Failed) else "done"
            self._line(
                f"{result.stem} rendered again without links to zones that have no page: {how}"
            )
        elif isinstance(result, Failed):
            self._line(f"[{self.done}/{self.total}] {result.stem} failed: {result.error}")
        elif self.mode == "lines":
            self._line(f"[{self.done}/{self.total}] {result.stem} {result.seconds:.1f} s")

    def retrying(self, result: Failed, used: int, allowed: int) -> None:
        self._line(f"{result.stem} failed (attempt {used} of {allowed}), retrying: {result.error}")

    def close(self) -> None:
        self.bar.close()


def _progress_mode(progress: bool | str) -> str:
    if progress is True or progress == "auto":
        return "bar" if sys.stderr.isatty() else "lines"
    if progress is False:
        return "off"
    if progress not in ("bar", "lines", "off"):
        raise UsageError(
            f"unknown progress {progress!r}; use auto, bar, lines or off", argument="progress"
        )
    return progress


@dataclass(frozen=True)
class _SavedPage:
    """A rendered report written to the run folder (bytes are not kept in memory)."""

    notebook: Path
    html: Path
    sha256: dict[str, str]


@dataclass(frozen=True)
class _SavedFailure:
    error: str
    notebook: Path | None  # the failed notebook, if it ran


_Saved = _SavedPage | _SavedFailure


def _save(result: TaskResult, run: RunFolder) -> _Saved:
    def put(name: str, data: bytes) -> Path:
        path = run.path / name
        with open(path, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(path, 0o644)
        return path

    if isinstance(result, Failed):
        failed = result.notebook
        notebook = put(f"{result.stem}.failed.ipynb", failed) if failed is not None else None
        return _SavedFailure(result.error or "failed without a message", notebook)
    digests = {
        "notebook": hashlib.sha256(result.notebook).hexdigest(),
        "html": hashlib.sha256(result.html).hexdigest(),
    }
    return _SavedPage(
        put(f"{result.stem}.ipynb", result.notebook),
        put(f"{result.stem}.html", result.html),
        digests,
    )


def _render(
    runner: Runner,
    tasks: list[RenderTask],
    files: dict[str, bytes],
    retries: int,
    progress: _Progress,
    run: RunFolder,
) -> dict[str, _Saved]:
    """Every task's final result: a notebook is started at most ``retries`` + 1 times."""
    allowed = retries + 1
    used = {t.stem: 0 for t in tasks}
    saved: dict[str, _Saved] = {}
    pending = [dataclasses.replace(t, attempts_left=allowed) for t in tasks]
    while pending:
        by_stem = {t.stem: t for t in pending}
        again = []
        for result in runner(pending, files):
            used[result.stem] += max(result.attempts, 1)
            left = allowed - used[result.stem]
            if isinstance(result, Failed) and left > 0:
                progress.retrying(result, used[result.stem], allowed)
                again.append(dataclasses.replace(by_stem[result.stem], attempts_left=left))
            else:
                saved[result.stem] = _save(result, run)
                progress.finished(result)
        pending = again
    return saved


def _zone_order(known: list[str]) -> Callable[[tuple[str, str]], tuple[int, str, int, str]]:
    """Manifest order: the overview, zones as in zones.csv (then any others), en before zh."""
    rank = {z: i for i, z in enumerate(["all", *known])}

    def order(key: tuple[str, str]) -> tuple[int, str, int, str]:
        zone, lang = key
        lang_rank = LANGUAGES.index(lang) if lang in LANGUAGES else len(LANGUAGES)
        return (rank.get(zone, len(rank)), zone, lang_rank, lang)

    return order


def _outcomes(
    everything: ZoneQuarter,
    work: list[RenderJob],
    tasks: list[RenderTask],
    saved: dict[str, _Saved],
    meta: RunMeta,
) -> list[Outcome]:
    """What this run made of each job, with the manifest fields of each rendered report."""
    outcomes: list[Outcome] = []
    for job, task in zip(work, tasks, strict=True):
        got = saved[job.stem]
        if isinstance(got, _SavedFailure):
            outcomes.append(FailedReport(job.zone, job.lang, got.error, got.notebook))
            continue
        # The one selection of docs/method.md §1.4, cut from one assessment.
        counts = everything.counts_of(job.zone)
        entry: ReportFields = {
            "title": task.title,
            "zone_name": everything.name_of(job.zone, job.lang),
            "status_counts": counts["status_counts"],
            "targets": counts["targets"],
            "deadline_passed": counts["deadline_passed"],
            "sha256": got.sha256,
            **meta,
        }
        outcomes.append(NewReport(job.zone, job.lang, got.notebook, got.html, entry))
    return outcomes


def _failures(quarter: str, outcomes: list[Outcome], manifest: Manifest) -> list[tuple[str, str]]:
    """One (file, reason) per notebook that failed in this run."""
    stale = {(r["zone"], r["lang"]) for r in manifest["reports"] if r.get("status") == "stale"}
    return [
        (
            f"{quarter}/_failed/{o.stem}.ipynb" if o.notebook else f"{quarter}/{o.stem}",
            o.error
            + ("; the last published report is kept, marked stale" if o.key in stale else ""),
        )
        for o in outcomes
        if isinstance(o, FailedReport)
    ]


def _read_catalog(data: Path, seeds: Path) -> tuple[Catalog, dict[str, bytes], str]:
    """The validated catalogue, its files' bytes for the kernels and their hash: one version.

    All three are read under the catalogue's shared lock, so an ``add-figures`` landing
    meanwhile waits, and the pages (rendered from the bytes), the downloads (from the
    catalogue) and the manifest's ``catalog_sha256`` describe the same files. A writer that
    takes no lock (an editor, ``git checkout``) is caught by comparing hashes.
    """
    with catalog_lock(data, shared=True):
        catalog = load_catalog(data, seeds)
        files = {**read_folder(data, "data"), **read_folder(seeds, "seeds")}
    digest = catalog_sha256(files)
    # None: the files changed while load_catalog read them (it then vouches for no version).
    if known_fingerprint(catalog) != digest:
        raise ReportError(
            [(str(data), "the catalogue changed while it was being read; run the report again")]
        )
    # The catalogue validated above travels with every task as its cache entry: a kernel,
    # here or on a Dask worker, loads it instead of validating the whole catalogue again.
    files.update(cache_entry_files(digest) or {})
    return catalog, files, digest


def render_reports(
    quarter: str | None = None,
    zones: Sequence[str] | None = None,
    langs: Sequence[str] = LANGUAGES,
    out: str | Path | None = None,
    jobs: int | None = None,
    data_dir: str | Path | None = None,
    seeds_dir: str | Path | None = None,
    progress: bool | str = "auto",
    template: Path | None = None,
    runner: Runner | None = None,
    scheduler: str | None = None,
    replace: bool = False,
    retries: int = 1,
) -> RenderResult:
    """Render reports of one quarter and merge them into the published quarter.

    A full run (no ``zones``, both languages) replaces the quarter: reports of zones that
    no longer have data go. A partial run (some ``zones`` or one language) renders those
    reports and the overview in its languages and keeps every other published report,
    unless ``replace``. A notebook that fails keeps its last published report, marked
    ``stale`` in the manifest; its failed notebook goes to ``_failed/``.

    Parameters
    ----------
    quarter : str, optional
        ``YYYYQn``, a quarter that has ended; default the last complete quarter.
    zones : sequence of str, optional
        Zone ids; default every zone with data. The all-zones overview is always rendered.
    langs : sequence of str
        ``en`` and/or ``zh``.
    out : path, optional
        Output folder (default ``reports/``); the quarter is published as ``out/<quarter>``.
    jobs : int, optional
        Notebooks executed at once locally (default: the number of cores).
    progress : bool or str
        ``auto`` (a bar on a terminal, else one line per notebook on stderr), ``bar``,
        ``lines`` or ``off``; ``True`` is ``auto`` and ``False`` is ``off``.
    template : path, optional
        Report template (default: the one shipped in the package).
    runner : callable, optional
        Runs a list of tasks and yields their results (for tests and other engines).
    scheduler : str, optional
        Address of a Dask scheduler (``tcp://host:port``): run each notebook there as a task.
        Needs the ``distributed`` extra. Default: ``ZONETRACK_SCHEDULER``, else this machine;
        an empty address is a usage error.
    replace : bool
        Make a partial run replace the quarter instead of merging into it.
    retries : int
        Each notebook is started at most ``retries`` + 1 times, whatever made it fail.

    Raises
    ------
    UsageError
        A malformed or unfinished ``quarter``, unknown ``zones`` or ``langs``, bad ``jobs``
        or ``retries``, an ``out`` inside ``data_dir``/``seeds_dir`` or not writable, a
        damaged manifest of this quarter, ``distributed`` missing. Nothing is written.
    CatalogError
        The catalogue does not validate (nothing is rendered).
    PublishError
        The output folder could not be written; the published quarter is unchanged.
    ReportError
        Some notebooks failed; the others were published, the failures kept in ``_failed/``.
    """
    try:
        year, q = parse_quarter(quarter) if quarter else last_complete_quarter()
    except UsageError as exc:
        raise UsageError(exc.reason, argument="quarter", value=quarter) from None
    label_q = quarter_label(year, q)
    end = quarter_end(year, q)
    if (year, q) > last_complete_quarter():
        raise UsageError(
            f"{label_q} has not ended yet (it ends on {end:%Y-%m-%d}); "
            "its reports could not be reproduced",
            argument="quarter",
            value=quarter,
        )
    langs = list(dict.fromkeys(check_lang(lang) for lang in langs))
    if not langs:
        raise UsageError("give at least one language", argument="langs")
    if jobs is not None and jobs < 1:
        raise UsageError("must be at least 1", argument="jobs", value=jobs)
    if retries < 0:
        raise UsageError("must be 0 or more", argument="retries", value=retries)
    mode = _progress_mode(progress)
    data = config.data_dir(data_dir).resolve()
    seeds = config.seeds_dir(seeds_dir).resolve()
    root = config.reports_dir(out)
    check_output(root, data, seeds)
    scheduler = config.scheduler_address(scheduler)
    if runner is None and scheduler:
        from .cluster import cluster_runner  # only now: Dask is an optional extra

        runner = cluster_runner(scheduler)
    runner = runner or local_runner(jobs)
    with contextlib.ExitStack() as ahead:
        if isinstance(runner, LocalRunner) and runner.warm:
            # Its kernels start while the catalogue is read and assessed below; those not
            # used (an unknown zone, an invalid catalogue, fewer notebooks) are stopped.
            ahead.callback(runner.close)
            runner.start(_notebooks_ahead(data, zones, langs))
        return _render_quarter(
            year, q, zones, langs, mode, data, seeds, root, template, runner, replace, retries
        )


def _notebooks_ahead(data: Path, zones: Sequence[str] | None, langs: list[str]) -> int:
    """At most how many notebooks a run has, known before its catalogue is read: its named
    zones, or one per line of ``zones.csv`` (zones without data get none), and the overview,
    in each language. It bounds the kernels started ahead (``--jobs`` may be far more)."""
    if zones:
        count = len(set(zones))
    else:
        path = data / config.DATA_FILES["zones"]
        try:
            # Only a regular file: a pipe would give its bytes to this count, not to the
            # catalogue's read under the lock.
            if not stat.S_ISREG(path.stat().st_mode):
                raise OSError
            with path.open("rb") as fh:
                count = sum(1 for _ in fh) - 1  # the header; a quoted line break only adds one
        except OSError:
            count = 0  # the read below reports it
    return (max(count, 0) + 1) * len(langs)


def _render_quarter(
    year: int,
    q: int,
    zones: Sequence[str] | None,
    langs: list[str],
    mode: str,
    data: Path,
    seeds: Path,
    root: Path,
    template: Path | None,
    runner: Runner,
    replace: bool,
    retries: int,
) -> RenderResult:
    """``render_reports`` once its arguments are checked and its runner chosen."""
    label_q = quarter_label(year, q)
    end = quarter_end(year, q)
    catalog, files, catalog_hash = _read_catalog(data, seeds)
    named = list(dict.fromkeys(zones or []))
    known = list(catalog.zones["zone_id"])
    for zone in named:
        if zone == "all":
            raise UsageError("'all' is always rendered; name zones to add", argument="zones")
        try:
            catalog.zone(zone)  # its message stays short at any catalogue size
        except UsageError as exc:
            raise UsageError(exc.reason, argument="zones", value=zone) from None
    replace = replace or (not named and set(langs) == set(LANGUAGES))
    try:
        published = read_manifest(root / label_q)
    except PublishError as exc:
        raise UsageError(
            f"{exc}; repair it or move {root / label_q} away", argument="out"
        ) from None

    # Zones with something published by the quarter's end: a past quarter's pages do not
    # change when a zone first gets figures later.
    zone_list = named or catalog.default_zones(end)
    # One assessment of every known target; each report's share is its zones' rows.
    everything = zone_quarter(catalog, year, q)
    work = [RenderJob(z, lang) for z in ["all", *zone_list] for lang in langs]
    # A summary page links the zones directly below it that have a page: like the
    # overview, a published one is rendered again by a run that adds a page below it.
    work += _summary_parents(everything, zone_list, published, langs)
    # The overview links only to zone pages the published version will hold (publishing
    # merges this run into the quarter); a notebook that fails is dealt with below.
    shown = catalog.default_zones(end)
    zone_pages = {
        lang: _zone_pages(_pages_after(published, zone_list, lang, replace), known, shown)
        for lang in langs
    }
    template_file = template or template_path()
    tasks = _tasks(everything, year, q, work, template_file, zone_pages)
    meta = RunMeta(catalog_sha256=catalog_hash, zonetrack=version("zonetrack"))
    prepare_output(root)  # the last refusal: the first write
    order = _zone_order(known)
    with open_run(root) as run, ThreadPoolExecutor(1) as beside:
        # The quarter's data files, linked from every page; published with the pages. Built
        # while the notebooks render: their cost grows with the whole catalogue, and this
        # process mostly waits for the notebooks (the overview's is often the last to end).
        # Taken from the user's cache when this catalogue's quarter was built before.
        building = beside.submit(quarter_downloads, catalog, year, q, meta["catalog_sha256"])
        bar = _Progress(mode, len(tasks), f"zonetrack report {label_q}")
        try:
            saved = _render(runner, tasks, files, retries, bar, run)
        finally:
            bar.close()
        # A zone that failed without an earlier page has none: the pages that link to zone
        # pages (the overview, summary pages) are rendered again without the link (rare).
        linking = _linking(everything, work)
        again: set[str] = set()
        for lang in langs:
            failed = {
                j.zone for j in work if j.lang == lang and isinstance(saved[j.stem], _SavedFailure)
            }
            pages = _pages_after(published, zone_list, lang, replace, failed)
            fixed = _zone_pages(pages, known, shown)
            linked = {
                f"{z}.{lang}" for z in linking if isinstance(saved.get(f"{z}.{lang}"), _SavedPage)
            }
            if fixed != zone_pages[lang] and linked:
                zone_pages[lang] = fixed
                again |= linked
        if again:
            redo = [
                t
                for t in _tasks(everything, year, q, work, template_file, zone_pages)
                if t.stem in again
            ]
            bar = _Progress(mode, len(redo), f"zonetrack report {label_q} (again)", again=True)
            try:
                redone = _render(runner, redo, files, retries, bar, run)
            finally:
                bar.close()
            # If the second rendering fails, the first page (one dead link) is published.
            saved.update({k: v for k, v in redone.items() if isinstance(v, _SavedPage)})
        outcomes = _outcomes(everything, work, tasks, saved, meta)
        downloads = building.result()
        manifest = publish_quarter(
            root, label_q, f"{end:%Y-%m-%d}", outcomes, replace, order, meta, run, downloads
        )
    failures = _failures(label_q, outcomes, manifest)
    rendered = sum(isinstance(o, NewReport) for o in outcomes)
    result = RenderResult(label_q, root / label_q, manifest, failures, rendered)
    if failures:
        raise ReportError(failures)
    return result
