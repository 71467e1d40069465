"""The end of a change from a dated start (zonetrack.goalbases.change_end_now).

Texts written for these tests; expected values from the README's rules: in a fact,
由去年底的41家增加到74家 dates the end, with no date of its own nor one before it in its
paragraph, at the page's day; a date in the end's own clause is the end's.
"""

from __future__ import annotations

from zonetrack.figures import find_figures
from zonetrack.goalbases import change_end_now
from zonetrack.survey import place_figure, survey_document

PAGE = "园区动态\n发布时间：2026-10-14\n\n"


def _end_date(text: str, written: str) -> str | None:
    """change_end_now of the figure ``written`` in ``text``."""
    survey = survey_document(text, "CNY")
    figure = next(f for f in find_figures(text) if f.text == written)
    found = change_end_now(survey, place_figure(survey, figure))
    return None if found is None else str(found)


def test_a_date_after_a_thousands_comma_in_the_ends_clause_is_its_own() -> None:
    # The clause of the end runs past 1,200 (a thousands comma ends no clause): 9月末 in it
    # dates the end, which is then not "now".
    text = PAGE + "科技型企业由去年底的41家增加到74家并带动就业1,200人至9月末。\n"
    assert _end_date(text, "74家") is None


def test_a_sentence_of_this_year_is_now_whatever_the_paragraph_named_before() -> None:
    # 今年 in the end's own sentence: the year so far, the page's day, not the year the
    # sentence before named, nor the quarter the next clause tells of (其中一季度).
    text = (
        PAGE + "2025年，入驻企业由2024年底的52家增加到60家。"
        "今年入驻企业由去年底的60家增加到83家，其中二季度新增9家。\n"
    )
    assert _end_date(text, "83家") == "2026-10-14"
