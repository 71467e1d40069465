"""Derived figures' formulas: what cannot be evaluated is a data error, never a crash."""

from __future__ import annotations

import math

import pytest
from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from zonetrack.formulas import evaluate_formula


@pytest.mark.parametrize(
    "formula",
    [
        "a-1" + " + a-1" * 5000,  # RecursionError before
        "a-1 * 1" + "0" * 400,  # OverflowError before
        "a-1" + " * 999999999999999" * 22,  # inf
        "(" * 300 + "a-1" + ")" * 300,
    ],
    ids=["too long", "number too large", "result too large", "nested too deep"],
)
def test_evaluate_formula_rejects_what_it_cannot_evaluate(formula: str) -> None:
    from zonetrack.exceptions import DataError

    with pytest.raises(DataError):
        evaluate_formula(formula, {"a-1": 2.0})


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet="a-1b-2 +-*/().0123456789e", max_size=700))
def test_evaluate_formula_never_raises_anything_but_data_error(formula: str) -> None:
    from zonetrack.exceptions import DataError

    try:
        result = evaluate_formula(formula, {"a-1": 2.0, "b-2": 1e300})
    except DataError:
        return
    assert math.isfinite(result)
