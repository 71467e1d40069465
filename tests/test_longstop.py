"""A deal's long-stop date (zonetrack.longstop), through extract_figures.

Texts written for these tests in the style of announcements of acquisitions; expected values
from the README's rules (round 43): what a deal's terms make due at Completion ("shall be paid
at Completion", "Upon Completion, … will hold", 須於完成日期支付) is a goal due by the long-stop
date the document defines; a payment made on signing, the consideration named before a comma
and a holding "currently" told are not.
"""

from __future__ import annotations

from conftest import figure_rows

EN = (
    "Announcement\nHong Kong, 2 April 2026\n\n"
    "The consideration of HK$30,000,000 shall be settled as follows: HK$10,000,000 was paid on "
    "signing, and HK$20,000,000 shall be paid at Completion. Completion shall take place no "
    'later than 30 September 2026 (the "Long Stop Date").\n\n'
    "Upon Completion, the Purchaser will hold 60% of the Target; the Vendor currently holds 80%.\n"
)
HANT = (
    "公告\n二零二六年四月二日\n\n"
    "代價港幣三千萬元，其中港幣二千萬元須於完成日期支付。"
    "完成須於二零二六年九月三十日（「最後截止日期」）或之前落實。\n"
)


def _rows(text: str) -> list[tuple[float, str, str | None, str | None]]:
    return figure_rows(text, "HKD")


def test_what_is_due_at_completion_is_due_by_the_long_stop_date() -> None:
    due = "2026-09-30"
    assert [(v, k, d) for v, k, d, _ in _rows(EN)] == [
        (3e7, "observation", None),
        (1e7, "observation", None),
        (2e7, "target", due),
        (60.0, "target", due),
        (80.0, "observation", None),
    ]
    assert [(v, k, d) for v, k, d, _ in _rows(HANT)] == [
        (3e7, "observation", None),
        (2e7, "target", due),
    ]


def test_no_long_stop_date_no_deadline_from_completion() -> None:
    text = EN.replace('(the "Long Stop Date")', "")
    assert [k for _, k, _, _ in _rows(text)][2] == "observation"
