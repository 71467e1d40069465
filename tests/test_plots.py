"""Charts: deterministic PNGs, and English labels when no CJK font is installed."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import zonetrack
from zonetrack import plots
from zonetrack.plots import CJKFontWarning, chart_language, figure_png, plot_progress
from zonetrack.sections import QuarterReport


@pytest.fixture
def no_cjk_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plots, "cjk_font", lambda: None)


def test_chinese_charts_fall_back_to_english_with_a_warning(no_cjk_font: None) -> None:
    with pytest.warns(CJKFontWarning):
        assert chart_language("zh") == "en"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert chart_language("en") == "en"


def test_report_says_when_charts_are_in_english(no_cjk_font: None) -> None:
    catalog = zonetrack.load_catalog()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the report notes it instead of warning
        report = QuarterReport(catalog, 2026, 3, "chongqing", "zh")
    assert report.chart_lang == "en"
    assert report.font_note == "未安装中文字体,图表标签使用英文。"
    assert QuarterReport(catalog, 2026, 3, "chongqing", "en").font_note is None


def test_chinese_charts_use_the_cjk_font_when_there_is_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plots, "cjk_font", lambda: "Noto Sans CJK SC")
    assert chart_language("zh") == "zh"


def test_progress_chart_png_is_the_same_every_time() -> None:
    frame = zonetrack.assess(zonetrack.load_catalog(), "2026-09-30")
    names = pd.Series(frame["target_id"].to_numpy(), index=frame.index)
    first = figure_png(plot_progress(frame, names, "en"))
    assert first.startswith(b"\x89PNG")
    assert figure_png(plot_progress(frame, names, "en")) == first
