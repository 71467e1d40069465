"""Converting an executed report notebook into its page (no kernel needed)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from zonetrack.execute import notebook_to_html

SNAPSHOTS = Path(__file__).parent / "snapshots"
# A 1×1 PNG, as a chart's output carries it.
PNG = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
    )
).decode()


def _notebook(fragments: list[str], image_meta: dict | None):
    import nbformat
    from nbformat import v4

    nb = v4.new_notebook()
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    nb.cells.append(v4.new_markdown_cell("# notes for whoever edits the template"))
    nb.cells[-1].metadata["tags"] = ["template-only"]
    nb.cells.append(v4.new_code_cell("x = 1"))
    nb.cells[-1].metadata["tags"] = ["parameters"]
    for i, fragment in enumerate(fragments):
        cell = v4.new_code_cell(f"show_{i}()", execution_count=i + 2)
        cell.outputs = [
            v4.new_output("display_data", data={"text/html": fragment, "text/plain": "<HTML>"})
        ]
        nb.cells.append(cell)
    if image_meta is not None:
        cell = v4.new_code_cell("chart()", execution_count=99)
        cell.outputs = [
            v4.new_output(
                "display_data",
                data={"image/png": PNG, "text/plain": "<Image>"},
                metadata={"image/png": image_meta},
            )
        ]
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def _tree(html: str) -> str:
    from bs4 import BeautifulSoup

    return str(BeautifulSoup(html, features="html.parser"))


FRAGMENTS = [
    # Real overview and page sections, as the snapshot tests keep them.
    *(p.read_text(encoding="utf-8") for p in sorted(SNAPSHOTS.glob("*.html"))),
    # What an HTML parser normalises: entities, unquoted and single-quoted attributes,
    # void elements, character references, text that looks like markup.
    "<p>a&nbsp;&nbsp;b &amp; c &lt;d&gt; &#x27;e&#x27; &quot;f&quot; &#20320;</p>",
    "<p class=x data-y='1 2'>one<br>two<br/>three<img alt='a &amp; b' src=x.png></p>",
    "<table><tr><td>unclosed<td>cells</table><p>after",
    "<script>if (a < b && c > d) {}</script><style>p>a{color:red}</style>",
    "<!-- a comment --><p>示范园 — 2025Q4 ≥ 50%</p>",
]


@pytest.mark.parametrize("image_meta", [None, {"alt": "chart"}, {"alt": "c", "caption": "n"}])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_is_the_tree_nbconvert_would_write(image_meta: dict | None, lang: str) -> None:
    """The fast conversion gives the elements, attributes and text nbconvert's HTMLExporter
    (with its BeautifulSoup pass) gives: the same tree, parsed alike."""
    nb = _notebook(FRAGMENTS, image_meta)
    fast = notebook_to_html(nb, "Demo Park — report 2025Q4", lang)
    reference = notebook_to_html(nb, "Demo Park — report 2025Q4", lang, soup=True)
    assert _tree(fast) == _tree(reference)
    assert "notes for whoever edits" not in fast and "x = 1" not in fast
    for fragment_text in ("示范园 — 2025Q4", "unclosed"):
        assert fragment_text in fast


def test_an_image_without_alt_text_is_caught_by_the_comparison() -> None:
    """The one change nbconvert's pass makes on a page of ours would be an image without
    ``alt``; the conversion gives every chart one, so the trees match (and would not if a
    chart lost its description)."""
    nb = _notebook(["<p>x</p>"], {})
    fast = notebook_to_html(nb, "t", "en")
    reference = notebook_to_html(nb, "t", "en", soup=True)
    assert _tree(fast) != _tree(reference)  # nbconvert would add its placeholder alt


@pytest.mark.parametrize("soup", [False, True])
def test_a_page_is_the_same_whatever_was_converted_before_it(soup: bool) -> None:
    """Each thread reuses one exporter: a page converted after others (charts, captions,
    template notes, another language) is byte for byte the page a fresh thread makes."""
    import threading

    pages = [
        (_notebook(FRAGMENTS[:3], {"alt": "c", "caption": "n"}), "first", "zh"),
        (_notebook(["<p>x</p>"], None), "second", "en"),
        (_notebook(FRAGMENTS[-2:], {"alt": "chart"}), "third", "en"),
    ]
    in_turn = [notebook_to_html(nb, title, lang, soup=soup) for nb, title, lang in pages]
    alone: list[str] = []

    def convert(nb, title: str, lang: str) -> None:
        alone.append(notebook_to_html(nb, title, lang, soup=soup))

    for nb, title, lang in pages:
        # A thread of its own: its first conversion makes a new exporter.
        thread = threading.Thread(target=convert, args=(nb, title, lang))
        thread.start()
        thread.join()
    assert in_turn == alone
