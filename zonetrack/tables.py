"""Plain-text and serialisable views of assessment tables."""

from __future__ import annotations

import json
import math
import unicodedata

import pandas as pd

__all__ = [
    "format_extract_table",
    "format_status",
    "format_status_table",
    "format_table",
    "iso_dates",
    "spreadsheet_safe",
    "to_json_records",
]

# `zonetrack status --wide`: every column people read most, names in full.
_WIDE_COLUMNS = (
    ("target_id", "target"),
    ("name", "name"),
    ("status", "status"),
    ("latest_value", "latest"),
    ("target_value", "target value"),
    ("unit", "unit"),
    ("attainment", "attain."),
    ("cagr_ratio", "pace ratio"),
    ("latest_date", "as of"),
    ("deadline", "deadline"),
    ("deadline_passed", "passed"),
)
# The default: what fits 80 columns, the name shortened to the room left.
_NARROW_COLUMNS = (
    ("target_id", "target"),
    ("name", "name"),
    ("status", "status"),
    ("attainment", "attain."),
    ("cagr_ratio", "pace ratio"),
    ("deadline_passed", "passed"),
)
_NUMERIC = frozenset({"latest", "target value", "attain.", "pace ratio"})
STATUS_WIDTH = 80


def iso_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every datetime column as ``YYYY-MM-DD`` strings (nulls stay null).

    The copy carries no ``attrs``: pandas deep-copies them with every column it touches,
    and a national assessment's names (``attrs["names"]``) are thousands of strings.
    """
    out = pd.DataFrame(frame, copy=True)
    out.attrs = {}
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


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """One plain dict per row, dates as ISO strings, nulls as None (never ``NaN``)."""
    return [
        {str(k): _plain(v) for k, v in row.items()}
        for row in iso_dates(frame).to_dict(orient="records")
    ]


def to_json_records(frame: pd.DataFrame) -> str:
    """A JSON list of objects, one per row; nulls are ``null``, never ``NaN``."""
    return json.dumps(_records(frame), ensure_ascii=False, indent=1)


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


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` terminal columns (CJK characters count two)."""
    lines, line = [], ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if line and _width(candidate) > width:
            lines.append(line)
            candidate = "    " + word
        line = candidate
    return [*lines, line]


def _shorten(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out = ""
    for ch in text:
        if _width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def format_status_table(frame: pd.DataFrame, wide: bool = False, width: int = STATUS_WIDTH) -> str:
    """The assessment for a terminal, with target names (``frame.attrs["names"]``, by id).

    By default the table fits ``width`` columns, names shortened; ``wide`` shows every column
    and the names in full.
    """
    names = frame.attrs.get("names", {})
    shown = frame.assign(name=[names.get(t, "") for t in frame["target_id"]])
    # A latest figure that no source states (``latest_derived``) carries ``*`` and a note
    # under the table with its ``derived_assumption``.
    derived = frame.get("latest_derived", pd.Series(False, index=frame.index))
    derived = derived.fillna(False).astype(bool)
    notes: list[str] = []
    if derived.any():
        shown["latest_value"] = [
            _fmt(v, "latest_value") + ("*" if d else "")
            for v, d in zip(frame["latest_value"], derived, strict=True)
        ]
        why = frame.get("derived_assumption", pd.Series(None, index=frame.index))
        notes = ["", "* derived, not stated by a source:"]
        for t, w in zip(frame.loc[derived, "target_id"], why[derived], strict=True):
            note = f"  {t}: {_plain(w) or 'see the derived observation note'}"
            # The narrow table fits the terminal; so do its notes (wide: one line each).
            notes += [note] if wide else _wrap(note, width)
    if wide:
        return "\n".join([format_table(shown, _WIDE_COLUMNS, _NUMERIC), *notes])
    # The narrow table has no room for values: the mark stands on the target's id.
    shown["target_id"] = [
        t + ("*" if d else "") for t, d in zip(frame["target_id"], derived, strict=True)
    ]
    # Rows of one zone would all start with its (often long) name, and be cut before the
    # indicator that tells them apart: the zone goes on a line of its own above its rows.
    parts = [str(n).partition(" · ") for n in shown["name"]]
    zones = [zone if sep else "" for zone, sep, _ in parts]
    shown["name"] = [rest if sep else zone for zone, sep, rest in parts]
    # The room for names: the width less every other column and the gaps between them.
    others = format_table(shown.drop(columns="name"), _NARROW_COLUMNS, _NUMERIC)
    used = max((_width(line) for line in others.splitlines()), default=0)
    room = max(width - used - 2, 12)
    shown["name"] = [_shorten(n, room) for n in shown["name"]]
    header, rule, *rows = format_table(shown, _NARROW_COLUMNS, _NUMERIC).splitlines()
    lines, previous = [header, rule], None
    for zone, row in zip(zones, rows, strict=True):
        if zone and zone != previous:
            lines.append(_shorten(zone, width))
        previous = zone
        lines.append(row)
    return "\n".join([*lines, *notes])


def format_status(frame: pd.DataFrame, fmt: str = "table", wide: bool = False) -> str:
    """``zonetrack status`` output: ``table``, ``csv`` or ``json``.

    ``csv`` has the assessment's columns after ``as_of``. ``json`` is one object: the
    date assessed (``frame.attrs["as_of"]``), the zone view (``zone``, ``only``) and
    ``targets``, one object per target; so an answer with no targets still says which
    date and view it is the answer for.
    """
    as_of = frame.attrs.get("as_of")
    stamped = frame.copy()
    if fmt == "csv":
        if as_of is not None:
            stamped.insert(0, "as_of", pd.Timestamp(as_of))
        return iso_dates(stamped).to_csv(index=False, lineterminator="\n")
    if fmt == "json":
        head = {
            "as_of": None if as_of is None else pd.Timestamp(as_of).strftime("%Y-%m-%d"),
            "zone": frame.attrs.get("zone", "all"),
            "only": bool(frame.attrs.get("only", False)),
        }
        document = {**head, "targets": _records(stamped)}
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    if frame.empty:
        # A header over nothing reads like a failure: say what the answer is.
        where = frame.attrs.get("zone", "all")
        view = "any zone" if where == "all" else f"zone {where!r}"
        day = "" if as_of is None else f" at {pd.Timestamp(as_of):%Y-%m-%d}"
        return f"no target of {view} is known{day}\n"
    return format_status_table(frame, wide=wide) + "\n"


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
    """Extracted figures for a terminal, evidence last but for how a date was read (a
    financial year, a Republic of China year, a day that does not exist) when any was."""
    columns: tuple[tuple[str, str], ...] = _EXTRACT_COLUMNS
    if "date_note" in frame.columns and frame["date_note"].notna().any():
        columns = (*columns, ("date_note", "date note"))
    return format_table(frame, columns, frozenset({"at", "value"}))


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells a spreadsheet will not run as formulas (see ``neutralise_cell``)."""
    from .writing import neutralise_cell

    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(lambda v: neutralise_cell(v) if isinstance(v, str) else v)
    return out
