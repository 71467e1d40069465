"""Dates a fact takes from the text before it (:mod:`zonetrack.contextdates`)."""

from __future__ import annotations

import pytest
from conftest import cell_text

from zonetrack.contextdates import quarter_named_before, years_back
from zonetrack.extract import extract_figures
from zonetrack.periods import find_date

_STORY = (
    "一家生物试剂企业的起步\n2026年10月20日 10:05　来源：湖畔周报\n\n"
    "　　2019年深秋，几位博士在园区租下了一间实验室，团队只有5人。\n\n"
    "　　“那时候谁也没想到能做起来。”创始人说。\n\n"
    "　　翌年夏天，公司拿到了860万元的首轮融资。同年秋天，团队扩大到19人。\n\n"
    "　　次年，公司营收首次达到2,300万元。\n\n"
    "　　其后三年，公司累计投入研发经费约1.4亿元。"
)


def test_a_season_with_a_word_for_its_part_is_dated_at_the_seasons_end() -> None:
    # 深秋, 初春: a part of the season, dated at the season's end as 2016年秋天 is; 春节 is a
    # holiday, no season.
    assert find_date("ref_date", "2018年深秋，团队扩大到9人") == "2018-11-30"
    assert find_date("ref_date", "2018年初春，公司成立") == "2018-05-31"
    assert find_date("ref_date", "2018年春节期间，产线停工") != "2018-05-31"


def test_a_year_counted_from_the_text_carries_over_paragraphs_with_its_season() -> None:
    rows = extract_figures(_STORY).set_index("value")
    # 翌年夏天 after 2019 (two paragraphs up): the summer of 2020, to 31 August.
    assert cell_text(rows.loc[8_600_000.0, "ref_date"]) == "2020-08-31"
    # 同年秋天: the autumn of 2020, to 30 November.
    assert cell_text(rows.loc[19.0, "ref_date"]) == "2020-11-30"
    # 次年 opening a paragraph that names no year: the year after the fact told before (2020).
    assert cell_text(rows.loc[23_000_000.0, "ref_date"]) == "2021-12-31"


@pytest.mark.parametrize("word", ["其后三年", "此后三年", "之后三年"])
def test_the_years_after_the_year_told_before_are_dated_at_their_end(word: str) -> None:
    text = _STORY.replace("其后三年", word)
    rows = extract_figures(text).set_index("value")
    # Three years after 2021, the year of the fact told before: to the end of 2024.
    assert cell_text(rows.loc[140_000_000.0, "ref_date"]) == "2024-12-31"


_EN_STORY = (
    "A brewery comes home\nRiverside Weekly | 3 March 2026\n\n"
    "The Larsen family first looked at the old dockside sheds in the summer of 2015, when the "
    "quay was still a car park.\n\n"
    "That same year the brewery sold 42,000 crates, mostly to bars in the old town.\n\n"
    "Demand rose sharply. The next step came the following autumn. A supermarket chain took "
    "65,000 crates in its first order. Later that year the brewery hired its 120th worker.\n\n"
    "In 2019 the plant made 9,800 tonnes of beer. Three years on it had lifted output to "
    "14,500 tonnes."
)


def test_a_story_in_english_counts_its_years_from_the_year_it_named_before() -> None:
    # "That same year" opening a paragraph: the year the paragraph before named (2015), as the
    # README's "that year" and 同年 are; "the following autumn" in the sentence before sets the
    # scene (the autumn after, at its end 30 November); "later that year" is that year's end;
    # "Three years on": three years after the year the sentence before names.
    rows = extract_figures(_EN_STORY).set_index("value")
    assert rows.loc[42_000.0, "ref_date"] == "2015-12-31"
    assert rows.loc[65_000.0, "ref_date"] == "2016-11-30"
    assert rows.loc[14_500.0, "ref_date"] == "2022-12-31"


def test_a_season_of_a_year_in_english_is_dated_at_the_seasons_end() -> None:
    # The northern seasons, as 2015年夏天 is read: summer to 31 August, spring to 31 May.
    assert find_date("ref_date", "in the summer of 2015, the quay was a car park") == "2015-08-31"
    assert find_date("ref_date", "sales in late spring 2021 were 300 crates") == "2021-05-31"


def test_years_later_count_from_a_year_named_earlier_in_the_same_sentence() -> None:
    # "built in 2011, was sold five years later": five years after the year its own sentence
    # named before the words (2016), not after the date of the fact told before it (today's).
    text = (
        "Shops along the quay\nHarbour Notes | 12 May 2026\n\n"
        "Today the brewery runs 14 taprooms. Its old bottling hall, built in 2011, was sold five "
        "years later, when its sales had fallen to 3,100 crates."
    )
    rows = extract_figures(text).set_index("value")
    assert rows.loc[3_100.0, "ref_date"] == "2016-12-31"


def test_years_counted_on_past_the_page_date_date_no_fact() -> None:
    # Review 16: each "Two years later" counts on from the last, and the last count runs past
    # the page's own date (2026-06-01): no fact is of a day after its page, so that count is
    # dropped (the README: a fact is dated no later than its page); the earlier ones stand.
    text = (
        "Harbour Notes | 1 June 2026\n\nThe park opened in 2014. Two years later it had 300 firms."
    )
    for firms in ("500", "700", "900", "1,100", "1,300"):
        text += f"\n\nTwo years later it had {firms} firms."
    rows = extract_figures(text).set_index("value")
    assert rows.loc[300.0, "ref_date"] == "2016-12-31"
    assert rows.loc[1_100.0, "ref_date"] == "2024-12-31"
    assert cell_text(rows.loc[1_300.0, "ref_date"]) <= "2026-06-01"


# 該季, 该季度, 當季: the quarter named just before (the page's year when it names none), over
# a month a later clause names; 去年同季 is a base and points back to nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2027年11月2日\n\n园区在今年第三季度加快审批。该季度新批项目45个，主要因为8月上线了新系统。",
            "2027-09-30",
        ),
        ("2027年11月2日\n\n2026年第四季，申請增加。當季共批出27宗，其中11月較多。", "2026-12-31"),
    ],
)
def test_that_quarter_is_the_quarter_named_before(text: str, expected: str | None) -> None:
    row = extract_figures(text).iloc[0]
    assert (cell_text(row.ref_date) or None) == expected


def test_a_base_s_same_quarter_points_back_to_nothing() -> None:
    text = "2026年第四季，申請增加。當季共批出27宗，較去年同季多出5宗。"
    sentence = text[12:]
    page = ("2027", "2027-11-02")
    assert quarter_named_before(text, 12, sentence, sentence.index("27"), page, "HKD") == (
        "2026-12-31"
    )
    assert quarter_named_before(text, 12, sentence, sentence.index("5宗"), page, "HKD") == (
        "2026-12-31"
    )
    # (去年同季 alone, with no 當季 before it, is a base: no quarter to point back to.)
    alone = "較去年同季多出5宗。"
    assert quarter_named_before(text, 12, alone, alone.index("5"), page, "HKD") is None


# 過去兩年 opening a sentence after a list of as many financial years points back to them (the
# last one's end); a list of another length, or none, dates nothing.
@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("在2024-25及2025-26兩個財政年度，基金共資助企業92間。", "2026-03-31"),
        ("在2023-24、2024-25及2025-26三個財政年度，基金共資助企業130間。", None),
        ("基金共資助企業92間。", None),
    ],
)
def test_past_years_point_back_to_the_financial_years_listed(
    before: str, expected: str | None
) -> None:
    sentence = "過去兩年，基金撥款約3億元。"
    text = before + sentence
    found = years_back(text, len(before), sentence, "HKD")
    assert (str(found) if found else None) == expected
