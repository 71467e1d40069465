"""Where each number on a page comes from: source numbers, figure links, the sources section,
and the short method note with its glossary.

Pure functions of a :class:`~zonetrack.quarter.ZoneQuarter` and a language, returning HTML.
A figure's link ``[n]`` leads to its quoted sentence, listed under its source ``n``; only the
sources of the targets and figures a page shows are listed.
"""

from __future__ import annotations

import pandas as pd

from .labels import label, qualifier_label, vocabulary
from .pages import METHOD_PAGE, anchor, e, heading, in_language, link, mark, status_glossary
from .quarter import ZoneQuarter

__all__ = ["figure_link", "how_to_read_html", "source_numbers", "sources_html"]


def _date(value: object) -> str:
    return "–" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def figure_link(kind: str, key: str, source: str | None, numbers: dict[str, int]) -> str:
    """A link ``[n]`` from a figure (``kind`` ``t`` target, ``o`` observation) to its sentence."""
    if not source or source not in numbers:
        return ""
    return f'<a class="ref" href="#{anchor(f"ev-{kind}", key)}">[{numbers[source]}]</a>'


def source_numbers(zq: ZoneQuarter) -> dict[str, int]:
    """Each source on the page numbered in order of first use: targets, then figures."""
    numbers: dict[str, int] = {}
    names = [zq.targets[t]["source"] for t in zq.assessment["target_id"]]
    names += list(zq.shown_observations.sort_values(["source", "obs_id"])["source"])
    for name in names:
        if name and name not in numbers:
            numbers[name] = len(numbers) + 1
    return numbers


_GLOSSARY = (
    ("term_point_in_time", "s1"),
    ("term_baseline", "s2"),
    ("term_attainment", "s3"),
    ("term_pace", "s3-1"),
    ("term_required", "s3"),
    ("term_projection", "s3-2"),
    ("term_thresholds", "s5"),
    ("term_deadline_passed", "s5"),
    ("term_qualifiers", "s5-1"),
)


def how_to_read_html(zq: ZoneQuarter, lang: str) -> str:
    """A short method note and glossary in the page's language, linked to the full method."""
    terms = "".join(
        f"<dt>{e(label(key, lang))} "
        f'<a class="ref" href="{METHOD_PAGE}#{section}">§{section[1:].replace("-", ".")}</a></dt>'
        f"<dd>{e(label(key + '_text', lang))}</dd>"
        for key, section in _GLOSSARY
    )
    qualifiers = "".join(
        f"<dt>{mark(term.words(lang))}</dt><dd>{e(term.explain(lang))}</dd>"
        for key, term in vocabulary("qualifier").items()
        if key != "exact"
    )
    return (
        heading("how_to_read", lang)
        + f'<div class="callout"><p>{e(label("method_note", lang))} '
        + link(METHOD_PAGE, label("method_link", lang))
        + "</p></div>"
        + f'<dl class="glossary">{terms}{qualifiers}</dl>'
        + status_glossary(lang)
    )


def _source_meta(source: dict, lang: str) -> str:
    parts = [e(source.get("publisher") or "")]
    published = source.get("published") or ""
    basis = source.get("published_basis") or ""
    parts.append(e(label("published_on", lang, date=published, basis=basis)))
    url = source.get("url") or ""
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        parts.append(link(url, url, rel="noopener"))
    retrieved = source.get("retrieved") or ""
    if isinstance(retrieved, str) and retrieved:
        parts.append(e(label("retrieved_on", lang, date=retrieved)))
    parts.append(f"<code>{e(source['source'])}</code>")
    return " · ".join(p for p in parts if p)


def sources_html(zq: ZoneQuarter, lang: str) -> str:
    """Each source on the page once, with its evidence grouped under it (§1.1)."""
    numbers = source_numbers(zq)
    items: dict[str, list[str]] = {name: [] for name in numbers}

    def written(name: str) -> tuple[object, str]:
        # Quotes and titles are in their source's language, not always the page's.
        return zq.sources.get(name, {}).get("language"), lang

    for row in zq.assessment.to_dict(orient="records"):
        target = zq.targets[row["target_id"]]
        what = f"{label('kind_target', lang)} · {zq.target_name(row, lang)}"
        items[target["source"]].append(
            _evidence_item(
                ("t", row["target_id"]), what, target["evidence"], written(target["source"])
            )
        )
    for o in zq.shown_observations.sort_values(["source", "obs_id"]).to_dict(orient="records"):
        if o["source"] not in items:  # a what-if figure without a source
            continue
        value = zq.value_text(o["value_canonical"], o["unit_canonical"], o["indicator_id"], lang)
        if o["qualifier"] != "exact":
            value += f" ({qualifier_label(o['qualifier'], lang)})"
        what = (
            f"{zq.zone_name(o['zone_id'], lang)} · {zq.indicator_name(o['indicator_id'], lang)}"
            f" · {value} · {_date(o['ref_date'])}"
        )
        if o.get("derived"):
            text = label("derived_note", lang, formula=o.get("derived_from") or "")
            text += " " + (o.get("note") or "")
            items[o["source"]].append(
                _evidence_item(("o", o["obs_id"]), what, None, (None, lang), text)
            )
        else:
            items[o["source"]].append(
                _evidence_item(("o", o["obs_id"]), what, o["evidence"], written(o["source"]))
            )
    if not numbers:
        return heading("sources", lang) + f"<p>{e(label('no_figures', lang))}</p>"
    out = [heading("sources", lang)]
    for name, number in numbers.items():
        source = zq.sources.get(name, {"source": name})
        title = in_language(e(source.get("title") or name), *written(name))
        out.append(
            f'<section id="{anchor("src", number)}"><h3>[{number}] {title}</h3>'
            f'<p class="meta">{_source_meta(source, lang)}</p>'
            f'<ul class="evidence">{"".join(items[name])}</ul></section>'
        )
    return "".join(out)


def _evidence_item(
    key: tuple[str, str],
    what: str,
    evidence: str | None,
    written: tuple[object, str],
    note: str = "",
) -> str:
    quote = f" {in_language(f'“{e(evidence)}”', *written)}" if evidence else ""
    extra = f" <span class=note>{e(note)}</span>" if note else ""
    return f'<li id="{anchor(f"ev-{key[0]}", key[1])}"><b>{e(what)}</b>{quote}{extra}</li>'
