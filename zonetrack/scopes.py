"""Whether a figure is a goal or a fact, and its deadline: the sentence and what governs it.

Goal words, deadlines ahead and facts told as done decide a sentence; a sentence that does
not say is governed by the goal heading above it (:class:`Scopes`) or by the first sentence
of its paragraph. :func:`find_kind` gives a figure's kind and deadline, :func:`find_own_date`
the date of its own part of the sentence, and :func:`in_title` whether it stands in the title
block (a headline's words, not a count).
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from .figures import find_figures
from .linetables import BASE_LABELS, GOAL_LABELS
from .pagedates import PLAN_END, find_plan_end, find_plan_year
from .periods import (
    MONTHS,
    ROC_CUES,
    Date,
    blank_change_start,
    blank_open_starts,
    blank_plan_periods,
    find_date,
    find_relative_deadline,
)
from .sentences import SEGMENT_END, SEMICOLON, WINDOW, Boundaries, find_segment, says

__all__ = [
    "CURRENCY_NAME",
    "DONE_WORDS",
    "EXPECTED_HEADING",
    "FORECAST_WORDS",
    "SCHEME_MONEY",
    "TASK_HEADING",
    "Scopes",
    "find_column_label",
    "find_completion_deadline",
    "find_heading_deadline",
    "find_kind",
    "find_list_lead",
    "find_own_date",
    "in_title",
    "last_joined",
    "money_put_in_ahead",
    "put_in_money",
    "scheme_money_before",
    "stated_then_scheduled",
]

# What a commitment or a schedule says will be done ("committed to cut", "due to open").
_PLAN_VERBS = (
    r"(?:be|cut|reduce|halve|lower|raise|increase|double|triple|reach|achieve|build|open|start"
    r"|begin|complete|finish|launch|invest|spend|create|add|train|source|deliver|provide"
    r"|become|install|host|attract|expand|grow)\b"
)

# What a schedule says will be done with money or work ("to be disbursed over 2026-2029").
_SCHEDULED = (
    r"(?:disbursed|paid|spent|invested|released|allocated|delivered|completed|built|opened"
    r"|launched)\b"
)

# Words that set a goal on their own.
_GOAL_WORDS = re.compile(
    r"力争|力爭|计划(?:到|于|在|至)|計劃(?:到|於|在|至)|目标|目標|\bgoals?\b|\bobjectives?\b"
    r"|\baims?\s+(?:to|for)\b|\bstrives?\s+to\b|\bwill\s+strive\b"
    # A past plan's goals quoted ("the plan aimed for 150 billion yuan by 2025", "called for at
    # least 1,200", "sought to attract", "the target was 4 percent"): still goals; the outcome
    # told beside them ("the zone reached", "the outcome was") is a fact of its own part.
    r"|\baimed\s+(?:to|for|at)\b|\bcalled\s+for\b|\bsought\s+to\b"
    r"|\b(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:target|goal)\s+(?:was|were|had\s+been)\b"
    # A commitment or a schedule sets a goal as firmly ("have committed to cut ... by 2030",
    # "is due to open by October", 預定於今年年底前完工).
    # (Committed or due to do something: "is committed to the international standard" and
    # "is due to higher demand" set none.)
    rf"|\b(?:committed|pledged)\s+to\s+{_PLAN_VERBS}|\b(?:is|are)\s+(?:now\s+)?due\s+to\s+{_PLAN_VERBS}"
    r"|[预預]定(?=\s*(?:[於于在到至]|今年|明年|年[底内內]))"
    # A schedule of money or work: "due in spring 2027", "is scheduled for January 2028",
    # "(awarded US$12 million,) to be disbursed over 2026-2029"; money pledged is promised.
    r"|\bdue\s+(?:in|by|on|before)\s+(?:the\s+)?(?=\d|spring|summer|autumn|fall|winter|early"
    rf"|mid|late|end|first|second|third|fourth|Q[1-4]|{MONTHS})|\b(?:is|are)\s+scheduled\s+(?:for|to|in)\b"
    rf"|\bto\s+be\s+{_SCHEDULED}|\bpledged\b"
    # "a pilot line that should open in the third quarter of 2027": a work's schedule.
    r"|\bshould\s+(?:open|start|begin|launch|be\s+(?:completed|complete|finished|ready|operational))"
    r"\s+(?:in|by|before)\s+(?:the\s+)?(?=\d|spring|summer|autumn|fall|winter|early|mid|late|end"
    rf"|first|second|third|fourth|Q[1-4]|{MONTHS})"
    # 预期增长5%左右: the growth a plan or budget expects (预期目标, said in a sentence).
    r"|预期(?=增|达到|实现|提高)|預期(?=增|達到|實現|提高)",
    re.IGNORECASE,
)

# A deadline ahead: a goal unless the sentence tells of something already done.
# 前 after a year is "before" it, but 2026年前三季度 (the first three quarters of 2026) and
# 2026年前8个月 name a part of that year: a period of facts, no deadline.
_NOT_FIRST_PART = r"(?!\s*(?:[一二三四五六七八九十两兩]|1[0-2]|[1-9])\s*(?:个|個)?\s*(?:季|月))"

_DEADLINE_CUES = re.compile(
    r"(?<!截)(?<!截至)(?<!截止)(?:到|至)\s*\d{4}\s*年"
    rf"|(?:於|于|在|朝)\s*\d{{4}}\s*年\s*(?:年?底|年?末)?(?:以)?前{_NOT_FIRST_PART}"
    r"|朝\s*\d{4}|展望\s*\d{4}|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末)?(?:以)?前"
    rf"|\d{{4}}\s*年\s*(?:年?底|年?末)?(?:以)?前{_NOT_FIRST_PART}|“?十[一二三四五六七八九]五”?\s*(?:期间|期間|末)"
    r"|\b(?:end\s+of\s+the\s+)?\d{2}th\s+five-year\s+plan\s+period\b"
    r"|\b(?:by|before)\s+(?:the\s+(?:end|close)\s+of\s+|(?:year-?\s*)?end[-\s]+|mid-?|Q[1-4]\s*)?\d{4}\b"
    # next year, 明年 (ahead of the page); 以2030年为目标; 於2027/28年度或之前, 於2030年或之前
    r"|\bnext\s+(?:(?:fiscal|financial)\s+)?year\b|明年|下一?(?:財政|财政)年度"
    # 6月底前, 一季度末前, 年底前: a step of a work plan due before a date of the page's year.
    r"|(?<![\d年])(?<!\d\s)\d{1,2}\s*月\s*[底末]\s*(?:以)?前"
    r"|(?<![\d年前首第])第?[一二三四1-4]\s*季度\s*[末底]?\s*(?:以)?前"
    r"|(?<![\d明去上前])(?<!\d\s)年[底末]\s*(?:以)?前"
    r"|以\s*\d{4}\s*年\s*(?:为|為)\s*目[标標]"
    r"|(?:到|至)\s*\d{4}\s*[/／-]\s*\d{2,4}\s*(?:財政|财政)?年度"
    r"|(?:於|于|在)\s*\d{4}\s*[/／-]\s*\d{2,4}\s*(?:財政|财政)?年度\s*(?:或之前|(?:以)?前)"
    r"|(?:於|于|在|到|至)\s*\d{4}\s*年\s*或之前"
    # "over the next three years", 未來五年內: a span ahead of the page's date.
    r"|\b(?:over|within|in|during)\s+the\s+(?:next|coming)\s+(?:\d{1,2}|[a-z]+)\s+years\b"
    r"|(?:未来|未來|今后|今後)\s*(?:[一二三四五六七八九十两兩]|\d{1,2})\s*年",
    re.IGNORECASE,
)

# A deadline named by pointing back to the one the text named before ("by then", "by the
# same year", "over the same period"): a goal's, when the sentence sets one. (届时 may point
# to an event, 数据将另行公布，届时…: the paragraph's first sentence dates it, as a lead-in.)
_SAME_DEADLINE = re.compile(
    r"\bby\s+then\b|\bby\s+(?:the\s+end\s+of\s+)?(?:the\s+same|that)\s+(?:year|date|time)\b"
    r"|\b(?:over|during|within|in)\s+the\s+same\s+(?:period|span|time(?:\s*frame)?)\b"
    r"(?!\s+(?:of|in|last|a\s+year|the\s+previous)\b)",
    re.IGNORECASE,
)

# A span ahead of the page's date ("over the next three years", 未來五年內): read against the
# page's date, by the caller.
_SPAN_AHEAD_CUE = re.compile(
    r"\b(?:over|within|in|during)\s+the\s+(?:next|coming)\s+(?:\d{1,2}|[a-z]+)\s+years\b"
    r"|(?:未来|未來|今后|今後)\s*(?:[一二三四五六七八九十两兩]|\d{1,2})\s*年",
    re.IGNORECASE,
)

_WEAK_TARGET_WORDS = re.compile(
    # (将近900家 is "nearly", a qualifier, not "will"; 将近期出台 is "will soon".)
    r"争取|爭取|确保|確保|预计|預計|将(?!近(?!期))|將(?!近(?!期))|\bwill\b|\btargets?\b|\bplans?\s+to\b"
    r"|\bexpects?\s+(?:[\w'’]+\s+){0,5}?to\b|\bexpected\s+to\b|\bseeks?\s+to\b|\bintends?\s+to\b"
    # "the plan calls for 300 talents by 2025", "its new plan wants three thousand by 2028".
    r"|\bcalls?\s+for\b|\bwants?\b"
    # "we forecast it to fall to 35%", "has budgeted 9.5 billion for 2026": what is expected
    # or set aside for a period ahead (the noun, "the budget for 2024-25 is", says no more).
    r"|\bforecasts?\s+(?:[\w'’]+\s+){0,5}?to\b|\b(?:has|have)\s+budgeted\b"
    # "a pilot line that should open in the third quarter of 2027": a work's schedule.
    # 115年度編列預算3億6,500萬元: money a budget sets for a year (ahead, or it is a fact).
    r"|编列预算|編列預算",
    re.IGNORECASE,
)

# The page's own year, ahead of what a sentence expects or will do in it.
_THIS_YEAR_WORDS = re.compile(
    # 下半年，区财政将压减…: the rest of the page's year, ahead of what will be done in it.
    r"今年|本年度|\bthis\s+year\b|(?<![\d年])下半年|\bsecond\s+half\s+of\s+(?:this|the)\s+year\b"
    # "For the full year, the committee expects": the whole of the running year (not "the
    # full year 2025", a year named). (全年 alone may be a fact's year in a year's summary:
    # 预计全年…可达80亿元；全年走访企业900余家; its forecasts are read by their date.)
    r"|\b(?:full|whole|entire)[-\s]year\b(?!\s*(?:of\s+)?\d)",
    re.I,
)

# Told as done (已, had, has been ...); with 目前 (now) and 现有 (existing), told as a fact.
_DONE = (
    r"截至|截止|已经|已經|已|\bas\s+of\b|\bhad\b|\bwas\b|\bwere\b|\breached\b"
    r"|\b(?:reported|recorded|posted|generated|achieved|attracted|approved|admitted|spent)\b"
    # "actual inflows of US$2.3 billion", "about 41,000 arrived": an outcome told as done.
    r"|\bactual(?:ly)?\b|\b(?:arrived|totall?ed|amounted)\b"
    # "already runs 40 courses a year", 已: a state reached by the page's day, a fact.
    r"|\balready\b"
    # "In the reporting year we spent ...": the period a report covers, told as done.
    r"|\bin\s+the\s+(?:reporting\s+(?:year|period)|year\s+under\s+review)\b"
    r"|\bha(?:s|ve)\s+(?:been|\w+ed|set|built|won|grown|become|made|spent|risen|drawn|brought)\b"
)

DONE_WORDS = re.compile(_DONE, re.IGNORECASE)
# What a body holds now ("now hosts 460 firms", 目前共有企業460家): a state of the page's day,
# told as a fact beside the goal of the rest of the sentence.
_NOW_HOLDING = re.compile(
    r"\b(?:now|currently)\s+(?:hosts?|has|have|houses?|employs?|counts?|numbers?|totals?|holds?"
    r"|boasts?|accommodates?|stands?\s+at|(?:is|are)\s+home\s+to)\b"
    r"|(?:目前|现时|現時|现有|現有)\s*(?:已|共|仍)?\s*(?:有|拥有|擁有|聚集|集聚|入驻|入駐|进驻|進駐)"
    # 现有企业1,200家 (now has): not the existing basis or level a goal builds on (在现有基础上).
    r"|(?:现有|現有)(?!基础|基礎|水平|规模|規模|的|政策|标准|標準|存量)",
    re.IGNORECASE,
)

# What a statement expects or will see (预计全年…可达, "we now expect revenue of", "will be
# around"): of a period not yet over at the page's date, a forecast, not a fact.
FORECAST_WORDS = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|projects?|projected|anticipates?|will)\b"
    r"|预计|預計|预期|預期|有望|可望|将(?!近(?!期))|將(?!近(?!期))",
    re.IGNORECASE,
)

# "So far", "to date", 迄今: a tally up to the page's day, told as a fact.
_PAST_WORDS = re.compile(r"目前|现有|現有|迄今|\bso\s+far\b|\bto\s+date\b|" + _DONE, re.IGNORECASE)

# A share of a goal reached ("246 recruited, or 82% of the goal", 完成年度目标的82%): the
# goal is what the fact is measured against, no goal the sentence sets.
_SHARE_OF_GOAL = re.compile(
    r"\bof\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:goals?|targets?|objectives?)\b"
    r"|(?:完成|实现|實現|达成|達成|达到|達到)[^，。；,;]{0,8}?目[标標](?:任务|任務)?的",
    re.IGNORECASE,
)

# A goal heading that names only a year ("2024年主要预期目标", "Targets for 2028") means
# by the end of that year; with a span of years, the last.
_HEADING_YEAR = re.compile(r"(\d{4})\s*年|\b(?:for|in)\s+(\d{4})\b|(?<=[-—–~至])\s*(\d{4})", re.I)

_COMPARISON = re.compile(
    r"[,，]\s*(?:(?:(?:up|down)\s+(?:[\d.,]+\s*(?:percent|per\s+cent|%)\s+)?)?from"
    r"|against|compared\s+(?:with|to)"
    # ", after growth of 15.9 percent in 2025": the period before, a base of its own date.
    r"|after\s+(?:(?:growth|a\s+(?:rise|fall|drop|decline|increase|gain|contraction))\s+of))\b",
    re.I,
)

# A relative clause set off by commas ("..., which covers 278 square kilometres, ...") tells
# a fact of its own about a noun: a date the main clause gives after it is not its date.
_RELATIVE_CLAUSE = re.compile(r"\s*(?:which|who|whose)\b", re.IGNORECASE)

# (拥有 in an indicator's name, 每万人拥有发明专利数达到260件, names what is counted: its
# verb, 达到, says whether the count is a goal.)
_FACT_WORDS = re.compile(
    r"累计|累計|(?:拥有|擁有)(?!量)(?![^，,。；;\d]{0,16}?[数數]\s*(?:达到|達到|提高|提升|增加|增至"
    r"|突破|超过|超過|不少于|不少於|不低于|不低於))|\bin\s+\d{4}\b",
    re.IGNORECASE,
)

# The start of a change with its year, before its end ("from 28 per cent in 2026 to 40").
_FROM_IN_YEAR = re.compile(r"\bfrom\s+[^,;:()]{1,40}?\bin\s+\d{4}(?=\s+to\b)", re.IGNORECASE)

# A currency named between a cap and its number (最高人民幣20萬元, "up to HK$ 2 million").
CURRENCY_NAME = (
    r"(?:人民币|人民幣|港币|港幣|港元|新臺幣|新台币|新台幣|澳门币|澳門幣|澳门元|澳門元|美元|欧元|歐元"
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
    r"|\bbudget(?:ed)?\s+(?:of|at)\s+(?:about\s+|some\s+)?"
    r"|(?:可|每)[^，,。；;]{0,12}?(?:最高|最多|不超过|不超過)\s*"
    r"(?:可)?(?:获得?|獲得?|给予|給予|补助|補助|资助|資助|奖励|獎勵|支持)?\s*"
    # 每家奖励20万元, 每人補貼5萬元: what each member receives, a rate the scheme pays.
    r"|每\s*(?:家|个|個|项|項|人|名|张|張|户|戶)[^，,。；;\d]{0,6}?"
    r"(?:奖励|獎勵|补助|補助|资助|資助|补贴|補貼)\s*"
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
    r"|\b(?:can|may|could|will|each|per)\b[^,;.]{0,40}?\bup\s+to\s+"
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
    before = find_segment(sentence[:rel], rel)
    return SCHEME_MONEY.search(before, max(0, len(before) - _SCHEME_REACH)) is not None


# A heading over what a plan expects to bring about (三、預期效益, 预期成效, "Expected
# outcomes"): goals, due by the plan period's end when they name no year.
EXPECTED_HEADING = re.compile(
    r"(?:预期|預期|预计|預計)(?:效益|成效|成果|效果)"
    r"|\bexpected\s+(?:benefits|outcomes|results|impacts?)\b",
    re.I,
)

# A heading over the tasks or actions of a plan (三、重点任务, 重点行动, 主要任务, "Key actions"):
# what they are to bring about is a goal, due by the plan period's end when they name no
# year. (二、2025年重点任务完成情况, "Progress on key tasks": how they went, facts.)
TASK_HEADING = re.compile(
    r"(?:重点|重點|主要)(?:任务|任務|行动|行動|工程|举措|舉措)"
    r"(?![^\n]{0,8}(?:完成|进展|進展|情况|情況|成效|成果|回顾|回顧))"
    r"|(?<!progress\son\s)\bkey\s+(?:tasks|actions)\b(?![^\n]{0,12}\b(?:progress|achieved|results)\b)",
    re.I,
)

# A heading that announces goals; the list under it is governed by it.
_GOAL_HEADING = re.compile(
    EXPECTED_HEADING.pattern
    + "|"
    + TASK_HEADING.pattern
    # 二、责任分解: the campaign's or plan's goal broken down among its units, goals too.
    + r"|(?:责任|責任|目标|目標)分解\s*$"
    + r"|主要目标|主要目標|发展目标|發展目標|总体目标|總體目標|工作目标|工作目標|预期目标|預期目標"
    r"|目标任务|目標任務|\b(?:main\s+|key\s+)?(?:goals?|targets?|objectives?)\b"
    # 下阶段目标, 中期目標（2030年）, 長遠目標: any heading that ends by naming goals; and a
    # year's work plan (二、2026年工作安排), which sets that year's goals.
    r"|目[标標](?:\s*[（(][^）)]*[）)])?\s*[:：]?\s*$|工作安排|工作部署"
    # 三、2027年工作打算, 四、下一步工作: the work a report plans next (its goals).
    r"|工作打算|工作思路|下一?步(?:工作|计划|計劃|打算|安排)|\bnext\s+steps\b"
    # 重点抓好以下工作：, 做好以下几个方面的工作: the work a report lists next, as 工作安排.
    r"|(?:抓好|做好|推进|推進|落实|落實)以下|以下(?:[几幾]\s*(?:个|個|项|項)?\s*方面的?)?(?:工作|任务|任務)\s*[:：]?\s*$"
    # 二、2027年工作计划: a year's plan of work, as 工作安排 is.
    r"|工作(?:计划|計劃)\s*$"
    # "Key recommendations", 意见和建议: what a paper asks to be done, goals it sets.
    r"|\b(?:main\s+|key\s+|our\s+|policy\s+)?recommendations\b|意见和建议|意見和建議",
    re.IGNORECASE,
)

# A line that names only a period: 2025年上半年, 2025年1-6月, 114年上半年, "In 2025:",
# "First half of 2025".
_PERIOD_LINE = re.compile(
    r"(?:(?:\d{4}|1[0-4]\d)\s*年(?:度|上半年|前三季度|第?[一二三四1-4]\s*季度?"
    r"|\s*1\s*[-—–~至]\s*\d{1,2}\s*月|\s*\d{1,2}\s*月)?"
    r"|(?:in\s+)?(?:(?:the\s+)?(?:first\s+half|first|second|third|fourth)\s+(?:quarter\s+)?of\s+)?"
    r"(?:19|20)\d\d)\s*[:：]?",
    re.I,
)

# A heading of facts as at a date or of a period's outcome ("WHAT WE HAVE ACHIEVED (as of 31
# March 2026)", 一、2025年预算执行情况): the date or period it names dates the facts under it.
_PERIOD_HEADING = re.compile(
    r"\bas\s+(?:of|at)\b|截至|截止|执行情况|執行情況|完成情况|完成情況|回顾|回顧"
    # 113學年度主要成果如下：, 2025年工作成效: what a period achieved, as "results" says.
    r"|成果|成效|绩效|績效|成绩|成績"
    r"|\breview\b|\bachieved\b|\bresults\b",
    re.I,
)

# A chapter's number before a heading (一、, 1., II.).
_CHAPTER_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]+\s*[、.．]|\d{1,2}\s*[.、．]\s+"
    r"|[IVX]{1,4}\.\s+)"
)

# A chapter's Roman number ("II. Main targets for 2027"), which counts for nothing in the
# length of a heading.
_ROMAN_MARK = re.compile(r"^[IVX]{1,4}\.\s+")

_CHAPTER = re.compile(
    r"^\s*(?:[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]+\s*[、.．]|第[一二三四五六七八九十\d]+[章节節部]"
    r"|(?-i:[IVX]{1,4}\.\s+[A-Z])"
    r"|(?:chapter|part|section)\b|\d+\s*\.\s*[A-Z][a-z]+(?:\s+[a-z]+){0,4}\s*$)",
    re.IGNORECASE,
)


# The title of a document that sets a year's goals (临港开发区2027年度目标责任书, 2027年目標任務書,
# "2027 Target Responsibility Statement", a department's 2027年部门预算说明): every line of
# it is governed by its title, as by a goal heading, unless a heading names a period of facts.
_GOAL_DOCUMENT = re.compile(
    r"(?:\d{4}|1[0-4]\d)\s*年度?[^\n。]{0,12}"
    r"(?:目标责任书|目標責任書|目标任务书|目標任務書|目标责任状|目標責任狀|责任目标书|責任目標書"
    # 科学技术局2027年部门预算说明, 關於2027年度部門預算的說明: a department's budget for a
    # year, whose amounts and 绩效目标 are what it plans for that year.
    # (Not 部门预算执行情况, a report of how a past budget was spent: facts.)
    r"|(?:部门预算|部門預算)(?![^\n]{0,6}(?:执行|執行))"
    # 科学技术局2027年工作要点, 公佈2027年度資助計劃, 2027年工作计划: a year's plan of work or of
    # grants, whose figures are what it sets for that year. (Not 工作计划执行情况 or 工作总结:
    # how a past year's plan went, facts.)
    r"|(?:工作要点|工作要點|工作计划|工作計劃|工作計畫|资助计划|資助計劃|資助計畫|年度计划|年度計劃"
    r"|年度計畫)(?![^\n]{0,6}(?:执行|執行|完成|落实|落實|情况|情況|总结|總結|成效|回顾|回顧)))"
    r"|\b(?:19|20)\d\d\s+(?:annual\s+)?target\s+responsibility\s+(?:statement|letter|agreement)\b",
    re.IGNORECASE,
)


def _part_end(sentence: str, rel: int) -> int:
    """The end of the part of ``sentence`` that holds the figure at ``rel``."""
    return next((m.start() for m in SEGMENT_END.finditer(sentence, rel)), len(sentence))


# Money set aside or injected right before the figure (預留, 注資).
_SET_ASIDE = re.compile(r"(?:预留|預留|注资|注資)\s*" + CURRENCY_NAME + "$")
_SPAN_AHEAD = re.compile(r"未來|未来|今後|今后|\b(?:next|coming)\b", re.I)

# A cap a rule sets before the figure in its part (上限為…的50%, "capped at 30%", "a ceiling of").
_CAP_BEFORE = re.compile(
    r"上限(?:为|為|是|定为|定為)|封顶|封頂|\bcapped\s+at\b|\bceiling\s+of\b", re.I
)

# A part of a year named without the year (上半年, 三季度, 6月底前, "first half").
_PART_OF_YEAR = re.compile(
    r"(?<![\d年])(?:上半年|下半年|[一二三四1-4]\s*季度|\d{1,2}\s*月\s*[底末])"
    r"|\b(?:first|second)\s+half\b|\bQ[1-4]\b",
    re.I,
)

# A schedule's words before the period it names ("should open in", "is due in").
_SCHEDULED_IN = re.compile(
    r"\b(?:due|should\s+(?:open|start|begin|launch|be\s+(?:completed|complete|finished|ready"
    r"|operational)))\s+in\s+(?=the\s+(?:first|second|third|fourth)\s+(?:quarter|half)\b)",
    re.I,
)

# A cap or a rate a scheme's rule gives right at the figure: 单个项目最高500万元, 最多可获, "up
# to" after a grant's words is SCHEME_MONEY's; 按…的30%给予资助 (the rate it pays).
_CAP_AT = re.compile(
    r"(?:最高|最多)\s*(?:可)?\s*(?:获得?|獲得?|达|達|为|為)?\s*" + CURRENCY_NAME + "$"
)
_RATE_GIVEN = re.compile(
    r"[^，,。；;]{0,8}?(?:给予|給予|予以)\s*(?:资助|資助|补助|補助|奖励|獎勵|补贴|補貼|支持)"
)


def _capped(sentence: str, rel: int) -> bool:
    """Whether the figure at ``rel`` is a cap or a rate a scheme's rule sets (上限為…的50%,
    单个项目最高500万元, 按投入的30%给予资助): the rule's, undated, no goal reached by a date."""
    part = sentence[: _part_end(sentence, rel)]
    return (
        _CAP_BEFORE.search(part, 0, rel) is not None
        or _CAP_AT.search(part, max(0, rel - 16), rel) is not None
        or _RATE_GIVEN.match(part, rel) is not None
    )


# A title that reports a year's work too (工作总结和…工作计划): its facts are no goals.
_SUMMARY_TITLE = re.compile(r"总结|總結|回顾|回顧|执行情况|執行情況|完成情况|完成情況")

# A budget's amount right before the figure (收入预算总额, “三公”经费预算).
_BUDGETED_HERE = re.compile(
    r"(?:预算|預算)(?:总额|總額|金额|金額)?\s*(?:为|為|是|约|約|達|达)?\s*$"
)


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
    r"(?:人民币|人民幣|港币|港幣|港元|新臺幣|新台币|新台幣|澳门币|澳門幣|美元|欧元|歐元)?\s*"
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
    lo = max((m.end() for m in SEMICOLON.finditer(sentence, 0, rel)), default=0)
    statement = sentence[lo : _part_end(sentence, rel)]
    started = blank_open_starts(statement) != statement
    own = blank_plan_periods(blank_open_starts(statement))
    if not started and (
        _DEADLINE_CUES.search(own)
        or _SPAN_WITH_END.search(own)
        or PLAN_END.search(own)
        or (calendar == "TWD" and ROC_CUES.search(own))
        or (_goal_said(own) and find_date("deadline", own, calendar=calendar) is not None)
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


def money_put_in_ahead(
    sentence: str, rel: int, calendar: str = "CNY", plan_end: str | None = None
) -> bool:
    """Whether the figure at ``rel`` is money a plan or a proposal puts in, with no span of its
    own (:func:`put_in_money` reads it as no goal) and not told as done: the policy's money,
    of no date (the day the plan is announced is not its date)."""
    put_in = put_in_money(sentence, rel, calendar, plan_end)
    if put_in is None or put_in[0]:
        return False
    lo = max((m.end() for m in SEMICOLON.finditer(sentence, 0, rel)), default=0)
    segment = find_segment(sentence, rel)
    return bool(_MONEY_AHEAD.search(sentence, lo, rel)) and not (
        DONE_WORDS.search(segment) or _FACT_WORDS.search(segment)
    )


class Scopes:
    """Per line of a text: the goal heading above it that governs it, if any.

    A short line that announces goals ("主要目标", "到2027年:", "Goals by 2025:") governs
    the lines under it until the next heading (a chapter marker, or a short line ending
    with a colon that announces something else).
    """

    def __init__(self, text: str, calendar: str = "CNY") -> None:
        self.line_starts = [0]
        # The title of a document that sets a year's goals, if the text is one.
        self.document: tuple[int, int] | None = None
        self.document_year: str | None = None
        self.governor: list[tuple[int, int] | None] = []
        # Per line: the end of the period a line above names alone ("2025年上半年"), if any.
        self.periods: list[str | None] = []
        current: tuple[int, int] | None = None
        period: str | None = None
        # Whether ``current`` is a long lead-in sentence ending with a colon, which governs
        # only the list items right under it.
        listed = False
        # Per line: the last heading above it (any heading, "一、本批次入库基本情况"), and
        # whether its period is a date the heading states facts as of ("(as of June 2026)").
        self.titles: list[tuple[int, int] | None] = []
        self.as_of: list[bool] = []
        title: tuple[int, int] | None = None
        as_of = False
        pos = 0
        lines = text.splitlines(keepends=True)
        for n, line in enumerate(lines):
            stripped = line.strip()
            below = lines[n + 1].strip() if n + 1 < len(lines) else ""
            heading = (
                _is_heading(stripped)
                or _over_list(stripped, below)
                or _goal_over_list(stripped, below)
            )
            self.titles.append(title)
            self.as_of.append(as_of)
            if heading:
                title = (pos, pos + len(line))
            if listed and stripped and not _LIST_ITEM.match(stripped):
                current, listed = None, False  # the first line that is no item ends the list
            if current is None and not heading and _goal_lead_in(stripped, calendar):
                # "By the end of 2026 the district aims to:" over a list of items: a lead-in
                # sentence too long for a heading that governs its items as 到2027年： does
                # (under a goal heading already, the heading keeps governing).
                self.governor.append(current)
                self.periods.append(period)
                current, period, listed = (pos, pos + len(line)), None, True
            elif (
                heading
                and (_GOAL_HEADING.search(stripped) or _DEADLINE_CUES.search(stripped))
                # "Progress against our targets, as of June 2026": facts as at a date.
                and not (
                    _AS_OF.search(stripped) and find_date("ref_date", stripped, calendar=calendar)
                )
            ):
                listed = False
                self.governor.append(current)
                self.periods.append(period)
                current, period = (pos, pos + len(line)), None
            elif heading and (
                _PERIOD_LINE.fullmatch(_CHAPTER_MARK.sub("", stripped))
                or (
                    _PERIOD_HEADING.search(stripped)
                    and find_date("ref_date", stripped, calendar=calendar)
                )
            ):
                self.governor.append(current)
                self.periods.append(period)
                named = find_date("ref_date", stripped, calendar=calendar)
                current, period = None, str(named) if named else None
                as_of = bool(_AS_OF.search(stripped))
            else:
                # A chapter ends the goals; an item numbered 一、 under them does not.
                if heading or (_CHAPTER.match(stripped) and not _has_figure(stripped)):
                    current = period = None
                    as_of = False
                self.governor.append(current)
                self.periods.append(period)
            pos += len(line)
            self.line_starts.append(pos)
        self.governor.append(current)
        self.periods.append(period)
        self.titles.append(title)
        self.as_of.append(as_of)
        first = next((n for n, line in enumerate(lines) if line.strip()), None)
        if (
            first is not None
            and _GOAL_DOCUMENT.search(lines[first])
            # 2026年工作总结和2027年工作计划: a year's report before its plan, facts first.
            and not _SUMMARY_TITLE.search(lines[first])
        ):
            # A year's target responsibility statement: its title governs every line below it
            # that no goal heading and no period of facts (2026年1—11月) governs.
            doc = (self.line_starts[first], self.line_starts[first + 1])
            self.document = doc
            found = re.search(r"(?<!\d)(\d{4}|1[0-4]\d(?=\s*年))(?!\d)", lines[first])
            if found:
                year = int(found[1])
                self.document_year = str(year + 1911 if year < 1000 else year)
            for n in range(first + 1, len(self.governor)):
                if self.governor[n] is None and self.periods[n] is None:
                    self.governor[n] = doc

    def title_of(self, offset: int) -> tuple[int, int] | None:
        """The last heading above the line at ``offset`` (any heading), if any."""
        return self.titles[bisect.bisect_right(self.line_starts, offset) - 1]

    def period_is_as_of(self, offset: int) -> bool:
        """Whether the period of the line at ``offset`` is a date its heading states facts
        as of ("Key figures (as of June 2026)", 截至2026年6月底主要指标)."""
        return self.as_of[bisect.bisect_right(self.line_starts, offset) - 1]

    def period_of(self, offset: int) -> str | None:
        return self.periods[bisect.bisect_right(self.line_starts, offset) - 1]

    def heading_of(self, offset: int) -> tuple[int, int] | None:
        return self.governor[bisect.bisect_right(self.line_starts, offset) - 1]

    def line_start(self, offset: int) -> int:
        return self.line_starts[bisect.bisect_right(self.line_starts, offset) - 1]


_BULLET = re.compile(r"[-–—•·‧▪●○◆*]\s")


def _is_heading(line: str) -> bool:
    if not line or _BULLET.match(line) or line.endswith((".", "。")):
        return False  # an item of a list or a sentence, however short, is not a heading
    # A line in capitals ("WHAT WE HAVE ACHIEVED (as of 31 March 2026)") is a heading; an
    # aside in brackets may keep its case.
    bare = re.sub(r"[(（][^)）]*[)）]", "", line).strip()
    if len(line) <= 80 and re.search(r"[A-Z]{2}", bare) and bare == bare.upper():
        return not re.search(r"[。；;！？!?]", bare)
    if len(line) > 40:
        return False
    if line.endswith((":", "：")):
        return True
    bare = _ROMAN_MARK.sub("", line)
    return len(bare) <= 24 and not re.search(r"[。；;！？!?，,]", line) and not _has_figure(line)


# A date a heading states its facts as of (截至, "as of", "as at").
_AS_OF = re.compile(r"\bas\s+(?:of|at)\b|截至|截止", re.I)


def _over_list(line: str, below: str) -> bool:
    """Whether ``line`` heads the list right under it (bulleted or numbered) with the date or
    period of its facts ("Key figures (as of June 2026)" over "- more than 128,000 …",
    "Progress against our targets, as of June 2026"): a line of at most 80 characters with
    no stop and no figure, that names its period."""
    return (
        bool(line)
        and len(line) <= 80
        and bool(_PERIOD_HEADING.search(line))
        and bool(_LIST_ITEM.match(below))
        and not _LIST_ITEM.match(line)
        # (A lead-in ending with a colon is a sentence: "In 2025 the park achieved the
        # following results:" is read as such, above.)
        and not line.endswith((".", "。", ":", "："))
        and not re.search(r"[。；;！？!?]", line)
        and not _has_figure(line)
    )


def _goal_over_list(line: str, below: str) -> bool:
    """Whether ``line`` heads the list right under it as its goals ("Our targets for the plan
    period, to be met by 2030" over "- grow the number of park companies to 2,000;"): a line
    of at most 80 characters, no list item itself, with no stop and no figure, that names
    goals. (A comma may set off its deadline; a shorter one is a heading anyway.)"""
    return (
        bool(line)
        and len(line) <= 80
        and bool(_LIST_ITEM.match(below))
        and not _LIST_ITEM.match(line)
        and not line.endswith((".", "。"))
        and not re.search(r"[。；;！？!?]", line)
        and bool(_GOAL_HEADING.search(line))
        # "Progress against our targets, as of June 2026", 目标完成情况: facts about goals.
        and not _PERIOD_HEADING.search(line)
        and not _PAST_WORDS.search(line)
        and not re.search(r"\bprogress\b|进展|進展|进度|進度", line, re.I)
        and not _has_figure(line)
    )


def _goal_lead_in(line: str, calendar: str = "CNY") -> bool:
    """Whether ``line`` ends with a sentence ending with a colon that sets goals with a
    deadline and states no figure of its own ("Looking ahead, by the end of 2026 the district
    aims to:", 全区力争到2027年实现以下目标：)."""
    # (Figures told in a sentence before the one that ends with the colon are that
    # sentence's: "到2028年，…规模突破1200亿元。具体目标如下：" still leads in its list.)
    ends = [m.end() for m in _LEAD_SENTENCE_END.finditer(line)]
    last = line[ends[-1] :] if ends else line
    if not line.endswith((":", "：")) or len(line) > 240 or _has_figure(last):
        return False
    return bool(_goal(line, calendar)) and (
        find_date("deadline", line, calendar=calendar) is not None
        or _DEADLINE_CUES.search(line) is not None
    )


def _has_figure(line: str) -> bool:
    return any(f.unit is not None for f in find_figures(line))


@lru_cache(maxsize=4096)
def _goal(sentence: str, calendar: str = "CNY") -> bool | None:
    """True: the sentence sets a goal; False: it tells a fact; None: it does not say."""
    sentence = _SHARE_OF_GOAL.sub(lambda m: " " * len(m[0]), sentence)
    if _GOAL_WORDS.search(sentence):
        return True
    if _DEADLINE_CUES.search(sentence) or (calendar == "TWD" and ROC_CUES.search(sentence)):
        return bool(_WEAK_TARGET_WORDS.search(sentence)) or not _PAST_WORDS.search(sentence)
    if (
        find_date("deadline", sentence, calendar=calendar)  # a real date, not 2025年13月
        or _SAME_DEADLINE.search(sentence)  # "calls for … 55% of GDP by then"
    ) and _WEAK_TARGET_WORDS.search(sentence):
        return True
    if (
        _THIS_YEAR_WORDS.search(sentence)
        and _WEAK_TARGET_WORDS.search(sentence)
        and not _PAST_WORDS.search(sentence)
    ):
        return True  # "This year the city expects output to grow by around 8 percent", 今年将
    if _PAST_WORDS.search(sentence):
        return False
    return None


def find_own_date(patterns: str, sentence: str, rel: int, calendar: str) -> Date | None:
    """The date of the figure at ``rel``: its own part of the sentence first ("... by 2027
    and to add 40 wards by the end of 2026", "compared with 1,600 in 2020"), else the
    sentence's date nearest before it."""
    lo = max((m.end() for m in SEGMENT_END.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in SEGMENT_END.finditer(sentence, rel)), len(sentence))
    own = find_date(patterns, sentence[lo:hi], rel - lo, calendar)
    if own is None and _RELATIVE_CLAUSE.match(sentence, lo):
        # "X, which covers 278 square kilometres, said ... in 2024": a date after the clause
        # is the main clause's; one that opens the sentence ("As at March 2024, ...") frames all.
        return find_date(patterns, sentence[:lo], lo, calendar)
    if own is not None and patterns == "deadline":
        return last_joined(sentence, rel, own, calendar)
    if own is not None:
        return own
    if patterns == "deadline":
        # "and to foster more than 50 companies listed on domestic and overseas stock markets
        # by 2028": an "and" inside the figure's own words ends no part; its clause (to the
        # next comma) names its deadline after it.
        clause_end = next((m.start() for m in _CLAUSE_STOP.finditer(sentence, hi)), len(sentence))
        after = find_date(patterns, sentence[hi:clause_end], calendar=calendar)
        if after is not None:
            return after
    # A date later in the sentence dates the figure only up to a semicolon: what follows
    # one is a statement of its own (已取得用地約92公頃；廠房已於114年6月完工).
    # Nor does one inside a comparison that follows ("…, up from US$7.1 billion in the same
    # period of 2024"): it is the base's date.
    stops = [
        m.start() for m in (SEMICOLON.search(sentence, rel), _COMPARISON.search(sentence, rel)) if m
    ]
    if patterns == "ref_date":
        # Nor does one in a later part that sets a goal ("we spent RMB 58 million ..., and we
        # plan to raise this to RMB 80 million a year by 2028"): that is the goal's deadline.
        ends = [m.start() for m in SEGMENT_END.finditer(sentence, hi)] + [len(sentence)]
        stops += [a for a, b in itertools.pairwise(ends) if _goal_said(sentence[a:b])][:1]
    else:
        # Nor does one after a later part that opens with goal words of its own and states a
        # figure of its own (…總面積約300公頃，預計可提供約700萬平方米…，於2030年代陸續落成):
        # that part's forecast is dated, not the size stated before it.
        ends = [m.start() for m in SEGMENT_END.finditer(sentence, hi)] + [len(sentence)]
        stops += [
            a
            for a, b in itertools.pairwise(ends)
            if _GOAL_OPENS.match(sentence, a + 1) and _has_figure(sentence[a:b])
        ][:1]
    return find_date(patterns, sentence[: min(stops)] if stops else sentence, rel, calendar)


# A period joined to the one before by "and" and nothing else ("… in Q4 2026 and in 2027.").
_JOINED_PERIOD = re.compile(
    r"\s(?:and|or)\s+(?:(?:in|during|by|over|through)\s+)?(?:the\s+)?"
    r"(?:(?:first|second|third|fourth)\s+(?:quarter|half)\s+of\s+|end\s+of\s+|Q[1-4]\s*)?"
    r"\d{4}(?=\s*(?:[.,;，；。]|$))",
    re.I,
)

_JOINED_YEAR = re.compile(
    r"年[^，。；,;\d]{0,8}(?:及|和|与|與)\s*(\d{4})\s*年(?!\s*\d{1,2}\s*月|度)"
)
_RESPECTIVELY = re.compile(r"分別|分别|\brespectively\b", re.I)

# A comma or semicolon (not a thousands separator): the end of a clause.
_CLAUSE_STOP = re.compile(r"[，；;]|,(?!\d{3}(?!\d))")

# A part of a sentence that opens with words of a goal or a forecast (预计可提供, "will add").
_GOAL_OPENS = re.compile(
    r"\s*(?:并|並|且|而|and\s+)?\s*(?:预计|預計|预期|預期|计划|計劃|力争|力爭|将|將|可望|有望"
    r"|(?:is\s+|are\s+)?(?:expected|planned|projected)\s+to|will|plans?\s+to|aims?\s+to)",
    re.I,
)


def last_joined(sentence: str, rel: int, due: Date, calendar: str = "CNY") -> Date:
    """``due``, the deadline of the figure's own part at ``rel``, or the later period joined
    to that part by "and" alone ("to complete in the fourth quarter of 2026 and in 2027"):
    spread over periods, the whole is due by the last of them."""
    if _RESPECTIVELY.search(sentence):
        return due  # 2026年和2027年分别达到…: one period each, in order
    lo = max((m.end() for m in SEGMENT_END.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in SEGMENT_END.finditer(sentence, rel)), len(sentence))
    joined = _JOINED_PERIOD.match(sentence, hi)
    later = find_date("deadline", joined[0], calendar=calendar) if joined else None
    # 2027年第四季度及2028年: a bare year joined to a date inside the figure's own part.
    year = _JOINED_YEAR.search(sentence, lo, hi)
    if later is None and year is not None:
        later = Date(f"{year[1]}-12-31", f"{year[0].strip()!r}: the last of the periods joined")
    return later if later and str(later) > str(due) else due


# The end of a sentence inside a lead-in line (…the 15th Five-Year Plan. The main targets …:).
_LEAD_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s)")


def _heading_deadline(heading: str, calendar: str = "CNY") -> str | None:
    """The deadline a goal heading or lead-in names: the date of its last sentence, which
    introduces the list (the one before, "This year is crucial for the 15th Five-Year Plan.",
    frames it), else of the whole line, else the last year it names."""
    ends = [m.end() for m in _LEAD_SENTENCE_END.finditer(heading.rstrip())]
    if ends:
        last = _named_deadline(heading[ends[-1] :], calendar)
        if last is not None:
            return last
    return _named_deadline(heading, calendar)


def _named_deadline(heading: str, calendar: str = "CNY") -> str | None:
    """The deadline ``heading`` states, else the end of the (last) year it names."""
    found: str | None = find_date("deadline", heading, calendar=calendar)
    if found is None:
        years = [next(g for g in m.groups() if g) for m in _HEADING_YEAR.finditer(heading)]
        found = f"{years[-1]}-12-31" if years else None
    return found


def find_heading_deadline(
    heading: str, page_year: str, page_date: str | None = None, calendar: str = "CNY"
) -> str | None:
    """The deadline a goal heading names: a year relative to the page's (明年, "next year"),
    else the date or the (last) year it names, else None."""
    return find_relative_deadline(heading, page_year, 0, page_date, calendar) or _heading_deadline(
        heading, calendar
    )


def find_kind(
    text: str,
    at: int,
    sentence: str,
    rel: int,
    scopes: Scopes,
    sentences: Boundaries,
    leads: dict[int, tuple[bool, str | None]],
    calendar: str = "CNY",
    page: tuple[str | None, str | None] = (None, None),
) -> tuple[bool, str | None]:
    """(is a target, its deadline) for the figure at offset ``at`` of ``text``.

    The sentence decides first (goal words, a deadline ahead, or facts told in the past);
    a part of it that tells a fact in the past is an observation even beside a plan; a
    sentence that does not say is governed by the progress line under its measure, by a
    goal heading above it or by the first sentence of its paragraph. ``page`` is the
    page's (year, date), for a progress line's 明年.
    """
    said = _goal(sentence, calendar)
    progress = _progress_line(text, at) if said is None else None
    if progress is not None:
        # 措施：推出…約7公頃。/ 進度：預計於2027年第二季完成。: the measure is due when its
        # progress line says; one reported 已完成 is a fact.
        if not _goal(progress, calendar):
            return False, None
        due = find_date("deadline", progress, calendar=calendar)
        if due is None and page[0]:
            due = find_relative_deadline(progress, page[0], 0, page[1])
        return True, due
    segment = find_segment(sentence, rel)
    if (
        not said
        and PLAN_END.search(segment)
        and _WEAK_TARGET_WORDS.search(sentence[: _part_end(sentence, rel)])
        and not DONE_WORDS.search(segment)
    ):
        # "We will invest HK$6 billion over the plan period", 將在計劃期內投放: what the
        # figure's own part will do within the plan's period is due by its end.
        said = True
    if (
        said
        and (DONE_WORDS.search(segment) or _NOW_HOLDING.search(segment))
        and not _goal_said(segment)
        # "has awarded US$12 million to the incubator, to be disbursed over 2026-2029": the
        # money's schedule, set off by a comma right after its part.
        and not _SCHEDULE_AFTER.match(sentence, rel)
    ):
        said = False
    if said and _goal(sentence[: _statement_end(sentence, rel)], calendar) is False:
        # 截至10月25日，…67项整改任务中，已完成58项；其余任务…计划于年底前全部完成: the goal
        # is said only after the semicolon that ends the figure's statement, told as a fact.
        said = False
    if said and stated_then_scheduled(sentence, rel):
        said = False
    if (
        said
        and _SHARE_OF_GOAL.search(segment)
        and not _goal_said(_SHARE_OF_GOAL.sub(lambda m: " " * len(m[0]), segment))
    ):
        # "the zone reached 138 billion yuan, or about 92 percent of the target": the share
        # of a goal reached is a fact, beside the goal the sentence quotes.
        said = False
    heading = scopes.heading_of(at)
    # 收入预算总额4.86亿元 in a department's budget for 2027, 預算1.5億澳門元 in a year's grant
    # plan: what the year's budget plans, not the money of a scheme.
    scheme_money = scheme_money_before(sentence, rel) and not (
        heading is not None
        and heading == scopes.document
        and _BUDGETED_HERE.search(sentence, max(0, rel - 24), rel) is not None
    )
    if (
        said
        and not _goal_said(segment)
        and _capped(sentence, rel)
        and not _DEADLINE_CUES.search(segment)
    ):
        # 資助上限為企業研發投入的50%: the cap a scheme's rule sets, undated, though a goal
        # elsewhere in the sentence or a year's plan above it sets goals.
        said = False
    if (
        said
        and scheme_money
        # "will set up a fund of 5 billion yuan": a plan's words, but no date to reach it by.
        and (not _goal_said(segment) or find_date("deadline", segment, calendar=calendar) is None)
        and not _DEADLINE_CUES.search(segment)
    ):
        # 本計畫擴建面積約168公頃，總經費新臺幣412億元，計畫期程自民國116年至122年: the money a
        # plan or budget sets is no goal reached by the plan's end, though its part of the
        # sentence is told beside the plan's period.
        said = False
    set_aside = _SET_ASIDE.search(sentence, max(0, rel - 16), rel) if said else None
    if (
        set_aside is not None
        and find_own_date("deadline", sentence[: _part_end(sentence, rel)], rel, calendar) is None
        and not (set_aside[0][:2] in ("注资", "注資") and _SPAN_AHEAD.search(sentence, 0, rel))
    ):
        # 於未來三年預留100億元, 向數碼港注資30億元: money a budget sets aside, or injects with
        # no date of its own to reach, is the policy's money, undated (將在未來三年再注資2億元
        # injects it by the span's end: a goal).
        said = False
    if said and _RELATIVE_CLAUSE.match(segment) and not _goal_said(segment):
        said = _DEADLINE_CUES.search(segment) is not None  # its own words, not the sentence's
    deadline = None
    if said is None and heading is not None and _capped(sentence, rel):
        said = False  # 資助上限為…的50% under a goal heading: the scheme's rule, no goal
    if said is None and heading is not None:
        # 2026年1—11月，…完成1268亿元 in a statement of 2027's goals, 114年度本縣招商投資金額達
        # 新臺幣162億元 under the goal heading of a plan for 115年度: a period of its own that
        # ends before the year the document or the plan sets goals for tells a fact of it.
        year = (
            scopes.document_year if heading == scopes.document else find_plan_year(text, calendar)
        )
        # 2025年，澳門本地生產總值為4,050億澳門元 under 公佈…中期目標 on a page of 2026: a year
        # already over at the page's date tells a fact of it, under a goal heading too.
        year = year or page[0]
        # (The start of a change, 由2025年底約5.1萬人增至10萬人, is the base's date, not the
        # sentence's.)
        own = (
            find_date("ref_date", blank_change_start(sentence), calendar=calendar) if year else None
        )
        if own is not None and str(own) < f"{year}-01-01":
            said = False
    if said is None and heading is not None:
        # 累计 (cumulative) in a goal list is still a goal; a fact word elsewhere is not; nor is
        # the money a policy sets under it ("will set up a fund of 5 billion yuan"). The year
        # a change starts from ("raise the share from 28 per cent in 2026 to 40 per cent") is
        # the start's, no fact word of the item's.
        told = _FROM_IN_YEAR.sub(lambda m: " " * len(m[0]), sentence)
        if (not says(_FACT_WORDS, told) or "累" in sentence) and not (
            scheme_money and not _DEADLINE_CUES.search(segment)
        ):
            said, deadline = True, _heading_deadline(text[heading[0] : heading[1]], calendar)
            if heading == scopes.document and scopes.document_year:
                # The year the document sets goals for, at its end, unless the statement names
                # a part of that year (上半年完成…700家), which the caller reads against it.
                deadline = f"{scopes.document_year}-12-31"
                if _PART_OF_YEAR.search(find_statement(sentence, rel)):
                    deadline = None
            elif deadline is None and (plan_year := find_plan_year(text, calendar)):
                # 一、工作目标 in 江北区2027年工作计划: the goals of the year the plan is for.
                deadline = f"{plan_year}-12-31"
    elif (
        said is None and not says(_FACT_WORDS, sentence) and not scheme_money_before(sentence, rel)
    ):
        s_lo = at - rel
        said, deadline = _lead_in(text, sentences, scopes.line_start(s_lo), s_lo, leads, calendar)
    put_in = put_in_money(sentence, rel, calendar, find_plan_end(text, calendar))
    if put_in is not None and (put_in[2] or not (said and heading is not None and deadline)):
        # 預計投入新臺幣1,250億元, 每年安排不低于5亿元 in a plan for 2026—2028: money a plan
        # puts in is due only by a span of its own (a goal heading's year is one: 2027年工作
        # 目标 over 安排…专项资金3亿元; 自2027年起 opens a span with no end).
        return put_in[0], put_in[1]
    if not said:
        return False, None
    # The base's date (由2025年底約5.1萬人增至10萬人, 较2020年) is no deadline of the goal.
    own = find_own_date(
        "deadline",
        _FROM_IN_YEAR.sub(lambda m: " " * len(m[0]), blank_change_start(sentence)),
        rel,
        calendar,
    )
    statement = find_statement(sentence, rel)
    if own is not None and any(
        _RELATIVE_YEAR.search(part) and find_date("deadline", part, calendar=calendar) is None
        # …力争到2027年…；今年四季度，还将新开工项目15个以上: a statement after a semicolon
        # with its own year relative to the page is not dated by a year before it.
        for part in (segment, statement if statement != sentence else "")
    ):
        # 将在2026年10月31日前完成…，并于明年一季度前将…降至15%: the figure's own part says
        # its deadline relative to the page's date; the other part's date is not its own.
        return True, None
    if own is None and (same := _SAME_DEADLINE.search(sentence, 0, _part_end(sentence, rel))):
        # "aims at 80,000 … by the same year", "Over the same period, the city aims to add
        # 50": the deadline the text named last before the figure (not a base's year).
        s_lo = at - rel
        told = blank_change_start(text[max(0, s_lo - 2 * WINDOW) : at])
        # The last deadline cue before it (not one a page's date must read: "over the next
        # three years", which the caller reads).
        cues = list(_DEADLINE_CUES.finditer(told))
        named = find_date("deadline", told[cues[-1].start() :], 0, calendar) if cues else None
        if named:
            own = Date(str(named), f"{same[0]!r}: the deadline named before it, {named.note}")
    if own is None:
        # "a pilot line of 12,000 square metres that should open in the third quarter of 2027",
        # "due in the first half of 2028": the period a schedule after the figure names ends
        # by its deadline.
        after = sentence[rel : _part_end(sentence, rel)]
        sched = _SCHEDULED_IN.search(after)
        if sched is not None:
            own = find_date("ref_date", after[sched.end() :], 0, calendar)
    deadline = own if own is not None else deadline  # an impossible one too: it says why
    if own is None and (
        _RELATIVE_YEAR.search(find_statement(sentence, rel))
        or (deadline is None and _SPAN_AHEAD_CUE.search(sentence))
    ):
        # 明年內新建…5個 under a heading or after a line that names 2030: the statement's own
        # year, relative to the page's date, which the caller reads (not the heading's); so
        # is a span ahead of the page ("over the next three years", 未來五年內), not a year a
        # sentence before it names ("In 2025 the firm opened a lab.").
        return True, None
    if deadline is None:
        s_lo = at - rel
        deadline = find_date(
            "deadline",
            text[max(scopes.line_start(s_lo), s_lo - WINDOW) : s_lo],
            calendar=calendar,
        )
    if deadline is None and heading is not None and heading == scopes.document:
        # 上半年完成…1500家 in 2027年工作要点: a part of the year the document sets goals for,
        # read against that year by the caller (not a plan a lead sentence names, 落实"十五五"规划).
        return True, None
    if deadline is None and heading is not None:
        # A lead-in line under the heading ("Both zones have published goals to 2027.")
        # dates the goals that follow it, before the heading's own year does.
        s_lo = at - rel
        between = text[heading[1] : s_lo] if s_lo - heading[1] <= WINDOW else ""
        # Only a lead-in line: a numbered or bulleted item of the list before the figure's
        # (1. Cut … by the end of 2027.) has its own deadline, not the next item's.
        between = "".join(
            "\n" if _LIST_ITEM.match(line) else line for line in between.splitlines(keepends=True)
        )
        deadline = find_date("deadline", between, len(between), calendar) or _heading_deadline(
            text[heading[0] : heading[1]], calendar
        )
    return True, deadline


# 落成後將提供, "once completed, it will house": what a work will do after it is finished,
# whose date the paragraph gave before (預計2029年落成). 啟用後的每年經常開支 names a cost
# that follows, not a state the work reaches.
_AFTER_COMPLETION = re.compile(
    r"(?:落成|建成|完工|竣工|启用|啟用|投产|投產|开业|開業|开幕|開幕)\s*(?:后|後|之后|之後)(?!的)"
    r"|\b(?:once|when|after|upon)\s+(?:it\s+is\s+|they\s+are\s+|fully\s+)?"
    r"(?:completed|complete|completion|finished|built|opened|operational)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[，；;。！？!?\n]|,(?!\d{3}(?!\d))|\.(?!\d)")
_COMPLETION = re.compile(
    r"完工|竣工|完成|建成|落成|启用|啟用|投产|投產|开业|開業|开幕|開幕"
    r"|\b(?:complet(?:e|ed|ion)|finish(?:ed)?|open(?:s|ed|ing)?|operational)\b",
    re.IGNORECASE,
)


def find_completion_deadline(
    text: str, s_lo: int, rel: int, line_start: int, calendar: str = "CNY"
) -> Date | None:
    """The deadline of a figure that a work will reach once finished (大樓落成後將提供約500個),
    or None.

    The sentence at ``s_lo`` (the figure at ``rel`` in it) says, before the figure and not as
    done, what follows the work's completion; the date is the completion's, told earlier in
    the same paragraph (from ``line_start``): 預計2029年落成, "is due to be completed by 2029".
    """
    sentence = text[s_lo : s_lo + rel]
    after = _AFTER_COMPLETION.search(sentence)
    if after is None or DONE_WORDS.search(sentence, after.end()):
        return None
    before = text[max(line_start, s_lo - WINDOW) : s_lo]
    told = list(_COMPLETION.finditer(before))
    if not told:
        return None
    last = told[-1]
    # The completion's clause: its date stands before the word (2029年落成, "completed by 2029")
    # or just after it ("completed in 2029").
    lo = max((m.end() for m in _CLAUSE_START.finditer(before, 0, last.start())), default=0)
    clause = before[lo : last.end() + 24]
    return find_date("deadline", clause, last.end() - lo, calendar)


# A line that is an item of a list: numbered (1., 2、, (3), （一）) or bulleted.
# (Lettered and small Roman items too: "a. …", "(b) …", "iii) …".)
_LIST_ITEM = re.compile(
    r"\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[-–—•·‧▪●○◆*]\s"
    r"|[（(]?(?:[a-h]|[ivx]{1,4})[.)）]\s)"
)

_SCHEDULE_AFTER = re.compile(rf"[^,;，；]*[,，]\s*to\s+be\s+{_SCHEDULED}", re.I)

# The line under a measure that reports its progress (進度：已完成, "Status: on schedule").
_PROGRESS = re.compile(r"[ \t]*(?:進度|进度|進展|进展|progress|status)[ \t]*[:：]", re.I)


def _progress_line(text: str, at: int) -> str | None:
    """The first sentence of the progress line right under the line holding ``at``, if any."""
    end = text.find("\n", at)
    if end < 0:
        return None
    found = _PROGRESS.match(text, end + 1)
    if found is None:
        return None
    line_end = text.find("\n", found.end())
    line = text[found.end() : line_end if line_end >= 0 else len(text)]
    return re.split(r"[。.!?！？](?:\s|$)|。", line, maxsplit=1)[0]


# A year named relative to the page's date: a statement's own deadline.
_RELATIVE_YEAR = re.compile(
    r"明年|今年|下一?(?:財政|财政)年度|\bnext\s+(?:(?:fiscal|financial)\s+)?year\b"
    r"|\bthis\s+year\b|(?<![\d年])全年|本年度",
    re.I,
)


def _statement_end(sentence: str, rel: int) -> int:
    """The offset of the semicolon that ends the statement at ``rel`` (else the end)."""
    return next((m.start() for m in SEMICOLON.finditer(sentence, rel)), len(sentence))


def find_statement(sentence: str, rel: int) -> str:
    """The part of ``sentence`` between the semicolons around offset ``rel``."""
    lo = max((m.end() for m in SEMICOLON.finditer(sentence, 0, rel)), default=0)
    hi = next((m.start() for m in SEMICOLON.finditer(sentence, rel)), len(sentence))
    return sentence[lo:hi]


# The line that introduces a list (…預計現金流量需求如下：, "… as follows:").
_AS_FOLLOWS = re.compile(r"(?:如下|以下|\bas\s+follows|\bbelow)\s*[:：]\s*$", re.I)


def find_list_lead(text: str, at: int) -> str:
    """The line that introduces the list the line at offset ``at`` belongs to (a line ending
    with 如下： or "as follows:" right above the list's lines, none of them blank), else ""."""
    lo = text.rfind("\n", 0, at) + 1
    for _ in range(12):
        if lo <= 0:
            return ""
        prev = text.rfind("\n", 0, lo - 1) + 1
        line = text[prev : lo - 1]
        if not line.strip():
            return ""  # a blank line ends the list's block
        if _AS_FOLLOWS.search(line.rstrip()):
            return line
        lo = prev
    return ""


# A sentence that reports an approval (通過…擴建案, 核准, "approved") tells the approved
# project's figures as facts of that day.
_APPROVAL = re.compile(r"通過|通过|核准|批准|\bapproved\b", re.I)


# The start of work on a project (預計116年第2季動工, "to break ground in 2027"): a date that
# schedules the work, which no size or investment of the project is due by.
_WORK_STARTS = re.compile(
    r"動工|动工|開工|开工|\bbreak\s+ground\b|\bstart\s+(?:construction|work)\b", re.I
)


def stated_then_scheduled(sentence: str, rel: int, approval: bool = True) -> bool:
    """Whether the figure at ``rel`` is told in an approval, and the goal words come only in
    later parts that state no figure (…使用園區土地約12.6公頃，…，預計116年第3季動工): those
    parts schedule the project, not the figure. Without an approval, the same holds when
    those parts only schedule the start of work (開發面積約45公頃，…，預計116年第2季動工): the
    project's stated size is a fact of the day it is stated, no goal. With ``approval``
    False, only that second case (an approval may state money undated)."""
    hi = next((m.start() for m in SEGMENT_END.finditer(sentence, rel)), len(sentence))
    head, tail = sentence[:hi], sentence[hi:]
    if _goal_said(head) or _DEADLINE_CUES.search(head):
        return False
    cuts = [0, *(m.end() for m in SEGMENT_END.finditer(tail)), len(tail)]
    parts = [tail[a:b] for a, b in itertools.pairwise(cuts)]
    goals = [p for p in parts if _goal_said(p) or _DEADLINE_CUES.search(p)]
    approved = approval and _APPROVAL.search(head) is not None
    return (approved or bool(goals)) and all(
        not _has_figure(p) and (approved or _WORK_STARTS.search(p)) for p in goals
    )


def _goal_said(segment: str) -> bool:
    return bool(_GOAL_WORDS.search(segment) or _WEAK_TARGET_WORDS.search(segment))


def in_title(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in the title block: the lines before the first blank line
    near the top, none of them a list item or a sentence ending with a full stop."""
    block_end = text.find("\n\n", 0, 400)
    if block_end < 0 or offset >= block_end:
        return False
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    return not _BULLET.match(line) and not re.search(r"[。.！？!?]$", line)


def _lead_in(
    text: str,
    sentences: Boundaries,
    p_lo: int,
    s_lo: int,
    cache: dict[int, tuple[bool, str | None]],
    calendar: str = "CNY",
) -> tuple[bool, str | None]:
    """Whether a paragraph's first sentence sets a goal with a deadline (then it governs the
    sentences that follow in the same paragraph), and that deadline; read once per paragraph."""
    if p_lo == s_lo:
        return False, None
    if p_lo not in cache:
        _, end = sentences.around(p_lo, p_lo, p_lo, min(len(text), p_lo + WINDOW))
        first = text[p_lo:end]
        deadline = find_date("deadline", first, calendar=calendar)
        cache[p_lo] = (bool(_goal(first, calendar)) and deadline is not None, deadline)
    return cache[p_lo]


# A value labelled by its year and what it is, as an indicator list writes a table's row on one
# line (研发经费投入强度：2025年基数3.82%，2030年目标4.5%; "R&D intensity: 2025 baseline 3.1%,
# 2030 target 4%"; 基期值（2025年）3.1%; "target for 2030: 4%"): the label ends right before the
# value, in its clause.
_LABEL_BEFORE = re.compile(
    rf"(?:(?P<y1>(?:19|20)\d{{2}})\s*(?:年度?|财年|財年)?\s*)?(?P<word>{GOAL_LABELS}|{BASE_LABELS})"
    r"\s*(?:(?:for|in|by)\s+(?P<y2>(?:19|20)\d{2})|[（(]\s*(?P<y3>(?:19|20)\d{2})\s*年?\s*[）)])?"
    r"\s*(?:为|為|是|\bof|\bis|\bwas|[:：])?\s*"
    r"(?:约|約|近|\babout|\baround|\babove|\bover|\bbelow|\bunder|\bat\s+least|\bmore\s+than"
    r"|\bup\s+to|\bno\s+(?:fewer|less)\s+than|\bsome)?\s*" + CURRENCY_NAME + "$",
    # "Baseline (2025): $7.4 million", 目標值：新臺幣180億元: a currency before the number.
    re.I,
)
_LABEL_STOP = re.compile(r"[，,；;、。\n]|[:：](?=.)")
_IS_GOAL_LABEL = re.compile(GOAL_LABELS, re.I)


def find_column_label(sentence: str, rel: int) -> tuple[bool, str, str] | None:
    """(is a target, the year, the label) when the value at ``rel`` is labelled by a year and
    a word that says it is a goal (目标, 目標值, target) or a base year's fact (基数, 基期,
    现状, baseline, actual): a goal due by that year's end, a fact of it. None otherwise,
    and for a label without a year (the sentence decides then)."""
    lo = max(0, rel - 40)
    part = sentence[lo:rel]
    # The label starts after the last stop (研发经费投入强度：2025年基数…), or the one before it
    # when the last is the label's own colon ("target for 2030: 4%", 2030年目标：4.5%).
    starts = [0] + [m.end() for m in _LABEL_STOP.finditer(part)]
    found = None
    for start in starts[-1:-3:-1]:
        found = _LABEL_BEFORE.search(part, start)
        if found is not None:
            break
        found = None
    if found is None:
        return None
    year = found["y1"] or found["y2"] or found["y3"]
    if year is None:
        return None
    if re.match(r"[A-Za-z]", part[found.start("word") - 1 : found.start("word")]):
        return None  # "subtarget": a word of its own
    return bool(_IS_GOAL_LABEL.fullmatch(found["word"])), year, found[0].strip()
