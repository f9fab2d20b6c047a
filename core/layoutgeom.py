"""Print-layout geometry: page sizes, item frames per sheet kind (mm), map extents and scale-bar steps."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import HemaInputError

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}
SHEET_KINDS: tuple[str, ...] = ("map", "poster", "city", "theme", "cover", "table")


@dataclass(frozen=True)
class Frame:
    """A rectangle on the page in millimetres (x, y of the top-left corner)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """X of the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """Y of the bottom edge."""
        return self.y + self.h

    def overlaps(self, other: Frame) -> bool:
        """True when the two frames share an area (touching edges do not count)."""
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def inside(self, other: Frame) -> bool:
        """True when this frame lies within other."""
        eps = 1e-6
        return (
            self.x >= other.x - eps
            and self.y >= other.y - eps
            and self.right <= other.right + eps
            and self.bottom <= other.bottom + eps
        )


def page_size(kind: str) -> tuple[float, float]:
    """Landscape page size (w, h) in mm of a sheet kind: A3 for the poster, A4 otherwise."""
    return PAGE_SIZES["A3" if kind == "poster" else "A4"]


def font_scale(kind: str) -> float:
    """Text size factor of a sheet kind relative to A4."""
    w, h = page_size(kind)
    return h / PAGE_SIZES["A4"][1]


def sheet_frames(kind: str) -> dict[str, Frame]:
    """Named item frames of a sheet kind; overlays (north arrow, scale bar) sit inside the map frame."""
    if kind not in SHEET_KINDS:
        raise HemaInputError(f"unknown sheet kind {kind!r}; valid kinds: {', '.join(SHEET_KINDS)}")
    w, h = page_size(kind)
    s = font_scale(kind)
    m = 10.0 * s
    top = m + 17.0 * s
    footer_h = 12.0 * s
    body_bottom = h - m - footer_h - 2.0 * s
    side_w = (100.0 if kind == "theme" else 72.0) * s  # theme legends list every city x band: two columns
    frames = {
        "title": Frame(m, m - 2.0 * s, w - 2 * m - 44.0 * s, 10.0 * s),
        "subtitle": Frame(m, m + 8.0 * s, w - 2 * m - 44.0 * s, 7.0 * s),
        "date": Frame(w - m - 40.0 * s, m - 2.0 * s, 40.0 * s, 6.0 * s),
        "sources": Frame(m, h - m - footer_h, w - 2 * m - side_w - 6.0 * s, footer_h),
        "rule": Frame(m, top - 2.0 * s, w - 2 * m, 0.4 * s),
    }
    if kind in ("map", "poster", "theme"):
        map_w = w - 2 * m - side_w - 6.0 * s
        frames["map"] = Frame(m, top, map_w, body_bottom - top)
        side_x = m + map_w + 6.0 * s
        split = {"theme": 0.76, "map": 0.66, "poster": 0.58}[kind]
        frames["legend"] = Frame(side_x, top, side_w, (body_bottom - top) * split)
        if kind == "poster":  # A3: a short explanation between the legend and the footnote
            frames["about"] = Frame(side_x, top + (body_bottom - top) * (split + 0.02), side_w, 50.0 * s)
            split += 0.02 + 50.0 * s / (body_bottom - top)
        frames["footnote"] = Frame(
            side_x,
            top + (body_bottom - top) * (split + 0.02),
            side_w,
            h - m - top - (body_bottom - top) * (split + 0.02),
        )
    elif kind == "city":
        map_w = 138.0 * s
        frames["map"] = Frame(m, top, map_w, body_bottom - top)
        side_x = m + map_w + 6.0 * s
        col_w = w - m - side_x
        frames["table"] = Frame(side_x, top, col_w, 66.0 * s)
        frames["chart"] = Frame(side_x, top + 68.0 * s, col_w * 0.58, body_bottom - top - 68.0 * s)
        frames["legend"] = Frame(side_x + col_w * 0.6, top + 68.0 * s, col_w * 0.4, body_bottom - top - 68.0 * s)
        frames["footnote"] = Frame(side_x, h - m - footer_h, col_w, footer_h)
        frames["sources"] = Frame(m, h - m - footer_h, map_w, footer_h)
    elif kind == "table":
        frames["table"] = Frame(m, top + 2.0 * s, w - 2 * m, body_bottom - top - 20.0 * s)
        frames["footnote"] = Frame(m, body_bottom - 16.0 * s, w - 2 * m, 14.0 * s)
    elif kind == "cover":
        frames["band"] = Frame(0.0, 0.0, w * 0.42, h)
        frames["title"] = Frame(m * 1.5, h * 0.30, w * 0.42 - 3 * m, 40.0 * s)
        frames["subtitle"] = Frame(m * 1.5, h * 0.30 + 42.0 * s, w * 0.42 - 3 * m, 30.0 * s)
        frames["date"] = Frame(m * 1.5, h - m - 16.0 * s, w * 0.42 - 3 * m, 6.0 * s)
        frames["sources"] = Frame(w * 0.42 + m, h - m - footer_h, w * 0.58 - 2 * m, footer_h)
        frames["map"] = Frame(w * 0.42 + m, m, w * 0.58 - 2 * m, h - 2 * m - footer_h - 2.0 * s)
        del frames["rule"]
    if "map" in frames and kind != "cover":
        mp = frames["map"]
        frames["scalebar"] = Frame(mp.x + 3.0 * s, mp.bottom - 13.0 * s, 60.0 * s, 10.0 * s)
        frames["north"] = Frame(mp.right - 12.0 * s, mp.y + 3.0 * s, 8.0 * s, 12.0 * s)
    return frames


def fit_extent(
    bounds: tuple[float, float, float, float], frame_w: float, frame_h: float, margin: float = 0.05
) -> tuple[float, float, float, float]:
    """Grow bounds (xmin, ymin, xmax, ymax) by a margin and to the frame's aspect ratio, keeping the centre."""
    xmin, ymin, xmax, ymax = bounds
    if not all(math.isfinite(v) for v in bounds) or xmax < xmin or ymax < ymin:
        raise HemaInputError(f"map extent {bounds} is empty or not finite; the layers hold no geometry to show")
    if frame_w <= 0 or frame_h <= 0:
        raise HemaInputError(f"map frame {frame_w} x {frame_h} mm has no area")
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    bw = max(xmax - xmin, 1.0) * (1 + 2 * margin)
    bh = max(ymax - ymin, 1.0) * (1 + 2 * margin)
    aspect = frame_w / frame_h
    if bw / bh < aspect:
        bw = bh * aspect
    else:
        bh = bw / aspect
    return cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2


def keep_points_inside(
    extent: tuple[float, float, float, float],
    xs,
    ys,
    frame_w: float,
    frame_h: float,
    edge_mm: float = 6.0,
    reach_mm: float = 3.0,
) -> tuple[float, float, float, float]:
    """Grow extent so points near its edge (within edge_mm inside or reach_mm outside) sit edge_mm inside.

    A point on the map frame would be cut in half and its label dropped; points farther out stay off the map.
    """
    x = np.asarray(xs, dtype=float)
    y = np.asarray(ys, dtype=float)
    x0, y0, x1, y1 = extent
    per_mm = (x1 - x0) / frame_w if frame_w > 0 else 0.0
    if per_mm <= 0 or x.size == 0:
        return extent
    edge, reach = edge_mm * per_mm, reach_mm * per_mm
    within_reach = (x >= x0 - reach) & (x <= x1 + reach) & (y >= y0 - reach) & (y <= y1 + reach)
    clear = (x >= x0 + edge) & (x <= x1 - edge) & (y >= y0 + edge) & (y <= y1 - edge)
    near = within_reach & ~clear
    if not near.any():
        return extent
    bounds = (
        min(x0, float((x[near] - edge).min())),
        min(y0, float((y[near] - edge).min())),
        max(x1, float((x[near] + edge).max())),
        max(y1, float((y[near] + edge).max())),
    )
    return fit_extent(bounds, frame_w, frame_h, margin=0.0)


def nice_step(length: float) -> float:
    """Largest 1-2-5 step (e.g. 10, 20, 50 km) not exceeding length; used for scale-bar segments."""
    if length <= 0 or not math.isfinite(length):
        raise HemaInputError(f"scale-bar length {length} must be a positive number")
    exp = math.floor(math.log10(length))
    for mult in (5.0, 2.0, 1.0):
        step = mult * 10**exp
        if step <= length * (1 + 1e-9):
            return step
    return 10**exp


def scalebar_segment_km(map_width_m: float, frame_width_mm: float, target_mm: float = 15.0) -> float:
    """Scale-bar segment length in km so that one segment is about target_mm wide on paper."""
    if frame_width_mm <= 0:
        raise HemaInputError("map frame width must be positive")
    return nice_step(map_width_m / frame_width_mm * target_mm / 1000.0)
