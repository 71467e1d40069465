"""Dates a sentence names that are no figure's date, blanked before its date is read.

The start of a change (由2025年底…增至), the year a change is counted against (較114年度,
"up from 3.5% in 2025"), the date a cited plan was issued, a body's founding year, the start
of a span with no end (自2027年起), a plan's own period (推動期程為115年至124年), the year in
an event's or a list's name: each is blanked at its own length, so offsets stay those of the
sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datebasis import Date
from .periods import MONTHS, find_date

__all__ = [
    "blank_change_start",
    "blank_comparatives_after",
    "blank_open_starts",
    "blank_other_bases",
    "blank_other_dates",
    "blank_plan_periods",
    "bracket_date",
]

# 由2025年底約5.1萬人增至10萬人: the date of the start of a change, the base's; never the
# figure's date, nor a deadline of the goal the change reaches.
_CHANGE_FROM = (
    r"(?:由|从|從)\s*(?:(?:\d{4}|1[0-4]\d)\s*年|去年|上年"
    # 由2025-26年度的3.2億元增至…, 由2025/26財政年度, 由同年度約160個增至250個: a financial
    # year, or the same year as a start told before.
    r"|\d{4}\s*[/／-]\s*\d{2,4}\s*(?:(?:財政|财政)?年度|年)|同一?(?:財政)?年)(?:底|末|度)?"
    r"(?=[^，,。；;]{0,24}?(?:至|到))"
)

# "11.5% more than in 9M FY25", "higher than in fiscal 2024", "fewer than in 2025": the
# period a figure is compared with, never its own.
_THAN_BASE = (
    r"\b(?:more|less|higher|lower|fewer|greater)\s+than\s+(?:in|during|for)\s+(?:the\s+)?"
    r"(?:(?:(?:Q[1-4]|H[12]|\d{1,2}M)\s*)?(?:FY|(?:fiscal|financial)\s+(?:year\s+)?)\s*'?\d{2,4}"
    r"|\d{4})\b"
)

# The year a change is counted against (較114年度增加5.3%, 比2025年增长12%): the base's.
# So is the year of the level a goal is set against ("up from 3.5% in 2025", "versus 3.62
# percent in 2025", "against 19,600 such firms at the end of 2025"): the base's, never the
# goal's deadline ("from 40 to 60 by 2027" names the goal's, after "to").
_CHANGE_BASE = (
    r"(?:较|較|比|相比|相较|相較)\s*(?:\d{4}|(?<!\d)1[0-4]\d)\s*[學学]?年(?:底|末|度)?"
    r"|\b(?:(?:up|down)\s+from|from|versus|vs\.?|against|compared\s+(?:with|to))\s+"
    # (the level right after the word: "benefit from new funds in 2027" names no base)
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|€|(?:RMB|CNY|USD|HKD|TWD|EUR)\s*)?\d"
    r"(?:(?!\b(?:to|by)\b)[^,;.，；。]|(?<=\d)[.,](?=\d)){0,40}?"
    r"\b(?:in|at\s+the\s+end\s+of|as\s+(?:of|at)\s+(?:the\s+end\s+of\s+)?)\s*\d{4}\b"
    r"|" + _THAN_BASE
)

# The date a document was issued, said of the plan that sets a goal ("under an action plan
# released in 2025", 2025年印发的行动方案): the plan's date, neither the goal's deadline nor
# a fact's date. ("will be released in 2027" is a deadline.)
_DOCUMENT_DATE = (
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:released|issued|published|adopted|unveiled|approved)\s+"
    rf"in\s+(?:(?:{MONTHS})\s+)?\d{{4}}\b"
    r"|(?:\d{4}|(?<!\d)1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月)?\s*(?:印发|印發|发布|發布|出台|公布)的"
)

# The year a zone or body was founded, approved or upgraded (於民國99年經行政院核定設置,
# 始建于1992年, 2010年经国务院批准升级为…, "was established in 2010"), in a clause that
# states no figure: it dates the founding, not a figure another clause of the sentence
# states (总面积约632公顷 is no area of 2010). 2025年新设立企业1200家 counts in its year.
_FOUNDING_VERB = (
    r"(?:设立|設立|设置|設置|成立|建立|创建|創建|组建|組建|升级|升級|升格|挂牌|掛牌|揭牌|开园|開園"
    r"|获批|獲批)"
)
_NO_FIGURE_AFTER = r"(?=[^，,。；;\n\d]*(?:[，,。；;\n]|$))"
_FOUNDED = (
    r"(?:(?:于|於|在)\s*)?(?:民國|民国)?\s*(?:\d{4}|(?<!\d)\d{2,3})\s*年"
    r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?)?"
    rf"[^，,。；;\n\d]{{0,12}}?{_FOUNDING_VERB}{_NO_FIGURE_AFTER}"
    r"|(?:始建|成立|设立|設立|创建|創建|建立|组建|組建|开园|開園)"
    r"(?:于|於)\s*(?:民國|民国)?\s*(?:\d{4}|(?<!\d)\d{2,3})\s*年(?:\s*\d{1,2}\s*月)?"
    + _NO_FIGURE_AFTER
    + r"|\b(?:(?:was|were|been|is|are)\s+)?(?:officially\s+)?"
    r"(?:founded|established|set\s+up|created|inaugurated|incorporated)\s+in\s+"
    rf"(?:(?:{MONTHS})\s+)?\d{{4}}\b(?=(?:(?!\band\b)[^,;.\d])*(?:[,;.]|\band\b|$))"
)

# The name of an event held (签约活动, 对接会, 博览会, 论坛): what ends it.
_EVENT = (
    r"(?:活动|活動|大会|大會|论坛|論壇|峰会|峰會|年会|年會|博览会|博覽會|交易会|交易會|展览会|展覽會"
    r"|对接会|對接會|洽谈会|洽談會|推介会|推介會|发布会|發布會|發佈會|招聘会|招聘會|签约仪式|簽約儀式"
    r"|大赛|大賽|会议|會議)"
)

# The start of a span with no end (自2027年起, 由2027-28年度起, 115年起, "from 2027 onwards"):
# it dates neither a figure nor a deadline (money per year from then on has no end to reach).
_OPEN_START = (
    r"(?:(?:自|从|從|由)\s*)?(?:民國|民国)?\s*(?<![\d.,])(?:\d{4}(?:\s*[/／-]\s*\d{2,4})?|1[0-4]\d)\s*"
    r"(?:(?:財政|财政)?年度|年)(?:\s*\d{1,2}\s*月)?\s*(?:起|开始|開始)(?![步点點])"
    r"|\b(?:from|starting\s+(?:in|from)|beginning\s+in)\s+\d{4}\s+(?:on(?:wards?)?|forward)\b"
    # 於4月開始接受申請, 自9月起: a month the span starts in, its year told elsewhere.
    r"|(?:自|从|從|由|於|于)\s*(?<![\d.,])(?:1[0-2]|[1-9])\s*月(?:份)?\s*(?:起|开始|開始)(?![步点點])"
)

# The period of a plan, said as the plan's own (推動期程為115年至124年, 规划期为2026—2030年,
# 「…方案（115-119年）」): the plan's, neither a figure's date nor the money's own span.
_PLAN_PERIOD = (
    r"(?:期程|期限|期间|期間|实施期|實施期|规划期|規劃期|计划期|計劃期)\s*(?:自|为|為|是|[:：])?\s*"
    r"(?:民國|民国)?\s*\d{3,4}\s*年?\s*(?:度)?\s*[-—–~至到]\s*(?:民國|民国)?\s*\d{3,4}\s*年?\s*(?:度)?"
    r"|(?<=方案|规划|規劃|计划|計劃|计画|計畫|纲要|綱要|行动|行動)[（(]\s*(?:民國|民国)?\s*\d{3,4}\s*年?\s*[-—–~至到]\s*\d{3,4}\s*年?\s*(?:度)?\s*[）)]"
)

# Dates that are not the figure's: the start of a period (自2018年以来, since 2018) and the
# base of a comparison (较2019年增加了43%, up from 2019).
_NOT_REF_DATE = re.compile(
    # 自2021年起設立的…至今, 从2024年3月开始: the start of a period, not the figure's date.
    r"(?:自|从|從)\s*(?:民國|民国)?\s*(?:\d{4}|(?<!\d)1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月)?\s*(?:起|开始|開始)"
    # 自計劃於2011年推出以來: what started may be named between 自 and its year.
    r"|(?:自|从|從)[^，,。；;\n\d]{0,8}?(?:民國|民国)?\s*(?:\d{4}|\d{2,3})\s*年[^，,。；;\n]{0,8}?"
    r"(?:以来|以來|至今)"
    # 2023年以来至今年6月底: a year followed by 以来 starts the period, with or without 自.
    r"|(?:\d{4}|(?<!\d)1[0-4]\d)\s*年\s*(?:以来|以來)"
    r"|\bsince\s+\d{4}\b"
    # "since the second quarter of 2023", "since March 2021": the start of a span, not a date.
    r"|\bsince\s+(?:the\s+)?(?:(?:(?:first|second|third|fourth)\s+quarter|(?:first|second)\s+half"
    r"|end|start|beginning|middle)\s+of\s+|(?:" + MONTHS + r")\.?\s+)\d{4}\b"
    # "up 9% on end-2025", "down 4 points on December 2025": a change told against the date
    # after "on", the base's, not the figure's.
    r"|(?:(?<=[%\d])|(?<=\bpp)|(?<=\bcent)|(?<=\bpoints))\s+on\s+(?:the\s+end\s+of\s+|end-)?"
    r"(?:(?:" + MONTHS + r")\.?\s+)?\d{4}\b(?![-–/]\d)"
    # "Since 30 June 2026, the Guarantor has repaid …" (a day, as a circular writes it after its
    # last accounts), and a legal span's start, "from and including 4 November 2026": the
    # start of a span, not the date of what it holds.
    r"|\b(?:since|from\s+and\s+including)\s+(?:\d{1,2}\s+(?:" + MONTHS + r")\.?,?"
    r"|(?:" + MONTHS + r")\.?\s+\d{1,2},?)\s+\d{4}\b"
    # "Since its launch in 1999": the start of the period the figure sums, not its date; so
    # is a clause of what started ("since it was first planned in 2010", "since we opened in
    # March 2021").
    r"|\bsince\s+(?:its|their|the)\s+(?:[a-z]+\s+){1,4}in\s+\d{4}\b"
    r"|\bsince\s+(?:it|they|we|he|she|the\s+[a-z]+)\s+(?:[a-z]+\s+){1,4}in\s+(?:(?:"
    + MONTHS
    + r")\.?\s+)?\d{4}\b"
    # "The zone, founded in 1991, covers ...": an aside dating the noun, not the figure.
    # (So is one with an adverb or its maker: "…, jointly launched by the zone and provincial
    # investors in 2025, had invested in 37 projects by the end of June".)
    r"|,\s*(?:(?:which|that)\s+(?:was\s+|were\s+)?)?(?:[a-z]+ly\s+)?"
    r"(?:founded|established|set\s+up|launched|created|opened|built)"
    r"(?:\s+(?:by|with)\s+[^,;.\n\d]{1,60}?)?\s+in\s+\d{4}\s*(?=,)"
    # "reached 410,000 square metres after Phase 3 opened in November 2025": a clause of time
    # dates the event it tells, not the figure.
    r"|\b(?:after|when|once|as\s+soon\s+as)\s+(?:(?!(?:and|but)\b)[A-Za-z0-9'’-]+\s+){1,5}?"
    r"(?:(?:was|were|had\s+been)\s+)?(?:opened|completed|launched|began|started|built|finished"
    r"|commissioned|went\s+into\s+(?:service|operation))\s+in\s+(?:(?:"
    + MONTHS
    + r")\.?\s+)?\d{4}\b"
    # 新华社海口11月20日电（记者…）: a wire story's dateline is the day it was filed (the page's
    # date), not the date of the figures its first sentence goes on to tell.
    r"|(?<![\d年])\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電)(?=\s*[（(【])"
    # "CHENGDU, Jan 19 (Meridian Wire) - The zone drew … last year": an English wire's
    # dateline is the day it was filed too, not the date of its lead's figures.
    r"|(?m:^)[ \t]*(?-i:[A-Z][A-Z .'’-]{1,40})(?:,\s*[A-Z][A-Za-z .]{0,20})?,\s*(?:"
    + MONTHS
    + r")\.?\s+\d{1,2}(?=\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|—|–|-)\s)"
    # "The Fund announced today (5 August) that its programme approved 46 projects in the
    # first half of the year", "said on Tuesday that": the day of the announcement, not the
    # date of the figures it reports (those take their own words' period, or the page's day).
    r"|\b(?:announced|said|says|reported|revealed|disclosed|stated|told\s+(?:reporters|journalists"
    r"|the\s+press|a\s+(?:press|news)\s+(?:conference|briefing)))\s+"
    r"(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"(?:\s*\([^()\n]{1,20}\))?(?=\s*,?\s+that\b)"
    # 2026年第四批, 2026年度第二批: the year names a batch (its notice dates it), not a date.
    r"|(?:\d{4}|(?<!\d)1[0-4]\d)\s*年度?\s*(?=第\s*[一二三四五六七八九十\d]{1,3}\s*批)"
    # 较“十四五”末净增214家: the end of a Five-Year Plan as the base of a change.
    r"|(?:较|較|比|相比|相较|相較)\s*[“「『\"]?十[一二三四五六七八九]五[”」』\"]?\s*期?末"
    # (較112學年度成長: an academic year as the base, as a calendar year is.)
    r"|(?:较|較|比|相比|相较|相較|同比)\s*(?:\d{4}|1[0-4]\d)\s*[學学]?年(?:底|末|度)?"
    + "|"
    + _THAN_BASE
    + "|"
    + _FOUNDED
    + "|"
    + _OPEN_START
    + "|"
    + _PLAN_PERIOD
    + "|"
    + _CHANGE_FROM
    + "|"
    + _DOCUMENT_DATE
    +
    # "higher than in the same period of 2025": the base's part of the year, not the figure's.
    r"|\b(?:compared\s+(?:with|to)|than)\s+(?:in\s+|during\s+)?the\s+same\s+period\s+(?:of|in)\s+\d{4}\b"
    # "a share similar to that of 2025", "in line with 2025's", "the same as in 2025": a
    # level the figure is likened to, whose year is not the figure's.
    r"|\b(?:(?:similar|close|comparable|equal|identical)\s+to|in\s+line\s+with|the\s+same\s+as)"
    r"\s+(?:that\s+(?:of|in)\s+|those\s+(?:of|in)\s+|in\s+)?(?:19|20)\d\d\b(?!\s*[-–—]\s*\d)"
    # "up 18% from the same period last year": the base's period, not the figure's.
    r"|\b(?:from|over|than|compared\s+(?:with|to)|against)\s+(?:in\s+|during\s+)?the\s+same\s+"
    r"(?:period|quarter|half|month|months)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b"
    r"|\b(?:compared\s+(?:with|to)|than(?:\s+(?:in|at))?|up\s+from|down\s+from|from|over)\s+"
    r"(?:the\s+end\s+of\s+)?(?:(?:" + MONTHS + r")\s+)?\d{4}\b(?!\s*[-–—]\s*\d{4})"
    r"|(?:去年|上年)\s*(?:以来|以來)|(?:较|較|比|相比|同比)\s*(?:去年|上年)"
    # 比去年一季度, 较上年上半年: the base's part of last year, not the figure's.
    r"(?:同期|\s*第?\s*[一二三四1-4]\s*(?:个|個)?\s*季度?|\s*[上下]半年)?"
    # "up 27% from the end of last year", "than last year": the base, not the figure's date.
    r"|\b(?:compared\s+(?:with|to)|than|from|over|against)\s+(?:(?:the\s+)?(?:end|start|beginning)"
    r"\s+of\s+)?last\s+year\b"
    # 是上年同期的1.5倍, 增速比1-7月加快: the base of a multiple or of a change in growth.
    r"|(?:是|为|為)\s*(?:去年|上年)(?:同期)?的"
    r"|(?:较|較|比)\s*(?:1|一)\s*月?\s*(?:至|到|-|—|–|~)\s*\d{1,2}\s*月(?:份)?"
    # 比6月末下降, 較6月底, 比8月份增加: a month of the year as the base of a change.
    r"|(?:较|較|比)\s*(?:1[0-2]|[1-9])\s*月(?:份|末|底)?(?=\s*(?:的|有所|略有|明显|明顯)?\s*"
    r"(?:增|减|減|下降|上升|回落|提高|加快|放缓|放緩|微升|下跌|上涨|上漲))"
    # 比上半年加快, 较一季度回落, 比年初增长: a part of the year as the base of a change.
    # (高於上半年的季度平均水平, 低于一季度: a part of the year that a figure is compared with.)
    r"|(?:较|較|比|高于|高於|低于|低於)\s*(?:上半年|下半年|[前首]?\s*第?\s*[一二三四1-4]\s*(?:个|個)?\s*季度?"
    r"|年初)"
    # 是2020年末的1.6倍, 為2023年10月的2倍: the base of a multiple.
    r"|(?:是|为|為)\s*(?:\d{4}|1[0-4]\d)\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|度)?(?:同期)?的"
    # 1.6 times the 2020 level, twice the number in 2020, double its level of 2019.
    r"|\b(?:times|twice|double|triple)\s+(?:the|its|their)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:(?:of|in|at)\s+)?(?:the\s+end\s+of\s+)?\d{4}\b"
    r"|\b(?:since|than|from|over)\s+last\s+year\b"
    # 举行2026年第三季度重大项目集中签约活动: the year (and part of it) in the name of an
    # event held, not the date of what was done at it (that is the event's day, 9月25日).
    r"|(?:举行|舉行|举办|舉辦|召开|召開|承办|承辦|主办|主辦|出席|参加|參加)了?\s*"
    r"(?:\d{4}|(?<!\d)1[0-4]\d)\s*年度?\s*(?:第?\s*[一二三四1-4]\s*季度?|[上下]半年)?"
    rf"(?=[^，,。；;、\n]{{0,24}}?{_EVENT})"
    # 认定…28家单位为2026年度市级众创空间, 入选2025年度省级专精特新企业名单, 公布2026年度…名单:
    # the year in the name of a title, a list or a scheme a body is given, not the date of a
    # count (the list is as of the notice's day).
    r"|(?:为|為|入选|入選|列入|纳入|納入|公布|公佈|认定|認定|评为|評為|命名为|命名為|授予)\s*"
    r"(?:\d{4}|(?<!\d)1[0-4]\d)\s*年度(?=[^，,。；;、\n\d的]{2,24}(?:[，,。；;（(\n]|$))",
    re.I,
)


@lru_cache(maxsize=4096)
def blank_change_start(sentence: str) -> str:
    """``sentence`` with the date a change starts from (由2025年底…增至) and the date the
    plan it cites was issued ("under a plan released in 2025") blanked, and so the year a
    change is counted against (較114年度增加5.3%: the base's year, not the goal's)."""
    return re.sub(
        f"{_CHANGE_FROM}|{_DOCUMENT_DATE}|{_CHANGE_BASE}", lambda m: " " * len(m[0]), sentence
    )


@lru_cache(maxsize=4096)
def blank_open_starts(sentence: str) -> str:
    """``sentence`` with each start of a span with no end (自2027年起, 由2027-28年度起, "from
    2027 onwards") blanked, at the same length."""
    return re.sub(_OPEN_START, lambda m: " " * len(m[0]), sentence, flags=re.I)


@lru_cache(maxsize=4096)
def blank_plan_periods(sentence: str) -> str:
    """``sentence`` with each period a plan states as its own (推動期程為115年至124年,
    「…方案（115-119年）」) blanked, at the same length."""
    return re.sub(_PLAN_PERIOD, lambda m: " " * len(m[0]), sentence)


# The month or year a base level is told of ("rose to 93.4%, up from 89.9% at end-June",
# "improved to 48.5% at end-September from 53.2% at end-2025", "against 88% in June"): the
# base's date, never that of the figure the sentence tells (which takes its heading's or its
# own). Only the date is blanked; the base reads its date from its own words.
_BASE_LEVEL_DATE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|climbed|dropped)\s+from|from|versus|vs\.?"
    r"|against|compared\s+(?:with|to))\s+"
    r"(?:(?:about|some|around|nearly|roughly|approximately|only|just)\s+)?"
    r"(?:US\$|HK\$|NT\$|MOP\$|\$|€|(?:RMB|CNY|USD|HKD|TWD|EUR)\s*)?\d"
    r"(?:(?!\b(?:to|by|and)\b)[^,;.，；。]|(?<=\d)[.,](?=\d)){0,40}?\s"
    r"(?P<date>(?:at|in|as\s+(?:of|at))\s+(?:(?:the\s+end\s+of\s+|end-)?"
    r"(?:(?:" + MONTHS + r")\b\.?(?:\s+\d{4}\b)?|\d{4}\b(?![-–/]\d))"
    # "from 85 percent at the same point last year": the base's day a year back.
    r"|the\s+same\s+(?:point|time)\s+(?:last\s+year|a\s+year\s+(?:earlier|ago))))",
    re.I,
)


@lru_cache(maxsize=4096)
def blank_other_dates(sentence: str) -> str:
    """``sentence`` with every date that is no figure's date (a start, a base, a founding, a
    plan's period, an event's or a list's year) blanked, at the same length."""
    return _NOT_REF_DATE.sub(lambda m: " " * len(m[0]), sentence)


def blank_other_bases(sentence: str, rel: int) -> str:
    """``sentence`` with the date of each base level told after "from", "against" or
    "compared with" blanked, at the same length, unless the figure at offset ``rel`` is that
    base (whose date it is)."""
    blanked = sentence
    for found in _BASE_LEVEL_DATE.finditer(sentence):
        lo, hi = found.span("date")
        if not found.start() <= rel < lo:
            blanked = blanked[:lo] + " " * (hi - lo) + blanked[hi:]
    return blanked


# A comparative in brackets ("18.9% (Q2 FY26: 18.2%)", "2,360 staff (31 March 2025: 2,115)",
# （上年同期：12.5%）): a label that names its period, a colon, its own figure.
_COMPARATIVE = re.compile(
    r"[(（]\s*([^()（）:：\n]{2,30}?)\s*[:：]\s*[^()（）:：\n]{0,12}\d[^()（）\n]{0,24}[)）]"
)


def blank_comparatives_after(sentence: str, rel: int) -> str:
    """``sentence`` with the label of each comparative in brackets that does not hold offset
    ``rel`` blanked, at the same length: its period is the date of the figure inside the
    brackets, never of the figure at ``rel`` before them (whose date is then the sentence's),
    nor of a change told after them ("RMB 2,184.6 million (1H25: RMB 1,962.3 million), an
    increase of 11.3%": the increase is of the period the report covers)."""
    found = [m for m in _COMPARATIVE.finditer(sentence) if not m.start() <= rel < m.end()]
    if not found:
        return sentence
    parts = list(sentence)
    for m in found:
        parts[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
    return "".join(parts)


# A short aside in brackets that holds the figure ("… to more than 5,500 in 2027 (4,694 in
# 2025)", "(against 4,694 at end-2025)", （2025年为4694家）): its own words date the figure,
# not the goal's year outside them.
_BRACKET_OPEN = re.compile(r"[(（][^()（）\n]{0,30}$")
_BRACKET_REST = re.compile(r"[^()（）\n]{0,40}[)）]")
_YEAR_LABEL = re.compile(r"[(（]\s*((?:19|20)\d\d)\s*年?\s*[:：]")


def bracket_date(sentence: str, rel: int, calendar: str) -> Date | None:
    """The date the brackets holding the figure at ``rel`` state, if it is in brackets and
    they state one (the goal the sentence sets outside them is not its date)."""
    opened = _BRACKET_OPEN.search(sentence, max(0, rel - 30), rel)
    rest = _BRACKET_REST.match(sentence, rel)
    if opened is None or rest is None:
        return None
    aside = sentence[opened.start() : rest.end()]
    found = find_date("ref_date", aside, calendar=calendar)
    if found is None and (labelled := _YEAR_LABEL.match(aside)) is not None:
        # "(2025: 4,694)": a year's label, as a column's.
        return Date(f"{labelled[1]}-12-31", f"the year its brackets label: {aside!r}")
    if found is None:
        return None
    return Date(str(found), f"the date its brackets state: {aside!r}")
