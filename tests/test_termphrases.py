"""The goals and facts a plan's term dates (zonetrack.termphrases), through extract_figures.

Texts written for these tests in the style of plans, guidelines, progress notes and news
reviews; expected values from the README's rules (round 46 and review 17): a phrase dating a
figure by the term a page states ("by the end of the plan's second year", 三年內, "by the
mid-term review in 2027") yields to a date of the figure's own and to a fact told as done;
"at launch" is the plan's own launch; a cap or a fee a term sets is no goal; a term counted
from a day the page does not give makes a goal with no deadline, never a fact.
"""

from __future__ import annotations

from conftest import figure_rows

REVIEW = (
    "LAKEVIEW, June 20, 2027 (City Wire) -- The plan took effect on Jul. 1, 2025 and runs to "
    "Jun. 30, 2028. Exports reached 5,200 units in the first year of the plan. The zone had 64 "
    "firms at launch. It now aims to have 150 firms by the end of the plan's second year, and "
    "to lift the local share to 45 percent by the time the plan expires.\n\n"
    "A separate scheme will run for two years once the ministry signs off, with the aim of "
    "training 800 technicians over that period.\n"
)


def test_a_review_dates_facts_by_the_term_and_leaves_an_unstarted_scheme_undated() -> None:
    assert figure_rows(REVIEW) == [
        (5200.0, "observation", None, "2026-06-30"),
        (64.0, "observation", None, "2025-07-01"),
        (150.0, "target", "2027-06-30", None),
        (45.0, "target", "2028-06-30", None),
        (800.0, "target", None, None),
    ]


SCHEME = (
    "科技局新聞稿\n發佈日期：2026-05-04\n\n"
    "創新券計劃下月推出　三年內資助1,500家企業\n\n"
    "　　計劃自2026年6月1日起生效，有效期三年。計劃生效後首12個月內，受資助企業不少於400家。\n"
)


def test_a_span_as_long_as_the_term_is_the_term() -> None:
    # 三年內 in the headline of a scheme valid for three years from 2026-06-01
    assert figure_rows(SCHEME, "HKD") == [
        (1500.0, "target", "2029-05-31", None),
        (400.0, "target", "2027-05-31", None),
    ]


GUIDE = (
    "Harbourside Maker Space Pilot\nGuidelines for Members\n\n"
    "1. The Pilot runs in phases. Phase I, from 1 October 2026 to 30 September 2027, uses the "
    "ground floor.\n\n"
    "2. The Board has set the following targets:\n"
    "  (a) during Phase I, at least 25 makers admitted;\n"
    "  (b) by the mid-term review in 2027, at least 8 admitted makers having raised seed "
    "funding;\n\n"
    "3. Members pay HK$900 a month during Phase I, which is 40% below the market rate.\n\n"
    "Issued by the Pilot Office | 3 August 2026 | Enquiries: 2811 0042\n"
)


def test_a_review_named_with_its_year_and_a_fee_in_a_phase() -> None:
    assert figure_rows(GUIDE, "HKD") == [
        (25.0, "target", "2027-09-30", None),
        # a review of the plan named by its year only: due at that year's end
        (8.0, "target", "2027-12-31", None),
        # a fee per month during a phase, and its discount: terms of the pilot, undated
        (900.0, "observation", None, None),
        (40.0, "observation", None, None),
    ]


# Review 17: a term's phrase dates a figure only when nothing stronger in its own statement
# does; "at launch" is the plan's launch; each phrase counts from the plan it belongs to.

TOLD_AS_FACT = (
    "Westgate Renewal Plan: progress note\n\nIssued 12 April 2027\n\n"
    "The Renewal Plan took effect on 1 January 2026 and runs for four years.\n"
    "The old library served 9,000 readers over its life so far.\n"
    "Phase I, from 1 January 2026 to 31 December 2027, covers the riverside blocks.\n"
    "Phase I of the Science Hall, finished in 2025, holds 75 workshops.\n"
    "The Plan will open 40 studios by the end of the Plan.\n"
)


def test_a_fact_or_a_date_in_the_statement_outranks_the_term() -> None:
    assert figure_rows(TOLD_AS_FACT) == [
        # "so far": a tally to the page's date, not a goal of the plan's life
        (9000.0, "observation", None, "2027-04-12"),
        # a date of its own (2025) in the statement: not the plan's end
        (75.0, "observation", None, "2025-12-31"),
        (40.0, "target", "2029-12-31", None),
    ]


ZH_TOLD_AS_FACT = (
    "某区智造计划实施情况\n发布时间：2027年4月12日\n\n"
    "本计划自2026年1月1日起实施，为期两年。\n"
    "两年内已有60家企业完成改造。\n"
    "计划期末，改造企业达到150家。\n"
)


def test_a_figure_told_as_done_is_no_goal_of_the_term() -> None:
    assert figure_rows(ZH_TOLD_AS_FACT) == [
        # 已有: a fact of the page's date, though 两年内 is the term's span
        (60.0, "observation", None, "2027-04-12"),
        (150.0, "target", "2027-12-31", None),
    ]


OTHER_LAUNCH = (
    "Issued 12 April 2027\n\n"
    "The Eastport Plan took effect on 1 January 2026 and runs for five years.\n"
    "The port's booking portal, launched in June 2026, had 800 accounts at launch.\n"
    "The Eastport Plan had 30 member firms at launch.\n"
)


FUTURE_LAUNCH = (
    "Issued 12 April 2027\n\n"
    "The Cycle Lanes Programme will be launched on 1 September 2027 and runs for three years.\n"
    "The Programme will have 50 km of lanes at launch.\n"
)


def test_at_launch_is_the_plans_launch_and_a_future_launch_makes_a_goal() -> None:
    assert figure_rows(OTHER_LAUNCH) == [
        # the portal's own launch, not the plan's start
        (800.0, "observation", None, "2026-06-30"),
        (30.0, "observation", None, "2026-01-01"),
    ]
    assert figure_rows(FUTURE_LAUNCH) == [(50.0, "target", "2027-09-01", None)]


OTHER_YEAR_AND_CAP = (
    "发布时间：2027年1月5日\n\n"
    "本办法自2027年3月1日起施行，有效期2年。\n"
    "本办法施行后首年，对每个项目最高奖励100万元。\n"
    "第一阶段（27至28年）建成实验室6个。\n"
)


METRO = (
    "Issued 12 April 2028\n\n"
    "The Transit Plan took effect on 1 January 2026 and runs for five years.\n"
    "In its first year, the tram line carried 2 million riders.\n"
)


def test_a_cap_its_first_year_and_short_years_on_a_yuan_page_are_undated() -> None:
    assert figure_rows(OTHER_YEAR_AND_CAP) == [
        # a cap per project: a rule term of the first year, undated
        (1e6, "observation", None, None),
        # 27至28年 on a yuan page: no Republic of China years
        (6.0, "observation", None, None),
    ]
    # "its" first year: the tram line's, which the page does not date
    assert figure_rows(METRO) == [(2e6, "observation", None, None)]


# A term whose start the page does not give, and a fact in the same sentence with its own
# date or told as done: the fact stays a fact (the undated term makes goals, not facts).
UNDATED_TERM_BESIDE_FACTS = (
    "Issued 10 March 2026\n\n"
    "The voucher pilot will run for twelve months once the Board signs off, and the district "
    "counted 300 firms at the end of 2025.\n\n"
    "试点以两年为期，启动日期另行公告，园区2025年末已有企业120家，试点期内新增企业40家。\n"
)


def test_an_undated_term_leaves_a_dated_or_done_fact_a_fact() -> None:
    assert figure_rows(UNDATED_TERM_BESIDE_FACTS) == [
        (300.0, "observation", None, "2025-12-31"),
        (120.0, "observation", None, "2025-12-31"),
        # 试点期内 of a pilot whose start is to be announced: a goal with no deadline.
        (40.0, "target", None, None),
    ]


# Round 49: a term's years named by their number ("Scheme Year 2"), counted ("over its three
# Scheme Years") and a span from its start ("in the Scheme's first 18 months"), with the start
# a later section proposes ("will commence on 1 July 2027"): goals due at those years' ends.
PROPOSAL = (
    "Harbour Voucher Scheme: Consultation Paper\nDate of issue: 2 March 2027\n\n"
    "2.1  By the end of Scheme Year 2, at least 80 firms would hold vouchers.\n\n"
    "2.2  In the Scheme's first 18 months, the office would award 50 vouchers.\n\n"
    "2.3  Over its three Scheme Years, the Scheme would fund 300 firms.\n\n"
    "3.1  A sum of HK$50 million would be set aside in Scheme Year 1 for training.\n\n"
    "4.1  The Scheme will commence on 1 July 2027.\n"
)


def test_a_terms_numbered_and_counted_years_date_goals_from_a_proposed_start() -> None:
    assert figure_rows(PROPOSAL) == [
        (80.0, "target", "2029-06-30", None),
        (50.0, "target", "2028-12-31", None),
        (300.0, "target", "2030-06-30", None),
        (50e6, "target", "2028-06-30", None),
    ]


# Round 49: "within two years of the date of signing" counts from the day the sentence says
# its agreement was signed (or the day named after the phrase): a goal due the day before the
# same day-number, as any month count is (README).
SIGNED = (
    "Port news\nPublished 2 September 2026\n\n"
    "Under a lease signed with the port on 15 August 2026, the operator will build 30 berths "
    "within two years of the date of signing.\n\n"
    "The builder is to finish 8 sheds within 18 months of signing, 1 June 2026.\n"
)


def test_a_span_from_signing_counts_from_the_signing_day() -> None:
    assert figure_rows(SIGNED) == [
        (30.0, "target", "2028-08-14", None),
        (8.0, "target", "2027-11-30", None),
    ]
