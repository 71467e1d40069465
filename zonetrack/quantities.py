"""Which numerals of a text are quantities.

Years, dates, times, phone and document numbers, addresses, list markers, ordinals, numerals
inside words and quoted slogans name no quantity (:data:`NOT_QUANTITIES`, :data:`SLOGANS`,
:func:`is_quantity`).
"""

from __future__ import annotations

import re

from .figures import Figure
from .periods import MONTHS
from .units import CURRENCIES

__all__ = ["NOT_QUANTITIES", "SLOGANS", "is_quantity", "names_years"]

_CN_NUM = "零〇一二两兩三四五六七八九十"
# Small numbers written in English words (a rank, a time of day).
_EN_SMALL = (
    r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
)

# A unit of power or energy written against its number (12.4MW, 30kWh, 2GWp, 110kV, 50MVA).
_GLUED_POWER = r"[kKMG]Wh?p?|[kM]V|MVA"

# Spans whose digits are not quantities: dates, times, numbers of documents, phones, ordinals.
NOT_QUANTITIES = re.compile(
    "|".join(
        [
            r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?",  # 2022-01-14, 2017年11月8日
            r"\d{4}\s*年\s*\d{1,2}\s*月",  # 2016年4月
            r"\d{1,2}\s*月\s*\d{1,2}\s*[日号號]",  # 11月8日
            r"[" + _CN_NUM + r"]{1,3}月(?:[" + _CN_NUM + r"]{1,3}[日号])?",  # 十一月
            r"\d{1,2}\s*月(?!份?[\d" + _CN_NUM + "])",  # 2月, 今年2月份
            r"\d{1,2}:\d{2}(?::\d{2})?",  # 16:38:28
            r"\d{1,2}\s*[時时点點]\s*\d{1,2}\s*分",  # 16時30分: a time, not a score
            r"(?:分機|分机|\bext\.?|\bextension)\s*\d+",  # 分機2201: a phone's extension
            r"(?<=\d)\s*[轉转]\s*\d+",  # 2737-7000轉7125: an extension after the number
            # version 2.1, Scope 1 and 2 (of emissions), net zero: names and labels, not counts.
            r"\b(?i:version|ver\.)\s*\d+(?:\.\d+)*\b",
            r"\bScopes?\s+\d(?:\s*(?:,|and|&|\+)\s*\d)*\b",
            r"\b(?i:net)[-\s]+(?i:zero)\b",
            # Room 1203, 88 Century Avenue: parts of an address.
            r"\b(?:Room|Rm\.?|Flat|Suite)\s+\d+[A-Za-z]?\b",
            r"\b\d+/F\b",  # 21/F: a floor of a building, as 7樓 is
            # "patents per 10,000 people", "beds per 1,000 residents": the base of a rate (as
            # 每万名 is), not a count.
            r"\b(?i:per|for\s+every)\s+(?:100|1,?000|10,?000|100,?000)(?=\s+[a-z])",
            # Building 2, Metro Line 3, Gate 5: a number that is part of a name.
            # Lane 88 (a Shanghai lane's number, part of an address), Unit 5, Lot 12 too.
            r"\b(?:Building|Block|Tower|Line|Hall|Gate|Terminal|Exit|Route|Pier|Wharf|Zone|Level|Floor"
            r"|Lane|Alley|Unit|Lot|Division|Berth|Platform)"
            r"\s+\d+[A-Za-z]?\b",
            # Phase 3 of a park, (slide 7) of a deck, Batch 1 of a project (Tranche 2, Wave 3):
            # a part's number, not a count; nor the parts' number after it ("Slide 3 of 14",
            # "Page 2 of 9": a deck's or a document's furniture).
            r"\b(?i:phase|stage|slides?|pages?|batch|tranche|wave)\s+\d+[A-Za-z]?\b"
            r"(?:\s+(?i:of)\s+\d+\b)?",
            # "issue 7/2026", "Vol. 12, No. 3", 第7期: a journal's issue or volume, not a count;
            # 7/2026 alone is a month of a year.
            # (Lower case only where the number ends the phrase: "will issue 300 permits" is the
            # verb, a count.)
            r"\b(?:Issues?|ISSUE|Vol\.?|VOL\.?|Volumes?|Editions?)\s*\d+(?:\s*/\s*(?:19|20)\d\d)?\b"
            r"|\b(?i:issues?|vol\.?|volumes?|editions?)\s*\d+(?:\s*/\s*(?:19|20)\d\d\b"
            r"|(?=\s+of\b|\s*[,;:.)）]|\s*$))",
            r"(?<![\d/.])\d{1,2}\s*/\s*(?:19|20)\d\d\b(?![/\d])",
            # "p. 17", "pp. 12-14": a page of a report cited, not a count; "pp 3 of the report"
            # too (pp before a number: percentage points follow theirs, "down 2pp").
            r"\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?\b"
            r"|(?<![\d.])(?<![\d.]\s)\bpp\s+\d+(?:\s*[-–]\s*\d+)?\b(?!\s*(?:%|percent|per\s+cent))",
            # 3 x 4 m, "a 10 x 10 m clean room", 2 × 3 × 4 metres: a thing's dimensions (no
            # multiple, no count); left out.
            r"(?<![\d.,])\d+(?:\.\d+)?(?:\s*[x×]\s*\d+(?:\.\d+)?){1,2}\s*"
            r"(?:mm|cm|m|km|metres?|meters?|kilometres?|kilometers?|ft|feet|foot)\b",
            # "2 x 3 lanes", "a 4 x 4 grid": a layout, two small whole numbers joined by "x"
            # before a word, is how a thing is arranged (no multiple, no count); left out. (A
            # larger number after the "x" is a figure: "3 x 150 rooms"; so is a unit's after it:
            # "2 x 50 MW turbines", "4 x 25 kV lines".)
            r"(?<![\d.,])\d{1,2}\s*[x×]\s*\d{1,2}(?![\d.,])(?=\s+[A-Za-z])"
            r"(?!\s+(?:[kMG]W|[kMG]Wh|[kM]V|MVA|[kMG]Wp|t|tonnes?|MW\w*)\b)",
            # [3], [12]: a footnote's mark (or a list's), no figure.
            r"\[\d{1,3}\](?!\s*[%％])",
            # "the 5k run", "a 10K charity race": a race's distance in kilometres, no thousands
            # (nor a count); left out.
            r"(?<![\d.,])\d+(?:\.\d+)?\s?[kK]\b(?=[\s-]+(?:(?:fun|charity|road|trail|night)"
            r"[\s-]+)?(?:run|race|walk|marathon)s?\b)",
            # Chart C.1, Table C.2, Box 3, Annex 2: a numbered part of a report, not a count.
            r"\b(?:Chart|Table|Figure|Fig\.|Box|Annex|Appendix|Exhibit)\s+(?:[A-Z]\.?)?\d+"
            r"(?:\.\d+)*[a-z]?\b",
            # "2.3 High-tech zones as …", 3.1.2 研发投入 on a line of its own: the number of a
            # section heading (two or more parts), not a decimal count.
            r"(?m:^[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=[ \t\u3000]+(?:[A-Z]|[\u4e00-\u9fff])))",
            # 12.11.2026: a day written with full stops (day, month, year), not a decimal.
            r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.])",
            # Grant No. HLF-SP-017, COVID-19: a code of capitals and digits.
            r"\b[A-Z]{2,}(?:-[A-Z0-9]+)*-\d+\b",
            # 市政协十四届五次会议: the fifth session of the 14th congress, an ordinal; so with
            # the body named between (市十五届人大五次会议, 十四屆人大常委會三十次會議).
            r"(?<=[届屆])\s*[\d" + _CN_NUM + r"]{1,3}\s*次",
            r"(?<=[届屆])(?:人大|政协|政協|人大常委会|人大常委會|党代会|黨代會|人民代表大会|人民代表大會)"
            r"(?:常委会|常委會)?\s*(?:第\s*)?[\d" + _CN_NUM + r"]{1,3}\s*次",
            # The top 500, Fortune 500: a class that firms belong to, not a count of them. After a
            # plural noun ("listed firms top 200", "exports top 100 billion") top is a verb,
            # "exceed", and the number a figure (not after "this", "ranks": a rank again); so
            # after "to" or a modal ("wants output to top 150 billion yuan", "should top 90").
            r"\b(?i:Fortune|Global|Forbes)\s+\d+\b"
            r"|(?:(?<![A-Za-z]{3}s )(?<!\bto )(?<!\bwill )(?<!\bshould )(?<!\bcould )"
            r"(?<!\bwould )(?<!\bmay )(?<!\bmust )(?<!\bcan )"
            r"|(?<=\bthis )|(?<=\branks )|(?<=\bplaces )|(?<=\bcomes ))"
            r"\b(?i:top)\s+(?:\d+|" + _EN_SMALL + r")\b",
            # "climbed five places to eighth", "fell 3 spots": a move in a ranking, no figure.
            r"\b(?i:climb(?:ed|s|ing)?|rose|rises?|rising|jump(?:ed|s)?|fell|falls?|dropp?(?:ed|s)?"
            r"|slipp?(?:ed|s)?|slid|moved\s+(?:up|down)|gain(?:ed|s)?|los(?:t|es)|up|down)\s+"
            r"(?:\d{1,2}|" + _EN_SMALL + r")\s+(?i:places?|positions?|spots?|notches?|rungs?)\b",
            # "it was three in the morning", "at 9 in the evening", "ten o'clock": a time of day.
            r"\b(?:\d{1,2}|" + _EN_SMALL + r")\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon"
            r"|evening)|at\s+night)\b",
            # The STAR 50 Index, CSI 300, S&P 500, 科创50指数, 沪深300: a stock index's name.
            r"\b(?:[A-Z][\w&.-]*\s+){1,3}\d+(?=\s+(?i:index|indices|indexes)\b)"
            r"|\b(?:S&P|FTSE|Nasdaq|NASDAQ|Nikkei|CSI|STAR|SSE|SZSE|Russell|STOXX|Stoxx|KOSPI|ASX|DAX)"
            r"\s+\d+\b"
            r"|(?:科创|科創|沪深|滬深|中证|中證|上证|上證|深证|深證|国证|國證|北证|北證|创业板|創業板)"
            r"\s*\d+(?=\s*(?:(?:成份|成分)[股指]|指数|指數|ETF|[\s，,。、；;）)]|$))",
            # 過去三個財政年度, 近三年, the past three years: a span, not a count.
            r"(?:過去|过去|未来|未來|最近|近)\s*[\d" + _CN_NUM + r"]{1,3}\s*(?:個|个)?\s*"
            r"(?:財政|财政)?(?:年度|年|季度)",
            # 2024/25及2025/26兩個財政年度: how many years a list names, not a count.
            r"[\d" + _CN_NUM + r"]{1,2}\s*[個个]\s*(?:財政|财政|學|学)?年度",
            # 1H26, 2H25, 3Q26, 9M26: a half, a quarter or the first months of a year (periods.py
            # and fiscalyears.py read the date).
            r"\b(?:[1-4][HQ]|(?:[1-9]|1[01])M)\s?(?:20)?\d\d\b",
            # 2026Q3, 2027H1, 2025 Q4: a year's quarter or half written year first, a period.
            r"\b(?:19|20)\d\d\s?(?:Q[1-4]|H[12])\b",
            # 115/09/24: a Republic of China date written with slashes.
            r"(?<![\d./])1[0-4]\d/\d{1,2}/\d{1,2}(?![\d/])",
            # Stock code: 2876, (6789)晶創科技: a listed company's code, not a count.
            r"\b(?i:stock\s+code|ticker)\s*[:：]?\s*\d+|(?m:^[ \t]*[（(]\s*\d{4,6}\s*[）)])"
            # 2719.HK, 600519.SH, 2330.TW: a code with its exchange's suffix; 股份代號：2719.
            r"|\b\d{4,6}\.(?:HK|SH|SS|SZ|BJ|TW|TWO)\b"
            r"|(?:股份代號|股份代号|股票代碼|股票代码|證券代碼|证券代码)\s*[:：]?\s*\d+",
            # 估值逾10億美元的企業: a threshold that defines a class of firms (not 營收126.3億元的
            # 94.3%, the whole a share is of).
            # (链主企业指年营收超10亿元的企业: 超 alone too, in a class's definition.)
            r"(?:估值|市值|营收|營收)\s*(?:逾|超過|超过|超|达|達|在)?\s*[\d.,]+\s*[万萬亿億]?\s*"
            r"(?:美元|港元|元)?\s*(?:以上|或以上)?(?=的(?!\s*[\d.]+\s*(?:%|％|倍)))",
            # 年薪50万元以上的人才, 年主营业务收入2000万元及以上的企业: a threshold on what each
            # member earns or turns over, which defines the class; not an amount of its own.
            r"(?:年薪|薪酬|收入|产值|產值|投资额|投資額|注册资本|註冊資本|合同额|合同額)\s*[\d.,]+\s*"
            r"[万萬亿億]?\s*(?:美元|港元|元)\s*(?:及|或)?以上(?=的)",
            # 10亿元以上重大项目8个, 5000万元以上企业: a floor on each member's size that names a
            # class (of projects, firms), right before it; the count after it is the figure.
            r"\d[\d.,]*\s*[万萬亿億]\s*(?:美元|港元|元)\s*(?:及|或)?以上"
            r"(?=[\u4e00-\u9fff]{0,4}(?:项目|項目|企业|企業))",
            # 適用百分比率超過5%但全部低於25%, "one or more of the applicable percentage ratios
            # exceed 5% but all are less than 25%": the bounds of a listing rule's class of
            # transaction, no figure of the deal.
            r"(?:百分比率|(?i:percentage\s+ratios?))(?:[^\d。；;\n]{0,40}?\d+(?:\.\d+)?\s*"
            r"(?:[%％]|(?i:\s*per\s*cent))){1,3}",
            # 5个工作日内, 十個營業日內: a time allowed to report or pay, a span, not a count.
            r"[\d" + _CN_NUM + r"]{1,3}\s*(?:个|個)?\s*(?:工作日|工作天|营业日|營業日)",
            # A类孵化器须同时满足在孵企业不少于60家、年度毕业企业不少于8家等条件, 申報企業應具備…
            # 等條件: the conditions a class or an applicant must meet, thresholds, no figures.
            r"(?:须|需|須|应|應|必须|必須|应当|應當)\s*(?:同时|同時)?\s*(?:满足|滿足|符合|具备|具備|达到|達到)"
            # (Within its clause; 标准 a standard, not 标准厂房: 需达到500家，建成标准厂房.)
            r"[^。；;！!？?\n，,]{1,80}?(?:等|的)?(?:条件|條件|门槛|門檻|(?:标准|標準)(?![\u4e00-\u9fff]))",
            # 注册资本不低于1亿元 in a bidder's qualifications: the floor each bidder must meet.
            r"(?:注册资本|註冊資本|实缴资本|實繳資本)\s*(?:不低于|不低於|不少于|不少於|须达到|須達到)\s*"
            r"[\d.,]+\s*[万萬亿億]?\s*(?:美元|港元|元)",
            r"\bvalued\s+at\s+(?:over|more\s+than|above)\s+(?:US)?\$?\s*[\d.,]+\s*(?:billion|million)?",
            r"\b\d+[A-Za-z]?\s+(?:[A-Z][A-Za-z]*\s+){1,4}"
            r"(?:Avenue|Road|Street|Boulevard|Lane|Drive|Square|Plaza|Ave|Rd|St)\b",
            # "Programme Year 1", "in Plan Year 3", "Year 2 of the scheme": a year of a term
            # named by its number, not a count.
            r"\b(?:(?:Programme|Program|Plan|Scheme|Project|Pilot|Contract)\s+)?Year\s+\d{1,2}\b"
            r"(?![\d%]|[.,]\d)",
            # "Three bays, three speeds: …", "Two cities, one goal" on a title's line: numbers in
            # a catchphrase of parallel parts, as a quoted slogan's are, no count.
            r"(?im:^[ \t]*(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+,\s+"
            r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+(?=\s*(?:[:：—–]|$)))",
            # "the first three quarters", "the first nine months": a period, not a count.
            r"\b(?i:first|last|next|past)\s+(?i:two|three|four|five|six|seven|eight|nine|ten"
            r"|eleven|\d{1,2})\s+(?i:quarters|months|weeks|years|financial\s+years)\b",
            rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*\d{{4}})?",  # July 23
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\b",
            rf"\b\d{{1,2}}\s+(?:{MONTHS.upper()})\b",  # FOR THE YEAR ENDED 31 MARCH 2026
            # 12-Nov-2026, 20-Jan-27, Dec-25, Mar-2026: a day or a month written with hyphens and
            # a year of two or four digits, as broker notes and term sheets date things.
            rf"\b(?:\d{{1,2}}-)?(?i:{MONTHS})-(?:19|20)?\d\d\b(?![-\d])",
            # 18/11/2026, 3/4/2027: a day written with slashes (day, month, year), not a count.
            r"(?<![\d/.])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])",
            # FY2024/25, FY26, FY2025-26: a financial year's name (fiscalyears.py reads its date).
            r"\bFY\s?(?:19|20)?\d\d(?:\s*[/-]\s*\d{2,4})?\b",
            r"[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*\d+\s*[号號]",  # 渝府办发〔2021〕142号
            # 24/DSOP/2026, 7/GAES/DAF/2025: a serial, an office's letters and a year, as Macao
            # and other offices number notices and tenders.
            r"\b\d+/[A-Z]{2,}(?:/[A-Z]{2,})*/(?:19|20)\d\d\b",
            # 表1, 附表2, 图3-1: a table's or a chart's number in its caption or a reference to it
            # (发表1篇, 代表12名: a counter after it makes a count).
            r"(?<![\d])[表图圖]\s*\d{1,2}(?:[.-]\d{1,2})?(?![\d.,%％\u4e00-\u9fffA-Za-z])",
            # 91分（满分100分）, 总分为100分: an assessment's score out of its full marks, no
            # figure of a zone's work.
            r"\d+(?:\.\d+)?\s*分(?=\s*[（(]\s*(?:满分|滿分|总分|總分))"
            r"|(?:满分|滿分|总分|總分)\s*(?:为|為)?\s*\d+(?:\.\d+)?\s*分",
            # "scored 86.2 out of 100", "7.5 out of a possible 10": the scale of a score, as 满分
            # 100分 is, no figure (not "7 out of 10 firms", a whole counted).
            r"(?<=\d)\s+(?i:out\s+of)\s+(?:(?i:a\s+(?:possible|maximum))\s+)?(?:5|10|20|100|1,?000)"
            r"(?:\s+(?i:points))?"
            r"(?!\d|[.,]\d|\s+(?!(?:points|this|last|in|on|at|for|and|a|the|while|with|from|up"
            r"|down)\b)[a-z])",
            # 立法會CB(1)1502/2026(04)號文件, LC Paper No. FC(2)88/25-26: a paper's serial over
            # its year (and its item), a document's number.
            r"(?<![A-Za-z])[A-Z]{1,4}\s*[（(]\s*\d{1,2}\s*[）)]\s*\d+\s*/\s*\d{2,4}(?:\s*-\s*\d{2})?"
            r"(?:\s*[（(]\s*\d{1,3}\s*[）)])?",
            r"\d+\s*[号號楼樓层層期届屆版]",  # 1號樓, 第3期
            r"第\s*[\d" + _CN_NUM + r"百千]+",  # 第二, 第13
            r"(?<![" + _CN_NUM + r"])[" + _CN_NUM + r"]{1,3}(?:是|、|）|\))",  # 一是, 二、
            r"[（(]\s*[" + _CN_NUM + r"\d]{1,3}\s*[）)]",  # (一), (3)
            # 1. 2、 at the start of a line, also set in by full-width spaces as Chinese notes
            # and lists are (　　1.规上工业企业指…).
            r"(?m:^[ \t\u3000]*\d{1,2}\s*[.、．)）](?![\d%％]))",
            # 1 | 地区生产总值 | 880亿元, 3｜協助中小企業…: a row's number, alone in the first cell
            # of a table written as lines (set off by a bar, a tab or a full-width space).
            r"(?m:^[ \t]*[|｜]?[ \t]*\d{1,3}(?![\d.,%％])(?=[ \t\u3000]*[|｜]|\t|\u3000))",
            # 1.2 | 培育创新主体: an item numbered in parts, before a cell of words.
            r"(?m:^[ \t]*[|｜]?[ \t]*\d{1,2}(?:\.\d{1,2}){1,2}(?![\d.,%％])"
            r"(?=[ \t\u3000]*(?:[|｜]|\t|\u3000)[ \t\u3000]*[^\d\s|｜]))",
            # "KPI 1: Spin-offs", "Goal 2 — …", 指标3：, 目標二: the label of an item, not a count.
            r"(?m:\b(?:KPIs?|Indicators?|Goals?|Targets?|Objectives?|Outcomes?|Priorit(?:y|ies)"
            # ("Target 9.5:", an item's number in parts; "KPI 2 rose": KPI N is always a name.)
            r"|Actions?|Tasks?|Measures?|Pillars?)\s+\d{1,2}(?:\.\d{1,2})*(?![\d.,%])"
            r"(?=[ \t]*(?:[:：]|[—–]\s*(?![\d\s])|-\s+(?!\d)|$)))"
            r"|\bKPI[-\s]?\d{1,2}(?:\.\d{1,2})*(?![\d.,%])\b",
            # 完成率＝完成值÷目标值×100%: a formula's factor that makes a ratio a percent.
            r"[×✕]\s*100\s*[%％](?![\d.])",
            # "PART 2", "Part 3:", "Annex 1" alone on a line or before a colon: a part's label.
            r"(?m:\b(?:PART|Part|ANNEX|Annex)\s+\d{1,2}(?![\d.,%])(?=[ \t]*(?:[:：.]|[—–-]|$)))",
            # "Goals 4, 6, 7 and 8", "KPIs 2 to 5": a plural label over a list of items' numbers.
            r"\b(?:KPIs|Indicators|Goals|Targets|Objectives|Priorities|Actions|Tasks|Measures"
            r"|Pillars)\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*(?:and|&|to|-|–)\s*\d{1,2}(?![\d.,%])",
            r"(?m:(?:指标|指標|目标|目標|任务|任務)\s*[\d" + _CN_NUM + r"]{1,3}"
            r"(?=[ \t\u3000]*(?:[:：、]|[.．](?!\d)|$)))",
            # "A.1 This appendix …", B.2.3: an annex's paragraph number opening its line.
            r"(?m:^[ \t]*[A-Z]\.\d{1,2}(?:\.\d{1,2})*(?=[ \t\u3000]+[^\d\s]))",
            # "Four tasks", "Three priorities" alone on a line: a heading naming a list's items,
            # not a count of them.
            r"(?m:^[ \t]*(?i:two|three|four|five|six|seven|eight|nine|ten)(?=\s+[A-Za-z]+"
            r"(?:\s+[A-Za-z]+)?[ \t]*$))",
            # "112. 主席，…": a speech's paragraph number (three digits, a full stop, a space) that
            # opens its line, not a count.
            r"(?m:^[ \t]*\d{3}[.．](?=[ \t\u3000]+[^\d\s]))",
            # 注：1. …, 附件：1. …: the first item of a list after a label on its line.
            r"(?m:^[ \t\u3000]*[^\W\d]{1,6}[:：][ \t]*\d{1,2}\s*[.、．](?![\d%％]))",
            # 统计咨询热线：12345, 電話：2180 2280: a number to call, however short.
            r"(?:热线|熱線|电话|電話|(?i:\bhotline|\btel\.?|\bphone))\s*[:：]?\s*"
            r"[(（]?\+?\d[\d \t()（）-]*\d",
            # "12345 government hotline", 12345政务服务便民热线: a number to call written before
            # what it is (up to three words or ten characters between), however short.
            r"\b\d{3,}(?:[ -]\d+)*\s+(?:[A-Za-z-]+\s+){0,3}(?i:hotlines?|helplines?|hot\s+line)\b"
            r"|(?<![\d.,])\d{3,}[\u4e00-\u9fff]{0,10}(?:热线|熱線)",
            # GMT+8, UTC-5, UTC+05:30: a time zone's offset, not a count.
            r"\b(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\b",
            # 10 a.m., 5:45 p.m., 9am: a time of day, not a count.
            r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b)",
            # bus route 47: a route's number is its name (Route 47 is read above).
            r"\broute\s+\d+[A-Za-z]?\b",
            r"\b\d+(?:st|nd|rd|th)\b",  # 13th
            # Article 12, Section 3(b): numbers of provisions (as 第二十五条 above).
            # ("set out in section 2", "under clause 4": in lower case too, mid-sentence.)
            r"\b(?:(?i:articles?|sections?|clauses?|paragraphs?|chapters?)|Art\.|Sec\.|Para\.|Rules?"
            # (Rule 14A.101: a chapter's number may end in a letter.)
            r"|Items?|No\.)\s*\d+(?:[A-Z]?\.\d+)*(?:\s*(?:,|and|to|-)\s*\d{1,3}(?![\d,.]))*\b",
            # Phones, long ids (on one line: not a list's dash); not a range of amounts with
            # its unit after it (3500-5000万元, 1200-1500个).
            r"\+?\d[\d \t\u3000-]{6,}\d"
            r"(?!\d|\s*(?:[万萬亿億]|个|個|家|人|元|项|項|件|%|％|平方|公顷|公頃|亩|畝|套|间|間))",
            r"\b(?:19|20)\d\d[ \t]*[-/–][ \t]*\d\d\b(?![\d%])",  # the 2024-25 financial year
            r"[\w.-]+@[\w.-]+",  # e-mail
            # Page furniture: a site's registration (赣ICP备12003456号-1, 京公网安备1101…号, "ICP
            # No. 12003456-1") and a page's counter of views or reads ("Views: 1,204", 阅读量：
            # 8734, 浏览次数：1268), which count no one's policy.
            r"(?:(?i:ICP)|公网安备|公網安備)[^\d\n]{0,12}\d+(?:\s*[号號])?(?:\s*-\s*\d+)?",
            r"(?:(?i:\b(?:page\s*)?(?:views|hits|reads|visits|clicks|visitors)\b)\s*[:：]"
            r"|(?:阅读|閱讀|浏览|瀏覽|访问|訪問|点击|點擊)(?:量|数|數|次数|次數|人数|人數)?\s*[:：]"
            r"|(?:阅读|閱讀|浏览|瀏覽|访问|訪問|点击|點擊)(?:量|次数|次數))"
            r"\s*[\d,.]+\s*[万萬wWkK]?",
            r"\b[\w-]+(?:\.[\w-]+)+\.(?:com|cn|net|org|gov)\b",  # host names
            # F2, M0, 2017SWC, 3D (not a currency code written against its number: RMB4,826.3).
            r"(?<![A-Za-z])(?!(?:" + "|".join((*CURRENCIES, "RMB", "NTD")) + r")\d)[A-Za-z]+\d+"
            # (2.41bn, 4pp, +180bps, 2.1pct: a broker's multiplier or unit, read with its number;
            # so is a unit of power or energy written against it, 12.4MW, 30kWh, 2GWp.)
            # (Before a Chinese word too: 3.5MW正在施工.)
            r"|\d+(?!(?:bn|mn|bps|bp|pp|pct)\b|(?:" + _GLUED_POWER + r")(?![A-Za-z]))[A-Za-z]{2,}"
            r"|\d+(?!(?:" + _GLUED_POWER + r")(?![A-Za-z]))[A-Z](?![a-z])",
            # "Simon Cheung, 29, who moved": a person's age set off by commas after a name.
            r"\b[A-Z][a-z]+ [A-Z][a-z]+,\s+\d{1,3}(?=,\s)",
            r"\d+\s*\+\s*\d+",  # "1+3" model names
            # ($1 = 7.12 yuan), 1美元兑7.12元人民币: an exchange rate, the reader's aid, no figure.
            r"(?:(?:US|HK|NT)?\$|€|£|\b(?:RMB|USD|HKD|EUR|CNY|GBP)\s*)\s*1\s*=\s*"
            r"(?:(?:US|HK|NT)?\$|€|£|¥|(?:RMB|USD|HKD|EUR|CNY)\s*)?\d+(?:\.\d+)?"
            r"(?:\s*(?i:yuan|renminbi|(?:(?:Hong\s+Kong|New\s+Taiwan|U\.?S\.?)\s+)?dollars?|euros?|pounds?))?",
            r"1\s*(?:美元|港元|港币|港幣|欧元|歐元|英镑|英鎊)\s*(?:兑换|兌換|兑|兌|=|＝)\s*\d+(?:\.\d+)?"
            r"\s*(?:元人民币|元人民幣|人民币|人民幣|港元|港币|港幣|新台币|新臺幣|元)?",
            # issue 7/2026: a magazine's issue, a date.
            r"\b(?i:issue)\s+(?:(?i:no)\.\s*)?\d{1,2}\s*/\s*\d{4}\b",
            # 从服务能力、孵化绩效和可持续发展三个方面, 分为优秀、合格和不合格三个等次: how many
            # items the list named, no figure (三大板块, 三类载体 after a list still count them);
            # so are 集成电路设计、工业软件和医疗器械三个领域 and 位於沙田、粉嶺及將軍澳的三個科研
            # 園區: the fields, trades, places or parks the list just named, counted.
            r"(?<=[、和及与與])[^\d、，,。；;\n]{1,12}?["
            + _CN_NUM
            + r"]\s*[个個]\s*(?:方面|维度|維度|层面|層面|等次|等级|等級|档次|檔次"
            + r"|[^\d\s，,。；;、]{0,4}?(?:领域|領域|行业|行業|产业|產業|园区|園區|区域|區域"
            + r"|片区|片區|地区|地區|城市|国家|國家|街道|镇街|鎮街))",
            r"[" + _CN_NUM + r"]位一体|一站式|一体化|一揽子|一流|(?<![百千]分)之一",
            r"[又另]一[个個]|一大[批批]",  # 又一个 (another), 一大批
        ]
    )
)

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")

# Numerals inside a short quoted slogan (“九个有”, “一核四区”) name no quantity; a quoted
# sentence of speech, ending with its own punctuation ("We will open four labs," she said),
# is no slogan, and the apostrophes of "China's … the park's" quote nothing.
SLOGANS = re.compile(
    r"[“「『\"‘][^”」』\"’\n]{1,60}(?<![,.!?，。！？])[”」』\"’]|'(?!s\b)[^'\n]{1,60}(?<![,.!?])'(?![A-Za-z])"
)


# A verb of growth right before a ratio (增加一倍, 增长一倍, 提高一倍).
_GROWS_BY = re.compile(r"(?:增加|增长|增長|提高|提升|扩大|擴大|翻了?|增)\s*(?:了)?\s*$")


def names_years(figure: Figure) -> bool:
    """Whether ``figure``, written without a unit, is a year (2025) or a span of years
    (2026—2028); a thousands separator never makes a year (2,000)."""
    grouped = re.match(r"\d{1,3}(?:,\d{3})+", figure.text.lstrip()) is not None
    return (
        figure.unit is None
        and not grouped
        and figure.value.is_integer()
        and _YEAR.match(f"{figure.value:.0f}") is not None
        and (figure.value_high is None or _YEAR.match(f"{figure.value_high:.0f}") is not None)
    )


# A threshold that defines a class of things counted beside it ("60 projects, each worth at
# least 100 million yuan", "25 should each involve investment of RMB 1 billion or more", "Nine
# companies are valued at US$1 billion or more"): the size that makes a member, no figure.
_EACH_WORTH = re.compile(
    r"\beach\s+(?:[a-z-]+\s+){0,2}?(?:worth|valued\s+at|costing|involv(?:e|es|ing)"
    r"\s+(?:an\s+)?(?:investment|capital)\s+of|with\s+(?:an\s+)?(?:investment|capital)\s+of)\s+"
    r"(?:at\s+least|not\s+less\s+than|more\s+than|over)?\s*(?:RMB|[A-Z]{0,2}\$|CNY|USD)?\s*$"
    # "every project above 100 million yuan will have a named official", "any firm with sales
    # of over 20 million yuan": the floor that picks out each member of a class.
    r"|\b(?:every|each|any|all)\s+(?:[a-z-]+\s+){1,2}?(?:(?:with|of)\s+(?:[a-z-]+\s+){0,2}?)?"
    r"(?:above|over|exceeding|worth\s+(?:more\s+than|over)|of\s+(?:more\s+than|over|at\s+least))"
    r"\s+(?:RMB|[A-Z]{0,2}\$|CNY|USD)?\s*$"
    r"|\b(?:are|is|were|be)\s+(?:now\s+|today\s+)?valued\s+at\s+(?:at\s+least\s+)?"
    r"(?:RMB|[A-Z]{0,2}\$|CNY|USD)?\s*$",
    re.I,
)
_OR_MORE = re.compile(r"\s+(?:or|and)\s+(?:more|above|over)\b", re.I)


def is_class_threshold(figure: Figure, text: str) -> bool:
    """Whether ``figure`` is money that defines a class of things a count beside it counts
    (each worth at least …, valued at … or more)."""
    found = _EACH_WORTH.search(text, max(0, figure.start - 60), figure.start)
    if found is None or figure.unit not in CURRENCIES:
        return False
    # ("valued at" alone may state one company's value: only "or more" makes it a class.)
    return (
        found[0].lower().startswith(("each", "every", "any", "all"))
        or _OR_MORE.match(text, figure.end) is not None
        or text[figure.start : figure.end + 12].lower().find("or more") >= 0
    )


# A span of time after a number, its days perhaps of a kind (business, working, calendar).
# ("its five Programme Years", "three financial years": the years of a term or a calendar.)
_SPAN_OF_TIME = re.compile(
    r"\s*(?:(?:business|working|calendar|clear|trading|banking|consecutive|financial|fiscal"
    r"|academic|[Pp]rogramme|[Pp]rogram|[Pp]lan|[Ss]cheme)\s+)?"
    r"(?:[Yy]ears?|months?|weeks?|days?|hours?|minutes?|decades?)\b"
)


# The last character of an office's name (議會事務部, 财务科, 第二組, 秘書處): a number glued to
# it at the end of a line numbers the division, as a sign-off line writes it.
_OFFICE_ENDS = frozenset("部科组組处處课課股室")


# How far back a set counted before may be named ("ranks 60 national-level zones … the 60
# zones were home to"): within a page's few paragraphs, a bounded look (extraction stays linear).
_AGAIN_REACH = 2000
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b")


def _counted_again(figure: Figure, text: str) -> bool:
    """Whether ``figure``, a bare number after "the", names again a set the text counted
    before with the same number and noun ("The index ranks 60 national-level zones. … the 60
    zones were home to 41,300 firms"): a reference back, no new figure."""
    if figure.numeral != "arabic" or not _THE_BEFORE.search(
        text, max(0, figure.start - 4), figure.start
    ):
        return False
    noun = _NOUN_AFTER.match(text, figure.end)
    if noun is None:
        return False
    number = re.escape(figure.text.strip())
    counted = re.compile(rf"(?<![\d.,]){number}\s+(?:[\w-]+\s+)?{re.escape(noun[1])}\b")
    return counted.search(text, max(0, figure.start - _AGAIN_REACH), figure.start - 4) is not None


def is_quantity(figure: Figure, text: str) -> bool:
    after = text[figure.end : figure.end + 1]
    if is_class_threshold(figure, text):
        return False
    written = figure.text.lstrip()
    if figure.numeral != "arabic" and figure.value == 1:
        # 一个, 一家, one: an article, not a count; but 增加一倍 (grow by one times, as 增长1倍
        # writes it) is a ratio, read as written.
        return (
            figure.unit == "times"
            and _GROWS_BY.search(text, max(0, figure.start - 8), figure.start) is not None
        )
    if (
        re.match(r"[百千万萬亿億]+[^\d]*$", written)
        and text[figure.start - 1 : figure.start] in ("（", "(")
        and after in ("）", ")")
    ):
        return False  # 財政撥款（百萬元）: the unit a row's name gives its values, no figure
    if re.match(r"[百千][万萬亿億]", written) and figure.unit not in CURRENCIES:
        return False  # 千万平方米, 百亿级: a round order of magnitude, said of money only
    if figure.unit is not None:
        return True
    if names_years(figure):
        return False  # a bare year, or a span of years
    if _counted_again(figure, text):
        return False  # "the 60 zones" after "ranks 60 national-level zones": the same set
    if after == "大":  # 八大项目, 5大平台: so many of something
        return True
    rest = text[figure.end : figure.end + 24]
    if _SPAN_OF_TIME.match(rest):
        return False  # "within 18 months", "within 30 business days": a span of time
    if re.match(r"\s+(?:phases|stages|tranches|instal(?:l)?ments)\b", rest) and re.search(
        r"\bin\s+$", text[max(0, figure.start - 4) : figure.start], re.I
    ):
        # "runs in two phases", "built in 3 stages", "paid in two tranches": how a plan or a
        # payment is divided
        return False
    if figure.numeral == "chinese":
        return False  # 两院, 一堂: a numeral inside a word
    if figure.numeral == "word" and (
        rest[:1] == "-"
        or re.match(r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times|decades?)\b", rest)
    ):
        return False  # five-year, four years, one of
    if (
        figure.numeral == "arabic"
        and text[figure.start - 1 : figure.start] in _OFFICE_ENDS
        and re.match(r"[ \t\u3000]*(?:\n|$)", rest)
    ):
        return False  # 議會事務部4, 秘书处第2科 ending a line: a division's number, no count
    # A bare number counts in English prose ("1,633 projects"), not before a Chinese word;
    # one written with 萬 or 億 that ends its clause (參加人次約5.2萬。) is a count too.
    next_char = rest.lstrip()[:1]
    if re.search(r"[万萬亿億]$", written) and (not next_char or next_char in "。，；、,;）)"):
        return True
    return not next_char or next_char.isascii()
