"""Extracting candidate figures from documents: recall on the catalogue, precision on the seeds."""

from __future__ import annotations

import collections
import csv
import hashlib
import math
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import PROJECT, cell_text, examples
from hypothesis import given, settings
from hypothesis import strategies as st

import zonetrack
import zonetrack.blankdates
import zonetrack.contextdates
import zonetrack.datebasis
import zonetrack.extract
import zonetrack.factdates
import zonetrack.factsettling
import zonetrack.fiscalyears
import zonetrack.goalbases
import zonetrack.goals
import zonetrack.goalsettling
import zonetrack.goalwords
import zonetrack.headings
import zonetrack.headlines
import zonetrack.issuedates
import zonetrack.itemschedules
import zonetrack.moneygoals
import zonetrack.numerals
import zonetrack.pagedates
import zonetrack.paragraphdates
import zonetrack.periods
import zonetrack.piecereading
import zonetrack.policymoney
import zonetrack.presentdates
import zonetrack.qualifiers
import zonetrack.quantities
import zonetrack.relativeforms
import zonetrack.scopes
import zonetrack.sentences
import zonetrack.termphrases
import zonetrack.writtenunits
from zonetrack.cli import main
from zonetrack.exceptions import UsageError
from zonetrack.extract import EXTRACT_COLUMNS, extract_figures, extract_file
from zonetrack.figures import find_figures

SEEDS = sorted((PROJECT / "seeds").glob("*.txt"))
HERE = Path(__file__).parent


def _read(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def extracted() -> pd.DataFrame:
    return pd.concat([extract_file(path) for path in SEEDS], ignore_index=True)


def test_every_catalogue_figure_is_found(extracted: pd.DataFrame) -> None:
    """Recall 100 % on the catalogue: same value, unit and qualifier, inside the same clause."""
    catalog = zonetrack.load_catalog()
    rows = pd.concat(
        [
            catalog.targets.assign(kind="target"),
            catalog.observations[~catalog.observations["derived"]].assign(kind="observation"),
        ]
    )
    missing = []
    for _, row in rows.iterrows():
        text = (PROJECT / "seeds" / row["source"]).read_text(encoding="utf-8")
        at = text.index(row["evidence"])
        wanted = next(
            f
            for f in find_figures(row["evidence"])
            if math.isclose(f.value, row["value_canonical"], rel_tol=1e-9)
        )
        found = extracted[
            (extracted["source"] == row["source"])
            & (extracted["start"] <= at + len(row["evidence"]))
            & (extracted["start"] + extracted["evidence"].str.len() >= at)
            & (
                extracted["value"].sub(row["value_canonical"]).abs()
                <= 1e-9 * abs(row["value_canonical"])
            )
            & (extracted["unit"] == row["unit_canonical"])
            & (extracted["qualifier"] == wanted.qualifier)
        ]
        if found.empty:
            missing.append((row.get("target_id") or row.get("obs_id"), row["evidence"]))
    assert missing == []


def test_targets_are_found_as_targets_with_deadlines(extracted: pd.DataFrame) -> None:
    catalog = zonetrack.load_catalog()
    targets = extracted[extracted["kind"] == "target"]
    assert len(targets) == len(catalog.targets)
    assert sorted(targets["value"]) == sorted(catalog.targets["value_canonical"])
    assert set(targets["deadline"]) == {"2025-12-31"}
    assert set(targets["comparator"]) == {">="}


def _key(source: str, figure: str, value: float, unit: str) -> tuple[str, str, float, str]:
    return source, figure, round(float(value), 6), unit


def test_precision_on_the_seeds(extracted: pd.DataFrame) -> None:
    """Every reported figure not in the hand-checked gold list is a known, reviewed mistake."""
    gold = collections.Counter(
        _key(g["source"], g["figure"], g["value"], g["unit"]) for g in _read("extract_gold.csv")
    )
    reported = collections.Counter(
        _key(r.source, r.figure, r.value, r.unit) for r in extracted.itertuples()
    )
    wrong = reported - gold
    reviewed = {(r["source"], r["figure"]) for r in _read("extract_not_quantities.csv")}
    assert {(k[0], k[1]) for k in wrong} == reviewed
    precision = 1 - sum(wrong.values()) / sum(reported.values())
    assert precision >= 0.95


def test_gold_qualifiers_and_kinds_match(extracted: pd.DataFrame) -> None:
    gold = {
        _key(g["source"], g["figure"], g["value"], g["unit"]): (g["qualifier"], g["kind"])
        for g in _read("extract_gold.csv")
    }
    for r in extracted.itertuples():
        key = _key(r.source, r.figure, r.value, r.unit)
        if key in gold:
            assert (r.qualifier, r.kind) == gold[key], key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2025年底,建成孵化面积100万平方米以上。",
            [("target", 1e6, "at_least", "2025-12-31", None)],
        ),
        ("“十四五”期间,培育企业约500家。", [("target", 500, "approx", "2025-12-31", None)]),
        ("力争2026年上半年引进人才3至5名。", [("target", 3, "exact", "2026-06-30", None)]),
        (
            "截至2021年底,园区已聚集企业1,200家。",
            [("observation", 1200, "exact", None, "2021-12-31")],
        ),
        ("2020年,全市专利达四十余件。", [("observation", 40, "at_least", None, "2020-12-31")]),
        (
            "The zone aims to attract over 300 talents by the end of 2025.",
            [("target", 300, "at_least", "2025-12-31", None)],
        ),
        (
            "In 2020 the park hosted about 1.5 million visitors.",
            [("observation", 1.5e6, "approx", None, "2020-12-31")],
        ),
        ("渝府办发〔2021〕142号 2022-01-14 17:01:24 电话:0571-89719789", []),
        ("一是加强顶层设计;第二,两院院士共聚一堂。", []),
        (
            "On July 23, the Ninth Plenary Session of the 13th Municipal Party Committee was held.",
            [],
        ),
        ("自2018年以来,已建成6个创新生态圈。", [("observation", 6, "exact", None, None)]),
        ("接近1万平方米", [("observation", 1e4, "at_most", None, None)]),
        (
            "到2022年建成500万平方米;到2025年建成1000万平方米。",
            [
                ("target", 5e6, "exact", "2022-12-31", None),
                ("target", 1e7, "exact", "2025-12-31", None),
            ],
        ),
        (
            "力争2021年底前引进20家,到2025年达到50家。",
            [
                ("target", 20, "exact", "2021-12-31", None),
                ("target", 50, "exact", "2025-12-31", None),
            ],
        ),
    ],
)
def test_extract_figures(text: str, expected: list[tuple]) -> None:
    frame = extract_figures(text)
    got = [
        (r.kind, r.value, r.qualifier, r.deadline or None, r.ref_date or None)
        for r in frame.itertuples()
    ]
    assert got == expected


def test_ranges_give_value_high() -> None:
    row = extract_figures("新增孵化器3至5家。").iloc[0]
    assert (row["value"], row["value_high"], row["unit"]) == (3, 5, "count")


def test_evidence_is_the_clause_at_its_offset() -> None:
    text = "重庆力争到2025年底,建成孵化载体总面积1000万平方米以上,聚集企业8万个以上。"
    frame = extract_figures(text)
    for row in frame.itertuples():
        assert text[row.start : row.start + len(row.evidence)] == row.evidence
    assert list(frame["evidence"]) == ["建成孵化载体总面积1000万平方米以上", "聚集企业8万个以上"]


def test_html_is_reduced_to_text(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    page.write_text(
        "<html><head><script>var n = 99;</script></head><body><p>园区已聚集企业"
        "<b>120家</b>。</p></body></html>",
        encoding="utf-8",
    )
    frame = extract_file(page)
    assert list(frame["value"]) == [120]
    assert list(frame["source"]) == ["news.html"]


@settings(max_examples=examples(200), deadline=None)
@given(st.text())
def test_never_raises_and_offsets_hold(text: str) -> None:
    frame = extract_figures(text)
    assert list(frame.columns) == list(EXTRACT_COLUMNS)
    for row in frame.itertuples():
        assert text[row.start : row.start + len(row.evidence)] == row.evidence


# Pages are made of lines: random characters seldom build the shapes a layout does (a line of
# spaces alone above an indented line of one cell crashed the table reader), so lines are also
# drawn from shapes real pages have: blank, white space only, indented, headings, rows of cells.
_LINE_SHAPES = st.sampled_from(
    [
        "",
        " ",
        "   \t",
        "\u3000\u3000",
        "  园区新增企业30家。",
        "\u3000\u3000到2027年，园区企业达到120家。",
        "一、主要目标",
        "指标　2025年　2027年目标",
        "企业数（家）　260　500",
        "      Year ended  Year ended",
        "Revenue     4.2     3.9",
        "| 序号 | 目标值 |",
        "|---|---|",
        "    The park had 30 firms at end-2025.",
        "Goals by 2028:",
        "- 500 firms",
    ]
)


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(_LINE_SHAPES, max_size=12))
def test_never_raises_on_lines_of_real_shapes(lines: list[str]) -> None:
    text = "\n".join(lines)
    frame = extract_figures(text)
    for row in frame.itertuples():
        assert text[row.start : row.start + len(row.evidence)] == row.evidence


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x7fELF\x00\x01\x02", "a binary file"),
        ("国家".encode("gb18030"), "it looks like GBK/GB18030; save the file as UTF-8"),
        ("国家".encode("utf-16"), "it looks like UTF-16; save the file as UTF-8"),
    ],
)
def test_bad_files_are_one_line_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["extract", str(path)]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cli_csv_uses_catalogue_column_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS[-1]), "--format", "csv", "--source", "plan"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert {
        "value",
        "unit",
        "qualifier",
        "comparator",
        "deadline",
        "ref_date",
        "source",
        "evidence",
    } <= set(rows[0])
    assert {r["source"] for r in rows} == {"plan"}


# --- texts written for these tests, in the style of real releases (issue 12) --------------------

TEXTS = HERE / "extract_texts"
TEXTS_GOLD = _read("extract_texts_gold.csv")


# A text's own currency, as its sources.csv row would give it (empty: the yuan).
TEXTS_CURRENCY = {r["file"]: r["currency"] for r in _read("extract_texts_sources.csv")}


@pytest.fixture(scope="module")
def texts() -> dict[str, pd.DataFrame]:
    return {
        path.name: extract_file(path, currency=TEXTS_CURRENCY.get(path.name) or None)
        for path in sorted(TEXTS.glob("*.txt"))
    }


def _known(gold: dict[str, str]):
    """A gold row the extractor does not read yet (said in its note, and in the README)."""
    if "not yet read" not in gold["note"]:
        return gold
    return pytest.param(gold, marks=pytest.mark.xfail(strict=True, reason=gold["note"]))


# Readings known to be wrong: figures reported that the texts do not hold (rounds 35, 36 and 38,
# scored unseen and fixed in part; each is a form not yet read, named in the comment).
KNOWN_WRONG: collections.Counter = collections.Counter(
    {
        # 三大 after the list it counts (the seeds' gold keeps 三大板块 as a figure)
        ("r35_hans_gangyao.txt", 3.0, "count"): 1,
        # 两项指标 naming the two indicators just listed; scoring weights (占80分, 占20分) and
        # the thresholds of an assessment's grades (完成目标值60%以上, 完成不足60%的)
        ("r35_hans_kaohe.txt", 2.0, "count"): 1,
        ("r35_hans_kaohe.txt", 80.0, "score"): 1,
        ("r35_hans_kaohe.txt", 20.0, "score"): 1,
        ("r35_hans_kaohe.txt", 60.0, "percent"): 2,
        # a threshold that names a class of firms (营业收入超10亿元的龙头企业)
        ("r35_hans_shishifangan.txt", 1e9, "CNY"): 1,
        # a results table whose columns are named relative to the report (本报告期末, 上年度末)
        # in 单位：元: read as counts, not yuan (keys at twelve significant digits, as counted)
        ("r36_hans_bandubaogao.txt", 18426375120.5, "count"): 1,
        ("r36_hans_bandubaogao.txt", 17038914602.2, "count"): 1,
        ("r36_hans_bandubaogao.txt", 1527684903.41, "count"): 1,
        ("r36_hans_bandubaogao.txt", 1318225770.06, "count"): 1,
        # a heading in capitals (FOR THE SIX MONTHS ENDED 30 SEPTEMBER 2026): SIX read as a count
        # (its date is what "During the Period" takes until the Period a report defines is read)
        ("r36_en_interimresults.txt", 6.0, "count"): 1,
        ("r53_en_interim_results.txt", 6.0, "count"): 1,
        # a threshold that names a class of projects (投资完成率不足30%的项目)
        ("r38_hans_duchatongbao.txt", 30.0, "percent"): 1,
        # the count of grades a list just named (分為…三類)
        ("r38_hant_hkkpi.txt", 3.0, "count"): 1,
        # a contract's trigger, the share of the promised profit under which it compensates
        # (倘…低於承諾淨利潤之百分之九十): read as a figure, a threshold the gold leaves out
        ("r43_hant_hkshougou.txt", 90.0, "percent"): 1,
        # counts written as words beside the figure of a sentence ("two semiconductor tenants",
        # A、B两栋孵化楼), which the gold does not record
        ("r43_en_brokernote.txt", 2.0, "count"): 1,
        ("r43_hans_zhongbiao.txt", 2.0, "count"): 1,
        # a span left out after a number ("Phase II the remaining three": three years, the
        # word for them elided), read as a count
        ("r46_en_programme.txt", 3.0, "count"): 1,
        # a threshold that names a class of projects after 不乏 (其中不乏10亿元以上的先进制造项目):
        # read as a figure, a class the gold leaves out
        ("r53_hans_nianjian_gaoxinqu.txt", 1e9, "CNY"): 1,
    }
)


@pytest.mark.parametrize(
    "gold", [_known(g) for g in TEXTS_GOLD], ids=[f"{g['file']}:{g['figure']}" for g in TEXTS_GOLD]
)
def test_every_figure_of_the_texts_is_read_as_written(
    texts: dict[str, pd.DataFrame], gold: dict[str, str]
) -> None:
    """Value, unit, range, qualifier, kind and date of each figure, as the gold file states."""
    frame = texts[gold["file"]]
    same = frame[
        (frame["value"].sub(float(gold["value"])).abs() <= 1e-9 * abs(float(gold["value"])))
        & (frame["unit"] == gold["unit"])
    ]
    # The k-th gold row with this value and unit is the k-th such figure in the text.
    k = [
        (g["file"], float(g["value"]), g["unit"]) for g in TEXTS_GOLD[: TEXTS_GOLD.index(gold)]
    ].count((gold["file"], float(gold["value"]), gold["unit"]))
    assert len(same) > k, same
    row = same.iloc[k]
    high = cell_text(row["value_high"])
    assert (high and f"{float(high):g}") == (
        gold["value_high"] and f"{float(gold['value_high']):g}"
    )
    assert (row["qualifier"], row["kind"]) == (gold["qualifier"], gold["kind"])
    assert (cell_text(row["deadline"]), cell_text(row["ref_date"])) == (
        gold["deadline"],
        gold["ref_date"],
    )


def test_the_texts_hold_no_other_figures(texts: dict[str, pd.DataFrame]) -> None:
    """Slogans, list markers, dates, base years and articles (一个, one) are not figures."""
    gold = collections.Counter(
        (g["file"], float(f"{float(g['value']):.12g}"), g["unit"]) for g in TEXTS_GOLD
    )
    reported = collections.Counter(
        (name, float(f"{float(r.value):.12g}"), r.unit)
        for name, frame in texts.items()
        for r in frame.itertuples()
    )
    assert reported - gold == KNOWN_WRONG
    assert set(TEXTS_GOLD[i]["language"] for i in range(len(TEXTS_GOLD))) == {
        "zh-Hans",
        "zh-Hant",
        "en",
    }


HELD_OUT = HERE / "extract_held_out"


@pytest.mark.parametrize(
    "name", ["extract_gold.csv", "extract_texts_gold.csv", "extract_held_out/gold.csv"]
)
def test_every_gold_row_has_exactly_the_gold_columns(name: str) -> None:
    """A note with an unquoted comma would spill into a column of no name, which
    ``csv.DictReader`` keeps under ``None``: the row would lose its words unseen."""
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        header, *rows = list(csv.reader(fh))
    spilled = [n for n, row in enumerate(rows, start=2) if len(row) != len(header)]
    assert not spilled, f"{name}: lines {spilled} have other than {len(header)} fields"


def test_the_held_out_texts_are_kept_apart_and_their_gold_is_well_formed() -> None:
    """Texts kept out of every fix (scored by ``eval_extract.py --held-out``, never by the
    tests, so that their score stays unseen): each gold row names a text of the folder, its
    figure as written there, the gold's columns and vocabulary; none is among the tests'."""
    with (HELD_OUT / "gold.csv").open(encoding="utf-8", newline="") as fh:
        gold = list(csv.DictReader(fh))
    with (HERE / "extract_texts_gold.csv").open(encoding="utf-8", newline="") as fh:
        columns = csv.DictReader(fh).fieldnames
    texts = {p.name for p in HELD_OUT.glob("*.txt")}
    assert gold and list(gold[0]) == columns
    assert texts.isdisjoint(p.name for p in TEXTS.glob("*.txt"))
    assert {g["file"] for g in gold} == texts
    for g in gold:
        assert g["figure"] in (HELD_OUT / g["file"]).read_text(encoding="utf-8"), g
        assert g["language"] in {"zh-Hans", "zh-Hant", "en"}
        assert g["kind"] in {"target", "observation"} and math.isfinite(float(g["value"]))
        assert g["deadline"] == "" or g["kind"] == "target", g
        assert g["ref_date"] == "" or g["kind"] == "observation", g


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An impossible month or day gives no date: never the year or month around it.
        ("2025年13月数据将另行公布,届时新增企业30家。", [("observation", 30, None, None)]),
        ("截至2024年2月30日,园区企业120家。", [("observation", 120, None, None)]),
        ("截至2025年2月29日,园区企业120家。", [("observation", 120, None, None)]),
        ("截至2024年2月29日,园区企业120家。", [("observation", 120, None, "2024-02-29")]),
        ("力争到2026年13月建成平台8个。", [("target", 8, None, None)]),
        ("2024年10月25日\n截至13月底,企业2,145家。", [("observation", 2145, None, None)]),
        # Financial years (issue 12): a span is April to March; one year, the calendar year.
        ("政府將在2025/26財政年度投入30億元。", [("target", 3e9, "2026-03-31", None)]),
        ("2023/24财政年度,基金共投资1.6亿元。", [("observation", 1.6e8, None, "2024-03-31")]),
        (
            "In the 2023-24 financial year, the fund approved 1,900 projects.",
            [("observation", 1900, None, "2024-03-31")],
        ),
        (
            "The works will be finished by the end of the 2026-27 financial year, "
            "providing 300,000 square feet.",
            [("target", 300000 * 0.09290304, "2027-03-31", None)],
        ),
        (
            "The firm reported revenue of 4.6 billion yuan for FY2024 and plans to double "
            "its staff by 2027.",
            [("observation", 4.6e9, None, "2024-12-31"), ("target", 2, "2027-12-31", None)],
        ),
        (
            "Revenue in fiscal 2023 reached 80 million yuan.",
            [("observation", 8e7, None, "2023-12-31")],
        ),
        ("2024-26年度共建成平台8个。", [("observation", 8, None, None)]),  # a span, not a year
        # A span of years on the mainland, not a financial year ending on 31 March:
        ("2023-2024年度评选优秀企业30家。", [("observation", 30, None, "2024-12-31")]),
        # A comparison's base figure is dated by its own year; each part of a sentence by its own.
        (
            "The park had 2,300 firms by the end of 2024, compared with 1,600 in 2020.",
            [("observation", 2300, None, "2024-12-31"), ("observation", 1600, None, "2020-12-31")],
        ),
        (
            "The park aims to reach 250 billion yuan by 2027 "
            "and to add 40 wards by the end of 2026.",
            [("target", 2.5e11, "2027-12-31", None), ("target", 40, "2026-12-31", None)],
        ),
        # Periods relative to the page's date line; 展望 looks ahead to a deadline.
        (
            "发布时间:2024年10月25日\n前三季度,产值1,182亿元。",
            [("observation", 1.182e11, None, "2024-09-30")],
        ),
        (
            "发布时间:2024年10月25日\n1至9月,新引进项目37个。",
            [("observation", 37, None, "2024-09-30")],
        ),
        ("展望2030年,集聚科技人才超10万人。", [("target", 1e5, "2030-12-31", None)]),
        # Round 5 (issue 12): a heading of "this year's" goals, later Five-Year Plans, and a
        # date already past when the page was written, which no goal can have.
        (
            "2025年2月18日\n今年的主要目标是:\n1. 新增市场主体3000家以上;",
            [("target", 3000, "2025-12-31", None)],
        ),
        ("到“十五五”末,研发投入强度提高至5%左右。", [("target", 5, "2030-12-31", None)]),
        (
            "By the end of the 15th Five-Year Plan, the city aims to host 500 labs.",
            [("target", 500, "2030-12-31", None)],
        ),
        (
            "Taipei, March 5, 2025\nThe agency expects to admit 40 firms in fiscal 2025, "
            "after approving 37 in fiscal 2024.",
            [("target", 40, "2025-12-31", None), ("observation", 37, None, "2024-12-31")],
        ),
        # ... but a date inside a sentence near the top is not the page's date.
        (
            "会议将于2026年5月1日召开,届时发布规划。力争到2025年底建成平台8个。",
            [("target", 8, "2025-12-31", None)],
        ),
        # A number inside a quoted programme name is part of the name.
        ("資助「產學研1+計劃」下的100個項目。", [("observation", 100, None, None)]),
        (
            "By the end of 2021, the park had attracted 300 firms.",
            [("observation", 300, None, "2021-12-31")],
        ),
        (
            "By the end of 2027, the park will host 300 firms.",
            [("target", 300, "2027-12-31", None)],
        ),
        ("截至到2012年末,累计建成平台8个。", [("observation", 8, None, "2012-12-31")]),
        ("力争於2027年前建成平台8個。", [("target", 8, "2027-12-31", None)]),
        ("朝2030年建成平台8個。", [("target", 8, "2030-12-31", None)]),
        ("2,000 listed companies", [("observation", 2000, None, None)]),
        ("建成一个国家级平台和“九个有”工程", []),
        ("one of the four labs", [("observation", 4, None, None)]),
        # Dates relative to the page's date line; a comparison's base is not one.
        (
            "发布时间:2024年3月1日\n去年,园区新增企业120家。",
            [("observation", 120, None, "2023-12-31")],
        ),
        ("发布时间:2024年3月1日\n营收较去年增长12%。", [("observation", 12, None, None)]),
        ("2024年7月18日\n截至6月底,企业2,145家。", [("observation", 2145, None, "2024-06-30")]),
        ("截至6月底,企业2,145家。", [("observation", 2145, None, None)]),  # no page date
        ("2024年7月18日\n力争全年新增企业30家。", [("target", 30, "2024-12-31", None)]),
    ],
)
def test_dates_goals_and_non_figures(text: str, expected: list[tuple]) -> None:
    frame = extract_figures(text)
    got = [
        (r.kind, r.value, cell_text(r.deadline) or None, cell_text(r.ref_date) or None)
        for r in frame.itertuples()
    ]
    assert got == expected


class _Counting:
    """A compiled pattern that counts the characters it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str], counter: collections.Counter) -> None:
        self._pattern, self._counter = pattern, counter

    def _window(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self._counter["scanned"] += (len(text) if endpos is None else endpos) - pos

    def finditer(self, text, pos=0, endpos=None):
        self._window(text, pos, endpos)
        return self._pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def search(self, text, pos=0, endpos=None):
        self._window(text, pos, endpos)
        return self._pattern.search(text, pos, len(text) if endpos is None else endpos)

    def sub(self, repl, text, count=0):
        self._window(text)
        return self._pattern.sub(repl, text, count)

    def match(self, text, pos=0, endpos=None):
        found = self._pattern.match(text, pos, len(text) if endpos is None else endpos)
        self._counter["scanned"] += 1 + (found.end() - pos if found else 0)
        return found

    def __getattr__(self, name):
        return getattr(self._pattern, name)


# Every module whose patterns extraction runs (extract.py and the modules of its rules).
_EXTRACTION_MODULES = (
    zonetrack.blankdates,
    zonetrack.contextdates,
    zonetrack.datebasis,
    zonetrack.extract,
    zonetrack.factdates,
    zonetrack.factsettling,
    zonetrack.fiscalyears,
    zonetrack.figures,
    zonetrack.goalbases,
    zonetrack.goals,
    zonetrack.goalsettling,
    zonetrack.goalwords,
    zonetrack.moneygoals,
    zonetrack.headings,
    zonetrack.headlines,
    zonetrack.issuedates,
    zonetrack.itemschedules,
    zonetrack.numerals,
    zonetrack.pagedates,
    zonetrack.paragraphdates,
    zonetrack.periods,
    zonetrack.piecereading,
    zonetrack.policymoney,
    zonetrack.presentdates,
    zonetrack.qualifiers,
    zonetrack.quantities,
    zonetrack.relativeforms,
    zonetrack.scopes,
    zonetrack.sentences,
    zonetrack.termphrases,
    zonetrack.writtenunits,
)


def _clear_caches() -> None:
    for module in _EXTRACTION_MODULES:
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def _scanned(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    counter: collections.Counter = collections.Counter()
    _clear_caches()  # each measurement starts cold
    with monkeypatch.context() as patch:
        for module in _EXTRACTION_MODULES:
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern):
                    patch.setattr(module, name, _Counting(value, counter))
        # The date patterns are kept in lists of rules (periods._rules), not by name.
        rules = zonetrack.periods._rules
        patch.setattr(
            zonetrack.periods,
            "_rules",
            lambda patterns, calendar: tuple(
                (_Counting(pattern, counter), make) for pattern, make in rules(patterns, calendar)
            ),
        )
        extract_figures(text)
    return counter["scanned"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "截至2023年底,园区企业1,260家,面积30万平方米。到2027年,力争达到2000家以上。\n",
        "As of the end of 2023, the park hosted 1,871 firms and 40 labs, up from 2019. ",
        "企业30家、平台40个、基地50处、资金60亿元",  # no sentence end at all
    ],
)
def test_regex_work_grows_linearly_with_the_document(
    paragraph: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted, not timed: four times the text means at most about four times the scanning."""
    small, large = _scanned(paragraph * 200, monkeypatch), _scanned(paragraph * 800, monkeypatch)
    assert small > 0
    assert large / small <= 4 * 1.15


def _comma_run_on(copies: int, lead: str = "", goal: str = "力争2027年达到120家，") -> str:
    """A dated page of one Chinese paragraph with no sentence end, its clauses joined by
    full-width commas, each copy tagged (X12 is no figure) so that none repeats; ``lead``
    opens the paragraph."""
    clauses = (
        "园区新增企业30家，建成平台4个，累计投资60亿元，试点企业由去年底的41家增加到74家，" + goal
    )
    body = "".join(clauses.replace("，", f"，X{i} ", 1) for i in range(copies))
    return "发布日期：2026年3月1日\n" + lead + body


# 今年 opening a paragraph that names no year: each change from a dated start asks whether its
# own sentence (here the whole paragraph) tells of 今年 and of no other date.
@pytest.mark.parametrize(("lead", "goal"), [("", "力争2027年达到120家，"), ("今年以来，", "")])
def test_regex_work_grows_linearly_on_a_comma_joined_run_on(
    lead: str, goal: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run-on paragraph whose clauses a comma joins (review 18: 52 s at 100 KB): no figure
    reads the paragraph up to it (the date before a change from a dated start, an item's
    schedule, the 今年 of its sentence), nor every later part of its window. Counted, not
    timed."""
    small, large = (
        _scanned(_comma_run_on(50, lead, goal), monkeypatch),
        _scanned(_comma_run_on(200, lead, goal), monkeypatch),
    )
    assert small > 0
    assert large / small <= 4 * 1.15


def test_documents_read_in_a_row_read_as_each_alone() -> None:
    """The caches of the sentences' readings (sentences.says, the stops' index) carry
    nothing from one document to the next: the same sentences on pages of other dates, and a
    run-on paragraph whose windows many figures share, read the same after another page."""
    sentence = "园区将新增企业30家、平台40个，已建成基地50处；资金60亿元"
    documents = [
        f"发布日期：2026年3月1日\n{sentence}。\n",
        f"发布日期：2024年3月1日\n{sentence}。\n",
        "、".join(f"X{i} {sentence}" for i in range(60)),  # no sentence end
    ]
    alone = []
    for text in documents:
        _clear_caches()
        alone.append(extract_figures(text))
    _clear_caches()
    for _ in range(2):
        for text, expected in zip(documents, alone, strict=True):
            pd.testing.assert_frame_equal(extract_figures(text), expected)


def test_csv_output_is_safe_in_a_spreadsheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(
        "截至2024年底,园区企业:\n=HYPERLINK(1)企业120家\n+820万平方米\n", encoding="utf-8"
    )
    assert main(["extract", str(doc), "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    cells = [cell for row in rows for cell in row.values()]
    assert rows and not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert "'=HYPERLINK(1)企业120家" in cells and "'+820万平方米" in cells


@pytest.mark.parametrize("currency", ["XYZ", "usd", "港幣"])
def test_an_unknown_currency_is_refused_naming_currency(currency: str, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("投入30億元。", encoding="utf-8")
    for call in (
        lambda: extract_figures("投入30億元。", currency=currency),
        lambda: extract_file(doc, currency=currency),
    ):
        with pytest.raises(UsageError) as error:
            call()
        assert error.value.argument == "currency"


# Round 6 (issue 12): the causes of its misses, each in the scripts where it occurs.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # Months counted from January (前10个月, 2024年1—11月) end with their last month.
        (
            "发布日期：2024年11月20日\n今年前10个月，完成投资312.7亿元。",
            None,
            [("observation", 3.127e10, None, "2024-10-31")],
        ),
        (
            "發布日期：2024年11月20日\n今年前十個月，完成投資312.7億元。",
            None,
            [("observation", 3.127e10, None, "2024-10-31")],
        ),
        ("2024年1—11月，新增注册企业310家。", None, [("observation", 310, None, "2024-11-30")]),
        ("2024年1至11月，新增註冊企業310家。", None, [("observation", 310, None, "2024-11-30")]),
        # The base of a multiple (是2020年末的1.6倍, 1.6 times the 2020 level) is not its date.
        (
            "2024年11月20日\n截至10月末，认定企业2,317家，是2020年末的1.6倍。",
            None,
            [("observation", 2317, None, "2024-10-31"), ("observation", 1.6, None, "2024-10-31")],
        ),
        (
            "2024年11月20日\n截至10月底，認定企業2,317家，為2020年底的1.6倍。",
            None,
            [("observation", 2317, None, "2024-10-31"), ("observation", 1.6, None, "2024-10-31")],
        ),
        (
            "2024年11月20日\n截至10月底，入駐企業860家，為2023年10月的2倍。",
            None,
            [("observation", 860, None, "2024-10-31"), ("observation", 2, None, "2024-10-31")],
        ),
        (
            "In 2024 output reached 1.6 times the 2020 level.",
            None,
            [("observation", 1.6, None, "2024-12-31")],
        ),
        # 在2026年年底前: a deadline written with 年底 after the year.
        (
            "政府会在2026年年底前推出新计划，首轮拨款20亿元。",
            None,
            [("target", 2e9, "2026-12-31", None)],
        ),
        (
            "政府會在2026年年底前推出新計劃，首輪撥款20億港元。",
            "HKD",
            [("target", 2e9, "2026-12-31", None)],
        ),
        # English deadlines: by end-2026, by the close of 2027, before the end of 2027.
        (
            "The city plans to cut approval times by 30% by end-2026.",
            None,
            [("target", 30, "2026-12-31", None)],
        ),
        (
            "The zone will open 12 labs by the close of 2027.",
            None,
            [("target", 12, "2027-12-31", None)],
        ),
        (
            "The park wants at least six more firms to set up there before the end of 2027.",
            None,
            [("target", 6, "2027-12-31", None)],
        ),
        # A date beyond any year running at the page's date: expected or planned, not seen.
        (
            "2025年4月2日\n预计于2027年第一季完成，新增面积约7.5万平方米。",
            None,
            [("target", 7.5e4, "2027-03-31", None)],
        ),
        (
            "2025年9月17日\n擴建工程預計於2027年第一季完成，新增樓面面積約7.5萬平方米。",
            "HKD",
            [("target", 7.5e4, "2027-03-31", None)],
        ),
        (
            "3 September 2025\nThe park expects revenue of around 120 billion yuan in 2026.",
            None,
            [("target", 1.2e11, "2026-12-31", None)],
        ),
        # ... and so is the budget of the financial year just begun at the page's date (no fact
        # after its page: a running year's figure is its end's only when told as done or in the
        # year's last three months).
        (
            "15 May 2024\nThe budget for the 2024-25 financial year is HK$630 million.",
            "HKD",
            [("target", 6.3e8, "2025-03-31", None)],
        ),
        # A date line written day first (10 April 2025), or in ROC years in a Taiwan source.
        (
            "Issued 10 April 2025\nLast year the incubators graduated 265 start-ups.",
            None,
            [("observation", 265, None, "2024-12-31")],
        ),
        (
            "Chengxi, 3 September 2025\nTwo new fabs began trial production in July.",
            None,
            [("observation", 2, None, "2025-07-31")],
        ),
        ("The park may host 30 firms.", None, [("observation", 30, None, None)]),  # may: a verb
        (
            "發布日期：114年3月6日\n去年物聯網產值約新臺幣1.6兆元。",
            "TWD",
            [("observation", 1.6e12, None, "2024-12-31")],
        ),
        # A relative clause takes no date the main clause writes after it, but one that opens
        # the sentence frames it too (English: Chinese puts no such clause after its noun).
        (
            "The park, which covers 278 square kilometres, said output reached 158 billion "
            "yuan in 2024.",
            None,
            [("observation", 2.78e8, None, None), ("observation", 1.58e11, None, "2024-12-31")],
        ),
        (
            "As at the end of March 2024, the fund had backed 1,102 start-ups, which together "
            "raised more than HK$12 billion.",
            None,
            [
                ("observation", 1102, None, "2024-03-31"),
                ("observation", 1.2e10, None, "2024-03-31"),
            ],
        ),
        (
            "The hub, whose labs employ 3,000 people, will add 500 more by 2027.",
            None,
            [("observation", 3000, None, None), ("target", 500, "2027-12-31", None)],
        ),
        # A deadline already past at the page's ROC date tells a result.
        (
            "發布日期：114年3月6日\n計畫推動至113年底，累計促成募資逾新臺幣1,100億元。",
            "TWD",
            [("observation", 1.1e11, None, "2024-12-31")],
        ),
        (
            "國發會將於115年6月前完成二期工程，新增進駐空間8,000坪。",
            "TWD",
            [("target", 8000 * 400 / 121, "2026-06-30", None)],
        ),
    ],
)
def test_round_six_dates_and_goals(text: str, currency: str | None, expected: list[tuple]) -> None:
    frame = extract_figures(text, currency=currency)
    got = [
        (
            r.kind,
            pytest.approx(r.value),
            cell_text(r.deadline) or None,
            cell_text(r.ref_date) or None,
        )
        for r in frame.itertuples()
    ]
    assert got == expected


# `zonetrack extract FILE` without --draft (issue 12): a listed seed is read in its own
# currency, however it is named; any other file in the one given (default the yuan).
_HK_PAGE = "政府投入30億元。\nThe government will earmark $10 billion.\n"


@pytest.fixture
def hk_seed(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "hk.txt").write_text(_HK_PAGE, encoding="utf-8")
    digest = hashlib.sha256(_HK_PAGE.encode("utf-8")).hexdigest()
    (seeds / "sources.csv").write_text(
        f"source,language,sha256,currency\nhk.txt,mixed,{digest},HKD\n", encoding="utf-8"
    )
    return seeds


@pytest.mark.parametrize(
    ("given", "units", "source"),
    [
        ("seeds/hk.txt", ["HKD", "HKD"], "hk.txt"),  # the seed's path
        ("hk.txt", ["HKD", "HKD"], "hk.txt"),  # its name in sources.csv
        ("copy/page.txt", ["HKD", "HKD"], "hk.txt"),  # a copy: the same sha256
        ("other.txt", ["CNY", "USD"], "other.txt"),  # not a seed: the yuan, $ a US dollar
    ],
)
def test_cli_extract_reads_a_seed_in_its_own_currency(
    hk_seed: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: str,
    units: list[str],
    source: str,
) -> None:
    root = hk_seed.parent
    (root / "copy").mkdir()
    (root / "copy" / "page.txt").write_text(_HK_PAGE, encoding="utf-8")
    (root / "other.txt").write_text(_HK_PAGE + "\n", encoding="utf-8")
    monkeypatch.chdir(root)
    assert main(["extract", given, "--seeds", str(hk_seed), "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [r["unit"] for r in rows] == units
    assert {r["source"] for r in rows} == {source}


def test_cli_extract_refuses_another_currency_for_a_seed(
    hk_seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["extract", str(hk_seed / "hk.txt"), "--seeds", str(hk_seed), "--currency", "TWD"])
    err = capsys.readouterr().err
    assert code == 2
    assert "currency" in err and "HKD" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "currency", "note"),
    [
        ("2023/24財政年度,基金共投資1.6億元。", "HKD", "April to March"),
        ("截至2024年9月31日,园区专利12,870件。", None, "names no real day"),
        ("In FY2024 revenue reached HK$80 million.", "HKD", "ending on 31/03"),
        ("113年全國投資額達2,350億元。", "TWD", "Republic of China year 2024"),
        ("园区企业120家。", None, None),
    ],
)
def test_cli_extract_table_shows_how_a_date_was_read(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    currency: str | None,
    note: str | None,
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    args = ["extract", str(doc), "--seeds", str(tmp_path)]
    assert main(args + (["--currency", currency] if currency else [])) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0]
    if note is None:
        assert "date note" not in header
    else:
        assert header.rstrip().endswith("date note") and note in out


# Round 7 (issue 12): the causes of its misses, each in the scripts where it occurs.
_OBS_30_MILLION = ("observation", 3e7, None, None)


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A report whose title names the year it covers, published the year after: 年末, 全年
        # and facts told without a date are of that year; 上半年 of it too.
        (
            "星湖新区2025年国民经济和社会发展统计公报\n星湖新区统计局　2026年3月18日\n"
            "年末共有孵化器14家。全年引进项目约230个。研发投入强度为3.9%。",
            None,
            [
                ("observation", 14, None, "2025-12-31"),
                ("observation", 230, None, "2025-12-31"),
                ("observation", 3.9, None, "2025-12-31"),
            ],
        ),
        (
            "星湖新区2025年统计公报\n2026年3月18日\n上半年完成固定资产投资120亿元。",
            None,
            [("observation", 1.2e10, None, "2025-06-30")],
        ),
        (
            "星湖園區2025年統計公報\n2026年3月18日\n年末共有育成中心14家，全年新增創業團隊約230個。",
            None,
            [("observation", 14, None, "2025-12-31"), ("observation", 230, None, "2025-12-31")],
        ),
        (
            "114年科學園區年報\n發布日期：115年4月2日\n年底園區廠商共計520家。",
            "TWD",
            [("observation", 520, None, "2025-12-31")],
        ),
        (
            "民國114年科學園區年報\n發布日期：115年4月2日\n園區廠商共計520家。",
            "TWD",
            [("observation", 520, None, "2025-12-31")],
        ),
        (
            "Xinhu Science Park Annual Report 2025\nPublished 12 March 2026\n"
            "At year-end the park housed 640 firms. For the year, revenue grew 9 percent.",
            None,
            [("observation", 640, None, "2025-12-31"), ("observation", 9, None, "2025-12-31")],
        ),
        (
            "Statistical Communique of Xinhu on the 2025 Economic and Social Development\n"
            "The zone had 1,020 listed firms at year-end.",
            None,
            [("observation", 1020, None, "2025-12-31")],
        ),
        (
            "星河科技园2025年报（摘要）\n2026年4月1日\n在园企业共计860家。",
            None,
            [("observation", 860, None, "2025-12-31")],
        ),
        # Not a report's title: 报名 (signing up), a headline about a report.
        ("2025年报名指南\n已有1,200人报名。", None, [("observation", 1200, None, None)]),
        (
            "Annual report shows a 2025 surge\nThe park hosts 640 firms.",
            None,
            [("observation", 640, None, None)],
        ),
        # A government work report reviews the year before its title's: its facts keep no date.
        (
            "北湖区2026年政府工作报告\n过去一年，新增企业1,200家。",
            None,
            [("observation", 1200, None, None)],
        ),
        # ... but its year is the year of the goals it sets for 今年 (this year).
        (
            "北湖区2026年政府工作报告\n今年的主要目标是：\n地区生产总值增长6%左右。",
            None,
            [("target", 6, "2026-12-31", None)],
        ),
        (
            "北湖區2026年政府工作報告\n今年的主要目標是：\n地區生產總值增長6%左右。",
            None,
            [("target", 6, "2026-12-31", None)],
        ),
        # Without such a title, 年末 in a page dated the next year says no year.
        ("2026年1月10日\n年末全区有孵化器14家。", None, [("observation", 14, None, None)]),
        # A financial year's report names no single year.
        (
            "Science Park Annual Report 2024/25\nIts labs hosted 640 firms.",
            "HKD",
            [("observation", 640, None, None)],
        ),
        # "as of end-2025", 截至2025年末: the year's end.
        (
            "As of end-2025, the park hosted 310 laboratories.",
            None,
            [("observation", 310, None, "2025-12-31")],
        ),
        (
            "At year-end 2024 the fund held HK$3 billion.",
            "HKD",
            [("observation", 3e9, None, "2024-12-31")],
        ),
        ("截至2025年末，园区共有实验室310个。", None, [("observation", 310, None, "2025-12-31")]),
        ("截至2025年底，園區共有實驗室310個。", None, [("observation", 310, None, "2025-12-31")]),
        # The base of a multiple, however it is written, is not the figure's date.
        (
            "Exports reached 4.2 billion yuan in 2025, 1.8 times the figure in 2021.",
            None,
            [("observation", 4.2e9, None, "2025-12-31"), ("observation", 1.8, None, "2025-12-31")],
        ),
        (
            "By the end of 2025 the zone had 900 start-ups, three times its level of 2019.",
            None,
            [("observation", 900, None, "2025-12-31"), ("observation", 3, None, "2025-12-31")],
        ),
        (
            "2025年，专利授权量达9,800件，是2020年的2.4倍。",
            None,
            [("observation", 9800, None, "2025-12-31"), ("observation", 2.4, None, "2025-12-31")],
        ),
        (
            "2025年，專利獲證數達9,800件，為2020年的2.4倍。",
            None,
            [("observation", 9800, None, "2025-12-31"), ("observation", 2.4, None, "2025-12-31")],
        ),
        # The number of a provision (Article 12, 第二十五条, 第35條) is no figure.
        (
            "Under Article 12 of the rules, a project may receive up to 30 million yuan.",
            None,
            [("observation", 3e7, None, None)],
        ),
        ("Sections 4 and 5 set out 15 measures.", None, [("observation", 15, None, None)]),
        ("根据《条例》第二十五条，单个项目最高支持3000万元。", None, [_OBS_30_MILLION]),
        ("依《條例》第35條，單一計畫最高補助3,000萬元。", "TWD", [_OBS_30_MILLION]),
        # A date after a semicolon belongs to what follows it, not to a figure before it ...
        (
            "园区已储备用地约92公顷；首期厂房已于2025年6月竣工，面积3万平方米。",
            None,
            [("observation", 9.2e5, None, None), ("observation", 3e4, None, "2025-06-30")],
        ),
        (
            "園區已取得用地約92公頃；首期廠房已於2025年6月完工，面積3萬平方米。",
            None,
            [("observation", 9.2e5, None, None), ("observation", 3e4, None, "2025-06-30")],
        ),
        (
            "The park has acquired 92 hectares of land; its first plant opened in June 2025.",
            None,
            [("observation", 9.2e5, None, None)],
        ),
        # ... but one before it still dates the whole sentence.
        (
            "截至2025年底，园区企业1,200家；其中高新技术企业480家。",
            None,
            [("observation", 1200, None, "2025-12-31"), ("observation", 480, None, "2025-12-31")],
        ),
        (
            "As of June 2025, the park hosted 1,200 firms; 480 of them were high-tech.",
            None,
            [("observation", 1200, None, "2025-06-30"), ("observation", 480, None, "2025-06-30")],
        ),
        # Review 4: a page with an older 成文日期 above its 发布日期 was public on the later one.
        (
            "成文日期：2020年12月30日\n发布日期：2024年1月5日\n2023年，园区营业收入达到120亿元。",
            None,
            [("observation", 1.2e10, None, "2023-12-31")],
        ),
        (
            "成文日期：2020年12月30日\n發布日期：2024年1月5日\n2023年，園區營業收入達到120億元。",
            None,
            [("observation", 1.2e10, None, "2023-12-31")],
        ),
        # ... and a figure told as reached is never a plan, whatever the page's date; told as
        # reached by an as-of date (截至…已, "as of … had"), it keeps that date: the page's date
        # line is then the wrong date for it (review 21 H1).
        (
            "发布日期：2023年3月1日\n截至2024年底，园区已建成5G基站300个。",
            None,
            [("observation", 300, None, "2024-12-31")],
        ),
        (
            "Published March 1, 2023\nAs of the end of 2024, the park had 300 base stations.",
            None,
            [("observation", 300, None, "2024-12-31")],
        ),
        # A notice about annual reports is not an annual report: its title dates nothing
        # (现有, "there are now", is of the page's own date: round 19).
        (
            "关于做好2023年度企业年报公示工作的通知\n发布日期：2024年3月1日\n全区现有市场主体5万户。",
            None,
            [("observation", 5e4, None, "2024-03-01")],
        ),
        # Months from January written with 月 on both ends.
        (
            "2024年1月-3月，完成固定资产投资5亿元。",
            None,
            [("observation", 5e8, None, "2024-03-31")],
        ),
        (
            "2024年1月至3月，完成固定資產投資5億元。",
            None,
            [("observation", 5e8, None, "2024-03-31")],
        ),
    ],
)
def test_round_seven_dates_and_non_figures(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    frame = extract_figures(text, currency=currency)
    got = [
        (
            r.kind,
            pytest.approx(r.value),
            cell_text(r.deadline) or None,
            cell_text(r.ref_date) or None,
        )
        for r in frame.itertuples()
    ]
    assert got == expected


# Round 8 (issue 12): (kind, value, unit, qualifier, deadline, ref_date) per figure, from the
# README's rules; texts written for these tests.
_SQFT = 0.09290304  # square metres in a square foot
_PING = 400 / 121  # square metres in a 坪


def _readings(text: str, currency: str | None) -> list[tuple]:
    """(kind, value, unit, qualifier, deadline, ref_date) of each figure ``text`` gives."""
    return [
        (
            r.kind,
            pytest.approx(r.value),
            r.unit,
            r.qualifier,
            cell_text(r.deadline) or None,
            cell_text(r.ref_date) or None,
        )
        for r in extract_figures(text, currency=currency).itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A line that names only a period dates the facts under it, up to the next heading.
        (
            "一、主要指标\n2024年上半年\n全区完成投资80亿元。\n二、企业培育\n全区有企业500家。",
            None,
            [
                ("observation", 8e9, "CNY", "exact", None, "2024-06-30"),
                ("observation", 500, "count", "exact", None, None),
            ],
        ),
        (
            "2024年1-9月\n園區營業額達300億元。",
            None,
            [("observation", 3e10, "CNY", "exact", None, "2024-09-30")],
        ),
        (
            "In 2024:\nThe park attracted 120 firms.",
            None,
            [("observation", 120, "count", "exact", None, "2024-12-31")],
        ),
        # A work summary titled with a part of a year dates its undated facts at that part's end.
        (
            "高新区2024年上半年工作总结\n发布时间：2024-07-20\n全区累计孵化企业近800家。",
            None,
            [("observation", 800, "count", "at_most", None, "2024-06-30")],
        ),
        # "2024 in review": its facts are of 2024; "last year" counts from the page's date, and
        # a quarter without a year is of the year reviewed.
        (
            "Park 2024 in review\nPublished: 10 January 2025\n"
            "At the end of last year, 900 firms were based in the park, "
            "12 percent more than at the end of 2023.\n"
            "Occupancy averaged 90 percent in the fourth quarter.",
            None,
            [
                ("observation", 900, "count", "exact", None, "2024-12-31"),
                ("observation", 12, "percent", "exact", None, "2024-12-31"),
                ("observation", 90, "percent", "exact", None, "2024-12-31"),
            ],
        ),
        # A month without a year, told as done, is the last such month before the page's date.
        (
            "Published: 20 February 2025\nThe park's second lab, with 40 benches, opened in "
            "November.",
            None,
            [("observation", 40, "count", "exact", None, "2024-11-30")],
        ),
        (
            "发布日期：2025年2月20日\n11月底，园区入驻企业达到420家。",
            None,
            [("observation", 420, "count", "exact", None, "2024-11-30")],
        ),
        # Part-year periods of the page's year.
        (
            "发布日期：2025年10月20日\n今年1-9月，园区营业收入达到900亿元。",
            None,
            [("observation", 9e10, "CNY", "exact", None, "2025-09-30")],
        ),
        (
            "BEIJING, Oct 20, 2025\nRevenue rose 8 percent in the first three quarters.\n"
            "As at end-September, the park had 3,100 firms.\n"
            "Some 90 firms registered in the first nine months.\n"
            "Exports climbed 12 percent in the third quarter.",
            None,
            [
                ("observation", 8, "percent", "exact", None, "2025-09-30"),
                ("observation", 3100, "count", "exact", None, "2025-09-30"),
                ("observation", 90, "count", "approx", None, "2025-09-30"),
                ("observation", 12, "percent", "exact", None, "2025-09-30"),
            ],
        ),
        # The base a part-year figure is compared with is that period of its own year.
        (
            "BEIJING, Oct 20, 2025\nDeals totalled US$2 billion between January and September, "
            "up from US$1.5 billion in the same period of 2024.",
            None,
            [
                ("observation", 2e9, "USD", "exact", None, "2025-09-30"),
                ("observation", 1.5e9, "USD", "exact", None, "2024-09-30"),
            ],
        ),
        # Republic of China years in every date form a western year takes.
        (
            "日期：114年8月1日\n114年上半年，園區營業額達新臺幣1兆元。",
            "TWD",
            [("observation", 1e12, "TWD", "exact", None, "2025-06-30")],
        ),
        (
            "114年1至6月，園區出口值達新臺幣5,000億元，為112年同期的1.5倍。",
            "TWD",
            [
                ("observation", 5e11, "TWD", "exact", None, "2025-06-30"),
                ("observation", 1.5, "times", "exact", None, "2025-06-30"),
            ],
        ),
        (
            "園區自民國86年開發至今，累計引進投資逾新臺幣2兆元。",
            "TWD",
            [("observation", 2e12, "TWD", "at_least", None, None)],
        ),
        (
            "日期：114年8月1日\n新廠房將於115年第三季前完工，樓地板面積約1.5萬坪。",
            "TWD",
            [("target", 1.5e4 * _PING, "m^2", "approx", "2026-09-30", None)],
        ),
        # 以2030年为目标, 以119年為目標: the goal's year.
        (
            "园区以2030年为目标，营业收入达到5000亿元。",
            None,
            [("target", 5e11, "CNY", "exact", "2030-12-31", None)],
        ),
        # A financial year, written as a span, in a lead-in that governs the list under it.
        (
            "公司目標於2027/28年度或之前：\n（一）每年培育不少於200家初創企業；",
            "HKD",
            [("target", 200, "count", "at_least", "2028-03-31", None)],
        ),
        (
            "The corporation aims to house 1,500 companies by the end of the 2026-27 financial "
            "year and to raise its fund to $2 billion by March 2028.",
            "HKD",
            [
                ("target", 1500, "count", "exact", "2027-03-31", None),
                ("target", 2e9, "HKD", "exact", "2028-03-31", None),
            ],
        ),
        # Deadlines relative to the page's year.
        (
            'Published: 5 May 2025\n"We plan to open four more labs by the end of next year," '
            "she said.",
            None,
            [("target", 4, "count", "exact", "2026-12-31", None)],
        ),
        (
            "发布日期：2025年5月5日\n园区明年底前新建实验室6个。",
            None,
            [("target", 6, "count", "exact", "2026-12-31", None)],
        ),
        (
            "发布日期：2025年5月5日\n园区计划明年新增企业50家。",
            None,
            [("target", 50, "count", "exact", "2026-12-31", None)],
        ),
        (
            "Published: 5 May 2025\nThe park plans to add 40 labs in the first quarter of "
            "next year.",
            None,
            [("target", 40, "count", "exact", "2026-03-31", None)],
        ),
        (
            "发布日期：2025年5月5日\n园区计划明年第二季度新建实验室6个。",
            None,
            [("target", 6, "count", "exact", "2026-06-30", None)],
        ),
        # The base a goal is compared with is a fact of its own date.
        (
            "力争到2030年研发投入强度达到3.5%，较2025年的2.8%明显提高。",
            None,
            [
                ("target", 3.5, "percent", "exact", "2030-12-31", None),
                ("observation", 2.8, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        (
            "The parks are to employ 80,000 workers by 2030, against about 45,000 at the end of "
            "2025.",
            None,
            [
                ("target", 8e4, "count", "exact", "2030-12-31", None),
                ("observation", 4.5e4, "count", "approx", None, "2025-12-31"),
            ],
        ),
        # 拥有量 (the amount held) is a noun, not a fact told: the goal heading governs it.
        (
            "到2030年：\n1.每万人口高价值发明专利拥有量达到30件；",
            None,
            [("target", 30, "count", "exact", "2030-12-31", None)],
        ),
        # Times, extensions and addresses are no figures.
        ("查詢電話：(02)2345-6789 分機301\n香港時間16時30分", None, []),
        ("Visit Room 806, 12 Harbour Road, or 5 Science Park East Avenue.", None, []),
        # A multiplier hyphenated to its number as an adjective; 約為 is about.
        (
            "Published: 3 March 2025\nThe city set up a 5-billion-yuan fund last year.",
            None,
            [("observation", 5e9, "CNY", "exact", None, "2024-12-31")],
        ),
        (
            "A 2.5-million-square-foot campus opened in 2024.",
            None,
            [("observation", 2.5e6 * _SQFT, "m^2", "exact", None, "2024-12-31")],
        ),
        (
            "2025年，出租率約為88%。",
            None,
            [("observation", 88, "percent", "approx", None, "2025-12-31")],
        ),
    ],
)
def test_round_eight_periods_deadlines_and_non_figures(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Round 9 (issue 12): the same readings, for the causes round 9's texts found; texts written
# for these tests, expected values from the README's rules.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # 不到, 不足, "less than" and "fewer than": below the number, as 近 is.
        (
            "2024年，园区以不到3%的土地贡献了全市税收。",
            None,
            [("observation", 3, "percent", "at_most", None, "2024-12-31")],
        ),
        (
            "2024年，申請獲批率不足8%。",
            None,
            [("observation", 8, "percent", "at_most", None, "2024-12-31")],
        ),
        (
            "In 2024, fewer than 40 firms left the park.",
            None,
            [("observation", 40, "count", "at_most", None, "2024-12-31")],
        ),
        # "sq m" and "U.S. dollars" are units; "U.S." ends no sentence.
        (
            "In 2024 the park let 12,000 sq m of offices.",
            None,
            [("observation", 12000, "m^2", "exact", None, "2024-12-31")],
        ),
        (
            "In 2023, exports reached 3.4 billion U.S. dollars and 12 firms listed abroad.",
            None,
            [
                ("observation", 3.4e9, "USD", "exact", None, "2023-12-31"),
                ("observation", 12, "count", "exact", None, "2023-12-31"),
            ],
        ),
        # A number written in two parts, 兆 then 億 (or 億 then 萬): one figure.
        (
            "112年園區營業額達新臺幣2兆3,500億元。",
            "TWD",
            [("observation", 2.35e12, "TWD", "exact", None, "2023-12-31")],
        ),
        (
            "2024年，基金規模為港幣4億6,000萬元。",
            "HKD",
            [("observation", 4.6e8, "HKD", "exact", None, "2024-12-31")],
        ),
        # A heading in capitals with an as-of date dates the list under it; an item's own
        # year overrides it; the next heading in capitals (targets by a year) governs its own
        # list, whose items, however short, are not headings.
        (
            "RESULTS SO FAR (as at 30 June 2025)\n- 250 member firms\n- 18 new labs in 2024\n\n"
            "OUR TARGETS FOR 2027\n- 400-plus member firms\n- Three more labs\n",
            None,
            [
                ("observation", 250, "count", "exact", None, "2025-06-30"),
                ("observation", 18, "count", "exact", None, "2024-12-31"),
                ("target", 400, "count", "at_least", "2027-12-31", None),
                ("target", 3, "count", "exact", "2027-12-31", None),
            ],
        ),
        # A heading numbered as a chapter that names a year's outcome (执行情况) dates the
        # sentences under it.
        (
            "一、2024年计划执行情况\n全区技术合同成交额完成52.3亿元，增长7.5%。",
            None,
            [
                ("observation", 5.23e9, "CNY", "exact", None, "2024-12-31"),
                ("observation", 7.5, "percent", "exact", None, "2024-12-31"),
            ],
        ),
        # "Over 2019-2023": a statement of the period, dated at its end.
        (
            "Over 2019-2023, exports grew by 6.2 percent a year.",
            None,
            [("observation", 6.2, "percent", "exact", None, "2023-12-31")],
        ),
        # A lead-in line under a goal heading dates the goals after it; "aims for" sets one.
        (
            "4. Targets\nThe park has set goals to 2028.\nIt aims for 900 firms.\n",
            None,
            [("target", 900, "count", "exact", "2028-12-31", None)],
        ),
        # by Q2 2027: that quarter's end.
        (
            "The second phase, 45,000 sq m, is to open by Q2 2027.",
            None,
            [("target", 45000, "m^2", "exact", "2027-06-30", None)],
        ),
        # 预期增长 sets a goal; the goal sentence's own year is its deadline.
        (
            "2026年1月8日\n2026年全区税收收入预期增长6%左右。",
            None,
            [("target", 6, "percent", "approx", "2026-12-31", None)],
        ),
        # A bulletin's note on its period dates every figure without a date of its own,
        # under any heading; the base of a change in growth (比1-5月) and of a multiple
        # (是上年同期的) are not dates of the figure.
        (
            "统计快报\n2025年7月15日\n\n注：本期数据除注明外，均为1-6月累计数。\n\n一、工业\n"
            "工业增加值增长6.5%，增速比1-5月回落0.3个百分点。\n二、创新\n"
            "技术合同成交额12亿元，是上年同期的1.2倍。",
            None,
            [
                ("observation", 6.5, "percent", "exact", None, "2025-06-30"),
                ("observation", 0.3, "percent", "exact", None, "2025-06-30"),
                ("observation", 1.2e9, "CNY", "exact", None, "2025-06-30"),
                ("observation", 1.2, "times", "exact", None, "2025-06-30"),
            ],
        ),
        # A list's dash on the next line joins no range with the year above it.
        (
            "In 2024:\n- 30 labs opened since 2019\n- 75 patents granted\n",
            None,
            [
                ("observation", 30, "count", "exact", None, "2024-12-31"),
                ("observation", 75, "count", "exact", None, "2024-12-31"),
            ],
        ),
        # A fraction in words before "of" is a share; "the first half of" is a period.
        (
            "In 2024, about a quarter of the firms were foreign and half of them exported.",
            None,
            [
                ("observation", 25, "percent", "approx", None, "2024-12-31"),
                ("observation", 50, "percent", "exact", None, "2024-12-31"),
            ],
        ),
        # Names (Building 5, Line 2), classes (top 100, 估值逾…的) and spans (過去兩個財政年度)
        # are not figures.
        ("Visit us at Building 5, next to Metro Line 2.", None, []),
        (
            "In 2024, 9 of the world's top 100 drug makers had labs in the park.",
            None,
            [("observation", 9, "count", "exact", None, "2024-12-31")],
        ),
        (
            "2024年，估值逾5億美元的企業有7家。",
            None,
            [("observation", 7, "count", "exact", None, "2024-12-31")],
        ),
        ("（二）過去兩個財政年度的撥款為何；", "HKD", []),
        # 5.2萬 ending its clause is a count without a counter.
        (
            "2024年，參觀人次約3.6萬。",
            None,
            [("observation", 3.6e4, "count", "approx", None, "2024-12-31")],
        ),
        # An issue line without a day gives the page's year: 今年第二季 of it, 去年 before
        # it; 同年 points back to the year of the fact before it.
        (
            "園區通訊｜2026年夏季號\n\n今年第二季，園區新增租戶15家。\n"
            "2024年，企業融資港幣8億元。同年，錄取初創30家。\n去年舉辦活動逾200場。",
            "HKD",
            [
                ("observation", 15, "count", "exact", None, "2026-06-30"),
                ("observation", 8e8, "HKD", "exact", None, "2024-12-31"),
                ("observation", 30, "count", "exact", None, "2024-12-31"),
                ("observation", 200, "count", "at_least", None, "2025-12-31"),
            ],
        ),
        # 預計 with a deadline ahead sets a goal, next year's third quarter of the page's year.
        (
            "園區通訊｜2026年夏季號\n\n新大樓提供約8萬平方呎樓面，預計明年第三季啟用。",
            "HKD",
            [("target", 8e4 * _SQFT, "m^2", "approx", "2027-09-30", None)],
        ),
        # A founding year set off by commas dates the zone, not the figure.
        (
            "The park, founded in 1998, covers 12 square kilometres.",
            None,
            [("observation", 1.2e7, "m^2", "exact", None, None)],
        ),
        # After a semicolon, a statement with its own date relative to the page is not dated
        # by the year before the semicolon.
        (
            "2025年10月8日\n於2024年，園區聘用研發人員8,000名；截至本年9月底，上市企業有12家。",
            "HKD",
            [
                ("observation", 8000, "count", "exact", None, "2024-12-31"),
                ("observation", 12, "count", "exact", None, "2025-09-30"),
            ],
        ),
        # 分別為 and "respectively" pair listed years with the figures in order.
        (
            "2021/22及2022/23財政年度，撥款分別為15億元及18億元。",
            "HKD",
            [
                ("observation", 1.5e9, "HKD", "exact", None, "2022-03-31"),
                ("observation", 1.8e9, "HKD", "exact", None, "2023-03-31"),
            ],
        ),
        (
            "In 2022 and 2023, revenue was 4 billion yuan and 5 billion yuan respectively.",
            None,
            [
                ("observation", 4e9, "CNY", "exact", None, "2022-12-31"),
                ("observation", 5e9, "CNY", "exact", None, "2023-12-31"),
            ],
        ),
        # A number word in the title block is part of a headline, not a count.
        ("Three lessons from a science city\nPolicy note\n\nNothing else.", None, []),
    ],
)
def test_round_nine_headings_notes_and_classes(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A day without a year is of the page's year; a span of days ends on its last day;
        # 本月 is the page's month; a day after the page's date is the last one before it.
        (
            "2026年5月20日\n5月8日，园区签约项目12个。",
            None,
            [("observation", 12, "count", "exact", None, "2026-05-08")],
        ),
        (
            "2026年5月20日\n5月1日至15日，新增企业30家。",
            None,
            [("observation", 30, "count", "exact", None, "2026-05-15")],
        ),
        (
            "2026年5月20日\n截至5月10日，在孵企业150家。",
            None,
            [("observation", 150, "count", "exact", None, "2026-05-10")],
        ),
        (
            "2026年5月20日\n本月6日，新开工项目9个。",
            None,
            [("observation", 9, "count", "exact", None, "2026-05-06")],
        ),
        (
            "2026年1月10日\n12月5日，园区签约项目7个。",
            None,
            [("observation", 7, "count", "exact", None, "2025-12-05")],
        ),
        # 明年3月底前 is that month of the next year; after a semicolon, 年底前 is the
        # page's year, not the next.
        (
            "2026年5月20日\n园区计划到明年3月底前建成厂房5万平方米；年底前，力争引进企业60家。",
            None,
            [
                ("target", 5e4, "m^2", "exact", "2027-03-31", None),
                ("target", 60, "count", "exact", "2026-12-31", None),
            ],
        ),
        # An academic year runs September to August; 同一學年 is the year of the fact before.
        (
            "2023/24學年，中心培訓學員1,200名。同一學年，學員創辦企業15家。",
            "HKD",
            [
                ("observation", 1200, "count", "exact", None, "2024-08-31"),
                ("observation", 15, "count", "exact", None, "2024-08-31"),
            ],
        ),
        (
            "2026年3月2日\n中心計劃於2027/28學年或之前把學員人數增至2,000名。",
            "HKD",
            [("target", 2000, "count", "exact", "2028-08-31", None)],
        ),
        # A date line with only a month (（2025年10月出版）) dates the page: a period that
        # ended before it is a fact, not a goal.
        (
            "（2025年10月出版）\n2024/25學年（2024年9月1日至2025年8月31日），中心培訓學員1,350名。",
            "HKD",
            [("observation", 1350, "count", "exact", None, "2025-08-31")],
        ),
        # A results title under the company's name names the year its facts are of.
        (
            "Riverside Parks Ltd.\nResults Announcement for the Year Ended 31 December 2024\n"
            "Released: 20 March 2025\n\nOccupancy was 88.5%.",
            None,
            [("observation", 88.5, "percent", "exact", None, "2024-12-31")],
        ),
        # "Since its launch in 2010" starts the period summed; it is not the figure's date.
        (
            "Since its launch in 2010, the programme has trained more than 5,000 engineers.",
            None,
            [("observation", 5000, "count", "at_least", None, None)],
        ),
        # 18/F is a floor of an address.
        ("Venue: 18/F, Harbour Centre.", None, []),
        # A number in two parts (4萬2,150) is one figure; 出超 is a surplus, not "over".
        (
            "園區從業人員計4萬2,150人。",
            "TWD",
            [("observation", 42150, "count", "exact", None, None)],
        ),
        ("上半年出超820億元。", "TWD", [("observation", 8.2e10, "TWD", "exact", None, None)]),
        # "The end of the plan period" is the last year of the span the plan covers.
        (
            "Northgate 2026-2028 action plan\n\n"
            "By the end of the plan period, the district aims to host 300 labs.",
            None,
            [("target", 300, "count", "exact", "2028-12-31", None)],
        ),
        # "For 2026 alone" names the year of a goal sentence.
        (
            "3 February 2026\n\n"
            "For 2026 alone, the plan sets a goal of output growth of about 6 percent.",
            None,
            [("target", 6, "percent", "approx", "2026-12-31", None)],
        ),
        # Compared with the previous financial year: of the period of the fact before it.
        (
            "In the 2024-25 financial year, the scheme approved 420 projects.\n"
            "That was 9 per cent more than in the previous financial year.",
            "HKD",
            [
                ("observation", 420, "count", "exact", None, "2025-03-31"),
                ("observation", 9, "percent", "exact", None, "2025-03-31"),
            ],
        ),
    ],
)
def test_round_ten_days_academic_years_and_plan_periods(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # The base "than in the same period of 2024" is not the figure's date: its own
        # sentence's period of the page's year is.
        (
            "Published 5 November 2025\n\nIn the first three quarters of this year, 61 percent "
            "of firms reported higher orders than in the same period of 2024.",
            None,
            [("observation", 61, "percent", "exact", None, "2025-09-30")],
        ),
        # "nine of them" counts, as "nine firms" does.
        (
            "In 2024 the fund backed 40 startups, and nine of them raised new rounds that year.",
            None,
            [
                ("observation", 40, "count", "exact", None, "2024-12-31"),
                ("observation", 9, "count", "exact", None, "2024-12-31"),
            ],
        ),
        # A version, Scope 1 and 2, net zero, a street number before Square, a phone's 轉
        # extension and a threshold on what each member earns are no figures.
        ("See version 3.2 of the guide, at 2 Harbour Square.", None, []),
        (
            "Scope 1 and 2 emissions fell 5 percent in 2024; net zero remains the aim.",
            None,
            [("observation", 5, "percent", "exact", None, "2024-12-31")],
        ),
        ("聯絡電話：(02)2345-6789轉512", "TWD", []),
        ("对年薪80万元以上的人才，按规定给予奖励。", None, []),
        ("本表所称企业，指年营业收入500万元及以上的企业。", None, []),
        # A commitment to a verb sets a goal; being committed to a noun does not.
        (
            "We have committed to cut water use by 30 percent by 2028.",
            None,
            [("target", 30, "percent", "exact", "2028-12-31", None)],
        ),
        (
            "The firm is committed to the highest standards and employs 300 engineers.",
            None,
            [("observation", 300, "count", "exact", None, None)],
        ),
        (
            "Published 5 November 2025\n\nThe 12 percent rise in exports is due to higher demand.",
            None,
            [("observation", 12, "percent", "exact", None, None)],
        ),
        # 将近 is "nearly" (at most), not 将 "will": a fact of this year stays a fact.
        (
            "2025年11月5日\n今年前三季度，全区新增企业将近900家。",
            None,
            [("observation", 900, "count", "at_most", None, "2025-09-30")],
        ),
        # A schedule ("is due to open by September", 預定於今年年底前) sets a goal; a month
        # without a year is the next one after the page's date.
        (
            "Posted 10 October 2025\n\nThe new lab, with 120 benches, is due to open by September.",
            None,
            [("target", 120, "count", "exact", "2026-09-30", None)],
        ),
        (
            "發布日期：2025年3月6日\n新廠房預定於今年年底前完工，可提供樓地板面積約2萬平方公尺。",
            None,
            [("target", 20000, "m^2", "approx", "2025-12-31", None)],
        ),
        # A quarter or half without a year in a goal: of the page's year, each figure taking
        # the one nearest before it; one already past is next year's.
        (
            "2025年4月20日\n三季度力争完成投资50亿元，下半年新增企业100家以上。",
            None,
            [
                ("target", 5e9, "CNY", "exact", "2025-09-30", None),
                ("target", 100, "count", "at_least", "2025-12-31", None),
            ],
        ),
        (
            "2025年8月1日\n园区力争二季度新开工项目8个。",
            None,
            [("target", 8, "count", "exact", "2026-06-30", None)],
        ),
        # Facts of a period without a year: the second half, 一季度, 首三季, 前两个月, 4月份;
        # a date after the next semicolon dates no figure before it.
        (
            "Posted 8 January 2026\n\n"
            "In the second half of the year, the fund made 12 investments.",
            None,
            [("observation", 12, "count", "exact", None, "2025-12-31")],
        ),
        (
            "2025年5月6日\n一季度，全区实现产值120亿元。",
            None,
            [("observation", 1.2e10, "CNY", "exact", None, "2025-03-31")],
        ),
        (
            "2025年11月18日\n今年首三季，本地生產總值按年增長4%。",
            None,
            [("observation", 4, "percent", "exact", None, "2025-09-30")],
        ),
        (
            "2025年3月10日\n前两个月，新签约项目15个。",
            None,
            [("observation", 15, "count", "exact", None, "2025-02-28")],
        ),
        (
            "2025年5月6日\n工业产值增长8%；其中4月份完成30亿元。",
            None,
            [
                ("observation", 8, "percent", "exact", None, None),
                ("observation", 3e9, "CNY", "exact", None, "2025-04-30"),
            ],
        ),
        # A title block's line naming a part of a year is the bulletin's period.
        (
            "滨江园区经济运行月报\n2025年1-9月（第9期）\n园区统计局　2025年10月20日\n\n"
            "一、概况\n规模以上工业产值完成450亿元。",
            None,
            [("observation", 4.5e10, "CNY", "exact", None, "2025-09-30")],
        ),
        # A heading that ends by naming goals (近期目標（2027年）) governs its numbered list;
        # so does a year's work plan (2026年工作安排).
        (
            "2025年6月1日\n\n三、近期目標（2027年）\n1. 新增企業500家；\n2. 研發投入比率達到3%。",
            None,
            [
                ("target", 500, "count", "exact", "2027-12-31", None),
                ("target", 3, "percent", "exact", "2027-12-31", None),
            ],
        ),
        (
            "2026年1月15日\n\n二、2026年工作安排\n全年新增专精特新企业50家。",
            None,
            [("target", 50, "count", "exact", "2026-12-31", None)],
        ),
        # A statement's own 明年 wins over the year a line above it names.
        (
            "2025年11月18日\n\n發展目標\n在2030年前把企業數目增至1,000家；\n明年內新增研發中心4個。",
            None,
            [
                ("target", 1000, "count", "exact", "2030-12-31", None),
                ("target", 4, "count", "exact", "2026-12-31", None),
            ],
        ),
        # "This year the city expects ... to" sets a goal for the page's year.
        (
            "Posted 12 January 2026\n\n"
            "This year the city expects exports to rise by about 5 percent.",
            None,
            [("target", 5, "percent", "approx", "2026-12-31", None)],
        ),
        # A company's ESG report title under its name dates its facts; "spent" in the
        # reporting year is a fact, and the goal after it keeps its own deadline.
        (
            "Lakeview Parks Co., Ltd.\nESG Report 2024\nPublished: 15 April 2025\n\n"
            "The parks employed 900 staff at year-end.\n"
            "In the reporting year we spent RMB 12 million on training, and we plan to raise "
            "this to RMB 20 million by 2027.",
            None,
            [
                ("observation", 900, "count", "exact", None, "2024-12-31"),
                ("observation", 1.2e7, "CNY", "exact", None, "2024-12-31"),
                ("target", 2e7, "CNY", "exact", "2027-12-31", None),
            ],
        ),
        # 由2025年底約3萬人增至5萬人: the start is a fact of its date, the end the goal.
        (
            "2026年3月1日\n\n主要目標（2030年）\n會員人數由2025年底約3萬人增至5萬人。",
            None,
            [
                ("observation", 30000, "count", "approx", None, "2025-12-31"),
                ("target", 50000, "count", "exact", "2030-12-31", None),
            ],
        ),
    ],
)
def test_round_eleven_schedules_periods_and_goal_headings(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Round 12 (issue 12): the causes of the misses on the held-out round-12 texts (a prospectus,
# a rating commentary, a university's report, an audit report, a bond prospectus, a tender
# notice, a funding paper, a statistics bulletin and a Taiwan material-information notice).
# (kind, value, unit, qualifier, deadline, ref_date) per figure, from the README's rules;
# texts written for these tests.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # Codes, floors, slash dates of ROC years, half-year labels, a count of the years a
        # list names and a bidder's floor of registered capital are no figures.
        (
            "Posted 2 March 2026\n\nListing: Stock code: 3318. Office: Level 12, Harbour Centre.",
            None,
            [],
        ),
        ("(3456)宏遠材料　公告\n發言日期：115/10/02\n", "TWD", []),
        (
            "2026年5月6日\n\n投标人须具备甲级资质，注册资本不低于5000万元，"
            "近三年完成过单项合同额3亿元以上的类似项目。",
            None,
            [],
        ),
        # A range runs upwards: a date's year before "to" is no lower end of one, and each
        # end of a change told with its own date keeps that date.
        (
            "Posted 1 March 2026\n\n"
            "The vacancy rate fell from 14.5% as at 30 June 2024 to 11.2% as at 30 June 2025.",
            None,
            [
                ("observation", 14.5, "percent", "exact", None, "2024-06-30"),
                ("observation", 11.2, "percent", "exact", None, "2025-06-30"),
            ],
        ),
        (
            "Posted 1 March 2026\n\n"
            "Patent income grew from RMB 15 million in 2018 to RMB 60 million by 2024.",
            None,
            [
                ("observation", 1.5e7, "CNY", "exact", None, "2018-12-31"),
                ("observation", 6e7, "CNY", "exact", None, "2024-12-31"),
            ],
        ),
        # A quarter after 在/到 YYYY年 is the deadline, not the year's end; a day after "By";
        # a span ahead ends at its last year, 116年至118年 too.
        (
            "2026年4月1日\n新建孵化大樓兩座，目標在2029年第三季完成。",
            None,
            [("target", 2, "count", "exact", "2029-09-30", None)],
        ),
        (
            "Posted 1 April 2026\n\nBy 30 September 2028, the group aims to lease 80,000 square "
            "metres.",
            None,
            [("target", 80000, "m^2", "exact", "2028-09-30", None)],
        ),
        (
            "Posted 1 April 2026\n\nThe board plans investment of about CNY 12 billion over "
            "2027-2029, with output expected to reach CNY 50 billion in 2028.",
            None,
            [
                ("target", 1.2e10, "CNY", "approx", "2029-12-31", None),
                ("target", 5e10, "CNY", "exact", "2028-12-31", None),
            ],
        ),
        (
            "發布日期：115年3月2日\n\n預計投資新臺幣約150億元，將於未來三年內（116年至118年）投入。",
            "TWD",
            [("target", 1.5e10, "TWD", "approx", "2029-12-31", None)],
        ),
        # What is budgeted for a year ahead and what is forecast are goals; what was spent
        # beside them is a fact.
        (
            "Posted 9 October 2026\n\nThe agency spent CNY 3.1 billion in 2025 and has budgeted "
            "CNY 3.6 billion for 2026.",
            None,
            [
                ("observation", 3.1e9, "CNY", "exact", None, "2025-12-31"),
                ("target", 3.6e9, "CNY", "exact", "2026-12-31", None),
            ],
        ),
        (
            "Posted 9 October 2026\n\nIts debt ratio was 52% in 2025, and we forecast it to "
            "fall to 45% by 2028.",
            None,
            [
                ("observation", 52, "percent", "exact", None, "2025-12-31"),
                ("target", 45, "percent", "exact", "2028-12-31", None),
            ],
        ),
        # 1H25 and 3Q25 are a half and a quarter; "a year earlier" after the base of a
        # comparison is the year before the figure's date; "as at the same date" is the date
        # of the fact before it.
        (
            "Posted 2 December 2025\n\nRental income rose 12 percent in 1H25 to CNY 4.4 billion. "
            "Occupancy was 91% in 3Q25.",
            None,
            [
                ("observation", 12, "percent", "exact", None, "2025-06-30"),
                ("observation", 4.4e9, "CNY", "exact", None, "2025-06-30"),
                ("observation", 91, "percent", "exact", None, "2025-09-30"),
            ],
        ),
        (
            "Posted 2 December 2025\n\nNet debt stood at CNY 40 billion at end-September 2025, "
            "up from CNY 36 billion a year earlier.",
            None,
            [
                ("observation", 4e10, "CNY", "exact", None, "2025-09-30"),
                ("observation", 3.6e10, "CNY", "exact", None, "2024-09-30"),
            ],
        ),
        (
            "Posted 2 December 2025\n\nAs at 30 September 2025, the parks covered 2.1 million "
            "square metres.\nAs at the same date, they housed 950 firms.",
            None,
            [
                ("observation", 2.1e6, "m^2", "exact", None, "2025-09-30"),
                ("observation", 950, "count", "exact", None, "2025-09-30"),
            ],
        ),
        # 下半年 with 将 is a goal by the page's year end; the figure's own 明年 beats the
        # other part's date; 上个月 is the month before the page's date.
        (
            "2025年8月20日\n下半年，园区将新增入驻企业不少于40家。",
            None,
            [("target", 40, "count", "at_least", "2025-12-31", None)],
        ),
        (
            "2025年8月20日\n园区将在2025年11月30日前完成改造，并于明年二季度前将能耗降低12%。",
            None,
            [("target", 12, "percent", "exact", "2026-06-30", None)],
        ),
        (
            "2025年8月20日\n上个月，园区新签约项目9个。",
            None,
            [("observation", 9, "count", "exact", None, "2025-07-31")],
        ),
        # 分别为 pairs dates that carry 年 each, the last a part-year; a count of the years
        # may stand before the shared word.
        (
            "2025年9月1日\n报告期内（2022年、2023年、2024年及2025年1-6月），公司净利润分别为"
            "3.1亿元、3.4亿元、3.9亿元和2.0亿元。",
            None,
            [
                ("observation", 3.1e8, "CNY", "exact", None, "2022-12-31"),
                ("observation", 3.4e8, "CNY", "exact", None, "2023-12-31"),
                ("observation", 3.9e8, "CNY", "exact", None, "2024-12-31"),
                ("observation", 2.0e8, "CNY", "exact", None, "2025-06-30"),
            ],
        ),
        (
            "2026年2月1日\n2023/24及2024/25兩個財政年度，政府分別撥款8億元及9億元。",
            "HKD",
            [
                ("observation", 8e8, "HKD", "exact", None, "2024-03-31"),
                ("observation", 9e8, "HKD", "exact", None, "2025-03-31"),
            ],
        ),
        # 三年间 points back to the span of three years named just before.
        (
            "2025年6月1日\n审计了2022年至2024年专项资金使用情况。三年间，累计安排资金9.2亿元。",
            None,
            [("observation", 9.2e8, "CNY", "exact", None, "2024-12-31")],
        ),
        # A statistics bulletin's title that opens with its period dates its undated facts.
        (
            "2025年第二季旅遊統計\n發佈日期：2025年8月10日\n\n酒店入住率為83%。",
            None,
            [("observation", 83, "percent", "exact", None, "2025-06-30")],
        ),
        # A date line 發言日期：115/09/24 is the page's date: a figure of 114年度 is past.
        (
            "(1234)某某科技　公告\n發言日期：115/09/24\n\n說明：本公司預計115年營收成長，"
            "114年度每股盈餘為新臺幣5.2元。",
            "TWD",
            [("observation", 5.2, "TWD", "exact", None, "2025-12-31")],
        ),
        # "The end of the plan period" is that of the plan named last before it; 《…規劃
        # （2026-2030年）》 names one.
        (
            "Posted 3 March 2026\n\nNews\n\nThe strategy covers the five years from 2026 to 2030.\n"
            "By the end of the plan period, the office aims to support 60 start-ups.",
            None,
            [("target", 60, "count", "exact", "2030-12-31", None)],
        ),
        (
            "發佈日期：2026年3月3日\n\n特區政府公佈《旅遊業發展規劃（2026-2030年）》。\n"
            "規劃期末前，旅客人次力爭提高至每年4,000萬人次。",
            None,
            [("target", 4e7, "count", "exact", "2030-12-31", None)],
        ),
        # An academic year's report under the university's name dates its undated facts at
        # the year's end (31 August); "in 2023-24" is no calendar year; a base "in the
        # previous academic year" is the year before.
        (
            "Hillside University Knowledge Exchange Office\nAnnual Report, Academic Year 2024-25\n"
            "Published October 2025\n\n"
            "The office signed 88 licences during the year, up from 70 in the previous academic "
            "year.\nIncome rose 20 percent on the amount earned in 2023-24.",
            None,
            [
                ("observation", 88, "count", "exact", None, "2025-08-31"),
                ("observation", 70, "count", "exact", None, "2024-08-31"),
                ("observation", 20, "percent", "exact", None, "2025-08-31"),
            ],
        ),
    ],
)
def test_round_twelve_codes_changes_periods_and_references_back(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Guards on the round-12 rules: what they must not catch (these pass without the fixes too).
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # 较上个月 is the base of a month-on-month change, not the figure's month.
        (
            "2025年8月20日\n7月份，园区产值较上个月增长5%。",
            None,
            [("observation", 5, "percent", "exact", None, "2025-07-31")],
        ),
        # The noun "budget for" a year sets no goal; a rising range keeps both ends.
        (
            "Posted 2 May 2025\n\nThe budget for the 2024-25 financial year is HK$40 million.",
            "HKD",
            [("observation", 4e7, "HKD", "exact", None, "2025-03-31")],
        ),
        (
            "Posted 2 May 2025\n\nGrowth in 2024 was 5.5 to 6 percent.",
            None,
            [("observation", 5.5, "percent", "exact", None, "2024-12-31")],
        ),
    ],
)
def test_round_twelve_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Round 13 (issue 12): a page dated only at its foot; a year-end summary with next year's
# plans; relative years in brackets; a measure's progress line; an earnings call; a grant
# notice on a page with no date.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A date line, or a line that says the page was released, among the last lines dates
        # the page: 去年 and "last year" count from it.
        # (The pages are long enough that no date stands near their top.)
        (
            "关于某提案的答复\n\n"
            + "园区持续优化营商环境。" * 40
            + "\n去年园区实现产值20亿元。\n\n市科技局\n2026年3月2日",
            None,
            [("observation", 2e9, "CNY", "exact", None, "2025-12-31")],
        ),
        (
            "Remarks at the forum\n\n"
            + "The zone keeps improving its services to investors. " * 10
            + "\nLast year the zone signed 40 projects.\n\n"
            "(Check against delivery. Released by the District Office, 5 May 2026, 09:30.)",
            None,
            [("observation", 40, "count", "exact", None, "2025-12-31")],
        ),
        # A year's 工作总结 with the next year's 工作打算: its facts are of its year; the
        # heading 工作打算 (and 下一步工作) sets the goals of the list under it.
        (
            "某区科技局2025年工作总结和2026年工作打算\n\n一、2025年工作总结\n全年新增企业120家。\n\n"
            "二、2026年工作打算\n（一）研发投入增长8%以上。\n\n某区科技局\n2025年12月20日",
            None,
            [
                ("observation", 120, "count", "exact", None, "2025-12-31"),
                ("target", 8, "percent", "at_least", "2026-12-31", None),
            ],
        ),
        (
            "关于某提案的答复\n\n二、下一步工作\n一是今年下半年新建实验室6个；\n\n2026年5月6日",
            None,
            [("target", 6, "count", "exact", "2026-12-31", None)],
        ),
        # A forecast of a period still running at the page's date is a goal by its end.
        (
            "某区科技局2025年工作总结\n\n预计全年技术合同成交额可达80亿元；全年走访企业900余家。\n\n"
            "2025年12月10日",
            None,
            [
                ("target", 8e9, "CNY", "exact", "2025-12-31", None),
                ("observation", 900, "count", "at_least", None, "2025-12-31"),
            ],
        ),
        (
            "Results call\n12 February 2027\n\nFor the fiscal year ending 31 March 2027 we now "
            "expect revenue of about $9 billion.",
            "HKD",
            [("target", 9e9, "HKD", "approx", "2027-03-31", None)],
        ),
        # A relative year with its year in brackets: 去(113)年, 明(115)年度 (ROC years in a
        # Taiwan source); money a budget sets for the year ahead is a goal; 上月.
        (
            "業務報告\n報告日期：114年10月14日\n\n去(113)年全年，工業區產值達新臺幣5,000億元。\n"
            "明(115)年度編列預算新臺幣2億元。",
            "TWD",
            [
                ("observation", 5e11, "TWD", "exact", None, "2024-12-31"),
                ("target", 2e8, "TWD", "exact", "2026-12-31", None),
            ],
        ),
        (
            "新聞稿\n2026年11月4日\n\n上月，共有120家企業獲批貸款。",
            None,
            [("observation", 120, "count", "exact", None, "2026-10-31")],
        ),
        # In a report of its year, 本年 in the figure's own part outweighs the sentence's 上年.
        (
            "某区2025年政府信息公开工作年度报告\n\n本年新收申请60件，上年结转3件。\n\n2026年1月15日",
            None,
            [
                ("observation", 60, "count", "exact", None, "2025-12-31"),
                ("observation", 3, "count", "exact", None, "2024-12-31"),
            ],
        ),
        # A year opening a goal sentence frames its parts; a later part keeps its own date.
        (
            "2026年1月15日\n\n2026年，我局将力争按期答复率保持100%，并于2026年6月30日前公开文件不少于50件。",
            None,
            [
                ("target", 100, "percent", "exact", "2026-12-31", None),
                ("target", 50, "count", "at_least", "2026-06-30", None),
            ],
        ),
        # A measure's progress line says when it is due, or that it is done.
        (
            "措施進度報告\n（2026年10月出版）\n\n措施(3)：推出科技園用地，合共約5公頃。\n"
            "進度：預計於2027年第二季完成。\n\n措施(4)：啟用研發中心，提供約1萬平方呎樓面。\n"
            "進度：工程進行中，預計明年第一季竣工。\n\n措施(5)：向基金注資20億元。\n進度：已完成。",
            "HKD",
            [
                ("target", 5e4, "m^2", "approx", "2027-06-30", None),
                ("target", 929.0304, "m^2", "approx", "2027-03-31", None),
                ("observation", 2e9, "HKD", "exact", None, None),
            ],
        ),
        # An earnings call: a day without a year before the page's date, the months of the
        # fiscal year, "in the quarter", "next fiscal year", the back half of a year.
        (
            "Results call\n12 February 2027\n\nFor the third quarter, which ended on 31 December, "
            "revenue was HK$2 billion. For the first nine months of the fiscal year, revenue came "
            "to HK$5 billion. We signed 20 leases in the quarter. Next fiscal year we plan to open "
            "3 new parks, and spending in the back half of 2027 will be around HK$600 million.",
            "HKD",
            [
                ("observation", 2e9, "HKD", "exact", None, "2026-12-31"),
                ("observation", 5e9, "HKD", "exact", None, "2026-12-31"),
                ("observation", 20, "count", "exact", None, "2026-12-31"),
                ("target", 3, "count", "exact", "2028-03-31", None),
                ("target", 6e8, "HKD", "approx", "2027-12-31", None),
            ],
        ),
        (
            "新聞公報\n2026年6月1日\n\n政府將於下一財政年度投入20億元。",
            "HKD",
            [("target", 2e9, "HKD", "exact", "2028-03-31", None)],
        ),
        # A grant notice with no date: money to be disbursed, due, scheduled or pledged is a
        # goal; "over the same period" and "by the end of the award" are the span named
        # before; an aside "which opened in 2019" dates no figure; ", from 20 percent in
        # 2025" is the goal's start, a fact.
        (
            "Foundation announces award\nGrant No. AB-CD-042\n\n"
            "The foundation has awarded US$8 million to the lab, to be disbursed over 2026-2028.\n"
            "The first tranche, due in spring 2027, is US$2 million. A second tranche of US$3 "
            "million is scheduled for January 2028.\n"
            "The city has pledged matching funds of RMB 20 million over the same period.\n"
            "The lab, which opened in 2019, now hosts 30 teams.\n"
            "By the end of the award, the lab aims to host 60 teams and to raise the share of "
            "women founders to 35 percent, from 20 percent in 2025.",
            None,
            [
                ("target", 8e6, "USD", "exact", "2028-12-31", None),
                ("target", 2e6, "USD", "exact", "2027-05-31", None),
                ("target", 3e6, "USD", "exact", "2028-01-31", None),
                ("target", 2e7, "CNY", "exact", "2028-12-31", None),
                ("observation", 30, "count", "exact", None, None),
                ("target", 60, "count", "exact", "2028-12-31", None),
                ("target", 35, "percent", "exact", "2028-12-31", None),
                ("observation", 20, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        # Numbers of parts and sessions, and codes, are no figures.
        ("Analyst (slide 7): Could you say more about Phase 3 of the park?", None, []),
        ("关于市政协十四届五次会议第12号提案的答复", None, []),
    ],
)
def test_round_thirteen_footers_summaries_progress_lines_calls_and_grants(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Guards on the round-13 rules: what they must not catch (these pass without the fixes too).
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A date inside a sentence at the foot of a page is no page date.
        (
            "关于某提案的答复\n\n"
            + "园区持续优化营商环境。" * 40
            + "\n去年新增企业30家。\n\n下次会议将于2027年3月1日召开，届时将发布新政策。",
            None,
            [("observation", 30, "count", "exact", None, None)],
        ),
        # Nor is an event's date on a line of its own at the foot.
        (
            "关于某提案的答复\n\n"
            + "园区持续优化营商环境。" * 40
            + "\n去年新增企业30家。\n\n会议时间：2027年3月1日",
            None,
            [("observation", 30, "count", "exact", None, None)],
        ),
        # 较上月 is the base of a month-on-month change, not the figure's month.
        (
            "2026年11月4日\n\n10月，出口较上月增长5%。",
            None,
            [("observation", 5, "percent", "exact", None, "2026-10-31")],
        ),
        (
            "2026年11月4日\n\n出口与上月相比增长5%。",
            None,
            [("observation", 5, "percent", "exact", None, None)],
        ),
        # "Due in part to" is a cause, not a schedule.
        (
            "Posted 2 May 2026\n\nSales rose 5 percent, due in part to higher demand.",
            None,
            [("observation", 5, "percent", "exact", None, None)],
        ),
        # A fact of a period already over is no forecast, whatever "expected" says after it.
        (
            "Posted 2 May 2026\n\nIn March the park signed 12 leases, as expected.",
            None,
            [("observation", 12, "count", "exact", None, "2026-03-31")],
        ),
        # "was scheduled" in an aside about the noun sets no goal.
        (
            "Posted 2 May 2026\n\nThe fair, which was scheduled for 2025, drew 900 visitors.",
            None,
            [("observation", 900, "count", "exact", None, None)],
        ),
    ],
)
def test_round_thirteen_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- round 14: footers and date lines, "now", tables written as lines, recommendations -------


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A running footer's date written day.month.year, alone between bars, dates the page
        # (and is no figure; nor are Chart 2.1 and Table B.3).
        (
            "Box 4: Lending in the park\n\n"
            + "Credit conditions eased further over the period under review. " * 8
            + "\nLoans grew by 9 percent in the first half (see Chart 2.1 and Table B.3).\n\n"
            "Quarterly Bulletin | 05.08.2026 | page 12",
            None,
            [("observation", 9, "percent", "exact", None, "2026-06-30")],
        ),
        # A Republic of China date with hyphens after a date word (發布日期：115-03-09).
        (
            "新聞稿\n發布日期：115-03-09\n\n今年1至2月核准投資案30件。",
            "TWD",
            [("observation", 30, "count", "exact", None, "2026-02-28")],
        ),
        # "Now" on a dated page (目前, 截至目前, 至今, 今(9)日): the page's own date; a statement
        # after a semicolon keeps its own 目前.
        (
            "通报\n发布时间：2026-05-20 09:00\n\n截至目前，已建成实验室12个。",
            None,
            [("observation", 12, "count", "exact", None, "2026-05-20")],
        ),
        (
            "新聞稿\n2026年3月9日\n\n截至今年2月底，園區企業達900家；目前已有40家研究機構進駐。",
            None,
            [
                ("observation", 900, "count", "exact", None, "2026-02-28"),
                ("observation", 40, "count", "exact", None, "2026-03-09"),
            ],
        ),
        (
            "新聞稿\n發布日期：115-03-09\n\n經濟部今(9)日核准8家企業投資案；計畫自108年啟動以來，"
            "累計至今已有700家企業通過。",
            "TWD",
            [
                ("observation", 8, "count", "exact", None, "2026-03-09"),
                ("observation", 700, "count", "exact", None, "2026-03-09"),
            ],
        ),
        # 今年6月 and 2023年以来至今年6月底 of the page's year (2023年以来 starts the period).
        (
            "报告\n2026年9月1日\n\n2024年以来至今年6月底，累计登记技术合同3万项。截至今年6月，建成中试基地15家。",
            None,
            [
                ("observation", 3e4, "count", "exact", None, "2026-06-30"),
                ("observation", 15, "count", "exact", None, "2026-06-30"),
            ],
        ),
        # The start of a change dated 去年 is a fact of last year, not part of the goal.
        (
            "新聞稿\n2026年5月4日\n\n力爭到2029年，園區就業人數由去年約6,000人增至1萬人。",
            None,
            [
                ("observation", 6000, "count", "approx", None, "2025-12-31"),
                ("target", 1e4, "count", "exact", "2029-12-31", None),
            ],
        ),
        # A goal said only after the semicolon that ends a statement of facts.
        (
            "通报\n2026年10月30日\n\n截至10月20日，40项整改任务中已完成32项，完成率80%；其余任务计划于年底前完成。",
            None,
            [
                ("observation", 40, "count", "exact", None, "2026-10-20"),
                ("observation", 32, "count", "exact", None, "2026-10-20"),
                ("observation", 80, "percent", "exact", None, "2026-10-20"),
            ],
        ),
        # Told as done, a fact is not of a date still to come (已延長至117年底).
        (
            "新聞稿\n發布日期：115-03-09\n\n四大計畫實施期間已延長至117年底。",
            "TWD",
            [("observation", 4, "count", "exact", None, None)],
        ),
        # A table written as lines: each value of its column's year, in its row's unit (a
        # year over at the page's date a fact, a later one a goal).
        (
            "某市“十五五”规划\n发布日期：2026年5月6日\n\n主要指标\n"
            "指标　2025年　2030年　属性\n1.研发投入强度（%）　2.5　3.1　预期性\n"
            "2.高新技术企业（家）　1,200　2,000　预期性\n"
            "3.技术合同成交额（亿元）　300　≥500　约束性\n"
            "注：2025年为预计数。",
            None,
            [
                ("observation", 2.5, "percent", "exact", None, "2025-12-31"),
                ("target", 3.1, "percent", "exact", "2030-12-31", None),
                ("observation", 1200, "count", "exact", None, "2025-12-31"),
                ("target", 2000, "count", "exact", "2030-12-31", None),
                ("observation", 3e10, "CNY", "exact", None, "2025-12-31"),
                ("target", 5e10, "CNY", "at_least", "2030-12-31", None),
            ],
        ),
        (
            "Indicator  2024  2028\nStartups (count)  310  500\n",
            None,
            [
                ("observation", 310, "count", "exact", None, "2024-12-31"),
                ("target", 500, "count", "exact", "2028-12-31", None),
            ],
        ),
        # A heading of recommendations governs its list as goals; spans of time are no
        # figures ("within 12 months").
        (
            "Position paper\n\nRecommendations\n1. Within 12 months, license at least 20 labs.\n"
            "2. Raise the share of local suppliers to 40 percent.",
            None,
            [
                ("target", 20, "count", "at_least", None, None),
                ("target", 40, "percent", "exact", None, None),
            ],
        ),
        # A span of years ahead in a goal's own statement is due at its last year.
        (
            "2026年9月1日\n\n力争到2028年新增企业50家；2027—2029年每年安排不少于2亿元专项资金。",
            None,
            [
                ("target", 50, "count", "exact", "2028-12-31", None),
                ("target", 2e8, "CNY", "at_least", "2029-12-31", None),
            ],
        ),
        # The figure's own part dates it relative to the page, before another part's date; a
        # period before ("after growth of 6 percent in 2025") is a base; "the six months to".
        (
            "Notice date: 2026-12-01\n\nAs at 30 November 2026, the park had 300 tenants, and "
            "occupancy was 91 percent at the end of October.",
            None,
            [
                ("observation", 300, "count", "exact", None, "2026-11-30"),
                ("observation", 91, "percent", "exact", None, "2026-10-31"),
            ],
        ),
        # ... in the year that other date names.
        (
            "2026年1月10日\n\n2024年，全市出口增长8%，其中3月份增长10%。",
            None,
            [
                ("observation", 8, "percent", "exact", None, "2024-12-31"),
                ("observation", 10, "percent", "exact", None, "2024-03-31"),
            ],
        ),
        (
            "Posted 20 October 2026\n\nIn the year to the third quarter, loans grew by 12 percent, "
            "after growth of 6 percent in 2025. Deposits rose 4 percent in the six months to "
            "September.",
            None,
            [
                ("observation", 12, "percent", "exact", None, "2026-09-30"),
                ("observation", 6, "percent", "exact", None, "2025-12-31"),
                ("observation", 4, "percent", "exact", None, "2026-09-30"),
            ],
        ),
        # "Over the forecast horizon" is the horizon the text named before.
        (
            "Posted 20 October 2026\n\nOur projections run to the end of 2029. Over the forecast "
            "horizon, we expect growth of about 5 percent a year.",
            None,
            [("target", 5, "percent", "approx", "2029-12-31", None)],
        ),
        # A list introduced by a line of forecast (預計…如下：): its item for the financial
        # year running at the page's date is a forecast, a goal by its end.
        (
            "財務委員會文件\n2026年12月1日\n\n預計現金流量需求如下：\n2026-27年度　3億元\n",
            "HKD",
            [("target", 3e8, "HKD", "exact", "2027-03-31", None)],
        ),
    ],
)
def test_round_fourteen_footers_now_tables_and_recommendations(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Guards on the round-14 rules: what they must not catch.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # 目前 on a page with no date gives no date.
        ("园区目前有企业300家。", None, [("observation", 300, "count", "exact", None, None)]),
        # 至今年 is not 至今 (now): the month it names dates the figure.
        (
            "2026年9月1日\n\n自2024年至今年3月底，引进人才500名。",
            None,
            [("observation", 500, "count", "exact", None, "2026-03-31")],
        ),
        # A decimal is no date; 3.5 is a figure.
        (
            "Posted 2 May 2026\n\nThe index stood at 3.5 in March.",
            None,
            [("observation", 3.5, "count", "exact", None, "2026-03-31")],
        ),
        # A line of two years without rows of values under it is no table.
        (
            "2026年5月6日\n\n规划期　2026年　2030年\n\n全市企业达到900家。",
            None,
            [("observation", 900, "count", "exact", None, None)],
        ),
        # Numbers that are not years of this era head no columns.
        (
            "Posted 2 May 2026\n\nFirms  1200  1500\nLabs  30  40\n",
            None,
            [
                ("observation", 30, "count", "exact", None, None),
                ("observation", 40, "count", "exact", None, None),
            ],
        ),
        # A list without a lead-in of forecast stays as it is (a fact of the running year).
        (
            "財務報告\n2026年12月1日\n\n已支付款項如下：\n2026-27年度　3億元\n",
            "HKD",
            [("observation", 3e8, "HKD", "exact", None, "2027-03-31")],
        ),
        # A goal word in the figure's own statement still makes it a goal.
        (
            "2026年10月30日\n\n截至10月20日已完成32项；力争年底前完成40项。",
            None,
            [
                ("observation", 32, "count", "exact", None, "2026-10-20"),
                ("target", 40, "count", "exact", "2026-12-31", None),
            ],
        ),
    ],
)
def test_round_fourteen_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Round 15: a page's date from a byline, a news dateline, a footer with its weekday or a
# title that opens with its period; relative dates against it; a date carried from the
# sentence before; facts of an approval; a statement's own year after a semicolon.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A byline between bars dates the page (the date's own dot ends no sentence); "now"
        # is that day, "last month" the month before it.
        (
            "Harbour notes\n\nLab opens\nBy Mei Lin | Sept. 3, 2027\n\n"
            "The lab now employs 120 people. It signed 8 partners last month.",
            None,
            [
                ("observation", 120, "count", "exact", None, "2027-09-03"),
                ("observation", 8, "count", "exact", None, "2027-08-31"),
            ],
        ),
        # A month alone in a barred running head dates the page at that month's first day.
        (
            "Acme Advisory | Policy Note | May 2027\n\nThe zone currently hosts 40 labs.",
            None,
            [("observation", 40, "count", "exact", None, "2027-05-01")],
        ),
        # A news dateline (a place in capitals, the date, the agency, a dash) dates the page:
        # "the January-June period" and "through June" are of its year.
        (
            "Port grows\n\nXIAMEN, Aug. 2, 2027 (Xinhua) -- Trade reached 12 billion yuan in the "
            "January-June period. Investment totaled 90 million U.S. dollars this year through "
            "June.",
            None,
            [
                ("observation", 1.2e10, "CNY", "exact", None, "2027-06-30"),
                ("observation", 9e7, "USD", "exact", None, "2027-06-30"),
            ],
        ),
        # A footer date followed by its weekday is the page's date; 九月底 is a month in
        # Chinese numerals.
        (
            "新聞公報\n\n截至今年九月底，計劃已資助30個項目。\n\n完\n2027年10月5日（星期二）\n",
            "HKD",
            [("observation", 30, "count", "exact", None, "2027-09-30")],
        ),
        # A title that opens with its period (2027年前三季度…经济运行情况) dates the bulletin's
        # facts; 年前 there is no "before the year"; 比上半年 is the base of a change.
        (
            "2027年前三季度某市经济运行情况\n\n前三季度，全市生产总值增长5.1%，比上半年加快0.2个百分点。",
            None,
            [
                ("observation", 5.1, "percent", "exact", None, "2027-09-30"),
                ("observation", 0.2, "percent", "exact", None, "2027-09-30"),
            ],
        ),
        # 今年上半年 is of the page's year, not the page's day (今日 dates the release).
        (
            "某局\n2027年8月3日\n\n某局今日公布，今年上半年共有25家企業獲認定。",
            None,
            [("observation", 25, "count", "exact", None, "2027-06-30")],
        ),
        # The date a plan was released is not the deadline of its goals.
        (
            "Posted 2 May 2027\n\nUnder a plan released in 2026, the city aims to host more "
            "than 80 labs and to lift output to 5 billion yuan by 2029.",
            None,
            [
                ("target", 80, "count", "at_least", "2029-12-31", None),
                ("target", 5e9, "CNY", "exact", "2029-12-31", None),
            ],
        ),
        # 約有 is "about"; next spring is the spring after the page's year; the end of the
        # decade is the next year ending in 0.
        (
            "某局\n2027年8月3日\n\n7月舉辦的對接會約有120家企業參加。",
            None,
            [("observation", 120, "count", "approx", None, "2027-07-31")],
        ),
        (
            "Posted 2 May 2027\n\nA hall of 5,000 square meters is due to open next spring. "
            "The council aims to have 400 firms by the end of the decade.",
            None,
            [
                ("target", 5000, "m^2", "exact", "2028-05-31", None),
                ("target", 400, "count", "exact", "2030-12-31", None),
            ],
        ),
        # After a semicolon, a statement's own 今年四季度 dates it, not the year before it.
        (
            "2027年10月21日\n\n力争到2029年，企业达到900家以上；今年四季度，还将新开工项目12个以上。",
            None,
            [
                ("target", 900, "count", "at_least", "2029-12-31", None),
                ("target", 12, "count", "at_least", "2027-12-31", None),
            ],
        ),
        # 本批次 counts the batch the sentence before dated.
        (
            "发布时间：2027-11-06 09:30\n\n截至11月5日，本批次共有3,000家企业通过评价。"
            "本批次中首次入库企业1,400家。",
            None,
            [
                ("observation", 3000, "count", "exact", None, "2027-11-05"),
                ("observation", 1400, "count", "exact", None, "2027-11-05"),
            ],
        ),
        # "rose to X in 2026 from Y": Y is the start, of its own date or a year before X's.
        (
            "Research note\n\nPatents rose to 9,100 in 2026 from 7,400 in 2024. The share rose "
            "to 3.1 percent in 2026 from 2.9 percent a year earlier.",
            None,
            [
                ("observation", 9100, "count", "exact", None, "2026-12-31"),
                ("observation", 7400, "count", "exact", None, "2024-12-31"),
                ("observation", 3.1, "percent", "exact", None, "2026-12-31"),
                ("observation", 2.9, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        # An approval's figures are facts of its day; 預計…動工 schedules the project.
        (
            "新聞資料\n發布日期：中華民國116年3月2日\n\n管理局今（2）日通過擴建案，使用土地約5.5公頃，"
            "投資金額達新臺幣300億元，預計117年第1季動工。",
            "TWD",
            [
                ("observation", 55000, "m^2", "approx", None, "2027-03-02"),
                ("observation", 3e10, "TWD", "exact", None, "2027-03-02"),
            ],
        ),
    ],
)
def test_round_fifteen_bylines_datelines_periods_and_bases(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Guards on the round-15 rules: what they must not catch.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A list after a label, a hotline, a time of day and a bus route are no figures.
        (
            "2027年5月6日\n\n全市企业达到900家。\n注：1. 数据为初步统计。\n统计咨询热线：12345\n"
            "A session opens at 10 a.m.; bus route 52 stops there.",
            None,
            [("observation", 900, "count", "exact", None, None)],
        ),
        # "will be released in 2028" is a deadline, not a plan's date.
        (
            "Posted 2 May 2027\n\n40 standards will be released in 2028.",
            None,
            [("target", 40, "count", "exact", "2028-12-31", None)],
        ),
        # A goal word in the approved figure's own part still makes it a goal.
        (
            "新聞資料\n發布日期：中華民國116年3月2日\n\n管理局今（2）日通過擴建案，預計於118年底前新增就業約800人。",
            "TWD",
            [("target", 800, "count", "approx", "2029-12-31", None)],
        ),
        # 去年上半年 is last year's first half, not this year's (round 19: not the end of
        # last year either).
        (
            "某局\n2027年8月3日\n\n去年上半年共有25家企業獲認定。",
            None,
            [("observation", 25, "count", "exact", None, "2026-06-30")],
        ),
    ],
)
def test_round_fifteen_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Round 16 (held out): a Chinese wire dateline dates the page, in the year its lead names;
# a page's field line (发布时间：… 来源：…) is its date line; 日前, 近日 and "so far" tell of
# the page's own days.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # 新华社…电: the dateline's day, in the year of the lead (2027年上半年 is past, not a goal).
        (
            "园区企业稳步增长\n\n新华社南昌7月9日电（记者 李响）2027年上半年，园区新增企业410家。"
            "\n\n截至6月末，园区企业总数达3300家。",
            None,
            [
                ("observation", 410, "count", "exact", None, "2027-06-30"),
                ("observation", 3300, "count", "exact", None, "2027-06-30"),
            ],
        ),
        # A field line: 发布时间 among 来源 and 浏览次数 is the page's date.
        (
            "工作动态\n\n发布时间：2027-04-16 09:10    来源：区商务局    浏览次数：532\n\n"
            "日前，我区举办2027年招商推介会，签约项目18个，签约金额约45亿元。",
            None,
            [
                ("observation", 18, "count", "exact", None, "2027-04-16"),
                ("observation", 4.5e9, "CNY", "approx", None, "2027-04-16"),
            ],
        ),
        # 近日 of a 2027 page: the page's day, not the end of the year an event's name carries.
        (
            "2027年9月3日\n\n近日，第三届2027年创新创业大赛决赛举行，共有56个项目参赛。",
            None,
            [("observation", 56, "count", "exact", None, "2027-09-03")],
        ),
        # A byline "Posted … by …" dates the page; "so far" and "of the goal" tell a fact.
        (
            "Policy Blog\nPosted 9 April 2027 by Dr. Wu, Fellow\n\nSo far, the park reports 57 "
            "labs opened, or 38% of the goal.",
            None,
            [
                ("observation", 57, "count", "exact", None, "2027-04-09"),
                ("observation", 38, "percent", "exact", None, "2027-04-09"),
            ],
        ),
        # 更新日期：2027/05/04 dates the page; 未來三年內 runs to the end of 2030.
        (
            "校園新聞\n發布單位：秘書室　更新日期：2027/05/04\n\n"
            "學校將在未來三年內投入新台幣2億元。\n\n目前已有18位教授參與。",
            "TWD",
            [
                ("target", 2e8, "TWD", "exact", "2030-12-31", None),
                ("observation", 18, "count", "exact", None, "2027-05-04"),
            ],
        ),
        # "over the next two years"; "calls for" and "wants" set goals even beside a fact;
        # a plan adopted before its deadline sets a goal now past.
        (
            "Posted 2 June 2027\n\nThe fund seeks eight new labs over the next two years. The "
            "2021 plan, adopted in 2021, calls for 500 start-ups by 2025. The city has drawn "
            "in 900 engineers; its plan wants 2,000 by 2030.",
            None,
            [
                ("target", 8, "count", "exact", "2029-12-31", None),
                ("target", 500, "count", "exact", "2025-12-31", None),
                ("observation", 900, "count", "exact", None, None),
                ("target", 2000, "count", "exact", "2030-12-31", None),
            ],
        ),
        # 較去年同期的X and 比一年前的X: the base, a year before; 當中 and 同期 take the period
        # of the fact before; 已有 with no date is of the page's day.
        (
            "2027年5月12日\n\n今年首四個月共有64家企業遷入，較去年同期的50家增加28%。當中約三成來自海外。"
            "截至4月底，出租率為88%，比一年前的85%上升。企業同期聘用約5千名員工。\n\n"
            "另外，已有9家企業進駐新大樓。",
            "HKD",
            [
                ("observation", 64, "count", "exact", None, "2027-04-30"),
                ("observation", 50, "count", "exact", None, "2026-04-30"),
                ("observation", 28, "percent", "exact", None, "2027-04-30"),
                ("observation", 30, "percent", "approx", None, "2027-04-30"),
                ("observation", 88, "percent", "exact", None, "2027-04-30"),
                ("observation", 85, "percent", "exact", None, "2026-04-30"),
                ("observation", 5000, "count", "approx", None, "2027-04-30"),
                ("observation", 9, "count", "exact", None, "2027-05-12"),
            ],
        ),
        # "the first three quarters of 2027"; "more than in the same period of 2026" is the
        # base's period, so the figure is of the period before; "quarter on quarter" too, after
        # a base ("up from 81% a year ago") that is not the period told of.
        (
            "Issued: 3 November 2027\n\nIn the first three quarters of 2027, the zone added 640 "
            "firms.\n\nExports reached US$2.1 billion, 9.4% more than in the same period of 2026."
            "\n\nOccupancy stood at 90% at end-September, up from 81% a year ago. Rents rose 2.2% "
            "quarter on quarter.",
            None,
            [
                ("observation", 640, "count", "exact", None, "2027-09-30"),
                ("observation", 2.1e9, "USD", "exact", None, "2027-09-30"),
                ("observation", 9.4, "percent", "exact", None, "2027-09-30"),
                ("observation", 90, "percent", "exact", None, "2027-09-30"),
                ("observation", 81, "percent", "exact", None, "2026-09-30"),
                ("observation", 2.2, "percent", "exact", None, "2027-09-30"),
            ],
        ),
        # 全年 in a goal's own part is the page's year, beside another part's 到2028年底.
        (
            "2027年6月8日\n\n区科技局将力争全年新增孵化器不少于6家，确保到2028年底孵化器突破40家。",
            None,
            [
                ("target", 6, "count", "at_least", "2027-12-31", None),
                ("target", 40, "count", "at_least", "2028-12-31", None),
            ],
        ),
        # 可望 with 全年 while the year runs is a forecast (a goal by its end); 2030年完工後 is the
        # deadline of a figure whose own part ends after a thousands separator (5,000個).
        (
            "2027-11-20\n\n園區今年前10月營業額達新台幣2,100億元，全年營業額可望突破2,500億元。"
            "新園區預計明年動工，2030年完工後可創造約5,000個就業機會。",
            "TWD",
            [
                ("observation", 2.1e11, "TWD", "exact", None, "2027-10-31"),
                ("target", 2.5e11, "TWD", "at_least", "2027-12-31", None),
                ("target", 5000, "count", "approx", "2030-12-31", None),
            ],
        ),
        # A headline's space sets its clauses apart: 明年投產 does not make 12.5% a goal.
        (
            "2027-10-20\n\n園區前9月營收年增12.5% 新廠明年投產\n\n園區今年前9月營收年增12.5%。",
            "TWD",
            [
                ("observation", 12.5, "percent", "exact", None, "2027-09-30"),
                ("observation", 12.5, "percent", "exact", None, "2027-09-30"),
            ],
        ),
        # 同一时期 after a span (2016年 … 到2026年末): 从X提高到Y, X of its start, Y of its end.
        (
            "2027年3月2日\n\n2016年，全区孵化器只有12家；到2026年末已达58家。同一时期，孵化企业占比从"
            "8.5%提高到21.4%。",
            None,
            [
                ("observation", 12, "count", "exact", None, "2016-12-31"),
                ("observation", 58, "count", "exact", None, "2026-12-31"),
                ("observation", 8.5, "percent", "exact", None, "2016-12-31"),
                ("observation", 21.4, "percent", "exact", None, "2026-12-31"),
            ],
        ),
    ],
)
def test_round_sixteen_wire_datelines_field_lines_and_recent_days(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Guards on the round-16 rules: what they must not catch.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # 3月1日前 is a deadline's day, not 日前; a forecast told 近日 stays a forecast.
        (
            "2027年2月10日\n\n各单位须于3月1日前上报项目，力争新增项目20个。",
            None,
            [("target", 20, "count", "exact", None, None)],
        ),
        # A goal's year in a wire story's lead (到2030年) is not the page's year.
        (
            "中新网西安5月20日电 到2030年全市要建成孵化器80个。\n\n前4个月，在孵企业达1900家。",
            None,
            [
                ("target", 80, "count", "exact", "2030-12-31", None),
                ("observation", 1900, "count", "exact", None, None),
            ],
        ),
        # Lane 88 is part of an address, p. 17 a page cited: no figures.
        (
            "Posted 2 June 2027\n\nThe lab at Building 3, Lane 88, Keyuan Road opened. See our "
            "note, p. 17, for the method.",
            None,
            [],
        ),
        # A wire dateline with no year in its lead dates nothing.
        (
            "新华社杭州8月2日电（记者 王伟）园区新增企业210家。",
            None,
            [("observation", 210, "count", "exact", None, None)],
        ),
    ],
)
def test_round_sixteen_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- round 17-18, deadlines, kinds and numbers ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # "pct" is a percent; a currency code written against its number (RMB3,215.8) is read.
        (
            "Posted 5 May 2027\n\nExports rose 8.2 pct in 2026. In 2026 the group recorded "
            "revenue of RMB3,215.8 million.",
            None,
            [
                ("observation", 8.2, "percent", "exact", None, "2026-12-31"),
                ("observation", 3.2158e9, "CNY", "exact", None, "2026-12-31"),
            ],
        ),
        # "below" and "under" are at most (nothing stricter); 約佔四成 is about 40 percent.
        (
            "Posted 5 May 2027\n\nThe district aims to cut vacancy to below 15 percent by 2029 "
            "and to keep fees under 3% of rent by 2028.",
            None,
            [
                ("target", 15, "percent", "at_most", "2029-12-31", None),
                ("target", 3, "percent", "at_most", "2028-12-31", None),
            ],
        ),
        (
            "截至2026年底，園區從業人員約1.8萬人，其中女性約佔四成。",
            "HKD",
            [
                ("observation", 18000, "count", "approx", None, "2026-12-31"),
                ("observation", 40, "percent", "approx", None, "2026-12-31"),
            ],
        ),
        # "from 8,000 in 2025 to 20,000 by 2030": the year before "to" is no range's lower
        # end; the start is a fact of 2025, the end a goal. A person's age is no figure.
        (
            "Posted 5 May 2027\n\nThe city plans to raise the number of start-ups from 8,000 in "
            "2025 to 20,000 by 2030.\n\nLi Wei, 34, said the park hosted 120 firms in 2026.",
            None,
            [
                ("observation", 8000, "count", "exact", None, "2025-12-31"),
                ("target", 20000, "count", "exact", "2030-12-31", None),
                ("observation", 120, "count", "exact", None, "2026-12-31"),
            ],
        ),
        # A decade is due by its last day: 於2040年代, "in the 2040s".
        (
            "2027年5月10日\n\n根據規劃，新區預計可提供約90萬平方米樓面面積，於2040年代陸續落成。",
            "HKD",
            [("target", 900000, "m^2", "approx", "2049-12-31", None)],
        ),
        (
            "Posted 5 May 2027\n\nThe city expects to add 2 million square metres of lab space "
            "in the 2040s.",
            None,
            [("target", 2e6, "m^2", "exact", "2049-12-31", None)],
        ),
        # 2027至28年度 is the financial year to 31 March 2028 in a Hong Kong source.
        (
            "2027年5月10日\n\n發展局預計在2027至28年度內完成約15公頃土地的平整工程。",
            "HKD",
            [("target", 150000, "m^2", "approx", "2028-03-31", None)],
        ),
        # A size stated before a later part that opens with its own forecast and figure is
        # not dated by that part's date: a planned area with no deadline.
        (
            "2027年5月10日\n\n根據規劃，新園區用地總面積約120公頃，預計可提供約250萬平方米樓面面積，"
            "於2035年前陸續落成。",
            "HKD",
            [
                ("target", 1.2e6, "m^2", "approx", None, None),
                ("target", 2.5e6, "m^2", "approx", "2035-12-31", None),
            ],
        ),
        # An "and" inside the figure's own words ends no part: its clause dates it.
        (
            "Posted 5 May 2027\n\nThe zone aims to raise output to 500 billion yuan by 2030, and "
            "to have more than 80 firms listed in Shanghai and Shenzhen by 2028.",
            None,
            [
                ("target", 5e11, "CNY", "exact", "2030-12-31", None),
                ("target", 80, "count", "at_least", "2028-12-31", None),
            ],
        ),
        # Spread over periods joined by "and", a forecast is due by the last of them.
        (
            "Published 10 March 2027\n\nWe expect about 800,000 square metres of new space to "
            "complete in the second half of 2027 and in 2028.",
            None,
            [("target", 800000, "m^2", "approx", "2028-12-31", None)],
        ),
        (
            "2027年12月5日\n\n预计2027年第四季度及2028年将有约120万平方米新增供应落成。",
            None,
            [("target", 1.2e6, "m^2", "approx", "2028-12-31", None)],
        ),
        # A heading that names its year (2028年工作计划) or one relative to the page (明年)
        # dates the goals under it, and 全年 in them is that year.
        (
            "区科技局2027年工作总结和2028年工作计划\n发布日期：2027-12-10\n\n一、2027年工作总结\n\n"
            "截至11月底，全区新增孵化器6家。\n\n二、2028年工作计划\n\n（一）加强培育。全年新增孵化器"
            "不少于8家。\n\n（二）提升能级。新建研发机构12家以上。",
            None,
            [
                ("observation", 6, "count", "exact", None, "2027-11-30"),
                ("target", 8, "count", "at_least", "2028-12-31", None),
                ("target", 12, "count", "at_least", "2028-12-31", None),
            ],
        ),
        (
            "区科技局工作报告\n发布日期：2027-12-10\n\n明年，我局将重点做好以下工作：\n\n（一）全年新增"
            "孵化器不少于8家。\n\n（二）技术合同登记额力争达到60亿元。",
            None,
            [
                ("target", 8, "count", "at_least", "2028-12-31", None),
                ("target", 6e9, "CNY", "exact", "2028-12-31", None),
            ],
        ),
        # An item of a list has its own deadline, not the one of the item before it.
        (
            "Position Paper, released 12 September 2027\n\nKey recommendations\n1. Cut the fee "
            "to below 2 percent by the end of 2028.\n2. Raise the grant to at least USD 5 million "
            "per firm.",
            None,
            [
                ("target", 2, "percent", "at_most", "2028-12-31", None),
                ("target", 5e6, "USD", "at_least", None, None),
            ],
        ),
        # "from 15 firms today to at least 40 by 2029": the start of the change a goal sets is
        # a fact, of the page's date.
        (
            "Posted 5 May 2027\n\nRecommendations\n1. Grow the pilot from 15 firms today to at "
            "least 40 by 2029.",
            None,
            [
                ("observation", 15, "count", "exact", None, "2027-05-05"),
                ("target", 40, "count", "at_least", "2029-12-31", None),
            ],
        ),
        # The same in Chinese (从目前的12家扩大到50家, 由現時的…): the start is of the page's
        # date; and "from about 22% now to under 15%".
        (
            "2027年5月10日\n\n到2028年，将试点企业从目前的12家扩大到50家以上。",
            None,
            [
                ("observation", 12, "count", "exact", None, "2027-05-10"),
                ("target", 50, "count", "at_least", "2028-12-31", None),
            ],
        ),
        (
            "2027年5月10日\n\n政府目標於2028年底前把試點企業由現時的12家增至50家。",
            "HKD",
            [
                ("observation", 12, "count", "exact", None, "2027-05-10"),
                ("target", 50, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "Posted 5 May 2027\n\nThe city aims to cut vacancy from about 22% now to under 15% "
            "by 2029.",
            None,
            [
                ("observation", 22, "percent", "approx", None, "2027-05-05"),
                ("target", 15, "percent", "at_most", "2029-12-31", None),
            ],
        ),
        # A project's stated size and investment, before parts that only schedule the start of
        # work (預計117年第1季動工, "is expected to break ground"), are facts of the day stated.
        (
            "2027-05-10\n\n管理局今（10）日表示，新園區第二期開發面積約30公頃，總投資約新台幣120億元，"
            "預計117年第1季動工。",
            "TWD",
            [
                ("observation", 300000, "m^2", "approx", None, "2027-05-10"),
                ("observation", 1.2e10, "TWD", "approx", None, "2027-05-10"),
            ],
        ),
        (
            "2027-05-10\n\n另外，新園區第三期開發面積約18公頃，預計117年第3季動工。",
            "TWD",
            [("observation", 180000, "m^2", "approx", None, "2027-05-10")],
        ),
        # A scheme's budget (預算為) is money a policy sets: a fact with no date.
        (
            "2027年5月\n\n政府於2024年3月宣布推出基金，預算為50億元，以配對形式資助團隊將成果產業化。",
            "HKD",
            [("observation", 5e9, "HKD", "exact", None, None)],
        ),
    ],
)
def test_round_seventeen_eighteen_deadlines_kinds_and_numbers(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Guards on the round-17/18 rules of deadlines, kinds and numbers: what they must not catch.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A size before a part that schedules its completion (完工, open) is due by it.
        (
            "2027-05-10\n\n管理局今（10）日表示，新園區開發面積約30公頃，預計118年完工。",
            "TWD",
            [("target", 300000, "m^2", "approx", "2029-12-31", None)],
        ),
        # 从 inside a word (从业人员) starts no change.
        (
            "2027年5月10日\n\n到2028年，力争从业人员12万人增加到15万人。",
            None,
            [
                ("target", 120000, "count", "exact", "2028-12-31", None),
                ("target", 150000, "count", "exact", "2028-12-31", None),
            ],
        ),
        # The lines of a goal list that are no numbered items take the lead-in's year.
        (
            "2027年5月10日\n\n主要目标\n到2030年，全市高新技术企业达到1000家。\n研发投入强度达到3%。",
            None,
            [
                ("target", 1000, "count", "exact", "2030-12-31", None),
                ("target", 3, "percent", "exact", "2030-12-31", None),
            ],
        ),
        # A range between two counts, and a span of years, are still ranges.
        (
            "Posted 5 May 2027\n\nThe park hosted 2000 to 3000 companies in 2026.",
            None,
            [("observation", 2000, "count", "exact", None, "2026-12-31")],
        ),
        # A budget drawn up for a year ahead (編列預算) still sets a goal.
        (
            "2027-05-10\n\n117年度編列預算3億元推動園區建設。",
            "TWD",
            [("target", 3e8, "TWD", "exact", "2028-12-31", None)],
        ),
        # 全年 under no goal heading is the page's (or report's) own year.
        (
            "2027年6月8日\n\n区科技局将力争全年新增孵化器不少于6家。",
            None,
            [("target", 6, "count", "at_least", "2027-12-31", None)],
        ),
        # A later part with goal words but no figure of its own still dates the figure.
        (
            "2027年5月10日\n\n新園區用地約120公頃，預計於2035年前陸續落成。",
            "HKD",
            [("target", 1.2e6, "m^2", "approx", "2035-12-31", None)],
        ),
        # A name with a number after a comma that is a thousands-separated figure is read.
        (
            "Posted 5 May 2027\n\nThe Clinical Trial Centre, 30,000 square metres, opened in 2026.",
            None,
            [("observation", 30000, "m^2", "exact", None, "2026-12-31")],
        ),
    ],
)
def test_round_seventeen_eighteen_deadline_and_number_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- round 17-18, dates of facts ---------------------------------------------------------------
# The dates of facts an analyst reads where a sentence names none: the paragraph's, the
# report's period, the event's day, the page's day of a present tense.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # 現時 says now: the page's day.
        (
            "2027年3月5日\n\n現時園區企業約820家。",
            "HKD",
            [("observation", 820, "count", "approx", None, "2027-03-05")],
        ),
        # 去年 in the figure's own part outweighs another part's 目前.
        (
            "2027年4月2日\n\n目前園區已有企業約300家，去年園區營業額達新臺幣900億元。",
            "TWD",
            [
                ("observation", 300, "count", "approx", None, "2027-04-02"),
                ("observation", 9e10, "TWD", "exact", None, "2026-12-31"),
            ],
        ),
        # "today" is the page's day, "today's forum" too.
        (
            "Posted 3 March 2027\n\nAt today's forum, 35 firms signed agreements; the pilot "
            "counts 14 members today.",
            None,
            [
                ("observation", 35, "count", "exact", None, "2027-03-03"),
                ("observation", 14, "count", "exact", None, "2027-03-03"),
            ],
        ),
        # An English wire dateline without a year is the page's day, in the year its lead names
        # (not a goal's "by 2030"): "By the end of February" is then of 2027.
        (
            "WUXI, Mar. 9 (Xinhua) -- By 2030 the park aims to host 500 firms. Its revenue "
            "rose 8.2 percent year on year in the first two months of 2027.\n\nBy the end of "
            "February, it had 1,240 firms.",
            None,
            [
                ("target", 500, "count", "exact", "2030-12-31", None),
                ("observation", 8.2, "percent", "exact", None, "2027-02-28"),
                ("observation", 1240, "count", "exact", None, "2027-02-28"),
            ],
        ),
        # "released 20 May 2027" after the publisher's name is the page's date line (not
        # only as one of the page's last lines).
        (
            "Annual Survey 2027\nAmerican Chamber of Commerce, released 20 May 2027\n\n"
            "Our members now employ 18,000 people in the zone.\n\nAbout the survey\n"
            "The survey asked members about the business climate.\n\nContact\n"
            "Write to the secretariat for the full results.",
            None,
            [("observation", 18000, "count", "exact", None, "2027-05-20")],
        ),
        # A fact without a date in a paragraph whose earlier sentence dates its facts is of
        # that date; the next paragraph, not numbered as its continuation, is not.
        (
            "2027年7月15日\n\n2027年上半年，园区营业收入达120亿元。工业投资同比增长7.5%。\n\n"
            "新增企业36家。",
            None,
            [
                ("observation", 1.2e10, "CNY", "exact", None, "2027-06-30"),
                ("observation", 7.5, "percent", "exact", None, "2027-06-30"),
                ("observation", 36, "count", "exact", None, None),
            ],
        ),
        (
            "Issued 10 February 2027\n\nIn 2026, the zone's revenue reached 52 billion yuan. Its "
            "firms spent 2.1 billion yuan on research.",
            None,
            [
                ("observation", 5.2e10, "CNY", "exact", None, "2026-12-31"),
                ("observation", 2.1e9, "CNY", "exact", None, "2026-12-31"),
            ],
        ),
        # A numbered paragraph told as done right after a dated one continues its count; a
        # cap a scheme sets (最多可獲) has no date.
        (
            "發布日期：2027年11月5日\n\n進展\n3. 截至2027年9月30日，基金共資助42個項目。\n"
            "4. 受資助企業已聘用約600名員工。\n5. 政府建議每個項目最多可獲3,000萬元資助。",
            "HKD",
            [
                ("observation", 42, "count", "exact", None, "2027-09-30"),
                ("observation", 600, "count", "approx", None, "2027-09-30"),
                ("observation", 3e7, "HKD", "at_most", None, None),
            ],
        ),
        # Money a policy sets is not dated by the day the policy was announced, nor by the
        # paragraph's date.
        (
            "發布日期：2027年5月2日\n\n政府於2025年10月宣布推出計劃，預算為80億元。每個項目可獲"
            "最多5,000萬元資助。",
            "HKD",
            [
                ("observation", 8e9, "HKD", "exact", None, None),
                ("observation", 5e7, "HKD", "at_most", None, None),
            ],
        ),
        # A report's opening names its period ("For the year ended … (the "Year")", 截至…止
        # 年度的年報): "the Year", 年內 and the facts it tells without a date are of it.
        (
            'Directors\' Report\n\nFor the year ended 31 March 2027 (the "Year"), the '
            "Company's revenue was HK$820 million.\n\nDuring the Year, the Company opened 3 "
            "new centres.",
            "HKD",
            [
                ("observation", 8.2e8, "HKD", "exact", None, "2027-03-31"),
                ("observation", 3, "count", "exact", None, "2027-03-31"),
            ],
        ),
        (
            "主席報告\n\n本人謹此提呈本公司截至2027年3月31日止年度的年報。\n\n年內，本公司新增客戶約"
            "1,200家。\n\n人才方面，本公司員工總數約2,600人。",
            "HKD",
            [
                ("observation", 1200, "count", "approx", None, "2027-03-31"),
                ("observation", 2600, "count", "approx", None, "2027-03-31"),
            ],
        ),
        # The results of a year's evaluation (2026年度…考核评价结果的公示) are of that year.
        (
            "关于2026年度省级众创空间考核评价结果的公示\n发布日期：2027年3月20日\n\n"
            "本次参加考核的众创空间共48家，其中优秀12家。",
            None,
            [
                ("observation", 48, "count", "exact", None, "2026-12-31"),
                ("observation", 12, "count", "exact", None, "2026-12-31"),
            ],
        ),
        # The year in the name of an event held (举行2027年第二季度…签约活动) is not the date of
        # what was signed there: its day is; 本次签约 is that event.
        (
            "发布时间：2027-04-16\n\n4月15日，高新区举行2027年第二季度重大项目集中签约活动，现场签约"
            "项目12个，总投资86亿元。\n\n本次签约的最大项目总投资约20亿元。",
            None,
            [
                ("observation", 12, "count", "exact", None, "2027-04-15"),
                ("observation", 8.6e9, "CNY", "exact", None, "2027-04-15"),
                ("observation", 2e9, "CNY", "approx", None, "2027-04-15"),
            ],
        ),
        # A headline's part dates the figure in the part after it (115年: ROC 2026).
        (
            "2027-02-12\n\n園區115年出口創新高 達新臺幣3,200億元\n\n園區表示，新廠房陸續完工。",
            "TWD",
            [("observation", 3.2e11, "TWD", "exact", None, "2026-12-31")],
        ),
        # What a body has, holds or employs, told in the present, is of the page's day; an
        # extent ("covers") and a perfect since a start ("has brought in … since 2020") are not.
        (
            "Published: 4 May 2027\n\nThe association represents 240 member firms, which "
            "together employ about 31,000 people and hold investments of about EUR 2 billion. "
            "The zone covers 96 square kilometres. The fund has brought in 300 start-ups "
            "since 2020.",
            None,
            [
                ("observation", 240, "count", "exact", None, "2027-05-04"),
                ("observation", 31000, "count", "approx", None, "2027-05-04"),
                ("observation", 2e9, "EUR", "approx", None, "2027-05-04"),
                ("observation", 9.6e7, "m^2", "exact", None, None),
                ("observation", 300, "count", "exact", None, None),
            ],
        ),
        # The start of a goal's change told of now ("from 52 today") is of the page's day,
        # not of the goal's deadline.
        (
            "Posted 3 March 2027\n\nThe zone aims to raise its labs to 80 by 2028 from 52 today.",
            None,
            [
                ("target", 80, "count", "exact", "2028-12-31", None),
                ("observation", 52, "count", "exact", None, "2027-03-03"),
            ],
        ),
        # An approved project's size and investment, told with its schedule (預計…動工), are
        # facts of the day they are stated: the page's.
        (
            "發布日期：中華民國116年3月30日\n\n管理局召開審議會，通過擴建案，使用園區土地約8.4"
            "公頃，投資金額達新臺幣620億元，預計117年第2季動工。",
            "TWD",
            [
                ("observation", 84000, "m^2", "approx", None, "2027-03-30"),
                ("observation", 6.2e10, "TWD", "exact", None, "2027-03-30"),
            ],
        ),
    ],
)
def test_round_seventeen_dates_of_facts_from_context(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# Guards on the round-17-18 date rules: what they must not catch.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # Told of now (现有), since a start (以来) or of a plan (规划面积), a fact takes no
        # date from its paragraph.
        (
            "截至2026年底，全区孵化器达45家。全区规划面积约30平方公里。“十四五”以来累计引进"
            "人才1.2万人。园区现有企业800家。",
            None,
            [
                ("observation", 45, "count", "exact", None, "2026-12-31"),
                ("observation", 3e7, "m^2", "approx", None, None),
                ("observation", 12000, "count", "exact", None, None),
                ("observation", 800, "count", "exact", None, None),
            ],
        ),
        # A line that is not numbered right after the dated one, or one that proposes, does
        # not continue its count.
        (
            "發布日期：2027年11月5日\n\n3. 截至2027年9月30日，基金共資助42個項目。\n"
            "5. 受資助企業已聘用約600名員工。",
            "HKD",
            [
                ("observation", 42, "count", "exact", None, "2027-09-30"),
                ("observation", 600, "count", "approx", None, None),
            ],
        ),
        (
            "發布日期：2027年11月5日\n\n3. 截至2027年9月30日，基金共資助42個項目。\n"
            "4. 我建議增聘約50名人員。",
            "HKD",
            [
                ("observation", 42, "count", "exact", None, "2027-09-30"),
                ("observation", 50, "count", "approx", None, None),
            ],
        ),
        # A year named before an event without a verb of holding it is the figure's year.
        (
            "2027年1月5日\n\n2026年全区举办各类活动120场，服务企业3000家。",
            None,
            [
                ("observation", 120, "count", "exact", None, "2026-12-31"),
                ("observation", 3000, "count", "exact", None, "2026-12-31"),
            ],
        ),
        # The record a fact reached (最高单笔融资达) is no cap a policy sets.
        (
            "2027年1月5日\n\n2026年，园区企业最高单笔融资达5亿元。",
            None,
            [("observation", 5e8, "CNY", "exact", None, "2026-12-31")],
        ),
        # A headline that ends with a full stop is a sentence: no part of it dates another.
        (
            "2027-02-12\n\n園區115年出口創新高。達新臺幣3,200億元。",
            "TWD",
            [("observation", 3.2e11, "TWD", "exact", None, None)],
        ),
        # "For the year ended …" with no term it defines, outside an annual report, dates
        # only its own sentence.
        (
            "Posted 2 June 2027\n\nFor the year ended 31 March 2027, revenue was HK$820 "
            "million.\n\nThe company opened 3 centres.",
            "HKD",
            [
                ("observation", 8.2e8, "HKD", "exact", None, "2027-03-31"),
                ("observation", 3, "count", "exact", None, None),
            ],
        ),
        # "released 20 May 2027" inside a sentence that goes on is no date line of the page:
        # "now" on an undated page stays undated.
        (
            "Trade note\n\nThe survey, released 20 May 2027, was sent to members in the zone."
            "\n\nOur members now employ 18,000 people in the zone.\n\nAbout the survey\n"
            "The survey asked members about the business climate.\n\nContact\n"
            "Write to the secretariat for the full results.",
            None,
            [("observation", 18000, "count", "exact", None, None)],
        ),
        # A wire lead's base year ("compared with 2025") is not the dateline's year.
        (
            "WUXI, Mar. 9 (Xinhua) -- Exports grew faster than in 2025.\n\nBy the end of "
            "February, the park had 1,240 firms.",
            None,
            [("observation", 1240, "count", "exact", None, None)],
        ),
    ],
)
def test_round_seventeen_date_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- round 19 ---------------------------------------------------------------------------------
# Round 19 (issue 12): (kind, value, unit, qualifier, deadline, ref_date) per figure, from the
# README's rules and the written conventions; texts written for these tests, unlike the round's.


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A byline's date followed by a time of day (and more fields after a bar) is the
        # page's own date; "now" and a present-tense verb of a state take it.
        (
            "Harbour park adds lines\n\nBy Lin Wei, Business Desk | Posted: 2027-03-15 10:40"
            "\n\nThe harbour park now operates 9 pilot lines.",
            None,
            [("observation", 9, "count", "exact", None, "2027-03-15")],
        ),
        (
            "Port news\n\nBy Staff Writer | Updated: 2027-03-15 10:40 | Source: Port Office\n\n"
            "There are 40 incubators in the district. The campus accommodates 3,000 students.",
            None,
            [
                ("observation", 40, "count", "exact", None, "2027-03-15"),
                ("observation", 3000, "count", "exact", None, "2027-03-15"),
            ],
        ),
        # 现有/現有 (there are now) and 拥有/擁有 (has) on a dated page: the page's date.
        (
            "发布时间：2027-03-15 10:40\n\n园区现有孵化器12家。园区拥有省级平台30个。",
            None,
            [
                ("observation", 12, "count", "exact", None, "2027-03-15"),
                ("observation", 30, "count", "exact", None, "2027-03-15"),
            ],
        ),
        (
            "發布日期：2027-03-15\n\n園區現有實驗室25間。基地擁有研發平台16個。",
            None,
            [
                ("observation", 25, "count", "exact", None, "2027-03-15"),
                ("observation", 16, "count", "exact", None, "2027-03-15"),
            ],
        ),
        # A qualifier (and a cap) written before the yuan's name, as before a number.
        (
            "2027年1月5日\n\n2026年，企业获得融资约人民币8.5亿元，其中最多人民币2亿元来自省基金。",
            None,
            [
                ("observation", 8.5e8, "CNY", "approx", None, "2026-12-31"),
                ("observation", 2e8, "CNY", "at_most", None, "2026-12-31"),
            ],
        ),
        (
            "2027年1月5日\n\n2026年，企業獲得融資逾人民幣3億元，較前年增長12%。",
            None,
            [
                ("observation", 3e8, "CNY", "at_least", None, "2026-12-31"),
                ("observation", 12, "percent", "exact", None, "2026-12-31"),
            ],
        ),
        # Money a scheme sets (可申请最高…的补贴, "can receive up to"), after a goal in its
        # paragraph: no goal, and undated.
        (
            "2027年1月5日\n\n中心将力争在2028年底前引进项目100个。入驻项目可申请最高人民币50万元的补贴。",
            None,
            [
                ("target", 100, "count", "exact", "2028-12-31", None),
                ("observation", 5e5, "CNY", "at_most", None, None),
            ],
        ),
        (
            "2027年1月5日\n\n中心力爭於2028年底前培育初創企業80家。入駐團隊可申請最高港幣30萬元的資助。",
            None,
            [
                ("target", 80, "count", "exact", "2028-12-31", None),
                ("observation", 3e5, "HKD", "at_most", None, None),
            ],
        ),
        (
            "Posted 5 January 2027\n\nThe centre aims to attract 100 projects by the end of "
            "2028. Each project can receive up to RMB 500,000 in start-up funding.",
            None,
            [
                ("target", 100, "count", "exact", "2028-12-31", None),
                ("observation", 5e5, "CNY", "at_most", None, None),
            ],
        ),
        # 今年一季度 of a dated page: that quarter of the page's year, and a sentence with no
        # date of its own after it in its paragraph takes it; 去年一季度 is last year's.
        (
            "2027年4月20日\n\n今年一季度，园区实现营收36亿元。工业投资增长8.1%。\n\n"
            "去年一季度，园区营收为31亿元。",
            None,
            [
                ("observation", 3.6e9, "CNY", "exact", None, "2027-03-31"),
                ("observation", 8.1, "percent", "exact", None, "2027-03-31"),
                ("observation", 3.1e9, "CNY", "exact", None, "2026-03-31"),
            ],
        ),
        (
            "2027年4月20日\n\n今年一季度，園區出口增長6.5%。去年上半年，出口增長4.2%。",
            None,
            [
                ("observation", 6.5, "percent", "exact", None, "2027-03-31"),
                ("observation", 4.2, "percent", "exact", None, "2026-06-30"),
            ],
        ),
        # A founding year dates the founding, not an area another clause states.
        (
            "園區簡介\n\n濱海園區於民國95年經行政院核定設置，總面積約300公頃。",
            "TWD",
            [("observation", 3e6, "m^2", "approx", None, None)],
        ),
        (
            "园区简介\n\n开发区始建于1995年，2012年经国务院批准升级为国家级开发区，规划面积30平方公里。",
            None,
            [("observation", 3e7, "m^2", "exact", None, None)],
        ),
        (
            "About the park\n\nThe park was established in 2008 and covers 15 square kilometres.",
            None,
            [("observation", 1.5e7, "m^2", "exact", None, None)],
        ),
        # An expectation for the running year ("for the full year", "full-year"): a goal by
        # the year's end.
        (
            "Posted 20 July 2027\n\nFor the full year, the bureau expects exports to rise by "
            "about 9 percent. Full-year output is expected to reach 90 billion yuan.",
            None,
            [
                ("target", 9, "percent", "approx", "2027-12-31", None),
                ("target", 9e10, "CNY", "exact", "2027-12-31", None),
            ],
        ),
        # 预计全年 inside a figure's own part: a forecast of the running year, by its end.
        (
            "发布时间：2027-07-20\n\n委员会预计全年工业产值增长9%左右。",
            None,
            [("target", 9, "percent", "approx", "2027-12-31", None)],
        ),
        (
            "發布日期：2027-07-20\n\n上半年出口增長12%，管理局預計全年出口額可望突破800億元。",
            None,
            [
                ("observation", 12, "percent", "exact", None, "2027-06-30"),
                ("target", 8e10, "CNY", "at_least", "2027-12-31", None),
            ],
        ),
    ],
)
def test_round_nineteen_rules(text: str, currency: str | None, expected: list[tuple]) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # An extent told in the present states no date; nor does "now" on an undated page.
        (
            "Park news\n\nBy Staff Writer | Updated: 2027-03-15 10:40\n\n"
            "The park covers 12 square kilometres.",
            None,
            [("observation", 1.2e7, "m^2", "exact", None, None)],
        ),
        (
            "About the park\n\nThe park now hosts 14 labs.",
            None,
            [("observation", 14, "count", "exact", None, None)],
        ),
        # 现有 and 拥有 on an undated page stay undated; a date of the sentence's own wins.
        (
            "园区简介\n\n园区现有孵化器12家，拥有省级平台30个。",
            None,
            [
                ("observation", 12, "count", "exact", None, None),
                ("observation", 30, "count", "exact", None, None),
            ],
        ),
        (
            "2027年1月5日\n\n截至2026年底，園區擁有研發平台16個。",
            None,
            [("observation", 16, "count", "exact", None, "2026-12-31")],
        ),
        # Page furniture is no figure; a count of visitors in a sentence is.
        (
            "版权所有：某开发区管委会 浙ICP备05012345号-2\n京公网安备33010602012345号\n"
            "Updated: 2027-03-15 09:15  Views: 2,318\n阅读量：5600\n瀏覽次數：1,024\n\n"
            "The fair drew 2,318 visitors.",
            None,
            [("observation", 2318, "count", "exact", None, None)],
        ),
        # The yuan named with no qualifier is exact.
        (
            "2027年1月5日\n\n2026年，企业获得融资人民币6亿元。",
            None,
            [("observation", 6e8, "CNY", "exact", None, "2026-12-31")],
        ),
        # A year of founding in a clause that states a figure counts that figure in its
        # year; so does a year the founding is told with a figure ("set up in 2019 with").
        (
            "2027年1月5日\n\n2025年新设立企业1200家。",
            None,
            [("observation", 1200, "count", "exact", None, "2025-12-31")],
        ),
        (
            "About the fund\n\nThe fund was set up in 2019 with 30 members.",
            None,
            [("observation", 30, "count", "exact", None, "2019-12-31")],
        ),
    ],
)
def test_round_nineteen_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- round 20 ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A heading of a period's results (成果, 績效, 成效) dates the numbered items under it,
        # as a line naming only a period does; a Taiwan academic year ends on 31 July.
        (
            "年度績效\n\n112學年度主要成果如下：\n一、輔導新創團隊共30家。\n二、取得補助計畫12件。",
            "TWD",
            [
                ("observation", 30, "count", "exact", None, "2024-07-31"),
                ("observation", 12, "count", "exact", None, "2024-07-31"),
            ],
        ),
        (
            "工作总结\n\n2025年工作成效：\n1. 新增孵化企业45家。\n2. 服务企业300余家。",
            None,
            [
                ("observation", 45, "count", "exact", None, "2025-12-31"),
                ("observation", 300, "count", "at_least", None, "2025-12-31"),
            ],
        ),
        # The academic year compared with is the base; the item keeps the heading's year.
        (
            "成果\n\n113學年度成果如下：\n一、募資共計8,000萬元，較112學年度成長20%。",
            "TWD",
            [
                ("observation", 8e7, "TWD", "exact", None, "2025-07-31"),
                ("observation", 20, "percent", "exact", None, "2025-07-31"),
            ],
        ),
        # A goal heading naming an academic year: its goals are due at that year's end.
        (
            "計畫\n\n115學年度目標：進駐企業達50家以上。",
            "TWD",
            [("target", 50, "count", "at_least", "2027-07-31", None)],
        ),
        # 过去一年 opening a paragraph of a report given early in a year: the year before.
        (
            "2026年1月20日\n\n过去一年，我们坚持创新驱动。全区新增企业1,200家，增长15%。",
            None,
            [
                ("observation", 1200, "count", "exact", None, "2025-12-31"),
                ("observation", 15, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        (
            "2027年2月3日\n\n過去的一年，園區持續擴充。進駐廠商達320家。",
            "TWD",
            [("observation", 320, "count", "exact", None, "2026-12-31")],
        ),
        (
            "Posted 12 March 2026\n\nThe past year was a busy one. The park signed 45 new tenants.",
            None,
            [("observation", 45, "count", "exact", None, "2025-12-31")],
        ),
        # Work listed under a heading that points back to the goals above serves them: due
        # by their deadline.
        (
            "2026年1月20日\n\n今年的主要目标是：高新技术企业达到900家。\n\n围绕上述目标，重点抓好以下工作："
            "\n（一）强化创新。新建中试平台6个以上。",
            None,
            [
                ("target", 900, "count", "exact", "2026-12-31", None),
                ("target", 6, "count", "at_least", "2026-12-31", None),
            ],
        ),
        (
            "2026年1月20日\n\n到2028年，孵化器面积达到50万平方米。\n\n圍繞上述目標，重點做好以下工作："
            "\n（一）強化培育。力爭新增企業100家。",
            None,
            [
                ("target", 5e5, "m^2", "exact", "2028-12-31", None),
                ("target", 100, "count", "exact", "2028-12-31", None),
            ],
        ),
        # A qualifier before a currency code: "approximately USD", "about HK$".
        (
            "Revenue reached CNY 7.2 trillion (approximately USD 1 trillion) in 2025.",
            None,
            [
                ("observation", 7.2e12, "CNY", "exact", None, "2025-12-31"),
                ("observation", 1e12, "USD", "approx", None, "2025-12-31"),
            ],
        ),
        # A section number heading a line is no figure.
        (
            "3.2 Science parks in the region\n\nThe region had 14 science parks in 2025.",
            None,
            [("observation", 14, "count", "exact", None, "2025-12-31")],
        ),
        # A tally told in the present perfect runs up to the page's date.
        (
            "Press release\n18 May 2026\n\nThe fund has supported some 230 start-ups.",
            None,
            [("observation", 230, "count", "approx", None, "2026-05-18")],
        ),
        (
            "Press release\n18 May 2026\n\nThe park has attracted 120 firms.",
            None,
            [("observation", 120, "count", "exact", None, "2026-05-18")],
        ),
        # A headline restating a body figure takes its date.
        (
            "Science park grows to 1,800 companies\n\n4 May 2026\n\nAs at 31 March 2026, the "
            "park had 1,800 companies.",
            None,
            [
                ("observation", 1800, "count", "exact", None, "2026-03-31"),
                ("observation", 1800, "count", "exact", None, "2026-03-31"),
            ],
        ),
        # "up … from the same period last year": the figure keeps its sentence's period.
        (
            "Posted 20 July 2026\n\nIn the first half of 2026, exports were US$2 billion, up 12% "
            "from the same period last year.",
            "USD",
            [
                ("observation", 2e9, "USD", "exact", None, "2026-06-30"),
                ("observation", 12, "percent", "exact", None, "2026-06-30"),
            ],
        ),
    ],
)
def test_round_twenty_periods_goals_and_figures(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A since-total under a period heading is of no period: undated.
        (
            "成果\n\n113學年度成果如下：\n一、輔導新創團隊共30家。\n\n自成立以來，累計培育企業逾200家。",
            "TWD",
            [
                ("observation", 30, "count", "exact", None, "2025-07-31"),
                ("observation", 200, "count", "at_least", None, None),
            ],
        ),
        # 过去一年 on a page of the year's second half names no calendar year.
        (
            "2026年9月20日\n\n过去一年，我们坚持创新驱动。全区新增企业1,200家。",
            None,
            [("observation", 1200, "count", "exact", None, None)],
        ),
        # A heading of work with no pointer back to goals takes no other goal's deadline.
        (
            "2026年1月20日\n\n到2028年，孵化器面积达到50万平方米。\n\n重点抓好以下工作："
            "\n（一）强化培育。力争新增企业100家。",
            None,
            [
                ("target", 5e5, "m^2", "exact", "2028-12-31", None),
                ("target", 100, "count", "exact", None, None),
            ],
        ),
        # A decimal at the start of a line before a unit word is a figure.
        (
            "Growth\n\n2.3 percent was the rise in 2025.",
            None,
            [("observation", 2.3, "percent", "exact", None, "2025-12-31")],
        ),
        # A change told in the present perfect, and a tally since a year, are no tally to date.
        (
            "Press release\n18 May 2026\n\nThe park has increased its staff to 120.",
            None,
            [("observation", 120, "count", "exact", None, None)],
        ),
        (
            "Press release\n18 May 2026\n\nSince 2020 the park has attracted 120 firms.",
            None,
            [("observation", 120, "count", "exact", None, None)],
        ),
        # Money a scheme sets is not dated by the tally after it.
        (
            "Press release\n18 May 2026\n\nThe HK$300 million scheme has approved 900 "
            "applications.",
            "HKD",
            [
                ("observation", 3e8, "HKD", "exact", None, None),
                ("observation", 900, "count", "exact", None, "2026-05-18"),
            ],
        ),
        # A headline's name of a programme (三大方案) restates no count of the body.
        (
            "三大方案成效显著\n\n2026年5月4日\n\n截至2026年3月底，三大方案吸引投资企业300家。",
            None,
            [
                ("observation", 3, "count", "exact", None, None),
                ("observation", 3, "count", "exact", None, "2026-03-31"),
                ("observation", 300, "count", "exact", None, "2026-03-31"),
            ],
        ),
    ],
)
def test_round_twenty_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- round 21 ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A lead-in sentence ending with a colon, too long for a heading, governs the list
        # items under it with its deadline (in all three scripts).
        (
            "Harbour Tech Park update\n\n12 February 2026\n\nLooking ahead, by the end of 2028 the "
            "park plans to:\n- host 400 start-ups;\n- create 9,000 jobs; and\n- attract at least "
            "US$2 billion of investment.\n",
            None,
            [
                ("target", 400, "count", "exact", "2028-12-31", None),
                ("target", 9000, "count", "exact", "2028-12-31", None),
                ("target", 2e9, "USD", "at_least", "2028-12-31", None),
            ],
        ),
        (
            "2026年2月12日\n\n为加快建设具有全国影响力的科技创新中心和先进制造业基地，"
            "全区力争到2028年底实现以下目标：\n- 高新技术企业达到800家；\n- 研发投入强度达到4%。\n",
            None,
            [
                ("target", 800, "count", "exact", "2028-12-31", None),
                ("target", 4, "percent", "exact", "2028-12-31", None),
            ],
        ),
        (
            "2026年2月12日\n\n為加快建設具有國際影響力的科技創新中心與先進製造業基地，"
            "本市力爭於2030年底前達成下列目標：\n- 新增廠商120家；\n- 就業人數達到3萬人。\n",
            "TWD",
            [
                ("target", 120, "count", "exact", "2030-12-31", None),
                ("target", 30000, "count", "exact", "2030-12-31", None),
            ],
        ),
        # The counters of a statistics bulletin's products (辆, 台, 块, 顆) count.
        (
            "全市汽车产量45万辆，工业机器人1.2万台，集成电路12亿块。",
            None,
            [
                ("observation", 450000, "count", "exact", None, None),
                ("observation", 12000, "count", "exact", None, None),
                ("observation", 1.2e9, "count", "exact", None, None),
            ],
        ),
        (
            "全年機車產量18萬輛，伺服器52萬台，晶片3億顆。",
            "TWD",
            [
                ("observation", 180000, "count", "exact", None, None),
                ("observation", 520000, "count", "exact", None, None),
                ("observation", 3e8, "count", "exact", None, None),
            ],
        ),
        # A time zone's offset and a hotline's number before its name are no figures.
        (
            "Issued 3 March 2026, 10:30 AM GMT+8\n\nThe park hosts 120 firms. Call the 12345 "
            "citizen hotline for details.",
            None,
            [("observation", 120, "count", "exact", None, "2026-03-03")],
        ),
        ("请拨打12345政务服务便民热线咨询。", None, []),
        ("請撥打1999市民當家熱線查詢。", "TWD", []),
        # A story's weekday ("as of Friday", "at Friday's close") and "this year's" are the
        # story's own day; "from the end of last year" is the base of the change. The headline's
        # "top 160" restates the body's 162 rounded down, of the body's date; the apostrophes of
        # "zone's … park's" quote nothing.
        (
            "Listed firms top 160 as park grows\n\nMarch 6, 2026 3:10 PM GMT+8\n\nSHENZHEN, March "
            "6 (Reuters) - The number of listed firms in the zone's park reached 162 as of Friday, "
            "the park's office said. Their market value was 2.1 trillion yuan at Friday's close, "
            "up 12% from the end of last year. Tech firms made up 40% of this year's new listings.",
            None,
            [
                ("observation", 160, "count", "at_least", None, "2026-03-06"),
                ("observation", 162, "count", "exact", None, "2026-03-06"),
                ("observation", 2.1e12, "CNY", "exact", None, "2026-03-06"),
                ("observation", 12, "percent", "exact", None, "2026-03-06"),
                ("observation", 40, "percent", "exact", None, "2026-03-06"),
            ],
        ),
        # "Over the past five years": a span up to the page's day.
        (
            "News release | 5 May 2026\n\nOver the past five years the park incubated 640 "
            "start-ups and raised 2 billion yuan.",
            None,
            [
                ("observation", 640, "count", "exact", None, "2026-05-05"),
                ("observation", 2e9, "CNY", "exact", None, "2026-05-05"),
            ],
        ),
        # A plan's period 自民國116年至120年 dates its goals at its end; its 總經費 is money the
        # plan sets: an observation with no date.
        (
            "行政院今日核定計畫。本計畫開發面積約50公頃，總經費新臺幣120億元，"
            "計畫期程自民國116年至120年。",
            "TWD",
            [
                ("target", 5e5, "m^2", "approx", "2031-12-31", None),
                ("observation", 1.2e10, "TWD", "exact", None, None),
            ],
        ),
        (
            "到2027年，全区建成实验室3个，总经费8亿元。",
            None,
            [
                ("target", 3, "count", "exact", "2027-12-31", None),
                ("observation", 8e8, "CNY", "exact", None, None),
            ],
        ),
    ],
)
def test_round_twenty_one_rules(text: str, currency: str | None, expected: list[tuple]) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A lead-in told in the past sets no goals: its items stay facts, of the period it
        # names (README: a lead-in that names what a period achieved dates its items, as
        # 2025年主要成绩如下： does).
        (
            "Harbour Tech Park update\n\n12 February 2026\n\nIn 2025 the park achieved the "
            "following results:\n- hosted 400 start-ups;\n- created 9,000 jobs.\n",
            None,
            [
                ("observation", 400, "count", "exact", None, "2025-12-31"),
                ("observation", 9000, "count", "exact", None, "2025-12-31"),
            ],
        ),
        # 零部件 and 12部门 begin other words: 部 is no counter.
        ("企业涉及汽车零部件等领域，由12部门联合印发。", None, []),
        # A hotline's count of calls is a figure.
        (
            "The hotline received 12,345 calls in 2025.",
            None,
            [("observation", 12345, "count", "exact", None, "2025-12-31")],
        ),
        # "the top 100", "the top 500": a class, not a count (nor a verb after "among the").
        (
            "Press release\n\nMarch 6, 2026\n\nThe zone had 280 firms as of 31 December 2025. It "
            "ranks among the top 100 parks, home to 12 of the top 500 companies.",
            None,
            [
                ("observation", 280, "count", "exact", None, "2025-12-31"),
                ("observation", 12, "count", "exact", None, "2025-12-31"),
            ],
        ),
    ],
)
def test_round_twenty_one_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- round 22 ---------------------------------------------------------------------------------
_LONG_BODY = "Call for proposals\n\n" + "The fund offers 30 grants to young firms. " * 12 + "\n\n"


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        # A page's foot that says when it was last updated dates the page.
        (_LONG_BODY + "Page updated on 2026-10-08", "CNY", "2026-10-08"),
        (_LONG_BODY + "最后更新：2026年10月8日", "CNY", "2026-10-08"),
        (_LONG_BODY + "最後更新：2026/10/08", "CNY", "2026-10-08"),
        # A Hong Kong release ends with its day; a story with its byline and date.
        (_LONG_BODY + "Ends/Wednesday, November 18, 2026", "HKD", "2026-11-18"),
        (_LONG_BODY + "Staff reporter, November 20, 2026", "CNY", "2026-11-20"),
        # A closing date at the foot (below a body longer than a page's head) is an event's,
        # not the page's.
        (_LONG_BODY + "Applications close on 8 October 2026.", "CNY", None),
        (_LONG_BODY + "Next review: 8 October 2027", "CNY", None),
        (_LONG_BODY + "Last updated: 8 October 2026", "CNY", "2026-10-08"),
    ],
)
def test_round_twenty_two_the_page_s_date_at_its_foot(
    text: str, calendar: str, expected: str | None
) -> None:
    assert zonetrack.issuedates.find_page_date(text, calendar)[1] == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # Figures listed after one told of now, in its sentence, are of the page's date.
        (
            "Why invest here\n\nWe have more than 320 firms, including 45 listed companies, and "
            "four colleges train about 8,000 graduates each year.\n\nLast updated: 8 October 2026",
            None,
            [
                ("observation", 320, "count", "at_least", None, "2026-10-08"),
                ("observation", 45, "count", "exact", None, "2026-10-08"),
                ("observation", 4, "count", "exact", None, "2026-10-08"),
                ("observation", 8000, "count", "approx", None, "2026-10-08"),
            ],
        ),
        (
            "园区概况\n\n园区于2019年建成，现有厂房8.6万平方米，入驻企业132家。\n\n"
            "更新日期：2026年10月8日",
            None,
            [
                ("observation", 86000, "m^2", "exact", None, "2026-10-08"),
                ("observation", 132, "count", "exact", None, "2026-10-08"),
            ],
        ),
        (
            "園區簡介\n\n園區於2019年建成投用，現有廠商320家，研發中心45處。\n\n更新日期：2026年10月8日",
            None,
            [
                ("observation", 320, "count", "exact", None, "2026-10-08"),
                ("observation", 45, "count", "exact", None, "2026-10-08"),
            ],
        ),
        # 今年以来, 今年已累计, "so far this year": up to the page's date.
        (
            "发布时间：2026-11-12\n\n今年以来，园区新引进项目46个，完成投资3.7亿元。"
            "县里今年已累计发放贷款1.26亿元。",
            None,
            [
                ("observation", 46, "count", "exact", None, "2026-11-12"),
                ("observation", 3.7e8, "CNY", "exact", None, "2026-11-12"),
                ("observation", 1.26e8, "CNY", "exact", None, "2026-11-12"),
            ],
        ),
        (
            "發布日期：2026-11-12\n\n今年以來，園區新增企業46家。",
            None,
            [("observation", 46, "count", "exact", None, "2026-11-12")],
        ),
        (
            "發布日期：2026-11-12\n\n園區今年已累計引進企業46家。",
            None,
            [("observation", 46, "count", "exact", None, "2026-11-12")],
        ),
        # 首季: the first quarter of the page's year.
        (
            "2026年4月16日\n\n今年首季，合作區新設立企業265家，按年增長18%。",
            None,
            [
                ("observation", 265, "count", "exact", None, "2026-03-31"),
                ("observation", 18, "percent", "exact", None, "2026-03-31"),
            ],
        ),
        (
            "发布时间：2026-04-16\n\n首季度，园区新增企业265家。",
            None,
            [("observation", 265, "count", "exact", None, "2026-03-31")],
        ),
        # 宗 counts; 逾千 in a headline restates the body's count, of its date.
        (
            "計劃首季收到逾千宗申請\n\n2026年4月16日\n\n今年首季，計劃共收到申請1,086宗。",
            None,
            [
                ("observation", 1000, "count", "at_least", None, "2026-03-31"),
                ("observation", 1086, "count", "exact", None, "2026-03-31"),
            ],
        ),
        ("园区已有超百家企业入驻。", None, [("observation", 100, "count", "at_least", None, None)]),
        # A notice's 现认定 is of its date; 年度 in the list's name is no period of facts.
        (
            "发布时间：2026-10-28\n\n现认定28家单位为2026年度市级众创空间。"
            "本批众创空间共提供工位3600余个，已入驻团队680个。",
            None,
            [
                ("observation", 28, "count", "exact", None, "2026-10-28"),
                ("observation", 3600, "count", "at_least", None, "2026-10-28"),
                ("observation", 680, "count", "exact", None, "2026-10-28"),
            ],
        ),
        (
            "發布日期：2026-10-28\n\n現認定12家單位為2026年度市級創新基地。",
            None,
            [("observation", 12, "count", "exact", None, "2026-10-28")],
        ),
        # Money a government will provide, a monthly allowance, a cap given: undated.
        (
            "Reply\n\nThe Government will provide an additional HK$500 million for the fund, and "
            "expects it to support about 2,000 posts by 2029. In 2025, 300 interns took part, and "
            "the monthly allowance is HK$12,000 per intern.\n\nEnds/Wednesday, November 18, 2026",
            "HKD",
            [
                ("observation", 5e8, "HKD", "exact", None, None),
                ("target", 2000, "count", "approx", "2029-12-31", None),
                ("observation", 300, "count", "exact", None, "2025-12-31"),
                ("observation", 12000, "HKD", "exact", None, None),
            ],
        ),
        (
            "发布时间：2026-11-12\n\n县里对返乡创业人员给予最高20万元的贷款，今年已累计发放贷款1.26亿元。",
            None,
            [
                ("observation", 2e5, "CNY", "at_most", None, None),
                ("observation", 1.26e8, "CNY", "exact", None, "2026-11-12"),
            ],
        ),
        # The base year of a change is no deadline; 其中 breaks down the goal before it.
        (
            "發布日期：114-10-20\n\n縣府115年度總預算案歲出412.5億元，較114年度增加5.3%。"
            "其中，園區計畫編列8.6億元，為本年度最大宗預算。",
            "TWD",
            [
                ("target", 4.125e10, "TWD", "exact", "2026-12-31", None),
                ("target", 5.3, "percent", "exact", "2026-12-31", None),
                ("target", 8.6e8, "TWD", "exact", "2026-12-31", None),
            ],
        ),
        # The area of a phase of a plan is undated, whatever a later as-at date counts.
        (
            "發布日期：114-10-20\n\n園區第一期面積約42公頃，截至今年9月底已有38家廠商進駐。",
            "TWD",
            [
                ("observation", 420000, "m^2", "approx", None, None),
                ("observation", 38, "count", "exact", None, "2025-09-30"),
            ],
        ),
        (
            "发布时间：2026-10-20\n\n园区一期占地约30公顷，截至9月底已入驻企业38家。",
            None,
            [
                ("observation", 300000, "m^2", "approx", None, None),
                ("observation", 38, "count", "exact", None, "2026-09-30"),
            ],
        ),
        # The past three years run to the paragraph's as-at date; the previous five years
        # end before the year told of.
        (
            "Reply\n\n(1) As at end of September 2026, 4,820 applications had been approved. In "
            "the past three years, the Bureau approved 2,960 applications.\n\nEnds/Wednesday, "
            "November 18, 2026",
            "HKD",
            [
                ("observation", 4820, "count", "exact", None, "2026-09-30"),
                ("observation", 2960, "count", "exact", None, "2026-09-30"),
            ],
        ),
        (
            "Zone slows\n\nExports grew 6.5% last year, slower than the 9% they averaged in the "
            "previous five years.\n\nStaff reporter, November 20, 2026",
            None,
            [
                ("observation", 6.5, "percent", "exact", None, "2025-12-31"),
                ("observation", 9, "percent", "exact", None, "2024-12-31"),
            ],
        ),
        # A goal with no date of its own takes the one deadline its sentence names after it.
        (
            "下一步，园区计划新建厂房5万平方米，力争到2027年底入驻企业达到200家。",
            None,
            [
                ("target", 50000, "m^2", "exact", "2027-12-31", None),
                ("target", 200, "count", "exact", "2027-12-31", None),
            ],
        ),
        (
            "園區將新建廠房5萬平方米，並力爭於2028年底前引進企業50家。",
            None,
            [
                ("target", 50000, "m^2", "exact", "2028-12-31", None),
                ("target", 50, "count", "exact", "2028-12-31", None),
            ],
        ),
    ],
)
def test_round_twenty_two_rules(text: str, currency: str | None, expected: list[tuple]) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # With no page date, "we have" dates nothing.
        (
            "Why invest here\n\nWe have 320 firms, including 45 listed companies.",
            None,
            [
                ("observation", 320, "count", "exact", None, None),
                ("observation", 45, "count", "exact", None, None),
            ],
        ),
        # A part with its own year, or told as done, is not carried to the page's date.
        (
            "园区概况\n\n园区现有企业120家，2025年实现产值50亿元。\n\n更新日期：2026年10月8日",
            None,
            [
                ("observation", 120, "count", "exact", None, "2026-10-08"),
                ("observation", 5e9, "CNY", "exact", None, "2025-12-31"),
            ],
        ),
        # A sentence's own as-at date comes before 今年以来.
        (
            "发布时间：2026-11-12\n\n截至10月底，园区今年以来新增企业126家。",
            None,
            [("observation", 126, "count", "exact", None, "2026-10-31")],
        ),
        # 千年, 百年 are ages, no counts; a year's own 年度 is its period.
        ("这是一座千年古城，有一家百年老店。", None, []),
        (
            "2025年度全市众创空间新孵化企业1.1万家。",
            None,
            [("observation", 11000, "count", "exact", None, "2025-12-31")],
        ),
        # A plain area keeps the date of its sentence (as earlier rounds read it).
        (
            "發布日期：114-10-20\n\n園區面積約42公頃，截至今年9月底已有38家廠商進駐。",
            "TWD",
            [
                ("observation", 420000, "m^2", "approx", None, "2025-09-30"),
                ("observation", 38, "count", "exact", None, "2025-09-30"),
            ],
        ),
        # Money provided by a date is due by it.
        (
            "The Government will provide HK$500 million by 2028 for the fund.",
            "HKD",
            [("target", 5e8, "HKD", "exact", "2028-12-31", None)],
        ),
        # A decade is no deadline.
        (
            "根據規劃，科技城用地總面積約300公頃，預計可提供約700萬平方米樓面面積，"
            "於2030年代陸續落成。",
            None,
            [
                ("target", 3e6, "m^2", "approx", None, None),
                ("target", 7e6, "m^2", "approx", "2039-12-31", None),
            ],
        ),
        # 其中 after a fact is no part of a goal.
        (
            "發布日期：114-10-20\n\n截至今年9月底，園區已有廠商38家。其中，外資企業12家。",
            "TWD",
            [
                ("observation", 38, "count", "exact", None, "2025-09-30"),
                ("observation", 12, "count", "exact", None, "2025-09-30"),
            ],
        ),
    ],
)
def test_round_twenty_two_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- rounds 23-24, numbers, units, qualifiers, kinds ---
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # What a work will do once finished (落成後將提供, "once completed, it will") is a goal
        # of the completion's date, told before in the paragraph (in all three scripts), a
        # numbered paragraph too.
        (
            "2026年10月5日\n\n一、科研楼建筑面积约8万平方米，计划2030年建成。建成后将容纳约150家"
            "企业，提供约3,000个就业岗位。",
            None,
            [
                ("target", 80000, "m^2", "approx", "2030-12-31", None),
                ("target", 150, "count", "approx", "2030-12-31", None),
                ("target", 3000, "count", "approx", "2030-12-31", None),
            ],
        ),
        (
            "2026年10月5日\n\n2. 研發中心預計2028年完工。完工後可容納約90間初創企業，並提供"
            "1,200個職位。",
            "HKD",
            [
                ("target", 90, "count", "approx", "2028-12-31", None),
                ("target", 1200, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "5 October 2026\n\n4. The innovation hub is due to be completed in 2029. Once "
            "completed, it will house 120 start-ups and create about 2,500 jobs.",
            None,
            [
                ("target", 120, "count", "exact", "2029-12-31", None),
                ("target", 2500, "count", "approx", "2029-12-31", None),
            ],
        ),
        # What a body now holds, beside a goal in the rest of the sentence, is a fact of the
        # page's day; so is the level a change to come starts from ("up from about 180").
        (
            "SHENZHEN, Oct. 5, 2026 (Xinhua) -- The park now houses 320 labs, and the city aims "
            "to raise that number to 500 by the end of 2028.",
            None,
            [
                ("observation", 320, "count", "exact", None, "2026-10-05"),
                ("target", 500, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "October 5, 2026\n\nThe plant will employ 900 people by the end of 2029, up from "
            "about 240 at the company's current site.",
            None,
            [
                ("target", 900, "count", "exact", "2029-12-31", None),
                ("observation", 240, "count", "approx", None, "2026-10-05"),
            ],
        ),
        (
            "2026年10月5日\n\n到2029年底，园区员工将达到900人，较目前的约240人大幅增加。",
            None,
            [
                ("target", 900, "count", "exact", "2029-12-31", None),
                ("observation", 240, "count", "approx", None, "2026-10-05"),
            ],
        ),
        # A cap (上限) is its clause's alone: the parallel clause after a comma (則為) is read as
        # written there (review 9: 平均獲批金額則為 is written alike and caps nothing).
        (
            "每名博士研究員的每月津貼上限為港幣30,000元，碩士研究員則為港幣24,000元。",
            "HKD",
            [
                ("observation", 30000, "HKD", "at_most", None, None),
                ("observation", 24000, "HKD", "exact", None, None),
            ],
        ),
        # Macao's amounts stay in patacas, with their multipliers.
        (
            "每家企業最高可獲20萬澳門元資助。",
            None,
            [("observation", 2e5, "MOP", "at_most", None, None)],
        ),
    ],
)
def test_rounds_twenty_three_and_four_rules(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A stock index's name (STAR 50 Index, CSI 300, 科创50指数, 沪深300) is no figure.
        (
            "Nov. 2, 2026\n\nIn 2025 the zone's listed firms gained 22%, against 9% for the "
            "CSI 300 and 14% for the STAR 50 Index.",
            None,
            [
                ("observation", 22, "percent", "exact", None, "2025-12-31"),
                ("observation", 9, "percent", "exact", None, "2025-12-31"),
                ("observation", 14, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        (
            "2026年11月2日\n\n2025年，科创50指数上涨14%，园区有12家企业是科创50成份股，"
            "沪深300成分股共8家。",
            None,
            [
                ("observation", 14, "percent", "exact", None, "2025-12-31"),
                ("observation", 12, "count", "exact", None, "2025-12-31"),
                ("observation", 8, "count", "exact", None, "2025-12-31"),
            ],
        ),
        # A count before a capitalised name without "Index" stays a count.
        (
            "Nov. 2, 2026\n\nThe park has 50 Index-linked products on sale.",
            None,
            [("observation", 50, "count", "exact", None, "2026-11-02")],
        ),
        # A completion told in another paragraph dates nothing here.
        (
            "2026年10月5日\n\n3. 大樓預計2029年落成。\n4. 落成後每年經常開支為1億4,500萬元。",
            "HKD",
            [("observation", 1.45e8, "HKD", "exact", None, None)],
        ),
        # What is told as done after a completion is a fact (已入驻 with no date of its own:
        # as of the page's day, as round 18's 已有…進駐).
        (
            "2026年10月5日\n\n大楼已于2024年建成。建成后已入驻企业230家。",
            None,
            [("observation", 230, "count", "exact", None, "2026-10-05")],
        ),
        # "now aims to": the goal words of the figure's own part win.
        (
            "Nov. 2, 2026\n\nThe park now aims to host 1,000 firms by 2028.",
            None,
            [("target", 1000, "count", "exact", "2028-12-31", None)],
        ),
    ],
)
def test_rounds_twenty_three_and_four_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


def test_a_page_with_dated_and_undated_facts_gives_none_for_a_missing_date() -> None:
    # A frame of dates and None must keep None (pandas 3 made it NaN, a float, which the
    # draft took for a date).
    frame = extract_figures(
        "2026年7月1日\n\n截至2026年6月底，园区共有企业120家。每家企业最高可获10万元资助。"
    )
    assert [cell_text(v) or None for v in frame["ref_date"]] == ["2026-06-30", None]
    assert all(v is None or isinstance(v, str) for v in frame["ref_date"])


# --- rounds 23-24, dates of facts ---


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        # A newspaper's foot names the issue's day and its edition (版, page): the page's date.
        (_LONG_BODY + "《光明日报》（2026年03月05日　第07版）", "CNY", "2026-03-05"),
        (_LONG_BODY + "《大公報》（2026年03月05日　A12版）", "HKD", "2026-03-05"),
        (_LONG_BODY + "The Standard, 5 March 2026, Page A6", "HKD", "2026-03-05"),
        # A date at the foot followed by no edition is an event's.
        (_LONG_BODY + "申报截止：2027年8月1日　逾期不予受理", "CNY", None),
        (_LONG_BODY + "Applications close on 5 March 2027, Section 3 applies.", "CNY", None),
    ],
)
def test_rounds_twenty_three_and_four_a_newspaper_s_foot(
    text: str, calendar: str, expected: str | None
) -> None:
    assert zonetrack.issuedates.find_page_date(text, calendar)[1] == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A paragraph opened by now tells its later sentences, undated, of the page's day.
        (
            "2026年10月9日\n\n目前，园区在孵企业150家。园区建成公共服务平台9个。",
            None,
            [
                ("observation", 150, "count", "exact", None, "2026-10-09"),
                ("observation", 9, "count", "exact", None, "2026-10-09"),
            ],
        ),
        (
            "2026年10月9日\n\n目前，園區在孵企業150家。園區建成公共服務平台9個。",
            "HKD",
            [
                ("observation", 150, "count", "exact", None, "2026-10-09"),
                ("observation", 9, "count", "exact", None, "2026-10-09"),
            ],
        ),
        (
            "October 9, 2026\n\nAt present, 150 firms are incubated in the park. "
            "Graduates fill about 40% of their jobs.",
            None,
            [
                ("observation", 150, "count", "exact", None, "2026-10-09"),
                ("observation", 40, "percent", "approx", None, "2026-10-09"),
            ],
        ),
        # With no comma after the now word, too.
        (
            "2026年10月9日\n\n目前園區在孵企業213家。園區建成公共服務平台14個。",
            "HKD",
            [
                ("observation", 213, "count", "exact", None, "2026-10-09"),
                ("observation", 14, "count", "exact", None, "2026-10-09"),
            ],
        ),
        (
            "October 9, 2026\n\nCurrently the park incubates 150 firms. "
            "Graduates fill about 40% of their jobs.",
            None,
            [
                ("observation", 150, "count", "exact", None, "2026-10-09"),
                ("observation", 40, "percent", "approx", None, "2026-10-09"),
            ],
        ),
        # 近五年 (the last five years) runs up to the page's day.
        (
            "2026年10月9日\n\n近五年，园区累计孵化企业320家。",
            None,
            [("observation", 320, "count", "exact", None, "2026-10-09")],
        ),
        (
            "2026年10月9日\n\n近五年來，園區累計培育企業320家。",
            "HKD",
            [("observation", 320, "count", "exact", None, "2026-10-09")],
        ),
        # A batch a notice announces is of the notice's day; the year in its name is no date,
        # and a heading naming the batch dates the facts under it.
        (
            "关于2026年第三批科技型企业入库的公告\n发布日期：2026年9月20日\n\n"
            "2026年第三批共有1,200家企业符合条件，现予公告入库。\n\n"
            "一、本批次入库情况\n制造业企业650家，占54.2%。企业平均研发投入强度为5.2%。",
            None,
            [
                ("observation", 1200, "count", "exact", None, "2026-09-20"),
                ("observation", 650, "count", "exact", None, "2026-09-20"),
                ("observation", 54.2, "percent", "exact", None, "2026-09-20"),
                ("observation", 5.2, "percent", "exact", None, "2026-09-20"),
            ],
        ),
        (
            "發布日期：2026年9月20日\n\n本批次共有45家企業獲得資助，撥付資金1,350萬元。",
            "HKD",
            [
                ("observation", 45, "count", "exact", None, "2026-09-20"),
                ("observation", 1.35e7, "HKD", "exact", None, "2026-09-20"),
            ],
        ),
        (
            "September 20, 2026\n\nIn this batch, 45 companies received grants.",
            None,
            [("observation", 45, "count", "exact", None, "2026-09-20")],
        ),
        # A scheme's terms are a rule, undated: 上年度 says which spending counts; nor do
        # they date the batch after them.
        (
            "发布日期：2026年9月20日\n\n对上年度研发投入增长的企业，按增量部分的10%给予奖励。"
            "本批次共有30家企业获得奖励。",
            None,
            [
                ("observation", 10, "percent", "exact", None, None),
                ("observation", 30, "count", "exact", None, "2026-09-20"),
            ],
        ),
        (
            "發布日期：2026年9月20日\n\n對上年度研發投入增長的企業，按增量部分的10%給予獎勵。",
            "HKD",
            [("observation", 10, "percent", "exact", None, None)],
        ),
        # A heading that states its facts as of a date dates the list under it, whatever
        # span an item counts since.
        (
            "Published 2 June 2026\n\nKey figures (as of March 2026)\n"
            "- Firms registered since the zone opened: more than 5,000\n"
            "- Foreign-invested firms: about 300",
            None,
            [
                ("observation", 5000, "count", "at_least", None, "2026-03-31"),
                ("observation", 300, "count", "approx", None, "2026-03-31"),
            ],
        ),
        (
            "2026年6月2日\n\n主要数据（截至2026年3月底）\n- 自园区设立以来注册企业超过5,000家\n"
            "- 外资企业约300家",
            None,
            [
                ("observation", 5000, "count", "at_least", None, "2026-03-31"),
                ("observation", 300, "count", "approx", None, "2026-03-31"),
            ],
        ),
        (
            "2026年6月2日\n\n主要數據（截至2026年3月底）\n- 自園區成立以來註冊企業逾5,000家\n"
            "- 外資企業約300家",
            "HKD",
            [
                ("observation", 5000, "count", "at_least", None, "2026-03-31"),
                ("observation", 300, "count", "approx", None, "2026-03-31"),
            ],
        ),
        # "last quarter" and 上季度: the calendar quarter before the page's.
        (
            "Nov. 20, 2026\n\nFour of them debuted last quarter.",
            None,
            [("observation", 4, "count", "exact", None, "2026-09-30")],
        ),
        (
            "2026年2月10日\n\n上季度新增入驻企业18家。",
            None,
            [("observation", 18, "count", "exact", None, "2025-12-31")],
        ),
        (
            "2026年11月20日\n\n上季度新增入駐企業18家。",
            "HKD",
            [("observation", 18, "count", "exact", None, "2026-09-30")],
        ),
        # A tally of the year still running, told in the present perfect or with 今年…累计:
        # the page's day (last year is the base's).
        (
            "Nov. 20, 2026\n\nTwelve firms have listed on the board this year, up from five in "
            "all of last year.",
            None,
            [
                ("observation", 12, "count", "exact", None, "2026-11-20"),
                ("observation", 5, "count", "exact", None, "2025-12-31"),
            ],
        ),
        (
            "2026年11月20日\n\n加上前两批，今年全市累计认定企业860家，同比增长12%。",
            None,
            [
                ("observation", 860, "count", "exact", None, "2026-11-20"),
                ("observation", 12, "percent", "exact", None, "2026-11-20"),
            ],
        ),
        (
            "2026年11月20日\n\n加上前兩批，今年全港累計批出資助1,200宗。",
            "HKD",
            [("observation", 1200, "count", "exact", None, "2026-11-20")],
        ),
        # A count that is the subject of a present perfect, a gain since a start, a running
        # total brought to a figure: up to the page's day.
        (
            "Nov. 20, 2026\n\nAt least eight more firms have filed applications.",
            None,
            [("observation", 8, "count", "at_least", None, "2026-11-20")],
        ),
        (
            "Nov. 20, 2026\n\nThe zone's listed firms have gained 25% since their debuts, "
            "compared with a 9% rise in the benchmark over the same period.",
            None,
            [
                ("observation", 25, "percent", "exact", None, "2026-11-20"),
                ("observation", 9, "percent", "exact", None, "2026-11-20"),
            ],
        ),
        (
            "Nov. 20, 2026\n\nThe deal brings the fund's total capital since its launch in 2019 "
            "to US$300 million.",
            None,
            [("observation", 3e8, "USD", "exact", None, "2026-11-20")],
        ),
        # 同期 opening an indented paragraph: the period of the paragraph before.
        (
            "2026年11月20日\n\n　　今年1至10月，全市新增企业1,200家。\n\n"
            "　　同期，技术合同成交额达到86亿元。",
            None,
            [
                ("observation", 1200, "count", "exact", None, "2026-10-31"),
                ("observation", 8.6e9, "CNY", "exact", None, "2026-10-31"),
            ],
        ),
        (
            "2026年11月20日\n\n　　今年1至10月共批出1,102宗申請。\n\n"
            "　　同期，信用保證計劃共批出86宗。",
            "MOP",
            [
                ("observation", 1102, "count", "exact", None, "2026-10-31"),
                ("observation", 86, "count", "exact", None, "2026-10-31"),
            ],
        ),
        # 115年前十月, 2026年前10个月: January to October, to its end.
        (
            "115年11月20日\n\n累計115年前十月營業額為新臺幣9,800億元，年增12.5%。",
            "TWD",
            [
                ("observation", 9.8e11, "TWD", "exact", None, "2026-10-31"),
                ("observation", 12.5, "percent", "exact", None, "2026-10-31"),
            ],
        ),
        (
            "2026年11月20日\n\n2026年前10个月，全市技术合同成交额为86亿元。",
            None,
            [("observation", 8.6e9, "CNY", "exact", None, "2026-10-31")],
        ),
        # 自2021年起 starts a period; 至今 is the page's day.
        (
            "2026年11月19日\n\n自2021年起設立的種子基金至今已投資110家初創企業。",
            "HKD",
            [("observation", 110, "count", "exact", None, "2026-11-19")],
        ),
        (
            "2026年11月19日\n\n自2021年起设立的种子基金至今已投资110家初创企业。",
            None,
            [("observation", 110, "count", "exact", None, "2026-11-19")],
        ),
        # A count that recurs each year, told without a date, is of the page's day; a cap a
        # fund sets (最高為, 上限為) is undated.
        (
            "2026年11月19日\n\n基金每年接獲申請約600份，單一項目的投資額最高為300萬港元。",
            "HKD",
            [
                ("observation", 600, "count", "approx", None, "2026-11-19"),
                ("observation", 3e6, "HKD", "at_most", None, None),
            ],
        ),
        (
            "2026年11月19日\n\n基金每年收到申请约600份，单个项目的投资额最高为300万元。",
            None,
            [
                ("observation", 600, "count", "approx", None, "2026-11-19"),
                ("observation", 3e6, "CNY", "at_most", None, None),
            ],
        ),
        (
            "November 19, 2026\n\nThe fund receives about 600 applications each year.",
            None,
            [("observation", 600, "count", "approx", None, "2026-11-19")],
        ),
        # A headline under a masthead and date line restates the body's figure, of its date.
        (
            "某大學新聞稿\n2026年11月19日\n\n種子基金五周年　累計投資初創企業120家\n\n"
            "大學今日宣布，種子基金至今已投資120家初創企業。",
            "HKD",
            [
                ("observation", 120, "count", "exact", None, "2026-11-19"),
                ("observation", 120, "count", "exact", None, "2026-11-19"),
            ],
        ),
        (
            "研究人才庫累計資助逾八千名研究人員\n\n截至2026年6月底，計劃累計已資助8,350名研究人員。",
            "HKD",
            [
                ("observation", 8000, "count", "at_least", None, "2026-06-30"),
                ("observation", 8350, "count", "exact", None, "2026-06-30"),
            ],
        ),
        # A share held now; a present state whose since-span is another part's; the subject
        # of a present state.
        (
            'November 17, 2026\n\n"Asia accounts for 31% of our sales," the chief executive said.',
            None,
            [("observation", 31, "percent", "exact", None, "2026-11-17")],
        ),
        (
            "November 17, 2026\n\nThe firm has operated in Wuxi since 2010 and employs about "
            "1,800 people across three plants.",
            None,
            [
                ("observation", 1800, "count", "approx", None, "2026-11-17"),
                ("observation", 3, "count", "exact", None, "2026-11-17"),
            ],
        ),
        (
            "November 17, 2026\n\nThe 150,000-square-foot plant, on a 4-acre site, represents an "
            "investment of US$90 million.",
            None,
            [
                ("observation", pytest.approx(13935.456), "m^2", "exact", None, "2026-11-17"),
                ("observation", pytest.approx(16187.4256896), "m^2", "exact", None, "2026-11-17"),
                ("observation", 9e7, "USD", "exact", None, "2026-11-17"),
            ],
        ),
        # "Between 2019 and 2024 … grew … to 142,000": the span's end.
        (
            "Between 2018 and 2023, the number of researchers grew at an average annual rate of "
            "7.5 percent, to 96,000.",
            None,
            [
                ("observation", 7.5, "percent", "exact", None, "2023-12-31"),
                ("observation", 96000, "count", "exact", None, "2023-12-31"),
            ],
        ),
        # 截至报告期末 of a report named with its period: the period's end, not the story's day.
        (
            "2026-11-23 07:15\n\n多只REIT陆续披露2026年第三季度报告。报告显示，截至报告期末，"
            "出租率为91.2%；报告期内平均租金同比下降3.5%。",
            None,
            [
                ("observation", 91.2, "percent", "exact", None, "2026-09-30"),
                ("observation", 3.5, "percent", "exact", None, "2026-09-30"),
            ],
        ),
        (
            "2026-08-28 07:15\n\n該基金公布2026年半年度報告。報告期內，出租率為88.5%。",
            "HKD",
            [("observation", 88.5, "percent", "exact", None, "2026-06-30")],
        ),
        # A report named without its year (三季报, 中报) is the last such period before the
        # page's day; an English report's period is read as well.
        (
            "2026-11-23 07:15\n\n多只REIT披露三季报。报告显示，截至报告期末，出租率为91.2%。",
            None,
            [("observation", 91.2, "percent", "exact", None, "2026-09-30")],
        ),
        (
            "2026-02-03 07:15\n\n多隻REIT披露三季報。報告顯示，報告期內出租率為91.2%。",
            "HKD",
            [("observation", 91.2, "percent", "exact", None, "2025-09-30")],
        ),
        (
            "November 23, 2026\n\nThe trust published its third-quarter report for 2026. "
            "Occupancy stood at 91.2% at the end of the reporting period.",
            None,
            [("observation", 91.2, "percent", "exact", None, "2026-09-30")],
        ),
        (
            "August 28, 2026\n\nThe trust released its 2026 interim results. During the "
            "reporting period, occupancy was 88.5%.",
            None,
            [("observation", 88.5, "percent", "exact", None, "2026-06-30")],
        ),
    ],
)
def test_rounds_twenty_three_and_four_dates_of_facts(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # Now told inside a paragraph, not opening it, dates only its own sentence.
        (
            "2026年10月9日\n\n园区在孵企业目前有150家。园区建成公共服务平台9个。",
            None,
            [
                ("observation", 150, "count", "exact", None, "2026-10-09"),
                ("observation", 9, "count", "exact", None, None),
            ],
        ),
        # A batch with a date of its own keeps it.
        (
            "2026年9月20日\n\n截至2025年12月底，2025年第四批入库企业共有800家。",
            None,
            [("observation", 800, "count", "exact", None, "2025-12-31")],
        ),
        # The base of a change on the quarter is no "last quarter".
        (
            "2026年11月20日\n\n2026年第三季度，园区营收环比上季度增长3%。",
            None,
            [("observation", 3, "percent", "exact", None, "2026-09-30")],
        ),
        # A running total with a date of its own keeps it.
        (
            "2026年11月20日\n\n截至10月底，今年全市累计认定企业860家。",
            None,
            [("observation", 860, "count", "exact", None, "2026-10-31")],
        ),
        # Money before a noun sizes it: the scheme's act is no tally of the money.
        (
            "Nov. 20, 2026\n\nThe HK$300 million scheme has approved grants.",
            "HKD",
            [("observation", 3e8, "HKD", "exact", None, None)],
        ),
        # Money a budget sets each year is the budget's, undated.
        (
            "2026年11月19日\n\n市财政每年安排科技专项资金不低于10亿元。",
            None,
            [("observation", 1e9, "CNY", "at_least", None, None)],
        ),
        # A yearly goal stays a goal, of no date.
        (
            "November 19, 2026\n\nThe fund aims to back about 60 start-ups each year.",
            None,
            [("target", 60, "count", "approx", None, None)],
        ),
        (
            "2026年11月19日\n\n力争每年新增孵化企业60家以上。",
            None,
            [("target", 60, "count", "at_least", None, None)],
        ),
        # An extent told in the present states no date; a subject before "will employ" is a plan's.
        (
            "November 17, 2026\n\nThe zone covers 96 square kilometres.",
            None,
            [("observation", 9.6e7, "m^2", "exact", None, None)],
        ),
        # 报告期内 with no report named before it takes no period.
        (
            "2026-11-23 07:15\n\n报告期内，出租率为91.2%。",
            None,
            [("observation", 91.2, "percent", "exact", None, None)],
        ),
    ],
)
def test_rounds_twenty_three_and_four_dates_of_facts_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- review 9: a foot date that is not the page's -----------------------------------------------
@pytest.mark.parametrize(
    ("foot", "calendar", "expected"),
    [
        # When the page will next be updated is a day to come, never the page's own date.
        ("Next update: 15 January 2027", "CNY", None),
        ("Updated quarterly; next update 15 January 2027", "CNY", None),
        ("下次更新：2027年1月15日", "CNY", None),
        ("下一次更新时间：2027年1月15日", "CNY", None),
        ("預計下次更新日期：2027年1月15日", "HKD", None),
        # The line before it may still date the page.
        ("Last updated: 8 October 2026\nNext update: 15 January 2027", "CNY", "2026-10-08"),
        ("更新日期：2026年10月8日\n下次更新：2027年1月15日", "CNY", "2026-10-08"),
    ],
)
def test_a_foot_naming_the_next_update_does_not_date_the_page(
    foot: str, calendar: str, expected: str | None
) -> None:
    assert zonetrack.issuedates.find_page_date(_LONG_BODY + foot, calendar)[1] == expected


def test_a_next_update_line_moves_no_deadline() -> None:
    """明年 counts from the page's year: a date to come at its foot must not shift it."""
    text = (
        "园区动态\n\n" + "园区持续优化营商环境，服务企业发展。" * 20 + "\n\n"
        "园区现有企业1,200家，力争明年底前达到1,500家。\n\n"
        "发布日期：2026年10月10日\n下次更新：2027年1月15日"
    )
    rows = _readings(text, None)
    assert ("target", 1500, "count", "exact", "2027-12-31", None) in rows


# --- round 26, plans: kinds, deadlines, qualifiers ---


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # An indicator's row written as one line: the value labelled by a base year (基数,
        # 基期值, baseline, actual) is a fact of that year's end; the one labelled by a goal
        # year (目标, 目標值, target) is due by that year's end.
        (
            "2026年3月1日\n\n主要指标：\n1.研发经费投入强度：2025年基数2.9%，2030年目标3.6%（预期性）\n"
            "2.高新技术企业数量：2025年基数860家，2030年目标1500家以上（约束性）",
            None,
            [
                ("observation", 2.9, "percent", "exact", None, "2025-12-31"),
                ("target", 3.6, "percent", "exact", "2030-12-31", None),
                ("observation", 860, "count", "exact", None, "2025-12-31"),
                ("target", 1500, "count", "at_least", "2030-12-31", None),
            ],
        ),
        (
            "2026年3月1日\n\n研發投入強度：2025年基期值2.9%，2030年目標值3.6%。",
            None,
            [
                ("observation", 2.9, "percent", "exact", None, "2025-12-31"),
                ("target", 3.6, "percent", "exact", "2030-12-31", None),
            ],
        ),
        (
            "March 1, 2026\n\nR&D intensity: 2025 baseline 2.9%, 2030 target 3.6%.\n"
            "Incubators: actual (2025) 31, target for 2030: about 60.",
            None,
            [
                ("observation", 2.9, "percent", "exact", None, "2025-12-31"),
                ("target", 3.6, "percent", "exact", "2030-12-31", None),
                ("observation", 31, "count", "exact", None, "2025-12-31"),
                ("target", 60, "count", "approx", "2030-12-31", None),
            ],
        ),
        # A labelled goal stays a goal when its year is past at the page's date.
        (
            "2026年3月1日\n\n研发投入强度：2020年基数2.1%，2025年目标3%，2025年实际3.2%。",
            None,
            [
                ("observation", 2.1, "percent", "exact", None, "2020-12-31"),
                ("target", 3, "percent", "exact", "2025-12-31", None),
                ("observation", 3.2, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        (
            "March 1, 2026\n\nThe city beat its 2025 target of 3%, with 3.2% in 2025.",
            None,
            [
                ("target", 3, "percent", "exact", "2025-12-31", None),
                ("observation", 3.2, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        # A table whose header says what each column holds: "Target for 2030" and 目标 hold
        # goals due by that year's end, "2025 actual" and 基数 a base year's facts; a cell
        # writes its own unit, range and qualifier.
        (
            "Oct 5, 2026\n\nProvince | 2025 actual | Target for 2030\n"
            "Hunan | 2.6% | above 3%\nJiangxi | 2.1% | 2.5% to 2.8%",
            None,
            [
                ("observation", 2.6, "percent", "exact", None, "2025-12-31"),
                ("target", 3, "percent", "at_least", "2030-12-31", None),
                ("observation", 2.1, "percent", "exact", None, "2025-12-31"),
                ("target", 2.5, "percent", "exact", "2030-12-31", None),
            ],
        ),
        (
            "2026年3月1日\n\n指标　2025年基数　2030年目标\n研发投入强度（%）　2.9　3.6\n"
            "高新技术企业（家）　860　1500",
            None,
            [
                ("observation", 2.9, "percent", "exact", None, "2025-12-31"),
                ("target", 3.6, "percent", "exact", "2030-12-31", None),
                ("observation", 860, "count", "exact", None, "2025-12-31"),
                ("target", 1500, "count", "exact", "2030-12-31", None),
            ],
        ),
        (
            "指標　2025年實際值　2030年目標值\n研發投入強度（%）　2.9　約3.6",
            None,
            [
                ("observation", 2.9, "percent", "exact", None, "2025-12-31"),
                ("target", 3.6, "percent", "approx", "2030-12-31", None),
            ],
        ),
        # A plan's expected benefits (預期效益, 预期成效, "Expected outcomes") with no year of
        # their own are due by the end of the plan's period (in 民國 years in a Taiwan plan).
        (
            "計畫期程自115年至119年，共5年。\n\n三、預期效益\n（一）新增就業機會5,000個。\n"
            "（二）累計培育新創公司120家以上。",
            "TWD",
            [
                ("target", 5000, "count", "exact", "2030-12-31", None),
                ("target", 120, "count", "at_least", "2030-12-31", None),
            ],
        ),
        (
            "规划期为2026—2030年。\n\n四、预期成效\n新增省级以上创新平台40个。",
            None,
            [("target", 40, "count", "exact", "2030-12-31", None)],
        ),
        (
            "The plan covers 2026 to 2030.\n\nExpected outcomes\n- 300 new high-tech firms\n",
            None,
            [("target", 300, "count", "exact", "2030-12-31", None)],
        ),
        # "above" and "past" before a number are floors, as "over" is.
        (
            "May 14, 2025\n\nBy 2027 the city aims to push contract turnover past 80 billion "
            "yuan and to lift R&D intensity to above 3 percent.",
            None,
            [
                ("target", 8e10, "CNY", "at_least", "2027-12-31", None),
                ("target", 3, "percent", "at_least", "2027-12-31", None),
            ],
        ),
        # Money a policy sets with no date to reach it by (a fund of, grants of up to, 设立规模)
        # is a fact of the policy, undated, even beside goals.
        (
            "May 14, 2025\n\nMain goals\nTo support these goals, the city will set up a fund of "
            "3 billion yuan and give grants of up to 1 million yuan to each new lab.",
            None,
            [
                ("observation", 3e9, "CNY", "exact", None, None),
                ("observation", 1e6, "CNY", "at_most", None, None),
            ],
        ),
        (
            "2025年5月14日\n\n为支撑上述目标，市政府将设立规模30亿元的天使投资基金。",
            None,
            [("observation", 3e9, "CNY", "exact", None, None)],
        ),
        (
            "2025年5月14日\n\n為支撐上述目標，政府將設立規模30億元的創業投資基金。",
            "TWD",
            [("observation", 3e9, "TWD", "exact", None, None)],
        ),
        # A total over the years of a plan still running (三年累计) is due by the plan's end.
        (
            "江海市科技创新三年行动方案（2026—2028年）\n\n2026年3月18日\n\n"
            "四、保障措施\n市财政三年累计安排科技专项资金不少于120亿元。",
            None,
            [("target", 1.2e10, "CNY", "at_least", "2028-12-31", None)],
        ),
        (
            "科技創新三年行動方案（2026—2028年）\n\n2026年3月18日\n\n"
            "四、保障措施\n政府三年合計投入資金不少於50億元。",
            "HKD",
            [("target", 5e9, "HKD", "at_least", "2028-12-31", None)],
        ),
        # N大 names the parts of a plan: a fact of it, not a goal of the sentence it is in.
        (
            "2026年3月1日\n\n到2028年，全市打造三大产业集群，产值达到500亿元。",
            None,
            [
                ("observation", 3, "count", "exact", None, None),
                ("target", 5e10, "CNY", "exact", "2028-12-31", None),
            ],
        ),
    ],
)
def test_round_twenty_six_plans_kinds_deadlines_qualifiers(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A label with no year, or a goal word not right before the figure: the sentence
        # decides, as before.
        (
            "2026年3月1日\n\n到2030年，全市高新技术企业数量目标为1500家。",
            None,
            [("target", 1500, "count", "exact", "2030-12-31", None)],
        ),
        (
            "Oct 5, 2026\n\nThe 2025 target was met: output reached 12 billion yuan in 2025.",
            None,
            [("observation", 1.2e10, "CNY", "exact", None, "2025-12-31")],
        ),
        # A header of plain years: the column's year against the page's date decides.
        (
            "2026年3月1日\n\n指标　2025年　2030年\n研发投入强度（%）　2.9　3.6",
            None,
            [
                ("observation", 2.9, "percent", "exact", None, "2025-12-31"),
                ("target", 3.6, "percent", "exact", "2030-12-31", None),
            ],
        ),
        # An expected benefit that names its own year is due then; a plan that states no
        # period leaves it without a deadline.
        (
            "計畫期程自115年至119年。\n\n三、預期效益\n（一）117年前培育新創公司100家。",
            "TWD",
            [("target", 100, "count", "exact", "2028-12-31", None)],
        ),
        (
            "三、預期效益\n（一）新增就業機會5,000個。",
            "TWD",
            [("target", 5000, "count", "exact", None, None)],
        ),
        # "the past 5 years", "over the past three years" are spans, not floors.
        (
            "Oct 5, 2026\n\nOver the past three years, output grew by 20 percent.",
            None,
            [("observation", 20, "percent", "exact", None, "2026-10-05")],
        ),
        # Money with a date to reach it by stays a goal; a fund's size told of a year is
        # that year's fact.
        (
            "May 14, 2025\n\nThe city will set up a fund of 3 billion yuan by 2027.",
            None,
            [("target", 3e9, "CNY", "exact", "2027-12-31", None)],
        ),
        (
            "2024年，基金規模為港幣4億6,000萬元。",
            "HKD",
            [("observation", 4.6e8, "HKD", "exact", None, "2024-12-31")],
        ),
        # A total over the years just past (近三年累计) is a fact, up to the page's day (round
        # 23's 近五年).
        (
            "江海市科技创新三年行动方案（2026—2028年）\n\n2026年3月18日\n\n"
            "一、发展现状\n近三年累计投入科技资金80亿元。",
            None,
            [("observation", 8e9, "CNY", "exact", None, "2026-03-18")],
        ),
        # N大 told as a fact keeps its date.
        (
            "2026年3月1日\n\n2025年，全市两大主导产业产值增长10%。",
            None,
            [
                ("observation", 2, "count", "exact", None, "2025-12-31"),
                ("observation", 10, "percent", "exact", None, "2025-12-31"),
            ],
        ),
    ],
)
def test_round_twenty_six_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- review 9: numbers and qualifiers ---
def _figures_read(text: str, currency: str | None) -> list[tuple]:
    """(value, value_high, unit, qualifier) of each figure extract reports in ``text``."""
    return [
        (
            pytest.approx(r.value),
            None if pd.isna(r.value_high) else pytest.approx(r.value_high),
            r.unit,
            r.qualifier,
        )
        for r in extract_figures(text, currency=currency).itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A currency named before a number in two parts: one figure in that currency.
        (
            "2026年3月2日\n\n今年以來，園區另獲港幣1億2,000萬元投資，澳門元1億2,000萬投入研發。",
            "MOP",
            [(1.2e8, None, "HKD", "exact"), (1.2e8, None, "MOP", "exact")],
        ),
        (
            "2026年3月2日\n\n2025年，全年产值达新臺幣1兆4,200億元。",
            None,
            [(1.42e12, None, "TWD", "exact")],
        ),
        (
            "March 2, 2026\n\nThe fund, MOP$1億2,000萬 in all, opened in 2025.",
            "MOP",
            [(1.2e8, None, "MOP", "exact")],
        ),
        # Ranges whose ends are in two parts, 3千5百, 人次.
        (
            "2026年3月2日\n\n项目总投资1億2,000萬至1億5,000萬元，园区就业人数1萬至2萬3,000人。",
            None,
            [(1.2e8, 1.5e8, "CNY", "exact"), (1e4, 2.3e4, "count", "exact")],
        ),
        (
            "2026年3月2日\n\n2025年，園區從業人員3千5百人，全年接待遊客2億3,000萬人次。",
            "HKD",
            [(3500, None, "count", "exact"), (2.3e8, None, "count", "exact")],
        ),
        # A decimal head with a tail is no figure; the rest of the sentence is read.
        (
            "2026年3月2日\n\n2025年，每户补贴1.2萬3,000元，惠及企业120家。",
            None,
            [(120, None, "count", "exact")],
        ),
        # A qualifier is carried along a list within a clause only.
        (
            "2026年3月2日\n\n申请上限为50万元，平均获批金额则为32万元；最高补助100万元及50万元。",
            None,
            [
                (5e5, None, "CNY", "at_most"),
                (3.2e5, None, "CNY", "exact"),
                (1e6, None, "CNY", "at_most"),
                (5e5, None, "CNY", "at_most"),
            ],
        ),
        (
            "2026年3月2日\n\n去年增速約為5%，今年則為8%。",
            "HKD",
            [(5, None, "percent", "approx"), (8, None, "percent", "exact")],
        ),
        (
            "March 2, 2026\n\nGrowth was about 5% last year, and 8% this year.",
            None,
            [(5, None, "percent", "approx"), (8, None, "percent", "exact")],
        ),
        # 约占…GDP的, 续约, 最高…为, 上限提高至, 突破上限, 只 before or after a security.
        (
            "2026年3月2日\n\n2025年，园区约占全市GDP的35%，续约企业30家，最高资助额为500万元。",
            None,
            [
                (35, None, "percent", "approx"),
                (30, None, "count", "exact"),
                (5e6, None, "CNY", "at_most"),
            ],
        ),
        (
            "2026年3月2日\n\n補貼上限提高至50萬元，但有企業突破上限20%。",
            "HKD",
            [(5e5, None, "HKD", "at_most"), (20, None, "percent", "exact")],
        ),
        (
            "2026年3月2日\n\n2025年，中证500指数成分股有15只来自园区，园区企业发行5只科创债。",
            None,
            [(15, None, "count", "exact"), (5, None, "count", "exact")],
        ),
    ],
)
def test_review_nine_numbers_and_qualifiers_in_extract(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _figures_read(text, currency) == expected


# --- round 27, plans ---
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A tracker table "Goal | Deadline | Status": the goal column's figure is a goal due
        # at its row's deadline (a past one too: the goal as set), the status column's a fact
        # of its own date (else the page's); a line after the table is read on its own.
        (
            "Released 3 December 2026\n\nGoal | Deadline | Status\n"
            "R&D intensity at 3% of GDP or more | 2030 | 2.6% in 2025\n"
            "Incubators: 120 | 2025 | 131 at end-2025, met\n\nWe had 86 members in 2026.",
            None,
            [
                ("target", 3, "percent", "at_least", "2030-12-31", None),
                ("observation", 2.6, "percent", "exact", None, "2025-12-31"),
                ("target", 120, "count", "exact", "2025-12-31", None),
                ("observation", 131, "count", "exact", None, "2025-12-31"),
                ("observation", 86, "count", "exact", None, "2026-12-31"),
            ],
        ),
        (
            "2026年12月3日\n\n目标　完成时限　进展\n高新技术企业达到500家　2027年　已有420家\n",
            None,
            [
                ("target", 500, "count", "exact", "2027-12-31", None),
                ("observation", 420, "count", "exact", None, "2026-12-03"),
            ],
        ),
        (
            "2026年12月3日\n\n目標 | 期限 | 進度\n新創企業300家 | 2028年底 | 目前210家\n",
            "HKD",
            [
                ("target", 300, "count", "exact", "2028-12-31", None),
                ("observation", 210, "count", "exact", None, "2026-12-03"),
            ],
        ),
        # The base of a rate (per 10,000 people, as 每万名) is no figure.
        (
            "December 3, 2026\n\nThere were 14.9 high-value invention patents per 10,000 "
            "people at the end of 2025.",
            None,
            [("observation", 14.9, "count", "exact", None, "2025-12-31")],
        ),
        # 拥有…数 in an indicator's name, in a goal list: its verb 达到 says it is a goal.
        (
            "2026年8月20日\n\n二、发展目标\n到2030年，具体目标如下：\n"
            "（一）每万名从业人员拥有发明专利数达到200件；\n（二）高新技术企业达到3000家。",
            None,
            [
                ("target", 200, "count", "exact", "2030-12-31", None),
                ("target", 3000, "count", "exact", "2030-12-31", None),
            ],
        ),
        (
            "2026年8月20日\n\n二、發展目標\n到2030年，具體目標如下：\n"
            "（一）每萬名從業人員擁有發明專利數達到200件；\n（二）高新技術企業達到3000家。",
            "HKD",
            [
                ("target", 200, "count", "exact", "2030-12-31", None),
                ("target", 3000, "count", "exact", "2030-12-31", None),
            ],
        ),
        # A work plan's steps before a month's or the year's end, with no year: goals of the
        # page's year (or of the next, once that date has passed).
        (
            "2027年2月9日\n\n二、重点工作\n6月底前发布榜单40项左右。"
            "年底前完成验收，验收通过率不低于90%。",
            None,
            [
                ("target", 40, "count", "approx", "2027-06-30", None),
                ("target", 90, "percent", "at_least", "2027-12-31", None),
            ],
        ),
        (
            "2027年2月9日\n\n二、重點工作\n一季度末前完成需求徵集，徵集技術需求不少於150項。"
            "6月底前完成審查案件40件。",
            "HKD",
            [
                ("target", 150, "count", "at_least", "2027-03-31", None),
                ("target", 40, "count", "exact", "2027-06-30", None),
            ],
        ),
        (
            "2027年8月9日\n\n6月底前完成审查案件40件。",
            None,
            [("target", 40, "count", "exact", "2028-06-30", None)],
        ),
        # A paper's number (CB(1)1502/2026(04)) is no figure.
        (
            "立法會CB(1)1502/2026(04)號文件\n\nLC Paper No. CB(4)233/25-26(01)\n\n"
            "立法会CB(2)88/2026号文件",
            None,
            [],
        ),
        # The rate a scheme pays on a base is its rule, undated (上年度 names the base).
        (
            "2026年3月1日\n\n对企业研发投入，按上年度研发费用的10%给予补助。",
            None,
            [("observation", 10, "percent", "exact", None, None)],
        ),
        (
            "2026年3月1日\n\n對企業研發投入，按上年度研發費用的10%給予補助。",
            "HKD",
            [("observation", 10, "percent", "exact", None, None)],
        ),
        (
            "March 1, 2026\n\nIn 2026, firms receive grants covering 30% of their R&D spending.",
            None,
            [("observation", 30, "percent", "exact", None, None)],
        ),
        # Money a budget sets for the year running at the page's date: a goal by its end.
        (
            "發布日期：115-03-17\n\n縣府115年度編列相關預算新臺幣9.8億元。",
            "TWD",
            [("target", 9.8e8, "TWD", "exact", "2026-12-31", None)],
        ),
        (
            "2026年3月17日\n\n区财政2026年度编列预算3亿元，支持科技创新。",
            None,
            [("target", 3e8, "CNY", "exact", "2026-12-31", None)],
        ),
        # A plan's span after its name, and 計劃期內, "over the plan period": its last year.
        (
            "港灣大學策略計劃2026-2031\n\n出版日期：2026年9月\n\n大學計劃在計劃期內投放約30億元。",
            "HKD",
            [("target", 3e9, "HKD", "approx", "2031-12-31", None)],
        ),
        (
            "青溪科技创新规划2026-2030\n\n2026年9月1日\n\n规划期内力争投入研发资金50亿元。",
            None,
            [("target", 5e9, "CNY", "exact", "2030-12-31", None)],
        ),
        (
            "Harbour University Strategic Plan 2026-2031\n\nSeptember 2026\n\n"
            "The university aims to invest about HK$3 billion over the plan period.",
            "HKD",
            [("target", 3e9, "HKD", "approx", "2031-12-31", None)],
        ),
        # 增加一倍 read as written, as 增长1倍: one times (翻一番, "double" name the multiple, 2).
        (
            "2026年9月1日\n\n到2030年，研发人员增加一倍。",
            None,
            [("target", 1, "times", "exact", "2030-12-31", None)],
        ),
        (
            "2026年9月1日\n\n到2030年，研發人員增加一倍至1,200人。",
            "HKD",
            [
                ("target", 1, "times", "exact", "2030-12-31", None),
                ("target", 1200, "count", "exact", "2030-12-31", None),
            ],
        ),
    ],
)
def test_round_twenty_seven_plans(text: str, currency: str | None, expected: list[tuple]) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # No deadline column: a table of goals and status alone sets no goal's date.
        (
            "December 3, 2026\n\nIndicator | Status\nIncubators: 120 | 131 in 2025\n",
            None,
            [
                ("observation", 120, "count", "exact", None, "2025-12-31"),
                ("observation", 131, "count", "exact", None, "2025-12-31"),
            ],
        ),
        # 10,000 people is a count; a share of GDP with no floor is exact.
        (
            "December 3, 2026\n\nIn 2025, 10,000 people attended the fair, and R&D reached "
            "2.6% of GDP.",
            None,
            [
                ("observation", 1e4, "count", "exact", None, "2025-12-31"),
                ("observation", 2.6, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        # 拥有 told as a fact stays one.
        (
            "2026年8月20日\n\n2025年，园区拥有发明专利3000件。",
            None,
            [("observation", 3000, "count", "exact", None, "2025-12-31")],
        ),
        # A date before a month's end with its own year, told as done, is a fact's date.
        (
            "2027年2月9日\n\n2026年6月底前，全市已发布榜单40项。",
            None,
            [("observation", 40, "count", "exact", None, "2026-06-30")],
        ),
        # A number of cases with 宗 is a count, not a paper's number.
        (
            "2026年3月1日\n\n2025年，共处理申请1502宗。",
            None,
            [("observation", 1502, "count", "exact", None, "2025-12-31")],
        ),
        # A growth rate counted at comparable prices (按可比价格) is no scheme's rate.
        (
            "2026年3月1日\n\n2025年，全市规上工业增加值按可比价格计算增长10%。",
            None,
            [("observation", 10, "percent", "exact", None, "2025-12-31")],
        ),
        # A budget of a year already past is a fact of that year.
        (
            "發布日期：115-03-17\n\n縣府114年度編列預算新臺幣8億元。",
            "TWD",
            [("observation", 8e8, "TWD", "exact", None, "2025-12-31")],
        ),
        # 一 before a counter is an article, not a figure.
        (
            "2026年9月1日\n\n2025年，全市新增一家研发机构。",
            None,
            [],
        ),
    ],
)
def test_round_twenty_seven_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- round 28, plans ---


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A year's target responsibility statement: its title governs every line as a goal due
        # by that year's end, though the lines say only 完成, 达到.
        (
            "东湖园区2028年度目标责任书\n\n一、经济指标\n1. 营业收入完成900亿元；\n"
            "2. 新增企业达到150家。\n",
            None,
            [
                ("target", 9e10, "CNY", "exact", "2028-12-31", None),
                ("target", 150, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "北區2028年度目標責任書\n\n一、創新指標\n1. 研發投入完成45億元；\n2. 新建實驗室6個。\n",
            None,
            [
                ("target", 4.5e9, "CNY", "exact", "2028-12-31", None),
                ("target", 6, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "Riverside Park 2028 Target Responsibility Statement\n\nKey indicators\n"
            "1. Industrial output: 420 billion yuan.\n",
            None,
            [("target", 4.2e11, "CNY", "exact", "2028-12-31", None)],
        ),
        # Its quarters (一季度, 上半年, 前三季度) are due at each one's end of that year.
        (
            "东湖园区2028年度目标责任书\n\n指标分解到季度，一季度完成全年任务的25%，上半年完成55%，"
            "前三季度完成80%。\n",
            None,
            [
                ("target", 25, "percent", "exact", "2028-03-31", None),
                ("target", 55, "percent", "exact", "2028-06-30", None),
                ("target", 80, "percent", "exact", "2028-09-30", None),
            ],
        ),
        # A period of its own before the year of the goals tells a fact of that period.
        (
            "东湖园区2028年度目标责任书\n\n2027年1—10月，园区营业收入完成760亿元。\n",
            None,
            [("observation", 7.6e10, "CNY", "exact", None, "2027-10-31")],
        ),
        # A department's budget for a year: its amounts are that year's plan, what each firm
        # receives and a voucher's cap stay the scheme's undated money.
        (
            "西江市工业和信息化局2028年部门预算说明\n\n一、收支预算总体情况\n"
            "2028年，收入预算总额3.2亿元。\n二、项目预算安排\n"
            "（一）企业技改奖补资金5000万元，对达标企业每家奖励30万元。\n"
            "（二）服务券资金800万元，单张服务券额度最高5万元。\n",
            None,
            [
                ("target", 3.2e8, "CNY", "exact", "2028-12-31", None),
                ("target", 5e7, "CNY", "exact", "2028-12-31", None),
                ("observation", 3e5, "CNY", "exact", None, None),
                ("target", 8e6, "CNY", "exact", "2028-12-31", None),
                ("observation", 5e4, "CNY", "at_most", None, None),
            ],
        ),
        (
            "西江市經濟局2028年部門預算說明\n\n一、預算安排\n（一）人才補貼資金1200萬元，"
            "每人補貼2萬元。\n",
            None,
            [
                ("target", 1.2e7, "CNY", "exact", "2028-12-31", None),
                ("observation", 2e4, "CNY", "exact", None, None),
            ],
        ),
    ],
)
def test_round_twenty_eight_goal_documents(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # The start of a goal's change in a year of its own (由2026年的約35%) is a fact of it.
        (
            "2027年11月15日\n\n將資助覆蓋率由2026年的約35%提升至2028年底的50%。",
            None,
            [
                ("observation", 35, "percent", "approx", None, "2026-12-31"),
                ("target", 50, "percent", "exact", "2028-12-31", None),
            ],
        ),
        (
            "2026年3月1日\n\n全市研发投入强度由2025年的2.5%提高到2027年的3%。",
            None,
            [
                ("observation", 2.5, "percent", "exact", None, "2025-12-31"),
                ("target", 3, "percent", "exact", "2027-12-31", None),
            ],
        ),
        # Money a budget sets aside (預留, over a span too), or injects with no date of its
        # own (注資), is the policy's money, undated; the goal after it keeps its date.
        (
            "2028年2月20日\n\n我建議於未來三年預留50億元，推出新計劃。",
            None,
            [("observation", 5e9, "CNY", "exact", None, None)],
        ),
        (
            "2028年2月20日\n\n政府会向科学园注资20亿元，目标是在2030年年底前把公司数目增至1,500家。",
            None,
            [
                ("observation", 2e9, "CNY", "exact", None, None),
                ("target", 1500, "count", "exact", "2030-12-31", None),
            ],
        ),
        # A speech dated in Chinese numerals under its title: 現有 is of that day; money it
        # injects stays undated.
        (
            "財政預算案演辭\n二〇二八年二月二十日\n\n120. 主席，本港現有初創企業5,100家。"
            "政府會向數碼港注資20億元。",
            None,
            [
                ("observation", 5100, "count", "exact", None, "2028-02-20"),
                ("observation", 2e9, "CNY", "exact", None, None),
            ],
        ),
        # Injected over a span ahead, it is due by the span's end (as round 24 read it).
        (
            "2028年2月20日\n\n大學將在未來三年再注資5億元擴大基金規模。",
            None,
            [("target", 5e8, "CNY", "exact", "2031-12-31", None)],
        ),
    ],
)
def test_round_twenty_eight_money_and_starts_of_change(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A key-targets table: a row's unit in English words in its label ("(billion yuan)")
        # and a floor written in the cell ("at least 120").
        (
            "November 2, 2026\n\nIndicator | 2025 | 2028 target\n"
            "Software revenue (billion yuan) | 84 | at least 120\nIncubators (number) | 40 | 55\n",
            None,
            [
                ("observation", 8.4e10, "CNY", "exact", None, "2025-12-31"),
                ("target", 1.2e11, "CNY", "at_least", "2028-12-31", None),
                ("observation", 40, "count", "exact", None, "2025-12-31"),
                ("target", 55, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "November 2, 2026\n\nIndicator | 2025 | 2028 target\n"
            "Exports (million US$) | 310 | about 400\n",
            None,
            [
                ("observation", 3.1e8, "USD", "exact", None, "2025-12-31"),
                ("target", 4e8, "USD", "approx", "2028-12-31", None),
            ],
        ),
    ],
)
def test_round_twenty_eight_key_target_tables(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A speech's paragraph number (three digits, a full stop, a space) opening its line.
        (
            "2028年2月20日\n\n105. 主席，本港現有初創企業5,100家。\n\n106. 政府會注資20億元。\n",
            None,
            [
                ("observation", 5100, "count", "exact", None, "2028-02-20"),
                ("observation", 2e9, "CNY", "exact", None, None),
            ],
        ),
        # A floor that names a class of projects (5亿元以上项目) and a time to report
        # (3个工作日内) are no figures; the count of the class is.
        (
            "2028年3月1日\n\n2027年，全区签约5亿元以上重大项目12个，并于签约后3个工作日内报备。",
            None,
            [("observation", 12, "count", "exact", None, "2027-12-31")],
        ),
        (
            "2028年3月1日\n\n2027年，全區簽約5億元以上項目12個，並於3個工作日內報備。",
            None,
            [("observation", 12, "count", "exact", None, "2027-12-31")],
        ),
    ],
)
def test_round_twenty_eight_numbers_that_are_not_figures(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A title that only mentions targets, or a budget, is no statement of goals.
        (
            "园区2027年目标完成情况通报\n发布日期：2028-03-01\n\n2027年，园区营业收入完成900亿元。",
            None,
            [("observation", 9e10, "CNY", "exact", None, "2027-12-31")],
        ),
        # A report of how a year's budget was spent tells facts.
        (
            "西江市科技局2026年部门预算执行情况\n发布日期：2026-12-20\n\n一、项目资金\n"
            "（一）企业技改奖补资金5000万元。",
            None,
            [("observation", 5e7, "CNY", "exact", None, None)],
        ),
        # A two-digit number and a decimal at a line's start stay what they were.
        (
            "2028年3月1日\n\n2027年，全区新增企业120家。\n12.5%的企业为外资企业。",
            None,
            [
                ("observation", 120, "count", "exact", None, "2027-12-31"),
                ("observation", 12.5, "percent", "exact", None, None),
            ],
        ),
        # A sum with 亿元以上 that is no class of projects stays a figure.
        (
            "2028年3月1日\n\n2027年，全区完成投资10亿元以上。",
            None,
            [("observation", 1e9, "CNY", "at_least", None, "2027-12-31")],
        ),
    ],
)
def test_round_twenty_eight_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- review 9: a baseline told beside a goal ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2026年10月10日\n\n高新区现有高新技术企业1,200家，力争2027年底达到1,500家。",
            [
                ("observation", 1200, "count", "exact", None, "2026-10-10"),
                ("target", 1500, "count", "exact", "2027-12-31", None),
            ],
        ),
        (
            "2026年10月10日\n\n園區現有企業800家，目標於2028年增至1,000家。",
            [
                ("observation", 800, "count", "exact", None, "2026-10-10"),
                ("target", 1000, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "October 10, 2026\n\nThe park currently has 320 firms and plans to reach 500 by 2028.",
            [
                ("observation", 320, "count", "exact", None, "2026-10-10"),
                ("target", 500, "count", "exact", "2028-12-31", None),
            ],
        ),
        # The existing basis a goal builds on is no fact told.
        (
            "2026年10月10日\n\n力争在现有基础上，到2028年新增企业100家。",
            [("target", 100, "count", "exact", "2028-12-31", None)],
        ),
    ],
)
def test_a_baseline_told_beside_a_goal_is_a_fact(text: str, expected: list[tuple]) -> None:
    assert _readings(text, None) == expected


# --- rounds 29-30, plans: sentence rules ---------------------------------------------------------
# (kind, value, unit, qualifier, deadline, ref_date) per figure, from the lead's rulings on money a
# plan sets and on a change's start; texts written for these tests.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A plan's total with no span of its own, beside the plan's period: undated money.
        (
            "开发区技术改造推动方案\n发布日期：2026-05-10\n\n"
            "方案实施期为2026—2030年，预计投入资金80亿元，支持企业技术改造。",
            None,
            [("observation", 8e9, "CNY", "exact", None, None)],
        ),
        # Money per year from a start with no end: undated.
        # (Under a goal heading with a year, as in a plan's summary.)
        (
            "新闻稿\n2026年9月15日\n\n发展目标（到2030年）：\n企业增至800家。\n"
            "区政府将自2027年起，每年安排不少于5亿元支持产业发展。",
            None,
            [
                ("target", 800, "count", "exact", "2030-12-31", None),
                ("observation", 5e8, "CNY", "at_least", None, None),
            ],
        ),
        (
            "新聞公報\n2026年9月15日\n\n發展目標（到2030年）：\n企業增至800家。\n"
            "特區政府將自2027年起，每年撥款不少於5億元支持產業發展。",
            "HKD",
            [
                ("target", 800, "count", "exact", "2030-12-31", None),
                ("observation", 5e8, "HKD", "at_least", None, None),
            ],
        ),
        # Money per year in a plan whose title states its period: due at the period's end.
        (
            "江川市数字经济行动计划（2026—2028年）\n发布日期：2026-06-01\n\n四、保障措施\n"
            "市财政每年安排不少于3亿元专项资金。",
            None,
            [("target", 3e8, "CNY", "at_least", "2028-12-31", None)],
        ),
        (
            "江川市數位經濟行動計劃（2026—2028年）\n發布日期：2026-06-01\n\n四、保障措施\n"
            "市財政每年安排科技專項資金不少於3億元。",
            None,
            [("target", 3e8, "CNY", "at_least", "2028-12-31", None)],
        ),
        # English: "will invest X over the plan period / from 2026 to 2028": by the span's end.
        (
            "Harbour Science Park Plan 2026-2029\nPublished 3 March 2026\n\n"
            "We will invest HK$2 billion over the plan period, funded partly by a HK$500 million "
            "grant announced in the Budget.",
            "HKD",
            [
                ("target", 2e9, "HKD", "exact", "2029-12-31", None),
                ("observation", 5e8, "HKD", "exact", None, None),
            ],
        ),
        (
            "City news\n3 March 2026\n\nThe city will invest 5 billion yuan from 2026 to 2028.",
            None,
            [("target", 5e9, "CNY", "exact", "2028-12-31", None)],
        ),
        (
            "City news\n3 March 2026\n\nThe government will allocate HK$300 million a year in "
            "2026-28 to the scheme.",
            "HKD",
            [("target", 3e8, "HKD", "exact", "2028-12-31", None)],
        ),
        (
            "新闻稿\n2026年3月3日\n\n“十五五”期间，市财政每年安排不少于10亿元支持科技创新。",
            None,
            [("target", 1e9, "CNY", "at_least", "2030-12-31", None)],
        ),
        # Per year with no span and no plan period: undated.
        (
            "新闻稿\n2026年3月3日\n\n市财政将每年投入5亿元支持科技创新。",
            None,
            [("observation", 5e8, "CNY", "exact", None, None)],
        ),
        # Money per year a law sets: its standing rule, undated, though the plan has a period.
        (
            "临川市科技创新规划（2026—2030年）\n发布日期：2026-05-10\n\n"
            "依据《临川市科技创新条例》第十条，市财政每年安排科技资金不低于8亿元。",
            None,
            [("observation", 8e8, "CNY", "at_least", None, None)],
        ),
    ],
)
def test_rounds_29_30_money_a_plan_puts_in(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A span of its own, a deadline, or a goal heading's year dates the money: a goal.
        (
            "县科创走廊若干措施\n2026年3月1日\n\n2026—2028年，县财政每年安排不少于2亿元。",
            None,
            [("target", 2e8, "CNY", "at_least", "2028-12-31", None)],
        ),
        (
            "部新聞稿\n2026年3月1日\n\n本部規劃至2029年投入300億元，協助企業轉型。",
            None,
            [("target", 3e10, "CNY", "exact", "2029-12-31", None)],
        ),
        (
            "园区工作安排\n2027年2月1日\n\n二、2027年工作目标\n市财政安排“揭榜挂帅”专项资金3亿元。",
            None,
            [("target", 3e8, "CNY", "exact", "2027-12-31", None)],
        ),
        (
            "大學策略計劃2026-2031\n2026年3月1日\n\n大學計劃在計劃期內投放約20億元推行各項措施。",
            "HKD",
            [("target", 2e9, "HKD", "approx", "2031-12-31", None)],
        ),
        # R&D spending (研发投入) names an indicator, not money put in.
        (
            "发布日期：2026-05-10\n\n到2027年，全社会研发投入达到300亿元。2025年，全区研发投入120亿元。",
            None,
            [
                ("target", 3e10, "CNY", "exact", "2027-12-31", None),
                ("observation", 1.2e10, "CNY", "exact", None, "2025-12-31"),
            ],
        ),
    ],
)
def test_rounds_29_30_money_rules_leave_alone(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by the same year", "by then", "over the same period", 届时: the deadline named
        # before, not the year of the base in between.
        (
            "Research note\n3 November 2026\n\nThe plan calls for output to reach 2 trillion yuan "
            "by 2028, up from 1.5 trillion yuan in 2025, and for 900 listed firms by the same "
            "year. It also calls for exports to make up about 40% of output by then.",
            [
                ("target", 2e12, "CNY", "exact", "2028-12-31", None),
                ("observation", 1.5e12, "CNY", "exact", None, "2025-12-31"),
                ("target", 900, "count", "exact", "2028-12-31", None),
                ("target", 40, "percent", "approx", "2028-12-31", None),
            ],
        ),
        (
            "City news\n3 November 2026\n\nBy 2028, the plan says, output will reach 2 trillion "
            "yuan.\n\nOver the same period, the county aims to add 30 labs.",
            [
                ("target", 2e12, "CNY", "exact", "2028-12-31", None),
                ("target", 30, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "发布日期：2026-05-10\n\n到2028年，全市工业产值达到5000亿元。届时，规上企业将达到3000家。",
            [
                ("target", 5e11, "CNY", "exact", "2028-12-31", None),
                ("target", 3000, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "發布日期：2026-05-10\n\n到2028年，全市產值達到5,000億元。屆時，企業數量將增至3,000家。",
            [
                ("target", 5e11, "CNY", "exact", "2028-12-31", None),
                ("target", 3000, "count", "exact", "2028-12-31", None),
            ],
        ),
        # A fact of the same period sets no goal.
        (
            "City news\n3 November 2026\n\nOutput grew 6% in 2025. Over the same period, "
            "exports rose 5%.",
            [
                ("observation", 6, "percent", "exact", None, "2025-12-31"),
                ("observation", 5, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        # A span named before, relative to the page ("over the next three years"), is read as
        # such, not as an older year.
        (
            "City news\n3 November 2026\n\nIn 2025 the firm opened a lab. It plans to open 5 "
            "more labs over the next three years and expects to file 300 patents over the same "
            "period.",
            [
                ("target", 5, "count", "exact", "2029-12-31", None),
                ("target", 300, "count", "exact", "2029-12-31", None),
            ],
        ),
        (
            "新聞稿\n2026年11月3日\n\n2025年，公司設立實驗室。公司計劃於未來三年內再設立5個實驗室。",
            [("target", 5, "count", "exact", "2029-12-31", None)],
        ),
    ],
)
def test_rounds_29_30_a_deadline_named_before(text: str, expected: list[tuple]) -> None:
    assert _readings(text, None) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A report that reviews a whole year is given the year after: "last year" is that year.
        (
            "Report on the Work of the Government\n\nI. Review of our work in 2026\n"
            "Last year the city's exports rose 4.2 percent.",
            None,
            [("observation", 4.2, "percent", "exact", None, "2026-12-31")],
        ),
        (
            "政府工作报告\n\n一、2026年工作回顾\n去年全市地区生产总值增长6.1%。",
            None,
            [("observation", 6.1, "percent", "exact", None, "2026-12-31")],
        ),
        # Under the goal heading of a year's plan, a sentence of an earlier year tells a fact;
        # the others are goals of the plan's year.
        (
            "嘉禾市政府116年度施政計畫\n\n壹、施政目標\n115年度本市觀光人次達1,200萬人次。"
            "本市觀光人次增至1,300萬人次。",
            "TWD",
            [
                ("observation", 1.2e7, "count", "exact", None, "2026-12-31"),
                ("target", 1.3e7, "count", "exact", "2027-12-31", None),
            ],
        ),
        (
            "江北区2027年工作计划\n\n一、工作目标\n2026年全区新增企业300家。\n全区新增企业400家。",
            None,
            [
                ("observation", 300, "count", "exact", None, "2026-12-31"),
                ("target", 400, "count", "exact", "2027-12-31", None),
            ],
        ),
        (
            "Linhai 2027 Work Plan\n\nMain targets\n- In 2026 the district added 300 firms.\n"
            "- 400 new firms.",
            None,
            [
                ("observation", 300, "count", "exact", None, "2026-12-31"),
                ("target", 400, "count", "exact", "2027-12-31", None),
            ],
        ),
    ],
)
def test_rounds_29_30_a_year_s_plan_and_a_year_s_review(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # The start of a goal's change is a fact of its own date (a financial year; the same
        # year as the start before it); the goal is due when its sentence states.
        (
            "立法會文件\n\n目標是於2028/29年度前，將收入由2025/26年度的3億元增至5億元，"
            "並將項目由同年度約120個增至200個。",
            "HKD",
            [
                ("observation", 3e8, "HKD", "exact", None, "2026-03-31"),
                ("target", 5e8, "HKD", "exact", "2029-03-31", None),
                ("observation", 120, "count", "approx", None, "2026-03-31"),
                ("target", 200, "count", "exact", "2029-03-31", None),
            ],
        ),
        (
            "立法会文件\n\n目标是于2028-29年度前，将收入由2025-26年度的3亿元增至5亿元。",
            "HKD",
            [
                ("observation", 3e8, "HKD", "exact", None, "2026-03-31"),
                ("target", 5e8, "HKD", "exact", "2029-03-31", None),
            ],
        ),
        (
            "Research note\n\nThe plan targets R&D spending of 4 percent of GDP by 2030, versus "
            "3.1 percent in 2025. Intensity has risen by 0.1 percentage points a year since 2020.",
            None,
            [
                ("target", 4, "percent", "exact", "2030-12-31", None),
                ("observation", 3.1, "percent", "exact", None, "2025-12-31"),
                ("observation", 0.1, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        (
            "Note\n3 November 2026\n\nThe plan targets R&D intensity of 4.0% by 2030 vs 3.62% "
            "in 2025.",
            None,
            [
                ("target", 4.0, "percent", "exact", "2030-12-31", None),
                ("observation", 3.62, "percent", "exact", None, "2025-12-31"),
            ],
        ),
        # Money a plan puts in is of no date, not of the day the plan is announced.
        (
            "經濟部新聞稿\n發布日期：115-07-08\n\n行政院今（8）日通過「智慧製造推動方案"
            "（115-119年）」，規劃5年投入新臺幣400億元。",
            "TWD",
            [("observation", 4e10, "TWD", "exact", None, None)],
        ),
        (
            "立法會文件\n2026年11月\n\n政府建議由2027/28財政年度起撥款合共15億元，支持大學科研。",
            "HKD",
            [("observation", 1.5e9, "HKD", "exact", None, None)],
        ),
        # Money told as spent keeps its date.
        (
            "发布日期：2026-07-08\n\n上个月，区政府审议通过整改方案，安排整改资金5,600万元。",
            None,
            [("observation", 5.6e7, "CNY", "exact", None, "2026-06-30")],
        ),
    ],
)
def test_rounds_29_30_a_change_s_start_and_undated_money(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- rounds 29-30, plans: tables, lists, headings ---
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A task breakdown written with bars: the row's number is a label, the goal column's
        # value a goal due at its row's deadline (a month's end: 2027年11月底 is 30 November).
        (
            "序号 | 任务 | 目标值 | 完成时限 | 责任单位\n"
            "1 | 新增高新技术企业 | 50家 | 2027年11月底 | 科技局\n"
            "2 | 新建标准厂房 | 12万平方米 | 2027年6月底 | 建设局\n",
            None,
            [
                ("target", 50, "count", "exact", "2027-11-30", None),
                ("target", 120000, "m^2", "exact", "2027-06-30", None),
            ],
        ),
        # Full-width bars; 盞 counts lamps.
        (
            "項次｜工作項目｜目標值｜完成時限\n1｜新設公共托育據點｜6處｜2027年6月底\n"
            "2｜汰換路燈｜1.2萬盞｜2027年9月底\n",
            "TWD",
            [
                ("target", 6, "count", "exact", "2027-06-30", None),
                ("target", 12000, "count", "exact", "2027-09-30", None),
            ],
        ),
        # A Markdown table with its rule under the header.
        (
            "| No. | Task | Target | Due |\n|---|---|---|---|\n"
            "| 1 | New start-ups | 120 | June 2027 |\n"
            "| 2 | Lab space | 30,000 square metres | end-2027 |\n",
            None,
            [
                ("target", 120, "count", "exact", "2027-06-30", None),
                ("target", 30000, "m^2", "exact", "2027-12-31", None),
            ],
        ),
        # One goal column that names its year: a Republic of China year in a Taiwan source.
        (
            "嘉義縣115年度施政計畫\n\n項次｜關鍵績效指標｜115年度目標值\n1｜招商投資金額｜新臺幣50億元\n"
            "2｜路燈汰換｜8,000盞\n",
            "TWD",
            [
                ("target", 5e9, "TWD", "exact", "2026-12-31", None),
                ("target", 8000, "count", "exact", "2026-12-31", None),
            ],
        ),
        (
            "序号 | 指标 | 2027年目标值\n1 | 新增企业 | 30家\n2 | 研发投入强度 | 3.5%\n",
            None,
            [
                ("target", 30, "count", "exact", "2027-12-31", None),
                ("target", 3.5, "percent", "exact", "2027-12-31", None),
            ],
        ),
        # The unit from the row's name, when the cell writes only its number.
        (
            "No. | Indicator | 2027 target\n1 | New firms | 30\n2 | R&D intensity (%) | 3.5\n",
            None,
            [
                ("target", 30, "count", "exact", "2027-12-31", None),
                ("target", 3.5, "percent", "exact", "2027-12-31", None),
            ],
        ),
        # Other names of the goal and deadline columns; an empty goal cell gives no goal,
        # and the rows go on under it.
        (
            "序号 | 任务 | 年度目标 | 完成期限\n1 | 新增企业 | 50家 | 2027年9月底\n"
            "2 | 新建厂房 |  | 2027年6月底\n3 | 新增平台 | 5个 | 2027年12月底\n",
            None,
            [
                ("target", 50, "count", "exact", "2027-09-30", None),
                ("target", 5, "count", "exact", "2027-12-31", None),
            ],
        ),
        # (The deadline column may come first.)
        (
            "項次｜預定完成時間｜工作項目｜預期目標\n1｜2027年6月底｜新設據點｜6處\n"
            "2｜2027年9月底｜汰換路燈｜1.2萬盞\n",
            "TWD",
            [
                ("target", 6, "count", "exact", "2027-06-30", None),
                ("target", 12000, "count", "exact", "2027-09-30", None),
            ],
        ),
        (
            "| # | Action | Target | Completion date |\n|---|---|---|---|\n"
            "| 1 | New labs | 4 | 31 March 2028 |\n",
            None,
            [("target", 4, "count", "exact", "2028-03-31", None)],
        ),
        # Names set in bold in a Markdown header; items numbered in parts (1.1, 1.2).
        (
            "| **No.** | **Task** | **Target** | **Due** |\n|---|---|---|---|\n"
            "| 1 | New firms | 40 | June 2027 |\n",
            None,
            [("target", 40, "count", "exact", "2027-06-30", None)],
        ),
        (
            "序号 | 任务 | 目标值 | 完成时限\n1.1 | 新增企业 | 50家 | 2027年6月底\n"
            "1.2 | 新建平台 | 3个 | 2027年9月底\n",
            None,
            [
                ("target", 50, "count", "exact", "2027-06-30", None),
                ("target", 3, "count", "exact", "2027-09-30", None),
            ],
        ),
        # A goal cell that writes only its number takes its row's unit (from the name in
        # brackets, or the table's 单位 line).
        (
            "序号 | 指标 | 目标值 | 完成时限\n1 | 地区生产总值（亿元） | 880 | 2027年12月底\n"
            "2 | 研发投入强度（%） | ≥4.2 | 2027年12月底\n",
            None,
            [
                ("target", 8.8e10, "CNY", "exact", "2027-12-31", None),
                ("target", 4.2, "percent", "at_least", "2027-12-31", None),
            ],
        ),
        (
            "單位：億元\n項次｜工作項目｜目標值｜完成時限\n1｜招商金額｜50｜2027年6月底\n",
            "TWD",
            [("target", 5e9, "TWD", "exact", "2027-06-30", None)],
        ),
        (
            "| No. | Indicator | Target | Due |\n|---|---|---|---|\n"
            "| 1 | Exports (billion yuan) | 12.5 | 2028 |\n",
            None,
            [("target", 1.25e10, "CNY", "exact", "2028-12-31", None)],
        ),
        # A deadline cell without a year is of the page's year (6月底: by the end of June).
        (
            "2027年1月15日\n\n序号 | 任务 | 目标值 | 完成时限\n1 | 新增企业 | 50家 | 6月底\n"
            "2 | 新建厂房 | 5万平方米 | 年底前\n3 | 新增平台 | 3个 | 三季度末\n",
            None,
            [
                ("target", 50, "count", "exact", "2027-06-30", None),
                ("target", 50000, "m^2", "exact", "2027-12-31", None),
                ("target", 3, "count", "exact", "2027-09-30", None),
            ],
        ),
        (
            "2027年1月15日\n\n項次｜工作項目｜目標值｜完成時限\n1｜新設據點｜6處｜6月底\n",
            "TWD",
            [("target", 6, "count", "exact", "2027-06-30", None)],
        ),
        (
            "15 January 2027\n\n| No. | Task | Target | Due |\n|---|---|---|---|\n"
            "| 1 | New firms | 50 | end-June |\n| 2 | New labs | 3 | October |\n",
            None,
            [
                ("target", 50, "count", "exact", "2027-06-30", None),
                ("target", 3, "count", "exact", "2027-10-31", None),
            ],
        ),
        # Columns of financial years in a Hong Kong source: each value of its year's end (31
        # March); a unit that opens with a currency's sign is written before the number.
        (
            "2026年11月20日\n\n項目　2025-26年度　2026-27年度（預算）\n開支（億元）　12.5　14\n",
            "HKD",
            [
                ("observation", 1.25e9, "HKD", "exact", None, "2026-03-31"),
                ("target", 1.4e9, "HKD", "exact", "2027-03-31", None),
            ],
        ),
        (
            "Item | 2025-26 actual | 2026-27 target\nOutput (HK$ million) | 120 | 150\n"
            "Spending (US$ bn) | 1.5 | 2\n",
            "HKD",
            [
                ("observation", 1.2e8, "HKD", "exact", None, "2026-03-31"),
                ("target", 1.5e8, "HKD", "exact", "2027-03-31", None),
                ("observation", 1.5e9, "USD", "exact", None, "2026-03-31"),
                ("target", 2e9, "USD", "exact", "2027-03-31", None),
            ],
        ),
        (
            "2026年11月20日\n\n项目　2025-26财政年度　2026-27财政年度\n开支（亿元）　12.5　14\n",
            None,
            [
                ("observation", 1.25e9, "CNY", "exact", None, "2026-03-31"),
                ("target", 1.4e9, "CNY", "exact", "2027-03-31", None),
            ],
        ),
        # A column "By" (年份) gives the goals' years; the row's unit is in whichever of its
        # cells of words gives one in brackets (not its label KPI 2).
        (
            "KPI | Measure | Target | By\nKPI 1 | Spin-offs formed | 60 | 2030\n"
            "KPI 2 | Licensing income (US$ million) | 12 | 2029\n",
            None,
            [
                ("target", 60, "count", "exact", "2030-12-31", None),
                ("target", 1.2e7, "USD", "exact", "2029-12-31", None),
            ],
        ),
        (
            "序号 | 指标 | 目标值 | 年份\n1 | 新增企业 | 50家 | 2028\n",
            None,
            [("target", 50, "count", "exact", "2028-12-31", None)],
        ),
        # A note in brackets (预计) is no unit: the table's 单位 line gives it.
        (
            "单位：亿元\n指标　2025年　2030年\n产值（预计）　1,200　2,000\n",
            None,
            [
                ("observation", 1.2e11, "CNY", "exact", None, "2025-12-31"),
                ("target", 2e11, "CNY", "exact", "2030-12-31", None),
            ],
        ),
        # A table that runs its years down its first column: each row's values of its year,
        # in their column's unit; without a page date the table's first year is the fact.
        (
            "年份 | 高新技术企业（家） | 研发投入强度（%）\n2025 | 1,200 | 3.1\n"
            "2030（目标） | 2,000 | 4.0\n",
            None,
            [
                ("observation", 1200, "count", "exact", None, "2025-12-31"),
                ("observation", 3.1, "percent", "exact", None, "2025-12-31"),
                ("target", 2000, "count", "exact", "2030-12-31", None),
                ("target", 4, "percent", "exact", "2030-12-31", None),
            ],
        ),
        (
            "財年 | 開支（億元）\n2025-26 | 12.5\n2026-27（預算） | 14\n",
            "HKD",
            [
                ("observation", 1.25e9, "HKD", "exact", None, "2026-03-31"),
                ("target", 1.4e9, "HKD", "exact", "2027-03-31", None),
            ],
        ),
        (
            "2026年10月1日\n\nYear | Firms | Output (billion yuan)\n2025 | 1,200 | 88\n"
            "2027 | 1,500 | 120\n",
            None,
            [
                ("observation", 1200, "count", "exact", None, "2025-12-31"),
                ("observation", 8.8e10, "CNY", "exact", None, "2025-12-31"),
                ("target", 1500, "count", "exact", "2027-12-31", None),
                ("target", 1.2e11, "CNY", "exact", "2027-12-31", None),
            ],
        ),
        # A year table in Markdown: a dash is no value, and the row goes on.
        (
            "| Indicator | 2025 | 2030 |\n|---|---|---|\n| Firms | 1,200 | — |\n"
            "| Labs | 30 | 45 |\n",
            None,
            [
                ("observation", 1200, "count", "exact", None, "2025-12-31"),
                ("observation", 30, "count", "exact", None, "2025-12-31"),
                ("target", 45, "count", "exact", "2030-12-31", None),
            ],
        ),
        (
            "指标　2025年　2030年预期目标\n企业（家）　900　1,500\n",
            None,
            [
                ("observation", 900, "count", "exact", None, "2025-12-31"),
                ("target", 1500, "count", "exact", "2030-12-31", None),
            ],
        ),
        # A header that names no goal column and no year is no table: its rows are read as
        # the text says (a bar table of facts keeps its row numbers out all the same).
        (
            "序号 | 园区 | 企业数量\n1 | 东区 | 120家\n",
            None,
            [("observation", 120, "count", "exact", None, None)],
        ),
    ],
)
def test_rounds_29_30_tables_written_with_bars(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # An item's label (KPI 1, 指标3, 目標二) counts nothing.
        (
            "KPI 1: New firms\nTarget: 50 new firms by 2028.\nBaseline (2025): 32 firms.\n",
            None,
            [
                ("target", 50, "count", "exact", "2028-12-31", None),
                ("observation", 32, "count", "exact", None, "2025-12-31"),
            ],
        ),
        (
            "Goal 2 — Talent\nTarget 4: train 900 people a year by 2029.\n",
            None,
            [("target", 900, "count", "exact", "2029-12-31", None)],
        ),
        # The count of grades a list just named (三个等次) is no figure.
        (
            "结果分为达标、基本达标和未达标三个等次。2027年产值目标为900亿元。\n",
            None,
            [("target", 9e10, "CNY", "exact", "2027-12-31", None)],
        ),
        # A formula's ×100% is no figure.
        (
            "注：达标率＝（实际值÷目标值）×100%。2027年达标率目标为95%。\n",
            None,
            [("target", 95, "percent", "exact", "2027-12-31", None)],
        ),
        # A part's label and a plural label over a list of items' numbers count nothing.
        (
            "PART 3\nGoals 2, 5 and 9 are reported in Annex 2. Target 7: 40 labs by 2030.\n",
            None,
            [("target", 40, "count", "exact", "2030-12-31", None)],
        ),
        (
            "Target 9.5: raise R&D spending to 3 percent of GDP by 2030.\n",
            None,
            [("target", 3, "percent", "exact", "2030-12-31", None)],
        ),
        (
            "指标3：新增企业\n目标：到2028年新增企业50家。\n",
            None,
            [("target", 50, "count", "exact", "2028-12-31", None)],
        ),
        (
            "目標二：新設據點\n目標：於2028年前新設據點6處。\n",
            "TWD",
            [("target", 6, "count", "exact", "2028-12-31", None)],
        ),
        # A number after such a word that a unit follows is a figure.
        (
            "到2028年，新增企业目标3家。\n",
            None,
            [("target", 3, "count", "exact", "2028-12-31", None)],
        ),
        (
            "KPI 2 rose to 4 percent in 2025.\n",
            None,
            [("observation", 4, "percent", "exact", None, "2025-12-31")],
        ),
        # A labelled baseline is a fact of its year, with a currency before its number too.
        (
            "Baseline (2025): $7.4 million.\n",
            None,
            [("observation", 7.4e6, "USD", "exact", None, "2025-12-31")],
        ),
        (
            "基数（2025年）：人民币3亿元。\n",
            None,
            [("observation", 3e8, "CNY", "exact", None, "2025-12-31")],
        ),
        (
            "基期值（2025年）：新臺幣3億元。\n",
            "TWD",
            [("observation", 3e8, "TWD", "exact", None, "2025-12-31")],
        ),
        # 架 counts aircraft, drones and racks (架次 flights).
        (
            "全市无人机保有量达到2.4万架，全年飞行1.5万架次。\n",
            None,
            [
                ("observation", 24000, "count", "exact", None, None),
                ("observation", 15000, "count", "exact", None, None),
            ],
        ),
    ],
)
def test_rounds_29_30_labels_and_counters(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # A line that names goals right over a list governs it, though a comma sets off its
        # deadline and it is too long for a heading.
        (
            "Our targets for the plan period, to be met by 2030\n"
            "- grow the number of firms to 2,000;\n- create 8,000 new jobs.\n",
            None,
            [
                ("target", 2000, "count", "exact", "2030-12-31", None),
                ("target", 8000, "count", "exact", "2030-12-31", None),
            ],
        ),
        (
            "今后三年的主要目标，力争到2029年全部完成\n"
            "1. 新增企业200家；\n2. 新建厂房5万平方米。\n",
            None,
            [
                ("target", 200, "count", "exact", "2029-12-31", None),
                ("target", 50000, "m^2", "exact", "2029-12-31", None),
            ],
        ),
        (
            "本計畫主要目標，預計於2029年前達成\n1. 新設據點6處；\n2. 新增企業200家。\n",
            "TWD",
            [
                ("target", 6, "count", "exact", "2029-12-31", None),
                ("target", 200, "count", "exact", "2029-12-31", None),
            ],
        ),
        # Items lettered (a), b) or numbered in small Roman numerals (i., ii.) are a list too;
        # a small Roman numeral opens no chapter.
        (
            "Our targets for the plan period, to be met by 2030\n"
            "(a) grow the number of firms to 2,000;\n(b) create 8,000 new jobs.\n",
            None,
            [
                ("target", 2000, "count", "exact", "2030-12-31", None),
                ("target", 8000, "count", "exact", "2030-12-31", None),
            ],
        ),
        (
            "Main targets for 2027\ni. raise the share of exporters to 40 per cent;\n"
            "ii. add 30 new labs.\n",
            None,
            [
                ("target", 40, "percent", "exact", "2027-12-31", None),
                ("target", 30, "count", "exact", "2027-12-31", None),
            ],
        ),
        # The year a change starts from is the start's, not a fact word of the item.
        (
            "Our targets, to be met by 2030\n"
            "- raise the share of exporters from 28 per cent in 2026 to 40 per cent;\n",
            None,
            [
                ("observation", 28, "percent", "exact", None, "2026-12-31"),
                ("target", 40, "percent", "exact", "2030-12-31", None),
            ],
        ),
        # A line over a list that states facts as at a date dates them, though it names the
        # goals they are measured against (a comma may set off its date).
        (
            "Progress against our targets, as of June 2026\n- 300 firms;\n- 12 labs.\n",
            None,
            [
                ("observation", 300, "count", "exact", None, "2026-06-30"),
                ("observation", 12, "count", "exact", None, "2026-06-30"),
            ],
        ),
        (
            "截至2026年6月底，主要目标进展\n1. 企业300家；\n",
            None,
            [("observation", 300, "count", "exact", None, "2026-06-30")],
        ),
        (
            "截至2026年6月底，主要目標進展\n（一）企業300家；\n",
            "TWD",
            [("observation", 300, "count", "exact", None, "2026-06-30")],
        ),
        # A line over a list that names no goals governs nothing.
        (
            "Where we stand, in brief\n- 300 firms;\n- 12 labs.\n",
            None,
            [
                ("observation", 300, "count", "exact", None, None),
                ("observation", 12, "count", "exact", None, None),
            ],
        ),
        # A chapter's Roman number counts for nothing in a heading's length (and a chapter so
        # numbered is a heading up to 40 characters: the review of 2026 dates its facts).
        (
            "I. Review of our work in 2026\nThe park had 300 firms.\n\n"
            "II. Main targets for 2027\n- 350 firms;\n- 20 new labs.\n",
            None,
            [
                ("observation", 300, "count", "exact", None, "2026-12-31"),
                ("target", 350, "count", "exact", "2027-12-31", None),
                ("target", 20, "count", "exact", "2027-12-31", None),
            ],
        ),
        # A lead-in's last sentence, the one that introduces the list, dates it (not the plan
        # period the sentence before names).
        (
            "This year opens the 15th Five-Year Plan. The main targets for economic development "
            "in 2027 are:\n- 350 firms;\n- 20 new labs.\n",
            None,
            [
                ("target", 350, "count", "exact", "2027-12-31", None),
                ("target", 20, "count", "exact", "2027-12-31", None),
            ],
        ),
        (
            "今年是“十五五”规划开局之年。2027年经济社会发展的主要预期目标是：\n"
            "1. 新增企业350家；\n2. 新建实验室20个。\n",
            None,
            [
                ("target", 350, "count", "exact", "2027-12-31", None),
                ("target", 20, "count", "exact", "2027-12-31", None),
            ],
        ),
        (
            "今年是「十五五」規劃開局之年。2027年經濟社會發展的主要預期目標是：\n"
            "1. 新增企業350家；\n2. 新建實驗室20個。\n",
            "TWD",
            [
                ("target", 350, "count", "exact", "2027-12-31", None),
                ("target", 20, "count", "exact", "2027-12-31", None),
            ],
        ),
        # A figure told in a sentence before the lead-in's last one is that sentence's own;
        # the lead-in still governs its list.
        (
            "到2028年，全市人工智能核心产业规模突破1200亿元。具体目标如下：\n"
            "1. 新增企业200家；\n2. 新建厂房5万平方米。\n",
            None,
            [
                ("target", 1.2e11, "CNY", "at_least", "2028-12-31", None),
                ("target", 200, "count", "exact", "2028-12-31", None),
                ("target", 50000, "m^2", "exact", "2028-12-31", None),
            ],
        ),
        (
            "到2028年，全市產業規模突破1200億元。具體目標如下：\n1. 新增企業200家；\n",
            "TWD",
            [
                ("target", 1.2e11, "TWD", "at_least", "2028-12-31", None),
                ("target", 200, "count", "exact", "2028-12-31", None),
            ],
        ),
        (
            "By 2028 the industry should exceed 120 billion yuan. The specific targets are:\n"
            "- 200 new firms;\n",
            None,
            [
                ("target", 1.2e11, "CNY", "at_least", "2028-12-31", None),
                ("target", 200, "count", "exact", "2028-12-31", None),
            ],
        ),
        # With no other date in the lead-in, the plan period it names still dates its list.
        (
            "“十五五”期间的主要目标是：\n1. 新增企业350家；\n",
            None,
            [("target", 350, "count", "exact", "2030-12-31", None)],
        ),
    ],
)
def test_rounds_29_30_headings_and_lead_ins_over_a_list(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- review 11: a hyphenated range of two four-digit amounts -------------------------------
# 3500-5000万元 was masked as a phone number and dropped without a word; a range of amounts
# with its unit after it is a figure. Texts written for this test.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重庆市签约项目总投资3500-5000万元。", [(3.5e7, 5e7, "CNY")]),
        ("重庆市签约项目1200-1500个。", [(1200.0, 1500.0, "count")]),
        ("園區企業員工2400-3000人。", [(2400.0, 3000.0, "count")]),
        # Left alone: phone numbers and a span of years.
        ("咨询电话：2737-7000。", []),
        ("联系电话 023-6786 2211。", []),
        ("规划期为2021-2025年。", []),
    ],
)
def test_a_hyphenated_range_of_amounts_is_no_phone(
    text: str, expected: list[tuple[float, float, str]]
) -> None:
    frame = extract_figures(text)
    assert [(r.value, r.value_high, r.unit) for r in frame.itertuples()] == expected


# A multiplier with its currency alone in brackets after a name (獲批資助（百萬元）, 投入（千萬元）)
# is the unit the name gives its values, no figure; 逾百萬元 in a sentence is one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("研發撥款（百萬元）\n", []),
        ("產業基金投入（千萬元）\n", []),
        ("本年度資助逾百萬元。", [("observation", 1e6, "HKD", "at_least", None, None)]),
    ],
)
def test_a_multiplier_alone_in_brackets_is_a_unit(text: str, expected: list[tuple]) -> None:
    assert _readings(text, "HKD") == expected


# Labels that are no figures: a batch's number (Batch 2, TRANCHE 1), an annex's paragraph
# number (B.2), a heading naming a list's items ("Three priorities"), a day written with slashes
# (3/4/2027), a day with its month in capitals (30 JUNE 2027) and a financial year's name
# (FY2025/26); the figures beside them stay.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Batch 2 of the hub opened.\nTRANCHE 1 ENDS", []),
        ("B.2 The appendix sets out how progress is measured.", []),
        ("The zone hosted 40 start-ups in 2025.\n\nThree priorities\n\nGreening growth.", [40]),
        ("Issued: 3/4/2027\n\nThe zone hosted 40 start-ups in 2025.", [40]),
        ("RESULTS FOR THE PERIOD ENDED 30 JUNE 2027", []),
        ("Sales were 12% higher than in FY2025/26.", [12]),
    ],
)
def test_labels_that_are_no_figures(text: str, expected: list[float]) -> None:
    assert [r[1] for r in _readings(text, None)] == expected


# --- rounds 40 and 41: counts of a list just named, a congress's session ---------------------
# How many fields, trades or parks a list just named (软件、芯片和生物医药三个产业, 位於荃灣、
# 大埔及元朗的兩個工業園區) counts the list, no figure; nor does the session of a congress
# with its body named (区十六届人大三次会议). Texts written for this test.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "新落户项目集中在软件、芯片和生物医药三个产业。全区有企业820家。",
            [("observation", 820, "count", "exact", None, None)],
        ),
        (
            "本公司位於荃灣、大埔及元朗的兩個工業園區共有租戶160家。",
            [("observation", 160, "count", "exact", None, None)],
        ),
        (
            "全面完成区十六届人大三次会议确定的任务，新增企业310家。",
            [("observation", 310, "count", "exact", None, None)],
        ),
        # Left alone: a count in Arabic digits, a count of firms.
        (
            "新增企业集中在研发、制造和物流3个园区。",
            [("observation", 3, "count", "exact", None, None)],
        ),
    ],
)
def test_a_count_of_a_list_just_named_is_no_figure(text: str, expected: list[tuple]) -> None:
    assert _readings(text, None) == expected


# --- round 41 and 39: a task list's and a milestones table's goal column ------------------
# A table of tasks beside a column of deadlines (序号 | 工作任务 | 牵头单位 | 完成时限,
# "Milestone | Target date") holds goals: each figure of the task column is due at its row's
# deadline cell (a financial year's at that year's end in a Hong Kong source), and a row whose
# deadline names no date (常态化推进, "Ongoing") at the end of the list's year. Texts written
# for this test.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        (
            "2026年3月5日\n\n滨江新区2026年工作任务清单\n\n序号\t工作任务\t牵头单位\t完成时限\n"
            "1\t新增孵化器4个，在孵企业增至260家\t区科技局\t2026年9月\n"
            "2\t引进高层次人才800人\t区人才办\t常态化推进\n",
            None,
            [
                ("target", 4, "count", "exact", "2026-09-30", None),
                ("target", 260, "count", "exact", "2026-09-30", None),
                ("target", 800, "count", "exact", "2026-12-31", None),
            ],
        ),
        (
            "Paper of 2 March 2026\n\nKey milestone                          Target date\n"
            "(a) Opening of 3 wet laboratories          2027-28\n"
            "(b) Admission of 60 start-ups              Ongoing\n",
            "HKD",
            [
                ("target", 3, "count", "exact", "2028-03-31", None),
                ("target", 60, "count", "exact", "2026-12-31", None),
            ],
        ),
        # Review 16: in a source whose years are calendar years, 2027-28 names two years: due
        # at the second's end (it was read as no date, the list's year, 2026).
        (
            "Paper of 2 March 2026\n\nKey milestone                          Target date\n"
            "(a) Opening of 3 wet laboratories          2027-28\n",
            None,
            [("target", 3, "count", "exact", "2028-12-31", None)],
        ),
    ],
)
def test_a_task_columns_figures_are_goals_due_at_the_rows_deadline(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# A standing goal: a 目標 ("Target") column with no year beside a table's year columns is a
# goal with no deadline. Text written for this test.
def test_a_standing_goal_column_is_an_undated_goal() -> None:
    text = (
        "2026年5月8日\n\n指標　目標　2025（實際）　2026（預算）\n按時發放的資助（%）　95　97　96\n"
    )
    assert _readings(text, "HKD") == [
        ("target", 95, "percent", "exact", None, None),
        ("observation", 97, "percent", "exact", None, "2025-12-31"),
        ("target", 96, "percent", "exact", "2026-12-31", None),
    ]


# Round 50 (goals and dates of Chinese pages): texts written for these tests, expected values
# from the README's rules.
@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        # The start of a change dated 去年底 (with 的) is a fact of last year's end; the end it
        # reaches, with no date of its own, is the level now: the page's day (其中上半年 in the
        # next clause is that clause's).
        (
            "2027年9月6日\n\n园区孵化器由去年底的23家增至31家，其中上半年新增5家。",
            None,
            [
                ("observation", 23, "count", "exact", None, "2026-12-31"),
                ("observation", 31, "count", "exact", None, "2027-09-06"),
                ("observation", 5, "count", "exact", None, "2027-06-30"),
            ],
        ),
        # A date before it in its paragraph dates the end instead.
        (
            "2027年9月6日\n\n2026年，园区孵化器从2025年末的18家增加到23家。",
            None,
            [
                ("observation", 18, "count", "exact", None, "2025-12-31"),
                ("observation", 23, "count", "exact", None, "2026-12-31"),
            ],
        ),
        # 在已獲資助的企業中 opening a sentence: of the things told before, as 其中 is, at the
        # date of the fact before it (a paragraph with no figure between).
        (
            "2027年5月3日\n\n截至2027年3月底，基金已資助企業240家。\n\n基金旨在支援研發。\n\n"
            "在已獲資助的企業中，約四成來自生物科技範疇。",
            "HKD",
            [
                ("observation", 240, "count", "exact", None, "2027-03-31"),
                ("observation", 40, "percent", "approx", None, "2027-03-31"),
            ],
        ),
        # 較去年同期的 with the currency named in words before the number: still the base, of
        # the same period a year before.
        (
            "2027年5月12日\n\n今年首四個月營業額為港幣5.2億元，較去年同期的港幣4.1億元增加27%。",
            "HKD",
            [
                ("observation", 5.2e8, "HKD", "exact", None, "2027-04-30"),
                ("observation", 4.1e8, "HKD", "exact", None, "2026-04-30"),
                ("observation", 27, "percent", "exact", None, "2027-04-30"),
            ],
        ),
        # The change of a goal told before it in its sentence, over a base, is a goal due when
        # that one is (the base's financial year is not its own).
        (
            "2027年5月1日\n\n署方預計，2027-28年度的開支約為8億元，較2026-27年度的6.4億元增加25%。",
            "HKD",
            [
                ("target", 8e8, "HKD", "approx", "2028-03-31", None),
                ("observation", 6.4e8, "HKD", "exact", None, "2027-03-31"),
                ("target", 25, "percent", "exact", "2028-03-31", None),
            ],
        ),
    ],
)
def test_round_fifty_chinese_goals_and_dates(
    text: str, currency: str | None, expected: list[tuple]
) -> None:
    assert _readings(text, currency) == expected


# --- a fact is never dated after its page (README, "no fact after its page") --------------------
# (page line, figure sentence, currency, figure, kind, deadline, ref_date): expected values from
# the README's rule, the page's date as its date line gives it.
NO_FACT_AFTER_PAGE = [
    # a growth figure of the page's year on a page of its first months: to come
    (
        "发布时间：2026年3月10日",
        "2026年全区规上工业增加值增长8%。",
        None,
        "8%",
        "target",
        "2026-12-31",
        None,
    ),
    (
        "發布時間：2026年3月10日",
        "2026年園區技術合同成交額增長12%。",
        None,
        "12%",
        "target",
        "2026-12-31",
        None,
    ),
    (
        "Published 10 March 2026",
        "The park's revenue grows 15% in 2026.",
        None,
        "15%",
        "target",
        "2026-12-31",
        None,
    ),
    # a year's middle, end or close after the page
    (
        "发布时间：2026年3月10日",
        "2026年年中，园区孵化器数量为40个。",
        None,
        "40个",
        "target",
        "2026-06-30",
        None,
    ),
    (
        "發布時間：2026年3月10日",
        "2026年底，園區研發人員為9000人。",
        None,
        "9000人",
        "target",
        "2026-12-31",
        None,
    ),
    (
        "发布时间：2026年3月10日",
        "2026年末，园区企业总数为900家。",
        None,
        "900家",
        "target",
        "2026-12-31",
        None,
    ),
    # a quarter still to come on the page's date
    (
        "发布时间：2026年4月8日",
        "2026年第三季度，园区新增企业45家。",
        None,
        "45家",
        "target",
        "2026-09-30",
        None,
    ),
    # a requirement by a day after the page
    (
        "10 March 2026",
        "Suppliers must deliver at least 40 units by 31 May 2026.",
        None,
        "40",
        "target",
        "2026-05-31",
        None,
    ),
    (
        "发布时间：2026年3月10日",
        "申报单位须于2026年5月31日前完成投资不少于3000万元。",
        None,
        "3000万元",
        "target",
        "2026-05-31",
        None,
    ),
    # a so-far clause after a goal: the goal stays a goal, the tally is of the page's day
    (
        "发布时间：2026年3月10日",
        "到2027年底，园区入驻企业达到600家，截至目前已入驻380家。",
        None,
        "600家",
        "target",
        "2027-12-31",
        None,
    ),
    (
        "发布时间：2026年3月10日",
        "到2027年底，园区入驻企业达到600家，截至目前已入驻380家。",
        None,
        "380家",
        "observation",
        None,
        "2026-03-10",
    ),
    (
        "發布時間：2026年3月10日",
        "到2027年，園區企業達到500家，至今已完成四成。",
        None,
        "500家",
        "target",
        "2027-12-31",
        None,
    ),
    (
        "10 March 2026",
        "By 2027 the park will host 500 firms; 260 are there so far.",
        None,
        "500",
        "target",
        "2027-12-31",
        None,
    ),
    # an annual report's outlook for the year it is published in
    (
        "某集团2025年年度报告\n发布日期：2026年4月20日",
        "2026年集团营业收入增长12%，新增客户300家。",
        None,
        "300家",
        "target",
        "2026-12-31",
        None,
    ),
    (
        "ABC Holdings Annual Report 2025\n20 April 2026",
        "In 2026 group revenue grows 12% and 300 new clients sign up.",
        None,
        "300",
        "target",
        "2026-12-31",
        None,
    ),
    # 明年 / next year with no goal word
    (
        "发布时间：2026年11月5日",
        "明年园区新增企业150家。",
        None,
        "150家",
        "target",
        "2027-12-31",
        None,
    ),
    (
        "5 November 2026",
        "Next year the park adds 150 firms.",
        None,
        "150",
        "target",
        "2027-12-31",
        None,
    ),
    # Republic of China years on a Taiwan page
    (
        "發布日期：115年3月10日",
        "115年園區營收成長10%。",
        "TWD",
        "10%",
        "target",
        "2026-12-31",
        None,
    ),
    (
        "發布日期：115年3月10日",
        "116年園區廠商達到320家。",
        "TWD",
        "320家",
        "target",
        "2027-12-31",
        None,
    ),
    # a period running at the page's date, in its last three months or told as done: its end
    (
        "发布时间：2026年12月18日",
        "2026年，园区新增企业412家。",
        None,
        "412家",
        "observation",
        None,
        "2026-12-31",
    ),
    (
        "发布时间：2026年9月20日",
        "园区已于2026年引进项目35个。",
        None,
        "35个",
        "observation",
        None,
        "2026-12-31",
    ),
    # a page with no date keeps the figure's own date
    ("", "2026年，园区新增企业412家。", None, "412家", "observation", None, "2026-12-31"),
]


@pytest.mark.parametrize(
    ("page", "sentence", "currency", "figure", "kind", "deadline", "ref_date"), NO_FACT_AFTER_PAGE
)
def test_no_fact_is_dated_after_its_page(
    page: str,
    sentence: str,
    currency: str | None,
    figure: str,
    kind: str,
    deadline: str | None,
    ref_date: str | None,
) -> None:
    frame = extract_figures(f"{page}\n\n{sentence}" if page else sentence, currency=currency)
    rows = frame[frame["figure"] == figure]
    assert len(rows) == 1, frame[["figure", "kind", "deadline", "ref_date"]]
    row = rows.iloc[0]
    assert (row["kind"], row["deadline"], row["ref_date"]) == (kind, deadline, ref_date)


_PAGE_LINES = ("发布时间：{y}年{m}月{d}日", "發布日期：{y}年{m}月{d}日", "{d} {month} {y}")
_FIGURE_SENTENCES = (
    "{fy}年园区新增企业{n}家。",
    "{fy}年底，园区企业总数为{n}家。",
    "{fy}年中，园區研发人员达到{n}人。",
    "到{fy}年，园区企业达到{n}家，目前已完成一半。",
    "{fy}年第二季度，园区新增项目{n}个。",
    "明年园区新增企业{n}家。",
    "In {fy} the park adds {n} firms.",
    "The park had {n} firms at the end of {fy}.",
    "Bids must offer at least {n} units by 30 April {fy}.",
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@given(
    year=st.integers(2020, 2030),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    line=st.sampled_from(_PAGE_LINES),
    sentence=st.sampled_from(_FIGURE_SENTENCES),
    offset=st.integers(-2, 3),
    n=st.integers(2, 9999),
)
def test_no_observation_is_dated_after_the_page(
    year: int, month: int, day: int, line: str, sentence: str, offset: int, n: int
) -> None:
    page = line.format(y=year, m=month, d=day, month=_MONTHS[month - 1])
    text = f"{page}\n\n{sentence.format(fy=year + offset, n=n)}"
    page_date = f"{year:04d}-{month:02d}-{day:02d}"
    frame = extract_figures(text)
    # After the page only the end of a period running at the page's date, a month's last day
    # within a year of it (全年 in a year-end summary), never a day to come.
    for fact in frame[(frame["kind"] == "observation") & frame["ref_date"].notna()].itertuples():
        end = pd.Timestamp(fact.ref_date)
        assert fact.ref_date <= page_date or (
            end.is_month_end and (end - pd.Timestamp(page_date)).days <= 365
        ), frame[["figure", "kind", "ref_date"]]


# --- review 21: what tells a fact after its page as done, and what dates it itself -------------
# (page line, text, currency, figure, kind, deadline, ref_date): expected values from the README's
# rule, *no fact after its page*, as amended for review 21.
TOLD_IN_ITS_OWN_PART = [
    # a done word in another part of the sentence is that part's deed, not the figure's (M2)
    (
        "发布时间：2026年3月10日",
        "园区已完成规划编制，2026年9月底建成众创空间20个。",
        None,
        "20个",
        "target",
        "2026-09-30",
        None,
    ),
    (
        "發布時間：2026年3月10日",
        "園區已完成招商部署，2026年9月底建成孵化器28家。",
        None,
        "28家",
        "target",
        "2026-09-30",
        None,
    ),
    (
        "10 March 2026",
        "The strategy, which the council said was adopted in January, puts the number of labs at"
        " 40 by September 2026.",
        None,
        "40",
        "target",
        "2026-09-30",
        None,
    ),
    (
        "发布时间：2026年3月10日",
        "园区已完成年度任务的40%，2026年全年新增企业250家。",
        None,
        "250家",
        "target",
        "2026-12-31",
        None,
    ),
    (
        "發布時間：2026年3月10日",
        "園區已完成年度計畫的四成，2026年全年新增企業260家。",
        None,
        "260家",
        "target",
        "2026-12-31",
        None,
    ),
    # a part that is only the change of the figure before it is governed by that figure's part
    (
        "发布时间：2026年9月20日",
        "园区已于2026年引进项目40个，增长25%。",
        None,
        "25%",
        "observation",
        None,
        "2026-12-31",
    ),
    (
        "發布時間：2026年9月20日",
        "園區已於2026年引進項目40個，增長25%。",
        None,
        "25%",
        "observation",
        None,
        "2026-12-31",
    ),
    (
        "12 October 2025",
        "The institute received 5,200 applications for academic year 2025/26, up 18% on the"
        " previous year.",
        None,
        "18%",
        "observation",
        None,
        "2026-08-31",
    ),
    # a plan told as issued proposes the figure: the issue is the plan's deed (M3)
    (
        "发布时间：2026年3月10日",
        "已发布的三年方案提出，2027年园区营业收入达到450亿元。",
        None,
        "450亿元",
        "target",
        "2027-12-31",
        None,
    ),
    (
        "發布時間：2026年3月10日",
        "已公布的行動計畫提出，2027年園區產值達到520億元。",
        None,
        "520億元",
        "target",
        "2027-12-31",
        None,
    ),
    # a list's lead-in that labels the projects dates no schedule under it (M1) …
    (
        "发布时间：2026年3月10日",
        "已签约项目如下：\n2027年　投产项目15个\n2028年　新增产值90亿元",
        None,
        "15个",
        "target",
        "2027-12-31",
        None,
    ),
    (
        "发布时间：2026年3月10日",
        "已签约项目如下：\n2027年　投产项目15个\n2028年　新增产值90亿元",
        None,
        "90亿元",
        "target",
        "2028-12-31",
        None,
    ),
    (
        "發布時間：2026年3月10日",
        "已簽約項目如下：\n2027年　投產項目16個",
        None,
        "16個",
        "target",
        "2027-12-31",
        None,
    ),
    # … while one whose deed is done to the items' amounts tells them done
    (
        "发布时间：2026年6月1日",
        "已拨付资金如下：\n2026年　5亿元",
        None,
        "5亿元",
        "observation",
        None,
        "2026-12-31",
    ),
    (
        "發布時間：2026年6月1日",
        "已撥付經費如下：\n2026年　6億元",
        None,
        "6億元",
        "observation",
        None,
        "2026-12-31",
    ),
    # an as-of date told as reached dates its tally, whatever the page's date line (H1)
    (
        "发布日期：2023年2月1日",
        "截至2024年底，园区已引进研发机构45家，集聚人才8000人。",
        None,
        "45家",
        "observation",
        None,
        "2024-12-31",
    ),
    (
        "发布日期：2023年2月1日",
        "截至2024年底，园区已引进研发机构45家，集聚人才8000人。",
        None,
        "8000人",
        "observation",
        None,
        "2024-12-31",
    ),
    (
        "發布日期：2023年2月1日",
        "截至2024年底，園區已設立研發中心52家。",
        None,
        "52家",
        "observation",
        None,
        "2024-12-31",
    ),
    (
        "Published 1 February 2023",
        "As at 31 December 2024, the park had opened 45 labs.",
        None,
        "45",
        "observation",
        None,
        "2024-12-31",
    ),
    # a period's result set beside the same period a year earlier is a result (q5)
    (
        "发布日期：2024年5月8日",
        "2025年1-4月，园区新增企业48家，同比增长9%。",
        None,
        "48家",
        "observation",
        None,
        "2025-04-30",
    ),
    (
        "發布日期：2024年5月8日",
        "2025年1-4月，園區新增企業48家，較上年同期增加6家。",
        None,
        "48家",
        "observation",
        None,
        "2025-04-30",
    ),
    (
        "Published 8 May 2024",
        "In the first four months of 2025 the park added 48 firms, up 9% year-on-year.",
        None,
        "48",
        "observation",
        None,
        "2025-04-30",
    ),
]


@pytest.mark.parametrize(
    ("page", "sentence", "currency", "figure", "kind", "deadline", "ref_date"),
    TOLD_IN_ITS_OWN_PART,
)
def test_told_as_done_in_its_own_part(
    page: str,
    sentence: str,
    currency: str | None,
    figure: str,
    kind: str,
    deadline: str | None,
    ref_date: str | None,
) -> None:
    test_no_fact_is_dated_after_its_page(page, sentence, currency, figure, kind, deadline, ref_date)
