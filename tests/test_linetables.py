"""Tables written as lines: their headers, rows and what each column holds."""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures
from zonetrack.linetables import read_line_tables
from zonetrack.tablecells import find_goal_cells, find_table_cells
from zonetrack.tableheaders import report_period_end

# --- rounds 29-30, plans: tables, lists, headings ---
_BAR_TABLES = [
    # One table, its cells set off five ways: what each column holds is read the same.
    "序号 | 任务 | 目标值 | 完成时限\n1 | 新增企业 | 50家 | 2027年11月底\n"
    "2 | 新建厂房 | 5万平方米 | 2027年6月底\n",
    "序號｜任務｜目標值｜完成時限\n1｜新增企業｜50家｜2027年11月底\n"
    "2｜新建廠房｜5萬平方米｜2027年6月底\n",
    "| No. | Task | Target | Due |\n|---|:---:|---|---|\n| 1 | New firms | 50 | Nov 2027 |\n"
    "| 2 | New space | 50,000 sq m | June 2027 |\n",
    "序号\t任务\t目标值\t完成时限\n1\t新增企业\t50家\t2027年11月底\n"
    "2\t新建厂房\t5万平方米\t2027年6月底\n",
    "序号　任务　目标值　完成时限\n1　新增企业　50家　2027年11月底\n"
    "2　新建厂房　5万平方米　2027年6月底\n",
]


# A line of white space alone (trailing spaces of a blank line) above a line of one cell is no
# header set in over its rows: it has no cells (it had raised IndexError, losing the page).
@pytest.mark.parametrize("blank", [" ", "   ", "\t", "\u3000\u3000"])
def test_a_line_of_white_space_above_one_cell(blank: str) -> None:
    assert read_line_tables(f"概况\n{blank}\n园区新增企业30家。\n") == []
    assert list(extract_figures(f"概况\n{blank}\n  园区新增企业30家。\n")["value"]) == [30]


@pytest.mark.parametrize("text", _BAR_TABLES)
def test_one_reader_reads_every_way_of_setting_off_cells(text: str) -> None:
    (table,) = read_line_tables(text)
    assert (table.number, table.goal, table.due, table.years) == (0, 2, 3, {})
    assert [len(cells) for _, _, cells in table.rows] == [4, 4]
    # Each row spans its line, each cell where the text writes it.
    for start, end, cells in table.rows:
        assert text[start:end] == text[start:].split("\n", 1)[0].rstrip()
        assert all(text[lo:].startswith(cell) for lo, cell in cells)
    goals = find_goal_cells(text)
    assert [(text[c.start : c.end], c.deadline) for c in goals] == [
        (cells[2][1], cells[3][1]) for _, _, cells in table.rows
    ]
    assert goals[0].deadline in ("2027年11月底", "Nov 2027")
    # The row's number is no other cell of the row (a status told beside the goal).
    assert all(not o[1].isdigit() for c in goals for o in c.others)


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        # One column of values whose header names its year and says it holds goals.
        (
            "項次｜關鍵績效指標｜衡量標準｜115年度目標值\n1｜招商投資金額｜當年度簽約金額｜新臺幣180億元\n"
            "2｜土地出租率｜出租面積比率｜92%\n3｜路燈汰換｜汰換盞數｜1.2萬盞\n4｜托育據點｜新增處數｜6處\n",
            "TWD",
            [
                (1.8e10, "TWD", "exact", "2026", "target"),
                (92, "percent", "exact", "2026", "target"),
                (12000, "count", "exact", "2026", "target"),
                (6, "count", "exact", "2026", "target"),
            ],
        ),
        (
            "序号 | 指标 | 2027年目标值\n1 | 研发投入强度（%） | 3.5\n2 | 新增企业 | 30家以上\n",
            None,
            [
                (3.5, "percent", "exact", "2027", "target"),
                (30, "count", "at_least", "2027", "target"),
            ],
        ),
        (
            "| No. | Indicator | Baseline (2025) |\n|---|---|---|\n| 1 | Firms (count) | 1,200 |\n",
            None,
            [(1200, "count", "exact", "2025", "observation")],
        ),
        # 115年度 is a year only in a Taiwan source; one year that says nothing is no table.
        ("項次｜指標｜115年度目標值\n1｜企業｜6處\n", None, []),
        ("序号 | 指标 | 2030年\n1 | 企业 | 900家\n", None, []),
    ],
)
def test_one_column_of_goals_that_names_its_year(
    text: str, calendar: str | None, expected: list[tuple]
) -> None:
    cells = find_table_cells(text, calendar)
    got = [
        (pytest.approx(c.figure.value), c.figure.unit, c.figure.qualifier, c.year, c.role)
        for c in cells
    ]
    assert got == expected


def test_a_header_under_a_table_starts_another() -> None:
    text = "指标　2025年　2030年\n企业（家）　10　20\n指标　2026年　2031年\n平台（个）　3　5\n"
    assert [(c.figure.value, c.year) for c in find_table_cells(text)] == [
        (10, "2025"),
        (20, "2030"),
        (3, "2026"),
        (5, "2031"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One unit for the whole table, on the line right above its header; a row's own
        # unit in brackets comes first.
        (
            "單位：億元\n指標　2025年　2030年\n產值　1,200　2,000\n研發投入強度（%）　3.1　4\n",
            [(1.2e11, "CNY"), (2e11, "CNY"), (3.1, "percent"), (4, "percent")],
        ),
        (
            "表1　主要指标（单位：亿元）\n指标　2025年　2030年\n产值　1,200　2,000\n",
            [(1.2e11, "CNY"), (2e11, "CNY")],
        ),
        (
            "Unit: billion yuan\nIndicator\t2025\t2030\nOutput\t1.2\t2\n",
            [(1.2e9, "CNY"), (2e9, "CNY")],
        ),
        # A column's header may give its unit in brackets; a note there (目标) gives none.
        (
            "指标　2025年（亿元）　2030年（亿元）\n产值　1,200　2,000\n",
            [(1.2e11, "CNY"), (2e11, "CNY")],
        ),
        (
            "指標｜2025年（億元）｜2030年目標值（億元）\n產值｜1,200｜2,000\n",
            [(1.2e11, "CNY"), (2e11, "CNY")],
        ),
        (
            "Indicator | 2025 (billion yuan) | 2030 target (billion yuan)\nOutput | 1.2 | 2\n",
            [(1.2e9, "CNY"), (2e9, "CNY")],
        ),
        ("指标　2025年　2030年（目标）\n企业　900　1,500\n", [(900, None), (1500, None)]),
        # A cell that writes its own unit keeps it.
        (
            "单位：亿元\n指标　2025年　2030年\n产值　1,200　2,000\n研发投入强度　3.1%　4%\n",
            [(1.2e11, "CNY"), (2e11, "CNY"), (3.1, "percent"), (4, "percent")],
        ),
        # A list of units names no one unit of the table.
        ("单位：亿元、%\n指标　2025年　2030年\n产值　1,200　2,000\n", [(1200, None), (2000, None)]),
    ],
)
def test_a_table_takes_the_unit_its_header_or_the_line_above_it_gives(
    text: str, expected: list[tuple]
) -> None:
    assert [(pytest.approx(c.figure.value), c.figure.unit) for c in find_table_cells(text)] == (
        expected
    )


# --- rounds 32-33, plans ---
# A column of progress to a year ("Progress 2025", 2025年进展, 2025年完成值) holds that year's
# facts, as a baseline column does; the target column's values stay goals.
@pytest.mark.parametrize(
    "text",
    [
        "Indicator | Baseline 2022 | Progress 2025 | Target 2027\n"
        "Recycled water | 12% | 20% | 30%\n",
        "指标 | 2022年基数 | 2025年进展 | 2027年目标\n再生水利用率 | 12% | 20% | 30%\n",
        "指標 | 2022年基數 | 2025年進展 | 2027年目標\n再生水利用率 | 12% | 20% | 30%\n",
        "指标 | 2022年基数 | 2025年完成值 | 2027年目标\n再生水利用率 | 12% | 20% | 30%\n",
    ],
)
def test_a_progress_column_holds_its_years_facts(text: str) -> None:
    got = [(pytest.approx(c.figure.value), c.year, c.role) for c in find_table_cells(text)]
    assert got == [(12, "2022", "observation"), (20, "2025", "observation"), (30, "2027", "target")]


# --- rounds 35-38, plans and reports ---
# A column named 单位 ("Unit") gives each row's unit, written alone in its cell.
@pytest.mark.parametrize(
    "text",
    [
        "序号　指标　单位　2027年度目标值\n1　新增孵化器　个　8\n2　研发经费　亿元　36\n"
        "3　研发投入强度　%　3.1\n",
        "No. | Indicator | Unit | Target 2027\n1 | New incubators | | 8\n"
        "2 | R&D spending | billion yuan | 3.6\n3 | R&D intensity | % | 3.1\n",
    ],
)
def test_a_unit_column_gives_each_rows_unit(text: str) -> None:
    got = [(pytest.approx(c.figure.value), c.figure.unit, c.year) for c in find_table_cells(text)]
    # (An empty unit cell gives none: 8 is a number alone, as in a table with no unit.)
    assert got[0] == (8, "count" if "个" in text else None, "2027")
    assert got[1:] == [(3.6e9, "CNY", "2027"), (3.1, "percent", "2027")]


# A header may name a month's end (2026年9月末完成值): its column's values are of that day; a
# column of progress against the goal (目标完成度, 完成率) holds percents of the same day, facts
# as the progress column's are, whatever its header's 目标 says.
@pytest.mark.parametrize(
    "text",
    [
        "指标　2023年基数　2028年目标值　2026年9月末完成值　目标完成度\n"
        "孵化器（个）　10　30　22　60%\n",
        "指標｜2023年基數｜2028年目標值｜2026年9月底完成值｜完成率\n孵化器（個）｜10｜30｜22｜60%\n",
    ],
)
def test_a_share_of_the_goal_column_is_of_its_progress_columns_date(text: str) -> None:
    got = [
        (pytest.approx(c.figure.value), c.figure.unit, c.year, c.end, c.role)
        for c in find_table_cells(text)
    ]
    assert got == [
        (10, "count", "2023", None, "observation"),
        (30, "count", "2028", None, "target"),
        (22, "count", "2026", "2026-09-30", "observation"),
        (60, "percent", "2026", "2026-09-30", "observation"),
    ]


# A column of growth over the table's span (年均增长（%）, "CAGR (%)") is of its last year, in
# the unit its header gives, not the row's; a figure in 〔〕 (the span's cumulative) is a value.
@pytest.mark.parametrize(
    "text",
    [
        "指标　2025年　2030年　年均增长（%）〔累计〕\n产值（亿元）　900　1,300　7.5左右\n"
        "研发投入强度（%）　3.1　3.6　〔0.5〕\n",
        "Indicator | 2025 | 2030 | CAGR (%)\nOutput (billion yuan) | 900 | 1,300 | about 7.5\n"
        "R&D intensity (%) | 3.1 | 3.6 | 0.5\n",
    ],
)
def test_a_growth_column_is_of_the_tables_last_year_in_its_headers_unit(text: str) -> None:
    got = [
        (pytest.approx(c.figure.value), c.figure.unit, c.figure.qualifier, c.year)
        for c in find_table_cells(text)
    ]
    assert [g for g in got if g[3] == "2030" and g[1] == "percent"] == [
        (7.5, "percent", "approx", "2030"),
        (3.6, "percent", "exact", "2030"),
        (0.5, "percent", "exact", "2030"),
    ]
    assert got[0][:2] == (pytest.approx(9e10 if "亿元" in text else 9e11), "CNY")


# A column of change between a table's two periods (增減比例, 變動, "Change (%)") is of its later
# column's period; a Taiwan source's month column (114年12月) is a Republic of China year's.
@pytest.mark.parametrize(
    ("text", "currency", "ends"),
    [
        (
            "單位：新臺幣仟元\n項目　　113年12月　　112年12月　　增減比例\n"
            "營業收入　　20,400　　18,000　　13.33%\n",
            "TWD",
            ["2024-12-31", "2023-12-31", "2024-12-31"],
        ),
        (
            "Item | 2026年3月 | 2025年3月 | Change (%)\nOrders (units) | 480 | 400 | 20\n",
            None,
            ["2026-03-31", "2025-03-31", "2026-03-31"],
        ),
    ],
)
def test_a_change_column_is_of_the_later_columns_period(
    text: str, currency: str | None, ends: list[str]
) -> None:
    cells = find_table_cells(text, currency)
    assert [c.end for c in cells] == ends
    assert cells[2].figure.unit == "percent"
    if currency == "TWD":  # (仟元, as accounts write 千元: thousands of NT dollars)
        assert (cells[0].figure.value, cells[0].figure.unit) == (pytest.approx(20_400_000), "TWD")


# A column of what a plan reached by a year (2026年实现值, 實現值) holds that year's facts, as a
# column of progress (完成值) does.
def test_a_column_of_what_was_reached_holds_its_years_facts() -> None:
    text = "指标　2025年基期值　2026年实现值　2030年目标值\n孵化器（个）　12　15　25\n"
    got = [(c.figure.value, c.year, c.role) for c in find_table_cells(text)]
    assert got == [
        (12, "2025", "observation"),
        (15, "2026", "observation"),
        (25, "2030", "target"),
    ]


# A header over two lines ("Six months ended" over "30 September 2026"), set in over the rows'
# names, names the day its column closes: results of a period ended, facts of that day; a row
# name wrapped over two lines (the second set in) is one row, in the unit it ends with.
def test_a_header_over_two_lines_names_the_day_its_column_closes() -> None:
    text = (
        "                        Six months ended    Six months ended\n"
        "                        30 September 2026   30 September 2025\n"
        "Rental income (HK$ million)    412.0              398.5\n"
        "Net gain on disposal of\n"
        "  investment property (HK$ million)   12.5           8.0\n"
    )
    got = [
        (pytest.approx(c.figure.value), c.figure.unit, c.end, c.role)
        for c in find_table_cells(text, "HKD")
    ]
    assert got == [
        (412e6, "HKD", "2026-09-30", "observation"),
        (398.5e6, "HKD", "2025-09-30", "observation"),
        (12.5e6, "HKD", "2026-09-30", "observation"),
        (8e6, "HKD", "2025-09-30", "observation"),
    ]
    rows = read_line_tables(text, "HKD")[0].rows
    assert text[rows[1][0] : rows[1][1]].startswith("Net gain on disposal of\n")
    assert text[rows[1][0] : rows[1][1]].endswith("8.0")


# A header cell naming a day, alone ("As at 31 December 2025", 2026年6月30日), is its column's day.
@pytest.mark.parametrize(
    ("cell", "end"),
    [
        ("As at 31 December 2025", "2025-12-31"),
        ("June 30, 2026", "2026-06-30"),
        ("2026年6月30日", "2026-06-30"),
        ("截至2026年6月30日止", "2026-06-30"),
    ],
)
def test_a_header_cell_naming_a_day_is_its_columns_day(cell: str, end: str) -> None:
    text = f"Item  {cell}  2025年\nFirms (number)  120  100\n"
    assert find_table_cells(text)[0].end == end


# Columns named by the report's own period count from the period its opening defines: 本期 is
# that period, 上年同期 the same a year before, 本期末 its end, 上年度末 the last financial
# year's end (31 March in a Hong Kong source); a note above the tables gives their amounts'
# unit (金額以人民幣千元列示, "in HK$'000 unless otherwise stated").
@pytest.mark.parametrize(
    ("text", "currency", "ends", "value"),
    [
        (
            "本集團截至2026年6月30日止六個月（「本期間」）之業績如下。\n"
            "（除另有註明外，金額以人民幣千元列示）\n\n"
            "項目　　本期　　去年同期\n營業額　　5,120　　4,800\n\n"
            "項目　　本期末　　上年末\n總資產　　90,000　　86,500\n",
            "CNY",
            ["2026-06-30", "2025-06-30", "2026-06-30", "2025-12-31"],
            5_120_000,
        ),
        (
            'Results for the six months ended 30 September 2026 (the "Period").\n'
            "(in HK$'000 unless otherwise stated)\n"
            "Item  Current period  Same period last year\nRevenue  7,300  6,900\n"
            "Item  End of period  End of last financial year\nCash  2,400  2,100\n",
            "HKD",
            ["2026-09-30", "2025-09-30", "2026-09-30", "2026-03-31"],
            7_300_000,
        ),
    ],
)
def test_columns_named_by_the_reports_period(
    text: str, currency: str, ends: list[str], value: float
) -> None:
    period = report_period_end(text, currency)
    cells = find_table_cells(text, currency, period)
    assert [c.end for c in cells] == ends
    assert (cells[0].figure.value, cells[0].figure.unit) == (pytest.approx(value), currency)
    assert find_table_cells(text, currency) == []  # (no period defined: no dates, no table)


# A note that a page's tables name financial years by a plain year (「2026」即2026-27年度) ends
# each such column on its financial year's last day (31 March in a Hong Kong source); a header
# set in over the values leaves the rows' names a blank first cell.
@pytest.mark.parametrize(
    ("note", "ends"),
    [
        ("註：表內年份均指財政年度，例如「2026」即2026-27年度。", ["2026-03-31", "2027-03-31"]),
        ("Note: years in the tables refer to financial years.", ["2026-03-31", "2027-03-31"]),
        ("註：表內年份均指財政年度，例如「2026」即2025-26年度。", ["2025-03-31", "2026-03-31"]),
    ],
)
def test_a_note_makes_a_tables_years_financial_years(note: str, ends: list[str]) -> None:
    text = f"{note}\n\n　　　　　　2025（實際）　　2026（預算）\n培訓名額（個）　　320　　350\n"
    assert [c.end for c in find_table_cells(text, "HKD")] == ends


# An indicator's name with its unit alone on a line, then a line for each financial year: a
# table of years down its first column, in that unit.
def test_a_name_over_lines_of_years_is_a_table_of_years() -> None:
    text = "資助總額（百萬元）\n2025-26（實際）　1,250.5\n2026-27（預算）　1,400\n"
    got = [
        (pytest.approx(c.figure.value), c.figure.unit, c.end, c.role)
        for c in find_table_cells(text, "HKD")
    ]
    assert got == [
        (1_250.5e6, "HKD", "2026-03-31", "observation"),
        (1_400e6, "HKD", "2027-03-31", None),
    ]


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        # A column of tasks or milestones beside a deadline column is the goals' column.
        ("序号\t重点工作\t牵头单位\t完成时限\n1\t新增企业40家\t区科技局\t2026年8月\n", 1),
        ("Milestones\tTarget date\nOpen 2 labs\t2027-28\n", 0),
        ("Key action | Timeline\nAdmit 30 start-ups | 2027\n", 0),
        # A column named for goals is theirs, whatever the task column beside it says.
        ("序号　任务　目标值　完成时限\n1　新增企业　50家　2027年11月底\n", 2),
    ],
)
def test_a_task_or_milestone_column_holds_goals(text: str, goal: int) -> None:
    (table,) = read_line_tables(text)
    assert table.goal == goal


# A broker's columns of years (FY24A, 2026E, 25A | 26E | 27F): A the year's actual results,
# E and F the broker's forecast of its year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Key figures\tFY24A\tFY25E\tFY26F\nRevenue (US$ million)\t210\t245\t290\n",
            [
                (210e6, "2024", "observation"),
                (245e6, "2025", "target"),
                (290e6, "2026", "target"),
            ],
        ),
        (
            "财务摘要　　24A　　25E　　26E\n归母净利润（亿元）　　3.2　　3.9　　4.6\n",
            [(3.2e8, "2024", "observation"), (3.9e8, "2025", "target"), (4.6e8, "2026", "target")],
        ),
    ],
)
def test_a_brokers_actual_and_estimate_columns(text: str, expected: list) -> None:
    got = [(pytest.approx(c.figure.value), c.year, c.role) for c in find_table_cells(text)]
    assert got == expected


# A one-row table whose header names its row in its first cell, the values set in under the
# years' cells on the line below: the row's unit is the header's.
def test_a_header_that_names_its_one_row() -> None:
    text = (
        "EBITDA (HK$ million)      2025A      2026E\n"
        "                          88.5       97.0\n"
        "Source: company data\n"
    )
    cells = find_table_cells(text, "HKD")
    assert [(pytest.approx(c.figure.value), c.figure.unit, c.year, c.role) for c in cells] == [
        (88.5e6, "HKD", "2025", "observation"),
        (97e6, "HKD", "2026", "target"),
    ]
    # The row's evidence reads from the header, which names it.
    assert text[cells[0].row_start :].startswith("EBITDA")


# A chart exported as text: its title with the unit in brackets, then a line per quarter or
# half (2026Q1 | 410, 2H26 | 380): each value of its period's last day, in the title's unit.
def test_a_chart_of_quarters_under_its_title() -> None:
    text = (
        "Chart: New incubator seats (count)\n"
        "Q4 2025 | 350\n2026Q1 | 410\n2Q26 | 395\n"
        "Note: seats counted at each quarter's close\n"
    )
    got = [(c.figure.value, c.end) for c in find_table_cells(text)]
    assert got == [(350, "2025-12-31"), (410, "2026-03-31"), (395, "2026-06-30")]
    halves = "季度融资额（亿元）\n2026年上半年｜12.5\n2H26｜9.8\n"
    assert [c.end for c in find_table_cells(halves)] == ["2026-06-30", "2026-12-31"]


# A performance table: the year's goal (年度指标值, "Target") beside what was achieved
# (实际完成值, "Actual"), its header naming no year; the caption right above names it.
def test_a_performance_table_of_goals_and_results_under_its_caption() -> None:
    text = (
        "表2　2024年度项目绩效目标完成情况\n\n"
        "指标类别　指标名称　年度指标值　实际完成值　未完成原因\n"
        "产出指标　培训人次（人次）　≥800　865　—\n"
        "效益指标　带动投资（亿元）　≥3　2.6　项目开工推迟至2025年3月\n"
    )
    got = [
        (pytest.approx(c.figure.value), c.figure.unit, c.figure.qualifier, c.year, c.role)
        for c in find_table_cells(text)
    ]
    assert got == [
        (800, "count", "at_least", "2024", "target"),
        (865, "count", "exact", "2024", "observation"),
        (3e8, "CNY", "at_least", "2024", "target"),
        (2.6e8, "CNY", "exact", "2024", "observation"),
    ]
    english = (
        "Table 3: Service KPIs for 2025\nKPI | Target | Actual\nCalls answered (%) | 95 | 97.2\n"
    )
    assert [(c.year, c.role) for c in find_table_cells(english)] == [
        ("2025", "target"),
        ("2025", "observation"),
    ]
    # Without a caption that names one year, no year: no table.
    assert find_table_cells(text.split("\n", 2)[2]) == []


# The header's cell over the rows' names may give the whole table's unit in brackets: each
# row's value is in it, unless the row or the cell gives its own (a change in %).
def test_the_names_column_header_gives_the_tables_unit() -> None:
    text = (
        "Operating data (US$ million)   2025    2026    Change (%)\n"
        "Licensing income               14.2    17.5    23.2\n"
        "Grants awarded                 6.0     5.1     -15.0\n"
    )
    got = [(pytest.approx(c.figure.value), c.figure.unit) for c in find_table_cells(text)]
    assert got == [
        (14.2e6, "USD"),
        (17.5e6, "USD"),
        (23.2, "percent"),
        (6.0e6, "USD"),
        (5.1e6, "USD"),
        (-15.0, "percent"),
    ]


# Round 50: a statistics bulletin's table heads its one column of values with the months of the
# year so far (1—6月, 前三季度), no year: the period its title names, when that ends with the
# same month; beside it a column of change (同比增长（%）) in percent, a minus a fall; the unit
# of each row in its 计量单位 column.
_BULLETIN_TABLE = (
    "{title}\n\n云港高新区管委会　　2027年10月20日\n\n"
    "指标　　　　　　计量单位　　{column}　　{change}\n"
    "营业收入　　　　亿元　　　　356.2　　 -4.5\n"
    "新增市场主体　　家　　　　　1,204　　8\n"
    "出口额　　　　　亿美元　　　2.75　　　11.0\n"
)


@pytest.mark.parametrize(
    ("title", "column", "change", "end"),
    [
        ("2027年1—6月云港高新区主要指标统计", "1—6月", "同比增长（%）", "2027-06-30"),
        ("2027年上半年云港高新区经济运行情况", "1-6月累计", "比上年同期增长（%）", "2027-06-30"),
        ("2027年前三季度云港高新区主要指标统计", "前三季度", "增速（%）", "2027-09-30"),
        ("2027年1—9月云港高新区主要指标统计", "1至9月", "同比±%", "2027-09-30"),
        ("2027年8月云港高新区主要指标统计月报", "本年累计", "同比增减（%）", "2027-08-31"),
    ],
)
def test_a_bulletins_column_of_the_months_so_far(
    title: str, column: str, change: str, end: str
) -> None:
    rows = extract_figures(_BULLETIN_TABLE.format(title=title, column=column, change=change))
    assert [(r.value, r.unit, r.kind, r.ref_date) for r in rows.itertuples()] == [
        (356.2e8, "CNY", "observation", end),
        (-4.5, "percent", "observation", end),
        (1204, "count", "observation", end),
        (8, "percent", "observation", end),
        (2.75e8, "USD", "observation", end),
        (11.0, "percent", "observation", end),
    ]


@pytest.mark.parametrize(
    ("this_month", "change"),
    [("本月", "累计同比（%）"), ("当月", "累计增长（%）"), ("本月数", "累计同比±%")],
)
def test_a_monthly_bulletins_month_column_and_its_cumulative_change(
    this_month: str, change: str
) -> None:
    # A monthly bulletin (2027年8月…月报): 本月 is the report's month, 1—8月累计 the year so far
    # to its end, and a change named after the cumulative column (累计同比) is of that period.
    page = (
        "云港高新区管委会经济发展局\n2027年8月份云港高新区主要经济指标月报\n\n"
        "发布日期：2027-09-14\n\n"
        f"指标名称　　　　计量单位　　{this_month}　　1—8月累计　　{change}\n"
        "营业收入　　　　亿元　　　　44.1　　　356.2　　　　-4.5\n"
    )
    rows = extract_figures(page)
    assert [(r.value, r.unit, r.kind, r.ref_date) for r in rows.itertuples()] == [
        (44.1e8, "CNY", "observation", "2027-08-31"),
        (356.2e8, "CNY", "observation", "2027-08-31"),
        (-4.5, "percent", "observation", "2027-08-31"),
    ]


@pytest.mark.parametrize("months", ["2027年1—6月", "2027年1-6月累计", "2027年1至6月"])
def test_a_column_of_a_year_s_months_so_far_beside_years_and_goals(months: str) -> None:
    # A mid-term report's years as columns: a base year, a year, the months of the running
    # year so far (2027年1—6月: to 30 June 2027) and the goals of the years ahead.
    page = (
        "云港高新区三年行动计划（2026—2028年）中期报告\n\n2027年7月20日\n\n"
        f"指标名称　　　　2025年（基期）　　2026年　　{months}　　2028年目标\n"
        "孵化器（家）　　6　　　　　　　　8　　　　11　　　　　　 16\n"
    )
    rows = extract_figures(page)
    assert [(r.value, r.kind, r.deadline, r.ref_date) for r in rows.itertuples()] == [
        (6, "observation", None, "2025-12-31"),
        (8, "observation", None, "2026-12-31"),
        (11, "observation", None, "2027-06-30"),
        (16, "target", "2028-12-31", None),
    ]


def test_a_column_of_fewer_months_than_the_title_is_dated_by_its_own() -> None:
    # 1—6月 under a title of the first three quarters (review 18 L5): the column names its
    # own months, so its cells are of 30 June, each in its row's 计量单位 (README).
    page = _BULLETIN_TABLE.format(
        title="2027年前三季度云港高新区主要指标统计", column="1—6月", change="同比增长（%）"
    )
    rows = extract_figures(page)
    assert [(r.value, r.unit, r.ref_date) for r in rows.itertuples()] == [
        (356.2e8, "CNY", "2027-06-30"),
        (-4.5, "percent", "2027-06-30"),
        (1204, "count", "2027-06-30"),
        (8, "percent", "2027-06-30"),
        (2.75e8, "USD", "2027-06-30"),
        (11.0, "percent", "2027-06-30"),
    ]


def test_a_column_of_months_past_the_titles_period_is_no_dated_column() -> None:
    # 1—10月 under a title of 1—9月: months the period has not reached, no date to read.
    page = _BULLETIN_TABLE.format(
        title="2027年1—9月云港高新区主要指标统计", column="1—10月", change="同比增长（%）"
    )
    assert read_line_tables(page, None, "2027-09-30") == []


# Round 50: a list of things written as lines, its header naming no year but the unit of some
# columns in brackets (序号 | 名称 | 在孵企业数（家）): each value there is a figure in that unit,
# dated as the page's other figures are; a row's number is none, nor a dash in place of a value.
_LIST_PAGE = (
    "云港市2027年度新型研发机构运行评估结果\n\n"
    "　　本次共评估新型研发机构12家，结果如下。\n\n"
    "编号　机构名称　　　　　　　研发人员（人）　授权专利（件）\n"
    "1　　 云港先进材料研究院　　 342　　　　　　56\n"
    "2　　 海湾集成电路中试平台　 128　　　　　　—\n"
    "3　　 北岸生物医药研究所　　 95　　　　　　 17\n\n"
    "云港市科学技术局\n2028年3月2日\n"
)


def test_a_lists_columns_give_their_units_and_its_rows_numbers_are_none() -> None:
    (table,) = read_line_tables(_LIST_PAGE)
    assert table.counted == (2, 3)
    rows = extract_figures(_LIST_PAGE)
    assert [(r.value, r.unit, r.kind, r.ref_date) for r in rows.itertuples()] == [
        (12, "count", "observation", "2027-12-31"),
        (342, "count", "observation", "2027-12-31"),
        (56, "count", "observation", "2027-12-31"),
        (128, "count", "observation", "2027-12-31"),
        (95, "count", "observation", "2027-12-31"),
        (17, "count", "observation", "2027-12-31"),
    ]


def test_a_header_of_the_reports_periods_is_no_list() -> None:
    text = "项目　　本报告期末　　上年度末　　增减(%)\n总资产　　1,842.6　　1,703.9　　8.14\n"
    assert all(not t.counted for t in read_line_tables(text))


def test_a_first_column_of_financial_years_with_the_running_year_so_far() -> None:
    # A written reply's table runs its financial years down a first column headed 財政年度; the
    # running year's row says in brackets the day it runs to so far: its values are of that day.
    page = (
        "立法會質詢：某資助計劃\n\n　　以下是今日（五月十二日）的書面答覆：\n\n"
        "財政年度　　　　　　　　　　　批出宗數　　資助金額（百萬元）\n"
        "2025-26　　　　　　　　　　　　312　　　　1,204.5\n"
        "2026-27（截至2026年12月31日）　208　　　　　806.0\n\n"
        "完\n2027年5月12日（星期三）\n"
    )
    rows = extract_figures(page, currency="HKD")
    assert [(r.value, r.unit, r.kind, r.ref_date) for r in rows.itertuples()] == [
        (312, "count", "observation", "2026-03-31"),
        (1204.5e6, "HKD", "observation", "2026-03-31"),
        (208, "count", "observation", "2026-12-31"),
        (806e6, "HKD", "observation", "2026-12-31"),
    ]
