"""Yearly commitments counted from an event: goals with no deadline.

A contract often binds a party to a yearly level from a year counted from an event whose day
is not fixed yet ("From the third full financial year following the Commencement of
Operations, … shall pay taxes … of not less than RMB 60 million in each financial year",
自投产后第三年起，项目公司每年…缴纳的税收不低于1.2亿元): a goal, but one with no end and no
computable start, so with no deadline. :func:`is_yearly_commitment` tells such a statement.
"""

from __future__ import annotations

import re

__all__ = ["is_yearly_commitment"]

# A year counted from an event: "from the third full financial year following", "from the
# second year after", 自投产后第三年起, 从竣工验收后第二个完整会计年度起.
_FROM_COUNTED_YEAR = re.compile(
    r"\bfrom\s+the\s+(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:full\s+)?(?:financial\s+|fiscal\s+|calendar\s+)?year\s+(?:following|after)\b"
    r"|(?:自|从|從)[^，,。；;]{0,16}?(?:后|後)\s*第\s*[一二三四五六七八九十\d]{1,2}\s*(?:个|個)?"
    r"(?:完整)?(?:的)?(?:会计|會計|财政|財政|自然)?年度?\s*(?:起|开始|開始)",
    re.I,
)

# Each year of it: "in each financial year", "every year", 每年, 每一会计年度.
_EACH_YEAR = re.compile(
    r"\b(?:in\s+)?(?:each|every|per)\s+(?:full\s+)?(?:financial\s+|fiscal\s+|calendar\s+)?year\b"
    r"|每年|每一?\s*(?:个|個)?(?:会计|會計|财政|財政)?年度",
    re.I,
)

# The words of an obligation or a floor ("shall", 应, 不低于, "not less than").
_BOUND = re.compile(
    r"\bshall\b|\bmust\b|\bundertakes?\b|应|應|须|須|承诺|承諾|保证|保證"
    r"|不低于|不低於|不少于|不少於|\bnot\s+less\s+than\b|\bno\s+(?:fewer|less)\s+than\b",
    re.I,
)


def is_yearly_commitment(statement: str) -> bool:
    """Whether ``statement`` binds a yearly level from a year counted from an event.

    Parameters
    ----------
    statement : str
        The figure's statement (to a semicolon or the sentence's end).

    Returns
    -------
    bool
    """
    return bool(
        _FROM_COUNTED_YEAR.search(statement)
        and _EACH_YEAR.search(statement)
        and _BOUND.search(statement)
    )
