"""The periods a page says it covers: a report's year, a plan's period, a note's period.

The year a report's title covers (2025年统计公报, "Annual Report 2025"), the span a plan covers
("2025-2027 action plan") and a note on the period a bulletin's figures cover (均为1-8月累计数):
each dates the figures that give no date of their own. The day the page was issued (its date
line) is read by :mod:`zonetrack.issuedates`.
"""

from __future__ import annotations

import re

from .datebasis import CN_DAY, Date
from .periods import MONTHS, find_date
from .relativeforms import find_relative_date

__all__ = [
    "PLAN_END",
    "find_note_period",
    "find_plan_end",
    "find_plan_ends",
    "find_plan_year",
    "find_report_period",
    "find_report_year",
    "find_title_period",
    "is_cut_off_note",
]


# A report whose title names the year it covers (滨湖高新区2025年国民经济和社会发展统计公报,
# 民國114年科學園區年報, "Annual Report 2025"): its figures are that year's, even when it is
# published (and dated) in the next. A government work report names the year it is given
# in, and reviews the year before: its year only dates the goals of 全年, not its facts.
_REPORT_KIND = (
    r"(?:annual|sustainability|ESG|CSR|impact|corporate\s+social\s+responsibility"
    r"|environmental,?\s+social\s+and\s+governance)"
)

# A company's name above its report's title (… Co., Ltd. / Sustainability Report 2025).
_COMPANY_NAME = re.compile(
    r"(?:\b(?:Co\.,?\s*Ltd|Ltd|Limited|Inc|Corp(?:oration)?|Group|Holdings|plc|LLC)\.?"
    r"|有限公司|集团|集團|股份公司)\s*$",
    re.I,
)

# A public body's name above a report's title (彰濱創新科學園區管理局 / 中華民國114年年報,
# "Science Park Authority / Annual Report 2025").
_BODY_NAME = re.compile(
    r"(?:管理局|管理委员会|管理委員會|委员会|委員會|办公室|辦公室|[局署处處])\s*$"
    r"|\b(?:Authority|Council|Commission|Bureau|Department|Office|Agency|Corporation)\s*$"
    # "Ministry of Economic Affairs", "Office of the Commissioner": the body named first.
    r"|^(?:the\s+)?(?:Ministry|Department|Bureau|Office|Commission|Council|Agency)\s+(?:of|for)\s",
)

# A name written in capitals on a line of its own (WESTERN LAKES SCIENCE CITY).
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z&.,'’ -]{2,60}")

_REPORT_TITLE = re.compile(
    r"(?:(?<![\d/])(?P<year>\d{4})|(?:民國|民国)\s*(?P<roc>1[0-4]\d))\s*(?:年度?[^\n]{0,40}?)?"
    r"(?:(?P<covers>统计公报|統計公報|年[报報](?!名)|年度[报報]告|工作(?:总结|總結)"
    r"|可持续发展[报報]告|可持續發展報告|社会责任[报報]告|社會責任報告|ESG\s*[报報]告"
    # 关于2025年度…绩效评价结果的公示: the results of a year's evaluation, of that year.
    r"|(?:评价|評價|考核|评估|評估)(?:结果|結果)(?:的)?(?:公示|公告|通报|通報)?"
    # 2025年度绩效自评报告, 績效評價報告: how a year's budget or project performed, of that year.
    r"|(?:绩效|績效)(?:自评|自評|评价|評價)[报報]告|自(?:评|評)[报報]告"
    # 關於合作區2026年上半年經濟社會發展情況的報告: a report on how a period went, of it.
    r"|(?:情况|情況)的?(?:报告|報告))|工作[报報]告)"
    # ... ending the title (a bracket or a subtitle may follow): a notice about annual
    # reports (关于做好2023年度企业年报公示工作的通知) is not one.
    r"(?=\s*(?:$|[（(—:：-]"
    # 2026年工作总结和2027年工作打算: a review of one year with the plan for the next.
    r"|(?:和|及|与|與|暨)[^\n]{0,20}?(?:打算|计划|計劃|安排|思路|要点|要點)\s*$))"
    # The title itself, not a headline about one: "Annual Report 2025", "2025 Annual
    # Report", "Statistical Communiqué ... on the 2025 National Economic ...".
    # "Sustainability Report 2025", "ESG Report 2025": a company's report of its year too.
    # "Annual Progress Report 2026": a year's report of progress (or performance) too.
    # "Annual Review 2026", "Year in Review 2026": a year's review, as its report is.
    rf"|\b(?:{_REPORT_KIND}|year\s+in)\s+(?:progress\s+|performance\s+)?(?:report|review)"
    r"(?:\s+(?:for|of))?\s*[(（]?\s*"
    r"(?P<en>\d{4})\b(?![/-]\d)"
    r"|\bstatistical\s+communiqu[eé][^\n]{0,60}?\b(?:on|for|in)\s+(?:the\s+)?"
    r"(?P<en_on>\d{4})\b(?![/-]\d)"
    rf"|(?<![/-])\b(?P<en_before>\d{{4}})\s+(?:{_REPORT_KIND}\s+report|statistical\s+communiqu[eé])"
    # "2025 in review": a review of the year it names.
    r"|(?<![/-])\b(?P<review>\d{4})\s+in\s+review\b"
    # "Annual Report, Academic Year 2025-26": a report of the academic year it names.
    rf"|\b{_REPORT_KIND}\s+report,?\s+(?:for\s+(?:the\s+)?)?academic\s+year\s+"
    r"(?P<academic>\d{4}\s*[-/–]\s*\d{2,4})\b"
    # "Annual Results Announcement for the Year Ended 31 December 2025": the year to that day.
    # "Annual Review for the year to 31 March 2026" reviews that year as well.
    r"|\b(?:results|review)\b[^\n]{0,40}?\bfor\s+the\s+(?:financial\s+)?year\s+(?:ended|ending|to)\s+"
    rf"(?:\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\s+\d{{1,2}},?)\s+(?P<ended>\d{{4}})\b",
    re.I,
)

# A note that says what period a bulletin's figures cover (说明：本期数据除注明外，均为1-8月
# 累计数; "Figures are for January-August unless stated"): it dates every figure told
# without a date of its own, whatever heading it stands under.
_NOTE_PERIOD = re.compile(
    r"^[ \t]*(?:说明|說明|注|註|附注|附註|notes?)\s*[:：][^\n]{0,40}?(?:均为|均為|均系|均係|为|為)"
    r"\s*([^\n，,。；;]{1,16}?)\s*(?:累计|累計)",
    re.I | re.M,
)

# The span of years a plan covers, said near the top ("2025-2027 action plan", "the plan covers
# the years 2025 to 2027", 2025—2027年行动计划): "by the end of the plan period" is its last.
# (A span may be written with a full-width hyphen too: 規劃（2024－2028年）.)
_PLAN_SPAN = re.compile(
    r"(?<!\d)(\d{4})\s*(?:[-–—－~至到]|\bto\b)\s*(\d{4})\s*年?\s*(?:年度)?\s*"
    r"(?:action\s+plan|plan|行动计划|行動計劃|行动方案|行動方案|规划|規劃|计划|計劃)"
    r"|\b(?:plan|strategy)\s+covers\s+(?:the\s+(?:\w+\s+)?years\s+)?(?:from\s+)?(\d{4})\s*"
    r"(?:[-–—－]|\bto\b)\s*(\d{4})\b"
    # 《會展業發展規劃（2026-2030年）》: the span in brackets after the plan's name.
    r"|(?:规划|規劃|计划|計劃|计画|計畫|方案|纲要|綱要)\s*[（(]\s*(\d{4})\s*[-–—－~至到]\s*(\d{4})\s*年?\s*[）)]"
    # 规划期为2026—2030年, 計畫期程自2026年至2030年: the plan's period, said after its name.
    r"|(?:规划|規劃|计划|計劃|计画|計畫|方案)(?:期程|期限|期间|期間|期)\s*(?:自|为|為|是|[:：])?\s*"
    r"(\d{4})\s*年?\s*(?:[-–—－~至到])\s*(\d{4})\s*年"
    # 策略計劃2026-2031, "Strategic Plan 2026-2031": the span right after the plan's name.
    r"|(?:规划|規劃|计划|計劃|计画|計畫|\bplan|\bstrategy)\s*(\d{4})\s*[-–—－~至到]\s*(\d{4})(?!\d)",
    re.I,
)

# A Taiwan plan's period in Republic of China years: 「…個案計畫（115年至119年）」, 計畫期程自
# 115年至119年 (read only in a source that counts its years so).
_ROC_PLAN_SPAN = re.compile(
    r"(?:计划|計劃|计画|計畫|规划|規劃|方案)\s*(?:期程|期限|期间|期間|期)?\s*(?:自|为|為|是|[:：])?\s*"
    r"[（(]?\s*(?:民國|民国)?\s*(1[0-4]\d)\s*年?\s*(?:度)?\s*[-–—~至到]\s*(?:民國|民国)?\s*(1[0-4]\d)\s*年"
)

# The plan period's end, or a span within it (計劃期內投放約30億元, "over the plan period"):
# what is to be reached or spent in it is due by its last year.
PLAN_END = re.compile(
    r"\bend\s+of\s+the\s+plan(?:ning)?\s+period\b"
    r"|\b(?:over|during|within|in)\s+the\s+plan(?:ning)?\s+period\b"
    r"|(?:规划|規劃|计划|計劃|计画|計畫)期(?:末|内|內)",
    re.I,
)


# A line of the title block that names only a part of a year, the period a bulletin covers
# (季报 / 2026年第一季度（总第37期）, 2025年1-8月, "Q1 2026"): it dates every figure told
# without a date of its own, as a note on the period does. A year alone names no such period.
_TITLE_PERIOD = re.compile(
    r"[ \t]*(?:(?:\d{4}|(?:民國|民国)?\s*1[0-4]\d)\s*年\s*"
    r"(?:上半年|下半年|前三季度?|第?\s*[一二三四1-4]\s*季度?"
    r"|(?:1|一)\s*[-—–~至到]\s*\d{1,2}\s*月|\d{1,2}\s*月)"
    r"|(?:the\s+)?(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?\d{4}|Q[1-4]\s*\d{4}"
    r"|(?:the\s+)?first\s+half\s+(?:of\s+)?\d{4}|H1\s*\d{4})"
    r"\s*(?:[（(][^）)\n]{0,30}[）)])?[ \t]*",
    re.I,
)


# The rest of a title that names a bulletin of statistics for the period it opens with (a
# review of how an economy ran, 经济运行情况, is one too).
_BULLETIN = re.compile(
    r"[^\n。；;，,]{0,24}?(?:統計|统计|季報|季报|月報|月报|快報|快报|运行情况|運行情況"
    r"|statistics|bulletin)[ \t]*",
    re.I,
)

_CHAPTER_MARK = re.compile(r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[.、．]\s)")


def find_title_period(text: str, calendar: str) -> Date | None:
    """The period a line of the title block (the lines before the first blank line, near the
    top) names alone, if any: a bulletin's period, such as 2026年第一季度."""
    head = text.lstrip()
    block_end = head.find("\n\n", 0, 400)
    if block_end < 0:
        return None  # no title block: a period line further down governs only its section
    lines = head[:block_end].split("\n")
    if _CHAPTER_MARK.match(lines[0]):
        return None  # 一、主要指标: a chapter's heading, not a title
    # A bulletin's title that opens with its period (2026年第三季會議及展覽統計) names it too,
    # also under a line or two naming its issuer and the kind of page (澳門金融管理局 / 新聞稿 /
    # 2026年9月份貨幣及金融統計, the title set off by a blank line).
    for title in [line for line in head[:400].split("\n") if line.strip()][:4]:
        opened = _TITLE_PERIOD.match(title)
        if opened and _BULLETIN.fullmatch(title, opened.end()):
            date = find_date("ref_date", title[: opened.end()], calendar=calendar)
            if date and not str(date).endswith("-12-31"):
                return Date(
                    str(date), f"the period to {date} that the title {title.strip()!r} names"
                )
    for line in lines[1:3]:  # the title itself is read by find_report_year
        if _TITLE_PERIOD.fullmatch(line):
            date = find_date("ref_date", line, calendar=calendar)
            if date and not str(date).endswith("-12-31"):
                return Date(str(date), f"the period to {date} that the line {line.strip()!r} names")
    return None


def _plan_last_year(found: re.Match[str]) -> str | None:
    first, last = next((found[i], found[i + 1]) for i in (1, 3, 5, 7, 9) if found[i])
    return last if 0 < int(last) - int(first) <= 15 else None


# A numbered Five-Year Plan in a title (国民经济和社会发展第十五个五年规划纲要, “十五五”规划,
# "the 15th Five-Year Plan"): the n-th ends in 1955 + 5n.
_FIVE_YEAR_PLAN = re.compile(
    r"第十([一二三四五六七八九])个五年(?:规划|計劃|规划纲要|規劃)"
    r"|十([一二三四五六七八九])五\s*[”\"」』]?\s*(?:规划|規劃)"
    r"|\b(\d{2})th\s+Five-Year\s+Plan\b",
    re.I,
)


def _five_year_plan_end(title: str) -> str | None:
    found = _FIVE_YEAR_PLAN.search(title)
    if found is None:
        return None
    digit = found[1] or found[2]
    number = 11 + "一二三四五六七八九".index(digit) if digit else int(found[3])
    return str(1955 + 5 * number)


def find_plan_end(text: str, calendar: str = "CNY") -> str | None:
    """The last year of the plan period said near the top of ``text``, if any (with ``TWD``,
    also one in Republic of China years: 計畫期程自115年至119年 ends in 2030), else of the
    numbered Five-Year Plan the title block names (…第十五个五年规划纲要: 2030)."""
    found = _PLAN_SPAN.search(text, 0, min(len(text), 800))
    if found is None:
        head = text.lstrip()
        block = head[: head.find("\n\n")] if "\n\n" in head[:300] else head[:120]
        if (planned := _five_year_plan_end(block)) is not None:
            return planned
    if found is None and calendar == "TWD":
        roc = _ROC_PLAN_SPAN.search(text, 0, min(len(text), 800))
        if roc is not None and 0 < int(roc[2]) - int(roc[1]) <= 15:
            return str(int(roc[2]) + 1911)
    return None if found is None else _plan_last_year(found)


def find_plan_ends(text: str) -> list[tuple[int, str]]:
    """(offset, last year) of every plan period ``text`` states, in order: "the end of the
    plan period" is that of the plan named last before it (read in one pass)."""
    return [(m.start(), year) for m in _PLAN_SPAN.finditer(text) if (year := _plan_last_year(m))]


# The title of a year's plan of work (嘉南縣政府115年度施政計畫, 2027年工作计划, 2027年工作要点,
# "2027 Work Plan"): the year it sets goals for.
_YEAR_PLAN_TITLE = re.compile(
    r"(?<![\d/／-])(?P<year>\d{4}|1[0-4]\d)\s*年度?[^\n\d]{0,12}?"
    r"(?:施政計畫|施政计划|施政計劃|工作计划|工作計劃|工作計畫|工作要点|工作要點|施政方针|施政方針)"
    r"|\b(?P<en>(?:19|20)\d\d)\s+(?:annual\s+)?work\s+plan\b",
    re.I,
)


def find_plan_year(text: str, calendar: str = "CNY") -> str | None:
    """The year a year's plan of work sets goals for, named in its title (the first line
    that is not blank): 115年度施政計畫 in a Taiwan source (``TWD``) is 2026. None for any
    other text."""
    title = text.lstrip().split("\n", 1)[0]
    found = _YEAR_PLAN_TITLE.search(title)
    if found is None:
        return None
    year = found["year"] or found["en"]
    if len(year) < 4:
        return str(int(year) + 1911) if calendar == "TWD" else None
    return year


# A report's cut-off day (資料截止日：115年9月30日, 查核基準日：115年6月30日, 说明：…均为截至
# 2026年9月30日的数字): the
# day its facts without a date of their own are counted as at.
_CUT_OFF = re.compile(
    r"(?:資料|资料|數據|数据|統計|统计)(?:截止|截至)(?:日期|日)\s*[:：]\s*([^\n\s，,。；;]{4,16})"
    # An inspection's or a valuation's reference day (查核基準日：115年6月30日, 评估基准日：…).
    r"|^[ \t]*(?:查核|稽核|審計|审计|評估|评估|估值|盤點|盘点|資料|资料|統計|统计)(?:基準日|基准日)"
    r"\s*[:：]\s*([^\n\s，,。；;]{4,16})"
    r"|^[ \t]*(?:说明|說明|注|註|附注|附註)\s*[:：][^\n]{0,80}?(?:均为|均為|均系|均係)\s*截至\s*"
    r"([^\n，,。；;的]{4,16})\s*的\s*(?:数字|數字|数据|數據)"
    # The same said in a sentence of the opening (本次评估的数据截至2026年6月30日, （本报告
    # 数据截至2026年6月30日）, 本文資料統計至115年9月底): the report's own data only; not
    # when the sentence names another year after it (…，部分指标更新至2026年2月: which
    # figures run to which day, the page does not say).
    r"|(?:本次评估|本次評估|本次监测|本次監測|本次调查|本次調查|本报告|本報告|本文|本表|报告|報告)"
    r"(?:的|之|所用|所引)?(?:数据|數據|资料|資料)(?:均|统计|統計)?\s*"
    r"(?:截至|截止(?:到|至)?|统计至|統計至)\s*((?:\d{4}|1[0-4]\d)\s*年[^\n\s，,。；;）)]{2,10})"
    r"(?![^\n。]*?(?:\d{4}|(?<!\d)1[0-4]\d)\s*年)",
    re.M,
)


def find_note_period(
    text: str, page_year: str | None, page_date: str | None, calendar: str = "CNY"
) -> Date | None:
    """The period a note near the top gives the document's facts (说明：…均为…累计, a cut-off
    day 資料截止日：…), else None."""
    head = min(len(text), 2000)
    found = _NOTE_PERIOD.search(text, 0, head) or _CUT_OFF.search(text, 0, head)
    if found is None or page_year is None:
        return None
    said = next(g for g in found.groups() if g)
    date = find_date("ref_date", said, calendar=calendar) or find_relative_date(
        said, page_year, page_year, page_date
    )
    if not date:
        return None
    return Date(str(date), f"the period to {date} that the note {found[0].strip()!r} names")


def is_cut_off_note(text: str) -> bool:
    """Whether the note :func:`find_note_period` reads is a cut-off day (資料截止日：…, 本报告数据
    截至…), the day a report counts as at, not a period's total (说明：…均为1-8月累计数)."""
    head = min(len(text), 2000)
    return _NOTE_PERIOD.search(text, 0, head) is None and bool(_CUT_OFF.search(text, 0, head))


def _is_name_line(line: str) -> bool:
    """Whether a line above a report's title names its issuer: a company's or a public
    body's name, or a name in capitals (WESTERN LAKES SCIENCE CITY)."""
    line = line.strip()
    return bool(
        _COMPANY_NAME.search(line) or _BODY_NAME.search(line) or _CAPITALS_NAME.fullmatch(line)
    )


def find_report_year(text: str, calendar: str) -> tuple[str | None, bool, str]:
    """(the year a report's title names, whether the report covers that year, the end of the
    period it covers: that year's end, or of the part of it the title names, 2025年上半年).

    Only the title is read: the first line that is not blank, near the top.
    """
    head = text[: min(len(text), 400)].lstrip()
    lines = [line for line in head.split("\n")[:4] if line.strip()]
    title = lines[0] if lines else ""
    found = _REPORT_TITLE.search(title)
    # A company's name may stand above its title (Holdings Ltd. / Annual Results ...), and a
    # park's name over its parent body's (LANYANG SCIENCE PARK ADMINISTRATION / National
    # Science and Technology Council / ANNUAL REVIEW 2026): the title is read below up to
    # two such name lines.
    for at in (1, 2):
        if found is not None or len(lines) <= at:
            break
        ended = _REPORT_TITLE.search(lines[at])
        if ended is not None and (
            # A title that states the day its period ended, or an academic year, is read
            # under any line (the name of a university or its office, a holding company's).
            (at == 1 and (ended["ended"] is not None or ended["academic"] is not None))
            or all(_is_name_line(line) for line in lines[:at])
        ):
            title, found = lines[at], ended
    if found is None and calendar == "TWD":
        # A Taiwan source may leave out 民國 (114年科學園區年報), under its body's name too.
        below = len(lines) > 1 and _BODY_NAME.search(lines[0].strip())
        for line in (title, lines[1]) if below else (title,):
            found = _REPORT_TITLE.search(re.sub(r"(?<!\d)(1[0-4]\d)(?=\s*年)", r"民國\1", line))
            if found is not None:
                title = line
                break
    if found is None:
        return None, False, ""
    if found["roc"] is not None:
        year = str(1911 + int(found["roc"]))
    else:
        year = (
            found["year"]
            or found["en"]
            or found["en_on"]
            or found["en_before"]
            or found["review"]
            or found["ended"]
        )
    if found["academic"] is not None:
        # The academic year's end (31 August) is the period the report covers.
        part = find_date("ref_date", f"academic year {found['academic']}", calendar=calendar)
        return (str(part)[:4], True, str(part)) if part else (None, False, "")
    covers = (found["year"] is None and found["roc"] is None) or found["covers"] is not None
    part = find_date("ref_date", title, calendar=calendar)
    covered = str(part) if part and str(part)[:4] == year else f"{year}-12-31"
    # A label line that states the period's end (2026年半年度报告 over 报告期间：2026年1月1日至
    # 6月30日) says which part of the title's year: one end for every sentence of the page.
    labelled = _labelled_period(text, calendar) if covers else None
    if labelled is not None and labelled[:4] == year:
        covered = labelled
    return year, covers, covered


# A report that says in its opening which period it covers, under a title that does not
# name it (Management Discussion and Analysis, 主席報告): "For the year ended 31 December
# 2025 (the "Year")", 本人欣然提呈…截至2026年3月31日止年度的年報. The period is the one a term
# defines for the report ("the Year", 「本年度」) or the one its annual report covers.
_REPORT_OPENING = re.compile(
    # (Or a part of a year: "for the six months ended 30 June 2026 (the "Period")".)
    r"\b(?:for|during)\s+the\s+(?:(?:(?:financial|fiscal)\s+)?year|(?:three|six|nine)\s+months"
    r"|half[- ]year|period)\s+ended\s+"
    rf"(?P<en>\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?=\s*[(（]\s*(?:the\s+)?[\"“]\s*(?:Year|Reporting\s+Period|Period)\s*[\"”]\s*[)）])"
    r"|\bannual\s+report\s+(?:of\s+\S+(?:\s+\S+){0,6}?\s+)?for\s+the\s+"
    r"(?:(?:financial|fiscal)\s+)?year\s+ended\s+"
    rf"(?P<en_report>\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},?\s+\d{{4}})"
    # (截至二零二六年三月三十一日止年度: the month and day may be in Chinese numerals.)
    rf"|截至\s*(?P<zh>\d{{4}}\s*年\s*(?:{CN_DAY})\s*月\s*(?:{CN_DAY})\s*日)\s*止\s*(?:的\s*)?"
    r"(?:(?:財政|财政)\s*)?年度\s*(?:的\s*)?(?=年報|年报|[（(]\s*[「“]本年度[」”])",
    re.I,
)


# A label line that states the span a report or a yearbook records (報告期間：114年1月1日至
# 114年12月31日（以下簡稱「報告期」）, 本卷记述时限：2025年1月1日至12月31日, 统计时限：…): the
# span's end (the end may leave out its year, which is the start's).
_PERIOD_LABEL = re.compile(
    r"^[ \t\u3000]*(?:本卷|本报告|本報告|本年鉴|本年鑑)?(?:报告期间?|報告期間?|记述时限|記述時限|"
    r"统计时限|統計時限|收录时限|收錄時限|记述时间|記述時間)\s*[:：]\s*"
    r"(?P<a>(?:\d{4}|1[0-4]\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:至|到|—|－|~|-)\s*"
    r"(?P<b>(?:(?:\d{4}|1[0-4]\d)\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)",
    re.M,
)


def _labelled_period(text: str, calendar: str) -> str | None:
    """The end of the span a label line near the top states (:data:`_PERIOD_LABEL`), else
    None."""
    found = _PERIOD_LABEL.search(text, 0, min(len(text), 600))
    if found is None:
        return None
    end = found["b"]
    if "年" not in end:
        end = found["a"][: found["a"].index("年") + 1] + end
    date = find_date("ref_date", end, calendar=calendar)
    return str(date) if date else None


def find_report_period(text: str, calendar: str) -> tuple[str | None, bool, str]:
    """(the year, True, the last day) of the period a report's opening says it covers
    ("For the year ended 31 December 2025 (the "Year")", 截至2026年3月31日止年度的年報, a
    label line 報告期間：114年1月1日至114年12月31日), as
    :func:`find_report_year` gives a title's; (None, False, "") when it says none.

    Only the opening is read: the first paragraphs, near the top.
    """
    found = _REPORT_OPENING.search(text, 0, min(len(text), 600))
    if found is None:
        labelled = _labelled_period(text, calendar)
        return (labelled[:4], True, labelled) if labelled else (None, False, "")
    written = found["en"] or found["en_report"] or found["zh"]
    date = find_date("ref_date", written, calendar=calendar)
    if not date:
        return None, False, ""
    return str(date)[:4], True, str(date)
