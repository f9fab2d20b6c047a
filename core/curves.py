"""Flow-line geometry as coordinate arrays: straight or quadratic Bézier curves bending right of travel."""

from __future__ import annotations

import numpy as np


def flow_lines(
    x0: np.ndarray,
    y0: np.ndarray,
    x1: np.ndarray,
    y1: np.ndarray,
    bend: float = 0.15,
    vertices: int = 21,
    trim: np.ndarray | float = 0.0,
) -> np.ndarray:
    """Coordinates (n, vertices, 2) of lines from (x0, y0) to (x1, y1).

    bend = offset of the Bézier control point, as a fraction of the chord length, to the right of the
    direction of travel (0 = straight, then 2 vertices suffice), so i->j and j->i bend to opposite sides and
    never overlap. trim = distance (map units, scalar or per line) cut off both ends, so arrow heads stop
    at the edge of the node symbols; never more than a third of the chord.
    """
    p0 = np.column_stack([np.asarray(x0, float), np.asarray(y0, float)])
    p1 = np.column_stack([np.asarray(x1, float), np.asarray(y1, float)])
    chord = p1 - p0
    length = np.hypot(chord[:, 0], chord[:, 1])
    if bend == 0:
        vertices = 2
    vertices = max(int(vertices), 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = np.where(length > 0, np.minimum(np.broadcast_to(trim, length.shape) / length, 1 / 3), 0.0)
    # Right-hand normal of (dx, dy) is (dy, -dx); scaled by the chord length already.
    control = (p0 + p1) / 2 + bend * np.column_stack([chord[:, 1], -chord[:, 0]])
    s = np.linspace(0.0, 1.0, vertices)[None, :]
    # t runs from frac to 1 - frac, so trimming shortens the curve along its own parameter.
    t = (frac[:, None] + s * (1 - 2 * frac[:, None]))[:, :, None]
    return (1 - t) ** 2 * p0[:, None, :] + 2 * (1 - t) * t * control[:, None, :] + t**2 * p1[:, None, :]


def linestring_wkb(coords: np.ndarray) -> list[bytes]:
    """Little-endian WKB LineStrings of an (n, vertices, 2) coordinate array, built in one vectorised pass."""
    coords = np.ascontiguousarray(coords, dtype="<f8")
    n, vertices, _ = coords.shape
    record = np.dtype([("order", "u1"), ("type", "<u4"), ("count", "<u4"), ("xy", "<f8", (vertices, 2))])
    rows = np.empty(n, dtype=record)
    rows["order"] = 1
    rows["type"] = 2
    rows["count"] = vertices
    rows["xy"] = coords
    raw = rows.tobytes()
    size = record.itemsize
    return [raw[k * size : (k + 1) * size] for k in range(n)]
