"""Executing one report notebook as a self-contained task, and converting it to HTML.

A :class:`RenderTask` carries everything a run needs (the template, its parameters,
the catalogue's files as bytes), so the same :func:`run_task` serves a local thread
and a Dask worker without a shared filesystem, and both give identical bytes.
"""

from __future__ import annotations

import atexit
import functools
import html
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter
from nbconvert.preprocessors import Preprocessor, TagRemovePreprocessor
from traitlets import default

from . import config

__all__ = [
    "TEMPLATE",
    "RenderTask",
    "TaskResult",
    "notebook_to_html",
    "read_folder",
    "refresh_notebook",
    "run_task",
    "strip_timing",
    "template_path",
]

TEMPLATE = "10-quarterly-report.ipynb"
_TIMING_KEYS = ("start_time", "end_time", "duration")

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


def template_path() -> Path:
    """The report template shipped inside the package (``notebooks/`` holds the editable copy)."""
    return config.PACKAGE_DIR / TEMPLATE


class KernelManager(AsyncKernelManager):
    """A kernel reached over Unix sockets (no TCP port for parallel kernels to race for),
    with the catalogue's location in its environment."""

    extra_env: dict[str, str] = {}  # noqa: RUF012 - set per run on a subclass

    @default("transport")
    def _default_transport(self) -> str:
        return "tcp" if os.name == "nt" else "ipc"

    @default("ip")
    def _default_ipc_path(self) -> str:
        if self.transport != "ipc":
            return "127.0.0.1"
        # A unique socket prefix in a private folder, never in the working directory.
        return str(_socket_folder() / f"kernel-{uuid.uuid4().hex[:16]}")

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: object) -> None:
        # Cell output travels over the sockets into the notebook; the kernel process's own
        # stderr only carries start-up and shutdown chatter that would garble the progress bar.
        kw.setdefault("stderr", subprocess.DEVNULL)
        env = dict(kw.get("env") or os.environ)
        env.update(self.extra_env)
        kw["env"] = env
        await super()._async_launch_kernel(kernel_cmd, **kw)

    _launch_kernel = _async_launch_kernel


@functools.cache
def _socket_folder() -> Path:
    """This process's own folder for kernel sockets (0700, made fresh, removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="zonetrack-ipc-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _manager(env: dict[str, str]) -> type[KernelManager]:
    return type("ZonetrackKernelManager", (KernelManager,), {"extra_env": dict(env)})


def strip_timing(nb: nbformat.NotebookNode, stem: str) -> nbformat.NotebookNode:
    """Remove what changes from run to run: timings, temporary paths, random cell ids."""
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


@dataclass(frozen=True)
class RenderTask:
    """One notebook run, picklable for a Dask worker; the catalogue's files travel beside it."""

    stem: str
    template: str
    parameters: dict[str, str]
    title: str = ""
    lang: str = "en"
    # How many times a runner may start it at most (a Dask worker dying mid-task counts).
    attempts_left: int = 1


@dataclass(frozen=True)
class TaskResult:
    """The executed notebook (also when it failed, with papermill's banner) and its page."""

    stem: str
    notebook: bytes | None
    html: bytes | None
    error: str | None
    seconds: float = 0.0  # wall time of the attempt, for progress lines only
    attempts: int = 1  # times it was started, as far as the runner knows


def read_folder(folder: Path, prefix: str) -> dict[str, bytes]:
    """Every file directly in ``folder`` as ``{prefix/name: bytes}``."""
    return {f"{prefix}/{p.name}": p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def run_task(task: RenderTask, files: dict[str, bytes]) -> TaskResult:
    """Execute one report notebook once in a private temporary folder and convert it to HTML.

    ``files`` maps ``data/NAME`` and ``seeds/NAME`` to the catalogue's file contents.
    They are written into that folder and the kernel finds them through
    ``ZONETRACK_DATA`` / ``ZONETRACK_SEEDS``, so the notebook's parameters hold no
    machine-specific path and a local run and a cluster run give the same bytes.
    A failure of any kind (the notebook, a kernel that did not start or died) is returned
    as ``error``; retrying is the caller's decision (``report.py``), made in one place.
    """
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="zonetrack-") as tmp:
        root = Path(tmp)
        for name, content in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        (root / TEMPLATE).write_text(task.template, encoding="utf-8")
        output = root / f"{task.stem}.ipynb"
        env = {"ZONETRACK_DATA": str(root / "data"), "ZONETRACK_SEEDS": str(root / "seeds")}
        error: str | None = None
        try:
            # No `cwd`: papermill would chdir the whole process, which threads share.
            papermill.execute_notebook(
                str(root / TEMPLATE),
                str(output),
                parameters=task.parameters,
                kernel_name="python3",
                progress_bar=False,
                request_save_on_cell_execute=False,
                kernel_manager_class=_manager(env),
            )
        except papermill.PapermillExecutionError as exc:
            error = f"{exc.ename}: {exc.evalue}"
        except Exception as exc:  # a kernel that failed to start or died
            error = f"{type(exc).__name__}: {exc}"

        def result(notebook: bytes | None, page_html: bytes | None, err: str | None):
            first = (err.splitlines() or [""])[0] if err is not None else None
            return TaskResult(
                task.stem, notebook, page_html, first, seconds=time.monotonic() - started
            )

        if not output.exists():
            return result(None, None, error or "no output")
        nb = strip_timing(nbformat.read(output, as_version=4), task.stem)
        text = nbformat.writes(nb)
        notebook = (text if text.endswith("\n") else text + "\n").encode("utf-8")
        if error is not None:
            return result(notebook, None, error)
        return result(notebook, notebook_to_html(nb, task.title, task.lang).encode("utf-8"), None)


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
            kernel_manager_class=_manager({}),
        )
        nb = strip_timing(nbformat.read(out, as_version=4), path.stem)
        nb.metadata.pop("papermill", None)
        for cell in nb.cells:
            cell.metadata.pop("papermill", None)
        nbformat.write(nb, str(path))
