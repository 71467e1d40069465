"""How a text writes a date: full, partial and impossible dates, quarters, seasons and the
deadlines a goal sets, each read as its written form says (zonetrack/periods.py, through
``extract_figures``)."""

from __future__ import annotations

import pytest
from conftest import cell_text

from zonetrack.extract import extract_figures
from zonetrack.periods import date_well_before, find_date


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A date that names no real day: no date, and the note says why (issue 12).
        ("截至2024年9月31日,园区专利12,870件。", None, (None, "'2024年9月31日' names no real day")),
        ("力争到2026年13月建成平台8个。", None, (None, "'2026年13月' names no real day")),
        # A financial year says how it was read.
        ("2023/24財政年度,基金共投資1.6億元。", "HKD", ("2024-03-31", "April to March")),
        ("In FY2024 revenue reached HK$80 million.", "HKD", ("2024-03-31", "ending on 31/03")),
        ("In FY2024 revenue reached 80 million yuan.", None, ("2024-12-31", "calendar year")),
        # Republic of China years in a Taiwan source (TWD), not elsewhere.
        ("113年度科技預算編列約1,200億元。", "TWD", ("2024-12-31", "Republic of China year 2024")),
        ("民國112年園區營業額3.8兆元。", None, ("2023-12-31", "Republic of China year 2023")),
        ("113年全國投資額達2,350億元,較112年成長18.5%。", "TWD", ("2024-12-31", "year 2024")),
        ("各区应于2025年6月底前完成项目申报30个。", None, ("2025-06-30", None)),
    ],
)
def test_dates_say_how_they_were_read(
    text: str, currency: str | None, expected: tuple[str | None, str | None]
) -> None:
    row = extract_figures(text, currency=currency).iloc[0]
    date = cell_text(row["deadline"] if row["kind"] == "target" else row["ref_date"]) or None
    note = cell_text(row["date_note"]) or None
    assert date == expected[0]
    assert (note is None) if expected[1] is None else (expected[1] in str(note))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Seasons (northern): spring March to May, summer June to August, autumn September
        # to November, winter December to February of the next year.
        ("due in spring 2027", "2027-05-31"),
        ("due by summer 2027", "2027-08-31"),
        ("in the autumn of 2026", "2026-11-30"),
        ("by fall 2026", "2026-11-30"),
        ("before winter 2027", "2028-02-29"),
        ("预计2027年秋季前建成", "2027-11-30"),
        # A month after "for" ("scheduled for January 2028") and halves of a year.
        ("is scheduled for January 2028", "2028-01-31"),
        ("spending in the back half of 2027", "2027-12-31"),
        ("in the front half of 2027", "2027-06-30"),
        # Round 53: 2028年中 with one 年, before a verb of completion, 前 or a stop, is the
        # end of June; 2028年中国… is a year before a country's name.
        ("孵化大楼预计2027年中启用", "2027-06-30"),
        ("二期廠房將於2029年中前完工", "2029-06-30"),
        ("到2028年中，新增企业60家", "2028-06-30"),
        ("到2028年中国市场份额提高到15%", "2028-12-31"),
        # A year opening a sentence frames it: a later part's own date is that part's.
        ("2026年，我局力争按期答复率保持100%", "2026-12-31"),
        # "no later than" a day is by that day; a forecast "for the year ending" a day (a period
        # still running) is due on it.
        ("must be handed over not later than 15 March 2028", "2028-03-15"),
        ("shall be ready no later than September 30, 2027", "2027-09-30"),
        ("expects revenue for the year ending 31 March 2027 of about", "2027-03-31"),
        ("sales for the six months ending 30 June 2027 should", "2027-06-30"),
        # Round 56: a span "to" a day ("the three financial years to 31 March 2029", "the two
        # years to June 30, 2028") is due on that day.
        ("spending over the three financial years to 31 March 2029 is forecast", "2029-03-31"),
        ("output in the two years to June 30, 2028 should", "2028-06-30"),
        # Within a named calendar year: by its end.
        ("must be handed over within the 2029 calendar year", "2029-12-31"),
    ],
)
def test_round_thirteen_seasons_halves_and_scheduled_months(text: str, expected: str) -> None:
    assert find_date("deadline", text) == expected


# --- round 17-18, dates of facts ---------------------------------------------------------------


# --- rounds 23-24, dates of facts ---


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        # A year's first months (前十月, 前10个月): to the last month's end, in ROC years too.
        ("累計115年前十月營業額", "TWD", "2026-10-31"),
        ("115年前10個月出口值", "TWD", "2026-10-31"),
        ("2026年前10个月，全市技术合同成交额", "CNY", "2026-10-31"),
        ("2026年前十月份", "CNY", "2026-10-31"),
        ("2025年前8個月", "HKD", "2025-08-31"),
        # A span "between" two years: at its end.
        ("Between 2019 and 2024, researchers grew to 142,000", "CNY", "2024-12-31"),
        # Left alone: a month's end, the first quarters.
        ("2026年10月底", "CNY", "2026-10-31"),
        ("2026年前三季度", "CNY", "2026-09-30"),
    ],
)
def test_rounds_twenty_three_and_four_first_months_and_spans(
    text: str, calendar: str, expected: str
) -> None:
    assert str(find_date("ref_date", text, calendar=calendar)) == expected


@pytest.mark.parametrize(
    "text",
    ["2026年前10个月营业收入为86亿元", "2026年前三季度营业收入为86亿元", "2025年前8個月出口值"],
)
def test_rounds_twenty_three_and_four_first_months_are_no_deadline(text: str) -> None:
    # 前十月 after a year is no "before the year": no deadline of that year's end.
    assert find_date("deadline", text) is None


# --- round 26: a plan's five years as the date of a fact -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“十四五”时期，全区地区生产总值年均增长6.4%", "2025-12-31"),
        ("「十四五」期間，本市研發投入年均增長8%", "2025-12-31"),
        ("十三五时期全市新增高新技术企业1200家", "2020-12-31"),
        ("During the 14th Five-Year Plan, the city's R&D spending grew 9% a year", "2025-12-31"),
        # The plan's name alone dates nothing here: 十四五规划 is a document.
        ("根据十四五规划，全市新增企业300家", None),
    ],
)
def test_a_plan_s_five_years_date_what_they_saw(text: str, expected: str | None) -> None:
    assert find_date("ref_date", text) == expected


# --- rounds 29-30, plans: sentence rules ---
from zonetrack.issuedates import find_page_date  # noqa: E402
from zonetrack.pagedates import find_plan_year  # noqa: E402


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A span ahead with its end written out: due at its last year.
        ("will invest 5 billion yuan from 2026 to 2028", "2028-12-31"),
        ("between 2027 and 2029, the fund will spend", "2029-12-31"),
        ("HK$300 million a year in 2026-28", "2028-12-31"),
        ("over 2027-2029", "2029-12-31"),
        # A range of values is no span of years.
        ("from 2,026 to 2,028 firms", None),
    ],
)
def test_rounds_29_30_spans_ahead_end_at_their_last_year(text: str, expected: str | None) -> None:
    assert find_date("deadline", text) == expected


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        ("嘉禾市政府116年度施政計畫\n\n壹、施政目標", "TWD", "2027"),
        ("江北区2027年工作计划\n\n一、工作目标", "CNY", "2027"),
        ("江北區2027年度工作計劃\n\n一、工作目標", "CNY", "2027"),
        ("Linhai 2027 Work Plan\n\nMain targets", "CNY", "2027"),
        # A plan of years, a report, or a ROC year outside a Taiwan source: none.
        ("江北区数字经济行动计划（2026—2028年）", "CNY", None),
        ("2026年工作总结", "CNY", None),
        ("嘉禾市政府116年度施政計畫", "CNY", None),
    ],
)
def test_rounds_29_30_a_year_s_plan_names_its_year(
    text: str, calendar: str, expected: str | None
) -> None:
    assert find_plan_year(text, calendar) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report that reviews a whole year, with no date of its own, is given the year after.
        ("Report on the Work of the Government\n\nI. Review of our work in 2026\n", "2027"),
        ("政府工作报告\n\n一、2026年工作回顾\n去年全市…", "2027"),
        ("政府工作報告\n\n一、2026年工作回顧\n", "2027"),
        # A review of part of a year, or of a plan's five years, names no such year.
        ("工作报告\n\n一、2026年上半年工作回顾\n", None),
        ("政府工作报告\n\n一、“十四五”时期工作回顾\n", None),
        # A page's own date wins.
        ("政府工作报告\n2027年1月20日\n\n一、2026年工作回顾\n", "2027"),
    ],
)
def test_rounds_29_30_a_review_of_a_year_dates_the_report(text: str, expected: str | None) -> None:
    assert find_page_date(text, "CNY")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plan's period in brackets after any plan's name (实施方案, 推動方案, 計畫).
        ("南湾市推动低空经济高质量发展实施方案（2025—2027年）", "2027"),
        ("淨零轉型關鍵產業推動方案（2026-2030年）", "2030"),
        ("產業創新計畫（2026至2029年）", "2029"),
        ("江川市数字经济行动计划（2026—2028年）", "2028"),
        # A span too long for a plan, or none: no plan period.
        ("产业发展方案（2000—2035年）", None),
        ("产业发展方案", None),
    ],
)
def test_rounds_29_30_a_plan_s_period_in_brackets(text: str, expected: str | None) -> None:
    from zonetrack.pagedates import find_plan_end

    assert find_plan_end(text) == expected


# --- rounds 32-34, dates of facts ---


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        # A month alone in a running head of two fields set off by a bar: its first day.
        ("Policy Note No. 12 | March 2027\nA title\n", "CNY", ("2027", "2027-03-01")),
        ("研究简报第12期 | 2027年3月\n标题\n", "CNY", ("2027", "2027-03-01")),
        # A paper's bracketed dateline, the lead going on after it.
        (
            "標題\n\n（本報訊，116年3月2日）國發會日前核定縣府提出的計畫，計畫期程自117年至120年。\n",
            "TWD",
            ("2027", "2027-03-02"),
        ),
        # A magazine's issue line: the page's year, no day.
        ("Interview for Photonics Review Monthly, issue 4/2027.\n", "CNY", ("2027", None)),
        # Left alone: a bar with no month after it.
        ("Policy Note No. 12 | Trade\nA title\n", "CNY", (None, None)),
        # A sign-off line at the foot: the place, then the day in Chinese numerals (round 40).
        (
            "中期業績公告\n\n本集團收入增長。\n\n承董事會命\n主席\n\n香港，二零二七年八月十九日\n\n"
            "於本公告日期，董事會成員包括執行董事。\n",
            "HKD",
            ("2027", "2027-08-19"),
        ),
    ],
)
def test_rounds_32_34_page_dates(
    text: str, calendar: str, expected: tuple[str | None, str | None]
) -> None:
    assert find_page_date(text, calendar) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An annual review for the year to a day covers that year, to that day.
        (
            "Year in Review 2026/27\nRiverside Hub — Annual Review for the year to 31 March 2027\n",
            ("2027", True, "2027-03-31"),
        ),
        ("Annual Review for the year ended 31 December 2026\n", ("2026", True, "2026-12-31")),
        # Left alone: a review with no year's end.
        ("Riverside Hub — a review of our tenants\n", (None, False, "")),
        # A year's progress report is a report of that year, under a name in capitals too.
        (
            "EASTGATE INNOVATION DISTRICT\nAnnual Progress Report 2025\n",
            ("2025", True, "2025-12-31"),
        ),
        ("Annual Performance Report 2026: Our Goals\n", ("2026", True, "2026-12-31")),
        # Left alone: a sentence in ordinary case above the title.
        ("We are pleased to share\nAnnual Progress Report 2025\n", (None, False, "")),
    ],
)
def test_rounds_32_34_a_review_for_the_year_to_a_day(
    text: str, expected: tuple[str | None, bool, str]
) -> None:
    from zonetrack.pagedates import find_report_year

    assert find_report_year(text, "HKD") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year written in Chinese numerals, digit by digit, with month and day in numerals.
        ("於二零二五年十二月三十一日，園區出租率為88.6%。", "2025-12-31"),
        ("二〇二六年十月，園區共有租戶1,204家。", "2026-10-31"),
        # A split year so written is a financial year in a Hong Kong source.
        ("二零二三／二四年度，計劃共資助項目57個。", "2024-03-31"),
    ],
)
def test_a_date_in_chinese_numerals_dates_a_fact(text: str, expected: str) -> None:
    assert cell_text(extract_figures(text, currency="HKD").iloc[0]["ref_date"]) == expected


def test_a_report_opening_in_chinese_numerals_dates_its_year() -> None:
    text = (
        "主席報告\n\n本人謹提交截至二零二五年三月三十一日止年度的年報。\n\n"
        "年結時，園區共有租戶1,108家。"
    )
    assert cell_text(extract_figures(text, currency="HKD").iloc[0]["ref_date"]) == "2025-03-31"


def test_an_official_documents_issuing_line_dates_the_page() -> None:
    # (a body long enough that the foot is not among the page's first lines)
    body = "各开发区要对照年度目标，倒排工期，加快推进项目建设，确保全年任务顺利完成。\n\n" * 12
    text = (
        "关于全市开发区前三季度运行情况的通报\n\n"
        "1—9月，全市开发区累计完成投资88.4亿元。\n\n"
        + body
        + "南湖市人民政府办公室　　　　2026年10月18日印发"
    )
    assert cell_text(extract_figures(text).iloc[0]["ref_date"]) == "2026-09-30"


def test_a_season_of_a_year_dates_a_fact_at_the_seasons_end() -> None:
    # The northern seasons: summer runs June to August.
    assert find_date("ref_date", "2019年夏天，团队从3人扩大到9人") == "2019-08-31"


def test_the_following_year_and_that_year_count_from_the_year_named_before() -> None:
    text = (
        "一家传感器企业的成长\n2026年11月03日 09:20　来源：晨报\n\n"
        "　　2018年，公司推出第一款产品。次年，公司营收达到2,400万元。\n\n"
        "　　真正的突破在2021年。公司当年签下订单460份。"
    )
    rows = extract_figures(text).set_index("value")
    assert rows.loc[24_000_000.0, "ref_date"] == "2019-12-31"
    assert rows.loc[460.0, "ref_date"] == "2021-12-31"


def test_a_figure_a_year_before_is_of_the_day_the_sentence_gives_a_year_earlier() -> None:
    text = (
        "園區營運報告\n發布日期：2026年7月10日\n\n"
        "園區辦公樓出租率於2026年6月30日為88.0%，一年前則為81.5%。"
    )
    rows = extract_figures(text, currency="HKD").set_index("value")
    assert rows.loc[88.0, "ref_date"] == "2026-06-30"
    assert rows.loc[81.5, "ref_date"] == "2025-06-30"


def test_the_reports_own_year_names_a_figure_compared_with_a_year_after_it() -> None:
    text = (
        "科研園有限公司\n年報\n\n"
        "本人謹提交本公司截至2026年3月31日止年度的年報。\n\n"
        "本年度租金收入為8.4億元，較2024/25年度的7.9億元有所增加。"
    )
    rows = extract_figures(text, currency="HKD").set_index("value")
    # Financial years to 31 March in a Hong Kong source.
    assert cell_text(rows.loc[840_000_000.0, "ref_date"]) == "2026-03-31"
    assert cell_text(rows.loc[790_000_000.0, "ref_date"]) == "2025-03-31"


@pytest.mark.parametrize("heading", ["一、去年工作回顧", "I. Last year in review"])
def test_a_heading_that_reviews_last_year_dates_the_facts_under_it(heading: str) -> None:
    text = (
        "科技局2027年度施政簡報\n\n【本局消息】2027年2月3日\n\n"
        f"{heading}\n\n全年共批出研發資助項目214個。\n"
    )
    assert cell_text(extract_figures(text, currency="MOP").iloc[0]["ref_date"]) == "2026-12-31"


def test_a_heading_looking_back_at_a_year_dates_the_facts_under_it() -> None:
    text = (
        "Government Work Report\nPublished: 15 January 2027\n\n"
        "I. Looking Back at 2026\n\nWe opened 38 new incubators.\n"
    )
    assert cell_text(extract_figures(text).iloc[0]["ref_date"]) == "2026-12-31"


def test_a_report_title_under_a_public_bodys_name_gives_its_year() -> None:
    text = (
        "南科創新園區管理局\n中華民國113年年報\n中華民國114年7月出版\n\n"
        "全年園區營業額達新臺幣1,250億元。"
    )
    assert cell_text(extract_figures(text, currency="TWD").iloc[0]["ref_date"]) == "2024-12-31"


def test_an_as_at_opening_dates_a_sentence_whose_later_name_carries_a_year() -> None:
    text = (
        "列管計畫執行情形\n發布日期：115年7月15日\n\n一、截至第2季底，本會115年度列管計畫共34項。"
    )
    assert cell_text(extract_figures(text, currency="TWD").iloc[0]["ref_date"]) == "2026-06-30"


def test_a_point_in_time_a_report_defines_dates_what_is_counted_as_at_it() -> None:
    text = (
        "某行动计划中期评估报告（摘要）\n发布时间：2026-11-02\n\n"
        "本次评估以2026年9月末为评估时点。\n\n"
        "截至评估时点，计划部署的任务已完成22项。"
    )
    assert cell_text(extract_figures(text).iloc[0]["ref_date"]) == "2026-09-30"


@pytest.mark.parametrize(
    "note",
    [
        "資料截止日：115年6月30日",
        "說明：除另有註明外，下表「完成數」一欄均為截至2026年6月30日的數字。",
    ],
)
def test_a_reports_cut_off_day_dates_its_facts_without_a_date(note: str) -> None:
    text = f"計畫執行摘要\n發布日期：2026年8月5日\n{note}\n\n本年已培訓學員640人次。"
    assert cell_text(extract_figures(text, currency="TWD").iloc[0]["ref_date"]) == "2026-06-30"


@pytest.mark.parametrize(
    "heading", ["一、过去一年的工作", "一、過去一年工作回顧", "一、过去的一年工作回顾"]
)
def test_a_work_reports_past_year_heading_dates_the_facts_under_it(heading: str) -> None:
    # 过去一年 in a report of January 2027 reviews 2026; 预计全年 of a year already over is a
    # fact of that year, not a goal.
    text = (
        "政府工作报告\n——2027年1月9日在清溪市第九届人民代表大会第三次会议上\n\n"
        f"{heading}\n\n预计全年完成固定资产投资880亿元，增长6.1%。\n"
    )
    rows = extract_figures(text).set_index("value")
    assert rows.loc[88_000_000_000.0, "kind"] == "observation"
    assert cell_text(rows.loc[88_000_000_000.0, "ref_date"]) == "2026-12-31"
    assert cell_text(rows.loc[6.1, "ref_date"]) == "2026-12-31"


@pytest.mark.parametrize("plan", ["“十四五”末", "十四五期末", "「十四五」末"])
def test_the_end_of_a_five_year_plan_dates_the_base_of_a_change(plan: str) -> None:
    text = (
        "清溪市科技局\n发布日期：2027年2月1日\n\n"
        f"截至2026年底，全市专精特新企业达到468家，较{plan}的390家净增78家。\n"
    )
    rows = extract_figures(text).set_index("value")
    # The 14th Five-Year Plan ends in 2025: the base is of its end; the change of the year.
    assert cell_text(rows.loc[390.0, "ref_date"]) == "2025-12-31"
    assert cell_text(rows.loc[78.0, "ref_date"]) == "2026-12-31"


@pytest.mark.parametrize(
    ("period", "word", "expected"),
    [("6月", "較上月的", "2026-05-31"), ("第2季", "比上季度的", "2026-03-31")],
)
def test_the_base_of_last_month_or_quarter_is_of_the_period_before(
    period: str, word: str, expected: str
) -> None:
    text = (
        "晶泰科技股份有限公司　新聞稿\n發布日期：115年7月8日\n\n"
        f"{period}合併營收為新臺幣8.5億元，{word}7.9億元成長7.6%。\n"
    )
    rows = extract_figures(text, currency="TWD").set_index("value")
    assert cell_text(rows.loc[850_000_000.0, "ref_date"]) == "2026-06-30"
    assert cell_text(rows.loc[790_000_000.0, "ref_date"]) == expected
    assert cell_text(rows.loc[7.6, "ref_date"]) == "2026-06-30"


def test_a_share_of_a_dated_whole_is_of_the_date_told_before_it() -> None:
    # 本年 is the page's year even beside a ROC year in brackets (去(114)年); the share is of
    # the sum told before 已達, the whole of its own year.
    text = (
        "晶泰科技股份有限公司　新聞稿\n發布日期：115年7月8日\n\n"
        "本年截至6月底累計營收48.2億元，已達去(114)年全年營收90.5億元的53.3%。\n"
    )
    rows = extract_figures(text, currency="TWD").set_index("value")
    assert cell_text(rows.loc[4_820_000_000.0, "ref_date"]) == "2026-06-30"
    assert cell_text(rows.loc[9_050_000_000.0, "ref_date"]) == "2025-12-31"
    assert cell_text(rows.loc[53.3, "ref_date"]) == "2026-06-30"


@pytest.mark.parametrize("lead", ["去年同期为", "上年同期則為", "一年前为", "一年前只有"])
def test_a_figure_of_the_same_period_a_year_before_is_a_year_before_the_sentences(
    lead: str,
) -> None:
    text = (
        "清溪市统计局\n发布日期：2026年11月6日\n\n"
        f"截至2026年9月底，全市在孵企业达1,530家，{lead}1,270家。\n"
    )
    rows = extract_figures(text).set_index("value")
    assert cell_text(rows.loc[1530.0, "ref_date"]) == "2026-09-30"
    assert cell_text(rows.loc[1270.0, "ref_date"]) == "2025-09-30"


def test_a_headings_as_at_day_in_brackets_dates_the_lines_under_it() -> None:
    text = (
        "二〇二七年財政年度施政報告（經濟範疇）\n\n發佈日期：20/11/2026\n\n"
        "一、二〇二六年施政承諾落實情況（截至2026年9月30日）\n\n"
        "（一）優化青年創業資助。\n　落實情況：計劃於3月開始接受申請，已批出資助約2,480萬元。\n"
    )
    rows = extract_figures(text, currency="MOP").set_index("value")
    # 於3月開始 starts the span; the money granted is as at the heading's day.
    assert cell_text(rows.loc[24_800_000.0, "ref_date"]) == "2026-09-30"


@pytest.mark.parametrize(
    "text",
    [
        "We closed 2025 with 36 tenants.",
        "The fund ended 2025 at 94% invested.",
        "The park finished 2025 with 12 vacant units.",
    ],
)
def test_a_year_closed_with_a_figure_is_of_its_end(text: str) -> None:
    assert find_date("ref_date", text) == "2025-12-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net debt stood at RMB 4bn at 31-Dec-2027", "2027-12-31"),
        ("occupancy was 93% on 15-Mar-28", "2028-03-15"),
    ],
)
def test_a_day_written_with_hyphens_dates_a_fact(text: str, expected: str) -> None:
    assert find_date("ref_date", text) == expected


# A deadline written as a slide or a broker writes a quarter or a half (by 2027Q3, by 4Q27, by
# H2 2027, by 1H28): that quarter's or half's last day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lab fit-out completed by 2027Q3", "2027-09-30"),
        ("300 seats by 4Q27", "2027-12-31"),
        ("second close of US$50 million by H2 2027", "2027-12-31"),
        ("listing targeted by 1H28", "2028-06-30"),
        ("phase two before 2028H1", "2028-06-30"),
    ],
)
def test_a_quarter_or_half_written_short_is_a_deadline(text: str, expected: str) -> None:
    assert find_date("deadline", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 49: a quarter written out after "by the end of" or "in" is that quarter's end,
        # as Q1 2027 is; a target set "for the end of" a year, that year's end.
        ("plans to open 40 labs by the end of the second quarter of 2027", "2027-06-30"),
        ("is due to finish in the fourth quarter of 2028", "2028-12-31"),
        ("the goal of 900 firms it set for the end of 2027", "2027-12-31"),
    ],
)
def test_quarters_written_out_and_a_year_s_end_set_for(text: str, expected: str) -> None:
    assert find_date("deadline", text) == expected


# 争取2027年内建成, 2028年內完成: within that year, due at its end (内地 after 年 is the
# mainland, no span).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("争取2027年内建成中试基地3座", "2027-12-31"),
        ("2028年內完成改造10幢", "2028-12-31"),
        ("力争 2029 年内 引进团队5个", "2029-12-31"),
        ("2026年内地企业来港上市", None),
    ],
)
def test_within_a_year_named_is_due_at_its_end(text: str, expected: str | None) -> None:
    assert find_date("deadline", text) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # Its first date early, then plain clauses: known well after it, the scan's answer.
        "截至2025年底，园区企业1,260家，" + "新增平台4个，累计投资60亿元，" * 80,
        # Two rules' dates at one place (a month is a year too): the longer, the first rule's.
        "2024年3月，园区企业1,260家，" + "新增平台4个，" * 150,
        # A day that names no real day first: an empty date, as find_date gives it.
        "2025年2月30日，园区企业1,260家，" + "新增平台4个，" * 150,
        # No date at all: never known, the caller reads the slice itself.
        "园区企业1,260家，" + "新增平台4个，" * 150,
    ],
)
def test_a_paragraph_s_first_date_read_once_is_the_scan_s(paragraph: str) -> None:
    """date_well_before gives, when it gives anything, what find_date gives of the paragraph
    cut at that place (the text before the paragraph, and after it, is no part of it)."""
    text = "发布日期：2026年3月1日\n" + paragraph + "\n2027年，另起一段。"
    lo, hi = text.index("\n") + 1, text.rindex("\n")
    known = 0
    for cut in range(lo, hi + 1, 7):
        found = date_well_before("ref_date", text, lo, hi, cut)
        if found is not None:
            known += 1
            expected = find_date("ref_date", text[lo:cut])
            assert (str(found), found.note) == (str(expected), expected.note)
    # Known far enough after a first date; never without one.
    assert (known > 0) == ("年" in paragraph)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a named calendar year saw is a fact of its end, as "in 2026" is.
        ("During the 2026 calendar year the district approved 85 projects.", "2026-12-31"),
        ("Within the 2025 calendar year, the park created 1,300 jobs.", "2025-12-31"),
        ("In the 2024 year the zone signed 41 leases.", "2024-12-31"),
    ],
)
def test_a_named_calendar_year_dates_its_facts(text: str, expected: str) -> None:
    assert str(find_date("ref_date", text)) == expected
