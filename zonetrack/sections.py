"""The sections of a quarterly report, shared by the report template and the notebooks.

``open_report`` loads the catalogue and assesses it as of a quarter's last day;
the returned :class:`QuarterReport` displays each section (HTML built with every
name from the data escaped, charts as PNG). Nothing here looks at today's date, so
a report of a past quarter reads the same whenever it is re-run.
"""

from __future__ import annotations

import html
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd
from IPython.display import HTML, Image, display

from .catalog import Catalog, load_catalog
from .dates import parse_quarter, quarter_end, quarter_label
from .labels import check_lang, format_value, label, status_label
from .plots import (
    STATUS_COLOURS,
    CJKFontWarning,
    chart_language,
    figure_png,
    plot_progress,
    plot_trajectory,
)
from .progress import (
    STATUSES,
    DecompositionWarning,
    assess,
    visible_observations,
)
from .provenance import derived_assumptions, observation_assumption

__all__ = ["QuarterReport", "open_report", "status_badge", "status_counts", "zone_subtree"]

_CSS_CLASS = "zonetrack"
_COMPARATORS = {">=": "≥", "<=": "≤", "=": "="}


def zone_subtree(catalog: Catalog, zone: str) -> list[str]:
    """``zone`` and every zone below it (``"all"``: every zone); see :meth:`Catalog.subtree`."""
    return catalog.subtree(zone)


def status_counts(assessment: pd.DataFrame) -> dict[str, int]:
    """Targets per status, in the order of :data:`zonetrack.STATUSES`, zero counts left out."""
    counts = assessment["status"].value_counts()
    return {s: int(counts[s]) for s in STATUSES if s in counts}


def previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def _e(value: object) -> str:
    return html.escape("" if value is None or value is pd.NA else str(value))


def status_badge(status: str, lang: str, count: int | None = None) -> str:
    """A coloured, escaped HTML label of a status (with a count, for headlines and indexes)."""
    text = status_label(status, lang) + (f" {count}" if count is not None else "")
    return (
        f'<span class="badge" style="background:{STATUS_COLOURS[status]};color:#fff;'
        f'padding:2px 8px;border-radius:10px;margin:2px;display:inline-block">{_e(text)}</span>'
    )


def _table(frame: pd.DataFrame, raw_html_columns: Iterable[str] = ()) -> str:
    """An HTML table; every cell escaped except the named columns, which hold our own HTML."""
    raw = set(raw_html_columns)
    head = "".join(f"<th>{_e(c)}</th>" for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{v if c in raw else _e(v)}</td>" for c, v in row.items()) + "</tr>"
        for _, row in frame.iterrows()
    )
    return (
        f'<table class="{_CSS_CLASS}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
    )


@dataclass
class QuarterReport:
    """A quarter's assessment of one zone (and the zones below it) or of all zones."""

    catalog: Catalog
    year: int
    quarter: int
    zone: str = "all"
    lang: str = "en"
    chart_lang: str = field(init=False)

    def __post_init__(self) -> None:
        check_lang(self.lang)
        self.zones = zone_subtree(self.catalog, self.zone)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CJKFontWarning)
            self.chart_lang = chart_language(self.lang)
        # One visible line in the report when Chinese charts fall back to English.
        fell_back = any(issubclass(w.category, CJKFontWarning) for w in caught)
        self.font_note = label("no_cjk_font", self.lang) if fell_back else None

    # -- data --------------------------------------------------------------------------
    @property
    def label(self) -> str:
        return quarter_label(self.year, self.quarter)

    @property
    def as_of(self) -> pd.Timestamp:
        return quarter_end(self.year, self.quarter)

    def _assess(self, as_of: pd.Timestamp) -> pd.DataFrame:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DecompositionWarning)
            # Only the targets known at the date, in this zone's view (§1.3, §1.4).
            return assess(self.catalog, as_of, zone=self.zone)

    @cached_property
    def assessment(self) -> pd.DataFrame:
        return self._assess(self.as_of)

    @cached_property
    def previous(self) -> pd.DataFrame:
        return self._assess(quarter_end(*previous_quarter(self.year, self.quarter)))

    def visible_observations(self, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
        obs = visible_observations(self.catalog, self.as_of if as_of is None else as_of)
        return obs[obs["zone_id"].isin(self.zones)]

    def zone_name(self, zone_id: str) -> str:
        row = self.catalog.zone(zone_id)
        return str(row["name_zh"] if self.lang == "zh" else row["name_en"])

    def indicator_name(self, indicator_id: str) -> str:
        rows = self.catalog.indicators.set_index("indicator_id")
        return str(rows.loc[indicator_id, "name_zh" if self.lang == "zh" else "name_en"])

    def target_name(self, row: pd.Series) -> str:
        return f"{self.zone_name(row['zone_id'])} · {self.indicator_name(row['indicator_id'])}"

    def _chart_target_name(self, row: pd.Series) -> str:
        if self.chart_lang == self.lang:
            return self.target_name(row)
        return f"{row['zone_id']} · {row['indicator_id']}"

    # -- sections ----------------------------------------------------------------------
    def _heading(self, key: str) -> str:
        return f"<h2>{_e(label(key, self.lang))}</h2>"

    @property
    def title(self) -> str:
        """The report's title: the zone (or all zones), the words for the report, the quarter."""
        zone = label("overview", self.lang) if self.zone == "all" else self.zone_name(self.zone)
        return f"{zone} — {label('report_title', self.lang)} {self.label}"

    def show_title(self) -> None:
        note = f"<p><em>{_e(self.font_note)}</em></p>" if self.font_note else ""
        display(
            HTML(
                f"<h1>{_e(self.title)}</h1>"
                f"<p>{_e(label('as_of', self.lang))} {self.as_of:%Y-%m-%d}</p>{note}"
            )
        )

    def show_headline(self) -> None:
        counts = status_counts(self.assessment)
        badges = "".join(status_badge(s, self.lang, n) for s, n in counts.items())
        body = badges or _e(label("no_targets", self.lang))
        # Statuses keep their meaning; how many targets are past their deadline is said
        # beside them, figures or not (docs/method.md §5).
        passed = int(self.assessment["deadline_passed"].sum())
        if passed:
            body += f"</p><p>{passed} {_e(label('past_deadline', self.lang))}"
        display(HTML(f"{self._heading('headline')}<p>{body}</p>"))

    def summary_frame(self) -> pd.DataFrame:
        """The summary table's rows, formatted for people, in the report's language."""
        a, lang = self.assessment, self.lang
        pace = a["remaining_cagr"].fillna(a["required_cagr"])
        return pd.DataFrame(
            {
                label("col_target", lang): [self.target_name(r) for _, r in a.iterrows()],
                label("col_status", lang): [status_badge(s, lang) for s in a["status"]],
                label("col_latest", lang): [
                    format_value(v, u, lang) + self._derived_mark(bool(d))
                    for v, u, d in zip(
                        a["latest_value"], a["unit"], a["latest_derived"], strict=True
                    )
                ],
                label("col_target_value", lang): [
                    f"{_COMPARATORS[c]} {format_value(v, u, lang)}"
                    for c, v, u in zip(a["comparator"], a["target_value"], a["unit"], strict=True)
                ],
                label("col_deadline", lang): a["deadline"].dt.strftime("%Y-%m-%d"),
                label("col_deadline_passed", lang): [
                    label("yes" if p else "no", lang) for p in a["deadline_passed"]
                ],
                label("col_attainment", lang): a["attainment"].map(
                    lambda v: "–" if pd.isna(v) else f"{v:.0%}"
                ),
                label("col_required_pace", lang): pace.map(
                    lambda v: "–" if pd.isna(v) else f"{v:+.1%}"
                ),
                label("col_projection", lang): [
                    format_value(v, u, lang)
                    for v, u in zip(a["projected_value"], a["unit"], strict=True)
                ],
                label("col_staleness", lang): a["days_since_latest"].map(
                    lambda v: "–" if pd.isna(v) else str(int(v))
                ),
            }
        )

    def show_summary(self) -> None:
        if self.assessment.empty:
            display(HTML(self._heading("summary") + f"<p>{_e(label('no_targets', self.lang))}</p>"))
            return
        frame = self.summary_frame()
        why = derived_assumptions(self.catalog, self.assessment, self.as_of, self.lang)
        notes = self._derived_notes(
            (self.target_name(self.assessment.loc[i]), w) for i, w in why.dropna().items()
        )
        table = _table(frame, [label("col_status", self.lang)])
        display(HTML(self._heading("summary") + table + notes))

    def _derived_mark(self, derived: bool) -> str:
        return f" ({label('derived', self.lang)} *)" if derived else ""

    def _derived_notes(self, items: Iterable[tuple[str, str]]) -> str:
        """A note under a table: each derived figure's name and assumption."""
        lines = "".join(f"<li>{_e(name)}: {_e(why)}</li>" for name, why in items)
        if not lines:
            return ""
        return f"<p><small>* {_e(label('derived_note', self.lang))}:</small></p><ul>{lines}</ul>"

    def show_progress_chart(self) -> None:
        display(HTML(self._heading("progress_chart")))
        if self.assessment.empty:
            display(HTML(f"<p>{_e(label('none_yet', self.lang))}</p>"))
            return
        names = pd.Series(
            [self._chart_target_name(r) for _, r in self.assessment.iterrows()],
            index=self.assessment.index,
        )
        png = figure_png(plot_progress(self.assessment, names, self.chart_lang))
        display(Image(png, metadata={"alt": label("progress_chart", self.lang)}))

    def show_trajectories(self) -> None:
        display(HTML(self._heading("trajectories")))
        obs = self.visible_observations()
        shown = 0
        for _, row in self.assessment.iterrows():
            series = obs[
                (obs["zone_id"] == row["zone_id"]) & (obs["indicator_id"] == row["indicator_id"])
            ]
            if series.empty:
                continue
            fig = plot_trajectory(series, row, self._chart_target_name(row), self.chart_lang)
            alt = f"{label('trajectories', self.lang)}: {self.target_name(row)}"
            display(Image(figure_png(fig), metadata={"alt": alt}))
            shown += 1
        if not shown:
            display(HTML(f"<p>{_e(label('none_yet', self.lang))}</p>"))

    def show_decompositions(self) -> None:
        a, lang = self.assessment, self.lang
        parents = a[a["children_sum"].notna()]
        parts_html = []
        for _, parent in parents.iterrows():
            parts = a[a["parent_target_id"] == parent["target_id"]]
            rows = pd.DataFrame(
                {
                    label("col_part", lang): [self.target_name(r) for _, r in parts.iterrows()],
                    label("col_target_value", lang): [
                        format_value(v, u, lang)
                        for v, u in zip(parts["target_value"], parts["unit"], strict=True)
                    ],
                    label("col_status", lang): [status_badge(s, lang) for s in parts["status"]],
                }
            )
            unit = parent["unit"]
            figures = ", ".join(
                f"{label(key, lang)} {format_value(parent[column], unit, lang)}"
                for key, column in (
                    ("col_whole", "target_value"),
                    ("col_parts_sum", "children_sum"),
                    ("col_gap", "decomposition_gap"),
                )
            )
            whole = f"<p><strong>{_e(self.target_name(parent))}</strong>: {_e(figures)}</p>"
            parts_html.append(whole + _table(rows, [label("col_status", lang)]))
        body = "".join(parts_html) or f"<p>{_e(label('none_yet', lang))}</p>"
        display(HTML(self._heading("decompositions") + body))

    def show_freshness(self) -> None:
        a, lang = self.assessment, self.lang
        data = a[a["latest_date"].notna()].sort_values(["latest_date", "target_id"])
        if data.empty:
            display(HTML(self._heading("freshness") + f"<p>{_e(label('none_yet', lang))}</p>"))
            return
        frame = pd.DataFrame(
            {
                label("col_target", lang): [self.target_name(r) for _, r in data.iterrows()],
                label("col_latest_date", lang): data["latest_date"].dt.strftime("%Y-%m-%d"),
                label("col_staleness", lang): data["days_since_latest"].astype(int),
                label("col_stale", lang): data["stale"].map(
                    lambda s: label("yes" if s else "no", lang)
                ),
            }
        )
        display(HTML(self._heading("freshness") + _table(frame)))

    def show_changes(self) -> None:
        lang = self.lang
        before = self.previous.set_index("target_id")["status"]
        now = self.assessment.set_index("target_id")
        changed = [
            (tid, before.get(tid), row["status"])
            for tid, row in now.iterrows()
            if before.get(tid) != row["status"]
        ]
        parts = [self._heading("changes")]
        if changed:
            frame = pd.DataFrame(
                {
                    label("col_target", lang): [
                        self.target_name(now.loc[t].rename(t)) for t, _, _ in changed
                    ],
                    label("col_previous", lang): [
                        status_badge(p, lang) if p else "–" for _, p, _ in changed
                    ],
                    label("col_current", lang): [status_badge(c, lang) for _, _, c in changed],
                }
            )
            parts.append(f"<h3>{_e(label('status_changes', lang))}</h3>")
            parts.append(_table(frame, [label("col_previous", lang), label("col_current", lang)]))
        prev_end = quarter_end(*previous_quarter(self.year, self.quarter))
        new = self.visible_observations()
        old_ids = set(self.visible_observations(prev_end)["obs_id"])
        new = new[~new["obs_id"].isin(old_ids)].sort_values(["zone_id", "indicator_id", "ref_date"])
        if len(new):
            parts.append(f"<h3>{_e(label('new_observations', lang))}</h3>")
            parts.append(_table(self._observation_rows(new)))
            parts.append(
                self._derived_notes(
                    (self.target_name(o), observation_assumption(o))
                    for _, o in new[new["derived"]].iterrows()
                )
            )
        if not changed and not len(new):
            parts.append(f"<p>{_e(label('no_changes', lang))}</p>")
        display(HTML("".join(parts)))

    def _observation_rows(self, obs: pd.DataFrame) -> pd.DataFrame:
        lang = self.lang
        return pd.DataFrame(
            {
                label("col_zone", lang): [self.zone_name(z) for z in obs["zone_id"]],
                label("col_indicator", lang): [self.indicator_name(i) for i in obs["indicator_id"]],
                label("col_value", lang): [
                    format_value(v, u, lang)
                    + ("" if q == "exact" else f" ({label('qualifier_' + q, lang)})")
                    + self._derived_mark(bool(d))
                    for v, u, q, d in zip(
                        obs["value_canonical"],
                        obs["unit_canonical"],
                        obs["qualifier"],
                        obs["derived"],
                        strict=True,
                    )
                ],
                label("col_ref_date", lang): obs["ref_date"].dt.strftime("%Y-%m-%d"),
                label("col_published", lang): obs["published"].dt.strftime("%Y-%m-%d"),
            }
        )

    def show_sources(self) -> None:
        lang = self.lang
        obs = self.visible_observations().sort_values(["source", "obs_id"])
        titles = self.catalog.sources.set_index("source")["title"]
        targets = self.catalog.targets[
            self.catalog.targets["target_id"].isin(self.assessment["target_id"])
        ]
        rows = [
            (t["source"], label("kind_target", lang), self.target_name(t), f"“{t['evidence']}”")
            for _, t in targets.iterrows()
        ]
        rows += [
            (
                o["source"],
                label("kind_observation", lang),
                self.target_name(o),
                f"“{o['evidence']}”"
                if o["evidence"]
                else f"{label('derived', lang)} *: {observation_assumption(o)}",
            )
            for _, o in obs.iterrows()
        ]
        if not rows:
            display(HTML(self._heading("sources") + f"<p>{_e(label('none_yet', lang))}</p>"))
            return
        frame = pd.DataFrame(rows, columns=["source", "kind", "what", "evidence"])
        frame[label("col_source", lang)] = [f"{titles.get(s, s)} ({s})" for s in frame["source"]]
        frame = frame.rename(
            columns={"kind": label("col_kind", lang), "what": label("col_indicator", lang)}
        )
        # Quoted words are the source's; a derived figure's formula and assumption are ours.
        frame[label("col_evidence", lang)] = frame["evidence"]
        columns = [
            label(c, lang) for c in ("col_source", "col_kind", "col_indicator", "col_evidence")
        ]
        display(HTML(self._heading("sources") + _table(frame[columns])))

    def show_all(self) -> None:
        """Every section in report order."""
        for section in (
            self.show_title,
            self.show_headline,
            self.show_summary,
            self.show_progress_chart,
            self.show_trajectories,
            self.show_decompositions,
            self.show_freshness,
            self.show_changes,
            self.show_sources,
        ):
            section()


def open_report(
    quarter: str,
    zone: str = "all",
    lang: str = "en",
    data_dir: str | None = None,
    seeds_dir: str | None = None,
) -> QuarterReport:
    """Load the catalogue and prepare the report of ``quarter`` (``YYYYQn``) for ``zone``."""
    year, q = parse_quarter(quarter)
    return QuarterReport(load_catalog(data_dir or None, seeds_dir or None), year, q, zone, lang)
