"""The values of tables written as lines: each with its row's unit and its column's year."""

from __future__ import annotations

import pytest

from zonetrack.linetables import read_line_tables
from zonetrack.tablecells import find_goal_cells, find_table_cells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Full-width spaces; the unit in brackets at the end of the row's name; 万 and 亿 in it.
        (
            "指标　2025年　2030年　属性\n企业数量（万家）　1.5　2.4　预期性\n"
            "成交额（亿元）　1,200　≥2,000　约束性\n注：2025年为预计数。",
            [
                (15000, "count", "exact", "2025"),
                (24000, "count", "exact", "2030"),
                (1.2e11, "CNY", "exact", "2025"),
                (2e11, "CNY", "at_least", "2030"),
            ],
        ),
        # Tabs, a header year with a note in brackets, a percent row; 元 in a HKD source.
        (
            "Indicator\t2024\t2028（目標）\nShare (%)\t12.5\t20\n",
            [(12.5, "percent", "exact", "2024"), (20, "percent", "exact", "2028")],
        ),
        # Bars, as a Markdown table writes them; a row without a unit is a count.
        (
            "| Item | 2025 | 2030 |\n| Labs | 3 | 5 |\n",
            [(3, None, "exact", "2025"), (5, None, "exact", "2030")],
        ),
        # One year is no table; nor a line of numbers that are no years of this era.
        ("规划期　2030年\n企业（家）　900\n", []),
        ("Firms  1200  1500\nLabs  30  40\n", []),
        # A row with another number of cells ends the table.
        (
            "指标　2025年　2030年\n企业（家）　10　20\n说明　见附件\n企业（家）　30　40\n",
            [
                (10, "count", "exact", "2025"),
                (20, "count", "exact", "2030"),
            ],
        ),
    ],
)
def test_each_value_takes_its_rows_unit_and_its_columns_year(
    text: str, expected: list[tuple]
) -> None:
    cells = find_table_cells(text, "HKD" if "目標" in text else None)
    got = [
        (pytest.approx(c.figure.value), c.figure.unit, c.figure.qualifier, c.year) for c in cells
    ]
    assert got == expected
    for c in cells:
        # The value's offsets are those of its number in the text, within its row's line.
        assert c.row_start <= c.figure.start < c.figure.end <= c.row_end
        assert (
            text[c.figure.start : c.figure.end]
            .replace(",", "")
            .lstrip("-−")
            .replace(".", "")
            .isdigit()
        )


# --- round 27, plans ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A tracker: each row's goal cell with its deadline cell and its other cells.
        (
            "Goal | Deadline | Status\nStart-ups: 6,000 | 2027 | 5,100 as of June 2026\n"
            "Incubators: 120 | end-2025 | met\n\nA note.",
            [
                ("Start-ups: 6,000", "2027", ["5,100 as of June 2026"]),
                ("Incubators: 120", "end-2025", ["met"]),
            ],
        ),
        (
            "进展　目标　完成时限\n已有420家　高新技术企业达到500家　2027年\n",
            [("高新技术企业达到500家", "2027年", ["已有420家"])],
        ),
        (
            "目標\t期限\n新創企業300家\t2028年底\n",
            [("新創企業300家", "2028年底", [])],
        ),
        # No deadline column, or two goal columns: no tracker.
        ("Goal | Status\nStart-ups: 6,000 | 5,100\n", []),
        ("Goal | Goal | Deadline\n6,000 | 7,000 | 2027\n", []),
        # A row with another number of cells ends the table.
        ("Goal | Deadline\n6,000 | 2027 | extra\n", []),
    ],
)
def test_round_twenty_seven_tracker_goal_cells(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    cells = find_goal_cells(text)
    assert [(text[c.start : c.end], c.deadline, [o for _, o in c.others]) for c in cells] == (
        expected
    )
    for c in cells:
        assert c.row_start <= c.start and all(text[lo:].startswith(o) for lo, o in c.others)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A goal cell that writes only its number takes the unit its row's name gives.
        (
            "序号 | 指标 | 目标值 | 完成时限\n1 | 地区生产总值（亿元） | 880 | 2027年12月底\n"
            "2 | 研发投入强度（%） | ≥4.2 | 2027年12月底\n3 | 新增企业 | 50家 | 2027年6月底\n",
            [(8.8e10, "CNY", "exact", "880"), (4.2, "percent", "at_least", "4.2"), None],
        ),
        (
            "項次｜指標｜目標值｜完成時限\n1｜研發投入強度（％）｜3.5｜2027年底\n",
            [(3.5, "percent", "exact", "3.5")],
        ),
        (
            "| No. | Indicator | Target | Due |\n|---|---|---|---|\n"
            "| 1 | Exports (billion yuan) | 12.5 | 2028 |\n| 2 | New firms | 40 | 2028 |\n",
            [(1.25e10, "CNY", "exact", "12.5"), None],
        ),
    ],
)
def test_a_goal_cell_takes_its_rows_unit(text: str, expected: list[tuple | None]) -> None:
    got = [
        (
            pytest.approx(c.figure.value),
            c.figure.unit,
            c.figure.qualifier,
            text[c.figure.start : c.figure.end],
        )
        if c.figure
        else None
        for c in find_goal_cells(text)
    ]
    assert got == expected


def test_a_table_of_years_down_its_first_column() -> None:
    text = (
        "年度　企業（家）　產值（億元）\n2025年　1,200　880\n2030年目標　2,000　1,500\n"
        "說明　略　略\n"
    )
    (table,) = read_line_tables(text)
    assert table.by_row and table.years == {}
    got = [
        (pytest.approx(c.figure.value), c.figure.unit, c.year, c.role)
        for c in find_table_cells(text)
    ]
    # The values end at the first row that names no year.
    assert got == [
        (1200, "count", "2025", None),
        (8.8e10, "CNY", "2025", None),
        (2000, "count", "2030", "target"),
        (1.5e11, "CNY", "2030", "target"),
    ]


# Found by review 11: a range in a cell (1500～2000) was no value, ended the table, and the
# figures of its rows were lost. A range is one value with its upper end, in the row's unit.
@pytest.mark.parametrize("dash", ["～", "-", "至"])
def test_a_range_in_a_cell_is_one_value_in_its_rows_unit(dash: str) -> None:
    text = (
        "重庆市科技局 2026年3月10日\n重庆市孵化载体发展指标\n"
        "指标名称　2025年　2030年　属性\n"
        f"1.孵化载体总面积（万平方米）　1000　1500{dash}2000　预期性\n"
        "2.新型孵化器（家）　3　8　预期性\n"
    )
    got = [(c.figure.value, c.figure.value_high, c.figure.unit) for c in find_table_cells(text)]
    assert got == [
        (1e7, None, "m^2"),
        (1.5e7, 2e7, "m^2"),
        (3.0, None, "count"),
        (8.0, None, "count"),
    ]


# A row's unit in brackets may open with a currency's name that is written before the number
# (新臺幣億元: 新臺幣4,800億元), in a Taiwan source as in a mainland one (人民币亿元).
@pytest.mark.parametrize(
    ("text", "currency", "unit"),
    [
        ("指標　115年度目標值　116年度目標值\n營業額（新臺幣億元）　4,800　5,100\n", "TWD", "TWD"),
        ("指标　2026年　2027年\n营业收入（人民币亿元）　4,800　5,100\n", "CNY", "CNY"),
    ],
)
def test_a_rows_unit_may_open_with_a_currencys_name(text: str, currency: str, unit: str) -> None:
    got = [(pytest.approx(c.figure.value), c.figure.unit) for c in find_table_cells(text, currency)]
    assert got == [(4.8e11, unit), (5.1e11, unit)]


# A column named for goals with no year beside the years' columns is of standing goals: its
# values are read, with no year.
def test_a_goal_column_without_a_year_beside_year_columns() -> None:
    text = "指標　目標　2025（實際）　2026（預算）\n按時發放的資助（%）　95　97　96\n"
    cells = find_table_cells(text, "HKD")
    assert [(c.figure.value, c.year, c.role) for c in cells] == [
        (95, "", "target"),
        (97, "2025", "observation"),
        (96, "2026", None),
    ]


def test_a_list_columns_plan_and_goal_words_make_its_cells_goals() -> None:
    # README: a list column's header that plans (下年计划: the year after the report's) or
    # sets a goal (目标…: by the year the title names) holds goals; 总投资 of a project is
    # undated; a plain count column is the report's year's fact. Text written for this test.
    from conftest import figure_rows

    text = (
        "2026年度工作总结\n发布时间：2027-01-15\n\n"
        "序号　园区名称　总投资（亿元）　明年计划投资（亿元）　目标入驻企业（家）　入驻企业（家）\n"
        "1　东区孵化园　64　12　180　133\n"
    )
    assert figure_rows(text) == [
        (6.4e9, "observation", None, None),
        (1.2e9, "target", "2027-12-31", None),
        (180.0, "target", "2026-12-31", None),
        (133.0, "observation", None, "2026-12-31"),
    ]


def test_a_plan_word_inside_another_word_makes_no_goal_column() -> None:
    # README: the plan or goal word opens the header (after its year); 计划单列 (a status),
    # 模拟 (拟 inside a word), 完成年度计划 (progress made) and 目标…名单 (a list of firms
    # courted) are counts of the report's year. Text written for this test.
    from conftest import figure_rows

    text = (
        "2025年度园区工作总结\n发布时间：2026-02-03\n\n"
        "序号　园区名称　计划单列企业（家）　模拟仿真企业（家）　"
        "目标招商企业名单（家）　完成年度计划（%）\n"
        "1　南区产业园　7　21　64　88\n"
    )
    assert figure_rows(text) == [
        (7.0, "observation", None, "2025-12-31"),
        (21.0, "observation", None, "2025-12-31"),
        (64.0, "observation", None, "2025-12-31"),
        (88.0, "observation", None, "2025-12-31"),
    ]
