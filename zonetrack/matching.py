"""Suggesting the zone and the indicator of a figure from the words around it.

Pure functions over the catalogue's ``zones`` and ``indicators`` tables; a suggestion comes
with a level, one of :data:`MATCH_LEVELS` (``none``, ``likely``, ``exact``), which a draft
shows the analyst beside it.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = ["MATCH_LEVELS", "find_names", "list_zone_names", "match_indicator", "states_change"]

# Weakest first: a figure's level is the weaker of its zone's and its indicator's.
MATCH_LEVELS = ("none", "likely", "exact")


def _aliases_zh(name: str) -> list[str]:
    names = [name]
    short = re.sub(r"(?:市|区|區|省|县|縣|镇|鎮)$", "", name)
    if short != name and len(short) >= 2:
        names.append(short)
    return names


def list_zone_names(zones: pd.DataFrame) -> list[tuple[str, str]]:
    """(name, zone_id) for every name a zone goes by, longest first (for :func:`find_names`).

    A Chinese name also without its 市/区/省/县/镇 ending (重庆市 is also 重庆).
    """
    names = []
    for row in zones.itertuples():
        for alias in _aliases_zh(row.name_zh or ""):
            names.append((alias, row.zone_id))
        if row.name_en:
            names.append((row.name_en, row.zone_id))
    return sorted(names, key=lambda n: -len(n[0]))


def find_names(names: list[tuple[str, str]], text: str) -> list[str]:
    """Ids whose names occur in ``text``, longest names first, each span used once."""
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    for name, key in names:
        start = low.find(name.lower())
        while start >= 0:
            end = start + len(name)
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                found.append(key)
                break
            start = low.find(name.lower(), start + 1)
    return found


# Words that make a figure an increase or a yearly amount, not a level: 新增国家级孵化器10家,
# "500 additional firms", "3 new labs a year", 提高1.5个百分点. A stock indicator measures a
# level, so such a figure drafted against one would read a goal of "10 more" as a level of 10,
# met at once. (增加到, 提高至 and "increase to" name the level reached: not a change.)
_CHANGE = re.compile(
    r"新增|净增|淨增|新引进|新引進|新培育|新认定|新認定|新建|新设|新設|新开工|新開工|新签约|新簽約"
    r"|(?:较|較|比)(?:上年|去年|上一年)多|多出"
    r"|(?:增加|提高|提升)(?!\s*(?:到|至|为|為|达|達))|每年|年均|逐年"
    # (new-type, New Area, the New Territories name things; "or more" is a floor.)
    r"|\b(?:new|additional|extra)\b(?!-type|\s+(?:area|territories|district|town|zone|city)\b)"
    r"|(?<!\bor\s)\bmore\b(?!\s+than)|\badd(?:s|ed|ing)?\b"
    # "increased the floor area by 600 square metres", "grew by 5%": by an amount (not "raise
    # output to 500 billion yuan by 2027", a level by a date).
    r"|\b(?:increase|raise|grow|grew|rise|rose|expand)(?:s|d|n|ed)?\b(?:(?!\bto\b)[^;,:]){0,60}?"
    r"\bby\s+(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?(?:US|HK|RMB|NT)?[$¥€]?\d"
    r"(?!\d{3}\b)"
    r"|\b(?:a|per|each)\s+year\b|\bannually\b|\byearly\b"
    r"|百分点|百分點|percentage\s+points?",
    re.IGNORECASE,
)


def states_change(evidence: str) -> bool:
    """Whether the clause ``evidence`` tells its figure as an increase or a yearly amount
    (新增, 每年, "new", "additional", "a year", 个百分点), not as a level."""
    return _CHANGE.search(evidence) is not None


def _grams(text: str) -> set[str]:
    text = text.lower()
    words = set(re.findall(r"[a-z]{3,}", text))
    han = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return words | {han[i : i + 2] for i in range(len(han) - 1)}


def match_indicator(
    indicators: pd.DataFrame, evidence: str, unit: str, at: int, change: bool = False
) -> tuple[str, str]:
    """(indicator_id, level) for the figure at offset ``at`` of ``evidence``.

    With ``change`` (the figure is an increase or a yearly amount, :func:`states_change`),
    only indicators that measure a flow are suggested: a stock's value is a level.

    exact: an indicator of the figure's dimension is named in the clause (the name closest
    before the figure wins: in 孵化企业746家、高新技术企业55家 the 746 are 孵化企业); likely:
    most of one name's words are there and no other name scores as well; none otherwise.
    """
    same = indicators[indicators["unit"] == unit]
    if change:
        same = same[same["measure"] == "flow"]
    low = evidence.lower()
    exact = []
    for row in same.itertuples():
        for name in (row.name_zh, row.name_en):
            if not name:
                continue
            end = low.rfind(name.lower(), 0, at + len(name))
            end = end + len(name) if end >= 0 else -1
            if end < 0 and name.lower() in low:
                end = 0  # named only after the figure
            if end >= 0:
                exact.append((min(end, at + 1), len(name), row.indicator_id))
    if exact:
        return max(exact)[2], "exact"
    grams = _grams(evidence)
    scored = []
    for row in same.itertuples():
        name = _grams(f"{row.name_zh} {row.name_en}")
        own = _grams(row.name_zh or "") or name
        if own:
            scored.append((len(own & grams) / len(own), row.indicator_id))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.6 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1], "likely"
    return "", "none"
