"""Figures in text: numbers with their multiplier, unit and qualifier.

``find_figures`` scans Chinese (simplified or traditional) and English text for
quantities such as ``1000万平方米以上``, ``9万余人``, ``约78亩``, ``八大项目``,
``RMB 4.112 billion`` or ``19.8%`` and returns each with its value in the
canonical unit, so a catalogue row can be checked against the words of its source.
Here a figure is put together: its ranges, its sign, units shared along a list, and a
qualifier carried along one (:func:`carry_qualifiers`). How a number is written is read by
:mod:`zonetrack.numerals`, its unit and currency by :mod:`zonetrack.writtenunits`, its
qualifier words by :mod:`zonetrack.qualifiers`; :mod:`zonetrack.piecereading` reads a text
piece by piece.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from .exceptions import DataError
from .numerals import (
    FRACTION_NUMERATORS,
    FRACTION_VALUES,
    MULTIPLIER_FACTORS,
    NUMBER_RE,
    Garbled,
    first_part_head,
    fold_digits,
    is_signed,
    multiple_value,
    multiplier_at,
    parse_number,
    per_value,
    signed_number_at,
    two_part_tail,
    word_tail,
)
from .qualifiers import (
    INFIX_AT_LEAST,
    OF_BASE_AT_LEAST,
    PREFIX_QUALIFIERS,
    QUALIFIER_REACH,
    SUFFIX_QUALIFIERS,
    carry_re,
    prefix_qualifier,
)
from .units import normalise_spelling, to_canonical
from .writtenunits import (
    BLANKS_RE,
    COUNTS_ONLY_BEFORE,
    EXCHANGE_WORDS,
    HYPHEN_UNIT_RE,
    SECURITY_BEFORE_RE,
    YUAN_AFTER_RE,
    YUAN_WORD_RE,
    check_currency,
    currency_prefix_re,
    currency_word_re,
    hyphenated_unit,
    match_unit,
    security_after_re,
    source_currency,
    unit_index,
)

__all__ = [
    "Figure",
    "carry_qualifiers",
    "find_figures",
]
# On one line: a dash that opens the next line's list item joins no range.
_RANGE_RE = re.compile(r"[ \t\u3000]*(?:-|~|～|〜|至|到|—|–|\bto\b)[ \t\u3000]*", re.IGNORECASE)
# The upper end of a range of shares after 百分之五十至: its own 百分之 (or 千分之), if written,
# then its numerals, which no date's 年 follows (百分之五十至2030年 is a share until a year).
_PER_UPPER_RE = re.compile(
    r"([百千]分之)?(\d+(?:\.\d+)?|[零〇一二两兩三四五六七八九十百点點]+)"
    r"(?![\d.零〇一二两兩三四五六七八九十百点點年月日号號])"
)
# "between 28 billion and 30 billion yuan": after "between", "and" joins a range's two ends.
# ("between RMB 1.1 billion and RMB 1.3 billion": a currency's code or sign before the lower end.)
_BETWEEN_RE = re.compile(
    r"\bbetween\s+(?:(?:RMB|CNY|HKD|USD|EUR|MOP|TWD|NT|US|HK|S|A)?\s*[$¥€£]?\s*)?$", re.IGNORECASE
)
_BETWEEN_AND_RE = re.compile(r"\s+and\s+", re.IGNORECASE)
# Words between the figures of a list that share the last one's unit (300万、400万平方米).
_LIST_JOIN_RE = re.compile(r"\s*(?:、|,|，|和|及|与|與|或|and|or)\s*$", re.IGNORECASE)
# A year before a comma ends a date, not a list: "in the first half of 2025, 17 per cent".
_YEAR_LIKE_RE = re.compile(r"(?:1[89]|20)\d\d")


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
    folded = fold_digits(text)
    figures: list[Figure] = []
    garbled = 0  # where the last number that is no figure (1.2萬3,000元) ends
    for match in NUMBER_RE.finditer(folded):
        if (figures and match.start() < figures[-1].end) or match.start() < garbled:
            continue  # the upper end of a range, or a number's second part, already read
        if match.group("word") is not None and match.group().lower() in ("a half",):
            continue  # "a half-day": only "and a half" or "half a million" are read
        try:
            figure = _read_figure(folded, text, match, currency)
        except Garbled as exc:
            garbled = exc.end
            continue
        except (DataError, ArithmeticError):
            continue
        if figure is not None:
            figures.append(figure)
    return _pair_bracketed(_share_units(figures, folded), folded, text, currency)


# Between a figure and the same figure again in brackets: words of its currency ("sixty million
# Hong Kong dollars (HK$60,000,000)"), one character closing an amount (整, "whole", after capital
# numerals: 壹拾贰亿元整（¥…）), the bracket, then a label of the way it is written (小写：) and a
# currency's sign; after it, its unit, then the closing bracket. (The patterns name no
# punctuation but the brackets: piecereading cuts a text at what no pattern names.)
_BRACKET_OPEN_RE = re.compile(
    r"(?:[ \t]+(?:Hong|Kong|US|New|Taiwan|Macao|dollars?|yuan|renminbi|patacas?|euros?)){0,3}"
    r"整?[ \t\u3000]*[（(][^\d()（）\n]{0,6}$"
)
_BRACKET_CLOSE_RE = re.compile(r"[^\d()（）\n]{0,6}?[）)]")


def _pair_bracketed(
    figures: list[Figure], folded: str, original: str, currency: str | None = None
) -> list[Figure]:
    """``figures`` with a number written twice, in words or numerals and again in figures in
    brackets, read as one figure: "twelve million five hundred thousand (12,500,000)",
    "thirty per cent (30%)", 港幣一億零二百萬元（102,000,000港元）, 人民币玖亿元（小写：
    ¥900,000,000.00）, and the other way round, $386,450,200.00（澳門元叁億…元整）,
    "1,200 (one thousand two hundred)"; an amount in capital numerals restated in them
    (贰拾亿元（人民币贰拾亿元整）) too.

    The two must have the same value, and the same unit where both have one; the one figure
    spans both, takes the unit either names and the qualifier written before the first. A
    multiplier and a unit after the bracket ("a hundred (100) million", 五十亿（5,000,000,000）元)
    are both numbers', so the one figure's.
    """
    out: list[Figure] = []
    for figure in figures:
        first = out[-1] if out else None
        close = _BRACKET_CLOSE_RE.match(folded, figure.end)
        if (
            first is not None
            and close is not None
            and _restates(first, figure, folded, close.end())
            and _BRACKET_OPEN_RE.match(folded[first.end : figure.start])
            and math.isclose(first.value, figure.value, rel_tol=1e-9)
            and (first.unit is None or figure.unit is None or first.unit == figure.unit)
        ):
            arabic = figure if figure.numeral == "arabic" else first
            # A multiplier after the bracket ("one point five (1.5) million") belongs to both
            # numbers: the one figure is read with it (review 16: it was read as 1.5).
            factor, _, end = multiplier_at(folded, close.end(), "arabic")
            unit, unit_text = figure.unit or first.unit, figure.unit_text or first.unit_text
            spelling = figure.spelling or first.spelling
            found = match_unit(folded, end) if unit is None else None
            if found is not None:
                # 五十亿（5,000,000,000）元: the unit after the bracket is both numbers' too.
                spelling, end = found
                unit_factor, unit = to_canonical(1.0, spelling)
                if currency is not None and unit is not None:
                    before = folded[max(0, first.start - 6) : first.start]
                    unit = source_currency(unit, spelling, currency, before)
                factor, unit_text = factor * unit_factor, spelling
            out[-1] = replace(
                arabic,
                value=arabic.value * factor,
                unit=unit,
                unit_text=unit_text,
                spelling=spelling,
                qualifier=first.qualifier if first.qualifier != "exact" else figure.qualifier,
                start=first.start,
                end=end,
                text=original[first.start : end],
            )
            continue
        out.append(figure)
    return out


def _restates(first: Figure, bracketed: Figure, folded: str, after: int) -> bool:
    """Whether ``bracketed`` may restate ``first`` by how the two are written (their values
    are compared apart): one in Arabic numerals and the other not, or an amount in Chinese
    numerals with its unit written again in them (贰拾亿元（人民币贰拾亿元整）)."""
    if first.numeral == bracketed.numeral:
        return first.numeral == "chinese" and first.unit is not None
    if "arabic" not in (first.numeral, bracketed.numeral):
        return False
    # A bare small number in brackets, "three (3)", may be a list's marker: one in Arabic
    # numerals in brackets shows a unit, a separator or decimals, or a multiplier follows
    # the bracket ("a hundred (100) million"); a number in words is never a marker.
    return (
        bracketed.numeral != "arabic"
        or bracketed.unit is not None
        or re.search(r"[,.]", bracketed.text) is not None
        or multiplier_at(folded, after, "arabic")[0] != 1.0
    )


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
    folded = fold_digits(text)
    carried = False  # whether the figure before took its qualifier from the one before it
    for i in range(1, len(out)):
        before, this = out[i - 1], out[i]
        # 分别不低于500万元、600万元、700万元: a list of three or more carries it on to each.
        written_before = carried or (
            prefix_qualifier(folded[max(0, before.start - QUALIFIER_REACH) : before.start])
            == before.qualifier
        )
        carried = (
            this.qualifier == "exact"
            and before.qualifier != "exact"
            and this.unit is not None
            and this.unit == before.unit
            and before.end <= this.start
            and carry_re().match(folded, before.end, this.start) is not None
            and written_before
        )
        if carried:
            out[i] = replace(this, qualifier=before.qualifier)
    return out


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


def _range_join(folded: str, pos: int, between: bool) -> re.Match[str] | None:
    """The words joining a range's two ends at ``pos`` (and, after "between")."""
    return _RANGE_RE.match(folded, pos) or (_BETWEEN_AND_RE.match(folded, pos) if between else None)


def _after_prefix(folded: str, pos: int, prefix: re.Match[str] | None) -> int:
    """Where a range's upper end begins at ``pos``: after the lower end's currency sign or code
    written again ("HK$500 million to HK$1 billion")."""
    if prefix is not None:
        sign = prefix.group().strip()
        if folded.startswith(sign, pos):
            blanks = BLANKS_RE.match(folded, pos + len(sign))
            return blanks.end() if blanks else pos + len(sign)
    return pos


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


def _per_figure(folded: str, original: str, match: re.Match[str]) -> Figure | None:
    """百分之三十, 千分之一: a share in percent, with the qualifiers written around it
    (不得超過百分之五十, 以代價之百分之三十為上限); None for numerals that make no number."""
    value = per_value(match.group())
    if value is None:
        return None
    start, pos = match.start(), match.end()
    written = match.group()
    # 百分之五十到六十, 百分之五十至百分之六十: a range of shares, as 50%至60% is (the upper
    # end's 百分之 may be left out; a different base, 千分之 after 百分之, ends no range).
    high = None
    dash = _RANGE_RE.match(folded, pos)
    upper = _PER_UPPER_RE.match(folded, dash.end()) if dash else None
    # (An upper end with a unit of its own, 百分之五十至六十家, is another figure.)
    if (
        upper is not None
        and upper[1] in (None, written[:3])
        and not match_unit(folded, upper.end())
    ):
        upper_value = per_value(written[:3] + upper[2])
        if upper_value is not None and upper_value > value:
            high, pos = upper_value, upper.end()
    qualifier = "exact"
    for pattern, name in SUFFIX_QUALIFIERS:
        suffix = pattern.match(folded, pos)
        if suffix:
            qualifier, pos = name, suffix.end()
            break
    qualifier = prefix_qualifier(folded[max(0, start - QUALIFIER_REACH) : start]) or qualifier
    return Figure(
        value,
        "percent",
        qualifier,
        start,
        pos,
        original[start:pos],
        written[:3],
        value_high=high,
        numeral="chinese",
        spelling="%",
    )


def _read_figure(
    folded: str, original: str, match: re.Match[str], currency: str | None = None
) -> Figure | None:
    start, pos = match.start(), match.end()
    if match.group("multiple") is not None:
        qualifier = next(
            (
                name
                for pattern, name in PREFIX_QUALIFIERS
                if pattern.search(folded[max(0, start - 16) : start])
            ),
            "exact",
        )
        verb = match.group()
        return Figure(
            multiple_value(verb),
            "times",
            qualifier,
            start,
            pos,
            original[start:pos],
            verb,
            numeral="multiple",
            spelling="times",
        )
    if match.group("per") is not None:
        return _per_figure(folded, original, match)
    if match.group("fraction") is not None:
        words = re.split(r"[\s-]+", match.group().lower())
        share = FRACTION_VALUES[words[-1].rstrip("s")] * FRACTION_NUMERATORS.get(words[0], 1)
        qualifier = next(
            (
                name
                for pattern, name in PREFIX_QUALIFIERS
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
    if match.lastgroup == "arabic" and is_signed(folded, start):
        # -15 percent, 同比增长-2.3%: a fall or a loss. The sign is part of the figure, so
        # an evidence span that leaves it out cuts the figure (validation says so).
        value, start = -value, start - 1
    qualifier = "exact"
    unit_text: str | None = None
    numeral = str(match.lastgroup)  # the one of arabic, chinese, word that matched
    high: float | None = None
    between = _BETWEEN_RE.search(folded, max(0, start - 14), start) is not None
    dash = _range_join(folded, pos, between)
    if dash:
        upper, sign = signed_number_at(folded, dash.end())
        # A range runs upwards: "from 64.2% as at 31 December 2024 to 58.9%" joins a date's
        # year to the next figure, and a year above the number after "to" is no lower end.
        if (
            upper
            and upper.group(numeral) is not None
            and sign * parse_number(upper.group()) > value
            and not _year_to_count(folded, start, match.group(), upper.group(), dash.group())
        ):
            high = sign * parse_number(upper.group())
            pos = upper.end()
    multiplier, unit_text, pos = multiplier_at(folded, pos, numeral)
    value *= multiplier
    high = None if high is None else high * multiplier
    # 1億2,000萬, 2萬3,000: a number in two parts is one number, read before its unit (which
    # applies to the sum: 2萬3,000坪) and before a currency named in front of it (HK$1億8,000萬).
    tail = None
    if high is None and numeral == "word" and multiplier > 1:
        # "twelve million five hundred thousand": one number written in parts.
        rest = word_tail(folded, pos, multiplier)
        if rest is not None:
            value, pos = value + rest[0], rest[1]
    elif high is None:
        head_word = first_part_head(match.group(), numeral, unit_text)
        tail = two_part_tail(folded, pos, head_word, value, "." in match.group())
        if tail is not None:
            value, unit_text, pos = value + tail[0], tail[1], tail[2]
    prefix = currency_prefix_re().search(folded[max(0, start - 6) : start])
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
        upper, sign = (
            signed_number_at(folded, _after_prefix(folded, dash.end(), prefix))
            if dash
            else (None, 1.0)
        )
        if upper and upper.group(numeral) is not None:
            upper_factor, upper_word, after = multiplier_at(folded, upper.end(), numeral)
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
                shared = MULTIPLIER_FACTORS[upper_word[len(unit_text) :]]
            if (
                (upper_factor == multiplier * shared and not plain_lower)
                or (
                    upper_factor != 1.0
                    and sign * parse_number(upper.group()) * upper_factor > value
                )
            ) and not (plain_lower and parse_number(upper.group()) * upper_factor > 100 * value):
                upper_value = sign * parse_number(upper.group()) * upper_factor
                try:
                    upper_tail = two_part_tail(
                        folded, after, upper_word, upper_value, "." in upper.group()
                    )
                except Garbled:
                    upper_tail, upper_factor = None, 0.0  # no upper end: read on its own
                if upper_tail is not None:
                    upper_value, after = upper_value + upper_tail[0], upper_tail[2]
                # A range runs upwards (1億至1億2,000萬), as the range before the multiplier.
                if upper_factor and upper_value > value * shared:
                    high, pos = upper_value, after
                    value, multiplier = value * shared, multiplier * shared
                    unit_text = upper_word if shared != 1.0 else unit_text
    if folded.startswith(INFIX_AT_LEAST, pos):
        qualifier = "at_least"
        pos += 1

    unit = spelling = None
    found = match_unit(folded, pos)
    if found is None and HYPHEN_UNIT_RE.match(folded, pos):
        found = hyphenated_unit(folded, pos + 1)
    if (
        found is None
        and folded[pos : pos + 1] in COUNTS_ONLY_BEFORE
        and (
            security_after_re().match(folded, pos + 1)
            or SECURITY_BEFORE_RE.search(folded, max(0, start - 8), start)
        )
    ):
        found = folded[pos], pos + 1
    # 港幣380億元, 新臺幣3.8兆元: a currency named before the number, 元 after it.
    # 人民币5000万, 人民幣1.2億: the yuan named in full is a currency named before the number too
    # (it keeps CNY in a Hong Kong or Taiwan source: see source_currency).
    named = currency_word_re().search(folded[max(0, start - 6) : start]) or YUAN_WORD_RE.search(
        folded[max(0, start - 6) : start]
    )
    # 兑美元7.1: after an exchange's word the number is a rate, not an amount in that currency.
    no_amount = named is not None and folded.endswith(EXCHANGE_WORDS, 0, start - len(named.group()))
    # 美元2025年: a currency's name before a year names no amount of it (HK$2025 still does).
    no_amount = no_amount or (
        multiplier == 1.0 and _YEAR_LIKE_RE.fullmatch(match.group()) is not None
    )
    if found is not None and not (prefix and found[0] in INFIX_AT_LEAST):
        spelling, after = found
        if named and spelling in ("元", "圓", "圆") and not YUAN_WORD_RE.match(named.group()):
            spelling = unit_index()[0][named.group(1)]
        elif prefix and spelling in ("元", "圓", "圆"):
            # MOP 1億2,000萬元, NT$3億元: the code or sign names the currency, 元 repeats it.
            spelling = unit_index()[0][normalise_spelling(prefix.group())]
        factor, unit = to_canonical(1.0, spelling)
        value, high = value * factor, None if high is None else high * factor
        unit_text = (unit_text or "") + spelling
        pos = after
        # 5.5%-6%: a range whose ends both carry the unit; 5,000万元至1亿元: each end with a
        # multiplier of its own, running upwards.
        if high is None and tail is None:
            dash = _RANGE_RE.match(folded, pos)
            upper, sign = signed_number_at(folded, dash.end()) if dash else (None, 1.0)
            if upper and upper.group(numeral) is not None:
                upper_factor, _, upper_end = (
                    multiplier_at(folded, upper.end(), numeral)
                    if multiplier != 1.0
                    else (1.0, None, upper.end())
                )
                again = match_unit(folded, upper_end)
                upper_value = sign * parse_number(upper.group()) * upper_factor * factor
                if again is not None and again[0] == spelling and upper_value > value:
                    high = upper_value
                    pos = again[1]
    elif prefix or (named and not no_amount):
        # HK$1億8,000萬, 澳門元1億2,000萬: the currency named before the number is its unit.
        written = normalise_spelling(prefix.group()) if prefix else named and named.group(1)
        spelling = unit_index()[0][str(written)]
        factor, unit = to_canonical(1.0, spelling)
        value, high = value * factor, None if high is None else high * factor
        unit_text = spelling

    if currency is not None and unit is not None and spelling is not None:
        unit = source_currency(
            unit, spelling, currency, folded[max(0, start - 6) : start], folded[pos : pos + 4]
        )
    if (
        unit == "CNY"
        and spelling in ("元", "万元", "萬元", "亿元", "億元")
        and (yuan := YUAN_AFTER_RE.match(folded, pos))
    ):
        pos = yuan.end()  # (265.8億元人民幣: the name of the yuan is part of the figure)

    for pattern, name in SUFFIX_QUALIFIERS:
        suffix = pattern.match(folded, pos)
        if suffix:
            qualifier = qualifier if qualifier != "exact" else name
            pos = suffix.end()
            break
    if qualifier == "exact" and unit == "percent" and OF_BASE_AT_LEAST.match(folded, pos):
        qualifier = "at_least"  # "3.2% of GDP or more": the share's base, then its floor
    qualifier = prefix_qualifier(folded[max(0, start - QUALIFIER_REACH) : start]) or qualifier
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
