"""How long loading a national catalogue takes, cold (validated) and warm (cached).

Run with the project's venv::

    .venv/bin/python benchmarks/bench_load.py [--sizes 400 4000 40000] [--runs 3]

For each size N a synthetic catalogue of N zones (``synthetic.py``: three targets and three
observations per zone, every figure backed by a sentence of the zone's own seed) is written to
a temporary folder. Each measurement is a fresh process, timed from outside
(``time.perf_counter`` around ``subprocess.run``), the median of ``--runs``:

* baseline: ``zonetrack --help`` (interpreter start-up and the CLI's imports);
* cold: ``zonetrack status`` with an empty cache folder: the catalogue is read and fully
  validated (every evidence span checked against its seed), then assessed;
* warm: the same command again, with the cache filled by the cold run.

Aims (issue 13): cold at 4,000 zones at most 4x the baseline, growing linearly to 40,000
zones (log-log exponent of the time beyond start-up at most 1.05); warm at most 2x the
baseline. Nothing is written outside the temporary folder.
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
        help_s = timed([zonetrack, "--help"], base_env, args.runs)
        print(f"baseline `zonetrack --help`: {help_s:.2f} s", flush=True)
        for zones in args.sizes:
            root = Path(tmp) / f"n{zones}"
            start = time.perf_counter()
            data, seeds = write_synthetic_catalog(
                root, zones, targets_per_zone=3, observations_per_target=3
            )
            built = time.perf_counter() - start
            command = [zonetrack, "status", "--data", str(data), "--seeds", str(seeds),
                       "--quarter", "2025Q4", "--format", "csv"]  # fmt: skip
            cold = timed(command, base_env, args.runs, fresh_cache=True)
            warm_env = {**base_env, "ZONETRACK_CACHE_DIR": str(root / "cache")}
            timed(command, warm_env, 1)  # fills the cache
            warm = timed(command, warm_env, args.runs)
            rows.append((zones, cold, warm))
            print(
                f"{zones:>6} zones (written in {built:.1f} s): cold {cold:.2f} s "
                f"({cold / help_s:.1f}x), warm {warm:.2f} s ({warm / help_s:.1f}x)",
                flush=True,
            )

    print()
    print(f"{'zones':>6}  {'cold s':>8}  {'cold/help':>9}  {'warm s':>8}  {'warm/help':>9}")
    for zones, cold, warm in rows:
        ratios = f"{cold / help_s:>8.1f}x  {warm:>8.2f}  {warm / help_s:>8.1f}x"
        print(f"{zones:>6}  {cold:>8.2f}  {ratios}")
    for zones, cold, warm in rows:
        if zones == 4000:
            print(
                f"aim at 4,000 zones: cold <= {AIM_COLD:g}x: "
                f"{'met' if cold / help_s <= AIM_COLD else 'NOT met'}; warm <= {AIM_WARM:g}x: "
                f"{'met' if warm / help_s <= AIM_WARM else 'NOT met'}"
            )
    if len(rows) >= 2:
        x = np.log([r[0] for r in rows])
        beyond = [max(r[1] - help_s, 1e-3) for r in rows]
        slope = float(np.polyfit(x, np.log(beyond), 1)[0])
        raw = float(np.polyfit(x, np.log([r[1] for r in rows]), 1)[0])
        verdict = "met" if slope <= AIM_EXPONENT else "NOT met"
        print(
            f"growth exponent of cold time beyond start-up: {slope:.2f} "
            f"(aim <= {AIM_EXPONENT}: {verdict}); of the raw cold time: {raw:.2f}"
        )
        if not math.isfinite(slope):
            return 1
    print(f"load average at end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
