"""Units of measure: one pint registry built from ``units.txt``.

The registry knows the spellings catalogues and source texts use (平方米, 万平方米,
㎡, 亩, 亿元, 家, %, ...) and converts every value to the canonical unit of its
dimension: ``m^2``, ``CNY``, ``count``, ``percent`` or ``score``.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import pint

from .config import UNITS_FILE
from .exceptions import DataError

__all__ = [
    "CANONICAL_UNITS",
    "CURRENCIES",
    "canonical_unit",
    "normalise_spelling",
    "parse_unit",
    "to_canonical",
    "unit_spellings",
    "ureg",
]

ureg: pint.UnitRegistry = pint.UnitRegistry(None, on_redefinition="raise")
ureg.load_definitions(str(UNITS_FILE))

# The canonical spelling per dimension; the indicator table uses these names.
CANONICAL_UNITS: dict[str, str] = {
    "m^2": "square_metre",
    "CNY": "yuan",
    "count": "count",
    "percent": "percent",
    "score": "score",
    "times": "times",
    "USD": "us_dollar",
    "HKD": "hk_dollar",
    "TWD": "nt_dollar",
    "MOP": "pataca",
    "EUR": "euro",
    "JPY": "yen",
    "KRW": "won",
    "kW": "kilowatt",
    "t": "tonne",
}
# Canonical units that are money: a symbol of one of them may stand before a number.
CURRENCIES = ("CNY", "USD", "HKD", "TWD", "MOP", "EUR", "JPY", "KRW")
_CANONICAL_BY_DIM = {
    ureg.Unit(pint_name).dimensionality: spelling for spelling, pint_name in CANONICAL_UNITS.items()
}


def normalise_spelling(text: str) -> str:
    """Fold full-width and compatibility forms (``㎡``, ``ｍ２``, ``m²``) the way NFKC does."""
    return unicodedata.normalize("NFKC", text).strip()


@lru_cache(maxsize=1024)
def parse_unit(spelling: str) -> pint.Unit:
    """Return the pint unit for a catalogue or source spelling.

    Raises
    ------
    DataError
        If the spelling is empty or not defined in ``units.txt``.
    """
    text = normalise_spelling(spelling)
    if not text:
        raise DataError("unit is empty", value=spelling)
    try:
        return ureg.parse_units(text)
    except Exception as exc:  # pint's parser raises many kinds on malformed spellings
        try:  # a symbol pint's expression parser cannot read ($, US$, HK$) is still an alias
            return ureg.Unit(ureg.get_name(text))
        except Exception:
            raise DataError(f"unknown unit {spelling!r}", value=spelling) from exc


@lru_cache(maxsize=1024)  # a catalogue spells its units a few ways, thousands of times
def canonical_unit(spelling: str) -> str:
    """Canonical spelling of the dimension of a unit (``m^2``, ``CNY``, ``count``, ...)."""
    unit = parse_unit(spelling)
    try:
        return _CANONICAL_BY_DIM[unit.dimensionality]
    except KeyError:
        raise DataError(
            f"unit {spelling!r} has dimension {unit.dimensionality}, "
            "which zonetrack does not track",
            value=spelling,
        ) from None


def to_canonical(value: float, spelling: str) -> tuple[float, str]:
    """Convert ``value`` in ``spelling`` units to its canonical unit.

    Returns
    -------
    (float, str)
        The magnitude in the canonical unit and that unit's spelling.
    """
    target = canonical_unit(spelling)
    factor = _factor(spelling)
    return float(value) * factor, target


@lru_cache(maxsize=1024)
def _factor(spelling: str) -> float:
    unit = parse_unit(spelling)
    target = CANONICAL_UNITS[_CANONICAL_BY_DIM[unit.dimensionality]]
    return float(ureg.Quantity(1.0, unit).to(target).magnitude)


@lru_cache(maxsize=1)
def unit_spellings() -> tuple[str, ...]:
    """Every spelling ``units.txt`` defines (names and aliases), longest first.

    Text scanners match these greedily so that 万平方米 wins over 万 and 平方米.
    """
    spellings: set[str] = set()
    for line in UNITS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        parts = [p.strip() for p in line.split("=")]
        names = [parts[0], *parts[2:]]
        spellings.update(n for n in names if n and n != "_" and not n.startswith("["))
    return tuple(sorted(spellings, key=lambda s: (-len(s), s)))
