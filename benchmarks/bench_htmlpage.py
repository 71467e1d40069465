"""How `zonetrack extract` grows with the size of an HTML page.

Pages of 0.1 MB to 9 MB are built at run time from the texts written for the tests
(tests/extract_texts/): each copy of the texts in its own shuffled order, its lines tagged so
that no sentence repeats, set in paragraphs with inline elements (<b>, <span>) and, every few
paragraphs, a table of figures by year, the way a bureau's page is marked up. For each size
the script runs the command as a user does (``zonetrack extract PAGE --format csv``, a
process of its own, its output discarded; its peak memory is the process's largest resident
set) and times, in this process, its two parts: reducing the page to text
(``read_document``) and reading the figures (``extract_figures``), in CPU seconds (the
machine is shared). The baseline, measured in the same run, is the number scanner alone on
the page's text (``find_figures``). It prints CPU seconds per MB, the ratios to the baseline
and the log-log growth exponent of each part between the smallest and the largest page (1.0
is linear).

Run: python benchmarks/bench_htmlpage.py [--sizes 0.1 1 4 9] [--profile MB]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import math
import os
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from zonetrack.cli import main as cli_main
from zonetrack.extract import extract_figures, read_document
from zonetrack.figures import find_figures

PROJECT = Path(__file__).resolve().parents[1]
SIZES_MB = (0.1, 1.0, 4.0, 9.0)
HEAD = '<!doctype html><html><head><meta charset="utf-8"><title>园区动态</title></head><body>\n'


def _paragraph(line: str, rng: random.Random) -> str:
    """A line of text as a paragraph, its first figure-like run in an inline element."""
    tag = rng.choice(("b", "span", "strong", "font"))
    cut = next((i for i, ch in enumerate(line) if ch.isdigit()), None)
    if cut is None:
        return f"<p>{line}</p>\n"
    return f"<p>{line[:cut]}<{tag}>{line[cut:]}</{tag}></p>\n"


def _table(i: int, rng: random.Random) -> str:
    rows = "".join(
        f"<tr><td>指标X{i}y{n}（家）</td><td>{rng.randint(10, 999)}</td>"
        f"<td>{rng.randint(10, 999)}</td></tr>\n"
        for n in range(rng.randint(3, 8))
    )
    head = "<tr><th>指标</th><th>2025年</th><th>2028年目标</th></tr>\n"
    return f"<table>{head}{rows}</table>\n"


def build_page(megabytes: float, seed: int = 0) -> str:
    """A page of about ``megabytes`` MB (UTF-8), never repeating a sentence."""
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((PROJECT / "tests/extract_texts").glob("*"))
    ]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    rng = random.Random(seed)
    parts, size, i = [HEAD], 0, 0
    while size < megabytes * 1024 * 1024:
        order = list(lines)
        rng.shuffle(order)
        for n, line in enumerate(order):
            part = _paragraph(f"X{i}y{n} {line}", rng)
            if n % 15 == 0:
                part += _table(i * 1000 + n, rng)
            parts.append(part)
            size += len(part.encode("utf-8"))
            if size >= megabytes * 1024 * 1024:
                break
        i += 1
    return "".join(parts) + "</body></html>\n"


def _timed(fn):  # type: ignore[no-untyped-def]
    """``fn()`` and the CPU seconds it took (the machine is shared: wall time under other
    processes' load says little)."""
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


def _command(page: Path) -> tuple[float, float, float]:
    """``zonetrack extract PAGE --format csv`` as a user runs it: wall seconds, CPU seconds
    and peak MB."""
    run = "import sys; from zonetrack.cli import main; sys.exit(main(sys.argv[1:]))"
    argv = [sys.executable, "-c", run, "extract", str(page), "--format", "csv"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    # The largest resident set of any child so far: the pages grow, so it is this one's.
    return wall, cpu, after.ru_maxrss / 1024


def _in_process(page: Path) -> None:
    """The same command in this process (for the profiler), its output discarded."""
    with contextlib.redirect_stdout(io.StringIO()) as out:
        cli_main(["extract", str(page), "--format", "csv"])
    assert out.getvalue().startswith("kind,")


def run(sizes: tuple[float, ...]) -> None:
    print(f"load average {os.getloadavg()[0]:.1f}")
    header = (
        f"{'size':>7} {'figures':>8} {'wall':>8} {'CPU':>8} {'CPU/MB':>7} {'to text':>8} "
        f"{'figures':>8} {'scanner':>8} {'cmd/scan':>8} {'peak MB':>8}"
    )
    print(header)
    points = []
    with tempfile.TemporaryDirectory() as folder:
        for mb in sizes:
            page = Path(folder) / f"page-{mb}.html"
            page.write_text(build_page(mb), encoding="utf-8")
            size = page.stat().st_size / 1024 / 1024
            wall, t_command, peak = _command(page)
            text, t_text = _timed(lambda page=page: read_document(page))
            frame, t_figures = _timed(lambda text=text: extract_figures(text, "page"))
            _, t_scan = _timed(lambda text=text: find_figures(text))
            print(
                f"{size:>5.2f}MB {len(frame):>8} {wall:>7.1f}s {t_command:>7.1f}s "
                f"{t_command / size:>7.1f} {t_text:>7.2f}s {t_figures:>7.2f}s {t_scan:>7.2f}s "
                f"{t_command / t_scan:>8.1f} {peak:>8.0f}  (load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
            points.append((size, t_command, t_text, t_figures))
    if len(points) > 1:
        (s0, *first), (s1, *last) = points[0], points[-1]
        names = ("command", "to text", "figures")
        slopes = [math.log(b / a) / math.log(s1 / s0) for a, b in zip(first, last, strict=True)]
        print(
            f"growth exponents of CPU time {s0:.1f}->{s1:.1f} MB (1.0 is linear): "
            + ", ".join(f"{n} {e:.2f}" for n, e in zip(names, slopes, strict=True))
        )


def profile(mb: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(build_page(mb), encoding="utf-8")
        profiler = cProfile.Profile()
        profiler.enable()
        _in_process(page)
        profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=list(SIZES_MB))
    parser.add_argument("--profile", type=float, help="profile the command on a page this large")
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
    else:
        run(tuple(args.sizes))
