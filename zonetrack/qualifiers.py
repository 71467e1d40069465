"""The words that qualify a figure: exact, at least, at most, about.

Written before a number (最高, 不少于, "up to", "about"), after it (以上, 左右, "or more"), inside
it (9万余人) or after a share's base ("3.2% of GDP or more"); and the words along which a
qualifier written once before a list's first figure is carried (:func:`carry_re`, for
:func:`zonetrack.figures.carry_qualifiers`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .writtenunits import CURRENCY_WORDS, YUAN_NAMED_RE, currency_prefix_re, currency_word_re

__all__ = [
    "INFIX_AT_LEAST",
    "OF_BASE_AT_LEAST",
    "PREFIX_QUALIFIERS",
    "QUALIFIERS",
    "QUALIFIER_REACH",
    "SUFFIX_QUALIFIERS",
    "carry_re",
    "prefix_qualifier",
]

QUALIFIERS = ("exact", "at_least", "approx", "at_most")

PREFIX_QUALIFIERS = (
    (
        re.compile(
            # 最高补助1500万元: the cap may stand before a verb of one or two characters, or
            # before a longer noun and 为 (最高资助额为500万元: the largest grant a rule allows
            # is; but 最高单笔融资达5亿元 is the record a fact reached) or 可获得 (may receive),
            # with the grant named after it (最高可獲資助, 最多可获得补贴).
            # 不得超过, 不应高于, 严禁超过: a rule's "must not exceed" is a cap as 不超过 is.
            r"(?:(?:不(?:得|应|應|能|可|宜)?|严禁|嚴禁)(?:超过|超過|高于|高於)"
            r"|(?:最高|最多)(?:[\u4e00-\u9fff]{0,2}"
            r"|(?:(?!的)[^\W\d]){1,5}?(?:为|為)|(?:可|均可)?(?:获得?|獲得?)"
            r"(?:资助|資助|补助|補助|补贴|補貼|奖励|獎勵)?)"
            # 津貼上限為3萬元, 上限是: the cap a rule sets, also as it is changed
            # (上限提高至50万元); "capped at", "a ceiling of". A cap broken (突破上限20%,
            # 超过上限) caps nothing.
            r"|(?<!突破)(?<!超过)(?<!超過)(?<!超出)(?<!打破)"
            r"上限(?:为|為|是|达|達|定为|定為|(?:(?!的)[^\W\d]){1,3}?(?:为|為|至|到)"
            # 援助上限由60萬元提高至80萬元: the cap in force and the new one, both caps.
            # (Any character to the verb: a class naming punctuation would take its stops
            # from piecereading.)
            r"|(?:由|从|從)(?:\S{1,16}?(?:提高|提升|调高|調高|上调|上調|降低|调低|調低"
            r"|下调|下調|调整|調整|增加|增至|减至|減至)(?:至|到|为|為)?)?)?"
            # 上限為每月2萬元, 上限为每人每年: a cap per period or per head, named after 為.
            r"(?:每[月年日季周週人户戶家个個项項宗次]){0,2}"
            # 資助上限為企業研發投入的50%: a cap set as a share of a whole.
            r"(?:(?:[^\W\d]){1,12}?的)?"
            # 不超过参评单位总数的30%: so is a bound set as a share of a whole.
            r"|(?:不(?:得|应|應|能|可|宜)?|严禁|嚴禁)(?:超过|超過|高于|高於)(?:[^\W\d]){1,12}?的"
            # 最高限价：2,780.00万元, 最高投标限价: a label naming the most a notice allows.
            r"|最高[\u4e00-\u9fff]{1,4}?[：:]"
            # "Maximum price: RMB 45.0 million", "Price ceiling:", "Upper limit:": an English
            # label naming the most a notice allows, as 最高限价： is.
            r"|\b(?i:maximum|max\.|ceiling|upper\s+limit)(?:\s+[a-z-]+){0,2}\s*[:：]"
            r"|\b[A-Za-z-]+(?:\s+[a-z-]+)?\s+(?i:ceiling|cap)\s*[:：]"
            # "shall in no event exceed", "does not exceed", "not exceeding": a contract's cap.
            r"|\b(?:not|never|in\s+no\s+(?:event|case)|under\s+no\s+circumstances?)\s+"
            r"(?:to\s+)?exceed(?:ing)?"
            r"|\bcapped\s+at|\ba\s+ceiling\s+of"
            # "the maximum grant is", "a maximum subsidy of": the most a rule allows, as
            # 最高资助额为; "a cap of", "the cap was raised to", "the ceiling is": the cap a rule
            # sets, also as it is changed (上限提高至). A cap breached ("exceeded the cap by
            # 5%") caps nothing: "by" joins no cap to its number.
            r"|\bmaximum\s+(?:[a-z-]+\s+){0,2}?(?:is|was|will\s+be|of|at|stands\s+at)"
            # "The maximum subsidy for a single project remains at": the cap kept, with what it
            # is a cap on (a project, a team) between.
            r"|\bmaximum\s+(?:[a-z-]+\s+){0,5}?(?:remains?|remained|stays?|stayed|stands?|stood)\s+at"
            r"|\b(?:cap|ceiling|upper\s+limit)\s+(?:of|at|is|was|will\s+be|stands\s+at"
            r"|(?:(?:is|was|will\s+be|has\s+been|had\s+been)\s+)?"
            r"(?:raised|lifted|increased|set|fixed|lowered|cut|reduced)\s+(?:to|at))"
            # 补贴封顶500万元: capped (封顶 after the number is a suffix).
            r"|封顶|封頂"
            # 不到, 不足, "less than", "fewer than": below it, as 近 is.
            # "not more than", "not greater than": a cap as "no more than" is (not a floor: "more
            # than" alone is one).
            r"|不到|不足|\bup to|\bno(?:t)? (?:more|greater|higher) than|\bat most|\ba maximum of"
            r"|\b(?<!no\s)(?<!not\s)(?:less|fewer)\s+than"
            # "to below 10 percent", "under 5%": strictly below, which at_most stands for (the
            # vocabulary has nothing stricter).
            r"|\b(?:below|under)"
            # A sign of comparison written before the number (≤5%, <= 5%, < 3 days, as tables,
            # slides and indicator lists write a bound; not an arrow's head, ->).
            r"|(?:≤|≦|⩽|<=|＜|<)(?!-))\s*$",
            re.I,
        ),
        "at_most",
    ),
    (
        re.compile(
            r"(?:超过|超過|(?<![高赶趕出入])超|逾|突破|不(?:得|应|應|能|可|宜)?(?:少于|少於|低于|低於)|(?:至少|最少)[\u4e00-\u9fff]{0,10}"
            # 不低于合并后基金年度可供分配金额的90%: a floor set as a share of a whole (as
            # 不超过参评单位总数的30% is a cap).
            r"|不(?:得|应|應|能|可|宜)?(?:少于|少於|低于|低於)(?:[^\W\d]){1,16}?的"
            # The floor a rule sets, also as it is changed (下限提高至80元); not one broken.
            r"|(?<!突破)(?<!跌破)(?<!低于)(?<!低於)"
            r"下限(?:为|為|是|定为|定為|(?:(?!的)[^\W\d]){1,3}?(?:为|為|至|到))?"
            # ("hand over three parks", "handed over 120 flats": a verb's particle, no floor.)
            r"|(?<!\bno\s)(?<!\bnot\s)\bmore than"
            r"|(?<!\bhand\s)(?<!\bhands\s)(?<!\bhanded\s)(?<!\bhanding\s)\bover"
            r"|\bat least|\bno (?:fewer|less) than|\bnot (?:fewer|less) than"
            r"|\ba minimum of|\bexceed(?:s|ed|ing)?|\bsurpass(?:es|ed|ing)?|\bupwards of"
            r"|\bin excess of|\b(?:has|have|had) (?:passed|topped)|\btop(?:s|ped)?"
            # "we want output to pass 70 billion yuan", "should pass 4,200 by year-end": a
            # floor to cross.
            r"|\b(?:to|should|will|shall|must)\s+pass"
            # "above 3%" (as "below" is at_most); "push turnover past 100 billion yuan" (but
            # "the past 5 years", "in past years" name a span, not a floor).
            r"|(?<!\bthe\s)\babove|(?<!\bthe\s)(?<!\bin\s)(?<!\bover\s)\bpast"
            # ≥90%, >= 90%, > 120 (as ≤ is at most; not an arrow's head, -> or =>).
            r"|≥|≧|⩾|>=|＞|(?<![-=])>)\s*$",
            re.I,
        ),
        "at_least",
    ),
    (
        re.compile(
            # 約佔六成, 约占30%: about so large a share.
            # 约占全省的四成, 約相當於全年的30%: about, before a verb and the whole it is a
            # share of.
            # (签约, 合约, 预约, 节约, 续约, 解约, 租约, 集约, 纽约 are other words: 签约达30个,
            # 续约30家, 集约用地300亩 are exact; but 持续约30天, 了解约50家, 出租约50套 are about.)
            # 约占全市GDP的35%: the whole may be named in Latin letters.
            # 约占公司最近一期经审计净资产的42%: or in many words (up to twenty, within the
            # clause: no digit or punctuation stands between 占 and 的).
            r"(?:(?:大约|大約|(?:(?<![签簽合预預节節制条條契履违違守践踐赴邀特续續解租集纽紐简簡婉])"
            r"|(?<=[持继繼陆陸连連延后後手存][续續])|(?<=[出承]租)"
            r"|(?<=[了理讲講缓緩破分化调調图圖详詳见見注瞭]解))[约約])"
            r"(?:(?:占|佔|为|為|达|達|相当于|相當於)(?:[^\W\d]|[& ]){0,20}?的"
            r"|为|為|合|达|達|计|計|有|占|佔"
            # 約審批1,000宗, 约新增800家: about, before a verb of two characters (not 约谈,
            # 约定, 约束, 约见, 约请: to summon, agree, bind, meet, invite, exact).
            r"|(?!谈|談|定|束|见|見|请|請)[\u4e00-\u9fff]{2})?"
            r"|\babout|\baround|\bapproximately|\broughly|\bsome"
            # A broker's ~ and c. (circa) before a number: about (3~5, a range, is read there).
            r"|(?<![\w.])~|\bc\.)\s*$",
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
INFIX_AT_LEAST = ("余", "餘", "多")
# After the number and unit: 以上 and 及以上 (5000家及以上), 或以上 (5,000個或以上),
# "or more" and "-plus" (5,000 or more, 1,500-plus) are at least; 及以下, "or less" at most.
SUFFIX_QUALIFIERS = (
    (
        re.compile(
            r"\s*(?:(?:及|或|和)?以上|多|余|餘|-?\s*plus\b|\+(?![\d\w])"
            r"|\s+or\s+(?:more|above|over|higher|greater)\b)",
            re.I,
        ),
        "at_least",
    ),
    # "RMB 6.1 billion, give or take", "50 or so", "100, more or less": about.
    (
        re.compile(r"\s*(?:左右|上下)|,?\s+(?:give\s+or\s+take|or\s+so|more\s+or\s+less)\b", re.I),
        "approx",
    ),
    (
        re.compile(
            # 以10萬元為上限: the cap named after the figure.
            # 於新臺幣2,450,000千元額度內辦理: within a ceiling an authority grants.
            r"\s*(?:(?:及|或|和)?以下|以内|以內|(?:为|為)上限|封顶|封頂|(?:的)?(?:额度|額度|限额|限額)(?:内|內)"
            r"|\s+or\s+(?:less|fewer|below|under|lower)\b)",
            re.I,
        ),
        "at_most",
    ),
)
# A share's base between it and its floor ("at 3.2% of GDP or more", "8% of R&D spending or
# above"): the floor is the share's, though the figure ends before its base.
OF_BASE_AT_LEAST = re.compile(
    r"\s+of\s+(?:[\w&.-]+\s+){0,2}?[\w&.-]+\s+or\s+(?:more|above|over|higher|greater)\b", re.I
)


# How far before a number its qualifier's words are looked for: "the cap will be lifted to
# HK$", "the maximum subsidy for a single project remains at" (the longest Chinese ones are
# shorter; a currency before the number counts in the reach; every pattern is anchored at the
# number, so a longer reach reads nothing further).
QUALIFIER_REACH = 60


@lru_cache(maxsize=1 << 16)
def prefix_qualifier(before: str) -> str | None:
    """The qualifier written just before a number (``before`` ends where it starts), if any.

    Cached: the same few words precede thousands of figures in a catalogue.
    """
    before = currency_prefix_re().sub("", before)
    before = currency_word_re().sub("", before)  # 逾新臺幣2.2兆元: the qualifier comes first
    # 約人民幣6.3億元, 最高人民币20万元: the yuan named before the number, as any currency is.
    before = YUAN_NAMED_RE.sub("", before)
    for pattern, name in PREFIX_QUALIFIERS:
        if pattern.search(before):
            return name
    return None


# What joins a figure to the one before it as the same kind of figure, so that a qualifier
# written once before the first holds for both: a list's word within one clause (最高100萬元及
# 50萬元, "up to HK$3,000 and HK$2,000"). Never a comma: the next clause may be of another kind
# of figure (申請上限為50萬元，平均獲批金額則為32萬元: the 32萬 is an average, no cap), and
# nothing in the words tells a parallel clause (碩士則為) from that one.
_CURRENCY_BEFORE = (
    rf"(?:{CURRENCY_WORDS}"
    r"|US\$|HK\$|NT\$|MOP\$?|\$|€|¥|(?:RMB|CNY|USD|HKD|TWD|EUR|MOP)\b)?\s*"
)
_CARRY = r"\s*(?:、|及|和|与|與|以及|或|\band\b|\bor\b)\s*" + _CURRENCY_BEFORE + "$"


@lru_cache(maxsize=1)
def carry_re() -> re.Pattern[str]:
    """The words a qualifier is carried along, from one figure to the next of a list."""
    # Compiled here, not at module level: the characters it names are no concern of
    # find_figures (see piecereading's _named_characters), which never looks across a clause.
    return re.compile(_CARRY, re.IGNORECASE)
