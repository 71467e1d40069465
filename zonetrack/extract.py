"""Candidate targets and observations from a policy document or news page.

``extract_figures`` finds every quantified figure in a text (Chinese, simplified or
traditional, and English), in document order, with its value in the canonical unit,
qualifier, whether its sentence sets a goal (a target, with its deadline) or reports a
fact (an observation, with the date it refers to), and the clause that holds it as
evidence. Years, dates, times, phone and document numbers, list markers and other
numerals that are not quantities are left out.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from .dates import quarter_end
from .exceptions import DataError
from .files import read_text
from .numbers import Figure, find_figures

__all__ = ["EXTRACT_COLUMNS", "Candidate", "extract_figures", "extract_file", "read_document"]

EXTRACT_COLUMNS = (
    "kind",
    "value",
    "value_high",
    "unit",
    "qualifier",
    "comparator",
    "deadline",
    "ref_date",
    "source",
    "evidence",
    "start",
    "figure",
)

_CN_NUM = "零〇一二两兩三四五六七八九十"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)

# Spans whose digits are not quantities: dates, times, numbers of documents, phones, ordinals.
_NOT_QUANTITIES = re.compile(
    "|".join(
        [
            r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?",  # 2022-01-14, 2017年11月8日
            r"\d{4}\s*年\s*\d{1,2}\s*月",  # 2016年4月
            r"\d{1,2}\s*月\s*\d{1,2}\s*[日号號]",  # 11月8日
            r"[" + _CN_NUM + r"]{1,3}月(?:[" + _CN_NUM + r"]{1,3}[日号])?",  # 十一月
            r"\d{1,2}\s*月(?!份?[\d" + _CN_NUM + "])",  # 2月, 今年2月份
            r"\d{1,2}:\d{2}(?::\d{2})?",  # 16:38:28
            rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*\d{{4}})?",  # July 23
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b",
            r"[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*\d+\s*[号號]",  # 渝府办发〔2021〕142号
            r"\d+\s*[号號楼樓层層期届屆版]",  # 1號樓, 第3期
            r"第\s*[\d" + _CN_NUM + r"百千]+",  # 第二, 第13
            r"(?<![" + _CN_NUM + r"])[" + _CN_NUM + r"]{1,3}(?:是|、|）|\))",  # 一是, 二、
            r"[（(]\s*[" + _CN_NUM + r"\d]{1,3}\s*[）)]",  # (一), (3)
            r"\b\d+(?:st|nd|rd|th)\b",  # 13th
            r"\+?\d[\d\s-]{6,}\d",  # phones, long ids
            r"[\w.-]+@[\w.-]+",  # e-mail
            r"\b[\w-]+(?:\.[\w-]+)+\.(?:com|cn|net|org|gov)\b",  # host names
            r"[A-Za-z]+\d+|\d+[A-Za-z]{2,}|\d+[A-Z](?![a-z])",  # F2, M0, 2017SWC, 3D
            r"\d+\s*\+\s*\d+",  # "1+3" model names
            r"[" + _CN_NUM + r"]位一体|一站式|一体化|一揽子|一流|之一",
            r"[又另]一[个個]|一大[批批]",  # 又一个 (another), 一大批
        ]
    )
)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")

# Words that set a goal on their own, and weaker ones that do so only beside a deadline.
_TARGET_WORDS = re.compile(
    r"力争|力爭|计划(?:到|于|在|至)|計劃(?:到|於|在|至)|目标|目標|(?<!截)(?:到|至)\s*\d{4}\s*年"
    r"|“?十四五”?\s*(?:期间|期間|末)|\bby\s+(?:the\s+end\s+of\s+)?\d{4}\b",
    re.IGNORECASE,
)
_WEAK_TARGET_WORDS = re.compile(
    r"争取|爭取|确保|確保|预计到|\baims?\s+to\b|\bstrives?\s+to\b|\bwill\s+strive\b"
    r"|\btargets?\b|\bplans?\s+to\b",
    re.IGNORECASE,
)
_FACT_WORDS = re.compile(
    r"目前|截至|截止|已经|已|累计|累計|现有|現有|拥有|擁有|\bas\s+of\b|\bha(?:s|ve)\s+been\b"
    r"|\breached\b|\bin\s+\d{4}\b",
    re.IGNORECASE,
)
_DEADLINES = [
    (re.compile(r"(\d{4})\s*年\s*(?:上半年|年中)"), lambda m: f"{m[1]}-06-30"),
    (re.compile(r"(\d{4})\s*年\s*第?\s*([一二三四1-4])\s*季度"), lambda m: _quarter(m[1], m[2])),
    (re.compile(r"(\d{4})\s*年\s*(?:底|末|年底)"), lambda m: f"{m[1]}-12-31"),
    (re.compile(r"(?<!截)(?:到|至)\s*(\d{4})\s*年"), lambda m: f"{m[1]}-12-31"),
    (re.compile(r"十四五"), lambda m: "2025-12-31"),
    (
        re.compile(r"\bby\s+mid-?(\d{4})|\bfirst\s+half\s+of\s+(\d{4})", re.I),
        lambda m: f"{m[1] or m[2]}-06-30",
    ),
    (re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(\d{4})\b", re.I), lambda m: f"{m[1]}-12-31"),
]
_REF_DATES = [
    (
        re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
        lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}",
    ),
    (re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月"), lambda m: _month_end(m[1], m[2])),
    (re.compile(r"(\d{4})\s*年"), lambda m: f"{m[1]}-12-31"),
    (
        re.compile(r"\b(?:in|as\s+of|at\s+the\s+end\s+of|by\s+the\s+end\s+of)\s+(\d{4})\b", re.I),
        lambda m: f"{m[1]}-12-31",
    ),
]
_SENTENCE_END = re.compile(r"[。！？!?\n]+|\.(?=\s)")
# "自2018年以来" / "since 2018" date the start of a period, not the figure.
_SINCE = re.compile(r"(?:自|从|從)\s*\d{4}\s*年\s*(?:以来|以來)|\bsince\s+\d{4}\b", re.I)
_CLAUSE_END = re.compile(r"[，,；;：:]\s*(?<!\d,)(?!\d{3}\b)|[，；;：:]|,\s")


def _quarter(year: str, q: str) -> str:
    return f"{quarter_end(int(year), '一二三四1234'.index(q) % 4 + 1):%Y-%m-%d}"


def _month_end(year: str, month: str) -> str:
    return f"{pd.Timestamp(int(year), int(month), 1) + pd.offsets.MonthEnd(0):%Y-%m-%d}"


@dataclass(frozen=True)
class Candidate:
    """A figure found in a document, ready for an analyst to review."""

    kind: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str
    comparator: str | None
    deadline: str | None
    ref_date: str | None
    source: str | None
    evidence: str
    start: int
    figure: str


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start < b or a < end <= b for a, b in spans)


def _is_quantity(figure: Figure, text: str) -> bool:
    after = text[figure.end : figure.end + 1]
    if figure.unit is not None:
        return True
    if (
        figure.value.is_integer()
        and _YEAR.match(f"{figure.value:.0f}")
        and (figure.value_high is None or _YEAR.match(f"{figure.value_high:.0f}"))
    ):
        return False  # a bare year, or a span of years
    if after == "大":  # 八大项目, 5大平台: so many of something
        return True
    if figure.numeral == "chinese":
        return False  # 两院, 一堂: a numeral inside a word
    # A bare Arabic number counts in English prose ("1,633 projects"), not before a Chinese word.
    next_char = text[figure.end :].lstrip()[:1]
    return not next_char or next_char.isascii()


def _is_target(text: str, sentence_start: int, sentence: str) -> bool:
    """A goal is set in the sentence, or earlier in its paragraph and not contradicted."""
    has_deadline = _first(_DEADLINES, sentence) is not None
    if _TARGET_WORDS.search(sentence) or (has_deadline and _WEAK_TARGET_WORDS.search(sentence)):
        return True
    if _FACT_WORDS.search(sentence):
        return False
    # A list of goals often states its deadline once, in the paragraph's first sentence.
    earlier = text[text.rfind("\n", 0, sentence_start) + 1 : sentence_start]
    return bool(_TARGET_WORDS.search(earlier)) and _first(_DEADLINES, earlier) is not None


def _bounds(
    pattern: re.Pattern[str], text: str, start: int, end: int, lo: int = 0, hi: int | None = None
) -> tuple[int, int]:
    hi = len(text) if hi is None else hi
    left = max((m.end() for m in pattern.finditer(text, lo, start)), default=lo)
    right = next((m.start() for m in pattern.finditer(text, end, hi)), hi)
    return left, right


def _first(patterns, text: str, before: int | None = None) -> str | None:
    """The date nearest before offset ``before`` that any pattern finds (else the first after).

    Where patterns match at the same place, the earlier pattern in the list wins
    (2016年4月 is a month before it is a year).
    """
    found = [
        (m.start(), rank, m, make)
        for rank, (pattern, make) in enumerate(patterns)
        for m in pattern.finditer(text)
    ]
    if not found:
        return None
    earlier = [f for f in found if before is None or f[0] < before]
    if earlier:
        at = max(f[0] for f in earlier)
        _, _, match, make = min((f for f in earlier if f[0] == at), key=lambda f: f[1])
    else:
        _, _, match, make = min(found, key=lambda f: (f[0], f[1]))
    return make(match)


def extract_figures(text: str, source: str | None = None) -> pd.DataFrame:
    """Every quantified figure in ``text``, in document order (columns :data:`EXTRACT_COLUMNS`)."""
    masked = _spans(_NOT_QUANTITIES, text)
    rows: list[Candidate] = []
    for figure in find_figures(text):
        if _inside(masked, figure.start, figure.end) or not _is_quantity(figure, text):
            continue
        s_lo, s_hi = _bounds(_SENTENCE_END, text, figure.start, figure.end)
        c_lo, c_hi = _bounds(_CLAUSE_END, text, figure.start, figure.end, s_lo, s_hi)
        evidence = text[c_lo:c_hi]
        lead = len(evidence) - len(evidence.lstrip())
        evidence, c_lo = evidence.strip(), c_lo + lead
        sentence = text[s_lo:s_hi]
        is_target = _is_target(text, s_lo, sentence)
        rel = figure.start - s_lo
        if is_target and _first(_DEADLINES, sentence) is None:
            p_lo = text.rfind("\n", 0, s_lo) + 1  # the deadline is stated earlier in the paragraph
            sentence, rel = text[p_lo:s_hi], figure.start - p_lo
        rows.append(
            Candidate(
                kind="target" if is_target else "observation",
                value=figure.value,
                value_high=figure.value_high,
                unit=figure.unit or "count",
                qualifier=figure.qualifier,
                comparator=({"at_most": "<="}.get(figure.qualifier, ">=")) if is_target else None,
                deadline=_first(_DEADLINES, sentence, rel) if is_target else None,
                ref_date=None
                if is_target
                else _first(_REF_DATES, _SINCE.sub(lambda m: " " * len(m[0]), sentence), rel),
                source=source,
                evidence=evidence,
                start=c_lo,
                figure=figure.text.strip(),
            )
        )
    frame = pd.DataFrame([asdict(r) for r in rows], columns=list(EXTRACT_COLUMNS))
    return frame.astype({"start": "int64"}) if len(frame) else frame


def read_document(path: Path) -> str:
    """The text of a UTF-8 text or HTML file (HTML reduced to its text).

    Raises
    ------
    DataError
        For a missing, binary or non-UTF-8 file, naming the file.
    """
    if not path.is_file():
        raise DataError("file not found", file=str(path))
    try:
        head = path.read_bytes()[:8192]
    except OSError as exc:
        raise DataError(f"cannot read the file: {exc.strerror}", file=str(path)) from None
    if b"\x00" in head:
        raise DataError("a binary file, not text; give a UTF-8 text or HTML file", file=str(path))
    text, problems = read_text(path, str(path))
    if text is None:
        raise DataError(problems[-1].message, file=str(path))
    if path.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(
        ("<!doctype html", "<html")
    ):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, "html.parser")
        for tag in soup(["script", "style", "noscript"]):
            tag.decompose()
        text = soup.get_text("\n")
    return text


def extract_file(path: str | Path, source: str | None = None) -> pd.DataFrame:
    """:func:`extract_figures` on a file; ``source`` defaults to the file name."""
    path = Path(path)
    return extract_figures(read_document(path), source or path.name)
