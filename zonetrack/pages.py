"""Every piece of page HTML: the style, the page shell, badges, tables, navigation, indexes.

Text from the data reaches HTML only through :func:`e` (escaping happens here and
nowhere else); the other functions take text and escape it themselves, or take
fragments this module or the section renderers built with it. Pages are
self-contained: one file, no script, no external style, font or image.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence

from .labels import check_lang, label, other_lang, status_colour, status_label, vocabulary

__all__ = [
    "CSS",
    "DOWNLOADS",
    "anchor",
    "badge",
    "e",
    "language_link",
    "language_placeholder",
    "link",
    "overview_placeholder",
    "page",
    "quarter_index",
    "root_index",
    "table",
]

# The quarter's files linked from every page (written by ``downloads.py``).
DOWNLOADS = ("assessment.csv", "assessment.xlsx", "observations.csv", "datapackage.json")
METHOD_PAGE = "method.html"

CSS = """
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",
"Microsoft YaHei",sans-serif;margin:0;padding:0 12px;color:var(--fg);line-height:1.5;
overflow-wrap:anywhere}
main{max-width:1080px;margin:0 auto}
h1{font-size:1.5em;margin:.3em 0}
h2{font-size:1.25em;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:1.6em}
h3{font-size:1.05em;margin:.4em 0}
a{color:#0969da}
.crumbs,.meta,.downloads{font-size:.9em;color:var(--muted);margin:.3em 0}
.toc ol{margin:.3em 0;padding-left:1.4em;columns:2 14em}
table{border-collapse:collapse;width:100%;font-size:.9em;margin:.5em 0}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--soft)}
td.num{text-align:right}
img{max-width:100%;height:auto}
figure{margin:1em 0}
figcaption{font-size:.85em;color:var(--muted)}
pre{white-space:pre-wrap;word-break:break-word;background:var(--soft);padding:8px}
.badge{display:inline-block;color:#fff;padding:1px 8px;border-radius:10px;margin:1px;
font-size:.85em;white-space:nowrap}
.mark{display:inline-block;font-size:.78em;color:var(--muted);border:1px solid var(--line);
border-radius:4px;padding:0 4px;margin-left:3px;white-space:nowrap}
.ref{font-size:.78em;margin-left:2px;text-decoration:none}
.headline{font-size:1.1em}
.target{border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:12px 0}
.path{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5em,1fr));gap:6px;margin:6px 0}
.step{background:var(--soft);border-radius:4px;padding:4px 8px}
.step b{display:block;font-size:.8em;color:var(--muted);font-weight:600}
.reason{margin:4px 0}
.note{font-size:.85em;color:var(--muted)}
.callout{border-left:4px solid #0969da;background:var(--soft);padding:6px 12px;margin:12px 0}
dl.glossary dt{font-weight:600;margin-top:4px}
dl.glossary dd{margin:0 0 0 1em}
.evidence li{margin:4px 0}
footer{margin:2em 0 1em;padding-top:8px;border-top:1px solid var(--line);font-size:.85em;
color:var(--muted)}
footer code{overflow-wrap:anywhere}
@media (max-width:640px){
 body{padding:0 8px}
 table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
 table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
 table.cards tr{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:2px 0}
 table.cards td{border:0;border-bottom:1px solid var(--soft);display:grid;
 grid-template-columns:minmax(6em,38%) 1fr;gap:8px;text-align:left}
 table.cards td::before{content:attr(data-label);font-weight:600;color:var(--muted)}
}
@media print{
 @page{size:A4;margin:14mm 12mm}
 body{font-size:10pt;padding:0;color:#000}
 main{max-width:none}
 a{color:inherit;text-decoration:none}
 .toc,.crumbs{display:none}
 h1,h2,h3{break-after:avoid;page-break-after:avoid}
 tr,figure,.target,.step{break-inside:avoid;page-break-inside:avoid}
 thead{display:table-header-group}
 table{font-size:8.5pt}
 .badge{color:#000;border:1px solid #000;background:none!important}
}
"""


def e(value: object) -> str:
    """Text as HTML (``&``, ``<``, ``>`` and quotes escaped); None and NA as ''."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    return html.escape(str(value), quote=True)


def anchor(kind: str, key: object) -> str:
    """An element id built from any text: letters, digits, ``_`` and ``-`` only."""
    safe = re.sub(r"[^A-Za-z0-9_-]", lambda m: f"_{ord(m.group()):x}", str(key))
    return f"{kind}-{safe}"


def link(href: str, text: str, **attrs: str) -> str:
    """``<a href=...>text</a>``; ``text`` is escaped, ``href`` quoted."""
    extra = "".join(f' {k}="{e(v)}"' for k, v in attrs.items())
    return f'<a href="{e(href)}"{extra}>{e(text)}</a>'


def badge(status: str, lang: str, count: int | None = None) -> str:
    """A status as a coloured label (colour and words from ``vocabulary.csv``)."""
    text = status_label(status, lang) + (f" {count}" if count is not None else "")
    return f'<span class="badge" style="background:{status_colour(status)}">{e(text)}</span>'


def mark(text: str, title: str = "") -> str:
    """A small boxed word beside a figure: a qualifier, 'derived', 'sum of parts'."""
    tip = f' title="{e(title)}"' if title else ""
    return f'<span class="mark"{tip}>{e(text)}</span>'


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    numeric: Iterable[int] = (),
    cards: bool = True,
) -> str:
    """A table from escaped header text and rows of HTML fragments.

    With ``cards`` each row becomes a card on a narrow screen (each cell labelled by its
    header), so no page needs sideways scrolling on a phone.
    """
    right = set(numeric)
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td data-label="{e(h)}"{" class=num" if i in right else ""}>{cell}</td>'
            for i, (h, cell) in enumerate(zip(headers, row, strict=True))
        )
        + "</tr>"
        for row in rows
    )
    cls = ' class="cards"' if cards else ""
    return f"<table{cls}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def heading(key: str, lang: str, level: int = 2) -> str:
    """A section heading with the id the table of contents links to."""
    return f'<h{level} id="{anchor("s", key)}">{e(label(key, lang))}</h{level}>'


def html_lang(lang: str) -> str:
    """The page's language tag (``lang="..."``) for a report language."""
    return "zh-Hans" if check_lang(lang) == "zh" else "en"


def in_language(html: str, text_lang: object, lang: str) -> str:
    """``html`` marked as written in ``text_lang`` (a source's ``language``) where that is
    not the page's language, so that screen readers voice it, and browsers draw it, as the
    language it is in. A ``mixed`` or unknown language is left unmarked."""
    if text_lang not in ("zh-Hans", "zh-Hant", "en") or text_lang == html_lang(lang):
        return html
    return f'<span lang="{text_lang}">{html}</span>'


def page(title: str, body: str, lang: str) -> str:
    """An HTML page with the style inlined around ``body`` (already HTML)."""
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang(lang)}">\n'
        '<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body><main>\n{body}\n</main></body>\n</html>\n"
    )


def downloads_line(lang: str, prefix: str = "") -> str:
    links = " · ".join(link(prefix + name, name) for name in DOWNLOADS)
    return f'<p class="downloads">{e(label("downloads", lang))}: {links}</p>'


def badges(counts: Mapping[str, int], lang: str) -> str:
    return "".join(badge(s, lang, n) for s, n in counts.items())


def _report_rows(manifest: Mapping) -> dict[str, dict[str, Mapping]]:
    by_zone: dict[str, dict[str, Mapping]] = {}
    for report in manifest.get("reports", []):
        by_zone.setdefault(report["zone"], {})[report["lang"]] = report
    return by_zone


def quarter_index(manifest: Mapping, names: Mapping[str, Mapping[str, str]] | None = None) -> str:
    """The quarter's index: one row per zone with its pages in both languages and its counts.

    Parameters
    ----------
    manifest : mapping
        The quarter's ``manifest.json`` (``quarter``, ``as_of``, ``reports``, ``failed``);
        each report has ``zone``, ``lang``, ``title``, ``html``, ``notebook``,
        ``targets``, ``status_counts`` and, when known, ``deadline_passed``.
    names : mapping, optional
        ``{zone_id: {"en": ..., "zh": ...}}``; default: the reports' titles.
    """
    quarter = manifest["quarter"]
    rows = []
    for zone, reports in _report_rows(manifest).items():
        any_report = next(iter(reports.values()))
        cells = []
        for lang in ("en", "zh"):
            r = reports.get(lang)
            text = (names or {}).get(zone, {}).get(lang) or (
                (r.get("zone_name") or r["title"]) if r else ""
            )
            if zone == "all":
                text = label("overview", lang)
            cell = link(r["html"], text) if r else e(text)
            if r and r.get("status") == "stale":
                # The last render failed: the page shown is the last good one.
                failed = r.get("failed_notebook")
                why = e(r.get("error") or "")
                cell += f'<br><strong class="stale">stale · 未更新</strong>: {why}' + (
                    f" ({link(failed, 'failed notebook')})" if failed else ""
                )
            cells.append(cell)
        passed = any_report.get("deadline_passed")
        notebooks = " ".join(link(r["notebook"], f"{lg}.ipynb") for lg, r in reports.items())
        rows.append(
            [
                *cells,
                e(any_report.get("targets", "")),
                e("" if passed is None else passed),
                badges(any_report.get("status_counts", {}), "en"),
                notebooks,
            ]
        )
    headers = ["Zone", "区域", "Targets 目标", "Past deadline 已过期限", "Status 状态", "Notebooks"]
    failed = "".join(
        f"<li>{e(f['zone'])}.{e(f['lang'])}: {e(f['error'])}</li>"
        for f in manifest.get("failed", [])
    )
    body = (
        f'<p class="crumbs">{link("../index.html", "zonetrack — all quarters · 全部季度")}</p>'
        f"<h1>zonetrack {e(quarter)}</h1>"
        f'<p class="meta">as of · 截至 {e(manifest.get("as_of", ""))} · '
        f"{len(_report_rows(manifest))} zones · 区域 · {len(manifest.get('reports', []))} pages</p>"
        + downloads_line("en")
        + table(headers, rows, numeric=(2, 3))
        + (f"<h2>failed · 失败</h2><ul>{failed}</ul>" if failed else "")
    )
    return page(f"zonetrack {quarter}", body, "en")


def root_index(manifests: Sequence[Mapping]) -> str:
    """Every published quarter, newest first, with its as-of date and report counts."""
    rows = [
        [
            link(f"{m['quarter']}/index.html", m["quarter"]),
            e(m.get("as_of", "")),
            e(len({r["zone"] for r in m.get("reports", [])})),
            e(len(m.get("reports", []))),
            e(sum(r.get("status") == "stale" for r in m.get("reports", []))),
            e(len(m.get("failed", []))),
        ]
        for m in sorted(manifests, key=lambda m: m["quarter"], reverse=True)
    ]
    headers = [
        "Quarter 季度",
        "As of 截至",
        "Zones 区域",
        "Pages 页面",
        "Stale 未更新",
        "Failed 失败",
    ]
    body = "<h1>zonetrack reports · 报告</h1>" + table(headers, rows, numeric=(2, 3, 4, 5))
    return page("zonetrack reports", body, "en")


def status_glossary(lang: str) -> str:
    """Each status with its badge and one-line meaning (``vocabulary.csv``)."""
    items = "".join(
        f"<dt>{badge(key, lang)}</dt><dd>{e(term.explain(lang))}</dd>"
        for key, term in vocabulary("status").items()
    )
    return f'<dl class="glossary">{items}</dl>'


def language_placeholder(other_html: str, title: str, lang: str) -> str:
    """The page a quarter holds in ``lang`` for a report published only in the other
    language, so that the other page's language link always leads somewhere.

    Parameters
    ----------
    other_html : str
        The published page's file name, beside this one.
    title : str
        The published page's title (in the other language).
    lang : str
        The language of this page: the one the report is missing in.
    """
    other = other_lang(lang)
    body = (
        f'<p class="crumbs">{link("index.html", label("quarter_reports", lang))}</p>'
        f"<h1>{e(label('not_published_title', lang))}</h1>"
        f"<p>{e(label('not_published', lang))}</p>"
        f"<p>{e(label('read_in_other', lang))}{'' if lang == 'zh' else ' '}"
        f'<span lang="{html_lang(other)}">{link(other_html, title, hreflang=other)}</span></p>'
    )
    return page(f"{label('not_published_title', lang)} · {title}", body, lang)


def overview_placeholder(lang: str) -> str:
    """The page a quarter holds as its overview in ``lang`` while none is published in
    either language (it failed, or no run has rendered it yet): every zone page's
    breadcrumb leads there, so it sends the reader on to the quarter's list of reports.
    """
    body = (
        f'<p class="crumbs">{link("index.html", label("quarter_reports", lang))}</p>'
        f"<h1>{e(label('no_overview_title', lang))}</h1>"
        f"<p>{e(label('no_overview', lang))} "
        f"{link('index.html', label('quarter_reports', lang))}</p>"
    )
    return page(label("no_overview_title", lang), body, lang)


def language_link(stem: str, lang: str) -> str:
    """A link to the same page in the other language (``<stem>.<other>.html``)."""
    other = other_lang(lang)
    return link(f"{stem}.{other}.html", label("other_language", lang), hreflang=other)
