"""Pages read without sideways scrolling on a phone (390 px) and a desktop (1280 px).

Needs a Chromium (``chromium``, ``chromium-browser`` or ``google-chrome``) on the PATH; the
project does not depend on it and the tests are skipped without one. Each page is put in
an iframe of the width under test (headless Chromium will not make a window narrower than
500 px) and the document's scroll width is compared with its visible width.
"""

from __future__ import annotations

import base64
import html
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

import zonetrack
from zonetrack import overview, sections
from zonetrack.pages import language_placeholder, overview_placeholder, page, quarter_index
from zonetrack.plots import figure_png, plot_progress
from zonetrack.quarter import zone_quarter

BROWSER = next(
    (b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None
)
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(BROWSER is None, reason="no Chromium on the PATH"),
]

WIDTHS = (390, 1280)


def overflow(doc: str, width: int, tmp_path: Path) -> tuple[int, int]:
    """(scroll width, visible width) of ``doc`` laid out ``width`` pixels wide."""
    wrapper = (
        '<!DOCTYPE html><html><body style="margin:0">'
        f'<iframe id="f" style="width:{width}px;height:900px;border:0" '
        f'srcdoc="{html.escape(doc, quote=True)}"></iframe><script>'
        'const f=document.getElementById("f");f.addEventListener("load",()=>{'
        "const d=f.contentDocument.documentElement;"
        'document.body.setAttribute("data-m",d.scrollWidth+"/"+d.clientWidth);});'
        "</script></body></html>"
    )
    path = tmp_path / f"wrap-{width}.html"
    path.write_text(wrapper, encoding="utf-8")
    out = subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--window-size=1400,1000",
            "--virtual-time-budget=5000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    found = re.search(r'data-m="(\d+)/(\d+)"', out)
    assert found, "the browser did not lay the page out"
    return int(found.group(1)), int(found.group(2))


def zone_page(zq, lang: str, chart: str) -> str:
    parts = [sections.header_html(zq, lang), sections.headline_html(zq, lang)]
    parts.append(sections.zones_below_html(zq, lang))  # a summary page's; else empty
    if zq.is_overview:
        parts += [
            overview.status_matrix_html(zq, lang),
            overview.past_deadline_html(zq, lang),
            overview.biggest_changes_html(zq, lang),
        ]
    elif zq.assessment.empty:
        parts += [sections.figures_html(zq, lang), sections.changes_html(zq, lang)]
    else:
        parts += [sections.targets_html(zq, lang), chart, sections.decompositions_html(zq, lang)]
        parts += [sections.changes_html(zq, lang)]
    parts += [sections.how_to_read_html(zq, lang), sections.sources_html(zq, lang)]
    parts.append(sections.footer_html(zq, lang))
    return page(zq.title(lang), "".join(parts), lang)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    catalog = zonetrack.load_catalog()
    zq = zone_quarter(catalog, 2026, 3, "chongqing")
    names = pd.Series(zq.assessment["target_id"].to_numpy(), index=zq.assessment.index)
    png = base64.b64encode(figure_png(plot_progress(zq.assessment, names, "en"))).decode()
    chart = f'<figure><img alt="chart" src="data:image/png;base64,{png}"></figure>'
    out = {}
    for zone, lang in (
        ("chongqing", "en"),
        ("chongqing", "zh"),
        ("cq-shapingba", "en"),
        ("all", "zh"),
    ):
        out[f"{zone}.{lang}"] = zone_page(zone_quarter(catalog, 2026, 3, zone), lang, chart)
    manifest = {
        "quarter": "2026Q3",
        "as_of": "2026-09-30",
        "reports": [
            {
                "zone": z,
                "lang": lg,
                "title": z,
                "html": f"{z}.{lg}.html",
                "notebook": f"{z}.{lg}.ipynb",
                "targets": 9,
                "deadline_passed": 9,
                "status_counts": {"no_data": 7, "overdue_unverified": 2},
            }
            for z in catalog.zones["zone_id"]
            for lg in ("en", "zh")
        ],
        "failed": [],
    }
    out["index"] = quarter_index(manifest)
    # Where a page's language link leads when the other language is not published.
    for lang, other in (("zh", "en"), ("en", "zh")):
        title = zq.title(other) * 3  # a long title in the other script must wrap too
        out[f"placeholder.{lang}"] = language_placeholder(f"chongqing.{other}.html", title, lang)
        out[f"no-overview.{lang}"] = overview_placeholder(lang)
    # A summary page: a root over more zones than one page shows the targets of.
    from conftest import write_catalog
    from test_sections import nested_tables

    nested = write_catalog(tmp_path_factory.mktemp("summary"), nested_tables(70))
    summary = zone_quarter(zonetrack.load_catalog(*nested), 2023, 1, "land")
    assert sections.is_summary(summary)
    for lang in ("en", "zh"):
        out[f"land.{lang}"] = zone_page(summary, lang, chart)
    return out


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(
    "name",
    [
        "chongqing.en",
        "chongqing.zh",
        "cq-shapingba.en",
        "all.zh",
        "index",
        "land.en",
        "land.zh",
        "placeholder.en",
        "placeholder.zh",
        "no-overview.en",
        "no-overview.zh",
    ],
)
def test_no_sideways_scrolling(
    pages: dict[str, str], name: str, width: int, tmp_path: Path
) -> None:
    scroll, visible = overflow(pages[name], width, tmp_path)
    assert scroll <= visible, f"{name} at {width}px: {scroll}px of content in {visible}px"


def test_the_check_sees_a_page_that_overflows(tmp_path: Path) -> None:
    wide = page("wide", '<div style="width:500px">a fixed 500 px block</div>', "en")
    scroll, visible = overflow(wide, 390, tmp_path)
    assert scroll > visible
