"""HTML pages as the analyst brings them in: `zonetrack extract` and `add-source` on a page.

The pages are written for these tests in the style of a municipal bureau's web page. What is
checked is what the user sees: the figures `extract` lists, the rows of a draft, and the text
add-source stores (the text evidence is checked against).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from intake_steps import catalog_args, read_rows

from zonetrack.cli import main
from zonetrack.htmltext import html_to_text

HEAD = '<html><head><meta charset="utf-8"><title>园区动态</title></head><body>\n'
DATE_LINE = "<p>发布日期：2026年4月8日</p>\n"


def _page(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(HEAD + DATE_LINE + body + "\n</body></html>\n", encoding="utf-8")
    return path


def _extract(page: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    assert main(["extract", str(page), "--format", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def _figures(rows: list[dict[str, str]]) -> list[tuple[str, float, str]]:
    return [(r["kind"], float(r["value"]), r["unit"]) for r in rows]


def _stored_text(page: Path, project_copy: tuple[Path, Path], capsys) -> str:
    data, seeds = project_copy
    argv = ["add-source", str(page), "--title", "园区动态", "--publisher", "管委会"]
    argv += ["--published", "2026-04-08", *catalog_args(seeds, data)]
    assert main(argv) == 0
    name = capsys.readouterr().out.strip()
    return (seeds / name).read_text(encoding="utf-8")


# --- inline elements join their text; blocks break lines ------------------------------------

INLINE = (
    "<p>到2028年，园区孵化用房面积达到<span>86</span>万平方米以上，"
    "众创空间达到<strong>75</strong>家。</p>\n"
    '<div>截至2025年底，入驻企业<font color="red">4</font>千家，'
    '国家级平台<a href="/x">9</a>个，<em>高新技术企业</em><b>310</b>家。</div>\n'
)


def test_a_number_in_an_inline_element_keeps_its_unit_and_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _extract(_page(tmp_path, INLINE), capsys)
    assert _figures(rows) == [
        ("target", 860000.0, "m^2"),
        ("target", 75.0, "count"),
        ("observation", 4000.0, "count"),
        ("observation", 9.0, "count"),
        ("observation", 310.0, "count"),
    ]
    assert rows[0]["qualifier"] == "at_least" and rows[0]["deadline"] == "2028-12-31"
    assert rows[2]["ref_date"] == "2025-12-31"


def test_a_stored_page_keeps_a_block_per_line_and_an_inline_number_in_it(
    tmp_path: Path, project_copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    text = _stored_text(_page(tmp_path, INLINE), project_copy, capsys)
    lines = text.splitlines()
    assert "到2028年，园区孵化用房面积达到86万平方米以上，众创空间达到75家。" in lines
    assert any(line.startswith("截至2025年底，入驻企业4千家") for line in lines)
    assert "发布日期：2026年4月8日" in lines


def test_a_comment_inside_a_number_does_not_split_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _page(tmp_path, "<p>到2027年，众创空间达到1<!-- 改 -->45家。</p>")
    assert _figures(_extract(page, capsys)) == [("target", 145.0, "count")]


@pytest.mark.parametrize("depth", [600, 5000])
def test_a_page_of_unclosed_tags_nested_deep_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], depth: int
) -> None:
    """Found by review 14: old pages leave <font> tags unclosed, each nesting the rest of the
    page; 600 of them made extract a RecursionError traceback."""
    page = _page(tmp_path, "<font>" * depth + "<p>到2027年，众创空间达到45家。</p>")
    assert _figures(_extract(page, capsys)) == [("target", 45.0, "count")]


def test_a_line_break_tag_and_a_list_item_end_their_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _page(
        tmp_path,
        "<p>截至2025年底，孵化器52家<br>众创空间88家</p><ul><li>专利1200件</li><li>到2027年，专利2000件</li></ul>",
    )
    assert _figures(_extract(page, capsys)) == [
        ("observation", 52.0, "count"),
        ("observation", 88.0, "count"),
        ("observation", 1200.0, "count"),
        ("target", 2000.0, "count"),
    ]


# --- a table: one line per row ---------------------------------------------------------------

TABLE = (
    "<p>主要指标如下。</p>\n"
    "<table><thead><tr><th>指标</th><th>2025年</th><th>2028年目标</th></tr></thead>\n"
    "<tbody><tr><td>科技企业孵化器（家）</td><td>48</td><td>60</td></tr>\n"
    "<tr><td>孵化用房面积（万平方米）</td><td>52</td><td><b>70</b></td></tr></tbody></table>\n"
)


def test_a_table_is_stored_one_row_per_line(
    tmp_path: Path, project_copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _stored_text(_page(tmp_path, TABLE), project_copy, capsys).splitlines()
    assert "指标 ｜ 2025年 ｜ 2028年目标" in lines
    assert "科技企业孵化器（家） ｜ 48 ｜ 60" in lines
    assert "孵化用房面积（万平方米） ｜ 52 ｜ 70" in lines


def test_a_tables_year_column_dates_its_facts_and_its_goal_column_is_drafted(
    tmp_path: Path, project_copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = project_copy
    page = _page(tmp_path, TABLE)
    _stored_text(page, project_copy, capsys)
    draft = tmp_path / "d.csv"
    assert main(["extract", str(page), "--draft", str(draft), *catalog_args(seeds, data)]) == 0
    rows = [
        (r["kind"], r["value"], r["unit"], r["ref_date"], r["deadline"]) for r in read_rows(draft)
    ]
    # README, tables written as lines: each value of its column's year and its row's unit; a
    # year over at the page's date (2026-04-08) is a fact at its end, a later one a goal.
    assert rows == [
        ("observation", "48", "家", "2025-12-31", ""),
        ("target", "60", "家", "", "2028-12-31"),
        ("observation", "52", "万平方米", "2025-12-31", ""),
        ("target", "70", "万平方米", "", "2028-12-31"),
    ]


# --- what a reader does not see is not the page's text ----------------------------------------

HIDDEN = (
    "<p>到2027年，众创空间达到64家。</p>\n"
    '<div style="color:red; display: none">到2029年孵化器达到901家</div>\n'
    "<p hidden>到2029年孵化器达到902家</p>\n"
    '<span style="visibility:hidden">到2029年孵化器达到903家</span>\n'
    "<textarea>到2029年孵化器达到904家</textarea>\n"
    "<svg><text>到2029年孵化器达到905家</text></svg>\n"
    "<![CDATA[到2029年孵化器达到906家]]>\n"
    "<select><option>到2029年孵化器达到907家</option></select>\n"
)


def test_hidden_content_is_not_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _figures(_extract(_page(tmp_path, HIDDEN), capsys)) == [("target", 64.0, "count")]


def test_hidden_content_is_not_stored(
    tmp_path: Path, project_copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    text = _stored_text(_page(tmp_path, HIDDEN), project_copy, capsys)
    assert "90" not in text and "孵化器" not in text


# --- merged cells: the grid a reader sees (review 14) ---------------------------------------

# A heading merged over two columns, a group's name merged down over its two rows, a year merged
# over a unit column and a value column, and a spacer row: without the grid the second row's
# cells shift one column left (88 under 2028年目标), and 120 sits under no year.
MERGED = (
    "<table><tr><th colspan=2>指标</th><th>2025年</th><th>2028年目标</th></tr>\n"
    "<tr><td rowspan=2>孵化载体</td><td>科技企业孵化器（家）</td><td>48</td><td>60</td></tr>\n"
    "<tr><td>众创空间（家）</td><td>88</td><td>100</td></tr>\n"
    "<tr><td></td><td>&nbsp;</td><td> </td><td></td></tr>\n"
    "<tr><td>专利</td><td>授权量（件）</td><td>1200</td><td>2000</td></tr></table>\n"
    "<table><tr><th>指标</th><th colspan=2>2025年</th></tr>\n"
    "<tr><td>企业</td><td>家</td><td>120</td></tr></table>\n"
)


def test_a_merged_cell_fills_the_columns_and_rows_it_covers(
    tmp_path: Path, project_copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _stored_text(_page(tmp_path, MERGED), project_copy, capsys).splitlines()
    assert lines[lines.index("指标 ｜ 指标 ｜ 2025年 ｜ 2028年目标") :] == [
        "指标 ｜ 指标 ｜ 2025年 ｜ 2028年目标",
        "孵化载体 ｜ 科技企业孵化器（家） ｜ 48 ｜ 60",
        "孵化载体 ｜ 众创空间（家） ｜ 88 ｜ 100",
        # The spacer row of empty cells is no line (a stray ｜ before).
        "专利 ｜ 授权量（件） ｜ 1200 ｜ 2000",
        "指标 ｜ 2025年 ｜ 2025年",
        "企业 ｜ 家 ｜ 120",
    ]


def test_a_value_in_a_merged_grid_keeps_its_columns_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _extract(_page(tmp_path, MERGED.split("<table>")[1]), capsys)
    # README: each value of its column's year and its row's unit; a year over at the page's
    # date (2026-04-08) is a fact at its end, a later one a goal by its end.
    assert [(r["kind"], float(r["value"]), r["ref_date"], r["deadline"]) for r in rows] == [
        ("observation", 48.0, "2025-12-31", ""),
        ("target", 60.0, "", "2028-12-31"),
        ("observation", 88.0, "2025-12-31", ""),
        ("target", 100.0, "", "2028-12-31"),
        ("observation", 1200.0, "2025-12-31", ""),
        ("target", 2000.0, "", "2028-12-31"),
    ]


def test_a_merged_cell_that_writes_a_figure_is_read_once(
    tmp_path: Path, project_copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A figure merged over two columns or rows is one figure: its other slots are empty, so
    the cells after it keep their columns and it is not counted twice."""
    table = (
        "<table><tr><th>指标</th><th>2024年</th><th>2025年</th><th>单位</th></tr>\n"
        "<tr><td>孵化器</td><td colspan=2>52</td><td>家</td></tr>\n"
        "<tr><td>众创空间</td><td rowspan=2>30</td><td>31</td><td>家</td></tr>\n"
        "<tr><td>星创天地</td><td>12</td><td>家</td></tr></table>\n"
    )
    lines = _stored_text(_page(tmp_path, table), project_copy, capsys).splitlines()
    assert "孵化器 ｜ 52 ｜ ｜ 家" in lines
    assert "众创空间 ｜ 30 ｜ 31 ｜ 家" in lines
    assert "星创天地 ｜ ｜ 12 ｜ 家" in lines


# --- Chinese broken across inline elements joins as in a browser (review 14) -----------------


def test_chinese_broken_at_a_markup_line_between_inline_elements_joins(
    tmp_path: Path, project_copy: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A browser shows <b>增</b> and <b>长</b> on two lines of markup as 增长, as it shows 增长
    broken inside one text: evidence copied from the browser must match the stored text."""
    body = (
        "<p>截至2025年底，研发投入<b>增</b>\n<b>长</b>12%，"
        "<span>高新</span>\n  <span>技术</span>企业310家，"
        "Beijing <b>Park</b>\n<b>Zone</b>。</p>"
    )
    lines = _stored_text(_page(tmp_path, body), project_copy, capsys).splitlines()
    assert "截至2025年底，研发投入增长12%，高新技术企业310家，Beijing Park Zone。" in lines


# --- a long page shows its progress on a terminal (review 14) --------------------------------


class _Terminal(io.StringIO):
    """A standard error that says it is a terminal, as a user's is."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("terminal", "shown"), [(True, True), (False, False)])
def test_a_long_page_shows_its_progress_on_a_terminal_only(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    terminal: bool,
    shown: bool,
) -> None:
    """README: extract shows a progress bar on standard error for a page over about 1 MB when
    standard error is a terminal; the size is lowered here so that a short page counts."""
    import zonetrack.extract

    monkeypatch.setattr(zonetrack.extract, "PROGRESS_BYTES", 100)
    err = _Terminal() if terminal else None
    if err is not None:
        monkeypatch.setattr("sys.stderr", err)
    rows = _extract(_page(tmp_path, INLINE * 3), capsys)
    assert len(rows) == 15  # the figures are listed all the same
    written = err.getvalue() if err is not None else capsys.readouterr().err
    assert ("figures" in written and "100%" in written) is shown
    assert written == "" or shown


def test_a_short_page_shows_no_progress_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    err = _Terminal()
    monkeypatch.setattr("sys.stderr", err)
    assert len(_extract(_page(tmp_path, INLINE), capsys)) == 5
    assert err.getvalue() == ""


@pytest.mark.parametrize(
    "body", ["<p>众创空间达到1\x0045家。</p>", "<pre>众创空间达到1\x0045家。</pre>"]
)
def test_a_nul_in_the_page_is_dropped_as_a_browser_drops_it(body: str) -> None:
    """Review 15: the page's own NUL inside a number split it in running text (1 45家), though
    <pre> dropped it and a browser shows none. (extract and add-source refuse such a file as
    binary; the library's reduction is called on it directly.)"""
    assert html_to_text(f"<html><body>{body}</body></html>").strip() == "众创空间达到145家。"
