"""How long `zonetrack report` takes, against what a user would otherwise script, and the floor.

Run with the project's venv: ``.venv/bin/python benchmarks/bench_report.py [--zones 10]
[--repeat 1]``. In a temporary folder it builds a synthetic catalogue of N zones
(``synthetic.py``) and times, each as subprocesses of the venv:

* ``zonetrack report`` for the N zones, English, ``--jobs 2``: N + 1 notebooks (the overview);
* (a) the baseline: for the same N + 1 notebooks, one after the other, ``papermill`` on the
  template and then ``jupyter nbconvert --to html``;
* ``zonetrack report`` for one zone, ``--jobs 1``: 2 notebooks (the zone and the overview),
  one after the other;
* (b) the floor: ``papermill`` on a notebook that only imports what the template imports
  (zonetrack.sections, pandas, matplotlib), once per notebook, one after the other: the
  kernel start and imports no rendering can avoid.

Compared: (a) / zonetrack for N zones (aim >= 1.8x, set for 10 zones on 2 cores) and one-zone
zonetrack / (b) for the same number of notebooks (aim <= 1.5x). Each case is run --repeat
times and its best wall time counts. Nothing is written outside the temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import nbformat
from synthetic import write_synthetic_catalog

PROJECT = Path(__file__).resolve().parents[1]
TEMPLATE = PROJECT / "notebooks" / "10-quarterly-report.ipynb"
BIN = Path(sys.executable).parent  # the venv's bin/: zonetrack, papermill, jupyter
QUARTER = "2025Q4"
LANG = "en"
AIM_BASELINE = 1.8  # (a) / zonetrack for N zones: at least
AIM_FLOOR = 1.5  # one-zone zonetrack / floor: at most

FLOOR_IMPORTS = "import matplotlib\nimport pandas\n\nimport zonetrack.sections\n"


@dataclass
class Case:
    name: str
    notebooks: int
    runs: list[float] = field(default_factory=list)

    @property
    def best(self) -> float:
        return min(self.runs)


def run(cmd: Sequence[str | Path], cwd: Path) -> None:
    """Run one command; stop the benchmark with its output if it fails."""
    proc = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode:
        sys.exit(
            f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n"
            f"{proc.stdout[-2000:]}{proc.stderr[-4000:]}"
        )


def timed(case: Case, body) -> None:
    start = time.perf_counter()
    body()
    case.runs.append(time.perf_counter() - start)


def zonetrack_report(zones: list[str], jobs: int, out: Path, data: Path, seeds: Path) -> None:
    cmd = [BIN / "zonetrack", "report", "--quarter", QUARTER, "--zone", *zones, "--lang", LANG]
    cmd += ["--jobs", str(jobs), "--out", out, "--data", data, "--seeds", seeds]
    run(cmd, out.parent)
    manifest = json.loads((out / QUARTER / "manifest.json").read_text(encoding="utf-8"))
    if len(manifest["reports"]) != len(zones) + 1 or manifest["failed"]:
        sys.exit(
            f"zonetrack report published {len(manifest['reports'])} reports, not "
            f"{len(zones) + 1}: {manifest['failed']}"
        )


def baseline(zones: list[str], out: Path, data: Path, seeds: Path) -> None:
    """(a) papermill then nbconvert, notebook by notebook, as a user's shell loop would."""
    out.mkdir()
    for zone in ["all", *zones]:
        nb = out / f"{zone}.{LANG}.ipynb"
        params = {"quarter": QUARTER, "zone": zone, "lang": LANG}
        params |= {"data_dir": data, "seeds_dir": seeds}
        cmd: list[str | Path] = [BIN / "papermill", TEMPLATE, nb]
        for key, value in params.items():
            cmd += ["-p", key, value]
        run(cmd, out)
        run([BIN / "jupyter", "nbconvert", "--to", "html", nb], out)
        if not nb.with_suffix(".html").is_file():
            sys.exit(f"nbconvert wrote no {nb.with_suffix('.html')}")


def floor(notebook: Path, count: int, out: Path) -> None:
    """(b) papermill on the import-only notebook, ``count`` times one after the other."""
    out.mkdir()
    for i in range(count):
        run([BIN / "papermill", notebook, out / f"floor-{i}.ipynb"], out)


def write_floor_notebook(path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [nbformat.v4.new_code_cell(FLOOR_IMPORTS)]
    nbformat.write(nb, path)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zones", type=int, default=10, help="zones in the catalogue (10)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per case; best counts (1)")
    args = parser.parse_args(argv)
    if args.zones < 1 or args.repeat < 1:
        parser.error("--zones and --repeat must be at least 1")
    for tool in ("zonetrack", "papermill", "jupyter"):
        if not (BIN / tool).exists():
            sys.exit(f"{BIN / tool} not found: run this with the project's venv python")

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    print(f"cores: {os.cpu_count()} (usable by this process: {usable or 'unknown'})")
    print(
        f"python {platform.python_version()} on {platform.platform()}, "
        f"zonetrack {version('zonetrack')}, papermill {version('papermill')}, "
        f"nbconvert {version('nbconvert')}"
    )

    n = args.zones
    with tempfile.TemporaryDirectory(prefix="zonetrack-bench-") as tmp:
        root = Path(tmp)
        # Every command's caches (catalogue, downloads) in the temporary folder too.
        os.environ["ZONETRACK_CACHE_DIR"] = str(root / "cache")
        os.environ.pop("ZONETRACK_CACHE", None)
        data, seeds = write_synthetic_catalog(root / "catalog", zones=n)
        run([BIN / "zonetrack", "validate", "--data", data, "--seeds", seeds], root)
        zones = [f"z{i:03d}" for i in range(1, n + 1)]
        floor_nb = write_floor_notebook(root / "floor.ipynb")
        print(
            f"catalogue: {n} zones, valid; quarter {QUARTER}, lang {LANG}; "
            f"best of {args.repeat} run(s) per case"
        )
        # Untimed warm-up: compiled bytecode, matplotlib's font cache, the OS file cache.
        floor(floor_nb, 1, root / "warm-up")

        report_n = Case(f"zonetrack report, {n} zones, --jobs 2", n + 1)
        base = Case("(a) papermill + nbconvert CLIs, sequential", n + 1)
        report_1 = Case("zonetrack report, 1 zone, --jobs 1", 2)
        bottom = Case("(b) floor: papermill CLI, import-only nb, sequential", 2)
        for r in range(args.repeat):
            timed(report_n, lambda r=r: zonetrack_report(zones, 2, root / f"zt-{r}", data, seeds))
            timed(base, lambda r=r: baseline(zones, root / f"a-{r}", data, seeds))
            timed(
                report_1, lambda r=r: zonetrack_report(zones[:1], 1, root / f"zt1-{r}", data, seeds)
            )
            timed(bottom, lambda r=r: floor(floor_nb, 2, root / f"b-{r}"))

    cases = (report_n, base, report_1, bottom)
    width = max(len(c.name) for c in cases)
    print()
    print(f"{'case':<{width}}  notebooks  wall s  s/notebook")
    print(f"{'-' * width}  ---------  ------  ----------")
    for c in cases:
        print(f"{c.name:<{width}}  {c.notebooks:>9}  {c.best:>6.1f}  {c.best / c.notebooks:>10.2f}")
        if args.repeat > 1:
            print(f"{'':<{width}}  runs: {', '.join(f'{t:.1f}' for t in c.runs)}")
    print()
    speedup = base.best / report_n.best
    overhead = report_1.best / bottom.best
    print(
        f"(a) / zonetrack, {n} zones ({n + 1} notebooks each): {speedup:.2f}x "
        f"(aim >= {AIM_BASELINE}x for 10 zones on 2 cores) "
        f"aim met: {'yes' if speedup >= AIM_BASELINE else 'no'}"
    )
    print(
        f"zonetrack 1 zone --jobs 1 / (b) floor, 2 notebooks each in sequence: {overhead:.2f}x "
        f"(aim <= {AIM_FLOOR}x) aim met: {'yes' if overhead <= AIM_FLOOR else 'no'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
