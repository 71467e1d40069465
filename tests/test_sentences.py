"""The stops around a figure read from an index of its sentence, as a scan would find them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonetrack.sentences import (
    SEGMENT_END,
    SEMICOLON,
    SENTENCE_END,
    Boundaries,
    find_segment,
    first_stop_from,
    last_stop_before,
    segment_before,
)

# Pieces that make the stops and the near misses a scan cut at an offset reads otherwise: a
# comma before three digits (a thousands mark, or a stop when the text is cut after it), the
# words of a segment's end, which may overlap (" and and "), and Chinese conjunctions.
_PIECES = st.sampled_from(
    [
        ",",
        "，",
        "；",
        ";",
        " ",
        "1",
        "2",
        "345",
        "and",
        "when",
        "whereas",
        "而且",
        "並且",
        "但",
        "x",
    ]
)


@pytest.mark.parametrize("pattern", [SEGMENT_END, SEMICOLON], ids=["segment", "semicolon"])
@given(pieces=st.lists(_PIECES, max_size=30))
def test_stops_are_those_a_scan_finds(pattern: re.Pattern[str], pieces: list[str]) -> None:
    text = "".join(pieces)
    for at in range(len(text) + 2):
        scanned_before = max((m.end() for m in pattern.finditer(text, 0, at)), default=0)
        scanned_after = next((m.start() for m in pattern.finditer(text, at)), len(text))
        assert last_stop_before(pattern, text, at) == scanned_before
        assert first_stop_from(pattern, text, at) == scanned_after


@given(pieces=st.lists(_PIECES, max_size=30))
def test_the_segment_before_a_figure_is_that_of_the_text_cut_there(pieces: list[str]) -> None:
    text = "".join(pieces)
    for at in range(len(text) + 2):
        assert segment_before(text, at) == find_segment(text[:at], at)


def test_a_comma_before_digits_cut_off_is_a_stop_before_them() -> None:
    # Cut before "200", ",(?!\d{3})" sees no digits: the comma ends a part there (as a scan
    # of the text up to the figure finds), though in the whole text it is a thousands mark.
    text = "企业1,200家"
    assert last_stop_before(SEGMENT_END, text, text.index("200")) == text.index("200")
    assert first_stop_from(SEGMENT_END, text, 0) == len(text)


def test_overlapping_words_start_a_stop_inside_another() -> None:
    # " and and ": a scan from the start finds the first " and "; one from its last space
    # finds the second, which starts inside the first.
    text = "x and and y"
    assert first_stop_from(SEGMENT_END, text, 5) == 5
    assert last_stop_before(SEGMENT_END, text, len(text)) == 6


def test_per_cent_with_its_full_stop_ends_a_sentence_only_before_a_capital() -> None:
    # "per cent." as circulars and contracts write it: the words go on in lower case, one
    # sentence; a capital after it opens the next.
    text = "The ratio is to rise to at least 75 per cent. before the end of 2029. It was 61 then."
    stops = Boundaries(SENTENCE_END, text)
    at = text.index("75")
    lo, hi = stops.around(at, at + 2, 0, len(text))
    assert text[lo:hi] == "The ratio is to rise to at least 75 per cent. before the end of 2029"
    later = "Occupancy reached 93 per cent. Rents rose by 2029."
    lo, hi = Boundaries(SENTENCE_END, later).around(18, 20, 0, len(later))
    assert later[lo:hi] == "Occupancy reached 93 per cent"
