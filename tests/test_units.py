"""Units: every spelling the catalogue accepts, converted to its canonical unit."""

from __future__ import annotations

import pytest

from zonetrack.exceptions import DataError
from zonetrack.units import canonical_unit, to_canonical, unit_spellings

REQUIRED = [
    "m2",
    "m^2",
    "m²",
    "㎡",
    "平方米",
    "万平方米",
    "km2",
    "平方公里",
    "亩",
    "CNY",
    "元",
    "万元",
    "亿元",
    "count",
    "个",
    "家",
    "人",
    "名",
    "件",
    "支",
    "户",
    "套",
    "场",
    "所",
    "percent",
    "%",
]


@pytest.mark.parametrize(
    ("value", "unit", "expected", "canonical"),
    [
        (1, "m2", 1, "m^2"),
        (1, "m^2", 1, "m^2"),
        (1, "m²", 1, "m^2"),
        (1, "㎡", 1, "m^2"),
        (1, "ｍ２", 1, "m^2"),
        (1000, "万平方米", 1e7, "m^2"),
        (6.1, "萬平方米", 61_000, "m^2"),
        (18, "平方公里", 18e6, "m^2"),
        (2, "km2", 2e6, "m^2"),
        (15, "亩", 10_000, "m^2"),
        (52.79, "亿元", 5.279e9, "CNY"),
        (3, "万元", 30_000, "CNY"),
        (7, "元", 7, "CNY"),
        (1.2, "万家", 12_000, "count"),
        (8, "万个", 80_000, "count"),
        (624, "套", 624, "count"),
        (3.08, "%", 3.08, "percent"),
        (80, "分", 80, "score"),
    ],
)
def test_to_canonical(value: float, unit: str, expected: float, canonical: str) -> None:
    got, unit_out = to_canonical(value, unit)
    assert got == pytest.approx(expected, rel=1e-12)
    assert unit_out == canonical


@pytest.mark.parametrize("unit", REQUIRED)
def test_every_required_spelling_is_defined(unit: str) -> None:
    assert canonical_unit(unit) in {"m^2", "CNY", "count", "percent"}


@pytest.mark.parametrize("unit", ["", "立方米", "m^3", "kg", "1/0"])
def test_unknown_units_raise_data_error(unit: str) -> None:
    with pytest.raises(DataError) as info:
        to_canonical(1, unit)
    assert isinstance(info.value, ValueError)


def test_spellings_are_longest_first() -> None:
    spellings = unit_spellings()
    assert spellings.index("万平方米") < spellings.index("平方米")
    assert "%" in spellings and "亩" in spellings


# --- rounds 32-33, plans ---
# Power and mass: one canonical unit each (kW, t), every spelling a plan may use.
@pytest.mark.parametrize(
    ("value", "unit", "expected", "canonical"),
    [
        (48, "万千瓦", 480_000, "kW"),
        (48, "萬千瓦", 480_000, "kW"),
        (300, "MW", 300_000, "kW"),
        (300, "兆瓦", 300_000, "kW"),
        (1.2, "GW", 1_200_000, "kW"),
        (2, "gigawatts", 2_000_000, "kW"),
        (25, "万吨", 250_000, "t"),
        (25, "萬噸", 250_000, "t"),
        (3, "tonnes", 3, "t"),
        (3, "吨", 3, "t"),
    ],
)
def test_power_and_mass_convert_to_one_unit(
    value: float, unit: str, expected: float, canonical: str
) -> None:
    got, unit_out = to_canonical(value, unit)
    assert got == pytest.approx(expected)
    assert unit_out == canonical
