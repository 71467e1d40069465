"""A text's figures read piece by piece, and where a text may be cut (zonetrack/piecereading.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from zonetrack.figures import find_figures
from zonetrack.piecereading import read_in_pieces, reads_alone


@pytest.mark.parametrize(("text", "sign"), [("增长-15%", 2), ("增长 −15%", 3), ("下降：－2%", 3)])
def test_a_slice_cut_after_the_sign_is_never_said_to_read_alone(text: str, sign: int) -> None:
    # Opened at the sign, the slice reads as the text does; opened after it, it does not.
    assert find_figures(text)[0].value == find_figures(text[sign:])[0].value < 0
    assert find_figures(text[sign + 1 :])[0].value > 0
    assert not reads_alone(text, sign + 1, len(text))


@pytest.mark.parametrize(("text", "dash"), [("10亿元-20亿元", 4), ("项目-3家", 2)])
def test_a_slice_opened_at_a_dash_is_never_said_to_read_alone(text: str, dash: int) -> None:
    # Alone, "-20亿元" opens with a sign; in the text the dash follows a unit: no sign.
    assert find_figures(text[dash:])[0].value < 0 < find_figures(text)[-1].value
    assert not reads_alone(text, dash, len(text))


# Pieces of text around which a reading may or may not cross: figures with ranges, lists,
# multipliers, units and qualifiers on either side, and characters that stop every reading.
_READING_PIECES = [
    "区", "建", "的", "。", ";", "#", "到", "至", "、", ",", "，", "和", " ", "\n", "约", "超过",
    "不", "近", "以上", "余", "左右", "5", "2023", "1,200", "3.5", "０", "万", "亿", "平方米",
    "万平方米", "个", "家", "分钟", "%", "-", "~", "+", "年", "元", "美元", "港幣", "RMB", "US$",
    "$", "about ", "up to ", "more than ", "twenty", "one", "hundred", " million", " yuan",
    "plus", " sq ft", "m", "makers", "一", "千亿", "八", "e\u0301", "ｍ", "㎡",
    "千", "百", "人民币", "封顶", "the cap is ", "maximum grant is ", " billion", "HK$",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(_READING_PIECES), min_size=1, max_size=12),
    st.integers(0, 12),
    st.integers(0, 12),
)
@settings(max_examples=examples(600))
def test_reads_alone_means_the_slice_reads_as_the_text_does(
    pieces: list[str], left: int, right: int
) -> None:
    # reads_alone promises: find_figures of the slice is exactly the text's figures inside
    # it, shifted, and none of the text's figures crosses either end.
    left, right = sorted((min(left, len(pieces)), min(right, len(pieces))))
    text = "".join(pieces)
    start, end = len("".join(pieces[:left])), len("".join(pieces[:right]))
    if not reads_alone(text, start, end):
        return
    whole = find_figures(text)
    assert not [f for f in whole if f.start < start < f.end or f.start < end < f.end]
    inside = [
        replace(f, start=f.start - start, end=f.end - start)
        for f in whole
        if start <= f.start and f.end <= end and f.start < end
    ]
    assert find_figures(text[start:end]) == inside


@pytest.mark.parametrize(
    ("text", "span", "alone"),
    [
        ("z001区到2027年底建成10个以上。", "到2027年底建成10个以上", True),
        ("截至2023年3月底;企业达到21家;", "企业达到21家", True),
        ("建成1000万平方米", "1000万", False),  # the unit follows
        ("建成1000万平方米", "建成1000", False),  # a multiplier follows
        ("超过5家", "5家", False),  # the qualifier precedes
        ("300万、400万平方米", "300万", False),  # a list shares the unit
        ("。5 plus;", "5 plus", True),
        ("区5家", "5家", False),  # an ASCII digit next to an ideograph: a word boundary
        ("区about 5家", "about 5家", False),  # a word boundary that alone would be there
        ("达到21家\n其中", "达到21家", False),  # a blank may join a suffix
    ],
)
def test_reads_alone(text: str, span: str, alone: bool) -> None:
    start = text.index(span)
    assert reads_alone(text, start, start + len(span)) is alone


@given(st.lists(st.sampled_from(_READING_PIECES) | st.text(max_size=2), max_size=14))
@settings(max_examples=examples(600))
def test_reading_in_pieces_gives_the_figures_of_the_whole(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert read_in_pieces(text) == find_figures(text)


def test_reading_in_pieces_cuts_between_stops() -> None:
    read: list[str] = []

    def remember(piece: str) -> list:
        read.append(piece)
        return find_figures(piece)

    text = "截至2023年3月底公共服务平台达到21个"
    assert read_in_pieces(text, remember) == find_figures(text)
    assert len(read) > 1 and "".join(read) == text


# A qualifier that reaches back over ideographs (最高补助, 约占全省的) qualifies its figure in a
# reading in pieces too, as validation reads evidence: no cut falls within its reach.
@pytest.mark.parametrize(
    "text",
    [
        "约占全省的四成",
        "約佔全港總數的35%",
        "最高补助1500万元",
        "每家企業最多資助港幣50萬元",
        "每年至少新增30人",
        "截至2025年底全区企业达到210家，约占全市的三成。",
    ],
)
def test_a_reading_in_pieces_keeps_a_qualifier_that_reaches_back(text: str) -> None:
    assert read_in_pieces(text) == find_figures(text)
    assert find_figures(text)[-1].qualifier != "exact"


# The new reaches (a security before 只, 只 before a kind of bond, 上限 before a verb, 约占 over
# Latin letters) hold in a reading in pieces too, and a slice inside a qualifier's reach never
# counts as read alone.
@pytest.mark.parametrize(
    "text",
    [
        "成分股当中共计15只来自园区",
        "发行5只科创债",
        "上限提高至50万元",
        "约占全省R&D投入的40%",
        "对企业最高补助100万元及50万元",
    ],
)
def test_a_reading_in_pieces_keeps_the_review_nine_reaches(text: str) -> None:
    assert read_in_pieces(text) == find_figures(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("对企业最高补助100万元", "助100万元"),
        ("约占全市的三成", "的三成"),
        ("发行5只科创债，规模", "发行5只科"),
    ],
)
def test_a_slice_within_a_qualifiers_reach_is_not_read_alone(text: str, span: str) -> None:
    start = text.index(span)
    assert not reads_alone(text, start, start + len(span))
