"""The unit and the currency written beside a number.

The longest unit spelling after a number (from the pint registry of :mod:`zonetrack.units`),
a currency named before it (US$, HK$, 港幣, 人民币), the source's own currency for 元 or a
bare $ (:func:`check_currency`), and the words that look like units but are none (counts
of securities, 个 before a noun).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .exceptions import DataError, UsageError
from .units import CURRENCIES, normalise_spelling, to_canonical, unit_spellings

__all__ = [
    "BLANKS_RE",
    "COUNTS_ONLY_BEFORE",
    "CURRENCY_WORDS",
    "EXCHANGE_WORDS",
    "HYPHEN_UNIT_RE",
    "NOT_UNITS",
    "PLAIN_RANGES",
    "PLAIN_RE",
    "SECURITY_BEFORE_RE",
    "YUAN_NAMED_RE",
    "YUAN_WORD_RE",
    "check_currency",
    "currency_prefix_re",
    "currency_word_re",
    "hyphenated_unit",
    "match_unit",
    "security_after_re",
    "source_currency",
    "unit_index",
]
# A one-character unit that is really the first character of another word.
NOT_UNITS = {
    "分": ("钟", "鐘", "之", "别", "別", "析", "布", "配"),
    "所": ("以", "有", "在", "谓", "謂"),
    "名": ("单", "單", "称", "稱", "义", "義"),
    "场": ("地", "所", "景"),
    "位": ("于", "於", "置"),
    "处": ("于", "於", "理", "置", "长", "在", "境"),
    "處": ("於", "理", "置", "長", "在", "境"),
    "份": ("额", "額"),
    "间": ("接",),
    "間": ("接",),
    # 案 counts cases and projects (列管的12案), but 案例, 案件 are words.
    "案": (*"例件值卷由情子发發源号號头頭底板犯宗",),
    "个": ("月",),  # 10个月: a span of time, not ten of something
    "個": ("月",),
    # 成 is a tenth (六成) unless it starts a word: 成员, 成果, 成本, 成都, 一成不变.
    "成": (*"员員果本都立长長交效功熟型品就", "不变", "不變"),
}
# A counter that after a numeral more often begins another word (只有, 只是, 只要: "only")
# counts only where no word follows it (共有19只。) or a word it counts does (19只基金,
# 3隻股票, 12檔ETF): the securities and funds 只, 隻 and 檔 count.
COUNTS_ONLY_BEFORE = {
    counter: ("基金", "股票", "个股", "個股", "新股", "债", "債", "ETF", "REIT", "公募", "私募")
    for counter in ("只", "隻", "檔")
}
# …or before a kind of bond, fund or share (5只科创债, 3檔指數基金: up to three characters
# before the word for it, not 有, 是, 要, 能 of 只有, 只是), or after a security named just
# before the number in its clause (成分股有15只来自园区: 只 counts the shares).
_SECURITY_AFTER = r"(?![有是要能会會在])[\u4e00-\u9fff]{1,3}?(?:债|債|基金|股)"


@lru_cache(maxsize=1)
def security_after_re() -> re.Pattern[str]:
    """The kind of security named right after 只 (5只科创债): 只 counts securities there."""
    # Compiled here, not at module level: the words it keeps out (只有, 只是, 只要) need not
    # stop a reading in pieces, which never cuts within reach after 只 (piecereading's
    # _REACH_BACK_RE).
    return re.compile(_SECURITY_AFTER)


SECURITY_BEFORE_RE = re.compile(r"(?:股|基金|债|債|ETF|REITs?)[\u4e00-\u9fff]{0,4}$")
BLANKS_RE = re.compile(r"[ \t]*")


# Spellings that name no currency of their own: 元 in a Hong Kong or Taiwan text is the
# local dollar, and so is a bare $ in a Hong Kong release. They take the source's currency
# (see find_figures); 人民币, RMB, ¥, yuan and the codes always mean what they say.
_BARE_YUAN = frozenset({"元", "万元", "萬元", "亿元", "億元", "千元", "仟元"})
_BARE_DOLLAR = frozenset({"$", "dollars"})
_DOLLARS = ("USD", "HKD", "TWD", "MOP")  # MOP$: Macao writes its pataca as a dollar
EXCHANGE_WORDS = ("兑", "兌", "对", "對")
YUAN_WORD_RE = re.compile(r"(人民币|人民幣)\s*$")
# The currencies a Chinese text names in words before or after a number (人民币, 港幣, 港元,
# 新臺幣, 澳門元, 美元, 歐元), simplified and traditional: one alternation for every rule that
# looks for a currency's name beside a figure.
CURRENCY_WORDS = (
    "人民币|人民幣|港币|港幣|港元|新臺幣|新台币|新台幣|澳门币|澳門幣|澳门元|澳門元|美元|欧元|歐元"
)
YUAN_NAMED_RE = re.compile(r"(?:人民币|人民幣|RMB|CNY|¥|￥)\s*$")
# The yuan named in full after 元 (265.8億元人民幣, 30亿元人民币, as Macao and Hong Kong releases
# write a mainland amount): the amount is in yuan whatever the source's own currency.
YUAN_AFTER_RE = re.compile(r"[ \t]*(?:人民币|人民幣)")


def check_currency(currency: str | None) -> str | None:
    """``currency`` if it is one of :data:`~zonetrack.units.CURRENCIES` (or None/empty: None).

    Raises
    ------
    UsageError
        Naming ``currency``, for any other code.
    """
    if currency is None or currency == "":
        return None
    if currency not in CURRENCIES:
        raise UsageError(
            f"unknown currency {currency!r} (use one of {', '.join(CURRENCIES)})",
            argument="currency",
            value=currency,
        )
    return currency


@lru_cache(maxsize=1)
def currency_prefix_re() -> re.Pattern[str]:
    """Currency symbols and codes written before a number (US$, HK$, RMB, €, ...).

    Every spelling of a currency in ``units.txt`` that is not Chinese (美元 follows the number).
    """
    index, _ = unit_index()
    symbols = [
        spelling
        for spelling, raw in index.items()
        if not re.search(r"[\u4e00-\u9fff]", spelling)
        and len(spelling) <= 4
        and _canonical_or_none(raw) in CURRENCIES
    ]
    symbols.sort(key=len, reverse=True)
    alternatives = "|".join(re.escape(s) + (r"\b" if s[-1].isalnum() else "") for s in symbols)
    return re.compile(rf"(?<![A-Za-z])(?:{alternatives})\s*$")


@lru_cache(maxsize=1)
def unit_index() -> tuple[dict[str, str], int]:
    """(each unit spelling, normalised, to its spelling in the registry; the longest's length)."""
    index = {normalise_spelling(s): s for s in unit_spellings()}
    return index, max(len(s) for s in index)


def match_unit(text: str, pos: int) -> tuple[str, int] | None:
    """Longest unit spelling starting at ``pos`` (spaces allowed before it)."""
    _, longest = unit_index()
    blanks = BLANKS_RE.match(text, pos)  # not text[pos:]: a copy per figure is quadratic
    start = blanks.end() if blanks else pos
    # Everything the match looks at lies in the next longest + 1 characters (the unit and the
    # one character after it), so the answer depends on that window alone and is cached:
    # a national catalogue repeats the same few units thousands of times.
    found = _match_unit_window(text[start : start + longest + 1])
    return None if found is None else (found[0], start + found[1])


# Characters without any decomposition, combining class 0 and never part of a composition:
# NFKC leaves a run of them as it is, and str.lower maps them one for one. A window of
# these needs no normalising to be compared with the unit spellings.
PLAIN_RANGES = (0xA5, 0x20AC, *range(0x2018, 0x201E), 0x3001, 0x3002, *range(0x4E00, 0xA000))
PLAIN_RE = re.compile("[\x00-\x7f\u00a5\u20ac\u2018-\u201d\u3001\u3002\u4e00-\u9fff]*")


@lru_cache(maxsize=1)
def _unit_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """Unit spellings lowered with spaces as ``_``, and every prefix of those."""
    index, _ = unit_index()
    lowered = frozenset(k.lower().replace(" ", "_") for k in index)
    return lowered, frozenset(k[:i] for k in lowered for i in range(1, len(k) + 1))


def _unit_lengths(window: str) -> list[int] | range:
    """The prefix lengths of ``window`` that may spell a unit, longest first.

    A prefix whose lowered form (spaces as ``_``) is no spelling's cannot match any of the
    three forms tried in :func:`_match_unit_window`; for a plain window that form is the
    prefix of the lowered window, so one walk along the prefixes finds every candidate.
    """
    _, longest = unit_index()
    if PLAIN_RE.fullmatch(window) is None:
        return range(min(longest, len(window)), 0, -1)
    lowered, prefixes = _unit_prefixes()
    low = window.lower().replace(" ", "_")
    lengths = []
    for length in range(1, min(longest, len(low)) + 1):
        head = low[:length]
        if head not in prefixes:
            break
        if head in lowered:
            lengths.append(length)
    return lengths[::-1]


@lru_cache(maxsize=1 << 16)
def _match_unit_window(window: str) -> tuple[str, int] | None:
    index, _ = unit_index()
    for length in _unit_lengths(window):
        raw = window[:length]
        if raw[-1].isspace():
            continue
        key = unicodedata.normalize("NFKC", raw)
        for candidate in (key, key.replace(" ", "_"), key.lower().replace(" ", "_")):
            if candidate in index:
                # A Latin unit must end at a word boundary ("m" is not the start of "makers").
                end = length
                if (
                    raw[-1].isascii()
                    and raw[-1].isalnum()
                    and end < len(window)
                    and (window[end].isascii() and window[end].isalnum())
                ):
                    break
                if window.startswith(NOT_UNITS.get(candidate, ()), end):
                    break  # 30分钟 is a duration, 5所以 not a count
                if (
                    candidate in COUNTS_ONLY_BEFORE
                    and window[end : end + 1].isalnum()
                    and not window.startswith(COUNTS_ONLY_BEFORE[candidate], end)
                ):
                    break  # 5只有: "only", not five of something
                return index[candidate], end
    return None


@lru_cache(maxsize=1)
def currency_word_re() -> re.Pattern[str]:
    """Chinese names of currencies other than the yuan (港幣, 新臺幣, 美元), from ``units.txt``."""
    index, _ = unit_index()
    words = sorted(
        (
            spelling
            for spelling, raw in index.items()
            if re.fullmatch(r"[\u4e00-\u9fff]+", spelling)
            and _canonical_or_none(raw) in CURRENCIES
            and _canonical_or_none(raw) != "CNY"
        ),
        key=len,
        reverse=True,
    )
    return re.compile(rf"({'|'.join(words)})\s*$")


def _canonical_or_none(spelling: str) -> str | None:
    try:
        return to_canonical(1.0, spelling)[1]
    except DataError:
        return None


def source_currency(unit: str, spelling: str, currency: str, before: str, after: str = "") -> str:
    """The currency a spelling that names none stands for in a source whose own is ``currency``
    (``before`` and ``after``: the text on either side of the figure, where 人民币 may name
    the yuan)."""
    if (
        unit == "CNY"
        and spelling in _BARE_YUAN
        and not YUAN_NAMED_RE.search(before)
        and not YUAN_AFTER_RE.match(after)
    ):
        return currency
    if unit == "USD" and spelling in _BARE_DOLLAR and currency in _DOLLARS:
        return currency
    return unit


# A Latin unit joined to its number as an adjective: "a 40-acre campus", "a
# 650,000-square-foot lab" (Chinese writes no hyphen there).
HYPHEN_UNIT_RE = re.compile(r"-(?=[A-Za-z])")


def hyphenated_unit(folded: str, pos: int) -> tuple[str, int] | None:
    """The unit spelled from ``pos`` with its words joined by hyphens, and where it ends."""
    _, longest = unit_index()
    window = folded[pos : pos + longest + 1]
    found = _match_unit_window(window.replace("-", " "))
    if found is None or not window[: found[1]].isascii():
        return None
    return found[0], pos + found[1]
