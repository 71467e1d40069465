"""How long loading a national catalogue takes, cold (validated) and warm (cached).

Run with the project's venv::

    .venv/bin/python benchmarks/bench_load.py [--sizes 400 4000 40000] [--runs 3]

For each size N a synthetic catalogue of N zones (``synthetic.py``: three targets and three
observations per zone, every figure backed by a sentence of the zone's own seed) is written to
a temporary folder. Each measurement is a fresh process, timed from outside
(``time.perf_counter`` around ``subprocess.run``), the median of ``--runs``:

* baseline: ``zonetrack --help`` (interpreter start-up and the CLI's imports), measured
  before and after the sizes (the median of both sets of runs);
* load, cold: ``zonetrack export zones`` with an empty cache folder: the catalogue is read,
  fully validated (every evidence span checked against its seed), typed and cached, and its
  zones printed (one short line per zone). This is what goal 1 names: a load and validation;
* status, cold: ``zonetrack status``, the same load followed by assessing every target and
  printing one line per target: what a user runs;
* warm: each command again, with the cache filled by a first run.

Aims (issue 13): a cold load at 4,000 zones at most 4x the baseline, growing linearly to
40,000 zones (log-log exponent of the time beyond start-up at most 1.05); a warm load at
most 2x the baseline. ``status`` is reported beside the load against the same aims. Nothing
is written outside the temporary folder.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_synthetic_catalog

BIN = Path(sys.executable).parent
AIM_COLD, AIM_WARM, AIM_EXPONENT = 4.0, 2.0, 1.05


def timed(args: list[str], env: dict[str, str], runs: int, fresh_cache: bool = False) -> float:
    times = []
    for _ in range(runs):
        run_env = dict(env)
        if fresh_cache:
            run_env["ZONETRACK_CACHE_DIR"] = tempfile.mkdtemp(prefix="zt-bench-cache-")
        start = time.perf_counter()
        done = subprocess.run(args, env=run_env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[400, 4000, 40000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    zonetrack = str(BIN / "zonetrack")
    print(f"load average at start: {os.getloadavg()}", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="zt-bench-load-") as tmp:
        base_env = {**os.environ, "ZONETRACK_CACHE_DIR": str(Path(tmp) / "unused")}
        help_before = timed([zonetrack, "--help"], base_env, args.runs)
        print(f"baseline `zonetrack --help`: {help_before:.2f} s", flush=True)
        for zones in args.sizes:
            root = Path(tmp) / f"n{zones}"
            start = time.perf_counter()
            data, seeds = write_synthetic_catalog(
                root, zones, targets_per_zone=3, observations_per_target=3
            )
            built = time.perf_counter() - start
            folders = ["--data", str(data), "--seeds", str(seeds)]
            commands = {
                "load": [zonetrack, "export", "zones", *folders, "--format", "csv"],
                "status": [zonetrack, "status", *folders, "--quarter", "2025Q4", "--format", "csv"],
            }
            row: dict[str, float] = {}
            for name, command in commands.items():
                row[f"{name} cold"] = timed(command, base_env, args.runs, fresh_cache=True)
                warm_env = {**base_env, "ZONETRACK_CACHE_DIR": str(root / f"cache-{name}")}
                timed(command, warm_env, 1)  # fills the cache
                row[f"{name} warm"] = timed(command, warm_env, args.runs)
            rows.append((zones, row))
            print(
                f"{zones:>6} zones (written in {built:.1f} s): "
                + ", ".join(f"{k} {v:.2f} s" for k, v in row.items()),
                flush=True,
            )
        help_after = timed([zonetrack, "--help"], base_env, args.runs)
    help_s = statistics.median([help_before, help_after])
    print(f"baseline `zonetrack --help`: {help_before:.2f} s before, {help_after:.2f} s after")

    columns = list(rows[0][1]) if rows else []
    print()
    print(f"{'zones':>6}  " + "  ".join(f"{c:>18}" for c in columns))
    for zones, row in rows:
        cells = (f"{row[c]:>8.2f} s {row[c] / help_s:>6.1f}x" for c in columns)
        print(f"{zones:>6}  " + "  ".join(f"{cell:>18}" for cell in cells))
    for zones, row in rows:
        if zones == 4000:
            for name in ("load", "status"):
                cold, warm = row[f"{name} cold"] / help_s, row[f"{name} warm"] / help_s
                print(
                    f"aim at 4,000 zones, {name}: cold {cold:.1f}x <= {AIM_COLD:g}x: "
                    f"{'met' if cold <= AIM_COLD else 'NOT met'}; warm {warm:.1f}x <= "
                    f"{AIM_WARM:g}x: {'met' if warm <= AIM_WARM else 'NOT met'}"
                )
    if len(rows) >= 2:
        x = np.log([r[0] for r in rows])
        for name in ("load", "status"):
            cold = [r[1][f"{name} cold"] for r in rows]
            beyond = [max(c - help_s, 1e-3) for c in cold]
            slope = float(np.polyfit(x, np.log(beyond), 1)[0])
            raw = float(np.polyfit(x, np.log(cold), 1)[0])
            verdict = "met" if slope <= AIM_EXPONENT else "NOT met"
            print(
                f"growth exponent of {name}'s cold time beyond start-up: {slope:.2f} "
                f"(aim <= {AIM_EXPONENT}: {verdict}); of the raw cold time: {raw:.2f}"
            )
            if not math.isfinite(slope):
                return 1
    print(f"load average at end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
