"""Checks of each target and observation (zonetrack.recordchecks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MINIMAL, SEED_TEXT
from validate_steps import replace, validate_with

from zonetrack.validate import validate_catalog

# (unit, measure, may be negative): counts and areas never; stocks never; money, percent
# and score flows and ratios may (a loss, a fall, a growth rate).
SIGNS = [
    ("count", "stock", False),
    ("count", "flow", False),
    ("count", "ratio", False),
    ("m^2", "stock", False),
    ("m^2", "flow", False),
    ("CNY", "stock", False),
    ("CNY", "flow", True),
    ("percent", "ratio", True),
    ("percent", "flow", True),
    ("score", "ratio", True),
]


@pytest.mark.parametrize(("unit", "measure", "expected"), SIGNS)
def test_may_be_negative(unit: str, measure: str, expected: bool) -> None:
    from zonetrack.recordchecks import may_be_negative

    assert may_be_negative(unit, measure) is expected


def test_a_deadline_before_adoption_says_what_adopted_means(
    minimal_catalog: tuple[Path, Path],
) -> None:
    """Found by review 10: a 2026 page restating a 2022 plan's goal for 2025 was refused with
    no hint that adopted is the plan's date, not the page's."""
    data, seeds = minimal_catalog
    replace(
        "targets.csv", "2025-12-31,2021-01,,plan.txt,聚集", "2025-12-31,2026-01,,plan.txt,聚集"
    )(data, seeds)
    (problem,) = [p for p in validate_catalog(data, seeds) if p.column == "deadline"]
    assert "adopted is the date the plan set it" in problem.message


_FIRMS = {
    **MINIMAL["observations"][2],
    "obs_id": "o-new",
    "qualifier": "exact",
    "ref_date": "2024-12-31",
    "published": "2025-01",
}


def test_a_numbered_name_with_a_counter_is_no_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 13/14: 第3家 ("the third firm") is an ordinal the extractor leaves out, but a
    figure with a unit passed the no-figure rules unread; README's "Left out"."""
    seed = SEED_TEXT + "2024年12月,第3家龙头企业入驻园区。\n"
    row = {**_FIRMS, "value": "3", "unit": "家", "evidence": "3家龙头企业"}
    code, lines = validate_with(tmp_path, capsys, seed, "observations", row)
    assert code == 1 and len(lines) == 1, lines
    assert ":5:evidence: " in lines[0] and "not a figure" in lines[0]


@pytest.mark.parametrize(
    ("unit", "refused"),
    [("家", False), ("count", False), ("人", True), ("名", True), ("万人", True)],
)
def test_a_count_s_counter_word_is_the_one_the_evidence_states(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], unit: str, refused: bool
) -> None:
    """120家 (incubators) kept as 120人 counts other things than the page does."""
    seed = SEED_TEXT + "截至2024年底,园区已有孵化器120家。\n"
    value = "0.012" if unit.startswith("万") else "120"
    row = {**_FIRMS, "value": value, "unit": unit, "evidence": "孵化器120家"}
    code, lines = validate_with(tmp_path, capsys, seed, "observations", row)
    if not refused:
        assert (code, lines) == (0, [])
    else:
        assert code == 1 and len(lines) == 1, lines
        assert ":5:unit: " in lines[0] and "家" in lines[0]


@pytest.mark.parametrize(
    ("evidence", "value", "unit", "refused"),
    [
        # Counter words of the same things agree (people, firms and households, 个 for things).
        ("300名", "300", "人", False),
        ("120人", "120", "位", False),
        ("200户", "200", "家", False),
        ("15座", "15", "个", False),
        ("15座", "15", "家", True),
        ("300名", "300", "个", True),
        ("5万人次", "5", "万人", True),
        # Firm-visits (家次) are no firms (review 15: 300家次 was read as 300家).
        ("300家次", "300", "家", True),
        # Occurrences are no things that 个 may stand for (counters.csv).
        ("300家次", "300", "个", True),
        ("120架次", "120", "个", True),
        ("8場", "8", "个", False),
    ],
)
def test_counter_words_of_the_same_things_agree(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    evidence: str,
    value: str,
    unit: str,
    refused: bool,
) -> None:
    """Review 15: 300名 kept as 人, 200户 as 家 and 15座 as 个 count the same things."""
    seed = SEED_TEXT + f"截至2024年底,园区共有{evidence}。\n"
    row = {**_FIRMS, "value": value, "unit": unit, "evidence": f"共有{evidence}"}
    code, lines = validate_with(tmp_path, capsys, seed, "observations", row)
    if not refused:
        assert (code, lines) == (0, [])
    else:
        assert code == 1 and len(lines) == 1, lines
        # The unit to write is the evidence's, multiplier and all.
        assert ":5:unit: " in lines[0] and f"write '{evidence.lstrip('0123456789')}'" in lines[0]


def test_a_bare_count_may_be_kept_with_any_counter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = SEED_TEXT + "截至2024年底,园区孵化器数量为120。\n"
    row = {**_FIRMS, "value": "120", "unit": "家", "evidence": "孵化器数量为120"}
    assert validate_with(tmp_path, capsys, seed, "observations", row) == (0, [])


def test_wan_square_gongchi_is_known_as_its_traditional_spelling_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """萬平方公尺 and 平方公尺 were known, 万平方公尺 (simplified 万, 公尺) was not."""
    seed = SEED_TEXT + "截至2024年底,已建成孵化面积50万平方公尺。\n"
    row = {
        **MINIMAL["observations"][0],
        "obs_id": "o-area-2024",
        "value": "50",
        "unit": "万平方公尺",
        "ref_date": "2024-12-31",
        "published": "2025-01",
        "evidence": "已建成孵化面积50万平方公尺",
    }
    assert validate_with(tmp_path, capsys, seed, "observations", row) == (0, [])
