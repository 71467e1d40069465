"""Figures in text: numbers with their multiplier, unit and qualifier.

``find_figures`` scans Chinese (simplified or traditional) and English text for
quantities such as ``1000万平方米以上``, ``9万余人``, ``约78亩``, ``八大项目``,
``RMB 4.112 billion`` or ``19.8%`` and returns each with its value in the
canonical unit, so a catalogue row can be checked against the words of its source.
Chinese numerals are read by cn2an; units by the pint registry in ``units.py``.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import cn2an

from .exceptions import DataError, UsageError
from .units import CURRENCIES, normalise_spelling, to_canonical, unit_spellings

__all__ = [
    "QUALIFIERS",
    "Figure",
    "carry_qualifiers",
    "check_currency",
    "find_figures",
    "parse_number",
    "read_in_pieces",
    "reads_alone",
]

QUALIFIERS = ("exact", "at_least", "approx", "at_most")

_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_DIGIT = "零〇一二两兩三四五六七八九十"
_CN_ANY = _CN_DIGIT + "百千万萬亿億"
# 百亿, 千亿元: a round number written with multipliers only.
_CHINESE = (
    rf"[{_CN_ANY}]*[{_CN_DIGIT}][{_CN_ANY}]*|(?<![{_CN_ANY}])[百千][万萬亿億]+"
    # 逾千人, 超百家: a round hundred or thousand after a qualifier,
    # counting people or units (not 千年, 百年: an age, no count).
    rf"|(?<=[逾超近约約])[百千](?=[人家个個名宗项項间間所座位场場件套户戶])"
)
_EN_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_EN_TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_EN_SMALL = (
    rf"(?:{'|'.join(_EN_TENS)})(?:[\s-]+(?:{'|'.join(list(_EN_UNITS)[1:10])}))?"
    rf"|{'|'.join(sorted(_EN_UNITS, key=len, reverse=True))}"
)
_WORDS = (
    rf"\b(?:a\s+dozen|half\s+a(?=\s+(?:million|billion|trillion))"
    rf"|(?:{_EN_SMALL})(?:\s+hundred(?:\s+and)?(?:\s+(?:{_EN_SMALL}))?)?(?:\s+and\s+a\s+half)?"
    rf"|a\s+half)\b"
)
# A multiple written as a word: 翻一番 (doubles: twice as much), 翻两番 (four times), "double",
# "triple", "quadruple" as verbs (not "a double", "double-digit"). Read as a ratio (倍, times).
_MULTIPLE = (
    r"翻了?[一二两兩三]番"
    # 倍增至約37億元: doubles (倍增计划, 倍增行動 are names of programmes).
    r"|倍增(?!计划|計劃|计画|計畫|行动|行動|工程|方案|专项|專項)"
    r"|(?<!\ba\s)(?<!\bthe\s)(?<![\w-])(?:doubl|tripl|quadrupl)(?:e[sd]?|ing)(?![\w-])"
    r"(?!\s+down\b)"  # "doubles down on": to commit harder, no multiple
    # "twice the 2025 level": two times a base ("twice a year" is how often; "twice as fast as
    # in 2024" compares rates, its year the base's).
    r"|(?<![\w-])twice(?=\s+(?:the|its|their|that)\b)"
)
_MULTIPLE_VALUES = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0}
# A fraction written in words before "of" ("roughly a quarter of the firms", "half of them"):
# a share, read in percent. "the first half of 2025", "a quarter of a century" are periods.
_FRACTION = (
    r"\b(?:(?:a|one)\s+(?:quarter|fifth|tenth)|three\s+quarters"
    r"|(?<!first\s)(?<!second\s)(?<!the\s)(?<!\bin\s)half)"
    r"(?=\s+of\s+(?!(?:a\s+)?(?:century|year|decade|month|the\s+year|\d))\b)"
)
_FRACTION_VALUES = {"quarter": 25.0, "fifth": 20.0, "tenth": 10.0, "half": 50.0}
# A minus sign written against a number. After a unit, a date or a word it is a dash
# (10亿元-20亿元, 2021年-2025年, 4月-6月, COVID-19, 2020-2025, 5%-6%), so a hyphen-minus is a
# sign only where a value is announced: at the start, after a blank, an opening bracket, a
# colon, an equals sign or a list's comma (增长5.2%，-1.3%), or after a word that introduces a
# value (增长-2.3%, 同比-0.8%, 增速为-4.1%). A list's dash is followed by a blank ("- 60
# firms"). The true minus sign (U+2212) is a sign wherever no digit stands before it.
# The minus signs are named by a pattern (so neither is ever a stop: see reads_alone); the
# characters before them are a plain set, so that they stay stops where they were.
_MINUS_RE = re.compile("[-−]")
_SIGN_AFTER = frozenset(" \t\n\r\u3000(（[【:：=,，;；、为為是达達比长長速率至到")
_SIGNS = "-−"
_NUMBER_RE = re.compile(
    rf"(?P<multiple>{_MULTIPLE})|(?P<fraction>{_FRACTION})|(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE})|(?P<word>{_WORDS})",
    re.IGNORECASE,
)

# Multipliers written after an Arabic number; longest first.
_MULTIPLIERS = (
    ("万亿", 1e12),
    ("萬億", 1e12),
    ("兆", 1e12),  # as Taiwan and Hong Kong write a trillion (新臺幣3.8兆元)
    ("千万", 1e7),
    ("千萬", 1e7),
    ("百万", 1e6),
    ("百萬", 1e6),
    ("万", 1e4),
    ("萬", 1e4),
    ("亿", 1e8),
    ("億", 1e8),
    ("千", 1e3),
    ("百", 1e2),
)
# One alternation in the order above: at a given place the first that matches wins.
_MULTIPLIER_RE = re.compile("|".join(re.escape(word) for word, _ in _MULTIPLIERS))
_MULTIPLIER_FACTORS = dict(_MULTIPLIERS)
# A multiplier may be hyphenated to its number as an adjective ("a 10-billion-yuan fund",
# "a 1.1-million-square-foot wing").
_EN_MULTIPLIER_RE = re.compile(
    r"(?:\s*|-)(trillion|billion|million|thousand|bn|mn)\b", re.IGNORECASE
)
_EN_MULTIPLIERS = {
    "trillion": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "thousand": 1e3,
}

_PREFIX_QUALIFIERS = (
    (
        re.compile(
            # 最高补助1500万元: the cap may stand before a verb of one or two characters, or
            # before a longer noun and 为 (最高资助额为500万元: the largest grant a rule allows
            # is; but 最高单笔融资达5亿元 is the record a fact reached) or 可获得 (may receive).
            r"(?:不超过|不超過|不高于|不高於|(?:最高|最多)(?:[\u4e00-\u9fff]{0,2}"
            r"|(?:(?!的)[^\W\d]){1,5}?(?:为|為)|(?:可|均可)?(?:获得|獲得))"
            # 津貼上限為3萬元, 上限是: the cap a rule sets, also as it is changed
            # (上限提高至50万元); "capped at", "a ceiling of". A cap broken (突破上限20%,
            # 超过上限) caps nothing.
            r"|(?<!突破)(?<!超过)(?<!超過)(?<!超出)(?<!打破)"
            r"上限(?:为|為|是|达|達|定为|定為|(?:(?!的)[^\W\d]){1,3}?(?:为|為|至|到))?"
            # 資助上限為企業研發投入的50%: a cap set as a share of a whole.
            r"(?:(?:[^\W\d]){1,12}?的)?"
            r"|\bcapped\s+at|\ba\s+ceiling\s+of"
            # "the maximum grant is", "a maximum subsidy of": the most a rule allows, as
            # 最高资助额为; "a cap of", "the cap was raised to", "the ceiling is": the cap a rule
            # sets, also as it is changed (上限提高至). A cap breached ("exceeded the cap by
            # 5%") caps nothing: "by" joins no cap to its number.
            r"|\bmaximum\s+(?:[a-z-]+\s+){0,2}?(?:is|was|will\s+be|of|at|stands\s+at)"
            r"|\b(?:cap|ceiling|upper\s+limit)\s+(?:of|at|is|was|will\s+be|stands\s+at"
            r"|(?:(?:is|was|will\s+be|has\s+been|had\s+been)\s+)?"
            r"(?:raised|lifted|increased|set|fixed|lowered|cut|reduced)\s+(?:to|at))"
            # 补贴封顶500万元: capped (封顶 after the number is a suffix).
            r"|封顶|封頂"
            # 不到, 不足, "less than", "fewer than": below it, as 近 is.
            r"|不到|不足|\bup to|\bno more than|\bat most|\ba maximum of"
            r"|\b(?<!no\s)(?<!not\s)(?:less|fewer)\s+than"
            # "to below 10 percent", "under 5%": strictly below, which at_most stands for (the
            # vocabulary has nothing stricter).
            r"|\b(?:below|under))\s*$",
            re.I,
        ),
        "at_most",
    ),
    (
        re.compile(
            r"(?:超过|超過|(?<![高赶趕出入])超|逾|突破|不少于|不少於|不低于|不低於|(?:至少|最少)[\u4e00-\u9fff]{0,10}"
            # The floor a rule sets, also as it is changed (下限提高至80元); not one broken.
            r"|(?<!突破)(?<!跌破)(?<!低于)(?<!低於)"
            r"下限(?:为|為|是|定为|定為|(?:(?!的)[^\W\d]){1,3}?(?:为|為|至|到))?"
            r"|\bmore than|\bover|\bat least|\bno (?:fewer|less) than|\bnot (?:fewer|less) than"
            r"|\ba minimum of|\bexceed(?:s|ed|ing)?|\bsurpass(?:es|ed|ing)?|\bupwards of"
            r"|\bin excess of|\b(?:has|have|had) (?:passed|topped)|\btop(?:s|ped)?"
            # "we want output to pass 70 billion yuan": a floor to cross.
            r"|\bto\s+pass"
            # "above 3%" (as "below" is at_most); "push turnover past 100 billion yuan" (but
            # "the past 5 years", "in past years" name a span, not a floor).
            r"|(?<!\bthe\s)\babove|(?<!\bthe\s)(?<!\bin\s)(?<!\bover\s)\bpast)\s*$",
            re.I,
        ),
        "at_least",
    ),
    (
        re.compile(
            # 約佔六成, 约占30%: about so large a share.
            # 约占全省的四成, 約相當於全年的30%: about, before a verb and the whole it is a
            # share of.
            # (签约, 合约, 预约, 节约, 续约, 解约, 租约 are other words: 签约达30个, 续约30家 are
            # exact; but 持续约30天, 了解约50家, 出租约50套 are about.)
            # 约占全市GDP的35%: the whole may be named in Latin letters.
            r"(?:(?:大约|大約|(?:(?<![签簽合预預节節制条條契履违違守践踐赴邀特续續解租])"
            r"|(?<=[持继繼陆陸连連延后後手存][续續])|(?<=[出承]租)"
            r"|(?<=[了理讲講缓緩破分化调調图圖详詳见見注瞭]解))[约約])"
            r"(?:(?:占|佔|为|為|达|達|相当于|相當於)(?:[^\W\d]|[& ]){0,10}?的"
            r"|为|為|合|达|達|计|計|有|占|佔)?|\babout|\baround|\bapproximately|\broughly|\bsome)\s*$",
            re.I,
        ),
        "approx",
    ),
    # 将近900家 is nearly 900 (将 before 近期 is "will", but 近期 never stands before a number).
    (
        re.compile(r"(?:接近|将近|將近|(?<![附最将將])近|\bnearly|\balmost|\bclose to)\s*$", re.I),
        "at_most",
    ),
)
_INFIX_AT_LEAST = ("余", "餘", "多")
# After the number and unit: 以上 and 及以上 (5000家及以上), 或以上 (5,000個或以上),
# "or more" and "-plus" (5,000 or more, 1,500-plus) are at least; 及以下, "or less" at most.
_SUFFIX_QUALIFIERS = (
    (
        re.compile(
            r"\s*(?:(?:及|或|和)?以上|多|余|餘|-?\s*plus\b|\+(?![\d\w])"
            r"|\s+or\s+(?:more|above|over|higher|greater)\b)",
            re.I,
        ),
        "at_least",
    ),
    (re.compile(r"\s*(?:左右|上下)"), "approx"),
    (
        re.compile(
            # 以10萬元為上限: the cap named after the figure.
            r"\s*(?:(?:及|或|和)?以下|以内|以內|(?:为|為)上限|封顶|封頂|\s+or\s+(?:less|fewer|below|under|lower)\b)",
            re.I,
        ),
        "at_most",
    ),
)
# A share's base between it and its floor ("at 3.2% of GDP or more", "8% of R&D spending or
# above"): the floor is the share's, though the figure ends before its base.
_OF_BASE_AT_LEAST = re.compile(
    r"\s+of\s+(?:[\w&.-]+\s+){0,2}?[\w&.-]+\s+or\s+(?:more|above|over|higher|greater)\b", re.I
)
# A one-character unit that is really the first character of another word.
_NOT_UNITS = {
    "分": ("钟", "鐘", "之", "别", "別", "析", "布", "配"),
    "所": ("以", "有", "在", "谓", "謂"),
    "名": ("单", "單", "称", "稱", "义", "義"),
    "场": ("地", "所", "景"),
    "位": ("于", "於", "置"),
    "处": ("于", "於", "理", "置", "长", "在", "境"),
    "處": ("於", "理", "置", "長", "在", "境"),
    "份": ("额", "額"),
    "间": ("接",),
    "間": ("接",),
    "个": ("月",),  # 10个月: a span of time, not ten of something
    "個": ("月",),
    # 成 is a tenth (六成) unless it starts a word: 成员, 成果, 成本, 成都, 一成不变.
    "成": (*"员員果本都立长長交效功熟型品就", "不变", "不變"),
}
# A counter that after a numeral more often begins another word (只有, 只是, 只要: "only")
# counts only where no word follows it (共有19只。) or a word it counts does (19只基金,
# 3隻股票, 12檔ETF): the securities and funds 只, 隻 and 檔 count.
_COUNTS_ONLY_BEFORE = {
    counter: ("基金", "股票", "个股", "個股", "新股", "债", "債", "ETF", "REIT", "公募", "私募")
    for counter in ("只", "隻", "檔")
}
# …or before a kind of bond, fund or share (5只科创债, 3檔指數基金: up to three characters
# before the word for it, not 有, 是, 要, 能 of 只有, 只是), or after a security named just
# before the number in its clause (成分股有15只来自园区: 只 counts the shares).
_SECURITY_AFTER = r"(?![有是要能会會在])[\u4e00-\u9fff]{1,3}?(?:债|債|基金|股)"


@lru_cache(maxsize=1)
def _security_after_re() -> re.Pattern[str]:
    # Compiled here, not at module level: the words it keeps out (只有, 只是, 只要) need not
    # stop a reading in pieces, which never cuts within reach after 只 (_REACH_BACK_RE).
    return re.compile(_SECURITY_AFTER)


_SECURITY_BEFORE_RE = re.compile(r"(?:股|基金|债|債|ETF|REITs?)[\u4e00-\u9fff]{0,4}$")
_BLANKS_RE = re.compile(r"[ \t]*")
# On one line: a dash that opens the next line's list item joins no range.
_RANGE_RE = re.compile(r"[ \t\u3000]*(?:-|~|～|〜|至|到|—|–|\bto\b)[ \t\u3000]*", re.IGNORECASE)
# "between 28 billion and 30 billion yuan": after "between", "and" joins a range's two ends.
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_BETWEEN_AND_RE = re.compile(r"\s+and\s+", re.IGNORECASE)
# Words between the figures of a list that share the last one's unit (300万、400万平方米).
_LIST_JOIN_RE = re.compile(r"\s*(?:、|,|，|和|及|与|與|或|and|or)\s*$", re.IGNORECASE)
# A year before a comma ends a date, not a list: "in the first half of 2025, 17 per cent".
_YEAR_LIKE_RE = re.compile(r"(?:1[89]|20)\d\d")


# Spellings that name no currency of their own: 元 in a Hong Kong or Taiwan text is the
# local dollar, and so is a bare $ in a Hong Kong release. They take the source's currency
# (see find_figures); 人民币, RMB, ¥, yuan and the codes always mean what they say.
_BARE_YUAN = frozenset({"元", "万元", "萬元", "亿元", "億元", "千元"})
_BARE_DOLLAR = frozenset({"$", "dollars"})
_DOLLARS = ("USD", "HKD", "TWD", "MOP")  # MOP$: Macao writes its pataca as a dollar
_EXCHANGE_WORDS = ("兑", "兌", "对", "對")
_YUAN_WORD_RE = re.compile(r"(人民币|人民幣)\s*$")
_YUAN_NAMED_RE = re.compile(r"(?:人民币|人民幣|RMB|CNY|¥|￥)\s*$")


def check_currency(currency: str | None) -> str | None:
    """``currency`` if it is one of :data:`~zonetrack.units.CURRENCIES` (or None/empty: None).

    Raises
    ------
    UsageError
        Naming ``currency``, for any other code.
    """
    if currency is None or currency == "":
        return None
    if currency not in CURRENCIES:
        raise UsageError(
            f"unknown currency {currency!r} (use one of {', '.join(CURRENCIES)})",
            argument="currency",
            value=currency,
        )
    return currency


@lru_cache(maxsize=1)
def _currency_prefix_re() -> re.Pattern[str]:
    """Currency symbols and codes written before a number (US$, HK$, RMB, €, ...).

    Every spelling of a currency in ``units.txt`` that is not Chinese (美元 follows the number).
    """
    index, _ = _unit_index()
    symbols = [
        spelling
        for spelling, raw in index.items()
        if not re.search(r"[\u4e00-\u9fff]", spelling)
        and len(spelling) <= 4
        and _canonical_or_none(raw) in CURRENCIES
    ]
    symbols.sort(key=len, reverse=True)
    alternatives = "|".join(re.escape(s) + (r"\b" if s[-1].isalnum() else "") for s in symbols)
    return re.compile(rf"(?<![A-Za-z])(?:{alternatives})\s*$")


@dataclass(frozen=True)
class Figure:
    """A quantity found in text.

    Attributes
    ----------
    value : float
        Magnitude in the canonical unit (or the bare number when no unit was written).
    unit : str or None
        Canonical unit (``m^2``, ``CNY``, ``count``, ``percent``, ``score``), or None
        if the text gives none.
    qualifier : str
        ``exact``, ``at_least``, ``approx`` or ``at_most``, from the words around the number.
    start, end : int
        Character offsets of the figure in the scanned text.
    text : str
        The figure as written, number through unit and suffix.
    unit_text : str or None
        The unit as written (including any multiplier folded into it).
    value_high : float or None
        The upper end of a range (``1-2个``, ``3至5家``), in the same unit as ``value``.
    numeral : str
        ``arabic``, ``chinese``, ``word`` (English words) or ``multiple`` (翻一番, double):
        how the number was written.
    spelling : str or None
        The unit's spelling in ``units.txt``, without a multiplier written before it.
    """

    value: float
    unit: str | None
    qualifier: str
    start: int
    end: int
    text: str
    unit_text: str | None = None
    value_high: float | None = None
    numeral: str = "arabic"
    spelling: str | None = None


def parse_number(token: str) -> float:
    """Read an Arabic (``1,006.57``, full-width ``１２``), Chinese (``一千二百``, ``千亿``) or
    English (``twenty-five``, ``three hundred``, ``a dozen``) number.

    Raises
    ------
    DataError
        If the token is not a number.
    """
    text = unicodedata.normalize("NFKC", token).strip().replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    if re.fullmatch(r"[a-zA-Z\s-]+", text):
        return _parse_words(text)
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        if re.fullmatch(r"[百千][万萬亿億]*", text):  # 千亿, 千: cn2an wants a digit first
            return parse_number("一" + text)
        raise DataError(f"not a number: {token!r}", value=token) from exc
    return float(value)


def _parse_words(text: str) -> float:
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[:2] == ["a", "dozen"]:
        return 12.0
    if words[:2] in (["a", "half"], ["half", "a"]):
        return 0.5
    total, current = 0.0, 0.0
    for i, word in enumerate(words):
        if word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "and" and words[i + 1 : i + 3] == ["a", "half"]:
            return total + current + 0.5
        elif word != "and":
            raise DataError(f"not a number: {text!r}", value=text)
    return total + current


class _FoldTable(dict[int, str]):
    """``str.translate`` table: a character to its NFKC form when that is one character.

    Filled as characters are met; a catalogue uses a few thousand distinct characters.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        self[code] = result = folded if len(folded) == 1 else ch
        return result


_FOLD_TABLE = _FoldTable()


def _fold_digits(text: str) -> str:
    # Full-width digits and punctuation fold to ASCII one character for one, so offsets hold.
    if text.isascii():
        return text  # NFKC leaves every ASCII character as it is
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=1)
def _unit_index() -> tuple[dict[str, str], int]:
    index = {normalise_spelling(s): s for s in unit_spellings()}
    return index, max(len(s) for s in index)


def _match_unit(text: str, pos: int) -> tuple[str, int] | None:
    """Longest unit spelling starting at ``pos`` (spaces allowed before it)."""
    _, longest = _unit_index()
    blanks = _BLANKS_RE.match(text, pos)  # not text[pos:]: a copy per figure is quadratic
    start = blanks.end() if blanks else pos
    # Everything the match looks at lies in the next longest + 1 characters (the unit and the
    # one character after it), so the answer depends on that window alone and is cached:
    # a national catalogue repeats the same few units thousands of times.
    found = _match_unit_window(text[start : start + longest + 1])
    return None if found is None else (found[0], start + found[1])


# Characters without any decomposition, combining class 0 and never part of a composition:
# NFKC leaves a run of them as it is, and str.lower maps them one for one. A window of
# these needs no normalising to be compared with the unit spellings.
_PLAIN_RANGES = (0xA5, 0x20AC, *range(0x2018, 0x201E), 0x3001, 0x3002, *range(0x4E00, 0xA000))
_PLAIN_RE = re.compile("[\x00-\x7f\u00a5\u20ac\u2018-\u201d\u3001\u3002\u4e00-\u9fff]*")


@lru_cache(maxsize=1)
def _unit_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """Unit spellings lowered with spaces as ``_``, and every prefix of those."""
    index, _ = _unit_index()
    lowered = frozenset(k.lower().replace(" ", "_") for k in index)
    return lowered, frozenset(k[:i] for k in lowered for i in range(1, len(k) + 1))


def _unit_lengths(window: str) -> list[int] | range:
    """The prefix lengths of ``window`` that may spell a unit, longest first.

    A prefix whose lowered form (spaces as ``_``) is no spelling's cannot match any of the
    three forms tried in :func:`_match_unit_window`; for a plain window that form is the
    prefix of the lowered window, so one walk along the prefixes finds every candidate.
    """
    _, longest = _unit_index()
    if _PLAIN_RE.fullmatch(window) is None:
        return range(min(longest, len(window)), 0, -1)
    lowered, prefixes = _unit_prefixes()
    low = window.lower().replace(" ", "_")
    lengths = []
    for length in range(1, min(longest, len(low)) + 1):
        head = low[:length]
        if head not in prefixes:
            break
        if head in lowered:
            lengths.append(length)
    return lengths[::-1]


@lru_cache(maxsize=1 << 16)
def _match_unit_window(window: str) -> tuple[str, int] | None:
    index, _ = _unit_index()
    for length in _unit_lengths(window):
        raw = window[:length]
        if raw[-1].isspace():
            continue
        key = unicodedata.normalize("NFKC", raw)
        for candidate in (key, key.replace(" ", "_"), key.lower().replace(" ", "_")):
            if candidate in index:
                # A Latin unit must end at a word boundary ("m" is not the start of "makers").
                end = length
                if (
                    raw[-1].isascii()
                    and raw[-1].isalnum()
                    and end < len(window)
                    and (window[end].isascii() and window[end].isalnum())
                ):
                    break
                if window.startswith(_NOT_UNITS.get(candidate, ()), end):
                    break  # 30分钟 is a duration, 5所以 not a count
                if (
                    candidate in _COUNTS_ONLY_BEFORE
                    and window[end : end + 1].isalnum()
                    and not window.startswith(_COUNTS_ONLY_BEFORE[candidate], end)
                ):
                    break  # 5只有: "only", not five of something
                return index[candidate], end
    return None


@lru_cache(maxsize=1)
def _currency_word_re() -> re.Pattern[str]:
    """Chinese names of currencies other than the yuan (港幣, 新臺幣, 美元), from ``units.txt``."""
    index, _ = _unit_index()
    words = sorted(
        (
            spelling
            for spelling, raw in index.items()
            if re.fullmatch(r"[\u4e00-\u9fff]+", spelling)
            and _canonical_or_none(raw) in CURRENCIES
            and _canonical_or_none(raw) != "CNY"
        ),
        key=len,
        reverse=True,
    )
    return re.compile(rf"({'|'.join(words)})\s*$")


def _canonical_or_none(spelling: str) -> str | None:
    try:
        return to_canonical(1.0, spelling)[1]
    except DataError:
        return None


# How far before a number its qualifier's words are looked for: "the cap will be lifted to
# HK$", "the maximum grant is US$" (the longest Chinese ones are shorter).
_QUALIFIER_REACH = 32


@lru_cache(maxsize=1 << 16)
def _prefix_qualifier(before: str) -> str | None:
    """The qualifier written just before a number (``before`` ends where it starts), if any.

    Cached: the same few words precede thousands of figures in a catalogue.
    """
    before = _currency_prefix_re().sub("", before)
    before = _currency_word_re().sub("", before)  # 逾新臺幣2.2兆元: the qualifier comes first
    # 約人民幣6.3億元, 最高人民币20万元: the yuan named before the number, as any currency is.
    before = _YUAN_NAMED_RE.sub("", before)
    for pattern, name in _PREFIX_QUALIFIERS:
        if pattern.search(before):
            return name
    return None


def find_figures(text: str, currency: str | None = None) -> list[Figure]:
    """Every quantity written in ``text``, in order.

    Never raises on arbitrary input; a token that looks numeric but does not
    parse is skipped. Figures of a list that share the unit written after the last
    one (300万、400万、500万平方米) all take that unit.

    Parameters
    ----------
    currency : str, optional
        The source's own currency (``HKD``, ``TWD``, ...; None or ``CNY``: the yuan). 元
        written without a currency name (100億元), and a bare $ or "dollars" when it is
        a dollar, are that currency; 人民币/RMB/¥ and named currencies keep their own.

    Raises
    ------
    UsageError
        For a ``currency`` that is not one of :data:`~zonetrack.units.CURRENCIES`.
    """
    currency = check_currency(currency)
    folded = _fold_digits(text)
    figures: list[Figure] = []
    garbled = 0  # where the last number that is no figure (1.2萬3,000元) ends
    for match in _NUMBER_RE.finditer(folded):
        if (figures and match.start() < figures[-1].end) or match.start() < garbled:
            continue  # the upper end of a range, or a number's second part, already read
        if match.group("word") is not None and match.group().lower() in ("a half",):
            continue  # "a half-day": only "and a half" or "half a million" are read
        try:
            figure = _read_figure(folded, text, match, currency)
        except _Garbled as exc:
            garbled = exc.end
            continue
        except (DataError, ArithmeticError):
            continue
        if figure is not None:
            figures.append(figure)
    return _share_units(figures, folded)


# What joins a figure to the one before it as the same kind of figure, so that a qualifier
# written once before the first holds for both: a list's word within one clause (最高100萬元及
# 50萬元, "up to HK$3,000 and HK$2,000"). Never a comma: the next clause may be of another kind
# of figure (申請上限為50萬元，平均獲批金額則為32萬元: the 32萬 is an average, no cap), and
# nothing in the words tells a parallel clause (碩士則為) from that one.
_CURRENCY_BEFORE = (
    r"(?:人民币|人民幣|港币|港幣|新臺幣|新台币|新台幣|澳门币|澳門幣|澳门元|澳門元|美元|欧元|歐元"
    r"|US\$|HK\$|NT\$|MOP\$?|\$|€|¥|(?:RMB|CNY|USD|HKD|TWD|EUR|MOP)\b)?\s*"
)
_CARRY = r"\s*(?:、|及|和|与|與|以及|或|\band\b|\bor\b)\s*" + _CURRENCY_BEFORE + "$"


@lru_cache(maxsize=1)
def _carry_re() -> re.Pattern[str]:
    # Compiled here, not at module level: the characters it names are no concern of
    # find_figures (see _named_characters), which never looks across a clause.
    return re.compile(_CARRY, re.IGNORECASE)


def carry_qualifiers(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` (of ``text``, in order) with a qualifier written once carried along a list.

    A figure read as exact takes the qualifier of the figure before it when that one's
    qualifier is written before it (上限為, 最高, "up to", 約), both have the same unit and
    only a list's word (、, 及, 和, 与, 或, "and", "or", and a currency named again) stands
    between them: never a comma, nor the start of another clause. A qualifier written after a
    figure (以上, 左右) is that figure's alone.

    Not part of :func:`find_figures`: it looks across a clause, which a reading in pieces
    (:func:`read_in_pieces`) may cut.
    """
    out = list(figures)
    folded = _fold_digits(text)
    for i in range(1, len(out)):
        before, this = out[i - 1], out[i]
        if (
            this.qualifier == "exact"
            and before.qualifier != "exact"
            and this.unit is not None
            and this.unit == before.unit
            and before.end <= this.start
            and _carry_re().match(folded, before.end, this.start)
            and _prefix_qualifier(folded[max(0, before.start - _QUALIFIER_REACH) : before.start])
            == before.qualifier
        ):
            out[i] = replace(this, qualifier=before.qualifier)
    return out


# The larger multipliers a number may be written in two parts with (1兆4,200億元,
# 3億5,000萬元, 5萬3,680人, 3千5百人): the first part ends with one, the second follows at once
# and is below it.
_COMPOUND_HEADS = {
    "兆": 1e12,
    "万亿": 1e12,
    "萬億": 1e12,
    "亿": 1e8,
    "億": 1e8,
    "万": 1e4,
    "萬": 1e4,
    "千": 1e3,
}
# 萬億 ends with 億 but multiplies by 萬億: the longest first.
_COMPOUND_HEADS_LONGEST_FIRST = tuple(sorted(_COMPOUND_HEADS, key=len, reverse=True))
# The second part: Arabic digits at once after the first part's multiplier.
_TAIL_NUMBER_RE = re.compile(_ARABIC)
# The 万 or 亿 after a number of thousands and hundreds (3千5百万, 1千2百亿), multiplying it all.
_OUTER_MULTIPLIER_RE = re.compile("万亿|萬億|万|萬|亿|億")


class _Garbled(Exception):
    """A number whose two parts do not add up (1.2萬3,000元): no figure is read from it."""

    def __init__(self, end: int) -> None:
        super().__init__(end)
        self.end = end


def _head_word(written: str, numeral: str, multiplier_word: str | None) -> str | None:
    """The multiplier a number's first part ends with, if a second part may follow it."""
    if numeral == "arabic":
        return multiplier_word if multiplier_word in _COMPOUND_HEADS else None
    if numeral == "chinese":  # 一億2,000萬: the multiplier is part of the Chinese numeral
        return next((w for w in _COMPOUND_HEADS_LONGEST_FIRST if written.endswith(w)), None)
    return None


def _two_part_tail(
    folded: str, pos: int, head_word: str | None, head_value: float, decimal_head: bool
) -> tuple[float, str | None, int] | None:
    """The second part of a number written in two parts, which begins at ``pos``.

    Returns its value (its digits times its own multiplier), that multiplier as written and
    where it ends, or None when no second part stands there. The second part must show it is
    one: a thousands separator (2萬3,000), a multiplier of its own (3億5,000萬, 3千5百) or a unit
    at once after it (2萬3000人); 2025 after 10億 is a year, not 10億2025. It is below the
    first part's multiplier, and the first part is at least that multiplier (1萬, not 0.5萬).

    Raises
    ------
    _Garbled
        When the first part is a decimal (1.2萬3,000元): the two parts are then no sum a writer
        means, and neither is read as a figure.
    """
    if head_word not in _COMPOUND_HEADS:
        return None  # none, or a multiplier no second part follows (5000百: 百 is no head)
    tail = _TAIL_NUMBER_RE.match(folded, pos)
    if tail is None:
        return None
    factor, word, end = _multiplier_at(folded, tail.end(), "arabic")
    if word is None and factor != 1.0:
        return None  # 1萬3 million: an English multiplier is no second part
    if head_word == "千" and word is not None and word[0] == "百":
        # 3千5百万元, 1千2百亿元: a number of thousands and hundreds, then the 万 or 亿 that
        # multiplies the whole (3千5百 万, not 3千 and 5百万). Its hundreds are one digit.
        if not re.fullmatch(r"[1-9]", tail.group()):
            return None
        outer_factor, outer_word = 1.0, ""
        if len(word) > 1:  # 百万, 百萬: read as one multiplier; its 万 is the outer one
            outer_factor, outer_word = _MULTIPLIER_FACTORS[word[1:]], word[1:]
        else:
            outer = _OUTER_MULTIPLIER_RE.match(folded, end)
            if outer is not None:
                outer_factor, outer_word, end = (
                    _MULTIPLIER_FACTORS[outer.group()],
                    outer.group(),
                    outer.end(),
                )
        if head_value < 1e3 or decimal_head:
            return None
        hundreds = parse_number(tail.group()) * 100
        # The caller adds the second part to the first: the sum times the outer multiplier,
        # which is the multiplier as written for the whole (3500 万元, as a draft writes it).
        written = outer_word or word
        return (head_value + hundreds) * outer_factor - head_value, written, end
    shows = "," in tail.group() or word is not None or _match_unit(folded, end) is not None
    head_factor = _COMPOUND_HEADS[head_word]
    value = parse_number(tail.group()) * factor
    if not shows or not 0 < value < head_factor:
        return None
    if decimal_head:
        raise _Garbled(end)
    if head_value < head_factor:
        return None
    return value, word, end


def reads_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is certain to be read alone as ``text`` reads it there.

    True means: :func:`find_figures` of the slice gives exactly the figures of ``text``
    that lie inside it (offsets shifted, the same value, unit, qualifier and extent), and no
    figure of ``text`` crosses ``start`` or ``end``. False means only "not certain".

    It holds when each character just outside the slice (if any) is a *stop*: a character
    that NFKC leaves alone and that cannot compose, not a blank, not a letter or digit of
    ASCII, and named by none of the reader's patterns, unit spellings or word lists. The
    reader extends a figure only through characters its patterns name, and looks at most at
    the character next to it for the rest; a stop is consumed by nothing, so no reading
    crosses it, and it answers every look-around as the end of the text would, except a
    word boundary: a stop that is a word character (an ideograph) therefore needs a
    non-ASCII character on the slice's side of it.
    """
    if not 0 <= start <= end <= len(text):
        return False
    if start < end and _fold_digits(text[start]) in _SIGNS:
        # A minus opening the slice is a sign there (the start of a text), but in the text
        # only if what stands before it announces a value: the text must be read.
        return False
    if start > 0 and not _stop_beside(text[start - 1], text[start : start + 1]):
        return False
    if start > 0 and _REACH_BACK_RE.search(text, max(0, start - _REACH - 2), start):
        # 最高补助|100万元, 约占全省的|四成: a qualifier (or a security named before 只) reaches
        # over ideographs into the slice, which alone would read without it.
        return False
    if end < len(text) and _REACH_FORWARD_RE.search(text, max(0, end - 4), end):
        return False  # 5只科|创债: the counter reads the kind of security after it
    return end == len(text) or _stop_beside(text[end], text[end - 1 : end])


def _stop_beside(outside: str, inside: str) -> bool:
    stop = _fold_digits(outside)
    return _is_stop(stop) and (not _is_word(stop) or not inside.isascii())


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


def _is_stop(folded: str) -> bool:
    return folded in _stops()


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Every stop: a plain character, not a blank, not ASCII alphanumeric, named by nothing."""
    named = _named_characters()
    plain = (chr(c) for c in (*range(0x80), *_PLAIN_RANGES))
    return frozenset(
        ch
        for ch in plain
        if _PLAIN_RE.fullmatch(ch)
        and ch not in named
        and not ch.isspace()
        and not (ch.isascii() and ch.isalnum())
    )


def read_in_pieces(text: str, read: Callable[[str], list[Figure]] = find_figures) -> list[Figure]:
    """:func:`find_figures` of ``text``, read piece by piece with ``read``.

    ``text`` is cut between two stops (see :func:`reads_alone`) wherever both pieces read
    alone: no figure crosses the cut and each piece's figures are the text's. Texts written
    alike (``截至2023年3月底...达到21个``) then share most of their pieces, so a ``read``
    that remembers what it read does a fraction of the work.
    """
    # Between two stops both pieces read alone (reads_alone), unless a stop that is a word
    # character has an ASCII character on the other side.
    cuts = [m.start() for m in _CUT_RE.finditer(text.translate(_STOP_CLASSES))]
    if cuts:
        # A qualifier that reaches back over ideographs (最高补助, 约占全省的四成) must stay in
        # the piece of the figure it qualifies: no cut within its reach after it.
        openers = [m.end() for m in _REACH_BACK_RE.finditer(text)]
        cuts = [c for c in cuts if not _within_reach(openers, c)]
    figures: list[Figure] = []
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        for figure in read(text[start:end]):
            figures.append(_shifted(figure, start) if start else figure)
    return figures


# The openers of the prefix qualifiers that may stand several ideographs before their number
# (最高补助, 至少新增, 约占全省的), and how far they reach.
# A security named before a number reaches forward to its counter (成分股有15只来自园区), and
# the counter to the kind of security after it (5只科创债).
_REACH_BACK_RE = re.compile(
    r"最高|最多|至少|最少|[约約]|上限|下限|股|基金|[债債]|ETF|REIT|[只隻檔]"
)
_REACH_FORWARD_RE = re.compile(r"[只隻檔][\u4e00-\u9fff]{0,3}$")
_REACH = 12


def _within_reach(openers: list[int], cut: int) -> bool:
    at = bisect.bisect_right(openers, cut)
    return at > 0 and cut - openers[at - 1] <= _REACH


class _StopClasses(dict[int, str]):
    """``str.translate`` table: ``W`` for a stop that is a word character, ``A`` for an ASCII
    stop, ``P`` for any other stop (after folding), ``x`` for every other character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        stop = _fold_digits(ch)
        if not _is_stop(stop) or (_is_word(stop) and ch.isascii()):
            self[code] = "x"  # ("_", were it a stop, would need both rules: never cut there)
        else:
            self[code] = "W" if _is_word(stop) else "A" if ch.isascii() else "P"
        return self[code]


_STOP_CLASSES = _StopClasses()
_CUT_RE = re.compile("(?<=W)(?=[WP])|(?<=P)(?=[WPA])|(?<=A)(?=[PA])")


def _shifted(figure: Figure, offset: int) -> Figure:
    # dataclasses.replace runs __init__ again; a copy of the fields is a third of the cost.
    moved = object.__new__(Figure)
    moved.__dict__.update(figure.__dict__)
    moved.__dict__["start"] = figure.start + offset
    moved.__dict__["end"] = figure.end + offset
    return moved


@lru_cache(maxsize=1)
def _named_characters() -> frozenset[str]:
    """Every character (folded) that a pattern or vocabulary of the reader names."""
    index, _ = _unit_index()
    named = [p.pattern for p in globals().values() if isinstance(p, re.Pattern)]
    named.remove(_PLAIN_RE.pattern)  # which characters need no normalising, not a reading
    named += [p.pattern for p, _ in (*_PREFIX_QUALIFIERS, *_SUFFIX_QUALIFIERS)]
    named += [_currency_prefix_re().pattern, _currency_word_re().pattern]
    named += [*index, *index.values(), *_NOT_UNITS, *(w for ws in _NOT_UNITS.values() for w in ws)]
    named += [w for ws in _COUNTS_ONLY_BEFORE.values() for w in ws]
    named += [*_MULTIPLIER_FACTORS, *_INFIX_AT_LEAST, *_EN_UNITS, *_EN_TENS, *_EN_MULTIPLIERS]
    return frozenset(_fold_digits("".join(named)))


def _share_units(figures: list[Figure], folded: str) -> list[Figure]:
    out = list(figures)
    for i in range(len(out) - 2, -1, -1):
        this, after = out[i], out[i + 1]
        if (
            this.unit is None
            and after.spelling is not None
            and this.numeral == after.numeral
            and _LIST_JOIN_RE.match(folded[this.end : after.start] + "")
            and _LIST_JOIN_RE.search(folded[this.end : after.start])
            and len(folded[this.end : after.start]) <= 4
            and not (
                _YEAR_LIKE_RE.fullmatch(this.text.strip())
                and folded[this.end : after.start].strip() in (",", "，")
            )
        ):
            try:
                factor, unit = to_canonical(1.0, after.spelling)
            except DataError:
                continue
            out[i] = replace(
                this,
                value=this.value * factor,
                value_high=None if this.value_high is None else this.value_high * factor,
                unit=unit,
                unit_text=(this.unit_text or "") + after.spelling,
                spelling=after.spelling,
            )
    return out


def _source_currency(unit: str, spelling: str, currency: str, before: str) -> str:
    """The currency a spelling that names none stands for in a source whose own is ``currency``."""
    if unit == "CNY" and spelling in _BARE_YUAN and not _YUAN_NAMED_RE.search(before):
        return currency
    if unit == "USD" and spelling in _BARE_DOLLAR and currency in _DOLLARS:
        return currency
    return unit


def _multiple(word: str) -> float:
    """翻N番 is 2**N times; double, triple, quadruple (any form of the verb) and twice 2, 3, 4
    and 2 times."""
    if word.startswith("翻"):
        return 2.0 ** parse_number(word[-2])  # 翻一番, 翻了一番
    if word.lower() == "twice" or word == "倍增":
        return 2.0
    return _MULTIPLE_VALUES[word[: len(word.rstrip("esding"))].lower()]


def _range_join(folded: str, pos: int, between: bool) -> re.Match[str] | None:
    """The words joining a range's two ends at ``pos`` (and, after "between")."""
    return _RANGE_RE.match(folded, pos) or (_BETWEEN_AND_RE.match(folded, pos) if between else None)


def _after_prefix(folded: str, pos: int, prefix: re.Match[str] | None) -> int:
    """Where a range's upper end begins at ``pos``: after the lower end's currency sign or code
    written again ("HK$500 million to HK$1 billion")."""
    if prefix is not None:
        sign = prefix.group().strip()
        if folded.startswith(sign, pos):
            blanks = _BLANKS_RE.match(folded, pos + len(sign))
            return blanks.end() if blanks else pos + len(sign)
    return pos


def _multiplier_at(folded: str, pos: int, numeral: str) -> tuple[float, str | None, int]:
    """(factor, the multiplier as written if Chinese, where it ends) after a number at ``pos``."""
    if numeral == "arabic":
        word = _MULTIPLIER_RE.match(folded, pos)
        if word:
            return _MULTIPLIER_FACTORS[word.group()], word.group(), word.end()
    if numeral != "chinese":
        en = _EN_MULTIPLIER_RE.match(folded, pos)
        if en:
            return _EN_MULTIPLIERS[en.group(1).lower()], None, en.end()
    return 1.0, None, pos


# A Latin unit joined to its number as an adjective: "a 40-acre campus", "a
# 650,000-square-foot lab" (Chinese writes no hyphen there).
_HYPHEN_UNIT_RE = re.compile(r"-(?=[A-Za-z])")


def _hyphenated_unit(folded: str, pos: int) -> tuple[str, int] | None:
    """The unit spelled from ``pos`` with its words joined by hyphens, and where it ends."""
    _, longest = _unit_index()
    window = folded[pos : pos + longest + 1]
    found = _match_unit_window(window.replace("-", " "))
    if found is None or not window[: found[1]].isascii():
        return None
    return found[0], pos + found[1]


def _signed(folded: str, start: int) -> bool:
    """Whether a minus sign stands against the number that begins at ``start``."""
    minus = folded[start - 1 : start]
    if not minus or not _MINUS_RE.fullmatch(minus):
        return False
    before = folded[start - 2 : start - 1]  # empty at the start of the text
    if minus == "−":
        return not before.isdigit()
    return not before or before in _SIGN_AFTER


# A preposition that puts a year after it ("in 2022", "by 2025", "of 2024").
_YEAR_BEFORE_RE = re.compile(r"\b(?:in|by|of|since|during|until)\s+$", re.IGNORECASE)


def _year_to_count(folded: str, start: int, lower: str, upper: str, join: str) -> bool:
    """Whether a "range" is a year followed by the end of a change ("from 45,000 in 2022 to
    100,000 by 2032"): a lower end written as a year (1800-2099, no separator) after "in",
    "by" or "of", and an upper end that is not a year, join no range; a span of years
    ("in 2020 to 2025") still does, and so does "from 2000 to 3000 companies"."""
    return (
        "to" in join.lower()
        and _YEAR_BEFORE_RE.search(folded, max(0, start - 8), start) is not None
        and _YEAR_LIKE_RE.fullmatch(lower.strip()) is not None
        and _YEAR_LIKE_RE.fullmatch(upper.strip()) is None
    )


def _read_figure(
    folded: str, original: str, match: re.Match[str], currency: str | None = None
) -> Figure | None:
    start, pos = match.start(), match.end()
    if match.group("multiple") is not None:
        qualifier = next(
            (
                name
                for pattern, name in _PREFIX_QUALIFIERS
                if pattern.search(folded[max(0, start - 16) : start])
            ),
            "exact",
        )
        verb = match.group()
        return Figure(
            _multiple(verb),
            "times",
            qualifier,
            start,
            pos,
            original[start:pos],
            verb,
            numeral="multiple",
            spelling="times",
        )
    if match.group("fraction") is not None:
        words = match.group().lower().split()
        share = _FRACTION_VALUES[words[-1].rstrip("s")] * (3 if words[0] == "three" else 1)
        qualifier = next(
            (
                name
                for pattern, name in _PREFIX_QUALIFIERS
                if pattern.search(folded[max(0, start - 16) : start])
            ),
            "exact",
        )
        return Figure(
            share,
            "percent",
            qualifier,
            start,
            pos,
            original[start:pos],
            match.group(),
            numeral="word",
            spelling="percent",
        )
    value = parse_number(match.group())
    if math.isnan(value) or math.isinf(value):
        return None
    if match.lastgroup == "arabic" and _signed(folded, start):
        # -15 percent, 同比增长-2.3%: a fall or a loss. The sign is part of the figure, so
        # an evidence span that leaves it out cuts the figure (validation says so).
        value, start = -value, start - 1
    qualifier = "exact"
    unit_text: str | None = None
    numeral = str(match.lastgroup)  # the one of arabic, chinese, word that matched
    high: float | None = None
    between = _BETWEEN_RE.search(folded, max(0, start - 9), start) is not None
    dash = _range_join(folded, pos, between)
    if dash:
        upper = _NUMBER_RE.match(folded, dash.end())
        # A range runs upwards: "from 64.2% as at 31 December 2024 to 58.9%" joins a date's
        # year to the next figure, and a year above the number after "to" is no lower end.
        if (
            upper
            and upper.group(numeral) is not None
            and parse_number(upper.group()) > value
            and not _year_to_count(folded, start, match.group(), upper.group(), dash.group())
        ):
            high = parse_number(upper.group())
            pos = upper.end()
    multiplier, unit_text, pos = _multiplier_at(folded, pos, numeral)
    value *= multiplier
    high = None if high is None else high * multiplier
    # 1億2,000萬, 2萬3,000: a number in two parts is one number, read before its unit (which
    # applies to the sum: 2萬3,000坪) and before a currency named in front of it (HK$1億8,000萬).
    tail = None
    if high is None:
        head_word = _head_word(match.group(), numeral, unit_text)
        tail = _two_part_tail(folded, pos, head_word, value, "." in match.group())
        if tail is not None:
            value, unit_text, pos = value + tail[0], tail[1], tail[2]
    prefix = _currency_prefix_re().search(folded[max(0, start - 6) : start])
    # 8000至1.2万元, "500,000 to 1 million": a lower end without a multiplier (not a year: "in
    # 2022 to 1.2 million" is a date and the end of a change), within a hundredth of the upper.
    plain_lower = (
        multiplier == 1.0
        and numeral == "arabic"
        and _YEAR_LIKE_RE.fullmatch(match.group()) is None
        and value > 0
    )
    if high is None and (multiplier != 1.0 or plain_lower):
        # 28 billion to 30 billion yuan, 1億至1億2,000萬元: both ends carry a multiplier, and
        # either may have a second part. The multipliers may differ (5000万至1亿元, "HK$500
        # million to HK$1 billion"), and the currency may be named again before the upper end.
        dash = _range_join(folded, pos, between)
        upper = dash and _NUMBER_RE.match(folded, _after_prefix(folded, dash.end(), prefix))
        if upper and upper.group(numeral) is not None:
            upper_factor, upper_word, after = _multiplier_at(folded, upper.end(), numeral)
            shared = 1.0
            if (
                tail is None
                and unit_text
                and upper_word
                and upper_word != unit_text
                and upper_word.startswith(unit_text)
            ):
                # 1千至2千万元: the 万 after the upper end is both ends' (1千万至2千万), as the
                # multiplier after 3至5亿 is.
                shared = _MULTIPLIER_FACTORS[upper_word[len(unit_text) :]]
            if (
                (upper_factor == multiplier * shared and not plain_lower)
                or (upper_factor != 1.0 and parse_number(upper.group()) * upper_factor > value)
            ) and not (plain_lower and parse_number(upper.group()) * upper_factor > 100 * value):
                upper_value = parse_number(upper.group()) * upper_factor
                try:
                    upper_tail = _two_part_tail(
                        folded, after, upper_word, upper_value, "." in upper.group()
                    )
                except _Garbled:
                    upper_tail, upper_factor = None, 0.0  # no upper end: read on its own
                if upper_tail is not None:
                    upper_value, after = upper_value + upper_tail[0], upper_tail[2]
                # A range runs upwards (1億至1億2,000萬), as the range before the multiplier.
                if upper_factor and upper_value > value * shared:
                    high, pos = upper_value, after
                    value, multiplier = value * shared, multiplier * shared
                    unit_text = upper_word if shared != 1.0 else unit_text
    if folded.startswith(_INFIX_AT_LEAST, pos):
        qualifier = "at_least"
        pos += 1

    unit = spelling = None
    found = _match_unit(folded, pos)
    if found is None and _HYPHEN_UNIT_RE.match(folded, pos):
        found = _hyphenated_unit(folded, pos + 1)
    if (
        found is None
        and folded[pos : pos + 1] in _COUNTS_ONLY_BEFORE
        and (
            _security_after_re().match(folded, pos + 1)
            or _SECURITY_BEFORE_RE.search(folded, max(0, start - 8), start)
        )
    ):
        found = folded[pos], pos + 1
    # 港幣380億元, 新臺幣3.8兆元: a currency named before the number, 元 after it.
    # 人民币5000万, 人民幣1.2億: the yuan named in full is a currency named before the number too
    # (it keeps CNY in a Hong Kong or Taiwan source: see _source_currency).
    named = _currency_word_re().search(folded[max(0, start - 6) : start]) or _YUAN_WORD_RE.search(
        folded[max(0, start - 6) : start]
    )
    # 兑美元7.1: after an exchange's word the number is a rate, not an amount in that currency.
    no_amount = named is not None and folded.endswith(
        _EXCHANGE_WORDS, 0, start - len(named.group())
    )
    # 美元2025年: a currency's name before a year names no amount of it (HK$2025 still does).
    no_amount = no_amount or (
        multiplier == 1.0 and _YEAR_LIKE_RE.fullmatch(match.group()) is not None
    )
    if found is not None and not (prefix and found[0] in _INFIX_AT_LEAST):
        spelling, after = found
        if named and spelling in ("元", "圓", "圆") and not _YUAN_WORD_RE.match(named.group()):
            spelling = _unit_index()[0][named.group(1)]
        elif prefix and spelling in ("元", "圓", "圆"):
            # MOP 1億2,000萬元, NT$3億元: the code or sign names the currency, 元 repeats it.
            spelling = _unit_index()[0][normalise_spelling(prefix.group())]
        factor, unit = to_canonical(1.0, spelling)
        value, high = value * factor, None if high is None else high * factor
        unit_text = (unit_text or "") + spelling
        pos = after
        # 5.5%-6%: a range whose ends both carry the unit; 5,000万元至1亿元: each end with a
        # multiplier of its own, running upwards.
        if high is None and tail is None:
            dash = _RANGE_RE.match(folded, pos)
            upper = dash and _NUMBER_RE.match(folded, dash.end())
            if upper and upper.group(numeral) is not None:
                upper_factor, _, upper_end = (
                    _multiplier_at(folded, upper.end(), numeral)
                    if multiplier != 1.0
                    else (1.0, None, upper.end())
                )
                again = _match_unit(folded, upper_end)
                upper_value = parse_number(upper.group()) * upper_factor * factor
                if again is not None and again[0] == spelling and upper_value > value:
                    high = upper_value
                    pos = again[1]
    elif prefix or (named and not no_amount):
        # HK$1億8,000萬, 澳門元1億2,000萬: the currency named before the number is its unit.
        written = normalise_spelling(prefix.group()) if prefix else named and named.group(1)
        spelling = _unit_index()[0][str(written)]
        factor, unit = to_canonical(1.0, spelling)
        value, high = value * factor, None if high is None else high * factor
        unit_text = spelling

    if currency is not None and unit is not None and spelling is not None:
        unit = _source_currency(unit, spelling, currency, folded[max(0, start - 6) : start])

    for pattern, name in _SUFFIX_QUALIFIERS:
        suffix = pattern.match(folded, pos)
        if suffix:
            qualifier = qualifier if qualifier != "exact" else name
            pos = suffix.end()
            break
    if qualifier == "exact" and unit == "percent" and _OF_BASE_AT_LEAST.match(folded, pos):
        qualifier = "at_least"  # "3.2% of GDP or more": the share's base, then its floor
    qualifier = _prefix_qualifier(folded[max(0, start - _QUALIFIER_REACH) : start]) or qualifier
    return Figure(
        value,
        unit,
        qualifier,
        start,
        pos,
        original[start:pos],
        unit_text,
        high,
        numeral,
        spelling,
    )
