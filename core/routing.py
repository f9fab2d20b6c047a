"""Road network shortest paths: graph from segments, snapping points onto segments, all-sources cost matrix."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import cKDTree

from . import HemaInputError

# Default speeds (km/h) per TravelMapping road system, documented in the algorithm help:
# nlda = A-roads (motorways, 100-130 limit, 100 effective), nldr = N-rijkswegen (80), nldp = provincial N-roads (70).
DEFAULT_SPEEDS = {"nlda": 100.0, "nldr": 80.0, "nldp": 70.0}
FALLBACK_SPEED = 60.0


@dataclass
class Network:
    """An undirected road graph: node coordinates, a sparse cost matrix and the segments it was built from."""

    nodes: np.ndarray  # (n, 2)
    graph: object  # scipy sparse csr (n, n), upper triangle, min cost per node pair
    seg_xy: np.ndarray  # (s, 4): x0, y0, x1, y1
    seg_nodes: np.ndarray  # (s, 2) node index of both ends
    seg_cost: np.ndarray  # (s,)
    components: np.ndarray  # (n,) connected component label per node


def build_network(seg_xy: np.ndarray, seg_cost: np.ndarray, tolerance: float = 0.0) -> Network:
    """Graph of line segments (x0, y0, x1, y1) whose end points within tolerance are the same node."""
    seg_xy = np.asarray(seg_xy, float).reshape(-1, 4)
    seg_cost = np.asarray(seg_cost, float)
    if len(seg_xy) == 0:
        raise HemaInputError("the road network has no line segments; choose a line layer with roads.")
    if not np.all(np.isfinite(seg_cost)) or np.any(seg_cost < 0):
        raise HemaInputError("road segment costs must be finite and >= 0; check the speed field (speed > 0).")
    ends = np.concatenate([seg_xy[:, :2], seg_xy[:, 2:]])
    if tolerance > 0:
        pairs = cKDTree(ends).query_pairs(tolerance, output_type="ndarray")
        glue = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(ends), len(ends)))
        _, label = connected_components(glue, directed=False)
        _, first = np.unique(label, return_index=True)
        nodes = ends[first]
    else:
        nodes, label = np.unique(ends, axis=0, return_inverse=True)
    label = label.ravel()
    s = len(seg_xy)
    seg_nodes = np.column_stack([label[:s], label[s:]])
    lo, hi = seg_nodes.min(axis=1), seg_nodes.max(axis=1)
    real = lo != hi
    order = np.lexsort((seg_cost[real], hi[real], lo[real]))
    lo, hi, cost = lo[real][order], hi[real][order], seg_cost[real][order]
    first = np.ones(len(lo), bool)
    first[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
    # scipy treats stored zeros as missing edges: floor costs at a tiny positive value.
    weight = np.maximum(cost[first], 1e-12)
    n = len(nodes)
    graph = coo_matrix((weight, (lo[first], hi[first])), shape=(n, n)).tocsr()
    _, components = connected_components(graph, directed=False)
    return Network(nodes, graph, seg_xy, seg_nodes, seg_cost, components)


def snap_points(net: Network, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Nearest segment of each point: (segment index, position t along it in 0..1, snap distance)."""
    pts = np.column_stack([np.asarray(x, float), np.asarray(y, float)])
    a, b = net.seg_xy[:, :2], net.seg_xy[:, 2:]
    mid = (a + b) / 2
    half = np.hypot(*(b - a).T) / 2
    tree = cKDTree(mid)
    _, near = tree.query(pts)
    best = _point_segment(pts, a[near], b[near])[0]
    # Any segment closer than `best` has its midpoint within best + half its length of the point.
    candidates = tree.query_ball_point(pts, best + half.max() + 1e-9)
    counts = np.fromiter((len(c) for c in candidates), dtype=np.int64, count=len(pts))
    seg = np.fromiter((s for c in candidates for s in c), dtype=np.int64, count=int(counts.sum()))
    owner = np.repeat(np.arange(len(pts)), counts)
    dist, t = _point_segment(pts[owner], a[seg], b[seg])
    order = np.lexsort((seg, dist, owner))
    pick = order[np.r_[True, owner[order][1:] != owner[order][:-1]]]
    return seg[pick], t[pick], dist[pick]


def _point_segment(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    ab = b - a
    len2 = np.einsum("ij,ij->i", ab, ab)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(len2 > 0, np.einsum("ij,ij->i", p - a, ab) / len2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    foot = a + t[:, None] * ab
    return np.hypot(*(p - foot).T), t


def cost_matrix(
    net: Network,
    origin_snap: tuple[np.ndarray, np.ndarray, np.ndarray],
    destination_snap: tuple[np.ndarray, np.ndarray, np.ndarray],
    access_cost: tuple[np.ndarray, np.ndarray] | None = None,
    chunk: int = 64,
    progress=None,
) -> np.ndarray:
    """Shortest network cost from every origin to every destination (NaN = unreachable).

    Points sit on their snapped segment; the cost to its end nodes is the part of the segment cost on
    either side. One scipy Dijkstra pass over all origin end nodes (chunked to bound memory) gives every
    row at once. access_cost adds a per-origin and per-destination cost (e.g. the snap leg) to each pair.
    """
    so, to, _ = origin_snap
    sd, td, _ = destination_snap
    ou, ov, off_ou, off_ov = _ends(net, so, to)
    du, dv, off_du, off_dv = _ends(net, sd, td)
    sources, inverse = np.unique(np.concatenate([ou, ov]), return_inverse=True)
    n_o = len(so)
    row_u, row_v = inverse[:n_o], inverse[n_o:]
    result = np.full((n_o, len(sd)), np.inf)
    # Process origins in chunks; each chunk runs Dijkstra only from the end nodes its origins need.
    for start in range(0, n_o, chunk):
        stop = min(start + chunk, n_o)
        need, local = np.unique(np.concatenate([row_u[start:stop], row_v[start:stop]]), return_inverse=True)
        dist = dijkstra(net.graph, directed=False, indices=sources[need])
        lu, lv = local[: stop - start], local[stop - start :]
        best = result[start:stop]
        for row, off in ((lu, off_ou[start:stop]), (lv, off_ov[start:stop])):
            for col, off_d in ((du, off_du), (dv, off_dv)):
                np.minimum(best, off[:, None] + dist[row][:, col] + off_d[None, :], out=best)
        if progress is not None and not progress(stop / n_o):
            break
    same = so[:, None] == sd[None, :]
    if same.any():
        direct = np.abs(to[:, None] - td[None, :]) * net.seg_cost[so][:, None]
        np.minimum(result, np.where(same, direct, np.inf), out=result)
    if access_cost is not None:
        result = result + access_cost[0][:, None] + access_cost[1][None, :]
    result[~np.isfinite(result)] = np.nan
    return result


def _ends(net: Network, seg: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, ...]:
    cost = net.seg_cost[seg]
    return net.seg_nodes[seg, 0], net.seg_nodes[seg, 1], t * cost, (1 - t) * cost


def segment_costs(length: np.ndarray, speed_kmh: np.ndarray, unit: str = "minutes") -> np.ndarray:
    """Cost of segments of a length in metres: travel minutes at speed (km/h) or kilometres."""
    length = np.asarray(length, float)
    if unit == "km":
        return length / 1000.0
    speed = np.asarray(speed_kmh, float)
    if np.any(~np.isfinite(speed)) or np.any(speed <= 0):
        raise HemaInputError("every road needs a speed > 0 km/h; fill in the speed field or the speed per class.")
    return length / (speed * 1000.0 / 60.0)
