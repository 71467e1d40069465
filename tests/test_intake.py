"""add-source, extract --draft, add-figures: the only writers of data/ and seeds/.

Every test works on a copy in tmp_path. What a command must not do (write when the result
is invalid, change existing bytes, leave a half-written file) is checked on the bytes.
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

import zonetrack
import zonetrack.draft
from zonetrack import intake, writing
from zonetrack.cli import main
from zonetrack.draft import add_figures, write_draft
from zonetrack.exceptions import CatalogError, DataError, UsageError
from zonetrack.intake import add_source

NEW_HEADER = "source,title,publisher,language,published,published_basis,url,retrieved,sha256"

# A news release written for this test, in the style of a municipal science bureau's.
RELEASE = (
    "重庆市孵化载体建设取得新进展\n"
    "发布时间:2025年2月10日\n"
    "截至2024年底,全市已建成孵化载体总面积820万平方米,市级以上科技企业孵化器130家。\n"
    "到2027年,力争孵化载体总面积达到1200万平方米以上。\n"
)


def _args(seeds: Path, data: Path) -> list[str]:
    return ["--data", str(data), "--seeds", str(seeds)]


def _draft_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def _add(release: Path, data: Path, seeds: Path, **kw) -> intake.AddedSource:
    return add_source(
        release,
        kw.pop("title", "孵化载体建设取得新进展"),
        kw.pop("publisher", "重庆市科学技术局"),
        kw.pop("published", "2025-02-10"),
        kw.pop("published_basis", "stated: the date line under the title"),
        data_dir=data,
        seeds_dir=seeds,
        **kw,
    )


# --- add-source --------------------------------------------------------------------------------


def test_add_source_appends_one_row_and_stores_the_text(
    project_copy: tuple[Path, Path], release: Path
) -> None:
    data, seeds = project_copy
    before = (seeds / "sources.csv").read_bytes()
    added = _add(release, data, seeds, published_basis=None)  # the page states its date
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
    added = _add(release, data, seeds, url="https://example.org/a", retrieved="2025-03-01")
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
        (
            {"retrieved": (datetime.date.today() + datetime.timedelta(days=1)).isoformat()},
            "retrieved",
        ),
        ({"currency": "XYZ"}, "currency"),
        ({"currency": "hkd"}, "currency"),
        ({"currency": "港元"}, "currency"),
    ],
)
def test_bad_arguments_write_nothing(
    project_copy: tuple[Path, Path], release: Path, kw: dict, argument: str
) -> None:
    data, seeds = project_copy
    before = snapshot(data, seeds)
    with pytest.raises(UsageError) as info:
        _add(release, data, seeds, **kw)
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
        _add(path, data, seeds)
    assert snapshot(data, seeds) == before


def test_a_stored_document_is_refused_naming_its_seed(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = project_copy
    copy = tmp_path / "again.txt"
    copy.write_bytes((seeds / "004_3038478eb074531e.txt").read_bytes())
    before = snapshot(data, seeds)
    with pytest.raises(DataError, match=r"004_3038478eb074531e\.txt"):
        _add(copy, data, seeds)
    assert snapshot(data, seeds) == before


def test_an_invalid_catalogue_is_not_written_to(
    project_copy: tuple[Path, Path], release: Path
) -> None:
    data, seeds = project_copy
    (seeds / "stray.txt").write_text("not listed", encoding="utf-8")
    before = snapshot(data, seeds)
    with pytest.raises(CatalogError, match=r"stray\.txt"):
        _add(release, data, seeds)
    assert snapshot(data, seeds) == before


def _kill_on_second_write(patch: pytest.MonkeyPatch) -> None:
    """The process is killed when the command replaces its second file (a seam, no edit)."""
    real, calls = writing.write_atomic, []

    def killed_on_second(path: Path, payload: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real(path, payload)

    # Each command writes through the write_atomic its own module imported.
    for module in (intake, zonetrack.draft):
        patch.setattr(module, "write_atomic", killed_on_second)


def test_a_kill_between_seed_and_row_is_recovered_by_running_again(
    project_copy: tuple[Path, Path], release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, seeds = project_copy
    sources_before = (seeds / "sources.csv").read_bytes()
    with monkeypatch.context() as patch:
        _kill_on_second_write(patch)
        with pytest.raises(KeyboardInterrupt):
            _add(release, data, seeds)
    assert (seeds / "sources.csv").read_bytes() == sources_before
    assert not list(seeds.glob(".*.tmp"))
    # Stored but not listed: every command still works on the catalogue as it was.
    assert len(list(seeds.glob("005_*"))) == 1
    assert zonetrack.validate_catalog(data, seeds) == []
    added = _add(release, data, seeds)
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
        _add(another, data, seeds, published="2025-02-11")
    else:
        _keep_all(draft)
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
        added = _add(release, data, seeds)
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
    assert main([*argv, *_args(seeds, data)]) == 2
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


# --- extract --draft and add-figures ----------------------------------------------------------


@pytest.fixture
def drafted(
    project_copy: tuple[Path, Path], release: Path, tmp_path: Path
) -> tuple[Path, Path, Path, str]:
    data, seeds = project_copy
    name = _add(release, data, seeds).name
    draft = tmp_path / "draft.csv"
    write_draft(name, draft, data, seeds)
    return data, seeds, draft, name


def test_draft_rows_have_the_catalogue_columns_and_the_written_units(
    drafted: tuple[Path, Path, Path, str],
) -> None:
    data, _, draft, name = drafted
    rows = _draft_rows(draft)
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
    _, (row,) = _draft_of(text, *project_copy, tmp_path, published="2022-02")
    assert (row["duplicate_of"], row["keep"]) == ("cq-t-01", "no")


def test_a_draft_is_never_overwritten(drafted: tuple[Path, Path, Path, str]) -> None:
    data, seeds, draft, name = drafted
    before = draft.read_bytes()
    with pytest.raises(UsageError):
        write_draft(name, draft, data, seeds)
    assert draft.read_bytes() == before


def _draft_of(
    text: str, data: Path, seeds: Path, tmp_path: Path, published: str = "2025"
) -> tuple[Path, list[dict[str, str]]]:
    """Store ``text`` as a new seed and draft it: (the draft's path, its rows)."""
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    name = add_source(doc, "t", "p", published, "stated: test", data_dir=data, seeds_dir=seeds).name
    draft = tmp_path / "d.csv"
    write_draft(name, draft, data, seeds)
    return draft, _draft_rows(draft)


def _keep_all(draft: Path) -> list[dict[str, str]]:
    rows = _draft_rows(draft)
    for row in rows:
        row["keep"] = "yes"
    _write_rows(draft, rows)
    return rows


def test_a_full_disk_is_one_line_naming_the_file_and_writes_nothing(
    drafted: tuple[Path, Path, Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import errno

    data, seeds, draft, _ = drafted
    _keep_all(draft)
    before = snapshot(data, seeds)

    def full(fd: int) -> None:  # the system's answer on a full disk: no file named
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert main(["add-figures", str(draft), *_args(seeds, data)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("zonetrack add-figures: cannot write ") and "No space left" in line
    assert str(data) in line and snapshot(data, seeds) == before


def test_add_figures_appends_only_and_validates(drafted: tuple[Path, Path, Path, str]) -> None:
    data, seeds, draft, _ = drafted
    rows = _keep_all(draft)
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
    _keep_all(draft)
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
    rows = _keep_all(draft)
    rows[0].update(change)  # the first data row: line 2 of the draft
    _write_rows(draft, rows)
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
    draft, _ = _draft_of(text, data, seeds, tmp_path)
    raw = draft.read_text(encoding="utf-8")
    assert "\n+" not in raw and ",+" not in raw
    rows = _keep_all(draft)
    assert rows[0]["evidence"].startswith("'+")
    rows[0]["indicator_id"] = "incubator_floor_area"  # the analyst's choice
    _write_rows(draft, rows)
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


# --- the commands ------------------------------------------------------------------------------


def test_three_commands(
    project_copy: tuple[Path, Path], release: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    data, seeds = project_copy
    args = _args(seeds, data)
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
    _keep_all(draft)
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
        code = main([*argv, *_args(seeds, data)])
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
    args = _args(seeds, data)
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
    rows = _draft_rows(draft)
    assert [(r["match"], r["indicator_id"]) for r in rows] == [
        ("likely", "incubator_floor_area"),
        ("likely", "tech_incubators"),
        ("none", ""),
        ("likely", "incubator_floor_area"),
    ]
    rows[2]["indicator_id"] = "tech_incubators_national"
    for row in rows:
        row["keep"] = "yes"
    _write_rows(draft, rows)
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
    _, (row,) = _draft_of(f"重庆市孵化器简报\n{line}\n", *project_copy, tmp_path)
    assert (row["zone_id"], row["indicator_id"], row["match"]) == (zone, indicator, match)


def test_a_file_identical_to_a_seed_drafts_under_the_seeds_name(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = project_copy
    copy = tmp_path / "downloaded-again.txt"
    copy.write_bytes((seeds / "004_3038478eb074531e.txt").read_bytes())
    draft = tmp_path / "d.csv"
    write_draft(copy, draft, data, seeds)
    rows = _draft_rows(draft)
    assert {r["source"] for r in rows} == {"004_3038478eb074531e.txt"}
    # Every catalogue target of that plan is recognised; none would be added by default.
    kept_targets = [r for r in rows if r["kind"] == "target" and r["keep"] != "no"]
    assert {r["duplicate_of"] for r in rows if r["kind"] == "target"} >= {"cq-t-01", "cq-t-02"}
    assert all(r["duplicate_of"] == "" for r in kept_targets)


def test_the_indicator_named_just_before_the_figure_is_suggested(
    project_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    text = "重庆市简报\n截至2024年底,孵化企业800家、高新技术企业60家。\n"
    _, rows = _draft_of(text, *project_copy, tmp_path)
    assert [r["indicator_id"] for r in rows] == ["incubated_firms", "high_tech_firms"]


def test_a_kill_between_the_two_tables_is_completed_by_running_again(
    drafted: tuple[Path, Path, Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data, seeds, draft, _ = drafted
    _keep_all(draft)
    with monkeypatch.context() as patch:
        _kill_on_second_write(patch)
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
    rows = _keep_all(draft)
    add_figures(draft, data, seeds)
    rows[0]["note"] = "edited after adding"
    _write_rows(draft, rows)
    before = snapshot(data, seeds)
    with pytest.raises(CatalogError) as info:
        add_figures(draft, data, seeds)
    assert [(p.row, p.column) for p in info.value.problems] == [(2, "obs_id")]
    assert "duplicate id" in info.value.problems[0].message
    assert snapshot(data, seeds) == before


# --- concurrent writers ----------------------------------------------------------------------


def _cli(*argv: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "zonetrack.cli", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


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
        _cli("add-source", str(d), "--title", d.stem, "--publisher", "p",
             "--published", "2026-03-10", "--published-basis", "stated: test",
             *_args(seeds, data))
        for d in docs
    ]  # fmt: skip
    outs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0, 0], [err for _, err in outs]
    names = {out.strip() for out, _ in outs}
    assert len(names) == 3
    listed = {r["source"] for r in _draft_rows(seeds / "sources.csv")}
    assert names <= listed
    assert main(["validate", *_args(seeds, data)]) == 0


@pytest.mark.slow
def test_concurrent_add_figures_runs_all_land(drafted: tuple[Path, Path, Path, str], tmp_path):
    """One draft split into single-row drafts added at once: every row is in the catalogue."""
    data, seeds, draft, _ = drafted
    rows = _keep_all(draft)
    singles = []
    for i, row in enumerate(rows):
        single = tmp_path / f"single{i}.csv"
        _write_rows(single, [row])
        singles.append(single)
    runs = [_cli("add-figures", str(s), *_args(seeds, data)) for s in singles]
    outs = [r.communicate(timeout=300) for r in runs]
    assert all(r.returncode == 0 for r in runs), [err for _, err in outs]
    ids = {r["target_id"] for r in _draft_rows(data / "targets.csv")}
    ids |= {r["obs_id"] for r in _draft_rows(data / "observations.csv")}
    wanted = {r.get("target_id") or r.get("obs_id") for r in rows}
    assert wanted <= ids
    assert main(["validate", *_args(seeds, data)]) == 0


@pytest.mark.parametrize("folder", ["data", "seeds"])
def test_a_draft_inside_the_catalogue_is_refused(
    drafted: tuple[Path, Path, Path, str], folder: str
) -> None:
    data, seeds, _, name = drafted
    target = (data if folder == "data" else seeds) / "draft.csv"
    before = snapshot(data, seeds)
    assert main(["extract", name, "--draft", str(target), *_args(seeds, data)]) == 2
    assert snapshot(data, seeds) == before


# --- the source's own currency (issue 12) ------------------------------------------------------

HK_RELEASE = (
    "創新科技署新聞公報\n2025年3月12日\n"
    "政府將在2025/26財政年度投入30億元,推動創新科技發展。\n"
    "截至2024年9月31日,科學園共有租戶1,380間。\n"
)


@pytest.fixture
def hk_release(tmp_path: Path) -> Path:
    path = tmp_path / "hk.txt"
    path.write_text(HK_RELEASE, encoding="utf-8")
    return path


def test_a_source_in_hong_kong_dollars_is_recorded_and_drafted_so(
    project_copy: tuple[Path, Path], hk_release: Path, tmp_path: Path
) -> None:
    data, seeds = project_copy
    added = _add(hk_release, data, seeds, currency="HKD")
    row = list(csv.DictReader((seeds / "sources.csv").read_text(encoding="utf-8").splitlines()))
    assert row[-1]["currency"] == "HKD"
    draft = tmp_path / "draft.csv"
    write_draft(added.name, draft, data, seeds)
    money, tenants = _draft_rows(draft)
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
        ("2025年3月\n基金规模50亿元人民币。", None),
        # English: a bare $ may be any dollar; yuan and US$ name their own.
        ("March 2025\nThe park will spend $2 billion on labs.", "$2 billion"),
        ("March 2025\nThe fund holds 2 billion yuan and US$300 million.", None),
        ("March 2025\nThe park has 120 firms.", None),
        # Amounts that name their currency need no answer.
        ("二〇二五年三月\n政府將投入30億港元支持研發。", None),
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
        _add(release, data, seeds)
        return
    with pytest.raises(UsageError) as info:
        _add(release, data, seeds)
    assert info.value.argument == "currency" and repr(asked) in str(info.value)
    assert {p.name: p.read_bytes() for p in seeds.iterdir()} == before  # nothing written
    _add(release, data, seeds, currency="HKD")  # answered, it is stored


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
    code = main([*argv, "--published", "2025-02-10", *extra, *_args(seeds, data)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"zonetrack add-source: error: {flag}: ") and words in err
    assert "sources.csv" not in err and snapshot(data, seeds) == before


def test_an_unanswered_currency_is_exit_2_naming_the_flag(
    project_copy: tuple[Path, Path], hk_release: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = project_copy
    argv = ["add-source", str(hk_release), "--title", "t", "--publisher", "p"]
    code = main([*argv, "--published", "2025-03-12", *_args(seeds, data)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "--currency" in err and "30億元" in err


def test_a_traditional_chinese_draft_in_yuan_says_元_was_read_as_yuan(
    project_copy: tuple[Path, Path], hk_release: Path, tmp_path: Path
) -> None:
    data, seeds = project_copy
    added = _add(hk_release, data, seeds, currency="CNY")
    draft = tmp_path / "draft.csv"
    write_draft(added.name, draft, data, seeds)
    money = _draft_rows(draft)[0]
    assert money["unit"] == "億元"
    assert "元 read as the yuan" in money["note"] and "--currency" in money["note"]


@pytest.mark.parametrize(("recorded", "given"), [("HKD", "TWD"), ("HKD", "CNY"), ("CNY", "HKD")])
def test_a_draft_in_another_currency_than_the_seeds_is_refused(
    project_copy: tuple[Path, Path], hk_release: Path, tmp_path: Path, recorded, given
) -> None:
    data, seeds = project_copy
    added = _add(hk_release, data, seeds, currency=recorded)
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
    assert _draft_rows(draft)[0]["unit"] == "TWD"


def test_a_currency_without_a_column_to_keep_it_is_refused(
    minimal_catalog: tuple[Path, Path], hk_release: Path
) -> None:
    data, seeds = minimal_catalog  # its sources.csv predates the currency column
    before = snapshot(data, seeds)
    with pytest.raises(UsageError) as info:
        _add(hk_release, data, seeds, currency="HKD")
    assert info.value.argument == "currency" and "no currency column" in str(info.value)
    assert snapshot(data, seeds) == before
    _add(hk_release, data, seeds, currency="CNY")  # the yuan needs no column


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
    code = main([*argv, "--currency", "XYZ", *_args(seeds, data)])
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
    name = _add(hk_release, data, seeds, currency="HKD", published="2025-03-12").name
    draft = tmp_path / "draft.csv"
    write_draft(name, draft, data, seeds)
    money = _draft_rows(draft)[0]
    money |= {"keep": "yes", "zone_id": "hong-kong", "indicator_id": "innovation_funding"}
    _write_rows(draft, [money])
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
