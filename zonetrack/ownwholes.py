"""A whole a sentence opens with, stated with a count of its own.

"Of the zone's twelve parks, eight will be expanded by 2028": the opening names a set that
exists now, with its own count (twelve), and the rest of the sentence tells what becomes of
part of it. The whole's count is no goal of the sentence's deadline (the part is) and no
part of what a fact told before counted ("Of the 46 projects approved," points back).
"""

from __future__ import annotations

import re

from .periods import EN_COUNTS

# "Of the zone's twelve parks,", "Among the 40 labs,": the whole before its comma.
OF_THE_WHOLE = re.compile(
    r"^\s*(?:of|among(?:st)?)\s+the\s+(?!same\b)(?P<whole>[^,.;\n]{1,40}?)\s*,", re.I
)
# A whole that states its own count ("twelve parks", "the 40 labs") ...
OWN_COUNT = re.compile(rf"\d|\b(?:{'|'.join(EN_COUNTS)}|dozen|hundred)\b", re.I)
# ... unless a deed names it as what was done ("the 46 projects approved", "it admitted").
DEED_NAMED = re.compile(r"\b(?:\w+ed|\w+en|made|won|built|set\s+up|sold|paid|new)\b", re.I)


def own_whole(whole: str) -> bool:
    """Whether the ``whole`` an "Of the …," opening names is a set with a count of its own
    and no deed that names it as what was done."""
    return OWN_COUNT.search(whole) is not None and DEED_NAMED.search(whole) is None


def in_own_whole(sentence: str, rel: int) -> bool:
    """Whether offset ``rel`` of ``sentence`` lies in an opening "Of the <whole>," whose
    whole has a count of its own (:func:`own_whole`): the count of a set that exists, told
    for itself whatever the rest of the sentence sets or tells."""
    found = OF_THE_WHOLE.match(sentence)
    return (
        found is not None
        and found.start("whole") <= rel < found.end("whole")
        and own_whole(found["whole"])
    )
