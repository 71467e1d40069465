"""The words by which a sentence sets a goal or tells a fact.

The vocabulary of goals (力争, 目标, "aims to", "is due to open by"), of deadlines ahead (到2027年,
"by the end of 2026"), of facts told as done (已, 截至, "reached") and of forecasts, and the
reading of a sentence by them alone (:func:`goal_or_fact`). What governs a sentence that does
not say (a heading, a lead-in) is read by :mod:`zonetrack.headings` and
:mod:`zonetrack.scopes`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fiscalyears import ROC_CUES
from .periods import MONTHS, find_date
from .sentences import says

__all__ = [
    "DEADLINE_CUES",
    "DONE_WORDS",
    "EARLIER_FORECAST_AFTER",
    "EARLIER_FORECAST_BEFORE",
    "FACT_WORDS",
    "FORECAST_WORDS",
    "GOALS_COUNTED",
    "GOAL_IN_BRACKETS",
    "GOAL_NOUN_AFTER",
    "GOAL_YARDSTICK",
    "NEXT_PLAN_PERIOD",
    "NOW_HOLDING",
    "PAST_WORDS",
    "PROGRESS_TOLD",
    "QUOTED_GOAL",
    "SAME_DEADLINE",
    "SCHEDULED",
    "SHARE_OF_GOAL",
    "SPAN_AHEAD_CUE",
    "SPAN_AHEAD_ZH",
    "SPAN_WITHIN_EN",
    "TOLD_DONE",
    "WEAK_TARGET_WORDS",
    "YEARLESS_DEADLINE",
    "counts_goals",
    "goal_or_fact",
    "goal_said",
    "period_to_date",
]

# What a commitment or a schedule says will be done ("committed to cut", "due to open").
_PLAN_VERBS = (
    r"(?:be|cut|reduce|halve|lower|raise|increase|double|triple|reach|achieve|build|open|start"
    r"|begin|complete|finish|launch|invest|spend|create|add|train|source|deliver|provide"
    r"|become|install|host|attract|expand|grow)\b"
)

# What a schedule says will be done with money or work ("to be disbursed over 2026-2029").
SCHEDULED = (
    r"(?:disbursed|paid|spent|invested|released|allocated|delivered|completed|built|opened"
    r"|launched)\b"
)

# A goal quoted in the past tense, from a plan set before its deadline ("the plan aimed for
# 150 billion yuan by 2025", "called for at least 1,200", "sought to attract", "the target was
# 4 percent"): still a goal; the outcome told beside it ("the zone reached", "the outcome
# was") is a fact of its own part, and so is a goal told as met ("the target was met").
QUOTED_GOAL = (
    r"\baimed\s+(?:to|for|at)\b|\bcalled\s+for\b|\bsought\s+to\b"
    r"|\b(?:target|goal)s?\s+(?:was|were|had\s+been)\b"
    r"(?!\s+(?:met|reached|achieved|exceeded|missed))"
    # "set a target of", "set an indicator of": a goal a body set, quoted; 原定於…達40條, 原訂
    # 115年6月底前完成: what was first scheduled, a goal whatever became of it.
    # (and "have set this year's growth target at": the year's goal a report sets)
    r"|\bset\s+(?:itself\s+|themselves\s+)?(?:an?|the|its|their|our|this\s+year's)\s+"
    r"(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:target|goal|indicator|milestone)\s+(?:of|at)\b"
    r"|原定|原訂|原订"
    # "For 2027 we have set ourselves 4.5 percent": what a body sets itself is a goal.
    # (The figure follows: "the 40 billion yuan target it set itself last January" tells the
    # target before it, and the fact beside it stays one.)
    r"|\bset\s+(?:ourselves|itself|themselves|himself|herself)\s+"
    r"(?=(?:(?:about|around|roughly|some|at\s+least|over|more\s+than)\s+)?"
    r"(?:\d|[$¥€]|(?:HK|US|NT|RMB|CNY|MOP)\s?\$?\s?\d))"
)

# Words that set a goal on their own.
_GOAL_WORDS = re.compile(
    r"力争|力爭|计划(?:到|于|在|至)|計劃(?:到|於|在|至)|目标|目標|\bgoals?\b|\bobjectives?\b"
    # 11月计划推动12个项目集中开工, 計劃新增…: 计划 as the verb of an action planned.
    r"|(?:计划|計劃|計畫)(?=\s*(?:推动|推動|新增|新开工|新開工|开工|開工|引进|引進|建成|启动|啟動"
    r"|举办|舉辦|签约|簽約|落地|培育|新建|招引))"
    r"|\baims?\s+(?:to|for)\b|\bstrives?\s+to\b|\bwill\s+strive\b|"
    + QUOTED_GOAL
    # A commitment or a schedule sets a goal as firmly ("have committed to cut ... by 2030",
    # "is due to open by October", 預定於今年年底前完工).
    # (Committed or due to do something: "is committed to the international standard" and
    # "is due to higher demand" set none.)
    + rf"|\b(?:committed|pledged)\s+to\s+{_PLAN_VERBS}"
    rf"|\b(?:is|are)\s+(?:now\s+)?due\s+to\s+{_PLAN_VERBS}"
    # "Funds in place are to reach 3.5 billion yuan": what a plan requires to be done.
    rf"|\b(?:is|are)\s+to\s+{_PLAN_VERBS}"
    r"|[预預]定(?=\s*(?:[於于在到至]|今年|明年|年[底内內]))"
    # A schedule of money or work: "due in spring 2027", "is scheduled for January 2028", "are
    # slated for handover in 2027", "is slated to provide" (slated: scheduled),
    # "(awarded US$12 million,) to be disbursed over 2026-2029"; money pledged is promised.
    r"|\bdue\s+(?:in|by|on|before)\s+(?:the\s+)?(?=\d|spring|summer|autumn|fall|winter|early"
    rf"|mid|late|end|first|second|third|fourth|Q[1-4]|{MONTHS})|\b(?:is|are)\s+(?:scheduled|slated)\s+(?:for|to|in)\b"
    rf"|\bto\s+be\s+{SCHEDULED}"
    # (Not "pledged investment of 2.3 billion yuan": the name of what a signing promised, told
    # of projects signed as well as planned.)
    r"|\bpledged\b(?!\s+(?:investment|capital|money|funds?|sums?|amounts?|value|contributions?)\b)"
    # "shall be connected to the grid within 150 calendar days of the Letter of Acceptance",
    # "shall deliver 40 units within 150 calendar days": an obligation due within a time
    # counted from an event, a goal (its day not yet known).
    r"|\b(?:shall|must)\s+(?:be\s+)?[a-z]+(?:\s+[\w,-]+){0,8}?\s+within\s+(?:\d+|[a-z]+)\s+"
    r"(?:calendar\s+|business\s+|working\s+|clear\s+)?(?:days|weeks|months)\b"
    # "a pilot line that should open in the third quarter of 2027": a work's schedule.
    r"|\bshould\s+(?:open|start|begin|launch|be\s+(?:completed|complete|finished|ready|operational))"
    r"\s+(?:in|by|before)\s+(?:the\s+)?(?=\d|spring|summer|autumn|fall|winter|early|mid|late|end"
    rf"|first|second|third|fourth|Q[1-4]|{MONTHS})"
    # "To increase the number of start-ups to more than 5,500 in 2027.": an item that opens
    # with what is to be done, as a policy's indicators and a plan's targets are listed.
    r"|^\s*(?:[-–•*]\s*|\(?[a-z\d]{1,2}[.)]\s*)?to\s+(?:increase|raise|reduce|cut|lower|grow|expand"
    r"|double|lift|bring|attract|achieve|reach|add|create|train|complete|build)\b"
    # 预期增长5%左右: the growth a plan or budget expects (预期目标, said in a sentence).
    r"|预期(?=增|达到|实现|提高)|預期(?=增|達到|實現|提高)",
    re.IGNORECASE,
)

# A span ahead of the page's date in Chinese: 未来五年, 今後三年內, and 力争三年内, 在三年內
# with no 未来 before it (a term of the page's own as long, which :mod:`zonetrack.termphrases`
# reads first, aside). The bare form is no span back (近三年内, 过去三年內, 最近, 这三年内),
# none counted from an event (成立后三年内, 生效之日起五年内, 連續三年內) and no part of a year
# (2026年内, 第三年内).
SPAN_AHEAD_ZH = (
    r"(?:未来|未來|今后|今後)\s*(?P<ahead>[一二三四五六七八九十两兩]|\d{1,2})\s*年(?:[内內间間])?"
    r"|(?<![\d一二三四五六七八九十两兩第首近前这這该該每续續后後去年起])"
    # (过去的两年内 looks back; 投产两年内 counts from each one's own event, a condition's.)
    r"(?<!过去的|過去的|最近的)(?<!过去|過去|以来|以來)"
    r"(?<!投产|投產|达产|達產|入驻|入駐|成立|设立|設立|认定|認定|获批|獲批|落户|落戶|开业|開業"
    r"|建成|竣工|签约|簽約|注册|註冊|上市|毕业|畢業|入选|入選|获评|獲評)"
    r"(?P<bare>[一二三四五六七八九十两兩]|\d{1,2})\s*年\s*[内內]"
)

# "Within three years, we will …" with no next before it: a span ahead of the page's date, as
# 三年内 is in Chinese (not "within two years of opening", counted from an event).
SPAN_WITHIN_EN = (
    r"\bwithin\s+(?P<within>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b"
    r"(?!\s+(?:of|after|from|since|following)\b)"
)

# "Over the next plan period", "by the end of the next Five-Year Plan", 下一个五年规划期内: the
# five-year plan after the one running in the page's year (plans end in years ending 0 or 5:
# on a page of 2025, the last year of the 14th, the next runs 2026-2030).
NEXT_PLAN_PERIOD = (
    r"\b(?:the\s+)?next\s+(?:plan(?:ning)?\s+period|five-year\s+plan(?:\s+period)?)\b"
    r"|下一?个?五年规划期|下一?個?五年規劃期"
)

# A deadline ahead: a goal unless the sentence tells of something already done.
# 前 after a year is "before" it, but 2026年前三季度 (the first three quarters of 2026) and
# 2026年前8个月 name a part of that year: a period of facts, no deadline.
_NOT_FIRST_PART = r"(?!\s*(?:[一二三四五六七八九十两兩]|1[0-2]|[1-9])\s*(?:个|個)?\s*(?:季|月))"

DEADLINE_CUES = re.compile(
    r"(?<!截)(?<!截至)(?<!截止)(?:到|至)\s*\d{4}\s*年"
    rf"|(?:於|于|在|朝)\s*\d{{4}}\s*年\s*(?:年?底|年?末)?(?:以)?前{_NOT_FIRST_PART}"
    r"|朝\s*\d{4}|展望\s*\d{4}|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末)?(?:以)?前"
    rf"|\d{{4}}\s*年\s*(?:年?底|年?末)?(?:以)?前{_NOT_FIRST_PART}|“?十[一二三四五六七八九]五”?\s*(?:期间|期間|末)"
    r"|\b(?:end\s+of\s+the\s+)?\d{2}th\s+five-year\s+plan\s+period\b"
    r"|\b(?:by|before)\s+(?:the\s+(?:end|close)\s+of\s+|(?:year-?\s*)?end[-\s]+|mid-?|Q[1-4]\s*)?\d{4}\b"
    # "is expected to reach US$1.6 billion for the full year 2027": the whole of a year named.
    r"|\bfor\s+the\s+(?:full|whole|entire)\s+year\s+(?:of\s+)?\d{4}\b"
    # next year, 明年 (ahead of the page); 以2030年为目标; 於2027/28年度或之前, 於2030年或之前
    r"|\bnext\s+(?:(?:fiscal|financial)\s+)?year\b|明年|下一?(?:財政|财政)年度"
    # 6月底前, 一季度末前, 年底前: a step of a work plan due before a date of the page's year.
    r"|(?<![\d年])(?<!\d\s)\d{1,2}\s*月\s*[底末]\s*(?:以)?前"
    r"|(?<![\d年前首第])(?:第?[一二三四1-4]|本)\s*季度\s*[末底]?\s*(?:以)?前"
    r"|(?<![\d明去上前])(?<!\d\s)年[底末]\s*(?:以)?前"
    r"|以\s*\d{4}\s*年\s*(?:为|為)\s*目[标標]"
    r"|(?:到|至)\s*\d{4}\s*[/／-]\s*\d{2,4}\s*(?:財政|财政)?年度"
    r"|(?:於|于|在)\s*\d{4}\s*[/／-]\s*\d{2,4}\s*(?:財政|财政)?年度\s*(?:或之前|(?:以)?前)"
    r"|(?:於|于|在|到|至)\s*\d{4}\s*年\s*或之前"
    # 2027年第二季或之前, 即2027年6月30日或之前: a quarter or a day "or before", a deadline.
    r"|\d{4}\s*年\s*(?:第?[一二三四1-4]\s*季度?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*或之前"
    # "from FY2027 onwards", "from 2028 onward": a level held from a start on, a goal with no
    # deadline (periods.py reads no deadline in it).
    r"|\bfrom\s+"
    r"(?:FY\s?)?\d{2,4}(?:\s*[/-]\s*\d{2,4})?(?:\s+(?:financial|fiscal)\s+year)?\s+"
    r"(?:and\s+)?onwards?\b"
    # "over the next three years", 未來五年內: a span ahead of the page's date.
    r"|\b(?:over|within|in|during)\s+the\s+(?:next|coming)\s+(?:\d{1,2}|[a-z]+)\s+years\b"
    rf"|{NEXT_PLAN_PERIOD}"
    # 未來18個月內: a span of months ahead of the page's date (not 未来18个月内到期的租约, which
    # names the leases that fall due in it).
    r"|(?:未来|未來|今后|今後)\s*(?:\d{1,2}|[一二两兩三四五六七八九十]{1,3})\s*(?:个|個)\s*月"
    r"(?!\s*[内內]?\s*(?:到期|届满|屆滿))"
    r"|" + SPAN_WITHIN_EN + r"|" + SPAN_AHEAD_ZH,
    re.IGNORECASE,
)

# A quarter, half, month or year's end without a year ("in the first quarter", "by the end of
# Q2", "by end-March", "by December", "by year-end", "before the year closes"): a deadline
# of the page's year in a sentence that plans (the plan calls for, we want, should reach);
# with no such word, "in the first quarter" may as well date a fact, so it says nothing alone.
YEARLESS_DEADLINE = re.compile(
    r"\b(?:by|before|in|during|over)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?|end-)?"
    r"(?:(?:first|second|third|fourth)\s+(?:quarter|half)|Q[1-4])\b"
    r"(?!\s*(?:of\s+)?(?:\d|last|the\s+(?:previous|prior|same)|next))"
    rf"|\b(?:by|before|until)\s+(?:the\s+end\s+of\s+|end-)?(?:{MONTHS})\b"
    r"(?!\.?\s*\d|\.?\s*,\s*\d{4})"
    r"|\bby\s+(?:the\s+)?year[-\s]end\b|\bby\s+the\s+end\s+of\s+the\s+year\b"
    r"|\bbefore\s+the\s+year\s+(?:closes|ends|is\s+out)\b"
    # "by the close of the decade", "by decade-end": the decade's round year.
    r"|\bby\s+(?:the\s+(?:end|close)\s+of\s+(?:the|this)\s+decade|decade[-\s]end)\b"
    r"|\b(?:over|for)\s+the\s+(?:full|whole|entire)\s+year\b(?!\s*\d)",
    re.IGNORECASE,
)

# A deadline named by pointing back to the one the text named before ("by then", "by the
# same year", "over the same period"): a goal's, when the sentence sets one. (届时 may point
# to an event, 数据将另行公布，届时…: the paragraph's first sentence dates it, as a lead-in.)
SAME_DEADLINE = re.compile(
    r"\bby\s+then\b|\bby\s+(?:the\s+end\s+of\s+)?(?:the\s+same|that)\s+(?:year|date|time)\b"
    r"|\b(?:over|during|within|in)\s+the\s+same\s+(?:period|span|time(?:\s*frame)?)\b"
    r"(?!\s+(?:of|in|last|a\s+year|the\s+previous)\b)",
    re.IGNORECASE,
)

# A span ahead of the page's date ("over the next three years", 未來五年內): read against the
# page's date, by the caller.
SPAN_AHEAD_CUE = re.compile(
    r"\b(?:over|within|in|during)\s+the\s+(?:next|coming)\s+(?:\d{1,2}|[a-z]+)\s+years\b"
    r"|" + SPAN_WITHIN_EN + r"|" + SPAN_AHEAD_ZH,
    re.IGNORECASE,
)

WEAK_TARGET_WORDS = re.compile(
    # (将近900家 is "nearly", a qualifier, not "will"; 将近期出台 is "will soon".)
    r"争取|爭取|确保|確保|预计|預計|将(?!近(?!期))|將(?!近(?!期))|\bwill\b|\btargets?\b|\bplans?\s+to\b"
    r"|\bexpects?\s+(?:[\w'’]+\s+){0,5}?to\b|\bexpected\s+to\b|\bseeks?\s+to\b|\bintends?\s+to\b"
    # "the plan calls for 300 talents by 2025", "its new plan wants three thousand by 2028".
    r"|\bcalls?\s+for\b|\bwants?\b"
    # "We remain on track to reach 95% by year-end", "is on course to approve about 100 …
    # by the end of this year": the goal a body says it is heading for.
    r"|\bon\s+(?:track|course|target)\s+to\b"
    # "Our quarterly milestones are 30 projects signed by end-March": steps set on the way to
    # a goal, as "targets" are.
    r"|\bmilestones?\b"
    # "we forecast it to fall to 35%", "has budgeted 9.5 billion for 2026": what is expected
    # or set aside for a period ahead (the noun, "the budget for 2024-25 is", says no more).
    r"|\bforecasts?\s+(?:[\w'’]+\s+){0,5}?to\b|\b(?:has|have)\s+budgeted\b"
    # "Cumulative graduates should reach 100 by year-end", "at least 25% should have
    # completed": what a plan says ought to be reached (not "should be noted", advice).
    r"|\bshould\s+(?:reach|rise|grow|increase|exceed|top|hit|double|total|climb|have\s+\w+ed)\b"
    # "a pilot line that should open in the third quarter of 2027": a work's schedule.
    # 115年度編列預算3億6,500萬元: money a budget sets for a year (ahead, or it is a fact).
    r"|编列预算|編列預算"
    # "We'll be close to 2,000 people by year-end": will, contracted.
    r"|\b(?:we|it|they|you|he|she)['’]ll\b"
    # A party bound by a contract ("shall procure that … employs no fewer than 200 … by 31
    # December 2027", 乙方承诺…前): an obligation with a date is a goal due then (an undated
    # term, "shall lease … 32,000 square metres", sets none: a date must go with it).
    r"|\bshall\b|承诺|承諾"
    # Guidance and budgets for a period ahead ("raising full-year guidance to", "For 2027 we're
    # budgeting", "full-year capex should come in at").
    r"|\bguidance\b|\bbudgeting\b|\bshould\s+(?:come\s+in|land|end\s+up)\s+at\b"
    # 我們預測公司2026年每股股息: a broker's forecast of a year; 施政報告提出，全年…不少於: what
    # a report or plan sets out for a period.
    r"|预测|預測|(?:报告|報告|规划|規劃|方案|纲要|綱要)\s*(?:中)?(?:提出|明确|明確)",
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
    # (截至二零二七年三月三十一日止年度, 截至9月30日止六個月: the name of a financial year or of
    # a period ending on a day, which tells nothing done: 預期截至…止年度之資本開支 forecasts.)
    r"(?:截至|截止)(?![^，。；,;\n]{0,20}?止\s*(?:(?:財政|财政)?年度|[一二三四五六七八九十两兩\d]{1,2}\s*[個个]月"
    r"|期間|期间))|已经|已經|已|\bas\s+of\b|\bhad\b|\bwas\b|\bwere\b|\breached\b"
    # (Not a label's participle before its colon, "New investment approved: at least NT$50
    # billion" under a goal heading: it names the measure, as "pledged investment" does.)
    r"|\b(?:reported|recorded|posted|generated|achieved|attracted|approved|admitted|spent)\b"
    r"(?!\s*[:：])"
    # "actual inflows of US$2.3 billion", "about 41,000 arrived": an outcome told as done.
    # (Not "Actual use of foreign capital is expected to reach", the measure's name, 实际使用外资.)
    r"|\bactual(?:ly)?\b(?!\s+use\s+of\b)|\b(?:arrived|totall?ed|amounted)\b"
    # "already runs 40 courses a year", 已: a state reached by the page's day, a fact.
    r"|\balready\b"
    # "During the 14th Five-Year Plan period (2021-2025), GDP grew by an average of 8.7 percent
    # a year and the number of firms more than doubled to 1,480": a change told in the past
    # tense, done.
    r"|\b(?:grew|rose|fell|declined|climbed|jumped|surged|soared|dropped|doubled|tripled"
    r"|quadrupled)\b"
    # "In this year's table, 7 made it", "scored 86.2", "ranked third": a league table's
    # outcome, told as done.
    r"|\bmade\s+(?:it|the\s+(?:cut|list|grade))\b|\b(?:scored|ranked)\b"
    # "For the year ended 31 December 2025 it earned": a period named as over, told as done
    # (not governed by a goal "for the financial year ending 31 December 2027" before it).
    r"|\b(?:year|period|months|quarter|half)\s+ended\b"
    # "In the reporting year we spent ...": the period a report covers, told as done.
    r"|\bin\s+the\s+(?:reporting\s+(?:year|period)|year\s+under\s+review)\b"
    r"|\bha(?:s|ve)\s+(?:been|\w+ed|set|built|won|grown|become|made|spent|risen|drawn|brought)\b"
)

DONE_WORDS = re.compile(_DONE, re.IGNORECASE)
# What a body holds now ("now hosts 460 firms", 目前共有企業460家): a state of the page's day,
# told as a fact beside the goal of the rest of the sentence.
NOW_HOLDING = re.compile(
    r"\b(?:now|currently)\s+(?:hosts?|has|have|houses?|employs?|counts?|numbers?|totals?|holds?"
    r"|boasts?|accommodates?|stands?\s+at|(?:is|are)\s+home\s+to)\b"
    # "Cumulative graduates, now 74, should reach 100": the count now, an aside to the goal.
    r"|(?:^|[,(])\s*(?:now|currently)\s+(?=\d)"
    # "and 300 labs are open now", "40 firms are based there at present": a state told in the
    # present tense, "now" after its verb at the end of the clause.
    r"|\b(?:is|are)\s+(?:[a-z-]+\s+){0,3}?(?:now|currently|at\s+present|today)(?=\s*(?:[,.;:)]|$))"
    r"|(?:目前|现时|現時|现有|現有)\s*(?:已|共|仍|僅|仅|只)?\s*(?:有|拥有|擁有|聚集|集聚|入驻|入駐|进驻|進駐)"
    # 到目前為止簽了31個, 截至目前, 迄今为止, 至今 (not 至今年): a tally up to the page's day, a
    # fact
    # though a goal was set earlier in the sentence (今年的目標是40個，到目前為止簽了31個).
    r"|(?:到|截至|截止)\s*(?:目前|現在|现在)\s*(?:為止|为止)?|迄今(?:為止|为止)?|至今(?!年)"
    # 现有企业1,200家 (now has): not the existing basis or level a goal builds on (在现有基础上).
    r"|(?:现有|現有)(?!基础|基礎|水平|规模|規模|的|政策|标准|標準|存量)",
    re.IGNORECASE,
)

# What a statement expects or will see (预计全年…可达, "we now expect revenue of", "will be
# around"): of a period not yet over at the page's date, a forecast, not a fact.
FORECAST_WORDS = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|projects?|projected|anticipates?|will)\b"
    r"|预计|預計|预期|預期|预估|預估|有望|可望|将(?!近(?!期))|將(?!近(?!期))"
    # 我們預測公司2026年每股股息, 公司指引2027年: a broker's forecast, a company's guidance.
    r"|预测|預測|(?:公司|管理层|管理層|集团|集團)\s*指引",
    re.IGNORECASE,
)

# "So far", "to date", 迄今: a tally up to the page's day, told as a fact.
PAST_WORDS = re.compile(r"目前|现有|現有|迄今|\bso\s+far\b|\bto\s+date\b|" + _DONE, re.IGNORECASE)

# A share of a goal reached ("246 recruited, or 82% of the goal", 完成年度目标的82%): the
# goal is what the fact is measured against, no goal the sentence sets.
SHARE_OF_GOAL = re.compile(
    r"\bof\s+(?:the|its|their|this|that|our|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:goals?|targets?|objectives?)\b"
    # (完成年度目标85%, a headline's short form: the share in percent right after the goal.)
    # (完成年初确定的4亿美元目标的71.5%: the goal's own amount may stand between.)
    r"|(?:完成|实现|實現|达成|達成|达到|達到)[^，。；,;]{0,12}?目[标標](?:任务|任務)?"
    # (完成年度目標（40個）的75%: the goal's own figure in brackets after it.)
    r"(?:[（(][^（()）]{0,12}[）)])?(?:的|(?=\s*\d+(?:\.\d+)?\s*%))"
    # (仅为目标数的四成, 相当于规划目标的62%, 占年度目標的: the share said with a copula.)
    r"|(?:仅为|僅為|只为|只為|仅占|僅佔|相当于|相當於|约为|約為|为|為|占|佔)\s*"
    r"(?:年度|全年|规划|規劃|计划|計劃|三年|五年)?\s*目[标標](?:数|數|值|任务|任務)?\s*的"
    # (低于年度目标4.8个百分点, 高於全年目標: the margin by which progress trails or beats a goal.)
    r"|(?:低于|低於|高于|高於|快于|快於|慢于|慢於|超过|超過|超出|落后于?|落後於?)\s*"
    r"(?:年度|全年|规划|規劃|计划|計劃)?\s*目[标標](?:值|任务|任務)?(?=\s*[\d约約近])",
    re.IGNORECASE,
)

# Progress against a goal told with its figure (完成年度目标85%, 完成全年计划的77.2%, 低于序时进度,
# "79 percent of the goal"): a line that says it reports how far a goal has got, not one that
# sets a goal.
PROGRESS_TOLD = re.compile(
    SHARE_OF_GOAL.pattern
    + r"|(?:完成|实现|實現|达成|達成)[^，。；,;\d]{0,8}?(?:目[标標]|计划|計劃|任务|任務)的?\s*\d"
    r"|序时进度|序時進度|\d\s*(?:%|percent)\s+of\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:goal|target)",
    re.IGNORECASE,
)

# A figure followed by the word for a goal ("the 40 billion yuan target it set itself", 4亿美元
# 目标, 60%的目标): it names a goal, whatever its sentence tells beside it.
GOAL_NOUN_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:target|goal)s?\b(?!\s+(?:was|were)\s+(?:met|reached|achieved))"
    # (“三年累计突破50亿元”的目标: the goal quoted ends with its figure.)
    r"|\s*[”」\"]?\s*的?目[标標](?!完成|實現|实现)"
    # 确定引进企业10家的任务: the task set, a goal as 目标 is (九项任务, with no 的, counts tasks);
    # so is 承担培育50家独角兽企业的任务, the figure's own noun between (not a task told handed
    # over, 将承担孵化50家企业的任务交给了园区: 将 marks the object of 交给, a past act).
    r"|\s*(?:[^\d\s，。；、,;的]{1,8})?的任[务務]"
    r"(?!\s*(?:完成|實現|实现|[交移转轉]给|[交移转轉]給|交由|移交|转交|轉交))"
    # 超额完成55亿元的年度预算: the year's budget, a goal the outcome is measured against.
    r"|\s*的(?:年度|全年)?(?:预算|預算)",
    re.IGNORECASE,
)

# A count right before the goals themselves ("set three goals", "The plan has five
# objectives", 九项任务): how many goals a plan sets, a fact of the plan with no date of its
# own, not a goal (not "the 40 billion yuan target", "a 500-firm goal": one goal's figure).
GOALS_COUNTED = re.compile(
    r"\s+(?:(?:new|key|main|major|headline|specific|numerical|quantified|measurable|core|broad)"
    r"\s+)?(?:goals|targets|objectives)\b",
    re.IGNORECASE,
)


def counts_goals(sentence: str, end: int, unit: str | None) -> bool:
    """Whether the figure ending at offset ``end`` of ``sentence`` (with ``unit``) counts the
    goals right after it (:data:`GOALS_COUNTED`)."""
    return unit in (None, "count") and GOALS_COUNTED.match(sentence, end) is not None


# A goal's figure in brackets right after the goal's name (完成年度任务（200家）的86.5%, 全年目標
# （40個）): the goal; with 年度, 全年 or 今年 before the name, the page's year's.
GOAL_IN_BRACKETS = re.compile(
    r"(?P<year>年度|全年|今年|本年)?(?:目[标標]|任[务務]|计划|計劃)(?:值|数|數)?\s*[（(]\s*$"
)


# A forecast made earlier, named beside the one that replaces it ("a narrower range than the
# 10% to 12% it guided in October", "the 5% the bank had projected in July", 此前预计的8%): a
# forecast still, of the same period; the month it was made in is not its period.
EARLIER_FORECAST_AFTER = re.compile(
    # ("raising guidance to 5.35 to 5.45, from 5.2 to 5.4 previously": the range replaced.)
    r"\s*,?\s*(?:previously|earlier)\b(?!\s+(?:this|that|in|on|than)\b)"
    r"|\s*(?:(?:that|which)\s+)?(?:it|we|they|the\s+(?:company|group|bank|board|management|firm))"
    r"\s+(?:had\s+)?(?:guided|forecast|projected|predicted|expected|pencill?ed\s+in)\b",
    re.IGNORECASE,
)
EARLIER_FORECAST_BEFORE = re.compile(
    r"\b(?:its|the|their|our)\s+(?:earlier|previous|prior|original|initial)\s+"
    r"(?:guidance|forecast|projection|outlook)\s+(?:range\s+)?of\s+(?:about\s+)?$"
    r"|(?:此前|先前|早前|上次|前次)(?:预计|預計|预测|預測|预期|預期)的?\s*$",
    re.IGNORECASE,
)


# A goal named as the yardstick a fact is measured by (增速高于年度目标3.3个百分点, 低于序时进度,
# 较计划进度超前, 距离…目标还差): the fact's part quotes the goal, it sets none; and the gap
# still to go (还差1.4个百分点) is a fact of the same date.
GOAL_YARDSTICK = re.compile(
    r"(?:高于|低于|高於|低於|超过|超過|超出|快于|慢于|快於|慢於)[^，。；,;\d]{0,8}?"
    r"(?:目[标標](?:任务|任務)?|序时进度|序時進度|计划|計劃)\s*$"
    r"|(?:还差|還差|尚差|仍差)\s*$"
    # 較預定進度超前3.1個百分點, 比计划进度滞后2天: the margin ahead of or behind a work's
    # schedule, named before it, is a fact of the progress's date.
    r"|(?:较|較|比)\s*(?:原)?(?:预定|預定|计划|計劃|计画|計畫|序时|序時)\s*(?:进度|進度)"
    r"\s*(?:超前|落后|落後|提前|滞后|滯後)\s*$"
)

# A period from the year's start already run at the page's date (今年1—10月, 前10月, 今年以来,
# 年初以来): what a sentence that opens with it tells is of that period, a fact; a goal it
# quotes has its own part (按照年初确定的4亿美元目标), and what is still to be done (还需完成)
# looks ahead.
_PERIOD_TO_DATE = re.compile(
    r"(?<![\d年])(?:今年|本年)?\s*(?:1|一)\s*[—–~至到-]\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)"
    r"|(?<![\d年])(?:今年|本年)?前\s*(\d{1,2})\s*(?:个|個)?\s*月|今年以来|今年以來|年初以来|年初以來"
    # 前三季度, 首三季, 今年上半年: quarters or a half from the year's start, to their last month.
    r"|(?<![\d年])(?:今年|本年)?[前首]\s*([一二两兩三1-3])\s*(?:个|個)?\s*季"
    r"|(?:(?<=今年)|(?<=本年)|(?<![\d年]))(上)半年"
)
_QUARTERS_RUN = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "上": 2}
STILL_TO_DO = re.compile(
    r"还需|還需|尚需|仍需|还要|還要|\bstill\s+(?:needs?|has|have)\s+to\b", re.IGNORECASE
)


def period_to_date(before: str, page_date: str | None) -> bool:
    """Whether ``before`` (a sentence up to its figure) names a period from the year's start
    already over at ``page_date`` (今年1—10月 on a page of 26 November), which makes what the
    sentence tells a fact of it."""
    if page_date is None:
        return False
    for found in _PERIOD_TO_DATE.finditer(before):
        month = found[1] or found[2]
        if found[3] or found[4]:  # quarters (上半年: two), each of three months
            part = found[3] or found[4]
            month = str(3 * _QUARTERS_RUN.get(part, int(part) if part.isdigit() else 0))
        if month is None or int(month) < int(page_date[5:7]):
            return True
    return False


# (拥有 in an indicator's name, 每万人拥有发明专利数达到260件, names what is counted: its
# verb, 达到, says whether the count is a goal.)
FACT_WORDS = re.compile(
    r"累计|累計|(?:拥有|擁有)(?!量)(?![^，,。；;\d]{0,16}?[数數]\s*(?:达到|達到|提高|提升|增加|增至"
    r"|突破|超过|超過|不少于|不少於|不低于|不低於))|\bin\s+\d{4}\b",
    re.IGNORECASE,
)

# 过去18个月内, 此前两年, 以来: a span back, told of what is done (a span ahead beside it in
# the sentence, 未来18个月内, is another part's).
SPAN_BACK = re.compile(r"过去|過去|此前|以来|以來")

# A goal reported as met or missed (1,600亿元目标未完成, 目標如期實現, 目标已提前完成): the sentence
# tells an outcome, not a goal it sets (the goal's own figure is read by GOAL_NOUN_AFTER).
GOAL_OUTCOME = re.compile(
    r"目[标標](?:任务|任務)?\s*(?:未能?|没有|沒有|已经?|已經|如期|提前|超额|超額|均已|全部)*\s*"
    r"(?:完成|实现|實現|达成|達成)(?!\s*[\d约約近])"
    # The verb first, the goal quoted between (提前完成“三年累计突破120亿元”的目标,
    # 已實現「…」目標).
    r"|(?:提前|超额|超額|已经?|已經|均已|顺利|順利)\s*(?:完成|实现|實現|达成|達成)\s*"
    r"[“「\"][^”」\"\n]{1,30}[”」\"]\s*(?:的|之)?\s*目[标標](?:任务|任務)?"
)

# 确保…目标如期实现, 防止年度目标未完成: an outcome the sentence means to bring about or to
# avoid is not told; the goal words around it stand.
_OUTCOME_SOUGHT = re.compile(
    r"(?:确保|確保|保证|保證|力争|力爭|争取|爭取|防止|避免|以免)[^，,。；;]{0,16}$"
)


def _blank_told_outcome(match: re.Match[str]) -> str:
    """Blank an outcome told (目标未完成), keep one sought or warded off (确保…目标如期实现)."""
    if _OUTCOME_SOUGHT.search(match.string, 0, match.start()):
        return match[0]
    return " " * len(match[0])


def told_outcome(sentence: str) -> bool:
    """Whether ``sentence`` tells a goal met or missed (目标未完成), not one sought (确保…)."""
    return any(
        not _OUTCOME_SOUGHT.search(sentence, 0, found.start())
        for found in GOAL_OUTCOME.finditer(sentence)
    )


@lru_cache(maxsize=4096)
def goal_or_fact(sentence: str, calendar: str = "CNY") -> bool | None:
    """True: the sentence sets a goal; False: it tells a fact; None: it does not say."""
    sentence = SHARE_OF_GOAL.sub(lambda m: " " * len(m[0]), sentence)
    sentence = GOAL_OUTCOME.sub(_blank_told_outcome, sentence)
    if _GOAL_WORDS.search(sentence):
        return True
    if DEADLINE_CUES.search(sentence) or (calendar == "TWD" and ROC_CUES.search(sentence)):
        return bool(WEAK_TARGET_WORDS.search(sentence)) or not PAST_WORDS.search(sentence)
    if (
        find_date("deadline", sentence, calendar=calendar)  # a real date, not 2025年13月
        or SAME_DEADLINE.search(sentence)  # "calls for … 55% of GDP by then"
        or YEARLESS_DEADLINE.search(sentence)  # "We want … 60 percent by the end of Q4"
    ) and WEAK_TARGET_WORDS.search(sentence):
        return True
    if (
        _THIS_YEAR_WORDS.search(sentence)
        and WEAK_TARGET_WORDS.search(sentence)
        and not PAST_WORDS.search(sentence)
    ):
        return True  # "This year the city expects output to grow by around 8 percent", 今年将
    if PAST_WORDS.search(sentence):
        return False
    return None


def goal_said(segment: str) -> bool:
    """Whether ``segment`` has goal words, strong (目标, "aims to") or weak (将, "will").

    Asked through the cached :func:`~zonetrack.sentences.says`: in a sentence without commas
    (a run-on paragraph) every figure of a window has the same segment, and the two patterns
    are slow to search over one.
    """
    return says(_GOAL_WORDS, segment) or says(WEAK_TARGET_WORDS, segment)


# Told as done or as now (已设立, "has set up", 目前, "so far"): a fact, whatever else it says.
TOLD_DONE = re.compile(
    DONE_WORDS.pattern + r"|目前|现有|現有|迄今|\bso\s+far\b|\bto\s+date\b"
    # 完成规划期末目标的60%: a share of the goal reached, no goal set.
    # (完成年度任务（200家）的86.5%: the goal's figure in brackets between.)
    r"|(?:完成|实现|實現|达成|達成)[^，。；,;]{0,8}?(?:目[标標]|任[务務])(?:[（(][^（()）]{0,12}[）)])?的"
    r"|\bof\s+the\s+(?:[\w-]+\s+){0,2}?goal\b",
    re.I,
)
