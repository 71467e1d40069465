"""Precision and recall of `zonetrack extract` on the seeds against the hand-checked gold list.

Run: python benchmarks/eval_extract.py
"""

from __future__ import annotations

import collections
import csv
from pathlib import Path

from zonetrack.extract import extract_file

PROJECT = Path(__file__).resolve().parents[1]


def _key(source: str, figure: str, value: float | str, unit: str) -> tuple[str, str, float, str]:
    return source, figure, round(float(value), 6), unit


def main() -> None:
    with (PROJECT / "tests" / "extract_gold.csv").open(encoding="utf-8", newline="") as fh:
        gold_rows = list(csv.DictReader(fh))
    gold = collections.Counter(
        _key(g["source"], g["figure"], g["value"], g["unit"]) for g in gold_rows
    )
    print(
        f"{'source':<28} {'reported':>8} {'gold':>5} {'correct':>7} {'precision':>9} {'recall':>7}"
    )
    totals = collections.Counter()
    for path in sorted((PROJECT / "seeds").glob("*.txt")):
        frame = extract_file(path)
        reported = collections.Counter(
            _key(r.source, r.figure, r.value, r.unit) for r in frame.itertuples()
        )
        expected = collections.Counter({k: n for k, n in gold.items() if k[0] == path.name})
        correct = sum((reported & expected).values())
        n_rep, n_gold = sum(reported.values()), sum(expected.values())
        totals.update(reported=n_rep, gold=n_gold, correct=correct)
        print(
            f"{path.name:<28} {n_rep:>8} {n_gold:>5} {correct:>7} "
            f"{correct / n_rep if n_rep else 1:>9.1%} {correct / n_gold if n_gold else 1:>7.1%}"
        )
    print(
        f"{'all':<28} {totals['reported']:>8} {totals['gold']:>5} {totals['correct']:>7} "
        f"{totals['correct'] / totals['reported']:>9.1%} {totals['correct'] / totals['gold']:>7.1%}"
    )


if __name__ == "__main__":
    main()
