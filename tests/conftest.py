"""Shared fixtures: catalogues written to a temporary folder at run time."""

from __future__ import annotations

import csv
import hashlib
import math
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

PROJECT = Path(__file__).resolve().parents[1]

# A small source document and the catalogue rows that cite it. Synthetic, built per test.
SEED_NAME = "plan.txt"
SEED_TEXT = (
    "示范区建设方案\n"
    "到2025年底,建成孵化面积100万平方米以上,聚集企业2000家以上。\n"
    "截至2020年底,已建成孵化面积40万平方米,聚集企业约800家。\n"
    "2022年,孵化面积达到60万平方米。\n"
)

MINIMAL = {
    "zones": [
        {
            "zone_id": "city",
            "name_zh": "示范市",
            "name_en": "Demo City",
            "parent_id": "",
            "level": "municipality",
            "city": "示范",
            "province": "示范",
            "note": "",
        },
        {
            "zone_id": "park",
            "name_zh": "示范园",
            "name_en": "Demo Park",
            "parent_id": "city",
            "level": "park",
            "city": "示范",
            "province": "示范",
            "note": "",
        },
    ],
    "indicators": [
        {
            "indicator_id": "area",
            "name_zh": "孵化面积",
            "name_en": "Incubator area",
            "unit": "m^2",
            "direction": "up",
            "measure": "stock",
            "note": "",
        },
        {
            "indicator_id": "firms",
            "name_zh": "聚集企业",
            "name_en": "Firms",
            "unit": "count",
            "direction": "up",
            "measure": "stock",
            "note": "",
        },
    ],
    "targets": [
        {
            "target_id": "t-area",
            "zone_id": "park",
            "indicator_id": "area",
            "comparator": ">=",
            "value": "100",
            "unit": "万平方米",
            "deadline": "2025-12-31",
            "adopted": "2021-01",
            "parent_target_id": "",
            "source": SEED_NAME,
            "evidence": "建成孵化面积100万平方米以上",
            "note": "",
        },
        {
            "target_id": "t-firms",
            "zone_id": "park",
            "indicator_id": "firms",
            "comparator": ">=",
            "value": "2000",
            "unit": "家",
            "deadline": "2025-12-31",
            "adopted": "2021-01",
            "parent_target_id": "",
            "source": SEED_NAME,
            "evidence": "聚集企业2000家以上",
            "note": "",
        },
    ],
    "observations": [
        {
            "obs_id": "o-area-2020",
            "zone_id": "park",
            "indicator_id": "area",
            "value": "40",
            "unit": "万平方米",
            "qualifier": "exact",
            "ref_date": "2020",
            "published": "2021-01",
            "source": SEED_NAME,
            "evidence": "已建成孵化面积40万平方米",
            "derived_from": "",
            "note": "",
        },
        {
            "obs_id": "o-area-2022",
            "zone_id": "park",
            "indicator_id": "area",
            "value": "60",
            "unit": "万平方米",
            "qualifier": "exact",
            "ref_date": "2022",
            "published": "2023-03",
            "source": SEED_NAME,
            "evidence": "2022年,孵化面积达到60万平方米",
            "derived_from": "",
            "note": "",
        },
        {
            "obs_id": "o-firms-2020",
            "zone_id": "park",
            "indicator_id": "firms",
            "value": "800",
            "unit": "家",
            "qualifier": "approx",
            "ref_date": "2020",
            "published": "2021-01",
            "source": SEED_NAME,
            "evidence": "聚集企业约800家",
            "derived_from": "",
            "note": "",
        },
    ],
}


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_catalog(
    root: Path, tables: dict[str, list[dict[str, str]]] | None = None, seed_text: str = SEED_TEXT
) -> tuple[Path, Path]:
    """Write a catalogue (default: MINIMAL) and its seed under ``root``; return (data, seeds)."""
    data, seeds = root / "data", root / "seeds"
    data.mkdir(parents=True)
    seeds.mkdir(parents=True)
    for name, rows in (tables or MINIMAL).items():
        write_csv(data / f"{name}.csv", rows)
    (seeds / SEED_NAME).write_text(seed_text, encoding="utf-8")
    digest = hashlib.sha256(seed_text.encode("utf-8")).hexdigest()
    write_csv(
        seeds / "sources.csv",
        [
            {
                "source": SEED_NAME,
                "title": "示范区建设方案",
                "publisher": "示范市",
                "language": "zh-Hans",
                "published": "2021-01",
                "published_basis": "stated on the page",
                "url": "",
                "retrieved": "",
                "sha256": digest,
            }
        ],
    )
    return data, seeds


@pytest.fixture
def minimal_catalog(tmp_path: Path) -> tuple[Path, Path]:
    """A valid small catalogue: (data dir, seeds dir)."""
    return write_catalog(tmp_path)


@pytest.fixture
def project_copy(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the project's real data/ and seeds/ that a test may change."""
    data, seeds = tmp_path / "data", tmp_path / "seeds"
    shutil.copytree(PROJECT / "data", data)
    shutil.copytree(PROJECT / "seeds", seeds)
    return data, seeds


# The documents and the first draft the intake tests (test_intake.py, test_draft.py) start
# from; the steps themselves are in intake_steps.py, imported here only when asked for.


@pytest.fixture
def release(tmp_path: Path) -> Path:
    """The test news release (intake_steps.RELEASE) as a file, not yet a seed."""
    from intake_steps import RELEASE, write_document

    return write_document(tmp_path / "release.txt", RELEASE)


@pytest.fixture
def hk_release(tmp_path: Path) -> Path:
    """The test Hong Kong press release (intake_steps.HK_RELEASE) as a file."""
    from intake_steps import HK_RELEASE, write_document

    return write_document(tmp_path / "hk.txt", HK_RELEASE)


@pytest.fixture
def drafted(
    project_copy: tuple[Path, Path], release: Path, tmp_path: Path
) -> tuple[Path, Path, Path, str]:
    """``release`` stored in a project copy and drafted: (data, seeds, draft, seed name)."""
    from intake_steps import add_and_draft

    return add_and_draft(*project_copy, release, tmp_path)


def snapshot(*folders: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and mtime of every file below ``folders``, to prove nothing was written."""
    return {
        str(p): (p.read_bytes(), p.stat().st_mtime_ns)
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# Hypothesis: `make test` runs each property with its full number of examples; `make
# test-fast` loads the "fast" profile (`--hypothesis-profile=fast`), which scales every count
# given through `examples()` down, so the loop stays quick and still runs every property.
settings.register_profile("fast", max_examples=20)


def examples(full: int) -> int:
    """``full`` examples under the default profile, a fifth of them under ``fast``."""
    return max(5, full * settings.default.max_examples // 100)


@pytest.fixture(scope="session")
def shared_catalog_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One catalogue cache for the tests of this process that do not look into the cache.

    Safe to share: an entry is named by every byte of the catalogue and of zonetrack's
    rules, and only a catalogue that validated is stored, so a test that changes a file or
    breaks the catalogue is validated again as a user's run would be.
    """
    return tmp_path_factory.mktemp("shared-cache")


@pytest.fixture(autouse=True)
def catalog_cache(shared_catalog_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests cache validated catalogues in the session's folder, never the user's."""
    monkeypatch.setenv("ZONETRACK_CACHE_DIR", str(shared_catalog_cache))
    monkeypatch.delenv("ZONETRACK_CACHE", raising=False)
    return shared_catalog_cache


@pytest.fixture
def private_catalog_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, catalog_cache: Path
) -> Path:
    """An empty cache folder of this test's own, for tests that count or inspect entries."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("ZONETRACK_CACHE_DIR", str(folder))
    return folder


def figure_rows(
    text: str, currency: str | None = None
) -> list[tuple[float, str, str | None, str | None]]:
    """(value, kind, deadline, ref_date) of each figure extracted from ``text``; a missing
    date as None."""
    from zonetrack.extract import extract_figures

    frame = extract_figures(text, currency=currency)
    return [
        (
            float(r.value),
            r.kind,
            r.deadline if isinstance(r.deadline, str) else None,
            r.ref_date if isinstance(r.ref_date, str) else None,
        )
        for r in frame.itertuples()
    ]


def cell_text(value: object) -> str:
    """A cell of an extracted frame as text: empty for a missing value, ``g`` for a float."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)
