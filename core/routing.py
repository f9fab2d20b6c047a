"""Road network shortest paths: graph from segments, snapping points onto segments, all-sources cost matrix."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import cKDTree

from . import HemaInputError

# Default speeds (km/h) per TravelMapping road system, documented in the algorithm help:
# nlda = A-roads (motorways, 100-130 limit, 100 effective), nldr = N-rijkswegen (80), nldp = provincial N-roads (70).
DEFAULT_SPEEDS = {"nlda": 100.0, "nldr": 80.0, "nldp": 70.0}
FALLBACK_SPEED = 60.0
# A snap leg stands for local roads a coarse network leaves out: ~40 km/h over a route ~1.3x the straight leg.
ACCESS_SPEED_KMH = 30.0
# Points farther from the roads than this (metres in EPSG:28992) are off the network, not teleported onto it.
MAX_SNAP_M = 5000.0


@dataclass
class Network:
    """An undirected road graph: node coordinates, a sparse cost matrix and the segments it was built from."""

    nodes: np.ndarray  # (n, 2)
    graph: object  # scipy sparse csr (n, n), symmetric, min cost per node pair
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
        nodes, label = _unique_points(ends)
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
    a, b = lo[first], hi[first]
    # Both directions stored: scipy then runs directed searches without building the transpose every call.
    graph = coo_matrix(
        (np.concatenate([weight, weight]), (np.concatenate([a, b]), np.concatenate([b, a]))), shape=(n, n)
    )
    graph = graph.tocsr()
    _, components = connected_components(graph, directed=False)
    return Network(nodes, graph, seg_xy, seg_nodes, seg_cost, components)


def _unique_points(xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of an (n, 2) array sorted by x then y and each row's index in them (np.unique(axis=0), faster)."""
    order = np.lexsort((xy[:, 1], xy[:, 0]))
    ordered = xy[order]
    new = np.ones(len(ordered), bool)
    new[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
    label = np.empty(len(ordered), np.int64)
    label[order] = np.cumsum(new) - 1
    return ordered[new], label


def snap_points(
    net: Network, x: np.ndarray, y: np.ndarray, chunk: int = 20_000
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Nearest segment of each point: (segment index, position t along it in 0..1, snap distance).

    Exact: long segments are cut into pieces no longer than four times the median segment, and every piece
    whose midpoint lies within (best distance so far + half the longest piece) of a point is measured.
    """
    pts = np.column_stack([np.asarray(x, float), np.asarray(y, float)])
    a0, b0 = net.seg_xy[:, :2], net.seg_xy[:, 2:]
    length = np.hypot(*(b0 - a0).T)
    limit = max(4.0 * float(np.median(length)), 1e-9)
    pieces = np.maximum(np.ceil(length / limit).astype(np.int64), 1)
    seg_of = np.repeat(np.arange(len(length)), pieces)
    k = np.arange(len(seg_of)) - np.repeat(np.cumsum(pieces) - pieces, pieces)
    n_of = pieces[seg_of]
    a = a0[seg_of] + (b0 - a0)[seg_of] * (k / n_of)[:, None]
    b = a0[seg_of] + (b0 - a0)[seg_of] * ((k + 1) / n_of)[:, None]
    tree = cKDTree((a + b) / 2)
    reach = np.hypot(*(b - a).T).max() / 2 + 1e-9
    results = [(np.empty(0, np.int64), np.empty(0), np.empty(0))]
    for start in range(0, len(pts), chunk):
        p = pts[start : start + chunk]
        _, near = tree.query(p)
        best = _point_segment(p, a[near], b[near])[0]
        # Any piece closer than `best` has its midpoint within best + half its length of the point.
        candidates = tree.query_ball_point(p, best + reach)
        counts = np.fromiter((len(c) for c in candidates), dtype=np.int64, count=len(p))
        piece = np.fromiter((s for c in candidates for s in c), dtype=np.int64, count=int(counts.sum()))
        owner = np.repeat(np.arange(len(p)), counts)
        dist, t = _point_segment(p[owner], a[piece], b[piece])
        order = np.lexsort((piece, dist, owner))
        pick = order[np.r_[True, owner[order][1:] != owner[order][:-1]]]
        chosen = piece[pick]
        t_full = (k[chosen] + t[pick]) / n_of[chosen]
        results.append((seg_of[chosen], t_full, dist[pick]))
    seg, t, dist = (np.concatenate(parts) for parts in zip(*results))
    return seg, t, dist


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

    Points sit on their snapped segment. Every source point becomes a virtual graph node joined to both ends
    of its segment by the part of the segment cost on either side, so one scipy Dijkstra run per source
    point (all in one call per chunk) gives its whole row. The graph is undirected, so the smaller of the
    two point sets is used as sources and the result transposed when needed. access_cost adds a
    per-origin and per-destination cost (e.g. the snap leg) to each pair.
    """
    if len(destination_snap[0]) < len(origin_snap[0]):
        flipped = None if access_cost is None else (access_cost[1], access_cost[0])
        return cost_matrix(net, destination_snap, origin_snap, flipped, chunk, progress).T
    so, to, _ = origin_snap
    sd, td, _ = destination_snap
    ou, ov, off_ou, off_ov = _ends(net, so, to)
    du, dv, off_du, off_dv = _ends(net, sd, td)
    n, n_o = net.graph.shape[0], len(so)
    virtual = n + np.arange(n_o)
    weight = np.maximum(np.concatenate([off_ou, off_ov]), 1e-12)
    near = np.concatenate([ou, ov])
    twice = np.concatenate([virtual, virtual])
    extra = coo_matrix(
        (np.concatenate([weight, weight]), (np.concatenate([twice, near]), np.concatenate([near, twice]))),
        shape=(n + n_o, n + n_o),
    )
    graph = (_pad(net.graph, n + n_o) + extra).tocsr()
    needed = np.zeros(n + n_o, bool)
    needed[virtual] = needed[du] = needed[dv] = True
    graph, index = _contract(graph, needed)
    virtual, du, dv = index[virtual], index[du], index[dv]
    result = np.empty((n_o, len(sd)))
    for start in range(0, n_o, chunk):
        stop = min(start + chunk, n_o)
        dist = dijkstra(graph, directed=True, indices=virtual[start:stop])
        np.minimum(dist[:, du] + off_du, dist[:, dv] + off_dv, out=result[start:stop])
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


def _contract(graph, needed: np.ndarray, rounds: int = 4, max_degree: int = 4) -> tuple[object, np.ndarray]:
    """A smaller graph with the same shortest costs between the needed nodes, and every node's index in it (-1 = gone).

    Each round removes an independent set of unneeded nodes with at most max_degree neighbours and joins every
    pair of a removed node's neighbours by a shortcut (kept only where cheaper than an existing edge): dead ends
    and road-shape vertices vanish, junctions may too. Fewer nodes make every Dijkstra run cheaper. The graph
    must be symmetric without self-loops; the removal order is fixed (seeded), so results are reproducible.
    """
    index = np.arange(graph.shape[0])
    rng = np.random.default_rng(0)
    for _ in range(rounds):
        n = graph.shape[0]
        degree = np.diff(graph.indptr)
        priority = rng.random(n)
        priority[needed | (degree > max_degree)] = np.inf
        # Removable: a candidate with a lower priority than all its neighbours (so no two neighbours go at once).
        lowest = np.full(n, np.inf)
        linked = degree > 0
        if graph.nnz:
            lowest[linked] = np.minimum.reduceat(priority[graph.indices], graph.indptr[:-1][linked])
        drop = np.isfinite(priority) & (priority < lowest)
        if drop.sum() < 0.02 * n:
            break
        keep = ~drop
        owner = np.repeat(np.arange(n), degree)
        stays = keep[owner] & keep[graph.indices]
        rows, cols, costs = [owner[stays]], [graph.indices[stays]], [graph.data[stays]]
        dropped = np.flatnonzero(drop)
        for k in range(2, max_degree + 1):
            via = dropped[degree[dropped] == k]
            slots = graph.indptr[via][:, None] + np.arange(k)
            near, cost = graph.indices[slots], graph.data[slots]
            a, b = np.nonzero(~np.eye(k, dtype=bool))
            rows.append(near[:, a].ravel())
            cols.append(near[:, b].ravel())
            costs.append((cost[:, a] + cost[:, b]).ravel())
        renumber = np.cumsum(keep) - 1
        row, col, cost = renumber[np.concatenate(rows)], renumber[np.concatenate(cols)], np.concatenate(costs)
        order = np.lexsort((cost, col, row))
        row, col, cost = row[order], col[order], cost[order]
        first = np.ones(len(row), bool)
        first[1:] = (row[1:] != row[:-1]) | (col[1:] != col[:-1])
        size = int(keep.sum())
        graph = csr_matrix((cost[first], (row[first], col[first])), shape=(size, size))
        needed = needed[keep]
        alive = index >= 0
        index[alive] = np.where(keep[index[alive]], renumber[index[alive]], -1)
    return graph, index


def _pad(graph, size: int):
    """The sparse graph enlarged to size x size (new rows and columns empty)."""
    coo = graph.tocoo()
    return coo_matrix((coo.data, (coo.row, coo.col)), shape=(size, size))


def _ends(net: Network, seg: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, ...]:
    cost = net.seg_cost[seg]
    return net.seg_nodes[seg, 0], net.seg_nodes[seg, 1], t * cost, (1 - t) * cost


def wkb_segments(blobs: Sequence[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """Segments (x0, y0, x1, y1) of WKB (Multi)LineStrings (ISO or EWKB, any dimension) and their feature index.

    Plain little-endian 2D LineStrings (the usual case) are decoded in one vectorised pass over the joined
    bytes; any other geometry goes through a per-geometry decoder.
    """
    n = len(blobs)
    if n == 0:
        return np.empty((0, 4)), np.empty(0, dtype=np.int64)
    sizes = np.fromiter((len(b) for b in blobs), dtype=np.int64, count=n)
    raw = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    ok = sizes >= 9
    simple = ok.copy()
    simple[ok] = (raw[starts[ok]] == 1) & (_u32(raw, starts[ok] + 1) == 2)
    counts = np.zeros(n, dtype=np.int64)
    counts[simple] = _u32(raw, starts[simple] + 5)
    simple &= sizes == 9 + 16 * counts
    pieces_xy, pieces_owner = [], []
    if simple.any():
        first = starts[simple] + 9
        # Mark the coordinate bytes of every simple blob: +1 at its start, -1 at its end, cumulative sum.
        edges = np.zeros(len(raw) + 1, dtype=np.int64)
        np.add.at(edges, first, 1)
        np.add.at(edges, first + 16 * counts[simple], -1)
        keep = np.cumsum(edges[:-1]) > 0
        xy = np.frombuffer(raw[keep].tobytes(), dtype="<f8").reshape(-1, 2)
        owner = np.repeat(np.flatnonzero(simple), counts[simple])
        inner = owner[1:] == owner[:-1]
        pieces_xy.append(np.hstack([xy[:-1][inner], xy[1:][inner]]))
        pieces_owner.append(owner[:-1][inner])
    for index in np.flatnonzero(~simple).tolist():
        for line in _wkb_lines(memoryview(blobs[index])):
            if len(line) >= 2:
                pieces_xy.append(np.hstack([line[:-1], line[1:]]))
                pieces_owner.append(np.full(len(line) - 1, index, dtype=np.int64))
    if not pieces_xy:
        return np.empty((0, 4)), np.empty(0, dtype=np.int64)
    return np.vstack(pieces_xy), np.concatenate(pieces_owner)


def _u32(raw: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Little-endian uint32 values at byte positions `at` of a uint8 array."""
    b = raw[at[:, None] + np.arange(4)].astype(np.int64)
    return b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16) | (b[:, 3] << 24)


def _wkb_lines(blob: memoryview, offset: int = 0) -> list[np.ndarray]:
    """Vertex arrays (n, 2) of the LineStrings in one WKB geometry."""
    if len(blob) < offset + 9:
        return []
    order = "<" if blob[offset] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", blob, offset + 1)
    dims = 2 + bool(code & 0x80000000) + bool(code & 0x40000000)
    code &= 0x0FFFFFFF
    dims += {1: 1, 2: 1, 3: 2}.get(code // 1000, 0)
    kind = code % 1000
    (count,) = struct.unpack_from(order + "I", blob, offset + 5)
    if kind == 2:
        values = np.frombuffer(blob, dtype=order + "f8", count=count * dims, offset=offset + 9)
        return [values.reshape(count, dims)[:, :2]]
    if kind == 5:
        lines, pos = [], offset + 9
        for _ in range(count):
            line = _wkb_lines(blob, pos)
            lines += line
            (n,) = struct.unpack_from(("<" if blob[pos] == 1 else ">") + "I", blob, pos + 5)
            pos += 9 + n * _wkb_dims(blob, pos) * 8
        return lines
    raise HemaInputError(f"road geometry type {code} is not a (multi)line; use a line layer for the network.")


def _wkb_dims(blob: memoryview, offset: int) -> int:
    (code,) = struct.unpack_from(("<" if blob[offset] == 1 else ">") + "I", blob, offset + 1)
    dims = 2 + bool(code & 0x80000000) + bool(code & 0x40000000)
    return dims + {1: 1, 2: 1, 3: 2}.get((code & 0x0FFFFFFF) // 1000, 0)


def segment_costs(length: np.ndarray, speed_kmh: np.ndarray, unit: str = "minutes") -> np.ndarray:
    """Cost of segments of a length in metres: travel minutes at speed (km/h) or kilometres."""
    length = np.asarray(length, float)
    if unit == "km":
        return length / 1000.0
    speed = np.asarray(speed_kmh, float)
    if np.any(~np.isfinite(speed)) or np.any(speed <= 0):
        raise HemaInputError("every road needs a speed > 0 km/h; fill in the speed field or the speed per class.")
    return length / (speed * 1000.0 / 60.0)


def parse_speeds(text: str) -> dict[str, float]:
    """'nlda=100; nldr=80' -> {'nlda': 100.0, 'nldr': 80.0}; refuses malformed entries."""
    speeds = {}
    for item in filter(None, (part.strip() for part in text.replace(",", ";").split(";"))):
        key, _, value = item.partition("=")
        try:
            speed = float(value)
        except ValueError:
            speed = 0.0
        if not key.strip() or speed <= 0:
            raise HemaInputError(f"speed per class entry '{item}' is not 'class=km/h' with km/h > 0, e.g. nlda=100.")
        speeds[key.strip()] = speed
    return speeds
