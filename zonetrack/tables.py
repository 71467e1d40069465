"""Plain-text and serialisable views of assessment tables."""

from __future__ import annotations

import json
import math

import pandas as pd

__all__ = ["format_status_table", "iso_dates", "to_json_records"]

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
    if column in ("attainment", "cagr_ratio") and isinstance(value, float):
        return f"{value:.0%}" if column == "attainment" else f"{value:.2f}"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.4g}"
    return str(value)


def format_status_table(frame: pd.DataFrame) -> str:
    """A fixed-width table of the most-read assessment columns, for a terminal."""
    frame = iso_dates(frame)
    columns = [(c, h) for c, h in _TABLE_COLUMNS if c in frame.columns]
    rows = [[_fmt(row[c], c) for c, _ in columns] for _, row in frame.iterrows()]
    headers = [h for _, h in columns]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    numeric = {"latest", "target value", "attain.", "pace"}

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if h in numeric else c.ljust(w)
            for c, w, h in zip(cells, widths, headers, strict=True)
        ).rstrip()

    out = [line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    return "\n".join(out)
