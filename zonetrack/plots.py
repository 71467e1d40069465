"""Charts for the reports and notebooks: progress bars and target trajectories.

Charts use a CJK font when one is installed; otherwise Chinese charts fall back
to English labels with a warning, so no chart ever shows boxes for characters.
"""

from __future__ import annotations

import io
import textwrap
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure

from .labels import check_lang, label, qualifier_label, status_label, unit_words, vocabulary

__all__ = [
    "STATUS_COLOURS",
    "CJKFontWarning",
    "chart_language",
    "cjk_font",
    "figure_png",
    "plot_progress",
    "plot_trajectory",
]

# Colours and markers are defined once, in vocabulary.csv.
STATUS_COLOURS = {key: term["colour"] for key, term in vocabulary("status").items()}
_QUALIFIER_MARKERS = {key: term["symbol"] for key, term in vocabulary("qualifier").items()}
_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Serif CJK SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
)


class CJKFontWarning(UserWarning):
    """No font with Chinese characters is installed; charts use English labels."""


_CJK_FILES = ("notosanscjk", "notoserifcjk", "sourcehansans", "wqy-", "droidsansfallback", "uming")


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """Name of an installed font family with Chinese characters, or None."""
    manager = font_manager.fontManager

    def known() -> str | None:
        installed = {f.name for f in manager.ttflist}
        return next((name for name in _CJK_FAMILIES if name in installed), None)

    if (found := known()) is None:
        # Matplotlib's font cache predates a font installed later: register the files directly.
        for path in font_manager.findSystemFonts():
            if any(tag in Path(path).name.lower() for tag in _CJK_FILES):
                try:
                    manager.addfont(path)
                except (OSError, RuntimeError, ValueError):
                    continue
        found = known()
    return found


def chart_language(lang: str) -> str:
    """The language charts can be drawn in: ``lang``, or ``en`` with a warning if no CJK font."""
    if check_lang(lang) == "zh" and cjk_font() is None:
        warnings.warn(label("no_cjk_font", "en"), CJKFontWarning, stacklevel=2)
        return "en"
    return lang


def _style(lang: str) -> dict[Any, Any]:
    font = cjk_font() if lang == "zh" else None
    families = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    # Named families, not the generic "sans-serif": text keeps them when drawn later,
    # outside this style's context.
    return {
        "font.family": families,
        "svg.hashsalt": "zonetrack",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "figure.dpi": 100,
    }


def figure_png(fig: Figure) -> bytes:
    """PNG bytes of ``fig`` without time-stamped metadata, so reruns give the same bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


def plot_progress(assessment: pd.DataFrame, names: pd.Series, lang: str = "en") -> Figure:
    """Attainment bars, one per target, labelled with their values, and the expected mark.

    Parameters
    ----------
    assessment : DataFrame
        From :func:`zonetrack.assess`.
    names : Series
        Label per row of ``assessment`` (same index), in the chart's language; drawn as
        plain text (a ``$`` in a name is a dollar sign, never mathematics).
    lang : str
        Language of the axis labels; see :func:`chart_language`.
    """
    with matplotlib.rc_context(_style(lang)):
        # Figures are made without pyplot: nothing global to close, no double display in Jupyter.
        n = max(len(assessment), 1)
        fig = Figure(figsize=(8, 0.6 * n + 1.2))
        ax = fig.subplots()
        y = np.arange(len(assessment))[::-1]
        attainment = assessment["attainment"].astype(float).to_numpy()
        # The straight-line expectation at the latest figure's date (docs/method.md §3), so
        # labelled; with no figure after the baseline it only repeats the baseline: no mark.
        expected = (assessment["expected_linear"] / assessment["target_value"]).astype(float)
        expected = expected.where(assessment["latest_date"] != assessment["baseline_date"])
        colours = [STATUS_COLOURS[s] for s in assessment["status"]]
        ax.barh(y, np.nan_to_num(np.clip(attainment, 0, 1.5)), color=colours, height=0.6)
        ax.scatter(
            np.clip(expected, 0, 1.5),
            y,
            marker="|",
            s=300,
            color="black",
            zorder=3,
            label=label("expected_now", lang),
        )
        for yi, value, status in zip(y, attainment, assessment["status"], strict=True):
            if not np.isfinite(value):  # say why there is no bar
                text, x = status_label(status, lang), 0.01
            else:  # the exact value, not only a bar length
                text, x = f"{value:.0%}", min(max(value, 0), 1.5) + 0.01
            ax.text(x, yi, text, va="center", fontsize=8, color="#1f2328", parse_math=False)
        ax.axvline(1.0, color="#57606a", linewidth=1, linestyle=":")
        # Long names wrap, so the bars keep their width on a phone screen.
        width = 16 if lang == "zh" else 32
        ax.set_yticks(y, [textwrap.fill(str(v), width) for v in names.loc[assessment.index]])
        for tick in ax.get_yticklabels():
            tick.set_parse_math(False)
            tick.set_fontsize(8)
        ax.set_xlim(0, 1.6)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_xlabel(label("attainment_axis", lang))
        if len(assessment):
            ax.legend(loc="lower right", frameon=False)
        fig.tight_layout()
    return fig


def _number(value: float) -> str:
    """A tick or point label: thousands separators, never exponent notation."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.4g}"


def axis_scale(
    unit: str, largest: float, lang: str, counter: str | None = None
) -> tuple[float, str]:
    """Divisor and axis unit for values up to ``largest``: 万平方米 in Chinese, m² in English;
    a count in Chinese with ``counter`` (万家), as the page's figures beside the chart."""
    word = unit_words(unit, lang, counter)
    if unit == "percent":
        return 1.0, "%"
    steps = ((1e8, "亿"), (1e4, "万")) if lang == "zh" else ((1e9, "billion "), (1e6, "million "))
    for size, prefix in steps:
        if abs(largest) >= size:
            return size, f"{prefix}{word}".strip() or prefix.strip()
    return 1.0, word


def plot_trajectory(
    observations: pd.DataFrame,
    row: pd.Series,
    title: str,
    lang: str = "en",
    as_of: pd.Timestamp | None = None,
    adopted: pd.Timestamp | None = None,
    counter: str | None = None,
) -> Figure:
    """One target's observations with their values, straight path, projection and target.

    Parameters
    ----------
    observations : DataFrame
        The target's visible observations (``ref_date``, ``value_canonical``, ``qualifier``).
    row : Series
        The target's row of the assessment.
    title : str
        Chart title, in the chart's language, drawn as plain text.
    as_of, adopted : Timestamp, optional
        Drawn as labelled vertical lines with the deadline.
    counter : str, optional
        The word a Chinese chart counts a count's things with (``ZoneQuarter.counters``).
    """
    with matplotlib.rc_context(_style(lang)):
        fig = Figure(figsize=(7, 3.6))
        ax = fig.subplots()
        deadline, target = row["deadline"], row["target_value"]
        values = observations["value_canonical"].astype(float)
        largest = float(np.nanmax([target, *values])) if len(values) else float(target)
        size, unit = axis_scale(row["unit"], largest, lang, counter)
        derived = observations.get("derived", pd.Series(False, index=observations.index))
        marked = observations.assign(derived=derived.fillna(False).astype(bool))
        for (qualifier, is_derived), group in marked.groupby(["qualifier", "derived"], sort=True):
            words = qualifier_label(qualifier, lang)
            # A derived figure is drawn hollow: no source states it.
            ax.scatter(
                group["ref_date"],
                group["value_canonical"] / size,
                marker=_QUALIFIER_MARKERS.get(qualifier, "o"),
                color="#0969da",
                facecolors="none" if is_derived else "#0969da",
                zorder=3,
                label=f"{label('observations', lang)} ({words}"
                + (f", {qualifier_label('derived', lang)})" if is_derived else ")"),
            )
        for date, value in zip(observations["ref_date"], values, strict=True):
            ax.annotate(
                _number(value / size),
                (date, value / size),
                textcoords="offset points",
                xytext=(0, 6),
                ha="center",
                fontsize=7,
                parse_math=False,
            )
        if len(observations) > 1:
            ax.plot(
                observations["ref_date"], values / size, color="#0969da", linewidth=1, alpha=0.6
            )
        if pd.notna(row["baseline_date"]):
            ax.plot(
                [row["baseline_date"], deadline],
                [row["baseline_value"] / size, target / size],
                color="#57606a",
                linestyle="--",
                linewidth=1,
                label=label("straight_path", lang),
            )
        if pd.notna(row["projected_value"]) and pd.notna(row["latest_date"]):
            ax.plot(
                [row["latest_date"], deadline],
                [row["latest_value"] / size, row["projected_value"] / size],
                color="#bf8700",
                linestyle=":",
                linewidth=1.5,
                label=label("projection", lang),
            )
        ax.axhline(target / size, color="#d1242f", linewidth=0.8, linestyle="-.", alpha=0.7)
        ax.scatter(
            [deadline],
            [target / size],
            marker="*",
            s=160,
            color="#d1242f",
            zorder=4,
            label=f"{label('target_line', lang)} {_number(target / size)}",
        )
        for when, key, colour in (
            (adopted, "adopted_marker", "#8250df"),
            (deadline, "deadline_marker", "#d1242f"),
            (as_of, "as_of_marker", "#1f2328"),
        ):
            if when is not None and pd.notna(when):
                ax.axvline(when, color=colour, linewidth=0.8, linestyle=":")
                ax.text(
                    when,
                    1.0,
                    f" {label(key, lang)} {pd.Timestamp(when):%Y-%m-%d}",
                    transform=ax.get_xaxis_transform(),
                    rotation=90,
                    va="top",
                    ha="right",
                    fontsize=7,
                    color=colour,
                    parse_math=False,
                )
        ax.set_title(title, fontsize=10, parse_math=False)
        ax.set_ylim(bottom=0, top=largest / size * 1.2 or 1)
        ax.set_ylabel(unit, parse_math=False)
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: _number(x)))
        fig.autofmt_xdate()
        # Below the axes, so it never covers a figure or a date line.
        ax.legend(
            fontsize=7, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=3
        )
        fig.tight_layout()
    return fig
