"""How report rendering and ``assess`` grow with the size of the catalogue.

Run with the project's venv::

    .venv/bin/python benchmarks/bench_scale.py [--sizes 5 10 20 40]
        [--assess-sizes 10000 100000 1000000] [--observations 4] [--lang en|zh|both]
        [--modes jobs1 jobs2 cluster] [--repeat 1] [--skip-render] [--skip-assess]
        [--parent-sizes 4000 40000] [--sample K] [--every-zone]

1. Rendering. For each size N (zones) a synthetic catalogue (``synthetic.py``) is written
   into a temporary folder and quarter 2025Q4 is rendered for its N zones, named explicitly
   (N + 1 notebooks per language, ``--lang both`` for English and Chinese: the zones and the
   all-zones overview; ``--every-zone``: a full run naming no zone, so the root zone's
   summary page too, N + 2 notebooks per language), with
   ``render_reports(..., progress=False)`` in three modes, each timed with
   ``time.perf_counter``: (i) locally, ``jobs=1``; (ii) locally, ``jobs=2``; (iii) on a
   ``distributed.LocalCluster`` of two one-thread worker processes, started once for the whole
   run (``scheduler=cluster.scheduler_address``). One untimed warm-up render per mode comes
   first (kernel spec lookup, imports in the workers, matplotlib's font cache). With
   ``--repeat R`` every render is run R times and the best counts.

   Two more measurements split the cost, without touching zonetrack:

   * per notebook: the cluster's task stream gives each notebook's compute time on a worker,
     so the overview and the per-zone notebooks are timed apart;
   * the parent's own work (load and validate the catalogue, build the tasks, write and
     publish the quarter, the manifest and the indexes): ``render_reports`` is run once more
     with a ``runner`` that returns the notebooks already rendered by the cluster run at once,
     so only what happens around the notebooks is timed.

2. The growth exponent of each mode: the slope of log(seconds) against log(zones)
   (``numpy.polyfit``); aim: at most 1.05. Local modes are also measured in CPU seconds
   (this process and its kernels, ``resource.getrusage``), which a busy machine inflates less.

3. ``zonetrack.assess`` on an in-memory panel (``bench_progress.build_panel``) of 10k, 100k
   and 1M targets: median of ``--runs`` runs, and its exponent. The default is 4 observations
   per target (4M rows at 1M targets), not bench_progress's 40: 1M x 40 = 40M rows would take
   about 11 GB and over a minute just to build on a 2-core, 24 GB machine that others share.

4. An estimate, from the measured numbers, of the wall time on W one-core workers, at the
   largest size measured and, extrapolated from straight-line fits, at ten times that.

5. With ``--parent-sizes``: the parent's part of a full quarter at national scale, every zone
   in the languages asked for, with the notebooks stubbed (a runner that returns an empty
   notebook at once): loading (from an empty cache, then from the cache), assessing, building
   the tasks, the downloads, writing and publishing; its exponent against the zones.

Nothing is written outside the temporary folder. The load average is printed at the start
and the end: other work on the machine (tests, say) slows every mode.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from bench_progress import AS_OF, build_panel, catalogue  # noqa: E402
from synthetic import write_synthetic_catalog  # noqa: E402

import zonetrack  # noqa: E402
from zonetrack import ReportError  # noqa: E402
from zonetrack.execute import Rendered, RenderTask, TaskResult  # noqa: E402
from zonetrack.progress import DecompositionWarning  # noqa: E402
from zonetrack.report import render_reports  # noqa: E402

QUARTER = "2025Q4"
MODES = {"jobs1": "local jobs=1", "jobs2": "local jobs=2", "cluster": "cluster 2x1"}
CLUSTER = MODES["cluster"]
AIM_EXPONENT = 1.05  # issue 13: cost against zones, log-log
WORKERS = (2, 8, 32)


@dataclass
class Size:
    """Everything measured for one number of zones."""

    zones: int
    notebooks: int
    lang: str = "en"
    seconds: dict[str, float] = field(default_factory=dict)  # mode -> wall seconds
    cpu: dict[str, float] = field(default_factory=dict)  # mode -> CPU seconds (local modes)
    errors: dict[str, str] = field(default_factory=dict)
    task_seconds: dict[str, float] = field(default_factory=dict)  # stem -> cluster compute
    task_span: float = math.nan  # first task start to last task end on the cluster
    parent: float = math.nan  # render_reports with the notebooks already rendered

    @property
    def overview(self) -> float:
        return self.task_seconds.get(f"all.{self.lang}", math.nan)

    @property
    def zone_tasks(self) -> list[float]:
        return [s for stem, s in self.task_seconds.items() if not stem.startswith("all.")]


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min; {os.cpu_count()} cores)"


def exponent(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Slope of log(y) against log(x) over the finite, positive points (nan if under two)."""
    pairs = [(x, y) for x, y in zip(xs, ys, strict=True) if y > 0 and math.isfinite(y)]
    if len(pairs) < 2:
        return math.nan
    x, y = np.log([p[0] for p in pairs]), np.log([p[1] for p in pairs])
    return float(np.polyfit(x, y, 1)[0])


def verdict(e: float) -> str:
    if math.isnan(e):
        return "n/a"
    return "yes" if e <= AIM_EXPONENT else "NO"


def fmt(value: float, width: int = 9, digits: int = 2) -> str:
    return f"{'failed':>{width}}" if math.isnan(value) else f"{value:>{width}.{digits}f}"


# -- rendering ---------------------------------------------------------------------------


def cpu_seconds() -> float:
    """User and system CPU of this process and of its children that have ended (kernels)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


LAST_CPU: list[float] = [math.nan]  # CPU seconds of the last render (nan on the cluster)


def render(
    mode: str,
    zones: list[str] | None,
    out: Path,
    data: Path,
    seeds: Path,
    langs: tuple[str, ...],
    scheduler: str,
    notebooks: int,
) -> float:
    """Wall seconds of one ``render_reports`` call in ``mode``; raises ReportError, also when
    it did not publish ``notebooks`` reports. Its CPU seconds go to ``LAST_CPU`` (local
    modes: the kernels end with the call)."""
    kwargs: dict[str, object] = {}
    if mode == MODES["jobs1"]:
        kwargs["jobs"] = 1
    elif mode == MODES["jobs2"]:
        kwargs["jobs"] = 2
    else:
        kwargs["scheduler"] = scheduler
    cpu = cpu_seconds()
    start = time.perf_counter()
    result = render_reports(
        QUARTER,
        zones=zones,
        langs=langs,
        out=out,
        data_dir=data,
        seeds_dir=seeds,
        progress=False,
        **kwargs,
    )
    seconds = time.perf_counter() - start
    LAST_CPU[0] = math.nan if mode == CLUSTER else cpu_seconds() - cpu
    if len(result.manifest["reports"]) != notebooks:
        raise ReportError([(mode, f"published {len(result.manifest['reports'])} reports")])
    return seconds


def replay_runner(folder: Path):
    """A runner that returns the notebooks and pages already published in ``folder``."""

    def run(tasks: list[RenderTask], files: dict[str, bytes]) -> Iterator[TaskResult]:
        for task in tasks:
            notebook = (folder / f"{task.stem}.ipynb").read_bytes()
            page = (folder / f"{task.stem}.html").read_bytes()
            yield Rendered(task.stem, notebook, page)

    return run


def parent_seconds(
    zones: list[str] | None,
    published: Path,
    out: Path,
    data: Path,
    seeds: Path,
    langs: tuple[str, ...],
) -> float:
    """``render_reports`` around the notebooks: everything but executing them."""
    start = time.perf_counter()
    render_reports(
        QUARTER,
        zones=zones,
        langs=langs,
        out=out,
        data_dir=data,
        seeds_dir=seeds,
        progress=False,
        runner=replay_runner(published),
    )
    return time.perf_counter() - start


def cluster_tasks(client, since: float) -> tuple[dict[str, float], float]:
    """Compute seconds per notebook stem from the scheduler's task stream since ``since``,
    and the span from the first task's start to the last one's end."""
    seconds: dict[str, float] = {}
    starts, stops = [], []
    for record in client.get_task_stream(start=since):
        key = str(record.get("key", ""))
        if not key.startswith("zonetrack-"):
            continue
        stem = key.split("-", 2)[2]
        for part in record.get("startstops", ()):
            if part.get("action") == "compute":
                # A notebook run twice (zonetrack retries a failure once) counts its last run.
                seconds[stem] = part["stop"] - part["start"]
                starts.append(part["start"])
                stops.append(part["stop"])
    span = max(stops) - min(starts) if starts else math.nan
    return seconds, span


def bench_render(
    sizes: list[int],
    modes: list[str],
    repeat: int,
    langs: tuple[str, ...],
    tmp: Path,
    sample: int = 0,
    every_zone: bool = False,
):
    from distributed import Client, LocalCluster

    results: list[Size] = []
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        address = cluster.scheduler_address
        client.get_task_stream()  # starts the scheduler's task-stream recording
        print(f"cluster: {address}, 2 worker processes x 1 thread", flush=True)

        # Warm-up: one zone in every mode, not timed.
        data, seeds = write_synthetic_catalog(tmp / "warm-up", zones=1)
        for i, mode in enumerate(modes):
            try:
                render(
                    mode,
                    ["z001"],
                    tmp / f"warm-up-out-{i}",
                    data,
                    seeds,
                    langs,
                    address,
                    2 * len(langs),
                )
            except ReportError as exc:
                print(f"warm-up {mode} failed: {exc}", flush=True)
        print(f"warm-up done; load average {load()}", flush=True)

        for n in sizes:
            data, seeds = write_synthetic_catalog(tmp / f"catalog-{n}", zones=n)
            zones = [f"z{i:03d}" for i in range(1, n + 1)]
            if 0 < sample < n:  # evenly spread over the catalogue
                zones = [zones[round(k * (n - 1) / max(sample - 1, 1))] for k in range(sample)]
            size = Size(zones=n, notebooks=(len(zones) + 1) * len(langs), lang=langs[0])
            if every_zone:  # a full run: the root's summary page too, and no zone named
                zones, size.notebooks = None, (n + 2) * len(langs)
            published = None
            for _ in range(repeat):
                for i, mode in enumerate(modes):
                    out = tmp / f"out-{n}-{i}"
                    since = time.time()
                    try:
                        seconds = render(
                            mode, zones, out, data, seeds, langs, address, size.notebooks
                        )
                    except ReportError as exc:
                        size.errors[mode] = str(exc).splitlines()[0]
                        size.seconds.setdefault(mode, math.nan)
                        continue
                    # Best of the repeats; nan (a failed repeat) never wins.
                    size.seconds[mode] = min(seconds, size.seconds.get(mode, math.inf))
                    if mode != CLUSTER:
                        size.cpu[mode] = min(LAST_CPU[0], size.cpu.get(mode, math.inf))
                    published = out / QUARTER
                    if mode == CLUSTER:
                        time.sleep(0.5)  # the last task's record reaches the scheduler
                        tasks, span = cluster_tasks(client, since)
                        if not size.task_seconds or span < size.task_span:
                            size.task_seconds, size.task_span = tasks, span
            if published is not None:
                size.parent = min(
                    parent_seconds(zones, published, tmp / f"out-{n}-replay", data, seeds, langs)
                    for _ in range(repeat)
                )
            runs = ", ".join(f"{m} {fmt(size.seconds[m], 0, 1)} s" for m in modes)
            print(f"  {n} zones: {runs}; load {load()}", flush=True)
            results.append(size)
    return results


def report_render(
    results: list[Size], modes: list[str], langs: tuple[str, ...], every_zone: bool = False
) -> None:
    zs = [r.zones for r in results]
    print()
    named = (
        "every zone (the N zones and the root)"
        if every_zone
        else "the zones named (all N, or the --sample)"
    )
    print(f"Rendering {QUARTER}, {' and '.join(langs)}: {named} + 1 overview per language")
    if not every_zone and any(r.notebooks != (r.zones + 1) * len(langs) for r in results):
        print(
            "SAMPLE: each row renders a sample of its catalogue's zones; the growth exponents\n"
            "below are those of a fixed number of notebooks against the catalogue's size (what\n"
            "does not scale with the zones rendered: load, overview, downloads, publishing)."
        )
    head = f"{'zones':>5} {'notebooks':>9}"
    for mode in modes:
        head += f" | {mode:>13} {'s/report':>8}"
    print(head)
    print("-" * len(head))
    for r in results:
        line = f"{r.zones:>5} {r.notebooks:>9}"
        for mode in modes:
            s = r.seconds[mode]
            line += f" | {fmt(s, 13)} {fmt(s / r.notebooks, 8)}"
        print(line)
    for r in results:
        for mode, error in r.errors.items():
            print(f"  {r.zones} zones, {mode} FAILED (at least once): {error}")

    print()
    print(f"Growth exponent: slope of log(seconds) against log(zones), {zs[0]}..{zs[-1]} zones")
    print(f"aim: at most {AIM_EXPONENT}")
    for mode in modes:
        e = exponent(zs, [r.seconds[mode] for r in results])
        print(f"  {mode:<13} {fmt(e, 6)}   aim met: {verdict(e)}")
    local = [m for m in modes if m != CLUSTER]
    if local:
        print()
        print("CPU seconds (this process and its kernels), local modes:")
        for r in results:
            print(
                f"  {r.zones:>6} zones, {r.notebooks:>6} notebooks: "
                + ", ".join(
                    f"{m} {fmt(r.cpu.get(m, math.nan), 0, 1)} s "
                    f"({fmt(r.cpu.get(m, math.nan) / r.notebooks, 0, 3)} s/notebook)"
                    for m in local
                )
            )
        for mode in local:
            e = exponent(zs, [r.cpu.get(mode, math.nan) for r in results])
            print(f"  CPU exponent {mode:<13} {fmt(e, 6)}   aim met: {verdict(e)}")
        print(
            "  parent (replayed notebooks): "
            + ", ".join(f"{r.zones} zones {fmt(r.parent, 0, 1)} s" for r in results)
        )
    root = (
        "The root zone 'nation' (every zone below it) is rendered too: its page is a\n"
        "summary of the zones below it, one row each (see the README)."
        if every_zone
        else "The zones are named, so the root\n"
        "zone 'nation' (every zone below it) is not rendered here (--every-zone renders it);\n"
        "its page is a summary of the zones below it (see the README)."
    )
    print(
        "Note: the all-zones overview notebook grows with the number of zones (a row per\n"
        "zone in its status matrix), so its cost is part of the growth\n"
        "measured in every mode. Each notebook also pays a fixed kernel start and imports,\n"
        "which pulls exponents over small sizes below 1. " + root
    )
    if CLUSTER not in modes:
        return

    print()
    print("Where the time goes (cluster run: compute seconds per notebook on a one-thread worker;")
    print("parent: render_reports with the notebooks already rendered = load + validate the")
    print("catalogue, build the tasks, write/publish the quarter, manifest and indexes)")
    head = (
        f"{'zones':>5} | {'overview s':>10} {'zone nb sum s':>13} {'per zone nb s':>13} "
        f"{'task span s':>11} | {'parent s':>8} | {'cluster other s':>15}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        zone_sum = sum(r.zone_tasks) if r.zone_tasks else math.nan
        per_zone = zone_sum / len(r.zone_tasks) if r.zone_tasks else math.nan
        other = r.seconds[CLUSTER] - r.task_span - r.parent
        print(
            f"{r.zones:>5} | {fmt(r.overview, 10)} {fmt(zone_sum, 13)} {fmt(per_zone, 13)} "
            f"{fmt(r.task_span, 11)} | {fmt(r.parent, 8)} | {fmt(other, 15)}"
        )
    print("(cluster other = cluster wall - task span - parent: connecting, scattering the")
    print(" catalogue, scheduling and returning results; can be negative within noise)")
    parts = {
        "overview notebook": [r.overview for r in results],
        "per-zone notebooks, summed": [
            sum(r.zone_tasks) if r.zone_tasks else math.nan for r in results
        ],
        "one per-zone notebook (mean)": [
            statistics.mean(r.zone_tasks) if r.zone_tasks else math.nan for r in results
        ],
        "parent (around the notebooks)": [r.parent for r in results],
    }
    print()
    print("Exponents of the parts (same fit):")
    for name, ys in parts.items():
        e = exponent(zs, ys)
        note = f"   aim met: {verdict(e)}" if name.startswith("per-zone") else ""
        print(f"  {name:<30} {fmt(e, 6)}{note}")


def stub_runner(tasks: list[RenderTask], files: dict[str, bytes]) -> Iterator[TaskResult]:
    """Every notebook 'rendered' at once as an empty notebook and a one-line page."""
    import nbformat

    notebook = nbformat.writes(nbformat.v4.new_notebook()).encode("utf-8")
    for task in tasks:
        yield Rendered(task.stem, notebook, f"<p>{task.stem}</p>".encode())


def bench_parent(sizes: list[int], langs: tuple[str, ...], tmp: Path) -> None:
    """The parent's part of a full quarter at national scale: ``render_reports`` for every
    zone, in ``langs``, with the notebooks stubbed (no kernel), twice per size: with the
    catalogue validated from scratch (an empty cache) and from the cache."""
    print()
    print(
        f"Parent's part of a full quarter ({' and '.join(langs)}; every zone and the overview; "
        "notebooks stubbed, no kernel): load, assess, tasks, downloads, write, publish"
    )
    head = (
        f"{'zones':>6} {'reports':>8} | {'cold cache s':>12} {'warm cache s':>12} {'ms/report':>9}"
    )
    print(head)
    print("-" * len(head))
    rows = []
    for n in sizes:
        data, seeds = write_synthetic_catalog(tmp / f"parent-{n}", zones=n)
        seconds = []
        for run in ("cold", "warm"):
            if run == "cold":
                os.environ["ZONETRACK_CACHE_DIR"] = str(tmp / f"parent-cache-{n}")
            gc.collect()
            start = time.perf_counter()
            result = render_reports(
                QUARTER,
                langs=langs,
                out=tmp / f"parent-out-{n}-{run}",
                data_dir=data,
                seeds_dir=seeds,
                progress=False,
                runner=stub_runner,
            )
            seconds.append(time.perf_counter() - start)
        reports = len(result.manifest["reports"])
        rows.append((n, seconds[1]))
        print(
            f"{n:>6} {reports:>8} | {seconds[0]:>12.1f} {seconds[1]:>12.1f} "
            f"{1000 * seconds[1] / reports:>9.2f}",
            flush=True,
        )
    e = exponent([r[0] for r in rows], [r[1] for r in rows])
    print(f"exponent of the warm-cache part against zones: {fmt(e, 0)}   aim met: {verdict(e)}")


def linear(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """(fixed, per unit) of a straight-line fit, the slope at least 0; (last y, 0) if one point."""
    pairs = [(x, y) for x, y in zip(xs, ys, strict=True) if math.isfinite(y)]
    if len(pairs) < 2:
        return (pairs[-1][1] if pairs else math.nan), 0.0
    slope, fixed = np.polyfit([p[0] for p in pairs], [p[1] for p in pairs], 1)
    if slope < 0:  # noise: call it flat
        return float(statistics.mean(p[1] for p in pairs)), 0.0
    return float(fixed), float(slope)


def report_estimate(results: list[Size]) -> None:
    ok = [
        r for r in results if r.zone_tasks and math.isfinite(r.overview) and math.isfinite(r.parent)
    ]
    if not ok:
        print("\nNo cluster timings: no estimate for W workers.")
        return
    last = ok[-1]
    t_zone = statistics.mean(last.zone_tasks)
    measured_w2 = last.seconds[CLUSTER]
    other = max(0.0, measured_w2 - last.task_span - last.parent)

    def estimate(n: int, t_zone: float, overview: float, parent: float, w: int):
        # The brief's model: zone notebooks spread over W workers, overview and parent on top.
        simple = n * t_zone / w + overview + parent + other
        # With the overview running beside the zone notebooks (it is just one more task).
        overlap = max(overview, (n * t_zone + overview) / w) + parent + other
        return simple, overlap

    print()
    print("ESTIMATE (a model from the numbers above, not a measurement) of the wall time on W")
    print("one-core workers: (zone notebooks x seconds per zone notebook) / W + overview")
    print("+ parent (load, validate, publish) + cluster overhead; the figure 'at best' lets the")
    print("overview run beside the zone notebooks (it is one more task), the model's lower bound.")
    print(
        f"inputs at {last.zones} zones: {t_zone:.2f} s per zone notebook, overview "
        f"{last.overview:.2f} s, parent {last.parent:.2f} s, cluster overhead {other:.2f} s"
    )
    cases = [(last.zones, t_zone, last.overview, last.parent, "measured inputs")]
    if len(ok) >= 2:
        zs = [r.zones for r in ok]
        fits = {
            "overview": linear(zs, [r.overview for r in ok]),
            "parent": linear(zs, [r.parent for r in ok]),
        }
        big = last.zones * 10
        at = {k: fixed + slope * big for k, (fixed, slope) in fits.items()}
        print(
            "straight-line fits, seconds = fixed + per zone x N (slope floored at 0): "
            + "; ".join(f"{k} {f:.2f} + {s:.4f} N" for k, (f, s) in fits.items())
            + f"; a zone notebook kept at {t_zone:.2f} s (its growth is within the noise here)"
        )
        cases.append((big, t_zone, at["overview"], at["parent"], "EXTRAPOLATED from the fits"))
    for n, tz, ov, pa, what in cases:
        print(
            f"  {n} zones ({what}; {tz:.2f} s per zone notebook, overview {ov:.1f} s, "
            f"parent {pa:.1f} s):"
        )
        for w in WORKERS:
            simple, overlap = estimate(n, tz, ov, pa, w)
            print(
                f"    W = {w:>2}: about {simple:8.1f} s (at best {overlap:8.1f} s), "
                f"{simple / (n + 1):.2f} s per report"
            )
    rendered = last.notebooks - 1  # the zones rendered (a sample, or all)
    simple, overlap = estimate(rendered, t_zone, last.overview, last.parent, 2)
    print(
        f"  check: at W = 2 and {rendered} zones the model says {overlap:.1f}..{simple:.1f} s; "
        f"measured on the 2-worker cluster: {measured_w2:.1f} s"
    )
    print(
        "  caveats: the overview and the parent's work do not parallelise, so they bound the\n"
        "  wall time however many workers there are; each worker thread keeps one warm kernel;\n"
        "  scheduler and network costs of a real cluster are not in the model."
    )


# -- assess ------------------------------------------------------------------------------


def bench_assess(sizes: list[int], per_target: int, runs: int) -> None:
    warnings.simplefilter("ignore", DecompositionWarning)
    print()
    print(
        f"assess as of {AS_OF.date()} on bench_progress.build_panel, {per_target} observations "
        f"per target, median of {runs} runs"
    )
    head = f"{'targets':>10} {'rows':>12} {'build s':>8} {'median s':>9} {'us/target':>10}"
    print(head)
    print("-" * len(head))
    medians = []
    for n in sizes:
        start = time.perf_counter()
        targets, observations = build_panel(n, per_target)
        cat = catalogue(targets, observations)
        built = time.perf_counter() - start
        del targets, observations
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            frame = zonetrack.assess(cat, AS_OF)
            times.append(time.perf_counter() - start)
            del frame
        median = statistics.median(times)
        medians.append(median)
        print(
            f"{n:>10,} {len(cat.observations):>12,} {built:>8.1f} {median:>9.3f} "
            f"{median / n * 1e6:>10.2f}",
            flush=True,
        )
        del cat
        gc.collect()
    e = exponent(sizes, medians)
    print(f"growth exponent of assess (log-log, targets): {fmt(e, 0)}")
    print(f"aim: close to 1, never above {AIM_EXPONENT}; aim met: {verdict(e)}")
    if per_target != 40:
        print(
            f"(run with {per_target} observations per target instead of bench_progress's 40: "
            "1M x 40 = 40M rows would need ~11 GB; --observations 40 to try)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 20, 40])
    parser.add_argument("--assess-sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--observations", type=int, default=4, help="per target, for assess")
    parser.add_argument("--runs", type=int, default=3, help="assess runs per size (median)")
    parser.add_argument("--lang", default="en", choices=["en", "zh", "both"])
    parser.add_argument(
        "--modes", nargs="+", choices=list(MODES), default=list(MODES), help="render modes"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="renders per size and mode; the best counts"
    )
    parser.add_argument(
        "--sample", type=int, default=0, help="render only this many zones of each catalogue"
    )
    parser.add_argument(
        "--parent-sizes",
        type=int,
        nargs="*",
        default=[],
        help="also time the parent's part of a full quarter (stubbed notebooks) at these sizes",
    )
    parser.add_argument(
        "--every-zone",
        action="store_true",
        help="render every zone (the root zone's summary page too) instead of naming z001..",
    )
    parser.add_argument("--skip-render", action="store_true")
    parser.add_argument("--skip-assess", action="store_true")
    args = parser.parse_args(argv)
    if min(args.sizes + args.assess_sizes + [args.observations, args.repeat, args.runs]) < 1:
        parser.error("sizes, --observations, --repeat and --runs must be at least 1")
    if args.every_zone and args.sample:
        parser.error("--every-zone renders every zone: give it or --sample, not both")
    sizes = sorted(set(args.sizes))
    modes = [MODES[m] for m in MODES if m in args.modes]
    langs = ("en", "zh") if args.lang == "both" else (args.lang,)

    started = time.perf_counter()
    print(
        f"python {platform.python_version()} on {platform.platform()}; zonetrack "
        f"{version('zonetrack')}, papermill {version('papermill')}, distributed "
        f"{version('distributed')}"
    )
    print(f"load average at start: {load()}", flush=True)

    if not args.skip_render:
        with tempfile.TemporaryDirectory(prefix="zonetrack-scale-") as tmp:
            # The catalogue and downloads caches too: nothing written outside the folder.
            os.environ["ZONETRACK_CACHE_DIR"] = str(Path(tmp) / "cache")
            os.environ.pop("ZONETRACK_CACHE", None)
            results = bench_render(
                sizes, modes, args.repeat, langs, Path(tmp), args.sample, args.every_zone
            )
        report_render(results, modes, langs, args.every_zone)
        report_estimate(results)
        print(f"\nload average after rendering: {load()}", flush=True)

    if args.parent_sizes:
        with tempfile.TemporaryDirectory(prefix="zonetrack-parent-") as tmp:
            bench_parent(sorted(set(args.parent_sizes)), langs, Path(tmp))

    if not args.skip_assess:
        bench_assess(sorted(set(args.assess_sizes)), args.observations, args.runs)

    print(f"\nload average at end: {load()}; total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
