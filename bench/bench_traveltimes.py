"""Travel-time matrix 100 cities x 10,000 zones on a >= 100,000-edge grid network.

hema's core (scipy Dijkstra, 64 sources per call, on a contracted graph) vs QGIS's own graph:
QgsVectorLayerDirector + QgsGraphBuilder and one QgsGraphAnalyzer.dijkstra per origin. Both tie the points to the
nearest segment, both measure planar lengths, both use the same speed field; the matrices are compared.

The machine may be shared: every step runs --repeat=N times (default 3, alternating hema and QGIS) and the
medians are compared. --algorithm also times the whole hema:traveltimes run incl. writing the long table.

Run: QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_traveltimes.py [grid side] [cities] [zones]
     [--repeat=N] [--algorithm]
"""

from __future__ import annotations

import sys

import numpy as np
from _qgis import FEEDBACK, context, processing, timed
from qgis.analysis import (
    QgsGraphAnalyzer,
    QgsGraphBuilder,
    QgsNetworkSpeedStrategy,
    QgsVectorLayerDirector,
)
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
SIDE = int(ARGS[0]) if len(ARGS) > 0 else 225
CITIES = int(ARGS[1]) if len(ARGS) > 1 else 100
ZONES = int(ARGS[2]) if len(ARGS) > 2 else 10_000
REPEAT = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--repeat=")), 3)
STEP = 250.0
NATIVE_PATHS = "QGIS: one QgsGraphAnalyzer.dijkstra per origin"


def grid_layer(side: int, seed: int = 1) -> QgsVectorLayer:
    """A side x side grid of 2-vertex road segments with speeds 30/50/80 km/h."""
    rng = np.random.default_rng(seed)
    layer = QgsVectorLayer("LineString?crs=EPSG:28992&field=speed:double", "grid", "memory")
    i, j = np.meshgrid(np.arange(side), np.arange(side), indexing="ij")
    x0, y0 = 200_000 + i.ravel() * STEP, 500_000 + j.ravel() * STEP
    horizontal = i.ravel() < side - 1
    vertical = j.ravel() < side - 1
    segs = np.vstack(
        [
            np.column_stack([x0[horizontal], y0[horizontal], x0[horizontal] + STEP, y0[horizontal]]),
            np.column_stack([x0[vertical], y0[vertical], x0[vertical], y0[vertical] + STEP]),
        ]
    )
    speeds = rng.choice([30.0, 50.0, 80.0], len(segs))
    feats = []
    for (a, b, c, d), v in zip(segs.tolist(), speeds.tolist()):
        f = QgsFeature(layer.fields())
        f.setAttributes([v])
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(a, b), QgsPointXY(c, d)]))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def point_layer(n: int, side: int, prefix: str, seed: int) -> tuple[QgsVectorLayer, np.ndarray]:
    rng = np.random.default_rng(seed)
    xy = np.column_stack(
        [rng.uniform(200_000, 200_000 + (side - 1) * STEP, n), rng.uniform(500_000, 500_000 + (side - 1) * STEP, n)]
    )
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=code:string", prefix, "memory")
    feats = []
    for k, (x, y) in enumerate(xy.tolist()):
        f = QgsFeature(layer.fields())
        f.setAttributes([f"{prefix}{k}"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer, xy


def ours(roads, cities, zones, t) -> np.ndarray:
    from hema_steden.algorithms.network_routes import TravelTimesAlgorithm
    from hema_steden.core.routing import build_network, cost_matrix, segment_costs, snap_points

    alg = TravelTimesAlgorithm()
    alg.initAlgorithm()
    ctx = context()
    with timed("hema: read roads + build graph + snap", t):
        seg_xy, speed = alg._segments({"SPEED_FIELD": "speed", "CLASS_FIELD": ""}, roads, ctx, FEEDBACK)
        lengths = np.hypot(seg_xy[:, 2] - seg_xy[:, 0], seg_xy[:, 3] - seg_xy[:, 1])
        net = build_network(seg_xy, segment_costs(lengths, speed))
        snap_c = snap_points(net, cities[:, 0], cities[:, 1])
        snap_z = snap_points(net, zones[:, 0], zones[:, 1])
    with timed("hema: cost matrix (scipy Dijkstra)", t):
        matrix = cost_matrix(net, snap_c, snap_z)
    print(f"  graph: {len(seg_xy):,} edges, {len(net.nodes):,} junctions")
    return matrix


def native(roads, cities, zones, t) -> np.ndarray:
    director = QgsVectorLayerDirector(roads, -1, "", "", "", QgsVectorLayerDirector.Direction.DirectionBoth)
    director.addStrategy(QgsNetworkSpeedStrategy(roads.fields().lookupField("speed"), 60.0, 1000.0 / 60.0))
    points = [QgsPointXY(x, y) for x, y in np.vstack([cities, zones]).tolist()]
    with timed("QGIS: makeGraph with tied points", t):
        builder = QgsGraphBuilder(roads.crs(), False, 0.0, "NONE")
        tied = director.makeGraph(builder, points)
        graph = builder.graph()
        vertex = np.array([graph.findVertex(p) for p in tied])
    starts, targets = vertex[: len(cities)], vertex[len(cities) :]
    matrix = np.empty((len(cities), len(zones)))
    with timed("QGIS: one QgsGraphAnalyzer.dijkstra per origin", t):
        for k, start in enumerate(starts.tolist()):
            _, cost = QgsGraphAnalyzer.dijkstra(graph, start, 0)
            matrix[k] = np.asarray(cost)[targets]
    return matrix


def main() -> None:
    roads = grid_layer(SIDE)
    _, cities = point_layer(CITIES, SIDE, "c", 2)
    _, zones = point_layer(ZONES, SIDE, "z", 3)
    print(f"travel times: {CITIES} cities x {ZONES:,} zones on {roads.featureCount():,} road segments")
    runs: list[dict[str, float]] = []
    for run in range(REPEAT):
        print(f"run {run + 1} of {REPEAT}")
        t: dict[str, float] = {}
        mine = ours(roads, cities, zones, t)
        theirs = native(roads, cities, zones, t)
        diff = np.nanmax(np.abs(mine - theirs) / np.maximum(theirs, 1e-9))
        print(f"  max relative difference of the two matrices: {diff:.2e}")
        runs.append(t)
    t = {key: float(np.median([r[key] for r in runs])) for key in runs[0]}
    paths_ours, paths_native = t["hema: cost matrix (scipy Dijkstra)"], t[NATIVE_PATHS]
    ours_total = t["hema: read roads + build graph + snap"] + paths_ours
    native_total = t["QGIS: makeGraph with tied points"] + paths_native
    ratios = [
        (r["QGIS: makeGraph with tied points"] + r[NATIVE_PATHS])
        / (r["hema: read roads + build graph + snap"] + r["hema: cost matrix (scipy Dijkstra)"])
        for r in runs
    ]
    print(f"ratios QGIS / hema, medians of {REPEAT} runs (target >= 10x):")
    print(f"  shortest paths only: {paths_native:.2f} s / {paths_ours:.2f} s = {paths_native / paths_ours:.1f}x")
    print(f"  graph + paths:       {native_total:.2f} s / {ours_total:.2f} s = {native_total / ours_total:.1f}x")
    print(f"  graph + paths per run: {', '.join(f'{r:.1f}x' for r in ratios)}")
    if "--algorithm" in sys.argv:
        city_layer, _ = point_layer(CITIES, SIDE, "c", 2)
        zone_layer, _ = point_layer(ZONES, SIDE, "z", 3)
        whole: list[float] = []
        for _ in range(REPEAT):
            with timed("hema:traveltimes algorithm incl. writing the long table", t):
                processing.run(
                    "hema:traveltimes",
                    {
                        "ROADS": roads,
                        "SPEED_FIELD": "speed",
                        "ORIGINS": city_layer,
                        "ORIGIN_CODE_FIELD": "code",
                        "DESTINATIONS": zone_layer,
                        "DESTINATION_CODE_FIELD": "code",
                        "ACCESS_SPEED": 0,
                        "MAX_SNAP": 0,
                        "OUTPUT": "memory:",
                    },
                    context=context(),
                    feedback=FEEDBACK,
                )
            whole.append(t["hema:traveltimes algorithm incl. writing the long table"])
        print(f"  whole algorithm, median of {REPEAT}: {np.median(whole):.2f} s ({CITIES * ZONES:,} rows)")


if __name__ == "__main__":
    main()
