"""Long runs of white space, cut short before a page is read, and the way back to the page.

A page converted from a fixed-width layout (``pdftotext -layout``, a report's aligned
columns) can hold hundreds of spaces between two words. Some of the extractor's patterns read
white space on both sides of an optional word (``\\s*的?\\s*``); on a run of n spaces such a
pattern tries about n³ ways before it fails, so one line indented by 700 spaces took longer
than a page of prose (review 19). Rather than guard each of several hundred patterns, the text
is read with every run longer than :data:`RUN_LIMIT` characters cut to that length: no rule
reads a difference between 64 spaces and 700, and every pattern's work on white space is then
bounded by a constant, so reading stays linear in the page's length. Evidence is a span of the
page as written, so each row's evidence and offset are mapped back to the original text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

__all__ = ["RUN_LIMIT", "SpaceRuns", "squeeze_space_runs"]

# Longer than any gap between the columns of a table written as lines in the test texts (58
# spaces at most), so that such tables read as before.
RUN_LIMIT = 64
# The line ends a long run keeps: a blank line (two) ends a paragraph, more say nothing more.
_KEPT_LINE_ENDS = 3
_LONG_RUN = re.compile(rf"\s{{{RUN_LIMIT + 1},}}")


@dataclass(frozen=True)
class SpaceRuns:
    """Where the squeezed text lost characters, to map its offsets back to the original.

    ``starts[i]`` is the offset in the squeezed text where the i-th cut run's kept part
    ends, and ``removed[i]`` how many characters all runs up to and including it dropped.
    """

    starts: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)

    def original(self, pos: int) -> int:
        """The original offset of the character at ``pos`` of the squeezed text (a character
        that is not inside a cut run's kept part)."""
        i = bisect.bisect_right(self.starts, pos)
        return pos + (self.removed[i - 1] if i else 0)

    def original_span(self, lo: int, hi: int) -> tuple[int, int]:
        """The original span of squeezed ``[lo, hi)``, whose first and last characters are
        not white space (as evidence is stripped)."""
        if hi <= lo:
            start = self.original(lo)
            return start, start
        return self.original(lo), self.original(hi - 1) + 1


def _kept(run: str) -> str:
    """What is read of a long run: its line ends (at most three) and the indent of the line
    it opens, cut to :data:`RUN_LIMIT` characters."""
    if "\n" not in run:
        return run[:RUN_LIMIT]
    ends = "\n" * min(run.count("\n"), _KEPT_LINE_ENDS)
    return ends + run[run.rfind("\n") + 1 :][: RUN_LIMIT - len(ends)]


def squeeze_space_runs(text: str) -> tuple[str, SpaceRuns | None]:
    """``text`` with every run of white space longer than :data:`RUN_LIMIT` cut short.

    Returns
    -------
    tuple of str and SpaceRuns or None
        The text to read and the map back to ``text`` (None when nothing was cut, and the
        text is ``text`` itself).
    """
    runs = list(_LONG_RUN.finditer(text))
    if not runs:
        return text, None
    pieces: list[str] = []
    starts: list[int] = []
    removed: list[int] = []
    last = dropped = 0
    length = 0
    for run in runs:
        kept = _kept(run[0])
        pieces += [text[last : run.start()], kept]
        length += run.start() - last + len(kept)
        dropped += len(run[0]) - len(kept)
        starts.append(length)
        removed.append(dropped)
        last = run.end()
    pieces.append(text[last:])
    return "".join(pieces), SpaceRuns(starts, removed)
