"""The date a fact takes from its headline, its paragraph or the figure told before it.

:func:`find_paragraph_date` dates a fact with no date of its own by the headline part before
it, the schedule of the project it sizes, the date told earlier in its paragraph (or in the
numbered paragraph it continues), a paragraph opened by now or by the past year it reviews,
and a figure told of now that it is listed after; and drops the date of a plan phase's area.
"""

from __future__ import annotations

import re

from .blankdates import blank_other_dates
from .datebasis import Date
from .goals import GoalReading
from .goalwords import DONE_WORDS, FORECAST_WORDS
from .headlines import headline_before
from .periods import find_date
from .policymoney import capped_in_part
from .presentdates import OWN_TIME
from .readingstate import ReadingState
from .relativeforms import find_day_before, find_past_year, find_relative_date, says_now
from .scopes import find_statement
from .sentences import SEMICOLON, WINDOW, find_segment, says
from .survey import Place, Survey

__all__ = ["find_paragraph_date"]

# A change over a span from a year, told in the perfect with no end of its own ("has risen by
# an average of 0.12 points a year since 2020", "has grown 40% since 2021").
_SINCE_CHANGE = re.compile(
    r"\b(?:has|have)\s+(?:risen|grown|increased|fallen|declined|dropped|climbed|gained)\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\bsince\s+(?:19|20)\d\d\b",
    re.I,
)

# The size of an area: 面积, 占地, "covers", "spans".
_EXTENT = re.compile(r"面积|面積|占地|佔地|\b(?:covers?|covering|spans?|spanning)\b", re.I)


# A count of years, in words or digits ("three", 五, 10).
_N_YEARS = (
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b"
    r"|(?:[二两兩三四五六七八九十]|\d{1,2})\s*年(?![度底末]))"
)


# "in the past three years", 过去三年, 近三年: a span up to now.
_PAST_YEARS = re.compile(
    rf"\b(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+{_N_YEARS}|(?:过去|過去|近)\s*{_N_YEARS}",
    re.I,
)


# A total or change told in the present perfect ("has totalled", "have invested", "has
# grown"): it runs up to the day it is told.
_RUNS_TO_NOW = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|now\s+)?(?:[a-z]+ed|grown|drawn|spent|risen|won|built"
    r"|brought|sold|paid|made|taken|seen)\b",
    re.I,
)


# "in the previous five years", 此前五年: the years before a period told of.
_PREVIOUS_YEARS = re.compile(
    rf"\b(?:over|in|during|for)\s+the\s+(?:previous|preceding|prior)\s+{_N_YEARS}"
    rf"|(?:此前|之前的?)\s*{_N_YEARS}",
    re.I,
)


# A phase of a development plan (第一期, 二期, "phase 2").
_PHASE = re.compile(
    r"第?[一二三四五1-5]\s*期(?!\s*(?:间|間|末|底))|\bphase\s+(?:[1-5]|I{1,3}|one|two)\b", re.I
)


# A later part that schedules a project (預計116年第3季動工, "is due to open in 2028"): the
# project's figures before it are stated, not due.
_SCHEDULE = re.compile(
    r"(?:預計|预计|計劃|计划|擬|拟|將|将|預定|预定)[^，,。；;]{0,12}?"
    r"(?:動工|动工|開工|开工|完工|竣工|建成|落成|投產|投产|啟用|启用|營運|运营|開幕|开幕)"
    r"|\b(?:is|are)\s+(?:scheduled|due|expected|set)\s+to\s+(?:open|start|begin|complete|be\s+completed)\b"
    r"|\b(?:is|are)\s+scheduled\s+for\b",
    re.I,
)


# A paragraph opened by now (目前，…, 截至目前，, 现阶段, "At present, …", "Currently the …"): its
# later sentences tell of the same day, as its first does.
_NOW_OPENING = re.compile(
    r"[ \t\u3000]*(?:截至|截止|到)?\s*(?:目前|当前|當前|现时|現時|现阶段|現階段|现在|現在)"
    r"|[ \t\u3000]*(?:At\s+present|Currently|To\s+date|So\s+far)\b"
    r"|[ \t\u3000]*(?:Today|As\s+of\s+today)\s*,",
    re.I,
)


# A sentence that opens by pointing back to an event (本次集中签约…, 此次活动…, 當天…): its
# figures are of that event's day. The two characters after 本次/此次 name the event (大会,
# 活动, 集中签约), which the sentence dating it must name too.
_THIS_EVENT = re.compile(
    r"[ \t\u3000]*(?:(?:本次|此次|这次|這次)(?P<noun>[\u4e00-\u9fff]{2})?|当天|當天|当日|當日)"
)

# A day named by its month and day, its year given or not (12月3日, 2026年12月3日).
_MONTH_DAY = re.compile(
    r"(?:(\d{4})\s*年\s*)?(?<!\d)(1[0-2]|[1-9])\s*月\s*([12]\d|3[01]|[1-9])\s*日"
)

# A sentence about another holding of the event (上一届大会于…举行, 回顾历届大会, 上次会议):
# its day is not this one's.
_OTHER_HOLDING = re.compile(r"上一?[届屆次期]|往[届屆]|[历歷][届屆]|前[一两兩几幾]?[届屆]")

_SENTENCE_END = re.compile(r"(?<=[。！？!?\n])")


def _event_day(before: str, pointer: re.Match[str], page_date: str) -> str | None:
    """The day of the event ``pointer`` (:data:`_THIS_EVENT`) points back to, as
    ``YYYY-MM-DD``, else None.

    The last sentence of ``before`` (the paragraph up to the pointing sentence) that names
    the event (its noun, when the pointer gives one) and is not about another holding of
    it and names a day: the last day it names, up to the page's date, or a day it counts
    back from the page's (第三届创新大会昨日闭幕); None when there is none.
    """
    noun = pointer["noun"]
    for told in reversed(_SENTENCE_END.split(before)):
        if (noun and noun not in told) or _OTHER_HOLDING.search(told):
            continue
        days = list(_MONTH_DAY.finditer(told))
        if not days:
            if noun and (counted := find_day_before(told, page_date)):
                return counted
            continue
        found = days[-1]
        year = int(found[1] or page_date[:4])
        day = f"{year}-{int(found[2]):02d}-{int(found[3]):02d}"
        if found[1] is None and day > page_date:
            day = f"{year - 1}{day[4:]}"
        return day if day <= page_date else None
    return None


def pointed_event_day(survey: Survey, place: Place) -> str | None:
    """The day of the event a sentence opening with 本次, 此次 or 當天 points back to (see
    :func:`_event_day`), as ``YYYY-MM-DD``, else None."""
    pointer = _THIS_EVENT.match(place.sentence)
    if pointer is None or not survey.page_date:
        return None
    start = survey.paragraphs.around(place.s_lo, place.s_lo, 0, len(survey.text))[0]
    return _event_day(survey.text[start : place.s_lo], pointer, survey.page_date)


def find_paragraph_date(
    survey: Survey,
    place: Place,
    state: ReadingState,
    goal: GoalReading,
    ref_date: Date | None,
    blanked: str,
    told: str,
    policy_money: bool,
) -> Date | None:
    """The date a fact's headline, paragraph or page gives it when it has none of its own.

    A headline's year, the date told before in its paragraph, a paragraph opened by now or
    by the past year it reviews, a figure told of now that it is listed after; the area of
    a plan's phase keeps no date.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.
    state : ReadingState
        What the figures before it left (the date of the paragraph, a figure told of now).
    goal : GoalReading
        What :func:`zonetrack.goals.read_goal` found (its base).
    ref_date : Date or None
        The date read so far.
    blanked : str
        The sentence with the dates of other figures blanked.
    told : str
        ``blanked`` up to the next semicolon after the figure.
    policy_money : bool
        Whether the figure is money a policy, budget or scheme sets.

    Returns
    -------
    Date or None
    """
    text, calendar, paragraphs = survey.text, survey.calendar, survey.paragraphs
    page_date = survey.page_date
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    para_ref = state.para_ref
    base = goal.base
    line = paragraphs.around(s_lo, s_lo, 0, len(text))
    if ref_date is None and base is None and (head := headline_before(text, s_lo, line)):
        # 竹科114年營業額創新高 達新臺幣1兆6,280億元: a headline's part names the year of
        # the figure in the part after it (a space sets a headline's parts apart).
        own = find_date("ref_date", blank_other_dates(head), calendar=calendar)
        if own:
            ref_date = Date(str(own), f"the headline's part {head.strip()!r} before it")
    if (
        ref_date is None
        and base is None
        and page_date
        and not policy_money
        and _SCHEDULE.search(sentence, figure.end - s_lo)
        and not says(OWN_TIME, sentence, 0, len(told))
    ):
        # 通過…擴建案，使用園區土地約12.6公頃，…，預計116年第3季動工: a project's stated
        # size or investment, told with the schedule of the project (not a figure to
        # reach), is a fact of the day it is stated, the page's.
        ref_date = Date(page_date, "a project's figure stated with its schedule: the page's date")
    if (
        ref_date is None
        and base is None
        and not policy_money
        and (day := pointed_event_day(survey, place))
    ):
        # 12月3日上午，…集中签约仪式举行。本次集中签约项目17个: "this" event's figures are
        # of the day its paragraph named it on (of the page's year, or the year before's
        # when that day is after the page's), before the date of a fact told between them
        # (…2025年11月8日举办的第二届大会签约项目25个。本次大会…: another holding's).
        ref_date = Date(day, "the day of the event its sentence points back to")
    if (
        ref_date is None
        and base is None
        and not policy_money
        and para_ref is not None
        and (
            para_ref[0] == (paragraph := line[0])
            or (
                paragraph > 0
                and paragraphs.around(paragraph - 1, paragraph - 1, 0, len(text))[0] == para_ref[0]
                and _continues(text, para_ref[0], paragraph)
                and says(DONE_WORDS, sentence)
            )
            or (
                page_date is not None
                and _story_goes_on(text, para_ref[0], paragraph, sentence)
                and find_relative_date(told, page_date[:4], survey.page_year, page_date) is None
            )
        )
        and not says(OWN_TIME, sentence, 0, len(told))
        and not says_now(told)
        # 可獲資助合資格開支的70%: a rate or cap a rule sets is of no date.
        and not capped_in_part(sentence, rel)
    ):
        # 2026年上半年，…增長6.2%。固定資產投資同比增長8.5%: a fact told without a date
        # in a paragraph whose earlier sentence dates its facts is of that date, and so
        # is one told as done in the numbered paragraph right after it (3. 截至2026年9月
        # 30日，… / 4. 獲資助團隊已…成立31家初創企業), which continues its count (not a
        # proposal: 92. 我建議…最高可獲5,000萬元 states no date); nor one told of
        # now (现有), of a period since a start (以来), or of a plan (规划面积).
        ref_date = Date(str(para_ref[1]), "the date of the fact told before it in its paragraph")
    if (
        ref_date is None
        and base is None
        and says(_SINCE_CHANGE, sentence, 0, len(told))
        and not OWN_TIME.search(_SINCE_CHANGE.sub(lambda m: " " * len(m[0]), sentence[: len(told)]))
        and (
            latest := find_date(
                "ref_date",
                before := text[max(line[0], s_lo - WINDOW) : s_lo],
                len(before),
                calendar,
            )
        )
        and (page_date is None or str(latest) <= page_date)
    ):
        # "… versus 3.62 percent in 2025. Intensity has risen by an average of 0.12 points a
        # year since 2020": a change since a year, with no end of its own, runs to the latest
        # date its paragraph told before it.
        ref_date = Date(str(latest), "a change since a year, to the date told before it")
    if (
        ref_date is None
        and base is None
        and not policy_money
        and page_date
        and _NOW_OPENING.match(text, line[0])
        and not says(OWN_TIME, sentence, 0, len(told))
        and not FORECAST_WORDS.search(find_statement(sentence, rel))
    ):
        # 目前，科技园在孵企业213家…。园区建成…公共服务平台14个: a paragraph opened by now
        # tells its later undated sentences of the same day, the page's.
        ref_date = Date(page_date, "in a paragraph opened by now: the page's date")
    if (
        ref_date is None
        and base is None
        and not policy_money
        and not says(OWN_TIME, sentence, 0, len(told))
        and not says_now(told)
        and (
            past := find_past_year(text[max(line[0], s_lo - 2 * WINDOW) : figure.start], page_date)
        )
    ):
        # 过去一年，我们…。新认定高新技术企业1136家: a paragraph opened with the year it
        # reviews (the past year, in a report given early in the next) dates its facts.
        ref_date = past
    return _date_by_span_or_now(
        survey, place, state, line, ref_date, blanked, told, base, policy_money
    )


def _date_by_span_or_now(
    survey: Survey,
    place: Place,
    state: ReadingState,
    line: tuple[int, int],
    ref_date: Date | None,
    blanked: str,
    told: str,
    base: re.Match[str] | None,
    policy_money: bool,
) -> Date | None:
    """The last rules of :func:`find_paragraph_date`: the past years up to the date of the
    paragraph, the years before the one told of, a plan phase's area undated, and a figure
    listed after one told of now of the page's date. ``line``: the paragraph's (start, end)."""
    calendar = survey.calendar
    page_year, page_date = survey.page_year, survey.page_date
    figure, s_lo, rel = place.figure, place.s_lo, place.rel
    para_ref, now_told = state.para_ref, state.now_told

    if (
        ref_date is not None
        and str(ref_date) == page_date
        and para_ref is not None
        and para_ref[0] == line[0]
        and str(para_ref[1]) < page_date
        and _PAST_YEARS.search(told)
        # ("Over the past five years, investment has totalled about US$38 billion": a total
        # told in the present perfect runs to the page's day, not to the period before it.)
        and not _RUNS_TO_NOW.search(told)
    ):
        # "(1) As at end of September 2026, … In the past three years, the Bureau
        # approved 2,960": the span runs up to the date its paragraph counts to, not
        # to the day of the reply.
        ref_date = Date(str(para_ref[1]), "the past years up to its paragraph's date")
    if (
        ref_date is not None
        and str(ref_date).endswith("-12-31")
        and _PREVIOUS_YEARS.search(find_segment(blanked, rel) if rel < len(blanked) else "")
    ):
        # "grew 6.5% last year, slower than the 9% it averaged in the previous five
        # years": the years before the one the sentence tells of, to the end of the
        # year before it.
        ref_date = Date(f"{int(str(ref_date)[:4]) - 1}-12-31", "the years before the one told of")
    if (
        ref_date is not None
        and str(ref_date) != page_date  # (stated today, a plan's size is of today)
        and figure.unit == "m^2"
        and _EXTENT.search(own_words := find_segment(before := blanked[:rel], rel))
        and _PHASE.search(own_words)
        and find_date("ref_date", before, calendar=calendar) is None
        and find_relative_date(before, page_year or "2000", page_year, page_date) is None
        and not says_now(before)
    ):
        # 第一期面積約42公頃，截至今年9月底已有38家廠商進駐: the area of a phase of a
        # plan is the plan's (as 规划面积 is), of no date; the date of a later part of
        # its sentence is that part's count, not the area's.
        ref_date = None
    if (
        base is None
        and page_date
        and not policy_money
        and now_told is not None
        and now_told[0] == s_lo
        and now_told[1] <= rel
        and str(ref_date or "") != page_date
        and _joins_now(blanked, now_told[1], rel, page_year, page_date, calendar)
    ):
        # 现有标准化厂房8.6万平方米，入驻企业132家; "we have more than 1,200 firms,
        # including 268 above designated size and 31 listed companies": the figures
        # listed after one told of now, in its sentence, with no date, tense or
        # semicolon of their own between, are of the same day (a year told before
        # the 现有, 于2019年建成投用, is an event's).
        ref_date = Date(page_date, "listed after a figure told of now: the page's date")
    return ref_date


def _joins_now(
    blanked: str, after: int, rel: int, page_year: str | None, page_date: str, calendar: str
) -> bool:
    """Whether the figure at ``rel`` continues the list of a figure told of now that ends at
    ``after`` in the same sentence: no semicolon, nothing told as done, no date and no time
    of its own (since, planned) between them or in the figure's own part."""
    own = find_segment(blanked, rel) if rel < len(blanked) else ""
    between = blanked[after:rel] + " " + own
    return not (
        SEMICOLON.search(between)
        or DONE_WORDS.search(between)
        or OWN_TIME.search(between)
        or FORECAST_WORDS.search(between)
        or find_date("ref_date", between, calendar=calendar)
        or (
            (other := find_relative_date(between, page_year or page_date[:4], page_year, page_date))
            and str(other) != page_date
        )
    )


_PARAGRAPH_NUMBER = re.compile(r"[ \t\u3000]*(\d{1,3})\s*[.．、](?!\d)")


def _continues(text: str, told: int, start: int) -> bool:
    """Whether the line at ``start``, right after the one at ``told``, is numbered right after
    it (3. … / 4. …)."""
    before, after = _PARAGRAPH_NUMBER.match(text, told), _PARAGRAPH_NUMBER.match(text, start)
    return before is not None and after is not None and int(after[1]) == int(before[1]) + 1


# A story's paragraph that goes on telling the facts of the one before it: it opens by
# pointing back (Together they, Of these, 其中, 这些) or tells its facts as done (rose, reached,
# accounted for, 获得, 达到) with no date of its own.
_STORY_PAST = re.compile(
    r"\b(?:rose|grew|fell|raised|reached|accounted\s+for|totall?ed|amounted\s+to"
    r"|increased|decreased|climbed|jumped|declined|averaged|attracted|signed|received"
    r"|reported|recorded|achieved|(?:outcome|result|actual)\s+was)\b"
    r"|获|獲|带动|帶動|达到|達到|达|達|占|佔|增长|增長|总面积|總面積|出租率",
    re.I,
)


def _story_goes_on(text: str, told: int, paragraph: int, sentence: str) -> bool:
    """Whether the paragraph at ``paragraph`` comes right after the one at ``told`` (blank
    lines aside) and ``sentence`` tells its fact as done, naming no time of its own."""
    if paragraph <= told:
        return False
    between = text[told:paragraph]
    lines = [line for line in between.split("\n") if line.strip()]
    return len(lines) == 1 and _STORY_PAST.search(sentence) is not None
