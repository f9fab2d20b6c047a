"""Small-multiple charts of the city comparison: one panel per indicator, cities in their palette, NL and Drenthe."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .cities import city_colour
from .fmt import number
from .themes import theme

WORDS = {
    "nl": {"nl": "Nederland", "drenthe": "Drenthe", "title": "{}: steden vergeleken met Drenthe en Nederland"},
    "en": {"nl": "Netherlands", "drenthe": "Drenthe", "title": "{}: cities compared with Drenthe and the Netherlands"},
}


def _decimals(values) -> int:
    finite = [abs(v) for v in values if np.isfinite(v)]
    top = max(finite) if finite else 0
    return 0 if top >= 100 else 1


def comparison_chart(
    frame: pd.DataFrame,
    theme_code: str,
    path: str | Path,
    lang: str = "nl",
    size_mm=(180, 120),
    columns: int = 0,
    tick: Callable[[], None] = lambda: None,
) -> Path:
    """Small multiples for one theme: per indicator horizontal bars per city, NL (black) and Drenthe (grey) lines.

    tick is called between the costly steps (layout, drawing), so a waiting dialog can repaint.
    """
    words = WORDS["en" if lang == "en" else "nl"]
    sub = frame[frame["theme"] == theme_code]
    indicators = list(dict.fromkeys(sub["indicator"]))
    n = max(len(indicators), 1)
    columns = columns or min(n, 3)
    rows = math.ceil(n / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(size_mm[0] / 25.4, size_mm[1] / 25.4), dpi=200, squeeze=False)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    for ax, ind in zip(axes.flat, indicators):
        part = sub[sub["indicator"] == ind]
        cities = list(part["name"])[::-1]
        values = list(part["value"])[::-1]
        colours = [city_colour(c) for c in part["code"]][::-1]
        ypos = np.arange(len(cities))
        ax.barh(ypos, [v if np.isfinite(v) else 0 for v in values], color=colours, height=0.66)
        nl, dr = float(part["nl"].iloc[0]), float(part["drenthe"].iloc[0])
        decimals = _decimals(values + [nl, dr])
        ax.axvline(nl, color="#111111", lw=0.9, ls="--", label=words["nl"])
        if np.isfinite(dr):
            ax.axvline(dr, color="#8a8a8a", lw=0.9, ls=":", label=words["drenthe"])
        top = max([v for v in values + [nl, dr] if np.isfinite(v)] + [1e-9]) * 1.28
        for y, v in zip(ypos, values):
            label = number(v, decimals, lang) if np.isfinite(v) else "–"
            ax.text((v if np.isfinite(v) else 0) + top * 0.015, y, label, va="center", fontsize=5, color="#333333")
        ax.set_xlim(0, top)
        ax.set_yticks(ypos)
        ax.set_yticklabels(cities, fontsize=5.5)
        ax.tick_params(axis="x", labelsize=5, colors="#555555")
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(4))
        ax.xaxis.set_major_formatter(
            matplotlib.ticker.FuncFormatter(lambda x, _: number(x, 0 if x == int(x) else 1, lang))
        )
        label, unit, year = part["label"].iloc[0], part["unit"].iloc[0], int(part["year"].iloc[0])
        ax.set_title(textwrap.fill(f"{label} ({unit}, {year})", 40), fontsize=6, loc="left", color="#222222")
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    handles, labels = axes.flat[0].get_legend_handles_labels()
    if handles:
        fig.legend(handles, labels, loc="lower right", fontsize=5.5, frameon=False, ncol=2)
    fig.suptitle(words["title"].format(theme(theme_code).label(lang)), fontsize=8, x=0.01, ha="left")
    tick()
    fig.tight_layout(pad=0.5, rect=(0, 0.03, 1, 0.97))
    tick()
    path = Path(path)
    fig.savefig(path, facecolor="white")
    plt.close(fig)
    return path
