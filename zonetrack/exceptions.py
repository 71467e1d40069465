"""Exceptions raised by zonetrack.

Every error carries its context (file, row, column, value) as attributes and
builds its message from them, so callers can both print it and act on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "CONTROL_PATTERN",
    "EVIDENCE_CONTROL_PATTERN",
    "CatalogError",
    "DataError",
    "Problem",
    "PublishError",
    "ReportError",
    "ReportWarning",
    "UsageError",
    "VersionError",
    "ZonetrackError",
    "escape_controls",
]


# Characters no catalogue field may hold: C0 and C1 controls (NUL, tab, newline, ...), DEL,
# the Unicode line and paragraph separators,
# and the bidirectional overrides and isolates that make text display other than it reads.
CONTROL_PATTERN = r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
# The same but the tab, which evidence alone may hold: a verbatim quote of a table pasted from
# a spreadsheet, whose cells tabs set off (a tab prints as the white space it is).
EVIDENCE_CONTROL_PATTERN = r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
_CONTROL_RE = re.compile(CONTROL_PATTERN)


def escape_controls(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x00``), so a
    message quoting a bad value still prints as one line."""
    return _CONTROL_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class ZonetrackError(Exception):
    """Base class of every error zonetrack raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One problem found in a data file.

    Attributes
    ----------
    file : str
        Name of the file, relative to the folder the user pointed at.
    row : int
        Line number in the file (the header is line 1); 0 when the whole file is meant.
    column : str
        Column name, or ``"*"`` when the problem is not about one column.
    message : str
        What is wrong, in words a data editor can act on.
    value : str or None
        The offending value as read, when there is one.
    """

    file: str
    row: int
    column: str
    message: str
    value: str | None = None

    def __str__(self) -> str:
        return escape_controls(f"{self.file}:{self.row}:{self.column}: {self.message}")


class DataError(ZonetrackError, ValueError):
    """A single bad value in a data file."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        value: object = None,
    ) -> None:
        self.file = file
        self.row = row
        self.column = column
        self.value = value
        self.reason = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ":".join(
            str(part) for part in (self.file, self.row, self.column) if part is not None
        )
        return escape_controls(f"{where}: {self.reason}" if where else self.reason)


class CatalogError(ZonetrackError, ValueError):
    """The catalogue failed validation; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: Sequence[Problem] = tuple(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        n = len(self.problems)
        head = f"the catalogue has {n} problem{'s' if n != 1 else ''}"
        return "\n".join([head, *(str(p) for p in self.problems)])


class UsageError(ZonetrackError, ValueError):
    """A command-line or API argument is malformed (an unparseable date, an unknown zone)."""

    def __init__(self, message: str, *, argument: str | None = None, value: object = None):
        self.argument = argument
        self.value = value
        self.reason = message
        super().__init__(str(self))

    def __str__(self) -> str:
        return escape_controls(f"{self.argument}: {self.reason}" if self.argument else self.reason)


class ReportError(ZonetrackError, RuntimeError):
    """One or more reports failed to render; the others were published."""

    def __init__(self, failures: Sequence[tuple[str, str]]) -> None:
        self.failures = tuple(failures)
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(f"{name}: {reason}" for name, reason in self.failures)


class VersionError(ZonetrackError, RuntimeError):
    """A notebook calls what an earlier zonetrack had and this one no longer has.

    Raised where a removed report API used to be, so that validating an old report with
    nbval says which version to use rather than failing on a missing name.
    """


class PublishError(ZonetrackError, OSError):
    """Reports could not be published into the output folder; what was published is unchanged."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.reason = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.reason


class ReportWarning(UserWarning):
    """Something publishing skipped without stopping, e.g. a damaged manifest of another quarter."""
