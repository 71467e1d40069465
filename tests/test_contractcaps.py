"""The caps a contract, a notice or a rule sets (zonetrack.contractcaps), also through
extract_figures.

Texts written for these tests in the style of agreements, tender notices and board
resolutions; expected values from the README's rules (round 43): a bound set in the words of
an obligation (不得超过, 为上限, 最高限价：, 额度内, "shall in no event exceed", "does not exceed")
is at most, undated, no goal; one due by a date of its own part stays a goal.
"""

from __future__ import annotations

import pytest

from zonetrack.contractcaps import find_contract_cap
from zonetrack.extract import extract_figures

Row = tuple[float, str, str, str | None, str | None]


def _rows(text: str, currency: str | None = None) -> list[Row]:
    """(value, qualifier, kind, deadline, ref_date) of each figure."""
    frame = extract_figures(text, currency=currency)
    return [
        (
            float(r.value),
            r.qualifier,
            r.kind,
            r.deadline if isinstance(r.deadline, str) else None,
            r.ref_date if isinstance(r.ref_date, str) else None,
        )
        for r in frame.itertuples()
    ]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("违约金累计不得超过合同总价的10%", "10%", True),
        ("补助总额最高不超过人民币800万元", "800万元", True),
        ("招标控制价：1,250.00万元", "1,250.00万元", False),
        ("最高投标限价：1,250.00万元", "1,250.00万元", True),
        ("賠償總額以代價之20%為上限", "20%", True),
        ("授權總經理於新臺幣80,000千元額度內辦理", "80,000千元", True),
        ("授權總經理於新臺幣80,000千元額度內辦理", "80,000千元額度內", True),
        ("the Vendor's liability shall in no event exceed US$5,000,000", "5,000,000", True),
        ("net debt that does not exceed 4.5 times EBITDA", "4.5", True),
        ("到2027年，资产负债率不得超过60%", "60%", False),
        ("余额可转入下一财政年度，但不得超过当年拨款的30%", "30%", True),
        ("补助总额达到人民币800万元", "800万元", False),
        # 原则上不超过: a notice's cap, as 不得超过 (round 47).
        ("每个区推荐数量原则上不超过5家", "5家", True),
        ("每個區推薦數量原則上不超過5家", "5家", True),
        # The most a scheme grants each one (每間…最多, 每家企业最高可获), though it starts
        # 明年 (round 50); a record with no 每 is no cap.
        ("明年推出的新計劃將為每間初創提供最多30萬元資助", "30萬元", True),
        ("每家企业最高可获奖励人民币100万元", "100万元", True),
        ("单个项目最多补助50万元", "50万元", True),
        ("园区企业单笔融资最高达5亿元", "5亿元", False),
    ],
)
def test_a_cap_is_told_by_the_words_of_an_obligation(
    sentence: str, figure: str, expected: bool
) -> None:
    rel = sentence.index(figure)
    found = find_contract_cap(sentence, rel, rel + len(figure))
    assert (found is not None) == expected


def test_a_contracts_caps_are_undated_beside_its_dated_terms() -> None:
    text = (
        "Announcement\nHong Kong, 3 March 2026\n\n"
        "The Vendor shall make good any shortfall for the year ending 31 December 2027, "
        "provided that the total indemnity shall in no event exceed US$3,000,000.\n\n"
        "补偿总额以转让价款的20%为上限。结余资金转入下一年度，但不得超过当年拨款的40%。\n"
        "本案经2026年3月2日董事会通过，并授权总经理于人民币8,000万元额度内办理采购。"
    )
    assert _rows(text) == [
        (3e6, "at_most", "observation", None, None),
        (20.0, "at_most", "observation", None, None),
        (40.0, "at_most", "observation", None, None),
        (8e7, "at_most", "observation", None, None),
    ]
