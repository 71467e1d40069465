"""The caps a contract, a notice or a rule sets: at most, undated, no goal.

A bound written in the words of an obligation (补偿总额不得超过, 以代價之百分之三十為上限,
最高限价：, 於…額度內辦理, "shall in no event exceed", "does not exceed") is a term of the
document that sets it, in force from its day on, not a level to reach by a date nor a fact
of a period: :func:`find_contract_cap` tells such a figure, which the goal reading then
leaves undated.
"""

from __future__ import annotations

import re

from .goalwords import DEADLINE_CUES
from .periods import find_date
from .policymoney import CURRENCY_NAME
from .sentences import find_segment

__all__ = ["find_contract_cap"]

# The cap's words right before the figure: 不得超过 (and 不应, 不能, 不可, 不宜), 最高不超过, a
# share of a whole (不得超過該年度撥款的), a label of the most allowed (最高限价：), the most
# each one may get (每間…最多, 每家企业最高), and a
# contract's English ("shall in no event exceed", "does not exceed", "not exceeding").
_CAP_BEFORE = re.compile(
    r"(?:(?:不(?:得|应|應|能|可|宜)|严禁|嚴禁|(?:原则上|原則上)\s*不)(?:超过|超過|高于|高於)"
    r"(?:[^\W\d]{1,12}?的)?"
    r"|最高\s*不(?:超过|超過|高于|高於)"
    r"|最高[\u4e00-\u9fff]{1,4}?[：:]"
    # 為每間合資格初創提供最多60萬元資助, 每家企业最高可获: the most a scheme grants each one, a
    # rule's cap though the scheme starts 明年 (a year ahead with no digits names no deadline).
    r"|(?:每|单个|單個|单家|單家|单项|單項)[^，,。；;\d]{0,16}?(?:最多|最高)[\u4e00-\u9fff]{0,4}?"
    r"|\b(?:not|never|in\s+no\s+(?:event|case)|under\s+no\s+circumstances?)\s+"
    r"(?:to\s+)?exceed(?:ing)?)\s*" + CURRENCY_NAME + "$",
    re.I,
)

# The cap's words right after it: 以代價之百分之三十為上限 (為上限, 为上限), 於…額度內 (额度内,
# 限额内): a ceiling named after the figure.
# (The figure may hold these words already, read as its qualifier.)
_CAP_AFTER = re.compile(r"\s*(?:(?:为|為)上限|(?:的)?(?:额度|額度|限额|限額)(?:内|內))")
_CAP_ENDING = re.compile(r"(?:(?:为|為)上限|(?:额度|額度|限额|限額)(?:内|內))$")

# How far before the figure its cap's words are looked for.
_REACH = 32


def find_contract_cap(
    sentence: str, rel: int, end: int, calendar: str = "CNY"
) -> re.Match[str] | None:
    """The cap's words when the figure at ``rel`` (ending at ``end``) of ``sentence`` is a cap
    a contract, notice or rule sets, with no deadline in its own part of the sentence.

    Parameters
    ----------
    sentence : str
        The figure's sentence.
    rel, end : int
        Where the figure starts and ends in ``sentence``.
    calendar : str, default "CNY"
        The source's calendar, to read a deadline in the figure's part.

    Returns
    -------
    re.Match or None
        The cap's words for a cap set as a term (undated, no goal); None otherwise, and for a
        bound due by a date of its own part (到2027年负债率不得超过60%), which stays a goal.
    """
    words = (
        _CAP_BEFORE.search(sentence, max(0, rel - _REACH), rel)
        or _CAP_AFTER.match(sentence, end)
        or _CAP_ENDING.search(sentence, rel, end)
    )
    if words is None:
        return None
    # 到2027年，资产负债率不得超过60%: a bound to keep by a date is a goal (the date may stand
    # in the part before the figure's; a relative one, 可轉入下一財政年度, names none).
    cues = DEADLINE_CUES.finditer(sentence, 0, rel)
    if any(re.search(r"\d", cue[0]) for cue in cues) or find_date(
        "deadline", find_segment(sentence, rel), calendar=calendar
    ):
        return None
    return words
