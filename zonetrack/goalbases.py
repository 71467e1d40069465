"""The base a goal is compared with, and the start of a change a goal sets.

A figure that is the base of a comparison (較2024年的1.1%, "against about 55,000 at the end of
2025", "up from 7.1 billion") or the start of a change (由2025年底約5.1萬人增至10萬人, "from 12
companies today to at least 50 by 2027") is a fact of its own date, not the goal beside it
(:func:`read_base`); the base year of a multiple (达到2025年的2倍) dates nothing
(:func:`blank_multiple_base`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .datebasis import Date
from .goalwords import EARLIER_FORECAST_AFTER
from .periods import date_well_before, find_date
from .relativeforms import find_relative_date, relative_date_before, says_now
from .sentences import CLAUSE_END, first_stop_from
from .survey import Place, Survey
from .writtenunits import CURRENCY_WORDS

__all__ = [
    "ABOUT",
    "DATE_AFTER",
    "MONEY_SIGN",
    "blank_multiple_base",
    "change_end_now",
    "read_base",
]

# A figure that is itself the base of a comparison in a goal sentence (較2024年的1.1%,
# "against about 55,000 at the end of 2025", up from 7.1 billion): a fact, not the goal.
_BASE_BEFORE = re.compile(
    r"(?:较|較|比|相比|相较|相較|由|从|從|超过|超過|高于|高於|多于|多於|超出)\s*"
    r"(?:\d{4}|1[0-4]\d)\s*年(?:底|末|全年)?\s*的\s*$"
    # 较“十四五”末的1,722家, 比十四五期末的: the base at the end of a Five-Year Plan.
    r"|(?:较|較|比|相比|相较|相較|由|从|從)\s*[“「『\"]?十[一二三四五六七八九]五[”」』\"]?\s*期?末\s*的\s*$"
    # 由2025年底約5.1萬人增至10萬人: the start of a change, with its date and no 的.
    r"|(?:由|从|從)\s*(?:\d{4}|1[0-4]\d)\s*年(?:底|末)?\s*(?:约|約|近|逾|超过|超過)?\s*$"
    # 由2025-26年度的3.2億元增至4.5億元, 由2025/26財政年度約…: a financial year's start; 由同年度
    # 約160個增至250個: the same year as the start told before it.
    r"|(?:较|較|比|由|从|從)\s*(?:\d{4}\s*[/／-]\s*\d{2,4}\s*(?:(?:財政|财政)?年度|年)"
    r"|(?P<same>同一?(?:財政|财政)?年度?))(?:底|末)?\s*的?\s*(?:约|約|近|逾|超过|超過)?\s*$"
    # 由去年約8,700人增至1.5萬人, 由去年底的41家增加到: a start dated relative to the page
    # (去年 counts from it).
    r"|(?:由|从|從)\s*(?P<last_year>去年|上年)(?:年?底|年?末)?\s*的?\s*(?:约|約|近|逾|超过|超過)?\s*$"
    # 确保全年新增数量超过去年的1500家, 高于2025年的3.1%: what a goal is to beat, a fact of
    # its own year (去年 counted from the page's date).
    r"|(?:超过|超過|高于|高於|多于|多於|超出)\s*(?P<beat_last>去年|上年)(?:底|末|全年)?\s*的\s*$"
    # 較去年同期的152家, 比一年前的87%: the base, of the same period a year before the figure's.
    r"|(?:较|較|比)\s*(?P<year_ago>(?:去年|上年)同期|一年前|去年同一時間|去年同一时间)\s*的\s*$"
    # 較上月的12.22億元, 比上季度的: the base, of the month (or quarter) before the figure's.
    r"|(?:较|較|比)\s*(?:(?P<month_before>上月|上个月|上個月|前一个?月|前一個月)"
    r"|(?P<quarter_before>上季度?|上一季度?|前一季度?|上個季度|上个季度))\s*的\s*$"
    # 较目前的约180人: the level now, which a goal is compared with.
    r"|(?:较|較|比|由|从|從)\s*(?:目前|现在|現在|当前|當前|现时|現時)\s*的?\s*(?:约|約|近|逾)?\s*$"
    r"|\b(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:up|down)\s+from)\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?$"
    # "raise the share to 40 percent, from 27 percent in 2025": the start, set off by a comma.
    r"|[,，]\s*from\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?$"
    # "rose to 4.8 percent in 2025 from 4.3 percent a year earlier", "to 18,450 in 2025 from
    # 15,920 in 2023": the start of the change, dated after it (or a year before its end).
    r"|\b(?P<to_from>to)\s+(?:[^,;，；。]|(?<=\d),(?=\d{3})){1,50}?\s+from\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?$",
    re.I,
)

# A currency named in words right before the number (新臺幣, 人民币, 港幣, 澳門元).
_MONEY_NAME_BEFORE = re.compile(rf"(?:{CURRENCY_WORDS})\s*$")

# The start of a change in a year of its own (由2025-26年度的, 从2025年): what 由同年度 points to.
_START_YEAR = re.compile(
    r"(?:由|从|從|较|較|比)\s*(?:\d{4}\s*[/／-]\s*\d{2,4}\s*(?:(?:財政|财政)?年度|年)"
    r"|(?:\d{4}|(?<!\d)1[0-4]\d)\s*年(?:底|末|度)?)"
)

# "from 12 companies today to at least 50 by 2027": a number after "from" and before "to"
# and another number in the same clause is where a change starts.
ABOUT = r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
MONEY_SIGN = r"(?:US\$|HK\$|NT\$|MOP\$|\$|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?"
_FROM_BEFORE = re.compile(
    rf"\bfrom\s+{ABOUT}{MONEY_SIGN}$"
    r"|(?:从|從|由)\s*(?:目前|现在|現在|现时|現時|当前|當前|现有|現有"
    # 由2026年的約35%提升至: the start of a change in a year of its own.
    r"|(?:\d{4}|1[0-4]\d)\s*年(?:底|末|年底|年末)?)?\s*(?:的)?\s*(?:约|約)?\s*$",
    re.I,
)
_TO_AFTER = re.compile(
    r"((?:[^,;，；。]|(?<=\d),(?=\d{3})){0,40}?)(?:\bto\s+"
    r"(?:(?:at\s+least|about|around|some|nearly|roughly|approximately|more\s+than|over|below"
    rf"|under|(?:fewer|less)\s+than)\s+)?{MONEY_SIGN}"
    r"|(?:到|至)\s*(?:约|約|不少于|不少於|不低于|不低於|超过|超過)?\s*)\d",
    re.I,
)

# The day a page is written, said as now ("12 companies today", "now", 目前, 現時).
_NOW_WORDS = re.compile(
    r"\b(?:today|now|currently|at\s+present)\b|目前|现在|現在|现时|現時|当前|當前", re.I
)

# A date told right after a figure ("as at 31 December 2025", "in 2019").
DATE_AFTER = re.compile(
    r"\s*(?:as\s+(?:at|of)|in|by|at(?:\s+the)?\s+end\s+of|at)\s+[^,;，；。]{4,30}", re.I
)

# The words right after the start of a change, up to where its end is told ("52 today to
# 80", "52 now, and"): they may date the start.
_BASE_WORDS_AFTER = re.compile(
    r"[^，,；;。]{0,24}?(?=\bto\b|增至|增加到|提高到|提升至|至|到|[，,；;。]|$)"
)

# A multiple's base year (达到2025年的2倍, "twice the 2025 level"): the base, never the date of
# the figure or the deadline of the goal it sets.
_MULTIPLE_BASE_BEFORE = re.compile(
    r"(?:\d{4}|(?<!\d)1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|度)?(?:同期)?(?:水平)?\s*的\s*$"
)
_MULTIPLE_BASE_AFTER = re.compile(
    r"\s*(?:times\s+)?(?:the|its|their|that\s+of)\s+"
    # (Not "double its staff by 2027": the year a goal is due by.)
    r"(?:(?!(?:by|before|until|till|through|to|within)\b)[a-z-]+\s+){0,3}?(?:(?:of|in|at)\s+)?"
    r"(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b(?:\s+(?:level|figure|total|value|output))?",
    re.I,
)


def read_base(
    survey: Survey, place: Place, is_target: bool, deadline: str | None
) -> tuple[re.Match[str] | None, Date | None, re.Match[str] | None, bool, str | None]:
    """(base, base date, start of change, is a goal, deadline): a figure that is the base of a
    comparison or the start of a change a goal sets is a fact of its own date."""
    calendar, page_year, page_date = survey.calendar, survey.page_year, survey.page_date
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    if EARLIER_FORECAST_AFTER.match(sentence, figure.end - s_lo):
        # "raising guidance to 5.35 to 5.45, from 5.2 to 5.4 previously": the forecast the
        # new one replaces, a forecast of the same period, not the start of a change.
        return None, None, None, is_target, deadline
    # The base a goal is compared with (較2024年的1.1%, "against about 55,000 at the end
    # of 2025") is a fact of its own date.
    # (A currency's name between the words and the number, 較去年同期的新臺幣1兆1,094億元, is
    # the figure's own.)
    named = _MONEY_NAME_BEFORE.search(sentence, max(0, rel - 8), rel)
    b_rel = named.start() if named else rel
    base = _BASE_BEFORE.search(sentence, max(0, b_rel - 40), b_rel) or _BASE_BEFORE.search(
        sentence, max(0, b_rel - 64), b_rel
    )
    base_date = None
    start_of_change = None
    opened = _FROM_BEFORE.search(sentence, max(0, rel - 40), rel)
    if opened and is_target and (base is None or base["to_from"] is not None):
        # "from 12 companies today to at least 50 by the end of 2027", 从目前的12家扩大到50家:
        # the start of the change a goal sets is a fact, of the date its own words give.
        start_of_change = _TO_AFTER.match(sentence, figure.end - s_lo)
    if opened and start_of_change is not None:
        said = opened[0] + start_of_change[1]
        is_target, deadline = False, None
        base_date = find_date("ref_date", said, calendar=calendar)
        if base_date is None and page_date and _NOW_WORDS.search(said):
            base_date = Date(page_date, "the start of the change, now: the page's date")
    elif base is not None and base["to_from"] is not None:
        # The start of a change told after its end: dated by its own words after it.
        after = DATE_AFTER.match(sentence, figure.end - s_lo)
        base_date = find_date("ref_date", after[0], calendar=calendar) if after else None
        is_target, deadline = False, None
    elif base is not None:
        is_target, deadline = False, None
        base_date = find_date("ref_date", base[0], calendar=calendar)
        if (
            base_date is None
            and not base["same"]
            and (after := DATE_AFTER.match(sentence, figure.end - s_lo))
        ):
            # "4.0% by 2030 vs 3.62% in 2025", "up from HK$3.2 billion in 2025-26": the date
            # right after the base is its own (not the goal's deadline before it).
            base_date = find_date("ref_date", after[0], calendar=calendar)
            if base_date is None and page_year:
                # "86 in October, up from 52 in September": a month without its year,
                # the last one before the page's date (not the month of the figure
                # the base is compared with).
                base_date = find_relative_date(after[0], page_year, page_year, page_date)
        if base_date is None and base["same"]:
            # 由同年度約160個增至250個: the year of the start told just before it in its
            # sentence (由2025-26年度的3.2億元增至…).
            starts = list(_START_YEAR.finditer(sentence, 0, rel - len(base[0])))
            start = find_date("ref_date", starts[-1][0], calendar=calendar) if starts else None
            if start:
                base_date = Date(str(start), f"{base['same']}: the year of the start before it")
        if (base["last_year"] or base["beat_last"]) and page_year:
            base_date = Date(f"{int(page_year) - 1}-12-31", "去年 counted from the page's date")
    if base is not None and base_date is None and page_date:
        # "to 80 by 2028 from 52 today": a start told of now is of the page's day, not of
        # the goal's deadline.
        after = _BASE_WORDS_AFTER.match(sentence, figure.end - s_lo)
        if after is not None and says_now(after[0]):
            base_date = Date(page_date, f"{after[0].strip()!r}: the page's own date")
    return base, base_date, start_of_change, is_target, deadline


# The end of a change whose start is dated (由去年底的41家增加到, 从2024年末约3.2万人增至): the
# start's words up to the change verb and its 到/至, in one clause.
_DATED_START_TO = re.compile(
    r"(?:由|从|從)\s*(?:(?:\d{4}|1[0-4]\d)\s*年|去年|上年)(?:年?底|年?末|度)?\s*的?\s*"
    r"(?:约|約|近|逾|超过|超過)?\s*\d[\d.,]*[^，,。；;\d]{0,6}?"
    r"(?:增加|增长|增長|提高|提升|上升|扩大|擴大|下降|降低|减少|減少|增|升|降|减|減)\s*(?:到|至)\s*"
    r"(?:约|約|近|逾|超过|超過)?\s*$"
)
# 今年, 本年 in the end's own sentence before its start: the year still running, so far.
_THIS_YEAR_BEFORE = re.compile(r"(?:今年|本年)(?!度)")
# How far before the change's start its sentence's 今年 is looked for (a sentence's length).
_OWN_YEAR_REACH = 300


def change_end_now(survey: Survey, place: Place) -> Date | None:
    """The page's day for the end of a change from a dated start that no date of its own
    dates (试点企业由去年底的41家增加到74家: the level now), else None.

    The start's date is the start's; a date before it in its paragraph (2025年，…由2024年底
    的…, “十四五”期间，… in the sentence before) or one in the end's own clause (增至74家 and
    no date: 其中一季度 in the next clause is that clause's) dates the end instead. The
    sentence's own 今年 before the start (今年试点企业由去年底的41家增加到74家) is the year so far,
    the page's day, whatever year the paragraph named before it.
    """
    page_year, page_date = survey.page_year, survey.page_date
    sentence, rel = place.sentence, place.rel
    start = _DATED_START_TO.search(sentence, max(0, rel - 40), rel)
    if start is None or page_date is None or page_year is None:
        return None
    end = place.figure.end - place.s_lo
    # (Its clause ends where a sentence's clause does: not at a thousands comma, 1,200人.)
    after = sentence[end : first_stop_from(CLAUSE_END, sentence, end)]
    own = sentence[: start.start()]
    # (今年 of the change's own sentence is read near it: a run-on paragraph is one sentence,
    # and reading all of it before each figure would make the paragraph quadratic.)
    near = own[-_OWN_YEAR_REACH:]
    if _THIS_YEAR_BEFORE.search(near) and not find_date("ref_date", near + after):
        return Date(page_date, "the end of a change told of 今年, the year so far: now")
    text = survey.text
    paragraph = text.rfind("\n", 0, place.s_lo) + 1
    cut = place.s_lo + start.start()
    before = text[paragraph : place.s_lo] + own
    if own == text[place.s_lo : cut]:  # (no base blanked in it)
        # The paragraph's first dates, read once for its figures, when they are told well
        # before: a run-on paragraph's figures each read all of it up to them.
        last = text.find("\n", cut)
        hi = len(text) if last < 0 else last
        if date_well_before("ref_date", text, paragraph, hi, cut):
            return None
        relative = relative_date_before(text, paragraph, hi, cut, page_year, page_year, page_date)
    else:
        relative = find_relative_date(before, page_year, page_year, page_date)
    # (The relative date first: either dates the end, and it is read from the paragraph's.)
    if relative or find_date("ref_date", before):
        return None
    if find_date("ref_date", after) or find_relative_date(after, page_year, page_year, page_date):
        return None
    return Date(page_date, "the end of a change from a dated start, with no date of its own: now")


def blank_multiple_base(place: Place) -> Place:
    """``place`` with the base year of a multiple blanked (达到2025年的2倍, "twice the 2025
    level"): the year the goal is measured against, neither its deadline nor a fact's date."""
    figure, sentence, rel = place.figure, place.sentence, place.rel
    if figure.unit != "times":
        return place
    before = _MULTIPLE_BASE_BEFORE.search(sentence, max(0, rel - 24), rel)
    after = _MULTIPLE_BASE_AFTER.match(sentence, figure.end - place.s_lo)
    for found in (before, after):
        if found is not None:
            lo, hi = found.span()
            sentence = sentence[:lo] + " " * (hi - lo) + sentence[hi:]
    return place if sentence == place.sentence else replace(place, sentence=sentence)
