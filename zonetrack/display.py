"""The thin display layer the report template calls: one function per notebook cell.

:func:`open_report` builds the quarter's :class:`~zonetrack.quarter.ZoneQuarter` once;
each ``show_*`` function displays one section, rendered by the pure functions of
``sections.py`` and ``overview.py``, or the charts of ``plots.py``. A section that a
page does not have (a chart on a zone without targets) displays nothing.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import pandas as pd
from IPython.display import HTML, Image, display

from . import overview, sections
from .catalog import load_catalog
from .dates import parse_quarter
from .labels import check_lang, label
from .pages import heading
from .plots import CJKFontWarning, chart_language, figure_png, plot_progress, plot_trajectory
from .quarter import ZoneQuarter, zone_quarter

__all__ = [
    "Report",
    "open_report",
    "show_changes",
    "show_decompositions",
    "show_footer",
    "show_header",
    "show_headline",
    "show_how_to_read",
    "show_progress_chart",
    "show_sources",
    "show_targets",
    "show_trajectories",
]


@dataclass
class Report:
    """A page being displayed: the quarter's data, the page's language, the charts' language."""

    data: ZoneQuarter
    lang: str
    chart_lang: str

    @property
    def chart_note(self) -> str | None:
        """Said under every chart (both languages) when Chinese charts fall back to English."""
        return label("no_cjk_font_both", "en") if self.chart_lang != self.lang else None

    def has(self, key: str) -> bool:
        return key in sections.page_sections(self.data)


def open_report(
    quarter: str,
    zone: str = "all",
    lang: str = "en",
    data_dir: str | None = None,
    seeds_dir: str | None = None,
    zone_pages: list[str] | None = None,
) -> Report:
    """Load the catalogue and assess it for the report of ``quarter`` (``YYYYQn``) on ``zone``.

    ``zone_pages``: the zones whose pages are published beside this one, the only zones the
    page links to (``zonetrack report`` passes it for a run of some zones); None: every zone.
    """
    check_lang(lang)
    year, q = parse_quarter(quarter)
    catalog = load_catalog(data_dir or None, seeds_dir or None)
    data = zone_quarter(catalog, year, q, zone, zone_pages)
    with warnings.catch_warnings():
        # The fallback is said under each chart (in both languages), not as a warning.
        warnings.simplefilter("ignore", CJKFontWarning)
        chart_lang = chart_language(lang)
    return Report(data, lang, chart_lang)


def _html(fragment: str) -> None:
    display(HTML(fragment))


def show_header(report: Report) -> None:
    _html(sections.header_html(report.data, report.lang))


def show_headline(report: Report) -> None:
    _html(sections.headline_html(report.data, report.lang))


def show_targets(report: Report) -> None:
    """Target cards; on a zone without targets its figures; on the overview the status matrix;
    on a summary page the zones below, then the zone's own targets (or figures)."""
    d, lang = report.data, report.lang
    if d.is_overview:
        _html(overview.status_matrix_html(d, lang) + overview.past_deadline_html(d, lang))
    elif sections.is_summary(d):
        own = ""
        if report.has("targets"):
            own = sections.targets_html(d, lang)
        elif report.has("figures"):
            own = sections.figures_html(d, lang)
        _html(sections.zones_below_html(d, lang) + own)
    elif d.assessment.empty:
        _html(sections.figures_html(d, lang))
    else:
        _html(sections.targets_html(d, lang))


def _image(png: bytes, alt: str, report: Report) -> None:
    meta = {"alt": alt}
    if report.chart_note:
        meta["caption"] = report.chart_note
    # The note travels as metadata: nbval does not compare it, so a page rendered without a
    # CJK font still validates on a machine that has one (and the other way round).
    display(Image(png, metadata=meta))


def _chart_name(report: Report, row: pd.Series | dict) -> str:
    return report.data.target_name(row, report.chart_lang)


def show_progress_chart(report: Report) -> None:
    if not report.has("progress_chart"):
        return
    a = sections.page_view(report.data).assessment  # a summary page: the zone's own
    names = pd.Series([_chart_name(report, r) for r in a.to_dict(orient="records")], index=a.index)
    _html(heading("progress_chart", report.lang))
    png = figure_png(plot_progress(a, names, report.chart_lang))
    _image(png, label("progress_chart", report.lang), report)


def show_trajectories(report: Report) -> None:
    if not report.has("trajectories"):
        return
    d = sections.page_view(report.data)  # a summary page: the zone's own targets
    _html(heading("trajectories", report.lang))
    for row in d.assessment.to_dict(orient="records"):
        series = d.series(row["zone_id"], row["indicator_id"])
        if series.empty:
            continue
        adopted = d.targets[row["target_id"]]["adopted"]
        fig = plot_trajectory(
            series,
            pd.Series(row),
            _chart_name(report, row),
            report.chart_lang,
            d.as_of,
            adopted,
            d.counters.get(row["indicator_id"]),
        )
        alt = f"{label('trajectories', report.lang)}: {d.target_name(row, report.lang)}"
        _image(figure_png(fig), alt, report)


def show_decompositions(report: Report) -> None:
    if report.has("decompositions"):
        _html(sections.decompositions_html(report.data, report.lang))


def show_changes(report: Report) -> None:
    d, lang = report.data, report.lang
    if d.is_overview:
        _html(overview.biggest_changes_html(d, lang))
    else:
        _html(sections.changes_html(d, lang))


def show_how_to_read(report: Report) -> None:
    _html(sections.how_to_read_html(report.data, report.lang))


def show_sources(report: Report) -> None:
    if report.has("sources"):
        _html(sections.sources_html(report.data, report.lang))


def show_footer(report: Report) -> None:
    _html(sections.footer_html(report.data, report.lang))
