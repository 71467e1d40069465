"""Warm kernels and per-notebook cost at national scale (issue 13, goals 3, 4 and 6).

Run with the project's venv: ``.venv/bin/python benchmarks/bench_warm.py [--big 4000]
[--growth 100 400] [--repeat 1]``. In a temporary folder (and a temporary catalogue cache)
it builds synthetic catalogues (``synthetic.py``) and measures, in this one run:

* the floor: ``python -c "import pandas, matplotlib.pyplot, zonetrack"`` (best of 3);
* per-notebook cost of rendering 6 zones and the overview (7 notebooks, English) with warm
  kernels and with a fresh kernel per notebook, at ``jobs`` 1 and 2, each as a ratio to the
  floor (goal 4: below 1);
* rendering the same 6 zones from a ``--big``-zone catalogue and from a 6-zone one with
  ``zonetrack report`` (one process per render, as an operator runs it), warm kernels,
  jobs 2 (goal 3: ratio at most 1.2), best of ``--repeat``; then the same with
  ``render_reports`` in this process, with the kernels started ahead and without, median of
  ``--repeat``; the catalogue's first validation (cold cache) is done before timing and
  reported apart;
* at ``--big`` zones, the overview's notebook against one zone's (goal 5: at most 3x): a
  run of one zone renders both; and the root zone's page (every zone below it) against
  one zone's; each notebook's own time (run and page) is recorded by a
  runner around the local one, on one warm kernel (``jobs`` 1), best of ``--repeat``;
* full renders of every zone of ``--growth`` catalogues (warm, jobs 2), and the log-log
  exponent of wall time against zones (goal 6: at most 1.05).

Each render is a whole ``render_reports`` call: loading the catalogue, the notebooks,
pages and publishing. Nothing is written outside the temporary folder.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from synthetic import write_synthetic_catalog

QUARTER = "2025Q4"
ROOT = "nation"  # the root zone of synthetic.py's catalogues
FLOOR = "import pandas, matplotlib.pyplot, zonetrack"


def load() -> str:
    """The load averages over 1, 5 and 15 minutes (Linux), printed with each figure."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def floor_seconds(runs: int = 3) -> float:
    best = math.inf
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", FLOOR], check=True)
        best = min(best, time.perf_counter() - start)
    return best


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the kernels, once shut down)."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


CPU: dict[str, float] = {}  # CPU seconds of the last render of each output folder's kind


def render(
    data: Path,
    seeds: Path,
    out: Path,
    zones: list[str] | None,
    jobs: int,
    warm: bool,
    ahead: bool = True,
):
    """One ``render_reports`` call; ``ahead=False`` hands it the runner as a plain function,
    so that no kernel starts before the catalogue is read (as before kernels started ahead)."""
    from zonetrack.report import local_runner, render_reports

    runner = local_runner(jobs, warm=warm)
    if not ahead:
        inner = runner

        def runner(tasks, files):  # type: ignore[no-redef]
            return inner(tasks, files)

    cpu = cpu_seconds()
    start = time.perf_counter()
    result = render_reports(
        QUARTER,
        zones=zones,
        langs=("en",),
        out=out,
        data_dir=data,
        seeds_dir=seeds,
        progress=False,
        runner=runner,
    )
    seconds = time.perf_counter() - start
    CPU[out.name] = cpu_seconds() - cpu
    assert not result.failures, result.failures
    return seconds, result.rendered


def cli_render(data: Path, seeds: Path, out: Path, zones: list[str], jobs: int):
    """Wall and CPU seconds of one ``zonetrack report`` process (English, ``jobs``)."""
    cpu = cpu_seconds()
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "zonetrack.cli", "report", "--quarter", QUARTER, "--zone",
         *zones, "--lang", "en", "--jobs", str(jobs), "--quiet", "--data", str(data),
         "--seeds", str(seeds), "--out", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start, cpu_seconds() - cpu


def notebook_seconds(data: Path, seeds: Path, out: Path, zone: str) -> dict[str, float]:
    """Each notebook's own seconds (kernel run and page) in a run of ``zone`` (and the
    overview), on one warm kernel already started."""
    from zonetrack.report import local_runner, render_reports

    seen: dict[str, float] = {}
    inner = local_runner(1)

    def recording(tasks, files):
        # One notebook more, first and unrecorded: it pays the kernel's start.
        results = inner([tasks[-1], *tasks], files)
        next(results)
        for result in results:
            seen[result.stem] = result.seconds
            yield result

    render_reports(
        QUARTER,
        zones=[zone],
        langs=("en",),
        out=out,
        data_dir=data,
        seeds_dir=seeds,
        progress=False,
        runner=recording,
    )
    return seen


def best(repeat: int, body) -> tuple[float, int]:
    runs = [body(i) for i in range(repeat)]
    return min(r[0] for r in runs), runs[0][1]


def catalog(tmp: Path, zones: int) -> tuple[Path, Path, float]:
    """A synthetic catalogue, validated once (filling the cache); its validation time.

    A size asked for again (``--big`` among the ``--growth`` sizes) is the same catalogue."""
    from zonetrack.catalog import load_catalog

    folder = tmp / f"catalog-{zones}"
    if folder.exists():
        return folder / "data", folder / "seeds", 0.0
    data, seeds = write_synthetic_catalog(folder, zones)
    start = time.perf_counter()
    load_catalog(data, seeds)
    return data, seeds, time.perf_counter() - start


def exponent(xs: Sequence[float], ys: Sequence[float]) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    num = sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True))
    return num / sum((a - mx) ** 2 for a in lx)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=4000)
    parser.add_argument("--growth", type=int, nargs="*", default=[100, 400])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-warm-") as name:
        tmp = Path(name)
        os.environ["ZONETRACK_CACHE_DIR"] = str(tmp / "cache")  # cold at first, then warm
        os.environ.pop("ZONETRACK_CACHE", None)
        floor = floor_seconds()
        print(f"floor: python -c {FLOOR!r}: {floor:.2f} s (best of 3); load average {load()}")

        small, small_seeds, _ = catalog(tmp, 6)
        six = [f"z{i:03d}" for i in range(1, 7)]
        render(small, small_seeds, tmp / "warm-up", six, 1, True)  # disk caches, fonts
        print("\nper notebook, 6 zones + overview (7 notebooks), English:")
        print(f"{'jobs':>4} {'kernels':>8} {'wall s':>8} {'s/notebook':>11} {'/ floor':>8}")
        for jobs in (1, 2):
            for warm in (True, False):
                seconds, n = best(
                    args.repeat,
                    lambda i, j=jobs, w=warm: render(
                        small, small_seeds, tmp / f"o-{j}-{w}-{i}", six, j, w
                    ),
                )
                per = seconds / n
                kind = "warm" if warm else "fresh"
                print(
                    f"{jobs:>4} {kind:>8} {seconds:>8.2f} {per:>11.3f} {per / floor:>8.2f}"
                    f"  (load {load()})"
                )

        if args.big:
            big, big_seeds, validate = catalog(tmp, args.big)
            print(f"\n{args.big}-zone catalogue: first validation {validate:.2f} s (cold cache)")
            # As an operator runs it: one `zonetrack report` process per render (imports,
            # the catalogue from the cache, its copy for the kernels, kernels, publishing),
            # the two catalogues taking turns; best of --repeat.
            walls: dict[str, list[float]] = {"small": [], "big": []}
            cpus: dict[str, list[float]] = {"small": [], "big": []}
            for i in range(args.repeat):
                for kind, (d, s) in (("small", (small, small_seeds)), ("big", (big, big_seeds))):
                    wall, cpu = cli_render(d, s, tmp / f"cli-{kind}-{i}", six, 2)
                    walls[kind].append(wall)
                    cpus[kind].append(cpu)
            # The same in this process (render_reports), as a notebook or a service that
            # renders again and again: the catalogue copy for the kernels and the parsed
            # catalogue are kept from one render to the next. With the kernels started ahead
            # (while the catalogue is read) and without, in turns; median of --repeat.
            inproc: dict[tuple[str, bool], list[float]] = {}
            for i in range(args.repeat):
                for ahead in (True, False):
                    for kind, (d, s) in (
                        ("small", (small, small_seeds)),
                        ("big", (big, big_seeds)),
                    ):
                        out = tmp / f"in-{kind}-{ahead}-{i}"
                        seconds = render(d, s, out, six, 2, True, ahead)[0]
                        inproc.setdefault((kind, ahead), []).append(seconds)
            for ahead in (True, False):
                big_i = statistics.median(inproc[("big", ahead)])
                small_i = statistics.median(inproc[("small", ahead)])
                print(
                    f"6 zones from {args.big} zones, render_reports in this process, kernels "
                    f"{'started ahead' if ahead else 'started after the read'}: {big_i:.2f} s; "
                    f"from 6 zones: {small_i:.2f} s; ratio {big_i / small_i:.2f} (median of "
                    f"{args.repeat})"
                )
            big_s, small_s = min(walls["big"]), min(walls["small"])
            print(
                f"6 zones from {args.big} zones: {big_s:.2f} s; from 6 zones: {small_s:.2f} s; "
                f"ratio {big_s / small_s:.2f} (aim <= 1.2); `zonetrack report`, one process "
                f"each, jobs 2"
            )
            runs = range(args.repeat)
            big_cpu, small_cpu = min(cpus["big"]), min(cpus["small"])
            print(
                f"  CPU (the process and its kernels): {big_cpu:.2f} s vs {small_cpu:.2f} s; "
                f"ratio {big_cpu / small_cpu:.2f}; load average {load()}"
            )
            times = [notebook_seconds(big, big_seeds, tmp / f"ov-{i}", "z002") for i in runs]
            overview = min(t["all.en"] for t in times)
            zone = min(t["z002.en"] for t in times)
            print(
                f"overview vs one zone report at {args.big} zones (each notebook's own time, "
                f"one warm kernel): {overview:.2f} s vs {zone:.2f} s; ratio "
                f"{overview / zone:.2f} (aim <= 3); load average {load()}"
            )
            # The root zone's page covers every zone below it: a summary of its children,
            # so that it costs what a zone's page costs, not what its descendants' do.
            times = [notebook_seconds(big, big_seeds, tmp / f"root-{i}", ROOT) for i in runs]
            root = min(t[f"{ROOT}.en"] for t in times)
            print(
                f"root zone '{ROOT}' ({args.big} zones below it) vs one zone report: "
                f"{root:.2f} s vs {zone:.2f} s; ratio {root / zone:.2f}; load average {load()}"
            )

        if len(args.growth) >= 2:
            print("\nfull renders, warm kernels, jobs 2:")
            walls = []
            for zones in args.growth:
                data, seeds, _ = catalog(tmp, zones)
                seconds, n = render(data, seeds, tmp / f"g{zones}", None, 2, True)
                walls.append(seconds)
                print(f"{zones:>6} zones: {n} notebooks, {seconds:.1f} s, {seconds / n:.3f} s each")
            e = exponent(args.growth, walls)
            print(f"growth exponent (log-log, wall vs zones): {e:.2f} (aim <= 1.05)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
