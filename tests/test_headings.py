"""Headings and the lines they govern (zonetrack.headings), through extract_figures.

Texts written for these tests; expected dates from the README's rules: a heading of facts as at a
date dates the lines under it that state no date of their own, and a bracketed "as at" aside does
not make a short heading too long to be one.
"""

from __future__ import annotations

import pytest
from conftest import figure_rows

from zonetrack.extract import extract_figures


def test_a_short_heading_with_an_as_at_aside_dates_the_lines_under_it() -> None:
    text = (
        "Harbour Savings Bank\nClimate Statement\n\nIssued 4 December 2026\n\n"
        "3. Progress to date (as at 30 September 2026)\n\n"
        "Sustainable deposits: RMB 84.5 billion\n"
        "Customers on green tariffs: 12,300\n"
    )
    frame = extract_figures(text)
    assert list(frame["ref_date"]) == ["2026-09-30", "2026-09-30"]


# A WeChat-style section: a mark (▌, 【】) before a heading that opens with a period of the
# page's year without its year (上半年, 前三季度, 1-9月); its facts run over the short lines under
# it (a label line, then the figure's line) up to the next mark.
def test_a_marked_section_of_a_yearless_period_dates_its_short_lines() -> None:
    text = (
        "数说青岚湾｜上半年成绩单\n\n青岚湾发布　2027年7月16日 09:00\n\n"
        "【上半年】园区发展亮点\n\n"
        "技术合同成交额\n实现86.5亿元\n同比增长11.2%\n\n"
        "科技型中小企业\n入库712家\n\n"
        "【下一步】\n\n力争全年成交额达到180亿元。\n"
    )
    frame = extract_figures(text)
    got = dict(zip(frame["value"], frame["ref_date"], strict=True))
    assert got[86.5e8] == got[11.2] == got[712] == "2027-06-30"
    # A period not yet over at the page's date is last year's.
    early = "【前三季度】经济运行\n\n发布日期：2027年2月3日\n\n工业增加值\n增长6.1%\n"
    assert list(extract_figures(early)["ref_date"]) == ["2026-09-30"]


# A bulletin's heading that opens with a period of the page's year and has no number of its own
# governs the numbered headings under it (一、…, 二、…) up to a goal heading.
def test_an_unnumbered_period_heading_dates_the_numbered_headings_under_it() -> None:
    text = (
        "东岭园区经济运行快报\n\n东岭园区经济发展局　　2027年7月20日\n\n"
        "上半年园区经济运行情况\n\n"
        "　　一、工业生产\n\n　　规上工业产值完成215.4亿元，同比增长8.2%。\n\n"
        "　　二、投资与财政\n\n　　固定资产投资同比增长3.1%，低于全年目标2.9个百分点。\n\n"
        "　　三、下半年工作安排\n\n　　力争全年固定资产投资增长6%。\n"
    )
    rows = [(r.value, r.kind, r.deadline, r.ref_date) for r in extract_figures(text).itertuples()]
    assert rows[:3] == [
        (215.4e8, "observation", None, "2027-06-30"),
        (8.2, "observation", None, "2027-06-30"),
        (3.1, "observation", None, "2027-06-30"),
    ]
    # (The margin by which progress trails the year's goal is a fact too.)
    assert rows[3][:2] == (2.9, "observation")
    assert rows[4] == (6.0, "target", "2027-12-31", None)


# 截至10月底 on a line of its own dates the figure's line under it (that month's end of the page's
# year), up to the next short line; inside a marked section, the section's period then resumes.
def test_an_as_of_month_on_its_own_line_dates_the_line_under_it() -> None:
    text = (
        "园区简报\n发布时间：2026年11月5日\n\n"
        "【上半年】园区亮点\n\n"
        "专精特新企业\n截至10月底\n累计认定58家\n\n"
        "新增注册企业\n413家\n\n"
        "【下一步】\n\n"
        "孵化载体\n截至十月末\n在孵企业326家\n"
    )
    frame = extract_figures(text)
    assert list(frame["ref_date"]) == ["2026-10-31", "2026-06-30", "2026-10-31"]


def test_a_this_period_heading_under_an_as_at_heading_keeps_its_day() -> None:
    # "The quarter in numbers" under a heading of facts as at 31 March 2026: its bullets are
    # of that day, as the line told under the as-at heading is.
    text = (
        "RIVERBEND INNOVATION HUB\nMembers' Bulletin | Issued 14 April 2026\n\n"
        "LEASING REPORT (as at 31 March 2026)\n\n"
        "Leased space stood at 71,200 sq m, as demand for wet labs held up.\n\n"
        "The quarter in numbers\n"
        "• 9 firms joined, bringing the total to 154 member firms\n"
        "• Average stay: 26 months\n"
    )
    frame = extract_figures(text)
    dated = dict(zip(frame["value"], frame["ref_date"], strict=True))
    assert dated[71200.0] == "2026-03-31"
    assert dated[9.0] == "2026-03-31"
    assert dated[154.0] == "2026-03-31"


def test_an_as_at_lead_in_dates_the_facts_of_its_list() -> None:
    # A lead-in sentence ending with the day its list is as of, in brackets before its colon,
    # dates the facts of the items under it (progress), up to the first line that is no item;
    # an item's scope keeps its schedule, and the money its project is estimated at stays
    # undated (README: a lead-in's as-at day).
    text = (
        "Panel on Development\nDecember 2026\n\n"
        "3. The works under way are listed below (progress as at 30 November 2026):\n\n"
        "(a) Drainage works - 3 pumping stations; approved project estimate $1.2 billion; "
        "55% complete; scheduled for 3Q27.\n\n"
        "(b) Depot - 2 depots; approved project estimate $0.6 billion; 20% complete; "
        "scheduled for 1Q28.\n\n"
        "4. A further 40% of the design work was done in 2025.\n"
    )
    rows = extract_figures(text, currency="HKD")
    assert list(
        zip(rows["value"], rows["kind"], rows["deadline"], rows["ref_date"], strict=True)
    ) == [
        (3, "target", "2027-09-30", None),
        (1.2e9, "observation", None, None),
        (55, "observation", None, "2026-11-30"),
        (2, "target", "2028-03-31", None),
        (0.6e9, "observation", None, None),
        (20, "observation", None, "2026-11-30"),
        (40, "observation", None, "2025-12-31"),
    ]


def test_a_lead_in_naming_its_items_deadline_governs_them() -> None:
    # Round 53: a lead-in that names the date its items are due by (均以…为完成时限：, 以…為期限：)
    # with no goal word of its own governs the list items under it as a goal lead-in does; an
    # item with a date of its own keeps it (README: a lead-in's deadline).
    text = (
        "发布时间：2026-09-02\n\n"
        "答：《计划》的各项指标，均以计划期满（2029年6月底）为完成时限：\n"
        "1. 规上工业企业数量增至320家；\n"
        "2. 新型研发机构数量年均增长12%；\n"
        "3. 孵化面积2027年底前达到15万平方米。\n\n"
        "今年1—8月，新增规上工业企业18家。\n"
    )
    rows = extract_figures(text)
    assert list(
        zip(rows["value"], rows["kind"], rows["deadline"], rows["ref_date"], strict=True)
    ) == [
        (320, "target", "2029-06-30", None),
        (12, "target", "2029-06-30", None),
        (150_000, "target", "2027-12-31", None),
        (18, "observation", None, "2026-08-31"),
    ]


def test_a_goal_lead_in_governs_only_its_own_list() -> None:
    # A lead-in over goals governs the list right under it; a blank line and a new lead-in over
    # a list of results end its reach (review 20, P3): the results are facts, no goals.
    for lead_in in (
        "The council set two goals, all due in 2031:",
        "The main figures are all due in 2031:",
    ):
        text = (
            "Harbour district bulletin\nPublished 2 June 2027\n\n"
            f"{lead_in}\n- 640 new firms\n- 15,000 jobs\n\n"
            "The district's results in 2026 were as follows:\n"
            "- 380 new firms\n- 9,500 jobs\n"
        )
        frame = extract_figures(text)
        rows = [
            (float(r.value), r.kind, r.deadline if isinstance(r.deadline, str) else None)
            for r in frame.itertuples()
            if r.value in (640, 15000, 380, 9500)
        ]
        assert rows == [
            (640.0, "target", "2031-12-31"),
            (15000.0, "target", "2031-12-31"),
            (380.0, "observation", None),
            (9500.0, "observation", None),
        ], lead_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A goal heading ending with a colon over a list governs its list only: the blank line
        # after the list ends it, and the paragraphs below tell their own facts (去年: the year
        # before the page's; no date of their own: undated facts, not goals of 2031).
        (
            "开发区工作要点\n发布时间：2027年6月2日\n\n主要目标如下，均于2031年完成：\n"
            "- 新增企业640家\n- 新增就业1.5万人\n\n去年开发区新增企业380家。\n\n"
            "开发区新增企业95家。\n",
            [
                (640, "target", "2031-12-31", None),
                (15000, "target", "2031-12-31", None),
                (380, "observation", None, "2026-12-31"),
                (95, "observation", None, None),
            ],
        ),
        (
            "開發區工作要點\n發佈日期：2027年6月2日\n\n到2031年：\n"
            "1. 新增企業640家\n2. 新增就業1.5萬人\n\n去年開發區新增企業380家。\n",
            [
                (640, "target", "2031-12-31", None),
                (15000, "target", "2031-12-31", None),
                (380, "observation", None, "2026-12-31"),
            ],
        ),
        # A list whose items are set apart by blank lines goes on under its heading.
        (
            "开发区工作要点\n发布时间：2027年6月2日\n\n到2031年：\n"
            "（一）新增企业640家\n\n（二）新增就业1.5万人\n",
            [(640, "target", "2031-12-31", None), (15000, "target", "2031-12-31", None)],
        ),
        # A new lead-in ends the heading's list though no blank line comes between.
        (
            "开发区工作要点\n发布时间：2027年6月2日\n\n到2031年：\n- 新增企业640家\n"
            "2026年主要成绩如下：\n- 新增企业380家\n",
            [(640, "target", "2031-12-31", None), (380, "observation", None, "2026-12-31")],
        ),
        # A lead-in sentence that names the period of its list's results dates the items.
        (
            "Harbour district bulletin\nPublished 2 June 2027\n\n"
            "The district's achievements in 2026 were as follows:\n- 380 new firms\n- 9,500 jobs\n",
            [(380, "observation", None, "2026-12-31"), (9500, "observation", None, "2026-12-31")],
        ),
        (
            "Harbour district bulletin\nPublished 2 June 2027\n\n"
            "In 2026 the district achieved the following results:\n- 380 new firms\n",
            [(380, "observation", None, "2026-12-31")],
        ),
    ],
)
def test_a_list_heading_ends_at_the_blank_line_after_its_list(
    text: str, expected: list[tuple[float, str, str | None, str | None]]
) -> None:
    assert figure_rows(text) == [(float(v), k, d, r) for v, k, d, r in expected]


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        # The part planned for a later year is not a fact of the lead-in's year (the English
        # "planned for" sets no goal yet: the figure is left undated, not dated 2026).
        (
            "Published 12 March 2027\n\nThe zone's results in 2026 were as follows:\n"
            "- exports of 1.4 billion yuan\n- 38 new labs, with 50 planned for 2027\n",
            (50.0, "observation", None, None),
        ),
        (
            "发布日期：2027年3月12日\n\n2026年园区主要成绩如下：\n1. 出口14亿元\n"
            "2. 新建实验室38家，预计2027年新建50家\n",
            (50.0, "target", "2027-12-31", None),
        ),
        (
            "發佈日期：2027年3月12日\n\n2026年園區主要成績如下：\n1. 出口14億元\n"
            "2. 新建實驗室38家，預計2027年新建50家\n",
            (50.0, "target", "2027-12-31", None),
        ),
    ],
)
def test_a_part_planned_for_a_later_year_is_not_of_the_results_year(
    text: str, planned: tuple[float, str, str | None, str | None]
) -> None:
    rows = figure_rows(text)
    assert (38.0, "observation", None, "2026-12-31") in rows
    assert planned in rows
