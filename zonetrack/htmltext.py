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
# A line break of the markup in running text, until it is known what it stands between (a
# NUL, which a browser never shows, so the page's own are dropped).
_BREAK = "\x00"
_BROKEN = re.compile(r"[ \x00]*\x00[ \x00]*")
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
    reader = _Reader()
    # The walk recurses once per level of nesting, and old pages leave hundreds of <font> tags
    # unclosed (each nests the rest of the page): Python's default limit of 1,000 frames made
    # such a page a traceback. Its frames cost no C stack (3.11), so the limit is raised while
    # walking, to the depth the parser can build.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _DEEPEST))
    try:
        reader.walk(soup, preformatted=False)
    finally:
        sys.setrecursionlimit(limit)
    lines = (_tidy(line) for line in _join_breaks("".join(reader.pieces)).split(_LINE))
    text = _LINE.join(line for line in lines if line)
    return text + _LINE if text else ""


class _Reader:
    """The walk over a page's elements, with what it has read so far.

    Attributes
    ----------
    pieces : list of str
        The text read, in order; ``_LINE`` where a block ends and ``_BREAK`` where the markup
        breaks a line in running text.
    carried : dict
        For each group of table rows (keyed by the group's element), the cells merged down
        from rows above: column -> (rows still to cover, text).
    """

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.carried: dict[int, dict[int, tuple[int, str]]] = {}

    def walk(self, node: Tag, preformatted: bool) -> None:
        """Append the visible text under ``node``, with a line break per block."""
        for child in node.children:
            if isinstance(child, (Comment, CData, Declaration, Doctype)):
                continue  # never shown: a comment inside a number must not split it
            if isinstance(child, NavigableString):
                text = str(child)
                self.pieces.append(text.replace(_BREAK, "") if preformatted else _collapse(text))
            elif isinstance(child, Tag) and not _is_unseen(child):
                self._walk_tag(child, preformatted)

    def _walk_tag(self, tag: Tag, preformatted: bool) -> None:
        name = tag.name.lower()
        if name == "br":
            self.pieces.append(_LINE)
        elif name == "tr":
            cells = self._grid_row(tag)
            # A row of empty cells (a spacer) shows nothing: no line of bars.
            if any(cell.strip() for cell in cells):
                self.pieces.append(_LINE + CELL_SEPARATOR.join(cells) + _LINE)
        elif name in _BLOCKS or name in _CELLS:
            # A cell outside a row (broken markup) stands on its own line.
            self.pieces.append(_LINE)
            self.walk(tag, preformatted or name == "pre")
            self.pieces.append(_LINE)
        else:
            self.walk(tag, preformatted)

    def _grid_row(self, row: Tag) -> list[str]:
        """The texts of ``row``'s slots in the table's grid, as a reader sees it.

        A cell merged across columns (colspan) or down rows (rowspan) fills each slot it
        covers with its text, so a value keeps the year of a heading merged over its column
        and a row keeps the group's name merged down beside it; but a merged cell that writes
        a figure fills only its first slot (the others are left empty), so the figure is read
        once and the cells after it keep their columns. A row of one cell (a title or note
        across the table) is that cell alone.
        """
        cells = [c for c in row.find_all(list(_CELLS), recursive=False) if not _is_unseen(c)]
        group = id(row.parent)
        above = self.carried.get(group, {})
        below: dict[int, tuple[int, str]] = {}
        slots: list[str] = []

        def take_carried() -> None:
            while len(slots) in above:
                left, text = above[len(slots)]
                if left > 1:
                    below[len(slots)] = (left - 1, text)
                slots.append(text)

        heading = len(cells) > 1 and row.parent is not None and row.parent.name == "thead"
        for cell in cells:
            take_carried()
            text = self._cell_text(cell)
            across = 1 if len(cells) == 1 else _span(cell, "colspan", 1000)
            down = _span(cell, "rowspan", 65534)
            repeated = heading or cell.name.lower() == "th" or not _writes_figure(text)
            for k in range(across):
                slot = text if k == 0 or repeated else ""
                if down > 1:
                    below[len(slots)] = (down - 1, slot if repeated else "")
                slots.append(slot)
        take_carried()
        # Cells merged down past this row's last cell still hold their slots.
        for column in sorted(c for c in above if c > len(slots)):
            slots.extend([""] * (column - len(slots)))
            take_carried()
        self.carried[group] = below
        return slots

    def _cell_text(self, cell: Tag) -> str:
        """A cell's text on one line: its own line breaks become spaces."""
        outer, self.pieces = self.pieces, []
        try:
            self.walk(cell, preformatted=False)
            return _tidy(" ".join(_join_breaks("".join(self.pieces)).split(_LINE)))
        finally:
            self.pieces = outer


def _span(cell: Tag, attribute: str, most: int) -> int:
    """A cell's colspan or rowspan as a browser takes it: a whole number from 1 to ``most``;
    ``rowspan=0`` covers the rest of its group of rows."""
    match = re.match(r"\s*(\d+)", str(cell.get(attribute, "")))
    if match is None:
        return 1
    value = int(match[1])
    if value == 0:
        return most if attribute == "rowspan" else 1
    return min(value, most)


# A date in a cell (2025年, 6月, 2026-27) names a column or row; any other digit writes a figure.
_DATE_PARTS = re.compile(r"\d+\s*[年月日]|(?<!\d)(?:19|20)\d{2}(?!\d)|(?<=[-/])\d{2}(?!\d)")


def _writes_figure(text: str) -> bool:
    return any(ch.isdigit() for ch in _DATE_PARTS.sub("", text))


def _is_unseen(tag: Tag) -> bool:
    if tag.name.lower() in _UNSEEN or tag.has_attr("hidden"):
        return True
    return bool(_HIDDEN_STYLE.search(str(tag.get("style", ""))))


def _collapse(text: str) -> str:
    """White space in running text as a browser shows it: one space for a run, kept apart as
    ``_BREAK`` when the markup breaks a line in it (see :func:`_join_breaks`)."""
    # (The page's own NULs first: a browser never shows one, so 12\x0034家 reads 1234家.)
    return _SPACES.sub(lambda m: _BREAK if "\n" in m[0] else " ", text.replace(_BREAK, ""))


def _join_breaks(text: str) -> str:
    """Each run of white space that holds a line break of the markup: none between two
    Chinese characters, as a browser joins them (also across inline elements: <b>增</b> and
    <b>长</b> on two lines show 增长), else one space."""

    def join(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        before, after = text[start - 1 : start], text[end : end + 1]
        return "" if _CJK.match(before or " ") and _CJK.match(after or " ") else " "

    return _BROKEN.sub(join, text) if _BREAK in text else text


def _tidy(line: str) -> str:
    # A no-break space (&nbsp;) is the page's own: kept, as the figure reader knows it.
    return _SPACES.sub(" ", line).strip()
