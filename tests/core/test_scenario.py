"""What-if scenarios: attractiveness and road changes checked against direct computations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hema_steden.core import HemaInputError, huff
from hema_steden.core import scenario as sc
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra


def _direct_huff(attract, dist, alpha, beta):
    w = attract[None, :] ** alpha * dist ** (-beta)
    return w / w.sum(axis=1, keepdims=True)


def test_raising_attractiveness_only_raises_that_city():
    rng = np.random.default_rng(7)
    dist = rng.uniform(2, 80, size=(60, 5))
    attract = rng.uniform(1e4, 2e5, size=5)
    cities = pd.DataFrame({"code": list("ABCDE"), "name": list("ABCDE"), "x": 0.0, "y": 0.0, "attractiveness": attract})
    pop = rng.uniform(100, 5000, size=60)
    base = huff.probabilities(attract, dist, 1.09, 1.92)
    np.testing.assert_allclose(base, _direct_huff(attract, dist, 1.09, 1.92))
    for k, factor in ((0, 1.5), (3, 1.05), (2, 3.0)):
        change = sc.Change("s", "attractiveness", "ABCDE"[k], factor)
        edited = sc.edit_cities(cities, [change])
        new = huff.probabilities(edited["attractiveness"].to_numpy(), dist, 1.09, 1.92)
        expected_a = attract.copy()
        expected_a[k] *= factor
        np.testing.assert_allclose(new, _direct_huff(expected_a, dist, 1.09, 1.92))
        delta, table, _, _ = sc.shift(base, new, pop, list("ABCDE"), edited["code"].tolist())
        assert (delta[:, k] > 0).all()
        assert (np.delete(delta, k, axis=1) < 0).all()
        np.testing.assert_allclose(delta.sum(axis=1), 0, atol=1e-12)
        assert table.loc[k, "change"] > 0 and (table.drop(index=k)["change"] < 0).all()
        assert table["change"].sum() == pytest.approx(0, abs=1e-6)
        assert table.loc[k, "catchment"] == pytest.approx((pop * new[:, k]).sum())


def test_new_centre_takes_share_from_all():
    cities = pd.DataFrame({"code": ["A", "B"], "name": ["A", "B"], "x": [0.0, 10000.0], "y": [0.0, 0.0],
                           "attractiveness": [5e4, 5e4]})  # fmt: skip
    zx, zy = np.array([2000.0, 5000.0, 9000.0]), np.array([1000.0, 4000.0, 500.0])
    new = sc.edit_cities(cities, [sc.Change("n", "centre", "N1", 5e4, (5000.0, 3000.0))])
    assert new["code"].tolist() == ["A", "B", "N1"]
    floor = np.zeros(3)
    p0 = huff.huff_from_points(zx, zy, floor, cities.x.to_numpy(), cities.y.to_numpy(), cities.attractiveness,
                               ["z1", "z2", "z3"], ["A", "B"], 1.0, 2.0)  # fmt: skip
    p1 = huff.huff_from_points(zx, zy, floor, new.x.to_numpy(), new.y.to_numpy(), new.attractiveness,
                               ["z1", "z2", "z3"], new["code"].tolist(), 1.0, 2.0)  # fmt: skip
    delta, table, dom0, dom1 = sc.shift(p0, p1, np.ones(3), ["A", "B"], new["code"].tolist())
    assert (delta[:, 2] > 0).all() and (delta[:, :2] < 0).all()
    assert dom1[1] == 2 and dom0[1] in (0, 1)  # the middle zone goes to the new centre
    assert table.loc[2, "catchment_base"] == 0 and table.loc[2, "zones"] >= 1


def test_faster_link_lowers_the_costs_it_lies_on():
    # a straight road 0 - 10 km - 20 km (s1, s2) and a side road from 10 km north to 20 km (s3), all at 50 km/h
    seg = np.array([[0, 0, 10000, 0], [10000, 0, 20000, 0], [10000, 0, 10000, 8000]], float)
    speed = np.array([50.0, 50.0, 50.0])
    ids = ["s1", "s2", "s3"]
    origins = (np.array([0.0]), np.array([0.0]))
    dest = (np.array([20000.0, 10000.0]), np.array([0.0, 8000.0]))
    base = sc.network_costs(seg, speed, origins, dest)
    np.testing.assert_allclose(base, [[24.0, 21.6]])  # 20 km and 18 km at 50 km/h, in minutes
    edited = sc.edit_network(seg, speed, ids, [sc.Change("f", "speed", "s2", 100.0)])
    new = sc.network_costs(*edited, origins, dest)
    np.testing.assert_allclose(new, [[12.0 + 6.0, 21.6]])  # only the pair whose route uses s2 gets faster
    # a new direct road from the origin to the side road's end (snapped to the junctions): 8 km... of 12.8 km
    road = sc.Change("r", "road", "new", 80.0, (0.0, 0.0, 10000.0, 8000.0))
    seg2, speed2 = sc.edit_network(seg, speed, ids, [road])
    assert len(seg2) == 4 and speed2[-1] == 80.0
    new2 = sc.network_costs(seg2, speed2, origins, dest)
    assert new2[0, 1] == pytest.approx(np.hypot(10000, 8000) / 1000 / 80 * 60)
    assert new2[0, 0] == pytest.approx(24.0)


def test_faster_motorway_on_real_roads(shared_data):
    from hema_steden.core.routing import DEFAULT_SPEEDS, wkb_segments
    from osgeo import ogr

    ds = ogr.Open(str(shared_data / "roads_travelmapping_noord.gpkg"))
    layer = ds.GetLayerByName("routes")
    blobs, refs, systems = [], [], []
    for f in layer:
        blobs.append(bytes(f.GetGeometryRef().ExportToIsoWkb()))
        refs.append(f["ref"])
        systems.append(f["system"])
    seg, owner = wkb_segments(blobs)
    speed = np.array([DEFAULT_SPEEDS.get(systems[o], 60.0) for o in owner])
    ids = [refs[o] for o in owner]
    # points on network vertices of the A28 and elsewhere: snap legs are zero, so a plain Dijkstra is the truth
    verts = np.unique(np.concatenate([seg[:, :2], seg[:, 2:]]), axis=0)
    rng = np.random.default_rng(3)
    pick = verts[rng.choice(len(verts), 12, replace=False)]
    a28 = seg[np.asarray(ids) == "A28"]
    pick = np.vstack([pick, a28[[0, len(a28) // 2, -1], :2]])
    pts = (pick[:, 0], pick[:, 1])
    change = [sc.Change("a28", "speed", "A28", 130.0)]
    base = sc.network_costs(seg, speed, pts, pts, max_snap=0)
    new = sc.network_costs(*sc.edit_network(seg, speed, ids, change), pts, pts, max_snap=0)

    def direct(speeds):
        nodes, inv = np.unique(np.concatenate([seg[:, :2], seg[:, 2:]]), axis=0, return_inverse=True)
        inv = inv.ravel()
        a, b = inv[: len(seg)], inv[len(seg) :]
        minutes = np.hypot(seg[:, 2] - seg[:, 0], seg[:, 3] - seg[:, 1]) / (speeds * 1000 / 60)
        edges = pd.DataFrame({"a": np.r_[a, b], "b": np.r_[b, a], "w": np.r_[minutes, minutes]})
        edges = edges[edges.a != edges.b].groupby(["a", "b"], as_index=False)["w"].min()  # parallel roads: fastest
        graph = coo_matrix((edges.w, (edges.a, edges.b)), shape=(len(nodes),) * 2).tocsr()
        index = {tuple(p): k for k, p in enumerate(nodes)}
        at = [index[tuple(p)] for p in pick]
        return dijkstra(graph, indices=at)[:, at]

    edited_speed = speed.copy()
    edited_speed[np.asarray(ids) == "A28"] = 130.0
    finite = np.isfinite(base)
    np.testing.assert_allclose(base[finite], direct(speed)[finite], rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(new[finite], direct(edited_speed)[finite], rtol=1e-9, atol=1e-9)
    assert (new[finite] <= base[finite] + 1e-9).all()
    a28_pairs = base[-3:, -3:][~np.eye(3, dtype=bool)]
    assert (new[-3:, -3:][~np.eye(3, dtype=bool)] < a28_pairs - 1e-6).all()


def test_parse_and_check():
    changes = sc.parse_changes("a, attractiveness, GM0106, 1.2\nb, centre, NEW, 40000, 230000, 550000; # note\n")
    assert changes == [
        sc.Change("a", "attractiveness", "GM0106", 1.2),
        sc.Change("b", "centre", "NEW", 40000.0, (230000.0, 550000.0)),
    ]
    assert sc.scenario_ids(changes) == ["a", "b"]
    sc.check_changes(changes, ["GM0106", "GM0014"])
    with pytest.raises(HemaInputError, match="road network"):
        sc.check_changes([sc.Change("x", "speed", "A28", 130)], ["GM0106"])
    with pytest.raises(HemaInputError, match="unknown kind"):
        sc.check_changes([sc.Change("x", "teleport", "A28", 1)], ["GM0106"])
    with pytest.raises(HemaInputError, match="GM9999"):
        sc.check_changes([sc.Change("x", "attractiveness", "GM9999", 1.2)], ["GM0106"])
    with pytest.raises(HemaInputError, match="at least"):
        sc.parse_changes("a, attractiveness, GM0106")
    cost = np.array([[10.0, 20.0], [30.0, 40.0]])
    out = sc.edit_costs(cost, ["z1", "z2"], ["A", "B"], [sc.Change("c", "cost", "B", 0.5),
                                                        sc.Change("c", "cost", "z1>A", 2.0)])  # fmt: skip
    np.testing.assert_allclose(out, [[20.0, 10.0], [30.0, 20.0]])
