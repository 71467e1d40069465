"""Words the reports show, in English and Chinese, kept as data.

``labels.csv`` holds headings, column names and sentences (``{name}`` fields are
filled in by :func:`label`); ``vocabulary.csv`` holds each status and qualifier once,
with its colour, chart marker, words and one-line explanation in both languages.
"""

from __future__ import annotations

import csv
import math
from functools import lru_cache

from .config import PACKAGE_DIR
from .counters import simplified_counter
from .exceptions import UsageError

__all__ = [
    "LANGUAGES",
    "Term",
    "check_lang",
    "counter_word",
    "format_value",
    "label",
    "other_lang",
    "qualifier_label",
    "status_colour",
    "status_label",
    "vocabulary",
]

LANGUAGES = ("en", "zh")


class Term(dict):
    """One row of ``vocabulary.csv``: ``kind``, ``key``, ``colour``, ``symbol``, words."""

    def words(self, lang: str) -> str:
        return self[check_lang(lang)]

    def explain(self, lang: str) -> str:
        return self[f"explain_{check_lang(lang)}"]


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    with (PACKAGE_DIR / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return {row["key"]: {"en": row["en"], "zh": row["zh"]} for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _vocabulary() -> dict[tuple[str, str], Term]:
    with (PACKAGE_DIR / "vocabulary.csv").open(encoding="utf-8", newline="") as fh:
        return {(row["kind"], row["key"]): Term(row) for row in csv.DictReader(fh)}


def vocabulary(kind: str) -> dict[str, Term]:
    """Every term of one ``kind`` (``status`` or ``qualifier``), in the file's order."""
    return {key: term for (k, key), term in _vocabulary().items() if k == kind}


def check_lang(lang: str) -> str:
    """Return ``lang`` if zonetrack speaks it, else raise :class:`UsageError`."""
    if lang not in LANGUAGES:
        raise UsageError(f"unknown language {lang!r}; use en or zh", argument="lang", value=lang)
    return lang


def other_lang(lang: str) -> str:
    """The other language of the reports (``en`` <-> ``zh``)."""
    return "zh" if check_lang(lang) == "en" else "en"


def label(key: str, lang: str, **fields: object) -> str:
    """The text of ``key`` in ``lang`` (``en`` or ``zh``), with ``{field}``s filled in."""
    text = _labels()[key][check_lang(lang)]
    return text.format(**fields) if fields else text


def status_label(status: str, lang: str) -> str:
    """The words for a status (``vocabulary.csv``)."""
    return _vocabulary()[("status", status)].words(lang)


def status_colour(status: str) -> str:
    """The colour of a status's badge and chart bar (``vocabulary.csv``)."""
    return _vocabulary()[("status", status)]["colour"]


def qualifier_label(qualifier: str, lang: str) -> str:
    """The words for a qualifier (``exact``, ``at_least``, ..., ``derived``)."""
    return _vocabulary()[("qualifier", qualifier)].words(lang)


def format_value(value: float | None, unit: str, lang: str, counter: str | None = None) -> str:
    """A figure for people: thousands separators (en) or 万/亿 (zh), with its unit.

    ``counter``: the word a Chinese page counts this figure's things with (家 for firms,
    所 for universities; see :func:`counter_word`); a count without one is shown with 个.
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    word = unit_words(unit, lang, counter)
    if lang == "zh" and abs(value) >= 1e4:
        scale, suffix = (1e8, "亿") if abs(value) >= 1e8 else (1e4, "万")
        number = f"{value / scale:,.6g}{suffix}"
    elif abs(value) >= 1000 or float(value).is_integer():
        number = f"{value:,.0f}"
    else:
        number = f"{value:,.3g}"
    if unit == "percent":
        return f"{number}%"
    sep = "" if lang == "zh" else " "
    return f"{number}{sep}{word}".strip()


def counter_word(written: str) -> str | None:
    """The counter of a count as its source wrote it (家 in 99家, 个 in 8万个, 架次 in
    120架次), in the simplified script of the Chinese pages (項 becomes 项); None where the
    source wrote none (an English ``count``).

    ``written`` is the unit of a figure whose canonical unit is ``count``: the units
    registry decides which words count things, and ``counters.csv`` their simplified forms.
    """
    return simplified_counter(written)


def unit_words(unit: str, lang: str, counter: str | None = None) -> str:
    """The unit as a reader writes it (``m²``, ``平方米``); empty for plain counts in English.

    The words are the ``unit`` rows of ``vocabulary.csv``; a unit without one is shown as it is.
    ``counter``: the word a Chinese page counts a count's things with (see
    :func:`counter_word`); without one, 个.
    """
    check_lang(lang)
    if counter and unit == "count" and lang == "zh":
        return counter
    term = _vocabulary().get(("unit", unit))
    return unit if term is None else term.words(lang)
