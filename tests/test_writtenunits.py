"""The unit and the currency written beside a number (zonetrack/writtenunits.py)."""

from __future__ import annotations

import unicodedata

from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from zonetrack.writtenunits import (
    COUNTS_ONLY_BEFORE,
    NOT_UNITS,
    PLAIN_RE,
    _match_unit_window,
    unit_index,
)


def _unit_reference(window: str) -> tuple[str, int] | None:
    # The longest prefix whose NFKC form (as written, spaces as '_', or lowered with spaces
    # as '_') is a unit spelling; a Latin unit must end at a word boundary and a unit may
    # not be the start of a longer word; a prefix ending in a blank is never a unit.
    index, longest = unit_index()
    for length in range(min(longest, len(window)), 0, -1):
        raw = window[:length]
        if raw[-1].isspace():
            continue
        key = unicodedata.normalize("NFKC", raw)
        for candidate in (key, key.replace(" ", "_"), key.lower().replace(" ", "_")):
            if candidate not in index:
                continue
            nxt = window[length : length + 1]
            if raw[-1].isascii() and raw[-1].isalnum() and nxt.isascii() and nxt.isalnum():
                break
            if any(window.startswith(w, length) for w in NOT_UNITS.get(candidate, ())):
                break
            only_before = COUNTS_ONLY_BEFORE.get(candidate)
            if only_before and nxt.isalnum() and not window.startswith(only_before, length):
                break
            return index[candidate], length
    return None


_UNIT_PIECES = [
    *sorted(unit_index()[0]),
    "Square Metres", "SQ FT", "万", "亿", "以上", "钟", "所以", "makers", "ｍ", "㎡", "平方",
    "米", "e\u0301", "\u3000", " ", "\t", "_", "。", "、", "区", "A", "1", "z001", "有", "基金",
    "ETF", "REITs",
]  # fmt: skip


@given(st.lists(st.sampled_from(_UNIT_PIECES) | st.text(max_size=3), max_size=5).map("".join))
@settings(max_examples=examples(400))
def test_unit_lookup_agrees_with_trying_every_prefix(window: str) -> None:
    assert _match_unit_window.__wrapped__(window) == _unit_reference(window)


def test_plain_characters_are_left_alone_by_nfkc() -> None:
    # The unit lookup skips normalising a window of these; that is exact only if none has
    # a decomposition, none combines and none is the second half of a composition.
    plain = {chr(c) for c in range(0x110000) if PLAIN_RE.fullmatch(chr(c))}
    assert "。" in plain and "a" in plain and "万" in plain and "ｍ" not in plain
    for ch in plain:
        assert unicodedata.decomposition(ch) == "" and unicodedata.combining(ch) == 0
        assert len(ch.lower()) == 1 and unicodedata.normalize("NFKC", ch) == ch
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            assert chr(int(parts[1], 16)) not in plain, hex(code)


def test_cases_are_counted_but_not_the_words_they_begin() -> None:
    # 案 (projects a bureau lists) counts after a number; 案例, 案件 are other words (README:
    # counters).
    for window in ("案重大工程", "案，", "案。"):
        assert _match_unit_window(window) == (window[0], 1), window
    for window in ("案例12个", "案件审理", "案值"):
        assert _match_unit_window(window) is None, window
