"""How a text writes a date: impossible dates, financial years and Republic of China years, each
read as its written form says (zonetrack/periods.py, through ``extract_figures``)."""

from __future__ import annotations

import pytest
from conftest import cell_text

from zonetrack.extract import extract_figures
from zonetrack.periods import find_date, find_relative_date, find_relative_deadline


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


def test_the_twd_calendar_reads_both_roc_years_of_a_comparison() -> None:
    frame = extract_figures("113年全國投資額達2,350億元,較112年成長18.5%。", currency="TWD")
    assert list(frame["unit"]) == ["TWD", "percent"]
    assert list(frame["ref_date"]) == ["2024-12-31", "2024-12-31"]  # 較112年 is the base


@pytest.mark.parametrize(
    "text",
    ["至119年,綠電使用比例達到30%。", "於115年前完成智慧園區8處。", "119年前新增投資2,000億元。"],
)
def test_a_deadline_in_republic_of_china_years_sets_a_goal_in_a_taiwan_source(text: str) -> None:
    row = extract_figures(text, currency="TWD").iloc[0]
    assert row["kind"] == "target"
    assert row["deadline"] in ("2030-12-31", "2026-12-31")
    assert "Republic of China year" in row["date_note"]


@pytest.mark.parametrize(
    ("sentence", "rel", "page_date", "expected"),
    [
        # A quarter, half or month without a year: the page's year while it is still ahead ...
        ("三季度力争完成投资50亿元", 5, "2025-04-20", "2025-09-30"),
        ("上半年新增企业100家", 5, "2025-02-01", "2025-06-30"),
        ("The wing is due to open by October.", 0, "2026-01-08", "2026-10-31"),
        # ... else the next one: no goal is set for a date already past.
        ("二季度新开工项目8个", 5, "2025-08-01", "2026-06-30"),
        ("The wing is due to open by March.", 0, "2026-05-08", "2027-03-31"),
        # Each figure takes the one nearest before it in its statement.
        ("二季度增长10%左右，下半年完成180亿元", 16, "2026-04-15", "2026-12-31"),
        # 明年第二季度 is next year's, not this year's second quarter.
        ("明年第二季度新建实验室6个", 9, "2025-05-05", "2026-06-30"),
    ],
)
def test_a_goal_period_without_a_year_is_the_next_one(
    sentence: str, rel: int, page_date: str, expected: str
) -> None:
    assert find_relative_deadline(sentence, page_date[:4], rel, page_date) == expected


@pytest.mark.parametrize(
    ("sentence", "page_date", "expected"),
    [
        ("一季度，全区实现产值120亿元", "2025-05-06", "2025-03-31"),
        ("今年首三季，本地生產總值增長4%", "2025-11-18", "2025-09-30"),
        ("前两个月，新签约项目15个", "2025-03-10", "2025-02-28"),
        ("其中4月份完成30亿元", "2025-05-06", "2025-04-30"),
        ("下半年新增企业80家", "2026-01-08", "2025-12-31"),
        (
            "In the second half of the year, the fund made 12 investments",
            "2026-01-08",
            "2025-12-31",
        ),
    ],
)
def test_a_fact_period_without_a_year_is_of_the_page_year(
    sentence: str, page_date: str, expected: str
) -> None:
    assert find_relative_date(sentence, page_date[:4], page_date[:4], page_date) == expected


# Round 13 (issue 12): date forms of an earnings call, a grant notice and a Taiwan report.
@pytest.mark.parametrize(
    ("sentence", "page_date", "calendar", "expected"),
    [
        # A day without a year that would fall after the page's date is the last one before.
        (
            "For the quarter, which ended on 31 December, sales rose 9 percent",
            "2027-02-12",
            "CNY",
            "2026-12-31",
        ),
        (
            "Year to date, to December 31, we bought back 2 million shares",
            "2027-02-12",
            "CNY",
            "2026-12-31",
        ),
        ("As at 30 June the park had 80 tenants", "2026-09-01", "CNY", "2026-06-30"),
        # The months of "the fiscal year" count from its first month: April in Hong Kong.
        (
            "For the first nine months of the fiscal year, revenue was HK$4 billion",
            "2027-02-12",
            "HKD",
            "2026-12-31",
        ),
        (
            "In the first two quarters of the financial year, 30 leases were signed",
            "2026-11-20",
            "HKD",
            "2026-09-30",
        ),
        (
            "In the third quarter of the fiscal year, 12 leases were signed",
            "2027-02-12",
            "HKD",
            "2026-12-31",
        ),
        (
            "In the first half of the financial year, 9 leases were signed",
            "2026-11-20",
            "HKD",
            "2026-09-30",
        ),
        # ... and from January where the financial year is the calendar year.
        (
            "For the first nine months of the fiscal year, revenue was 4 billion yuan",
            "2026-11-12",
            "CNY",
            "2026-09-30",
        ),
    ],
)
def test_round_thirteen_days_and_fiscal_months_without_a_year(
    sentence: str, page_date: str, calendar: str, expected: str
) -> None:
    assert (
        find_relative_date(sentence, page_date[:4], page_date[:4], page_date, calendar) == expected
    )


@pytest.mark.parametrize(
    ("sentence", "page_date", "calendar", "expected"),
    [
        # "Next fiscal year": the financial year after the one running at the page's date.
        ("Next fiscal year we plan to open 3 parks", "2027-02-12", "HKD", "2028-03-31"),
        ("Next fiscal year we plan to open 3 parks", "2026-06-12", "HKD", "2028-03-31"),
        ("Next fiscal year we plan to open 3 parks", "2026-02-12", "HKD", "2027-03-31"),
        ("Next fiscal year we plan to open 3 parks", "2026-06-12", "CNY", "2027-12-31"),
    ],
)
def test_round_thirteen_next_fiscal_year(
    sentence: str, page_date: str, calendar: str, expected: str
) -> None:
    assert find_relative_deadline(sentence, page_date[:4], 0, page_date, calendar) == expected


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
        # A year opening a sentence frames it: a later part's own date is that part's.
        ("2026年，我局力争按期答复率保持100%", "2026-12-31"),
    ],
)
def test_round_thirteen_seasons_halves_and_scheduled_months(text: str, expected: str) -> None:
    assert find_date("deadline", text) == expected


# --- round 17-18, dates of facts ---------------------------------------------------------------
from zonetrack import periods  # noqa: E402  (this block is appended as a whole when merged)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 現時/现时 and "today" say now: the page's own date.
        ("現時本港創科企業約4,700家", "2027-06-04"),
        ("现时全区企业约3,000家", "2027-06-04"),
        ("from 12 companies today", "2027-06-04"),
        ("At today's forum, 35 firms signed", "2027-06-04"),
        # A past fact with no word of now is not of the page's day.
        ("the plant closed its old line", None),
    ],
)
def test_round_seventeen_now_words(sentence: str, expected: str | None) -> None:
    assert find_relative_date(sentence, "2027", "2027", "2027-06-04") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The year (and quarter) in the name of an event held is not its facts' date.
        ("9月25日，开发区举行2026年第三季度重大项目集中签约活动，现场签约项目18个", None),
        ("日前，我县举办2026年科技成果对接会，达成合作意向27项", None),
        ("舉辦2026年創新創業大賽，共有300隊參加", None),
        # A year before the event without a verb of holding it is the facts' year.
        ("2026年全区举办各类活动120场", "2026-12-31"),
        ("2026年第三季度，全区签约项目18个", "2026-09-30"),
    ],
)
def test_round_seventeen_an_event_names_its_year(sentence: str, expected: str | None) -> None:
    assert find_date("ref_date", periods.blank_other_dates(sentence)) == expected


# --- round 19 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 今年一季度 and 本年一季度: that quarter of the page's year.
        ("今年一季度，园区实现营收36亿元", "2027-03-31"),
        ("本年一季度，園區出口增長6.5%", "2027-03-31"),
        # 去年一季度, 上年第二季度, 去年上半年: that part of the year before the page's.
        ("去年一季度，园区营收为31亿元", "2026-03-31"),
        ("上年第二季度，出口增長4.2%", "2026-06-30"),
        ("去年上半年，新增企业25家", "2026-06-30"),
        ("去年下半年，新增企业25家", "2026-12-31"),
        # 现有/現有: now, the page's own date.
        ("园区现有孵化器12家", "2027-04-20"),
        ("園區現有實驗室25間", "2027-04-20"),
        # Left alone: a base (比去年一季度), and this year's quarter beside last year's.
        ("比去年一季度增长5%", None),
        ("今年一季度营收增长7%，增速较上年上半年加快", "2027-03-31"),
        ("今年一季度营收41亿元，去年同期为38亿元", "2027-03-31"),
    ],
)
def test_round_nineteen_parts_of_this_and_last_year(sentence: str, expected: str | None) -> None:
    blanked = periods.blank_other_dates(sentence)
    assert find_relative_date(blanked, "2027", "2027", "2027-04-20") == expected


@pytest.mark.parametrize(
    ("sentence", "currency", "expected"),
    [
        # A founding year, in a clause with no figure, dates no figure of another clause.
        ("濱海園區於民國95年經行政院核定設置，總面積約300公頃", "TWD", None),
        ("开发区始建于1995年，规划面积30平方公里", "CNY", None),
        ("2012年经国务院批准升级为国家级开发区，建成区面积26平方公里", "CNY", None),
        ("園區成立於2010年，總面積約50公頃", "CNY", None),
        ("The park was established in 2008 and covers 15 square kilometres", "CNY", None),
        # Left alone: a founding told with its figure, and a fact's own year.
        ("2025年新设立企业1200家", "CNY", "2025-12-31"),
        ("The fund was set up in 2019 with 30 members", "CNY", "2019-12-31"),
        ("园区成立于2010年，2025年营收达到120亿元", "CNY", "2025-12-31"),
    ],
)
def test_round_nineteen_a_founding_year_dates_no_figure(
    sentence: str, currency: str, expected: str | None
) -> None:
    blanked = periods.blank_other_dates(sentence)
    assert find_date("ref_date", blanked, calendar=currency) == expected


# --- round 20 ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Taiwan academic year runs 1 August to 31 July: 113學年度 ends 31 July 2025.
        ("113學年度育成成果", "2025-07-31"),
        ("本校110學年度畢業生共2,300人", "2022-07-31"),
        ("114学年度招生计划", "2026-07-31"),
        # A plain ROC year is still the calendar year.
        ("113年度預算", "2024-12-31"),
    ],
)
def test_round_twenty_roc_academic_years(text: str, expected: str) -> None:
    assert find_date("ref_date", text, calendar="TWD") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The base of a comparison in academic years is not the figure's date.
        ("募資金額較112學年度成長32.4%", None),
        ("比113學年度增加5家", None),
        # The academic year the figure is of stays.
        ("113學年度募資金額成長32.4%", "2025-07-31"),
    ],
)
def test_round_twenty_an_academic_year_as_a_base(sentence: str, expected: str | None) -> None:
    assert find_date("ref_date", periods.blank_other_dates(sentence), calendar="TWD") == expected


@pytest.mark.parametrize(
    ("sentence", "page_date", "expected"),
    [
        # 过去一年 / 过去的一年 / "the past year" on a page of a year's first quarter: the
        # calendar year before the page's.
        ("过去一年，全市新增企业1,200家", "2026-01-14", "2025-12-31"),
        ("過去的一年，園區營業額成長12%", "2027-03-02", "2026-12-31"),
        ("Over the past year the zone added 300 firms", "2026-02-10", "2025-12-31"),
        # Later in a year it spans two calendar years: no period named.
        ("过去一年，全市新增企业1,200家", "2026-09-14", None),
        # The base of a comparison is no period of the figure.
        ("新增企业较过去一年增长20%", "2026-01-14", None),
        # 过去三年 is a span of three years, no year of its own.
        ("过去三年，全市新增企业3,600家", "2026-01-14", None),
    ],
)
def test_round_twenty_the_past_year(sentence: str, page_date: str, expected: str | None) -> None:
    assert find_relative_date(sentence, page_date[:4], page_date[:4], page_date) == expected


# --- round 21 ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        # 自民國116年至122年: a span of Republic of China years ends with its last year.
        ("計畫期程自民國116年至122年", "TWD", "2033-12-31"),
        ("规划期为民国115至119年", "CNY", "2030-12-31"),
        ("民國116年-民國120年", "TWD", "2031-12-31"),
        # One ROC year alone is still that year.
        ("民國116年完成用地取得", "TWD", "2027-12-31"),
    ],
)
def test_round_twenty_one_roc_spans(text: str, calendar: str, expected: str) -> None:
    assert find_date("deadline", text, calendar=calendar) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A story's weekday, "this year's" and a span of past years are of the page's day.
        ("The park had 214 listed firms as of Friday", True),
        ("market value at Friday's close", True),
        ("more than 60% of this year's new listings", True),
        ("Over the past five years the institute filed 540 patents", True),
        # A weekday with a date is that date, not the page's; "by next year" is no now.
        ("The park had 214 listed firms as of Friday, 20 November 2026", False),
        ("The park plans 300 listed firms by next year", False),
    ],
)
def test_round_twenty_one_the_page_s_own_day(sentence: str, expected: bool) -> None:
    assert periods.says_now(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "from the end of last year", "than last year": the base of a change, blanked.
        ("up 27% from the end of last year", None),
        ("sales rose 8% over last year", None),
        # The figure's own last year stays.
        ("sales reached 5 billion yuan last year", "2025-12-31"),
    ],
)
def test_round_twenty_one_last_year_as_a_base(sentence: str, expected: str | None) -> None:
    blanked = periods.blank_other_dates(sentence)
    found = periods.find_relative_date(blanked, "2026", "2026", "2026-11-20")
    assert (str(found) if found else None) == expected


# --- round 22 ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 首季, 今年首季, 首季度: the first quarter of the year.
        ("今年首季，合作區新設立企業265家", "2026-03-31"),
        ("首季度园区新增企业30家", "2026-03-31"),
        # 首三季 stays the first three quarters.
        ("今年首三季共舉辦活動300場", "2026-09-30"),
    ],
)
def test_round_twenty_two_first_quarter(sentence: str, expected: str) -> None:
    assert str(find_relative_date(sentence, "2026", "2026", "2026-11-20")) == expected


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # The year in the name of a list or title a body is given is no date of a count.
        ("现认定28家单位为2026年度市级众创空间", False),
        ("12家企業入選2025年度省級專精特新企業名單", False),
        ("公布2026年度市级众创空间认定名单", False),
        # A year's own figures keep it.
        ("2025年度全市众创空间新孵化企业1.1万家", True),
        ("全年营业收入为2025年度的1.5倍", False),  # (the base of a multiple, as before)
    ],
)
def test_round_twenty_two_a_year_in_a_name(sentence: str, kept: bool) -> None:
    assert (find_date("ref_date", periods.blank_other_dates(sentence)) is not None) is kept


@pytest.mark.parametrize(
    ("sentence", "blanked", "kept"),
    [
        # The year a change is counted against is blanked before a goal's deadline is read;
        # the goal's own year is kept.
        ("115年度歲出412.5億元，較114年度增加5.3%", "114", "115"),
        ("到2027年研发投入达到50亿元，比2025年增长20%", "2025", "2027"),
        ("到2030年较2020年翻一番", "2020", "2030"),
    ],
)
def test_round_twenty_two_the_base_of_a_change_is_no_deadline(
    sentence: str, blanked: str, kept: str
) -> None:
    read = periods.blank_change_start(sentence)
    assert blanked not in read and kept in read and len(read) == len(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A notice's own act (现认定, 現公佈) is of its day.
        ("现认定28家单位为市级众创空间", True),
        ("現公佈第二批名單共15家", True),
        # 现代化, 表现 are no "now".
        ("建设现代化产业园区50个", False),
        ("企业表现认定为优秀的有12家", False),
    ],
)
def test_round_twenty_two_a_notice_s_act_is_now(sentence: str, expected: bool) -> None:
    assert periods.says_now(sentence) is expected


# --- rounds 23-24, dates of facts ---


@pytest.mark.parametrize(
    ("sentence", "page_date", "expected"),
    [
        # "last quarter", 上季度, 上季: the calendar quarter before the page's.
        ("Four of them debuted last quarter", "2026-11-20", "2026-09-30"),
        ("Four of them debuted in the previous quarter", "2026-05-02", "2026-03-31"),
        ("上季度新增入驻企业18家", "2026-02-10", "2025-12-31"),
        ("上個季度新增入駐企業18家", "2026-08-01", "2026-06-30"),
        # The base of a change on the quarter is no date of the figure.
        ("营收环比上季度增长3%", "2026-11-20", None),
        ("revenue rose 3% from last quarter", "2026-11-20", None),
    ],
)
def test_rounds_twenty_three_and_four_last_quarter(
    sentence: str, page_date: str, expected: str | None
) -> None:
    found = find_relative_date(sentence, page_date[:4], page_date[:4], page_date)
    assert (str(found) if found else None) == expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("累計115年前十月營業額為新臺幣9,800億元", False),
        ("115年前3季營業額", False),
        # Left alone: before (the end of) a year is a deadline's cue.
        ("預計於115年前完成", True),
        ("115年底前完成", True),
    ],
)
def test_rounds_twenty_three_and_four_roc_first_months_are_no_deadline_cue(
    text: str, expected: bool
) -> None:
    assert bool(periods.ROC_CUES.search(text)) is expected


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # The start of a span is blanked: it dates no figure.
        ("the most for any quarter since the second quarter of 2023", "2023"),
        ("shares have risen 40% since March 2021", "2021"),
        ("自2021年起設立的種子基金至今已投資110家", "2021"),
        ("从2024年3月开始运营的平台累计服务企业300家", "2024"),
    ],
)
def test_rounds_twenty_three_and_four_the_start_of_a_span_is_blanked(
    sentence: str, start: str
) -> None:
    read = periods.blank_other_dates(sentence)
    assert start not in read and len(read) == len(sentence)
    assert find_date("ref_date", read) is None


def test_rounds_twenty_three_and_four_a_span_to_now_keeps_its_now() -> None:
    # Blanking 自2021年起 leaves 至今 to date the figure.
    assert periods.says_now(periods.blank_other_dates("自2021年起設立的基金至今已投資110家"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 现在 and 近五年 (a span up to now) tell of the page's day.
        ("现在已扩大到35人", True),
        ("現在共有研究人員35人", True),
        ("近五年，科技园累计孵化企业486家", True),
        ("近三年來累計培育企業120家", True),
        # 实现在, 体现在: 现 ends another word; 接近五年 is "nearly".
        ("实现在线办理事项120项", False),
        ("成效体现在三个方面", False),
        ("运营接近五年", False),
    ],
)
def test_rounds_twenty_three_and_four_now_words(sentence: str, expected: bool) -> None:
    assert periods.says_now(sentence) is expected


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


# --- round 27, plans ---
@pytest.mark.parametrize(
    ("sentence", "page_date", "expected"),
    [
        # A work plan's step before the end of a month or of the year, with no year of its
        # own: of the page's year, or the next when that date has passed.
        ("6月底前发布第一批榜单40项左右", "2027-02-09", "2027-06-30"),
        ("9月末前完成審查案件40件", "2027-02-09", "2027-09-30"),
        ("6月底前发布第一批榜单40项左右", "2027-08-09", "2028-06-30"),
        ("年底前完成验收，验收通过率不低于90%", "2027-02-09", "2027-12-31"),
        ("今年年底前建成站點20個", "2027-02-09", "2027-12-31"),
        # A year of its own, or 明年, is read as written, not as the page's year.
        ("明年6月底前建成10个", "2027-02-09", "2028-06-30"),
        ("明年底前建成10个", "2027-02-09", "2028-12-31"),
        # A day (3月1日前) is no month's end; 每月5日前 is a recurring date, none.
        ("每月5日前报送上月进展", "2027-02-09", None),
    ],
)
def test_round_twenty_seven_yearless_deadlines(
    sentence: str, page_date: str, expected: str | None
) -> None:
    assert find_relative_deadline(sentence, page_date[:4], len(sentence), page_date) == expected


# --- rounds 29-30, plans: sentence rules ---
from zonetrack.pagedates import find_page_date, find_plan_year  # noqa: E402


@pytest.mark.parametrize(
    ("sentence", "calendar", "expected"),
    [
        # The start of a change in a financial year, or in the same year as a start told
        # before, is the base's: the goal's deadline is the one the sentence states.
        ("目標於2028/29年度前，將收入由2025/26年度的3億元增至5億元", "HKD", "2029-03-31"),
        ("目标于2028-29年度前，将收入由2025-26年度的3亿元增至5亿元", "HKD", "2029-03-31"),
        ("於2028-29年度前，並將項目由同年度約160個增至250個", "HKD", "2029-03-31"),
        # The year of the level a goal is set against is the base's, never the deadline.
        ("aims at 80,000 firms by the same year, up from 60,000 in 2025", "CNY", None),
        ("targets 4 percent by 2030, versus 3.6 percent in 2025", "CNY", "2030-12-31"),
        ("aims for 600 firms by 2027, against 420 at the end of 2025", "CNY", "2027-12-31"),
        # "from 40 to 60 by 2027" names the goal's own deadline after "to": left alone.
        ("to raise the share from 40 percent to 60 percent by 2027", "CNY", "2027-12-31"),
        # "from" with no level after it names no base.
        ("firms will benefit from new funds in 2027", "CNY", "2027-12-31"),
    ],
)
def test_rounds_29_30_the_start_of_a_change_is_no_deadline(
    sentence: str, calendar: str, expected: str | None
) -> None:
    blanked = periods.blank_change_start(sentence)
    assert find_date("deadline", blanked, len(blanked), calendar) == expected


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
        # The start of a span with no end, and a plan's own period, date no figure.
        ("特區政府將自2027年起，每年撥款不少於5億元", "HKD", None),
        ("政府建議由2027-28年度起撥款合共12億元", "HKD", None),
        ("推動期程為115年至124年，預計投入新臺幣1,250億元", "TWD", None),
        ("通過「淨零轉型推動方案（115-119年）」，規劃5年投入新臺幣620億元", "TWD", None),
        ("规划期为2026—2030年，预计投入资金80亿元", "CNY", None),
        # A year of its own still dates a fact: left alone.
        ("2025年，全区研发投入120亿元", "CNY", "2025-12-31"),
        ("114年國內產值約新臺幣4,300億元", "TWD", "2025-12-31"),
    ],
)
def test_rounds_29_30_open_starts_and_plan_periods_date_no_figure(
    text: str, calendar: str, expected: str | None
) -> None:
    assert find_date("ref_date", periods.blank_other_dates(text), calendar=calendar) == expected


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
    ],
)
def test_rounds_32_34_a_review_for_the_year_to_a_day(
    text: str, expected: tuple[str | None, bool, str]
) -> None:
    from zonetrack.pagedates import find_report_year

    assert find_report_year(text, "HKD") == expected
