"""extract --draft and add-figures: a document's figures drafted for review, kept rows added.

Every test works on a copy in tmp_path; what add-figures must not do (write when the result
is invalid, change existing bytes, leave a half-written file) is checked on the bytes.
"""

from __future__ import annotations

import codecs
import csv
import os
from pathlib import Path

import pytest
from conftest import snapshot
from intake_steps import (
    add_document,
    catalog_args,
    draft_of,
    keep_all,
    kill_on_second_write,
    read_rows,
    run_cli,
    write_rows,
)

import zonetrack
from zonetrack.cli import main
from zonetrack.draft import add_figures, write_draft
from zonetrack.exceptions import CatalogError, UsageError
from zonetrack.writing import restore_cell


def test_draft_rows_have_the_catalogue_columns_and_the_written_units(
    drafted: tuple[Path, Path, Path, str],
) -> None:
    data, _, draft, name = drafted
    rows = read_rows(draft)
    for table in ("targets", "observations"):
        header = (data / f"{table}.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
        assert set(header) <= set(rows[0]), table
    got = [
        (r["kind"], r["value"], r["unit"], r["deadline"] or r["ref_date"], r["indicator_id"])
        for r in rows
    ]
    assert got == [
        ("observation", "820", "万平方米", "2024-12-31", "incubator_floor_area"),
        ("observation", "130", "家", "2024-12-31", "tech_incubators"),
        ("target", "1200", "万平方米", "2027-12-31", "incubator_floor_area"),
    ]
    # The zone is named only in the heading: a likely match, not an exact one.
    assert {(r["zone_id"], r["match"]) for r in rows} == {("chongqing", "likely")}
    assert {r["source"] for r in rows} == {name}
    assert rows[2]["adopted"] == "2025-02-10"


def test_a_figure_already_in_the_catalogue_is_marked_and_not_kept(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    """A second report of the Chongqing plan must not create a second target."""
    text = "重庆市印发孵化载体建设方案\n到2025年底,建成孵化载体总面积1000万平方米以上。\n"
    _, (row,) = draft_of(text, *project_copy, tmp_path, published="2022-02")
    assert (row["duplicate_of"], row["keep"]) == ("cq-t-01", "no")


def test_a_draft_is_never_overwritten(drafted: tuple[Path, Path, Path, str]) -> None:
    data, seeds, draft, name = drafted
    before = draft.read_bytes()
    with pytest.raises(UsageError):
        write_draft(name, draft, data, seeds)
    assert draft.read_bytes() == before


def test_a_full_disk_is_one_line_naming_the_file_and_writes_nothing(
    drafted: tuple[Path, Path, Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import errno

    data, seeds, draft, _ = drafted
    keep_all(draft)
    before = snapshot(data, seeds)

    def full(fd: int) -> None:  # the system's answer on a full disk: no file named
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert main(["add-figures", str(draft), *catalog_args(seeds, data)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("zonetrack add-figures: cannot write ") and "No space left" in line
    assert str(data) in line and snapshot(data, seeds) == before


def test_add_figures_appends_only_and_validates(drafted: tuple[Path, Path, Path, str]) -> None:
    data, seeds, draft, _ = drafted
    rows = keep_all(draft)
    before = {p: (data / p).read_bytes() for p in ("targets.csv", "observations.csv")}
    added = add_figures(draft, data, seeds)
    assert added.targets == (rows[2]["target_id"],)
    assert added.observations == (rows[0]["obs_id"], rows[1]["obs_id"])
    for name, old in before.items():
        new = (data / name).read_bytes()
        assert new.startswith(old)
    assert zonetrack.validate_catalog(data, seeds) == []
    catalog = zonetrack.load_catalog(data, seeds)
    assert set(added.targets) <= set(catalog.targets["target_id"])


def test_adding_the_same_draft_twice_is_refused(drafted: tuple[Path, Path, Path, str]) -> None:
    data, seeds, draft, _ = drafted
    keep_all(draft)
    add_figures(draft, data, seeds)
    before = snapshot(data, seeds)
    with pytest.raises(CatalogError) as info:
        add_figures(draft, data, seeds)
    assert all(p.file == str(draft) and "already added" in p.message for p in info.value.problems)
    assert len(info.value.problems) == 3
    assert snapshot(data, seeds) == before


@pytest.mark.parametrize(
    ("change", "column"),
    [
        ({"unit": "万元"}, "unit"),  # money for an area indicator
        ({"value": "821"}, "value"),  # not what the evidence says
        ({"evidence": "全市已建成孵化载体总面积8200万平方米"}, "evidence"),  # not in the seed
        ({"zone_id": "atlantis"}, "zone_id"),
        ({"ref_date": "2024-13"}, "ref_date"),
        ({"keep": "maybe"}, "keep"),
        ({"kind": "wish"}, "kind"),
    ],
)
def test_problems_are_reported_on_the_drafts_own_line(
    drafted: tuple[Path, Path, Path, str], change: dict[str, str], column: str
) -> None:
    data, seeds, draft, _ = drafted
    rows = keep_all(draft)
    rows[0].update(change)  # the first data row: line 2 of the draft
    write_rows(draft, rows)
    before = snapshot(data, seeds)
    with pytest.raises(CatalogError) as info:
        add_figures(draft, data, seeds)
    assert [str(p).split(": ")[0] for p in info.value.problems] == [f"{draft}:2:{column}"]
    assert snapshot(data, seeds) == before


def test_cells_neutralised_in_the_draft_are_restored(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = project_copy
    text = "重庆市孵化器报告\n截至2024年底,全市孵化载体总面积:\n+820万平方米\n"
    draft, _ = draft_of(text, data, seeds, tmp_path)
    raw = draft.read_text(encoding="utf-8")
    assert "\n+" not in raw and ",+" not in raw
    rows = keep_all(draft)
    assert rows[0]["evidence"].startswith("'+")
    rows[0]["indicator_id"] = "incubator_floor_area"  # the analyst's choice
    write_rows(draft, rows)
    add_figures(draft, data, seeds)
    assert (
        "\n".join((data / "observations.csv").read_text(encoding="utf-8").splitlines()[-1:]).count(
            ",+820万平方米,"
        )
        == 1
    )


def test_nothing_kept_is_an_error(drafted: tuple[Path, Path, Path, str]) -> None:
    data, seeds, draft, _ = drafted
    with pytest.raises(CatalogError, match="no row is marked keep"):
        add_figures(draft, data, seeds)


@pytest.mark.parametrize(
    ("line", "zone", "indicator", "match"),
    [
        # Both names in the clause: exact.
        (
            "截至2024年底,重庆市孵化载体总面积820万平方米。",
            "chongqing",
            "incubator_floor_area",
            "exact",
        ),
        # The zone only in the heading: likely.
        ("截至2024年底,孵化载体总面积820万平方米。", "chongqing", "incubator_floor_area", "likely"),
        # Two indicators share these words (the cumulative stock and the inflow of a plan
        # period): no guess is presented as sure.
        (
            "By 2027 the city will attract 500 high-level talents.",
            "chongqing",
            "",
            "none",
        ),
        # Money for an area indicator's words: no indicator of that dimension fits.
        ("截至2024年底,孵化载体总面积投资820万元。", "chongqing", "", "none"),
    ],
)
def test_zone_and_indicator_suggestions(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    line: str,
    zone: str,
    indicator: str,
    match: str,
) -> None:
    _, (row,) = draft_of(f"重庆市孵化器简报\n{line}\n", *project_copy, tmp_path)
    assert (row["zone_id"], row["indicator_id"], row["match"]) == (zone, indicator, match)


def test_a_file_identical_to_a_seed_drafts_under_the_seeds_name(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = project_copy
    copy = tmp_path / "downloaded-again.txt"
    copy.write_bytes((seeds / "004_3038478eb074531e.txt").read_bytes())
    draft = tmp_path / "d.csv"
    write_draft(copy, draft, data, seeds)
    rows = read_rows(draft)
    assert {r["source"] for r in rows} == {"004_3038478eb074531e.txt"}
    # Every catalogue target of that plan is recognised; none would be added by default.
    kept_targets = [r for r in rows if r["kind"] == "target" and r["keep"] != "no"]
    assert {r["duplicate_of"] for r in rows if r["kind"] == "target"} >= {"cq-t-01", "cq-t-02"}
    assert all(r["duplicate_of"] == "" for r in kept_targets)


def test_the_indicator_named_just_before_the_figure_is_suggested(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    text = "重庆市简报\n截至2024年底,孵化企业800家、高新技术企业60家。\n"
    _, rows = draft_of(text, *project_copy, tmp_path)
    assert [r["indicator_id"] for r in rows] == ["incubated_firms", "high_tech_firms"]


def test_a_kill_between_the_two_tables_is_completed_by_running_again(
    drafted: tuple[Path, Path, Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data, seeds, draft, _ = drafted
    keep_all(draft)
    with monkeypatch.context() as patch:
        kill_on_second_write(patch)
        with pytest.raises(KeyboardInterrupt):
            add_figures(draft, data, seeds)
    # Half added: the first table has its rows, the second none; both files are whole.
    assert zonetrack.validate_catalog(data, seeds) == []
    added = add_figures(draft, data, seeds)
    assert len(added.targets) + len(added.observations) < 3  # only what was missing
    catalog = zonetrack.load_catalog(data, seeds)
    new = [i for i in catalog.observations["obs_id"] if str(i).startswith("s005-")]
    assert len(new) == 2 and len(set(new)) == 2
    assert list(catalog.targets["target_id"]).count("s005-t-01") == 1
    with pytest.raises(CatalogError, match="already added"):
        add_figures(draft, data, seeds)


def test_a_changed_row_under_an_existing_id_is_refused(
    drafted: tuple[Path, Path, Path, str],
) -> None:
    data, seeds, draft, _ = drafted
    rows = keep_all(draft)
    add_figures(draft, data, seeds)
    rows[0]["note"] = "edited after adding"
    write_rows(draft, rows)
    before = snapshot(data, seeds)
    with pytest.raises(CatalogError) as info:
        add_figures(draft, data, seeds)
    assert [(p.row, p.column) for p in info.value.problems] == [(2, "obs_id")]
    assert "duplicate id" in info.value.problems[0].message
    # What to do, said (review 10): the row is most often one added before, then edited.
    assert "set keep to no" in info.value.problems[0].message
    assert snapshot(data, seeds) == before


@pytest.mark.slow
def test_concurrent_add_figures_runs_all_land(drafted: tuple[Path, Path, Path, str], tmp_path):
    """One draft split into single-row drafts added at once: every row is in the catalogue."""
    data, seeds, draft, _ = drafted
    rows = keep_all(draft)
    singles = []
    for i, row in enumerate(rows):
        single = tmp_path / f"single{i}.csv"
        write_rows(single, [row])
        singles.append(single)
    runs = [run_cli("add-figures", str(s), *catalog_args(seeds, data)) for s in singles]
    outs = [r.communicate(timeout=300) for r in runs]
    assert all(r.returncode == 0 for r in runs), [err for _, err in outs]
    ids = {r["target_id"] for r in read_rows(data / "targets.csv")}
    ids |= {r["obs_id"] for r in read_rows(data / "observations.csv")}
    wanted = {r.get("target_id") or r.get("obs_id") for r in rows}
    assert wanted <= ids
    assert main(["validate", *catalog_args(seeds, data)]) == 0


@pytest.mark.parametrize("folder", ["data", "seeds"])
def test_a_draft_inside_the_catalogue_is_refused(
    drafted: tuple[Path, Path, Path, str], folder: str
) -> None:
    data, seeds, _, name = drafted
    target = (data if folder == "data" else seeds) / "draft.csv"
    before = snapshot(data, seeds)
    assert main(["extract", name, "--draft", str(target), *catalog_args(seeds, data)]) == 2
    assert snapshot(data, seeds) == before


def test_a_traditional_chinese_draft_in_yuan_says_元_was_read_as_yuan(
    project_copy: tuple[Path, Path], hk_release: Path, tmp_path: Path
) -> None:
    data, seeds = project_copy
    added = add_document(hk_release, data, seeds, currency="CNY", published="2025-03-12")
    draft = tmp_path / "draft.csv"
    write_draft(added.name, draft, data, seeds)
    money = read_rows(draft)[0]
    assert money["unit"] == "億元"
    assert "元 read as the yuan" in money["note"] and "--currency" in money["note"]


@pytest.mark.parametrize(("recorded", "given"), [("HKD", "TWD"), ("HKD", "CNY"), ("CNY", "HKD")])
def test_a_draft_in_another_currency_than_the_seeds_is_refused(
    project_copy: tuple[Path, Path], hk_release: Path, tmp_path: Path, recorded, given
) -> None:
    data, seeds = project_copy
    added = add_document(hk_release, data, seeds, currency=recorded, published="2025-03-12")
    with pytest.raises(UsageError) as info:
        write_draft(added.name, tmp_path / "draft.csv", data, seeds, currency=given)
    assert info.value.argument == "currency"
    assert not (tmp_path / "draft.csv").exists()


def test_a_file_not_yet_a_seed_is_drafted_in_the_currency_given(
    project_copy: tuple[Path, Path], hk_release: Path, tmp_path: Path
) -> None:
    data, seeds = project_copy
    draft = tmp_path / "draft.csv"
    write_draft(hk_release, draft, data, seeds, currency="TWD")
    assert read_rows(draft)[0]["unit"] == "TWD"


@pytest.mark.parametrize("as_seed", [True, False])
def test_a_page_with_dated_and_undated_facts_drafts_both(
    project_copy: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], as_seed
) -> None:
    """The command as an analyst runs it on an ordinary page: one fact dated, one not (it
    crashed with a traceback when pandas read the missing date as NaN). The undated fact
    takes the source's publication date, said in its note; a file not yet a source has
    none, and its note says so rather than claiming one."""
    data, seeds = project_copy
    page = tmp_path / "brief.txt"
    page.write_text(
        "园区简报\n\n截至2025年底,园区有企业120家。\n\n根据规划,孵化器面积约3万平方米。\n",
        encoding="utf-8",
    )
    source = str(page)
    if as_seed:
        source = add_document(page, data, seeds, published="2026-03-02").name
    draft = tmp_path / "draft.csv"
    code = main(["extract", source, "--draft", str(draft), *catalog_args(seeds, data)])
    assert code == 0, capsys.readouterr().err
    dated, undated = read_rows(draft)
    assert (dated["value"], dated["ref_date"], dated["note"]) == ("120", "2025-12-31", "")
    assert undated["value"] == "3" and undated["unit"] == "万平方米"
    if as_seed:
        assert undated["ref_date"] == "2026-03-02"
        assert "the source's publication date" in undated["note"]
    else:
        assert undated["ref_date"] == "" and "publication date" not in undated["note"].split("(")[0]
        assert "add-source" in undated["note"]


@pytest.mark.parametrize(
    ("text", "noted"),
    [
        # add-source asks, the analyst answers CNY: the draft says how 元 was read.
        ("二〇二五年三月\n政府將投入30億元支持研發。", True),
        ("2025年3月\n澳资企业投资2亿澳门元,横琴配套投入5亿元。", True),
        ("2025年3月\n港资企业投资20亿港元,市财政配套投入5亿元。", True),
        # A mainland page that names no other currency: nothing to say.
        ("2025年3月\n全市投入研发资金30亿元。", False),
    ],
)
def test_a_draft_says_元_was_read_as_yuan_wherever_add_source_asked(
    project_copy: tuple[Path, Path], tmp_path: Path, text: str, noted: bool
) -> None:
    data, seeds = project_copy
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    added = add_document(page, data, seeds, currency="CNY")
    draft = tmp_path / "draft.csv"
    write_draft(added.name, draft, data, seeds)
    yuan = [r for r in read_rows(draft) if r["unit"].endswith("元") and "港" not in r["unit"]]
    yuan = [r for r in yuan if "澳" not in r["unit"]]
    assert yuan and all(("元 read as the yuan" in r["note"]) is noted for r in yuan)


# --- review 9: numbers and qualifiers ---
def _add_draft_and_keep(
    text: str, data: Path, seeds: Path, tmp_path: Path, *currency: str, **cells: str
) -> tuple[Path, list[dict[str, str]]]:
    """add-source, extract --draft (the commands, as an analyst runs them), every row kept
    with ``cells`` filled in; (the draft, its rows)."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    stored = [p.name for p in seeds.glob("*.txt")]
    argv = ["--title", "t", "--publisher", "p", "--published", "2026-03-02"]
    argv += ["--published-basis", "stated: the date line", *currency]
    assert main(["add-source", str(page), *argv, *catalog_args(seeds, data)]) == 0
    (name,) = [p.name for p in seeds.glob("*.txt") if p.name not in stored]
    draft = tmp_path / "draft.csv"
    assert main(["extract", name, "--draft", str(draft), *catalog_args(seeds, data)]) == 0
    rows = read_rows(draft)
    for row in rows:
        row |= {"keep": "yes", **cells}
    write_rows(draft, rows)
    return draft, rows


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("孵化器扶持办法\n\n根据办法，对孵化器给予最高100万元及50万元的奖励。\n", []),
        (
            "孵化器扶持辦法\n\n根據辦法，對孵化器給予最高100萬元及50萬元的獎勵。\n",
            ["--currency", "CNY"],  # traditional Chinese: add-source asks what 元 is
        ),
        ("Incubator support\n\nIncubators receive up to 1 million yuan and 500,000 yuan.\n", []),
    ],
)
def test_a_qualifier_carried_along_a_list_is_drafted_and_added(
    project_copy: tuple[Path, Path], tmp_path: Path, text: str, currency: list[str]
) -> None:
    """最高100万元及50万元: both at most in the draft, and add-figures takes both (validation
    reads the evidence span as extract does; it refused the second before)."""
    data, seeds = project_copy
    draft, rows = _add_draft_and_keep(
        text,
        data,
        seeds,
        tmp_path,
        *currency,
        zone_id="chongqing",
        indicator_id="planned_investment",
    )
    assert [(r["qualifier"], r["kind"]) for r in rows] == [("at_most", "observation")] * 2
    assert main(["add-figures", str(draft), *catalog_args(seeds, data)]) == 0
    assert zonetrack.validate_catalog(data, seeds) == []


def test_a_currency_before_a_number_in_two_parts_goes_to_the_catalogue_in_that_currency(
    project_copy: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """港幣1億2,000萬元 in a Macao source (its own currency the pataca) is HK$120 million from
    draft to catalogue; the same row in patacas is refused on the draft's own line."""
    data, seeds = project_copy
    with (data / "indicators.csv").open("a", encoding="utf-8") as fh:
        fh.write("hk_investment,港資投資,Investment from Hong Kong,HKD,up,flow,\n")
    text = "澳門科技發展基金公報\n\n2026年3月2日\n\n今年以來，園區另獲港幣1億2,000萬元投資。\n"
    draft, rows = _add_draft_and_keep(
        text, data, seeds, tmp_path, "--currency", "MOP",
        zone_id="chongqing", indicator_id="hk_investment",
    )  # fmt: skip
    assert [(r["value"], r["unit"]) for r in rows] == [("120000000", "HKD")]
    # In patacas the row is refused, naming the draft's line and column.
    write_rows(draft, [rows[0] | {"value": "120000000", "unit": "MOP"}])
    before = snapshot(data, seeds)
    assert main(["add-figures", str(draft), *catalog_args(seeds, data)]) == 1
    assert f"{draft}:2:" in capsys.readouterr().err
    assert snapshot(data, seeds) == before
    write_rows(draft, [rows[0] | {"value": "120000000", "unit": "HKD"}])
    assert main(["add-figures", str(draft), *catalog_args(seeds, data)]) == 0
    assert zonetrack.validate_catalog(data, seeds) == []


def test_the_draft_opens_in_excel_as_utf8_and_comes_back(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    """Excel reads a CSV without a byte-order mark in the machine's code page, which garbles
    the Chinese evidence; a draft starts with one, and a file saved back with it is read."""
    data, seeds = project_copy
    text = "重庆市孵化器报告\n截至2024年底，全市孵化载体总面积达到820万平方米。\n"
    draft, _ = draft_of(text, data, seeds, tmp_path)
    raw = draft.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    header, first = raw[len(codecs.BOM_UTF8) :].decode("utf-8").splitlines()[:2]
    assert header.split(",")[0] == "keep"
    assert "全市孵化载体总面积达到820万平方米" in first
    rows = keep_all(draft)
    rows[0]["indicator_id"] = "incubator_floor_area"
    # Excel's "CSV UTF-8" writes the mark back, with CRLF line ends.
    write_rows(draft, rows)
    body = draft.read_text(encoding="utf-8").replace("\n", "\r\n")
    draft.write_bytes(codecs.BOM_UTF8 + body.encode("utf-8"))
    add_figures(draft, data, seeds)
    added = (data / "observations.csv").read_text(encoding="utf-8").splitlines()[-1]
    assert ",incubator_floor_area,820,万平方米,exact,2024-12-31," in added


def test_a_draft_saved_back_in_gbk_is_refused_in_one_line(
    project_copy: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel's plain "CSV" on a Chinese Windows saves GBK: add-figures says so in one line,
    naming the file and the encoding, and writes nothing."""
    data, seeds = project_copy
    text = "重庆市孵化器报告\n截至2024年底，全市孵化载体总面积达到820万平方米。\n"
    draft, _ = draft_of(text, data, seeds, tmp_path)
    rows = keep_all(draft)
    rows[0]["indicator_id"] = "incubator_floor_area"
    write_rows(draft, rows)
    draft.write_bytes(draft.read_text(encoding="utf-8").encode("gb18030"))
    before = snapshot(data, seeds)
    assert main(["add-figures", str(draft), *catalog_args(seeds, data)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"{draft}:") and "GBK" in err[0]
    assert "Traceback" not in err[0]
    assert snapshot(data, seeds) == before


def test_a_target_kept_without_an_id_is_blamed_alone(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    """Found by review 10: a target kept with an empty target_id also made validation blame
    catalogue rows with no parent (their empty parent_target_id "matched" it)."""
    data, seeds = project_copy
    text = (
        "重庆市孵化载体工作方案\n发布时间：2026-03-10\n"
        "到2027年，全市孵化载体总面积达到2000万平方米。\n"
    )
    draft, _ = draft_of(text, data, seeds, tmp_path, published="2026-03-10")
    rows = keep_all(draft)
    assert rows[0]["kind"] == "target"
    rows[0].update(target_id="", indicator_id="incubator_floor_area", zone_id="chongqing")
    write_rows(draft, rows)
    before = snapshot(data, seeds)
    with pytest.raises(CatalogError) as info:
        add_figures(draft, data, seeds)
    assert [str(p).split(": ")[0] for p in info.value.problems] == [f"{draft}:2:target_id"]
    assert snapshot(data, seeds) == before


def test_a_goal_of_an_increase_is_not_drafted_against_a_stock(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    """Found by review 10: 新增…孵化器10家 was suggested the stock of national incubators, so
    once kept the goal of ten more was a level of ten, achieved at once (22 in 2022)."""
    data, seeds = project_copy
    text = (
        "重庆市孵化器提升方案\n发布时间：2026-03-10\n"
        "力争到2027年新增国家级科技企业孵化器10家。\n"
        "到2027年，国家级科技企业孵化器达到40家。\n"
    )
    _, rows = draft_of(text, data, seeds, tmp_path, published="2026-03-10")
    by_value = {r["value"]: r for r in rows}
    assert by_value["10"]["indicator_id"] == "" and by_value["10"]["match"] == "none"
    assert "increase" in by_value["10"]["note"]
    assert by_value["40"]["indicator_id"] == "tech_incubators_national"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({}, None),  # as drafted: the lower end, at least
        ({"value": "5000", "qualifier": "at_most"}, None),  # the upper end, at most
        ({"qualifier": "exact"}, "qualifier"),  # an end kept as exact drops the other
        ({"value": "5000", "qualifier": "exact"}, "qualifier"),
        ({"value": "5000", "qualifier": "at_least"}, "qualifier"),
    ],
)
def test_a_range_is_kept_as_one_of_its_ends_never_as_exact(
    project_copy: tuple[Path, Path], tmp_path: Path, change: dict[str, str], problem: str | None
) -> None:
    """Found by review 10: 3500万至5000万元 kept from a draft became 3500 万元 exact, the upper
    end lost and validation content; the catalogue holds one value, so a range is kept as its
    lower end (at least) or its upper end (at most)."""
    data, seeds = project_copy
    text = "园区简报\n发布时间：2026-03-10\n2025年，园区项目总投资为3500万至5000万元。\n"
    draft, _ = draft_of(text, data, seeds, tmp_path, published="2026-03-10")
    rows = keep_all(draft)
    assert (rows[0]["value"], rows[0]["value_high"], rows[0]["qualifier"]) == (
        "3500",
        "5000",
        "at_least",
    )
    assert "range" in rows[0]["note"]
    rows[0].update(zone_id="chongqing", indicator_id="planned_investment", **change)
    write_rows(draft, rows)
    if problem is None:
        add_figures(draft, data, seeds)
        assert zonetrack.validate_catalog(data, seeds) == []
    else:
        with pytest.raises(CatalogError) as info:
            add_figures(draft, data, seeds)
        assert [(p.row, p.column) for p in info.value.problems] == [(2, problem)]
        assert "range" in info.value.problems[0].message


# --- review 12: the analyst's loop (add-source, extract --draft, add-figures) ---
def _added(draft: Path, data: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """add-figures on ``draft`` as the analyst runs it; the lines it wrote to stderr, after
    checking that a refusal (exit 1) is one line per problem, without a traceback, and writes
    nothing."""
    before = snapshot(data, seeds)
    code = main(["add-figures", str(draft), *catalog_args(seeds, data)])
    err = capsys.readouterr().err.splitlines()
    assert code in (0, 1) and "Traceback" not in "\n".join(err)
    if code == 1:
        assert err and all(line.startswith(f"{draft}:") for line in err), err
        assert snapshot(data, seeds) == before
    return err


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({}, None),  # as drafted: the lower end, at least
        ({"value": "-3", "qualifier": "at_most"}, None),  # the upper end, at most
        ({"qualifier": "exact"}, "qualifier"),  # an end kept as exact drops the other
        ({"value": "-3", "qualifier": "exact"}, "qualifier"),
    ],
)
def test_a_negative_range_is_one_row_kept_as_one_of_its_ends(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: dict[str, str],
    problem: str | None,
) -> None:
    """A fall of 3 to 5 percent written -5%至-3% was drafted as two exact rows, and either
    was added as exact; it is a range like 3%至5% (README: drafted as its lower end, at
    least, with a note; an end kept as exact is refused)."""
    data, seeds = project_copy
    text = "园区简报\n\n2026年3月2日\n\n2025年，园区研发投入强度同比增长-5%至-3%。\n"
    draft, rows = _add_draft_and_keep(
        text, data, seeds, tmp_path, zone_id="chongqing", indicator_id="rd_intensity"
    )
    # A spreadsheet shows the cells without the apostrophe that keeps -5 from running.
    cells = [tuple(restore_cell(r[c]) for c in ("value", "value_high", "qualifier")) for r in rows]
    assert cells == [("-5", "-3", "at_least")]
    assert "range" in rows[0]["note"]
    write_rows(draft, [rows[0] | change])
    err = _added(draft, data, seeds, capsys)
    if problem is None:
        assert err == [] and zonetrack.validate_catalog(data, seeds) == []
    else:
        assert len(err) == 1 and err[0].startswith(f"{draft}:2:{problem}: ")
        assert "range" in err[0]


@pytest.mark.parametrize(
    ("text", "indicator", "upper"),
    [
        (
            "园区简报\n\n2026年3月2日\n\n2025年，园区项目总投资为3500万至5000万元。\n",
            "planned_investment",
            {"value": "5000", "qualifier": "at_most"},
        ),
        (
            # an increase, so a flow indicator (a stock is refused: review 13, finding 3)
            "园区工作要点\n\n2026年3月2日\n\n到2027年，力争新增签约项目3至5个。\n",
            "signed_projects",
            {"value": "5", "comparator": "<="},
        ),
    ],
)
def test_both_ends_of_one_range_are_not_two_figures(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    indicator: str,
    upper: dict[str, str],
) -> None:
    """Both ends of 3500万至5000万元 kept as two rows (the lower end at least, the upper end at
    most) were both added: the catalogue holds one value of a range (README), and of two
    observations of one day the later row hides the other unseen (method §1.2)."""
    data, seeds = project_copy
    draft, (row,) = _add_draft_and_keep(
        text, data, seeds, tmp_path, zone_id="chongqing", indicator_id=indicator
    )
    second = row | upper
    second["target_id" if row["kind"] == "target" else "obs_id"] += "-upper"
    write_rows(draft, [row, second])
    err = _added(draft, data, seeds, capsys)
    assert len(err) == 1 and err[0].startswith(f"{draft}:3:value: "), err
    first_id = row["target_id"] or row["obs_id"]
    assert "range" in err[0] and repr(first_id) in err[0]
    # Either end alone is added.
    write_rows(draft, [second])
    assert _added(draft, data, seeds, capsys) == []
    assert zonetrack.validate_catalog(data, seeds) == []


def test_a_comparator_the_evidence_does_not_allow_is_named_as_such(
    project_copy: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A goal of about 100亿元 kept with >= was refused naming qualifiers ("not
    exact/at_least") in the comparator column: the message names the comparator at fault and
    the one that fits. The draft gives the one that fits (=: exact or approx), so the row
    as drafted is added."""
    data, seeds = project_copy
    text = "园区工作要点\n\n2026年3月2日\n\n到2027年，园区项目总投资达到约100亿元。\n"
    draft, (row,) = _add_draft_and_keep(
        text, data, seeds, tmp_path, zone_id="chongqing", indicator_id="planned_investment"
    )
    assert (row["kind"], restore_cell(row["comparator"])) == ("target", "=")
    write_rows(draft, [row | {"comparator": ">="}])
    (line,) = _added(draft, data, seeds, capsys)
    assert line.startswith(f"{draft}:2:comparator: ")
    assert "'>='" in line and "'='" in line and "exact/at_least" not in line
    write_rows(draft, [row])
    assert _added(draft, data, seeds, capsys) == []


def test_an_approximate_range_is_drafted_with_a_note_of_both(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    """约3至5家: the draft keeps the lower end as a floor, and its note said "a range" only;
    it says the text calls it approximate too (README: a note of the range)."""
    data, seeds = project_copy
    text = "园区简报\n发布时间：2026-03-10\n2025年，园区新增孵化器约3至5家。\n"
    _, (row,) = draft_of(text, data, seeds, tmp_path, published="2026-03-10")
    assert (row["value"], row["value_high"], row["qualifier"]) == ("3", "5", "at_least")
    range_note = next(n for n in row["note"].split("; ") if n.startswith("value: a range"))
    assert "approx" in range_note and "约" in range_note


@pytest.mark.parametrize(
    "sentence", ["全年力争实现营业收入100亿元。", "今年，力争新增国家级孵化器10家。"]
)
def test_a_goal_of_the_pages_year_says_how_its_deadline_was_read(
    project_copy: tuple[Path, Path], tmp_path: Path, sentence: str
) -> None:
    """A goal for 全年 or 今年 is due at the end of the page's year, an inferred date: its
    row's note says so, as other inferred dates' notes do (README: dates relative to the
    page take the year of its date line)."""
    data, seeds = project_copy
    text = f"园区工作要点\n发布时间：2026-03-10\n{sentence}\n"
    _, (row,) = draft_of(text, data, seeds, tmp_path, published="2026-03-10")
    assert (row["kind"], row["deadline"]) == ("target", "2026-12-31")
    deadline_note = [n for n in row["note"].split("; ") if n.startswith("deadline: ")]
    assert deadline_note and "page" in deadline_note[0]


# --- review 13: a bad draft argument, a draft saved with semicolons, problems in draft order ---


def _add_figures(draft: Path | str, data: Path, seeds: Path, capsys) -> tuple[int, str]:
    """``zonetrack add-figures DRAFT``: its exit code and what it printed on stderr."""
    code = main(["add-figures", str(draft), *catalog_args(seeds, data)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(("name", "words"), [("gone.csv", "no such file"), (".", "is a folder")])
def test_a_missing_draft_or_a_folder_is_a_usage_error(
    drafted: tuple[Path, Path, Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    words: str,
) -> None:
    """README: exit 2 for a usage error, as extract and add-source give for the same mistake
    (it was exit 1 with a line at "row 0")."""
    data, seeds, _, _ = drafted
    before = snapshot(data, seeds)
    code, err = _add_figures(tmp_path / name, data, seeds, capsys)
    assert code == 2 and err.count("\n") == 1, err
    assert err.startswith("zonetrack add-figures: error: DRAFT.csv: ") and words in err
    assert ":0:" not in err and snapshot(data, seeds) == before


def test_extract_draft_into_a_folder_says_it_is_a_folder(
    drafted: tuple[Path, Path, Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds, _, name = drafted
    code = main(["extract", name, "--draft", str(tmp_path), *catalog_args(seeds, data)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "is a folder" in err, err
    assert "may hold a review" not in err


@pytest.mark.parametrize(("separator", "named"), [(";", "semicolons"), ("\t", "tabs")])
def test_a_draft_saved_with_another_separator_is_one_line_naming_it(
    drafted: tuple[Path, Path, Path, str],
    capsys: pytest.CaptureFixture[str],
    separator: str,
    named: str,
) -> None:
    data, seeds, draft, _ = drafted
    rows = keep_all(draft)
    # As a spreadsheet in a European locale saves "CSV": the same cells, another separator.
    with draft.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=separator)
        writer.writeheader()
        writer.writerows(rows)
    before = snapshot(data, seeds)
    code, err = _add_figures(draft, data, seeds, capsys)
    assert code == 1 and err.count("\n") == 1, err
    assert err.startswith(f"{draft}:1:*: ") and named in err and "commas" in err
    assert snapshot(data, seeds) == before


def test_problems_are_printed_in_draft_order(
    drafted: tuple[Path, Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A draft added twice is refused row by row: the rows' lines in the order of the draft
    (the target on line 4 was printed before the observations on lines 2 and 3)."""
    data, seeds, draft, _ = drafted
    keep_all(draft)
    assert _add_figures(draft, data, seeds, capsys)[0] == 0
    code, err = _add_figures(draft, data, seeds, capsys)
    lines = [int(line.split(":")[1]) for line in err.splitlines()]
    assert code == 1 and lines == [2, 3, 4], err


def test_nothing_kept_names_the_keep_column_not_row_0(
    drafted: tuple[Path, Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds, draft, _ = drafted
    code, err = _add_figures(draft, data, seeds, capsys)
    assert code == 1 and err.count("\n") == 1, err
    assert err.startswith(f"{draft}:1:keep: no row is marked keep: write yes in the keep column")


def test_a_formula_in_a_note_is_stored_as_text_and_full_width_digits_as_a_number(
    drafted: tuple[Path, Path, Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A note a spreadsheet would run (saved by one without the draft's apostrophe) was
    written raw into observations.csv, and a value typed in full-width digits stayed so."""
    data, seeds, draft, _ = drafted
    rows = keep_all(draft)
    rows[0]["note"] = '=HYPERLINK("http://example.org","see")'
    rows[1]["note"] = "@sum"
    rows[1]["value"] = "１３０"  # 130, as a Chinese input method types it
    write_rows(draft, rows)
    assert _add_figures(draft, data, seeds, capsys)[0] == 0
    added = read_rows(data / "observations.csv")[-2:]
    assert [(r["value"], r["note"]) for r in added] == [
        ("820", '\'=HYPERLINK("http://example.org","see")'),
        ("130", "'@sum"),
    ]
    assert zonetrack.validate_catalog(data, seeds) == []


@pytest.mark.parametrize(("typed", "stored"), [("1.3e2", "130"), (" 130", "130"), ("+130", "130")])
def test_a_value_typed_in_another_form_is_stored_as_a_plain_decimal(
    drafted: tuple[Path, Path, Path, str],
    capsys: pytest.CaptureFixture[str],
    typed: str,
    stored: str,
) -> None:
    """Review 13/14: 1.1e7 or a value with a space before it was written into the catalogue
    as typed (only Python reads them as numbers), unlike full-width digits."""
    data, seeds, draft, _ = drafted
    rows = keep_all(draft)
    rows[1]["value"] = typed
    write_rows(draft, rows)
    assert _add_figures(draft, data, seeds, capsys)[0] == 0
    assert read_rows(data / "observations.csv")[-1]["value"] == stored
    assert zonetrack.validate_catalog(data, seeds) == []


# --- review 13: validation refuses rows the page does not support ---
_CONTACTS = (
    "园区孵化载体提升计划（2026—2028年）\n"
    "发布时间：2026年3月2日\n"
    "咨询电话：023-61234567。地址：科园大道88号。\n"
    "截至2025年底，园区科技企业孵化器45家。到2028年，园区科技企业孵化器达到60家以上。\n"
)


@pytest.mark.parametrize(
    ("cells", "why"),
    [
        ({}, None),  # the figure as drafted
        ({"value": "88", "evidence": "科园大道88号"}, "address"),
        ({"value": "88", "evidence": "88"}, "address"),  # the bare number, read in its place
        ({"value": "2", "evidence": "2026年3月2日"}, "date"),
        ({"value": "2025", "evidence": "2025"}, "a year"),
        ({"value": "2028", "evidence": "到2028年"}, "a year"),
        ({"value": "2026", "qualifier": "at_least", "evidence": "2026—2028"}, "span of years"),
        ({"value": "23", "qualifier": "at_least", "evidence": "023-61234567"}, "phone"),
        ({"value": "61234567", "qualifier": "at_most", "evidence": "023-61234567"}, "phone"),
    ],
)
def test_a_number_the_extractor_leaves_out_is_no_figure_to_keep(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cells: dict[str, str],
    why: str | None,
) -> None:
    """Found by review 13: an address's number, the day of the date line, a year, the plan's
    span of years and the phone number, each quoted verbatim from the seed, were added as
    counts. The extractor leaves them out (README, "Left out"); validation reads the span's
    number in its place in the seed by the same rules and refuses it, saying what it is."""
    data, seeds = project_copy
    draft, rows = _add_draft_and_keep(
        _CONTACTS, data, seeds, tmp_path, zone_id="chongqing", indicator_id="tech_incubators"
    )
    (row,) = [r for r in rows if r["value"] == "45"]
    write_rows(draft, [row | {"unit": "count", **cells}])
    err = _added(draft, data, seeds, capsys)
    if why is None:
        assert err == []
    else:
        assert len(err) == 1 and err[0].startswith(f"{draft}:2:evidence: "), err
        assert why in err[0] and "not a figure" in err[0]


@pytest.mark.parametrize(
    ("text", "indicator", "note", "refused"),
    [
        ("力争到2027年，新增孵化载体面积200万平方米。", "incubator_floor_area", "", True),
        # The draft's own note warns that only a flow fits: that is no basis.
        ("力争到2027年，新增孵化载体面积200万平方米。", "incubator_floor_area", None, True),
        ("2025年，园区新增科技企业孵化器12家。", "tech_incubators", "", True),
        ("The park will add 12 incubators a year by 2027.", "tech_incubators", "", True),
        # A level after all, and the note says why: the row is the analyst's to keep.
        (
            "2025年，园区新增科技企业孵化器12家。",
            "tech_incubators",
            "level: cumulative since 2020",
            False,
        ),
        ("到2027年，孵化载体面积达到200万平方米。", "incubator_floor_area", "", False),
    ],
)
def test_an_increase_kept_on_a_stock_is_refused(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    indicator: str,
    note: str | None,
    refused: bool,
) -> None:
    """Found by review 13: 新增…200万平方米 kept on the stock of floor area was "achieved" at
    once (the catalogue held 1100万平方米). The draft only warned in note; validation refuses
    an increase or a yearly amount (the draft's rule) on a stock indicator."""
    data, seeds = project_copy
    page = f"园区简报\n发布时间：2026-03-02\n{text}\n"
    cells = {"zone_id": "chongqing", "indicator_id": indicator}
    draft, (row,) = _add_draft_and_keep(
        page, data, seeds, tmp_path, **cells, **({} if note is None else {"note": note})
    )
    assert note is not None or "flow" in row["note"]
    err = _added(draft, data, seeds, capsys)
    if refused:
        assert len(err) == 1 and err[0].startswith(f"{draft}:2:indicator_id: "), err
        assert "stock" in err[0] and "flow" in err[0]
    else:
        assert err == []


_PLAN = (
    "园区孵化器提升计划\n"
    "发布时间：2026年3月2日\n"
    "截至2025年底，园区科技企业孵化器45家。\n"
    "到2028年，园区科技企业孵化器达到60家以上。\n"
)


@pytest.mark.parametrize(
    ("value", "cells", "column"),
    [
        ("45", {}, None),  # as drafted
        ("45", {"ref_date": "2024-06-30"}, "ref_date"),  # the page says 截至2025年底
        ("45", {"ref_date": "2024-06-30", "note": "ref_date: the 2024 bulletin"}, None),
        ("60", {"deadline": "2027-12-31"}, "deadline"),  # the page says 到2028年
        ("60", {"deadline": "2027-12-31", "note": "deadline: moved by the 2027 plan"}, None),
        # A note on how the page's date was read is no basis for another date (review 14).
        ("60", {"deadline": "2027-12-31", "note": "deadline: '到2028年'"}, "deadline"),
        ("45", {"ref_date": "2024-06-30", "note": "ref_date: as of 截至2025年底"}, "ref_date"),
        # A goal kept as a fact, and a fact kept as a goal.
        ("60", {"kind": "observation", "ref_date": "2026-03-02", "qualifier": "at_least"}, "kind"),
        (
            "60",
            {
                "kind": "observation",
                "ref_date": "2026-03-02",
                "qualifier": "at_least",
                "note": "kind: the page's table gives it as the count reached",
            },
            None,
        ),
        ("45", {"kind": "target", "deadline": "2027-12-31", "comparator": ">="}, "kind"),
    ],
)
def test_a_kind_or_a_date_the_page_does_not_give_needs_a_basis_in_note(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    value: str,
    cells: dict[str, str],
    column: str | None,
) -> None:
    """Found by review 13: a goal for 2028 re-kept as a fact made an old target "achieved",
    and a fact's ref_date moved to a day the page does not give was added. `validate` reads
    the kind and the date extract gives the figure at the evidence's place; where the row
    differs, its note must give the basis of its own (the way an extractor's mistake is
    corrected), else one line names the column."""
    data, seeds = project_copy
    draft, rows = _add_draft_and_keep(
        _PLAN, data, seeds, tmp_path, zone_id="chongqing", indicator_id="tech_incubators"
    )
    (row,) = [r for r in rows if r["value"] == value]
    if cells.get("kind") == "observation":
        cells |= {"obs_id": row["target_id"].replace("-t-", "-obs-"), "target_id": ""}
        cells |= {"comparator": "", "deadline": "", "adopted": ""}
    elif cells.get("kind") == "target":
        cells |= {"target_id": row["obs_id"].replace("-obs-", "-t-"), "obs_id": ""}
        cells |= {"qualifier": "", "ref_date": "", "adopted": "2026-03-02"}
    write_rows(draft, [row | cells])
    before = snapshot(data, seeds)
    code = main(["add-figures", str(draft), *catalog_args(seeds, data)])
    err = capsys.readouterr().err.splitlines()
    if column is None:
        assert code == 0 and err == []
        assert main(["validate", *catalog_args(seeds, data)]) == 0
    else:
        # Refused when added, on the draft's own line, and nothing written.
        assert code == 1 and len(err) == 1, err
        assert err[0].startswith(f"{draft}:2:{column}: ") and "note" in err[0], err
        assert snapshot(data, seeds) == before
        # A row that reached the catalogue by hand is refused by validate, on its own line.
        _append_by_hand(data, row | cells)
        code = main(["validate", *catalog_args(seeds, data)])
        err = capsys.readouterr().err.splitlines()
        assert code == 1 and len(err) == 2, err  # the problem, then the count
        assert f"csv:{2 + _rows_before(data, row, cells)}:{column}: " in err[0], err


def _append_by_hand(data: Path, row: dict[str, str]) -> None:
    """Append a kept draft row to its catalogue table as an editor would, by column name."""
    name = "targets.csv" if row["kind"] == "target" else "observations.csv"
    with (data / name).open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    with (data / name).open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerow([row.get(c, "") for c in header])


def _rows_before(data: Path, row: dict[str, str], cells: dict[str, str]) -> int:
    """How many rows the catalogue table the row went to held before it (its line - 2)."""
    kind = cells.get("kind", row["kind"])
    name = "targets.csv" if kind == "target" else "observations.csv"
    return len(read_rows(data / name)) - 1
