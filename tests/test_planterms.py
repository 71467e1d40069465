"""A plan's own term (zonetrack.planterms), read once per page, through extract_figures
(the phrases dating a figure by it: test_termphrases).

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
