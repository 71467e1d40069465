"""Which numerals are quantities (zonetrack.quantities), through extract_figures.

Texts written for these tests in the style of plans and news; expected values from the
README's rules (round 39): money that defines a class of the things a count beside it counts
("each worth at least 50 million yuan", "valued at US$500 million or more") is no figure.
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures

PAGE = "Zone news\nPublished: 4 March 2028\n"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "The zone wants 40 projects this year, each worth at least 50 million yuan.", [40]),
        (
            PAGE + "Of these, 12 should each involve investment of RMB 800 million or more.",
            [12],
        ),
        (PAGE + "Six of its graduates are now valued at US$500 million or more.", [6]),
        # One company's value, stated, is a figure.
        (PAGE + "The firm is valued at US$500 million.", [5e8]),
        # Round 55: "every project above …", "any firm with sales of over …": the floor that
        # picks out each member of a class, no figure.
        (PAGE + "Every plant above 300 million yuan gets a liaison officer.", []),
        (PAGE + "Any firm with sales of over 20 million yuan may apply; 14 did.", [14]),
    ],
)
def test_a_class_threshold_is_no_figure(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == values


# Round 43 and 44: labels and dates that are no figures, in broker notes, decks, tenders and
# assessments (texts written for the tests; the README's "Labels and dates that are no figures").
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "Harbour Park Update, Slide 5 of 22: occupancy reached 88%.", [88]),
        (PAGE + "2027Q2 results: rent income rose 6%.", [6]),
        (PAGE + "Priced on 14-Oct-2027, the note pays 5% until Jun-29; next call 03-Mar-28.", [5]),
        (PAGE + "9M27 sales reached RMB 3.1bn, down 2pp.", [3.1e9, 2]),
        # Review 16, L6: a page cited without a full stop; percentage points follow theirs.
        (PAGE + "As pp 3 of the plan shows, 40 firms joined.", [40]),
        (PAGE + "See pp 12-14: the share fell 2 pp over 3 years.", [2]),
        (PAGE + "Tender 31/DSAL/2027 closed with 7 bids.", [7]),
        (PAGE + "exempt under Rule 14A.76 of the Listing Rules, it adds 40 staff.", [40]),
        ("园区简报\n发布日期：2028年3月4日\n表2　重点指标\n企业数增长12%。", [12]),
        ("园区简报\n发布日期：2028年3月4日\n综合评价得分88分（满分100分），新增企业30家。", [30]),
        (
            "園區公告\n發布日期：2028年3月4日\n因適用百分比率超過5%但低於25%，須予披露；收購30家。",
            [30],
        ),
        ("園區公告\n發布日期：2028年3月4日\n餘款將於十個營業日內支付，共200萬元。", [2e6]),
        # Round 50: notes numbered 1. 2. on lines set in by full-width spaces: list markers.
        (
            "园区简报\n发布日期：2028年3月4日\n　　附注：\n　　1.研发投入按财务口径统计。\n"
            "　　2.本年新增企业30家。",
            [30],
        ),
        ("园区简报\n发布日期：2028年3月4日\n　　注：3.数据为初步统计，新增企业30家。", [30]),
        # Conditions a class or an applicant must meet: thresholds, no figures.
        (
            "园区简报\n发布日期：2028年3月4日\n认定为示范平台的，应当同时具备研发人员不少于50人、"
            "年度研发投入不低于1000万元等条件。今年共认定示范平台6家。",
            [6],
        ),
        ("園區公告\n發布日期：2028年3月4日\n申請機構須符合資產總額超過5億元的標準，獲批3家。", [3]),
        # Round 53: a number glued to an office's name at the end of a line (a sign-off's
        # 議會事務部4, 综合业务科2) numbers the division, no count.
        ("會議紀要\n出席委員12人。\n\n立法會秘書處\n議會事務部4\n2028年3月4日\n", [12]),
        ("会议纪要\n参会企业25家。\n管委会办公室综合业务科2\n", [25]),
        # Round 52: a unit of power or energy written against its number (12.4MW, 30kWh) is
        # the figure's unit, no code of letters and digits, before a Chinese word too.
        ("園區公告\n發布日期：2028年3月4日\n儲能系統容量達8.6MW，另有2MW正在施工。", [8600, 2000]),
        ("园区简报\n发布日期：2028年3月4日\n新增充电站容量120kW，3D打印中心1个。", [120, 1]),
    ],
)
def test_labels_and_dates_are_no_figures(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == pytest.approx(values)


# A period labelled year first (2027Q3, 2026H2), as slides and charts write it, is a date, no
# count; the figure beside it stands.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "Milestones: 45 new labs by 2028Q3.", [45]),
        (PAGE + "2027H2 update: 18 firms signed.", [18]),
    ],
)
def test_a_period_labelled_year_first_is_no_figure(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == values


# Rounds 46 and 47: a span of business days, how a plan is divided, a listed company's code
# with its exchange's suffix, and the threshold that defines a class in brackets are no figures;
# the figures beside them stand (texts written for these tests).
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "The deposit of 2 million yuan is repaid within 15 working days.", [2e6]),
        (PAGE + "Refunds follow within 10 business days; 45 were paid.", [45]),
        (PAGE + "The scheme is rolled out in three phases and funds 60 firms.", [60]),
        (PAGE + "The campus is built in 2 stages on 12 hectares.", [1.2e5]),
        ("園區簡報\n發布日期：2028年3月4日\n海灣科技（1835.HK）上半年新簽租約42份。", [42]),
        ("园区简报\n发布日期：2028年3月4日\n华芯股份（688120.SH）新增产线3条。", [3]),
        ("园区简报\n发布日期：2028年3月4日\n培育专精企业8家（专精企业指营收超2亿元的企业）。", [8]),
        # A provision's number in lower case, mid-sentence.
        (PAGE + "As set out in section 4, the fund backs 25 firms under clause 7.", [25]),
    ],
)
def test_spans_phases_codes_and_class_definitions_are_no_figures(
    text: str, values: list[float]
) -> None:
    assert list(extract_figures(text)["value"]) == pytest.approx(values)


# Review 16, L1: an "x" between two numbers before a length is a thing's dimensions, no
# multiple and no count (texts written for the test); after one number it is a multiple.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "Each of its 12 startups got a 3 x 4 m stand.", [12]),
        (PAGE + "The lab's 10 x 10 m clean room took 9 months.", []),
        (PAGE + "A 2 × 3 × 4 metres module houses 6 racks.", [6]),
        (PAGE + "The fund is valued at 11.5x earnings.", [11.5]),
    ],
)
def test_dimensions_are_no_figures(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == pytest.approx(values)


# A layout written with "x" between two small whole numbers before a noun (2 x 2 lanes, a 4 x 4
# grid of plots) is how a thing is arranged, no multiple and no count (texts written for the
# test); a larger number after the "x" is a figure of its own (3 x 150 rooms). Nor is a
# footnote's mark a figure.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "The new bridge will carry 2 x 3 lanes by 2028.", []),
        (PAGE + "The site is laid out as a 4 x 4 grid of 16 plots.", [16]),
        (PAGE + "The hotel block has 3 x 150 rooms.", [3, 150]),
        # A number alone in square brackets ([3], [12]) marks a footnote (or a list's item).
        (PAGE + "The park had 1,450 firms at the end of 2025 [4], up from 1,100.", [1450, 1100]),
        (PAGE + "截至2025年底，园区企业达1,450家。[12]", [1450]),
        (PAGE + "Output rose 12%.[7] Exports grew 8%.", [12, 8]),
    ],
)
def test_a_layout_or_a_footnote_mark_is_no_figure(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == pytest.approx(values)


# Review 16, L2: k before a race is its distance, no thousands (texts written for the test).
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "The park's 5k run drew 800 staff.", [800]),
        (PAGE + "A 10K charity race raised RMB 2 million.", [2e6]),
        (PAGE + "The park hosts 12k residents.", [12_000]),
    ],
)
def test_a_race_distance_is_no_figure(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == pytest.approx(values)


# Round 49: a term's year named by its number ("Programme Year 2"), the years of a term
# counted ("its four Scheme Years"), how a payment is divided ("in three instalments"), a body's
# number ("Panel Division 3") and a title's catchphrase of parallel parts are no figures.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "By the end of Programme Year 2, the fund wants 60 teams funded.", [60]),
        (PAGE + "Over its four Scheme Years, the scheme will fund 200 start-ups.", [200]),
        (PAGE + "Each grant of HK$2 million is paid in three instalments.", [2e6]),
        (PAGE + "The grant is paid in two tranches to 30 teams.", [30]),
        (PAGE + "Clerk, Council Business Division 3, reported 14 motions.", [14]),
        (PAGE + "Three ports, two speeds: how the zone grew\n\nIt hosts 85 labs.", [85]),
        # A count written in words, in a sentence, is a figure still.
        (PAGE + "The park opened two labs, three incubators and a dormitory.", [2, 3]),
    ],
)
def test_term_years_tranches_and_catchphrases_are_no_figures(
    text: str, values: list[float]
) -> None:
    assert list(extract_figures(text)["value"]) == values


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # The verb: a count of what is issued.
        ("The bureau will issue 300 permits this year.", [300.0]),
        ("The park would issue 50 vouchers by 2027.", [50.0]),
        # A journal's issue or volume: no figure.
        ("See Issue 12 of the Bulletin, which lists 40 firms.", [40.0]),
        ("as reported in issue 12 of the bulletin, 40 firms joined.", [40.0]),
        ("Bulletin issue 7/2026 lists 40 firms.", [40.0]),
        ("Vol. 12, No. 3 lists 40 firms.", [40.0]),
    ],
)
def test_issue_the_verb_counts_and_a_journals_issue_does_not(
    sentence: str, values: list[float]
) -> None:
    assert list(extract_figures(sentence)["value"]) == values


def test_a_goal_beside_a_standard_building_is_no_condition() -> None:
    # Review 18: 需达到 before a goal, and 标准厂房 (a standard factory building) in the next
    # clause, make no condition; conditions stay within their clause.
    text = (
        "发布时间：2026年10月14日\n"
        "到2027年，新增高新技术企业需达到500家，建成标准厂房100万平方米。\n"
    )
    assert list(extract_figures(text)["value"]) == [500.0, 1e6]


def test_a_units_rating_after_x_is_no_layout() -> None:
    # Review 18: "2 x 50 MW turbines" rates each turbine; the layout rule ("2 x 3 lanes")
    # must not drop the 50 MW.
    frame = extract_figures("The plant will install 2 x 50 MW turbines by 2027.")
    assert (50000.0, "kW") in list(zip(frame["value"], frame["unit"], strict=True))
    assert list(extract_figures("The road has 2 x 3 lanes.")["value"]) == []


# A move in a ranking ("climbed four places"), a place in one written in words ("into the top
# ten") and a time of day ("at two in the morning") are no figures; a set named again by its
# number after "the" ("the 45 parks" after "ranks 45 provincial parks") is no new one.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (PAGE + "Ningbo's park rose four places to 11th, and Wuxi fell 3 spots.", []),
        (PAGE + "Hefei broke into the top ten; 14 firms joined.", [14]),
        (PAGE + "The lab closed at two in the morning after 36 tests.", [36]),
        (
            PAGE + "The survey ranks 45 provincial parks. Together the 45 parks employ 9,300.",
            [45, 9300],
        ),
        # (A number after "the" that counts something new stays a figure.)
        (PAGE + "The 12 new labs opened in January.", [12]),
    ],
)
def test_ranks_times_and_sets_named_again_are_no_figures(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == pytest.approx(values)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A power's symbol glued to its number in a Chinese text is its unit, no code.
        ("园区简报\n发布日期：2028年3月4日\n装机容量达12.4MW，另有3.5MW在建。", [12400, 3500]),
        # A code of digits and capitals stays no figure.
        ("园区简报\n发布日期：2028年3月4日\n引进2017SWC项目，新增企业5家。", [5]),
    ],
)
def test_a_power_symbol_glued_to_its_number_is_its_unit(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == pytest.approx(values)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # Round 56: after "to" or a modal, top is a verb ("exceed") and the number a figure ...
        (PAGE + "The county wants exports to top 40 billion yuan by 2030.", [4e10]),
        (PAGE + "Visitor numbers should top 90,000 this year.", [90_000]),
        # ... while "the top 50" is a class, no figure.
        (PAGE + "It is one of the top 50 parks and hosts 310 firms.", [310]),
    ],
)
def test_top_after_to_or_a_modal_is_a_verb(text: str, values: list[float]) -> None:
    assert list(extract_figures(text)["value"]) == values
