"""How `extract_figures` grows with the length of a document.

Documents of 100 KB to 800 KB are built at run time by repeating the texts written for the
tests (tests/extract_texts/) and, as a worst case, one long paragraph without any sentence
end. For each size the script prints the time of `extract_figures`, the time of the number
scanner alone (`find_figures`, the baseline measured in the same run), their ratio, and the
log-log growth exponent between the smallest and the largest size (1.0 is linear).

Run: python benchmarks/bench_extract.py
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import zonetrack.extract
import zonetrack.figures
from zonetrack.extract import extract_figures
from zonetrack.figures import find_figures

PROJECT = Path(__file__).resolve().parents[1]
SIZES_KB = (100, 200, 400, 800)


def _documents() -> dict[str, str]:
    texts = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((PROJECT / "tests/extract_texts").glob("*"))
    )
    run_on = "园区企业30家、平台40个、基地50处、资金60亿元、面积12万平方米、人才1,200余人、"
    return {"releases": texts + "\n\n", "no sentence end": run_on}


def _build(unit: str, kb: int) -> str:
    """``unit`` repeated to ``kb`` kilobytes, each line of each copy tagged (X12 is not a
    figure) so that no sentence repeats: real pages do not repeat themselves."""
    copies, size, i = [], 0, 0
    while size < kb * 1024:
        copy = "".join(f"X{i}y{n} {line}" for n, line in enumerate(unit.splitlines(True)))
        copy = copy.replace("、", f"、X{i} ", 1) if "\n" not in unit else copy
        copies.append(copy)
        size += len(copy.encode("utf-8"))
        i += 1
    return "".join(copies)


def _clear_caches() -> None:
    for module in (zonetrack.extract, zonetrack.figures):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def _best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        _clear_caches()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    for name, unit in _documents().items():
        print(f"{name}:")
        print(f"{'size':>7} {'figures':>8} {'extract':>9} {'scanner':>9} {'ratio':>6}")
        first = last = None
        for kb in SIZES_KB:
            text = _build(unit, kb)
            figures = len(extract_figures(text))
            t_extract = _best_of(2, lambda text=text: extract_figures(text))
            t_scan = _best_of(2, lambda text=text: find_figures(text))
            print(
                f"{kb:>5}KB {figures:>8} {t_extract:>8.2f}s {t_scan:>8.2f}s "
                f"{t_extract / t_scan:>6.2f}"
            )
            first = first or (kb, t_extract)
            last = (kb, t_extract)
        exponent = math.log(last[1] / first[1]) / math.log(last[0] / first[0])
        print(f"growth exponent {first[0]}->{last[0]} KB: {exponent:.2f} (1.0 is linear)\n")


if __name__ == "__main__":
    main()
