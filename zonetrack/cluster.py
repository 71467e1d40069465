"""Rendering on a Dask cluster: each notebook is one task, the catalogue travels as bytes.

Workers need zonetrack installed but no shared filesystem: a task gets the template,
its parameters and the catalogue's files, and returns the executed notebook and its
page as bytes. A worker that dies mid-task has its task re-run by Dask elsewhere; every
start counts against the notebook's attempts (``RenderTask.attempts_left``), so a notebook
is started at most ``retries`` + 1 times whether it failed or took its worker down.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .exceptions import ReportError, UsageError
from .execute import Failed, RenderTask, TaskResult, run_task, worker_slot

if TYPE_CHECKING:
    from .report import Runner

__all__ = ["cluster_runner"]

INSTALL_HINT = "Dask is not installed: pip install 'zonetrack[distributed]'"


def _counted_run(
    task: RenderTask, files: dict[str, bytes], counter: str, warm: bool = True
) -> TaskResult:
    """Run ``task`` on a worker unless it has already been started ``attempts_left`` times.

    The count lives on the scheduler (a Dask ``Variable``), so a start on a worker that
    then died is counted too when Dask re-runs the task elsewhere. With ``warm`` the
    notebook runs on the warm kernel of the worker's thread, kept between tasks and runs.
    """
    from distributed import Variable

    starts = Variable(counter)
    started = int(starts.get()) + 1
    starts.set(started)
    if started > task.attempts_left:
        return Failed(
            task.stem, f"the worker running it died {started - 1} time(s)", attempts=started - 1
        )
    slot = worker_slot() if warm else None
    return dataclasses.replace(run_task(task, files, slot), attempts=started)


def cluster_runner(address: str, connect_timeout: float = 10.0, warm: bool = True) -> Runner:
    """A runner (see ``report.Runner``) that sends each task to the scheduler at ``address``.

    With ``warm`` (the default) each worker thread keeps one warm kernel (``kernels.py``).

    Raises
    ------
    UsageError
        If Dask's ``distributed`` package is not installed.
    """
    try:
        from distributed import Client, Variable, as_completed
    except ImportError:
        raise UsageError(INSTALL_HINT, argument="scheduler", value=address) from None
    if not re.match(r"^(tcp|tls|ucx|ws|wss|inproc)://[^/\s]+$", address):
        raise UsageError(
            f"not a scheduler address: {address!r} (e.g. tcp://host:8786)",
            argument="scheduler",
            value=address,
        )

    def run(tasks: list[RenderTask], files: dict[str, bytes]) -> Iterator[TaskResult]:
        try:
            client = Client(address, timeout=connect_timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ReportError([(address, f"cannot reach the Dask scheduler: {exc}")]) from None
        with client:
            # The catalogue goes to the cluster once; every task refers to it.
            [shared] = client.scatter([files], broadcast=False, hash=False)
            run_id = uuid.uuid4().hex[:8]
            counters = {}
            futures = {}
            for task in tasks:
                key = f"zonetrack-{run_id}-{task.stem}"
                counters[task.stem] = Variable(f"{key}-starts", client=client)
                counters[task.stem].set(0)
                future = client.submit(
                    _counted_run,
                    task,
                    shared,
                    f"{key}-starts",
                    warm,
                    key=key,
                    pure=False,
                    retries=0,
                )
                futures[future] = task
            try:
                for future in as_completed(futures, loop=client.loop):
                    task = futures[future]
                    try:
                        yield future.result()
                    except Exception as exc:  # e.g. KilledWorker: the task killed every worker
                        starts = int(counters[task.stem].get())
                        yield Failed(
                            task.stem, f"{type(exc).__name__}: {exc}", attempts=max(starts, 1)
                        )
            finally:
                client.cancel(list(futures))
                for counter in counters.values():
                    counter.delete()

    return run
