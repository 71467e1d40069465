"""Report words in English and Chinese, and figures formatted for people."""

from __future__ import annotations

import csv

import pytest

from zonetrack.config import PACKAGE_DIR
from zonetrack.exceptions import UsageError
from zonetrack.labels import format_value, label, status_label
from zonetrack.progress import STATUSES


def test_every_label_has_both_languages() -> None:
    with (PACKAGE_DIR / "labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["key", "en", "zh"]
    assert all(len(r) == 3 and r[1] and r[2] for r in rows[1:])
    assert len({r[0] for r in rows[1:]}) == len(rows) - 1


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_has_words(status: str) -> None:
    assert status_label(status, "en") and status_label(status, "zh")
    assert status_label(status, "en") != status_label(status, "zh")


@pytest.mark.parametrize(
    ("value", "unit", "lang", "expected"),
    [
        (10_000_000, "m^2", "en", "10,000,000 m²"),
        (10_000_000, "m^2", "zh", "1,000万平方米"),
        (22_397, "count", "zh", "2.2397万个"),
        (5.279e9, "CNY", "zh", "52.79亿元"),
        (1.2e12, "CNY", "zh", "12,000亿元"),
        (3.08, "percent", "en", "3.08%"),
        (300, "count", "en", "300"),
        (None, "count", "en", "–"),
        (float("nan"), "m^2", "zh", "–"),
    ],
)
def test_format_value(value: float | None, unit: str, lang: str, expected: str) -> None:
    assert format_value(value, unit, lang) == expected


def test_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        label("summary", "fr")
