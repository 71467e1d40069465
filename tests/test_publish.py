"""Publishing never loses a report: partial runs merge, failures keep the last good page,
concurrent runs both land, a kill at any step leaves the quarter complete. No kernels here:
a runner whose notebooks say which run made them (``fakes.py``)."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import MINIMAL, snapshot, write_catalog
from fakes import fake_runner

from zonetrack import publish
from zonetrack.cli import main
from zonetrack.dates import last_complete_quarter
from zonetrack.exceptions import PublishError, ReportError, ReportWarning
from zonetrack.pages import language_link
from zonetrack.report import render_reports

QUARTER = "2023Q2"
ALL = {f"{z}.{lang}" for z in ("all", "city", "park") for lang in ("en", "zh")}
ZH = {stem for stem in ALL if stem.endswith(".zh")}
FAKES = Path(__file__).with_name("fakes.py")
OTHER = {"en": "zh", "zh": "en"}


def render(data: Path, seeds: Path, out: Path, tag: str, quarter: str = QUARTER, **kw):
    runner = fake_runner(tag, fail=kw.pop("fail", ()), calls=kw.pop("calls", None))
    kw.setdefault("progress", "off")
    return render_reports(quarter, data_dir=data, seeds_dir=seeds, out=out, runner=runner, **kw)


def published(out: Path, quarter: str = QUARTER) -> dict[str, str]:
    """Which run made each published report, after checking the quarter is complete."""
    folder = out / quarter
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    index = (folder / "index.html").read_text(encoding="utf-8")
    tags, listed = {}, {"manifest.json", "index.html"}
    for r in manifest["reports"]:
        for kind in ("notebook", "html"):
            content = (folder / r[kind]).read_bytes()
            assert hashlib.sha256(content).hexdigest() == r["sha256"][kind], r[kind]
            listed.add(r[kind])
        stem = f"{r['zone']}.{r['lang']}"
        tags[stem] = json.loads((folder / r["notebook"]).read_text(encoding="utf-8"))["tag"]
        assert f"{stem} rendered by {tags[stem]}" in (folder / r["html"]).read_text("utf-8")
        assert f'href="{r["html"]}"' in index
        if r.get("failed_notebook"):
            listed.add(r["failed_notebook"])
    listed |= {f["notebook"] for f in manifest["failed"] if f["notebook"]}
    # The quarter's downloads, each matching the digest the manifest records.
    for name, digest in manifest.get("downloads", {}).items():
        if name != "catalog_sha256":
            assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
            listed.add(name)
    # Every page's link to its other language leads to a page: the report in that
    # language, or a page saying it is not published in it yet, listed as such.
    pages = {(r["zone"], r["lang"]): r["html"] for r in manifest["reports"]}
    expected = {
        f"{zone}.{OTHER[lang]}.html": html
        for (zone, lang), html in pages.items()
        if (zone, OTHER[lang]) not in pages
    }
    # Every zone page's breadcrumb leads to the quarter's overview in its language: the
    # overview, its stand-in in the other language, or, while there is no overview in
    # either, a page that sends the reader on to the quarter's list.
    no_overview = not any(zone == "all" for zone, _ in pages)
    expected |= {f"all.{lang}.html": "index.html" for _, lang in pages if no_overview}
    assert sorted(expected) == manifest.get("placeholders", [])
    for name, html in expected.items():
        text = (folder / name).read_text(encoding="utf-8")
        assert f'href="{html}"' in text and "rendered by" not in text, name
        listed.add(name)
    for zone, lang in pages:
        assert (folder / f"all.{lang}.html").is_file(), (zone, lang)
    on_disk = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    assert on_disk == listed  # nothing unlisted, nothing missing
    return tags


def manifest_of(out: Path, quarter: str = QUARTER) -> dict:
    return json.loads((out / quarter / "manifest.json").read_text(encoding="utf-8"))


def test_full_run_records_the_catalogue_hash_and_version(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    # What a shell glob would miss: a hidden file and a file in a subfolder.
    (data / ".notes.tmp").write_text("left by an editor", encoding="utf-8")
    (seeds / "archive").mkdir()
    (seeds / "archive" / "README").write_text("old pages", encoding="utf-8")
    render(data, seeds, tmp_path / "out", "A")
    assert published(tmp_path / "out") == dict.fromkeys(ALL, "A")
    # The documented recipe, run by the shell, gives the hash a reviewer looks for.
    recipe = subprocess.run(
        "find data seeds -type f -exec sha256sum {} + | LC_ALL=C sort -k2 | sha256sum",
        shell=True,
        cwd=data.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[0]
    for report in manifest_of(tmp_path / "out")["reports"]:
        assert report["catalog_sha256"] == recipe
        assert report["zonetrack"] == version("zonetrack")
        assert report["status"] == "ok"


@pytest.mark.parametrize(
    ("partial", "rerendered"),
    [
        ({"zones": ["park"]}, {"all.en", "all.zh", "park.en", "park.zh"}),
        ({"langs": ("zh",)}, {"all.zh", "city.zh", "park.zh"}),
        ({"zones": ["city"], "langs": ("en",)}, {"all.en", "city.en"}),
    ],
)
def test_partial_run_keeps_every_other_report(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, partial: dict, rerendered: set[str]
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A")
    before = {p.name: p.read_bytes() for p in (out / QUARTER).iterdir()}
    result = render(data, seeds, out, "B", **partial)
    tags = published(out)
    assert tags == {stem: "B" if stem in rerendered else "A" for stem in ALL}
    for stem in ALL - rerendered:
        for ext in ("ipynb", "html"):
            assert (out / QUARTER / f"{stem}.{ext}").read_bytes() == before[f"{stem}.{ext}"]
    assert result.rendered == len(rerendered)
    assert len(result.manifest["reports"]) == len(ALL)


def test_replace_makes_a_partial_run_replace_the_quarter(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    render(data, seeds, tmp_path / "out", "A")
    render(data, seeds, tmp_path / "out", "B", zones=["park"], langs=("en",), replace=True)
    assert published(tmp_path / "out") == {"all.en": "B", "park.en": "B"}


def test_full_run_drops_zones_that_no_longer_have_data(tmp_path: Path) -> None:
    tables = copy.deepcopy(MINIMAL)
    tables["zones"].append({**tables["zones"][1], "zone_id": "lake", "name_en": "Lake"})
    data, seeds = write_catalog(tmp_path / "catalog", tables)
    out = tmp_path / "out"
    render(data, seeds, out, "A")
    render(data, seeds, out, "B", zones=["lake"])  # a zone without data, named on purpose
    assert published(out)["lake.zh"] == "B" and published(out)["city.en"] == "A"
    render(data, seeds, out, "C")  # full: every zone with data, both languages
    assert published(out) == dict.fromkeys(ALL, "C")


def test_failing_notebook_keeps_the_last_good_page_marked_stale(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A")
    with pytest.raises(ReportError) as info:
        render(data, seeds, out, "B", fail={"city.en"})
    [(name, reason)] = info.value.failures
    assert name == f"{QUARTER}/_failed/city.en.ipynb"
    assert "city.en breaks the template" in reason and "stale" in reason
    assert published(out) == {**dict.fromkeys(ALL, "B"), "city.en": "A"}
    [city] = [r for r in manifest_of(out)["reports"] if (r["zone"], r["lang"]) == ("city", "en")]
    assert city["status"] == "stale" and "breaks the template" in city["error"]
    failed = json.loads((out / QUARTER / city["failed_notebook"]).read_text(encoding="utf-8"))
    assert failed["tag"] == "B"
    index = (out / QUARTER / "index.html").read_text(encoding="utf-8")
    assert "stale" in index and "city.en breaks the template" in index
    root_index = (out / "index.html").read_text(encoding="utf-8")
    assert 'data-label="Stale 未更新" class=num>1</td>' in root_index

    render(data, seeds, out, "C", zones=["city"], langs=("en",))  # fixed: no longer stale
    assert published(out)["city.en"] == "C"
    assert all(r["status"] == "ok" for r in manifest_of(out)["reports"])
    assert not (out / QUARTER / "_failed").exists()


def test_failure_without_a_published_report_stays_listed_until_it_renders(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    with pytest.raises(ReportError):
        render(data, seeds, out, "A", fail={"city.en"})
    assert "city.en" not in published(out)
    assert [(f["zone"], f["lang"]) for f in manifest_of(out)["failed"]] == [("city", "en")]
    render(data, seeds, out, "B", zones=["park"])  # another zone's run keeps the failure listed
    assert [f["zone"] for f in manifest_of(out)["failed"]] == ["city"]
    assert (out / QUARTER / "_failed" / "city.en.ipynb").exists()
    render(data, seeds, out, "C")
    assert manifest_of(out)["failed"] == [] and published(out)["city.en"] == "C"


def _placeholder(out: Path, name: str) -> str:
    return (out / QUARTER / name).read_text(encoding="utf-8")


def test_a_page_in_one_language_links_to_a_page_saying_the_other_is_not_published(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A", langs=("en",))
    assert published(out) == dict.fromkeys({"all.en", "city.en", "park.en"}, "A")
    # Where a zone page's language link leads (sections.py draws it with language_link).
    href = re.search(r'href="([^"]+)"', language_link("city", "en"))
    assert href is not None and href.group(1) == "city.zh.html"
    text = _placeholder(out, "city.zh.html")
    assert '<html lang="zh-Hans">' in text and "尚无中文版" in text
    assert 'href="city.en.html"' in text and 'href="index.html"' in text
    # The quarter's index lists reports only: the stand-in page is not a Chinese report.
    assert 'href="city.zh.html"' not in (out / QUARTER / "index.html").read_text("utf-8")

    render(data, seeds, out, "B", langs=("zh",))  # Chinese later: the real pages take over
    assert published(out) == {**dict.fromkeys(ALL, "B"), **dict.fromkeys(ALL - ZH, "A")}
    assert "placeholders" not in manifest_of(out)
    assert "rendered by B" in _placeholder(out, "city.zh.html")


def test_a_report_failing_in_one_language_leaves_a_page_where_its_link_leads(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    with pytest.raises(ReportError):
        render(data, seeds, out, "A", fail={"park.en"})
    assert "park.en" not in published(out)
    text = _placeholder(out, "park.en.html")
    assert '<html lang="en">' in text and "Not yet in English" in text
    assert 'href="park.zh.html"' in text
    assert manifest_of(out)["placeholders"] == ["park.en.html"]
    # A failure with an earlier page keeps that page (stale): no stand-in replaces it.
    render(data, seeds, out, "B")
    with pytest.raises(ReportError):
        render(data, seeds, out, "C", fail={"park.en"})
    assert published(out)["park.en"] == "B" and "placeholders" not in manifest_of(out)


@pytest.mark.parametrize(
    ("first", "kw"),
    [
        ("overview failed in both languages", {"fail": {"all.en", "all.zh"}}),
        ("overview failed, English only", {"fail": {"all.en"}, "langs": ("en",)}),
    ],
)
def test_zone_breadcrumbs_lead_to_a_page_while_the_quarter_has_no_overview(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, first: str, kw: dict
) -> None:
    """Zone pages link to ``all.<lang>.html``: a quarter first published without its
    overview holds a page there that sends the reader on to the quarter's list."""
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    try:
        render(data, seeds, out, "A", **kw)
    except ReportError:
        assert "fail" in kw, first
    tags = published(out)  # checks every zone page's breadcrumb leads to a file
    assert tags and not any(stem.startswith("all.") for stem in tags), first
    text = _placeholder(out, "all.en.html")
    assert '<html lang="en">' in text and "No overview yet" in text, first
    assert 'href="index.html"' in text and "rendered by" not in text
    if "zh" in kw.get("langs", ("en", "zh")):
        assert "尚无总览" in _placeholder(out, "all.zh.html")
    # The overview rendered later takes over, in both languages.
    render(data, seeds, out, "B")
    assert published(out)["all.en"] == "B" and "placeholders" not in manifest_of(out)
    assert "rendered by B" in _placeholder(out, "all.zh.html")


def test_a_replace_run_that_drops_zones_keeps_no_overview_linking_to_them(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    """An overview links to every zone page: kept stale through a ``replace`` run that drops
    zone pages, its links would lead nowhere; its stand-in takes its place instead."""
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A")
    with pytest.raises(ReportError):
        render(data, seeds, out, "B", zones=["park"], replace=True, fail={"all.en", "all.zh"})
    tags = published(out)
    assert "city.en" not in tags and not any(stem.startswith("all.") for stem in tags)
    assert "No overview yet" in _placeholder(out, "all.en.html")
    assert {f["zone"] for f in manifest_of(out)["failed"]} == {"all"}
    # Without dropping any zone, the last good overview is kept (stale) as ever.
    render(data, seeds, out, "C")
    with pytest.raises(ReportError):
        render(data, seeds, out, "D", replace=True, fail={"all.en"})
    assert published(out)["all.en"] == "C"


def test_a_stand_in_page_that_says_the_same_is_linked_not_written_again(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A", langs=("en",))
    before = (out / QUARTER / "park.zh.html").stat().st_ino
    render(data, seeds, out, "B", zones=["city"], langs=("en",))
    published(out)
    assert (out / QUARTER / "park.zh.html").stat().st_ino == before


def test_a_report_in_a_language_of_its_own_is_kept_without_a_stand_in(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    """A manifest from elsewhere may list a language zonetrack does not render: publishing
    keeps that report and makes no page for it (it used to refuse, naming --lang)."""
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A")
    live = (out / QUARTER).resolve()
    manifest = manifest_of(out)
    extra = {**manifest["reports"][0], "lang": "fr", "notebook": "x.ipynb", "html": "x.html"}
    extra["sha256"] = {"notebook": "", "html": ""}
    manifest["reports"].append(extra)
    (live / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    for name in ("x.ipynb", "x.html"):
        (live / name).write_text("{}", encoding="utf-8")
    render(data, seeds, out, "B", zones=["park"], langs=("en",))
    reports = manifest_of(out)["reports"]
    assert any(r["lang"] == "fr" for r in reports)
    assert "placeholders" not in manifest_of(out)
    assert (out / QUARTER / "x.html").exists()


def _plain_quarter_folder(data: Path, seeds: Path, scratch: Path, out: Path) -> Path:
    """The quarter rendered by run "A" as an older zonetrack published it: a plain folder."""
    render(data, seeds, scratch, "A")
    legacy = out / QUARTER
    legacy.mkdir(parents=True)
    for p in (scratch / QUARTER).iterdir():
        (legacy / p.name).write_bytes(p.read_bytes())
    return legacy


def test_a_manifest_of_an_older_run_merges(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    """Manifests written before ``status``, ``template``, ``downloads`` and ``failed`` existed
    (a plain quarter folder of an older zonetrack): their reports are kept, and one that
    fails now is kept as stale."""
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    legacy = _plain_quarter_folder(data, seeds, tmp_path / "old", out)
    manifest = manifest_of(tmp_path / "old")
    old = {
        "quarter": manifest["quarter"],
        "as_of": manifest["as_of"],
        "reports": [{k: v for k, v in r.items() if k != "status"} for r in manifest["reports"]],
    }
    (legacy / "manifest.json").write_text(json.dumps(old), encoding="utf-8")
    for name in manifest["downloads"]:
        (legacy / name).unlink(missing_ok=True)
    with pytest.raises(ReportError):
        render(data, seeds, out, "B", zones=["park"], fail={"park.zh"})
    assert published(out) == {
        **dict.fromkeys(ALL, "A"),
        **dict.fromkeys(["all.en", "all.zh", "park.en"], "B"),
    }
    statuses = {f"{r['zone']}.{r['lang']}": r["status"] for r in manifest_of(out)["reports"]}
    assert statuses == {**dict.fromkeys(ALL, "ok"), "park.zh": "stale"}
    assert manifest_of(out)["failed"] == []


@pytest.mark.parametrize("retries", [0, 1, 3])
def test_a_notebook_is_attempted_at_most_retries_plus_one_times(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, retries: int
) -> None:
    data, seeds = minimal_catalog
    calls: list[str] = []
    with pytest.raises(ReportError):
        render(data, seeds, tmp_path / "out", "A", fail={"park.en"}, calls=calls, retries=retries)
    assert calls.count("park.en") == retries + 1
    assert calls.count("city.en") == 1


def test_a_notebook_that_fails_once_is_published(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    first, second = fake_runner("A", fail={"park.en"}), fake_runner("A")
    rounds = iter([first, second])
    render_reports(
        QUARTER,
        data_dir=data,
        seeds_dir=seeds,
        out=tmp_path / "out",
        progress="off",
        runner=lambda tasks, files: next(rounds)(tasks, files),
    )
    assert published(tmp_path / "out")["park.en"] == "A"


def test_starts_a_runner_reports_count_against_the_retries(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    """A runner that says a failed notebook was started twice (a Dask worker died under it)."""
    data, seeds = minimal_catalog
    calls: list[str] = []
    runner = fake_runner("A", fail={"park.en"}, calls=calls, attempts=2)
    with pytest.raises(ReportError):
        render_reports(
            QUARTER, data_dir=data, seeds_dir=seeds, out=tmp_path / "out", progress="off",
            runner=runner, retries=1,
        )  # fmt: skip
    assert calls.count("park.en") == 1


def _cli(data: Path, seeds: Path, out: Path, *args: str) -> list[str]:
    return [
        "report",
        "--data",
        str(data),
        "--seeds",
        str(seeds),
        "--out",
        str(out),
        *(args if "--quarter" in args else ("--quarter", QUARTER, *args)),
    ]


@pytest.fixture
def fake_local(monkeypatch: pytest.MonkeyPatch):
    """Make the command's local runner the fake one; returns the list of notebooks run."""
    calls: list[str] = []
    settings = {"fail": set()}

    def local(jobs, execute=None):
        return fake_runner("cli", fail=settings["fail"], calls=calls)

    monkeypatch.setattr("zonetrack.report.local_runner", local)
    return calls, settings


def test_zone_given_twice_adds_up(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, fake_local, capsys
) -> None:
    calls, _ = fake_local
    data, seeds = minimal_catalog
    assert main(_cli(data, seeds, tmp_path / "out", "--zone", "city", "--zone", "park")) == 0
    assert sorted(calls) == sorted(ALL)
    assert "published 6 reports" in capsys.readouterr().out


def test_progress_lines_when_stderr_is_not_a_terminal(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, fake_local, capsys
) -> None:
    _, settings = fake_local
    settings["fail"] = {"city.zh"}
    data, seeds = minimal_catalog
    assert main(_cli(data, seeds, tmp_path / "out", "--retries", "0")) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    progress = [line for line in lines if line.startswith("[")]
    assert len(progress) == 6
    done = [re.fullmatch(r"\[(\d)/6\] (\w+\.(?:en|zh)) \d+\.\d s", line) for line in progress]
    assert sorted(m[2] for m in done if m) == sorted(ALL - {"city.zh"})
    assert sorted(int(line[1]) for line in progress) == [1, 2, 3, 4, 5, 6]
    assert any(re.fullmatch(r"\[\d/6\] city\.zh failed: ValueError: .*", x) for x in progress)
    assert lines[-1].startswith(f"failed: {QUARTER}/_failed/city.zh.ipynb: ValueError")


def test_quiet_silences_progress(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, fake_local, capsys
) -> None:
    data, seeds = minimal_catalog
    assert main(_cli(data, seeds, tmp_path / "out", "--quiet")) == 0
    assert capsys.readouterr().err == ""


def test_a_terminal_gets_a_bar_instead_of_lines(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = minimal_catalog
    with pytest.raises(ReportError):
        render(data, seeds, tmp_path / "out", "A", progress="bar", fail={"park.en"}, retries=0)
    err = capsys.readouterr().err
    assert f"zonetrack report {QUARTER}" in err and "6/6" in err
    assert "park.en failed: ValueError" in err  # failures are still named, above the bar
    assert not re.search(r"^\[\d/6\] \w+\.(en|zh) \d", err, re.MULTILINE)


def test_a_retry_is_announced(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = minimal_catalog
    with pytest.raises(ReportError):
        render(data, seeds, tmp_path / "out", "A", progress="lines", fail={"park.en"})
    err = capsys.readouterr().err.splitlines()
    assert (
        "park.en failed (attempt 1 of 2), retrying: ValueError: park.en breaks the template" in err
    )
    assert sum(line.startswith("[") for line in err) == 6


def _next_quarter() -> str:
    year, q = last_complete_quarter()
    return f"{year + (q == 4)}Q{q % 4 + 1}"


@pytest.mark.parametrize(
    ("where", "args", "message"),
    [
        ("data", ("--out", "{data}/reports"), "inside the catalogue's data/ folder"),
        ("seeds", ("--out", "{seeds}"), "inside the catalogue's seeds/ folder"),
        ("under a file", ("--out", "{tmp}/file/out"), "is below"),
        ("a file", ("--out", "{tmp}/file"), "exists and is not a folder"),
        ("future", ("--quarter", "2030Q1"), "2030Q1 has not ended yet"),
        ("current", ("--quarter", _next_quarter()), "has not ended yet"),
        ("bad quarter", ("--quarter", "2023Q9"), "--quarter: not a quarter"),
        ("no flag mix-up", ("--jobs", "0"), "--jobs: must be at least 1"),
        ("retries", ("--retries", "-1"), "--retries: must be 0 or more"),
        ("zone", ("--zone", "moon"), "--zone: unknown zone 'moon'"),
    ],
)
def test_refusals_write_nothing(
    minimal_catalog: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    where: str,
    args: tuple[str, ...],
    message: str,
) -> None:
    data, seeds = minimal_catalog
    (tmp_path / "file").write_text("a file")
    args = tuple(a.format(data=data, seeds=seeds, tmp=tmp_path) for a in args)
    before = snapshot(tmp_path)
    out = tmp_path / "out"
    assert main(_cli(data, seeds, out, *args)) == 2  # a second --out wins
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert snapshot(tmp_path) == before
    assert not out.exists() and not (data / "reports").exists()
    assert not (seeds / "index.html").exists() and not (seeds / ".zonetrack").exists()


def test_unwritable_out_is_refused(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    data, seeds = minimal_catalog
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    try:
        assert main(_cli(data, seeds, locked / "out")) == 2
    finally:
        locked.chmod(0o755)
    err = capsys.readouterr().err
    assert "cannot be created" in err and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux's /proc")
def test_out_that_cannot_be_created_is_refused(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """/proc passes the permission check even for root, but nothing can be made in it."""
    data, seeds = minimal_catalog
    assert main(_cli(data, seeds, Path("/proc/zonetrack-refused"))) == 2
    err = capsys.readouterr().err
    assert err.startswith("zonetrack report: error: --out: /proc/zonetrack-refused cannot be")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "damage",
    [
        '{"reports": [',
        "[]",
        '{"reports": [{"zone": "park", "lang": "en"}], "failed": []}',
        '{"reports": [], "failed": {}}',
    ],
    ids=["truncated", "not an object", "entry without files", "failed not a list"],
)
def test_damaged_manifest_of_this_quarter_is_refused(
    minimal_catalog: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    damage: str,
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A")
    (out / QUARTER / "manifest.json").write_text(damage, encoding="utf-8")
    before = snapshot(out)
    assert main(_cli(data, seeds, out, "--zone", "park")) == 2
    err = capsys.readouterr().err
    assert "manifest.json is damaged" in err and len(err.strip().splitlines()) == 1
    assert snapshot(out) == before


def test_damaged_manifest_of_another_quarter_is_skipped_with_a_warning(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, fake_local, capsys
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A", quarter="2023Q1")
    (out / "2023Q1" / "manifest.json").write_bytes(b"\xff\xfe not json")
    assert main(_cli(data, seeds, out, "--quiet")) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("warning: ") and "2023Q1" in err[0]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="{QUARTER}/index.html"' in index and "2023Q1/index.html" not in index


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "move-aside"])
def test_a_quarter_published_as_a_plain_folder_is_merged_and_cleaned(
    minimal_catalog: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    exchange: bool,
) -> None:
    """What an older zonetrack left: a plain quarter folder, staging and backup folders."""
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    legacy = _plain_quarter_folder(data, seeds, tmp_path / "old", out)
    (out / f".{QUARTER}-x1y2").mkdir()
    (out / ".2022Q4.old").mkdir()  # its quarter exists: a leftover
    (out / "2022Q4").mkdir()
    (out / ".index.html.abc").write_text("")
    if not exchange:
        monkeypatch.setattr(publish, "_exchange", lambda a, b: False)
    render(data, seeds, out, "B", zones=["park"])
    assert legacy.is_symlink()
    assert published(out) == {**dict.fromkeys(ALL, "A"), **dict.fromkeys(
        ["all.en", "all.zh", "park.en", "park.zh"], "B")}  # fmt: skip
    assert sorted(p.name for p in out.iterdir()) == [".zonetrack", "2022Q4", QUARTER, "index.html"]
    internal = out / ".zonetrack"
    assert sorted(p.name for p in internal.iterdir()) == ["lock", "runs", "versions"]


class Killed(BaseException):
    """Stands for SIGKILL in-process: nothing after it runs, no handler catches it."""


def test_a_plain_folder_moved_aside_by_a_killed_run_is_put_back(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where renameat2 is missing, the one gap (between two renames) is closed by the next run."""
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, tmp_path / "old", "A")
    shutil.copytree(tmp_path / "old" / QUARTER, out / QUARTER)  # a plain folder

    def kill(name: str) -> None:
        if name == "moved-aside":
            raise Killed

    monkeypatch.setattr(publish, "_exchange", lambda a, b: False)
    monkeypatch.setattr(publish, "step", kill)
    with pytest.raises(Killed):
        render(data, seeds, out, "B", zones=["park"])
    assert not (out / QUARTER).exists()
    monkeypatch.setattr(publish, "step", lambda name: None)
    render(data, seeds, out, "C", quarter="2023Q1")  # any run puts it back first
    assert published(out) == dict.fromkeys(ALL, "A")
    assert not (out / QUARTER).is_symlink()


def _disk_full_at(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """Inject a full disk at one step of the publish, through its seam."""

    def disk_full(name: str) -> None:
        if name == step:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(publish, "step", disk_full)


def test_trouble_after_the_swap_is_a_warning(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A", quarter="2023Q1")
    _disk_full_at(monkeypatch, "pruned")
    with pytest.warns(ReportWarning, match="was not updated"):
        render(data, seeds, out, "B")
    assert published(out) == dict.fromkeys(ALL, "B")
    assert f"{QUARTER}/index.html" not in (out / "index.html").read_text(encoding="utf-8")
    monkeypatch.undo()
    render(data, seeds, out, "C", quarter="2023Q1")  # the next run completes the index
    assert f"{QUARTER}/index.html" in (out / "index.html").read_text(encoding="utf-8")


def test_publish_that_fails_changes_nothing_and_raises_no_oserror(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A")
    _disk_full_at(monkeypatch, "built")
    with pytest.raises(PublishError, match="No space left on device"):
        render(data, seeds, out, "B")
    assert published(out) == dict.fromkeys(ALL, "A")
    monkeypatch.undo()
    render(data, seeds, out, "C", quarter="2023Q1")
    versions = {p.name for p in (out / ".zonetrack" / "versions").iterdir()}
    assert versions == {(out / q).resolve().name for q in (QUARTER, "2023Q1")}


def _child(data: Path, seeds: Path, out: Path, tag: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(FAKES), str(data), str(seeds), str(out), QUARTER, tag, *args],
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
@pytest.mark.parametrize("step", ["render", *publish.STEPS])
def test_a_kill_at_any_step_leaves_the_quarter_complete(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, step: str
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    render(data, seeds, out, "A")
    child = _child(data, seeds, out, "B", "--zone", "park", "--kill-at", step)
    assert child.wait(timeout=120) == -9, child.stderr.read()
    old = dict.fromkeys(ALL, "A")
    new = {**old, "all.en": "B", "park.en": "B"}
    swapped = step in publish.STEPS[publish.STEPS.index("swapped") :]
    assert published(out) == (new if swapped else old)
    # The next run, for any quarter, removes what the dead run left and completes the index.
    render(data, seeds, out, "C", quarter="2023Q1", langs=("en",))
    internal = out / ".zonetrack"
    assert sorted(p.name for p in internal.iterdir()) == ["lock", "runs", "versions"]
    assert list((internal / "runs").iterdir()) == []
    versions = {p.name for p in (internal / "versions").iterdir()}
    assert versions == {(out / q).resolve().name for q in (QUARTER, "2023Q1")}
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'href="{QUARTER}/index.html"' in index and 'href="2023Q1/index.html"' in index


def _race(data: Path, seeds: Path, out: Path, runs: tuple[tuple[str, str], ...]) -> dict:
    """Publish run A, then start one process per (tag, zone) released together by a
    barrier; every process must succeed. Returns which run made each published report."""
    barrier = out.parent / "barrier"
    render(data, seeds, out, "A")
    barrier.mkdir()
    children = [
        _child(data, seeds, out, tag, "--zone", zone, "--barrier", str(barrier))
        for tag, zone in runs
    ]
    for child in children:
        assert child.wait(timeout=120) == 0, child.stderr.read()
    return published(out)


@pytest.mark.slow
def test_concurrent_runs_for_different_zones_both_land(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    tags = _race(*minimal_catalog, out, (("B", "city"), ("C", "park")))
    assert tags["city.en"] == "B" and tags["park.en"] == "C" and tags["all.en"] in "BC"
    assert {tags[s] for s in ALL if s.endswith(".zh")} == {"A"}
    assert list((out / ".zonetrack" / "runs").iterdir()) == []


@pytest.mark.slow
def test_concurrent_runs_for_the_same_zone_land_in_order(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    tags = _race(*minimal_catalog, tmp_path / "out", (("B", "park"), ("C", "park")))
    # The later publish wins whole: its overview and its zone, never one of each.
    assert tags["park.en"] in "BC" and tags["all.en"] == tags["park.en"]
    assert tags["city.en"] == "A"


# -- which zone pages the overview links to ------------------------------------------------
def _recording(fail_first: set[str] = frozenset(), fail_again: set[str] = frozenset()):
    """A runner seam recording each batch's (stem, zone_pages); ``fail_first`` stems fail in
    the first batch, ``fail_again`` stems in any later one."""
    batches: list[dict[str, object]] = []

    def run(tasks, files):
        fail = fail_first if not batches else fail_again
        batches.append({t.stem: t.parameters.get("zone_pages") for t in tasks})
        yield from fake_runner("pages", fail=fail)(tasks, files)

    return run, batches


def _run(data, seeds, out, runner, **kw):
    kw.setdefault("langs", ("en", "zh"))
    return render_reports(
        QUARTER, data_dir=data, seeds_dir=seeds, out=out, progress=False, runner=runner, **kw
    )


def test_the_overview_is_told_which_zone_pages_the_quarter_will_hold(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    run, batches = _recording()
    _run(data, seeds, out, run, zones=["park"])  # the first run of the quarter: one zone
    _run(data, seeds, out, run)  # the whole quarter: every zone has its page
    _run(data, seeds, out, run, zones=["park"], langs=("en",))  # merged: city's pages stay
    _run(data, seeds, out, run, zones=["park"], langs=("en",), replace=True)
    overviews = [{k: v for k, v in b.items() if k.startswith("all.")} for b in batches]
    assert overviews == [
        {"all.en": ["park"], "all.zh": ["park"]},
        {"all.en": None, "all.zh": None},
        {"all.en": None},
        {"all.en": ["park"]},
    ]
    assert all(v is None for b in batches for k, v in b.items() if not k.startswith("all."))


def test_a_zone_failing_without_a_page_renders_the_overview_again(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    run, batches = _recording(fail_first={"city.en"})
    with pytest.raises(ReportError):
        _run(data, seeds, out, run, retries=0)
    assert batches[1] == {"all.en": ["park"]}  # Chinese: city.zh has its page
    assert len(batches) == 2
    # Now city.en has a page (stale when it fails again): no second rendering.
    run, batches = _recording()
    _run(data, seeds, out, run)
    run, batches = _recording(fail_first={"city.en"})
    with pytest.raises(ReportError):
        _run(data, seeds, out, run, retries=0)
    assert len(batches) == 1


def test_a_failed_second_rendering_keeps_the_first_overview(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    out = tmp_path / "out"
    run, batches = _recording(fail_first={"city.en"}, fail_again={"all.en"})
    with pytest.raises(ReportError) as info:
        _run(data, seeds, out, run, retries=0)
    assert [name for name, _ in info.value.failures] == [f"{QUARTER}/_failed/city.en.ipynb"]
    manifest = json.loads((out / QUARTER / "manifest.json").read_text(encoding="utf-8"))
    ok = {(r["zone"], r["lang"]) for r in manifest["reports"] if r["status"] == "ok"}
    assert ("all", "en") in ok and len(batches) == 2
