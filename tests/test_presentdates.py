"""Dates of facts told relative to the page (zonetrack.presentdates), through extract_figures.

Texts written for these tests; expected dates from the README's rules: a running total of the
year (今年以来, "so far this year") is of the page's own day, a month or period a later part of the
sentence names belongs to that part's figure (review 9's P7).
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures


def _dates(text: str, currency: str | None = None) -> list[tuple[float, str | None]]:
    frame = extract_figures(text, currency=currency)
    # A missing date may be None or NaN (pandas 3): both are "no date".
    return [
        (float(r.value), r.ref_date if isinstance(r.ref_date, str) else None)
        for r in frame.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # The total runs to the page's day; the month is the breakdown's.
        (
            "招商简报\n2026年10月15日\n今年以来，高新区新增入驻企业86家，其中8月新增12家。\n",
            None,
            [(86, "2026-10-15"), (12, "2026-08-31")],
        ),
        (
            "招商簡報\n2026年10月15日\n今年以來，園區新增企業86家，當中8月新增12家。\n",
            "HKD",
            [(86, "2026-10-15"), (12, "2026-08-31")],
        ),
        (
            "Park bulletin\n15 October 2026\nSo far this year, 86 firms have joined the park,"
            " including 12 in August.\n",
            None,
            [(86, "2026-10-15"), (12, "2026-08-31")],
        ),
        # A date an earlier part states bounds the running total.
        (
            "招商简报\n2026年11月20日\n截至10月底，今年以来全区净增企业126家，其中9月新增15家。\n",
            None,
            [(126, "2026-10-31"), (15, "2026-09-30")],
        ),
        # Left alone: a month in the figure's own part, and a total with no running year.
        (
            "招商简报\n2026年10月15日\n今年以来，8月新增企业12家。\n",
            None,
            [(12, "2026-08-31")],
        ),
        (
            "招商简报\n2026年10月15日\n高新区8月新增入驻企业12家，其中外资企业3家。\n",
            None,
            [(12, "2026-08-31"), (3, "2026-08-31")],
        ),
    ],
)
def test_a_running_total_of_the_year_is_not_dated_by_its_breakdown(
    text: str, currency: str | None, expected: list[tuple[float, str]]
) -> None:
    assert _dates(text, currency) == expected


# --- rounds 32-34, dates of facts ---


_R32_A_PAGE_DATED_BY_ITS_BYLINE_DATELINE_OR_ISSUE = [
    # A byline's date dates the page; "so far this year" is of that day.
    (
        "Chip listings rebound\nBy our senior markets correspondent | Mar 9, 2027 | 09:40\n\n"
        "The index has risen 12.5% so far this year.\n",
        None,
        [(12.5, "2027-03-09")],
    ),
    # A paper's own dateline in brackets, the lead going on after it (a Republic of China
    # year in a TWD source): 目前 is that day.
    (
        "縣府推動青年返鄉計畫\n\n（本報訊，116年3月2日）國家發展委員會日前核定縣府提出的「山區創生計畫」，"
        "計畫期程自117年至120年。\n\n縣府表示，目前山區人口約4.1萬人。\n",
        "TWD",
        [(41000, "2027-03-02")],
    ),
    (
        "县里推动青年返乡计划\n\n（本报讯 记者 王明 2027年3月2日）"
        "省发展改革委日前批复县里提出的“山区振兴计划”，"
        "计划期限为2028年至2031年。\n\n县里表示，目前山区人口约4.1万人。\n",
        None,
        [(41000, "2027-03-02")],
    ),
    # A magazine's issue line gives the page's year: "last year" is the year before it.
    (
        "Interview with the zone's director, for Photonics Review Monthly, issue 4/2027.\n\n"
        "A: Last year we had 130 companies on site.\n",
        None,
        [(130, "2026-12-31")],
    ),
    # Left alone: a bracketed date line that opens no story (a rule's effective day).
    (
        "管理办法\n\n（2027年1月1日起施行）第一条 本办法所称企业目前共有120家。\n",
        None,
        [(120, None)],
    ),
]


_R32_A_YEAR_S_REVIEW_AND_A_CLAUSE_OF_TIME = [
    # A review for the year to a day covers that year: "in the year", "during the year" and
    # "now" are of its end.
    (
        "Year in Review 2026/27\nRiverside Innovation Hub — Annual Review for the year"
        " to 31 March 2027\n\nOur fund invested HK$210 million in 14 companies"
        " during the year.\n"
        "The hub now employs more than 6,000 people.\n",
        "HKD",
        [(210e6, "2027-03-31"), (14, "2027-03-31"), (6000, "2027-03-31")],
    ),
    # A clause of time dates its event, not the figure.
    (
        "Year in Review 2026/27\nRiverside Innovation Hub — Annual Review for the year"
        " to 31 March 2027\n\nFloor area reached 250,000 square metres after Phase 2"
        " opened in October 2026.\n",
        "HKD",
        [(250000, "2027-03-31")],
    ),
    # Left alone: a clause of time with the figure's own date.
    (
        "Harbour news\n12 May 2027\n\nThe park had 80 tenants at the end of 2026,"
        " after the tower"
        " opened in June 2026.\n",
        None,
        [(80, "2026-12-31")],
    ),
]


_R32_A_STORY_S_NEXT_PARAGRAPH_GOES_ON = [
    # A story's next paragraph goes on telling the dated facts as done.
    (
        "Listings rebound\nBy our reporter | Oct 20, 2027 | 18:05\n\n"
        "In the first nine months of 2027, 40 companies listed on the board.\n\n"
        "Together they raised 52.1 billion yuan.\n",
        None,
        [(40, "2027-09-30"), (52.1e9, "2027-09-30")],
    ),
    (
        "孵化器考核结果公布\n高新区发布　2027年4月10日\n\n"
        "截至2026年底，全区在孵企业达到1200家。\n"
        "在孵企业全年获得投融资6.3亿元。\n",
        None,
        [(1200, "2026-12-31"), (6.3e8, "2026-12-31")],
    ),
    (
        "計劃公布審批結果\n2027年6月20日（星期日）\n\n2026-27年度，計劃共批出150個項目。\n\n"
        "獲批項目中，生物醫藥類別佔最多，共有52個項目。\n",
        "HKD",
        [(150, "2027-03-31"), (52, "2027-03-31")],
    ),
    # "As of Sept. 30," dates its sentence: the month's dot ends no sentence.
    (
        "Board update\nBy our reporter | Oct 20, 2027 | 18:05\n\n"
        "As of Sept. 30, the board had 640 listed companies.\n",
        None,
        [(640, "2027-09-30")],
    ),
    # Left alone: a story's next paragraph that tells a state, not a fact done.
    (
        "Listings rebound\nBy our reporter | Oct 20, 2027 | 18:05\n\n"
        "In the first nine months of 2027, 40 companies listed on the board.\n\n"
        "The board covers 12 industries.\n",
        None,
        [(40, "2027-09-30"), (12, None)],
    ),
    # Left alone: a paragraph after an undated page's dated one.
    (
        "Park note\n\nIn 2026, 30 firms moved in.\n\nThey raised 1.2 billion yuan.\n",
        None,
        [(30, "2026-12-31"), (1.2e9, None)],
    ),
]


_R32_NOW_AND_A_RUNNING_TOTAL = [
    # 如今 is now; a running total with no start runs to the page's day; "have since" is now.
    (
        "县城企业记\n本报记者　2027年5月6日\n\n如今，企业员工已达520人。\n",
        None,
        [(520, "2027-05-06")],
    ),
    (
        "縣城企業記\n2027年5月6日\n\n如今，企業員工已達520人。\n",
        "HKD",
        [(520, "2027-05-06")],
    ),
    (
        "县城企业记\n2027年5月6日\n\n县里为企业搭建了中试平台，累计投入财政资金0.8亿元。\n",
        None,
        [(0.8e8, "2027-05-06")],
    ),
    (
        "縣城企業記\n2027年5月6日\n\n縣府為企業搭建中試平台，累計投入經費8,000萬元。\n",
        "TWD",
        [(8e7, "2027-05-06")],
    ),
    (
        "Listings\nBy our reporter | Oct 20, 2027 | 18:05\n\n"
        "Many debuts soared, although at least five stocks have since fallen below issue.\n",
        None,
        [(5, "2027-10-20")],
    ),
    # Left alone: a running total since a start (a span with no end).
    (
        "县城企业记\n2027年5月6日\n\n自2019年成立以来，基金累计投资3.2亿元。\n",
        None,
        [(3.2e8, None)],
    ),
    (
        "園區簡介\n2027年5月6日\n\n園區自民國90年開發至今，累計引進投資逾新臺幣2,000億元。\n",
        "TWD",
        [(2e11, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An exchange rate, a magazine's issue number and the count of a list just named are
        # no figures.
        ("Officials set aside 3 billion yuan for the fund. ($1 = 7.05 yuan)\n", [3e9]),
        ("官员表示将设立30亿元基金（1美元兑7.05元人民币）。\n", [3e9]),
        ("Interview for Photonics Review Monthly, issue 4/2027.\n", []),
        ("考核从服务能力、孵化绩效和可持续发展三个方面进行，共评出优秀孵化器7家。\n", [7]),
        ("考核從服務能力、孵化績效和可持續發展三個方面進行，共評出優秀孵化器7家。\n", [7]),
        # Left alone: so many aspects counted with no list before them.
        ("园区重点推进12个方面的改革。\n", [12]),
    ],
)
def test_rounds_32_34_rates_issues_and_counts_of_a_list_are_no_figures(
    text: str, expected: list[float]
) -> None:
    assert [float(v) for v in extract_figures(text)["value"]] == expected


_R32_MONEY_IN_A_TALLY_AS_AT_A_DAY = [
    # Money in a tally as at a day is counted then, not money a plan puts in.
    (
        "進度報告\n\n2. 截至2027年3月底，計劃已完成12項。\n"
        "3. 截至同日，計劃已資助約80支團隊，涉及撥款約6億元。\n",
        "HKD",
        [(12, "2027-03-31"), (80, "2027-03-31"), (6e8, "2027-03-31")],
    ),
    (
        "进度报告\n\n截至2027年3月底，计划已资助约80支团队，涉及拨款约6亿元。\n",
        None,
        [(80, "2027-03-31"), (6e8, "2027-03-31")],
    ),
    # Left alone: money a plan puts in, with no tally's day.
    ("进度报告\n\n计划将资助约80支团队，预计拨款约6亿元。\n", None, [(80, None), (6e8, None)]),
]


_R32_LAST_YEAR_IN_THE_PART_BEFORE_THE_FIGURE = [
    # The part right before the figure names last year: the figure is of it, though a
    # part further back says now.
    (
        "县城企业记\n2027年5月6日\n\n目前，全县已聚集配套企业40家，去年全县工业增加值中，"
        "传感器产业贡献超过12%。\n",
        None,
        [(40, "2027-05-06"), (12, "2026-12-31")],
    ),
    (
        "縣城企業記\n2027年5月6日\n\n目前，全縣已聚集配套企業40家，去年全縣工業產值中，"
        "感測器產業貢獻超過12%。\n",
        "HKD",
        [(40, "2027-05-06"), (12, "2026-12-31")],
    ),
    # Left alone: now in the part right before the figure.
    (
        "县城企业记\n2027年5月6日\n\n去年产值增长明显，目前全县工业增加值中，传感器产业占12%。\n",
        None,
        [(12, "2027-05-06")],
    ),
]

_R32_THE_SPAN_SAID_AFTER = [
    # "over the five years" at a sentence's end points back to the plan's five years.
    (
        "Policy Note No. 9 | March 2027\n\nThe zone's plan for 2022-2026 set targets.\n\n"
        "- Firms: about 3,100 moved in over the five years.\n",
        None,
        [(3100, "2026-12-31")],
    ),
    # Left alone: a count of years that is not the span named before.
    (
        "Policy Note No. 9 | March 2027\n\nThe zone's plan for 2022-2026 set targets.\n\n"
        "- Firms: about 3,100 moved in over the three years.\n",
        None,
        [(3100, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    _R32_THE_SPAN_SAID_AFTER
    + _R32_A_PAGE_DATED_BY_ITS_BYLINE_DATELINE_OR_ISSUE
    + _R32_A_YEAR_S_REVIEW_AND_A_CLAUSE_OF_TIME
    + _R32_A_STORY_S_NEXT_PARAGRAPH_GOES_ON
    + _R32_NOW_AND_A_RUNNING_TOTAL
    + _R32_MONEY_IN_A_TALLY_AS_AT_A_DAY
    + _R32_LAST_YEAR_IN_THE_PART_BEFORE_THE_FIGURE,
)
def test_rounds_32_34_dates_of_facts(
    text: str, currency: str | None, expected: list[tuple[float, str | None]]
) -> None:
    """Bylines, datelines and issue lines, a year's review, a clause of time, a story's next
    paragraph, now and running totals, a tally as at a day, last year in the part before."""
    assert _dates(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state that still holds is of the page's day, whatever start another part names.
        (
            "Programme review\nEndorsed by the steering group on 4 March 2027\n\n"
            "Of the 52 teams admitted since 2020, 40 are still operating.\n",
            [(52, None), (40, "2027-03-04")],
        ),
        (
            "Programme review\n4 March 2027\n\nOf the companies we seeded, 17 still trade.\n",
            [(17, "2027-03-04")],
        ),
        # "so far" with the start of the span in a clause: the page's day.
        (
            "Site update\n4 March 2027\n\n"
            "Only 21 hectares have so far been sold since the zone was first laid out in 2012.\n",
            [(210_000, "2027-03-04")],  # hectares read in square metres
        ),
    ],
)
def test_a_state_that_still_holds_and_so_far_are_of_the_page_s_day(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _dates(text) == expected


def test_the_figure_s_own_month_after_it_outweighs_a_later_part_s_period() -> None:
    text = (
        "Operations update\n20 January 2027\n\n"
        "Desks in use rose to 8,400 at the end of December, against 8,100 at the end of"
        " September, as demand recovered after a weak first half.\n"
    )
    assert _dates(text) == [(8400, "2026-12-31"), (8100, "2026-09-30")]


def _rows(text: str, currency: str | None = None) -> list[tuple[float, str, str | None]]:
    frame = extract_figures(text, currency=currency)
    return [
        (float(r.value), r.kind, r.ref_date if isinstance(r.ref_date, str) else None)
        for r in frame.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a body has done since a day (the day of its last accounts) is of the page's day,
        # each figure the perfect reaches, "repaid" and "drawn" as "approved"; the day only
        # starts the span.
        (
            "EASTPORT HOLDINGS LTD\nSupplementary Listing Document dated 2 March 2027\n\n"
            "Since 31 December 2026, the Company has sold a warehouse for HK$84 million and "
            "repaid a term loan of HK$60 million.\n",
            [(84e6, "observation", "2027-03-02"), (60e6, "observation", "2027-03-02")],
        ),
        (
            "EASTPORT HOLDINGS LTD\nSupplementary Listing Document dated 2 March 2027\n\n"
            "Since December 31, 2026, the Company has drawn HK$120 million under a new facility.\n",
            [(120e6, "observation", "2027-03-02")],
        ),
        # A legal span's start ("from and including" a day) is no date of the rate: a term.
        (
            "EASTPORT HOLDINGS LTD\nSupplementary Listing Document dated 2 March 2027\n\n"
            "The Notes will bear interest from and including 9 March 2027 at the rate of 5.10 "
            "per cent. per annum.\n",
            [(5.1, "observation", None)],
        ),
    ],
)
def test_what_was_done_since_a_day_is_of_the_page_day(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert _rows(text, "HKD") == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # 截至本公告日 in a notice printed in a gazette: the notice's own day, its sign-off.
        (
            "市政公報　第9期　2027年3月12日\n\n公共工程局公告\n\n"
            "一、本局已就道路擴闊工程完成招標。\n"
            "二、截至本公告日，工程預付款澳門元850萬元已支付予承建商。\n\n"
            "公共工程局局長　陳志明\n2027年3月5日\n",
            "MOP",
            [(8.5e6, "2027-03-05")],
        ),
        # 截至公告发布之日 with no sign-off: the page's own date.
        (
            "发布时间：2027-03-05 10:20　来源：区科技局\n\n"
            "　　截至公告发布之日，园区共有入驻企业214家。\n",
            None,
            [(214, "2027-03-05")],
        ),
        (
            "EASTPORT HOLDINGS LTD\nAnnouncement dated 2 March 2027\n\n"
            "As at the date of this announcement, the Company holds 3,400 hectares of land.\n",
            "HKD",
            [(34e6, "2027-03-02")],
        ),
    ],
)
def test_as_at_the_day_of_this_notice_is_the_notice_day(
    text: str, currency: str | None, expected: list[tuple[float, str | None]]
) -> None:
    assert _dates(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A payment told as done with no date: of the page's day, as 已有 is.
        (
            "發布日期：116年3月2日\n\n(2)依雙方所簽合約，買方已預付訂金新臺幣12,000千元，餘款於交貨後收取。\n",
            "TWD",
            [(12e6, "2027-03-02")],
        ),
        (
            "发布时间：2027-03-02\n\n　　项目方已缴纳保证金80万元，厂房将于下月动工。\n",
            None,
            [(8e5, "2027-03-02")],
        ),
    ],
)
def test_a_payment_told_as_done_is_of_the_page_day(
    text: str, currency: str | None, expected: list[tuple[float, str | None]]
) -> None:
    assert _dates(text, currency) == expected


def test_has_been_home_to_is_a_state_of_the_pages_day() -> None:
    # "has been home to": a state that has held up to now, as "is home to" is.
    text = (
        "Park news\n\n2026-05-12\n\n"
        "The campus, on the east bank of the river, has been home to 35 university labs, "
        "the authority said.\n"
    )
    assert _dates(text) == [(35.0, "2026-05-12")]


def test_a_total_over_the_past_years_in_the_present_perfect_runs_to_the_pages_day() -> None:
    # "In the past four years, … have drawn": a running total to the day it is told, though
    # the sentence before gives a period; told in the simple past after an as-at date, it
    # runs to that date.
    text = (
        "Policy note | 14 October 2026\n\n"
        "In the six months to June, the corridor signed 420 leases. In the past four years, "
        "its labs have drawn about 9,300 researchers.\n\n"
        "As at the end of August 2026, the fund held 61 stakes. In the past three years, it "
        "approved 212 grants.\n"
    )
    assert _dates(text) == [
        (420.0, "2026-06-30"),
        (9300.0, "2026-10-14"),
        (61.0, "2026-08-31"),
        (212.0, "2026-08-31"),
    ]


# 全年 after the subject, with a forecast after it (園區全年產值可望達到…, 全區全年預計): the page's
# running year, a forecast due at its end; 全年 with no forecast stays as before.
def test_a_whole_year_forecast_after_its_subject_is_due_at_the_year_s_end() -> None:
    text = "新聞稿\n2027年10月8日\n\n管理局表示，園區全年產值可望達到新臺幣2,400億元。"
    rows = extract_figures(text, currency="TWD")
    assert [(r.kind, r.deadline) for r in rows.itertuples()] == [("target", "2027-12-31")]


def test_a_state_verb_after_a_determiner_is_a_noun_and_tells_no_present() -> None:
    # Round 55: "bringing the total to 940" in a sentence of last year is that year's running
    # total (the fact told before it dates it), not a present "totals" of the page's day.
    text = (
        "Annual review\nMarch 9, 2026\n\n"
        "In 2025 the park's sales rose 12%. It licensed 85 more labs, bringing the total to 940.\n"
    )
    assert _dates(text) == [(12, "2025-12-31"), (85, "2025-12-31"), (940, "2025-12-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A span of months back runs up to the page's day (as a span ahead counts from it),
        # told before the figure or in its own part; not one a later part names.
        ("招商简报\n2027年6月2日\n过去9个月内，开发区新增企业64家。\n", [(64, "2027-06-02")]),
        ("招商簡報\n2027年6月2日\n近十個月，開發區新增企業64家。\n", [(64, "2027-06-02")]),
        (
            "Harbour bulletin\n2 June 2027\n"
            "In the past nine months, the district added 64 firms.\n",
            [(64, "2027-06-02")],
        ),
        (
            "Harbour bulletin\n2 June 2027\nThe district has drawn investment of 3 billion yuan"
            " since 2019, and 640 engineers joined its firms over the last 15 months.\n",
            [(3e9, None), (640, "2027-06-02")],
        ),
    ],
)
def test_a_span_of_months_back_ends_on_the_page_s_day(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _dates(text) == expected


def test_a_fund_s_size_told_in_the_present_is_undated() -> None:
    # Round 56: "The fund has 8 billion yuan" states a fund's size, undated as a fund set up is
    # (README), while what a body holds of other things stays of the page's day.
    text = (
        "Harbour notes\n9 March 2027\n\nThe seed fund has 8 billion yuan. The park has 240 labs.\n"
    )
    assert _dates(text) == [(8e9, None), (240, "2027-03-09")]
