"""Road graph, snapping and the all-sources cost matrix."""

import numpy as np
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core import routing as rt
from scipy.sparse.csgraph import dijkstra


def _grid(n=4, step=1000.0):
    segs = []
    for i in range(n):
        for j in range(n - 1):
            segs.append([j * step, i * step, (j + 1) * step, i * step])
            segs.append([i * step, j * step, i * step, (j + 1) * step])
    return np.array(segs)


def test_grid_costs_match_manhattan_distance():
    segs = _grid()
    lengths = np.hypot(segs[:, 2] - segs[:, 0], segs[:, 3] - segs[:, 1])
    net = rt.build_network(segs, rt.segment_costs(lengths, np.full(len(segs), 60.0)))
    assert len(net.nodes) == 16
    px, py = np.array([0.0, 1500.0, 2999.0]), np.array([-10.0, 1000.0, 3000.0])
    snap = rt.snap_points(net, px, py)
    np.testing.assert_allclose(snap[2], [10.0, 0.0, 0.0])
    cost = rt.cost_matrix(net, snap, snap)
    # 60 km/h = 1 minute per km; Manhattan distance on the grid between the snapped points
    sx, sy = np.array([0.0, 1500.0, 2999.0]), np.array([0.0, 1000.0, 3000.0])
    manhattan = (np.abs(sx[:, None] - sx[None]) + np.abs(sy[:, None] - sy[None])) / 1000
    np.testing.assert_allclose(cost, manhattan, atol=1e-9)


def test_snap_finds_the_true_nearest_segment_among_long_ones():
    segs = np.array([[0.0, 0.0, 10_000.0, 0.0], [4000.0, 50.0, 4100.0, 50.0]])
    net = rt.build_network(segs, np.array([10.0, 1.0]))
    seg, t, dist = rt.snap_points(net, np.array([5000.0, 4050.0]), np.array([10.0, 60.0]))
    assert seg.tolist() == [0, 1]
    np.testing.assert_allclose(dist, [10.0, 10.0])
    np.testing.assert_allclose(t, [0.5, 0.5])


def test_disconnected_network_gives_nan_and_tolerance_glues_ends():
    segs = np.array([[0.0, 0.0, 1000.0, 0.0], [1000.5, 0.0, 2000.0, 0.0]])
    net = rt.build_network(segs, np.array([1.0, 1.0]))
    snap = rt.snap_points(net, np.array([0.0, 2000.0]), np.array([0.0, 0.0]))
    cost = rt.cost_matrix(net, snap, snap)
    assert np.isnan(cost[0, 1]) and cost[0, 0] == 0
    glued = rt.build_network(segs, np.array([1.0, 1.0]), tolerance=1.0)
    assert rt.cost_matrix(glued, snap, snap)[0, 1] == pytest.approx(2.0)


def test_random_network_matches_plain_dijkstra():
    rng = np.random.default_rng(3)
    pts = rng.uniform(0, 10_000, (60, 2))
    a, b = rng.integers(0, 60, 200), rng.integers(0, 60, 200)
    segs = np.column_stack([pts[a], pts[b]])[a != b]
    cost = np.hypot(*(segs[:, 2:] - segs[:, :2]).T) / 1000
    net = rt.build_network(segs, cost)
    # snap exactly onto nodes: the matrix equals scipy's node-to-node distances
    snap = rt.snap_points(net, net.nodes[:, 0], net.nodes[:, 1])
    expected = dijkstra(net.graph, directed=False)
    np.testing.assert_allclose(np.nan_to_num(rt.cost_matrix(net, snap, snap, chunk=7), nan=np.inf), expected)


def test_bad_speeds_and_empty_network():
    with pytest.raises(HemaInputError, match="speed > 0"):
        rt.segment_costs(np.array([1.0]), np.array([0.0]))
    with pytest.raises(HemaInputError, match="no line segments"):
        rt.build_network(np.empty((0, 4)), np.empty(0))


def test_wkb_segments_all_encodings():
    import struct

    def line(coords, order="<", code=2, dims=2):
        head = struct.pack("B", 1 if order == "<" else 0) + struct.pack(order + "II", code, len(coords))
        return head + b"".join(struct.pack(order + "d" * dims, *c) for c in coords)

    plain = line([(0, 0), (1, 0), (1, 1)])
    big = line([(5, 5), (6, 6)], order=">")
    z = line([(0, 0, 9), (2, 0, 9)], code=1002, dims=3)
    multi = struct.pack("<BII", 1, 5, 2) + line([(0, 0), (0, 1)]) + line([(3, 3), (4, 4)])
    segs, owner = rt.wkb_segments([plain, big, z, multi, line([(7, 7)])])
    got = sorted(zip(owner.tolist(), map(tuple, segs.tolist())))
    assert got == [
        (0, (0.0, 0.0, 1.0, 0.0)),
        (0, (1.0, 0.0, 1.0, 1.0)),
        (1, (5.0, 5.0, 6.0, 6.0)),
        (2, (0.0, 0.0, 2.0, 0.0)),
        (3, (0.0, 0.0, 0.0, 1.0)),
        (3, (3.0, 3.0, 4.0, 4.0)),
    ]
    with pytest.raises(HemaInputError, match="not a \\(multi\\)line"):
        rt.wkb_segments([struct.pack("<BIdd", 1, 1, 0.0, 0.0)])


def test_snap_with_one_very_long_segment_and_chunks():
    rng = np.random.default_rng(5)
    short = np.column_stack([rng.uniform(0, 1000, 300), rng.uniform(0, 1000, 300)])
    segs = np.vstack([np.hstack([short, short + 10]), [[-50_000.0, -20.0, 50_000.0, -20.0]]])
    net = rt.build_network(segs, np.ones(len(segs)))
    px, py = rng.uniform(-40_000, 40_000, 500), rng.uniform(-30, 1000, 500)
    seg, t, dist = rt.snap_points(net, px, py, chunk=77)
    # brute force over all segments
    a, b = segs[:, :2], segs[:, 2:]
    ab = b - a
    tt = np.clip(((px[:, None] - a[:, 0]) * ab[:, 0] + (py[:, None] - a[:, 1]) * ab[:, 1]) / (ab**2).sum(1), 0, 1)
    d = np.hypot(a[:, 0] + tt * ab[:, 0] - px[:, None], a[:, 1] + tt * ab[:, 1] - py[:, None])
    np.testing.assert_allclose(dist, d.min(axis=1))
    np.testing.assert_allclose(t, tt[np.arange(500), seg])


def test_unique_points_matches_numpy_unique_rows():
    rng = np.random.default_rng(4)
    xy = np.vstack([rng.integers(0, 30, (500, 2)).astype(float), [[0.0, 1.0], [-0.0, 1.0], [2.5, -0.0]]])
    nodes, label = rt._unique_points(xy)
    expected, inverse = np.unique(xy, axis=0, return_inverse=True)
    np.testing.assert_array_equal(nodes, expected)
    np.testing.assert_array_equal(label, inverse.ravel())


def test_contracted_graph_keeps_costs_between_needed_nodes():
    # a grid with random speeds, dead-end spurs, a shape-vertex chain and a separate part
    segs = _grid(12, 100.0)
    spurs = np.column_stack([segs[:20, :2], segs[:20, :2] + [30.0, 40.0]])
    chain = np.column_stack([np.arange(10) * 50.0, np.full(10, -100.0), np.arange(1, 11) * 50.0, np.full(10, -100.0)])
    link = [[0.0, -100.0, 0.0, 0.0]]
    apart = [[5000.0, 5000.0, 5100.0, 5000.0]]
    segs = np.vstack([segs, spurs, chain, link, apart])
    rng = np.random.default_rng(8)
    net = rt.build_network(segs, rng.uniform(0.5, 2.0, len(segs)))
    needed = np.zeros(len(net.nodes), bool)
    needed[rng.choice(len(net.nodes), 25, replace=False)] = True
    small, index = rt._contract(net.graph, needed)
    assert small.shape[0] < len(net.nodes) * 0.8 and (index[needed] >= 0).all()
    kept = np.flatnonzero(needed)
    expected = dijkstra(net.graph, directed=True, indices=kept)[:, kept]
    got = dijkstra(small, directed=True, indices=index[kept])[:, index[kept]]
    np.testing.assert_allclose(got, expected, rtol=1e-12)
    # the whole matrix between a few points snapped onto nodes
    o, d = kept[:6], kept[6:]
    snap_o = rt.snap_points(net, net.nodes[o, 0], net.nodes[o, 1])
    snap_d = rt.snap_points(net, net.nodes[d, 0], net.nodes[d, 1])
    matrix = np.nan_to_num(rt.cost_matrix(net, snap_o, snap_d), nan=np.inf)
    np.testing.assert_allclose(matrix, dijkstra(net.graph, directed=True, indices=o)[:, d], rtol=1e-12)


def test_parse_speeds():
    from hema_steden.core.routing import parse_speeds

    assert parse_speeds("nlda=100; nldr=80, nldp = 70") == {"nlda": 100.0, "nldr": 80.0, "nldp": 70.0}
    assert parse_speeds("") == {}
    for bad in ("nlda", "nlda=fast", "=80", "nldr=0"):
        with pytest.raises(HemaInputError, match="class=km/h"):
            parse_speeds(bad)
