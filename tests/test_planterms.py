"""A plan's own term (zonetrack.planterms), read once per page, and the goals and facts it
dates, through extract_figures.

Texts written for these tests in the style of plans, notices, programme frameworks and news
reviews; expected values from the README's rules (round 46): a phrase counting from the term
a page states (实施第二年末, 试点期满, 有效期届满时, 第一階段結束時, "within 12 months of
launch", "by the end of Phase I", "over the life of the Programme") dates a goal by the day it
names (months counted exactly, leap years too), a fact when that day is not after the page's;
"at launch" is a fact of the start; a term counted from a day the page does not give makes a
goal with no deadline.
"""

from __future__ import annotations

import pandas as pd
from conftest import figure_rows

from zonetrack.planterms import find_plan_terms

PLAN = (
    "东湖区数字贸易培育计划（2027—2029年）\n\n"
    "东湖区人民政府\n2027年2月10日\n\n"
    "一、总体目标\n"
    "计划实施第一年，新增数字贸易企业不少于40家；实施第二年末，数字贸易额达到120亿元；"
    "到计划实施期满，培育龙头企业8家。\n"
    "二、保障措施\n"
    "计划实施期间每年安排专项资金不少于3亿元，单个项目最高支持500万元。\n"
)

NOTICE = (
    "关于开展数据要素流通试点的通知\n\n"
    "一、试点期限\n试点自2026年10月1日起启动，试点期18个月。\n"
    "二、试点目标\n试点启动后6个月内，上线数据产品不少于50个；试点期满，数据交易额突破20亿元。\n"
    "三、其他\n本通知自2026年9月1日起施行，有效期2年。到本通知有效期届满时，全市数据企业超过300家。"
    "入选单位须自授牌之日起12个月内建成数据专区，专区面积不少于500平方米。\n\n"
    "市数据局\n2026年8月20日\n"
)

PROGRAMME = (
    "Riverside Zone Clean Mobility Programme\n\n"
    "Issued 5 January 2028\n\n"
    "1. The Programme is launched on 1 March 2028 and runs for four years. Phase I covers the "
    "first two years of the Programme and Phase II the rest.\n\n"
    "2. Within 12 months of launch, 30 charging hubs will be in service.\n\n"
    "3. By the end of Phase I, the zone will have 2,000 public chargers.\n\n"
    "4. By the end of the Programme's third year, electric buses will make up 80 percent of the "
    "fleet.\n\n"
    "5. The Committee will commit RMB 600 million over the life of the Programme.\n"
)

REVIEW = (
    "LAKEVIEW, June 20, 2027 (City Wire) -- The plan took effect on Jul. 1, 2025 and runs to "
    "Jun. 30, 2028. Exports reached 5,200 units in the first year of the plan. The zone had 64 "
    "firms at launch. It now aims to have 150 firms by the end of the plan's second year, and "
    "to lift the local share to 45 percent by the time the plan expires.\n\n"
    "A separate scheme will run for two years once the ministry signs off, with the aim of "
    "training 800 technicians over that period.\n"
)

PHASES = (
    "溪口市智慧照明推動計畫\n\n"
    "溪口市政府　中華民國115年2月10日\n\n"
    "本計畫執行期間自115年1月1日至118年12月31日，分兩階段推動："
    "第一階段（115至116年），第二階段（117至118年）。\n"
    "第一階段結束時，完成智慧路燈8,000盞；計畫期末，路燈節電率達四成。\n"
)


def test_a_plan_counts_its_years_from_the_span_its_title_states() -> None:
    assert figure_rows(PLAN) == [
        (40.0, "target", "2027-12-31", None),
        (1.2e10, "target", "2028-12-31", None),
        (8.0, "target", "2029-12-31", None),
        # a yearly amount over the plan's term: due at its end; a cap the plan sets: undated
        (3e8, "target", "2029-12-31", None),
        (5e6, "observation", None, None),
    ]


def test_a_pilot_and_a_notice_each_count_from_their_own_start() -> None:
    assert figure_rows(NOTICE) == [
        # 试点自2026年10月1日起启动，试点期18个月: six months end 2027-03-31, the term 2028-03-31
        (50.0, "target", "2027-03-31", None),
        (2e9, "target", "2028-03-31", None),
        # 自2026年9月1日起施行，有效期2年
        (300.0, "target", "2028-08-31", None),
        # counted from the day each unit is named, which the page does not give
        (500.0, "target", None, None),
    ]


def test_months_after_a_launch_are_counted_exactly_over_a_leap_day() -> None:
    assert figure_rows(PROGRAMME) == [
        (30.0, "target", "2029-02-28", None),
        (2000.0, "target", "2030-02-28", None),
        (80.0, "target", "2031-02-28", None),
        (6e8, "target", "2032-02-29", None),
    ]


def test_a_review_dates_facts_by_the_term_and_leaves_an_unstarted_scheme_undated() -> None:
    assert figure_rows(REVIEW) == [
        (5200.0, "observation", None, "2026-06-30"),
        (64.0, "observation", None, "2025-07-01"),
        (150.0, "target", "2027-06-30", None),
        (45.0, "target", "2028-06-30", None),
        (800.0, "target", None, None),
    ]


def test_phases_in_republic_of_china_years() -> None:
    assert figure_rows(PHASES, "TWD") == [
        (8000.0, "target", "2027-12-31", None),
        (40.0, "target", "2029-12-31", None),
    ]


def test_terms_are_read_once_per_page() -> None:
    terms = find_plan_terms(PROGRAMME)
    assert [(t.kind, t.start, t.end) for t in terms.terms] == [
        ("plan", pd.Timestamp("2028-03-01"), pd.Timestamp("2032-02-29"))
    ]
    assert terms.phases == {
        1: (pd.Timestamp("2028-03-01"), pd.Timestamp("2030-02-28")),
        2: (pd.Timestamp("2030-03-01"), pd.Timestamp("2032-02-29")),
    }
    assert find_plan_terms("No term here.").terms == []


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


TWO_PLANS = (
    "Issued 12 April 2026\n\n"
    "The Skills Plan took effect on 1 January 2023 and runs for three years.\n"
    "The Skills Plan trained 2,000 workers by the end of the Plan.\n"
    "The Cloud Plan took effect on 1 April 2026 and runs for two years; the Cloud Plan aims "
    "to move 300 firms to the cloud by the end of the Plan.\n"
)

ZH_OLDER_PLAN = (
    "发布时间：2026年4月12日\n\n"
    "回顾：上一期行动计划自2022年1月1日起实施，为期四年，成效明显。\n"
    "新一期行动计划自2026年5月1日起实施，为期两年。计划期末，培育企业达到200家。\n"
)


def test_each_phrase_counts_from_the_plan_it_belongs_to() -> None:
    assert figure_rows(TWO_PLANS) == [
        (2000.0, "observation", None, "2025-12-31"),
        (300.0, "target", "2028-03-31", None),
    ]
    assert figure_rows(ZH_OLDER_PLAN) == [
        (200.0, "target", "2028-04-30", None),
    ]


MONTH_ENDS = (
    "Issued 5 January 2028\n\n"
    "The Dock Skills Scheme takes effect on 30 January 2028 and runs for one month.\n"
    "The Scheme will train 120 crane drivers by the close of the Scheme.\n"
)

LEAP_START = (
    "Issued 5 January 2028\n\n"
    "The Orchard Pilot takes effect on 29 February 2028 and runs for 24 months.\n"
    "The Pilot will plant 900 trees by the end of the Pilot.\n"
)


def test_a_term_from_a_late_day_of_the_month_ends_on_the_months_last_day() -> None:
    # the day before the same day-number N months on; a day that does not exist: the month's end
    assert figure_rows(MONTH_ENDS) == [(120.0, "target", "2028-02-29", None)]
    assert figure_rows(LEAP_START) == [(900.0, "target", "2030-02-28", None)]


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
