"""Financial, academic and Republic of China years, and the date each names.

A financial year ends when the source's calendar says (2024/25財政年度 and FY2025 in a Hong
Kong source end on 31 March); an academic year runs September to August (113學年度 in Taiwan:
August to July); in a Taiwan source a year of two or three digits before 年 is a Republic of
China year (民國113年, 114年上半年: 1911 years on). :func:`read_bracketed_years` reads 去(113)年
as the year it names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .datebasis import Date, day_date, month_end

__all__ = [
    "FISCAL_PART",
    "FISCAL_YEARS",
    "FISCAL_YEAR_END",
    "ROC_CUES",
    "ROC_YEARS",
    "WESTERN_YEAR",
    "Calendar",
    "fiscal_part_end",
    "fiscal_year_end",
    "fiscal_year_key",
    "read_bracketed_years",
    "roc_rule",
]


# When a financial year ends, by the source's currency: Hong Kong's (and Japan's) runs April
# to March; mainland China's and Taiwan's are calendar years. A year written as a span
# (2025/26, 2024-25) is never a calendar year: it is read as ending 31 March.
FISCAL_YEAR_END = {"HKD": "03-31", "JPY": "03-31"}


class Calendar(str):
    """A source's currency (``"USD"``) with the financial year its own text defines.

    Equal to the currency it names, so every rule keyed on the currency reads it as before;
    ``year_end`` (``MM-DD``) is the day its financial year ends, ``named_after`` how many
    years the year a financial year is named by (fiscal 2025) lies before the year it ends
    in (1: "fiscal 2025, which ended 31 March 2026"; 0: FY26 ends in 2026).
    """

    year_end: str
    named_after: int

    def __new__(cls, currency: str, year_end: str, named_after: int = 0) -> Calendar:
        made = super().__new__(cls, currency)
        made.year_end = year_end
        made.named_after = named_after
        return made

    def __reduce__(self) -> tuple[type[Calendar], tuple[str, str, int]]:
        # Copied and pickled whole (rows are copied as dictionaries), not as a plain str.
        return Calendar, (str(self), self.year_end, self.named_after)


def fiscal_year_end(calendar: str) -> str | None:
    """The day (``MM-DD``) the ``calendar``'s financial year ends: its text's own definition
    (:class:`Calendar`), else its currency's (:data:`FISCAL_YEAR_END`); None where the
    financial year is the calendar year."""
    return getattr(calendar, "year_end", None) or FISCAL_YEAR_END.get(calendar)


def fiscal_year_key(calendar: str) -> tuple[str, int] | None:
    """What a cache keyed on ``calendar`` must tell apart beside its currency (a
    :class:`Calendar` equals the plain currency it names)."""
    if isinstance(calendar, Calendar):
        return calendar.year_end, calendar.named_after
    return None


_FY_SPAN_WORDS = r"財政年度|财政年度|財年|财年|(年度)|(?:financial|fiscal)\s+year\b"


def _fy_span(first: str, second: str, written: str, calendar: str = "") -> Date | None:
    start = int(first)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if end != start + 1:
        return None  # 2024-26: a span of years, not one financial year
    if isinstance(calendar, Calendar):
        # The text's own year ("FY2025-26, the University's financial year ended 30 June
        # 2026") outweighs the custom: FY2027-28 then ends on 30 June 2028.
        day = calendar.year_end
        return Date(
            f"{end}-{day}",
            f"financial year {written.strip()} read as ending on {day[3:]}/{day[:2]} {end}, "
            "as the text defines it",
        )
    return Date(
        f"{end}-03-31",
        f"financial year {written.strip()} read as ending on 31 March {end} "
        "(April to March, as in Hong Kong); check the source's fiscal calendar",
    )


_COUNTS = {
    w: n
    for n, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), 1
    )
}
_ORDINALS = ("first", "second", "third", "fourth")

# The first months, quarters or half of a financial year, or one of its quarters ("the first
# nine months of", "the second half of", "the third quarter of"): what follows names the year.
FISCAL_PART = (
    rf"\b(?:first\s+(?P<n>{'|'.join(_COUNTS)}|1[0-2]|[1-9])\s+(?P<unit>months|quarters)"
    r"|(?P<half>first|second)\s+half|(?P<q>first|second|third|fourth)\s+quarter)\s+of\s+"
)


def fiscal_part_end(found: re.Match[str], first_year: int, calendar: str) -> str | None:
    """The end of the part of a financial year ``found`` names (:data:`FISCAL_PART`), in the
    year that starts in ``first_year`` and runs as the ``calendar``'s does (April to March in
    a ``HKD`` source); None where the financial year is the calendar year."""
    end = fiscal_year_end(calendar)
    if end is None:
        return None
    if found["n"]:
        count = int(_COUNTS.get(found["n"].lower(), found["n"]))
        months = count * 3 if found["unit"].lower() == "quarters" else count
    elif found["half"]:
        months = 6 if found["half"].lower() == "first" else 12
    else:
        months = 3 * (_ORDINALS.index(found["q"].lower()) + 1)
    return _months_in(end, first_year, months)


def _months_in(end: str, first_year: int, months: int) -> str:
    """The last day of the first ``months`` months of the financial year that ends on
    ``end`` (``MM-DD``) and starts in ``first_year``."""
    last = int(end[:2]) % 12 + months  # the year starts the month after the last one ends
    return month_end(str(first_year + (last - 1) // 12), (last - 1) % 12 + 1)


# 2025-26 or 2025/26 alone: in a source whose financial year runs April to March, a year
# written as a span of two is that financial year ("In 2025-26", "by the end of 2027-28").
_SPLIT_YEAR = (
    r"(?P<y1>\d{4})\s*[-/／–]\s*(?P<y2>\d{2})(?![\d%]|[.,]\d|\s*[-/–]\s*\d"
    r"|\s*(?:學年|学年|(?:academic|school)\s+year))"
)


def _split_year(m: re.Match[str], calendar: str) -> Date | None:
    if fiscal_year_end(calendar) is None:
        return None  # on the mainland "in 2024-25" names two calendar years
    written = f"{m['y1']}-{m['y2']}"
    whole = _fy_span(m["y1"], m["y2"], written, calendar)
    if whole is None or m["part"] is None:
        return whole
    return Date(
        fiscal_part_end(m, int(m["y1"]), calendar) or whole,
        f"{m[0].strip()!r} counted from the start of the financial year {written} (April)",
    )


def _fy_single(year: str, written: str, calendar: str) -> Date:
    full = (int(year) if len(year) == 4 else 2000 + int(year)) + getattr(calendar, "named_after", 0)
    end = fiscal_year_end(calendar) or "12-31"
    if isinstance(calendar, Calendar):
        basis = f"the year ending on {end[3:]}/{end[:2]} {full}, as the text defines it"
    elif end != "12-31":
        basis = f"the year ending on {end[3:]}/{end[:2]}, as {calendar} sources count"
    else:
        basis = "the calendar year, as mainland China and Taiwan count"
    return Date(f"{full}-{end}", f"financial year {written.strip()} read as {basis}")


_PART_MONTHS = {"Q": 3, "H": 6, "M": 1}


def _fy_part(m: re.Match[str], calendar: str) -> Date | None:
    """Q3 FY26, H1 FY2026, 9M FY26: the part of a financial year whose end the text defines
    or the currency sets; where neither does, the whole year, as FY26 alone reads."""
    whole = _fy_single(m["year"], m[0], calendar)
    end = fiscal_year_end(calendar)
    if end is None:
        return whole
    kind, count = (m["kind"], m["count"]) if m["kind"] else ("M", m["months"])
    months = _PART_MONTHS[kind.upper()] * int(count)
    if not 0 < months <= 12:
        return None
    first_year = int(whole[:4]) - (1 if end != "12-31" else 0)
    return Date(
        _months_in(end, first_year, months),
        f"{m[0].strip()!r}: the first {months} months of the financial year to {whole}",
    )


def _roc(year: str, written: str) -> Date:
    """A Republic of China year (民國113年, 113年度 in a Taiwan source): 1911 + n."""
    return Date(
        f"{1911 + int(year)}-12-31",
        f"{written.strip()} read as the Republic of China year {1911 + int(year)}",
    )


def _roc_day(year: str, month: str, day: str | None, written: str) -> Date:
    full = str(1911 + int(year))
    return Date(
        day_date(full, month, day) if day else month_end(full, month),
        f"{written.strip()} read in the Republic of China year {full}",
    )


def _roc_academic_year(year: str, written: str) -> Date:
    """A Republic of China academic year (113學年度): August to July, ending 1912 + n."""
    end = 1912 + int(year)
    return Date(
        f"{end}-07-31",
        f"{written.strip()} read as the academic year from 1 August {end - 1} to 31 July {end}",
    )


def _academic_year(first: str, second: str, written: str) -> Date | None:
    start = int(first)
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if end != start + 1:
        return None
    return Date(
        f"{end}-08-31",
        f"academic year {written.strip()} read as ending on 31 August {end} "
        "(September to August); check the source's own definition",
    )


FISCAL_YEARS = [
    # "in the first five months of 2026-27", "In 2025-26", "by 2027-28" (not "from 2029-30",
    # which starts a period): a financial year, or the part of one, in a Hong Kong source.
    (
        re.compile(
            rf"(?:(?P<part>{FISCAL_PART}(?:the\s+)?)"
            r"|\b(?:in|by|for|of|during)\s+(?:the\s+(?:end|close|course)\s+of\s+)?)" + _SPLIT_YEAR,
            re.I,
        ),
        _split_year,
    ),
    # 2024/25學年, the 2024/25 academic year: a school year, September to August.
    (
        re.compile(
            r"(?<![\d.])(\d{4})\s*[-/／–—]\s*(\d{4}|\d{2})(?!\d)\s*"
            r"(?:學年(?:度)?|学年(?:度)?|(?:academic|school)\s+year\b)",
            re.I,
        ),
        lambda m, c: _academic_year(m[1], m[2], m[0]),
    ),
    # "Academic Year 2025-26", as a report's title writes it: the word first.
    (
        re.compile(
            r"\b(?:academic|school)\s+year\s+(\d{4})\s*[-/／–—]\s*(\d{4}|\d{2})(?!\d)", re.I
        ),
        lambda m, c: _academic_year(m[1], m[2], m[0]),
    ),
    (
        re.compile(
            # 2026至27年度: the span written with 至 or 到 as with a dash.
            rf"(?<![\d.])(\d{{4}})\s*(?:[-/／–—]|至|到)\s*(\d{{4}}|\d{{2}})(?!\d)\s*(?:{_FY_SPAN_WORDS})",
            re.I,
        ),
        # 2023/24年度 is a financial year where the year runs April to March (Hong Kong);
        # on the mainland 2023-2024年度 names a span of two years (an award, a season).
        lambda m, c: None if m[3] and fiscal_year_end(c) is None else _fy_span(m[1], m[2], m[0], c),
    ),
    (
        re.compile(
            r"\b(?:(?:financial|fiscal)\s+year|FY)\s*(\d{4})\s*[-/–]\s*(\d{4}|\d{2})(?!\d)",
            re.I,
        ),
        lambda m, c: _fy_span(m[1], m[2], m[0], c),
    ),
    # Q3 FY26, H1 FY2026, 9M FY26 (Q3FY26): a quarter, a half or the first months of one.
    (
        re.compile(
            r"\b(?:(?P<kind>[QH])(?P<count>[1-4])|(?P<months>[1-9]|1[0-2])M)\s*"
            r"FY\s*'?(?P<year>\d{4}|\d{2})\b",
            re.I,
        ),
        _fy_part,
    ),
    (
        re.compile(
            r"\bFY\s*'?(\d{4}|\d{2})\b|\b(?:fiscal|financial)\s+(?:year\s+)?(\d{4})\b"
            r"|(?<![\d/／-])(\d{4})\s*(?:財政年度|财政年度|財年|财年)",
            re.I,
        ),
        lambda m, c: _fy_single(m[1] or m[2] or m[3], m[0], c),
    ),
    # 自民國116年至122年: a span of Republic of China years, to the end of its last (read before
    # its first year alone, as 115年至119年 is).
    (
        re.compile(
            r"(?:民國|民国)\s*\d{2,3}\s*年?\s*(?:至|到|[-—–~])\s*(?:民國|民国)?\s*(\d{2,3})\s*年(?![\d月])"
        ),
        lambda m, c: _roc(m[1], m[0]),
    ),
    (re.compile(r"(?:民國|民国)\s*(\d{2,3})\s*年度?"), lambda m, c: _roc(m[1], m[0])),
]

# In a Taiwan source (currency TWD) a year of two or three digits before 年 is a ROC year.
ROC_YEARS = [
    # 113學年度: a Taiwan academic year runs 1 August to 31 July (113學年度 from 1 August
    # 2024 to 31 July 2025), so it ends on 31 July of the next calendar year.
    (
        re.compile(r"(?<![\d.,])(1[0-4]\d)\s*[學学]年度?"),
        lambda m, c: _roc_academic_year(m[1], m[0]),
    ),
    (  # 115年6月, 114年3月6日: a month or day of a Republic of China year
        re.compile(r"(?<![\d.,])(1[0-4]\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号號])?"),
        lambda m, c: _roc_day(m[1], m[2], m[3], m[0]),
    ),
    # 115年至119年: a span of years, to the end of its last (read before either year alone).
    (
        re.compile(r"(?<![\d.,])1[0-4]\d\s*年?\s*(?:至|到|[-—–~])\s*(1[0-4]\d)\s*年(?![\d月])"),
        lambda m, c: _roc(m[1], m[0]),
    ),
    (
        re.compile(r"(?<![\d.,])(1[0-4]\d)\s*年度?(?![\d月])"),
        lambda m, c: _roc(m[1], m[0]),
    ),
]

# A deadline ahead in Republic of China years (至119年, 於115年前), in a Taiwan source.
ROC_CUES = re.compile(
    r"(?:到|至|於|于|在|朝)\s*1[0-4]\d\s*年|(?<!\d)1[0-4]\d\s*年(?:底|末)?(?:以)?前"
    r"(?!\s*(?:1[0-2]|[1-9]|十[一二]?|[一二两兩三四五六七八九])\s*(?:个|個)?\s*(?:月|季))"
    r"|以\s*1[0-4]\d\s*年\s*(?:为|為)\s*目[标標]"
)


class _RocMatch:
    """A match whose first group, a Republic of China year (114), reads as its year (2025)."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match

    def __getitem__(self, group: int) -> str | None:
        found = self.match[group]
        return str(1911 + int(found)) if group == 1 and found is not None else found


WESTERN_YEAR = r"(\d{4})\s*年"


def roc_rule(
    pattern: re.Pattern[str], make: Callable[..., str]
) -> tuple[re.Pattern[str], Callable[[re.Match[str], str], Date]]:
    """A Chinese date pattern of a year (2025年上半年, 到2027年) for a Republic of China year
    (114年上半年, 於115年第三季前), in a Taiwan source: the same reading, 1911 years on."""
    roc = re.compile(
        pattern.pattern.replace(WESTERN_YEAR, r"(?<![\d.,])(1[0-4]\d)\s*年", 1), pattern.flags
    )

    def read(m: re.Match[str], calendar: str) -> Date:
        year = 1911 + int(m[1])
        return Date(make(_RocMatch(m)), f"{m[0].strip()} read in the Republic of China year {year}")

    return roc, read


# 去(113)年, 明(115)年度, 今(2026)年: a relative year with the year itself in brackets.
_BRACKETED_YEAR = re.compile(r"[去今明本上前]\s*[（(]\s*(\d{4}|1[0-4]\d)\s*[）)]\s*(?=年)")


def read_bracketed_years(text: str, calendar: str = "CNY") -> str:
    """``text`` with each relative year that gives its year in brackets (去(113)年) written
    as that year alone (113年), padded to the same length: the year it names is read, and
    offsets stay those of ``text``. Two or three digits are a Republic of China year, read
    so only in a Taiwan source (``TWD``)."""

    def plain(m: re.Match[str]) -> str:
        if len(m[1]) < 4 and calendar != "TWD":
            return m[0]
        return m[1].rjust(len(m[0]))

    return _BRACKETED_YEAR.sub(plain, text)
