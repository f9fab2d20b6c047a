"""Bar chart of shares per city and theme (matplotlib in a Qt canvas), coloured with the fixed city palette."""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.legend_handler import HandlerTuple
from matplotlib.patches import Patch

from ..i18n import tr
from .results import ChartData


class ShareChart(FigureCanvasQTAgg):
    """A small matplotlib canvas that draws ChartData as stacked or grouped bars."""

    def __init__(self, parent=None):
        self.figure = Figure(figsize=(3.2, 2.2), dpi=90, tight_layout=True)
        super().__init__(self.figure)
        self.setParent(parent)
        self.axes = self.figure.add_subplot(111)
        self.data: ChartData | None = None
        self.show_data(ChartData([]))

    def show_data(self, data: ChartData) -> None:
        """Redraw the chart with data (an empty chart says so)."""
        self.data = data
        ax = self.axes
        ax.clear()
        ax.set_title(data.title, fontsize=9, loc="left")
        if data.is_empty():
            ax.text(0.5, 0.5, tr("No city profile yet"), ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
            self.draw_idle()
            return
        ax.set_axis_on()
        x = np.arange(len(data.categories))
        if data.stacked:
            bottom = np.zeros(len(x))
            for label, values, colours in data.series:
                ax.bar(x, values, bottom=bottom, color=colours, edgecolor="white", linewidth=0.5, label=label)
                bottom += np.asarray(values, dtype=float)
        else:
            width = 0.8 / len(data.series)
            for k, (label, values, colours) in enumerate(data.series):
                offset = (k - (len(data.series) - 1) / 2) * width
                ax.bar(x + offset, values, width=width, color=colours, edgecolor="white", linewidth=0.5, label=label)
        ax.set_xticks(x)
        ax.set_xticklabels(data.categories, fontsize=8)
        ax.set_ylim(0, 1)
        ax.yaxis.set_major_formatter(lambda v, _pos: f"{100 * v:.0f}%")
        ax.tick_params(axis="y", labelsize=8)
        ax.set_ylabel(data.ylabel, fontsize=8)
        # each legend swatch shows the series in every city's colour, as the bars do
        handles = [tuple(Patch(facecolor=c, edgecolor="white") for c in colours) for _label, _v, colours in data.series]
        ax.legend(
            handles,
            [label for label, _v, _c in data.series],
            handler_map={tuple: HandlerTuple(ndivide=None, pad=0)},
            fontsize=8,
            frameon=False,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.32),
            ncol=3,
            handlelength=3.0,
        )
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        self.draw_idle()

    def bar_count(self) -> int:
        """Number of bars drawn (for tests)."""
        return len(self.axes.patches)
