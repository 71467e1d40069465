"""How `extract_figures` grows with the length of a document.

Documents of 100 KB to 800 KB are built at run time from the texts written for the tests
(tests/extract_texts/), each copy in its own shuffled order and cut to the size at a line's
end, and, as worst cases, one long paragraph without any sentence end whose clauses 、 joins,
and (25 KB to 250 KB) a dated page of one such paragraph whose clauses full-width commas
join, with changes from a dated start (由去年底的41家增加到74家) and goals, and (25 KB to 250 KB)
lines indented by hundreds of spaces, with runs of spaces inside their dates and labels (a page
converted from a fixed-width layout; review 19 found such runs backtracking). For each size the
script prints the time of `extract_figures`, the time of the number scanner alone
(`find_figures`, the baseline measured in the same run), their ratio, and the log-log growth
exponent between the smallest and the largest document, by their measured sizes (1.0 is
linear). Every cache of the package is cleared before each timed run.

Run: python benchmarks/bench_extract.py [NAME ...] (NAME: part of a document's name, to run
only those documents)
"""

from __future__ import annotations

import math
import random
import re
import sys
import time
from pathlib import Path

from zonetrack.extract import extract_figures
from zonetrack.figures import find_figures

PROJECT = Path(__file__).resolve().parents[1]
SIZES_KB = (100, 200, 400, 800)
# The comma-joined paragraph was quadratic (review 18: 267 s at 250 KB): sizes a run of the
# code before its fix could still be timed at.
RUN_ON_SIZES_KB = (25, 50, 100, 250)
# A page's date line: the rules that read a change's end as of the page's day need one.
DATE_LINE = "发布日期：2026年3月1日\n"


def _documents() -> dict[str, tuple[list[str], str, tuple[int, ...]]]:
    """Each document's units, the line it opens with and its sizes."""
    texts = [
        p.read_text(encoding="utf-8") + "\n\n"
        for p in sorted((PROJECT / "tests/extract_texts").glob("*"))
    ]
    run_on = "园区企业30家、平台40个、基地50处、资金60亿元、面积12万平方米、人才1,200余人、"
    commas = (
        "园区新增企业30家，建成平台4个，累计投资60亿元，试点企业由去年底的41家增加到74家，"
        "力争2027年达到120家，"
    )
    pad = " " * 300
    indented = [
        f"{pad}2025年{pad}3月，园区新增企业{pad}30家。\n",
        f"{pad}目标：{pad}到2027年{pad}达到120家\n",
        f"{pad}Revenue:{pad}RMB 4.2 billion{pad}(2025){pad}\n",
    ]
    return {
        "lines indented by 300 spaces": (indented, DATE_LINE, RUN_ON_SIZES_KB),
        "releases": (texts, "", SIZES_KB),
        "no sentence end": ([run_on], "", SIZES_KB),
        "no sentence end, clauses joined by commas": ([commas], DATE_LINE, RUN_ON_SIZES_KB),
    }


def _build(units: list[str], kb: int, head: str = "") -> str:
    """``head`` and ``units`` repeated to ``kb`` kilobytes, each copy in its own shuffled order
    and each line tagged (X12 is not a figure) so that no sentence repeats: real pages do not
    repeat themselves (a run-on paragraph's copy at its first 、 or ，). The text is cut at the
    last line's end within the size (a run-on paragraph, which has none, at a character)."""
    copies, size, i = [], 0, 0
    while size < kb * 1024:
        order = list(units)
        random.Random(i).shuffle(order)
        unit = "".join(order)
        copy = "".join(f"X{i}y{n} {line}" for n, line in enumerate(unit.splitlines(True)))
        if "\n" not in unit:
            copy = re.sub("[、，]", lambda m, i=i: f"{m[0]}X{i} ", copy, count=1)
        copies.append(copy)
        size += len(copy.encode("utf-8"))
        i += 1
    text = "".join(copies).encode("utf-8")[: kb * 1024].decode("utf-8", errors="ignore")
    cut = text.rfind("\n")
    return head + (text[: cut + 1] if cut > 0 else text)


def _clear_caches() -> None:
    """Clear every cache of the package, so that no timed run starts warm."""
    for name, module in list(sys.modules.items()):
        if name == "zonetrack" or name.startswith("zonetrack."):
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


def main(names: list[str]) -> None:
    for name, (units, head, sizes) in _documents().items():
        if names and not any(part in name for part in names):
            continue
        print(f"{name}:")
        print(f"{'size':>7} {'figures':>8} {'extract':>9} {'scanner':>9} {'ratio':>6}")
        first = last = None
        for kb in sizes:
            text = _build(units, kb, head)
            size = len(text.encode("utf-8")) / 1024
            figures = len(extract_figures(text))
            t_extract = _best_of(2, lambda text=text: extract_figures(text))
            t_scan = _best_of(2, lambda text=text: find_figures(text))
            print(
                f"{size:>5.0f}KB {figures:>8} {t_extract:>8.2f}s {t_scan:>8.2f}s "
                f"{t_extract / t_scan:>6.2f}"
            )
            first = first or (size, t_extract)
            last = (size, t_extract)
        exponent = math.log(last[1] / first[1]) / math.log(last[0] / first[0])
        print(f"growth exponent {first[0]:.0f}->{last[0]:.0f} KB: {exponent:.2f} (1.0 is linear)\n")


if __name__ == "__main__":
    main(sys.argv[1:])
