"""Money a policy, a budget or a scheme sets: no goal reached by a date.

A budget (預算為100億元), the cap of a grant (最高补助500万元, "grants of up to 2 million
yuan"), a rate a scheme pays (每家奖励20万元), the size of a fund a policy sets up, money set
aside (預留) or put in by a plan (預計投入新臺幣1,250億元, 每年安排不低于5亿元): the words
that make a figure such money, and whether a plan's money is due by a deadline
(:func:`put_in_money`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .blankdates import blank_open_starts, blank_plan_periods
from .fiscalyears import ROC_CUES
from .goalwords import DEADLINE_CUES, DONE_WORDS, FACT_WORDS, goal_said
from .pagedates import PLAN_END
from .periods import find_date
from .sentences import (
    SEGMENT_END,
    SEMICOLON,
    find_segment,
    last_stop_before,
    part_end,
    segment_before,
)
from .writtenunits import CURRENCY_WORDS

__all__ = [
    "BUDGETED_HERE",
    "CURRENCY_NAME",
    "SCHEME_MONEY",
    "SET_ASIDE",
    "SPAN_AHEAD",
    "capped",
    "capped_in_part",
    "money_put_in_ahead",
    "put_in_money",
    "scheme_money_before",
    "valuation_term",
]

# A currency named between a cap and its number (最高人民幣20萬元, "up to HK$ 2 million").
CURRENCY_NAME = (
    rf"(?:{CURRENCY_WORDS}"
    r"|US\$|HK\$|NT\$|MOP\$?|\$|€|¥|￥|(?:RMB|CNY|USD|HKD|TWD|EUR|MOP)\b)?\s*"
)

# Money a policy, budget or scheme sets, right before the figure: a budget (預算為100億元,
# "a budget of"), or a cap a grant may reach (每個項目可獲最多1億元, 最高补助, 可申請最高人民幣
# 20萬元的資助, "can receive up to 30 million yuan"). What the scheme offers is no goal of
# the body that runs it, even after a sentence of goals in its paragraph.
SCHEME_MONEY = re.compile(
    r"(?:(?:预算|預算)(?:总额|總額|金额|金額)?\s*(?:为|為|是|约|約|達|达)?\s*"
    # 總經費新臺幣412億元: the total funding an approved plan sets, as a budget is.
    r"|(?:总经费|總經費|经费总额|經費總額)\s*(?:为|為|是|约|約|達|达|共|合计|合計)?\s*"
    # 計畫經費新臺幣42.6億元: the money a plan is stated to cost (not 科技计划项目经费, a
    # budget's line for a year; nor 已拨付计划经费, 已執行計畫經費: money told as spent, a
    # fact of the date its sentence gives).
    r"|(?<!执行|執行|拨付|撥付|支出|使用|完成|花费|花費|到位)"
    r"(?:计划|計劃|计画|計畫)(?:经费|經費)\s*(?:为|為|是|约|約|共)?\s*"
    # 由創新及科技基金撥款20億元支持: the money a scheme is funded with (not 已於2025年批准撥款,
    # a grant told as made).
    r"|由[^，,。；;\d]{0,16}?(?:撥款|拨款|出資|出资)\s*(?:合共|共|约|約)?\s*"
    r"|\bbudget(?:ed)?\s+(?:of|at)\s+(?:about\s+|some\s+)?"
    r"|(?:可|每)[^，,。；;]{0,12}?(?:最高|最多|不超过|不超過)\s*"
    r"(?:可)?(?:获得?|獲得?|给予|給予|补助|補助|资助|資助|奖励|獎勵|支持)?\s*"
    # 每家奖励20万元, 每人補貼5萬元: what each member receives, a rate the scheme pays.
    r"|每\s*(?:家|个|個|项|項|人|名|张|張|户|戶)[^，,。；;\d]{0,6}?"
    r"(?:奖励|獎勵|补助|補助|资助|資助|补贴|補貼)\s*"
    # 按规定给予一次性奖励50万元, 給予一次性補助30萬元, 依規予以獎勵: a reward or grant the rules
    # set for whoever qualifies, no count of money paid.
    r"|(?:(?:按|依|按照|依照)(?:规定|規定|规|規|办法|辦法)\s*(?:给予|給予|予以)\s*(?:一次性)?"
    # (Not money told as paid out: 共发放一次性补贴1.2亿元 is a fact of its period.)
    r"|(?:给予|給予|予以)\s*一次性)\s*(?:奖励|獎勵|补助|補助|资助|資助|补贴|補貼)\s*"
    # 单张创新券额度最高10万元: the cap of what one voucher or grant is worth.
    r"|(?:额度|額度)\s*(?:最高|最多|不超过|不超過|上限)\s*(?:为|為)?\s*"
    r"|(?:最高|最多|不超过|不超過)\s*(?:可)?(?:获得?|獲得?|给予|給予|补助|補助|资助|資助|奖励|獎勵)\s*"
    # 上限為港幣32,000元, 投資額最高為300萬港元: the cap a scheme or fund sets.
    r"|(?:最高|最多|上限)\s*(?:为|為|是)\s*"
    # 给予最高20万元的贷款, 提供最多50萬元: a cap the policy gives.
    r"|(?:给予|給予|提供|发放|發放|补贴|補貼|补助|補助|资助|資助)\s*(?:最高|最多|不超过|不超過)\s*"
    # "the monthly allowance is HK$12,000 per intern": a rate the scheme pays.
    r"|\b(?:monthly|weekly|daily|annual|yearly)\s+(?:allowance|stipend|subsidy|grant|award)s?"
    r"\s+(?:is|are|was|were|of|at|will\s+be)\s+(?:about\s+|up\s+to\s+)?"
    # (Not "We will hold up to 12 promotion events": a plan of what its body will do, capped.)
    r"|\b(?:can|may|could|each|per|will(?!\s+(?:hold|host|organi[sz]e|stage|run|build|open|create"
    r"|add|train|sign|bring|attract|launch|recruit|hire|deliver|complete|install|set\s+up)\b))\b"
    r"[^,;.]{0,40}?\bup\s+to\s+"
    # "grants of up to 2 million yuan", "a one-off reward of up to": the cap of what it gives.
    r"|\b(?:grants?|rewards?|subsid(?:y|ies)|awards?|allowances?|loans?|bonus(?:es)?|vouchers?"
    # "with a single ticket of up to 30 million yuan": what one investment of a fund may be.
    r"|tickets?|cheques?|checks?)"
    r"\s+(?:of\s+)?up\s+to\s+"
    # "a municipal angel investment fund of 5 billion yuan", 设立规模50亿元的天使投资基金,
    # 基金总规模为100亿元: the size of a fund a policy sets up.
    # (基金規模為港幣4億6,000萬元 in a year's account is that year's fact; "matching funds of
    # RMB 40 million over the same period" is money pledged to a date.)
    r"|\bfund\s+(?:of|worth|totall?ing|with\s+a\s+(?:total\s+)?size\s+of)\s+(?:about\s+|some\s+)?"
    r"|(?:设立|設立|组建|組建)(?:总|總)?(?:规模|規模)\s*(?:为|為|达|達)?\s*(?:约|約)?\s*)"
    + CURRENCY_NAME
    + "$",
    re.I,
)


# The longest stretch a SCHEME_MONEY match spans (each ends at the figure: its "$").
_SCHEME_REACH = 200


@lru_cache(maxsize=4096)
def scheme_money_before(sentence: str, rel: int) -> bool:
    """Whether the part of ``sentence`` before offset ``rel`` ends in words that make the
    figure money a policy sets (:data:`SCHEME_MONEY`).

    Only the part's last :data:`_SCHEME_REACH` characters are searched (the pattern ends
    at the figure, and a search from an offset still sees the text before it), so a long
    run-on sentence costs no more than a short one.
    """
    before = segment_before(sentence, rel)
    return SCHEME_MONEY.search(before, max(0, len(before) - _SCHEME_REACH)) is not None


# Money set aside or injected right before the figure (預留, 注資).
SET_ASIDE = re.compile(r"(?:预留|預留|注资|注資)\s*" + CURRENCY_NAME + "$")
SPAN_AHEAD = re.compile(r"未來|未来|今後|今后|\b(?:next|coming)\b", re.I)

# A cap a rule sets before the figure in its part (上限為…的50%, "capped at 30%", "a ceiling of").
_CAP_BEFORE = re.compile(
    r"上限(?:为|為|是|定为|定為)|封顶|封頂|\bcapped\s+at\b|\bceiling\s+of\b", re.I
)

# A cap or a rate a scheme's rule gives right at the figure: 单个项目最高500万元, 最多可获, "up
# to" after a grant's words is SCHEME_MONEY's; 按…的30%给予资助 (the rate it pays).
_CAP_AT = re.compile(
    r"(?:最高|最多|上限)\s*(?:可)?\s*(?:获得?|獲得?|达|達|为|為)?\s*" + CURRENCY_NAME + "$"
)
_RATE_GIVEN = re.compile(
    r"[^，,。；;]{0,8}?(?:给予|給予|予以)\s*(?:资助|資助|补助|補助|奖励|獎勵|补贴|補貼|支持)"
    # 给予50%的费用补贴: a share the subsidy pays, named before it.
    r"|(?:\d+(?:\.\d+)?\s*%|[一二三四五六七八九十]\s*成)\s*的?[\u4e00-\u9fff]{0,4}?"
    r"(?:资助|資助|补助|補助|补贴|補貼|奖励|獎勵)"
)
# 補助五成, 可獲資助合資格開支的70%: a share a grant pays, after its verb.
_RATE_AFTER_GRANT = re.compile(r"(?:资助|資助|补助|補助|补贴|補貼)[^，,。；;\d]{0,10}?$")
_SHARE_AT = re.compile(r"\d+(?:\.\d+)?\s*%|[一二三四五六七八九十]\s*成")
# A discount or premium a valuation applies (以…每股資產淨值折讓35%得出目標價, "a 35% discount
# to NAV", "a premium of 20% over"): a term of the valuation, undated, no goal.
_VALUATION_BEFORE = re.compile(
    r"(?:折讓|折让|溢價|溢价)\s*(?:约|約)?\s*$|\b(?:discount|premium)\s+of\s+$", re.I
)
_VALUATION_AFTER = re.compile(
    r"\s*(?:的)?(?:折讓|折让|溢價|溢价)|\s+(?:discount|premium)\s+(?:to|on|over)\b", re.I
)


def valuation_term(sentence: str, rel: int) -> bool:
    """Whether the share at ``rel`` is a discount or premium a valuation applies (每股資產淨值
    折讓35%, "a 35% discount to NAV"): a term of the valuation, undated, no goal, whatever
    forecast its sentence states."""
    share = _SHARE_AT.match(sentence, rel)
    return share is not None and bool(
        _VALUATION_BEFORE.search(sentence, max(0, rel - 16), rel)
        or _VALUATION_AFTER.match(sentence, share.end())
    )


def capped(sentence: str, rel: int) -> bool:
    """Whether the figure at ``rel`` is a cap or a rate a scheme's rule sets (上限為…的50%,
    单个项目最高500万元, 按投入的30%给予资助), or a discount a valuation applies (折讓35%):
    the rule's, undated, no goal reached by a date."""
    part = sentence[: part_end(sentence, rel)]
    if valuation_term(sentence, rel):
        return True
    return (
        _CAP_BEFORE.search(part, 0, rel) is not None
        or _CAP_AT.search(part, max(0, rel - 16), rel) is not None
        or _RATE_GIVEN.match(part, rel) is not None
        or (
            _SHARE_AT.match(part, rel) is not None
            and _RATE_AFTER_GRANT.search(part, max(0, rel - 16), rel) is not None
        )
    )


def capped_in_part(sentence: str, rel: int) -> bool:
    """Whether the figure at ``rel`` is a cap or rate its own part sets (补助五成, 每戶每年補助
    上限新臺幣6萬元): :func:`capped` read within the figure's part of ``sentence`` only (a
    cap earlier in the sentence does not make the count after it one)."""
    lo = max((m.end() for m in SEGMENT_END.finditer(sentence, 0, rel)), default=0)
    return capped(sentence[lo:], rel - lo)


# A budget's amount right before the figure (收入预算总额, “三公”经费预算).
BUDGETED_HERE = re.compile(r"(?:预算|預算)(?:总额|總額|金额|金額)?\s*(?:为|為|是|约|約|達|达)?\s*$")


# Money a plan or a policy puts in, right after the verb that puts it, with at most the
# name of the fund between (預計投入新臺幣1,250億元, 撥款合共12億元, 每年安排不低于5亿元, 每年安排
# 科技专项资金不低于10亿元); not 研发投入 (R&D spending, an indicator's name).
_PUT_IN = re.compile(
    r"(?<!研发)(?<!研發)(?<!经费)(?<!經費)(?:投入|撥款|拨款|安排|投放|出资|出資)"
    r"(?:[^，,。；;\d]{0,12}?(?:资金|資金|经费|經費))?\s*"
    r"(?:合共|合计|合計|共计|共計|总计|總計|共)?\s*"
    r"(?:不少于|不少於|不低于|不低於|超过|超過|逾|约|約|达|達)?\s*" + CURRENCY_NAME + "$"
)
# A sum of money written in Chinese right at a figure (5亿元, 1,250億元, 10億澳門元).
_MONEY_AT = re.compile(
    rf"(?:{CURRENCY_WORDS})?\s*"
    r"[\d.,]*\d\s*(?:[十百千万萬亿億兆]\s*)*(?:元|美元|港元|港幣|港币|澳門元|澳门元|澳門幣|澳门币|歐元|欧元)"
)
# Money a law or a rule sets (依据《…条例》第十八条，市财政每年安排…): its standing rule,
# with no end.
_BY_LAW = re.compile(r"(?:依据|依據|根据|根據|按照|依照)\s*《")
_EACH_YEAR = re.compile(r"每年(?!度)|\b(?:each|every|per|a)\s+year\b|\bannually\b", re.I)
# A span of years with an end (2026—2028年, 2027/28至2029/30年度).
_SPAN_WITH_END = re.compile(
    r"(?<!\d)\d{4}\s*年?\s*(?:[-—–~至到]|\bto\b)\s*\d{4}\s*年|\bfrom\s+\d{4}\s+to\s+\d{4}\b", re.I
)


def put_in_money(
    sentence: str, rel: int, calendar: str = "CNY", plan_end: str | None = None
) -> tuple[bool, str | None, bool] | None:
    """(is a target, its deadline, firm) of money a plan or a policy puts in, right after its verb
    (:data:`_PUT_IN`); None when the figure is no such money, or its statement names a span
    of its own to spend it by (规划至2028年投入, 在未來三年內投入, 2027—2029年每年安排: the
    sentence's deadline decides).

    A plan's total with no span of its own (預計投入新臺幣1,250億元 beside the plan's period,
    規劃5年投入, 由2027-28年度起撥款合共12億元) is the policy's money, no goal: (False, None).
    So is money per year from a start with no end (自2027年起，每年安排…), and money per
    year a law sets (依据《条例》…每年安排): these are firm (no goal heading above makes them
    goals). Money per year in a plan whose title states its period (``plan_end``) is due by
    that period's end.
    """
    if _PUT_IN.search(sentence, max(0, rel - 32), rel) is None or not _MONEY_AT.match(
        sentence, rel
    ):
        return None  # (每年安排不少于100个项目: a count, not money)
    lo = last_stop_before(SEMICOLON, sentence, rel)
    statement = sentence[lo : part_end(sentence, rel)]
    started = blank_open_starts(statement) != statement
    own = blank_plan_periods(blank_open_starts(statement))
    if not started and (
        DEADLINE_CUES.search(own)
        or _SPAN_WITH_END.search(own)
        or PLAN_END.search(own)
        or (calendar == "TWD" and ROC_CUES.search(own))
        or (goal_said(own) and find_date("deadline", own, calendar=calendar) is not None)
    ):
        return None
    by_law = _BY_LAW.search(sentence) is not None
    if not started and not by_law and plan_end and _EACH_YEAR.search(statement):
        return True, f"{plan_end}-12-31", True
    return False, None, started or by_law


# Words that put money ahead (预计投入, 規劃投入, 建議撥款, 將每年安排): a plan's or a proposal's
# money, not money told as spent (累计安排, 审议通过…安排).
_MONEY_AHEAD = re.compile(
    r"预计|預計|规划|規劃|计划|計劃|建议|建議|拟|擬|将(?!近)|將(?!近)|\bwill\b|\bplans?\b", re.I
)


# A span of years just past in the statement (過去三年，政府…向培育計劃撥款共約4.6億元: 計劃
# there is the scheme's name): money told as put in over it, no plan's money ahead.
_SPAN_BACK = re.compile(
    r"(?:过去|過去)\s*(?:[一二两兩三四五六七八九十]|\d{1,2})\s*(?:个|個)?\s*(?:財政|财政)?年"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?years\b",
    re.I,
)


def money_put_in_ahead(
    sentence: str, rel: int, calendar: str = "CNY", plan_end: str | None = None
) -> bool:
    """Whether the figure at ``rel`` is money a plan or a proposal puts in, with no span of its
    own (:func:`put_in_money` reads it as no goal) and not told as done: the policy's money,
    of no date (the day the plan is announced is not its date)."""
    put_in = put_in_money(sentence, rel, calendar, plan_end)
    if put_in is None or put_in[0]:
        return False
    lo = last_stop_before(SEMICOLON, sentence, rel)
    segment = find_segment(sentence, rel)
    return bool(_MONEY_AHEAD.search(sentence, lo, rel)) and not (
        DONE_WORDS.search(segment)
        or FACT_WORDS.search(segment)
        or _SPAN_BACK.search(sentence, lo, rel)
    )
