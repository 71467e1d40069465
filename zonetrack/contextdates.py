"""Dates a fact takes from the text before it.

The end of the period a report named before covers (:func:`report_period_end`), the end of a
span of years a sentence points back to (:func:`years_back`), the year 次年 or 当年 count from
(:func:`year_named_before`) and the point in time a report defined (:func:`defined_point`):
steps of :func:`zonetrack.factdates.find_fact_date` for a fact without a date of its own.
"""

from __future__ import annotations

import re

from .datebasis import Date, day_date, season_end
from .dates import quarter_end
from .periods import MONTH_NUMBER, MONTHS, SEASON_WORD, YEAR_SPAN, find_date
from .relativeforms import find_relative_date
from .sentences import WINDOW, first_match

__all__ = [
    "defined_point",
    "quarter_named_before",
    "report_period_end",
    "season_of_year",
    "year_named_before",
    "years_back",
]


# 次年, 翌年, "the following year" (the year after), 当年, 當年, 那一年 (that year), with no
# year of the figure's own: counted from the year the text named last before the sentence
# (2019年，…量产。次年，…融资1.5亿元: 2020), which a sentence without figures may have named.
# A story in English says the same: "the following year", "the year after", "a year later",
# and of a season, "the following spring" (that season of the year after: its end).
_EN_SEASON = r"(spring|summer|autumn|fall|winter)"
_YEAR_AFTER_NAMED = re.compile(
    r"次年|翌年|\b(?:the\s+)?following\s+year\b|\ba\s+year\s+later\b"
    r"|\bthe\s+year\s+after(?!\s+(?:next|that)\b)"
    rf"|\b(?:the\s+)?following\s+{_EN_SEASON}\b",
    re.I,
)
# "that year", "that same year", "by the end of that year", "later that year", "that autumn"
# (the season of the year told before: its end).
_YEAR_NAMED_AGAIN = re.compile(
    r"(?<![相适適应應每])(?:当年|當年|那一?年)(?![度龄齡])"
    rf"|\bthat\s+(?:same\s+)?(?:year\b(?!-)|{_EN_SEASON}\b)",
    re.I,
)
# "the University's financial year ended 30 June 2026", "the year to 31 March 2026": a year
# named by the day it ends on, which "that year" after it points back to (and "at its close"
# is that day, not the calendar year's end).
_YEAR_ENDED_ON = re.compile(
    r"\byear\s+(?:ended|ending|to)\s+(?:on\s+)?(?:(?P<day>\d{1,2})\s+(?P<month>"
    + MONTHS
    + r")|(?P<month2>"
    + MONTHS
    + r")\.?\s+(?P<day2>\d{1,2}),?)\s+$",
    re.I,
)


# 此后两年, 其后三年, 之后两年 (the years after the one told before): a span to the end of
# its last year (此后两年，…累计融资超过12亿元 after a fact of 2020: to the end of 2022);
# "Two years later", "three years on": the year so many after it, at its end.
_YEARS_AFTER_TOLD = re.compile(
    r"(?:此后|其后|其後|此後|之后|之後|随后|隨後)\s*([二两兩三四五六七八九十]|\d)\s*年"
    r"|\b(two|three|four|five|six|seven|eight|nine|ten|\d)\s+years\s+(?:later|on)\b",
    re.I,
)
# The season said just after a year counted from the text (次年春天, 同年秋天, 那年夏天).
_SEASON_AFTER = re.compile(r"\s*(?:的)?\s*" + SEASON_WORD)
_YEAR_NAMED = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)\s*年(?!\s*[/／-])|\b((?:19|20)\d\d)\b(?![-/–]\d)"
)


# A sentence that opens with a span of so many years (三年间, 这三年来, "Over these three
# years") points back to the span of years the text named just before (2023年至2025年):
# its facts are dated at that span's end when the counts agree.
# 過去三年 opening a sentence after a list of as many financial years (在2023-24、2024-25及
# 2025-26三個財政年度，…。過去三年，…) points back to them too (alone it dates nothing).
_YEARS_BACK = re.compile(
    r"\s*(?:这|這|此)?([二两兩三四五六七八九十]|\d{1,2})\s*年(?:间|間|来|來|中|里|裡)"
    r"|\s*(?:过去|過去)\s*([二两兩三四五六七八九十]|\d{1,2})\s*(?:个|個)?\s*(?:財政|财政)?年(?:度)?"
    r"|\s*(?i:over|during|in)\s+(?i:these|those|the)\s+(two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+years\b"
)
_YEARS_AFTER = re.compile(
    r"\b(?i:over|during|in)\s+(?i:the)\s+(two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+years\s*[.。]?\s*$"
)
_SPAN_COUNTS = (
    {w: i for i, w in enumerate("一二三四五六七八九十", 1)}
    | {"两": 2, "兩": 2}
    | {w: i for i, w in enumerate("two three four five six seven eight nine ten".split(), 2)}
)


# A point in time a report defines (以2026年6月末为评估时点, 以…為基準日) and later counts as at
# (截至评估时点已完成15项): the date it was defined as.
_POINT_WORDS = (
    r"(?:评估|評估|统计|統計|数据|數據|考核|评价|評價)?(?:时点|時點|基准日|基準日|截止日)"
)
_POINT_DEFINED = re.compile(
    r"以\s*((?:\d{4}|1[0-4]\d)\s*年[^，,。；;]{0,8}?)\s*(?:为|為|作为|作為)\s*("
    + _POINT_WORDS
    + ")"
)
_POINT_AS_AT = re.compile(r"(?:截至|截止|于|於)\s*(?:本次)?\s*(" + _POINT_WORDS + ")")


def report_period_end(found: re.Match[str], page_date: str | None, calendar: str) -> str | None:
    """The last day of the period a report named by ``found`` covers.

    Parameters
    ----------
    found : re.Match
        A report named with its period (2026年第三季度报告, 三季报, "Q3 2026 results").
    page_date : str or None
        The page's date (``YYYY-MM-DD``): a quarter named without its year is the last one
        ended before it.
    calendar : str
        The calendar the page's years are written in.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``, or None when the period cannot be told.
    """
    quarter = found["quarter"] or found["q"]
    if found["en_q"]:
        quarter = str(("first", "second", "third", "fourth").index(found["en_q"].lower()) + 1)
    year = found["en_q_year"] or found["q_year"]
    if found["interim_year"]:
        return f"{found['interim_year']}-06-30"
    if quarter is None and found["half"] is None:
        # 2026年第三季度报告; a 半年度报告 covers the first half.
        said = re.sub(r"半年度$", "上半年", found[1].strip())
        date = find_date("ref_date", said, calendar=calendar)
        return str(date) if date else None
    if year is None:
        if page_date is None:
            return None
        year = page_date[:4]
    if quarter is None:
        end = f"{year}-06-30"  # 半年报, 中报: the first half
    else:
        number = "一二三四".find(quarter) + 1 or int(quarter)
        end = f"{quarter_end(int(year), number):%Y-%m-%d}"
    if page_date is not None and end > page_date and not (found["en_q_year"] or found["q_year"]):
        end = f"{int(end[:4]) - 1}{end[4:]}"  # 三季报 in February: last year's third quarter
    return end


# A list of financial years (2023-24、2024-25及2025-26, 2024/25和2025/26).
_FISCAL_YEAR_ITEM = re.compile(r"(?<![\d.,])\d{4}\s*[/／-]\s*\d{2}(?!\d)")
_FISCAL_YEAR_LIST = re.compile(
    rf"{_FISCAL_YEAR_ITEM.pattern}(?:\s*(?:、|,|，|及|和|与|與)\s*{_FISCAL_YEAR_ITEM.pattern})+"
)


def years_back(text: str, s_lo: int, sentence: str, calendar: str = "CNY") -> Date | None:
    """The end of the span of years a sentence points back to.

    Parameters
    ----------
    text : str
        The whole document.
    s_lo : int
        Where ``sentence`` starts in ``text``.
    sentence : str
        The figure's sentence (三年间，…, "over the five years").
    calendar : str
        The source's currency: when its financial years end.

    Returns
    -------
    Date or None
        The last day of the span named before (2023年至2025年) when it has as many years.
    """
    opened = _YEARS_BACK.match(sentence)
    # "about 41,000 arrived over the five years": the same span said after the figure, in a
    # note on a plan whose period (2021-2025) the text named further back.
    later = None if opened else first_match(_YEARS_AFTER, sentence)
    if opened is None and later is None:
        return None
    found = opened or later
    assert found is not None
    word = next(g for g in found.groups() if g).lower()
    count = int(word) if word.isdigit() else _SPAN_COUNTS.get(word)
    lo = max(0, s_lo - (200 if opened else 1200))
    spans = list(YEAR_SPAN.finditer(text, lo, s_lo))
    listed = list(_FISCAL_YEAR_LIST.finditer(text, lo, s_lo)) if opened else []
    if listed and (not spans or listed[-1].start() > spans[-1].start()):
        # 2023-24、2024-25及2025-26三個財政年度: as many financial years as the span counts,
        # ending with the last one's end.
        items = _FISCAL_YEAR_ITEM.findall(listed[-1][0])
        end = find_date("ref_date", f"{items[-1]}年度", calendar=calendar)
        if len(items) != count or end is None:
            return None
        return Date(str(end), f"{found[0].strip()} points back to {listed[-1][0].strip()}")
    if not spans or count is None:
        return None
    first, last = int(spans[-1][1]), int(spans[-1][2])
    if last - first + 1 != count:
        return None
    return Date(f"{last}-12-31", f"{found[0].strip()} points back to {spans[-1][0].strip()}")


# 該季, 该季度, 同季, 當季 (that quarter): the quarter the text named just before (not 去年同季,
# 較同季: a base's).
_THAT_QUARTER = re.compile(r"(?<![年比较較与與])(?:该|該|同|当|當)(?:一)?季(?:度)?(?![节節])")
# A quarter named (2026年第三季度, 本年第三季, 今年二季度, 115年第3季), with its year if any.
_QUARTER_NAMED = re.compile(
    r"(?:(?:\d{4}|(?<!\d)1[0-4]\d)\s*年|本年|今年)?\s*第?\s*[一二三四1-4]\s*季(?:度)?(?![节節])"
)


def quarter_named_before(
    text: str,
    s_lo: int,
    sentence: str,
    rel: int,
    page: tuple[str | None, str | None],
    calendar: str,
) -> Date | None:
    """The end of the quarter 該季 (该季度, 同季, 當季) before the figure in ``sentence`` points
    back to: the last one named before the word in its sentence or the text within a window
    before it (本年第三季…。該季共批出118宗: the page's year's third quarter), else None.

    ``page`` is (page year, page date): a quarter named without a year is of the page's.
    """
    said_that = list(_THAT_QUARTER.finditer(sentence, 0, rel))
    if not said_that:
        return None
    that = said_that[-1]
    at = s_lo + that.start()
    named = list(_QUARTER_NAMED.finditer(text, max(0, at - WINDOW), at))
    if not named:
        return None
    said = named[-1][0]
    page_year, page_date = page
    day = find_date("ref_date", said, calendar=calendar) or (
        find_relative_date(said, page_year, page_year, page_date, calendar) if page_year else None
    )
    if day is None:
        return None
    return Date(str(day), f"{that[0]!r}: the quarter named before it, {said.strip()!r}")


def year_named_before(
    text: str, s_lo: int, sentence: str, last_ref: str | None = None
) -> Date | None:
    """The year 次年, 当年 or 此后两年 in ``sentence`` counts from.

    Parameters
    ----------
    text : str
        The whole document.
    s_lo : int
        Where ``sentence`` starts in ``text``.
    sentence : str
        The figure's sentence, other dates blanked.
    last_ref : str or None
        The date of the fact told before it (``YYYY-MM-DD``): a story carries its year over
        paragraphs (次年春天，…。同年秋天，…。 / 翌年，…), so a paragraph that names no year
        counts from that fact's.

    Returns
    -------
    Date or None
        The end of the last year named in its paragraph before it (one later for 次年, so
        many later for 此后两年), or of the season said with it (次年春天: the spring's end).
    """
    # (The line's start is looked for within the window only: a scan back to the start of a
    # paragraph with no line breaks would make each figure's reading grow with the text.)
    start = max(0, text.rfind("\n", max(0, s_lo - WINDOW), s_lo) + 1, s_lo - WINDOW)
    scene = _scene_before(text, start, s_lo)
    for said in (sentence, scene) if scene else (sentence,):
        # (Cached matches: every figure of a window asks them of the same sentence.)
        after = first_match(_YEAR_AFTER_NAMED, said)
        again = None if after else first_match(_YEAR_NAMED_AGAIN, said)
        later = None if after or again else first_match(_YEARS_AFTER_TOLD, said)
        found = after or again or later
        if found is not None:
            break
    if found is None:
        return None
    if said is not sentence:
        # The years are counted from the text before the sentence that set the scene.
        s_lo, sentence = s_lo - len(said), said
    # The years named before the words, in its sentence too ("opened in 2014, was shut three
    # years later": 2017).
    years = list(_YEAR_NAMED.finditer(text, start, s_lo + found.start()))
    if not years and not last_ref:
        # "That year …" opening a paragraph after one that set its scene in a year with no
        # figure of its own ("in the spring of 2012"): a story carries its year over
        # paragraphs, so the last year named in the text just before.
        years = list(_YEAR_NAMED.finditer(text, max(0, s_lo - WINDOW), start))
    if years:
        base, source = int(years[-1][1] or years[-1][2]), f"{years[-1][0].strip()!r} told before"
    elif last_ref:
        base, source = int(last_ref[:4]), f"the year of the fact before it ({last_ref})"
    else:
        return None
    ended = (
        _YEAR_ENDED_ON.search(text, max(0, years[-1].start() - 40), years[-1].start())
        if years and not (after or later)
        else None
    )
    if ended is not None:
        month = MONTH_NUMBER[(ended["month"] or ended["month2"]).lower()]
        return Date(
            day_date(str(base), month, ended["day"] or ended["day2"]),
            f"{found[0]!r}: the year ended on the day told before",
        )
    if later:
        word = (later[1] or later[2]).lower()
        step = _SPAN_COUNTS.get(word) or int(word)
        return Date(f"{base + step}-12-31", f"{later[0]!r}: the span after {source}")
    year = str(base + (1 if after else 0))
    note = f"{found[0]!r} counted from {source}"
    season = next((g for g in found.groups() if g), None)
    end = season_end(year, season) if season else season_of_year(sentence, found.end(), year)
    return Date(end or f"{year}-12-31", note)


# The end of a sentence, for the one that sets a scene before the figure's.
_SENTENCE_END = re.compile(r"[.!?。！？]\s*")


def _scene_before(text: str, start: int, s_lo: int) -> str | None:
    """The sentence right before ``s_lo`` in its paragraph (from ``start``) when it tells no
    figure, only a time ("The luck arrived the following spring."): it sets the scene of the
    sentence after it, which then needs no time of its own."""
    stop = start + len(text[start:s_lo].rstrip()) - 1  # before the scene's own full stop
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, max(start, stop))]
    ends.append(s_lo)
    scene = text[ends[-2] if len(ends) > 1 else start : s_lo]
    if not scene.strip() or re.search(r"\d", scene) or len(scene) > 160:
        return None
    return scene


def season_of_year(sentence: str, at: int, year: str) -> str | None:
    """The last day of the season said at ``at`` in ``sentence`` (次年春天, 同年秋天), in ``year``.

    Parameters
    ----------
    sentence : str
        The figure's sentence.
    at : int
        Where the word for the year (次年, 同年, 那年) ends in it.
    year : str
        The year that word stands for.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``, or None when no season follows.
    """
    season = _SEASON_AFTER.match(sentence, at)
    return season_end(year, season[1] or season[2]) if season else None


def defined_point(text: str, s_lo: int, told: str, calendar: str) -> Date | None:
    """The date a report defined the point ``told`` counts as at.

    Parameters
    ----------
    text : str
        The whole document.
    s_lo : int
        Where the figure's sentence starts in ``text``.
    told : str
        The figure's sentence up to its statement's end (截至评估时点…).
    calendar : str
        The calendar the page's years are written in.

    Returns
    -------
    Date or None
        The date the point was defined as (以2026年6月末为评估时点), else None.
    """
    at = _POINT_AS_AT.search(told)
    if at is None:
        return None
    defined = [m for m in _POINT_DEFINED.finditer(text, 0, s_lo) if m[2] == at[1]]
    date = find_date("ref_date", defined[-1][1], calendar=calendar) if defined else None
    if date is None:
        return None
    return Date(str(date), f"{at[0]!r}: the point defined as {defined[-1][1].strip()!r}")
