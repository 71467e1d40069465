"""Dates a sentence names that are no figure's date, blanked (zonetrack/blankdates.py)."""

from __future__ import annotations

import pytest
from conftest import figure_rows

from zonetrack.blankdates import (
    blank_change_start,
    blank_comparatives_after,
    blank_other_bases,
    blank_other_dates,
)
from zonetrack.extract import extract_figures
from zonetrack.periods import find_date
from zonetrack.relativeforms import find_relative_date


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
    assert find_date("ref_date", blank_other_dates(sentence)) == expected


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
    blanked = blank_other_dates(sentence)
    assert find_date("ref_date", blanked, calendar=currency) == expected


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
    assert find_date("ref_date", blank_other_dates(sentence), calendar="TWD") == expected


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
    assert (find_date("ref_date", blank_other_dates(sentence)) is not None) is kept


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
    read = blank_change_start(sentence)
    assert blanked not in read and kept in read and len(read) == len(sentence)


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
    read = blank_other_dates(sentence)
    assert start not in read and len(read) == len(sentence)
    assert find_date("ref_date", read) is None


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
    blanked = blank_change_start(sentence)
    assert find_date("deadline", blanked, len(blanked), calendar) == expected


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
    assert find_date("ref_date", blank_other_dates(text), calendar=calendar) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "自計劃於2015年推出以來，累計資助項目逾820個。",
        "從中心2018年啟用至今，累計服務企業逾900家。",
    ],
)
def test_the_start_of_a_period_may_name_what_started_between_zi_and_its_year(
    sentence: str,
) -> None:
    assert find_date("ref_date", blank_other_dates(sentence)) is None


def test_a_wire_dateline_is_no_date_of_the_figures_after_it() -> None:
    text = (
        "2026-09-12 16:05:10　来源：新华网\n\n"
        "　　新华社南昌9月12日电（记者王敏）今年1至8月，江西新增经营主体31.2万户。"
    )
    # 今年1至8月 of the page's year, not the dateline's day.
    assert extract_figures(text).iloc[0]["ref_date"] == "2026-08-31"


def test_an_english_wire_dateline_is_no_date_of_the_figures_after_it() -> None:
    text = (
        "Park exports slow as orders thin\n\n"
        "February 3, 2027 9:15 AM GMT+8\n\n"
        "WUXI, Feb 3 (Eastline News) - The Wuxi industrial park exported goods worth "
        "12.4 billion yuan last year, its management said on Tuesday.\n"
    )
    # "last year" from the page's date (3 February 2027), not the dateline's day.
    assert extract_figures(text).iloc[0]["ref_date"] == "2026-12-31"


@pytest.mark.parametrize("start", ["於4月開始", "自9月起", "从3月份开始"])
def test_a_month_a_span_starts_in_is_no_date_of_a_figure(start: str) -> None:
    # (A month without its year is read against the page's: 2026.)
    sentence = f"計劃{start}接受申請，已批出資助約1,200萬元"
    assert find_relative_date(blank_other_dates(sentence), "2026", "2026", "2026-11-18") is None


@pytest.mark.parametrize(
    "sentence",
    [
        # A clause of what started, with its year: the start of the span, no date of a figure.
        "Only 12 hectares of the site have been built on since it was first zoned in 2011",
        "The hub has trained 400 founders since we opened its doors in March 2020",
        "Some 60 firms have moved in since the campus was completed in 2019",
    ],
)
def test_a_clause_since_what_started_is_the_start_of_a_span(sentence: str) -> None:
    assert find_date("ref_date", blank_other_dates(sentence)) is None


def test_a_comparative_in_brackets_dates_its_own_figure_only() -> None:
    sentence = "Occupancy was 91.2% (30 June 2026: 88.4%) at the year end."
    blanked = blank_comparatives_after(sentence, sentence.index("91.2"))
    assert len(blanked) == len(sentence)
    assert find_date("ref_date", blanked) is None  # "at the year end" names no year
    # The figure inside the brackets keeps its label's date.
    inside = blank_comparatives_after(sentence, sentence.index("88.4"))
    assert find_date("ref_date", inside, sentence.index("88.4")) == "2026-06-30"


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports came to US$80 million, 12% more than in 2025.",
        "Sales were 4% higher than in fiscal 2025.",
        "Output rose to 1,200 units, 3% fewer than in H1 FY26.",
    ],
)
def test_the_period_a_figure_is_compared_with_is_not_its_date(sentence: str) -> None:
    assert find_date("ref_date", blank_other_dates(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A change told "on" a date names its base, not the figure's date.
        ("Tenant firms employed 9,200, up 6% on end-2025", None),
        ("Occupancy was 88%, down 3 points on December 2025", None),
        ("Revenue rose 12 per cent on 2024", None),
        # The figure's own date, with no "on", is left alone.
        ("Occupancy was 88% at end-2025, with 40 firms on site", "2025-12-31"),
    ],
)
def test_a_change_on_a_date_names_its_base(sentence: str, expected: str | None) -> None:
    assert find_date("ref_date", blank_other_dates(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A part of the year a figure is said to be above or below is a base, not its date:
        # the quarter the sentence opens with dates the figure (README: 比上半年, 高於上半年).
        ("第三季新簽租約合共86宗，高於上半年的季度平均水平", "2026-09-30"),
        ("三季度完成投资12亿元，低于一季度", "2026-09-30"),
    ],
)
def test_a_part_of_the_year_above_or_below_is_a_base(sentence: str, expected: str) -> None:
    assert find_relative_date(blank_other_dates(sentence), "2026", "2026", "2026-12-20") == expected


def test_a_base_levels_month_without_its_year_does_not_date_the_figure() -> None:
    # "…to 71.5%, up from 66.0% at the end of March": the month is the base's; the figure
    # takes its heading's as-at day (and the base its own month, in the page's year).
    text = (
        "Westbank Tech Park\nQuarterly note | 9 October 2026\n\n"
        "Where we stand (as at 30 September 2026)\n\n"
        "Occupancy climbed to 71.5%, up from 66.0% at the end of March.\n"
        "Start-ups on site: 128, against 117 in June.\n"
    )
    dated = {value: ref for value, _, _, ref in figure_rows(text)}
    assert dated[71.5] == "2026-09-30"
    assert dated[66.0] == "2026-03-31"
    assert dated[128.0] == "2026-09-30"
    assert dated[117.0] == "2026-06-30"
    # The date of the base alone is blanked, not the sentence's other dates, and not when the
    # figure read is the base itself.
    sentence = "Vacancy eased to 7.2% at end-August from 9.1% at the end of 2025"
    assert "August" in blank_other_bases(sentence, sentence.index("7.2"))
    assert "2025" not in blank_other_bases(sentence, sentence.index("7.2"))
    assert "2025" in blank_other_bases(sentence, sentence.index("9.1"))
    text = "Quarterly note | 9 October 2026\n\n" + sentence + ".\n"
    dated = {value: ref for value, _, _, ref in figure_rows(text)}
    assert dated[7.2] == "2026-08-31"
    assert dated[9.1] == "2025-12-31"


def test_the_day_an_announcement_is_made_does_not_date_what_it_reports() -> None:
    # "said today that … in the first three quarters": the reporting day is the page's; the
    # figures are of their own period (of the page's year), as the README reads it.
    text = (
        "News release\n\nDate: 2026-10-20\n\n"
        "The Innovation Office said today that its voucher scheme funded 132 firms in the "
        "first three quarters of the year.\n\n"
        "The Board announced on Monday (19 October), that 58 projects were approved in the "
        "third quarter.\n"
    )
    dated = {value: ref for value, _, _, ref in figure_rows(text)}
    assert dated[132.0] == "2026-09-30"
    assert dated[58.0] == "2026-09-30"


def test_an_aside_that_dates_its_nouns_making_does_not_date_the_figure() -> None:
    # "…, set up by the city and a state bank in 2024, had backed 19 start-ups by the end of
    # September": the aside dates the fund's founding; the month is of the page's year.
    text = (
        "Source: Delta Daily | Editor: Lin Pei | 2026-10-28 09:40\n\n"
        "The angel fund, set up by the city and a state bank in 2024, had backed 19 start-ups by "
        "the end of September, its manager said.\n"
    )
    assert [ref for _, _, _, ref in figure_rows(text)] == ["2026-09-30"]


@pytest.mark.parametrize(
    "said",
    [
        "a share similar to that of 2025",
        "a level in line with 2025's",
        "the same as in 2025",
        "close to that of 2025",
    ],
)
def test_a_year_the_figure_is_likened_to_is_not_its_date(said: str) -> None:
    # Round 49: a figure likened to another year's level ("a share similar to that of 2025")
    # takes the review's year (2026), not the year it is likened to.
    text = (
        "HILLCREST SCIENCE PARK\nANNUAL REVIEW 2026\nPublished March 2027\n\n"
        f"Exports made up about 60% of total revenue, {said}.\n"
    )
    assert figure_rows(text) == [(60.0, "observation", None, "2026-12-31")]


def test_the_same_point_last_year_after_from_is_the_bases_day() -> None:
    # Review 18: "from 85 percent at the same point last year" dates the base, not the 92%.
    text = (
        "Issued 14 October 2026\n\n"
        "Occupancy rose to 92 percent, from 85 percent at the same point last year.\n"
    )
    assert figure_rows(text) == [
        (92.0, "observation", None, None),
        (85.0, "observation", None, "2025-10-14"),
    ]


def test_a_comparative_in_brackets_before_a_change_does_not_date_it() -> None:
    # README: a comparative's label ("(1H26: …)") dates the figure inside its brackets only;
    # a change told after them is of the sentence's own period.
    sentence = "Rental income: RMB 640.2 million (1H26: RMB 598.7 million), up 6.9%"
    blanked = blank_comparatives_after(sentence, sentence.index("6.9"))
    assert len(blanked) == len(sentence)
    assert find_date("ref_date", blanked) is None
    inside = blank_comparatives_after(sentence, sentence.index("598.7"))
    assert "1H26" in inside
