"""A runner that renders without kernels, for the publishing tests (in-process and as a process).

Run as a script it renders one quarter with that runner, as a second ``zonetrack report``
would: ``python fakes.py DATA SEEDS OUT QUARTER TAG [--zone Z] [--lang L] [--kill-at STEP]
[--barrier DIR] [--parties N]``. ``--kill-at`` kills the process (SIGKILL) at that step of
the publish, or ``render`` after its first notebook; ``--barrier`` makes the runs wait for
each other after rendering, so that all of them publish into what none of them has changed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from zonetrack.execute import Failed, Rendered, RenderTask


def notebook(task: RenderTask, tag: str) -> bytes:
    text = json.dumps({"stem": task.stem, "tag": tag, "parameters": task.parameters})
    return (text + "\n").encode()


def page(stem: str, tag: str) -> bytes:
    return f"<!DOCTYPE html><p>{stem} rendered by {tag}</p>\n".encode()


def fake_runner(
    tag: str,
    fail: Iterable[str] = (),
    calls: list[str] | None = None,
    after: Callable[[], None] | None = None,
    attempts: int = 1,
):
    """A runner whose notebooks say which run (``tag``) made them; ``fail`` stems fail."""
    failing = set(fail)

    def run(tasks: list[RenderTask], files: dict[str, bytes]):
        for task in tasks:
            if calls is not None:
                calls.append(task.stem)
            if task.stem in failing:
                error = f"ValueError: {task.stem} breaks the template"
                yield Failed(task.stem, error, notebook(task, tag), attempts=attempts)
            else:
                yield Rendered(
                    task.stem,
                    notebook(task, tag),
                    page(task.stem, tag),
                    seconds=0.25,
                    attempts=attempts,
                )
        if after is not None:
            after()

    return run


def _kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    from zonetrack import publish
    from zonetrack.exceptions import ReportError
    from zonetrack.report import render_reports

    parser = argparse.ArgumentParser()
    for name in ("data", "seeds", "out", "quarter", "tag"):
        parser.add_argument(name)
    parser.add_argument("--zone", action="append")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--kill-at")
    parser.add_argument("--barrier")
    parser.add_argument("--parties", type=int, default=2)
    args = parser.parse_args(argv)

    def after() -> None:
        if args.kill_at == "render":
            _kill()
        if args.barrier:
            barrier = Path(args.barrier)
            (barrier / args.tag).write_text("rendered")
            give_up = time.monotonic() + 120
            while len(list(barrier.iterdir())) < args.parties and time.monotonic() < give_up:
                time.sleep(0.02)

    if args.kill_at and args.kill_at != "render":
        publish.step = lambda name: _kill() if name == args.kill_at else None
    try:
        render_reports(
            args.quarter,
            zones=args.zone,
            langs=(args.lang,),
            out=args.out,
            data_dir=args.data,
            seeds_dir=args.seeds,
            progress="off",
            runner=fake_runner(args.tag, after=after),
        )
    except ReportError:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
