"""The date of a fact told relative to the page: of its year, or of its own day.

:func:`find_page_relative_date` reads a fact with no date of its own against the page's
date: 去年, 全年 and "so far this year" of the page's year, and the page's own day for what is
told in the present (has, employs), of now (已有), as a tally to date (has approved), as a
yearly figure that runs, or as a project's size stated with its schedule. The patterns of
time that stop these readings (a time of its own, since, a scheme's terms) are shared with
:mod:`zonetrack.factdates` and :mod:`zonetrack.paragraphdates`.
"""

from __future__ import annotations

import re

from .datebasis import Date
from .goalbases import ABOUT, MONEY_SIGN
from .goalwords import FORECAST_WORDS
from .headings import in_title
from .headlines import in_headline
from .issuedates import find_foot_date
from .ownwholes import in_own_whole
from .periods import MONTHS
from .policymoney import scheme_money_before
from .relativeforms import (
    find_relative_date,
    names_other_year,
    relative_date_before,
    says_now,
    story_of,
)
from .scopes import find_statement, stated_then_scheduled
from .sentences import SEGMENT_END, find_segment, part_end, says, segment_before
from .survey import Place, Survey
from .units import CURRENCIES

__all__ = [
    "OWN_TIME",
    "SCHEME_TERMS",
    "SINCE",
    "SO_FAR_THIS_YEAR",
    "find_page_relative_date",
    "holds_now",
]

# 全年 (the whole year) opening a figure's own part, of the page's (or report's) year.
# (Not 去年全年, 2025年全年: a year named.)
# So is 全年 that a forecast opens (委员会预计全年产值增长14%左右): the running year it expects.
# So is 全年 with the forecast after it and the subject before (園區全年營業額可望突破…).
_WHOLE_YEAR = re.compile(
    r"^\s*(?<![\d年])全年|(?:预计|預計|预期|預期|有望|可望)\s*(?:今年)?\s*全年"
    # (Not 去年园区全年…: the whole of the year named before it.)
    r"|^\s*(?:(?!去年|上年|前年|明年)[^\d，,。；;：:]){1,6}?(?<![\d年])全年[^\d，,。；;]{0,12}?"
    r"(?:预计|預計|预期|預期|有望|可望)"
)


# 已有, 已入驻, 已进驻, 已落户, 已集聚: a state reached by now (who is in the park), with no
# date of its own: as of the page's day.
_ALREADY = re.compile(r"已(?:经|經)?(?:有|入驻|入駐|进驻|進駐|落户|落戶|集聚)")

# A payment told as done right before its money (客戶已預付貨款, 已支付, 已繳納, 已拨付): as 已有.
_ALREADY_PAID = re.compile(
    r"已(?:经|經)?(?:预付|預付|支付|缴纳|繳納|缴付|繳付|付清|拨付|撥付|收取|收到)[^，,。；;]{0,8}$"
)


# 今年以来, 今年已累计, 年初至今, "so far this year", "year to date": a running total of the
# page's year, up to the page's own day (when the sentence gives no date of its own:
# 截至10月底，…今年以来净增126家 is of the end of October).
# 今年, 本年 in a figure's own part: the page's year, whatever part of it a later part names.
_THIS_YEAR_OWN = re.compile(r"(?:今年|本年)(?!度)")

SO_FAR_THIS_YEAR = re.compile(
    r"(?:今年|本年|年初)\s*(?:以来|以來|至今|迄今)|(?:今年|本年)\s*(?:已|已经|已經)"
    r"|\b(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|year[\s-]to[\s-]date)\b"
    # 今年全省累计入库…, "have listed on the board this year": a total of the year still running.
    r"|(?:今年|本年)[^，,。；;\d]{0,12}?(?:累计|累計)"
    r"|\b(?:has|have)\s+(?:already\s+)?[a-z]+(?:ed|en)\b[^.;,]{0,60}\bthis\s+year\b(?!'s)",
    re.I,
)


# A figure that is the subject of a present perfect ("six more firms have filed
# prospectuses", "38 teams have moved in"): a tally up to the page's day.
_SUBJECT_PERFECT = re.compile(
    r"[^.;,:]{0,60}?\b(?:has|have)\s+(?:already\s+|now\s+)?(?!(?:been|risen|fallen|grown|increased"
    r"|decreased|declined|dropped|climbed|reached)\b)[a-z]+(?:ed|en)\b",
    re.I,
)


# A running total told in the present ("The round brings the company's total funding since
# its founding in 2020 to HK$510 million"): as of the page's day.
_BRINGS_TO = re.compile(
    rf"\b(?:brings?|takes?|lifts?|pushes?)\b[^.;]{{0,100}}\bto\s+{ABOUT}"
    rf"(?:(?:more\s+than|over)\s+)?{MONEY_SIGN}$",
    re.I,
)


# A figure that recurs, told without a date (基金每年接獲申請約600份, "receives about 600
# applications each year"): as it stands on the page's day.
_RECURRING = re.compile(r"每年(?!度)|\b(?:each|every|per)\s+year\b|\bannually\b", re.I)


# A present-tense verb of a state after a figure in its sentence's subject ("The
# 220,000-square-foot centre, on a 6-acre site, represents an investment of US$140 million"):
# the figures that describe what holds it now are of the same day.
_STATE_AFTER = re.compile(
    r"[^.;:!?，。；]{0,120}?(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)\b(?:represents|employs|hosts|houses"
    r"|accommodates|is\s+(?:now\s+)?home\s+to|are\s+(?:now\s+)?home\s+to)\b",
    re.I,
)


# A figure that is the subject of a state that still holds ("31 are still trading", "four
# remain in business", "12 are still open"): of the page's day, whatever start another part of
# the sentence names ("Of the 38 start-ups founded since 2019, 31 are still trading").
_STILL_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,3}?(?:(?:is|are)\s+still|still\s+(?:exists?|operates?|trades?)"
    r"|remains?\s+(?:in\s+business|open|active|in\s+operation))\b"
    r"(?!\s+(?:expected|due|planned|scheduled|set|likely|to)\b)",
    re.I,
)


# Words that make a date after a figure its base's ("down 2 points from the end of March").
_BASE_WORDS = re.compile(
    r"\b(?:from|than|over|since|against|compared\s+(?:with|to)|versus|vs)\b|比|较|較|同比|环比",
    re.I,
)


# A plan's time (规划, "planned", "plans to"), which no tense makes a tally.
_PLANNED = re.compile(r"规划|規劃|\bplanned\b|\bplan(?:s|ned)?\s+to\b", re.I)


# 自成立以來累計…, "since its launch": a total over a span from a start, not of the period a
# heading above names (undated, as a since-year is).
SINCE = re.compile(r"以来|以來|\bsince\b", re.I)

# The day of the notice itself (截至本公告日, 於本公告日期, 截至公告发布之日, "as at the
# date of this announcement"): what is told as at it is of the day the notice bears.
_THIS_NOTICE_DAY = re.compile(
    r"本(?:公告|通告|公佈|公布|通知|函件)(?:刊發|刊发|發布|发布|刊登|發出|发出)?(?:之|的)?日(?:期)?"
    r"|公告(?:刊發|刊发|發布|发布|刊登)(?:之|的)?日"
    r"|\bthe\s+date\s+of\s+this\s+(?:announcement|circular|notice|letter|document|report)\b",
    re.I,
)


# A sentence that opens with the day a span starts ("Since 30 June 2026, …", the day of the
# last accounts a circular gives): what it tells as done runs to the page's day. (A span since
# a year or a launch, "Since its launch in 2019, … has supported", stays undated, as the
# rounds' gold reads it.)
_SINCE_OPENING = re.compile(
    rf"\s*since\s+(?:\d{{1,2}}\s+(?:{MONTHS})\.?|(?:{MONTHS})\.?\s+\d{{1,2}},?)\s+\d{{4}}\s*,",
    re.I,
)


# The terms of a scheme (对上年度研发费用增长的企业，按增量部分的10%给予奖励; 對首次獲認定的企業，
# 給予一次性獎勵30萬元): a rule, whose figures are of no date; the year it names (上年度) tells
# which spending counts, not when a figure was seen.
SCHEME_TERMS = re.compile(
    r"\s*(?:[对對凡]|符合)[^。；;!?！？]{1,60}?(?:企业|企業|单位|單位|机构|機構|项目|項目|个人|個人"
    r"|团队|團隊|人才|者|的)\s*[，,]\s*(?:按|给予|給予|予以|可|每|一次性|最高|奖励|獎勵|补助|補助|资助|資助)"
)


OWN_TIME = re.compile(
    r"现有|現有|以来|以來|规划|規劃|\bsince\b|\bplanned\b|\bplan(?:s|ned)?\s+to\b",
    re.I,
)


# A present-tense verb of a state right before a figure: having, holding, employing,
# running or taking in ("represents 86 member companies", "employ more than 42,000 people",
# "hold investments of about EUR 9.5 billion", "is home to 300 firms", "now hosts 14
# facilities", "operates 12 labs", "there are 40 incubators"); not a perfect ("has brought in
# 25,000 graduates"), nor an extent ("covers", "spans", "measures": a size states no date).
_STATE_VERBS = (
    r"has|have|hosts?|houses?|represents?|employs?|holds?|counts?|totals?|owns?|operates?"
    r"|runs?|manages?|oversees?|accommodates?|includes?|contains?|comprises?|boasts?"
    r"|features?|numbers?|serves?|supports?|maintains?|keeps?|offers?|provides?|gathers?"
    # ("has been home to 28 platforms": a state that has held up to now, as "is home to".)
    r"|brings?\s+together|(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?home\s+to|stands?\s+at"
    r"|there\s+(?:is|are)(?:\s+now)?"
    # "China accounts for 27% of our revenue", "make up about 12%": a share held now.
    r"|accounts?\s+for|makes?\s+up"
)
_PRESENT_HOLDING = re.compile(
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcan\s)(?<!\bcould\s)(?<!\bmay\s)"
    r"(?<!\bmust\s)(?<!\bshould\s)"
    # (After a determiner the word is a noun: "bringing the total to 1,052", "its runs".)
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)"
    rf"\b(?:{_STATE_VERBS})\s+"
    r"(?:(?!(?:been|brought|built|set|won|grown|become|made|spent|risen|drawn|seen|taken|given"
    r"|sold|paid|got|gotten|led|put|run|kept|held|found|sent|lost)\b|\w+ed\b)[A-Za-z-]+\s+){0,3}"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|€|(?:RMB|CNY|USD|HKD|TWD|MOP|EUR)\s*)?$"
    # 拥有国家级研发平台18个 (has, holds; not 拥有量, an amount a goal sets, nor 将拥有).
    r"|(?<![将將要会會])(?:拥有|擁有)(?!量)[^，,。；;]{0,30}$",
    re.I,
)


# "has approved subsidies for some 4,700", "have attracted 65": a tally to date, told in the
# present perfect (the verb right before the figure's own words, no "since" or date); a
# change ("has increased to", "has risen by") is no tally.
# Past participles that do not end in -ed ("has repaid", "have sold", "has drawn"): a deal or a
# debt told as done since a day, as "has approved" is.
_PARTICIPLES = r"(?:re)?paid|drawn|sold|bought|built|won|spent|lent|made|taken|given|raised"

_PERFECT_TALLY = re.compile(
    r"\b(?:has|have)\s+(?:already\s+)?(?!(?:been|risen|fallen|grown|increased|decreased|declined"
    r"|dropped|climbed|rose|reached)\b)[a-z]+ed\b[^.;,]{0,40}$",
    re.I,
)

# What a body "has done" since a day, however far the perfect reaches over the part ("Since 30
# June 2026, the Guarantor has repaid a loan of US$150 million in full and drawn RMB 2.0
# billion"): each figure it tells is of the page's day.
_SINCE_PERFECT = re.compile(
    rf"\b(?:has|have)\s+(?:already\s+)?(?:[a-z]+ed|{_PARTICIPLES})\b[^.;]{{0,120}}$", re.I
)


# A running total (累计投入, "cumulatively"), and the start of the span it runs from.
_TALLY_WORDS = re.compile(r"累计|累計|\bcumulative(?:ly)?\b", re.I)
_STARTED = re.compile(
    r"以来|以來|\bsince\b|(?:自|从|從)[^，,。；;]{0,20}?(?:起|开始|開始|至今)", re.I
)


# 过去18个月内, 過去十八個月, 近6个月, "in the past 18 months", "over the last six months": a
# span of months back from the page's day (not 较过去…, 比近…, a comparison's base).
_MONTHS_BACK = re.compile(
    r"(?<![比较較将將接])(?:过去|過去|近)\s*(?:[一二两兩三四五六七八九十]{1,3}|\d{1,2})\s*(?:个|個)?\s*月"
    r"|\b(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+(?:two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty-four|\d{1,2})\s+months\b",
    re.I,
)


def find_page_relative_date(survey: Survey, place: Place, told: str, page_year: str) -> Date | None:
    """The date of a fact told relative to the page's year, else of the page's own day.

    去年, 全年 and "so far this year" are read against ``page_year``; what is told in the
    present, of now (已有), as a tally to date, as a yearly figure that runs or as a
    project's size stated with its schedule is of the page's date.

    Parameters
    ----------
    survey : Survey
        The document, read once.
    place : Place
        The figure and its sentence.
    told : str
        The sentence up to the next semicolon after the figure, other dates blanked.
    page_year : str
        The page's year.

    Returns
    -------
    Date or None
    """
    calendar, page_date, this_year = survey.calendar, survey.page_date, survey.this_year
    figure, s_lo, sentence, rel = place.figure, place.s_lo, place.sentence, place.rel
    ref_date: Date | None
    own_part = find_segment(told, rel) if rel < len(told) else ""
    if _WHOLE_YEAR.search(own_part):
        # …今年前10月營業額達…，全年營業額可望突破1兆3,500億元: the figure's own part
        # names the whole year (a forecast of it, below, while it runs).
        ref_date = Date(f"{this_year or page_year}-12-31", "全年 of the page's year")
    else:
        # The figure's own part before it first: …目前已有…，去年園區營業額達1,350億元
        # (去年 is the turnover's year, 目前 another part's); what follows the
        # figure may be its base ("down 2.1 points from the end of March").
        # (The whole sentence and its paragraph: a dateline's day, another year's telling.)
        whole, story = story_of(survey.text, s_lo, place.s_hi)
        ref_date = find_relative_date(
            segment_before(told, rel),
            page_year,
            page_year,
            page_date,
            calendar,
            told=whole,
            story=story,
        )
        after = told[rel : part_end(told, rel)] if rel < len(told) else ""
        if ref_date is None and not _BASE_WORDS.search(after):
            # "Seats stood at 19,750 at the end of December, compared with 18,900 at the end
            # of September, … after a slow first half": the figure's own words after it name
            # its month, before any period a later part names (not a base: "from the end of
            # March").
            ref_date = find_relative_date(
                after, page_year, page_year, page_date, calendar, told=whole, story=story
            )
        if ref_date is None and page_date and SO_FAR_THIS_YEAR.search(told[:rel]):
            # 今年以来，…新增企业86家，其中8月新增12家: a running total of the year told
            # before the figure runs to the page's day (or to the date an earlier part
            # states, 截至10月底，…今年以来); a month in a later part (其中8月, "including
            # 12 in August") is that part's, unless it is the figure's own.
            earlier = find_relative_date(told[:rel], page_year, page_year, page_date, calendar)
            ref_date = find_relative_date(own_part, page_year, page_year, page_date, calendar)
            if ref_date is None and earlier is not None and str(earlier) <= page_date:
                ref_date = earlier
            ref_date = ref_date or Date(page_date, "a running total of the year: the page's date")
        if ref_date is None and page_date:
            # 目前，全县已聚集…56家，去年全县…增加值中，传感器产业贡献超过15%: the nearest
            # part before the figure that names a time relative to the page is the figure's
            # (去年), not a "now" of a part further back.
            ref_date = _nearest_part_date(told, rel, page_year, page_date, calendar)
        if ref_date is None:
            # (今年全区新增企业500家，其中一季度新增100家: when the figure's own part names the
            # page's year, the quarter a later part names is that part's; an earlier part's
            # date still frames it, 截至今年7月底…，其中今年新增17家.)
            this_year_own = _THIS_YEAR_OWN.search(segment_before(told, rel)) is not None
            reach = part_end(told, rel) if this_year_own else len(told)
            # (Each figure of a run-on sentence reads it: its first relative dates are read
            # once, ``told`` the same for each.)
            ref_date = relative_date_before(
                told,
                0,
                len(told),
                reach,
                page_year,
                page_year,
                page_date,
                calendar,
                story_of(survey.text, s_lo, place.s_hi)[1],
            )
    if (
        ref_date is not None
        and page_date
        and str(ref_date)[:4] < page_date[:4]
        and SO_FAR_THIS_YEAR.search(own_part)
    ):
        # "Nine firms have listed on the board this year, up from four in all of
        # last year": the figure's own part runs the year to the page's day (last
        # year is the base's).
        ref_date = Date(page_date, "a running total of the year: the page's date")
    if ref_date is None and page_date and SO_FAR_THIS_YEAR.search(told):
        ref_date = Date(page_date, "a running total of the year: the page's date")
    if ref_date is None and page_date and _THIS_NOTICE_DAY.search(find_statement(told, rel)):
        # 截至本公告日，…已支付, 截至公告发布之日, "as at the date of this announcement": the
        # day the notice bears, its sign-off under the official's name where it has one (a
        # gazette prints it later), else the page's own date.
        signed = find_foot_date(survey.text, calendar)
        day = signed if signed and signed <= page_date else page_date
        ref_date = Date(day, "the day of this notice")
    if (
        ref_date is None
        and page_date
        and _TALLY_WORDS.search(segment_before(sentence, rel))
        and not _STARTED.search(sentence)
        # (A headline's tally restates the body's, which dates it.)
        and not in_headline(survey.text, figure.start)
        and not in_title(survey.text, figure.start)
        and not says(_PLANNED, sentence)
        and not FORECAST_WORDS.search(find_statement(sentence, rel))
    ):
        # 县里…搭建了中试平台，累计投入财政资金1.2亿元: a running total with no date and
        # no start runs up to the page's day (one since a start, 自2017年成立以來累計, is
        # a span with no end, left undated).
        ref_date = Date(page_date, "a running total with no date: the page's date")
    if (
        ref_date is None
        and page_date
        and _MONTHS_BACK.search(told, 0, part_end(told, rel))
        # ("In a 2024 interview, the CEO said that in the past 18 months …": told from
        # another year, the span is not counted back from the page's day.)
        and not names_other_year(sentence, page_year)
    ):
        # 过去18个月内，园区新增企业150家, "in the past 18 months": a span of months back runs
        # up to the page's day (as the span ahead, 未来18个月内, counts from it), told in the
        # figure's part or before it (not in a later part: "…, and nearly 1,900 joined over
        # the past twelve months" dates no figure before it).
        ref_date = Date(page_date, "a span of months back: up to the page's date")
    if ref_date is None and page_date and in_own_whole(sentence, rel):
        # "Of the zone's twelve parks, eight will be expanded by 2028": the whole the
        # sentence opens with, stated with its own count, as it stands on the page's day.
        ref_date = Date(page_date, "a whole stated with its own count: the page's date")
    if ref_date is None and page_date and _ALREADY.search(told):
        # 已有12位教授…進駐 with no date at all: a state as of the page's day.
        ref_date = Date(page_date, "已有 with no date: as of the page's date")
    if ref_date is None and page_date and _ALREADY_PAID.search(segment_before(told, rel)):
        # 客戶已預付貨款新臺幣300,000千元 with no date: a payment done, as of the page's day.
        ref_date = Date(page_date, "a payment told as done (已預付) with no date: the page's date")
    if ref_date is None and page_date and stated_then_scheduled(sentence, rel, False):
        # 開發面積約45公頃，…，預計116年第2季動工: a project's size, stated with no
        # date before the work it schedules, is a fact of the day it is stated.
        ref_date = Date(page_date, "a project's stated size: of the page's date")
    if (
        ref_date is None
        and page_date
        and holds_now(sentence, rel, chinese=True)
        and not (figure.unit in CURRENCIES and _FUND_HOLDS.search(segment_before(sentence, rel)))
    ):
        # "The working group represents 86 member companies …, which together
        # employ more than 42,000 people": what a body has, holds or employs, told
        # in the present, is as of the page's day (not an extent: "covers 96
        # square kilometres" states no date).
        ref_date = Date(page_date, "told in the present: as of the page's date")
    if (
        ref_date is None
        and page_date
        and _STATE_AFTER.match(told, figure.end - s_lo)
        and not says(OWN_TIME, sentence)
        and not FORECAST_WORDS.search(find_statement(sentence, rel))
    ):
        ref_date = Date(page_date, "the subject of a present state: the page's date")
    if (
        ref_date is None
        and page_date
        and _STILL_AFTER.match(told, figure.end - s_lo)
        and not says(OWN_TIME, find_segment(told, rel))
    ):
        ref_date = Date(page_date, "a state that still holds: the page's date")
    if (
        ref_date is None
        and page_date
        and figure.unit not in CURRENCIES
        and _PERFECT_TALLY.search(segment_before(sentence, rel))
        and not says(OWN_TIME, sentence)
    ):
        # "the scheme has approved subsidies for some 4,700 businesses": a tally
        # told in the present perfect, with no date, runs up to the page's day.
        ref_date = Date(page_date, "a tally to date (has approved): the page's date")
    if (
        ref_date is None
        and page_date
        and not says(_PLANNED, sentence)
        and not FORECAST_WORDS.search(find_statement(sentence, rel))
        and (
            # (Money before a noun sizes it: "the HK$500 million scheme has
            # approved" tells the scheme's act, not a tally of the money.)
            (figure.unit not in CURRENCIES and _SUBJECT_PERFECT.match(told, figure.end - s_lo))
            or (
                # (since a year, blanked in ``told``: a span with no end, undated
                # as the rounds' gold reads it; "since their debuts" names none)
                SINCE.search(told) and _PERFECT_TALLY.search(segment_before(sentence, rel))
            )
            or (_SINCE_OPENING.match(sentence) and _SINCE_PERFECT.search(sentence, 0, rel))
            or _BRINGS_TO.search(sentence, max(0, rel - 120), rel)
        )
    ):
        # "At least six more firms have filed prospectuses", "shares have gained
        # 38% since their debuts", "brings its total funding since 2020 to": a
        # tally or a span since a start, told in the present (perfect), runs up to
        # the page's day.
        ref_date = Date(page_date, "told in the present perfect: the page's date")
    if (
        ref_date is None
        and page_date
        and figure.unit not in CURRENCIES  # (每年安排10亿元: a budget's money)
        and _RECURRING.search(own_part)
        and not says(_PLANNED, sentence)
        and not FORECAST_WORDS.search(find_statement(sentence, rel))
        and not SCHEME_TERMS.match(sentence)
        and not scheme_money_before(sentence, rel)
    ):
        # 基金每年接獲申請約600份: a yearly figure told without a date, as it runs
        # on the page's day.
        ref_date = Date(page_date, "a yearly figure with no date: the page's date")
    return ref_date


# A part of a sentence that names last year's period (去年全县…中，): the figure after it is of it.
_LAST_YEAR_PART = re.compile(r"^\s*(?:去年|上年|\blast\s+year\b)", re.I)


# "Our guidance fund has 20 billion yuan": a fund's size, as a fund set up is stated, no state
# of the day (undated, as "a 2 billion yuan fund" is).
_FUND_HOLDS = re.compile(r"\bfunds?\s+(?:now\s+)?(?:has|have|holds?|totals?)\s+$", re.I)


def holds_now(sentence: str, rel: int, chinese: bool = False) -> bool:
    """Whether the figure at ``rel`` is what a body has, holds or employs, told in the
    present in its own part and with no time of its own ("they host 450 firms"; with
    ``chinese``, 拥有…18个 too, which marks no tense)."""
    holding = _PRESENT_HOLDING.search(segment_before(sentence, rel))
    return (
        holding is not None
        and (chinese or not re.search(r"[擁拥]有", holding[0]))
        # ("has operated in Suzhou since 2008 and employs about 2,400 people": the
        # span is the other part's.)
        and not says(OWN_TIME, find_segment(sentence, rel))
    )


def _nearest_part_date(
    told: str, rel: int, page_year: str, page_date: str, calendar: str
) -> Date | None:
    """The date of the part right before the figure's own when that part opens with last
    year (去年…中，…15%), else None."""
    ends = [m for m in SEGMENT_END.finditer(told, 0, rel)]
    if not ends:
        return None
    lo = ends[-2].end() if len(ends) > 1 else 0
    before = told[lo : ends[-1].start()]
    if not _LAST_YEAR_PART.match(before) or says_now(before):
        return None
    return find_relative_date(before, page_year, page_year, page_date, calendar)
