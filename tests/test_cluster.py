"""Rendering on a Dask cluster: same bytes as a local render, and survival of a dying worker."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
from pathlib import Path

import pytest
from conftest import write_catalog

from zonetrack.cli import main
from zonetrack.report import render_reports

pytestmark = [pytest.mark.cluster, pytest.mark.kernel]

QUARTER = "2023Q2"


def _render(data: Path, seeds: Path, out: Path, **kw: object):
    return render_reports(
        QUARTER, langs=("en",), data_dir=data, seeds_dir=seeds, out=out, progress=False, **kw
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed", reason="the distributed extra is missing")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as local:
        yield local


def test_cluster_render_equals_local_render(cluster, tmp_path: Path) -> None:
    data, seeds = write_catalog(tmp_path / "catalog")
    _render(data, seeds, tmp_path / "local", jobs=2)
    result = _render(data, seeds, tmp_path / "cluster", scheduler=cluster.scheduler_address)
    assert result.failures == []
    local, remote = _files(tmp_path / "local" / QUARTER), _files(tmp_path / "cluster" / QUARTER)
    # 3 zones x 2 files, 2 indexes, the 4 downloads, method.html and, the run being in
    # English only, the 3 Chinese pages saying so where the language links lead
    assert sorted(local) == sorted(remote) and len(local) == 16
    for name, content in local.items():
        assert remote[name] == content, name


@pytest.mark.kernel
def test_warm_workers_render_the_next_catalogue_as_fresh_kernels_do(
    cluster, tmp_path: Path
) -> None:
    """Workers keep their kernels between runs; nothing of one catalogue reaches the next."""
    import copy

    from conftest import MINIMAL

    from zonetrack.report import local_runner

    first, _ = write_catalog(tmp_path / "first")
    _render(
        first, first.parent / "seeds", tmp_path / "first-out", scheduler=cluster.scheduler_address
    )
    tables = copy.deepcopy(MINIMAL)
    tables["targets"] = [t for t in tables["targets"] if t["target_id"] != "t-firms"]
    data, seeds = write_catalog(tmp_path / "second", tables)
    _render(data, seeds, tmp_path / "local", runner=local_runner(2, warm=False))
    _render(data, seeds, tmp_path / "cluster", scheduler=cluster.scheduler_address)
    local, remote = _files(tmp_path / "local" / QUARTER), _files(tmp_path / "cluster" / QUARTER)
    assert sorted(local) == sorted(remote) and len(local) == 16  # as above
    for name, content in local.items():
        assert remote[name] == content, name
    assert _files(tmp_path / "first-out" / QUARTER)["park.en.html"] != local["park.en.html"]


def _template_that_waits(tmp_path: Path, zone: str) -> tuple[Path, Path]:
    """The report template with a first cell that, at the first start of ``zone``'s notebook
    only, tells the test through a named pipe which worker runs it, then waits for that
    worker to die (a later start, on another worker, goes on as usual).

    Returns the template and the pipe. The pipe makes the test wait for exactly that moment
    without polling the scheduler: the worker is busy with the task when the test learns it.
    """
    import nbformat

    from zonetrack.execute import template_path

    pipe, claim = tmp_path / "running", tmp_path / "claimed"
    os.mkfifo(pipe)
    nb = nbformat.read(template_path(), as_version=4)
    code = f"""
import os, time
if zone == {zone!r}:
    try:
        os.close(os.open({str(claim)!r}, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        pass  # a later start: render as usual
    else:
        worker = os.getppid()  # the kernel's parent is the Dask worker
        with open({str(pipe)!r}, "w") as fh:
            fh.write(f"{{worker}}\\n")
        while os.getppid() == worker:  # until the test has killed it
            time.sleep(0.05)
        os._exit(0)
"""
    nb.cells.insert(2, nbformat.v4.new_code_cell(code))
    nbformat.write(nb, tmp_path / "waiting.ipynb")
    return tmp_path / "waiting.ipynb", pipe


def test_a_worker_killed_mid_run_loses_no_report(cluster, tmp_path: Path) -> None:
    data, seeds = write_catalog(tmp_path / "catalog")
    template, pipe = _template_that_waits(tmp_path, "park")
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = _render(
                data,
                seeds,
                tmp_path / "out",
                scheduler=cluster.scheduler_address,
                template=template,
            )
        except BaseException as exc:  # reported by the assertion below
            outcome["error"] = exc
        finally:
            # A run that never reached the cell ends the test's wait with an empty line.
            with contextlib.suppress(OSError):
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=run)
    thread.start()
    with open(pipe) as fh:  # returns once park's notebook is running on its worker
        worker = fh.readline().strip()
    assert worker, f"park's notebook never ran: {outcome.get('error')}"
    os.kill(int(worker), signal.SIGKILL)
    thread.join()
    assert "error" not in outcome, outcome.get("error")
    manifest = outcome["result"].manifest
    assert manifest["failed"] == []
    assert sorted(r["zone"] for r in manifest["reports"]) == ["all", "city", "park"]
    assert (tmp_path / "claimed").exists()  # the worker was killed while rendering park
    assert (tmp_path / "out" / QUARTER / "park.en.html").exists()


def test_a_notebook_that_kills_its_worker_is_started_at_most_twice(cluster, tmp_path: Path) -> None:
    """Dask re-runs a task whose worker died; those starts count against the one retry."""
    import nbformat

    from zonetrack.exceptions import ReportError
    from zonetrack.execute import template_path

    data, seeds = write_catalog(tmp_path / "catalog")
    starts = tmp_path / "starts"
    nb = nbformat.read(template_path(), as_version=4)
    nb.cells.insert(
        2,
        nbformat.v4.new_code_cell(
            f'if zone == "park":\n    open({str(starts)!r}, "a").write("x")\n'
            "    import os, signal\n    os.kill(os.getppid(), signal.SIGKILL)"  # the worker
        ),
    )
    nbformat.write(nb, tmp_path / "killer.ipynb")
    with pytest.raises(ReportError) as info:
        _render(
            data,
            seeds,
            tmp_path / "out",
            zones=["park"],
            template=tmp_path / "killer.ipynb",
            scheduler=cluster.scheduler_address,
        )
    assert starts.read_text() == "xx"
    assert [name for name, _ in info.value.failures] == [f"{QUARTER}/park.en"]
    assert (tmp_path / "out" / QUARTER / "all.en.html").exists()


def _report_args(data: Path, seeds: Path, tmp_path: Path) -> list[str]:
    return [
        "report",
        "--quarter",
        QUARTER,
        "--data",
        str(data),
        "--seeds",
        str(seeds),
        "--out",
        str(tmp_path / "out"),
    ]


def test_scheduler_without_dask_is_a_usage_error(
    minimal_catalog: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    data, seeds = minimal_catalog
    code = main([*_report_args(data, seeds, tmp_path), "--scheduler", "tcp://127.0.0.1:8786"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        "zonetrack report: error: --scheduler: Dask is not installed: "
        "pip install 'zonetrack[distributed]'"
    ]


def test_unreachable_scheduler_is_one_line_exit_1(
    minimal_catalog: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("distributed", reason="the distributed extra is not installed")
    data, seeds = minimal_catalog
    monkeypatch.setenv("ZONETRACK_SCHEDULER", "tcp://127.0.0.1:9")  # nothing listens there
    code = main(_report_args(data, seeds, tmp_path))
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "cannot reach the Dask scheduler" in err
    assert not (tmp_path / "out" / QUARTER).exists()
