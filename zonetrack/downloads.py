"""The quarter's data as files: CSV, Excel and a Frictionless Data package, byte for byte stable.

:func:`build_downloads` returns ``{file name: bytes}`` for one quarter, from the same
assessment the pages show (every known target, ``docs/method.md`` §1); the
publisher writes them into the quarter's folder with :func:`write_downloads`.
Rendering a quarter twice from the same catalogue gives the same bytes, the Excel
workbook included (fixed document dates and zip entry times).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pandas as pd

from .catalog import Catalog
from .dates import quarter_label
from .pages import METHOD_PAGE, downloads_line, link, page
from .quarter import ZoneQuarter, project_method, zone_quarter

__all__ = [
    "DOWNLOAD_FILES",
    "build_downloads",
    "downloads_key",
    "method_page",
    "quarter_downloads",
    "write_downloads",
]

DOWNLOAD_FILES = ("assessment.csv", "assessment.xlsx", "observations.csv", "datapackage.json")

_NAME_COLUMNS = ("zone_name_en", "zone_name_zh", "indicator_name_en", "indicator_name_zh")
_OBSERVATION_COLUMNS = (
    "obs_id",
    "zone_id",
    "zone_name_en",
    "zone_name_zh",
    "indicator_id",
    "indicator_name_en",
    "indicator_name_zh",
    "value",
    "unit",
    "qualifier",
    "value_canonical",
    "unit_canonical",
    "ref_date",
    "published",
    "source",
    "source_title",
    "evidence",
    "derived_from",
    "note",
)
_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _names(zq: ZoneQuarter, frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for lang in ("en", "zh"):
        out[f"zone_name_{lang}"] = [zq.zone_name(z, lang) for z in frame["zone_id"]]
        out[f"indicator_name_{lang}"] = [zq.indicator_name(i, lang) for i in frame["indicator_id"]]
    return out


def assessment_frame(zq: ZoneQuarter) -> pd.DataFrame:
    """One row per target: ``as_of``, ids and names in both languages, every column of
    ``zonetrack status``, then the target's source."""
    a = _names(zq, zq.assessment)
    a.insert(0, "as_of", zq.as_of)
    a["source"] = [zq.targets[t]["source"] for t in a["target_id"]]
    first = ["as_of", "target_id", "zone_id", "zone_name_en", "zone_name_zh", "indicator_id"]
    first += ["indicator_name_en", "indicator_name_zh"]
    return a[first + [c for c in a.columns if c not in first]]


def observations_frame(zq: ZoneQuarter) -> pd.DataFrame:
    """The figures visible at the as-of date (§1.1, §1.2) with their evidence and source."""
    obs = _names(zq, zq.observations)
    titles = {name: row.get("title") for name, row in zq.sources.items()}
    obs["source_title"] = obs["source"].map(titles)
    obs = obs.sort_values(["zone_id", "indicator_id", "ref_date", "obs_id"], kind="stable")
    return obs[list(_OBSERVATION_COLUMNS)].reset_index(drop=True)


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates as ``YYYY-MM-DD``, booleans as ``true``/``false``, nulls empty."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_datetime64_any_dtype(series):
            out[column] = series.dt.strftime("%Y-%m-%d").where(series.notna(), None)
        elif pd.api.types.is_bool_dtype(series):
            out[column] = series.map({True: "true", False: "false"})
    return out


def _csv(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    _plain(frame).to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return buffer.getvalue().encode("utf-8")


def _xlsx(frame: pd.DataFrame, sheet: str, when: datetime) -> bytes:
    """The frame as a one-sheet workbook: openpyxl in write-only mode, dates as
    ``yyyy-mm-dd``, the header row and first column frozen.

    openpyxl spends some 25 µs on each cell; a national quarter has hundreds of thousands.
    Rows of plain values (text, numbers, booleans, dates, blanks) are therefore written by
    :func:`_sheet_row` as openpyxl writes them (its ElementTree writer, used when lxml is not
    installed), byte for byte (a test compares the two), and
    spliced into the sheet openpyxl wrote with the header and the first row.
    """
    from openpyxl import LXML, Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.freeze_panes = "B2"
    dates = [pd.api.types.is_datetime64_any_dtype(frame[c]) for c in frame.columns]
    rows = [[_cell(v) for v in row] for row in frame.itertuples(index=False)]
    style = None
    if any(v is not None for row in rows for v, d in zip(row, dates, strict=True) if d):
        # Registered as openpyxl registers it for a date cell (its default format first).
        styled = WriteOnlyCell(ws, value=datetime(2000, 1, 1))
        styled.number_format = "yyyy-mm-dd"
        style = styled.style_id

    def date_cell(value: object) -> object:
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell

    def value_cell(value: object, date: bool) -> object:
        if date and value is not None:
            return date_cell(value)
        if isinstance(value, str) and value.startswith("="):
            # Text from the catalogue (a name, a note) is text: openpyxl would store it as
            # a formula, which a spreadsheet runs when a reader opens the download.
            cell = WriteOnlyCell(ws, value=value)
            cell.data_type = "s"
            return cell
        return value

    ws.append(list(frame.columns))
    columns = [(get_column_letter(i), d) for i, d in enumerate(dates, start=1)]
    written = [_sheet_row(i, row, columns, style) for i, row in enumerate(rows[1:], start=3)]
    # With lxml openpyxl writes through another serialiser; then it writes every row.
    fast = not LXML and all(x is not None for x in written)
    for row in rows if not fast else rows[:1]:
        ws.append([value_cell(v, d) for v, d in zip(row, dates, strict=True)])
    # The workbook's own dates are the as-of date, not the time it was written.
    wb.properties.created = when
    wb.properties.modified = when
    wb.properties.creator = "zonetrack"
    raw = io.BytesIO()
    wb.save(raw)
    rest = "".join(str(x) for x in written).encode("utf-8") if fast else b""
    return _stable_zip(raw.getvalue(), when, rest)


def _sheet_row(
    number: int, values: list, columns: list[tuple[str, bool]], style: int | None
) -> str | None:
    """Row ``number`` of a sheet as openpyxl's write-only mode writes it (every text a text
    cell, even one that starts with ``=``), or None for a value only openpyxl should write
    (a character XML cannot hold, a non-finite number,
    a date with a time zone or in a column not of dates, any other type). ``columns`` are
    the column letters, each with whether it holds dates."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils.datetime import to_excel

    cells = []
    for value, (letter, date) in zip(values, columns, strict=True):
        if value is None:
            continue
        ref = f"{letter}{number}"
        if isinstance(value, bool):
            cells.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, int | float) and math.isfinite(value):
            cells.append(f'<c r="{ref}" t="n"><v>{value:.16g}</v></c>')
        elif isinstance(value, datetime) and date and value.tzinfo is None:
            serial = f"{to_excel(value):.16g}"
            cells.append(f'<c r="{ref}" s="{style}" t="n"><v>{serial}</v></c>')
        elif isinstance(value, str) and not (
            len(value) > 32767 or ILLEGAL_CHARACTERS_RE.search(value)
        ):
            if not value:
                cells.append(f'<c r="{ref}" t="inlineStr" />')
                continue
            stripped = value.strip()  # as openpyxl.xml.functions.whitespace decides
            space = ' xml:space="preserve"' if stripped and value != stripped else ""
            text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t{space}>{text}</t></is></c>')
        else:
            return None
    return f'<row r="{number}">{"".join(cells)}</row>'


def _cell(value: object) -> object:
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if hasattr(value, "item"):
        return value.item()
    return value


def _stable_zip(data: bytes, when: datetime, rows: bytes = b"") -> bytes:
    """The same workbook with every zip entry dated 1980-01-01 and the document's
    ``modified`` date (which openpyxl sets to the time of saving) set to ``when``;
    ``rows`` (sheet XML) are added at the end of the first sheet's data."""
    out = io.BytesIO()
    stamp = f"{when:%Y-%m-%dT%H:%M:%SZ}".encode()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp + rb"\g<2>",
                    content,
                )
            if rows and info.filename == "xl/worksheets/sheet1.xml":
                before, end, after = content.partition(b"</sheetData>")
                content = before + rows + end + after
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, content)
    return out.getvalue()


_TYPES = {"b": "boolean", "i": "integer", "f": "number", "M": "date"}


def _schema(frame: pd.DataFrame, key: str) -> dict:
    fields = [{"name": c, "type": _TYPES.get(frame[c].dtype.kind, "string")} for c in frame.columns]
    return {"fields": fields, "primaryKey": [key]}


def _descriptor(zq: ZoneQuarter, files: dict[str, bytes], frames: dict[str, pd.DataFrame]) -> dict:
    import hashlib

    def resource(name: str, path: str, fmt: str, key: str, title: str) -> dict:
        data = files[path]
        mediatype = {
            "csv": "text/csv",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }[fmt]
        out = {
            "name": name,
            "path": path,
            "title": title,
            "format": fmt,
            "mediatype": mediatype,
            "bytes": len(data),
            "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "schema": _schema(frames[name.split("-")[0]], key),
        }
        if fmt == "csv":
            out["encoding"] = "utf-8"
        return out

    label = quarter_label(zq.year, zq.quarter)
    return {
        "name": f"zonetrack-{label.lower()}",
        "title": f"zonetrack assessment {label} (as of {zq.as_of:%Y-%m-%d})",
        "description": "Every target known at the as-of date, assessed as docs/method.md says, "
        "and the figures visible at that date with their evidence and source.",
        "version": label,
        "created": f"{zq.as_of:%Y-%m-%d}T00:00:00Z",
        "resources": [
            resource(
                "assessment", "assessment.csv", "csv", "target_id", "Assessment, one row per target"
            ),
            resource(
                "assessment-xlsx", "assessment.xlsx", "xlsx", "target_id", "The assessment as Excel"
            ),
            resource(
                "observations",
                "observations.csv",
                "csv",
                "obs_id",
                "Figures visible at the as-of date",
            ),
        ],
    }


def method_page(lang: str = "en") -> bytes | None:
    """``docs/method.md`` as a self-contained page, each § heading an anchor (``#s3-1``)."""
    text = project_method()
    if text is None:
        return None
    import mistune

    body = str(mistune.html(text))

    def with_id(match: re.Match[str]) -> str:
        level, number = match.group(1), match.group(2)
        return f'<h{level} id="s{number.rstrip(".").replace(".", "-")}">§{number}'

    body = re.sub(r"<h(\d)>§([\d.]+)", with_id, body)
    nav = f"{link('../index.html', 'all quarters')} · {link('index.html', 'quarter')}"
    crumbs = f'<nav class="crumbs">{nav}</nav>'
    body = crumbs + downloads_line(lang) + body
    return page("zonetrack: how targets are assessed", body, lang).encode("utf-8")


def _data_files(catalog: Catalog, year: int, quarter: int) -> dict[str, bytes]:
    """:data:`DOWNLOAD_FILES`, built from the catalogue."""
    zq = zone_quarter(catalog, year, quarter, "all")
    frames = {"assessment": assessment_frame(zq), "observations": observations_frame(zq)}
    when = datetime(zq.as_of.year, zq.as_of.month, zq.as_of.day)
    files = {
        "assessment.csv": _csv(frames["assessment"]),
        "assessment.xlsx": _xlsx(frames["assessment"], "assessment", when),
        "observations.csv": _csv(frames["observations"]),
    }
    descriptor = _descriptor(zq, files, frames)
    files["datapackage.json"] = (
        json.dumps(descriptor, ensure_ascii=False, indent=1) + "\n"
    ).encode("utf-8")
    return files


def _with_method(files: dict[str, bytes]) -> dict[str, bytes]:
    method = method_page()
    if method is not None:
        files[METHOD_PAGE] = method
    return files


def build_downloads(catalog: Catalog, year: int, quarter: int) -> dict[str, bytes]:
    """The quarter's files: ``assessment.csv``, ``assessment.xlsx``, ``observations.csv``,
    ``datapackage.json`` and, when the method is at hand, ``method.html``."""
    return _with_method(_data_files(catalog, year, quarter))


def downloads_key(catalog_sha256: str, year: int, quarter: int) -> str:
    """The cache key of a quarter's data files: what they are a pure function of.

    The catalogue's hash (every file of ``data/`` and ``seeds/``), the quarter, zonetrack's
    version and code (:func:`zonetrack.cache.files_key`), and the libraries that write the
    bytes (pandas and numpy for the CSV files; openpyxl, whether it writes through lxml, and
    zlib for the workbook; the Python that formats their numbers). The files hold no language.
    """
    import platform
    import zlib
    from importlib.metadata import version

    import numpy as np
    from openpyxl import LXML

    from .cache import files_key

    # The workbook is a zip (zlib compresses it) of numbers formatted by numpy and Python:
    # a cache shared between machines serves only bytes this machine would write.
    libraries = (
        f"pandas {pd.__version__}; numpy {np.__version__}; openpyxl {version('openpyxl')}; "
        f"lxml {bool(LXML)}; zlib {zlib.ZLIB_RUNTIME_VERSION}; "
        f"python {platform.python_implementation()} {platform.python_version()}"
    )
    return files_key("downloads", catalog_sha256, quarter_label(year, quarter), libraries)


def quarter_downloads(
    catalog: Catalog,
    year: int,
    quarter: int,
    catalog_sha256: str,
    build: Callable[[Catalog, int, int], dict[str, bytes]] = _data_files,
) -> dict[str, bytes]:
    """:func:`build_downloads`, with the data files taken from the user's cache when a
    sound entry holds them under :func:`downloads_key` (each file checked against its
    SHA-256), else built by ``build`` and cached. ``catalog_sha256`` must be the hash of
    the files ``catalog`` was read from (the manifest's ``catalog_sha256``). The method page
    is built each time (it is small and follows the package's ``method.md``)."""
    from .cache import read_cached_files, write_cached_files

    key = downloads_key(catalog_sha256, year, quarter)
    files = read_cached_files("downloads", key)
    if files is None or sorted(files) != sorted(DOWNLOAD_FILES):
        files = build(catalog, year, quarter)
        write_cached_files("downloads", key, files)
    return _with_method(dict(files))


def write_downloads(catalog: Catalog, year: int, quarter: int, folder: str | Path) -> list[str]:
    """Write :func:`build_downloads` into ``folder`` (a staging folder); return the names."""
    folder = Path(folder)
    files = build_downloads(catalog, year, quarter)
    for name, data in files.items():
        (folder / name).write_bytes(data)
        os.chmod(folder / name, 0o644)
    return list(files)
