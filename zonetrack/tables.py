"""Plain-text and serialisable views of assessment tables."""

from __future__ import annotations

import json
import math
import unicodedata

import pandas as pd

__all__ = [
    "format_extract_table",
    "format_status_table",
    "format_table",
    "iso_dates",
    "to_json_records",
]

_TABLE_COLUMNS = (
    ("target_id", "target"),
    ("zone_id", "zone"),
    ("status", "status"),
    ("latest_value", "latest"),
    ("target_value", "target value"),
    ("unit", "unit"),
    ("attainment", "attain."),
    ("cagr_ratio", "pace"),
    ("latest_date", "as of"),
    ("deadline", "deadline"),
    ("deadline_passed", "passed"),
)


def iso_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every datetime column as ``YYYY-MM-DD`` strings (nulls stay null)."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = (
                out[column].dt.strftime("%Y-%m-%d").astype(object).where(out[column].notna(), None)
            )
    return out


def _plain(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def to_json_records(frame: pd.DataFrame) -> str:
    """A JSON list of objects, one per row; nulls are ``null``, never ``NaN``."""
    records = [
        {k: _plain(v) for k, v in row.items()} for row in iso_dates(frame).to_dict(orient="records")
    ]
    return json.dumps(records, ensure_ascii=False, indent=1)


def _fmt(value: object, column: str) -> str:
    value = _plain(value)
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if column in ("attainment", "cagr_ratio") and isinstance(value, float):
        return f"{value:.0%}" if column == "attainment" else f"{value:.2f}"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.4g}"
    return str(value)


def format_table(
    frame: pd.DataFrame, columns: tuple[tuple[str, str], ...], numeric: frozenset[str] = frozenset()
) -> str:
    """A fixed-width table of ``columns`` (name, header); ``numeric`` headers align right."""
    frame = iso_dates(frame)
    columns = tuple((c, h) for c, h in columns if c in frame.columns)
    rows = [[_fmt(row[c], c) for c, _ in columns] for _, row in frame.iterrows()]
    headers = [h for _, h in columns]
    widths = [max([_width(h), *(_width(r[i]) for r in rows)]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            _pad(c, w, right=h in numeric) for c, w, h in zip(cells, widths, headers, strict=True)
        ).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _width(text: str) -> int:
    # East Asian wide characters take two terminal columns.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * (width - _width(text))
    return space + text if right else text + space


def format_status_table(frame: pd.DataFrame) -> str:
    """The most-read assessment columns, for a terminal.

    A latest figure that no source states (``latest_derived``) carries ``*`` and a note
    under the table with its ``derived_assumption``.
    """
    derived = frame.get("latest_derived", pd.Series(False, index=frame.index))
    derived = derived.fillna(False).astype(bool)
    shown, notes = frame, []
    if derived.any():
        shown = frame.copy()
        shown["latest_value"] = [
            _fmt(v, "latest_value") + ("*" if d else "")
            for v, d in zip(frame["latest_value"], derived, strict=True)
        ]
        why = frame.get("derived_assumption", pd.Series(None, index=frame.index))
        notes = ["", "* derived, not stated by a source:"] + [
            f"  {t}: {_plain(w) or 'see the derived observation note'}"
            for t, w in zip(frame.loc[derived, "target_id"], why[derived], strict=True)
        ]
    table = format_table(
        shown, _TABLE_COLUMNS, frozenset({"latest", "target value", "attain.", "pace"})
    )
    return "\n".join([table, *notes])


_EXTRACT_COLUMNS = (
    ("start", "at"),
    ("kind", "kind"),
    ("figure", "figure"),
    ("value", "value"),
    ("unit", "unit"),
    ("qualifier", "qualifier"),
    ("deadline", "deadline"),
    ("ref_date", "ref date"),
    ("evidence", "evidence"),
)


def format_extract_table(frame: pd.DataFrame) -> str:
    """Extracted figures for a terminal, evidence last."""
    return format_table(frame, _EXTRACT_COLUMNS, frozenset({"at", "value"}))
