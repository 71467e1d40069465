"""How a plan's term is written: the patterns and the small readers both halves share.

A term's start (自2026年7月1日起施行, "launched on 1 March 2026"), span (执行期间自…至…),
end ("runs to 31 October 2028"), length (有效期3年, "runs for five years"), phases
(第一階段（115至116年）) and a start the page does not give (另行公告, "once … signs off")
are read the same way by :mod:`zonetrack.planterms` (a page's terms, once) and
:mod:`zonetrack.termphrases` (the phrase that dates one figure by them), so they are
defined here once.
"""

from __future__ import annotations

import re

import pandas as pd

from .datebasis import spelled_number
from .periods import find_date

__all__ = [
    "DATE",
    "END",
    "EVENT_WORDS",
    "LENGTH",
    "NUM",
    "PHASE_DATES",
    "PHASE_YEARS",
    "SPAN",
    "START",
    "TERM_STATED",
    "TITLE_SPAN",
    "UNDATED",
    "count_months",
    "end_after",
    "read_count",
    "read_day",
    "term_kind",
]

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A day or a month written out: 2026年7月1日, 115年1月1日, 二○二五年十一月一日 (years already
# in digits in the surveyed text), "1 March 2026", "Nov. 1, 2025", "July 2027".
DATE = (
    r"(?:\d{2,4}\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號])?"
    rf"|\d{{1,2}}\s+{_MONTHS},?\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},\s+\d{{4}}|{_MONTHS}\s+\d{{4}})"
)
_DAY_GIVEN = re.compile(r"[日号號]|\d{1,2}\s+[A-Z]|[a-z.]\s+\d{1,2},")

NUM = (
    r"(?:\d{1,3}|[一二三四五六七八九十两兩]{1,3}|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|eighteen|twenty-four|thirty-six)"
)
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
    "thirty-six": 36,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "两": 2,
    "兩": 2,
    "首": 1,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
}


# The kind of term a sentence (or a phrase dating a figure) speaks of: a pilot's, the
# validity of a notice or rules (有效期, 生效, 施行), a contract's service or investment
# period, else the plan's own.
_CLASSES = (
    ("pilot", re.compile(r"试点|試點|试办|試辦|\bpilot\b", re.I)),
    ("validity", re.compile(r"有效期|生效|施行")),
    (
        "service",
        re.compile(
            r"服务期|服務期|年(?:的)?(?:运营|運營|运维|運維|托管)?(?:服务|服務)|\bservice\s+period\b",
            re.I,
        ),
    ),
    ("investment", re.compile(r"\binvestment\s+period\b", re.I)),
)

START = re.compile(
    rf"(?:自|于|於|从|從)?\s*(?P<d>{DATE})\s*(?:起|开始|開始)?\s*(?:正式)?"
    r"(?:施行|生效|启动|啟動|实施|實施|推出|运行|運行)"
    rf"|(?:自|从|從)\s*(?P<f>{DATE})\s*起"
    rf"|\b(?:launched|took\s+effect|takes\s+effect|commenced|commences|started|began"
    # "the Programme would commence on 1 April 2027", "will start on": a start proposed.
    rf"|(?:will|would|shall|is\s+to|is\s+due\s+to)\s+(?:commence|start|begin))\s+"
    rf"(?:on\s+|from\s+|in\s+)?(?P<e>{DATE})",
    re.I,
)
SPAN = re.compile(
    rf"(?P<a>{DATE})\s*(?:至|到|—|–|－|-|~|～|\bto\b|\buntil\b|\bthrough\b)\s*(?P<b>{DATE})", re.I
)
END = re.compile(
    rf"(?:有效期至|有效期到|\bruns?\s+(?:to|until|through)\s+|\bending\s+on\s+|\bends\s+on\s+"
    rf"|\bexpires?\s+on\s+|\bperiod\s+from\s+the\s+date\s+of\s+this\s+\w+\s+(?:to|until)\s+)"
    rf"(?P<d>{DATE})",
    re.I,
)
LENGTH = re.compile(
    rf"(?:有效期|为期|為期|试点期|試點期|实施期|實施期|期限|服务期|服務期)\s*(?:为|為|是)?\s*"
    rf"(?P<n>{NUM})\s*(?P<u>年|个月|個月)"
    rf"|\bruns?\s+for\s+(?P<n2>{NUM})\s+(?P<u2>years?|months?)"
    rf"|\bperiod\s+is\s+(?P<n3>{NUM})\s+(?P<u3>years?|months?)"
    rf"|(?P<n4>[一二三四五两兩])\s*年\s*(?P<u4>计划|計劃|計畫|行动计划|行動計劃)"
    # 提供三年运营服务: a service period of three years.
    rf"|(?P<n6>{NUM})\s*(?P<u6>年|个月|個月)\s*的?\s*(?:运营|運營|运维|運維|托管)?\s*(?:服务|服務)"
    rf"|以\s*(?P<n5>{NUM})\s*(?P<u5>年|个月|個月)\s*[为為]\s*一?[个個]?\s*(?:申请|申請)?\s*(?:周期|週期|期)",
    re.I,
)
TITLE_SPAN = re.compile(r"[（(]\s*(\d{4})\s*[—–－-]{1,2}\s*(\d{4})\s*年?\s*[)）]")
PHASE_YEARS = re.compile(
    r"第(?P<n>[一二三四五])(?:阶段|階段)\s*[（(]\s*(?P<a>\d{2,4})\s*年?\s*(?:至|到|—|–|－|-)\s*"
    r"(?P<b>\d{2,4})\s*年\s*[)）]"
)
PHASE_DATES = re.compile(
    rf"(?:\bPhase\s+(?P<r>I{{1,3}}|IV|V|[1-5])\b|第(?P<n>[一二三四五])(?:阶段|階段))"
    rf"\s*[,，(（]?\s*(?:from\s+|自|从|從)?(?P<a>{DATE})\s*(?:至|到|—|–|－|-|\bto\b|\buntil\b)\s*"
    rf"(?P<b>{DATE})",
    re.I,
)

# A term counted from a day the page does not give: its start still to be announced
# (推出日期稍後公布, 開班日期…另行公告, "No start date has been set", "once … signs off") or a
# day of each party's own (自认定之日起, "from the date the tenant moves in").
UNDATED = re.compile(
    r"(?:日期|时间|時間)[^。；;]{0,14}(?:另行|稍后|稍後|待定|未定)"
    r"|自(?!印发|印發|发布|發布|公布|本)[^，。；\d年]{1,8}之日起"
    r"|\bonce\b[^.;]{0,60}\bsigns?\s+off\b|\bno\s+start\s+date\b|\bannounce\s+its\s+start\s+date\b",
    re.I,
)

# The events a milestone names, in one script (達產 is 达产).
EVENT_WORDS = {"達產": "达产", "投產": "投产"}

# The words that state a term (its start, span, end and length): its dates are the term's.
TERM_STATED = (START, SPAN, END, LENGTH, TITLE_SPAN, PHASE_YEARS, PHASE_DATES)


def read_count(word: str) -> int:
    """A count written in digits, Chinese numerals or English words."""
    low = word.lower()
    return _WORD_NUMBERS[low] if low in _WORD_NUMBERS else spelled_number(word)


def count_months(n: str, unit: str) -> int:
    """A length in months (年 and "years" are twelve)."""
    # (三年计划: a plan named by its years.)
    years = unit.startswith(("年", "y", "Y", "计", "計", "行"))
    return read_count(n) * (12 if years else 1)


def read_day(written: str, calendar: str, first: bool) -> pd.Timestamp | None:
    """The day ``written`` names; a month alone is its first day when it opens a span
    (``first``), else its last."""
    found = find_date("ref_date", written, calendar=calendar)
    if not found:
        return None
    day = pd.Timestamp(str(found))
    if first and not _DAY_GIVEN.search(written):
        day = day.replace(day=1)
    return day


def end_after(start: pd.Timestamp, months: int) -> pd.Timestamp:
    """The last day of the ``months`` counted from ``start`` (1 March 2026 and 18 months:
    31 August 2027; leap years exact): the day before the same day-number ``months`` on,
    or, when that day does not exist (31 January and one month), that month's last day."""
    # (DateOffset clamps 31 February to the 28th: taking a day off that would end a day short.)
    later = start + pd.DateOffset(months=months)
    return later if later.day != start.day else later - pd.Timedelta(days=1)


def term_kind(words: str) -> str:
    """The kind of term ``words`` speak of."""
    return next((kind for kind, pattern in _CLASSES if pattern.search(words)), "plan")
