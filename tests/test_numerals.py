"""How a number is written, and its value (zonetrack/numerals.py)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonetrack.exceptions import DataError
from zonetrack.figures import find_figures
from zonetrack.numerals import NUMBER_RE, fold_digits, parse_number


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("1,006.57", 1006.57),
        ("１２", 12.0),
        ("八", 8.0),
        ("一千二百", 1200.0),
        ("四十", 40.0),
        ("两", 2.0),
        ("0.5", 0.5),
    ],
)
def test_parse_number(token: str, expected: float) -> None:
    assert parse_number(token) == expected


@pytest.mark.parametrize("token", ["", "abc", "万"])
def test_parse_number_rejects(token: str) -> None:
    with pytest.raises(DataError):
        parse_number(token)


def _fold_reference(text: str) -> str:
    # Every character becomes its NFKC form when that is one character, else stays.
    return "".join(f if len(f := unicodedata.normalize("NFKC", ch)) == 1 else ch for ch in text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_folding_agrees_with_nfkc_per_character(text: str) -> None:
    assert fold_digits(text) == _fold_reference(text)


# A space (plain, no-break or thin) as the thousands separator before a word ("5 000 staff",
# "12 500 m²"): one number; numbers side by side in a table's row ("120 340" ending a line) and
# a year before a number ("in 2026 100 firms") stay apart.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The campus had 7 000 staff.", [7000.0]),
        ("Sales reached 12\u00a0450\u00a0000 units.", [12_450_000.0]),
        ("Firms 120 340\n", [120.0, 340.0]),
        ("in 2026 100 firms", [2026.0, 100.0]),
    ],
)
def test_a_space_as_thousands_separator(text: str, values: list[float]) -> None:
    found = [m.group() for m in NUMBER_RE.finditer(text) if m.group("arabic")]
    assert [parse_number(n) for n in found] == values


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        # Round 49: thirds, and any numerator below its denominator, before "of": a share in
        # percent, its qualifier read as any number's.
        ("At least a third of the tenants are start-ups.", 100 / 3, "at_least"),
        ("Nearly two thirds of the land is let.", 200 / 3, "at_most"),
        ("One-third of the grants went to life sciences.", 100 / 3, "exact"),
        ("About four fifths of the labs are full.", 80.0, "approx"),
    ],
)
def test_fractions_in_words_are_shares(text: str, value: float, qualifier: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit, figure.qualifier) == (
        pytest.approx(value),
        "percent",
        qualifier,
    )


def test_an_ordinal_third_is_no_fraction() -> None:
    assert find_figures("A third round of grants opens in May.") == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # Review 18: a label ending in a digit, then a count, is no thousands group.
        ("In Q3 120 firms joined the park.", [120.0]),
        ("By FY27 300 firms will join.", [300.0]),
        ("The park has 5 000 staff.", [5000.0]),
    ],
)
def test_a_label_before_a_count_is_no_thousands_group(sentence: str, values: list[float]) -> None:
    from zonetrack.extract import extract_figures

    assert list(extract_figures(sentence)["value"]) == values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # 兆瓦 is the megawatt: its 兆 is no trillion (README: units).
        ("風電已併網45兆瓦。", 45000.0, "kW"),
        ("容量擴充至1.5兆瓦", 1500.0, "kW"),
        # 兆 before another word is still a trillion.
        ("總產值新臺幣2.6兆元", 2.6e12, "TWD"),
    ],
)
def test_zhao_before_wa_is_the_megawatt(text: str, value: float, unit: str) -> None:
    (figure,) = find_figures(text, "TWD")
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
