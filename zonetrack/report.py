"""Quarterly reports: render every zone's notebook, then publish the quarter atomically.

``render_reports`` builds one :class:`~zonetrack.execute.RenderTask` per zone and
language plus an all-zones overview, runs them in local threads or on a Dask cluster
(``cluster.py``), writes the results into a hidden staging folder inside the output
folder, then swaps it in as ``<out>/<quarter>/`` in one rename. An interrupted run
leaves the previous reports untouched; a notebook that fails twice is kept under
``_failed/`` while the others are published.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from tqdm.auto import tqdm

from . import config
from .catalog import Catalog, load_catalog
from .dates import last_complete_quarter, parse_quarter, quarter_end, quarter_label
from .exceptions import ReportError, UsageError
from .execute import (
    TEMPLATE,
    RenderTask,
    TaskResult,
    page,
    read_folder,
    run_task,
    template_path,
)
from .labels import LANGUAGES, check_lang
from .sections import QuarterReport, status_badge, status_counts, zone_subtree

__all__ = ["RenderJob", "RenderResult", "default_zones", "publish_folder", "render_reports"]

_QUARTER_DIR = re.compile(r"^\d{4}Q[1-4]$")

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
    manifest: dict[str, object]
    failures: list[tuple[str, str]] = field(default_factory=list)


def local_runner(
    jobs: int | None, execute: Callable[[RenderTask, dict[str, bytes]], TaskResult] = run_task
) -> Runner:
    """Run tasks in ``jobs`` threads of this process (each drives its own kernel)."""

    def run(tasks: list[RenderTask], files: dict[str, bytes]) -> Iterator[TaskResult]:
        with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
            futures = {pool.submit(execute, task, files): task for task in tasks}
            try:
                for future in as_completed(futures):
                    try:
                        yield future.result()
                    except Exception as exc:  # one notebook's trouble must not stop the others
                        stem = futures[future].stem
                        yield TaskResult(stem, None, None, f"{type(exc).__name__}: {exc}")
            finally:
                for future in futures:
                    future.cancel()

    return run


def publish_folder(staging: Path, final: Path) -> None:
    """Swap ``staging`` in as ``final``; the old folder goes only once the new one is in place."""
    backup = final.with_name(f".{final.name}.old")
    if backup.exists():
        shutil.rmtree(backup)
    if final.exists():
        os.replace(final, backup)
    os.replace(staging, final)
    shutil.rmtree(backup, ignore_errors=True)


def _recover(final: Path) -> None:
    """Finish a swap that an earlier run was killed in the middle of."""
    backup = final.with_name(f".{final.name}.old")
    if backup.exists() and not final.exists():
        os.replace(backup, final)


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def default_zones(catalog: Catalog) -> list[str]:
    """Zones with a target or an observation in them or below them, in the order of zones.csv."""
    parents = dict(zip(catalog.zones["zone_id"], catalog.zones["parent_id"], strict=True))
    used: set[str] = set()
    for zone in set(catalog.targets["zone_id"]) | set(catalog.observations["zone_id"]):
        while zone and zone not in used:
            used.add(zone)
            zone = parents.get(zone)
    return [z for z in catalog.zones["zone_id"] if z in used]


def _tasks(
    catalog: Catalog, year: int, q: int, work: list[RenderJob], template: Path
) -> list[RenderTask]:
    text = template.read_text(encoding="utf-8")
    return [
        RenderTask(
            stem=job.stem,
            template=text,
            lang=job.lang,
            title=QuarterReport(catalog, year, q, job.zone, job.lang).title,
            # The catalogue is found through the kernel's environment, not a path in the notebook.
            parameters={
                "quarter": quarter_label(year, q),
                "zone": job.zone,
                "lang": job.lang,
                "data_dir": "",
                "seeds_dir": "",
            },
        )
        for job in work
    ]


def _run_twice(
    runner: Runner, tasks: list[RenderTask], files: dict[str, bytes], bar: tqdm
) -> dict[str, TaskResult]:
    """Every task's result; a task that fails is run once more before it counts as failed."""
    results: dict[str, TaskResult] = {}
    for result in runner(tasks, files):
        results[result.stem] = result
        bar.update()
    again = [t for t in tasks if results[t.stem].error]
    if again:
        bar.total += len(again)
        for result in runner(again, files):
            if result.error is None or results[result.stem].notebook is None:
                results[result.stem] = result
            bar.update()
    return results


def render_reports(
    quarter: str | None = None,
    zones: Sequence[str] | None = None,
    langs: Sequence[str] = LANGUAGES,
    out: str | Path | None = None,
    jobs: int | None = None,
    data_dir: str | Path | None = None,
    seeds_dir: str | Path | None = None,
    progress: bool = True,
    template: Path | None = None,
    runner: Runner | None = None,
    scheduler: str | None = None,
) -> RenderResult:
    """Render and publish the reports of one quarter.

    Parameters
    ----------
    quarter : str, optional
        ``YYYYQn``; default the last complete quarter.
    zones : sequence of str, optional
        Zone ids; default every zone with data. The all-zones overview is always rendered.
    langs : sequence of str
        ``en`` and/or ``zh``.
    out : path, optional
        Output folder (default ``reports/``); the quarter is published as ``out/<quarter>/``.
    jobs : int, optional
        Notebooks executed at once locally (default: the number of cores).
    scheduler : str, optional
        Address of a Dask scheduler (``tcp://host:port``): run each notebook there as a task.
        Needs the ``distributed`` extra.
    runner : callable, optional
        Runs a list of tasks and yields their results (for tests and other engines).

    Raises
    ------
    UsageError
        Unknown zone or language, malformed quarter, bad ``jobs``, ``distributed`` missing.
    CatalogError
        The catalogue does not validate (nothing is rendered).
    ReportError
        Some notebooks failed twice; the others were published, the failures kept in ``_failed/``.
    """
    year, q = parse_quarter(quarter) if quarter else last_complete_quarter()
    label_q = quarter_label(year, q)
    langs = [check_lang(lang) for lang in langs]
    if jobs is not None and jobs < 1:
        raise UsageError("must be at least 1", argument="jobs", value=jobs)
    root = config.reports_dir(out)
    if root.exists() and not root.is_dir():
        raise UsageError(f"{root} exists and is not a folder", argument="out", value=str(root))
    if runner is None and scheduler:
        from .cluster import cluster_runner  # only now: Dask is an optional extra

        runner = cluster_runner(scheduler)
    data = config.data_dir(data_dir).resolve()
    seeds = config.seeds_dir(seeds_dir).resolve()
    catalog = load_catalog(data, seeds)
    zone_list = list(zones) if zones else default_zones(catalog)
    for zone in zone_list:
        if zone == "all":
            raise UsageError("'all' is always rendered; name zones to add", argument="zones")
        catalog.zone(zone)
    work = [RenderJob(z, lang) for z in ["all", *dict.fromkeys(zone_list)] for lang in langs]
    tasks = _tasks(catalog, year, q, work, template or template_path())
    files = {**read_folder(data, "data"), **read_folder(seeds, "seeds")}

    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create {root}: {exc.strerror}", argument="out") from None
    final = root / label_q
    _recover(final)
    staging = Path(tempfile.mkdtemp(prefix=f".{label_q}-", dir=root))
    try:
        with tqdm(
            total=len(tasks),
            desc=f"zonetrack report {label_q}",
            unit="notebook",
            disable=not progress,
        ) as bar:
            results = _run_twice(runner or local_runner(jobs), tasks, files, bar)
        manifest = _finish(catalog, year, q, work, tasks, results, staging)
        os.chmod(staging, 0o755)
        publish_folder(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _write_atomic(root / "index.html", _root_index(root))
    failures = [
        (f"{label_q}/_failed/{f['zone']}.{f['lang']}.ipynb", f["error"]) for f in manifest["failed"]
    ]
    result = RenderResult(label_q, final, manifest, failures)
    if failures:
        raise ReportError(failures)
    return result


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _finish(
    catalog: Catalog,
    year: int,
    q: int,
    work: list[RenderJob],
    tasks: list[RenderTask],
    results: dict[str, TaskResult],
    staging: Path,
) -> dict[str, object]:
    """Write the notebooks, pages, the quarter's index and manifest into ``staging``."""
    reports, failed = [], []
    # One assessment of every known target; each report's share is its zones' rows.
    everything = QuarterReport(catalog, year, q).assessment
    for job, task in zip(work, tasks, strict=True):
        result = results[job.stem]
        if result.error:
            if result.notebook is not None:
                (staging / "_failed").mkdir(exist_ok=True)
                (staging / "_failed" / f"{job.stem}.ipynb").write_bytes(result.notebook)
            failed.append(
                {
                    "zone": job.zone,
                    "lang": job.lang,
                    "notebook": f"_failed/{job.stem}.ipynb",
                    "error": result.error,
                }
            )
            continue
        (staging / f"{job.stem}.ipynb").write_bytes(result.notebook)
        (staging / f"{job.stem}.html").write_bytes(result.html)
        mine = everything[everything["zone_id"].isin(zone_subtree(catalog, job.zone))]
        reports.append(
            {
                "zone": job.zone,
                "lang": job.lang,
                "title": task.title,
                "status_counts": status_counts(mine),
                "targets": len(mine),
                "notebook": f"{job.stem}.ipynb",
                "html": f"{job.stem}.html",
                "sha256": {"notebook": _sha256(result.notebook), "html": _sha256(result.html)},
            }
        )
    manifest = {
        "quarter": quarter_label(year, q),
        "as_of": f"{quarter_end(year, q):%Y-%m-%d}",
        "zonetrack": version("zonetrack"),
        "template": TEMPLATE,
        "reports": reports,
        "failed": failed,
    }
    (staging / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (staging / "index.html").write_text(_quarter_index(manifest), encoding="utf-8")
    return manifest


def _badges(report: dict) -> str:
    return "".join(status_badge(s, report["lang"], n) for s, n in report["status_counts"].items())


def _quarter_index(manifest: dict[str, object]) -> str:
    rows = "".join(
        f'<tr><td><a href="{html.escape(r["html"])}">{html.escape(r["title"])}</a></td>'
        f"<td>{html.escape(r['lang'])}</td><td>{_badges(r)}</td>"
        f'<td><a href="{html.escape(r["notebook"])}">ipynb</a></td></tr>'
        for r in manifest["reports"]
    )
    failed = "".join(
        f"<li>{html.escape(f['zone'])}.{html.escape(f['lang'])}: {html.escape(f['error'])}</li>"
        for f in manifest["failed"]
    )
    body = (
        f"<h1>zonetrack {html.escape(manifest['quarter'])}</h1>"
        f'<p>as of {html.escape(manifest["as_of"])} · <a href="../index.html">all quarters</a></p>'
        f"<table><thead><tr><th>report</th><th>lang</th><th>status</th><th>notebook</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
        + (f"<h2>failed</h2><ul>{failed}</ul>" if failed else "")
    )
    return page(f"zonetrack {manifest['quarter']}", body, "en")


def _root_index(root: Path) -> str:
    items = []
    for folder in sorted(
        (p for p in root.iterdir() if p.is_dir() and _QUARTER_DIR.match(p.name)),
        key=lambda p: p.name,
        reverse=True,
    ):
        if (folder / "manifest.json").exists():
            manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
            items.append(
                f'<li><a href="{folder.name}/index.html">{folder.name}</a> '
                f"({len(manifest['reports'])} reports)</li>"
            )
    return page("zonetrack reports", f"<h1>zonetrack reports</h1><ul>{''.join(items)}</ul>", "en")
