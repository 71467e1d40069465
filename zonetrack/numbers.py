"""Figures in text: numbers with their multiplier, unit and qualifier.

``find_figures`` scans Chinese (simplified or traditional) and English text for
quantities such as ``1000万平方米以上``, ``9万余人``, ``约78亩``, ``八大项目``,
``RMB 4.112 billion`` or ``19.8%`` and returns each with its value in the
canonical unit, so a catalogue row can be checked against the words of its source.
Chinese numerals are read by cn2an; units by the pint registry in ``units.py``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from .exceptions import DataError
from .units import normalise_spelling, to_canonical, unit_spellings

__all__ = ["QUALIFIERS", "Figure", "find_figures", "parse_number"]

QUALIFIERS = ("exact", "at_least", "approx", "at_most")

_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_DIGIT = "零〇一二两兩三四五六七八九十"
_CN_ANY = _CN_DIGIT + "百千万萬亿億"
_CHINESE = rf"[{_CN_ANY}]*[{_CN_DIGIT}][{_CN_ANY}]*"
_NUMBER_RE = re.compile(rf"(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE})")

# Multipliers written after an Arabic number; longest first.
_MULTIPLIERS = (
    ("万亿", 1e12),
    ("萬億", 1e12),
    ("千万", 1e7),
    ("千萬", 1e7),
    ("百万", 1e6),
    ("百萬", 1e6),
    ("万", 1e4),
    ("萬", 1e4),
    ("亿", 1e8),
    ("億", 1e8),
    ("千", 1e3),
    ("百", 1e2),
)
_EN_MULTIPLIER_RE = re.compile(r"\s*(billion|million|thousand)\b", re.IGNORECASE)
_EN_MULTIPLIERS = {"billion": 1e9, "million": 1e6, "thousand": 1e3}

_PREFIX_QUALIFIERS = (
    (
        re.compile(r"(?:不超过|不超過|不高于|不高於|\bup to|\bno more than|\bat most)\s*$", re.I),
        "at_most",
    ),
    (
        re.compile(
            r"(?:超过|超過|逾|不少于|不少於|\bmore than|\bover|\bat least|\bexceeding)\s*$", re.I
        ),
        "at_least",
    ),
    (
        re.compile(
            r"(?:大约|大約|约|約|\babout|\baround|\bapproximately|\broughly|\bsome)\s*$", re.I
        ),
        "approx",
    ),
    (re.compile(r"(?:接近|(?<![附最将將])近|\bnearly|\balmost|\bclose to)\s*$", re.I), "at_most"),
)
_INFIX_AT_LEAST = ("余", "餘", "多")
_SUFFIX_QUALIFIERS = (
    (re.compile(r"\s*(?:以上|多|余|餘|plus\b)"), "at_least"),
    (re.compile(r"\s*(?:左右|上下)"), "approx"),
    (re.compile(r"\s*(?:以下|以内|以內)"), "at_most"),
)
# A one-character unit that is really the first character of another word.
_NOT_UNITS = {
    "分": ("钟", "鐘", "之", "别", "別", "析", "布", "配"),
    "所": ("以", "有", "在", "谓", "謂"),
    "名": ("单", "單", "称", "稱", "义", "義"),
    "场": ("地", "所", "景"),
    "位": ("于", "於", "置"),
}
_CURRENCY_PREFIX_RE = re.compile(r"(?:RMB|CNY|¥|￥)\s*$")
_RANGE_RE = re.compile(r"\s*(?:-|~|～|〜|至|到|—|–)\s*")


@dataclass(frozen=True)
class Figure:
    """A quantity found in text.

    Attributes
    ----------
    value : float
        Magnitude in the canonical unit (or the bare number when no unit was written).
    unit : str or None
        Canonical unit (``m^2``, ``CNY``, ``count``, ``percent``, ``score``), or None
        if the text gives none.
    qualifier : str
        ``exact``, ``at_least``, ``approx`` or ``at_most``, from the words around the number.
    start, end : int
        Character offsets of the figure in the scanned text.
    text : str
        The figure as written, number through unit and suffix.
    unit_text : str or None
        The unit as written (including any multiplier folded into it).
    value_high : float or None
        The upper end of a range (``1-2个``, ``3至5家``), in the same unit as ``value``.
    numeral : str
        ``arabic`` or ``chinese``: how the number was written.
    """

    value: float
    unit: str | None
    qualifier: str
    start: int
    end: int
    text: str
    unit_text: str | None = None
    value_high: float | None = None
    numeral: str = "arabic"


def parse_number(token: str) -> float:
    """Read an Arabic (``1,006.57``, full-width ``１２``) or Chinese (``一千二百``) number.

    Raises
    ------
    DataError
        If the token is not a number.
    """
    text = unicodedata.normalize("NFKC", token).strip().replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise DataError(f"not a number: {token!r}", value=token) from exc
    return float(value)


def _fold_digits(text: str) -> str:
    # Full-width digits and punctuation fold to ASCII one character for one, so offsets hold.
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _unit_index() -> tuple[dict[str, str], int]:
    index = {normalise_spelling(s): s for s in unit_spellings()}
    return index, max(len(s) for s in index)


def _match_unit(text: str, pos: int) -> tuple[str, int] | None:
    """Longest unit spelling starting at ``pos`` (spaces allowed before it)."""
    index, longest = _unit_index()
    skip = len(text[pos:]) - len(text[pos:].lstrip(" \t"))
    start = pos + skip
    for length in range(min(longest, len(text) - start), 0, -1):
        raw = text[start : start + length]
        if raw[-1].isspace():
            continue
        key = unicodedata.normalize("NFKC", raw)
        for candidate in (key, key.replace(" ", "_"), key.lower().replace(" ", "_")):
            if candidate in index:
                # A Latin unit must end at a word boundary ("m" is not the start of "makers").
                end = start + length
                if (
                    raw[-1].isascii()
                    and raw[-1].isalnum()
                    and end < len(text)
                    and (text[end].isascii() and text[end].isalnum())
                ):
                    break
                if text.startswith(_NOT_UNITS.get(candidate, ()), end):
                    break  # 30分钟 is a duration, 5所以 not a count
                return index[candidate], end
    return None


def find_figures(text: str) -> list[Figure]:
    """Every quantity written in ``text``, in order.

    Never raises on arbitrary input; a token that looks numeric but does not
    parse is skipped.
    """
    folded = _fold_digits(text)
    figures: list[Figure] = []
    for match in _NUMBER_RE.finditer(folded):
        if figures and match.start() < figures[-1].end:
            continue  # the upper end of a range already read
        try:
            figure = _read_figure(folded, text, match)
        except (DataError, ArithmeticError):
            continue
        if figure is not None:
            figures.append(figure)
    return figures


def _read_figure(folded: str, original: str, match: re.Match[str]) -> Figure | None:
    start, pos = match.start(), match.end()
    value = parse_number(match.group())
    if math.isnan(value) or math.isinf(value):
        return None
    qualifier = "exact"
    unit_text: str | None = None
    numeral = "arabic" if match.group("arabic") is not None else "chinese"
    high: float | None = None
    dash = _RANGE_RE.match(folded, pos)
    if dash:
        upper = _NUMBER_RE.match(folded, dash.end())
        if upper and (upper.group("arabic") is not None) == (numeral == "arabic"):
            high = parse_number(upper.group())
            pos = upper.end()

    if numeral == "arabic":
        for word, factor in _MULTIPLIERS:
            if folded.startswith(word, pos):
                value *= factor
                high = None if high is None else high * factor
                pos += len(word)
                unit_text = word
                break
        else:
            en = _EN_MULTIPLIER_RE.match(folded, pos)
            if en:
                value *= _EN_MULTIPLIERS[en.group(1).lower()]
                high = None if high is None else high * _EN_MULTIPLIERS[en.group(1).lower()]
                pos = en.end()
    if folded.startswith(_INFIX_AT_LEAST, pos):
        qualifier = "at_least"
        pos += 1

    unit = None
    found = _match_unit(folded, pos)
    if found is not None:
        spelling, pos = found
        factor, unit = to_canonical(1.0, spelling)
        value, high = value * factor, None if high is None else high * factor
        unit_text = (unit_text or "") + spelling
    elif _CURRENCY_PREFIX_RE.search(folded[max(0, start - 6) : start]):
        unit, unit_text = "CNY", "CNY"

    for pattern, name in _SUFFIX_QUALIFIERS:
        suffix = pattern.match(folded, pos)
        if suffix:
            qualifier = qualifier if qualifier != "exact" else name
            pos = suffix.end()
            break
    before = _CURRENCY_PREFIX_RE.sub("", folded[max(0, start - 16) : start])
    for pattern, name in _PREFIX_QUALIFIERS:
        if pattern.search(before):
            qualifier = name
            break
    return Figure(value, unit, qualifier, start, pos, original[start:pos], unit_text, high, numeral)
