"""Tables written as lines: each value with its row's unit and its column's year."""

from __future__ import annotations

import pytest

from zonetrack.linetables import find_goal_cells, find_table_cells


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
