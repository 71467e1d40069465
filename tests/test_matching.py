"""Suggesting a figure's indicator (zonetrack.matching): a change is never drafted as a level.

Found by review 10: 力争到2027年新增国家级科技企业孵化器10家 was drafted against the stock of
national incubators, so a goal of "ten more" read as a level of ten, achieved at once. Texts
written for these tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from zonetrack.matching import match_indicator, states_change

INDICATORS = pd.DataFrame(
    [
        ("incubators", "国家级科技企业孵化器", "National-level incubators", "count", "stock"),
        ("talents_in", "引进高层次人才", "High-level talents attracted", "count", "flow"),
        ("rd_share", "研发投入强度", "R&D intensity", "percent", "ratio"),
    ],
    columns=["indicator_id", "name_zh", "name_en", "unit", "measure"],
)


@pytest.mark.parametrize(
    ("evidence", "change"),
    [
        ("力争到2027年新增国家级科技企业孵化器10家", True),
        ("每年新增科技型企业500家以上", True),
        ("研发投入强度较2025年提高1.5个百分点", True),
        ("新認定國家級孵化器6家", True),
        ("add 12 national-level incubators by 2027", True),
        ("500 additional high-tech enterprises", True),
        ("The zone plans 3 new labs a year through 2028", True),
        ("R&D intensity to rise by 0.5 percentage points", True),
        ("孵化载体总面积较上年多出300万平方米", True),
        ("increased the total floor area of incubation facilities by 600 square metres", True),
        ("output grew by 5.2% in 2025", True),
        # Levels: left alone (found by review 11: names, floors and rates of growth).
        ("Chongqing aims to have 30 New-type incubators by 2027", False),
        ("Liangjiang New Area has 700 square metres of incubators", False),
        ("The New Territories total 600 square metres", False),
        ("Chongqing has 1,000 or more incubators", False),
        ("The annual report says Chongqing has 99 incubators", False),
        ("电子信息产业规模同比增长12%", False),
        ("raise output to 500 billion yuan by 2027", False),
        ("国家级科技企业孵化器达到30家", False),
        ("研发投入强度提高到3.2%", False),
        ("研發投入強度提升至3.2%", False),
        ("more than 300 incubators", False),
        ("raise R&D intensity to 3.2 percent", False),
        ("建成孵化载体总面积1000万平方米以上", False),
    ],
)
def test_a_change_is_told_apart_from_a_level(evidence: str, change: bool) -> None:
    assert states_change(evidence) is change


@pytest.mark.parametrize(
    ("evidence", "unit", "expected"),
    [
        # A level of a stock: its indicator, named exactly.
        ("国家级科技企业孵化器达到30家", "count", ("incubators", "exact")),
        # An increase of a stock: no indicator, rather than a wrong one.
        ("力争到2027年新增国家级科技企业孵化器10家", "count", ("", "none")),
        # An increase of a flow: the flow is suggested.
        ("新增引进高层次人才300名", "count", ("talents_in", "exact")),
        # A change in percentage points is no level of the ratio.
        ("研发投入强度提高1.5个百分点", "percent", ("", "none")),
        ("研发投入强度提高到3.2%", "percent", ("rd_share", "exact")),
    ],
)
def test_a_change_is_never_matched_to_a_level(
    evidence: str, unit: str, expected: tuple[str, str]
) -> None:
    at = next(i for i, ch in enumerate(evidence) if ch.isdigit() and evidence[i : i + 4] != "2027")
    assert match_indicator(INDICATORS, evidence, unit, at, states_change(evidence)) == expected
