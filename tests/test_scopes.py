"""Goal or fact as a sentence and its headings tell it (zonetrack.scopes, zonetrack.headings,
zonetrack.goalwords), through extract_figures.

Texts written for these tests in the style of local news and progress notices; expected values
from the README's rules: progress against a goal (完成年度目标的72%, 高于年度目标, 低于序时进度,
还差) is a fact of the period it is told for; a sentence that opens with a period from the
year's start already run at the page's date (今年1—8月) tells facts of it, beside the goal it
quotes; a headline that reports such progress heads no list of goals.
"""

from __future__ import annotations

from test_goals import _rows

NEWS = (
    "滨江日报　2026年9月18日\n\n"
    "前8月工业投资完成年度目标72%\n"
    "滨江高新区全力冲刺全年目标任务\n\n"
    "本报讯 今年1—8月，高新区完成工业投资56亿元，完成年度目标的72%，按照年初确定的78亿元目标，"
    "后四个月还需完成22亿元。1—8月，规上工业产值同比增长9.5%，增速高于年度目标1.5个百分点；"
    "软件业务收入仅完成年度计划的61%，低于序时进度5.7个百分点。\n"
)


def test_progress_against_a_goal_is_a_fact_of_its_period() -> None:
    assert _rows(NEWS) == [
        (72.0, "observation", None, "2026-08-31"),
        (5.6e9, "observation", None, "2026-08-31"),
        (72.0, "observation", None, "2026-08-31"),
        (7.8e9, "target", "2026-12-31", None),
        (2.2e9, "target", "2026-12-31", None),
        (9.5, "observation", None, "2026-08-31"),
        (1.5, "observation", None, "2026-08-31"),
        (61.0, "observation", None, "2026-08-31"),
        (5.7, "observation", None, "2026-08-31"),
    ]


def test_the_gap_to_a_goal_is_a_fact() -> None:
    text = (
        "发布时间：2026-11-20\n\n"
        "今年前10个月，全区研发投入强度达到3.1%，距离年底3.5%的目标还差0.4个百分点。\n"
    )
    kinds = [(value, kind) for value, kind, _, _ in _rows(text)]
    assert kinds == [(3.1, "observation"), (3.5, "target"), (0.4, "observation")]


def test_a_statement_after_a_semicolon_is_of_its_own_year() -> None:
    text = (
        "新区数字经济发展行动方案（2026—2028年）\n发布时间：2026-04-02\n\n"
        "分年度目标。2026年，数字经济核心产业增加值达到300亿元，新增上云企业800家；"
        "2027年，核心产业增加值达到360亿元，累计新增上云企业1800家；2028年，全面完成各项目标。\n"
    )
    assert [(value, deadline) for value, _, deadline, _ in _rows(text)] == [
        (3e10, "2026-12-31"),
        (800.0, "2026-12-31"),
        (3.6e10, "2027-12-31"),
        (1800.0, "2027-12-31"),
    ]


def test_a_quarter_or_a_day_or_before_is_a_deadline() -> None:
    text = (
        "創科發展主要指標\n發布日期：2026年9月16日\n\n"
        "‧ 2027年第一季或之前，園區第二期大樓落成，提供約1.5萬平方米實驗室面積。\n"
        "‧ 在本屆任期內（即2027年6月30日或之前），吸引不少於50家企業落戶。\n"
    )
    assert _rows(text) == [
        (15000.0, "target", "2027-03-31", None),
        (50.0, "target", "2027-06-30", None),
    ]


def test_a_past_statement_beside_a_goal_is_a_fact() -> None:
    # A statement of a year already past, with no goal words of its own, tells a fact though
    # the statement after its semicolon sets a goal; 目前僅有 (now only has) is of the page's day.
    text = (
        "發布日期：2026年9月18日\n\n"
        "2025年園區孵化企業有640家，較規劃基期增加25%；規劃目標為2028年達到1,000家。"
        "規劃目標為2028年引進澳資企業80家，目前僅有35家。\n"
    )
    assert _rows(text) == [
        (640.0, "observation", None, "2025-12-31"),
        (25.0, "observation", None, "2025-12-31"),
        (1000.0, "target", "2028-12-31", None),
        (80.0, "target", "2028-12-31", None),
        (35.0, "observation", None, "2026-09-18"),
    ]


def test_now_after_the_verb_of_a_later_clause_tells_a_fact() -> None:
    # "now" (currently, at present) after the verb at the end of a clause tells a state of the
    # page's day, a fact, though an earlier clause of the sentence sets the year's goal.
    text = (
        "Riverside Science Park news\nPublished: 9 April 2026\n\n"
        "This year the park will grow to 260 start-ups, and 45 incubators are running now.\n"
    )
    assert _rows(text) == [
        (260.0, "target", "2026-12-31", None),
        (45.0, "observation", None, "2026-04-09"),
    ]


def test_the_margin_ahead_of_or_behind_a_schedule_is_a_fact() -> None:
    # The margin of a work's progress over its schedule (较计划进度超前, 較預定進度落後) is a
    # fact of the progress's date, not a goal due when the work is expected to finish.
    text = (
        "发布日期：2026年11月6日\n\n"
        "截至10月底，科创中心主体工程已完成68.5%，较计划进度超前4.2个百分点，预计2027年第二季度竣工。\n"
    )
    assert _rows(text) == [
        (68.5, "observation", None, "2026-10-31"),
        (4.2, "observation", None, "2026-10-31"),
    ]


def test_a_fact_dated_before_a_later_part_that_sets_its_own_goal() -> None:
    # A later part that opens with goal words and states its own figure sets its own goal; the
    # figure before it, dated by its own words up to the page's day, is a fact of that date
    # (a part before it that names the year's guidance does not make it a goal).
    text = (
        "發布日期：2026年11月5日\n\n"
        "管理層表示，10月底園區出租率為88.4%，目標明年3月底前提升至92%。\n"
        "公司重申2026年全年收入指引，並表示10月底出租率為88.4%，力爭年底前升至90%。\n"
        "管理層表示，園區出租率將於明年3月底前提升至92%，目標為95%。\n"
    )
    assert _rows(text) == [
        (88.4, "observation", None, "2026-10-31"),
        (92.0, "target", "2027-03-31", None),
        (88.4, "observation", None, "2026-10-31"),
        (90.0, "target", "2026-12-31", None),
        (92.0, "target", "2027-03-31", None),
        (95.0, "target", "2027-03-31", None),
    ]


def test_a_later_part_naming_a_year_s_planned_investment_dates_nothing_before_it() -> None:
    # 2027年度计划投资 is a goal of that year; its year does not date the count of projects put
    # on the list and their 总投资 told before it, which are no goals (README).
    text = (
        "发布时间：2026-12-03 10:30\n\n"
        "经审核，拟将智能装备产业园等7个项目列入区重点项目计划，总投资88.4亿元，"
        "2027年度计划投资21.7亿元。\n"
    )
    assert [(v, k, d) for v, k, d, _ in _rows(text)] == [
        (7.0, "observation", None),
        (8.84e9, "observation", None),
        (2.17e9, "target", "2027-12-31"),
    ]


def test_a_share_told_as_done_of_a_whole_named_with_goal_words_is_a_fact() -> None:
    # The goal words name the whole ("the RMB 3 billion the city pledged", "the 20 labs the plan
    # wants open by 2028"); the share's own verb in the past tells it as done: a fact, never
    # dated by the whole's goal (README).
    text = (
        "Harbour district review\nPublished: 14 May 2027\n\n"
        "Only 45 percent of the RMB 3 billion the city pledged to invest had been paid out by "
        "the end of April. Just seven of the 20 labs the plan wants open by 2028 were in "
        "operation.\n"
    )
    rows = _rows(text)
    assert rows[0] == (45.0, "observation", None, "2027-04-30")
    # (with no date of its own, the date of the fact told before it)
    assert rows[2] == (7.0, "observation", None, "2027-04-30")
    assert rows[3] == (20.0, "target", "2028-12-31", None)


def test_a_line_naming_a_financial_year_to_come_heads_its_stage() -> None:
    # A plan's stages headed by a year or a financial year alone (2026-27 in a Hong Kong
    # paper: April 2026 to March 2027), still to end at the page's date: the items under
    # each are goals due at its end; its block ends at the blank line after its items.
    text = (
        "Issued 20 June 2026\n\n"
        "Kai Tak Data Hub: work programme\n\n"
        "The works will proceed in stages:\n\n"
        "2026-27\n"
        "- grant 6 hectares of land to operators;\n"
        "- fit out 2 data halls.\n\n"
        "2027-28\n"
        "- connect no fewer than 30 tenants.\n\n"
        "The hub employed 120 staff at the end of May 2026.\n"
    )
    assert _rows(text, currency="HKD") == [
        (60000.0, "target", "2027-03-31", None),
        (2.0, "target", "2027-03-31", None),
        (30.0, "target", "2028-03-31", None),
        (120.0, "observation", None, "2026-05-31"),
    ]


def test_a_chapter_of_what_a_report_will_do_this_year_heads_that_years_goals() -> None:
    # A government work report's chapter of what it plans for the page's year ("II. What We
    # Will Do This Year", a Roman-numbered heading of up to 40 characters) heads goals due at
    # that year's end; a plan a lead-in line under it names does not date them.
    text = (
        "Delivered on January 9, 2027\n\n"
        "I. A Review of 2026\n\n"
        "We opened 14 incubators.\n\n"
        "II. What We Will Do This Year\n\n"
        "This year is the second year of the 15th Five-Year Plan.\n\n"
        "We will build 60 new 5G base stations and train 2,500 technicians.\n"
    )
    assert _rows(text) == [
        (14.0, "observation", None, "2026-12-31"),
        (60.0, "target", "2027-12-31", None),
        (2500.0, "target", "2027-12-31", None),
    ]


# Review 14 and round 39: the family of headings over what a page plans ("What we have set out
# to do in 2029", "Work plan for 2029", "Priorities for the year ahead", "Looking ahead: goals
# for 2029", "Annual KPIs for 2029", "Indicators") heads goals; a heading that names goals
# already reached or reviewed ("Progress on targets", "Targets achieved in 2027", "Objectives
# met") heads facts.
PLAN_PAGE = "Riverside zone plan\nPublished: 5 December 2028\n\n"


def _under(heading: str, line: str) -> list[tuple[float, str, str | None, str | None]]:
    return _rows(PLAN_PAGE + heading + "\n\n" + line + "\n")


def test_headings_over_what_a_page_plans_head_its_goals() -> None:
    item = "We will hold up to 9 trade fairs abroad."
    for heading in (
        "3. What we have set out to do in 2029",
        "What we intend to achieve in 2029",
        "Work plan for 2029",
        "Looking ahead: goals for 2029",
        "Annual KPIs for 2029",
    ):
        assert _under(heading, item) == [(9.0, "target", "2029-12-31", None)], heading
    assert _under("Our plans for next year", "Member firms will number 310.") == [
        (310.0, "target", "2029-12-31", None)
    ]
    # ("The year ahead" names no year by itself: a goal, its deadline left to the reader.)
    assert _under("Priorities for the year ahead", "Member firms will number 310.")[0][1] == (
        "target"
    )
    assert _under("Indicators", "To raise the number of labs to 75 in 2030.") == [
        (75.0, "target", "2030-12-31", None)
    ]


def test_headings_over_goals_reached_head_facts() -> None:
    # (A line that says nothing by itself takes its kind from its heading.)
    for heading in ("Progress on targets", "Objectives met"):
        assert _under(heading, "Incubation space: 52,000 square metres.")[0][1] == (
            "observation"
        ), heading


def test_the_margin_over_a_goal_and_a_schemes_future_cap_are_no_goals() -> None:
    # Round 39 and 41: "beat its goal by 4.2 percent" is the margin of the outcome, a fact of the
    # year reviewed; "will be capped at NT$3 million per project" is the rule's cap, undated.
    review = (
        "Harbour zone 2027 review\nPublished: 8 March 2028\n\n"
        "In 2027 exports beat their goal by 4.2 percent.\n"
    )
    assert _rows(review) == [(4.2, "observation", None, "2027-12-31")]
    scheme = (
        "Campus fund rules\nPublished: 8 March 2028\n\n"
        "The campus will set aside NT$200 million over 2028-2030 for a seed fund. "
        "Seed grants will be capped at NT$3 million per project.\n"
    )
    assert _rows(scheme, "TWD")[1] == (3e6, "observation", None, None)


def test_a_sentence_opening_with_last_month_tells_a_fact_beside_a_schedule() -> None:
    # Round 40: "Last month" opens a part told of a period over; the goal words of the relative
    # clause after it ("which is due to open in 2029") are the plant's schedule, not the figure's.
    text = (
        "Wuxi business news\nPublished: 14 October 2028\n\n"
        "Last month the maker bought a 5-hectare site for a plant, which is due to open in 2029.\n"
    )
    assert _rows(text) == [(50000.0, "observation", None, "2028-09-30")]


def test_a_years_goals_listed_after_this_year_are_not_the_plans() -> None:
    # A work report's list of this year's goals (今年…预期目标是：A；B；C) after a sentence that
    # names the five-year plan: each statement of the list is due by the page's year, not by
    # the plan's end. Text written for this test.
    text = (
        "发布日期：2028年1月20日\n\n"
        "二、今年的主要任务\n\n"
        "今年是“十五五”规划攻坚之年。建议今年全区主要预期目标是：规上工业增加值增长6%左右；"
        "居民消费价格涨幅3%左右；单位生产总值能耗下降2.5%。\n"
    )
    assert _rows(text) == [
        (6.0, "target", "2028-12-31", None),
        (3.0, "target", "2028-12-31", None),
        (2.5, "target", "2028-12-31", None),
    ]


def test_pledges_are_goals_of_their_year_and_their_progress_facts() -> None:
    # Under a heading over a year's pledges and how they went (施政承诺落实情况, its year in
    # Chinese numerals), each numbered pledge is a goal due by that year's end, whatever its
    # progress line says; the progress line under it (落实情况：…) tells facts, though it names
    # the scheme's plan (计划). Text written for this test.
    text = (
        "发布日期：2027年11月20日\n\n"
        "一、二〇二七年施政承诺落实情况\n\n"
        "（一）年内新建人才公寓不少于600套。\n"
        "　落实情况：持续推进。安居计划分批开工，已建成420套，入住人才1,150人。\n\n"
        "二、二〇二八年主要工作\n\n"
        "（一）明年新建人才公寓800套。\n"
    )
    assert _rows(text) == [
        (600.0, "target", "2027-12-31", None),
        (420.0, "observation", None, None),
        (1150.0, "observation", None, None),
        (800.0, "target", "2028-12-31", None),
    ]


def test_what_a_department_will_do_in_a_year_is_its_goals() -> None:
    # 2028-29年度需要特別留意的事項 over 在2028-29年度，本處會：: what a department's budget says
    # it will do in the year named, goals due by that financial year's end (31 March in a
    # Hong Kong source). Text written for this test.
    text = (
        "管制人員的報告\n\n"
        "2028-29年度需要特別留意的事項\n\n"
        "5. 在2028-29年度，本處會：\n"
        "．擴建第三期數據中心，並在該年度內新增機櫃不少於800個；以及\n"
        "．檢討外判合約的安排。\n"
    )
    assert _rows(text, "HKD") == [(800.0, "target", "2029-03-31", None)]


def test_quarters_or_a_half_run_from_the_year_s_start_tell_facts() -> None:
    # 前三季度 and 今年上半年 are periods from the year's start already run at the page's date,
    # as 今年1—9月 is: a sentence opened by one tells facts of it, though it quotes the goal
    # (完成年初确定的80亿元目标的65%: the share reached, the goal's amount standing between).
    # Text written for this test.
    text = (
        "东湖日报　2026年11月5日\n\n"
        "本报讯 前三季度，园区新增注册企业2,310家，同比增长8.6%；实际到位内资52亿元，"
        "完成年初确定的80亿元目标的65%。\n"
        "今年上半年，园区接待研学学生1.24万人次，完成全年计划的58%。\n"
    )
    assert [r for r in _rows(text) if r[0] != 8e9] == [
        (2310.0, "observation", None, "2026-09-30"),
        (8.6, "observation", None, "2026-09-30"),
        (5.2e9, "observation", None, "2026-09-30"),
        (65.0, "observation", None, "2026-09-30"),
        (12400.0, "observation", None, "2026-06-30"),
        (58.0, "observation", None, "2026-06-30"),
    ]


def test_a_base_told_after_an_item_of_a_goal_list_is_the_base_s() -> None:
    # Items under a lead-in of goals ("… are all due in 2029:"): the base after the item's
    # figure, with its own year or its own deed ("from 2.1 percent in 2025", "against 640
    # counted at the end of last year"), is a fact; the item is the lead-in's goal.
    text = (
        "Plan explainer\nUpdated 9 March 2027\n\n"
        "The key figures are all due in 2029:\n"
        "* digital output equal to 12 percent of GDP, from 9.4 percent in 2025;\n"
        "* 900 specialised firms, against 640 counted at the end of last year.\n"
    )
    assert _rows(text) == [
        (12.0, "target", "2029-12-31", None),
        (9.4, "observation", None, "2025-12-31"),
        (900.0, "target", "2029-12-31", None),
        (640.0, "observation", None, "2026-12-31"),
    ]


def test_a_part_of_a_pledged_whole_told_in_the_present_perfect() -> None:
    # "only 12 of the 40 flats pledged to researchers have been delivered": the part, told in
    # the present perfect, is of the page's day; the whole, named with a goal's words, a goal
    # with no date of its own (not the next year another part of the sentence names).
    text = (
        "City feature\nPublished 14 May 2027\n\n"
        "A training centre promised for 2026 is now due next spring, and only 12 of the 40 flats "
        "pledged to researchers have been delivered, the bureau said.\n"
    )
    assert _rows(text) == [
        (12.0, "observation", None, "2027-05-14"),
        (40.0, "target", None, None),
    ]
