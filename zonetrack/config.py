"""Every default path zonetrack uses, in one place.

Environment variables override the project defaults so that analysts can point
the tool at another catalogue without editing code.
"""

from __future__ import annotations

import os
from pathlib import Path

from .exceptions import UsageError

__all__ = [
    "DATA_FILES",
    "PACKAGE_DIR",
    "PROJECT_DIR",
    "SOURCES_FILE",
    "STALE_AFTER_DAYS",
    "UNITS_FILE",
    "cache_dir",
    "data_dir",
    "notebooks_dir",
    "reports_dir",
    "scheduler_address",
    "seeds_dir",
]

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent

UNITS_FILE = PACKAGE_DIR / "units.txt"

DATA_FILES = {
    "zones": "zones.csv",
    "indicators": "indicators.csv",
    "targets": "targets.csv",
    "observations": "observations.csv",
}
SOURCES_FILE = "sources.csv"

# An observation older than this at the as-of date is flagged stale.
STALE_AFTER_DAYS = 365


def _from_env(name: str, default: Path) -> Path:
    """The folder an environment variable names, or ``default`` when it is unset.

    A variable that is set but empty is refused, like an empty argument: in
    ``ZONETRACK_DATA=$DIR zonetrack report`` with ``DIR`` unset, falling back to the
    project's own catalogue would render the wrong reports without a word.
    """
    value = os.environ.get(name)
    if value is None:
        return default
    if not value.strip():
        raise UsageError(
            "the variable is set but empty; name a folder, or unset it for the default",
            argument=name,
            value=value,
        )
    return Path(value).expanduser()


def _override(value: object, argument: str) -> Path | None:
    """A folder the caller named, or None for the default.

    An empty string is refused rather than read as "the default" or "the current folder":
    ``--data "$DIR"`` with an unset ``DIR`` must not quietly use the project's catalogue.
    """
    if value is None:
        return None
    if not isinstance(value, str | os.PathLike) or isinstance(value, bytes):
        raise UsageError(
            f"a folder is a str or pathlib.Path, not {type(value).__name__}",
            argument=argument,
            value=value,
        )
    path = os.fspath(value)
    if not isinstance(path, str) or not path.strip():
        raise UsageError(
            "the folder name is empty; name a folder, or leave it out for the default",
            argument=argument,
            value=value,
        )
    return Path(path)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Folder of the catalogue CSV files (``ZONETRACK_DATA`` or ``data/``).

    Raises
    ------
    UsageError
        If ``override`` is empty or not a path (naming ``data_dir``).
    """
    return _override(override, "data_dir") or _from_env("ZONETRACK_DATA", PROJECT_DIR / "data")


def seeds_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Folder of the immutable source documents (``ZONETRACK_SEEDS`` or ``seeds/``)."""
    return _override(override, "seeds_dir") or _from_env("ZONETRACK_SEEDS", PROJECT_DIR / "seeds")


def reports_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Folder the rendered reports are published to (``ZONETRACK_REPORTS`` or ``reports/``)."""
    return _override(override, "out") or _from_env("ZONETRACK_REPORTS", PROJECT_DIR / "reports")


def notebooks_dir() -> Path:
    """Folder of the project's notebooks, including the report template."""
    return PROJECT_DIR / "notebooks"


def cache_dir() -> Path | None:
    """Folder of the validated-catalogue cache; None when ``ZONETRACK_CACHE=off``.

    ``ZONETRACK_CACHE_DIR``, else the user's cache folder (``~/.cache/zonetrack`` on Linux):
    outside the catalogue, and safe to delete.
    """
    if os.environ.get("ZONETRACK_CACHE", "").strip().lower() in {"off", "0", "no", "false"}:
        return None
    value = os.environ.get("ZONETRACK_CACHE_DIR")
    if value:
        return Path(value).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("zonetrack", appauthor=False))


def scheduler_address(override: str | None = None) -> str | None:
    """The Dask scheduler to render on (``ZONETRACK_SCHEDULER``); None: render locally.

    An empty address, given or in the variable, is refused as an empty folder is: with
    ``--scheduler "$SCHED"`` and ``SCHED`` unset, a quarter meant for the cluster would be
    rendered on this machine without a word.
    """
    if override is not None:
        if not str(override).strip():
            raise UsageError(
                "the address is empty; name a scheduler, or leave it out to render here",
                argument="scheduler",
                value=override,
            )
        return override
    value = os.environ.get("ZONETRACK_SCHEDULER")
    if value is not None and not value.strip():
        raise UsageError(
            "the variable is set but empty; name a scheduler, or unset it to render here",
            argument="ZONETRACK_SCHEDULER",
            value=value,
        )
    return value or None
