"""A fact's date settled (zonetrack.factsettling), through extract_figures.

Texts written for these tests; expected dates from the README's rules: a value told a year
earlier than a dated figure ("compared with 1,600 a year earlier", "A year earlier it had") is of
the same day a year before.
"""

from __future__ import annotations

import pytest
from conftest import figure_rows

from zonetrack.extract import extract_figures
from zonetrack.factsettling import respective_date

_HEAD = (
    "Campus bulletin\n9 December 2026\n\nAt the end of March 2026, the campus had 2,400 residents"
)


@pytest.mark.parametrize(
    "rest",
    [
        ", compared with 2,050 twelve months earlier.\n",
        ", against 2,050 a year previously.\n",
        ", up from 2,050 12 months before.\n",
        ". A year earlier it housed 2,050.\n",
        ". Twelve months before, the campus counted 2,050.\n",
        "; a year earlier, 2,050.\n",
        # The base of the same period a year back.
        ", against 2,050 in the same period of the previous year.\n",
        ", compared with 2,050 in the same quarter a year earlier.\n",
    ],
)
def test_a_value_a_year_earlier_is_of_the_same_day_a_year_before(rest: str) -> None:
    frame = extract_figures(_HEAD + rest)
    by_value = dict(zip(frame["value"], frame["ref_date"], strict=True))
    assert (by_value[2400], by_value[2050]) == ("2026-03-31", "2025-03-31")


@pytest.mark.parametrize(
    "told",
    [
        "is estimated at $300 million and $900 million in 2027-28 and 2028-29 respectively",
        "is estimated at $300 million and $900 million in 2027/28 and 2028/29, respectively",
    ],
)
def test_figures_then_financial_years_told_respectively_pair_in_order(told: str) -> None:
    # Figures listed before the financial years they are of, then "respectively": the n-th
    # figure is of the n-th year (README), a forecast due at that year's end (31 March in a
    # Hong Kong source). Text written for this test.
    text = f"Works paper\nPublished: 3 November 2026\n\nThe cash flow of the contract {told}.\n"
    frame = extract_figures(text, currency="HKD")
    assert list(zip(frame["value"], frame["kind"], frame["deadline"], strict=True)) == [
        (3e8, "target", "2028-03-31"),
        (9e8, "target", "2029-03-31"),
    ]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "The district had 1,200 firms and 300 labs in 2024 and 2025 respectively.",
            [(1200, "2024-12-31"), (300, "2025-12-31")],
        ),
        (
            "The district had 64, 81 and 97 incubators in 2023, 2024 and 2025, respectively.",
            [(64, "2023-12-31"), (81, "2024-12-31"), (97, "2025-12-31")],
        ),
        ("该区2024年和2025年分别有孵化器64个、81个。", [(64, "2024-12-31"), (81, "2025-12-31")]),
    ],
)
def test_counts_then_calendar_years_told_respectively_pair_in_order(
    told: str, expected: list[tuple[int, str]]
) -> None:
    # Review 16, M2: the rule for financial years holds for calendar years and for bare
    # counts (no unit): the n-th figure is of the n-th year, at its end (README). Text
    # written for this test.
    frame = extract_figures(f"District bulletin\nPublished 2026-06-01.\n\n{told}\n")
    assert list(zip(frame["value"], frame["ref_date"], strict=True)) == expected


# Round 43: a figure a party undertakes or guarantees for a period still to end is a goal due
# at that period's end, though the undertaking is told as done; listed with as many years as
# figures, "respectively" (分别), each is due at its own year's end (years in Chinese numerals
# too).
@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "Announcement\nHong Kong, 2 April 2026\n\nThe Seller has undertaken to the Buyer that "
            "the audited net profit of the Company shall be not less than HK$7,000,000 for the "
            "financial year ending 31 December 2026 and not less than HK$8,000,000 for the "
            "financial year ending 31 December 2027.",
            "HKD",
        ),
        (
            "公告\n二零二六年四月二日\n\n賣方向買方保證，公司於二零二六年度及二零二七年度之淨利潤"
            "分別不低於港幣700萬元及港幣800萬元。",
            "HKD",
        ),
        (
            "公告\n2026年4月2日\n\n转让方承诺，标的公司2026年度、2027年度实现的净利润分别不低于"
            "700万元、800万元。",
            None,
        ),
    ],
)
def test_an_undertaken_figure_is_due_at_the_end_of_its_own_year(
    text: str, currency: str | None
) -> None:
    frame = extract_figures(text, currency=currency)
    assert list(zip(frame["kind"], frame["deadline"], frame["qualifier"], strict=True)) == [
        ("target", "2026-12-31", "at_least"),
        ("target", "2027-12-31", "at_least"),
    ]


# Round 43: a span of whole years before 分别 (2026-2027年, 2026至2028年) lists its years in order.
def test_a_span_of_years_pairs_its_years_in_order() -> None:
    text = (
        "点评\n2026年11月18日\n\n预计公司2026-2027年归母净利润分别为5.0亿元、6.0亿元。\n"
        "预计2026至2028年营收分别为30亿元、36亿元、42亿元。"
    )
    frame = extract_figures(text)
    assert list(frame["deadline"]) == [
        "2026-12-31",
        "2027-12-31",
        "2026-12-31",
        "2027-12-31",
        "2028-12-31",
    ]


def test_an_undertaking_for_a_year_ending_ahead_is_a_goal_on_an_undated_page() -> None:
    text = (
        "The Seller has undertaken that the net profit of the Company shall be not less than "
        "HK$7,000,000 for the financial year ending 31 December 2027. For the year ended 31 "
        "December 2025 it earned HK$5,000,000."
    )
    frame = extract_figures(text, currency="HKD")
    assert list(zip(frame["kind"], frame["deadline"], frame["ref_date"], strict=True)) == [
        ("target", "2027-12-31", None),
        ("observation", None, "2025-12-31"),
    ]


@pytest.mark.parametrize(
    "told",
    [
        "2023年和2024年，该区新增孵化器分别为5个、7个和9个。",
        "The district opened 5, 7 and 9 incubators in 2023 and 2024, respectively.",
    ],
)
def test_more_figures_than_years_told_respectively_are_not_paired(told: str) -> None:
    # Review 17, M5: "respectively" pairs only as many figures as dates (README), in Chinese
    # as in English; three figures and two years are no pairs. Text written for this test.
    frame = extract_figures(f"District bulletin\nPublished 2026-06-01.\n\n{told}\n")
    assert len(frame) == 3
    assert not frame["date_note"].fillna("").str.contains("in order").any()


def test_a_figure_after_respectively_outside_its_list_keeps_its_own_year() -> None:
    # Review 17, M5: "…, respectively, and 9 in 2022": the figure after the word is no item of
    # the list; its own year dates it. Text written for this test.
    frame = extract_figures(
        "District bulletin\nPublished 2026-06-01.\n\nThe district opened 5 and 7 incubators in "
        "2023 and 2024, respectively, and 9 in 2022.\n"
    )
    assert list(zip(frame["value"], frame["ref_date"], strict=True)) == [
        (5, "2023-12-31"),
        (7, "2024-12-31"),
        (9, "2022-12-31"),
    ]


def test_a_batch_s_total_investment_is_undated_and_its_count_of_the_notice_s_day() -> None:
    # A batch a notice announces is of the notice's day; the 总投资 of its projects is the money
    # their plans put in, undated; the year's planned investment a goal of that year (README).
    text = (
        "南湖高新区管理委员会\n关于2027年度第二批重点产业项目计划的公示\n\n"
        "发布时间：2026-12-03 10:30　来源：经济发展局\n\n"
        "经审核，拟将南湖智能传感器产业园等9个项目列入2027年度第二批重点产业项目计划，"
        "总投资146.2亿元，2027年度计划投资38.5亿元。\n"
    )
    rows = extract_figures(text)
    assert list(
        zip(rows["value"].round(), rows["kind"], rows["deadline"], rows["ref_date"], strict=True)
    ) == [
        (9, "observation", None, "2026-12-03"),
        (14_620_000_000, "observation", None, None),
        (3_850_000_000, "target", "2027-12-31", None),
    ]


# A Chinese list after 分別 ends at its clause: a total after the comma (合共) is no item, and the
# items still pair with the financial years in order.
def test_a_respective_list_ends_at_its_clause() -> None:
    sentence = "在2024-25及2025-26兩個財政年度，基金分別資助企業40間及52間，合共92間。"
    assert respective_date(sentence, sentence.index("40"), "HKD") == "2025-03-31"
    assert respective_date(sentence, sentence.index("52"), "HKD") == "2026-03-31"
    assert respective_date(sentence, sentence.index("92"), "HKD") is None


@pytest.mark.parametrize("mark", ["，", "、"])
def test_a_list_after_fenbie_set_off_by_commas_pairs_in_order(mark: str) -> None:
    # Review 18: 分别为10亿元，12亿元，7亿元 pairs as 10亿元、12亿元、7亿元 does, and a part of
    # a year listed (2026年上半年) is that part's end, never a day after the page's.
    text = (
        "发布时间：2026年10月14日\n"
        f"2024年、2025年、2026年上半年营收分别为10亿元{mark}12亿元{mark}7亿元。\n"
    )
    assert figure_rows(text) == [
        (1e9, "observation", None, "2024-12-31"),
        (1.2e9, "observation", None, "2025-12-31"),
        (7e8, "observation", None, "2026-06-30"),
    ]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # The quarter told before: 去年同季 is that quarter a year back.
        (
            "本年第二季共受理申請64宗，去年同季受理51宗。",
            [(64, "2026-06-30"), (51, "2025-06-30")],
        ),
        # The months told before: 上年同期 is those months a year back, its deed between.
        (
            "今年1—8月全区新设企业2,140户，上年同期新设1,860户。",
            [(2140, "2026-08-31"), (1860, "2025-08-31")],
        ),
        # No quarter told before: the quarter last ended at the page's date, a year back.
        ("去年同季共批出73宗。", [(73, "2025-09-30")]),
        # A base after 较 stays the base of the figure's own period (no deed of its own).
        (
            "今年1—8月全区新设企业2,140户，较上年同期增长15%。",
            [(2140, "2026-08-31"), (15, "2026-08-31")],
        ),
    ],
)
def test_the_same_quarter_last_year_opening_a_deed_is_that_quarter_a_year_back(
    told: str, expected: list[tuple[float, str]]
) -> None:
    # README: 去年同期为 after a figure of a period is of that period a year before; so is
    # 去年同季 (上年同期) opening a part with its deed. Texts written for this test.
    text = f"园区动态\n发布时间：2026-10-14\n\n{told}\n"
    assert [(v, d) for v, _, _, d in figure_rows(text)] == expected
