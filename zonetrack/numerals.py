"""How a number is written, and its value.

Arabic numbers (``1,006.57``, full width ``１２``, a sign where a value is announced),
Chinese numerals (一千二百, 千亿, read by cn2an), English number words ("three hundred",
"a half"), multiples (翻一番, "double") and fractions ("a quarter of"), the multipliers after
a number (万, 亿, "million") and numbers written in two parts (1億2,000萬, 3千5百人).
:func:`parse_number` reads one; :data:`NUMBER_RE` finds them.
"""

from __future__ import annotations

import re
import unicodedata

import cn2an

from .exceptions import DataError
from .writtenunits import match_unit

__all__ = [
    "EN_MULTIPLIERS",
    "EN_TENS",
    "EN_UNITS",
    "FRACTION_NUMERATORS",
    "FRACTION_VALUES",
    "MULTIPLIER_FACTORS",
    "NUMBER_RE",
    "SIGNS",
    "Garbled",
    "first_part_head",
    "fold_digits",
    "is_signed",
    "multiple_value",
    "multiplier_at",
    "parse_number",
    "per_value",
    "signed_number_at",
    "two_part_tail",
    "word_tail",
]

# "5 000 staff", 12\u00a0450 m²: a space (plain, no-break or thin) as the thousands separator,
# where a word follows the number (numbers side by side in a table's row end a line or stand
# before another number: "120 340" there is two).
# (Not after a letter: "In Q3 120 firms", "By FY27 300 firms" are a label, then a count.)
_SPACED = r"(?<![\d.,A-Za-z])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,])(?=[ \u00a0]?[^\W\d_])"
_ARABIC = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_SPACED}|\d+(?:\.\d+)?"
_CN_DIGIT = "零〇一二两兩三四五六七八九十"
_CN_ANY = _CN_DIGIT + "百千万萬亿億"
# 百亿, 千亿元: a round number written with multipliers only.
# 壹拾贰亿, 伍佰万, 叁億捌仟陸佰肆拾伍萬零貳佰: the capital numerals contracts and cheques write
# so that no stroke can be added. One capital digit alone (陆家嘴, 大陆, 队伍) is a numeral only
# before 份 or 元 (一式肆份, 伍元); 參 is left out (參加, 參與).
_CN_CAPITAL_DIGIT = "壹贰貳叁肆伍陆陸柒捌玖拾"
_CN_CAPITAL_ANY = _CN_CAPITAL_DIGIT + "零〇佰仟万萬亿億"
_CAPITAL = (
    rf"[{_CN_CAPITAL_ANY}]*[{_CN_CAPITAL_DIGIT}][{_CN_CAPITAL_ANY}]*(?<=[{_CN_CAPITAL_ANY}]{{2}})"
    rf"|[{_CN_CAPITAL_DIGIT}](?=[份元圆圓])"
)
_CHINESE = (
    rf"{_CAPITAL}|[{_CN_ANY}]*[{_CN_DIGIT}][{_CN_ANY}]*|(?<![{_CN_ANY}])[百千][万萬亿億]+"
    # 逾千人, 超百家: a round hundred or thousand after a qualifier,
    # counting people or units (not 千年, 百年: an age, no count).
    rf"|(?<=[逾超近约約])[百千](?=[人家个個名宗项項间間所座位场場件套户戶])"
)
EN_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
EN_TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_EN_SMALL = (
    rf"(?:{'|'.join(EN_TENS)})(?:[\s-]+(?:{'|'.join(list(EN_UNITS)[1:10])}))?"
    rf"|{'|'.join(sorted(EN_UNITS, key=len, reverse=True))}"
)
_WORDS = (
    rf"\b(?:a\s+dozen|half\s+a(?=\s+(?:million|billion|trillion))"
    # "a hundred (100) million", "a thousand (1,000)": "a" is one where a bracket restates
    # the number in figures (alone, "a hundred firms" is a round guess, left out).
    r"|a(?:\s+hundred|(?=\s+(?:thousand|million|billion|trillion)))"
    r"(?=(?:\s+(?:thousand|million|billion|trillion))?\s*[（(]\s*\d)"
    rf"|(?:{_EN_SMALL})(?:\s+hundred(?:\s+and)?(?:\s+(?:{_EN_SMALL}))?)?(?:\s+and\s+a\s+half)?"
    # "six point five times", "two point three five": decimals written as words.
    rf"(?:\s+point(?:\s+(?:{'|'.join(list(EN_UNITS)[:10])}))+)?"
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
# ("at least a third of funded teams", "roughly two thirds of revenue", two-thirds: thirds
# too, and any numerator below its denominator.)
_FRACTION = (
    r"\b(?:(?:a|one)[\s-]+(?:third|quarter|fifth|tenth)|two[\s-]+(?:thirds|fifths|tenths)"
    r"|three[\s-]+(?:quarters|fifths|tenths)|four[\s-]+fifths"
    r"|(?<!first\s)(?<!second\s)(?<!the\s)(?<!\bin\s)half)"
    r"(?=\s+of\s+(?!(?:a\s+)?(?:century|year|decade|month|the\s+year|\d))\b)"
)
FRACTION_VALUES = {"third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0, "half": 50.0}
# The numerator a fraction's first word names ("two thirds").
FRACTION_NUMERATORS = {"two": 2, "three": 3, "four": 4}
# 百分之三十, 百分之五十一, 千分之一, 百分之2.5: a share written as "so many hundredths (or
# thousandths) of", read in percent.
_PER = r"[百千]分之(?:\d+(?:\.\d+)?|[零〇一二两兩三四五六七八九十百点點]+)"
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
SIGNS = "-−"
NUMBER_RE = re.compile(
    rf"(?P<multiple>{_MULTIPLE})|(?P<fraction>{_FRACTION})|(?P<per>{_PER})|(?P<arabic>{_ARABIC})"
    rf"|(?P<chinese>{_CHINESE})|(?P<word>{_WORDS})",
    re.IGNORECASE,
)

# Multipliers written after an Arabic number; longest first.
_MULTIPLIERS = (
    ("万亿", 1e12),
    ("萬億", 1e12),
    ("兆", 1e12),  # as Taiwan and Hong Kong write a trillion (新臺幣3.8兆元)
    ("千万", 1e7),
    ("千萬", 1e7),
    # 仟, the form of 千 that accounts write (新臺幣仟元: thousands of NT dollars).
    ("仟萬", 1e7),
    ("百万", 1e6),
    ("百萬", 1e6),
    ("万", 1e4),
    ("萬", 1e4),
    ("亿", 1e8),
    ("億", 1e8),
    ("千", 1e3),
    ("仟", 1e3),
    ("百", 1e2),
)
# One alternation in the order above: at a given place the first that matches wins.
# (兆瓦 is the megawatt, a unit: its 兆 multiplies nothing, 已併網78兆瓦.)
_MULTIPLIER_RE = re.compile(
    "|".join(re.escape(word) + ("(?!瓦)" if word == "兆" else "") for word, _ in _MULTIPLIERS)
)
MULTIPLIER_FACTORS = dict(_MULTIPLIERS)
# A multiplier may be hyphenated to its number as an adjective ("a 10-billion-yuan fund",
# "a 1.1-million-square-foot wing"). A broker's k (thousand) stands against its number
# ("~320k sq m"); apart from it, k is a word of its own.
_EN_MULTIPLIER_RE = re.compile(
    r"(?:(?:\s*|-)(trillion|billion|million|thousand|bn|mn)|(k))\b", re.IGNORECASE
)
EN_MULTIPLIERS = {
    "trillion": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "thousand": 1e3,
    "k": 1e3,
}


_GROUP_SPACE_RE = re.compile(r"(?<=\d)[ \u2009\u202f](?=\d{3})")


def parse_number(token: str) -> float:
    """Read an Arabic (``1,006.57``, full-width ``１２``), Chinese (``一千二百``, ``千亿``) or
    English (``twenty-five``, ``three hundred``, ``a dozen``) number.

    Raises
    ------
    DataError
        If the token is not a number.
    """
    text = unicodedata.normalize("NFKC", token).strip().replace(",", "")
    text = _GROUP_SPACE_RE.sub("", text)  # 7 000: a space between groups of digits
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
    if "point" in words:  # six point five: the digits after "point" are the decimals
        at = words.index("point")
        decimals = "".join(str(EN_UNITS[w]) for w in words[at + 1 :] if EN_UNITS.get(w, 10) < 10)
        if len(decimals) != len(words) - at - 1:
            raise DataError(f"not a number: {text!r}", value=text)
        return _parse_words(" ".join(words[:at])) + float(f"0.{decimals}")
    total, current = 0.0, 0.0
    for i, word in enumerate(words):
        if word == "a" and i == 0:  # "a hundred (100)": see _WORDS
            current = 1.0
        elif word in EN_UNITS:
            current += EN_UNITS[word]
        elif word in EN_TENS:
            current += EN_TENS[word]
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


def fold_digits(text: str) -> str:
    """``text`` with full-width digits and punctuation folded to their NFKC form."""
    # Full-width digits and punctuation fold to ASCII one character for one, so offsets hold.
    if text.isascii():
        return text  # NFKC leaves every ASCII character as it is
    return text.translate(_FOLD_TABLE)


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


class Garbled(Exception):
    """A number whose two parts do not add up (1.2萬3,000元): no figure is read from it."""

    def __init__(self, end: int) -> None:
        super().__init__(end)
        self.end = end


def first_part_head(written: str, numeral: str, multiplier_word: str | None) -> str | None:
    """The multiplier a number's first part ends with, if a second part may follow it."""
    if numeral == "arabic":
        return multiplier_word if multiplier_word in _COMPOUND_HEADS else None
    if numeral == "chinese":  # 一億2,000萬: the multiplier is part of the Chinese numeral
        return next((w for w in _COMPOUND_HEADS_LONGEST_FIRST if written.endswith(w)), None)
    return None


def two_part_tail(
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
    Garbled
        When the first part is a decimal (1.2萬3,000元): the two parts are then no sum a writer
        means, and neither is read as a figure.
    """
    if head_word not in _COMPOUND_HEADS:
        return None  # none, or a multiplier no second part follows (5000百: 百 is no head)
    tail = _TAIL_NUMBER_RE.match(folded, pos)
    if tail is None:
        return None
    factor, word, end = multiplier_at(folded, tail.end(), "arabic")
    if word is None and factor != 1.0:
        return None  # 1萬3 million: an English multiplier is no second part
    if head_word == "千" and word is not None and word[0] == "百":
        # 3千5百万元, 1千2百亿元: a number of thousands and hundreds, then the 万 or 亿 that
        # multiplies the whole (3千5百 万, not 3千 and 5百万). Its hundreds are one digit.
        if not re.fullmatch(r"[1-9]", tail.group()):
            return None
        outer_factor, outer_word = 1.0, ""
        if len(word) > 1:  # 百万, 百萬: read as one multiplier; its 万 is the outer one
            outer_factor, outer_word = MULTIPLIER_FACTORS[word[1:]], word[1:]
        else:
            outer = _OUTER_MULTIPLIER_RE.match(folded, end)
            if outer is not None:
                outer_factor, outer_word, end = (
                    MULTIPLIER_FACTORS[outer.group()],
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
    shows = "," in tail.group() or word is not None or match_unit(folded, end) is not None
    head_factor = _COMPOUND_HEADS[head_word]
    value = parse_number(tail.group()) * factor
    if not shows or not 0 < value < head_factor:
        return None
    if decimal_head:
        raise Garbled(end)
    if head_value < head_factor:
        return None
    return value, word, end


def per_value(written: str) -> float | None:
    """百分之三十 is 30 percent, 千分之一 0.1 percent, 百分之百 100 percent: the share, in
    percent; None for numerals that make no number (百分之五点五点)."""
    number = written[3:].replace("點", "点")
    if re.fullmatch(r"\d+(?:\.\d+)?", number):
        value = float(number)
    else:
        # cn2an reads 一百 and 零点五 but not the 百 of 百分之百 nor a bare 点五.
        if number[0] in "百千":
            number = "一" + number
        elif number[0] == "点":
            number = "零" + number
        try:
            value = float(cn2an.cn2an(number, "smart"))
        except ValueError:
            return None
    return value if written[0] == "百" else value / 10


# What joins the parts of a number written in words: "twelve million five hundred thousand",
# "one billion and fifty million" (not a comma: "thirty million, twenty of them" are two).
_WORD_JOIN_RE = re.compile(r"(?:\s+and)?\s+", re.IGNORECASE)


def word_tail(folded: str, pos: int, factor: float) -> tuple[float, int] | None:
    """The rest of a number written in words whose first part ends at ``pos`` with the
    multiplier ``factor`` ("twelve million | five hundred thousand"): its value and where it
    ends, or None. Each further part carries a smaller multiplier than the part before it, or
    is the last part, hundreds ("two million three hundred"); a bare small number after it
    starts another figure ("one billion and three new labs")."""
    total, end = 0.0, None
    while factor > 1e3 or (factor > 1 and end is None):
        join = _WORD_JOIN_RE.match(folded, pos)
        part = NUMBER_RE.match(folded, join.end()) if join else None
        if part is None or part.group("word") is None:
            break
        part_factor, _, after = multiplier_at(folded, part.end(), "word")
        value = parse_number(part.group()) * part_factor
        if part_factor >= factor or value >= factor:
            break
        if part_factor == 1 and "hundred" not in part.group().lower():
            break
        total, end, pos, factor = total + value, after, after, part_factor
    return None if end is None else (total, end)


def multiple_value(word: str) -> float:
    """翻N番 is 2**N times; double, triple, quadruple (any form of the verb) and twice 2, 3, 4
    and 2 times."""
    if word.startswith("翻"):
        return 2.0 ** parse_number(word[-2])  # 翻一番, 翻了一番
    if word.lower() == "twice" or word == "倍增":
        return 2.0
    return _MULTIPLE_VALUES[word[: len(word.rstrip("esding"))].lower()]


def multiplier_at(folded: str, pos: int, numeral: str) -> tuple[float, str | None, int]:
    """(factor, the multiplier as written if Chinese, where it ends) after a number at ``pos``."""
    if numeral == "arabic":
        word = _MULTIPLIER_RE.match(folded, pos)
        if word:
            return MULTIPLIER_FACTORS[word.group()], word.group(), word.end()
    if numeral != "chinese":
        en = _EN_MULTIPLIER_RE.match(folded, pos)
        if en:
            return EN_MULTIPLIERS[(en.group(1) or en.group(2)).lower()], None, en.end()
    return 1.0, None, pos


def is_signed(folded: str, start: int) -> bool:
    """Whether a minus sign stands against the number that begins at ``start``."""
    minus = folded[start - 1 : start]
    if not minus or not _MINUS_RE.fullmatch(minus):
        return False
    before = folded[start - 2 : start - 1]  # empty at the start of the text
    if minus == "−":
        return not before.isdigit()
    return not before or before in _SIGN_AFTER


def signed_number_at(folded: str, pos: int) -> tuple[re.Match[str] | None, float]:
    """The number a range's upper end begins with at ``pos``, and its sign.

    Parameters
    ----------
    folded : str
        The text with its digits folded (`fold_digits`).
    pos : int
        Where the upper end begins, after the range word.

    Returns
    -------
    tuple of (re.Match or None, float)
        The number's match and -1.0 when a minus sign stands before an Arabic number (-3 in
        增长-5%至-3%, a fall of 3 to 5 percent written as growth, carries its sign as the
        lower end does), else 1.0; no match when the minus stands before anything else.
    """
    if _MINUS_RE.fullmatch(folded[pos : pos + 1]):
        upper = NUMBER_RE.match(folded, pos + 1)
        return (upper, -1.0) if upper and upper.group("arabic") is not None else (None, 1.0)
    return NUMBER_RE.match(folded, pos), 1.0
