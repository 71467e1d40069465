"""The command line: exit codes, one-line errors, formats; it never writes data/ or seeds/."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import snapshot

from zonetrack.cli import main
from zonetrack.progress import COLUMNS


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_ok(
    minimal_catalog: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = minimal_catalog
    assert run(["validate", "--data", str(data), "--seeds", str(seeds)], capsys)[:2] == (
        0,
        "catalogue is valid\n",
    )


def exit_code(args: list[str]) -> int:
    """The exit code, whether main returns it or argparse exits with it."""
    try:
        return main(args)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--quarter", "2025Q5"],
        ["status", "--as-of", "2025-02-30"],
        ["status", "--as-of", "2025-01-01", "--quarter", "2025Q1"],
        ["status", "--zone", "moon"],
        # Past what a pandas timestamp holds: once every target silently showed no_data.
        ["status", "--as-of", "9999-12-31"],
        ["status", "--as-of", "2262-04-12"],
        ["status", "--quarter", "2262Q1"],
        ["status", "--quarter", "9999Q4"],
        ["report", "--quarter", "9999Q1"],
        ["status", "--format", "xml"],
        ["export", "nothing"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2_in_one_line(
    args: list[str], minimal_catalog: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = minimal_catalog
    assert exit_code([*args, "--data", str(data), "--seeds", str(seeds)]) == 2
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_status_formats(
    minimal_catalog: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = minimal_catalog
    base = ["status", "--data", str(data), "--seeds", str(seeds), "--as-of", "2023-06-30"]
    code, out, _ = run([*base, "--format", "json"], capsys)
    assert code == 0
    document = json.loads(out)
    assert {k: document[k] for k in ("as_of", "zone", "only")} == {
        "as_of": "2023-06-30",
        "zone": "all",
        "only": False,
    }
    records = document["targets"]
    assert [r["target_id"] for r in records] == ["t-area", "t-firms"]
    assert list(records[0]) == [*COLUMNS, "derived_assumption"]
    assert records[0]["baseline_date"] == "2020-12-31"
    assert records[1]["actual_cagr"] is None  # one observation: no pace
    assert "NaN" not in out

    code, out, _ = run([*base, "--format", "csv"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["status"] for r in rows] == [records[0]["status"], "baseline_only"]
    assert {r["as_of"] for r in rows} == {"2023-06-30"}
    assert rows[1]["actual_cagr"] == ""

    # The park lies in the city: the city's view covers it (docs/method.md §1.4).
    code, out, _ = run([*base, "--zone", "city"], capsys)
    assert code == 0 and "t-area" in out
    code, out, _ = run([*base, "--zone", "city", "--only"], capsys)
    assert code == 0 and "t-area" not in out

    code, out, _ = run([*base, "--zone", "park"], capsys)
    assert "t-area" in out and "baseline_only" in out


@pytest.mark.parametrize("zone", [None, "park"])
def test_status_json_with_no_targets_still_says_when_and_where(
    zone: str | None, minimal_catalog: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # Before any target was published: an empty answer, but an answer for a stated date.
    data, seeds = minimal_catalog
    args = ["status", "--data", str(data), "--seeds", str(seeds), "--as-of", "1990-01-01"]
    code, out, _ = run([*args, *(["--zone", zone] if zone else []), "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out) == {
        "as_of": "1990-01-01",
        "zone": zone or "all",
        "only": False,
        "targets": [],
    }


@pytest.mark.parametrize(
    ("zone", "line"),
    [
        (None, "no target of any zone is known at 1990-01-01\n"),
        ("park", "no target of zone 'park' is known at 1990-01-01\n"),
    ],
)
def test_status_table_with_no_targets_says_so(
    zone: str | None,
    line: str,
    minimal_catalog: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    data, seeds = minimal_catalog
    args = ["status", "--data", str(data), "--seeds", str(seeds), "--as-of", "1990-01-01"]
    code, out, _ = run([*args, *(["--zone", zone] if zone else [])], capsys)
    assert (code, out) == (0, line)


def test_status_on_an_invalid_catalogue_exits_1(
    minimal_catalog: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = minimal_catalog
    (data / "targets.csv").write_text("target_id\nx\n", encoding="utf-8")
    code, _, err = run(["status", "--data", str(data), "--seeds", str(seeds)], capsys)
    assert code == 1
    assert "targets.csv:1:zone_id: required column is missing" in err
    assert "Traceback" not in err


def test_export_json(
    minimal_catalog: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = minimal_catalog
    code, out, _ = run(
        ["export", "targets", "--format", "json", "--data", str(data), "--seeds", str(seeds)],
        capsys,
    )
    assert code == 0
    assert json.loads(out)[0]["value_canonical"] == 1e6


@pytest.mark.slow
def test_console_script_writes_nothing(project_copy: tuple[Path, Path]) -> None:
    data, seeds = project_copy
    before = snapshot(data, seeds)
    for args in (["validate"], ["status", "--quarter", "2026Q3"], ["export", "observations"]):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "zonetrack.cli",
                *args,
                "--data",
                str(data),
                "--seeds",
                str(seeds),
            ],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    assert snapshot(data, seeds) == before


@pytest.mark.parametrize("command", ["validate", "status", "export targets"])
@pytest.mark.parametrize("flag", ["--data", "--seeds"])
def test_a_folder_that_does_not_exist_is_a_usage_error(
    minimal_catalog: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    flag: str,
) -> None:
    data, seeds = minimal_catalog
    folders = {"--data": str(data), "--seeds": str(seeds), flag: str(tmp_path / "none")}
    code, out, err = run([*command.split(), *(x for kv in folders.items() for x in kv)], capsys)
    assert code == 2
    assert out == ""
    assert err.splitlines() == [
        f"zonetrack {command.split()[0]}: error: {flag}: no such folder: '{tmp_path / 'none'}'"
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--data", ""],
        ["validate", "--seeds", ""],
        ["status", "--data", "", "--quarter", "2026Q3"],
        ["export", "zones", "--seeds", " "],
        ["report", "--out", "", "--quarter", "2026Q3"],
    ],
)
def test_an_empty_folder_is_a_usage_error_not_the_project(
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # As a script would call it with an unset variable: --data "$DATA".
    monkeypatch.chdir(tmp_path)
    assert exit_code(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = err.splitlines()
    flag = next(a for a in args if a in ("--data", "--seeds", "--out"))
    assert line == (
        f"zonetrack {args[0]}: error: {flag}: the folder name is empty; "
        "name a folder, or leave it out for the default"
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("flag", "variable", "where"),
    [
        (["--scheduler", ""], None, "--scheduler: the address is empty"),
        (["--scheduler", " "], None, "--scheduler: the address is empty"),
        ([], "", "ZONETRACK_SCHEDULER: the variable is set but empty"),
    ],
)
def test_an_empty_scheduler_is_a_usage_error_not_this_machine(
    flag: list[str],
    variable: str | None,
    where: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # --scheduler "$SCHED" with SCHED unset must not render the quarter here instead.
    if variable is not None:
        monkeypatch.setenv("ZONETRACK_SCHEDULER", variable)
    out = tmp_path / "out"
    assert exit_code(["report", "--quarter", "2026Q3", "--out", str(out), *flag]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"zonetrack report: error: {where}")
    assert not out.exists()


@pytest.mark.parametrize("variable", ["ZONETRACK_DATA", "ZONETRACK_SEEDS"])
def test_an_empty_folder_variable_is_a_usage_error(
    variable: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(variable, "")
    code, out, err = run(["status", "--quarter", "2026Q3"], capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"zonetrack status: error: {variable}: the variable is set but empty; "
        "name a folder, or unset it for the default\n"
    )


def test_usage_errors_name_the_flag_not_the_parameter(
    minimal_catalog: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = minimal_catalog
    args = ["--data", str(data), "--seeds", str(seeds)]
    assert run(["status", "--as-of", "9999-12-31", *args], capsys)[1:] == (
        "",
        "zonetrack status: error: --as-of: year 9999 is out of range (1678-2261): '9999-12-31'\n",
    )
    assert run(["status", "--quarter", "2262Q1", *args], capsys)[2].startswith(
        "zonetrack status: error: --quarter: year 2262"
    )
    assert run(["status", "--zone", "moon", *args], capsys)[2].startswith(
        "zonetrack status: error: --zone: unknown zone 'moon'"
    )


# The project's own catalogue: Chongqing's plan (004) has nine targets, six on the
# municipality itself and three on its regions (cq-dual-core, cq-metro-other, cq-ne-se);
# Chengdu Future Science and Technology City's page (003, July 2021) has four.
CHONGQING = [f"cq-t-0{i}" for i in range(1, 10)]
CHONGQING_OWN = ["cq-t-01", "cq-t-02", "cq-t-03", "cq-t-07", "cq-t-08", "cq-t-09"]
CHENGDU = ["cd-t-01", "cd-t-02", "cd-t-03", "cd-t-04"]


def status_ids(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    code, out, err = run(["status", "--format", "json", *args], capsys)
    assert code == 0, err
    return [row["target_id"] for row in json.loads(out)["targets"]]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--zone", "chongqing", "--quarter", "2026Q3"], CHONGQING),
        (["--zone", "chongqing", "--only", "--quarter", "2026Q3"], CHONGQING_OWN),
        (["--zone", "cq-dual-core", "--quarter", "2026Q3"], ["cq-t-04"]),
        # Only Chengdu's page had been published by the end of 2021 (§1.3 of docs/method.md).
        (["--as-of", "2021-12-31"], CHENGDU),
        (["--zone", "chongqing", "--as-of", "2021-12-31"], []),
        (["--quarter", "2026Q3"], CHONGQING + CHENGDU),
    ],
)
def test_status_selects_the_targets_known_in_the_zone_and_below(
    args: list[str], expected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert sorted(status_ids(args, capsys)) == sorted(expected)


def test_status_reports_every_target_past_its_deadline(capsys: pytest.CaptureFixture[str]) -> None:
    """All thirteen targets are due by the end of 2025: past their deadline in 2026Q3."""
    code, out, _ = run(["status", "--format", "json", "--quarter", "2026Q3"], capsys)
    rows = json.loads(out)["targets"]
    assert len(rows) == 13
    assert all(row["deadline_passed"] is True for row in rows)
    code, out, _ = run(["status", "--quarter", "2026Q3"], capsys)
    assert code == 0
    assert "passed" in out.splitlines()[0]


def test_only_needs_a_zone(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code(["status", "--only"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_status_table_names_targets_and_fits_80_columns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["status", "--quarter", "2026Q3"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].split()[:3] == ["target", "name", "status"]
    at = next(i for i, line in enumerate(lines) if line.startswith("cq-t-07"))
    assert "Univers" in lines[at] and "yes" in lines[at]
    # The zone stands once above its rows, so the indicator is what each row shows: one
    # zone's four targets are told apart.
    assert lines[at - 1] == "Chongqing"
    at = next(i for i, line in enumerate(lines) if line.startswith("cd-t-01"))
    assert lines[at - 1] == "Chengdu Future Science and Technology City"
    chengdu = [line.split("  ")[1].strip() for line in lines if line.startswith("cd-t-")]
    assert len(chengdu) == 4 and len(set(chengdu)) == 4, chengdu
    assert chengdu[0].startswith("National (key) lab")


def test_status_wide_shows_every_column_and_full_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["status", "--quarter", "2026Q3", "--wide"], capsys)
    assert code == 0
    header = out.splitlines()[0]
    for column in ("latest", "target value", "unit", "pace ratio", "as of", "deadline", "passed"):
        assert column in header
    assert "Western (Chongqing) Science City and Liangjiang New Area · Total floor area" in out


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (["--published", "2026-13-10"], "--published"),
        (["--published", "2026-03-10", "--url", "javascript:alert(1)"], "--url"),
        (["--published", "2026-03-10", "--retrieved", "soon"], "--retrieved"),
    ],
)
def test_add_source_errors_name_the_flag(
    argv: list[str], flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("园区已聚集企业120家。\n", encoding="utf-8")
    args = ["add-source", str(doc), "--title", "t", "--publisher", "p", *argv]
    assert exit_code([*args, "--data", str(tmp_path), "--seeds", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and flag in err


@pytest.mark.slow
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize(
    "args",
    [
        ["status", "--quarter", "2026Q3"],
        ["status", "--quarter", "2026Q3", "--format", "json"],
        ["export", "observations"],
    ],
)
def test_a_full_disk_is_one_line_and_exit_1(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "zonetrack.cli", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert result.returncode == 1
    assert result.stderr == (
        f"zonetrack {args[0]}: cannot write the output: No space left on device\n"
    )


@pytest.mark.parametrize(
    ("args", "where", "reason"),
    [
        (["extract", "doc.txt", "--draft", ""], "--draft", "is empty: give the draft's file name"),
        (["extract", "doc.txt", "--draft", " "], "--draft", "is empty: give the draft's file name"),
        (["add-figures", ""], "DRAFT.csv", "is empty: give the draft's file name"),
        # Review 12: ``extract --draft -`` wrote a file named "-". A draft is a file to review
        # in a spreadsheet and give to add-figures by its name (README), and no command of
        # zonetrack reads "-" as standard input or output.
        (["extract", "doc.txt", "--draft", "-"], "--draft", "'-' is no draft file: "),
        (["add-figures", "-"], "DRAFT.csv", "'-' is no draft file: "),
    ],
)
def test_an_empty_or_dash_draft_name_is_a_usage_error(
    args: list[str],
    where: str,
    reason: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Found by review 10: ``--draft "$OUT"`` with the variable unset printed the table and
    exited 0 with no draft; add-figures called the name a folder (exit 1)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.txt").write_text("到2027年，孵化器达到30家。\n", encoding="utf-8")
    assert exit_code(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = err.splitlines()
    assert line.startswith(f"zonetrack {args[0]}: error: {where}: {reason}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.txt"]
