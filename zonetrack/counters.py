"""Chinese counter words (家, 人, 个 …): their simplified forms and what each counts.

A count's canonical unit is ``count`` whatever its counter word, so 120家 and 120人 have
the same value; the word says what is counted. ``counters.csv`` holds one row per counter
word the units registry (``units.txt``) knows:

``word``
    The counter as a page writes it, in either script (個, 个).
``simplified``
    Its simplified form: the Chinese report pages are in simplified script, and a
    traditional and a simplified form count the same things.
``counts``
    What it counts. Words with the same entry agree (名 and 位 count people as 人 does;
    户 counts households, which a plan counts as firms, 家). ``things`` is 个, the general
    counter of things.
``thing``
    ``yes`` if 个 may stand for it (15座 kept as 15个), ``no`` for people and for
    occurrences (人次 visits, 家次 firm-visits, 架次 sorties, 次 times), which 个 never counts.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from typing import NamedTuple

from .config import PACKAGE_DIR

__all__ = ["Counter", "counters", "same_things", "simplified_counter"]

# The scales a page may write before a counter (1.2万家, 3千人次): the counter follows them.
_SCALES = "十百千万萬亿億"


class Counter(NamedTuple):
    """One row of ``counters.csv``."""

    word: str
    simplified: str
    counts: str
    thing: bool


@lru_cache(maxsize=1)
def counters() -> dict[str, Counter]:
    """Every counter word of ``counters.csv``, by the word as written."""
    with (PACKAGE_DIR / "counters.csv").open(encoding="utf-8", newline="") as fh:
        return {
            row["word"]: Counter(
                row["word"], row["simplified"], row["counts"], row["thing"] == "yes"
            )
            for row in csv.DictReader(fh)
        }


@lru_cache(maxsize=1)
def _folding() -> dict[int, str]:
    # Character by character: a word of two (萬人次, 架次) folds as its characters do.
    return {
        ord(c.word): c.simplified
        for c in counters().values()
        if len(c.word) == 1 and c.word != c.simplified
    }


def simplified_counter(written: str) -> str | None:
    """The counter word of a count's unit as written (家 of 万家, 个 of 萬個), simplified;
    None where the unit has none (an English ``count``, or nothing).

    Parameters
    ----------
    written : str
        A count's unit as a page or a catalogue row writes it.
    """
    core = str(written).strip().lstrip(_SCALES)
    if not core or not all("\u3400" <= ch <= "\u9fff" for ch in core):
        return None
    return core.translate(_folding())


def same_things(mine: str, theirs: str) -> bool:
    """Whether the simplified counter words ``mine`` and ``theirs`` count the same things.

    A word ``counters.csv`` does not list counts only what it itself counts.
    """
    known = counters()
    a = known.get(mine, Counter(mine, mine, mine, True))
    b = known.get(theirs, Counter(theirs, theirs, theirs, True))
    if a.counts == b.counts:
        return True
    return "things" in (a.counts, b.counts) and a.thing and b.thing
