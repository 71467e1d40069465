"""Rendering quarterly reports: files, manifest, HTML, determinism, nbval, failures, publishing."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

# nbformat is imported inside the helpers that use it: `make test-fast` collects this module
# only to deselect it, and importing nbformat costs every test process seconds.
from conftest import MINIMAL, snapshot, write_catalog, write_csv

from zonetrack.cli import main
from zonetrack.exceptions import ReportError, UsageError
from zonetrack.execute import template_path
from zonetrack.pages import DOWNLOADS
from zonetrack.report import local_runner, render_reports

pytestmark = pytest.mark.kernel

QUARTER = "2023Q2"


def render(data: Path, seeds: Path, out: Path, **kw: object):
    kw.setdefault("langs", ("en",))
    kw.setdefault("jobs", 2)
    return render_reports(QUARTER, data_dir=data, seeds_dir=seeds, out=out, progress=False, **kw)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("rendered")
    data, seeds = write_catalog(root / "catalog")
    render(data, seeds, root / "out", langs=("en", "zh"))
    return data, seeds, root / "out"


def test_files_manifest_and_indexes(rendered: tuple[Path, Path, Path]) -> None:
    _, _, out = rendered
    folder = out / QUARTER
    names = {p.name for p in folder.iterdir()}
    stems = ["all.en", "all.zh", "city.en", "city.zh", "park.en", "park.zh"]
    assert names == {f"{s}.{ext}" for s in stems for ext in ("ipynb", "html")} | {
        "index.html",
        "manifest.json",
        *DOWNLOADS,
        "method.html",
    }
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["quarter"] == QUARTER and manifest["as_of"] == "2023-06-30"
    assert manifest["failed"] == []
    for report in manifest["reports"]:
        for kind in ("notebook", "html"):
            digest = hashlib.sha256((folder / report[kind]).read_bytes()).hexdigest()
            assert report["sha256"][kind] == digest
    park = next(r for r in manifest["reports"] if (r["zone"], r["lang"]) == ("park", "en"))
    # t-area: 40 (2020) -> 60 (2022) 万 m², 22.5 %/yr against the 20.1 %/yr that 100 by the end
    # of 2025 needs: on track. t-firms: only its approximate 2020 baseline.
    assert park["status_counts"] == {"baseline_only": 1, "on_track": 1}
    assert park["deadline_passed"] == 0 and park["targets"] == 2
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert '<a href="park.en.html">Demo Park</a>' in index
    assert '<a href="park.zh.html">示范园</a>' in index
    assert f'<a href="{QUARTER}/index.html">' in (out / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == [".zonetrack", QUARTER, "index.html"]
    assert not list((out / ".zonetrack" / "runs").iterdir())  # no run folder left behind
    assert [p.name for p in (out / ".zonetrack" / "versions").iterdir()] == [folder.resolve().name]


def test_html_is_self_contained_without_code(rendered: tuple[Path, Path, Path]) -> None:
    _, _, out = rendered
    for page in (out / QUARTER).glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script" not in text.lower()
        assert "<link" not in text.lower() and "@import" not in text
        # Nothing is loaded from elsewhere (a link to a source's web page is not a resource).
        sources = re.findall(r"""\bsrc=["']?([^"'\s>]*)""", text)
        assert all(src.startswith("data:image/png;base64,") for src in sources), page.name
        assert "open_report(" not in text and "show_targets" not in text
        assert 'name="viewport"' in text
        for name in DOWNLOADS:  # every page links the quarter's data
            assert f'href="{name}"' in text, (page.name, name)
    park = (out / QUARTER / "park.en.html").read_text(encoding="utf-8")
    assert park.count("data:image/png;base64,") >= 3  # progress chart and two trajectories
    assert "Targets: where they started, where they are" in park
    assert "How to read this page" in park and "<footer>" in park
    zh = (out / QUARTER / "park.zh.html").read_text(encoding="utf-8")
    assert "目标：起点、现状与要求" in zh and "示范园" in zh and "How to read" not in zh


def test_every_page_names_the_catalogue_the_manifest_hashes(
    rendered: tuple[Path, Path, Path],
) -> None:
    """Each kernel is told the hash of the catalogue copy it reads instead of hashing it
    again; the footer of every page must still show the manifest's catalogue hash."""
    _, _, out = rendered
    manifest = json.loads((out / QUARTER / "manifest.json").read_text(encoding="utf-8"))
    digests = {r["catalog_sha256"] for r in manifest["reports"]}
    assert len(digests) == 1
    (digest,) = digests
    pages = sorted((out / QUARTER).glob("*.*.html"))
    assert pages
    for page in pages:
        assert f"<code>{digest}</code>" in page.read_text(encoding="utf-8"), page.name


def test_every_link_in_a_quarter_leads_somewhere(rendered: tuple[Path, Path, Path]) -> None:
    assert_links_lead_somewhere(rendered[2] / QUARTER)


def assert_links_lead_somewhere(folder: Path) -> None:
    from test_sections import parse

    for page in folder.glob("*.html"):
        found = parse(page.read_text(encoding="utf-8"))
        for href in found.hrefs:
            if href.startswith(("http://", "https://")):
                continue
            name, _, fragment = href.partition("#")
            target = folder / name if name else page
            # As a browser resolves it: by the link's text, not through the quarter's symlink.
            assert Path(os.path.normpath(target)).exists(), (page.name, href)
            if fragment and target.suffix == ".html":
                ids = parse(target.read_text(encoding="utf-8")).ids
                assert fragment in ids, (page.name, href)


def test_rendering_twice_gives_identical_files(
    rendered: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    data, seeds, out = rendered
    render(data, seeds, tmp_path, langs=("en", "zh"))
    for first in (out / QUARTER).iterdir():
        assert first.read_bytes() == (tmp_path / QUARTER / first.name).read_bytes(), first.name


def test_timing_metadata_is_stripped(rendered: tuple[Path, Path, Path]) -> None:
    import nbformat

    nb = nbformat.read(rendered[2] / QUARTER / "park.en.ipynb", as_version=4)
    text = json.dumps(nb)
    assert "start_time" not in text and "duration" not in text and "iopub" not in text
    assert nb.metadata["papermill"]["parameters"]["zone"] == "park"


def _nbval(folder: Path, data: Path, seeds: Path) -> subprocess.CompletedProcess[str]:
    """A reviewer's check of a rendered quarter against the catalogue it was rendered from."""
    env = {**os.environ, "ZONETRACK_DATA": str(data), "ZONETRACK_SEEDS": str(seeds)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "-q", "-p", "no:cacheprovider", str(folder)],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
    )


def test_nbval_passes_before_and_after_later_data(tmp_path: Path) -> None:
    data, seeds = write_catalog(tmp_path / "catalog")
    render(data, seeds, tmp_path / "out", zones=["park"])
    result = _nbval(tmp_path / "out" / QUARTER, data, seeds)
    assert result.returncode == 0, result.stdout[-2000:]

    # An analyst adds a later document and its figure; the 2023Q2 report must not change.
    # The page must state the date the row gives (validation compares the row's ref_date with
    # the page's reading): a figure of June 2023, told in March 2024.
    news = "2024年3月消息:截至2023年6月底，示范园孵化面积已达90万平方米。"
    (seeds / "news-2024.txt").write_text(news, encoding="utf-8")
    with (seeds / "sources.csv").open("a", encoding="utf-8") as fh:
        digest = hashlib.sha256(news.encode()).hexdigest()
        fh.write(f"news-2024.txt,示范园消息,示范园,zh-Hans,2024-03,stated on the page,,,{digest}\n")
    with (data / "observations.csv").open("a", encoding="utf-8") as fh:
        fh.write(
            "o-area-2023,park,area,90,万平方米,exact,2023-06,2024-03,news-2024.txt,"
            "示范园孵化面积已达90万平方米,,published after the quarter\n"
        )
    assert main(["validate", "--data", str(data), "--seeds", str(seeds)]) == 0
    result = _nbval(tmp_path / "out" / QUARTER, data, seeds)
    assert result.returncode == 0, result.stdout[-2000:]


def _linked_zones(page: Path) -> set[str]:
    from test_sections import parse

    hrefs = parse(page.read_text(encoding="utf-8")).hrefs
    return {h.split("#")[0].split(".")[0] for h in hrefs if re.match(r"^[\w-]+\.en\.html", h)}


def test_a_first_run_for_one_zone_links_only_to_its_page(tmp_path: Path) -> None:
    data, seeds = write_catalog(tmp_path / "catalog")
    out = tmp_path / "out"
    render(data, seeds, out, zones=["park"], langs=("en", "zh"))
    folder = out / QUARTER
    assert not (folder / "city.en.html").exists()
    overview = folder / "all.en.html"
    assert _linked_zones(overview) == {"park"}
    assert "Demo City" in overview.read_text(encoding="utf-8")  # listed, not linked
    assert_links_lead_somewhere(folder)


def test_one_zone_rendered_again_keeps_the_overviews_links(tmp_path: Path) -> None:
    """Render the quarter in full, then one zone: publishing merges, so the overview of the
    second run links to every zone page the quarter still holds, as the first one did."""
    data, seeds = write_catalog(tmp_path / "catalog")
    out = tmp_path / "out"
    render(data, seeds, out, langs=("en", "zh"))
    folder = out / QUARTER
    first = (folder / "all.en.html").read_bytes()
    assert _linked_zones(folder / "all.en.html") == {"city", "park"}
    render(data, seeds, out, zones=["park"], langs=("en", "zh"))
    assert (folder / "city.en.html").exists()
    assert _linked_zones(folder / "all.en.html") == {"city", "park"}
    assert (folder / "all.en.html").read_bytes() == first
    assert_links_lead_somewhere(folder)
    # A run that replaces the quarter with one zone drops the other's page and its links.
    render(data, seeds, out, zones=["park"], langs=("en", "zh"), replace=True)
    assert not (folder / "city.en.html").exists()
    assert _linked_zones(folder / "all.en.html") == {"park"}
    assert_links_lead_somewhere(folder)


def test_a_zone_that_fails_without_a_page_is_not_linked(tmp_path: Path) -> None:
    """The overview renders beside the zones; when one of them fails and has no earlier
    page, the overview is rendered again without its link."""
    from zonetrack.execute import Failed

    inner = local_runner(2)
    batches: list[list[str]] = []

    def failing_city(tasks, files):  # a runner seam: city's notebooks fail
        batches.append([t.stem for t in tasks])
        for task in tasks:
            if task.stem.startswith("city."):
                yield Failed(task.stem, "RuntimeError: injected")
        yield from inner([t for t in tasks if not t.stem.startswith("city.")], files)

    data, seeds = write_catalog(tmp_path / "catalog")
    out = tmp_path / "out"
    with pytest.raises(ReportError):
        render(data, seeds, out, runner=failing_city, retries=0, langs=("en", "zh"))
    folder = out / QUARTER
    assert [sorted(b) for b in batches] == [
        ["all.en", "all.zh", "city.en", "city.zh", "park.en", "park.zh"],
        ["all.en", "all.zh"],
    ]
    assert not (folder / "city.en.html").exists()
    assert _linked_zones(folder / "all.en.html") == {"park"}
    assert_links_lead_somewhere(folder)
    # Rendered again with city working: the overview links to both.
    render(data, seeds, out, langs=("en", "zh"))
    assert _linked_zones(folder / "all.en.html") == {"city", "park"}


def test_names_from_the_data_are_escaped(tmp_path: Path) -> None:
    tables = copy.deepcopy(MINIMAL)
    tables["zones"][1]["name_en"] = "<script>alert(1)</script>"
    # A name that mathtext would read as a formula (and fail on): charts draw it as text.
    tables["indicators"][0]["name_en"] = "Area $\\foo$ (m²)"
    data, seeds = write_catalog(tmp_path / "catalog", tables)
    render(data, seeds, tmp_path / "out", zones=["park"])  # raises ReportError if a cell fails
    for page in (tmp_path / "out" / QUARTER).glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in text
    park = (tmp_path / "out" / QUARTER / "park.en.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in park
    assert "Area $\\foo$ (m²)" in park


def _breaking_template(tmp_path: Path) -> Path:
    """The template plus a cell that fails for one zone, as data that breaks it would."""
    import nbformat

    nb = nbformat.read(template_path(), as_version=4)
    nb.cells.append(
        nbformat.v4.new_code_cell(
            'if zone == "city":\n    raise ValueError("city data breaks the template")'
        )
    )
    path = tmp_path / "template.ipynb"
    nbformat.write(nb, path)
    return path


def _dying_template(tmp_path: Path, code: str) -> Path:
    """The template with a cell after the parameters that runs ``code`` for the park."""
    import nbformat

    nb = nbformat.read(template_path(), as_version=4)
    body = "\n".join(f"    {line}" for line in code.splitlines())
    nb.cells.insert(2, nbformat.v4.new_code_cell(f'if zone == "park":\n{body}'))
    path = tmp_path / "dying.ipynb"
    nbformat.write(nb, path)
    return path


def test_a_dying_kernel_is_started_retries_plus_one_times(tmp_path: Path) -> None:
    """One retry policy: kernel deaths are retried by the report, not again inside each run."""
    data, seeds = write_catalog(tmp_path / "catalog")
    starts = tmp_path / "starts"
    code = f"open({str(starts)!r}, 'a').write('x')\nimport os\nos._exit(1)"
    with pytest.raises(ReportError) as info:
        render(
            data, seeds, tmp_path / "out", zones=["park"], template=_dying_template(tmp_path, code)
        )
    assert starts.read_text() == "xx"  # the default: one retry
    assert [name for name, _ in info.value.failures] == [f"{QUARTER}/park.en"]


def test_one_failing_zone_does_not_stop_the_others(tmp_path: Path) -> None:
    import nbformat

    data, seeds = write_catalog(tmp_path / "catalog")
    out = tmp_path / "out"
    with pytest.raises(ReportError) as info:
        render(data, seeds, out, template=_breaking_template(tmp_path), retries=0)
    assert [name for name, _ in info.value.failures] == [f"{QUARTER}/_failed/city.en.ipynb"]
    assert "city data breaks the template" in info.value.failures[0][1]
    folder = out / QUARTER
    assert (folder / "park.en.html").exists() and (folder / "all.en.html").exists()
    assert not (folder / "city.en.html").exists()
    failed = nbformat.read(folder / "_failed" / "city.en.ipynb", as_version=4)
    assert any("An Exception was encountered" in "".join(c.source) for c in failed.cells)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert [f["zone"] for f in manifest["failed"]] == ["city"]


def test_cli_prints_one_line_per_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = write_catalog(tmp_path / "catalog")
    monkeypatch.setattr("zonetrack.report.template_path", lambda: _breaking_template(tmp_path))
    code = main(
        [
            "report",
            "--quarter",
            QUARTER,
            "--lang",
            "en",
            "--out",
            str(tmp_path / "out"),
            "--data",
            str(data),
            "--seeds",
            str(seeds),
            "--jobs",
            "2",
            "--quiet",
            "--retries",
            "0",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().splitlines() == [
        f"failed: {QUARTER}/_failed/city.en.ipynb: ValueError: city data breaks the template"
    ]


def test_interrupted_run_leaves_previous_reports(tmp_path: Path) -> None:
    data, seeds = write_catalog(tmp_path / "catalog")
    out = tmp_path / "out"
    render(data, seeds, out, zones=["park"])
    before = snapshot(out)
    calls = []

    def interrupted(task, files):
        calls.append(task)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        render(data, seeds, out, zones=["park"], runner=local_runner(1, interrupted))
    assert calls
    assert snapshot(out) == before
    assert sorted(p.name for p in out.iterdir()) == [".zonetrack", QUARTER, "index.html"]
    assert not list((out / ".zonetrack" / "runs").iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--zone", "moon"], "unknown zone 'moon'"),
        (["--jobs", "0"], "--jobs: must be at least 1"),
        (["--quarter", "2023Q9"], "not a quarter"),
        (["--scheduler", "localhost"], "not a scheduler address"),
    ],
)
def test_report_usage_errors(
    minimal_catalog: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    data, seeds = minimal_catalog
    base = ["report", "--out", str(tmp_path / "out"), "--data", str(data), "--seeds", str(seeds)]
    if "--quarter" not in args:
        base += ["--quarter", QUARTER]
    assert main([*base, *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out" / QUARTER).exists()


def test_invalid_catalogue_renders_nothing(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    data, seeds = minimal_catalog
    write_csv(data / "zones.csv", [{"zone_id": "x"}])
    with pytest.raises(Exception) as info:
        render(data, seeds, tmp_path / "out")
    assert type(info.value).__name__ == "CatalogError"
    assert not (tmp_path / "out" / QUARTER).exists()


def test_all_is_not_a_zone_to_name(minimal_catalog: tuple[Path, Path], tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        render(*minimal_catalog, tmp_path / "out", zones=["all"])


def test_out_must_be_a_folder(
    minimal_catalog: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, seeds = minimal_catalog
    (tmp_path / "out").write_text("not a folder")
    code = main(
        [
            "report",
            "--quarter",
            QUARTER,
            "--out",
            str(tmp_path / "out"),
            "--data",
            str(data),
            "--seeds",
            str(seeds),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "is not a folder" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("width", [390, 1280])
def test_rendered_pages_need_no_sideways_scrolling(
    rendered: tuple[Path, Path, Path], width: int, tmp_path: Path
) -> None:
    """The pages as published (nbconvert's wrappers and the charts included)."""
    from test_layout import BROWSER, overflow

    if BROWSER is None:
        pytest.skip("no Chromium on the PATH")
    for name in ("park.en.html", "park.zh.html", "all.zh.html", "index.html"):
        doc = (rendered[2] / QUARTER / name).read_text(encoding="utf-8")
        scroll, visible = overflow(doc, width, tmp_path)
        assert scroll <= visible, (name, width, scroll, visible)


def test_no_more_threads_than_notebooks_whatever_jobs_asks_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # --jobs 50 (or a million) for two notebooks: two workers, not fifty threads first.
    import threading

    from zonetrack.execute import Failed, RenderTask

    started: list[threading.Thread] = []

    class Counted(threading.Thread):
        def start(self) -> None:
            started.append(self)
            super().start()

    monkeypatch.setattr(threading, "Thread", Counted)

    def execute(task: RenderTask, files: dict[str, bytes]) -> Failed:
        return Failed(task.stem, "not run")

    tasks = [RenderTask(stem, "t.ipynb", {}) for stem in ("a.en", "b.en")]
    results = list(local_runner(50, execute=execute)(tasks, {}))
    assert sorted(r.stem for r in results) == ["a.en", "b.en"]
    assert len(started) == 2


@pytest.mark.parametrize("warm", [False, True])
def test_a_catalogue_changed_while_the_report_reads_it_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warm: bool
) -> None:
    """A writer that takes no lock (an editor, git checkout) changes zones.csv while the
    report reads the catalogue: the report stops rather than publish pages, downloads and
    a catalog_sha256 of different versions. zones.csv is a named pipe that gives the old
    bytes once, and is then replaced by the new ones: no timing."""
    import threading

    monkeypatch.setenv("ZONETRACK_CACHE_DIR", str(tmp_path / "cache"))
    data, seeds = write_catalog(tmp_path / "catalog")
    zones = data / "zones.csv"
    old = zones.read_bytes()
    zones.unlink()
    os.mkfifo(zones)
    new = tmp_path / "zones.csv"
    new.write_bytes(old + b"\n")  # a blank line: the same zones, other bytes
    outcome: list[BaseException | None] = []

    def report() -> None:
        try:
            # Warm: its kernel starts before the catalogue is read, and nothing read for
            # that start (the lines of zones.csv bound the kernels) may take the pipe's bytes.
            runner = local_runner(1) if warm else local_runner(1, lambda task, files: None)
            out = tmp_path / "out"
            render_reports("2023Q2", data_dir=data, seeds_dir=seeds, out=out, runner=runner)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=report, daemon=True)
    thread.start()
    with open(zones, "wb") as fh:  # opens once the report's load has opened it to read
        os.replace(new, zones)  # every later read finds the new bytes
        fh.write(old)
    thread.join()
    assert isinstance(outcome[0], ReportError) and "changed while" in str(outcome[0])
    assert not (tmp_path / "out" / "2023Q2").exists()


def test_a_past_quarters_full_run_covers_only_zones_known_at_its_end(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    # Before anything was published the quarter has its overview and no zone page; pages
    # of a past quarter do not depend on figures published after it (review 3).
    from zonetrack.execute import Failed, RenderTask

    data, seeds = minimal_catalog
    asked: list[str] = []

    def execute(task: RenderTask, files: dict[str, bytes]) -> Failed:
        asked.append(task.stem)
        return Failed(task.stem, "not run")

    for quarter in ("2019Q4", "2023Q2"):
        asked.clear()
        with pytest.raises(ReportError):
            render_reports(quarter, data_dir=data, seeds_dir=seeds, out=tmp_path / "out",
                           langs=("en",), progress=False, retries=0,
                           runner=local_runner(1, execute=execute))  # fmt: skip
        assert (quarter, sorted(asked)) == (
            quarter,
            ["all.en"] if quarter == "2019Q4" else ["all.en", "city.en", "park.en"],
        )


def test_a_summary_page_links_the_zones_below_that_have_a_page(tmp_path: Path) -> None:
    """A zone over more targets than a page shows is published as a summary whose counts are
    the manifest's; in a run for some zones, where one zone below fails without an earlier
    page, it is rendered again (as the overview is) and links only to the pages published."""
    from test_sections import nested_tables

    from zonetrack.execute import Failed
    from zonetrack.sections import SUMMARY_LIMIT

    inner = local_runner(2)
    batches: list[list[str]] = []

    def failing_c0003(tasks, files):  # a runner seam: c0003's notebook fails
        batches.append(sorted(t.stem for t in tasks))
        for task in tasks:
            if task.stem.startswith("c0003."):
                yield Failed(task.stem, "RuntimeError: injected")
        yield from inner([t for t in tasks if not t.stem.startswith("c0003.")], files)

    children = SUMMARY_LIMIT - 2  # one target over the limit
    data, seeds = write_catalog(tmp_path / "catalog", nested_tables(children))
    out = tmp_path / "out"
    with pytest.raises(ReportError):
        render(
            data,
            seeds,
            out,
            zones=["land", "c0002", "c0003"],
            runner=failing_c0003,
            retries=0,
            langs=("en", "zh"),
        )
    stems = [f"{z}.{lang}" for z in ("all", "c0002", "c0003", "land") for lang in ("en", "zh")]
    assert batches == [stems, ["all.en", "all.zh", "land.en", "land.zh"]]
    folder = out / QUARTER
    page = (folder / "land.en.html").read_text(encoding="utf-8")
    assert 'id="s-zones_below"' in page
    assert _linked_zones(folder / "land.en.html") == {"all", "c0002"}  # "all": the header
    assert_links_lead_somewhere(folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    land = next(r for r in manifest["reports"] if r["zone"] == "land")
    assert land["targets"] == SUMMARY_LIMIT + 1
    assert f"{land['targets']} targets" in page
    assert page.count('class="target"') == 2  # the root's own


def _zones_linked(page: Path, lang: str) -> set[str]:
    """The zones whose ``lang`` pages ``page`` links to (its own language's pages)."""
    from test_sections import parse

    hrefs = parse(page.read_text(encoding="utf-8")).hrefs
    pattern = rf"^[\w-]+\.{lang}\.html"
    return {h.split("#")[0].split(".")[0] for h in hrefs if re.match(pattern, h)}


@pytest.mark.parametrize(
    "later",
    [
        pytest.param(["c0002"], id="a zone below rendered later"),
        pytest.param(["c0002", "c0003"], id="two zones below rendered later"),
    ],
)
def test_a_later_run_below_a_summary_page_renders_it_again_with_the_new_links(
    tmp_path: Path, later: list[str]
) -> None:
    """Found by review 6. A user renders the big zone, then zones below it, one run each:
    every page is published, and the summary page must link them (as the overview does),
    not list them as zones without a page."""
    from test_sections import nested_tables

    from zonetrack.sections import SUMMARY_LIMIT

    data, seeds = write_catalog(tmp_path / "catalog", nested_tables(SUMMARY_LIMIT))
    out = tmp_path / "out"
    both = ("en", "zh")
    render(data, seeds, out, zones=["land"], langs=both)
    folder = out / QUARTER
    assert _linked_zones(folder / "land.en.html") == {"all"}  # the header's overview only
    render(data, seeds, out, zones=later, langs=both)
    for lang in both:
        assert _zones_linked(folder / f"land.{lang}.html", lang) == {"all", *later}
        assert _zones_linked(folder / f"all.{lang}.html", lang) >= set(later)
    assert_links_lead_somewhere(folder)


def test_a_zone_that_failed_and_is_rendered_again_alone_is_linked_from_its_summary(
    tmp_path: Path,
) -> None:
    """Found by review 6, the README's flow: a zone below a summary page fails without an
    earlier page (the summary is rendered again without its link); rendered again alone and
    published, it is linked from the summary page again."""
    from test_sections import nested_tables

    from zonetrack.execute import Failed
    from zonetrack.sections import SUMMARY_LIMIT

    inner = local_runner(2)

    def failing_c0003(tasks, files):  # a runner seam: c0003's notebooks fail
        for task in tasks:
            if task.stem.startswith("c0003."):
                yield Failed(task.stem, "RuntimeError: injected")
        yield from inner([t for t in tasks if not t.stem.startswith("c0003.")], files)

    data, seeds = write_catalog(tmp_path / "catalog", nested_tables(SUMMARY_LIMIT - 2))
    out = tmp_path / "out"
    both = ("en", "zh")
    with pytest.raises(ReportError):
        render(data, seeds, out, zones=["land", "c0003"], runner=failing_c0003, retries=0,
               langs=both)  # fmt: skip
    folder = out / QUARTER
    assert "c0003" not in _linked_zones(folder / "land.en.html")
    render(data, seeds, out, zones=["c0003"], langs=both)
    for lang in both:
        assert "c0003" in _zones_linked(folder / f"land.{lang}.html", lang)
    assert_links_lead_somewhere(folder)


def test_a_summary_page_rendered_alone_says_its_zones_below_have_no_page_yet(
    tmp_path: Path,
) -> None:
    """Found by review 6: a run for the big zone alone publishes no page below it. The page
    must not claim those targets are on their own pages: every zone below is listed, none
    linked, and the page says a zone without a link has no page in this quarter yet."""
    from test_sections import nested_tables

    from zonetrack.sections import SUMMARY_LIMIT

    tables = nested_tables(SUMMARY_LIMIT)
    data, seeds = write_catalog(tmp_path / "catalog", tables)
    out = tmp_path / "out"
    render(data, seeds, out, zones=["land"], langs=("en", "zh"))
    below = [z["zone_id"] for z in tables["zones"] if z["parent_id"] == "land"]
    says = {
        "en": "a zone shown without a link has no page in this quarter yet",
        "zh": "未带链接的区域本季度尚无页面",
    }
    for lang in ("en", "zh"):
        page = (out / QUARTER / f"land.{lang}.html").read_text(encoding="utf-8")
        assert _zones_linked(out / QUARTER / f"land.{lang}.html", lang) == {"all"}
        assert says[lang] in page
        table = page[page.index('id="s-zones_below"') :]
        names = [z[f"name_{lang}"] for z in tables["zones"] if z["zone_id"] in below]
        assert all(name in table for name in names), lang
