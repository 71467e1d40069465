"""Warm kernels: isolation between notebooks, same bytes as fresh kernels, a dead kernel replaced.

The faults are injected through the template (a cell that kills its own kernel, or that
makes validation fail), never by editing the code under test.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# nbformat is imported inside the helpers that use it: `make test-fast` collects this module
# only to deselect it, and importing nbformat costs every test process seconds.
from conftest import write_catalog

from zonetrack.execute import (
    Rendered,
    RenderTask,
    read_folder,
    run_task,
    template_path,
    warm_slot,
)
from zonetrack.report import local_runner, render_reports

pytestmark = pytest.mark.kernel

QUARTER = "2023Q2"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _render(data: Path, seeds: Path, out: Path, **kw: object):
    kw.setdefault("langs", ("en", "zh"))
    return render_reports(QUARTER, data_dir=data, seeds_dir=seeds, out=out, progress=False, **kw)


def _template(*cells: str) -> str:
    """A report template with a parameters cell and ``cells`` (code) after it."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('zone = "all"\nlang = "en"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, *(nbformat.v4.new_code_cell(c) for c in cells)]
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i}"  # not random: the same template gives the same bytes
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return nbformat.writes(nb)


def _with_cell(code: str, after_parameters: bool = True) -> str:
    """The shipped template with one more code cell right after its parameters cell."""
    import nbformat

    nb = nbformat.read(template_path(), as_version=4)
    at = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    nb.cells.insert(at + 1 if after_parameters else at, nbformat.v4.new_code_cell(code))
    return nbformat.writes(nb)


def _outputs(notebook: bytes) -> list[str]:
    nb = json.loads(notebook)
    return [
        "".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/plain", ""))
        for c in nb["cells"]
        for o in c.get("outputs", [])
    ]


# One notebook leaves behind everything a notebook can; the next one reports what it sees.
LITTER = """
import os, sys, warnings, matplotlib, matplotlib.pyplot as plt
secret = zone
os.environ["ZT_LEFT_BEHIND"] = zone
matplotlib.rcParams["lines.linewidth"] = 9
plt.figure()
warnings.simplefilter("error")
sys.path.append("/left/behind")
os.chdir("/")
"""
LOOK = """
import os, sys, warnings, matplotlib, matplotlib.pyplot as plt
print("secret" in globals(), "ZT_LEFT_BEHIND" in os.environ,
      matplotlib.rcParams["lines.linewidth"], plt.get_fignums(),
      ("error", None, Warning, None, 0) in warnings.filters, "/left/behind" in sys.path,
      os.getcwd() == START, len(In), sorted(k for k in Out), get_ipython().execution_count,
      os.environ["ZONETRACK_DATA"].endswith("/data"))
"""


def test_nothing_a_notebook_leaves_reaches_the_next(tmp_path: Path) -> None:
    data, seeds = write_catalog(tmp_path / "catalog")
    files = {**read_folder(data, "data"), **read_folder(seeds, "seeds")}
    start = repr(os.getcwd())
    slot = warm_slot()
    try:
        seen = []
        for zone, body in (("park", LITTER), ("city", LOOK), ("city", LOOK)):
            template = _template(f"START = {start}", body, "1 + 1")
            task = RenderTask(f"{zone}.en", template, {"zone": zone, "lang": "en"})
            result = run_task(task, files, slot)
            assert isinstance(result, Rendered), result
            seen.append(result.notebook)
        assert slot.started == 1  # all three ran on one kernel
    finally:
        slot.close()
    # No variable, variable in the environment, setting (1.5 is matplotlib's default width),
    # figure, warning filter, path or folder of the first notebook reaches the second.
    assert _outputs(seen[1])[0].startswith("False False 1.5 [] False False True ")
    # And it sees exactly what a fresh kernel sees, In/Out and the counter included.
    template = _template(f"START = {start}", LOOK, "1 + 1")
    fresh = run_task(RenderTask("city.en", template, {"zone": "city", "lang": "en"}), files)
    assert seen[1] == fresh.notebook
    assert seen[1] == seen[2]  # the same notebook twice on a reused kernel: the same bytes
    counts = [c["execution_count"] for c in json.loads(seen[2])["cells"]]
    assert counts == [1, 2, 3, 4, 5]  # the injected parameters cell included


def test_warm_kernels_render_the_same_bytes_as_fresh_ones(tmp_path: Path) -> None:
    data, seeds = write_catalog(tmp_path / "catalog")
    # One warm kernel renders all six notebooks in a row: overview, zones, both languages.
    _render(data, seeds, tmp_path / "warm", runner=local_runner(1))
    _render(data, seeds, tmp_path / "fresh", runner=local_runner(2, warm=False))
    warm, fresh = _files(tmp_path / "warm" / QUARTER), _files(tmp_path / "fresh" / QUARTER)
    assert sorted(warm) == sorted(fresh) and len(warm) == 19  # 3 zones x 2 langs x 2 + 7
    for name, content in fresh.items():
        assert warm[name] == content, name


KILL_ONCE = """
import os, pathlib, signal
_mark = pathlib.Path(os.environ["ZT_TEST_MARKS"]) / f"{zone}.{lang}"
if zone == "city" and not _mark.exists():
    _mark.write_text("killed")
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("retries", [1, 0])
def test_a_kernel_killed_mid_notebook_is_replaced_and_the_notebook_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, retries: int
) -> None:
    data, seeds = write_catalog(tmp_path / "catalog")
    marks = tmp_path / "marks"
    marks.mkdir()
    monkeypatch.setenv("ZT_TEST_MARKS", str(marks))  # kernels inherit it
    template = tmp_path / "template.ipynb"
    template.write_text(_with_cell(KILL_ONCE), encoding="utf-8")
    kw = {"langs": ("en",), "template": template, "retries": retries, "runner": local_runner(1)}
    if retries:
        result = _render(data, seeds, tmp_path / "out", **kw)
        assert result.failures == [] and result.rendered == 3
    else:
        from zonetrack.exceptions import ReportError

        with pytest.raises(ReportError) as caught:
            _render(data, seeds, tmp_path / "out", **kw)
        # Only city fails; park, after it on the same thread, ran on a new kernel.
        # (A dead kernel leaves no notebook to keep in _failed/.)
        assert [f for f, _ in caught.value.failures] == [f"{QUARTER}/city.en"]
        assert "DeadKernelError" in caught.value.failures[0][1]
        assert (tmp_path / "out" / QUARTER / "park.en.html").exists()
    assert [p.name for p in marks.iterdir()] == ["city.en"]


BREAK_VALIDATION = """
import zonetrack.catalog
def _refuse(*args, **kwargs):
    raise RuntimeError("the kernel validated the catalogue again")
zonetrack.catalog.validate_tables = _refuse
"""


@pytest.mark.parametrize("carried", [True, False])
def test_a_task_carries_the_validated_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, carried: bool
) -> None:
    """A kernel with a cold cache (a Dask worker elsewhere) loads what the task carries."""
    data, seeds = write_catalog(tmp_path / "catalog")
    monkeypatch.setenv("ZONETRACK_CACHE_DIR", str(tmp_path / "parent-cache"))
    sent: list[dict[str, bytes]] = []

    def elsewhere(task, files):
        sent.append(files)
        # The kernel's own cache is empty: only what the task carries can spare validation.
        os.environ["ZONETRACK_CACHE_DIR"] = str(tmp_path / "worker-cache")
        try:
            if not carried:
                files = {k: v for k, v in files.items() if not k.startswith("cache/")}
            return run_task(task, files)
        finally:
            os.environ["ZONETRACK_CACHE_DIR"] = str(tmp_path / "parent-cache")

    template = tmp_path / "template.ipynb"
    template.write_text(_with_cell(BREAK_VALIDATION), encoding="utf-8")
    kw = {"zones": ["park"], "langs": ("en",), "template": template, "retries": 0}
    if carried:
        result = _render(data, seeds, tmp_path / "out", runner=local_runner(1, elsewhere), **kw)
        assert result.failures == []
    else:
        from zonetrack.exceptions import ReportError

        with pytest.raises(ReportError, match="validated the catalogue again"):
            _render(data, seeds, tmp_path / "out", runner=local_runner(1, elsewhere), **kw)
    names = {name.rsplit("/", 1)[-1] for name in sent[0] if name.startswith("cache/")}
    tables = ("zones", "indicators", "targets", "observations", "sources")
    assert names == {"meta.json", *(f"{t}.parquet" for t in tables)}


def test_ipython_startup_files_run_before_every_notebook_as_on_a_fresh_kernel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name a startup file defines is there for every notebook on a warm kernel, not only
    for the first (the reset empties the namespace; a fresh kernel would have it), and its
    side effects happened once, as on a fresh kernel."""
    ipython = tmp_path / "ipython"
    startup = ipython / "profile_default" / "startup"
    startup.mkdir(parents=True)
    # A name, and a side effect a fresh kernel has exactly once.
    (startup / "00-name.py").write_text(
        "import builtins\n"
        "builtins._zt_runs = getattr(builtins, '_zt_runs', 0) + 1\n"
        "_zt_from_startup = 42\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("IPYTHONDIR", str(ipython))  # the seam: the kernel inherits it
    template = tmp_path / "template.ipynb"
    check = "import builtins\nassert _zt_from_startup == 42 and builtins._zt_runs == 1"
    template.write_text(_with_cell(check), encoding="utf-8")
    data, seeds = write_catalog(tmp_path / "catalog")
    kw = {"langs": ("en",), "template": template, "retries": 0}
    result = _render(data, seeds, tmp_path / "out", runner=local_runner(1), **kw)
    assert result.failures == [] and result.rendered >= 2
