"""Dates a text gives relative to the page's year or day (zonetrack/relativeforms.py)."""

from __future__ import annotations

import pytest
from conftest import figure_rows

from zonetrack.blankdates import (
    blank_other_dates,
)
from zonetrack.relativeforms import (
    find_relative_date,
    find_relative_deadline,
    relative_date_before,
    says_now,
)


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
        # Round 53: 明年首季 (the first quarter told without its number) likewise.
        ("明年首季将开放共享实验室6间", 11, "2026-08-03", "2027-03-31"),
        ("園區明年首季度再推出孵化名額20個", 13, "2025-10-20", "2026-03-31"),
        # Round 52: what the months left of the year still have to do (10—12月还需, 12月仍須) is
        # due at the last one's end.
        ("10—12月还需新增企业45家", 9, "2026-09-20", "2026-12-31"),
        ("11至12月仍須完成投資8億元", 9, "2026-10-05", "2026-12-31"),
        # Round 52: a span of months ahead (未來18個月內, 未来六个月) counts exactly from the
        # page's day, as a plan's term does (1 March 2026 + 18 months = 2027-08-31).
        ("政府會在未來18個月內完成用地研究約12公頃", 20, "2026-03-01", "2027-08-31"),
        ("管委会将在未来六个月内新建公寓300套", 15, "2026-05-10", "2026-11-09"),
        # 年中前: the end of June of the page's year, while it is ahead.
        ("年中前完成修订管理办法，新增孵化面积2万平方米", 14, "2027-01-20", "2027-06-30"),
        # Before a holiday of a fixed day: by the day before it, the next one still ahead.
        ("国庆节前建成充电桩300个", 7, "2028-02-10", "2028-09-30"),
        ("五一前开放人才公寓500套", 7, "2028-02-10", "2028-04-30"),
        ("五一前开放人才公寓500套", 7, "2028-06-10", "2029-04-30"),
        ("七一前完成老旧小区改造20个", 11, "2028-02-10", "2028-06-30"),
        ("元旦前交付安置房800套", 6, "2028-03-01", "2028-12-31"),
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
        # What is expected of a period still to end (预估, 将) is of that period, a forecast;
        # told as done, the last one before the page's date still.
        ("公司预估第4季营收将较第3季增长5%至9%", "2027-11-05", "2027-12-31"),
        ("园区预计下半年新增企业60家", "2027-08-20", "2027-12-31"),
        ("下半年已新增企业60家", "2027-01-08", "2026-12-31"),
        # A span of months from any month, as a quarter's months ("the April-June quarter",
        # "from October to December"), to the end of its last month.
        ("Sales reached 4.2 billion yuan in the April-June quarter", "2026-08-03", "2026-06-30"),
        ("Exports from October to December rose 8 percent", "2027-01-20", "2026-12-31"),
        ("Output in Jul–Sep grew 5 percent", "2026-10-30", "2026-09-30"),
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
    blanked = blank_other_dates(sentence)
    assert find_relative_date(blanked, "2027", "2027", "2027-04-20") == expected


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
    assert says_now(sentence) is expected


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
    blanked = blank_other_dates(sentence)
    found = find_relative_date(blanked, "2026", "2026", "2026-11-20")
    assert (str(found) if found else None) == expected


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
    assert says_now(sentence) is expected


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


def test_rounds_twenty_three_and_four_a_span_to_now_keeps_its_now() -> None:
    # Blanking 自2021年起 leaves 至今 to date the figure.
    assert says_now(blank_other_dates("自2021年起設立的基金至今已投資110家"))


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
    assert says_now(sentence) is expected


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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A month in Chinese numerals with 份, as Hong Kong and Macao releases write it.
        ("十一月份再撥款120萬元", "2026-11-30"),
        # The end of a quarter without its year.
        ("截至第2季底，已完成14項", "2026-06-30"),
    ],
)
def test_a_month_in_chinese_numerals_and_a_quarters_end_without_a_year(
    sentence: str, expected: str
) -> None:
    assert find_relative_date(sentence, "2026", "2026", "2026-12-15") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A month without a year, a comma and a count after it: the last such month before the
        # page's date (the count is no year).
        ("By the end of August, 64 leases had been renewed.", "2026-08-31"),
        ("At the end of November, 1,250 people worked there.", "2025-11-30"),
        # A year after the comma is the month's own year: no relative reading.
        ("At the end of November, 2024, the park had 90 tenants.", None),
    ],
)
def test_a_month_before_a_comma_and_a_count_has_no_year(
    sentence: str, expected: str | None
) -> None:
    assert find_relative_date(sentence, "2026", "2026", "2026-10-10") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 今年 before a month and day: the page's year (今年 names no year's digits).
        ("截至今年9月30日，園區已進駐企業58家", "2026-09-30"),
        # Month and day in Chinese numerals, as Hong Kong releases write dates.
        ("截至今年九月三十日，園區已進駐企業58家", "2026-09-30"),
        ("截至十二月一日，已批出資助42項", "2026-12-01"),
        # A span of days of this year: to its last day.
        ("今年八月十五日至二十日舉辦展覽，吸引觀眾3萬人次", "2026-08-20"),
        # The release's own day in brackets after 今日 dates nothing the sentence tells.
        ("本署今日（十二月三日）公布，截至今年九月底已批出資助42項", "2026-09-30"),
    ],
)
def test_a_day_of_this_year_in_digits_or_chinese_numerals(sentence: str, expected: str) -> None:
    assert find_relative_date(sentence, "2026", "2026", "2026-12-15") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The page's day a year back, not last year's end.
        ("At the same point last year, the backlog was 52%", "2025-03-12"),
        ("This time last year 18 labs were on the waiting list", "2025-03-12"),
        ("A year ago, 212 firms had signed up", "2025-03-12"),
        # A base's "a year ago" is not this form; "last year" alone is the year's end.
        ("Last year the park signed 40 leases", "2025-12-31"),
    ],
)
def test_the_same_point_last_year_is_the_pages_day_a_year_back(
    sentence: str, expected: str
) -> None:
    assert find_relative_date(sentence, "2026", "2026", "2026-03-12") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Round 49: "the close of the decade", "decade-end", as "the end of the decade": the
        # next year ending in 0 (2030 on a page of 2027).
        "The city pledged to lift output to 90 billion yuan by the close of the decade.",
        "The city wants 80 labs by decade-end.",
    ],
)
def test_the_close_of_the_decade_is_its_round_year(sentence: str) -> None:
    assert find_relative_deadline(sentence, "2027", 0, "2027-04-01") == "2030-12-31"


@pytest.mark.parametrize(
    ("sentence", "rel", "expected"),
    [
        # A bare span (力争三年内, 在兩年內) is ahead of the page, as 未来三年内 is: to the end
        # of the page's year and that many after it.
        ("力争三年内建成众创空间20个", 9, "2030-12-31"),
        ("政府會在兩年內再增設實驗室15間", 11, "2029-12-31"),
        ("争取5年内引进企业100家", 10, "2032-12-31"),
        # A span back, one counted from an event and a part of a year name no deadline ahead.
        ("近三年内累计培育企业90家", 10, None),
        ("过去两年内新增园区3个", 8, None),
        ("公司成立后三年内营收达到2亿元", 12, None),
        # Round 55: "within three years" with no next before it is as ahead in English (not
        # "within two years of opening", counted from an event).
        ("Within four years, the county will build 900 flats.", 39, "2031-12-31"),
        ("The port will add 12 berths within 2 years.", 18, "2029-12-31"),
        ("The firm must list 30 shares within two years of opening.", 18, None),
    ],
)
def test_round_fifty_a_bare_span_ahead(sentence: str, rel: int, expected: str | None) -> None:
    assert find_relative_deadline(sentence, "2027", rel, "2027-04-08") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A day without a year that comes round every year names no date of the figure's ...
        ("rent of 3 per cent. a month, payable on 15 January and 15 July in each year", None),
        ("a fee of 2%, due on June 30 of every year", None),
        ("dividends of 8 cents paid on 1 April each year", None),
        # ... a day alone is of the page's year.
        ("rent of 3 per cent. was paid on 15 January", "2026-01-15"),
    ],
)
def test_a_day_that_comes_round_each_year_is_no_date(sentence: str, expected: str | None) -> None:
    assert find_relative_date(sentence, "2026", "2026", "2026-11-20") == expected


@pytest.mark.parametrize(
    "clause",
    [
        "园区新增企业30家，",
        "试点企业由去年底的41家增加到74家，",
        "今年以来新增平台4个，",
        "本月12日签约项目3个，",  # (read as a month written into the text)
        "13月底完成投资5亿元，",  # (no real day: no date)
        "目前已有基地5处，",
        "Three firms listed last quarter, ",
    ],
)
def test_the_relative_date_before_a_cut_of_a_long_paragraph_is_the_cut_texts(clause: str) -> None:
    """A run-on paragraph's figures each ask the relative date of the paragraph up to them:
    read once for the paragraph, it is what the text cut there gives, wherever the cut is,
    near or far (more than the patterns' reach) from a date told before it."""
    text = "发布日期：2026年3月1日\n" + "园区建成平台4个，" * 80 + clause + "累计投资60亿元，" * 80
    lo, hi = text.index("\n") + 1, len(text)
    for cut in range(lo, hi + 1, 7):
        expected = find_relative_date(text[lo:cut], "2026", "2026", "2026-03-01")
        got = relative_date_before(text, lo, hi, cut, "2026", "2026", "2026-03-01")
        assert (got, getattr(got, "note", None)) == (expected, getattr(expected, "note", None))


@pytest.mark.parametrize(
    ("page", "told"),
    [
        ("发布时间：2026年10月9日", "11—12月仍需引进项目18个。"),
        ("發布時間：2026年12月3日", "12月尚須新增企業9家。"),
    ],
)
def test_the_months_left_still_to_do_are_a_goal_end_to_end(page: str, told: str) -> None:
    # Review 20: through extract_figures, what the page's year's months left still have to
    # do is a goal due at the year's end (README), not a fact of the year before.
    rows = figure_rows(f"{page}\n{told}")
    assert [(kind, deadline, ref) for _, kind, deadline, ref in rows] == [
        ("target", "2026-12-31", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "page_date", "expected"),
    [
        # A day a newspaper names from its own (page of Wednesday 2 June 2027).
        ("昨天，园区签约项目14个", "2027-06-02", "2027-06-01"),
        ("前天举行的推介会上，共达成合作意向9项", "2027-06-02", "2027-05-31"),
        ("上周五，区科技局认定首批中心8家", "2027-06-02", "2027-05-28"),
        ("上週一，共有5家企業簽約進駐", "2027-06-02", "2027-05-24"),
        ("上星期日举行的招聘会提供岗位600个", "2027-06-02", "2027-05-30"),
        # A period the data are of wins over the day they were told.
        ("經科局昨日公布，上月新增企業18家", "2027-06-02", "2027-05-31"),
    ],
)
def test_a_day_named_from_the_page_s_day_is_counted_back_from_it(
    sentence: str, page_date: str, expected: str
) -> None:
    assert find_relative_date(sentence, "2027", "2027", page_date) == expected


def test_a_day_compared_with_names_no_date() -> None:
    # 较昨日 names the base of a change, not the figure's day.
    assert find_relative_date("成交量较昨日增长12%", "2027", "2027", "2027-06-02") is None


@pytest.mark.parametrize(
    ("sentence", "page_date", "expected"),
    [
        # 本季度 in a deadline: the quarter running at the page's date.
        ("确保本季度末前新增入驻企业25家", "2027-05-10", "2027-06-30"),
        ("力爭本季度內完成簽約項目12個", "2027-08-03", "2027-09-30"),
        ("本季度底前新开工项目不少于6个", "2027-11-20", "2027-12-31"),
    ],
)
def test_this_quarter_in_a_deadline_is_the_quarter_running_at_the_page_s_date(
    sentence: str, page_date: str, expected: str
) -> None:
    assert find_relative_deadline(sentence, "2027", len(sentence) - 3, page_date) == expected


def test_this_quarter_s_end_sets_a_goal() -> None:
    from conftest import figure_rows

    text = "园区动态\n\n发布日期：2027-05-10\n\n会议要求，确保本季度末前新增入驻企业25家。\n"
    assert figure_rows(text) == [(25.0, "target", "2027-06-30", None)]


def test_a_bare_span_ahead_in_english_makes_a_goal() -> None:
    # Round 55: "Within three years, we will …" sets a goal due at the end of the page's year
    # and three after it (README), as "over the next three years" does.
    from conftest import figure_rows

    rows = figure_rows(
        "March 3, 2026\n\nWithin three years, the district will open the tram line and "
        "deliver 640 homes for teachers."
    )
    assert [(kind, deadline, ref) for _, kind, deadline, ref in rows] == [
        ("target", "2029-12-31", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "page_date", "expected"),
    [
        # Round 55: the next plan period is the five-year plan after the one running in the
        # page's year (plans end in years ending 0 or 5): on a page of 2025, the last year of
        # the 14th, the 15th (2026-2030); on a page of 2026, the 16th (2031-2035).
        (
            "Over the next plan period the port aims to triple its berths.",
            "2025-03-02",
            "2030-12-31",
        ),
        ("By the end of the next five-year plan it wants 40 labs.", "2026-01-20", "2035-12-31"),
        ("下一个五年规划期内，园区力争引进企业500家", "2030-02-01", "2035-12-31"),
    ],
)
def test_the_next_plan_period_is_the_five_year_plan_after_the_running_one(
    sentence: str, page_date: str, expected: str
) -> None:
    assert find_relative_deadline(sentence, page_date[:4], 10, page_date) == expected


def test_a_goal_over_the_next_plan_period_is_due_at_its_end() -> None:
    # Round 55, through extract_figures: a goal set "over the next plan period" on a page of
    # 2025 is due at the end of 2030 (README), not left undated.
    from conftest import figure_rows

    rows = figure_rows("May 6, 2025\n\nOver the next plan period, the park aims to host 730 firms.")
    assert [(kind, deadline) for _, kind, deadline, _ in rows] == [("target", "2030-12-31")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A month named before what is planned in it: due at its end (page of 16 November).
        ("11月计划推动8个重点项目集中开工", [(8.0, "target", "2027-11-30", None)]),
        ("12月份計劃新增入駐企業15家", [(15.0, "target", "2027-12-31", None)]),
    ],
)
def test_a_month_named_before_what_is_planned_in_it(
    sentence: str, expected: list[tuple[float, str, str | None, str | None]]
) -> None:
    text = f"园区月报\n\n发布日期：2027-11-16\n\n　　本月重点项目推进顺利。{sentence}。\n"
    assert figure_rows(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Round 56: "last week" is the calendar week before the page's (Thursday 10 June 2027:
        # Monday 31 May to Sunday 6 June), dated at its end ...
        ("The port handled 41,000 containers last week.", "2027-06-06"),
        # ... but "said last week" dates a statement, and "last week's" names a thing.
        ("The port said last week it handled 41,000 containers.", None),
        ("Buyers of last week's plots paid 3 billion yuan.", None),
    ],
)
def test_last_week_is_the_calendar_week_before_the_page_s(
    sentence: str, expected: str | None
) -> None:
    assert find_relative_date(sentence, "2027", "2027", "2027-06-10") == expected


@pytest.mark.parametrize(
    ("sentence", "page_date", "expected"),
    [
        # Round 55: "this autumn" is the autumn of the page's year, at its end (30 November) ...
        ("The lab hired 19 engineers this autumn.", "2027-12-05", "2027-11-30"),
        ("Visitors this summer numbered 8,400.", "2027-09-14", "2027-08-31"),
        # ... or the page's day while the season still runs.
        ("The lab hired 19 engineers this autumn.", "2027-10-20", "2027-10-20"),
    ],
)
def test_this_season_is_the_page_year_s(sentence: str, page_date: str, expected: str) -> None:
    assert find_relative_date(sentence, page_date[:4], page_date[:4], page_date) == expected


# Review 22 (H2-H6, M3, M4): a relative form counts from the story's own time of telling.
_JUNE_PAGE = "Published 10 June 2027"
_JUNE_PAGE_ZH = "发布日期：2027年6月10日"
_JUNE_PAGE_HANT = "發布日期：2027年6月10日"


@pytest.mark.parametrize(
    ("page", "told"),
    [
        (_JUNE_PAGE, '"Last week we sold 15 plots," the mayor said in a 2023 speech.'),
        (_JUNE_PAGE, "In a 2023 interview, the founder said the lab hired 15 people last week."),
        (_JUNE_PAGE_ZH, "2023年接受采访时，园区负责人说，昨天新签约项目15个。"),
        (_JUNE_PAGE_HANT, "2023年受訪時，園區負責人表示，上週五共有15家企業簽約。"),
        (
            _JUNE_PAGE,
            "In a 2023 interview, the founder said that in the past six months"
            " the lab had hired 15 people.",
        ),
        (_JUNE_PAGE_ZH, "2023年接受采访时，负责人说，过去6个月园区新增企业15家。"),
        (_JUNE_PAGE_HANT, "2023年受訪時，負責人表示，過去6個月園區新增企業15家。"),
    ],
)
def test_a_form_told_in_another_year_is_not_counted_from_the_page_s_day(
    page: str, told: str
) -> None:
    # README: a sentence that names another year than the page's tells from that time; a
    # day or span counted back is not counted from the page's day (no date of its own; the
    # year it names then dates the figure, if anything does).
    rows = figure_rows(f"{page}\n\n{told}")
    assert [r[0] for r in rows] == [15.0]
    assert rows[0][3] in (None, "2023-12-31")


@pytest.mark.parametrize(
    ("page", "told", "expected"),
    [
        # A dateline's day (Thursday 3 June 2027) is the day the story counts back from.
        (
            _JUNE_PAGE,
            "BEIJING, June 3 (Xinhua) -- The park added 14 firms last week.",
            "2027-05-30",
        ),
        (_JUNE_PAGE_ZH, "新华社上海6月3日电 昨天，园区新增企业14家。", "2027-06-02"),
        (_JUNE_PAGE_HANT, "中央社台北6月3日電 前天，園區新增企業14家。", "2027-06-01"),
        # A paragraph that opens with its day: the meeting's day.
        (_JUNE_PAGE_ZH, "6月7日，园区召开招商会。会上通报，昨天签约项目14个。", "2027-06-06"),
        (_JUNE_PAGE_HANT, "6月7日，園區召開招商會。會上通報，昨日簽約項目14個。", "2027-06-06"),
        # Never a day after the page's own: the page's day counts then.
        (_JUNE_PAGE_ZH, "新华社上海6月20日电 昨天，园区新增企业14家。", "2027-06-09"),
    ],
)
def test_a_dateline_s_day_is_the_day_relative_words_count_from(
    page: str, told: str, expected: str
) -> None:
    rows = figure_rows(f"{page}\n\n{told}")
    assert [(r[0], r[3]) for r in rows] == [(14.0, expected)]


@pytest.mark.parametrize(
    ("page", "told", "expected"),
    [
        # Told in 2024 (the 14th plan, 2021-2025, running): the next plan ends in 2030.
        (
            _JUNE_PAGE,
            "In its 2024 review, the zone pledged to add 300 firms over the next plan period.",
            "2030-12-31",
        ),
        (_JUNE_PAGE_ZH, "2024年中期评估提出，下一个五年规划期内新增企业300家。", "2030-12-31"),
        (_JUNE_PAGE_HANT, "2024年中期評估提出，下一個五年規劃期內新增企業300家。", "2030-12-31"),
        # Told in 2019: the next plan ended in 2025, before the page: no deadline.
        (
            _JUNE_PAGE,
            "In its 2019 review, the zone pledged to add 300 firms over the next plan period.",
            None,
        ),
    ],
)
def test_the_next_plan_period_counts_from_the_year_it_was_told(
    page: str, told: str, expected: str | None
) -> None:
    rows = figure_rows(f"{page}\n\n{told}")
    assert [(r[0], r[1], r[2]) for r in rows] == [(300.0, "target", expected)]


@pytest.mark.parametrize(
    ("sentence", "page_date"),
    [
        # A season's goal (will, hopes, plans) is no fact of the page's day ...
        ("The park will host 60 start-ups this autumn.", "2027-10-20"),
        ("This autumn the lab hopes to hire 19 engineers.", "2027-10-20"),
        ("The lab plans to hire 19 engineers this summer.", "2027-07-01"),
        # ... and a season not yet begun holds no fact at all.
        ("Visitors this summer numbered 8,400.", "2027-04-02"),
    ],
)
def test_this_season_ahead_gives_no_fact_date(sentence: str, page_date: str) -> None:
    assert find_relative_date(sentence, page_date[:4], page_date[:4], page_date) is None


def test_the_week_before_last_week_is_a_week_earlier() -> None:
    rows = figure_rows(
        f"{_JUNE_PAGE}\n\nThe port handled 41 ships last week; the week before it handled 38."
    )
    assert [(r[0], r[3]) for r in rows] == [(41.0, "2027-06-06"), (38.0, "2027-05-30")]


@pytest.mark.parametrize(
    "sentence",
    [
        "上周一至上周五，园区共签约项目9个",
        "上週一至週五，共有9家企業簽約",
        "上星期一到星期五，共签约项目9个",
    ],
)
def test_a_span_of_last_week_s_days_is_dated_at_its_end(sentence: str) -> None:
    # Page of Wednesday 2 June 2027: Monday 24 to Friday 28 May.
    assert find_relative_date(sentence, "2027", "2027", "2027-06-02") == "2027-05-28"


# A season of the page's year in a goal ("aims to host 60 start-ups this autumn", 力争今年秋季,
# 今冬): due at that season's end (review 22 H6: "this autumn" had been read only as a fact's
# date, and 今年秋季 as the whole year).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The park aims to host 60 start-ups this autumn.", "2027-11-30"),
        ("The incubator expects to admit 25 teams this summer.", "2027-08-31"),
        ("力争今年秋季新增入驻企业60家", "2027-11-30"),
        ("園區爭取今夏完成簽約項目12個", "2027-08-31"),
        ("确保今冬完成供暖改造面积5万平方米", "2028-02-29"),
    ],
)
def test_a_season_of_the_page_s_year_in_a_goal_is_due_at_its_end(
    sentence: str, expected: str
) -> None:
    assert find_relative_deadline(sentence, "2027", len(sentence) - 3, "2027-03-12") == expected


# A half of another year than the page's ("the second half of next year", "the first half of
# last year"): that year's half, never the page's year's (a goal had been due at the end of the
# page's year, and a fact of last year's half a goal with that made-up deadline).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The park will host 60 start-ups in the second half of next year.", "2028-12-31"),
        ("It aims to open 12 labs by the first half of the following year.", "2028-06-30"),
        # (Guards: a half with no year, or of this year, is the page's year's.)
        ("It aims to open 12 labs in the first half of this year.", "2027-06-30"),
        ("It aims to open 12 labs in the second half.", "2027-12-31"),
    ],
)
def test_a_half_of_next_year_is_due_in_next_year(sentence: str, expected: str) -> None:
    assert find_relative_deadline(sentence, "2027", 20, "2027-03-12") == expected


@pytest.mark.parametrize(
    ("page", "sentence", "expected"),
    [
        (
            "Published 12 March 2027",
            "In the second half of last year, the park signed 30 projects.",
            [(30.0, "observation", None, "2026-12-31")],
        ),
        (
            "Published 12 March 2027",
            "The park signed 30 projects in the first half of last year.",
            [(30.0, "observation", None, "2026-06-30")],
        ),
    ],
)
def test_a_half_of_last_year_dates_a_fact_and_sets_no_goal(
    page: str, sentence: str, expected: list[tuple[float, str, str | None, str | None]]
) -> None:
    from conftest import figure_rows

    assert figure_rows(f"{page}\n\n{sentence}\n") == expected
