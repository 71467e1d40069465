"""Rendering on a Dask cluster: each notebook is one task, the catalogue travels as bytes.

Workers need zonetrack installed but no shared filesystem: a task gets the template,
its parameters and the catalogue's files, and returns the executed notebook and its
page as bytes. A worker that dies mid-task has its task re-run by Dask elsewhere.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

from .exceptions import ReportError, UsageError
from .execute import RenderTask, TaskResult, run_task

__all__ = ["cluster_runner"]

INSTALL_HINT = "Dask is not installed: pip install 'zonetrack[distributed]'"


def cluster_runner(address: str, connect_timeout: float = 10.0):
    """A runner (see ``report.Runner``) that sends each task to the scheduler at ``address``.

    Raises
    ------
    UsageError
        If Dask's ``distributed`` package is not installed.
    """
    try:
        from distributed import Client, as_completed
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
            futures = {
                client.submit(
                    run_task, task, shared, key=f"zonetrack-{run_id}-{task.stem}", pure=False
                ): task
                for task in tasks
            }
            try:
                for future in as_completed(futures, loop=client.loop):
                    task = futures[future]
                    try:
                        yield future.result()
                    except Exception as exc:  # e.g. KilledWorker: the task killed every worker
                        yield TaskResult(task.stem, None, None, f"{type(exc).__name__}: {exc}")
            finally:
                client.cancel(list(futures))

    return run
