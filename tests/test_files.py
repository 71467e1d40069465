"""Reading the catalogue's CSV files: one problem per place, spreadsheets' habits tolerated."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonetrack.files import read_table


@pytest.mark.parametrize(
    ("text", "rows", "problems"),
    [
        # Empty columns right of the table, as a spreadsheet saves them: dropped.
        ("a,b,,\n1,2,,\n3,4\n", [["1", "2"], ["3", "4"]], []),
        ("a,b,\r\n1,2,\r\n", [["1", "2"]], []),
        # ... unless a row has a value there, which would be lost.
        ("a,b,,\n1,2,,x\n3,4,,\n", [["3", "4"]], [(2, "*", "a value stands under an unnamed")]),
        # An unnamed column inside the table is named once, with every position.
        ("a,,c,,e\n1,2,3,4,5\n", [], [(1, "*", "header cells 2, 4 are empty")]),
        (",b\n1,2\n", [], [(1, "*", "header cell 1 is empty")]),
        ("a,b,a\n1,2,3\n", [], [(1, "a", "column 'a' appears twice")]),
        ("a,b\n1,2,3\n", [], [(2, "*", "row has 3 fields, the header has 2")]),
    ],
)
def test_read_table(tmp_path: Path, text: str, rows: list[list[str]], problems: list) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode("utf-8"))
    table = read_table(path)
    assert table.frame.values.tolist() == rows
    assert [(p.row, p.column) for p in table.problems] == [(r, c) for r, c, _ in problems]
    for problem, (_, _, words) in zip(table.problems, problems, strict=True):
        assert words in problem.message
