"""zonetrack: quantified policy targets of Chinese innovation zones, against their baselines."""

from __future__ import annotations

from .catalog import Catalog, export_table, load_catalog
from .exceptions import CatalogError, DataError, Problem, ReportError, UsageError, ZonetrackError
from .progress import STATUSES, assess
from .validate import validate_catalog

__all__ = [
    "STATUSES",
    "Catalog",
    "CatalogError",
    "DataError",
    "Problem",
    "ReportError",
    "UsageError",
    "ZonetrackError",
    "assess",
    "export_table",
    "load_catalog",
    "validate_catalog",
]
__version__ = "0.2.0"  # the one place the version is set (pyproject.toml reads it)
