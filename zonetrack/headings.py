"""The headings of a text and the lines they govern.

A short line that announces goals (主要目标, "Targets for 2028", 到2027年：), a lead-in sentence
ending with a colon over a list, a period of facts (2025年上半年, "as of June 2026") or the
title of a document that sets a year's goals: :class:`Scopes` reads, per line, the heading
that governs it. :func:`find_heading_deadline` gives a goal heading's deadline,
:func:`in_title` whether an offset stands in the title block, :func:`find_list_lead` the line
that introduces a list.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .figures import find_figures
from .goalwords import DEADLINE_CUES, PAST_WORDS, PROGRESS_TOLD, goal_or_fact, goal_said
from .periods import find_date
from .relativeforms import find_relative_deadline

__all__ = [
    "EXPECTED_HEADING",
    "LAST_YEAR_REVIEW",
    "LIST_ITEM",
    "TASK_HEADING",
    "Scopes",
    "find_heading_deadline",
    "find_list_lead",
    "has_figure",
    "heading_deadline",
    "in_title",
]

# A goal heading that names only a year ("2024年主要预期目标", "Targets for 2028") means
# by the end of that year; with a span of years, the last.
_HEADING_YEAR = re.compile(r"(\d{4})\s*年|\b(?:for|in)\s+(\d{4})\b|(?<=[-—–~至])\s*(\d{4})", re.I)


# A heading over what a plan expects to bring about (三、預期效益, 预期成效, "Expected
# outcomes"): goals, due by the plan period's end when they name no year.
EXPECTED_HEADING = re.compile(
    r"(?:预期|預期|预计|預計)(?:效益|成效|成果|效果)"
    r"|\bexpected\s+(?:benefits|outcomes|results|impacts?)\b",
    re.I,
)

# A heading over the tasks or actions of a plan (三、重点任务, 重点行动, 主要任务, "Key actions"):
# what they are to bring about is a goal, due by the plan period's end when they name no
# year. (二、2025年重点任务完成情况, "Progress on key tasks": how they went, facts.)
TASK_HEADING = re.compile(
    r"(?:重点|重點|主要)(?:任务|任務|行动|行動|工程|举措|舉措)"
    r"(?![^\n]{0,8}(?:完成|进展|進展|情况|情況|成效|成果|回顾|回顧))"
    r"|(?<!progress\son\s)\bkey\s+(?:tasks|actions)\b(?![^\n]{0,12}\b(?:progress|achieved|results)\b)",
    re.I,
)

# A heading that announces goals; the list under it is governed by it.
_GOAL_HEADING = re.compile(
    EXPECTED_HEADING.pattern
    + "|"
    + TASK_HEADING.pattern
    # 二、责任分解: the campaign's or plan's goal broken down among its units, goals too.
    + r"|(?:责任|責任|目标|目標)分解\s*$"
    + r"|主要目标|主要目標|发展目标|發展目標|总体目标|總體目標|工作目标|工作目標|预期目标|預期目標"
    r"|目标任务|目標任務"
    # "Targets for 2028", "Annual KPIs for 2027", "Looking ahead: goals for 2027", a line
    # "Indicators" alone: goals named. (Not "Progress on targets", "Targets achieved in 2025",
    # "Objectives met", "2026 scorecard": how goals went, facts.)
    r"|^(?![^\n]*\b(?:progress|missed|scorecard|results?|performance\s+against|outcomes?"
    r"|(?<!to\sbe\s)(?:achieved|met|attained|reached))\b)[^\n]*?"
    r"(?:\b(?:goals?|targets?|objectives?|KPIs?)\b|^(?:performance\s+)?indicators\s*[:：]?$)"
    # 下阶段目标, 中期目標（2030年）, 長遠目標: any heading that ends by naming goals; and a
    # year's work plan (二、2026年工作安排), which sets that year's goals.
    r"|目[标標](?:\s*[（(][^）)]*[）)])?\s*[:：]?\s*$|工作安排|工作部署"
    # 三、2027年工作打算, 四、下一步工作: the work a report plans next (its goals).
    r"|工作打算|工作思路|下一?步(?:工作|计划|計劃|打算|安排)|\bnext\s+steps\b"
    # 重点抓好以下工作：, 做好以下几个方面的工作: the work a report lists next, as 工作安排.
    r"|(?:抓好|做好|推进|推進|落实|落實)以下|以下(?:[几幾]\s*(?:个|個|项|項)?\s*方面的?)?(?:工作|任务|任務)\s*[:：]?\s*$"
    # 二、2027年工作计划: a year's plan of work, as 工作安排 is.
    r"|工作(?:计划|計劃)\s*$"
    # "II. What We Will Do This Year", "Tasks for next year": what a report plans for the
    # year it names, its goals (due at that year's end), as 2026年工作安排 is.
    # "What we have set out to do in 2027", "What we will deliver this year", "Work plan for
    # 2027", "Priorities for the year ahead", "Our plans for next year", "Looking ahead":
    # the family of headings over what a page plans (not "What we did in 2026").
    r"|\bwhat\s+we\s+(?:will|plan\s+to|shall|intend\s+to|aim\s+to|are\s+going\s+to"
    r"|(?:have\s+)?set\s+out\s+to|want\s+to)\s+(?:do|deliver|achieve|accomplish)\b"
    r"|\b(?:work(?:\s+plan)?|tasks|plans?|priorities|agenda)\s+for\s+(?:this\s+year|next\s+year"
    r"|the\s+(?:year|months)\s+ahead|the\s+coming\s+year|(?:19|20)\d\d)\b"
    r"|^(?:[IVX]{1,4}\.\s+|\d{1,2}\.\s+)?looking\s+ahead\b|^(?:the\s+)?year\s+ahead\b"
    # "Key recommendations", 意见和建议: what a paper asks to be done, goals it sets.
    r"|\b(?:main\s+|key\s+|our\s+|policy\s+)?recommendations\b|意见和建议|意見和建議"
    # 2027-28年度需要特別留意的事項, "Matters requiring special attention in 2027-28": what a
    # department's budget says it will do in the year named, its goals.
    r"|需要特別留意的事項|需要特别留意的事项|\bmatters\s+requiring\s+special\s+attention\b"
    # 在2027-28年度，本署會：, 明年本局將：, "In 2027-28, we will:": a lead-in over what a body
    # will do, its goals (due when the lead-in says).
    r"|(?:本署|本局|本處|本处|本部|本會|本会|本中心|本公司|我們|我们|政府|本府)\s*"
    r"(?:會|会|將|将|計劃|计划|擬|拟)\s*[:：]\s*$|\bwe\s+(?:will|plan\s+to)\s*:\s*$",
    re.IGNORECASE,
)

# A line that names only a period: 2025年上半年, 2025年1-6月, 114年上半年, "In 2025:",
# "First half of 2025".
_PERIOD_LINE = re.compile(
    r"(?:(?:\d{4}|1[0-4]\d)\s*年(?:度|上半年|前三季度|第?[一二三四1-4]\s*季度?"
    r"|\s*1\s*[-—–~至]\s*\d{1,2}\s*月|\s*\d{1,2}\s*月)?"
    r"|(?:in\s+)?(?:(?:the\s+)?(?:first\s+half|first|second|third|fourth)\s+(?:quarter\s+)?of\s+)?"
    r"(?:19|20)\d\d)\s*[:：]?",
    re.I,
)

# A heading of facts as at a date or of a period's outcome ("WHAT WE HAVE ACHIEVED (as of 31
# March 2026)", 一、2025年预算执行情况): the date or period it names dates the facts under it.
_PERIOD_HEADING = re.compile(
    r"\bas\s+(?:of|at)\b|截至|截止|执行情况|執行情況|完成情况|完成情況|回顾|回顧"
    # 113學年度主要成果如下：, 2025年工作成效: what a period achieved, as "results" says.
    r"|成果|成效|绩效|績效|成绩|成績"
    r"|\breview\b|\bachieved\b|\bachievements?\b|\bresults\b"
    # "Q3 FY26 AT A GLANCE", "FY2025/26 Highlights": a summary of the period's facts.
    r"|\bat\s+a\s+glance\b|\bhighlights\b"
    # "A Look Back at 2026", "Looking back on 2026": a review of that year.
    r"|\blook(?:ing)?\s+back\b",
    re.I,
)

# A heading of the facts of "this" period with no date of its own ("This quarter at a glance",
# "This month's highlights", "The quarter in numbers"): under a heading of facts as at a day,
# the period that day closes.
_THIS_PERIOD_HEADING = re.compile(
    r"(?:(?:this|the)\s+(?:quarter|month|half(?:-year)?|period)(?:['’]s)?\s+"
    r"(?:at\s+a\s+glance|highlights|in\s+(?:numbers|figures|brief|review)|key\s+figures)"
    r"|(?:highlights|key\s+figures)\s+(?:of|for)\s+(?:this|the)\s+(?:quarter|month|half|period))"
    r"\s*[:：]?",
    re.I,
)

# A section's mark before its heading, as a WeChat article or a newsletter sets it (▌前三季度
# 经济运行, 【上半年成绩单】, ■ 1-9月): the sections run from one such mark to the next, and the
# short lines between them (规上工业总产值 / 完成1,286.4亿元) are no headings of their own.
_SECTION_MARK = re.compile(r"[▌▍▎■□◆◇●◼▶►【]")

# A heading that opens with a period of the page's year written without its year (▌前三季度
# 走廊经济运行, 【上半年】, 1-9月主要指标, 一季度经济运行情况): the facts under it are of that
# period of the page's year.
_YEARLESS_PERIOD = re.compile(
    r"(?:前[一二三两兩]季度|第?[一二三四]季度|上半年|[前首](?:[1-9]|1[01]|[一二三四五六七八九十]|十一)个?月"
    r"|1\s*[-—–~至]\s*(?:[2-9]|1[0-2])\s*月"
    # 截至9月底 on a line of its own (as a WeChat article breaks its lines): that month's end.
    r"|(?P<as_of>截至|截止)\s*(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:底|末)?$)"
)


def _yearless_period_end(line: str, page_date: str | None, calendar: str) -> str | None:
    """The end of the period of the page's year that a heading opens with (前三季度 in a page
    of 21 October 2026: 2026-09-30), else None; a period not yet over at the page's date is
    the last year's (上半年 in a page of March 2027: 2026-06-30)."""
    bare = _SECTION_MARK.sub("", line).strip()
    found = _YEARLESS_PERIOD.match(bare)
    if page_date is None or found is None:
        return None
    year = int(page_date[:4])
    # (截至9月底: the month, as 2026年9月 reads.)
    said = found[0][2:].strip().rstrip("底末") if found["as_of"] else found[0]
    end = find_date("ref_date", f"{year}年{said}", calendar=calendar)
    if end is not None and str(end) > page_date:
        end = find_date("ref_date", f"{year - 1}年{said}", calendar=calendar)
    return str(end) if end else None


# A heading that reviews the year before the page's (一、去年工作回顧, "Last year in review"):
# its year is counted from the page's date, as 去年 is.
LAST_YEAR_REVIEW = re.compile(
    r"(?:去年|上年|上一年)度?[^\n]{0,8}(?:回顾|回顧|总结|總結|成效|成果|执行情况|執行情況)"
    # 过去一年的工作, 過去一年工作回顧 (a work report's review of the year before its own).
    r"|(?:过去|過去)的?\s*(?:一|1)\s*年(?:来|來)?的?\s*(?:工作|回顾|回顧|总结|總結|成效|成果)"
    r"|\b(?:review|look(?:ing)?\s+back)\b[^\n]{0,12}\blast\s+year\b"
    r"|\blast\s+year\b[^\n]{0,12}\b(?:in\s+review|achievements|results)\b",
    re.I,
)

# A heading over a year's pledges and how each went (二〇二六年施政承諾落實情況, 年初承诺事项
# 完成情况, "Pledges of 2026 and progress"): each numbered item states a pledge, a goal of
# that year; the progress line under it (落實情況：…, 进展：…) tells facts.
_PLEDGE_HEADING = re.compile(
    r"(?:承諾|承诺)(?=(?:事項|事项)?[^\n。]{0,4}(?:落實|落实|執行|执行|完成|進展|进展|辦理|办理)"
    r"(?:情況|情况))|\bpledges?\b(?=[^\n.]{0,24}\b(?:progress|implementation|delivery)\b)",
    re.I,
)

# The line under a pledge that tells how it went (落實情況：已完成, 进展情况：…).
PLEDGE_PROGRESS = re.compile(
    r"[ \t\u3000]*(?:落實|落实|執行|执行|完成|進展|进展|辦理|办理)(?:情況|情况)[ \t\u3000]*[:：]"
    r"|[ \t\u3000]*(?:progress|status)[ \t]*[:：]",
    re.I,
)

# A year in Chinese numerals (二〇二六年), as a speech's or a policy address's headings write it.
_CN_YEAR = re.compile(r"([〇零○一二三四五六七八九]{4})\s*年")
_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}

# A chapter's number before a heading (一、, 1., II.).
_CHAPTER_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]+\s*[、.．]|\d{1,2}\s*[.、．]\s+"
    r"|[IVX]{1,4}\.\s+)"
)

# A chapter's Roman or Arabic number ("II. Main targets for 2027", "2. What we have set out to
# do in 2027"), which counts for nothing in the length of a heading.
_ROMAN_MARK = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})\.\s+")

_CHAPTER = re.compile(
    r"^\s*(?:[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]+\s*[、.．]|第[一二三四五六七八九十\d]+[章节節部]"
    r"|(?-i:[IVX]{1,4}\.\s+[A-Z])"
    r"|(?:chapter|part|section)\b|\d+\s*\.\s*[A-Z][a-z]+(?:\s+[a-z]+){0,4}\s*$)",
    re.IGNORECASE,
)


# The title of a document that sets a year's goals (临港开发区2027年度目标责任书, 2027年目標任務書,
# "2027 Target Responsibility Statement", a department's 2027年部门预算说明): every line of
# it is governed by its title, as by a goal heading, unless a heading names a period of facts.
_GOAL_DOCUMENT = re.compile(
    r"(?:\d{4}|1[0-4]\d)\s*年度?[^\n。]{0,12}"
    r"(?:目标责任书|目標責任書|目标任务书|目標任務書|目标责任状|目標責任狀|责任目标书|責任目標書"
    # 科学技术局2027年部门预算说明, 關於2027年度部門預算的說明: a department's budget for a
    # year, whose amounts and 绩效目标 are what it plans for that year.
    # (Not 部门预算执行情况, a report of how a past budget was spent: facts.)
    r"|(?:部门预算|部門預算)(?![^\n]{0,6}(?:执行|執行))"
    # 科学技术局2027年工作要点, 公佈2027年度資助計劃, 2027年工作计划: a year's plan of work or of
    # grants, whose figures are what it sets for that year. (Not 工作计划执行情况 or 工作总结:
    # how a past year's plan went, facts.)
    r"|(?:工作要点|工作要點|工作计划|工作計劃|工作計畫|资助计划|資助計劃|資助計畫|年度计划|年度計劃"
    r"|年度計畫)(?![^\n]{0,6}(?:执行|執行|完成|落实|落實|情况|情況|总结|總結|成效|回顾|回顧)))"
    r"|\b(?:19|20)\d\d\s+(?:annual\s+)?target\s+responsibility\s+(?:statement|letter|agreement)\b",
    re.IGNORECASE,
)


# A title that reports a year's work too (工作总结和…工作计划): its facts are no goals.
_SUMMARY_TITLE = re.compile(r"总结|總結|回顾|回顧|执行情况|執行情況|完成情况|完成情況")


# A line that names only a year or a financial year, as a plan's stages are headed ("2027",
# "2026-27", "2026/27:", "FY2027"): read as "in" that year.
_STAGE_LINE = re.compile(r"(?:FY\s*)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:\d{2}|\d{4}))?\s*[:：]?", re.I)


def stage_end(line: str, calendar: str = "CNY") -> str | None:
    """The end of the year or financial year a line naming only that names ("2026-27" in a
    Hong Kong source: 2027-03-31), else None."""
    stripped = _CHAPTER_MARK.sub("", line.strip())
    if not _STAGE_LINE.fullmatch(stripped):
        return None
    found = find_date("deadline", "in " + stripped.rstrip(":："), calendar=calendar)
    return str(found) if found is not None else None


class Scopes:
    """Per line of a text: the goal heading above it that governs it, if any.

    A short line that announces goals ("主要目标", "到2027年:", "Goals by 2025:") governs
    the lines under it until the next heading (a chapter marker, or a short line ending
    with a colon that announces something else).
    """

    def __init__(self, text: str, calendar: str = "CNY", page_date: str | None = None) -> None:
        self.line_starts = [0]
        # The title of a document that sets a year's goals, if the text is one.
        self.document: tuple[int, int] | None = None
        self.document_year: str | None = None
        self.governor: list[tuple[int, int] | None] = []
        # Per line: the end of the period a line above names alone ("2025年上半年"), if any.
        self.periods: list[str | None] = []
        current: tuple[int, int] | None = None
        period: str | None = None
        # Whether ``current`` is a long lead-in sentence ending with a colon, which governs
        # only the list items right under it.
        listed = False
        # Whether ``period`` is an as-at lead-in's, over the list items right under it.
        as_at_list = False
        # Per line: the last heading above it (any heading, "一、本批次入库基本情况"), and
        # whether its period is a date the heading states facts as of ("(as of June 2026)").
        self.titles: list[tuple[int, int] | None] = []
        self.as_of: list[bool] = []
        title: tuple[int, int] | None = None
        as_of = False
        pos = 0
        lines = text.splitlines(keepends=True)
        # The line of a stage's heading (2026-27) if ``current`` is one: it governs its
        # block of lines only, up to the next blank line after its items.
        stage_line: int | None = None
        # The pledge part of the heading over a year's pledges (一、二〇二六年施政承諾, of
        # 一、二〇二六年施政承諾落實情況（截至…）), which governs the pledges under it; and per
        # line, whether it tells how a pledge went.
        pledge: tuple[int, int] | None = None
        self.pledge_progress: list[bool] = []
        # Whether ``period`` is a marked section's (▌前三季度 …), which only the next mark ends,
        # and that section's own period.
        marked = False
        section: str | None = None
        # Whether ``current`` is a goal heading ending with a colon right over a list (主要目标
        # 如下，均于2030年完成：, 到2027年：), and whether an item of it has been read.
        list_head: tuple[int, int] | None = None
        items_read = False
        for n, line in enumerate(lines):
            stripped = line.strip()
            if stage_line is not None and not stripped and n > stage_line + 1:
                current, stage_line = None, None  # the stage's block ends
            if list_head is not None and list_head != current:
                list_head = None  # (another heading or lead-in took over)
            if list_head is not None and LIST_ITEM.match(stripped):
                items_read = True
            elif list_head is not None and (
                (not stripped and items_read and not _item_next(lines, n))
                or stripped.endswith((":", "："))
            ):
                # A heading's list ends at the blank line after it (not one between its items)
                # or at a new lead-in (2025年主要成绩如下：): the paragraphs after it tell their
                # own facts, not the goals of the heading above the list.
                current = list_head = None
            below = lines[n + 1].strip() if n + 1 < len(lines) else ""
            heading = (
                _is_heading(stripped)
                or _over_list(stripped, below)
                or _goal_over_list(stripped, below)
            )
            self.titles.append(title)
            self.as_of.append(as_of)
            if heading:
                title = (pos, pos + len(line))
            if listed and stripped and not LIST_ITEM.match(stripped):
                current, listed = None, False  # the first line that is no item ends the list
            if as_at_list and stripped and not LIST_ITEM.match(stripped):
                period, as_of, as_at_list = None, False, False  # (so for an as-at lead-in's)
            if (
                current is None
                and not heading
                and (
                    as_at := _as_at_lead_in(stripped, calendar)
                    or _fact_lead_in(stripped, below, calendar)
                )
            ):
                # "… are set out below (progress as at 31 October 2026):" over a list of
                # items: the day the items' facts are as of, up to the first line that is no
                # item (their goals keep their own schedules); "The park's results in 2025
                # were as follows:", the period whose facts they are.
                self.governor.append(current)
                self.periods.append(period)
                period, as_at_list = as_at, True
                as_of = _as_at_lead_in(stripped, calendar) is not None
            elif (
                current is None
                # (各项指标均以2029年6月底为完成时限：, short as a heading, leads in its items
                # only.)
                and (not heading or _DEADLINE_NAMED.search(stripped))
                and _goal_lead_in(stripped, calendar)
            ):
                # "By the end of 2026 the district aims to:" over a list of items: a lead-in
                # sentence too long for a heading that governs its items as 到2027年： does
                # (under a goal heading already, the heading keeps governing).
                self.governor.append(current)
                self.periods.append(period)
                current, period, listed = (pos, pos + len(line)), None, True
            elif (
                heading
                and (
                    (
                        page_date is not None
                        and (stage := stage_end(stripped, calendar)) is not None
                        # 2026-27 over "- complete site formation for 18 hectares" in a paper
                        # of November 2026: a stage of a plan still to end heads its goals, due
                        # at its end, as "Targets for 2027" does (one already over, facts).
                        and stage > page_date
                    )
                    or (_GOAL_HEADING.search(stripped) or DEADLINE_CUES.search(stripped))
                    # "The key figures are all due in 2029:": a short line, a heading, that
                    # leads in goals with their deadline, in goal words, as a longer lead-in
                    # sentence does (113學年度（…至114年7月31日）主要成果如下： names a period).
                    or (_goal_lead_in(stripped, calendar) and goal_said(stripped))
                )
                and (
                    # 前10月完成年度目标85% over 全力冲刺全年目标任务: a headline that reports
                    # progress against goals heads a report of facts, not a list of goals.
                    not _in_progress_headline(lines, n)
                    # "Progress against our targets, as of June 2026": facts as at a date.
                    and not (
                        _AS_OF.search(stripped)
                        and find_date("ref_date", stripped, calendar=calendar)
                    )
                )
            ):
                # A lead-in over a list, not a heading by its own length or form ("The agency
                # set three goals, all due in 2030:" over "- 500 new firms"), or a short line
                # that is a goal heading only as a lead-in ("The key figures are all due in
                # 2029:"), governs only the list items right under it, as a longer lead-in
                # sentence does: not the list under the next lead-in ("The park's results in
                # 2025 were as follows:").
                listed = stripped.endswith((":", "：")) and (
                    not _is_heading(stripped)
                    or not (
                        _GOAL_HEADING.search(stripped)
                        or DEADLINE_CUES.search(stripped)
                        or stage_end(stripped, calendar)
                    )
                )
                self.governor.append(current)
                self.periods.append(period)
                current, period, marked = (pos, pos + len(line)), None, False
                stage_line = n if stage_end(stripped, calendar) else None
                heads_list = (
                    not listed
                    and stripped.endswith((":", "："))
                    and LIST_ITEM.match(below) is not None
                )
                list_head, items_read = (current if heads_list else None), False
            elif heading and (yearless := _yearless_period_end(stripped, page_date, calendar)):
                self.governor.append(current)
                self.periods.append(period)
                current, period = None, yearless
                as_of = bool(_AS_OF.search(stripped))
                if _SECTION_MARK.match(stripped) or not marked:
                    # (▌前三季度 …: its period reaches over the short lines up to the next
                    # mark; 截至9月底 within it, up to the next short line only.)
                    marked = bool(_SECTION_MARK.match(stripped))
                    section = yearless if marked else None
            elif heading and (
                _PERIOD_LINE.fullmatch(_CHAPTER_MARK.sub("", stripped))
                or (
                    _PERIOD_HEADING.search(stripped)
                    and find_date("ref_date", stripped, calendar=calendar)
                )
            ):
                self.governor.append(current)
                self.periods.append(period)
                # (一、二〇二六年…落實情況（截至2026年10月31日）: the day its facts are as of.)
                aside = _AS_OF_ASIDE.search(stripped)
                named = (aside and find_date("ref_date", aside[0], calendar=calendar)) or find_date(
                    "ref_date", stripped, calendar=calendar
                )
                current, period, marked = None, str(named) if named else None, False
                as_of = bool(_AS_OF.search(stripped))
            else:
                # A chapter ends the goals; an item numbered 一、 under them does not. Under a
                # section's mark, only the next mark ends its period.
                if (
                    heading
                    and as_of
                    and period is not None
                    and _THIS_PERIOD_HEADING.fullmatch(stripped)
                ):
                    # "This quarter at a glance" under "OCCUPANCY UPDATE (as at 30 September
                    # 2026)": the period the as-at day closes, so its facts keep that day.
                    current = None
                elif (heading or (_CHAPTER.match(stripped) and not has_figure(stripped))) and (
                    not marked or _SECTION_MARK.match(stripped)
                ):
                    current = period = None
                    as_of = marked = False
                elif heading and marked:
                    period, as_of = section, False  # (back to the section's own period)
                self.governor.append(current)
                self.periods.append(period)
            pledge = self._read_pledge(line, pos, heading, pledge)
            pos += len(line)
            self.line_starts.append(pos)
        self.governor.append(current)
        self.pledge_progress.append(False)
        self.periods.append(period)
        self.titles.append(title)
        self.as_of.append(as_of)
        first = next((n for n, line in enumerate(lines) if line.strip()), None)
        if (
            first is not None
            and _GOAL_DOCUMENT.search(lines[first])
            # 2026年工作总结和2027年工作计划: a year's report before its plan, facts first.
            and not _SUMMARY_TITLE.search(lines[first])
        ):
            # A year's target responsibility statement: its title governs every line below it
            # that no goal heading and no period of facts (2026年1—11月) governs.
            doc = (self.line_starts[first], self.line_starts[first + 1])
            self.document = doc
            found = re.search(r"(?<!\d)(\d{4}|1[0-4]\d(?=\s*年))(?!\d)", lines[first])
            if found:
                year = int(found[1])
                self.document_year = str(year + 1911 if year < 1000 else year)
            for n in range(first + 1, len(self.governor)):
                if self.governor[n] is None and self.periods[n] is None:
                    self.governor[n] = doc

    def _read_pledge(
        self, line: str, pos: int, heading: bool, pledge: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """Read the line at ``pos`` against the pledges above it: a heading over a year's
        pledges opens them, any other heading or chapter ends them; a numbered item under
        them is a pledge, governed by the heading's pledge part (its year, not the 截至 date of
        its progress); a line telling how it went is marked. Returns the pledges now open."""
        stripped = line.strip()
        progress = pledge is not None and PLEDGE_PROGRESS.match(line) is not None
        self.pledge_progress.append(progress)
        if heading or (_CHAPTER.match(stripped) and not has_figure(stripped)):
            found = _PLEDGE_HEADING.search(stripped)
            lead = len(line) - len(line.lstrip())
            return (pos, pos + lead + found.end()) if found else None
        if pledge is not None and not progress and LIST_ITEM.match(stripped):
            self.governor[-1] = pledge
        return pledge

    def tells_pledge_progress(self, offset: int) -> bool:
        """Whether the line at ``offset`` tells how a pledge above it went (落實情況：…)."""
        return self.pledge_progress[bisect.bisect_right(self.line_starts, offset) - 1]

    def title_of(self, offset: int) -> tuple[int, int] | None:
        """The last heading above the line at ``offset`` (any heading), if any."""
        return self.titles[bisect.bisect_right(self.line_starts, offset) - 1]

    def period_is_as_of(self, offset: int) -> bool:
        """Whether the period of the line at ``offset`` is a date its heading states facts
        as of ("Key figures (as of June 2026)", 截至2026年6月底主要指标)."""
        return self.as_of[bisect.bisect_right(self.line_starts, offset) - 1]

    def period_of(self, offset: int) -> str | None:
        """The end of the period a line above the line at ``offset`` names alone, if any."""
        return self.periods[bisect.bisect_right(self.line_starts, offset) - 1]

    def heading_of(self, offset: int) -> tuple[int, int] | None:
        """The goal heading (or goal document's title) that governs the line at ``offset``."""
        return self.governor[bisect.bisect_right(self.line_starts, offset) - 1]

    def line_start(self, offset: int) -> int:
        """The offset where the line holding ``offset`` starts."""
        return self.line_starts[bisect.bisect_right(self.line_starts, offset) - 1]


_BULLET = re.compile(r"[-–—•·‧▪●○◆*]\s")
# The date a heading's facts are as of, in brackets at its end (（截至2026年10月31日）).
_AS_OF_ASIDE = re.compile(r"[（(]\s*(?:截至|截止|as\s+(?:of|at)\b)[^()（）\n]{1,30}[)）]\s*$", re.I)


def _is_heading(line: str) -> bool:
    """Whether the stripped ``line`` is a heading: short, or in capitals, and no sentence."""
    if not line or _BULLET.match(line) or line.endswith((".", "。")):
        return False  # an item of a list or a sentence, however short, is not a heading
    # 一、施政承諾落實情況（截至2026年10月31日）, "2. Where we stand (as at 30 June 2026)": the
    # date its facts are as of, set off in brackets, is no figure and no length of its words.
    line = _AS_OF_ASIDE.sub("", line).strip() or line
    # A line in capitals ("WHAT WE HAVE ACHIEVED (as of 31 March 2026)") is a heading; an
    # aside in brackets may keep its case.
    bare = re.sub(r"[(（][^)）]*[)）]", "", line).strip()
    if len(line) <= 80 and re.search(r"[A-Z]{2}", bare) and bare == bare.upper():
        return not re.search(r"[。；;！？!?]", bare)
    if len(line) > 40:
        return False
    if line.endswith((":", "：")):
        return True
    bare = _ROMAN_MARK.sub("", line)
    # A chapter numbered in Roman ("II. What We Will Do This Year") is a heading up to the
    # length a heading may have at all.
    # ("Looking ahead: goals for 2027", a line that names goals, is one up to that length too.)
    return (
        (len(bare) <= 24 or bare != line or _GOAL_HEADING.search(line) is not None)
        and not re.search(r"[。；;！？!?，,]", line)
        and not has_figure(line)
    )


def _in_progress_headline(lines: list[str], n: int) -> bool:
    """Whether line ``n`` stands in a block of lines (no blank line between them) of which a
    line tells progress against a goal with its figure (a news headline, 前10月实际使用外资
    完成年度目标85%, over its subheadline)."""
    # (A block of more than a headline and its subheadlines is a list or a table: no headline.
    # So the block is looked at no further than that: a page reduced from HTML has no blank
    # line at all, and walking its whole block for each heading was quadratic.)
    lo = n
    while lo > 0 and lines[lo - 1].strip() and n - lo < 3:
        lo -= 1
    hi = n
    while hi + 1 < len(lines) and lines[hi + 1].strip() and hi - lo < 3:
        hi += 1
    return hi - lo < 3 and any(PROGRESS_TOLD.search(lines[k]) for k in range(lo, hi + 1))


# A date a heading states its facts as of (截至, "as of", "as at").
_AS_OF = re.compile(r"\bas\s+(?:of|at)\b|截至|截止", re.I)


def _over_list(line: str, below: str) -> bool:
    """Whether ``line`` heads the list right under it (bulleted or numbered) with the date or
    period of its facts ("Key figures (as of June 2026)" over "- more than 128,000 …",
    "Progress against our targets, as of June 2026"): a line of at most 80 characters with
    no stop and no figure, that names its period."""
    return (
        bool(line)
        and len(line) <= 80
        and bool(_PERIOD_HEADING.search(line))
        and bool(LIST_ITEM.match(below))
        and not LIST_ITEM.match(line)
        # (A lead-in ending with a colon is a sentence: "In 2025 the park achieved the
        # following results:" is read as such, above.)
        and not line.endswith((".", "。", ":", "："))
        and not re.search(r"[。；;！？!?]", line)
        and not has_figure(line)
    )


def _goal_over_list(line: str, below: str) -> bool:
    """Whether ``line`` heads the list right under it as its goals ("Our targets for the plan
    period, to be met by 2030" over "- grow the number of park companies to 2,000;"): a line
    of at most 80 characters, no list item itself, with no stop and no figure, that names
    goals. (A comma may set off its deadline; a shorter one is a heading anyway.)"""
    return (
        bool(line)
        and len(line) <= 80
        and bool(LIST_ITEM.match(below))
        and not LIST_ITEM.match(line)
        and not line.endswith((".", "。"))
        and not re.search(r"[。；;！？!?]", line)
        and bool(_GOAL_HEADING.search(line))
        # "Progress against our targets, as of June 2026", 目标完成情况: facts about goals.
        and not _PERIOD_HEADING.search(line)
        and not PAST_WORDS.search(line)
        and not re.search(r"\bprogress\b|进展|進展|进度|進度", line, re.I)
        and not has_figure(line)
    )


# A lead-in sentence that ends with the day its list's facts are as of, in brackets before its
# colon: "… are set out below (progress as at 31 October 2026):", 进展如下（截至2026年10月底）：.
_AS_AT_LEAD_IN = re.compile(
    r"[（(][^()（）\n]{0,20}?(?:\bas\s+(?:at|of)\b|截至|截止)([^()（）\n]{1,30})[)）]\s*[:：]$",
    re.I,
)


def _as_at_lead_in(line: str, calendar: str = "CNY") -> str | None:
    """The day a lead-in ``line`` says its list's facts are as of, or None (a line with a
    figure of its own after its last stop is a statement, no lead-in)."""
    found = _AS_AT_LEAD_IN.search(line)
    if found is None:
        return None
    ends = [m.end() for m in _LEAD_SENTENCE_END.finditer(line)]
    if has_figure(line[ends[-1] if ends else 0 :]):
        return None
    day = find_date("ref_date", found[1], calendar=calendar)
    return str(day) if day is not None else None


def _fact_lead_in(line: str, below: str, calendar: str = "CNY") -> str | None:
    """The period a lead-in ``line`` over the list item ``below`` names for its facts ("The
    park's results in 2025 were as follows:", "In 2025 the park achieved the following:"),
    or None: its last sentence ends with a colon, names what a period achieved
    (:data:`_PERIOD_HEADING`) and its date, sets no goal and states no figure of its own."""
    if not line.endswith((":", "：")) or not LIST_ITEM.match(below) or LIST_ITEM.match(line):
        return None
    ends = [m.end() for m in _LEAD_SENTENCE_END.finditer(line)]
    last = line[ends[-1] if ends else 0 :]
    if (
        has_figure(last)
        or not _PERIOD_HEADING.search(last)
        or goal_or_fact(last)
        # (均以方案期末（2028年底）为完成时限： leads in goals, whatever 见成效 says.)
        or DEADLINE_CUES.search(last)
        or _goal_lead_in(line, calendar)
    ):
        return None
    day = find_date("ref_date", last, calendar=calendar)
    return str(day) if day else None


def _goal_lead_in(line: str, calendar: str = "CNY") -> bool:
    """Whether ``line`` ends with a sentence ending with a colon that sets goals with a
    deadline and states no figure of its own ("Looking ahead, by the end of 2026 the district
    aims to:", 全区力争到2027年实现以下目标：)."""
    # (Figures told in a sentence before the one that ends with the colon are that
    # sentence's: "到2028年，…规模突破1200亿元。具体目标如下：" still leads in its list.)
    ends = [m.end() for m in _LEAD_SENTENCE_END.finditer(line)]
    last = line[ends[-1] :] if ends else line
    if not line.endswith((":", "：")) or len(line) > 240 or has_figure(last):
        return False
    if _DEADLINE_NAMED.search(last) and find_date("deadline", last, calendar=calendar):
        # 均以方案期末（2028年底）为完成时限：, "all due by the deadline of 31 March 2027:": the
        # line names the date its items are due by, whatever else it says.
        return True
    return bool(goal_or_fact(line, calendar)) and (
        find_date("deadline", line, calendar=calendar) is not None
        or DEADLINE_CUES.search(line) is not None
    )


# A lead-in that names the date as its items' deadline (以…为完成时限, 均以…為期限, 作为时间节点).
_DEADLINE_NAMED = re.compile(
    r"(?:为|為|作为|作為)\s*(?:完成|截止|办结|辦結)?\s*(?:时限|時限|期限|时间节点|時間節點|截止日期)"
)


def has_figure(line: str) -> bool:
    """Whether ``line`` states a figure with a unit (a line that does is no heading)."""
    return any(f.unit is not None for f in find_figures(line))


# The end of a sentence inside a lead-in line (…the 15th Five-Year Plan. The main targets …:).
_LEAD_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s)")


def heading_deadline(heading: str, calendar: str = "CNY") -> str | None:
    """The deadline a goal heading or lead-in names: the date of its last sentence, which
    introduces the list (the one before, "This year is crucial for the 15th Five-Year Plan.",
    frames it), else of the whole line, else the last year it names."""
    ends = [m.end() for m in _LEAD_SENTENCE_END.finditer(heading.rstrip())]
    if ends:
        last = _named_deadline(heading[ends[-1] :], calendar)
        if last is not None:
            return last
    return _named_deadline(heading, calendar)


def _named_deadline(heading: str, calendar: str = "CNY") -> str | None:
    """The deadline ``heading`` states, else the end of the (last) year it names."""
    found: str | None = find_date("deadline", heading, calendar=calendar)
    if found is None:
        found = stage_end(heading, calendar)  # 2026-27 heading a plan's stage
    if found is None:
        years = [next(g for g in m.groups() if g) for m in _HEADING_YEAR.finditer(heading)]
        # 一、二〇二六年施政承諾: a year in Chinese numerals, digit by digit.
        years += ["".join(_CN_DIGITS[c] for c in m[1]) for m in _CN_YEAR.finditer(heading)]
        found = f"{years[-1]}-12-31" if years else None
    return found


def find_heading_deadline(
    heading: str, page_year: str, page_date: str | None = None, calendar: str = "CNY"
) -> str | None:
    """The deadline a goal heading names: a year relative to the page's (明年, "next year"),
    else the date or the (last) year it names, else None."""
    return find_relative_deadline(heading, page_year, 0, page_date, calendar) or heading_deadline(
        heading, calendar
    )


# A line that is an item of a list: numbered (1., 2、, (3), （一）) or bulleted.
# (Lettered and small Roman items too: "a. …", "(b) …", "iii) …".)
LIST_ITEM = re.compile(
    r"\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[-–—•·‧▪●○◆*]\s"
    r"|[（(]?(?:[a-h]|[ivx]{1,4})[.)）]\s)"
)


def _item_next(lines: list[str], n: int) -> bool:
    """Whether the first line that is not blank after line ``n`` of ``lines`` is a list item
    (a list whose items are set apart by blank lines goes on)."""
    for line in itertools.islice(lines, n + 1, None):
        if line.strip():
            return LIST_ITEM.match(line.strip()) is not None
    return False


# The line that introduces a list (…預計現金流量需求如下：, "… as follows:").
_AS_FOLLOWS = re.compile(r"(?:如下|以下|\bas\s+follows|\bbelow)\s*[:：]\s*$", re.I)


def find_list_lead(text: str, at: int) -> str:
    """The line that introduces the list the line at offset ``at`` belongs to (a line ending
    with 如下： or "as follows:" right above the list's lines, none of them blank), else ""."""
    lo = text.rfind("\n", 0, at) + 1
    for _ in range(12):
        if lo <= 0:
            return ""
        prev = text.rfind("\n", 0, lo - 1) + 1
        line = text[prev : lo - 1]
        if not line.strip():
            return ""  # a blank line ends the list's block
        if _AS_FOLLOWS.search(line.rstrip()):
            return line
        lo = prev
    return ""


def in_title(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the title block: the lines before the first blank line
    near the top, none of them a list item or a sentence ending with a full stop."""
    block_end = text.find("\n\n", 0, 400)
    if block_end < 0 or offset >= block_end:
        return False
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    return not _BULLET.match(line) and not re.search(r"[。.！？!?]$", line)
