"""A synthetic catalogue of any number of zones, written at run time for benchmarks.

``write_synthetic_catalog(root, zones=10)`` writes ``root/data`` and ``root/seeds``: a parent
zone ``nation`` with zones ``z001``..``zNNN`` below it, four indicators, and per zone a few
targets and dated observations. Every figure is stated by one sentence of the zone's own seed
text, so the catalogue validates (``zonetrack validate --data root/data --seeds root/seeds``).
Values are random but the same for the same ``seed``.
"""

from __future__ import annotations

import csv
import hashlib
import random
from pathlib import Path

__all__ = ["INDICATORS", "write_synthetic_catalog"]

# indicator id -> (name_zh, name_en, canonical unit, unit as written, baseline range,
#                  target sentence, observation sentence); {v} is the figure.
INDICATORS = {
    "area": (
        "孵化面积", "Incubator floor area", "m^2", "万平方米", (20, 200),
        "建成孵化面积{v}万平方米以上", "孵化面积达到{v}万平方米",
    ),
    "firms": (
        "在孵企业", "Firms in incubation", "count", "家", (200, 3000),
        "聚集在孵企业{v}家以上", "在孵企业达到{v}家",
    ),
    "platforms": (
        "公共服务平台", "Public service platforms", "count", "个", (5, 60),
        "建设公共服务平台{v}个以上", "公共服务平台达到{v}个",
    ),
    "investment": (
        "累计投资", "Cumulative investment", "CNY", "亿元", (10, 200),
        "累计完成投资{v}亿元以上", "累计完成投资{v}亿元",
    ),
}  # fmt: skip

ADOPTED = "2021-01"  # every plan is adopted (and its seed published) in January 2021
FIRST_MONTH, LAST_MONTH = 2020 * 12, 2025 * 12 + 11  # observations from 2020-01 to 2025-12


def _month(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def write_synthetic_catalog(
    root: Path,
    zones: int,
    targets_per_zone: int = 2,
    observations_per_target: int = 3,
    seed: int = 0,
) -> tuple[Path, Path]:
    """Write a valid catalogue of ``zones`` zones under ``root``; return (data dir, seeds dir).

    Zone ``zNNN`` gets ``targets_per_zone`` targets, each on its own indicator (at most
    ``len(INDICATORS)``), and ``observations_per_target`` observations of that indicator at
    distinct months of 2020-2025, each published one to six months later (at the latest in
    2025-12). ``root`` must not hold a catalogue yet.
    """
    if zones < 1:
        raise ValueError("zones must be at least 1")
    if not 1 <= targets_per_zone <= len(INDICATORS):
        raise ValueError(f"targets_per_zone must be between 1 and {len(INDICATORS)}")
    if not 1 <= observations_per_target <= LAST_MONTH - FIRST_MONTH + 1:
        raise ValueError("observations_per_target must be between 1 and 72")
    rng = random.Random(seed)
    data, seeds = Path(root) / "data", Path(root) / "seeds"
    data.mkdir(parents=True)
    seeds.mkdir(parents=True)

    zone_rows = [_zone("nation", "示范国家", "Demo nation", "", "nation")]
    indicator_rows = [
        {
            "indicator_id": ind,
            "name_zh": spec[0],
            "name_en": spec[1],
            "unit": spec[2],
            "direction": "up",
            "measure": "stock",
            "note": "synthetic",
        }
        for ind, spec in INDICATORS.items()
    ]
    targets: list[dict[str, str]] = []
    observations: list[dict[str, str]] = []
    sources: list[dict[str, str]] = []

    for i in range(1, zones + 1):
        zone = f"z{i:03d}"
        source = f"{zone}.txt"
        zone_rows.append(_zone(zone, f"示范区{i:03d}", f"Demo zone {i:03d}", "nation", "park"))
        lines = [f"{zone}区创新发展规划及进展(合成数据)"]
        for ind in rng.sample(sorted(INDICATORS), targets_per_zone):
            _, _, _, unit, (low, high), target_text, obs_text = INDICATORS[ind]
            baseline = rng.randint(low, high)
            deadline = rng.choice((2025, 2026, 2027))
            goal = round(baseline * rng.uniform(1.3, 2.5))
            evidence = f"到{deadline}年底{target_text.format(v=goal)}"
            lines.append(f"{zone}区{evidence}。")
            targets.append(
                {
                    "target_id": f"{zone}-{ind}",
                    "zone_id": zone,
                    "indicator_id": ind,
                    "comparator": ">=",
                    "value": str(goal),
                    "unit": unit,
                    "deadline": f"{deadline}-12-31",
                    "adopted": ADOPTED,
                    "parent_target_id": "",
                    "source": source,
                    "evidence": evidence,
                    "note": "",
                }
            )
            # Yearly growth between -5 % and +35 %, so that statuses differ between zones.
            growth = rng.uniform(-0.05, 0.35)
            months = sorted(rng.sample(range(FIRST_MONTH, LAST_MONTH + 1), observations_per_target))
            for month in months:
                year, mon = _month(month)
                value = max(1, round(baseline * (1 + growth) ** ((month - months[0]) / 12)))
                published = _month(min(month + rng.randint(1, 6), LAST_MONTH))
                evidence = f"截至{year}年{mon}月底{obs_text.format(v=value)}"
                lines.append(f"{zone}区{evidence}。")
                observations.append(
                    {
                        "obs_id": f"{zone}-{ind}-{year}{mon:02d}",
                        "zone_id": zone,
                        "indicator_id": ind,
                        "value": str(value),
                        "unit": unit,
                        "qualifier": "exact",
                        "ref_date": f"{year}-{mon:02d}",
                        "published": "{}-{:02d}".format(*published),
                        "source": source,
                        "evidence": evidence,
                        "derived_from": "",
                        # The file collects figures first released month by month; a row
                        # published before the file says so (validation asks it to).
                        "note": "synthetic: first released in a monthly bulletin",
                    }
                )
        text = "\n".join(lines) + "\n"
        (seeds / source).write_text(text, encoding="utf-8")
        sources.append(
            {
                "source": source,
                "title": f"{zone}区创新发展规划及进展",
                "publisher": "synthetic",
                "language": "zh-Hans",
                "published": ADOPTED,
                "published_basis": "stated: synthetic benchmark data",
                "url": "",
                "retrieved": "",
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            }
        )

    for name, rows in (
        ("zones", zone_rows),
        ("indicators", indicator_rows),
        ("targets", targets),
        ("observations", observations),
    ):
        _write_csv(data / f"{name}.csv", rows)
    _write_csv(seeds / "sources.csv", sources)
    return data, seeds


def _zone(zone_id: str, name_zh: str, name_en: str, parent: str, level: str) -> dict[str, str]:
    return {
        "zone_id": zone_id,
        "name_zh": name_zh,
        "name_en": name_en,
        "parent_id": parent,
        "level": level,
        "city": "",
        "province": "",
        "note": "synthetic",
    }
