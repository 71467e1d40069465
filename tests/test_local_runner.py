"""The local runner's threads and warm kernels (``report.LocalRunner``), without kernels.

``render_reports`` starts the runner's kernels before it reads the catalogue, so that they
start while the catalogue is read and assessed. These tests replace the kernel slot and the
notebook run (``report.warm_slot``, ``report.run_task``) with fakes that record which thread
started and closed which slot, and which slot ran which notebook.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import write_catalog

from zonetrack import report
from zonetrack.exceptions import CatalogError, UsageError
from zonetrack.execute import Rendered, RenderTask

QUARTER = "2023Q2"


class FakeSlot:
    """Stands for a warm-kernel slot: records its thread, its start and its closes."""

    def __init__(self, started: threading.Event) -> None:
        self.thread = threading.get_ident()  # the thread that made it
        self.started_on: int | None = None
        self.closed = 0
        self._started = started

    def start(self) -> None:
        self.started_on = threading.get_ident()
        self._started.set()

    def close(self) -> None:
        self.closed += 1


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
    assert [s.closed for s in fakes.slots] == [1] * slots


def test_kernels_started_ahead_beyond_the_notebooks_are_stopped(
    tmp_path: Path, fakes: Fakes
) -> None:
    # A full run does not know its notebooks before it reads the catalogue: jobs 5 starts
    # five kernels ahead for three notebooks, and the two left over are stopped.
    result = render(tmp_path, jobs=5)
    assert result.rendered == 3
    assert len(fakes.slots) == 5
    assert {id(slot) for _, slot, _ in fakes.ran} <= {id(slot) for slot in fakes.slots}
    assert [s.closed for s in fakes.slots] == [1] * 5


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
    assert [s.closed for s in fakes.slots] == [1, 1]
    assert set(threading.enumerate()) <= before  # no thread of the run is left
    assert not (tmp_path / "out" / QUARTER).exists()


def test_a_runner_given_no_work_stops_what_it_started(fakes: Fakes) -> None:
    runner = report.local_runner(3)
    runner.start(2)
    runner.start(5)  # at most jobs in all
    runner.close()
    assert len(fakes.slots) == 3 and [s.closed for s in fakes.slots] == [1, 1, 1]
    runner.close()  # twice is harmless
    # Started ahead and then called: the call uses them, and starts what it lacks.
    runner.start(1)
    tasks = [RenderTask(f"z{i}.en", "t.ipynb", {}) for i in range(3)]
    assert sorted(r.stem for r in runner(tasks, {})) == ["z0.en", "z1.en", "z2.en"]
    assert len(fakes.slots) == 6 and all(s.closed == 1 for s in fakes.slots)


def test_a_runner_without_warm_kernels_starts_nothing_ahead(fakes: Fakes) -> None:
    for runner in (report.local_runner(2, warm=False), report.local_runner(2, lambda t, f: None)):
        runner.start(2)
        runner.close()
    assert fakes.slots == []
