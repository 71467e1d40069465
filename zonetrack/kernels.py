"""Warm kernels: a kernel started once runs many report notebooks, one after another.

Starting a kernel and importing pandas, matplotlib and zonetrack costs seconds; a zone's
own report costs a fraction of that. A :class:`WarmKernel` is started once, imports what
every report imports, and records the state a fresh kernel has at that point (environment,
working folder, matplotlib's settings, warning filters). Before each notebook
:func:`reset_kernel` runs inside it: the user namespace is emptied, ``In``/``Out`` and the
execution counter start again, the recorded state is restored and the task's catalogue
folders are set. The notebook then runs as a papermill run (its parameters cell injected),
through the ``zonetrack-warm`` engine that hands papermill this kernel instead of a new one.

Imported modules stay loaded (that is the gain); nothing a notebook creates survives it.
A kernel belongs to the thread that started it (its sockets live on that thread's event
loop): the local runner gives each worker thread a :class:`KernelSlot`, and a Dask worker
keeps one per executor thread (:func:`thread_slot`). A kernel that dies, or whose reset
fails, is discarded and the next notebook gets a new one; the notebook that was running is
retried by ``report.py``'s retry policy like any failure.
"""

from __future__ import annotations

import atexit
import os
import re
import sys
import threading
import warnings
from pathlib import Path
from typing import Any, cast

from jupyter_core.utils import run_sync
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines

__all__ = ["ENGINE", "KernelSlot", "WarmKernel", "reset_kernel", "thread_slot"]

ENGINE = "zonetrack-warm"
# What a fresh report kernel imports first; imported once per warm kernel, at its start.
# It binds no name: the namespace at record_state is the one a fresh kernel starts with.
_WARM_UP = "__import__('zonetrack.kernels').kernels.record_state()"
_RESET = "__import__('zonetrack.kernels').kernels.reset_kernel({env!r}, {fingerprint!r})"
_TIMEOUT = 120.0


class _NeverRaised(Warning):
    """A warning category no code raises."""


# IPython's own history names (_, __, _i, _i3, _3, In, Out, ...): new after every reset.
_HISTORY = re.compile(r"^(_+|_i{1,3}|_i\d+|_\d+|_oh|_ih|_dh|In|Out)$")

# Inside a kernel: the state recorded right after the warm-up imports.
_recorded: dict[str, Any] = {}  # the state a reset restores: environ, cwd, rc, ...


def record_state() -> None:
    """Record, inside a kernel, what :func:`reset_kernel` restores before every notebook."""
    import matplotlib
    from IPython import get_ipython

    import zonetrack.display  # noqa: F401  (what every report imports first)

    rc = dict(matplotlib.rcParams.copy())
    rc.pop("backend", None)  # the backend is the kernel's, set once and never changed
    shell = get_ipython()
    _recorded.update(
        # What the user's IPython startup files and exec_lines defined (they ran once, when
        # the kernel started, as on a fresh kernel), without IPython's own history names.
        names={k: v for k, v in shell.user_ns.items() if not _HISTORY.match(k)},
        hidden=set(shell.user_ns_hidden),
        environ=dict(os.environ),
        cwd=os.getcwd(),
        rc=rc,
        warnings=list(warnings.filters),
        path=list(sys.path),
    )


def reset_kernel(env: dict[str, str], fingerprint: str | None = None) -> None:
    """Inside a kernel: forget the last notebook, as if the kernel had just been started.

    Empties the user namespace and ``In``/``Out``, restarts the execution counter at 1,
    gives back the names the user's IPython startup files defined when the kernel started,
    closes every figure, restores the recorded environment, working folder, matplotlib
    settings, warning filters and ``sys.path``, then sets ``env`` (the task's catalogue).
    ``fingerprint``: the hash of the task's catalogue folders as the runner wrote them
    (``ZONETRACK_DATA`` / ``ZONETRACK_SEEDS`` in ``env``), so that loading it does not hash
    them again (:func:`zonetrack.cache.vouch_for`).
    """
    from IPython import get_ipython

    if not _recorded:
        raise RuntimeError("reset_kernel before record_state: not a warm kernel")
    shell = get_ipython()
    shell.reset(new_session=True)  # namespace, In/Out, history; execution_count = 1
    # The names the startup files defined come back, not the files themselves: run again,
    # their other effects (a hook, a counter) would pile up notebook after notebook.
    for name, value in _recorded["names"].items():
        shell.user_ns.setdefault(name, value)
    shell.user_ns_hidden.update(
        {k: shell.user_ns[k] for k in _recorded["hidden"] if k in shell.user_ns}
    )
    import matplotlib
    import matplotlib.pyplot as plt

    plt.close("all")
    # Updated as rc_context restores it: the recorded values are valid, skip re-validation.
    dict.update(matplotlib.rcParams, _recorded["rc"])
    os.environ.clear()
    os.environ.update(_recorded["environ"])
    os.environ.update(env)
    from .cache import vouch_for

    # Only this task's folders, and only when the runner hashed them: never an earlier task's.
    vouch_for(env.get("ZONETRACK_DATA", ""), env.get("ZONETRACK_SEEDS", ""), fingerprint)
    os.chdir(_recorded["cwd"])
    # A list at run time; typeshed calls it a Sequence.
    cast(list[Any], warnings.filters)[:] = _recorded["warnings"]
    # Through the public call, so that every module's record of warnings already shown is
    # invalidated; the filter itself matches nothing.
    warnings.simplefilter("ignore", _NeverRaised)
    sys.path[:] = _recorded["path"]


class _WarmClient(PapermillNotebookClient):
    """papermill's client, driving a kernel it neither starts nor shuts down."""


class WarmEngine(NBClientEngine):
    """papermill's nbclient engine, given the running kernel's manager and client."""

    @classmethod
    def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, **kwargs: Any) -> Any:
        kc = kwargs.pop("kc")
        kwargs = {k: v for k, v in kwargs.items() if k not in ("input_path", "log_output")}
        timeout = kwargs.pop("execution_timeout", None)
        kwargs.pop("start_timeout", None)
        client = _WarmClient(nb_man, kernel_name=kernel_name, timeout=timeout, **kwargs)
        client.kc = kc  # owns_km is False: papermill leaves the kernel and its client running
        return client.execute()


papermill_engines.register(ENGINE, WarmEngine)


class WarmKernel:
    """A running kernel with the report imports loaded, reused notebook after notebook."""

    def __init__(self, manager_class: type) -> None:
        self.km = manager_class(kernel_name="python3")
        # Known from before its process starts, so that a process exiting while a thread is
        # still starting it (a refused run does not wait for that) stops it (_stop_all).
        _running.add(self)
        try:
            # Like nbclient's own kernels: history in memory, not in the user's profile.
            run_sync(self.km.start_kernel)(extra_arguments=["--HistoryManager.hist_file=:memory:"])
            self.kc = self.km.client()
            self.kc.start_channels()
            run_sync(self.kc.wait_for_ready)(timeout=_TIMEOUT)
            self.kc.allow_stdin = False
            self._run(_WARM_UP)
        except BaseException:
            self.shutdown()
            raise

    def _run(self, code: str) -> None:
        reply = run_sync(self.kc.execute_interactive)(
            code,
            silent=True,
            store_history=False,
            allow_stdin=False,
            timeout=_TIMEOUT,
            output_hook=lambda msg: None,  # nothing of it belongs in a notebook
        )
        content = reply["content"]
        if content.get("status") != "ok":
            raise RuntimeError(f"{content.get('ename')}: {content.get('evalue')}")

    def alive(self) -> bool:
        try:
            return bool(run_sync(self.km.is_alive)())
        except Exception:
            return False

    def prepare(self, env: dict[str, str], fingerprint: str | None = None) -> None:
        """Reset the kernel for the next notebook, with ``env`` in its environment and the
        hash of its catalogue folders (see :func:`reset_kernel`)."""
        self._run(_RESET.format(env=dict(env), fingerprint=fingerprint))

    def engine_kwargs(self) -> dict[str, object]:
        """What ``papermill.execute_notebook`` needs to run on this kernel."""
        return {"engine_name": ENGINE, "km": self.km, "kc": self.kc}

    def shutdown(self) -> None:
        """Stop the kernel (at once: it holds nothing worth a graceful end)."""
        _running.discard(self)
        kc = getattr(self, "kc", None)
        if kc is not None:
            try:
                kc.stop_channels()
            except Exception:
                pass
        try:
            run_sync(self.km.shutdown_kernel)(now=True)
        except Exception:
            pass


class KernelSlot:
    """Holds at most one warm kernel for one thread; starts it when first needed."""

    def __init__(self, manager_class: type) -> None:
        self.manager_class = manager_class
        self.kernel: WarmKernel | None = None
        self.started = 0  # kernels started through this slot, for tests and benchmarks

    def start(self) -> WarmKernel:
        """Start the kernel now, unless there is one (``ready`` starts it otherwise)."""
        if self.kernel is None:
            self.kernel = WarmKernel(self.manager_class)
            self.started += 1
        return self.kernel

    def ready(self, env: dict[str, str], fingerprint: str | None = None) -> WarmKernel:
        """A live kernel reset for a notebook with ``env``; a broken one is replaced once."""
        for attempt in (1, 2):
            if self.kernel is not None and not self.kernel.alive():
                self.discard()
            kernel = self.start()
            try:
                kernel.prepare(env, fingerprint)
                return kernel
            except Exception:
                self.discard()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def after(self) -> None:
        """After a notebook: drop the kernel if it died, so the next one starts a new one."""
        if self.kernel is not None and not self.kernel.alive():
            self.discard()

    def discard(self) -> None:
        if self.kernel is not None:
            self.kernel.shutdown()
            self.kernel = None

    close = discard


_local = threading.local()
# Every kernel started and not yet shut down, in any thread: what _stop_all stops at exit.
_running: set[WarmKernel] = set()


def thread_slot(manager_class: type) -> KernelSlot:
    """This thread's slot, kept for the life of the process (a Dask worker's threads)."""
    slot = getattr(_local, "slot", None)
    if slot is None:
        slot = _local.slot = KernelSlot(manager_class)
    return slot


@atexit.register
def _stop_all() -> None:
    # At exit the owning threads are gone or about to be (daemon threads still starting a
    # kernel): stop the kernel processes directly.
    for kernel in list(_running):
        try:
            kernel.km.provisioner.process.kill()
        except Exception:
            pass
        try:
            Path(kernel.km.connection_file).unlink(missing_ok=True)
        except Exception:
            pass
