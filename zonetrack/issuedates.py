"""The day a page was issued.

:func:`find_page_date` reads a page's own date from what it says of itself: a date line near
the top (发布时间:2024年10月25日, 發布日期：114年3月6日, "Issued 10 April 2025"), one in Chinese
numerals under a title, a dateline opening a wire story, a date field or a footer, an issue
line (2026年春季號) or a month line ("Published October 2025"). :func:`find_page_day` keeps
only a full day. The periods a page covers (a report's year, a plan's span) are read by
:mod:`zonetrack.pagedates`.
"""

from __future__ import annotations

import re

from .datebasis import CN_DAY, day_date, read_spelled_years
from .periods import MONTH_NUMBER, MONTHS, find_date

__all__ = ["find_foot_date", "find_page_date", "find_page_day", "spoken_day"]


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


# An issue line without a day (2026年春季號, 2025年第8期, "Spring 2026 issue"): the page's year.
_ISSUE_YEAR = re.compile(
    r"(?<![\d.,])(\d{4})\s*年\s*(?:(?:[春夏秋冬]季|\d{1,2}\s*月)\s*(?:號|号|刊)|第\s*\d+\s*期)"
    r"|\b(?:Spring|Summer|Autumn|Fall|Winter)\s+(\d{4})\s+(?:issue|edition)\b"
    r"|\b(\d{4})\s+edition\b"
    # "Semiconductor Asia Monthly, issue 7/2026": a magazine's issue of a month of that year.
    r"|\bissue\s+(?:no\.\s*)?\d{1,2}\s*/\s*(\d{4})\b",
    re.I,
)

# A word of publishing or printing on a date line (出版, 发布, 印制: a brochure's
# 二〇二六年十月印制).
_PUBLISHED = r"(?:出版|發布|发布|發佈|发表|發表|更新|印制|印製|编印|編印|刊印)"

# A date line that gives only a month with a word of publishing: （2025年10月出版）,
# 发布时间：2025年10月, 二〇二六年十月印制 (year and month in Chinese numerals), "Published October
# 2025".
_MONTH_LINE = re.compile(
    # The word of publishing may open the line (发布时间：2025年10月) or close it (出版）).
    rf"^(?=[^\n]*{_PUBLISHED})"
    # (A volume's number may come first in the brackets, in Chinese numerals or in digits:
    # （总第二十九卷，2026年9月出版）, （第3期，2026年9月出版）.)
    r"[ \t\u3000（(【\[]*(?:(?:[^\n\d，,（()）]{1,12}"
    r"|[总總]?第[ \t]*\d{1,4}[ \t]*[期卷辑輯册冊号號])[，,][ \t]*)?"
    rf"(?:{_PUBLISHED}(?:日期|时间|時間)?\s*[:：]?\s*)?"
    r"(\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    rf"{_PUBLISHED}?[ \t\u3000）)】\]]*$"
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


# What sets a day off as a bar's field of its own on a line: a bar before it, and a bar or the
# line's end after it.
_BARRED_FIELD_BEFORE = re.compile(r"[|｜][ \t\u3000]*$")
# (The day may carry its time of day: "Source: Huaxia English | Editor: Wang Rui | 2026-08-19
# 10:05", "| 19 November 2026, 16:00 (Beijing time)".)
_BARRED_FIELD_AFTER = re.compile(
    r"(?:,?[ \t\u3000]+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\([^()\n]{1,30}\)|\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?[ \t\u3000]*(?:[|｜]|$)",
    re.I,
)


# A date line in Chinese numerals near the top (二〇二七年二月二十六日 under a speech's title).
_SPELLED_DATE_LINE = re.compile(
    r"(?m:^[ \t\u3000]*([〇零○一二三四五六七八九]{4}|\d{4})\s*年"
    r"\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日[ \t\u3000]*$)"
)


# A sign-off line at a page's foot: the place, then the day in Chinese numerals (香港，二零二六年
# 十一月二十四日 under a listed company's announcement, as its board signs it).
_SIGNED_DATE_LINE = re.compile(
    r"(?m:^[ \t\u3000]*[\u4e00-\u9fff]{2,4}[，,][ \t\u3000]*"
    r"([〇零○一二三四五六七八九]{4}|\d{4})\s*年"
    r"\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日[ \t\u3000]*$)"
)


# The same sign-off in English: the place, a comma, then the day ("Hong Kong, 16 November
# 2026" under a listed company's announcement, after the board's signature).
_SIGNED_PLACE = re.compile(r"^[A-Z][A-Za-z.'’]*(?:\s[A-Z][A-Za-z.'’]*){0,3},\s*$")


def _spelled_date(text: str) -> str | None:
    """The day a date line in Chinese numerals among a page's first lines names, or a sign-off
    line among its last (香港，二零二六年十一月二十四日), if any."""
    lines = text.splitlines()
    found = _SPELLED_DATE_LINE.search("\n".join(lines[:8])) or _SIGNED_DATE_LINE.search(
        "\n".join(lines[-12:])
    )
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
    r"|(?P<byline>^\s*by\s+[^|｜\n.。;；]{1,60}[|｜]\s*$)"
    # The act that made a plan, strategy or speech final, on a line (or a bar's field) of its
    # own: "Adopted by the University Council at its meeting of 9 December 2026", "Endorsed
    # by the Board of Directors on 26 November 2026", "Delivered to the Legislative Council
    # on 16 September 2026", "Last revised 11 February 2027". The page stands as written
    # from that day; the date must end the line (see _LINE_TAIL), not a sentence's start.
    r"|(?P<act>(?:^|[|｜,，])\s*(?:last\s+)?(?:adopted|approved|endorsed|delivered|presented"
    r"|revised|amended|agreed|signed|passed)\b(?:[^|｜\n.。;；]{0,80}?\s(?:on|of))?\s*:?\s*$)"
    # A document's title line that gives the day it bears ("OFFERING CIRCULAR DATED 28
    # OCTOBER 2026", "Listing Document dated 3 May 2026"): the date ends the line or its
    # field, as for the act above.
    r"|(?P<dated>^\s*[^\n.。;；,，]{2,60}?\s(?:dated|dd\.)\s*:?\s*$)",
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


def find_foot_date(text: str, calendar: str) -> str | None:
    """The day a date line among the last lines of ``text`` gives (a notice's sign-off under
    the official's name, 2026年10月16日, in a gazette dated 2026年10月21日), if any."""
    return _footer_date(text, calendar)


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
            or (_SIGNED_PLACE.match(before) and not after.strip())
            or _EDITION.match(after)
            or _ISSUED_AFTER.match(after)
        ):
            return _page_date_of(dates[0])
    return None


# What stands before a day that ends or starts a period ("ended", 自, 至), and after a day
# that starts a span (至, 到, "to", a dash before another date). (A dash before a day is a
# speech's date line, ——2026年1月14日在…会议上: the page's own.)
_PERIOD_BOUND_BEFORE = re.compile(
    r"(?:\b(?:ended|ending|from|through)|自|从|從|(?<!截)至|到)[ \t]*$", re.I
)
# (A dash bounds a period only before another date, 1 January – 31 March 2026; a press
# release's dateline dash opens its first sentence, "HONG KONG, 3 March 2026 – 2025 was a
# record year": a year followed by a word is no date.)
_PERIOD_BOUND_AFTER = re.compile(
    r"[ \t]*(?:至|到|止|起|\bto\b|[-–—~][ \t]*(?:\d{1,2}[ \t]+[A-Za-z]{3,}|[A-Za-z]{3,}\.?[ \t]+\d"
    r"|\d{2,4}[ \t]*[年月]|\d{1,2}[ \t]*[月日]|\d{1,4}[-/.]\d|\d{4}(?![ \t]*[A-Za-z])))",
    re.I,
)


def _bounds_period(head: str, found: re.Match[str]) -> bool:
    """Whether the date ``found`` in ``head`` starts or ends a period on its line."""
    line_lo = head.rfind("\n", 0, found.start()) + 1
    return bool(
        _PERIOD_BOUND_BEFORE.search(head, line_lo, found.start())
        or _PERIOD_BOUND_AFTER.match(head, found.end())
    )


# The dots of a time of day (8:00 a.m., 4 p.m.): no sentence ends there.
_CLOCK_DOTS = re.compile(r"\b[ap]\.\s?m\.", re.I)


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
        if not year.isdigit():
            year = read_spelled_years(year + "年")[:4]  # 二〇二六年十月印制
        # (A Chinese numeral month, 十月, day_date reads as it is.)
        if not number.isdigit() and not month[1]:
            number = str(MONTH_NUMBER[number.lower()])
        try:
            month_line = (year, day_date(year, number, "1"))
        except ValueError:
            month_line = (year, None)
    # A date that bounds a period (FOR THE SIX MONTHS ENDED 30 JUNE 2026, 本卷记述时限：2025年1月1日
    # 至12月31日, 報告期間：114年1月1日至114年12月31日) says what the page covers, not when it
    # was written.
    found = [f for f in found if not _bounds_period(head, f[3])]
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
        # The date's own dot ("Sept. 8, 2026") is no sentence's end, nor are a time's ("November
        # 12, 2026 | 8:00 a.m. ET", a call's transcript).
        line_end = line_hi if line_hi >= 0 else len(text)
        rest = _CLOCK_DOTS.sub("am", text[line_lo : m.start()] + " " + text[m.end() : line_end])
        if date and len(line) <= 40 and not re.search(r"[。；;！？!?]|\.\s", rest):
            lines.append((str(date), year))
        elif (
            date
            and (field := _DATE_FIELD.search(text[line_lo : m.start()]))
            and not re.search(r"[。；;！？!?]", rest)
            # After a name, the date ends the line ("European Business Chamber, released 15
            # September 2026"), not a sentence that goes on about a report so released.
            and (
                (
                    field["after_name"] is None
                    and field["byline"] is None
                    and field["act"] is None
                    and field["dated"] is None
                )
                # (A full stop may close the line: "Adopted by the council on 2 May 2026.")
                or _LINE_TAIL.match(
                    text[m.end() : line_hi if line_hi >= 0 else len(text)].rstrip().rstrip(".")
                )
            )
        ):
            # A page's field line (发布时间：2026-11-05 16:32　来源：县科技局　浏览次数：1268):
            # the date after a word of releasing, among other fields, is the page's own.
            lines.append((str(date), year))
        elif (
            date
            and _BARRED_FIELD_BEFORE.search(text[line_lo : m.start()])
            and _BARRED_FIELD_AFTER.match(text[m.end() : line_hi if line_hi >= 0 else len(text)])
            and not re.search(r"[。；;！？!?]", rest)
        ):
            # A running head or a title block whose fields are set off by bars, one of them
            # a day alone ("Prepared by the Office | 5 November 2026 | For discussion only",
            # "Westgate Research | 2026年11月12日"): the page's own date, as a month alone there
            # is its month.
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


# An interview's opening names the day it was given ("She spoke to China Zones Review in her
# office on December 3", "was interviewed on 3 December", "in an interview on Nov. 28"): the
# present of every answer ("So far", "We have … left") is that day, not the later issue's.
_SPOKEN_ON = re.compile(
    r"\b(?:spoke|talked|was\s+interviewed|were\s+interviewed|in\s+an\s+interview)\b[^.\n]{0,80}?"
    rf"\bon\s+(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTHS})|(?P<month2>{MONTHS})\.?\s+(?P<day2>\d{{1,2}}))"
    r"\b(?!,?\s*\d)",
    re.I,
)
_SPOKEN_REACH = 1200  # the opening of a page, where a standfirst says when it was given


def spoken_day(text: str, page_date: str | None) -> str | None:
    """The day an interview was given, as its opening says, when it falls in the two months
    up to the page's date ``page_date`` (the year is the page's, or the one before for a
    December interview in a January issue); None otherwise.

    Parameters
    ----------
    text : str
        The document.
    page_date : str or None
        The page's own date (``YYYY-MM-DD``), its issue's.

    Returns
    -------
    str or None
        ``YYYY-MM-DD``.
    """
    if page_date is None:
        return None
    found = _SPOKEN_ON.search(text, 0, _SPOKEN_REACH)
    if found is None:
        return None
    month = MONTH_NUMBER[(found["month"] or found["month2"]).lower()]
    day = found["day"] or found["day2"]
    year = int(page_date[:4]) - (1 if month > int(page_date[5:7]) else 0)
    try:
        said = day_date(str(year), month, day)
    except ValueError:
        return None
    gap = (int(page_date[:4]) * 12 + int(page_date[5:7])) - (year * 12 + month)
    return said if said <= page_date and gap <= 2 else None
