"""The display layer as the report template calls it, without a kernel.

The template's own cells run in this process with IPython's ``display`` replaced by a list
(a seam: the code under test is not changed), so a test sees every fragment and chart a
page would show.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import write_catalog
from IPython.display import HTML, Image
from test_sections import nested_tables, parse

import zonetrack.display
from zonetrack import sections
from zonetrack.execute import template_path

QUARTER = "2023Q2"


def template_cells() -> list[str]:
    """The template's code cells after its parameters cell, one call each."""
    notebook = json.loads(template_path().read_text(encoding="utf-8"))
    cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    return [
        "".join(c["source"]) for c in cells if "parameters" not in c["metadata"].get("tags", [])
    ]


def shown(monkeypatch: pytest.MonkeyPatch, parameters: dict[str, object]) -> list[object]:
    """Run the template's cells with ``parameters``; return what they displayed."""
    out: list[object] = []
    monkeypatch.setattr(zonetrack.display, "display", out.append)
    namespace = dict(parameters)
    for cell in template_cells():
        exec(cell, namespace)
    return out


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory: pytest.TempPathFactory):
    """Written once: a root with its own two targets over 70 and over 700 zones."""
    built = {}
    for children in (70, 700):
        root = tmp_path_factory.mktemp(f"display{children}")
        built[children] = write_catalog(root, nested_tables(children))
    return built


def _page(catalogs, children: int, monkeypatch: pytest.MonkeyPatch, lang: str = "en"):
    data, seeds = catalogs[children]
    parameters = {
        "quarter": QUARTER,
        "zone": "land",
        "lang": lang,
        "data_dir": str(data),
        "seeds_dir": str(seeds),
        "zone_pages": None,
    }
    return shown(monkeypatch, parameters)


def _charts(items: list[object]) -> int:
    """Images displayed, and any <img> inside the HTML fragments."""
    images = sum(isinstance(i, Image) for i in items)
    tags = sum(parse(i.data).tags.count("img") for i in items if isinstance(i, HTML))
    return images + tags


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_summary_page_draws_as_many_charts_over_70_zones_as_over_700(
    catalogs, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    small = _page(catalogs, 70, monkeypatch, lang)
    large = _page(catalogs, 700, monkeypatch, lang)
    # The root's own two targets: one progress chart and a trajectory each (both have
    # figures), whatever lies below.
    assert _charts(small) == _charts(large) == 1 + 2
    # The same sections, the zones below aside, whose table has a row per zone.
    html_small = "".join(i.data for i in small if isinstance(i, HTML))
    html_large = "".join(i.data for i in large if isinstance(i, HTML))
    assert html_small.count('class="target"') == html_large.count('class="target"') == 2
    assert html_large.count("<tr>") - html_small.count("<tr>") == 700 - 70


def test_no_row_of_the_zones_below_is_looped_over_in_python(
    catalogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cards, charts, sources and changes loop over the zone's own rows only: every frame
    walked row by row (iterrows, itertuples, to_dict) is no longer than the root's own."""
    walked: list[int] = []
    for name in ("iterrows", "itertuples", "to_dict"):
        original = getattr(pd.DataFrame, name)

        def spy(self, *args, __original=original, **kwargs):
            walked.append(len(self))
            return __original(self, *args, **kwargs)

        monkeypatch.setattr(pd.DataFrame, name, spy)
    items = _page(catalogs, 700, monkeypatch)
    assert _charts(items) == 3
    assert walked and max(walked) <= 3  # the root's two targets, three figures


def test_a_page_within_the_limit_shows_every_target(monkeypatch, tmp_path) -> None:
    """The other side of the limit: a full page with a card and a chart for every target."""
    data, seeds = write_catalog(tmp_path, nested_tables(sections.SUMMARY_LIMIT - 3))
    items = shown(
        monkeypatch,
        {
            "quarter": QUARTER,
            "zone": "land",
            "lang": "en",
            "data_dir": str(data),
            "seeds_dir": str(seeds),
            "zone_pages": None,
        },
    )
    html = "".join(i.data for i in items if isinstance(i, HTML))
    assert html.count('class="target"') == sections.SUMMARY_LIMIT
    assert 'id="s-zones_below"' not in html
    # A progress chart, and a trajectory per target with a figure: the root's two and the
    # odd-numbered children's (with their grandchild) and every third child's.
    children = sections.SUMMARY_LIMIT - 3
    with_figures = 2 + sum(1 for i in range(1, children + 1) if i % 2 or i % 3 == 0) + 1
    assert _charts(items) == 1 + with_figures
