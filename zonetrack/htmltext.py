"""An HTML page reduced to the text a reader sees, laid out the way the extractor reads text.

The stored text of a seed is what evidence is checked against, so it must keep a figure with
its unit and its sentence: inline elements (<span>, <b>, <strong>, <font>, <a>, <em>, <sup>,
…) join their text to their neighbours', as a browser shows them, and only block elements
(<p>, <div>, <li>, <h1>, <br>, a table's rows …) break lines. A table becomes one line per row
with its cells set off by full-width bars (｜), a form of table the line-table reader takes,
so a value keeps its row's unit and its column's year. What a reader does not see is not the
page's text: scripts, styles, templates, form fields, drawings, comments, CDATA sections and
elements hidden by the ``hidden`` attribute or a ``display:none``/``visibility:hidden`` style.
"""

from __future__ import annotations

import re
import sys

from bs4 import BeautifulSoup
from bs4.element import CData, Comment, Declaration, Doctype, NavigableString, Tag

__all__ = ["CELL_SEPARATOR", "html_to_text"]

# Set off by spaces, so a cell's last figure never runs into the next cell's text.
CELL_SEPARATOR = " ｜ "

# Elements whose content a reader never sees as the page's text.
_UNSEEN = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "textarea",
        "select",
        "option",
        "datalist",
        "svg",
        "math",
        "canvas",
        "iframe",
        "object",
        "embed",
        "audio",
        "video",
    }
)

# Elements a browser shows as blocks: each starts and ends a line.
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "title",
        "ul",
    }
)
_CELLS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
# Where a line ends (kept), and a run of other white space (one space, as a browser shows).
_LINE = "\n"
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# Nesting the walk follows (two frames a level): beyond what any page the parser builds needs.
_DEEPEST = 100_000
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def html_to_text(page: str) -> str:
    """The text of the HTML ``page``: one line per block, a table's row per line.

    Parameters
    ----------
    page : str
        The page's markup.

    Returns
    -------
    str
        Lines without leading or trailing spaces, no empty lines, ending with a newline
        (empty for a page with no visible text).
    """
    soup = BeautifulSoup(page, "html.parser")
    pieces: list[str] = []
    # The walk recurses once per level of nesting, and old pages leave hundreds of <font> tags
    # unclosed (each nests the rest of the page): Python's default limit of 1,000 frames made
    # such a page a traceback. Its frames cost no C stack (3.11), so the limit is raised while
    # walking, to the depth the parser can build.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _DEEPEST))
    try:
        _walk(soup, pieces, preformatted=False)
    finally:
        sys.setrecursionlimit(limit)
    lines = (_tidy(line) for line in "".join(pieces).split(_LINE))
    text = _LINE.join(line for line in lines if line)
    return text + _LINE if text else ""


def _walk(node: Tag, pieces: list[str], preformatted: bool) -> None:
    """Append the visible text under ``node`` to ``pieces``, with a line break per block."""
    for child in node.children:
        if isinstance(child, (Comment, CData, Declaration, Doctype)):
            continue  # never shown: a comment inside a number must not split it
        if isinstance(child, NavigableString):
            pieces.append(str(child) if preformatted else _collapse(str(child)))
        elif isinstance(child, Tag) and not _is_unseen(child):
            _walk_tag(child, pieces, preformatted)


def _walk_tag(tag: Tag, pieces: list[str], preformatted: bool) -> None:
    name = tag.name.lower()
    if name == "br":
        pieces.append(_LINE)
    elif name == "tr":
        pieces.append(_LINE + CELL_SEPARATOR.join(_cell_text(c) for c in _cells(tag)) + _LINE)
    elif name in _BLOCKS or name in _CELLS:
        # A cell outside a row (broken markup) stands on its own line.
        pieces.append(_LINE)
        _walk(tag, pieces, preformatted or name == "pre")
        pieces.append(_LINE)
    else:
        _walk(tag, pieces, preformatted)


def _cells(row: Tag) -> list[Tag]:
    return [c for c in row.find_all(list(_CELLS), recursive=False) if not _is_unseen(c)]


def _cell_text(cell: Tag) -> str:
    """A cell's text on one line: its own line breaks become spaces."""
    pieces: list[str] = []
    _walk(cell, pieces, preformatted=False)
    return _tidy(" ".join("".join(pieces).split(_LINE)))


def _is_unseen(tag: Tag) -> bool:
    if tag.name.lower() in _UNSEEN or tag.has_attr("hidden"):
        return True
    return bool(_HIDDEN_STYLE.search(str(tag.get("style", ""))))


def _collapse(text: str) -> str:
    """White space in running text as a browser shows it: one space for a run, and none at a
    line break of the markup between two Chinese characters (a browser joins them)."""
    return _SPACES.sub(" ", text) if "\n" not in text else _join_wrapped(text)


def _join_wrapped(text: str) -> str:
    parts = re.split(r"([ \t\r\n\f\v]+)", text)
    out: list[str] = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(part)
            continue
        before, after = parts[i - 1][-1:], parts[i + 1][:1] if i + 1 < len(parts) else ""
        wrapped = "\n" in part and _CJK.match(before or " ") and _CJK.match(after or " ")
        out.append("" if wrapped else " ")
    return "".join(out)


def _tidy(line: str) -> str:
    # A no-break space (&nbsp;) is the page's own: kept, as the figure reader knows it.
    return _SPACES.sub(" ", line).strip()
