"""Matplotlib charts for the layouts, in the plugin palette (rendered headless with the Agg backend)."""

from __future__ import annotations

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
