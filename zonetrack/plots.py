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

import matplotlib
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure

from .labels import check_lang, label, status_label

__all__ = [
    "STATUS_COLOURS",
    "CJKFontWarning",
    "chart_language",
    "cjk_font",
    "figure_png",
    "plot_progress",
    "plot_trajectory",
]

STATUS_COLOURS = {
    "achieved": "#1a7f37",
    "on_track": "#2da44e",
    "moderate": "#bf8700",
    "insufficient": "#d1242f",
    "regressing": "#82071e",
    "missed": "#6e1c1c",
    "overdue_unverified": "#8250df",
    "baseline_only": "#57606a",
    "no_data": "#afb8c1",
}
_QUALIFIER_MARKERS = {"exact": "o", "at_least": "^", "at_most": "v", "approx": "D"}
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


def _style(lang: str) -> dict[str, object]:
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
    """Attainment bars, one per target, with the expected-by-now marker.

    Parameters
    ----------
    assessment : DataFrame
        From :func:`zonetrack.assess`.
    names : Series
        Label per row of ``assessment`` (same index), in the chart's language.
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
        expected = (assessment["expected_linear"] / assessment["target_value"]).astype(float)
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
                ax.text(
                    0.01, yi, status_label(status, lang), va="center", fontsize=8, color="#57606a"
                )
        ax.axvline(1.0, color="#57606a", linewidth=1, linestyle=":")
        # Long names wrap, so the bars keep their width on a phone screen.
        width = 16 if lang == "zh" else 32
        ax.set_yticks(
            y, [textwrap.fill(str(v), width) for v in names.loc[assessment.index]], fontsize=8
        )
        ax.set_xlim(0, 1.5)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_xlabel(label("attainment_axis", lang))
        if len(assessment):
            ax.legend(loc="lower right", frameon=False)
        fig.tight_layout()
    return fig


def plot_trajectory(
    observations: pd.DataFrame, row: pd.Series, title: str, lang: str = "en"
) -> Figure:
    """One target's observations, straight path, projection and target.

    Parameters
    ----------
    observations : DataFrame
        The target's visible observations (``ref_date``, ``value_canonical``, ``qualifier``).
    row : Series
        The target's row of the assessment.
    title : str
        Chart title, in the chart's language.
    """
    with matplotlib.rc_context(_style(lang)):
        fig = Figure(figsize=(7, 3.6))
        ax = fig.subplots()
        derived = observations.get("derived", pd.Series(False, index=observations.index))
        marked = observations.assign(derived=derived.fillna(False).astype(bool))
        for (qualifier, is_derived), group in marked.groupby(["qualifier", "derived"], sort=True):
            words = label("qualifier_" + qualifier, lang)
            # A derived figure is drawn hollow: no source states it.
            ax.scatter(
                group["ref_date"],
                group["value_canonical"],
                marker=_QUALIFIER_MARKERS.get(qualifier, "o"),
                color="#0969da",
                facecolors="none" if is_derived else "#0969da",
                zorder=3,
                label=f"{label('observations', lang)} ({words}"
                + (f", {label('derived', lang)})" if is_derived else ")"),
            )
        if len(observations) > 1:
            ax.plot(
                observations["ref_date"],
                observations["value_canonical"],
                color="#0969da",
                linewidth=1,
                alpha=0.6,
            )
        deadline, target = row["deadline"], row["target_value"]
        if pd.notna(row["baseline_date"]):
            ax.plot(
                [row["baseline_date"], deadline],
                [row["baseline_value"], target],
                color="#57606a",
                linestyle="--",
                linewidth=1,
                label=label("straight_path", lang),
            )
        if pd.notna(row["projected_value"]) and pd.notna(row["latest_date"]):
            ax.plot(
                [row["latest_date"], deadline],
                [row["latest_value"], row["projected_value"]],
                color="#bf8700",
                linestyle=":",
                linewidth=1.5,
                label=label("projection", lang),
            )
        ax.scatter(
            [deadline],
            [target],
            marker="*",
            s=160,
            color="#d1242f",
            zorder=4,
            label=label("target_marker", lang),
        )
        ax.set_title(title, fontsize=10)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_formatter(matplotlib.ticker.EngFormatter())
        ax.legend(fontsize=7, frameon=False, loc="upper left")
        fig.autofmt_xdate()
        fig.tight_layout()
    return fig
