"""Matplotlib charts for the layouts, in the plugin palette (rendered headless with the Agg backend)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from .cities import lighten
from .fmt import percent
from .themes import theme


def theme_share_chart(
    shares: dict[str, float], colour: str, path: str | Path, title: str, lang: str = "nl", size_mm=(70, 60)
) -> Path:
    """Horizontal bars of a city's share per theme (0..1), value labels in the language's number format."""
    codes = list(shares)
    values = [float(shares[c]) for c in codes]
    fig, ax = plt.subplots(figsize=(size_mm[0] / 25.4, size_mm[1] / 25.4), dpi=200)
    ypos = range(len(codes))[::-1]
    ax.barh(list(ypos), values, color=colour, edgecolor=lighten(colour, 0.0), height=0.62)
    top = max(values + [0.05]) * 1.3
    for y, v in zip(ypos, values):
        ax.text(v + top * 0.02, y, percent(v, 0, lang), va="center", fontsize=7, color="#333333")
    ax.set_yticks(list(ypos))
    ax.set_yticklabels([theme(c).label(lang) for c in codes], fontsize=7)
    ax.set_xlim(0, top)
    # Whole-percent ticks at a 'nice' step, so labels never round to uneven values (2 %, 5 %, 8 %).
    step = next(s for s in (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5) if top / s <= 6)
    ax.xaxis.set_major_locator(matplotlib.ticker.MultipleLocator(step))
    ax.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: percent(x, 0, lang)))
    ax.tick_params(axis="x", labelsize=6, colors="#555555")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color("#888888")
    ax.spines["bottom"].set_color("#888888")
    ax.set_title(title, fontsize=8, loc="left", color="#222222")
    ax.set_facecolor("white")
    fig.tight_layout(pad=0.4)
    path = Path(path)
    fig.savefig(path, facecolor="white")
    plt.close(fig)
    return path


SERIES_LABELS = {
    "nl": {"self_containment": "zelfvoorziening", "orientation": "oriëntatie op {}"},
    "en": {"self_containment": "self-containment", "orientation": "orientation to {}"},
}


def series_chart(
    series,
    names: dict[str, str],
    path: str | Path,
    title: str,
    lang: str = "nl",
    size_mm=(180, 110),
    cols: int = 4,
    tick: Callable[[], None] = lambda: None,
) -> Path:
    """Small multiples, one panel per city: self-containment (city colour) and orientation lines over the years.

    tick is called between the costly steps (layout, drawing), so a waiting dialog can repaint.

    series is the long table of periods.city_series (year, code, indicator, partner, value); every panel shares
    the y scale (0 to the largest value), so panels can be compared.
    """
    from .cities import city_colour

    labels = SERIES_LABELS["en" if lang == "en" else "nl"]
    codes = list(dict.fromkeys(series["code"]))
    cols = min(cols, max(1, len(codes)))
    rows = (len(codes) + cols - 1) // cols
    fig, axes = plt.subplots(
        rows, cols, figsize=(size_mm[0] / 25.4, size_mm[1] / 25.4), dpi=200, sharey=True, squeeze=False
    )
    top = float(series["value"].max()) if len(series) else 1.0
    years = sorted(series["year"].unique())
    for ax, code in zip(axes.ravel(), codes):
        rows_of = series[series["code"] == code]
        own = rows_of[rows_of["indicator"] == "self_containment"]
        if (own["value"] > 0).any():  # moves between municipalities have no within-municipality flow at all
            ax.plot(own["year"], own["value"], color=city_colour(code), lw=2.0, marker="o", ms=2.5,
                    label=labels["self_containment"])  # fmt: skip
        orient = rows_of[rows_of["indicator"] == "orientation"]
        for k, (partner, part) in enumerate(orient.groupby("partner", sort=False)):
            ax.plot(part["year"], part["value"], color=city_colour(partner, k), lw=1.2, ls="--", marker=".",
                    ms=2.5, label=labels["orientation"].format(names.get(partner, partner)))  # fmt: skip
        ax.set_title(names.get(code, code), fontsize=8, loc="left", color=city_colour(code))
        ax.set_ylim(0, top * 1.1)
        ax.set_xticks(years if len(years) <= 5 else years[:: max(1, len(years) // 4)])
        ax.tick_params(labelsize=6, colors="#555555")
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: percent(x, 0, lang)))
        ax.grid(axis="y", color="#e5e5e5", lw=0.5)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        small = size_mm[0] / cols < 60
        if small:  # a narrow panel: the legend below the axes, out of the lines' way
            ax.legend(fontsize=4.5, frameon=False, loc="upper left", bbox_to_anchor=(-0.05, -0.18), handlelength=1.5)
        else:
            ax.legend(fontsize=5.5, frameon=False, loc="upper left")
    for ax in axes.ravel()[len(codes) :]:
        ax.set_visible(False)
    fig.suptitle(title, fontsize=9, x=0.01, ha="left", color="#222222")
    tick()
    fig.tight_layout(pad=0.4)
    tick()
    path = Path(path)
    fig.savefig(path, facecolor="white")
    plt.close(fig)
    return path
