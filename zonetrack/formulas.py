"""Derived observations: the arithmetic of ``derived_from`` formulas, evaluated safely.

A derived figure is computed from other observations (``obs-a + obs-b``); its formula is
parsed with :mod:`ast` and only numbers, observation ids and + - * / are evaluated.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable

from .exceptions import DataError

__all__ = ["MAX_FORMULA_LENGTH", "evaluate_formula"]

_OPS: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}

# A derived figure combines a few observations; anything longer is a mistake, and a
# bound keeps the parser and the evaluator far from Python's recursion limit.
MAX_FORMULA_LENGTH = 500


def evaluate_formula(formula: str, values: dict[str, float]) -> float:
    """Evaluate ``derived_from`` (obs ids and numbers joined by spaced + - * /).

    Raises
    ------
    DataError
        On an unknown id, anything but arithmetic, a formula over
        :data:`MAX_FORMULA_LENGTH` characters, or a result that is not a finite number.
    """
    if len(formula) > MAX_FORMULA_LENGTH:
        raise DataError(
            f"formula is {len(formula)} characters long; at most {MAX_FORMULA_LENGTH} are allowed",
            value=formula[:40] + "...",
        )
    tokens = formula.replace("(", " ( ").replace(")", " ) ").split()
    names: dict[str, str] = {}
    parts = []
    for token in tokens:
        if token in "()+-*/" or re.fullmatch(r"\d{1,15}(\.\d{1,15})?", token):
            parts.append(token)
        elif re.fullmatch(r"\d+(\.\d+)?", token):
            raise DataError(
                f"number {token[:20]!r}... in formula has more than 15 digits", value=token
            )
        elif token in values:
            names.setdefault(token, f"_v{len(names)}")
            parts.append(names[token])
        else:
            raise DataError(f"unknown observation {token!r} in formula", value=token)
    env = {alias: values[obs] for obs, alias in names.items()}

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.Name) and node.id in env:
            return env[node.id]
        raise DataError("formula may only add, subtract, multiply and divide", value=formula)

    try:
        result = walk(ast.parse(" ".join(parts), mode="eval"))
    except (SyntaxError, ZeroDivisionError, ArithmeticError, RecursionError, MemoryError) as exc:
        raise DataError(f"cannot evaluate formula {formula!r}", value=formula) from exc
    if not math.isfinite(result):
        raise DataError(f"formula {formula!r} does not give a finite number", value=formula)
    return result
