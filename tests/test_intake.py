"""add-source, and the three intake commands together: the only writers of data/ and seeds/.

Every test works on a copy in tmp_path. What a command must not do (write when the result
is invalid, change existing bytes, leave a half-written file) is checked on the bytes. The
drafts' own tests (extract --draft, add-figures) are in test_draft.py.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT, snapshot
from intake_steps import (
    HK_RELEASE,
    RELEASE,
    add_document,
    catalog_args,
    keep_all,
    kill_on_second_write,
    read_rows,
    run_cli,
    write_document,
    write_rows,
)

import zonetrack
from zonetrack import intake
from zonetrack.cli import main
from zonetrack.draft import add_figures, write_draft
from zonetrack.exceptions import CatalogError, DataError, UsageError
from zonetrack.intake import add_source

NEW_HEADER = "source,title,publisher,language,published,published_basis,url,retrieved,sha256"


# --- add-source --------------------------------------------------------------------------------


def test_add_source_appends_one_row_and_stores_the_text(
    project_copy: tuple[Path, Path], release: Path
) -> None:
    data, seeds = project_copy
    before = (seeds / "sources.csv").read_bytes()
    added = add_document(release, data, seeds, published_basis=None)  # the page states its date
    after = (seeds / "sources.csv").read_bytes()
    assert after.startswith(before) and after.count(b"\n") == before.count(b"\n") + 1
    stored = (seeds / added.name).read_bytes()
    assert stored == RELEASE.encode("utf-8")
    assert added.sha256 == hashlib.sha256(stored).hexdigest()
    # The stable rule: one past the highest number in use, then the content's digest.
    assert added.name == f"005_{added.sha256[:16]}.txt"
    row = list(csv.DictReader(after.decode().splitlines()))[-1]
    # The project's sources.csv has url and retrieved: empty, and the day it was stored.
    assert row.pop("url") == ""
    assert row.pop("retrieved") == datetime.date.today().isoformat()
    assert row.pop("currency") == ""  # the yuan
    assert row == {
        "source": added.name,
        "title": "孵化载体建设取得新进展",
        "publisher": "重庆市科学技术局",
        "language": "zh-Hans",
        "published": "2025-02-10",
        "published_basis": "stated in the document",
        "sha256": added.sha256,
    }
    assert zonetrack.validate_catalog(data, seeds) == []


def test_add_source_fills_url_and_retrieved(project_copy: tuple[Path, Path], release: Path) -> None:
    data, seeds = project_copy
    path = seeds / "sources.csv"
    added = add_document(release, data, seeds, url="https://example.org/a", retrieved="2025-03-01")
    row = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))[-1]
    assert (row["url"], row["retrieved"], row["sha256"]) == (
        "https://example.org/a",
        "2025-03-01",
        added.sha256,
    )
    assert added.ignored == ()


def test_html_is_stored_as_its_text(project_copy: tuple[Path, Path], tmp_path: Path) -> None:
    data, seeds = project_copy
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><style>p{}</style><script>var x=1;</script></head>"
        "<body><p>园区已聚集企业<b>120家</b>。</p></body></html>",
        encoding="utf-8",
    )
    added = add_source(page, "t", "p", "2025", "upper bound: test", data_dir=data, seeds_dir=seeds)
    text = (seeds / added.name).read_text(encoding="utf-8")
    assert "园区已聚集企业" in text and "120家" in text and "<" not in text and "var" not in text


@pytest.mark.parametrize(
    ("kw", "argument"),
    [
        ({"published": "2025-13"}, "published"),
        ({"published": "next year"}, "published"),
        ({"published": ""}, "published"),
        ({"title": "  "}, "title"),
        ({"title": "two\nlines"}, "title"),
        ({"publisher": ""}, "publisher"),
        ({"language": "fr"}, "language"),
        ({"url": "ftp://x"}, "url"),
        ({"retrieved": "yesterday"}, "retrieved"),
        ({"retrieved": "2261-12-31"}, "retrieved"),  # saved in the future
        ({"retrieved": "tomorrow"}, "retrieved"),  # the day after the test runs
        ({"currency": "XYZ"}, "currency"),
        ({"currency": "hkd"}, "currency"),
        ({"currency": "港元"}, "currency"),
    ],
)
def test_bad_arguments_write_nothing(
    project_copy: tuple[Path, Path], release: Path, kw: dict, argument: str
) -> None:
    data, seeds = project_copy
    if kw.get("retrieved") == "tomorrow":  # not at collection: a run may pass midnight
        kw = {"retrieved": (datetime.date.today() + datetime.timedelta(days=1)).isoformat()}
    before = snapshot(data, seeds)
    with pytest.raises(UsageError) as info:
        add_document(release, data, seeds, **kw)
    assert info.value.argument == argument
    assert snapshot(data, seeds) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x7fELF\x00\x01\x02", "binary"),
        ("国家".encode("gb18030"), "looks like GBK/GB18030"),
        ("国家".encode("utf-16"), "looks like UTF-16"),
        (b"   \n\n", "no text"),
    ],
)
def test_unreadable_files_write_nothing(
    project_copy: tuple[Path, Path], tmp_path: Path, content: bytes | None, message: str
) -> None:
    data, seeds = project_copy
    path = tmp_path / "doc.txt"
    if content is not None:
        path.write_bytes(content)
    before = snapshot(data, seeds)
    with pytest.raises(DataError, match=message):
        add_document(path, data, seeds)
    assert snapshot(data, seeds) == before


def test_a_stored_document_is_refused_naming_its_seed(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = project_copy
    copy = tmp_path / "again.txt"
    copy.write_bytes((seeds / "004_3038478eb074531e.txt").read_bytes())
    before = snapshot(data, seeds)
    with pytest.raises(DataError, match=r"004_3038478eb074531e\.txt"):
        add_document(copy, data, seeds)
    assert snapshot(data, seeds) == before


def test_an_invalid_catalogue_is_not_written_to(
    project_copy: tuple[Path, Path], release: Path
) -> None:
    data, seeds = project_copy
    (seeds / "stray.txt").write_text("not listed", encoding="utf-8")
    before = snapshot(data, seeds)
    with pytest.raises(CatalogError, match=r"stray\.txt"):
        add_document(release, data, seeds)
    assert snapshot(data, seeds) == before


def test_a_kill_between_seed_and_row_is_recovered_by_running_again(
    project_copy: tuple[Path, Path], release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, seeds = project_copy
    sources_before = (seeds / "sources.csv").read_bytes()
    with monkeypatch.context() as patch:
        kill_on_second_write(patch)
        with pytest.raises(KeyboardInterrupt):
            add_document(release, data, seeds)
    assert (seeds / "sources.csv").read_bytes() == sources_before
    assert not list(seeds.glob(".*.tmp"))
    # Stored but not listed: every command still works on the catalogue as it was, and
    # `validate` names the seed and how to finish (review 13).
    (orphan,) = seeds.glob("005_*")
    zonetrack.load_catalog(data, seeds)
    (problem,) = zonetrack.validate_catalog(data, seeds)
    assert (Path(problem.file).name, problem.column) == (orphan.name, "*")
    assert "add-source again" in problem.message
    added = add_document(release, data, seeds)
    assert sorted(p.name for p in seeds.glob("005_*")) == [added.name]
    assert zonetrack.validate_catalog(data, seeds) == []


def test_a_file_named_like_a_stored_seed_but_not_one_is_still_reported(
    project_copy: tuple[Path, Path],
) -> None:
    # Only a document whose name carries its own digest counts as stored by add-source.
    data, seeds = project_copy
    (seeds / "005_0123456789abcdef.txt").write_text("put here by hand", encoding="utf-8")
    problems = zonetrack.validate_catalog(data, seeds)
    assert [(Path(p.file).name, p.column) for p in problems] == [("005_0123456789abcdef.txt", "*")]


@pytest.mark.parametrize("command", ["add_source", "add_figures"])
def test_what_a_killed_write_left_is_removed_by_the_next_command(
    command: str, drafted: tuple[Path, Path, Path, str], release: Path
) -> None:
    data, seeds, draft, _ = drafted
    # What SIGKILL during write_atomic leaves: mkstemp's ".NAME.XXXXXXXX.tmp".
    dead = [data / ".observations.csv.k3_x9Qzp.tmp", seeds / ".sources.csv.a1b2c3d4.tmp"]
    kept = [data / ".gitkeep", seeds / ".notes.tmp", data / ".targets.csv.tmp"]
    for path in [*dead, *kept]:
        path.write_text("partial", encoding="utf-8")
    if command == "add_source":
        another = release.with_name("another.txt")
        another.write_text("2025年2月11日\n园区已聚集企业130家。\n", encoding="utf-8")
        add_document(another, data, seeds, published="2025-02-11")
    else:
        keep_all(draft)
        add_figures(draft, data, seeds)
    assert [p.exists() for p in dead] == [False, False]
    assert [p.exists() for p in kept] == [True, True, True]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_new_seed_gets_the_mode_the_umask_gives(
    project_copy: tuple[Path, Path], release: Path, umask: int, mode: int
) -> None:
    data, seeds = project_copy
    old = os.umask(umask)
    try:
        added = add_document(release, data, seeds)
    finally:
        os.umask(old)
    assert (seeds / added.name).stat().st_mode & 0o777 == mode


@pytest.mark.parametrize(
    ("text", "published", "stated"),
    [
        ("发布时间:2025年2月10日", "2025-02-10", True),
        ("发布时间：2025年02月10日", "2025-02-10", True),
        ("２０２５年２月１０日", "2025-02-10", True),  # full-width digits
        ("2025 年 2 月 10 日", "2025-02-10", True),
        ("Posted 2025-02-10 by the bureau", "2025-02-10", True),
        ("2025/2/10", "2025-02-10", True),
        ("Released on February 10, 2025.", "2025-02-10", True),
        ("10 February 2025", "2025-02-10", True),
        ("2025年2月", "2025-02", True),
        ("February 2025", "2025-02", True),
        ("2025年2月", "2025-02-10", False),  # the month, not the day
        ("2025年2月100日", "2025-02-10", False),
        ("12025年2月10日", "2025-02-10", False),
        ("2025年12月10日", "2025-02-10", False),
        ("2025-02-101", "2025-02-10", False),
        ("到2025年,全市孵化器达到100家", "2025", False),  # a year proves nothing
        ("2025年第一季度", "2025Q1", False),
        ("no date at all", "2025-02-10", False),
    ],
)
def test_states_date(text: str, published: str, stated: bool) -> None:
    assert intake.states_date(text, published) is stated


def test_a_date_the_document_does_not_state_needs_its_basis(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = project_copy
    doc = tmp_path / "undated.txt"
    doc.write_text("园区已聚集企业120家。\n", encoding="utf-8")
    before = snapshot(data, seeds)
    with pytest.raises(UsageError, match="does not state 2025-02-10") as info:
        add_source(doc, "t", "p", "2025-02-10", data_dir=data, seeds_dir=seeds)
    assert info.value.argument == "published_basis"
    assert snapshot(data, seeds) == before
    added = add_source(
        doc, "t", "p", "2025-02-10", "lower bound: first seen", data_dir=data, seeds_dir=seeds
    )
    row = list(csv.DictReader((seeds / "sources.csv").read_text(encoding="utf-8").splitlines()))
    assert (row[-1]["source"], row[-1]["published_basis"]) == (
        added.name,
        "lower bound: first seen",
    )


@pytest.mark.parametrize("target", ["folder", "/dev/null", "missing"])
@pytest.mark.parametrize("command", ["add-source", "extract"])
def test_a_folder_device_or_missing_file_as_the_document_is_a_usage_error(
    target: str,
    command: str,
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture,
) -> None:
    data, seeds = project_copy
    path = {"folder": str(tmp_path), "missing": str(tmp_path / "gone.html")}.get(target, target)
    argv = [command, path]
    if command == "add-source":
        argv += ["--title", "t", "--publisher", "p", "--published", "2025-02-10"]
    before = snapshot(data, seeds)
    assert main([*argv, *catalog_args(seeds, data)]) == 2
    err = capsys.readouterr().err
    kind = "a folder" if target == "folder" else "not a regular file"
    problem = f"no such file: {path}" if target == "missing" else f"{path} is {kind}"
    assert err.startswith(f"zonetrack {command}: error: FILE: {problem}") and err.count("\n") == 1
    assert snapshot(data, seeds) == before


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The science city will build 30 platforms by 2025. " * 5, "en"),
        ("成都高新区发布科技创新中心建设方案,到2025年建成国家级平台30个。" * 3, "zh-Hans"),
        ("成都高新區發布科技創新中心建設方案,到2025年建成國家級平台30個。" * 3, "zh-Hant"),
        (
            "国际菁蓉镇简介,创业企业1000家。" * 3
            + " Jingrong Town hosts more than 1,000 start-up companies and teams today." * 3,
            "mixed",
        ),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert intake.detect_language(text) == language


# --- the commands ------------------------------------------------------------------------------


def test_three_commands(
    project_copy: tuple[Path, Path], release: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    data, seeds = project_copy
    args = catalog_args(seeds, data)
    assert (
        main(
            [
                "add-source",
                str(release),
                "--title",
                "进展",
                "--publisher",
                "重庆市科学技术局",
                "--published",
                "2025-02-10",
                *args,
            ]
        )
        == 0
    )
    name = capsys.readouterr().out.strip()
    assert (seeds / name).is_file()
    draft = tmp_path / "draft.csv"
    assert main(["extract", name, "--draft", str(draft), *args]) == 0
    assert "3 rows written" in capsys.readouterr().out
    keep_all(draft)
    assert main(["add-figures", str(draft), *args]) == 0
    assert capsys.readouterr().out == "added 1 targets and 2 observations\n"
    assert main(["add-figures", str(draft), *args]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err and all(line.startswith(f"{draft}:") for line in err)
    assert main(["validate", *args]) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["add-source"],
        ["add-source", "x.txt", "--title", "t", "--publisher", "p"],
        ["add-source", "x.txt", "--title", "t", "--publisher", "p", "--published", "2025-02-30"],
        ["add-source", "x.txt", "--title", "t", "--publisher", "p", "--language", "de"],
        ["add-figures"],
        ["extract", "nothing-here.txt", "--draft", "d.csv"],
    ],
)
def test_usage_errors(
    argv: list[str], project_copy: tuple[Path, Path], capsys: pytest.CaptureFixture
) -> None:
    data, seeds = project_copy
    try:
        code = main([*argv, *catalog_args(seeds, data)])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


# --- the README's steps, end to end ------------------------------------------------------------

LATER_RELEASE = (
    "重庆市科学技术局:2025年全市孵化载体发展情况\n"
    "截至2025年底,全市孵化载体总面积达到910万平方米,市级以上科技企业孵化器141家,"
    "其中国家级26家。\n"
    "到2027年,力争孵化载体总面积达到1300万平方米以上。\n"
)


def _nbval_notebooks(data: Path, seeds: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ZONETRACK_DATA": str(data), "ZONETRACK_SEEDS": str(seeds)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "-q", "-p", "no:cacheprovider", "notebooks/"],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env=env,
    )


@pytest.mark.kernel
def test_readme_steps_end_to_end(
    project_copy: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    """add-source, extract --draft, mark rows, add-figures, validate; the notebooks still pass."""
    data, seeds = project_copy
    args = catalog_args(seeds, data)
    doc = tmp_path / "release-2025.txt"
    doc.write_text(LATER_RELEASE, encoding="utf-8")
    # 1. Store the document.
    title, publisher = "2025年全市孵化载体发展情况", "重庆市科学技术局"
    store = ["add-source", str(doc), "--title", title, "--publisher", publisher]
    basis = ["--published-basis", "stated: the date line under the title"]
    assert main([*store, "--published", "2026-03-10", *basis, *args]) == 0
    name = capsys.readouterr().out.strip()
    # 2. Draft its figures.
    draft = tmp_path / "draft.csv"
    assert main(["extract", name, "--draft", str(draft), *args]) == 0
    assert capsys.readouterr().out.startswith("4 rows written")
    # 3. Review: the "其中国家级26家" row names no indicator the matcher can be sure of;
    # the analyst fills it in and keeps every row.
    rows = read_rows(draft)
    assert [(r["match"], r["indicator_id"]) for r in rows] == [
        ("likely", "incubator_floor_area"),
        ("likely", "tech_incubators"),
        ("none", ""),
        ("likely", "incubator_floor_area"),
    ]
    rows[2]["indicator_id"] = "tech_incubators_national"
    for row in rows:
        row["keep"] = "yes"
    write_rows(draft, rows)
    # 4. Add them and validate.
    assert main(["add-figures", str(draft), *args]) == 0
    assert capsys.readouterr().out == "added 1 targets and 3 observations\n"
    assert main(["validate", *args]) == 0
    catalog = zonetrack.load_catalog(data, seeds)
    assert len(catalog.sources) == 6
    assert len(catalog.as_of("2025-06-30").sources) == 5
    # 5. The committed notebooks, run against the larger catalogue, still match their outputs.
    result = _nbval_notebooks(data, seeds)
    assert result.returncode == 0, result.stdout[-3000:]


# --- concurrent writers ----------------------------------------------------------------------


@pytest.mark.slow
def test_concurrent_add_source_runs_all_land(project_copy: tuple[Path, Path], tmp_path: Path):
    """Three documents stored at once: three seeds, three rows, a valid catalogue."""
    data, seeds = project_copy
    docs = []
    for i in range(3):
        doc = tmp_path / f"doc{i}.txt"
        doc.write_text(f"第{i}份文件\n园区已聚集企业{120 + i}家。\n", encoding="utf-8")
        docs.append(doc)
    runs = [
        run_cli("add-source", str(d), "--title", d.stem, "--publisher", "p",
             "--published", "2026-03-10", "--published-basis", "stated: test",
             *catalog_args(seeds, data))
        for d in docs
    ]  # fmt: skip
    outs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0, 0], [err for _, err in outs]
    names = {out.strip() for out, _ in outs}
    assert len(names) == 3
    listed = {r["source"] for r in read_rows(seeds / "sources.csv")}
    assert names <= listed
    assert main(["validate", *catalog_args(seeds, data)]) == 0


# --- the source's own currency (issue 12) ------------------------------------------------------


def test_a_source_in_hong_kong_dollars_is_recorded_and_drafted_so(
    project_copy: tuple[Path, Path], hk_release: Path, tmp_path: Path
) -> None:
    data, seeds = project_copy
    added = add_document(hk_release, data, seeds, currency="HKD", published="2025-03-12")
    row = list(csv.DictReader((seeds / "sources.csv").read_text(encoding="utf-8").splitlines()))
    assert row[-1]["currency"] == "HKD"
    draft = tmp_path / "draft.csv"
    write_draft(added.name, draft, data, seeds)
    money, tenants = read_rows(draft)
    assert (money["unit"], money["value"]) == ("HKD", "3000000000")
    # A financial year as a deadline says how it was read.
    assert money["kind"] == "target" and money["deadline"] == "2026-03-31"
    assert "financial year 2025/26" in money["note"] and "31 March 2026" in money["note"]
    # An impossible date: no date (not the publication date), and the note says why.
    assert tenants["kind"] == "observation" and tenants["ref_date"] == ""
    assert "'2024年9月31日' names no real day" in tenants["note"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # Traditional Chinese: 元 alone is the Hong Kong, Taiwan or Macao dollar as often as not.
        ("二〇二五年三月\n政府將投入30億元支持研發。", "30億元"),
        ("民國114年\n園區產值達1,200億元。", "1,200億元"),
        # Simplified Chinese: 元 alone is the yuan, unless the text also counts in a local dollar.
        ("2025年3月\n全市投入研发资金30亿元。", None),
        ("2025年3月\n港资企业投资20亿港元,市财政配套投入5亿元。", "5亿元"),
        ("2025年3月\n澳资企业投资2亿澳门元,横琴配套投入5亿元。", "5亿元"),
        ("2025年3月\n基金规模50亿元人民币。", None),
        # English: a bare $ may be any dollar; yuan and US$ name their own.
        ("March 2025\nThe park will spend $2 billion on labs.", "$2 billion"),
        ("March 2025\nThe fund holds 2 billion yuan and US$300 million.", None),
        ("March 2025\nThe park has 120 firms.", None),
        # Amounts that name their currency need no answer in a simplified page; a traditional
        # one that names a local dollar is asked all the same (review 13: its currency also
        # decides how its years are read), naming the currency.
        ("二〇二五年三月\n政府將投入30億港元支持研發。", "港元"),
    ],
)
def test_add_source_asks_the_currency_of_amounts_that_may_not_be_yuan(
    project_copy: tuple[Path, Path], tmp_path: Path, text: str, asked: str | None
) -> None:
    data, seeds = project_copy
    release = tmp_path / "release.txt"
    release.write_text(text, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    if asked is None:
        add_document(release, data, seeds)
        return
    with pytest.raises(UsageError) as info:
        add_document(release, data, seeds)
    assert info.value.argument == "currency" and repr(asked) in str(info.value)
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before  # nothing written
    add_document(release, data, seeds, currency="HKD")  # answered, it is stored


@pytest.mark.parametrize(
    ("extra", "flag", "words"),
    [
        (["--retrieved", "2025-02-09"], "--published", "is after retrieved"),
        (["--published-basis", "because the page says so"], "--published-basis", "must start"),
    ],
)
def test_a_source_row_the_arguments_make_invalid_is_exit_2_naming_the_argument(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    flag: str,
    words: str,
) -> None:
    data, seeds = project_copy
    release = tmp_path / "r.txt"
    release.write_text(RELEASE, encoding="utf-8")
    before = snapshot(data, seeds)
    argv = ["add-source", str(release), "--title", "t", "--publisher", "p"]
    code = main([*argv, "--published", "2025-02-10", *extra, *catalog_args(seeds, data)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"zonetrack add-source: error: {flag}: ") and words in err
    assert "sources.csv" not in err and snapshot(data, seeds) == before


def test_an_unanswered_currency_is_exit_2_naming_the_flag(
    project_copy: tuple[Path, Path], hk_release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = project_copy
    argv = ["add-source", str(hk_release), "--title", "t", "--publisher", "p"]
    code = main([*argv, "--published", "2025-03-12", *catalog_args(seeds, data)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "--currency" in err and "30億元" in err


def test_a_currency_without_a_column_to_keep_it_is_refused(
    minimal_catalog: tuple[Path, Path], hk_release: Path
) -> None:
    data, seeds = minimal_catalog  # its sources.csv predates the currency column
    before = snapshot(data, seeds)
    with pytest.raises(UsageError) as info:
        add_document(hk_release, data, seeds, currency="HKD", published="2025-03-12")
    assert info.value.argument == "currency" and "no currency column" in str(info.value)
    assert snapshot(data, seeds) == before
    add_document(hk_release, data, seeds, currency="CNY", published="2025-03-12")  # no column


@pytest.mark.parametrize(
    "argv",
    [
        ["add-source", "x.txt", "--title", "t", "--publisher", "p", "--published", "2025"],
        ["extract", "x.txt"],
        ["extract", "x.txt", "--draft", "d.csv"],
    ],
)
def test_an_unknown_currency_flag_is_exit_2_naming_it(
    argv: list[str], project_copy: tuple[Path, Path], capsys: pytest.CaptureFixture, tmp_path
) -> None:
    data, seeds = project_copy
    doc = tmp_path / "x.txt"
    doc.write_text(HK_RELEASE, encoding="utf-8")
    argv = [str(doc) if a == "x.txt" else str(tmp_path / a) if a == "d.csv" else a for a in argv]
    code = main([*argv, "--currency", "XYZ", *catalog_args(seeds, data)])
    err = capsys.readouterr().err
    assert code == 2
    assert "--currency: unknown currency 'XYZ'" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_hong_kong_figure_goes_from_page_to_catalogue_in_hong_kong_dollars(
    project_copy: tuple[Path, Path], hk_release: Path, tmp_path: Path
) -> None:
    """add-source --currency HKD, extract --draft, add-figures: the row is HK$3 billion, and
    its evidence 30億元 validates as such (read as yuan it would not)."""
    data, seeds = project_copy
    with (data / "indicators.csv").open("a", encoding="utf-8") as fh:
        fh.write("innovation_funding,創新科技投入,Innovation funding,HKD,up,flow,\n")
    with (data / "zones.csv").open("a", encoding="utf-8") as fh:
        fh.write("hong-kong,香港,Hong Kong,,municipality,香港,香港,\n")
    name = add_document(hk_release, data, seeds, currency="HKD", published="2025-03-12").name
    draft = tmp_path / "draft.csv"
    write_draft(name, draft, data, seeds)
    money = read_rows(draft)[0]
    money |= {"keep": "yes", "zone_id": "hong-kong", "indicator_id": "innovation_funding"}
    write_rows(draft, [money])
    added = add_figures(draft, data, seeds)
    assert added.targets == (money["target_id"],)
    targets = zonetrack.load_catalog(data, seeds).targets.set_index("target_id")
    assert targets.at[money["target_id"], "value_canonical"] == 3e9
    assert zonetrack.validate_catalog(data, seeds) == []
    # The same row in a source recorded in yuan does not validate: 30億元 would be CNY.
    sources = seeds / "sources.csv"
    sources.write_text(
        sources.read_text(encoding="utf-8").replace(",HKD\n", ",\n"), encoding="utf-8"
    )
    problems = zonetrack.validate_catalog(data, seeds)
    assert [(Path(p.file).name, p.column) for p in problems] == [("targets.csv", "value")]


# --- review 9: numbers and qualifiers ---
# An amount whose currency is named before it in two parts (港幣1億2,000萬元) names its currency:
# add-source does not ask about it, and asks about the amount that names none (a traditional
# page is asked for its currency all the same, naming the currency, not the amount).
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("二〇二五年三月\n園區另獲港幣1億2,000萬元投資。", "港幣"),
        ("二〇二五年三月\n園區另獲港幣1億2,000萬元投資，政府另撥款5萬元。", "5萬元"),
        ("2025年3月\n横琴另获澳门元1亿2,000万投资，市财政配套投入5亿元。", "5亿元"),
        ("March 2025\nThe park raised HK$1億8,000萬 from investors.", None),
    ],
)
def test_add_source_does_not_ask_the_currency_a_number_in_two_parts_names(
    project_copy: tuple[Path, Path], tmp_path: Path, text: str, asked: str | None
) -> None:
    # The steps and checks of the question's own test, on these texts.
    test_add_source_asks_the_currency_of_amounts_that_may_not_be_yuan(
        project_copy, tmp_path, text, asked
    )


@pytest.mark.parametrize(
    ("published", "basis", "refused"),
    [
        ("2026-01-16", "stated: the page", True),  # the page writes no such day
        ("2026-04-02", "stated: the page", True),
        ("2026-05-20", "stated: the date line", False),
        ("2026-05-20", None, False),
        ("2026-05", "stated: the month on the page", False),
        ("2026-06-01", "upper bound: saved that day", False),  # a bound says what it is
        # Review 11: a later date on the page (an update, the next article) is no page date
        # the stated one must equal; a date the page writes may be the stated one.
        ("2026-05-18", "stated: the first line", False),
    ],
)
def test_a_date_called_stated_must_be_written_on_the_page(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    published: str,
    basis: str | None,
    refused: bool,
) -> None:
    """Found by review 10: a page dated 20 May stored as stated on 15 January showed its May
    figures in January (and refused its own fact of May as published after the fact)."""
    data, seeds = project_copy
    page = write_document(
        tmp_path / "page.txt",
        "高新区招商工作简报\n发布时间：2026-05-18 09:00　更新时间：2026-05-20\n"
        "2026年1月15日，高新区举行签约会。目前，园区已集聚企业1,200家。\n"
        "发布时间：2026-05-20\n",
    )
    before = snapshot(data, seeds)
    argv = ["add-source", str(page), "--title", "t", "--publisher", "p", "--published", published]
    argv += ["--published-basis", basis] if basis else []
    code = main([*argv, *catalog_args(seeds, data)])
    err = capsys.readouterr().err
    if refused:
        assert code == 2 and err.count("\n") == 1
        assert err.startswith("zonetrack add-source: error: --published: ")
        assert "date line says 2026-05-" in err and "does not write" in err
        assert snapshot(data, seeds) == before
    else:
        assert code == 0, err


@pytest.mark.parametrize(
    ("date_line", "published", "refused"),
    [
        ("发布时间：2026年10月", "2026-11-15", True),  # a day of another month
        ("发布时间：2026年10月", "2026-09-30", True),
        ("发布时间：2026年10月", "2026-10-15", False),  # a day of that month
        ("发布时间：2026年10月", "2026-10", False),
        ("（2026年10月出版）", "2026-11-15", True),
        ("（2026年10月出版）", "2026-10-15", False),
        ("Published: October 2026", "2026-10-20", False),
        ("Published: October 2026", "2026-12-01", True),
    ],
)
def test_a_month_only_date_line_checks_a_stated_day(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    date_line: str,
    published: str,
    refused: bool,
) -> None:
    """A page dated only by its month (发布时间：2026年10月) let a stated day of another month
    through, and refused one of its own month: the month is checked as a full date line is
    (README: a date called stated that the page's own date line contradicts is refused)."""
    data, seeds = project_copy
    page = write_document(
        tmp_path / "page.txt",
        f"高新区招商工作简报\n{date_line}\n目前，园区已集聚企业1,200家。\n",
    )
    before = snapshot(data, seeds)
    argv = ["add-source", str(page), "--title", "t", "--publisher", "p", "--published", published]
    code = main([*argv, "--published-basis", "stated: the date line", *catalog_args(seeds, data)])
    err = capsys.readouterr().err
    if refused:
        assert code == 2 and err.count("\n") == 1, err
        assert err.startswith("zonetrack add-source: error: --published: ")
        assert "date line says 2026-10" in err and "does not write" in err
        assert snapshot(data, seeds) == before
    else:
        assert code == 0, err


# A Taiwan release written for these tests, saved in Big5 as such pages often are.
BIG5_RELEASE = (
    "科學園區新聞稿\n發布日期：2026年3月6日\n園區廠商營業額達新臺幣1兆2,300億元，較去年成長8%。\n"
)


@pytest.mark.parametrize(
    ("encoding", "named", "iconv"),
    [
        ("big5", "Big5", "iconv -f BIG5-HKSCS -t UTF-8"),
        ("gbk", "GBK/GB18030", "iconv -f GB18030 -t UTF-8"),
    ],
)
def test_a_page_in_big5_or_gbk_is_named_with_the_conversion_that_reads_it(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    encoding: str,
    named: str,
    iconv: str,
) -> None:
    """A Big5 page was called GBK/GB18030, and the conversion the message led to stored
    garbage: the message names the encoding whose reading is plausible, and how to convert."""
    data, seeds = project_copy
    text = BIG5_RELEASE if encoding == "big5" else RELEASE
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode(encoding))
    before = snapshot(data, seeds)
    argv = ["add-source", str(page), "--title", "t", "--publisher", "p", "--published", "2026"]
    code = main([*argv, "--published-basis", "upper bound: test", *catalog_args(seeds, data)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert f"it looks like {named};" in err and iconv in err
    assert "GB18030" not in err if encoding == "big5" else "Big5" not in err
    assert snapshot(data, seeds) == before
    # The conversion named gives back the page as written.
    converted = subprocess.run(
        iconv.split(),
        input=page.read_bytes(),
        capture_output=True,
        check=True,
    ).stdout
    assert converted.decode("utf-8") == text


# Pages written for these tests: every amount names its currency, but the page is a Taiwan or
# Hong Kong one, and its years or financial years are read by that currency.
TW_NAMED = (
    "經濟部新聞稿\n發布日期：115年4月9日\n"
    "114年度園區研發投入新臺幣820億元，預計118年底前擴增至新臺幣1,000億元。\n"
)
HK_NAMED = "創新科技署公布\n2026年4月9日\n基金已累計資助港幣62億元，支持項目1,450個。\n"
MAINLAND_NAMED = "科技局消息\n发布时间：2026年4月9日\n园区引进港资企业12家，投资额达港币30亿元。\n"


def _add_argv(page: Path, published: str) -> list[str]:
    """``zonetrack add-source PAGE`` with a title, a publisher and ``published``."""
    return ["add-source", str(page), "--title", "t", "--publisher", "p", "--published", published]


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        (TW_NAMED, "115年4月9日"),
        (HK_NAMED, "港幣"),
        (TW_NAMED.replace("115年", "民國115年"), "民國115年"),
    ],
    ids=["taiwan-date", "hong-kong-dollar", "minguo-year"],
)
def test_a_taiwan_or_hong_kong_page_is_asked_its_currency_even_when_amounts_name_it(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    blamed: str,
) -> None:
    """The currency also decides how years are read (115年 is 2026 in a Taiwan source), and
    a seed's currency is never changed afterwards: README, add-source asks for it."""
    data, seeds = project_copy
    page = write_document(tmp_path / "page.txt", text)
    before = snapshot(data, seeds)
    argv = [*_add_argv(page, "2026-04"), "--published-basis", "upper bound: test"]
    code = main([*argv, *catalog_args(seeds, data)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert err.startswith("zonetrack add-source: error: --currency: ") and repr(blamed) in err
    assert snapshot(data, seeds) == before


def test_a_mainland_page_naming_the_hong_kong_dollar_is_not_asked(
    project_copy: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = project_copy
    page = write_document(tmp_path / "page.txt", MAINLAND_NAMED)
    argv = _add_argv(page, "2026-04-09")
    assert main([*argv, *catalog_args(seeds, data)]) == 0, capsys.readouterr().err


def test_a_taiwan_date_line_states_its_date_in_a_twd_source(
    project_copy: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --currency TWD, 發布日期：115年4月9日 states 2026-04-09 (it asked for a basis)."""
    data, seeds = project_copy
    page = write_document(tmp_path / "page.txt", TW_NAMED)
    argv = _add_argv(page, "2026-04-09")
    assert main([*argv, "--currency", "TWD", *catalog_args(seeds, data)]) == 0
    name = capsys.readouterr().out.strip()
    row = read_rows(seeds / "sources.csv")[-1]
    assert (row["source"], row["currency"]) == (name, "TWD")
    assert row["published_basis"] == "stated in the document"
    # A date the page does not write is still not stated.
    other = write_document(tmp_path / "other.txt", TW_NAMED.replace("4月9日", "4月8日"))
    argv[1] = str(other)
    assert main([*argv, "--currency", "TWD", *catalog_args(seeds, data)]) == 2


# Review 14: what raises the currency question is what the message quotes, and only what a
# Taiwan, Hong Kong or Macao page writes raises it.
@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        # A mainland page's 元 is the yuan; its bare $ is what may not be.
        ("发布时间：2026年4月9日\n市财政投入3亿元，外资企业投资$500万。", "$500万"),
        # A bare three-digit year is a Republic of China date with its day or on a date line.
        ("經濟部新聞稿\n發布日期：115年4月\n園區廠商達1,200家。", "115年4月"),
        ("經濟部新聞稿\n日期：115年4月\n園區廠商達1,200家。", "115年4月"),
        ("經濟部新聞稿\n園區於115年4月9日舉辦說明會，廠商達1,200家。", "115年4月9日"),
        # Not a date: an anniversary, a count of years and months, a market's name.
        ("協會會訊\n2026年4月9日\n本會成立120年3月舉辦慶典，會員達1,200人。", None),
        ("協會會訊\n2026年4月9日\n計畫為期100年6個月，會員達1,200人。", None),
        ("協會會訊\n2026年4月9日\n會員公司資料可於MOPS查詢，會員達1,200人。", None),
    ],
)
def test_the_currency_question_quotes_what_raised_it(
    project_copy: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    blamed: str | None,
) -> None:
    data, seeds = project_copy
    page = write_document(tmp_path / "page.txt", text)
    argv = [*_add_argv(page, "2026-04"), "--published-basis", "upper bound: test"]
    code = main([*argv, *catalog_args(seeds, data)])
    err = capsys.readouterr().err
    if blamed is None:
        assert code == 0, err
        return
    assert code == 2 and err.count("\n") == 1, err
    assert err.startswith("zonetrack add-source: error: --currency: ") and repr(blamed) in err


# A page that holds its figures in a table written as lines, its cells set off by tabs (pasted
# from a spreadsheet) or by a layout's wide gaps: the extractor's own rows for the cells go
# through the three commands (review 21: add-figures refused both, the tab as a control
# character and the two cells as one long number).
@pytest.mark.parametrize("gap", ["\t", "\t\t", " " * 40, "\u3000" * 4])
def test_the_cells_of_a_table_go_from_page_to_catalogue(
    project_copy: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture, gap: str
) -> None:
    data, seeds = project_copy
    page = write_document(
        tmp_path / "table.txt",
        "重庆市孵化载体建设情况\n发布时间:2025年2月10日\n\n"
        f"指标{gap}2023年{gap}2024年\n"
        f"孵化载体总面积（万平方米）{gap}760{gap}830\n",
    )
    add_document(page, data, seeds)
    name = capsys.readouterr().out.strip() or sorted(p.name for p in seeds.glob("0*_*.txt"))[-1]
    draft = tmp_path / "draft.csv"
    args = catalog_args(seeds, data)
    assert main(["extract", name, "--draft", str(draft), *args]) == 0
    rows = keep_all(draft)
    assert [(r["value"], r["ref_date"]) for r in rows] == [
        ("760", "2023-12-31"),
        ("830", "2024-12-31"),
    ]
    for row in rows:
        row["zone_id"], row["indicator_id"] = "chongqing", "incubator_floor_area"
    write_rows(draft, rows)
    capsys.readouterr()
    assert main(["add-figures", str(draft), *args]) == 0, capsys.readouterr().err
    assert main(["validate", *args]) == 0
