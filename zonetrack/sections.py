"""The sections of a zone's quarterly page, as pure functions returning HTML strings.

Each function takes a :class:`~zonetrack.quarter.ZoneQuarter` and a language and
returns a fragment; nothing here displays, loads or reads a clock, so every
section is tested without a kernel (``tests/test_sections.py``) and a report of a
past quarter reads the same whenever it is rendered. The method is ``docs/method.md``;
the section numbers (§) cited on the page are its own.
"""

from __future__ import annotations

from typing import NoReturn

import pandas as pd

from . import provenance
from .exceptions import VersionError
from .labels import label, qualifier_label, status_label
from .overview import zone_link
from .pages import (
    METHOD_PAGE,
    anchor,
    badge,
    badges,
    downloads_line,
    e,
    heading,
    language_link,
    link,
    mark,
    table,
)
from .progress import STATUSES
from .provenance import figure_link, how_to_read_html, source_numbers
from .quarter import ZoneQuarter, status_counts, zone_quarter, zonetrack_version

__all__ = [
    "SUMMARY_LIMIT",
    "changes_html",
    "decompositions_html",
    "figures_html",
    "footer_html",
    "header_html",
    "headline_html",
    "how_to_read_html",
    "is_summary",
    "open_report",
    "page_sections",
    "page_view",
    "sources_html",
    "status_badge",
    "status_counts",
    "targets_html",
    "zone_quarter",
    "zone_subtree",
    "zones_below_html",
]

_COMPARATORS = {">=": "≥", "<=": "≤", "=": "="}

SUMMARY_LIMIT = 60
"""A zone page whose view (the zone and every zone below it) holds more targets than this
is a summary: the zone's own targets in full, each zone directly below it as one row of
counts. The largest view of the real catalogue holds 9 targets (Chongqing), so every
real page is a full page; a card, a bar and a chart per target stop being readable, and
cheap to draw, somewhere in the tens."""


def zone_subtree(catalog, zone: str) -> list[str]:
    """``zone`` and every zone below it (``"all"``: every zone); see :meth:`Catalog.subtree`."""
    return catalog.subtree(zone)


def status_badge(status: str, lang: str, count: int | None = None) -> str:
    """A coloured status label (kept here for callers of the earlier API)."""
    return badge(status, lang, count)


def is_summary(zq: ZoneQuarter) -> bool:
    """Whether ``zq``'s page is a summary: a zone whose view holds more than
    :data:`SUMMARY_LIMIT` targets (the overview is a summary of its own kind)."""
    return not zq.is_overview and len(zq.assessment) > SUMMARY_LIMIT


def page_view(zq: ZoneQuarter) -> ZoneQuarter:
    """The rows a page shows target by target: on a summary page the zone's own only."""
    return zq.own_view if is_summary(zq) else zq


def _target_keys(zq: ZoneQuarter) -> list[str]:
    keys = ["targets", "progress_chart"]
    if zq.assessment["latest_date"].notna().any():
        keys.append("trajectories")
    if zq.assessment["children_sum"].notna().any():
        keys.append("decompositions")
    return keys


def page_sections(zq: ZoneQuarter) -> list[str]:
    """The section keys a page shows, in order (the table of contents and the display use it)."""
    if zq.is_overview:
        return ["headline", "status_matrix", "past_deadline_list", "biggest_changes", "how_to_read"]
    if is_summary(zq):
        own = zq.own_view
        keys = ["headline", "zones_below"]
        if not own.assessment.empty:
            keys += _target_keys(own)
        elif not own.observations.empty:
            keys.append("figures")
        keys += ["changes", "how_to_read"]
        # Sources of the zone's own targets and figures; a zone with none cites nothing.
        return keys + (["sources"] if len(keys) > 4 else [])
    if zq.assessment.empty:
        return ["headline", "figures", "changes", "how_to_read", "sources"]
    return ["headline", *_target_keys(zq), "changes", "how_to_read", "sources"]


def _date(value: object) -> str:
    return "–" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def _pct(value: object, signed: bool = True) -> str:
    if value is None or pd.isna(value):
        return "–"
    return f"{value:+.1%}" if signed else f"{value:.0%}"


# -- page header and footer -----------------------------------------------------------------
def header_html(zq: ZoneQuarter, lang: str) -> str:
    """Breadcrumb, title, as-of date, the other language, downloads and contents."""
    crumbs = [
        link("../index.html", label("all_quarters", lang)),
        link("index.html", zq.label),
    ]
    if not zq.is_overview:
        crumbs.append(link(f"all.{lang}.html", label("overview", lang)))
        crumbs += [e(zq.zone_name(z, lang)) for z in reversed(zq.ancestors(zq.zone)[1:])]
    toc = "".join(
        f'<li><a href="#{anchor("s", key)}">{e(label(key, lang))}</a></li>'
        for key in page_sections(zq)
    )
    return (
        f'<nav class="crumbs">{" › ".join(crumbs)} · {language_link(zq.zone, lang)}</nav>'
        f"<h1>{e(zq.title(lang))}</h1>"
        f'<p class="meta">{e(label("as_of_line", lang, date=_date(zq.as_of)))} '
        f"{link(METHOD_PAGE, label('method_link', lang))}</p>"
        + downloads_line(lang)
        + f'<nav class="toc"><b>{e(label("contents", lang))}</b><ol>{toc}</ol></nav>'
    )


def footer_html(zq: ZoneQuarter, lang: str) -> str:
    """As-of date, zonetrack version, the catalogue's sha256 and the command that built it."""
    command = f"zonetrack report --quarter {zq.label} --lang {lang}"
    if not zq.is_overview:
        command += f" --zone {zq.zone}"
    parts = [
        label("as_of_line", lang, date=_date(zq.as_of)),
        f"zonetrack {zonetrack_version()}",
        f"{label('catalogue_sha256', lang)} <code>{e(zq.catalog_sha256)}</code>",
        f"{label('build_command', lang)} <code>{e(command)}</code>",
    ]
    return "<footer>" + "<br>".join(p if "<code>" in p else e(p) for p in parts) + "</footer>"


# -- headline -------------------------------------------------------------------------------
def _n(count: int, lang: str) -> str:
    return label("none", lang) if count == 0 and lang == "en" else str(count)


def headline_words(zq: ZoneQuarter, lang: str) -> str:
    """The page's verdict in one sentence, counted from the same assessment as its table."""
    a = zq.assessment
    if a.empty:
        figures = len(zq.observations)
        key = {0: "headline_nothing", 1: "headline_no_targets_one"}.get(figures)
        return label(key or "headline_no_targets", lang, figures=figures)
    status = a["status"]
    passed = int(a["deadline_passed"].sum())
    passed_no_figure = int((a["deadline_passed"] & (status == "no_data")).sum())
    fields = {
        "n": len(a),
        "targets": label("target_one" if len(a) == 1 else "target_many", lang),
        "with_figures": _n(int((status != "no_data").sum()), lang),
        "achieved": _n(int((status == "achieved").sum()), lang),
        "on_track": _n(int((status == "on_track").sum()), lang),
        "passed": _n(passed, lang),
        "passed_no_figure": _n(passed_no_figure, lang),
    }
    deadline = "headline_passed" if passed else "headline_none_passed"
    sep = "" if lang == "zh" else " "
    return label("headline_words", lang, **fields) + sep + label(deadline, lang, **fields)


def headline_html(zq: ZoneQuarter, lang: str) -> str:
    counts = status_counts(zq.assessment)
    return (
        heading("headline", lang)
        + f'<p class="headline">{e(headline_words(zq, lang))}</p>'
        + (f"<p>{badges(counts, lang)}</p>" if counts else "")
    )


# -- targets ------------------------------------------------------------------------------
def _figure(zq: ZoneQuarter, row: pd.Series, which: str, lang: str, numbers: dict) -> str:
    """A baseline or latest value with its qualifier mark and a link to its evidence."""
    value, date = row[f"{which}_value"], row[f"{which}_date"]
    if pd.isna(value):
        return "–"
    text = e(zq.value_text(value, row["unit"], row["indicator_id"], lang))
    obs = zq.figure(row["zone_id"], row["indicator_id"], date)
    if obs is None:  # a sum of parts (§4.3)
        return text + mark(label("sum_of_parts", lang))
    if obs["qualifier"] != "exact":
        text += mark(qualifier_label(obs["qualifier"], lang))
    if obs.get("derived"):
        text += mark(qualifier_label("derived", lang), obs.get("note") or "")
    return text + figure_link("o", obs["obs_id"], obs["source"], numbers)


def reason(row: pd.Series, lang: str, as_of: pd.Timestamp) -> str:
    """Why the target has its status, in one line (``docs/method.md`` §5)."""
    status = row["status"]
    if status == "no_data":
        return label("reason_no_data", lang, date=_date(as_of))
    if status == "achieved":
        return label("reason_achieved", lang, date=_date(row["latest_date"]))
    if status == "missed":
        return label("reason_missed", lang, date=_date(row["latest_date"]))
    if status == "overdue_unverified":
        return label("reason_overdue", lang, date=_date(row["deadline"]))
    if status == "baseline_only":
        return label("reason_baseline_only", lang, date=_date(row["baseline_date"]))
    if pd.isna(row["cagr_ratio"]):
        return label("reason_moved_away", lang)
    if pd.notna(row["actual_cagr"]) and pd.notna(row["required_cagr"]):
        text = label(
            "reason_pace",
            lang,
            achieved=_pct(row["actual_cagr"]),
            required=_pct(row["required_cagr"]),
            ratio=f"{row['cagr_ratio']:.2f}",
        )
    else:
        text = label("reason_linear", lang, ratio=f"{row['cagr_ratio']:.2f}")
    if pd.notna(row["remaining_cagr"]):
        text += " " + label("reason_from_now", lang, remaining=_pct(row["remaining_cagr"]))
    return text


def _step(title: str, body: str) -> str:
    return f'<div class="step"><b>{e(title)}</b>{body}</div>'


def target_card(zq: ZoneQuarter, row: pd.Series, lang: str, numbers: dict[str, int]) -> str:
    """One target: baseline → latest → target with dates and sources, status and reason."""
    target = zq.targets[row["target_id"]]
    unit = row["unit"]
    goal = zq.value_text(row["target_value"], unit, row["indicator_id"], lang)
    goal = f"{_COMPARATORS[row['comparator']]} {goal}"
    target_ref = figure_link("t", row["target_id"], target["source"], numbers)
    passed = label("yes" if row["deadline_passed"] else "no", lang)
    steps = [
        _step(
            label("col_baseline", lang),
            f"{_figure(zq, row, 'baseline', lang, numbers)}<br>{e(_date(row['baseline_date']))}",
        ),
        _step(label("col_adopted", lang), e(_date(target["adopted"])) + target_ref),
        _step(
            label("col_latest", lang),
            f"{_figure(zq, row, 'latest', lang, numbers)}<br>{e(_date(row['latest_date']))}"
            + (mark(label("stale_mark", lang), label("stale_tip", lang)) if row["stale"] else ""),
        ),
        _step(
            label("col_target_value", lang),
            f"{e(goal)}{target_ref}<br>{e(label('by_date', lang, date=_date(row['deadline'])))}",
        ),
        _step(label("col_attainment", lang), e(_pct(row["attainment"], signed=False))),
        _step(label("col_deadline_passed", lang), e(passed)),
    ]
    if pd.isna(row["latest_value"]):  # no figure: only what was promised, no rows of dashes
        steps = [steps[1], steps[3], steps[5]]
    notes = []
    for which in ("baseline", "latest"):
        obs = zq.figure(row["zone_id"], row["indicator_id"], row[f"{which}_date"])
        if obs is not None and obs.get("derived"):
            notes.append(
                label("derived_note", lang, formula=obs.get("derived_from") or "")
                + " "
                + (obs.get("note") or "")
            )
    note_html = "".join(f'<p class="note">{e(n)}</p>' for n in dict.fromkeys(notes))
    return (
        f'<div class="target" id="{anchor("t", row["target_id"])}">'
        f"<h3>{e(zq.target_name(row, lang))}</h3>"
        f'<p class="reason">{badge(row["status"], lang)} {e(reason(row, lang, zq.as_of))}</p>'
        f'<div class="path">{"".join(steps)}</div>{note_html}</div>'
    )


def targets_html(zq: ZoneQuarter, lang: str) -> str:
    """Every target of the view as a card, in catalogue order (a summary page: the zone's own)."""
    view = page_view(zq)
    numbers = source_numbers(view)
    cards = "".join(target_card(view, row, lang, numbers) for _, row in view.assessment.iterrows())
    note = f'<p class="note">{e(label("own_targets_note", lang))}</p>' if view is not zq else ""
    return heading("targets", lang) + note + cards


def sources_html(zq: ZoneQuarter, lang: str) -> str:
    """The page's sources (:func:`zonetrack.provenance.sources_html` of what it shows)."""
    return provenance.sources_html(page_view(zq), lang)


# -- the zones below a summary page ---------------------------------------------------------
def _below(zq: ZoneQuarter) -> dict[str, str]:
    """Each zone below ``zq``'s zone: the zone directly below it that it lies under."""
    return {z: child for child in zq.children() for z in zq.catalog.subtree(child)}


def _child_has_page(zq: ZoneQuarter, child: str, busy: set[str]) -> bool:
    """Whether ``child``'s page is published beside this one: the run says so, else (a full
    run) a zone has a page when its view holds something (the zones a report covers)."""
    if zq.zone_pages is not None:
        return child in zq.zone_pages
    return any(z in busy for z in zq.catalog.subtree(child))


def zones_below_html(zq: ZoneQuarter, lang: str) -> str:
    """A summary page's zones directly below, one row each with its view's counts by status
    (and the zone's own targets first), in catalogue order; empty on other pages."""
    if not is_summary(zq):
        return ""
    children = zq.children()
    # The manifest's counts (see ZoneQuarter.counts_of): each costs its zone's subtree.
    counts = {child: zq.counts_of(child) for child in children}
    own_counts = zq.own_view.counts()
    present = [
        s
        for s in STATUSES
        if s in own_counts["status_counts"] or any(s in c["status_counts"] for c in counts.values())
    ]
    headers = [
        label("col_zones_below", lang),
        label("col_targets", lang),
        label("col_deadline_passed", lang),
        *(status_label(s, lang) for s in present),
    ]

    def row(name: str, c: dict) -> list[str]:
        by_status = c["status_counts"]
        return [
            name,
            e(c["targets"]),
            e(c["deadline_passed"]),
            *(e(by_status.get(s) or "") for s in present),
        ]

    rows = []
    if own_counts["targets"]:
        name = label("own_targets_row", lang, name=zq.zone_name(zq.zone, lang))
        rows.append(row(link(f"#{anchor('s', 'targets')}", name), dict(own_counts)))
    busy = set(zq.assessment["zone_id"].unique()) | set(zq.observations["zone_id"].unique())
    for child in children:
        name = zq.zone_name(child, lang)
        text = zone_link(zq, child, lang, name) if _child_has_page(zq, child, busy) else e(name)
        rows.append(row(text, dict(counts[child])))
    legend = "".join(badge(s, lang) for s in present)
    return (
        heading("zones_below", lang)
        + f'<p class="note">{e(label("zones_below_note", lang, limit=SUMMARY_LIMIT))}</p>'
        + f"<p>{legend}</p>"
        + table(headers, rows, numeric=range(1, len(headers)))
    )


def _observation_rows(zq: ZoneQuarter, obs: pd.DataFrame, lang: str) -> list[list[str]]:
    numbers = source_numbers(zq)
    rows = []
    for o in obs.to_dict(orient="records"):
        value = e(zq.value_text(o["value_canonical"], o["unit_canonical"], o["indicator_id"], lang))
        if o["qualifier"] != "exact":
            value += mark(qualifier_label(o["qualifier"], lang))
        if o.get("derived"):
            value += mark(qualifier_label("derived", lang), o.get("note") or "")
        rows.append(
            [
                e(zq.zone_name(o["zone_id"], lang)),
                e(zq.indicator_name(o["indicator_id"], lang)),
                value + figure_link("o", o["obs_id"], o["source"], numbers),
                e(_date(o["ref_date"])),
                e(_date(o["published"])),
            ]
        )
    return rows


def _observation_headers(lang: str) -> list[str]:
    keys = ("col_zone", "col_indicator", "col_value", "col_ref_date", "col_published")
    return [label(k, lang) for k in keys]


def figures_html(zq: ZoneQuarter, lang: str) -> str:
    """A zone without targets: its figures with their dates and sources, as one table."""
    zq = page_view(zq)
    obs = zq.observations.sort_values(["zone_id", "indicator_id", "ref_date"], kind="stable")
    if obs.empty:
        return heading("figures", lang) + f"<p>{e(label('no_figures', lang))}</p>"
    return heading("figures", lang) + table(
        _observation_headers(lang), _observation_rows(zq, obs, lang), numeric=(2,)
    )


def decompositions_html(zq: ZoneQuarter, lang: str) -> str:
    """Targets with parts: the whole, the sum of the known parts, the gap (§4).

    On a summary page a part set for a zone below links to that zone's page."""
    view = page_view(zq)
    a, every = view.assessment, zq.assessment
    shown = set(view.zones)
    out = [heading("decompositions", lang)]

    def part_link(p: pd.Series) -> str:
        name, fragment = zq.target_name(p, lang), f"#{anchor('t', p['target_id'])}"
        if p["zone_id"] in shown:
            return link(fragment, name)
        # A part's zone has a target, so a full run renders its page.
        return zone_link(zq, p["zone_id"], lang, name, fragment)

    for _, parent in a[a["children_sum"].notna()].iterrows():
        parts = every[every["parent_target_id"] == parent["target_id"]]
        unit, indicator = parent["unit"], parent["indicator_id"]
        figures = ", ".join(
            f"{label(key, lang)} {zq.value_text(parent[column], unit, indicator, lang)}"
            for key, column in (
                ("col_whole", "target_value"),
                ("col_parts_sum", "children_sum"),
                ("col_gap", "decomposition_gap"),
            )
        )
        rows = [
            [
                part_link(p),
                e(zq.value_text(p["target_value"], p["unit"], p["indicator_id"], lang)),
                badge(p["status"], lang),
            ]
            for _, p in parts.iterrows()
        ]
        out.append(f"<p><strong>{e(zq.target_name(parent, lang))}</strong>: {e(figures)}</p>")
        out.append(
            table([label(k, lang) for k in ("col_part", "col_target_value", "col_status")], rows)
        )
    return "".join(out)


def changes_html(zq: ZoneQuarter, lang: str) -> str:
    """Status changes and figures published since the previous quarter's end.

    A summary page lists the zone's own in full and counts those of each zone below it."""
    out = [heading("changes", lang)]
    view = page_view(zq)
    own = _own_changes(view, lang)
    below = _changes_below(zq, lang) if view is not zq else []
    if not own and not below:
        out.append(f"<p>{e(label('no_changes', lang))}</p>")
    return "".join(out + own + below)


def _own_changes(zq: ZoneQuarter, lang: str) -> list[str]:
    before = dict(zip(zq.previous["target_id"], zq.previous["status"], strict=True))
    out = []
    changed = [
        row for _, row in zq.assessment.iterrows() if before.get(row["target_id"]) != row["status"]
    ]
    if changed:
        rows = [
            [
                e(zq.target_name(row, lang)),
                badge(before[row["target_id"]], lang) if row["target_id"] in before else "–",
                badge(row["status"], lang),
            ]
            for row in changed
        ]
        headers = [label(k, lang) for k in ("col_target", "col_previous", "col_current")]
        out += [f"<h3>{e(label('status_changes', lang))}</h3>", table(headers, rows)]
    new = zq.new_observations
    if len(new):
        out.append(f"<h3>{e(label('new_observations', lang))}</h3>")
        out.append(
            table(_observation_headers(lang), _observation_rows(zq, new, lang), numeric=(2,))
        )
    return out


def _changes_below(zq: ZoneQuarter, lang: str) -> list[str]:
    """Per zone directly below: its view's status changes and new figures, counted in pandas."""
    a, previous, new = zq.assessment, zq.previous, zq.new_observations
    before = a["target_id"].map(pd.Series(previous["status"].array, index=previous["target_id"]))
    changed = (before != a["status"]) & (a["zone_id"] != zq.zone)  # new targets count too
    below = _below(zq)
    statuses = a.loc[changed, "zone_id"].map(below).value_counts()
    figures = new.loc[new["zone_id"] != zq.zone, "zone_id"].map(below).value_counts()
    rows = [
        [
            # A zone with a change has something to show, so a full run renders its page.
            zone_link(zq, child, lang, zq.zone_name(child, lang)),
            e(int(statuses.get(child, 0))),
            e(int(figures.get(child, 0))),
        ]
        for child in zq.children()
        if statuses.get(child, 0) or figures.get(child, 0)
    ]
    if not rows:
        return []
    headers = [label(k, lang) for k in ("col_zones_below", "col_status_changes", "col_new_figures")]
    return [
        f"<h3>{e(label('changes_below', lang))}</h3>",
        f'<p class="note">{e(label("changes_below_note", lang))}</p>',
        table(headers, rows, numeric=(1, 2)),
    ]


def open_report(*args: object, **kwargs: object) -> NoReturn:
    """The report API of zonetrack 0.1.0, replaced in 0.2.0 by :mod:`zonetrack.display`.

    Reports rendered before 0.2.0 call it in their second cell. Their outputs were made
    by that version's method and renderers, so they reproduce only with it: this says
    so, instead of failing on a missing name.

    Raises
    ------
    VersionError
        Always.
    """
    raise VersionError(
        f"this report was rendered by zonetrack 0.1.0 (sections.open_report); zonetrack "
        f"{zonetrack_version()} renders reports with zonetrack.display and its own method, so "
        "validate the report with the zonetrack version its quarter's manifest.json names"
    )
