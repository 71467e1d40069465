"""Figures no source states: which assessed figures are derived, and the assumption behind each."""

from __future__ import annotations

import pandas as pd
import pytest

import zonetrack
from zonetrack.catalog import make_catalog
from zonetrack.provenance import derived_assumptions

INDICATORS = [{"indicator_id": "firms", "unit": "count"}]
NOTE = "derived: a + b, assuming a and b do not overlap"


def _target(target_id: str, zone: str, value: float, parent: str | None = None) -> dict:
    return {
        "target_id": target_id,
        "zone_id": zone,
        "indicator_id": "firms",
        "comparator": ">=",
        "value": value,
        "unit": "count",
        "deadline": "2025-12-31",
        "adopted": "2021-01-01",
        "parent_target_id": parent,
    }


def _obs(obs_id: str, zone: str, ref: str, value: float, published: str, **extra: str) -> dict:
    return {
        "obs_id": obs_id,
        "zone_id": zone,
        "indicator_id": "firms",
        "value": value,
        "unit": "count",
        "qualifier": "exact",
        "ref_date": ref,
        "published": published,
        "derived_from": extra.get("derived_from"),
        "note": extra.get("note"),
    }


def _catalog() -> zonetrack.Catalog:
    targets = [
        _target("stated", "s", 100),
        _target("computed", "c", 100),
        _target("whole", "w", 100),
        _target("part-1", "p1", 50, parent="whole"),
        _target("part-2", "p2", 50, parent="whole"),
    ]
    observations = [
        _obs("s1", "s", "2021", 10, "2022-01"),
        _obs("a", "c", "2021", 10, "2022-01"),
        # Computed from a and b, made public later than a, which was stated.
        _obs("c1", "c", "2022", 30, "2023-01", derived_from="a + b", note=NOTE),
        _obs("p1a", "p1", "2021", 5, "2022-01"),
        _obs("p2a", "p2", "2021", 7, "2022-01"),
    ]
    return make_catalog(indicators=INDICATORS, targets=targets, observations=observations)


@pytest.mark.filterwarnings("ignore::zonetrack.progress.DecompositionWarning")
@pytest.mark.parametrize(
    ("as_of", "lang", "expected"),
    [
        # Before the computed figure was public, the latest figure is a stated one.
        ("2022-06-30", "en", {"whole": "sum"}),
        ("2023-06-30", "en", {"computed": f"c1 = a + b: {NOTE}", "whole": "sum"}),
        ("2023-06-30", "zh", {"computed": f"c1 = a + b: {NOTE}", "whole": "sum"}),
    ],
)
def test_each_derived_latest_figure_has_its_assumption(
    as_of: str, lang: str, expected: dict[str, str]
) -> None:
    catalog = _catalog()
    frame = zonetrack.assess(catalog, as_of)
    why = derived_assumptions(catalog, frame, as_of, lang)
    found = dict(zip(frame["target_id"], why, strict=True))
    words = {"en": "sum of its parts", "zh": "各分项"}[lang]
    for target_id, text in found.items():
        if target_id not in expected:
            assert text is None, target_id
        elif expected[target_id] == "sum":
            assert words in text
        else:
            assert text == expected[target_id]
    assert set(frame.loc[frame["latest_derived"], "target_id"]) == set(expected)


def test_no_derived_figure_no_assumption() -> None:
    catalog = _catalog()
    frame = zonetrack.assess(catalog, "2021-06-30")  # nothing public yet
    assert derived_assumptions(catalog, frame).isna().all()
    assert derived_assumptions(catalog, frame.iloc[:0]).empty
    assert isinstance(derived_assumptions(catalog, frame), pd.Series)
