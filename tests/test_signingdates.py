"""What was paid at a deal's signing is of the signing day (zonetrack.signingdates).

Texts written for these tests; expected dates from the README's rules: a payment told as made
at the signing of the agreement (paid on the date of the agreement, 已於簽署協議時支付, 已于本协议
签订前缴纳) is a fact of the day the text says the agreement was signed; the deal's own terms
are dated by their own sentence only.
"""

from __future__ import annotations

import pytest

from zonetrack.extract import extract_figures


def _dates(text: str, currency: str | None = None) -> list[tuple[float, str, str | None]]:
    frame = extract_figures(text, currency=currency)
    return [
        (float(r.value), r.unit, r.ref_date if isinstance(r.ref_date, str) else None)
        for r in frame.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        (
            "EASTPORT HOLDINGS LTD\n\nTHE AGREEMENT\n\nOn 4 March 2027, the Company signed a sale "
            "and purchase agreement with Harbour Logistics Ltd.\n\n"
            "The consideration is HK$50,000,000. A deposit of HK$5,000,000 was paid upon "
            "signing.\n\nHong Kong, 8 March 2027\n",
            "HKD",
            [(50e6, "HKD", None), (5e6, "HKD", "2027-03-04")],
        ),
        (
            "灣區物流集團有限公司\n\n於二零二七年三月四日，本公司與賣方訂立買賣協議。\n\n"
            "代價為港幣八千萬元。訂金港幣八百萬元已於簽署協議時以現金支付。\n\n"
            "香港，二零二七年三月八日\n",
            "HKD",
            [(80e6, "HKD", None), (8e6, "HKD", "2027-03-04")],
        ),
        (
            "厂房租赁协议\n\n签订日期：2027年3月4日\n\n"
            "1.1 租赁面积为5000平方米。\n"
            "1.2 乙方已于本协议签订前向甲方缴纳租赁保证金人民币30万元。\n",
            None,
            [(5000, "m^2", None), (3e5, "CNY", "2027-03-04")],
        ),
        # The agreement's day in its opening ("is dated"), the payer told as subject ("has
        # paid … on the date of this Agreement").
        (
            "LEASE AGREEMENT\n\nThis Agreement is dated 6 April 2027 and is made between the "
            "Landlord and the Tenant.\n\n4.1 The Tenant has paid to the Landlord on the date of "
            "this Agreement a deposit of RMB 400,000.\n",
            None,
            [(4e5, "CNY", "2027-04-06")],
        ),
        # The contract named by its title in 《》 when it is signed, and paid 当日.
        (
            "关于签订投资合同的公告\n\n2027年4月6日，公司与开发区管委会签订《智能装备及新能源汽车零部件产业园二期项目"
            "投资合作合同》。\n\n乙方已于合同签订当日向甲方支付履约保证金500万元。\n",
            None,
            [(5e6, "CNY", "2027-04-06")],
        ),
    ],
)
def test_a_payment_at_signing_is_of_the_signing_day(
    text: str, currency: str | None, expected: list[tuple[float, str, str | None]]
) -> None:
    assert _dates(text, currency) == expected
