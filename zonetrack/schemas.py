"""The catalogue's table schemas (pandera), and the kinds of date a source may state.

Every cell is read as text (``files.read_table``); these schemas check each table's
columns, ids, vocabularies and that no cell holds a control character. Checks across
rows and tables are in ``validate.py``.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from .exceptions import CONTROL_PATTERN, EVIDENCE_CONTROL_PATTERN
from .qualifiers import QUALIFIERS
from .units import CANONICAL_UNITS, CURRENCIES

__all__ = ["DATE_KINDS", "ID_COLUMN", "SCHEMAS", "named_columns"]

_ID = r"^[a-z0-9][a-z0-9_.-]*$"
_NONEMPTY = pa.Check(lambda s: s.str.len() > 0, error="must not be empty")
# No field may hold a control character: NUL, a tab or line break inside a cell, an
# escape sequence or a bidirectional override would make a row print other than it reads.
# A regex column applies the check to every column, also those a schema does not name.
# Evidence alone may hold a tab (EVIDENCE_CONTROL_PATTERN): it quotes its seed verbatim.


def _no_control(s: pd.Series) -> pd.Series:
    pattern = EVIDENCE_CONTROL_PATTERN if s.name == "evidence" else CONTROL_PATTERN
    return ~s.astype(str).str.contains(pattern, regex=True)


_ANY_FIELD = {
    ".*": pa.Column(
        checks=pa.Check(
            _no_control,
            error="must not contain control characters (NUL, tab outside evidence, line break, "
            "bidi override)",
        ),
        regex=True,
        required=False,
    )
}


# Every cell is read as text (files.read_table), so columns declare no dtype: pandera would
# otherwise check each cell's type one by one, the larger part of validating a small catalogue.
_TEXT = None


def _id(unique_name: str) -> pa.Column:
    return pa.Column(
        _TEXT,
        checks=[
            _NONEMPTY,
            pa.Check.str_matches(
                _ID,
                error=f"{unique_name} must start with a lowercase letter or a digit, followed "
                "by lowercase letters, digits, '-', '_' or '.'",
            ),
        ],
    )


def _text(required: bool = True) -> pa.Column:
    return pa.Column(_TEXT, checks=[_NONEMPTY] if required else [])


def _vocab(values: tuple[str, ...]) -> pa.Column:
    return pa.Column(
        _TEXT,
        checks=[pa.Check.isin(list(values), error=f"must be one of {', '.join(values)}")],
    )


# How a source's `published` date is known; `published_basis` starts with one of these.
DATE_KINDS = ("stated", "lower bound", "upper bound")

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "zones": pa.DataFrameSchema(
        {
            **_ANY_FIELD,
            "zone_id": _id("zone_id"),
            "name_zh": _text(),
            "name_en": _text(),
            "parent_id": _text(False),
            "level": _text(),
            "city": _text(False),
            "province": _text(False),
            "note": _text(False),
        }
    ),
    "indicators": pa.DataFrameSchema(
        {
            **_ANY_FIELD,
            "indicator_id": _id("indicator_id"),
            "name_zh": _text(),
            "name_en": _text(),
            "unit": _vocab(tuple(CANONICAL_UNITS)),
            "direction": _vocab(("up", "down")),
            "measure": _vocab(("stock", "flow", "ratio")),
            "note": _text(False),
        }
    ),
    "targets": pa.DataFrameSchema(
        {
            **_ANY_FIELD,
            "target_id": _id("target_id"),
            "zone_id": _text(),
            "indicator_id": _text(),
            "comparator": _vocab((">=", "<=", "=")),
            "value": _text(),
            "unit": _text(),
            "deadline": _text(),
            "adopted": _text(),
            "parent_target_id": _text(False),
            "source": _text(),
            "evidence": _text(),
            "note": _text(False),
        }
    ),
    "observations": pa.DataFrameSchema(
        {
            **_ANY_FIELD,
            "obs_id": _id("obs_id"),
            "zone_id": _text(),
            "indicator_id": _text(),
            "value": _text(),
            "unit": _text(),
            "qualifier": _vocab(QUALIFIERS),
            "ref_date": _text(),
            "published": _text(False),
            "source": _text(),
            "evidence": _text(False),
            "derived_from": _text(False),
            "note": _text(False),
        }
    ),
    "sources": pa.DataFrameSchema(
        {
            **_ANY_FIELD,
            "source": _text(),
            "title": _text(),
            "publisher": _text(),
            "language": _vocab(("zh-Hans", "zh-Hant", "en", "mixed")),
            "published": _text(),
            "published_basis": pa.Column(
                _TEXT,
                checks=[
                    pa.Check.str_matches(
                        rf"^({'|'.join(DATE_KINDS)})\b",
                        error=f"must start with the kind of date: {', '.join(DATE_KINDS)}",
                    )
                ],
            ),
            "url": pa.Column(
                _TEXT,
                checks=[
                    pa.Check.str_matches(
                        r"^(https?://\S+)?$", error="must be empty or an http(s) address"
                    )
                ],
            ),
            "retrieved": _text(False),
            # The source's own currency: 元 (and a bare $) in its text mean this. Optional;
            # empty means the yuan.
            "currency": pa.Column(
                _TEXT,
                checks=[
                    pa.Check.isin(
                        ["", *CURRENCIES],
                        error=f"must be empty (the yuan) or one of {', '.join(CURRENCIES)}",
                    )
                ],
                required=False,
            ),
            "sha256": pa.Column(
                _TEXT,
                checks=[
                    pa.Check.str_matches(
                        r"^[0-9a-f]{64}$", error="must be 64 lowercase hex digits"
                    ),
                ],
            ),
        }
    ),
}


def named_columns(schema: pa.DataFrameSchema) -> tuple[str, ...]:
    """The columns a table must have (an optional one, such as sources' currency, is not)."""
    return tuple(
        name for name, column in schema.columns.items() if not column.regex and column.required
    )


ID_COLUMN = {
    "zones": "zone_id",
    "indicators": "indicator_id",
    "targets": "target_id",
    "observations": "obs_id",
    "sources": "source",
}
