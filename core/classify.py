"""Class breaks for choropleths (quantiles, natural breaks, equal interval, pretty) and their colour ramps."""

from __future__ import annotations

import math

import numpy as np

from . import HemaInputError
from .cities import lighten

METHODS: tuple[str, ...] = ("quantile", "jenks", "equal", "pretty")
# Diverging ramps (ColorBrewer RdBu halves): 'good' side blue, 'bad' side red; sequential for neutral indicators.
GOOD, BAD, MIDDLE = "#2166ac", "#b2182b", "#f7f7f7"
SEQUENTIAL = ("#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#045a8d", "#023858", "#011f3b")


def _clean(values) -> np.ndarray:
    array = np.asarray([v for v in values if v is not None], dtype=float)
    array = array[np.isfinite(array)]
    if array.size == 0:
        raise HemaInputError("no values to classify; the indicator has no data for these areas.")
    return np.sort(array)


def jenks(values: np.ndarray, k: int) -> list[float]:
    """Fisher-Jenks natural breaks: k classes minimising the within-class squared deviations (exact, O(k·n²))."""
    x = np.sort(np.asarray(values, dtype=float))
    n = x.size
    k = min(k, len(np.unique(x)))
    s1 = np.concatenate([[0.0], np.cumsum(x)])
    s2 = np.concatenate([[0.0], np.cumsum(x * x)])

    def ssd(i: np.ndarray, j: int) -> np.ndarray:  # squared deviation of x[i:j] for many i
        cnt = j - i
        return s2[j] - s2[i] - (s1[j] - s1[i]) ** 2 / np.maximum(cnt, 1)

    cost = np.full((k + 1, n + 1), np.inf)
    back = np.zeros((k + 1, n + 1), dtype=int)
    cost[0, 0] = 0.0
    for c in range(1, k + 1):
        for j in range(c, n + 1):
            i = np.arange(c - 1, j)
            total = cost[c - 1, i] + ssd(i, j)
            best = int(np.argmin(total))
            cost[c, j], back[c, j] = total[best], i[best]
    cuts, j = [], n
    for c in range(k, 0, -1):
        i = back[c, j]
        cuts.append(i)
        j = i
    starts = sorted(cuts)
    return [float(x[0])] + [float(x[s - 1]) for s in starts[1:]] + [float(x[-1])]


def _nice(step: float) -> float:
    power = 10 ** math.floor(math.log10(step))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= step)


def class_breaks(values, method: str = "quantile", classes: int = 5) -> list[float]:
    """Ascending class bounds (classes + 1 values at most; fewer when values repeat) by the method."""
    if method not in METHODS:
        raise HemaInputError(f"unknown classification {method!r}; choose one of {', '.join(METHODS)}.")
    if classes < 2:
        raise HemaInputError("a choropleth needs at least 2 classes.")
    x = _clean(values)
    lo, hi = float(x[0]), float(x[-1])
    if lo == hi:
        return [lo, hi]
    if method == "quantile":
        bounds = list(np.quantile(x, np.linspace(0, 1, classes + 1)))
    elif method == "jenks":
        bounds = jenks(x, classes)
    elif method == "equal":
        bounds = list(np.linspace(lo, hi, classes + 1))
    else:
        step = _nice((hi - lo) / classes)
        start, stop = math.floor(lo / step) * step, math.ceil(hi / step) * step
        bounds = list(np.arange(start, stop + step / 2, step))
    return sorted({round(float(b), 10) for b in bounds})


def with_reference(bounds: list[float], reference: float | None) -> list[float]:
    """Bounds with the reference value (NL) added as a break when it lies inside, so classes split at it."""
    if reference is None or not np.isfinite(reference) or not bounds[0] < reference < bounds[-1]:
        return bounds
    return sorted(set(bounds) | {round(float(reference), 10)})


def class_colours(bounds: list[float], reference: float | None = None, sense: int = 0) -> list[str]:
    """Colour per class: diverging around the reference when the sense is known, else sequential."""
    n = len(bounds) - 1
    if sense == 0 or reference is None or not np.isfinite(reference):
        picks = np.linspace(0, len(SEQUENTIAL) - 1, n).round().astype(int) if n > 1 else [3]
        return [SEQUENTIAL[i] for i in picks]
    mids = [(a + b) / 2 for a, b in zip(bounds[:-1], bounds[1:])]
    below = [m for m in mids if m < reference]
    above = [m for m in mids if m > reference]
    up, down = (GOOD, BAD) if sense > 0 else (BAD, GOOD)
    colours = []
    for m in mids:
        if m < reference:
            rank = below[::-1].index(m) + 1  # 1 = nearest the reference
            colours.append(lighten(down, 0.75 * (1 - rank / (len(below) + 0.5))))
        elif m > reference:
            rank = above.index(m) + 1
            colours.append(lighten(up, 0.75 * (1 - rank / (len(above) + 0.5))))
        else:
            colours.append(MIDDLE)
    return colours
