"""The dates a page gives of itself: its own date, a report's year, a plan's period.

A page's date line (发布时间:2024年10月25日, "Issued 10 April 2025"), the year a report's
title covers (2025年统计公报, "Annual Report 2025"), the span a plan covers ("2025-2027 action
plan") and a note on the period a bulletin's figures cover (均为1-8月累计数): each dates the
figures that give no date of their own.
"""

from __future__ import annotations

import re

from .datebasis import CN_DAY, Date, day_date, read_spelled_years
from .periods import MONTH_NUMBER, MONTHS, find_date
from .relativeforms import find_relative_date

__all__ = [
    "PLAN_END",
    "find_note_period",
    "find_page_date",
    "find_page_day",
    "find_plan_end",
    "find_plan_ends",
    "find_plan_year",
    "find_report_period",
    "find_report_year",
    "find_title_period",
]

# The page's own date line (a full date near the top) dates "全年", "this year" and the like.
_PAGE_DATE = re.compile(
    rf"(\d{{4}})\s*年\s*(?:{CN_DAY})\s*月\s*(?:{CN_DAY})\s*日|(\d{{4}})-\d{{1,2}}-\d{{1,2}}"
    # 更新日期：2026/09/22 (as many Taiwan and Hong Kong sites write it).
    r"|(?<![\d/])(?P<slashed_year>\d{4})/(?P<slashed_month>\d{1,2})/(?P<slashed_day>\d{1,2})(?![\d/])"
    rf"|\b(?:{MONTHS})\.?\s+\d{{1,2}},?\s+(\d{{4}})\b"
    rf"|\b\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+(\d{{4}})\b"
    # 12.11.2026 (a European or Hong Kong footer): day, month, year, as those pages write it.
    r"|(?<![\d.])(?P<dotted_day>\d{1,2})\.(?P<dotted_month>\d{1,2})\.(\d{4})(?![\d.])",
    re.I,
)


def _page_date_of(found: re.Match[str]) -> str | None:
    """The day a match of ``_PAGE_DATE`` names (None for a day that does not exist)."""
    if found["slashed_year"] is not None:
        try:
            return day_date(found["slashed_year"], found["slashed_month"], found["slashed_day"])
        except ValueError:
            return None
    if found["dotted_day"] is not None:
        try:
            return day_date(found[found.lastindex or 0], found["dotted_month"], found["dotted_day"])
        except ValueError:
            return None
    return find_date("ref_date", found[0]) or None


# A Taiwan source's date line in Republic of China years (發布日期：114年3月6日).
_ROC_PAGE_DATE = re.compile(
    r"(?<![\d.,])(1[0-4]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    # 發言日期：115/09/24 (as the Market Observation Post System writes it): after a date word.
    r"|(?<=[期間间][:：])\s*(1[0-4]\d)/(\d{1,2})/(\d{1,2})(?![\d/])"
    # 發布日期：115-11-18: the same after a date word, with hyphens.
    r"|(?<=[期間间][:：])\s*(1[0-4]\d)-(\d{1,2})-(\d{1,2})(?![\d-])"
)

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
    r"|\b(?:Authority|Council|Commission|Bureau|Department|Office|Agency|Corporation)\s*$",
)

# A name written in capitals on a line of its own (WESTERN LAKES SCIENCE CITY).
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z&.,'’ -]{2,60}")

_REPORT_TITLE = re.compile(
    r"(?:(?<![\d/])(?P<year>\d{4})|(?:民國|民国)\s*(?P<roc>1[0-4]\d))\s*(?:年度?[^\n]{0,40}?)?"
    r"(?:(?P<covers>统计公报|統計公報|年[报報](?!名)|年度[报報]告|工作(?:总结|總結)"
    r"|可持续发展[报報]告|可持續發展報告|社会责任[报報]告|社會責任報告|ESG\s*[报報]告"
    # 关于2025年度…绩效评价结果的公示: the results of a year's evaluation, of that year.
    r"|(?:评价|評價|考核|评估|評估)(?:结果|結果)(?:的)?(?:公示|公告|通报|通報)?)|工作[报報]告)"
    # ... ending the title (a bracket or a subtitle may follow): a notice about annual
    # reports (关于做好2023年度企业年报公示工作的通知) is not one.
    r"(?=\s*(?:$|[（(—:：-]"
    # 2026年工作总结和2027年工作打算: a review of one year with the plan for the next.
    r"|(?:和|及|与|與|暨)[^\n]{0,20}?(?:打算|计划|計劃|安排|思路|要点|要點)\s*$))"
    # The title itself, not a headline about one: "Annual Report 2025", "2025 Annual
    # Report", "Statistical Communiqué ... on the 2025 National Economic ...".
    # "Sustainability Report 2025", "ESG Report 2025": a company's report of its year too.
    # "Annual Progress Report 2026": a year's report of progress (or performance) too.
    rf"|\b{_REPORT_KIND}\s+(?:progress\s+|performance\s+)?report(?:\s+(?:for|of))?\s*[(（]?\s*"
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

# An issue line without a day (2026年春季號, 2025年第8期, "Spring 2026 issue"): the page's year.
_ISSUE_YEAR = re.compile(
    r"(?<![\d.,])(\d{4})\s*年\s*(?:(?:[春夏秋冬]季|\d{1,2}\s*月)\s*(?:號|号|刊)|第\s*\d+\s*期)"
    r"|\b(?:Spring|Summer|Autumn|Fall|Winter)\s+(\d{4})\s+(?:issue|edition)\b"
    r"|\b(\d{4})\s+edition\b"
    # "Semiconductor Asia Monthly, issue 7/2026": a magazine's issue of a month of that year.
    r"|\bissue\s+(?:no\.\s*)?\d{1,2}\s*/\s*(\d{4})\b",
    re.I,
)

# A date line that gives only a month with a word of publishing: （2025年10月出版）,
# 发布时间：2025年10月, "Published October 2025".
_MONTH_LINE = re.compile(
    # The word of publishing may open the line (发布时间：2025年10月) or close it (出版）).
    r"^(?=[^\n]*(?:出版|發布|发布|發佈|发表|發表|更新))"
    r"[ \t（(【\[]*(?:(?:出版|發布|发布|發佈|发表|發表|更新)(?:日期|时间|時間)?\s*[:：]?\s*)?"
    r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:出版|發布|发布|發佈|发表|發表|更新)?[ \t）)】\]]*$"
    rf"|^[ \t]*(?:Published|Issued|Released|Updated):?\s+({MONTHS})\.?,?\s+(\d{{4}})[ \t]*$",
    re.M | re.I,
)

# A running head whose fields are set off by bars, one of them a month alone ("Meridian
# Urban Advisory | Research Note | November 2026", "Policy Note No. 47 | November 2026"): the
# page's month, as a month line.
_BARRED_MONTH = re.compile(
    rf"^[^\n|]{{0,60}}\|(?:[^\n]{{0,60}}?\|)?[ \t]*(?:({MONTHS})\.?,?[ \t]+(\d{{4}})"
    r"|(\d{4})\s*年\s*(\d{1,2})\s*月)[ \t]*(?=\||$)",
    re.M | re.I,
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
    # A bulletin's title that opens with its period (2026年第三季會議及展覽統計) names it too.
    opened = _TITLE_PERIOD.match(lines[0])
    if opened and _BULLETIN.fullmatch(lines[0], opened.end()):
        date = find_date("ref_date", lines[0][: opened.end()], calendar=calendar)
        if date and not str(date).endswith("-12-31"):
            return Date(
                str(date), f"the period to {date} that the title {lines[0].strip()!r} names"
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


# A report's cut-off day (資料截止日：115年9月30日, 说明：…均为截至2026年9月30日的数字): the
# day its facts without a date of their own are counted as at.
_CUT_OFF = re.compile(
    r"(?:資料|资料|數據|数据|統計|统计)(?:截止|截至)(?:日期|日)\s*[:：]\s*([^\n\s，,。；;]{4,16})"
    r"|^[ \t]*(?:说明|說明|注|註|附注|附註)\s*[:：][^\n]{0,80}?(?:均为|均為|均系|均係)\s*截至\s*"
    r"([^\n，,。；;的]{4,16})\s*的\s*(?:数字|數字|数据|數據)",
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


def find_report_year(text: str, calendar: str) -> tuple[str | None, bool, str]:
    """(the year a report's title names, whether the report covers that year, the end of the
    period it covers: that year's end, or of the part of it the title names, 2025年上半年).

    Only the title is read: the first line that is not blank, near the top.
    """
    head = text[: min(len(text), 400)].lstrip()
    lines = [line for line in head.split("\n")[:4] if line.strip()]
    title = lines[0] if lines else ""
    found = _REPORT_TITLE.search(title)
    if found is None and len(lines) > 1:
        # A company's name may stand above its title (Holdings Ltd. / Annual Results ...): a
        # title that states the day its period ended is read on the next line too.
        ended = _REPORT_TITLE.search(lines[1])
        if ended is not None and (
            ended["ended"] is not None
            or ended["academic"] is not None  # under the name of a university or its office
            or _COMPANY_NAME.search(lines[0].strip())
            or _BODY_NAME.search(lines[0].strip())
            # WESTERN LAKES SCIENCE CITY over its Annual Progress Report 2026: a name in
            # capitals above the title, a body's name too.
            or _CAPITALS_NAME.fullmatch(lines[0].strip())
        ):
            title, found = lines[1], ended
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
    return year, covers, covered


# A report that says in its opening which period it covers, under a title that does not
# name it (Management Discussion and Analysis, 主席報告): "For the year ended 31 December
# 2025 (the "Year")", 本人欣然提呈…截至2026年3月31日止年度的年報. The period is the one a term
# defines for the report ("the Year", 「本年度」) or the one its annual report covers.
_REPORT_OPENING = re.compile(
    r"\b(?:for|during)\s+the\s+(?:(?:financial|fiscal)\s+)?year\s+ended\s+"
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


def find_report_period(text: str, calendar: str) -> tuple[str | None, bool, str]:
    """(the year, True, the last day) of the period a report's opening says it covers
    ("For the year ended 31 December 2025 (the "Year")", 截至2026年3月31日止年度的年報), as
    :func:`find_report_year` gives a title's; (None, False, "") when it says none.

    Only the opening is read: the first paragraphs, near the top.
    """
    found = _REPORT_OPENING.search(text, 0, min(len(text), 600))
    if found is None:
        return None, False, ""
    written = found["en"] or found["en_report"] or found["zh"]
    date = find_date("ref_date", written, calendar=calendar)
    if not date:
        return None, False, ""
    return str(date)[:4], True, str(date)


# A date line in Chinese numerals near the top (二〇二七年二月二十六日 under a speech's title).
_SPELLED_DATE_LINE = re.compile(
    r"(?m:^[ \t\u3000]*([〇零○一二三四五六七八九]{4}|\d{4})\s*年"
    r"\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日[ \t\u3000]*$)"
)


def _spelled_date(text: str) -> str | None:
    """The day a date line in Chinese numerals among a page's first lines names, if any."""
    found = _SPELLED_DATE_LINE.search("\n".join(text.splitlines()[:8]))
    if found is None:
        return None
    year = read_spelled_years(found[1] + "年")[:4]
    try:
        return day_date(year, found[2], found[3])
    except ValueError:
        return None  # 二〇二七年二月三十日: no such day


def find_page_date(text: str, calendar: str) -> tuple[str | None, str | None]:
    """(the year of the first full date near the top, the page's own date).

    The page's own date is that date when it stands on a date line of its own
    ("发布时间:2024年10月25日", "Taipei, March 5, 2025", "Issued 10 April 2025"), not inside a
    sentence that may name an event to come. A Taiwan source (``TWD``) may date its page in
    Republic of China years (發布日期：114年3月6日). A date line that gives only a month
    (发布时间：2025年10月) dates the page on its first day (:func:`find_page_day`).
    """
    year, date, _ = _page_date(text, calendar)
    return year, date


def find_page_day(text: str, calendar: str) -> str | None:
    """The page's own date as its date line gives it: ``YYYY-MM-DD``, or ``YYYY-MM`` for a
    line that gives only a month (where :func:`find_page_date` reads its first day)."""
    _, date, month_only = _page_date(text, calendar)
    return date[:7] if date and month_only else date


def _page_date(text: str, calendar: str) -> tuple[str | None, str | None, bool]:
    """:func:`find_page_date`, and whether the page's date is a month line's."""
    year, date, month_only = _head_date(text, calendar)
    if date is None:
        spelled = _spelled_date(text)
        if spelled is not None:
            return spelled[:4], spelled, False
    if date is None:
        wire = _wire_date(text)
        if wire is not None:
            return wire[:4], wire, False
    if date is None:
        # A letter, a reply or a speech may be dated only at its foot (市发展和改革委员会 /
        # 2026年7月6日; "Released by the Mayor's Office, 9 September 2026").
        footer = _footer_date(text, calendar)
        if footer is not None:
            return footer[:4], footer, False
    if year is None:
        # A report that reviews a whole year under a heading of its own ("I. Review of our
        # work in 2026", 一、2026年工作回顾) is given in the year after it: its "last year" is
        # the year reviewed (a review of a part of a year, 上半年工作回顾, names no such year).
        reviewed = _REVIEW_HEADING.search(text)
        if reviewed is not None:
            return str(int(reviewed["en"] or reviewed["zh"]) + 1), None, False
    return year, date, month_only


# A heading that reviews a whole year's work (a government's work report, given early in the
# next year).
_REVIEW_HEADING = re.compile(
    r"^[ \t]*(?:[IVX]{1,4}\s*[.．、]|[一二三四五六七八九十]+\s*[、.．]|\d{1,2}\s*[.、．])?\s*"
    r"(?:review\s+of\s+(?:our\s+|the\s+(?:government'?s\s+)?)?work\s+(?:in|for)\s+(?P<en>(?:19|20)\d\d)"
    r"|(?P<zh>(?:19|20)\d\d)\s*年(?:度)?\s*(?:工作)?(?:回顾|回顧))[ \t]*$",
    re.M | re.I,
)


# A line at a page's foot that releases it ("(Check against delivery. Released by the
# Mayor's Office, 9 September 2026, 10:30.)", 发布日期：2026年1月20日).
# A page's own "Last updated: 8 October 2026" (更新日期, 最后更新) dates it as well: it
# was public, as written, on that day. A Hong Kong government release closes with
# "Ends/Wednesday, November 18, 2026"; a story with its byline and date ("Nikkei staff
# writer, November 20, 2026").
_FOOTER_WORDS = re.compile(
    r"\b(?:released|issued|published|dated|updated|posted)\b|发布|發布|发表|發表|印发|印發|日期"
    r"|更新|^\s*ends\s*/"
    r"|^[A-Za-z .'’-]{0,40}\b(?:writer|reporter|correspondent|editor|staff)\s*,\s*$",
    re.I,
)


# The issuing line at an official document's foot (临江市人民政府督查室　2026年10月21日印发): the
# office, then the day it issued the document, with the word of issuing after it.
_ISSUED_AFTER = re.compile(r"\s*(?:印发|印發|发布|發布|制发|製發|发|發)\s*$")


# A day to come named at a page's foot (Next update: …, 下次更新：…) is no date of the page.
_TO_COME = re.compile(r"\bnext\b|\bwill\b|下次|下一次|下期|预计|預計|将于|將於", re.I)


# A newspaper's edition or page after the date on its line (《人民日报》（2026年10月09日　第06版）,
# 2026年10月9日 A3版, 2026-10-09 版次：06, "9 October 2026, Page A6"): the issue's date, the
# page's own.
_EDITION = re.compile(
    r"[\s\u3000,，]*(?:第\s*[A-Z]?\d{1,3}\s*[版面]|[A-Z]?\d{1,3}\s*版(?![\u4e00-\u9fff])|版次|版面"
    r"|(?:page|p\.)\s*[A-Z]?\d{1,3}\b)",
    re.I,
)


# A weekday after a date (2026年10月27日（星期二）, "9 September 2026 (Wednesday)") is part of
# the date line, not another field.
_WEEKDAY = re.compile(
    r"^\s*[（(]\s*(?:星期|礼拜|禮拜|週|周)[一二三四五六日天]\s*[）)]"
    r"|^\s*[（(]\s*(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?\s*[）)]",
    re.I,
)

# A date field's label at the end of what precedes the date on its line (发布时间：, 发布日期:).
# A byline's "Posted 3 March 2026 by …", "Updated: …" opens its line the same way, or
# follows the publisher's name after a comma ("European Business Chamber, released 15
# September 2026").
_DATE_FIELD = re.compile(
    r"(?:发布|發布|更新|发表|發表)(?:时间|時間|日期)\s*[:：]\s*$"
    r"|^\s*(?:posted|published|issued|updated|released)(?:\s+on)?\s*:?\s*$"
    r"|(?P<after_name>[,，|]\s*(?:posted|published|issued|updated|released)(?:\s+on)?\s*:?\s*$)"
    # A byline's field before the date ("By our markets reporter | Oct 16, 2026 | 18:05"),
    # however long the writer's name.
    r"|(?P<byline>^\s*by\s+[^|｜\n.。;；]{1,60}[|｜]\s*$)",
    re.I,
)

# What may follow a byline's date on its line ("By Staff Reporter | Updated: 2026-07-24
# 08:12", "… | Posted 3 March 2026, 10:30 HKT | Views: 88"): a time of day and other fields
# set off by a bar or a wide space, never a sentence going on.
_LINE_TAIL = re.compile(
    r"[ \t,]*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}(?:[+-]\d{1,2})?))?)?"
    r"[ \t]*(?:(?:[|｜]|\t|[ \u3000]{2,}|\u3000).*)?$"
)


# A news dateline: a place in capitals, the date, perhaps the agency, then a dash and the
# story ("HEFEI, Oct. 14, 2026 (Xinhua) -- The ..."): the date is the page's own.
_DATELINE_PLACE = re.compile(r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{0,20})?,\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|—|–|-)\s")


# What opens a paper's bracketed dateline before its date: 本報訊, 本报讯 and a reporter's name.
_BRACKET_DATELINE = re.compile(
    r"^[ \t\u3000]*[（(]\s*[^（）()\n。；;]{0,20}?(?:讯|訊|记者|記者|电|電)[^（）()\n。；;]{0,12}?"
    r"[，,:：\s\u3000]*$"
)


# A Chinese wire story's dateline (新华社合肥10月14日电, 中新网成都11月3日电（记者…）): the day it
# was filed is the page's own date. The dateline has no year: the story's lead names it (the
# first year its paragraph names, not one a goal runs to: 到2028年, 2030年前).
_WIRE_DATELINE = re.compile(
    r"^[ \t]*[\u4e00-\u9fff]{2,12}?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*电(?=\s*[（(【\s]|$)",
    re.M,
)
_LEAD_YEAR = re.compile(
    r"(?<![到至于於])(\d{4})\s*年(?!\s*(?:[内內底末]|以前|前(?![一二三四五六七八九十两兩\d])))"
)


# An English wire story's dateline without a year ("HEFEI, Oct. 21 (Xinhua) -- The zone ...
# in the first three quarters of 2026"): the day it was filed, in the year its lead names
# (not one a goal runs to, "by 2030", nor the start of a span, "since 2020", nor a base,
# "compared with 2025").
_EN_WIRE_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{0,20})?,\s*"
    rf"((?i:{MONTHS}))\.?\s+(\d{{1,2}})\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:--|—|–|-)\s",
    re.M,
)
_EN_LEAD_YEAR = re.compile(r"(?<![\d.,$])\b((?:19|20)\d\d)\b(?![\d%]|[.,]\d|\s*[-–/]\s*\d)", re.I)
_EN_NOT_LEAD_YEAR = re.compile(
    r"\b(?:by|to|until|till|before|through|since|from|than|with|over|against)\s+"
    r"(?:(?:in|at|the\s+end\s+of|end-|the\s+same\s+period\s+of)\s*)?$",
    re.I,
)


def _wire_date(text: str) -> str | None:
    """The day of a Chinese or English wire dateline near the top, in the year its lead
    names."""
    found = _WIRE_DATELINE.search(text, 0, min(len(text), 400))
    english = None if found else _EN_WIRE_DATELINE.search(text, 0, min(len(text), 400))
    if found is None and english is None:
        return None
    start = (found or english).end()  # type: ignore[union-attr]
    end = text.find("\n", start)
    stop = end if end >= 0 else len(text)
    if found is not None:
        lead = _LEAD_YEAR.search(text, start, stop)
    else:
        lead = next(
            (
                m
                for m in _EN_LEAD_YEAR.finditer(text, start, stop)
                if not _EN_NOT_LEAD_YEAR.search(text, max(start, m.start() - 30), m.start())
            ),
            None,
        )
    if lead is None:
        return None
    try:
        if found is not None:
            return day_date(lead[1], found[1], found[2])
        assert english is not None
        return day_date(lead[1], MONTH_NUMBER[english[1].lower()], english[2])
    except ValueError:
        return None


def _footer_date(text: str, calendar: str) -> str | None:
    """The date of a line of its own among the last lines of ``text`` (a date line, or a
    line that says the page was released on it), if any."""
    tail_lo = max(0, len(text) - 400)
    lines = [line.strip() for line in text[tail_lo:].split("\n") if line.strip()][-4:]
    for line in reversed(lines):
        dates = list(_PAGE_DATE.finditer(line))
        if calendar == "TWD" and not dates:
            roc = _ROC_PAGE_DATE.search(line)
            if roc is not None and roc[1] and len(line) <= 40:
                try:
                    return day_date(str(1911 + int(roc[1])), roc[2], roc[3])
                except ValueError:
                    return None
        if len(dates) != 1:
            continue
        # The date alone on its line (not 会议时间：2027年8月1日, an event's), or after a word
        # of releasing the page.
        # A running footer's fields are set off by bars ("Monetary Policy Report | 12.11.2026 |
        # page 27"): the date alone in its field is the page's.
        before, after = line[: dates[0].start()], line[dates[0].end() :]
        if _TO_COME.search(before):
            continue
        after = _WEEKDAY.sub("", after)
        alone = not before.rsplit("|", 1)[-1].strip(" \t（(【[") and not after.split("|", 1)[
            0
        ].strip(" \t）)】]")
        if (
            alone
            or _FOOTER_WORDS.search(before)
            or _EDITION.match(after)
            or _ISSUED_AFTER.match(after)
        ):
            return _page_date_of(dates[0])
    return None


def _head_date(text: str, calendar: str) -> tuple[str | None, str | None, bool]:
    head = text[: min(len(text), 400)]
    found: list[tuple[int, str | None, str | None, re.Match[str]]] = []
    for m in _PAGE_DATE.finditer(head):
        found.append((m.start(), m["slashed_year"] or m[m.lastindex or 0], None, m))
    if calendar == "TWD":
        for m in _ROC_PAGE_DATE.finditer(head):
            roc_year = next(g for g in (m[1], m[4], m[7]) if g)
            found.append((m.start(), str(1911 + int(roc_year)), "roc", m))
    month = _MONTH_LINE.search(head)
    month_line: tuple[str, str | None] | None = None
    barred = _BARRED_MONTH.search(head) if month is None else None
    if barred is not None:
        year, number = (barred[2], barred[1]) if barred[1] else (barred[3], barred[4])
        number = number if number.isdigit() else str(MONTH_NUMBER[number.lower()])
        try:
            month_line = (year, day_date(year, number, "1"))
        except ValueError:
            month_line = (year, None)
    elif month is not None:
        # （2025年10月出版）: public on some day of that month; its first day is the latest
        # date surely past when the page was written.
        year, number = (month[1], month[2]) if month[1] else (month[4], month[3])
        number = number if number.isdigit() else str(MONTH_NUMBER[number.lower()])
        try:
            month_line = (year, day_date(year, number, "1"))
        except ValueError:
            month_line = (year, None)
    if not found:
        if month_line is not None:
            return (*month_line, True)
        issue = _ISSUE_YEAR.search(text, 0, min(len(text), 400))
        return (next(g for g in issue.groups() if g), None, False) if issue else (None, None, False)
    found.sort(key=lambda f: f[0])
    lines = []
    for _, year, kind, m in found:
        if kind == "roc":
            try:
                roc, roc_month, roc_day = next(
                    (m[i], m[i + 1], m[i + 2]) for i in (1, 4, 7) if m[i]
                )
                date: str | None = day_date(str(1911 + int(roc)), roc_month, roc_day)
            except ValueError:
                date = None
        else:
            date = _page_date_of(m)
        line_lo = text.rfind("\n", 0, m.start()) + 1
        line_hi = text.find("\n", m.end())
        line = text[line_lo : line_hi if line_hi >= 0 else len(text)].strip()
        # The date's own dot ("Sept. 8, 2026") is no sentence's end.
        rest = (
            text[line_lo : m.start()] + " " + text[m.end() : line_hi if line_hi >= 0 else len(text)]
        )
        if date and len(line) <= 40 and not re.search(r"[。；;！？!?]|\.\s", rest):
            lines.append((str(date), year))
        elif (
            date
            and (field := _DATE_FIELD.search(text[line_lo : m.start()]))
            and not re.search(r"[。；;！？!?]", rest)
            # After a name, the date ends the line ("European Business Chamber, released 15
            # September 2026"), not a sentence that goes on about a report so released.
            and (
                (field["after_name"] is None and field["byline"] is None)
                or _LINE_TAIL.match(text[m.end() : line_hi if line_hi >= 0 else len(text)])
            )
        ):
            # A page's field line (发布时间：2026-11-05 16:32　来源：县科技局　浏览次数：1268):
            # the date after a word of releasing, among other fields, is the page's own.
            lines.append((str(date), year))
        elif (
            date
            and _BRACKET_DATELINE.match(text[line_lo : m.start()])
            and re.match(r"\s*[）)]", text[m.end() :])
        ):
            # A paper's own story opens with its date in brackets (（本報訊，115年10月14日）,
            # （本报讯 记者 王明 2026年5月8日）): the page's date, though the lead goes on after it.
            lines.append((str(date), year))
        elif (
            date
            and _DATELINE_PLACE.match(text[line_lo : m.start()])
            and _DATELINE_AFTER.match(text[m.end() : line_hi if line_hi >= 0 else len(text)])
        ):
            lines.append((str(date), year))
    if not lines:
        return (*month_line, True) if month_line else (found[0][1], None, False)
    # A page may carry several date lines (成文日期, then 发布日期): it was public on the
    # latest of them.
    date, year = max(lines)
    return year, date, False
