"""Counter words: the data in counters.csv agrees with the units registry, and the rule of
what counts the same things (README, "Validation")."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zonetrack.config import UNITS_FILE
from zonetrack.counters import counters, same_things, simplified_counter


def _registry_counters() -> set[str]:
    """The Chinese spellings of ``count`` in units.txt, read from the file itself."""
    (line,) = [
        ln for ln in UNITS_FILE.read_text(encoding="utf-8").splitlines() if ln.startswith("count =")
    ]
    names = {name.strip() for name in line.split("=")}
    return {n for n in names if n and re.fullmatch(r"[\u3400-\u9fff]+", n)}


def test_every_counter_of_the_registry_has_a_row_and_no_other() -> None:
    assert set(counters()) == _registry_counters()


def test_a_simplified_form_is_a_counter_of_its_own_that_counts_the_same() -> None:
    known = counters()
    for word, row in known.items():
        plain = known[row.simplified]
        assert plain.simplified == row.simplified, word
        assert (plain.counts, plain.thing) == (row.counts, row.thing), word


@pytest.mark.parametrize(
    ("mine", "theirs", "same"),
    [
        ("人", "名", True),  # people, however counted
        ("位", "人", True),
        ("家", "户", True),  # households are counted as firms
        ("个", "座", True),  # 个, the general counter of things, stands for any thing
        ("个", "家", True),
        ("座", "家", False),  # buildings are no firms
        ("个", "人", False),  # nor are people things
        ("个", "人次", False),  # visits
        ("家", "家次", False),  # firm-visits are no firms
        ("个", "家次", False),
        ("个", "架次", False),  # sorties are no aircraft
        ("架", "架次", False),
        ("个", "次", False),  # times something happened
        ("项", "项", True),
        ("篇", "件", False),
    ],
)
def test_same_things(mine: str, theirs: str, same: bool) -> None:
    assert same_things(mine, theirs) is same
    assert same_things(theirs, mine) is same


@given(st.sampled_from(sorted(counters())), st.sampled_from(sorted(counters())))
def test_same_things_is_symmetric_and_reflexive(a: str, b: str) -> None:
    pa, pb = simplified_counter(a), simplified_counter(b)
    assert pa is not None and pb is not None
    assert same_things(pa, pa)
    assert same_things(pa, pb) == same_things(pb, pa)


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("萬個", "个"),
        ("3千", None),  # no counter after the scale
        ("塊", "块"),
        ("隻", "只"),
        ("萬人次", "人次"),
        ("count", None),
        ("m^2", None),
        ("  家 ", "家"),
    ],
)
def test_simplified_counter(written: str, plain: str | None) -> None:
    assert simplified_counter(written) == plain
