"""Quality of `zonetrack extract`, per language, against hand-made gold lists.

Two corpora:

- the five seeds, against ``tests/extract_gold.csv`` (made by reviewing the extractor's
  output line by line and reading the seeds for what it missed);
- texts written for the tests in the style of mainland, Hong Kong and Taiwan releases and
  plans and of English news (``tests/extract_texts/``), against
  ``tests/extract_texts_gold.csv``, written from the texts and the method, not from output;
  a text's own currency (a Hong Kong or Taiwan source), as ``sources.csv`` would give it, is
  in ``tests/extract_texts_sources.csv``.

For each language: precision and recall of the figures (same value and unit), and among the
figures found, how often the qualifier, the kind (target or observation), the deadline of a
target, the ref_date of an observation and the upper end of a range are right.

Run: python benchmarks/eval_extract.py [--round N] [--held-out]

With ``--round N`` it also scores the texts of one held-out round alone (the texts whose gold
rows' notes begin "held out N"): run before any fix for them, that is the unseen score.

With ``--held-out`` it also scores the texts kept out of the tests and of every fix so far
(``tests/extract_held_out/``: the texts, ``gold.csv`` and ``sources.csv``, laid out as
above): the standing unseen score, until a round of fixes moves them into the gold.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
from pathlib import Path

import pandas as pd

from zonetrack.extract import extract_file

PROJECT = Path(__file__).resolve().parents[1]
TESTS = PROJECT / "tests"
HELD_OUT = TESTS / "extract_held_out"


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _key(name: str, value: float | str, unit: str) -> tuple[str, float, str]:
    # Twelve significant digits: 1,182.6亿 is 118260000000.00002 in binary floating point.
    return name, float(f"{float(value):.12g}"), unit


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _high(value: object) -> str:
    text = _text(value)
    return "" if not text else f"{float(text):g}"


def evaluate(gold: list[dict[str, str]], frames: dict[str, pd.DataFrame]) -> dict[str, float]:
    """Counts and rates for one set of documents (gold rows carry ``file``)."""
    wanted: dict[tuple, list[dict[str, str]]] = collections.defaultdict(list)
    for g in gold:
        wanted[_key(g["file"], g["value"], g["unit"])].append(g)
    n = collections.Counter()
    for name, frame in frames.items():
        for r in frame.itertuples():
            n["reported"] += 1
            pool = wanted.get(_key(name, r.value, r.unit))
            if not pool:
                continue
            g = pool.pop(0)
            n["correct"] += 1
            n["qualifier"] += g["qualifier"] == r.qualifier
            n["kind"] += g["kind"] == r.kind
            if "deadline" in g and g["kind"] == "target" and r.kind == "target":
                n["targets"] += 1
                n["deadline"] += g["deadline"] == _text(r.deadline)
            if "ref_date" in g and g["kind"] == "observation" and r.kind == "observation":
                n["observations"] += 1
                n["ref_date"] += g["ref_date"] == _text(r.ref_date)
            if "value_high" in g:
                n["ranges"] += 1
                n["value_high"] += _high(g["value_high"]) == _high(r.value_high)
    n["gold"] = len(gold)
    return dict(n)


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "-"


def report(title: str, rows: dict[str, dict[str, float]]) -> None:
    print(title)
    print(
        f"{'language':<9} {'gold':>5} {'found':>6} {'right':>6} {'precision':>9} {'recall':>7} "
        f"{'qualifier':>9} {'kind':>6} {'deadline':>8} {'ref_date':>8} {'range':>6}"
    )
    for language, n in rows.items():
        print(
            f"{language:<9} {n.get('gold', 0):>5} {n.get('reported', 0):>6} "
            f"{n.get('correct', 0):>6} {_rate(n.get('correct', 0), n.get('reported', 0)):>9} "
            f"{_rate(n.get('correct', 0), n.get('gold', 0)):>7} "
            f"{_rate(n.get('qualifier', 0), n.get('correct', 0)):>9} "
            f"{_rate(n.get('kind', 0), n.get('correct', 0)):>6} "
            f"{_rate(n.get('deadline', 0), n.get('targets', 0)):>8} "
            f"{_rate(n.get('ref_date', 0), n.get('observations', 0)):>8} "
            f"{_rate(n.get('value_high', 0), n.get('ranges', 0)):>6}"
        )
    print()


def _by_language(
    gold: list[dict[str, str]],
    languages: dict[str, str],
    folder: Path,
    currencies: dict[str, str] | None = None,
) -> dict[str, dict[str, float]]:
    rows: dict[str, dict[str, float]] = {}
    total = collections.Counter()
    currencies = currencies or {}
    for language in sorted(set(languages.values())):
        names = sorted(n for n, lang in languages.items() if lang == language)
        frames = {
            name: extract_file(folder / name, currency=currencies.get(name) or None)
            for name in names
        }
        counts = evaluate([g for g in gold if g["file"] in names], frames)
        rows[language] = counts
        total.update(counts)
    rows["all"] = dict(total)
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="extraction quality per language")
    parser.add_argument("--round", type=int, metavar="N", help="also score held-out round N alone")
    parser.add_argument(
        "--held-out", action="store_true", help="also score tests/extract_held_out/ (unseen)"
    )
    args = parser.parse_args(argv)
    seeds_gold = [g | {"file": g["source"]} for g in _read(TESTS / "extract_gold.csv")]
    sources = _read(PROJECT / "seeds" / "sources.csv")
    languages = {s["source"]: s["language"] for s in sources}
    currencies = {s["source"]: s.get("currency", "") for s in sources}
    report(
        "seeds (tests/extract_gold.csv)",
        _by_language(seeds_gold, languages, PROJECT / "seeds", currencies),
    )

    texts_gold = _read(TESTS / "extract_texts_gold.csv")
    text_languages = {g["file"]: g["language"] for g in texts_gold}
    # A text's own currency, as sources.csv would give it (empty: the yuan).
    text_currencies = {t["file"]: t["currency"] for t in _read(TESTS / "extract_texts_sources.csv")}
    report(
        "texts written for the tests (tests/extract_texts_gold.csv)",
        _by_language(texts_gold, text_languages, TESTS / "extract_texts", text_currencies),
    )
    if args.round is not None:
        held_out = re.compile(rf"held out {args.round}\b")
        files = {g["file"] for g in texts_gold if held_out.match(g["note"])}
        report(
            f"held-out round {args.round} alone ({', '.join(sorted(files)) or 'no texts'})",
            _by_language(
                [g for g in texts_gold if g["file"] in files],
                {f: lang for f, lang in text_languages.items() if f in files},
                TESTS / "extract_texts",
                text_currencies,
            ),
        )
    if args.held_out:
        folder = HELD_OUT
        gold = _read(folder / "gold.csv")
        currencies = {s["file"]: s["currency"] for s in _read(folder / "sources.csv")}
        # Each round alone too, when the folder holds several ("held out N; ..." notes).
        rounds = sorted({m.group(1) for g in gold if (m := re.match(r"held out (\d+)", g["note"]))})
        parts = [("", gold)] + [
            (f", round {n}", [g for g in gold if re.match(rf"held out {n}\b", g["note"])])
            for n in (rounds if len(rounds) > 1 else [])
        ]
        for title, rows in parts:
            report(
                f"held out of every fix ({folder.relative_to(PROJECT)}{title}, "
                f"{len(rows)} figures)",
                _by_language(rows, {g["file"]: g["language"] for g in rows}, folder, currencies),
            )


if __name__ == "__main__":
    main()
