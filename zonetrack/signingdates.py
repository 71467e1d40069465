"""The day a deal was signed, which dates what was paid at its signing.

An announcement of a deal tells the day its agreement was made (签订日期：2026年11月3日; "on 13
November 2026 … entered into a subscription agreement"; 於二零二六年十一月六日…訂立買賣協議)
and what was paid then ("a deposit …, which was paid on the date of the Subscription
Agreement", 港幣二千萬元已於簽署該協議時支付, 已于本协议签订前…缴纳). Such a payment is a fact
of the signing day (:func:`signing_payment_date`). The deal's own terms (its price, shares,
consideration) stay dated by their own sentence only: they are terms, as a scheme's are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datebasis import Date
from .periods import MONTHS, find_date
from .sentences import SEMICOLON, first_stop_from, last_stop_before, says

__all__ = ["agreement_day", "signing_payment_date"]


# What was paid (or fell due and was paid) at the signing of the agreement the text tells of:
# "paid on the date of the Subscription Agreement", "paid upon signing", 已於簽署該協議時支付,
# 已于本协议签订前…缴纳, 签约时已支付.
_PAID_AT_SIGNING = re.compile(
    # ("The Investor has paid … on the date of this Agreement": the payer told as subject.)
    r"\b(?:was|were|has(?:\s+been)?|have(?:\s+been)?|had(?:\s+been)?)\s+paid\b[^.;]{0,60}?"
    r"\b(?:on\s+the\s+date\s+of\s+(?:the\s+|this\s+)?(?:[A-Z][a-z]+\s+){0,3}"
    r"(?:Agreement|Contract|Deed)|(?:on|upon|at)\s+(?:the\s+)?(?:signing|execution)\b)"
    r"|已(?:于|於)?[^，,。；;]{0,12}?(?:签署|簽署|签订|簽訂|签约|簽約|訂立|订立)"
    r"[^，,。；;]{0,8}?(?:时|時|前|当日|當日)[^。；;]{0,40}?(?:支付|缴纳|繳納|缴付|繳付|交付)",
)


# The day the agreement was made: a field line (签订日期：2026年11月3日, 簽署日期：…), or a
# sentence that tells its making with the day ("on 13 November 2026 (after trading hours),
# … entered into a subscription agreement", 於…訂立買賣協議, 双方于…签订协议).
_SIGNING_FIELD = re.compile(
    r"(?:签订|簽訂|签署|簽署|签约|簽約|訂立|订立)(?:日期|时间|時間)\s*[:：]"
)
_SIGNING_WORDS = re.compile(
    r"\b(?:entered\s+into|signed|executed)\b[^.;\n]{0,80}?\b(?:agreement|contract|deed)\b"
    # "THIS AGREEMENT is dated 2 November 2026", "This Deed, dated 5 May 2026": the day after.
    r"|\b(?:agreement|contract|deed),?\s+(?:is\s+)?dated\s+[^.;\n]{0,24}"
    # 签订《…项目投资合同》: the contract named by its title in 《》, however long.
    r"|(?:訂立|订立|簽訂|签订|簽署|签署)[^。；;\n]{0,20}?(?:《[^》\n]{0,60}》|協議|协议|合同|合約)",
    re.I,
)
_SENTENCE_END = re.compile(r"[。；;]|\.(?:\s|$)|\n")

# A day named in full, not a year or a month alone (13 November 2026, 十一月六日, 11月3日).
_DAY = re.compile(
    rf"\d{{1,2}}\s+(?:{MONTHS})|(?:{MONTHS})\.?\s+\d{{1,2}}\b"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號]"
)


def _signing_day(text: str) -> str | None:
    """The day the text says its agreement was signed: a field line first, else the first
    sentence that tells the signing with a day."""
    field = _SIGNING_FIELD.search(text)
    if field is not None:
        day = find_date("ref_date", text[field.end() : field.end() + 20])
        if day is not None:
            return str(day)
    for signing in _SIGNING_WORDS.finditer(text):
        lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, signing.start())), default=0)
        told = text[lo : signing.end()]
        day = find_date("ref_date", told)
        if day is not None and _DAY.search(told):
            return str(day)
    return None


@lru_cache(maxsize=4)
def agreement_day(text: str) -> str | None:
    """The day the text says its agreement was made ("THIS AGREEMENT is dated 2 November
    2026", 签订日期：…), or None. Cached: asked per figure, read once per text."""
    return _signing_day(text)


def signing_payment_date(text: str, sentence: str, rel: int) -> Date | None:
    """The signing day, for a figure whose statement tells it was paid at the signing.

    Parameters
    ----------
    text : str
        The document (the day may be told in any earlier part of it).
    sentence : str
        The figure's sentence.
    rel : int
        The figure's offset in ``sentence``.

    Returns
    -------
    Date or None
        The day the agreement was signed, or None when the figure's statement (between
        semicolons) tells no payment at signing or the text names no signing day.
    """
    lo = last_stop_before(SEMICOLON, sentence, rel)
    hi = first_stop_from(SEMICOLON, sentence, rel)
    if not says(_PAID_AT_SIGNING, sentence, lo, hi):
        return None
    day = _signing_day(text)
    return Date(day, "paid at the signing of the agreement: its day") if day else None
