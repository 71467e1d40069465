"""Quarterly reports: execute the template with papermill, convert to HTML, publish atomically.

``render_reports`` renders one notebook per zone and language plus an all-zones
overview into a hidden staging folder inside the output folder, then swaps it in
as ``<out>/<quarter>/`` in one rename. An interrupted run leaves the previous
reports untouched; a zone whose notebook fails is kept under ``_failed/`` while
the others are published.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import nbformat
import papermill
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter
from nbconvert.preprocessors import Preprocessor, TagRemovePreprocessor
from tqdm.auto import tqdm
from traitlets import default

from . import config
from .catalog import Catalog, load_catalog
from .dates import last_complete_quarter, parse_quarter, quarter_end, quarter_label
from .exceptions import ReportError, UsageError
from .labels import LANGUAGES, check_lang, label, status_label
from .plots import STATUS_COLOURS
from .sections import QuarterReport, status_counts

__all__ = [
    "TEMPLATE",
    "RenderJob",
    "RenderResult",
    "execute_report",
    "notebook_to_html",
    "publish_folder",
    "refresh_notebook",
    "render_reports",
    "strip_timing",
]

TEMPLATE = "10-quarterly-report.ipynb"
_QUARTER_DIR = re.compile(r"^\d{4}Q[1-4]$")
_TIMING_KEYS = ("start_time", "end_time", "duration")
_RETRIES = 3

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",
"Microsoft YaHei",sans-serif;margin:0;padding:0 12px;color:#1f2328;line-height:1.5}
main{max-width:960px;margin:0 auto}
h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #d0d7de;padding-bottom:4px}
table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%;font-size:.9em}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top;min-width:4.5em}
td:first-child{min-width:11em}
th{background:#f6f8fa}
img{max-width:100%;height:auto}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;padding:8px}
.badge{white-space:nowrap}
"""


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


class IPCKernelManager(AsyncKernelManager):
    """A kernel reached over Unix sockets: no TCP port for parallel kernels to race for."""

    @default("transport")
    def _default_transport(self) -> str:
        return "ipc"

    @default("ip")
    def _default_ipc_path(self) -> str:
        # A unique socket prefix in the temporary folder, never in the working directory.
        folder = Path(tempfile.gettempdir()) / "zonetrack-ipc"
        folder.mkdir(mode=0o700, exist_ok=True)
        return str(folder / f"kernel-{uuid.uuid4().hex[:16]}")

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: object) -> None:
        # Cell output travels over the sockets into the notebook; the kernel process's own
        # stderr only carries start-up and shutdown chatter that would garble the progress bar.
        kw.setdefault("stderr", subprocess.DEVNULL)
        await super()._async_launch_kernel(kernel_cmd, **kw)

    _launch_kernel = _async_launch_kernel


class AltTextImages(Preprocessor):
    """Give charts the description their output metadata carries (``alt``) in the HTML."""

    def preprocess_cell(self, cell, resources, index):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            alt = output.get("metadata", {}).get("image/png", {}).get("alt")
            if "image/png" in data and alt:
                png = data.pop("image/png").strip()
                data["text/html"] = (
                    f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{png}">'
                )
        return cell, resources


def _kernel_manager() -> dict[str, object]:
    return {} if os.name == "nt" else {"kernel_manager_class": IPCKernelManager}


def template_path() -> Path:
    return config.notebooks_dir() / TEMPLATE


def strip_timing(nb: nbformat.NotebookNode, stem: str) -> nbformat.NotebookNode:
    """Remove what changes from run to run: timings and temporary paths."""
    meta = nb.metadata.get("papermill", {})
    for key in _TIMING_KEYS:
        meta.pop(key, None)
    if meta:
        meta["input_path"] = TEMPLATE
        meta["output_path"] = f"{stem}.ipynb"
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"  # papermill gives it a random id
        cell.metadata.pop("execution", None)
        for key in _TIMING_KEYS:
            cell.metadata.get("papermill", {}).pop(key, None)
    return nb


def notebook_to_html(nb: nbformat.NotebookNode, title: str, lang: str) -> str:
    """A self-contained page of the notebook's outputs: no code, no external resources."""
    exporter = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    # The template's own notes for whoever edits it are not part of the report.
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags={"template-only"}), enabled=True
    )
    exporter.register_preprocessor(AltTextImages(), enabled=True)
    body, _ = exporter.from_notebook_node(nb)
    return page(title, body, lang)


def page(title: str, body: str, lang: str) -> str:
    """An HTML page with the report style inlined."""
    return (
        f'<!DOCTYPE html>\n<html lang="{"zh-Hans" if lang == "zh" else "en"}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body><main>\n{body}\n</main></body>\n</html>\n"
    )


def _is_transient(exc: BaseException) -> bool:
    """Kernel start-up races (a port taken, a kernel dying at birth) are worth a retry."""
    name = type(exc).__name__
    return name in {"ZMQError", "DeadKernelError"} or (
        isinstance(exc, RuntimeError)
        and "kernel" in str(exc).lower()
        and "died" in str(exc).lower()
    )


def execute_report(
    job: RenderJob,
    quarter: str,
    folder: Path,
    data_dir: Path,
    seeds_dir: Path,
    template: Path | None = None,
) -> tuple[Path, str | None]:
    """Execute the template for one job into ``folder``; return (notebook path, error or None).

    A notebook that fails is written under ``folder/_failed/`` with papermill's error banner.
    """
    output = folder / f"{job.stem}.ipynb"
    params = {
        "quarter": quarter,
        "zone": job.zone,
        "lang": job.lang,
        "data_dir": str(data_dir),
        "seeds_dir": str(seeds_dir),
    }
    error: str | None = None
    for attempt in range(_RETRIES):
        try:
            papermill.execute_notebook(
                str(template or template_path()),
                str(output),
                parameters=params,
                kernel_name="python3",
                progress_bar=False,
                cwd=str(folder),
                request_save_on_cell_execute=False,
                **_kernel_manager(),
            )
            error = None
            break
        except papermill.PapermillExecutionError as exc:
            error = f"{exc.ename}: {exc.evalue}"
            break
        except Exception as exc:  # a kernel that failed to start or died: retry, then give up
            error = f"{type(exc).__name__}: {exc}"
            if not _is_transient(exc) or attempt == _RETRIES - 1:
                break
    if output.exists():
        nb = strip_timing(nbformat.read(output, as_version=4), job.stem)
        nbformat.write(nb, output)
    if error is not None:
        failed = folder / "_failed"
        failed.mkdir(exist_ok=True)
        if output.exists():
            os.replace(output, failed / output.name)
        return failed / output.name, error.splitlines()[0] if error else error
    return output, None


def refresh_notebook(path: str | Path) -> None:
    """Re-execute a committed notebook in place with its own parameters, timings stripped.

    For maintainers (``make notebooks``): the stored outputs are what nbval checks.
    """
    path = Path(path)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / path.name
        papermill.execute_notebook(
            str(path),
            str(out),
            kernel_name="python3",
            progress_bar=False,
            cwd=str(path.parent),
            **_kernel_manager(),
        )
        nb = strip_timing(nbformat.read(out, as_version=4), path.stem)
        nb.metadata.pop("papermill", None)
        for cell in nb.cells:
            cell.metadata.pop("papermill", None)
        nbformat.write(nb, str(path))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    executor: Callable[..., tuple[Path, str | None]] | None = None,
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
        Notebooks executed at once (default: the number of cores).

    Raises
    ------
    UsageError
        Unknown zone or language, malformed quarter.
    CatalogError
        The catalogue does not validate (nothing is rendered).
    ReportError
        Some notebooks failed; the others were published, and the failures kept in ``_failed/``.
    """
    year, q = parse_quarter(quarter) if quarter else last_complete_quarter()
    label_q = quarter_label(year, q)
    langs = [check_lang(lang) for lang in langs]
    data = config.data_dir(data_dir).resolve()
    seeds = config.seeds_dir(seeds_dir).resolve()
    catalog = load_catalog(data, seeds)
    zone_list = list(zones) if zones else default_zones(catalog)
    for zone in zone_list:
        if zone == "all":
            raise UsageError("'all' is always rendered; name zones to add", argument="--zone")
        catalog.zone(zone)
    if jobs is not None and jobs < 1:
        raise UsageError("--jobs must be at least 1", argument="--jobs", value=jobs)
    work = [RenderJob(z, lang) for z in ["all", *dict.fromkeys(zone_list)] for lang in langs]

    root = config.reports_dir(out)
    root.mkdir(parents=True, exist_ok=True)
    final = root / label_q
    _recover(final)
    staging = Path(tempfile.mkdtemp(prefix=f".{label_q}-", dir=root))
    run = executor or execute_report
    try:
        outcomes: dict[RenderJob, tuple[Path, str | None]] = {}
        lock = threading.Lock()
        with (
            ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool,
            tqdm(
                total=len(work),
                desc=f"zonetrack report {label_q}",
                unit="notebook",
                disable=not progress,
            ) as bar,
        ):
            futures = {
                pool.submit(run, job, label_q, staging, data, seeds, template): job for job in work
            }
            for future in as_completed(futures):
                with lock:
                    outcomes[futures[future]] = future.result()
                    bar.update()
        manifest = _finish(catalog, year, q, work, outcomes, staging)
        os.chmod(staging, 0o755)
        publish_folder(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _write_atomic(root / "index.html", _root_index(root))
    failures = [
        (f"{label_q}/_failed/{job.stem}.ipynb", err)
        for job in work
        for _, err in [outcomes[job]]
        if err
    ]
    result = RenderResult(label_q, final, manifest, failures)
    if failures:
        raise ReportError(failures)
    return result


def _finish(
    catalog: Catalog,
    year: int,
    q: int,
    work: list[RenderJob],
    outcomes: dict[RenderJob, tuple[Path, str | None]],
    staging: Path,
) -> dict[str, object]:
    """Write each HTML page, the quarter's index and manifest into ``staging``."""
    reports, failed = [], []
    for job in work:
        path, error = outcomes[job]
        if error:
            failed.append(
                {
                    "zone": job.zone,
                    "lang": job.lang,
                    "notebook": f"_failed/{job.stem}.ipynb",
                    "error": error,
                }
            )
            continue
        report = QuarterReport(catalog, year, q, job.zone, job.lang)
        title = _title(report)
        html_path = staging / f"{job.stem}.html"
        html_path.write_text(
            notebook_to_html(nbformat.read(path, as_version=4), title, job.lang), encoding="utf-8"
        )
        reports.append(
            {
                "zone": job.zone,
                "lang": job.lang,
                "title": title,
                "status_counts": status_counts(report.assessment),
                "targets": len(report.assessment),
                "notebook": path.name,
                "html": html_path.name,
                "sha256": {"notebook": _sha256(path), "html": _sha256(html_path)},
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


def _title(report: QuarterReport) -> str:
    zone = label("overview", report.lang) if report.zone == "all" else report.zone_name(report.zone)
    return f"{zone} — {label('report_title', report.lang)} {report.label}"


def _badges(counts: dict[str, int], lang: str) -> str:
    return "".join(
        f'<span class="badge" style="background:{STATUS_COLOURS[s]};color:#fff;padding:1px 6px;'
        f'border-radius:8px;margin:1px">{html.escape(status_label(s, lang))} {n}</span>'
        for s, n in counts.items()
    )


def _quarter_index(manifest: dict[str, object]) -> str:
    rows = "".join(
        f'<tr><td><a href="{html.escape(r["html"])}">{html.escape(r["title"])}</a></td>'
        f"<td>{html.escape(r['lang'])}</td><td>{_badges(r['status_counts'], r['lang'])}</td>"
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
