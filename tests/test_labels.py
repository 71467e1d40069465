"""Report words in English and Chinese, and figures formatted for people."""

from __future__ import annotations

import csv
import re

import pytest

from zonetrack.config import PACKAGE_DIR
from zonetrack.exceptions import UsageError
from zonetrack.labels import (
    counter_word,
    format_value,
    label,
    qualifier_label,
    status_colour,
    status_label,
    unit_words,
    vocabulary,
)
from zonetrack.progress import STATUSES
from zonetrack.qualifiers import QUALIFIERS
from zonetrack.units import CANONICAL_UNITS


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


@pytest.mark.parametrize(
    ("written", "counter"),
    [
        ("家", "家"),
        ("万家", "家"),
        ("萬家", "家"),  # a scale before the counter, in either script
        ("所", "所"),
        ("個", "个"),  # the Chinese pages are in simplified script
        ("萬項", "项"),
        ("處", "处"),
        ("架次", "架次"),  # any word the units registry counts with, as written
        ("次", "次"),
        ("萬人次", "人次"),
        ("count", None),  # an English source writes no counter
        ("", None),
    ],
)
def test_counter_word(written: str, counter: str | None) -> None:
    assert counter_word(written) == counter


@pytest.mark.parametrize(
    ("value", "unit", "lang", "counter", "expected"),
    [
        (99, "count", "zh", "家", "99家"),
        (120_000, "count", "zh", "家", "12万家"),
        (99, "count", "en", "家", "99"),  # English counts have no word
        (99, "count", "zh", None, "99个"),
        (5e5, "m^2", "zh", "家", "50万平方米"),  # only counts take a counter
    ],
)
def test_format_value_with_a_counter(
    value: float, unit: str, lang: str, counter: str | None, expected: str
) -> None:
    assert format_value(value, unit, lang, counter) == expected


def test_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        label("headline", "fr")


def test_vocabulary_defines_each_status_and_qualifier_once() -> None:
    assert list(vocabulary("status")) == list(STATUSES)
    assert set(vocabulary("qualifier")) == {*QUALIFIERS, "derived"}
    for status in STATUSES:
        assert re.fullmatch(r"#[0-9a-f]{6}", status_colour(status))
        term = vocabulary("status")[status]
        assert term.explain("en") and term.explain("zh")
    assert qualifier_label("approx", "zh") == "约" and qualifier_label("at_most", "zh") == "近"


def test_sentences_have_the_same_fields_in_both_languages() -> None:
    with (PACKAGE_DIR / "labels.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            fields = [set(re.findall(r"{(\w+)}", row[lang])) for lang in ("en", "zh")]
            assert fields[0] == fields[1], row["key"]


@pytest.mark.parametrize(
    ("unit", "en", "zh"),
    [
        ("m^2", "m²", "平方米"),
        ("CNY", "yuan", "元"),
        ("count", "", "个"),
        ("percent", "%", "%"),
        ("score", "points", "分"),
        ("USD", "USD", "美元"),
        ("MOP", "MOP", "澳门元"),
        ("times", "times", "倍"),
        ("km", "km", "km"),  # no words for it: shown as it is
    ],
)
def test_unit_words_come_from_the_vocabulary(unit: str, en: str, zh: str) -> None:
    assert (unit_words(unit, "en"), unit_words(unit, "zh")) == (en, zh)


@pytest.mark.parametrize("unit", sorted(CANONICAL_UNITS))
def test_every_unit_an_indicator_may_have_is_written_in_chinese_words(unit: str) -> None:
    """A Chinese page says 3.2亿澳门元, not 3.2亿MOP: a unit added to the registry without
    its words in ``vocabulary.csv`` would show its code to a Chinese reader."""
    zh = unit_words(unit, "zh")
    assert zh and not re.search(r"[A-Za-z]", zh), (unit, zh)


def test_unit_words_refuse_an_unknown_language() -> None:
    with pytest.raises(UsageError):
        unit_words("USD", "fr")
