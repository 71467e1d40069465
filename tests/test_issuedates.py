"""The day a page was issued (zonetrack.issuedates).

Texts written for these tests; expected dates from the README's rules: a line of its own that
tells the act making a plan, strategy or speech final (adopted, endorsed, approved, delivered,
last revised) on a day dates the page, as a date line does; the same words opening a sentence
that goes on do not.
"""

from __future__ import annotations

import pytest

from zonetrack.issuedates import find_page_date, spoken_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour City Science Park\nStrategy 2027-2031\n"
            "Approved by the Board of Governors at its meeting of 3 March 2027\n\n1. Overview\n",
            "2027-03-03",
        ),
        (
            "Mayor's Address 2026\nPresented to the City Assembly on 14 October 2026\n\n"
            "Part 1: Jobs\n",
            "2026-10-14",
        ),
        (
            "Lakeside Incubator\nAnnual plan 2027\n"
            "Riverside campus | Prepared by the programme office | Last amended 5 January 2027\n",
            "2027-01-05",
        ),
        (
            "Green Valley Plan\nAdopted by the county council on 2 May 2026.\n",
            "2026-05-02",
        ),
        # The act opening a sentence that goes on is no date line.
        (
            "Green Valley Plan\n\nApproved by the county council on 2 May 2026, the plan sets out "
            "how the valley will add 40 firms by 2030. It is reviewed each year.\n",
            None,
        ),
    ],
)
def test_a_line_of_adoption_or_revision_dates_the_page(text: str, expected: str | None) -> None:
    assert find_page_date(text, "CNY")[1] == expected


# A running head or title block whose fields are set off by bars, one of them a day alone: the
# page's own date (as a month alone there is its month). A day inside a field of words is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbourfront Tech Hub: Partner Update\n"
            "Hub Development Office | 18 March 2027 | Internal use only\n\nSlide 1\n",
            "2027-03-18",
        ),
        (
            "星河科创园季度简报\n"
            "星河科技创新园区管理委员会经济发展与产业服务局综合处编印｜2026年12月3日｜内部资料，仅供参阅\n",
            "2026-12-03",
        ),
        # The day's time of day after it, in the last field or before the next bar.
        (
            "Lakeside zone adds labs\n\nSource: Riverline News | Editor: Zhou Min | 2026-09-03 "
            "14:20\n\nBody.\n",
            "2026-09-03",
        ),
        (
            "Portside Campus | 7 May 2027, 9:30 (HKT) | Media briefing\n",
            "2027-05-07",
        ),
        (
            "Harbourfront Tech Hub\nBoard pack | meeting held on 18 March 2027 to approve the "
            "budget | Draft\n",
            None,
        ),
    ],
)
def test_a_day_as_a_barred_field_of_the_head_dates_the_page(
    text: str, expected: str | None
) -> None:
    # (A long body below: the head's line is no footer.)
    body = "\n".join(f"Item {n}: text of the deck, with no date in it" for n in range(12))
    assert find_page_date(f"{text}\n{body}\n", "CNY")[1] == expected


# A body long enough that neither the page's head nor its last lines reach the date tested.
_BODY = "".join(
    f"{n}. The warehouse at Pier {n} was let to a logistics firm on a five-year lease.\n\n"
    for n in range(1, 9)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title line that gives the day the document bears, other fields after wide spaces.
        (
            "LISTING DOCUMENT DATED 9 MARCH 2027          FOR PROFESSIONAL INVESTORS ONLY\n\n"
            "Eastport Holdings Ltd\n\n" + _BODY,
            "2027-03-09",
        ),
        # A date alone in a bar-delimited field of a title block.
        (
            "Riverside Science Park - Quarterly Briefing\n"
            "Prepared by the Finance Office | 14 January 2027 | Internal\n\nSlide 1\n" + _BODY,
            "2027-01-14",
        ),
        # An English sign-off at the page's foot: the place, a comma, the day.
        (
            "NOTICE OF DISPOSAL\n\n" + _BODY + "By order of the Board\n"
            "Eastport Holdings Ltd\nChairman\n\nSingapore, 3 February 2027\n",
            "2027-02-03",
        ),
        # A place and a day opening a line that goes on is no sign-off.
        (
            "NOTICE\n\n"
            + _BODY
            + "Singapore, 3 February 2027 was the day the deed was signed.\n\nEnds\n",
            None,
        ),
    ],
)
def test_a_dated_title_a_barred_field_or_a_signed_place_dates_the_page(
    text: str, expected: str | None
) -> None:
    assert find_page_date(text, "HKD")[1] == expected


@pytest.mark.parametrize("time", ["8:00 a.m. ET", "4:30 p.m. HKT", "9 A.M. (Beijing time)"])
def test_a_time_of_day_after_the_head_date_ends_no_sentence(time: str) -> None:
    # A call's transcript dates its head with the time it began: the dots of a.m. and p.m.
    # end no sentence, so the line is the page's date line (README: the page's date).
    text = (
        "Second Quarter 2027 Earnings Call\n"
        f"August 9, 2027 | {time}\n\n" + _BODY + "Operator: Welcome.\n\nCFO: Thank you.\n"
    )
    assert find_page_date(text, "CNY")[1] == "2027-08-09"


# Round 53: a line of a month and a word of printing (印制, 印製, 编印), the year and month in
# Chinese numerals or digits, dates the page at that month's first day, as 出版 does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("滨江综合保税区\n投资指南\n二〇二七年三月印制\n\n一、区位优势\n", "2027-03-01"),
        ("南港產業園區\n招商手冊\n2026年11月印製\n\n園區簡介\n", "2026-11-01"),
    ],
)
def test_a_month_line_with_a_word_of_printing_dates_the_page(
    text: str, expected: str | None
) -> None:
    assert find_page_date(text, "CNY")[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title that names the period a report covers, the board's sign-off at its foot.
        (
            "RIVERMOUTH PARKS LIMITED\nINTERIM RESULTS\nFOR THE SIX MONTHS ENDED 30 JUNE 2027\n\n"
            + _BODY
            + "By order of the Board\nChairman\n\nHong Kong, 12 August 2027\n",
            "2027-08-12",
        ),
        # A yearbook's span line, the month it was published in brackets under its title.
        (
            "西岭年鉴·2028\n（第十二卷，2028年6月出版）\n收录时限：2027年1月1日至12月31日\n\n"
            "　　全年新增企业420家。\n",
            "2028-06-01",
        ),
    ],
)
def test_a_day_that_bounds_a_period_does_not_date_the_page(text: str, expected: str) -> None:
    # README: a date that ends or starts the period a page covers ("ended", 至) is no date line.
    assert find_page_date(text, "CNY")[1] == expected


# Review 19: a press release's dateline dash opens its first sentence, which may begin with a
# year; only a dash before another date bounds a period.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbour Parks Sets Record\nSINGAPORE, 9 April 2027 – 2026 was the best year yet for "
            "Harbour Parks.\nThe park hosts 40 labs.\n",
            "2027-04-09",
        ),
        (
            "QUARTERLY UPDATE\nFor 1 January – 31 March 2027\n\nIssued 20 April 2027\n",
            "2027-04-20",
        ),
    ],
)
def test_a_dateline_dash_before_a_sentence_bounds_no_period(text: str, expected: str) -> None:
    assert find_page_date(text, "CNY")[1] == expected


# Review 19: a volume numbered in digits before the month of publishing, as in Chinese numerals.
@pytest.mark.parametrize(
    "text",
    [
        "临港通讯\n（第7期，2027年5月出版）\n园区新增企业12家。\n",
        "临港通讯\n（总第112期，2027年5月出版）\n正文。\n",
    ],
)
def test_a_volume_numbered_in_digits_before_the_month_line(text: str) -> None:
    assert find_page_date(text, "CNY")[1] == "2027-05-01"


@pytest.mark.parametrize(
    ("opening", "page_date", "expected"),
    [
        # Round 56: an interview's opening names the day it was given; its answers' present
        # is that day, not the (in the two months up to the page's date).
        ("Wang Li spoke to Harbour Weekly on March 2 in her office.", "2027-03-09", "2027-03-02"),
        ("He was interviewed in Suzhou on 28 December.", "2027-01-06", "2026-12-28"),
        # No day of speaking, or one long before the issue: the page's own date stands.
        ("She spoke at the forum about housing.", "2027-03-09", None),
        ("He spoke to us on 4 June.", "2027-03-09", None),
    ],
)
def test_an_interview_s_day_is_its_present(opening: str, page_date: str, expected: str) -> None:
    assert spoken_day("Q&A\n\n" + opening, page_date) == expected


def test_an_interview_s_answers_are_of_the_day_it_was_given() -> None:
    from conftest import figure_rows

    text = (
        "Harbour Weekly | Published March 9, 2027\n\n"
        "Wang Li spoke to Harbour Weekly on March 2.\n\n"
        "So far 1,250 tenants have moved in."
    )
    assert [(ref) for _, _, _, ref in figure_rows(text)] == ["2027-03-02"]
