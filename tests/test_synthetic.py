"""The benchmarks' synthetic catalogue is one validation accepts: a benchmark of a catalogue
that fails validation would time the error path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import PROJECT

import zonetrack


@pytest.mark.parametrize("zones", [1, 7])
def test_the_synthetic_catalogue_validates(tmp_path: Path, zones: int) -> None:
    sys.path.insert(0, str(PROJECT / "benchmarks"))
    try:
        from synthetic import write_synthetic_catalog
    finally:
        sys.path.remove(str(PROJECT / "benchmarks"))
    data, seeds = write_synthetic_catalog(tmp_path, zones)
    assert zonetrack.validate_catalog(data, seeds) == []
    assert len(zonetrack.load_catalog(data, seeds).zones) >= zones
