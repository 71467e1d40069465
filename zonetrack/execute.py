"""Executing one report notebook as a self-contained task, and converting it to HTML.

A :class:`RenderTask` carries everything a run needs (the template, its parameters,
the catalogue's files as bytes), so the same :func:`run_task` serves a local thread
and a Dask worker without a shared filesystem, and both give identical bytes.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from . import config
from .cache import combine_file_hashes
from .pages import e, page

if TYPE_CHECKING:
    import nbformat
    from jupyter_client.manager import AsyncKernelManager

    from .kernels import KernelSlot

# papermill, nbformat, nbconvert and jupyter_client are imported where a notebook is run or
# converted, not with this module: importing them costs seconds (nbformat's schema checks
# build a grammar), which every `zonetrack` command and every publishing test would pay.

__all__ = [
    "TEMPLATE",
    "Failed",
    "RenderTask",
    "Rendered",
    "TaskResult",
    "notebook_to_html",
    "read_folder",
    "refresh_notebook",
    "run_task",
    "strip_timing",
    "template_path",
    "warm_slot",
    "worker_slot",
]

TEMPLATE = "10-quarterly-report.ipynb"
_TIMING_KEYS = ("start_time", "end_time", "duration")


def template_path() -> Path:
    """The report template shipped inside the package (``notebooks/`` holds the editable copy)."""
    return config.PACKAGE_DIR / TEMPLATE


@functools.cache
def _kernel_manager() -> type[AsyncKernelManager]:
    """The kernel manager class, defined on first use (see the note on imports above)."""
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

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
            # stderr only carries start-up and shutdown chatter that would garble the bar.
            kw.setdefault("stderr", subprocess.DEVNULL)
            env = dict(cast(Mapping[str, str], kw.get("env") or os.environ))
            env.update(self.extra_env)
            kw["env"] = env
            await super()._async_launch_kernel(kernel_cmd, **kw)

        _launch_kernel = _async_launch_kernel

    return KernelManager


@functools.cache
def _socket_folder() -> Path:
    """This process's own folder for kernel sockets and catalogue copies (0700, removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="zonetrack-ipc-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def warm_slot() -> KernelSlot:
    """A slot for one thread's warm kernel, started with this module's kernel manager."""
    from .kernels import KernelSlot

    return KernelSlot(_manager({}))


def worker_slot() -> KernelSlot:
    """This thread's warm-kernel slot, kept for the life of the process (Dask workers)."""
    from .kernels import thread_slot

    return thread_slot(_manager({}))


def _manager(env: dict[str, str]) -> type[AsyncKernelManager]:
    return type("ZonetrackKernelManager", (_kernel_manager(),), {"extra_env": dict(env)})


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


def _alt_text_images(cell: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Give charts the description (``alt``) and caption their output metadata carries."""
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        meta = output.get("metadata", {}).get("image/png", {})
        alt, caption = meta.get("alt"), meta.get("caption")
        if "image/png" in data and alt:
            png = data.pop("image/png").strip()
            img = f'<img alt="{e(alt)}" src="data:image/png;base64,{png}">'
            # A caption (the CJK font note) is metadata in the notebook, so nbval ignores it.
            cap = f"<figcaption>{e(caption)}</figcaption>" if caption else ""
            data["text/html"] = f"<figure>{img}{cap}</figure>"
    return cell


@functools.cache
def _exporter_class() -> type:
    """nbconvert's HTML exporter without its last pass through BeautifulSoup.

    After rendering its template, ``HTMLExporter`` parses the whole page with
    BeautifulSoup, gives an ``alt`` to images without one and a ``tabindex`` to the input
    and output areas of its ``lab`` template, and writes the tree out again. On a report
    page none of these apply (the ``basic`` template has no such areas and every chart gets
    its ``alt`` here), yet the pass costs a few seconds on the overview of thousands of zones
    (about 2 s per MB of page). This class renders the template as ``HTMLExporter`` does and
    stops there: the same elements, attributes and text (a test parses both pages and
    compares the trees, ``tests/test_report.py``), written as the template wrote them.
    """
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML

    class PageExporter(HTMLExporter):
        def __init__(self, **kw: Any) -> None:
            super().__init__(**kw)
            # A page shows no code (its inputs are excluded); the template names the
            # highlighter all the same, so one must be there.
            self.register_filter("highlight_code", Highlight2HTML(parent=self))

        def from_notebook_node(  # type: ignore[override]
            self, nb: nbformat.NotebookNode, resources: dict[str, Any] | None = None, **kw: Any
        ) -> tuple[str, dict[str, Any]]:
            # The template's conversion itself. Besides the soup pass, HTMLExporter's own
            # step only chooses widget views for outputs (a page has none: the template
            # exporter's data-type filter chooses the same) and sets up the highlighter.
            return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

    return PageExporter


def notebook_to_html(nb: nbformat.NotebookNode, title: str, lang: str, soup: bool = False) -> str:
    """A self-contained page of the notebook's outputs: no code, no external resources.

    ``soup=True`` converts with nbconvert's own ``HTMLExporter`` and its final BeautifulSoup
    pass (the reference the fast path is tested against; slow on large pages).
    """
    body, _ = _page_exporter(soup).from_notebook_node(nb)
    return page(title, body, lang)


# One exporter per thread and kind, made once: making one compiles its templates, which
# cost eight times the conversion of a page (0.04 s against 0.005 s a page). Its
# preprocessors keep no state between notebooks; each conversion gets fresh resources.
_exporters = threading.local()


def _page_exporter(soup: bool) -> Any:
    made: dict[bool, Any] = _exporters.__dict__.setdefault("made", {})
    if soup not in made:
        made[soup] = _make_exporter(soup)
    return made[soup]


def _make_exporter(soup: bool) -> Any:
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import Preprocessor, TagRemovePreprocessor

    class AltTextImages(Preprocessor):
        def preprocess_cell(
            self, cell: nbformat.NotebookNode, resources: dict[str, Any], index: int
        ) -> tuple[nbformat.NotebookNode, dict[str, Any]]:
            return _alt_text_images(cell), resources

    exporter = (HTMLExporter if soup else _exporter_class())(
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
    return exporter


@dataclass(frozen=True)
class RenderTask:
    """One notebook run, picklable for a Dask worker; the catalogue's files travel beside it."""

    stem: str
    template: str
    parameters: dict[str, object]
    title: str = ""
    lang: str = "en"
    # How many times a runner may start it at most (a Dask worker dying mid-task counts).
    attempts_left: int = 1


@dataclass(frozen=True)
class Rendered:
    """A notebook that ran to the end: the executed notebook and its page, both always."""

    stem: str
    notebook: bytes
    html: bytes
    seconds: float = 0.0  # wall time of the attempt, for progress lines only
    attempts: int = 1  # times it was started, as far as the runner knows


@dataclass(frozen=True)
class Failed:
    """A notebook that did not give a page: why (one line), and the executed notebook with
    papermill's banner when it ran at all (not when its kernel or worker died first)."""

    stem: str
    error: str
    notebook: bytes | None = None
    seconds: float = 0.0
    attempts: int = 1


# What a runner yields for each task; a page never comes without its notebook.
TaskResult = Rendered | Failed


def read_folder(folder: Path, prefix: str) -> dict[str, bytes]:
    """Every file below ``folder`` as ``{prefix/relative/path: bytes}``.

    The same files :func:`zonetrack.cache.catalog_fingerprint` hashes (subfolders and
    hidden files too), so the manifest's ``catalog_sha256`` is the catalogue's one hash.
    """
    found = {}
    for dirpath, _, filenames in os.walk(folder):
        for filename in filenames:
            path = Path(dirpath) / filename
            relative = path.relative_to(folder).as_posix()
            found[f"{prefix}/{relative}"] = path.read_bytes()
    return dict(sorted(found.items()))


@dataclass
class _Copy:
    folder: Path
    fingerprint: str  # catalog_fingerprint of its data/ and seeds/, from the bytes written
    users: int = 0  # tasks using it now


_copies: dict[str, _Copy] = {}  # by the digest of the files
_copies_lock = threading.Lock()
_KEEP_COPIES = 2  # unused copies kept for the next tasks (a worker serves one run at a time)


@contextlib.contextmanager
def _catalog_copy(files: dict[str, bytes]) -> Iterator[_Copy]:
    """A private folder holding ``files``, written once per process and shared by its tasks.

    Writing a national catalogue's thousands of files for every notebook would make each
    notebook's cost grow with the catalogue; the copy is named by the digest of every name
    and byte, so a changed catalogue gets a new copy. Notebooks only read it.
    """
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(f"{len(name)}:{name}:{len(files[name])}:".encode())
        digest.update(files[name])
    key = digest.hexdigest()
    with _copies_lock:
        if key not in _copies:
            folder = Path(tempfile.mkdtemp(prefix="catalog-", dir=_socket_folder()))
            for name, content in files.items():
                path = folder / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)
            # The hash of the catalogue as written, which each notebook's kernel is told
            # (``kernels.reset_kernel``) instead of hashing the folder again.
            fingerprint = combine_file_hashes(
                {
                    name: hashlib.sha256(content).hexdigest()
                    for name, content in files.items()
                    if name.startswith(("data/", "seeds/"))
                }
            )
            _copies[key] = _Copy(folder, fingerprint)
        entry = _copies[key]
        entry.users += 1
    try:
        yield entry
    finally:
        with _copies_lock:
            entry.users -= 1
            unused = [k for k, copy in _copies.items() if copy.users == 0 and k != key]
            for old in unused[: max(0, len(unused) - _KEEP_COPIES + 1)]:
                shutil.rmtree(_copies.pop(old).folder, ignore_errors=True)


def run_task(
    task: RenderTask, files: dict[str, bytes], kernels: KernelSlot | None = None
) -> TaskResult:
    """Execute one report notebook once in a private temporary folder and convert it to HTML.

    ``files`` maps ``data/NAME`` and ``seeds/NAME`` to the catalogue's file contents, and
    may carry the validated catalogue as ``cache/...`` (a cache entry, see ``cache.py``).
    They are written into that folder and the kernel finds them through
    ``ZONETRACK_DATA`` / ``ZONETRACK_SEEDS`` (and ``ZONETRACK_CACHE_DIR``), so the
    notebook's parameters hold no machine-specific path, the kernel does not validate the
    catalogue again, and a local run and a cluster run give the same bytes.
    With ``kernels`` the notebook runs on that slot's warm kernel (see ``kernels.py``),
    otherwise on a kernel started for it alone; both give the same bytes.
    A failure of any kind (the notebook, a kernel that did not start or died) is returned
    as :class:`Failed`; retrying is the caller's decision (``report.py``), made in one place.
    """
    import nbformat
    import papermill

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="zonetrack-") as tmp, _catalog_copy(files) as made:
        root, copy = Path(tmp), made.folder
        (root / TEMPLATE).write_text(task.template, encoding="utf-8")
        output = root / f"{task.stem}.ipynb"
        env = {"ZONETRACK_DATA": str(copy / "data"), "ZONETRACK_SEEDS": str(copy / "seeds")}
        if any(name.startswith("cache/") for name in files):
            env["ZONETRACK_CACHE_DIR"] = str(copy / "cache")
        error: str | None = None
        try:
            if kernels is None:
                engine: dict[str, object] = {"kernel_manager_class": _manager(env)}
            else:
                engine = kernels.ready(env, made.fingerprint).engine_kwargs()
            # No `cwd`: papermill would chdir the whole process, which threads share.
            papermill.execute_notebook(
                str(root / TEMPLATE),
                str(output),
                parameters=task.parameters,
                kernel_name="python3",
                progress_bar=False,
                request_save_on_cell_execute=False,
                **engine,
            )
        except papermill.PapermillExecutionError as exc:
            error = f"{exc.ename}: {exc.evalue}"
        except Exception as exc:  # a kernel that failed to start or died
            error = f"{type(exc).__name__}: {exc}"
        finally:
            if kernels is not None:
                kernels.after()  # a kernel that died is replaced before the next notebook

        seconds = time.monotonic() - started
        if not output.exists():
            return Failed(task.stem, _first_line(error or "no output"), None, seconds)
        nb = strip_timing(nbformat.read(output, as_version=4), task.stem)
        text = nbformat.writes(nb)
        notebook = (text if text.endswith("\n") else text + "\n").encode("utf-8")
        if error is not None:
            return Failed(task.stem, _first_line(error), notebook, seconds)
        page_html = notebook_to_html(nb, task.title, task.lang).encode("utf-8")
        return Rendered(task.stem, notebook, page_html, time.monotonic() - started)


def _first_line(error: str) -> str:
    return (error.splitlines() or [""])[0]


def refresh_notebook(path: str | Path) -> None:
    """Re-execute a committed notebook in place with its own parameters, timings stripped.

    For maintainers (``make notebooks``): the stored outputs are what nbval checks.
    """
    import nbformat
    import papermill

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
