"""The qualifier written before a number (zonetrack/qualifiers.py).

Expected values from the README's qualifier rules; phrases written for these tests.
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures
from zonetrack.figures import find_figures
from zonetrack.qualifiers import prefix_qualifier


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # "over" before a number is a floor ...
        ("The park now has over ", "at_least"),
        ("Sales grew to over ", "at_least"),
        # ... but not the particle of "hand over" (to deliver): the number is exact.
        ("The developer expects to hand over ", None),
        ("It handed over ", None),
        ("The builder hands over ", None),
        ("Handing over ", None),
    ],
)
def test_over_is_a_floor_unless_a_verb_s_particle(before: str, expected: str | None) -> None:
    assert prefix_qualifier(before) == expected


# 约 before a verb of share is about however the whole is named: a whole of many words
# (约占集团最近一年经审计资产总额的) is as much a whole as 约占全省的. 签约占 stays exact.
@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("研发投入约占集团最近一年经审计资产总额的", "approx"),
        ("新增用地約佔全區規劃工業用地總面積的", "approx"),
        ("约占全省的", "approx"),
        ("签约占集团最近一年经审计资产总额的", None),
    ],
)
def test_about_before_a_share_of_a_whole_of_many_words(before: str, expected: str | None) -> None:
    assert prefix_qualifier(before) == expected


# 约 before a verb of two characters, then the number, is about (约审批, 约新增); 约谈, 约定 are
# other words (to summon, to agree), and 签约 is signing.
@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("预计首年約審批", "approx"),
        ("全年约新增", "approx"),
        ("环保部门约谈", None),
        ("双方约定", None),
        ("本月签约", None),
    ],
)
def test_about_before_a_verb_of_two_characters(before: str, expected: str | None) -> None:
    assert prefix_qualifier(before) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # "not more than" is a cap, as "no more than" is; "more than" alone a floor.
        ("Each voucher is worth not more than HK$250,000.", "at_most"),
        ("The fee will be not greater than 2% of the loan.", "at_most"),
        ("The fund backed more than 40 teams.", "at_least"),
        # "The maximum … remains at": a cap kept, with what it caps between.
        ("The maximum rent relief for each tenant remains at MOP$60,000.", "at_most"),
        ("The maximum award for each start-up stays at US$500,000.", "at_most"),
    ],
)
def test_caps_written_with_not_and_a_kept_maximum(text: str, qualifier: str) -> None:
    (figure,) = find_figures(text)
    assert figure.qualifier == qualifier


# 最高 or 最多 with "may receive" and the grant named after it (最高可獲資助, 最多可获得补贴,
# 最高获奖励): the cap a rule sets, at most; the currency named before the number too.
@pytest.mark.parametrize(
    "before",
    [
        "每家企業最高可獲資助澳門元",
        "最多可获得补贴",
        "单个项目最高获奖励",
        "最高可获资助人民币",
        # Round 52: a cap per period or per head named after 上限為 (上限為每月, 上限为每人每年).
        "租金津貼上限為每月澳門元",
        "补贴上限为每人每年",
    ],
)
def test_a_cap_with_the_grant_named_after_may_receive(before: str) -> None:
    assert prefix_qualifier(before) == "at_most"


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        # Review 18: 约 inside a word (集约, 纽约) is no "about".
        ("园区集约用地300亩。", "exact"),
        ("企业赴纽约设立3个研发中心。", "exact"),
        ("約審批1,000宗。", "approx"),
    ],
)
def test_yue_inside_a_word_is_no_about(sentence: str, qualifier: str) -> None:
    assert list(extract_figures(sentence)["qualifier"]) == [qualifier]


# Round 52: a floor set as a share of a whole (不低于…的90%, 不少於…的三成), as 不超过…的30% is a
# cap; the whole named between may be long.
@pytest.mark.parametrize(
    "before",
    [
        "每年分配比例不低于基金当年可供分配金额的",
        "本地員工不少於全體員工的",
        "不得低于项目总投资的",
    ],
)
def test_a_floor_set_as_a_share_of_a_whole(before: str) -> None:
    assert prefix_qualifier(before) == "at_least"


# An English label naming the most a notice allows, as 最高限价： is: at most.
@pytest.mark.parametrize(
    "text",
    [
        "Maximum price: RMB 12.5 million.",
        "Maximum contract sum: HK$80 million",
        "Price ceiling: US$3 million",
        "Upper limit: 40 per cent.",
    ],
)
def test_an_english_label_of_a_maximum_is_a_cap(text: str) -> None:
    (figure,) = find_figures(text)
    assert figure.qualifier == "at_most"
