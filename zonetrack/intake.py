"""Bringing a new document into the catalogue as a seed.

:func:`add_source` stores a document in ``seeds/`` (HTML reduced to text) and appends its
row, with the sha256 of the stored bytes, to ``seeds/sources.csv``. It names the seed
(``NNN_<digest>.txt``), detects the document's language (:func:`detect_language`), asks the
currency of amounts that may not be in yuan and of a page that writes as a Taiwan, Hong Kong or
Macao one (:func:`find_local_writing`), and takes the publication date as stated only
when the document states it (:func:`states_date`).

Like the other intake commands (:mod:`zonetrack.draft`), it checks the would-be catalogue
with the project's validation first and writes nothing unless it is valid, through
:mod:`zonetrack.writing` (append only, each file replaced atomically, under the catalogue's
write lock).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import config
from .dates import parse_date
from .exceptions import CatalogError, DataError, UsageError
from .extract import extract_figures, read_document
from .files import read_table
from .issuedates import find_page_day
from .schemas import DATE_KINDS
from .writing import (
    append_rows,
    read_header,
    under_catalog_lock,
    validate_with_new_files,
    write_atomic,
)
from .writtenunits import check_currency

__all__ = [
    "LANGUAGES",
    "AddedSource",
    "add_source",
    "detect_language",
    "find_local_writing",
    "find_unnamed_amount",
    "states_date",
]

LANGUAGES = ("zh-Hans", "zh-Hant", "en", "mixed")
# The columns of a sources.csv row that add_source takes from its arguments of that name.
_SOURCE_ARGUMENTS = frozenset(
    {"title", "publisher", "published", "published_basis", "url", "language", "retrieved"}
)

# Characters that differ between simplified and traditional Chinese (same position, same
# word): enough to tell the two scripts apart in a page of text.
_SIMPLIFIED = "们这个国发来时会说对开关区与经过业为两万亿实现产学产术创计划领导书门东车长头"
_TRADITIONAL = "們這個國發來時會說對開關區與經過業為兩萬億實現產學產術創計劃領導書門東車長頭"


# --- add-source ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddedSource:
    """What :func:`add_source` stored.

    Attributes
    ----------
    name : str
        The seed's file name in ``seeds/`` (the ``source`` of its figures).
    sha256 : str
        Of the stored bytes.
    language : str
        As given, or as detected from the text.
    ignored : tuple of str
        Arguments given that ``sources.csv`` has no column for.
    """

    name: str
    sha256: str
    language: str
    ignored: tuple[str, ...] = ()


def detect_language(text: str) -> str:
    """``zh-Hans``, ``zh-Hant``, ``en`` or ``mixed`` from the characters of ``text``."""
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = len(re.findall(r"[A-Za-z]{2,}", text))
    if han < 20 and latin:
        return "en"
    simplified = sum(text.count(ch) for ch in _SIMPLIFIED)
    traditional = sum(text.count(ch) for ch in _TRADITIONAL)
    script = "zh-Hant" if traditional > simplified else "zh-Hans"
    # A page that carries a full English text beside the Chinese one is mixed.
    return "mixed" if latin > han / 4 else script


def find_unnamed_amount(text: str, language: str) -> str | None:
    """The first amount of ``text`` whose currency the source must give, if it may not be yuan.

    An amount written 元 or $ alone takes the source's currency. That is the yuan in a
    mainland text, so it is asked for only when the text points elsewhere: it is written in
    traditional Chinese, names the Hong Kong or Taiwan dollar or the pataca elsewhere, or
    writes a bare $.
    The figures that take the source's currency are found by reading the text in two
    currencies and keeping those whose unit changes, so the rule of which spellings name no
    currency stays in one place (the figure reader).
    """
    as_yuan = extract_figures(text, None, None)
    as_other = extract_figures(text, None, "TWD")
    # Figures are matched by their line and words: the two readings date some apart.
    both = as_yuan.merge(as_other, on=["start", "figure", "value"], suffixes=("", "_other"))
    unnamed = both[both["unit"] != both["unit_other"]]
    if unnamed.empty:
        return None
    local = as_yuan["unit"].isin(("HKD", "TWD", "MOP")).any()
    if not (language == "zh-Hant" or local):
        # Only a bare $ raises the question in a mainland or English text: quote it, not
        # the 元 before it, which is the yuan there.
        unnamed = unnamed[unnamed["unit"] == "USD"]
    if unnamed.empty:
        return None
    first = unnamed.iloc[0]
    figure, sign = str(first["figure"]), str(first["unit_text"] or "")
    return figure if sign in figure else sign + figure  # "$" is read before the number


# What only a Taiwan, Hong Kong or Macao page writes: a Republic of China year (民國115年), a
# three-digit year with its month and day (115年3月6日) or on a date line (發布日期：115年3月):
# no mainland page dates that way, while 成立120年3月 (an anniversary) is no date at all; or
# the territories' own currencies named (MOP as a word: MOPS is a market's name).
_ROC_DATE = re.compile(
    r"民國\s*\d{2,3}\s*年"
    r"|(?<![\d.,])1[0-4]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日號号]"
    r"|(?<=日期|時間)\s*[：:]\s*(1[0-4]\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日號号])?)"
)
_LOCAL_CURRENCY = re.compile(
    r"新臺幣|新台幣|NT\$|港幣|港元|HK\$|澳門元|澳門幣|(?<![A-Za-z])MOP(?:\$|(?![A-Za-z]))"
)


def find_local_writing(text: str, language: str) -> str | None:
    """What in a traditional-Chinese ``text`` shows it may be a Taiwan, Hong Kong or Macao
    page, whose currency must be given even when every amount names its own: a Republic of
    China date (民國115年, 115年3月6日, or 發布日期/發布時間：115年3月) or a local currency
    (新臺幣, NT$, 港幣, HK$, 澳門元, MOP).

    The currency decides more than 元 alone: a Taiwan source's 115年 is 2026, and its
    financial years end as its government counts them, so reading such a page as a yuan
    source dates its goals and facts wrongly.
    """
    if language != "zh-Hant":
        return None
    found = [m for m in (_ROC_DATE.search(text), _LOCAL_CURRENCY.search(text)) if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return first[first.lastindex or 0]  # a date line's date, not its label


def _seed_name(seeds_dir: Path, data: bytes, listed: set[str]) -> str:
    """``NNN_<first 16 hex digits of the sha256>.txt``, NNN one past the highest in use.

    A file of that content already in the folder but not listed (left by an interrupted
    run) is taken over under its name.
    """
    digest = hashlib.sha256(data).hexdigest()[:16]
    highest = -1
    for path in seeds_dir.glob("*"):
        match = re.match(r"(\d+)_", path.name)
        if match:
            if path.name.endswith(f"_{digest}.txt") and path.name not in listed:
                if path.read_bytes() == data:
                    return path.name
            highest = max(highest, int(match[1]))
    return f"{highest + 1:03d}_{digest}.txt"


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def states_date(text: str, published: str, currency: str | None = None) -> bool:
    """Whether ``text`` writes the date ``published`` (``YYYY-MM`` or ``YYYY-MM-DD``).

    The usual spellings: 2025年7月10日 (also with 07), 2025-07-10, 2025/7/10, 2025.7.10,
    July 10, 2025 and 10 July 2025; full-width digits and spaces inside a date are allowed.
    In a Taiwan source (``currency`` TWD) the year may be the Republic of China's
    (115年3月6日, 民國115年3月6日, 115/3/6 for 2026-03-06). A year or a quarter alone is never
    taken as stated.
    """
    parts = published.strip().split("-")
    # A bare year is on nearly every page (as a deadline, a base year): it proves nothing.
    if not all(p.isdigit() for p in parts) or not 2 <= len(parts) <= 3:
        return False
    year, month = int(parts[0]), int(parts[1])
    day = int(parts[2]) if len(parts) == 3 else None
    if not 1 <= month <= 12:
        return False
    name = _MONTHS[month - 1]
    folded = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
    pad = r"0?"
    # A Taiwan source may write its year as the Republic of China's (1911 years on).
    years = f"(?:{year}|(?:民國\\s?)?{year - 1911})" if currency == "TWD" else str(year)
    if day is None:
        patterns = [
            rf"(?<!\d){years}\s?年\s?{pad}{month}\s?月",
            rf"(?<!\d){years}[-/.]{pad}{month}(?!\d)",
            rf"\b{name}\s+{year}(?!\d)",
        ]
    else:
        patterns = [
            rf"(?<!\d){years}\s?年\s?{pad}{month}\s?月\s?{pad}{day}\s?日",
            rf"(?<!\d){years}[-/.]{pad}{month}[-/.]{pad}{day}(?!\d)",
            rf"\b{name}\s+{pad}{day},?\s+{year}(?!\d)",
            rf"(?<!\d){pad}{day}\s+{name},?\s+{year}(?!\d)",
        ]
    return any(re.search(p, folded, flags=re.IGNORECASE) for p in patterns)


def _check_page_date(text: str, published: str, basis: str, currency: str | None) -> None:
    """Refuse a publication date called stated that the page's own date line contradicts and
    the page does not write anywhere.

    The extractor reads 目前, 去年 and 明年 by the page's date line, and the catalogue shows
    the page's rows from ``published`` on. A page writes many dates, and an update line, a
    link to a later article or an event may come after its publication date: a date the
    page writes may be the stated one, so only a date it does not write is refused.
    """
    if not basis.lower().startswith("stated") or states_date(text, published, currency):
        return  # a bound is not the page's day, and says so
    # A date line may give only a month (发布时间：2026年10月): a stated day of that month
    # agrees with it, one of another month does not; a stated month or year agrees with a
    # date line within it.
    page_date = find_page_day(text, currency or "CNY")
    stated = published.strip()
    if page_date and not (page_date.startswith(stated) or stated.startswith(page_date)):
        raise UsageError(
            f"the page's own date line says {page_date}, and the page does not write "
            f"{published.strip()}; give the date it states, or say how yours is known with a "
            "basis that is not 'stated' (e.g. 'upper bound: …')",
            argument="published",
            value=published,
        )


def _ask_currency(text: str, language: str) -> None:
    """Refuse to guess the currency of a page whose amounts or years may not be the yuan's."""
    unnamed = find_unnamed_amount(text, language)
    if unnamed is not None:
        # Read as the yuan, a Taiwan dollar amount would be more than four times too
        # large in every verdict built on it: ask rather than guess.
        raise UsageError(
            f"the document writes {unnamed!r} without naming its currency and is likely "
            "not in yuan; say which currency such amounts are in ('HKD', 'TWD', ..., "
            "or 'CNY' for the yuan)",
            argument="currency",
        )
    local = find_local_writing(text, language)
    if local is not None:
        # A seed's currency is never changed afterwards: ask before storing it.
        raise UsageError(
            f"the document writes {local!r}, as a Taiwan, Hong Kong or Macao page does; say "
            "which currency it is in ('TWD', 'HKD', 'MOP', or 'CNY' for the yuan): it also "
            "decides how its years are read (115年 is 2026 in a Taiwan source)",
            argument="currency",
        )


def _require_text(name: str, value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        raise UsageError("must not be empty", argument=name, value=value)
    if any(ch in text for ch in "\r\n\x00"):
        raise UsageError("must be one line", argument=name, value=value)
    return text


def _require_date(name: str, value: str) -> str:
    value = value.strip()
    try:
        parse_date(value)
    except DataError as exc:
        raise UsageError(exc.reason, argument=name, value=value) from None
    return value


@under_catalog_lock
def add_source(
    file: str | Path,
    title: str,
    publisher: str,
    published: str,
    published_basis: str | None = None,
    url: str | None = None,
    language: str | None = None,
    retrieved: str | None = None,
    data_dir: str | Path | None = None,
    seeds_dir: str | Path | None = None,
    currency: str | None = None,
) -> AddedSource:
    """Store a document as a seed and append its row to ``sources.csv``.

    Parameters
    ----------
    file : path
        A UTF-8 text or HTML file (HTML is stored as its text: the stored text is what
        evidence is checked against).
    title, publisher : str
        As the document gives them (``publisher`` may be "not stated").
    published : str
        ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYYQn``, as precisely as the page supports.
    published_basis : str, optional
        How the date is known, starting with one of :data:`~zonetrack.schemas.DATE_KINDS`.
        Left out, it is "stated in the document" if the document states ``published``
        (see :func:`states_date`); otherwise a :class:`UsageError`.
    url, retrieved : str, optional
        Written only if ``sources.csv`` has these columns (``retrieved`` defaults to today).
    language : str, optional
        One of :data:`LANGUAGES`; detected from the text when not given.
    data_dir, seeds_dir : path, optional
        The catalogue (default: the project's).
    currency : str, optional
        The document's own currency (``HKD`` for a Hong Kong page, ``TWD`` for a Taiwan
        one): 元 written without a currency name means it. Empty or None: the yuan. The
        language does not decide it (traditional Chinese is written in Taiwan, Hong Kong and
        Macao alike).

    Raises
    ------
    UsageError
        For a bad argument.
    DataError
        For an unreadable, binary or empty file, or a document already stored.
    CatalogError
        If the catalogue with the new source would not validate (nothing is written).
    """
    data, seeds = config.data_dir(data_dir), config.seeds_dir(seeds_dir)
    values = {
        "title": _require_text("title", title),
        "publisher": _require_text("publisher", publisher),
        "published": _require_date("published", _require_text("published", published)),
    }
    if language is not None and language not in LANGUAGES:
        raise UsageError(
            f"must be one of {', '.join(LANGUAGES)}", argument="language", value=language
        )
    if url is not None and not re.match(r"^https?://\S+$", url.strip()):
        raise UsageError("must be an http:// or https:// address", argument="url", value=url)
    if retrieved is not None:
        _require_date("retrieved", retrieved)
        if parse_date(retrieved.strip()) > pd.Timestamp(dt.date.today()):
            # The day the document was saved cannot be later than the day it is stored.
            raise UsageError(
                f"{retrieved.strip()} is in the future", argument="retrieved", value=retrieved
            )
    currency = check_currency(currency.strip() if currency else None)

    path = Path(file)
    text = read_document(path)
    if not text.strip():
        raise DataError("the document has no text", file=str(path))
    stored = text.encode("utf-8")
    digest = hashlib.sha256(stored).hexdigest()
    if currency is None:
        _ask_currency(text, language or detect_language(text))
    if published_basis is None:
        # "stated" is a claim about the page; make it only when the page bears it out.
        if not states_date(text, values["published"], currency):
            raise UsageError(
                f"the document does not state {values['published']}; say how the date is "
                f"known, starting with {', '.join(map(repr, DATE_KINDS))} "
                "(e.g. 'lower bound: the earliest copy found')",
                argument="published_basis",
            )
        published_basis = "stated in the document"
    values["published_basis"] = _require_text("published_basis", published_basis)
    _check_page_date(text, values["published"], values["published_basis"], currency)

    sources_path = seeds / config.SOURCES_FILE
    header = read_header(sources_path)
    existing = read_table(sources_path, str(sources_path)).frame
    if "sha256" in existing:
        same = existing[existing["sha256"] == digest]
        if not same.empty:
            raise DataError(
                f"this document is already a seed, under the name {same.iloc[0]['source']!r}",
                file=str(path),
            )
    listed = set(existing["source"]) if "source" in existing else set()
    name = _seed_name(seeds, stored, listed)
    values |= {
        "source": name,
        "language": language or detect_language(text),
        "sha256": digest,
    }
    if "currency" in header:
        values["currency"] = "" if currency in (None, "CNY") else str(currency)
    elif currency not in (None, "CNY"):
        # Ignored, its figures would be read as yuan: refuse rather than lose it.
        raise UsageError(
            f"{sources_path} has no currency column: add one (empty for the rows there) "
            "before adding a source in another currency than the yuan",
            argument="currency",
            value=currency,
        )
    ignored = []
    given = {"url": url, "retrieved": retrieved}
    defaults = {"url": "", "retrieved": dt.date.today().isoformat()}
    for column, value in given.items():
        if column in header:
            values[column] = (value or defaults[column]).strip()
        elif value:
            ignored.append(column)

    seed_path = seeds / name
    old_sources = sources_path.read_bytes()
    new_sources = append_rows(old_sources, header, [values])
    problems, _ = validate_with_new_files(
        data, seeds, {seed_path: stored, sources_path: new_sources}
    )
    # A problem of the new row is one of the arguments (a basis of the wrong kind, a date
    # after the retrieval), not of a line the user can open: say which argument.
    new_line = old_sources.rstrip(b"\r\n").count(b"\n") + 2
    for problem in problems:
        if (
            Path(problem.file).name == config.SOURCES_FILE
            and problem.row == new_line
            and problem.column in _SOURCE_ARGUMENTS
        ):
            raise UsageError(problem.message, argument=problem.column, value=problem.value)
    if problems:
        raise CatalogError(problems)
    # The seed first: a kill between the two leaves an unlisted seed, which validation
    # reports and a second run of the same command takes over (see _seed_name).
    if not (seed_path.exists() and seed_path.read_bytes() == stored):
        write_atomic(seed_path, stored)
    write_atomic(sources_path, new_sources)
    return AddedSource(name, digest, values["language"], tuple(ignored))
