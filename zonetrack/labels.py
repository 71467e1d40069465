"""Words the reports show, in English and Chinese, kept as data in ``labels.csv``."""

from __future__ import annotations

import csv
import math
from functools import lru_cache

from .config import PACKAGE_DIR
from .exceptions import UsageError

__all__ = ["LANGUAGES", "check_lang", "format_value", "label", "status_label"]

LANGUAGES = ("en", "zh")

_UNIT_WORDS = {
    "en": {"m^2": "m²", "CNY": "yuan", "count": "", "percent": "%", "score": "points"},
    "zh": {"m^2": "平方米", "CNY": "元", "count": "个", "percent": "%", "score": "分"},
}


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    with (PACKAGE_DIR / "labels.csv").open(encoding="utf-8", newline="") as fh:
        return {row["key"]: {"en": row["en"], "zh": row["zh"]} for row in csv.DictReader(fh)}


def check_lang(lang: str) -> str:
    """Return ``lang`` if zonetrack speaks it, else raise :class:`UsageError`."""
    if lang not in LANGUAGES:
        raise UsageError(f"unknown language {lang!r}; use en or zh", argument="lang", value=lang)
    return lang


def label(key: str, lang: str) -> str:
    """The text of ``key`` in ``lang`` (``en`` or ``zh``)."""
    return _labels()[key][check_lang(lang)]


def status_label(status: str, lang: str) -> str:
    return label(f"status_{status}", lang)


def format_value(value: float | None, unit: str, lang: str) -> str:
    """A figure for people: thousands separators (en) or 万/亿 (zh), with its unit."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    word = _UNIT_WORDS[check_lang(lang)].get(unit, unit)
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
