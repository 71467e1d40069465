"""Tables written as lines: each value with its row's unit and its column's year."""

from __future__ import annotations

import pytest

from zonetrack.linetables import find_table_cells


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
