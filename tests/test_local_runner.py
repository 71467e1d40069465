"""The local runner's threads and warm kernels (``report.LocalRunner``), without kernels.

``render_reports`` starts the runner's kernels before it reads the catalogue, so that they
start while the catalogue is read and assessed. These tests replace the kernel slot and the
notebook run (``report.warm_slot``, ``report.run_task``) with fakes that record which thread
started and closed which slot, and which slot ran which notebook.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from pathlib import Path

import pytest
from conftest import write_catalog

from zonetrack import report
from zonetrack.exceptions import CatalogError, ReportError, UsageError
from zonetrack.execute import Rendered, RenderTask

QUARTER = "2023Q2"


class FakeSlot:
    """Stands for a warm-kernel slot: records its thread, its start and its closes."""

    def __init__(self, started: threading.Event) -> None:
        self.thread = threading.get_ident()  # the thread that made it
        self.started_on: int | None = None
        self.closed = 0
        self.done = threading.Event()  # closed at least once
        self._started = started

    def start(self) -> None:
        self.started_on = threading.get_ident()
        self._started.set()

    def close(self) -> None:
        self.closed += 1
        self.done.set()


class Fakes:
    def __init__(self) -> None:
        self.started = threading.Event()  # some slot started
        self.slots: list[FakeSlot] = []
        self.ran: list[tuple[str, FakeSlot | None, int]] = []  # stem, slot, thread
        self.saw_kernel_starting: list[bool] = []  # one per catalogue read
        self._lock = threading.Lock()

    def make_slot(self) -> FakeSlot:
        slot = FakeSlot(self.started)
        with self._lock:
            self.slots.append(slot)
        return slot

    def run_task(self, task: RenderTask, files: dict[str, bytes], slot: object) -> Rendered:
        assert isinstance(slot, FakeSlot)
        with self._lock:
            self.ran.append((task.stem, slot, threading.get_ident()))
        return Rendered(task.stem, b'{"cells": []}\n', f"<p>{task.stem}</p>\n".encode())


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> Fakes:
    made = Fakes()
    monkeypatch.setattr(report, "warm_slot", made.make_slot)
    monkeypatch.setattr(report, "run_task", made.run_task)
    real_load = report.load_catalog

    def load(*args: object, **kw: object):
        # Waits (without timing anything) for a kernel to start: with kernels started only
        # once the catalogue is read, none ever starts here and the wait gives up.
        made.saw_kernel_starting.append(made.started.wait(timeout=30))
        return real_load(*args, **kw)

    monkeypatch.setattr(report, "load_catalog", load)
    return made


def settled(fakes: Fakes, before: set[threading.Thread] | None = None) -> list[int]:
    """How many times each slot was closed, once every slot is closed: a run does not wait
    for the threads it stops (a kernel may still be starting), so they close on their own.
    With ``before``, the threads started since then are waited for too."""
    for slot in fakes.slots:
        slot.done.wait(timeout=60)
    if before is not None:
        for thread in set(threading.enumerate()) - before:
            thread.join(timeout=60)
    return [slot.closed for slot in fakes.slots]


def render(tmp_path: Path, **kw: object) -> report.RenderResult:
    data, seeds = write_catalog(tmp_path / "catalog")
    kw.setdefault("langs", ("en",))
    return report.render_reports(
        QUARTER, data_dir=data, seeds_dir=seeds, out=tmp_path / "out", progress=False, **kw
    )


@pytest.mark.parametrize(
    ("zones", "jobs", "notebooks", "slots"),
    [
        (["park"], 2, 2, 2),  # park and the overview: one kernel each
        (["park"], 1, 2, 1),
        (["city", "park"], 8, 3, 3),  # no more kernels than notebooks
        (None, 2, 3, 2),  # every zone: started ahead as many as jobs
    ],
)
def test_kernels_start_while_the_catalogue_is_read_and_run_the_notebooks(
    tmp_path: Path, fakes: Fakes, zones: list[str] | None, jobs: int, notebooks: int, slots: int
) -> None:
    result = render(tmp_path, zones=zones, jobs=jobs)
    assert result.rendered == notebooks and not result.failures
    assert fakes.saw_kernel_starting == [True]
    assert len(fakes.slots) == slots
    for stem, slot, thread in fakes.ran:
        # Each notebook ran on a kernel started ahead, on the thread that started it.
        assert slot in fakes.slots and slot.started_on == slot.thread == thread, stem
    assert sorted(stem for stem, _, _ in fakes.ran) == sorted(
        f"{z}.en" for z in ["all", *(zones or ["city", "park"])]
    )
    assert settled(fakes) == [1] * slots


def test_a_full_run_starts_no_more_kernels_than_zones_csv_allows(
    tmp_path: Path, fakes: Fakes
) -> None:
    # Before the catalogue is read a full run knows only that it has at most one notebook
    # per line of zones.csv and the overview: --jobs 200 on 2 zones starts 3 kernels.
    result = render(tmp_path, jobs=200)
    assert result.rendered == 3
    assert len(fakes.slots) == 3
    assert settled(fakes) == [1] * 3


def test_kernels_started_ahead_beyond_the_notebooks_are_stopped(
    tmp_path: Path, fakes: Fakes
) -> None:
    # zones.csv lists a zone without data: four kernels ahead for three notebooks.
    data, seeds = write_catalog(tmp_path / "catalog")
    with (data / "zones.csv").open("a", encoding="utf-8") as fh:
        fh.write("empty,空区,Empty Zone,city,park,示范,示范,\n")
    result = report.render_reports(
        QUARTER, data_dir=data, seeds_dir=seeds, out=tmp_path / "out", progress=False,
        langs=("en",), jobs=8,
    )  # fmt: skip
    assert result.rendered == 3
    assert len(fakes.slots) == 4
    assert {id(slot) for _, slot, _ in fakes.ran} <= {id(slot) for slot in fakes.slots}
    assert settled(fakes) == [1] * 4


@pytest.mark.parametrize(
    ("case", "error"),
    [
        ("unknown zone", UsageError),
        ("invalid catalogue", CatalogError),
        ("interrupted read", KeyboardInterrupt),
    ],
)
def test_kernels_started_ahead_of_a_run_that_stops_early_are_stopped(
    tmp_path: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch, case: str, error: type
) -> None:
    """A run refused or interrupted after its kernels started leaves none running."""
    kw: dict[str, object] = {"jobs": 2, "zones": ["park"]}
    if case == "unknown zone":
        kw["zones"] = ["nowhere"]
    elif case == "invalid catalogue":
        data, seeds = write_catalog(tmp_path / "catalog")
        zones = (data / "zones.csv").read_text(encoding="utf-8").splitlines()
        (data / "zones.csv").write_text("\n".join([*zones, zones[-1]]) + "\n", encoding="utf-8")
    else:
        loading = report.load_catalog

        def interrupted(*args: object, **kw: object):
            loading(*args, **kw)  # the fakes' wait for a kernel comes first
            raise KeyboardInterrupt

        monkeypatch.setattr(report, "load_catalog", interrupted)
    before = set(threading.enumerate())
    with pytest.raises(error):
        if case == "invalid catalogue":
            report.render_reports(
                QUARTER, data_dir=data, seeds_dir=seeds, out=tmp_path / "out", progress=False,
                langs=("en",), **kw,
            )  # fmt: skip
        else:
            render(tmp_path, **kw)
    assert fakes.saw_kernel_starting == [True]
    assert len(fakes.slots) == 2 and fakes.ran == []
    assert settled(fakes, before) == [1, 1]
    assert set(threading.enumerate()) <= before  # no thread of the run is left
    assert not (tmp_path / "out" / QUARTER).exists()


def test_a_runner_given_no_work_stops_what_it_started(fakes: Fakes) -> None:
    runner = report.local_runner(3)
    runner.start(2)
    runner.start(5)  # at most jobs in all
    runner.close()
    assert len(fakes.slots) == 3 and settled(fakes) == [1, 1, 1]
    runner.close()  # twice is harmless
    # Started ahead and then called: the call uses them, and starts what it lacks.
    runner.start(1)
    tasks = [RenderTask(f"z{i}.en", "t.ipynb", {}) for i in range(3)]
    assert sorted(r.stem for r in runner(tasks, {})) == ["z0.en", "z1.en", "z2.en"]
    assert len(fakes.slots) == 6 and settled(fakes) == [1] * 6


def test_a_runner_without_warm_kernels_starts_nothing_ahead(fakes: Fakes) -> None:
    for runner in (report.local_runner(2, warm=False), report.local_runner(2, lambda t, f: None)):
        runner.start(2)
        runner.close()
    assert fakes.slots == []


def _call_in_a_thread(runner: report.LocalRunner, tasks: list[RenderTask]) -> bool:
    """Whether a call of ``runner`` on ``tasks`` came back (a deadline far above its work)."""
    out: list[object] = []
    thread = threading.Thread(target=lambda: out.extend(runner(tasks, {})), daemon=True)
    thread.start()
    thread.join(timeout=30)
    return not thread.is_alive() and len(out) == len(tasks)


@pytest.mark.parametrize("fault", ["slot", "start"])
def test_a_thread_whose_kernel_fails_ahead_still_runs_its_notebooks(
    fakes: Fakes, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    """A thread started ahead whose slot cannot be made (an import failing beside the
    catalogue read) or whose start raises what is not an Exception (a cancelled start) still
    takes its work: the call waits for every thread it handed work to."""
    if fault == "slot":

        def no_slot() -> FakeSlot:
            raise ImportError("cannot import name 'AsyncKernelManager'")

        monkeypatch.setattr(report, "warm_slot", no_slot)
    else:

        def cancelled(self: FakeSlot) -> None:
            raise asyncio.CancelledError

        monkeypatch.setattr(FakeSlot, "start", cancelled)
    runner = report.local_runner(2)
    runner.start(2)
    monkeypatch.setattr(report, "warm_slot", fakes.make_slot)  # only the early ones failed
    tasks = [RenderTask(f"z{i}.en", "t.ipynb", {}) for i in range(3)]
    assert _call_in_a_thread(runner, tasks)
    assert sorted(stem for stem, _, _ in fakes.ran) == ["z0.en", "z1.en", "z2.en"]


def test_an_error_while_saving_stops_every_thread_and_kernel(
    tmp_path: Path, fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(result: object, run: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "_save", full_disk)
    before = set(threading.enumerate())
    with pytest.raises(OSError):
        render(tmp_path, jobs=2, zones=["park"])
    assert settled(fakes, before) == [1] * len(fakes.slots) and fakes.slots
    assert set(threading.enumerate()) <= before


# -- with kernels: processes, not fakes -----------------------------------------------------


def _kernels() -> list[int]:
    """The ipykernel processes this process started (from /proc: Linux)."""
    me, found = os.getpid(), []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == me and b"ipykernel" in cmd:
            found.append(int(entry))
    return found


def _none_left() -> bool:
    """Whether every kernel of this process is gone (a stopped thread stops its kernel on its
    own, once it has started: polled for up to two minutes, not timed)."""
    for _ in range(1200):
        if not _kernels():
            return True
        time.sleep(0.1)
    return False


def _until_a_kernel() -> None:
    for _ in range(1200):
        if _kernels():
            return
        time.sleep(0.05)
    raise AssertionError("no kernel was started ahead")


def _startup_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str) -> Path:
    """An IPython startup file that every kernel runs as it starts; its marks folder."""
    startup = tmp_path / "ipython" / "profile_default" / "startup"
    startup.mkdir(parents=True)
    (startup / "00-fault.py").write_text(code, encoding="utf-8")
    marks = tmp_path / "marks"
    marks.mkdir()
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))  # kernels inherit them
    monkeypatch.setenv("ZONETRACK_TEST_MARKS", str(marks))
    return marks


@pytest.mark.kernel
@pytest.mark.parametrize("case", ["unknown zone", "interrupted read"])
def test_a_run_stopped_before_rendering_leaves_no_kernel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    assert _kernels() == []
    real = report.load_catalog

    def load(*args: object, **kw: object):
        _until_a_kernel()
        if case == "interrupted read":
            raise KeyboardInterrupt
        return real(*args, **kw)

    monkeypatch.setattr(report, "load_catalog", load)
    with pytest.raises(UsageError if case == "unknown zone" else KeyboardInterrupt):
        render(tmp_path, zones=["nowhere" if case == "unknown zone" else "park"], jobs=2)
    assert _none_left()


@pytest.mark.kernel
def test_an_interrupt_while_rendering_leaves_no_kernel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = report._save

    def save(result: object, run: object) -> object:
        real(result, run)
        raise KeyboardInterrupt  # Ctrl-C in the main thread, between two notebooks

    monkeypatch.setattr(report, "_save", save)
    with pytest.raises(KeyboardInterrupt):
        render(tmp_path, jobs=2)
    assert _none_left()


@pytest.mark.kernel
def test_a_runner_used_for_two_runs_leaves_no_kernel(tmp_path: Path) -> None:
    runner = report.local_runner(2)
    data, seeds = write_catalog(tmp_path / "catalog")
    kw = {"data_dir": data, "seeds_dir": seeds, "out": tmp_path / "out", "progress": False}
    first = report.render_reports(QUARTER, langs=("en",), runner=runner, **kw)
    assert _none_left()
    second = report.render_reports(QUARTER, zones=["park"], langs=("en",), runner=runner, **kw)
    assert _none_left()
    assert (first.rendered, second.rendered) == (3, 2)


@pytest.mark.kernel
def test_a_kernel_that_dies_while_starting_ahead_is_started_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marks = _startup_file(
        tmp_path,
        monkeypatch,
        "import os, pathlib\n"
        "mark = pathlib.Path(os.environ['ZONETRACK_TEST_MARKS']) / 'died'\n"
        "if not mark.exists():\n"
        "    mark.write_text('died')\n"
        "    os._exit(1)\n",
    )
    result = render(tmp_path, zones=["park"], jobs=1, retries=0)
    assert result.rendered == 2 and not result.failures
    assert (marks / "died").exists()
    assert _none_left()


@pytest.mark.kernel
def test_a_refusal_does_not_wait_for_a_kernel_still_starting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A misspelt zone is told once the catalogue is read, not once a kernel that hangs in its
    start (a stuck import, a slow home folder) reaches its two-minute ready timeout."""
    marks = _startup_file(
        tmp_path,
        monkeypatch,
        "import os, pathlib, time\n"
        "release = pathlib.Path(os.environ['ZONETRACK_TEST_MARKS']) / 'release'\n"
        "while not release.exists():\n"
        "    time.sleep(0.1)\n",
    )
    caught: list[BaseException] = []

    def run() -> None:
        try:
            render(tmp_path, zones=["nowhere"], jobs=1)
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=60)  # far above a catalogue read, below the ready timeout (120 s)
    told = not thread.is_alive()
    (marks / "release").write_text("go")
    thread.join()
    assert told, "the unknown zone was told only once the hung kernel start ended"
    assert isinstance(caught[0], UsageError)
    assert _none_left()


@pytest.mark.kernel
@pytest.mark.parametrize("when", ["spawned", "running IPython"])
def test_a_kernel_started_ahead_that_is_killed_before_its_first_notebook_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    marks = _startup_file(
        tmp_path,
        monkeypatch,
        "import os, pathlib\n"
        "(pathlib.Path(os.environ['ZONETRACK_TEST_MARKS']) / str(os.getpid())).touch()\n",
    )
    real = report.load_catalog
    killed: list[int] = []

    def load(*args: object, **kw: object):
        _until_a_kernel()
        for _ in range(1200):  # its IPython has run the startup files
            if when == "spawned" or any(marks.iterdir()):
                break
            time.sleep(0.05)
        for pid in _kernels():
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
        return real(*args, **kw)

    monkeypatch.setattr(report, "load_catalog", load)
    result = render(tmp_path, zones=["park"], jobs=1, retries=0)
    assert killed and result.rendered == 2 and not result.failures
    assert _none_left()


@pytest.mark.kernel
def test_pages_rendered_again_run_on_the_same_runner_and_leave_no_kernel(
    tmp_path: Path,
) -> None:
    # city fails without an earlier page: the overview is rendered again without its link,
    # through a second call of the same runner.
    from test_kernels import _with_cell

    template = tmp_path / "template.ipynb"
    template.write_text(
        _with_cell('if zone == "city":\n    raise RuntimeError("city fails")'), encoding="utf-8"
    )
    with pytest.raises(ReportError) as caught:
        render(tmp_path, template=template, retries=0, runner=report.local_runner(2))
    assert [f for f, _ in caught.value.failures] == [f"{QUARTER}/_failed/city.en.ipynb"]
    assert _none_left()
    html = (tmp_path / "out" / QUARTER / "all.en.html").read_text(encoding="utf-8")
    assert "park.en.html" in html and "city.en.html" not in html
