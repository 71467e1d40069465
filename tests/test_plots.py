"""Charts: deterministic PNGs, names drawn as text, and English names without a CJK font."""

from __future__ import annotations

import math
import warnings

import pandas as pd
import pytest

import zonetrack
from zonetrack import display, plots
from zonetrack.plots import (
    CJKFontWarning,
    axis_scale,
    chart_language,
    figure_png,
    plot_progress,
    plot_trajectory,
)
from zonetrack.quarter import zone_quarter


@pytest.fixture
def no_cjk_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plots, "cjk_font", lambda: None)


def test_chinese_charts_fall_back_to_english_with_a_warning(no_cjk_font: None) -> None:
    with pytest.warns(CJKFontWarning):
        assert chart_language("zh") == "en"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert chart_language("en") == "en"


def test_report_says_in_both_languages_when_charts_are_in_english(
    no_cjk_font: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(display, "chart_language", plots.chart_language)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the report notes it instead of warning
        report = display.open_report("2026Q3", "chongqing", "zh")
    assert report.chart_lang == "en"
    assert "No CJK font" in report.chart_note and "未安装中文字体" in report.chart_note
    # English names, not ids, on the fallback charts.
    row = report.data.assessment.iloc[0]
    assert (
        display._chart_name(report, row) == "Chongqing · Total floor area of incubation facilities"
    )
    assert display.open_report("2026Q3", "chongqing", "en").chart_note is None


def test_the_font_note_is_metadata_that_nbval_does_not_compare(
    no_cjk_font: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page rendered without the font and re-checked where the font exists (or the other way
    round) has the same outputs apart from the image and its metadata, which nbval skips."""
    shown: list[object] = []
    monkeypatch.setattr(display, "display", shown.append)
    report = display.open_report("2026Q3", "chongqing", "zh")
    display.show_progress_chart(report)
    html_parts = [o.data for o in shown if hasattr(o, "data") and isinstance(o.data, str)]
    assert all("未安装" not in part for part in html_parts)
    image = next(o for o in shown if type(o).__name__ == "Image")
    assert "未安装中文字体" in image.metadata["caption"]


def test_chinese_charts_use_the_cjk_font_when_there_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plots, "cjk_font", lambda: "Noto Sans CJK SC")
    assert chart_language("zh") == "zh"


def test_progress_chart_png_is_the_same_every_time() -> None:
    frame = zonetrack.assess(zonetrack.load_catalog(), "2026-09-30")
    names = pd.Series(frame["target_id"].to_numpy(), index=frame.index)
    first = figure_png(plot_progress(frame, names, "en"))
    assert first.startswith(b"\x89PNG")
    assert figure_png(plot_progress(frame, names, "en")) == first


@pytest.mark.parametrize("name", ["$\\foo$", "cost $5 and $6", "a_b^c {x}", "<b>&"])
def test_names_are_drawn_as_text_never_as_mathematics(name: str) -> None:
    # Mathtext would fail on \foo (an unknown symbol) when the figure is drawn.
    catalog = zonetrack.load_catalog()
    zq = zone_quarter(catalog, 2026, 3, "chongqing")
    a = zq.assessment
    names = pd.Series([name] * len(a), index=a.index)
    assert figure_png(plot_progress(a, names, "en")).startswith(b"\x89PNG")
    row = a[a["latest_date"].notna()].iloc[0]
    series = zq.series(row["zone_id"], row["indicator_id"])
    fig = plot_trajectory(series, row, name, "en", zq.as_of, pd.Timestamp("2022-01-14"))
    assert figure_png(fig).startswith(b"\x89PNG")
    texts = [t.get_text() for t in fig.axes[0].texts] + [fig.axes[0].get_title()]
    assert name in texts


@pytest.mark.parametrize(
    ("unit", "largest", "lang", "expected"),
    [
        ("m^2", 10_000_000, "zh", (1e4, "万平方米")),
        ("m^2", 10_000_000, "en", (1e6, "million m²")),
        ("m^2", 5_000, "en", (1.0, "m²")),
        ("CNY", 5.279e9, "zh", (1e8, "亿元")),
        ("count", 80_000, "zh", (1e4, "万个")),
        ("percent", 19.8, "en", (1.0, "%")),
    ],
)
def test_axis_units_in_the_readers_words(unit, largest, lang, expected) -> None:
    assert axis_scale(unit, largest, lang) == expected


@pytest.mark.parametrize(
    ("unit", "largest", "lang", "expected"),
    [
        ("count", 12_000, "zh", (1e4, "万家")),  # as the figures beside the chart say
        ("count", 300, "zh", (1.0, "家")),
        ("count", 12_000, "en", (1.0, "")),
        ("m^2", 12_000, "zh", (1e4, "万平方米")),  # a counter is for counts only
    ],
)
def test_axis_counts_with_the_pages_counter(unit, largest, lang, expected) -> None:
    assert axis_scale(unit, largest, lang, "家") == expected


def test_trajectory_marks_target_deadline_as_of_and_adoption() -> None:
    catalog = zonetrack.load_catalog()
    zq = zone_quarter(catalog, 2026, 3, "chongqing")
    row = zq.assessment.set_index("target_id").loc["cq-t-07"]
    row["target_id"] = "cq-t-07"
    fig = plot_trajectory(
        zq.series(row["zone_id"], row["indicator_id"]),
        row,
        "t",
        "en",
        zq.as_of,
        pd.Timestamp("2022-01-14"),
    )
    texts = " ".join(t.get_text() for t in fig.axes[0].texts)
    for word in ("adopted 2022-01-14", "deadline 2025-12-31", "as of 2026-09-30"):
        assert word in texts
    assert "6" in [t.get_text() for t in fig.axes[0].texts]  # the figure's exact value
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "target 15" in legend


def test_values_are_written_out_never_in_exponent_notation() -> None:
    catalog = zonetrack.load_catalog()
    zq = zone_quarter(catalog, 2026, 3, "chongqing")
    row = zq.assessment.set_index("target_id").loc["cq-t-02"]  # 80,000 firms and teams
    fig = plot_trajectory(zq.series(row["zone_id"], row["indicator_id"]), row, "t", "en")
    figure_png(fig)  # draws the ticks
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()] + [t.get_text() for t in ax.texts]
    assert not [text for text in labels if "e+" in text]
    assert "22,397" in labels  # the derived baseline, exactly


def test_the_expected_mark_is_labelled_for_its_date_and_left_out_at_the_baseline() -> None:
    # docs/method.md §3: the straight-line expectation is taken at the latest figure's date.
    # A target with one figure (its baseline) has nothing to compare: its mark would sit at
    # the end of its bar and read as "on schedule".
    frame = zonetrack.assess(zonetrack.load_catalog(), "2026-09-30")
    frame = frame[frame["target_id"].isin(["cq-t-02", "cq-t-07"])].reset_index(drop=True)
    assert (frame["latest_date"] == frame["baseline_date"]).all()
    names = pd.Series(frame["target_id"].to_numpy(), index=frame.index)
    figure = plot_progress(frame, names, "en")
    [ax] = figure.axes
    [marks] = ax.collections
    assert all(not math.isfinite(x) for x, _ in marks.get_offsets().filled(float("nan")))
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "expected at the latest figure's date"
    ]
