"""The date a fact refers to (zonetrack.factdates), through extract_figures.

Texts written for these tests; expected dates from the README's rules.
"""

from __future__ import annotations

import pytest
from conftest import figure_rows

from zonetrack.extract import extract_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year another part names in passing dates that part; the month of the figure's own
        # part is the last one before the page's date.
        (
            "Park bulletin\n12 December 2026\n\nThe park's exports reached US$3.2 billion in"
            " 2025, and its workforce stood at 18,600 at the end of September.\n",
            [(3.2e9, "2025-12-31"), (18600, "2026-09-30")],
        ),
        # A date that opens the sentence frames all it tells: its year dates the month.
        (
            "Park bulletin\n12 December 2026\n\nIn 2025, exports reached US$3.2 billion,"
            " and the workforce stood at 17,900 at the end of September.\n",
            [(3.2e9, "2025-12-31"), (17900, "2025-09-30")],
        ),
    ],
)
def test_a_month_takes_the_year_of_the_sentence_s_frame_only(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    frame = extract_figures(text)
    # A missing date may be None or NaN (pandas 3): both are "no date".
    dates = [d if isinstance(d, str) else None for d in frame["ref_date"]]
    assert list(zip(frame["value"], dates, strict=True)) == expected


def test_during_the_year_is_the_year_of_the_fact_told_before() -> None:
    text = (
        "Annual letter\nUpdated 9 March 2026\n\nWe closed 2025 with 28 resident firms."
        " Six of them won grants during the year, RMB 15 million in all.\n"
    )
    got = {r.value: str(r.ref_date) for r in extract_figures(text).itertuples()}
    assert got[28] == got[6] == got[15e6] == "2025-12-31"


@pytest.mark.parametrize(
    "aside",
    ["(1,850 in 2025)", "(from 1,850 in 2025)", "(2025: 1,850)", "（2025年为1,850家）"],
)
def test_a_base_in_brackets_after_a_goal_is_a_fact_of_its_own_year(aside: str) -> None:
    # A short aside in brackets after a goal gives the figure it starts from with its own
    # year: a fact of that year, not part of the goal (README). Text written for this test.
    text = (
        "Zone indicators\nPublished: 3 October 2026\n\n"
        f"Indicators\n\nTo raise the number of incubated firms to 2,400 in 2028 {aside}.\n"
    )
    frame = extract_figures(text)
    rows = [
        (
            r.value,
            r.kind,
            r.deadline if isinstance(r.deadline, str) else None,
            r.ref_date if isinstance(r.ref_date, str) else None,
        )
        for r in frame.itertuples()
    ]
    assert rows == [
        (2400.0, "target", "2028-12-31", None),
        (1850.0, "observation", None, "2025-12-31"),
    ]


def test_a_part_of_the_current_financial_year_outweighs_that_year_in_a_later_clause() -> None:
    # The first half of the financial year running on the page's day (April to September 2026
    # in a Hong Kong page of February 2027); "that year" after the figure is the base's.
    text = (
        "Budget Speech\n10 February 2027\n\n"
        "41. Our goal is 1,000 start-ups in the scheme by 2030. We are on track. In the first "
        "half of the current financial year, the scheme approved 420 applications, against 380 "
        "in the same period of the previous year, as demand peaked early in that year.\n"
    )
    frame = extract_figures(text, currency="HKD")
    by_value = dict(zip(frame["value"], frame["ref_date"], strict=True))
    assert (by_value[420], by_value[380]) == ("2026-09-30", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "發布日期：115年8月20日\n\n"
            "　　市府編列115年度「青年創業補助計畫」預算新臺幣2,000萬元，"
            "今年以來已核准申請41件。\n",
            "TWD",
        ),
        (
            "发布时间：2026-08-20\n\n"
            "　　区里安排2026年度专项资金2000万元，今年以来已受理申请41件。\n",
            None,
        ),
    ],
)
def test_a_running_total_of_the_year_runs_to_the_page_day_past_a_budget_year(
    text: str, currency: str | None
) -> None:
    frame = extract_figures(text, currency=currency)
    by_value = dict(zip(frame["value"], frame["ref_date"], strict=True))
    assert by_value[41] == "2026-08-20"


def test_now_outweighs_the_batch_or_event_told_before() -> None:
    # 本批, 本次 point back to the batch or event told before, and take its date, unless the
    # sentence says now (目前): then the page's day (README: "now" on a dated page).
    text = (
        "园区动态\n发布日期：2026年12月8日\n\n"
        "截至11月底，第二批入库企业完成投资18.6亿元。目前，本批入库企业中已投产的有14家。\n"
    )
    rows = extract_figures(text)
    assert list(zip(rows["value"].round(), rows["ref_date"], strict=True)) == [
        (1.86e9, "2026-11-30"),
        (14, "2026-12-08"),
    ]


def test_a_sentence_that_opens_by_pointing_back_takes_the_date_of_the_fact_before() -> None:
    # "Of the grants awarded, …", "Among them, …": parts of what the fact before counted, of
    # its date (as 其中 is), not the page's day.
    text = (
        "Press release\n\nDate: 2026-07-22\n\n"
        "The council awarded 64 grants in the second quarter of the year.\n\n"
        "Of the grants awarded, 40 went to hardware start-ups and 24 to software firms.\n\n"
        "The hub counted 310 members at the end of March. Among them, 72 are overseas teams.\n"
    )
    dated = {value: ref for value, _, _, ref in figure_rows(text)}
    assert dated[40.0] == "2026-06-30"
    assert dated[24.0] == "2026-06-30"
    assert dated[72.0] == "2026-03-31"


def test_as_of_today_dates_a_figure_at_the_pages_day_over_a_year_naming_what_is_counted() -> None:
    # "as of today" says the figure's date outright; "due in 2028" names the space counted.
    text = (
        "Results call transcript\n2 March 2027\n\n"
        "CEO: Roughly 55% of the floor area due for handover in 2028 is already let as of today.\n"
    )
    assert [ref for _, _, _, ref in figure_rows(text)] == ["2027-03-02"]


def test_a_hyphenated_size_of_a_sentences_subject_takes_no_date_from_its_deed() -> None:
    # "An 80-hectare pilot zone … has signed 26 tenants by the end of September": the date is
    # the signing's; the zone's size has none. (Told in the present, "The 80-hectare zone
    # hosts 26 tenants", it is of the page's day.)
    text = (
        "Source: Delta Daily | Editor: Lin Pei | 2026-10-28 09:40\n\n"
        "An 80-hectare pilot zone, opened by the district in 2024, had signed 26 tenants by the "
        "end of September, officials said.\n\n"
        "The 12-hectare campus hosts 31 start-ups.\n"
    )
    assert figure_rows(text) == [
        (800000.0, "observation", None, None),
        (26.0, "observation", None, "2026-09-30"),
        (120000.0, "observation", None, "2026-10-28"),
        (31.0, "observation", None, "2026-10-28"),
    ]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Harbour Park news\nPublished: 12 October 2026\n\n", "2026-10-12"),
        ("SHARE PURCHASE AGREEMENT\n\nTHIS AGREEMENT is dated 9 September 2026.\n\n", "2026-09-09"),
    ],
)
def test_a_state_in_the_present_tense_beside_a_past_period_is_of_the_day(
    head: str, day: str
) -> None:
    # "runs 9 plants in 4 provinces and reported revenue of … for the year ended 30 June 2026":
    # the state told in the present tense is of the page's day (an agreement's where the page
    # has none); the period dates the past part after "and" (README: told in the present).
    text = head + (
        "(A) The seller runs 9 plants in 4 provinces and reported revenue of RMB 3.2 billion "
        "for the year ended 30 June 2026.\n"
    )
    rows = extract_figures(text)
    assert list(zip(rows["value"].round(), rows["ref_date"], strict=True)) == [
        (9, day),
        (4, day),
        (3.2e9, "2026-06-30"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 今年 in the figure's own part: the quarter a later part (其中…) names is that part's
        # (the README names no date for a bare 今年: undated, or the year so far, never it).
        (
            "园区动态\n发布时间：2026-10-14\n\n今年全区新增市场主体1,350户，其中二季度新增420户。\n",
            [(1350, (None, "2026-10-14")), (420, "2026-06-30")],
        ),
        # An earlier part's date still frames it (截至今年9月底…，其中今年…).
        (
            "園區新聞\n發布日期：2026-10-14\n\n園區截至今年9月底進駐廠商增至310家，其中今年新增26家，"
            "二季度新增9家。\n",
            [(310, "2026-09-30"), (26, "2026-09-30"), (9, "2026-06-30")],
        ),
    ],
)
def test_a_later_parts_quarter_does_not_date_a_figure_told_of_this_year(
    text: str, expected: list[tuple[float, str | tuple[str | None, ...] | None]]
) -> None:
    # README: 今年 in the figure's own part is the page's year, whatever part of it a later
    # part names. Texts written for this test.
    frame = extract_figures(text)
    dates = [d if isinstance(d, str) else None for d in frame["ref_date"]]
    assert list(frame["value"]) == [value for value, _ in expected]
    for date, (_, wanted) in zip(dates, expected, strict=True):
        assert date in wanted if isinstance(wanted, tuple) else date == wanted


@pytest.mark.parametrize(
    ("rest", "expected"),
    [
        # A whole with a count of its own is a set of its own, which exists: a fact of the
        # page's day (README, "Of the zone's twelve parks,"), and so is the part of it told in
        # the present (5 are); what "they house" is told in the present, of the page's day.
        (
            "\n\nOf the district's nine campuses, 5 are on the river and they house 310 labs.",
            [(9, "2026-10-14"), (5, "2026-10-14"), (310, "2026-10-14")],
        ),
        # A whole the deed before names ("approved") is what the fact before counted, across a
        # paragraph break too (README: "Of the projects approved, 19 are …"); "the 64 grants"
        # names again the set counted before, no new figure (README: "the 60 zones").
        (
            "\n\nOf the 64 grants approved, 23 are in robotics.",
            [(23, "2025-12-31")],
        ),
        # Pointing back, a present state in a later part stays of now.
        (
            " Of these, 23 are in robotics and they employ 1,100 people.",
            [(23, "2025-12-31"), (1100, "2026-10-14")],
        ),
    ],
)
def test_a_whole_with_its_own_count_does_not_point_back(
    rest: str, expected: list[tuple[float, str | None]]
) -> None:
    # Texts written for this test.
    text = (
        "District news\nPublished: 14 October 2026\n\nIn 2025 the district approved 64 grants."
        + rest
        + "\n"
    )
    frame = extract_figures(text)
    dates = [d if isinstance(d, str) else None for d in frame["ref_date"]]
    assert list(zip(frame["value"], dates, strict=True))[1:] == expected


def test_a_part_opened_by_with_is_of_the_fact_before_it() -> None:
    # "…, with agreed investment of": more of the fact told before it in its sentence, of its
    # date (not of a month the sentence names earlier for another thing).
    text = (
        "Zone explainer\nUpdated 20 November 2027\n\n"
        "Since the draft came out in April, the zone had approved 31 projects by the end of "
        "September, with total investment of 18 billion yuan.\n"
    )
    assert figure_rows(text) == [
        (31.0, "observation", None, "2027-09-30"),
        (18e9, "observation", None, "2027-09-30"),
    ]


def test_a_condition_a_tenderer_must_meet_is_undated() -> None:
    # "A tenderer shall have … for the three financial years ended …": a condition of the
    # notice, a threshold, undated though it names the years measured.
    text = (
        "Tender notice\nDate of Issue: 2 March 2027\n\n"
        "4.1 A bidder shall have net assets of not less than RMB 30 million as at 31 December "
        "2026.\n"
    )
    assert figure_rows(text) == [(30e6, "observation", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The figure's own part names the report's period (报告期末): a year an earlier part of
        # its sentence names does not carry past it. The period is the report's named one,
        # else unknown.
        (
            "某科技公司2026年年度报告\n发布时间：2027年3月20日\n\n"
            "2019年，公司迁入园区，报告期末员工为640人。\n",
            [(640, "observation", None, "2026-12-31")],
        ),
        (
            "某科技公司年度报告\n发布时间：2027年3月20日\n\n2019年，公司迁入园区，报告期末员工为640人。\n",
            [(640, "observation", None, None)],
        ),
        (
            "某科技公司2026年年度報告\n發佈日期：2027年3月20日\n\n"
            "2019年，公司遷入園區，報告期末員工為640人。\n",
            [(640, "observation", None, "2026-12-31")],
        ),
    ],
)
def test_the_report_period_in_the_figure_s_part_over_an_opening_year(
    text: str, expected: list[tuple[float, str, str | None, str | None]]
) -> None:
    assert figure_rows(text) == [(float(v), k, d, r) for v, k, d, r in expected]


def test_what_happened_since_the_year_end_is_of_the_report_s_own_date() -> None:
    # Round 56: in a report of the year ended 31 March 2027, signed on 20 July 2027, "Since the
    # year-end, … has let" runs past the period to the report's own date (README).
    text = (
        "RIVERSIDE PARK CORPORATION\nAnnual Report 2026/27\n\n"
        "We present the annual report of the Corporation for the year ended 31 March 2027 (the"
        " year under review).\n\n"
        "Rental income rose 6.2%. Since the year-end, the Corporation has let a further"
        " 8,200 square metres.\n\nHong Kong, 20 July 2027\n"
    )
    assert [ref for _, _, _, ref in figure_rows(text, "HKD")] == ["2027-03-31", "2027-07-20"]


@pytest.mark.parametrize(
    "text",
    [
        "2022年园区企业数为640家。本方案所称报告期，指2023年至2024年；报告期末园区企业数为910家。",
        "2022年園區企業數為640家。本方案所稱報告期，係指2023年至2024年；報告期末園區企業數為910家。",
    ],
)
def test_a_reporting_period_its_sentence_defines_dates_its_end(text: str) -> None:
    # The span the sentence defines the period by ends in 2024: 报告期末 is of that end.
    rows = figure_rows(f"园区动态\n\n发布日期：2026-03-12\n\n{text}\n")
    assert (910.0, "observation", None, "2024-12-31") in rows
