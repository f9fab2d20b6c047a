"""Flow lines for 100,000 OD rows: hema:flowlines (curved) vs native join + geometry by expression (make_line).

Run: QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_flowlines.py [rows] [nodes] [repeat]

A second round reads the flows from a GeoPackage and writes the lines to a GeoPackage, as users run it. There
both sides pay the same C++ writer; most of it is GDAL 3.6 building the GeoPackage's R-tree when the file closes
(about 0.9 s for 100k lines, as slow as SQLite's own R-tree inserts).

The straight runs are timed `repeat` times (default 3) and the fastest run counts, as timeit does: the machine's
noise is ±20 % between single runs. The "PyQGIS floor" is the least any Python plugin does for this output:
read the three fields of every flow row and write every line with hema:flowlines' ten fields to a memory layer,
with no analysis at all.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from _qgis import FEEDBACK, context, processing, timed
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
NODES = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
REPEAT = int(sys.argv[3]) if len(sys.argv) > 3 else 3


def make_layers(rows: int, n_nodes: int, seed: int = 42):
    rng = np.random.default_rng(seed)
    nodes = QgsVectorLayer("Point?crs=EPSG:28992&field=code:string&field=x:double&field=y:double", "nodes", "memory")
    xs, ys = rng.uniform(200_000, 280_000, n_nodes), rng.uniform(500_000, 600_000, n_nodes)
    feats = []
    for k in range(n_nodes):
        f = QgsFeature(nodes.fields())
        f.setAttributes([f"N{k:05d}", float(xs[k]), float(ys[k])])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[k], ys[k])))
        feats.append(f)
    nodes.dataProvider().addFeatures(feats)
    flows = QgsVectorLayer("None?field=origin:string&field=destination:string&field=value:double", "flows", "memory")
    # distinct ordered pairs, no self-loops
    pairs = set()
    while len(pairs) < rows:
        o, d = rng.integers(0, n_nodes, rows), rng.integers(0, n_nodes, rows)
        pairs.update((a, b) for a, b in zip(o.tolist(), d.tolist()) if a != b)
    pairs = list(pairs)[:rows]
    values = rng.lognormal(3, 1.2, rows)
    feats = []
    for (o, d), v in zip(pairs, values.tolist()):
        f = QgsFeature(flows.fields())
        f.setAttributes([f"N{o:05d}", f"N{d:05d}", v])
        feats.append(f)
    flows.dataProvider().addFeatures(feats)
    return nodes, flows


CURVED = (
    f'with_variable(\'cx\', ("o_x" + "d_x") / 2 + {0.15} * ("d_y" - "o_y"), '
    f'with_variable(\'cy\', ("o_y" + "d_y") / 2 - {0.15} * ("d_x" - "o_x"), '
    "make_line(array_foreach(generate_series(0, 20), with_variable('t', @element / 20, make_point("
    '(1 - @t) ^ 2 * "o_x" + 2 * (1 - @t) * @t * @cx + @t ^ 2 * "d_x", '
    '(1 - @t) ^ 2 * "o_y" + 2 * (1 - @t) * @t * @cy + @t ^ 2 * "d_y"))))))'
)
STRAIGHT = 'make_line(make_point("o_x", "o_y"), make_point("d_x", "d_y"))'


def ours(ctx, flows, nodes, bend: float, output: str = "memory:") -> QgsVectorLayer:
    result = processing.run(
        "hema:flowlines",
        {
            "FLOWS": flows,
            "ORIGIN_FIELD": "origin",
            "DESTINATION_FIELD": "destination",
            "VALUE_FIELD": "value",
            "CITIES": nodes,
            "CITY_CODE_FIELD": "code",
            "BEND": bend,
            "OUTPUT": output,
            "NODE_TOTALS": "memory:",
        },
        context=ctx,
        feedback=FEEDBACK,
    )["OUTPUT"]
    return result if isinstance(result, QgsVectorLayer) else ctx.getMapLayer(result)


def join(ctx, flows, nodes) -> QgsVectorLayer:
    joined = flows
    for field, prefix in (("origin", "o_"), ("destination", "d_")):
        joined = processing.run(
            "native:joinattributestable",
            {
                "INPUT": joined,
                "FIELD": field,
                "INPUT_2": nodes,
                "FIELD_2": "code",
                "FIELDS_TO_COPY": ["x", "y"],
                "METHOD": 1,
                "PREFIX": prefix,
                "OUTPUT": "memory:",
            },
            context=ctx,
        )["OUTPUT"]
    return joined


def by_expression(ctx, layer, expression: str, output: str = "memory:") -> QgsVectorLayer:
    return processing.run(
        "native:geometrybyexpression",
        {"INPUT": layer, "OUTPUT_GEOMETRY": 1, "EXPRESSION": expression, "OUTPUT": output},
        context=ctx,
    )["OUTPUT"]


def in_geopackage(flows: QgsVectorLayer, folder: Path) -> QgsVectorLayer:
    """The flow table copied into a GeoPackage, opened as users open it."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "flows"
    path = str(folder / "flows.gpkg")
    error = QgsVectorFileWriter.writeAsVectorFormatV3(flows, path, QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return QgsVectorLayer(f"{path}|layername=flows", "flows", "ogr")


def geopackage_round(ctx, flows: QgsVectorLayer, nodes: QgsVectorLayer, t: dict) -> None:
    """Straight lines from a GeoPackage flow table to a GeoPackage, ours and native (a new file per run)."""
    with tempfile.TemporaryDirectory(prefix="hema-bench-") as name:
        folder = Path(name)
        stored = in_geopackage(flows, folder)
        written: list[str] = []

        def path() -> str:
            written.append(str(folder / f"lines{len(written)}.gpkg"))
            return written[-1]

        best("hema:flowlines straight, GeoPackage in and out", t, lambda: ours(ctx, stored, nodes, 0.0, path()))
        best(
            "native join + make_line, GeoPackage in and out",
            t,
            lambda: by_expression(ctx, join(ctx, stored, nodes), STRAIGHT, path()),
        )
        for written_path in written:
            assert QgsVectorLayer(written_path, "lines", "ogr").featureCount() == ROWS, written_path


FLOOR_FIELDS = "".join(
    f"&field={name}:{kind}"
    for name, kind in (
        ("origin", "string"), ("destination", "string"), ("origin_name", "string"), ("destination_name", "string"),
        ("value", "double"), ("share", "double"), ("rank", "integer"), ("line_type", "string"),
        ("colour", "string"), ("extra", "double"),
    )
)  # fmt: skip


def floor(flows: QgsVectorLayer) -> QgsVectorLayer:
    """Read 3 fields of every row, write every line with 10 fields and one reused WKB geometry: no analysis."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([0, 1, 2])
    rows = [f.attributes() for f in flows.getFeatures(request)]
    out = QgsVectorLayer(f"LineString?crs=EPSG:28992{FLOOR_FIELDS}", "floor", "memory")
    provider, kind, colour = out.dataProvider(), QVariant("two-way"), QVariant("#1f77b4")
    wkb = b"\x01\x02\x00\x00\x00\x02\x00\x00\x00" + bytes(32)
    geometry, pool = QgsGeometry(), [QgsFeature() for _ in range(500)]
    for start in range(0, len(rows), 500):
        batch = rows[start : start + 500]
        for feature, (o, d, value) in zip(pool, batch):
            feature.setAttributes([o, d, o, d, value, 0.5, 1, kind, colour, 1.0])
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        provider.addFeatures(pool[: len(batch)], QgsFeatureSink.Flag.FastInsert)
    return out


def best(label: str, store: dict, run):
    """Run REPEAT times, keep the fastest time under label; return the last result."""
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    store[label] = min(times)
    print(f"  {label:<48s} {store[label]:8.2f} s  (best of {REPEAT})", flush=True)
    return result


def main() -> None:
    t: dict[str, float] = {}
    nodes, flows = make_layers(ROWS, NODES)
    QgsProject.instance().addMapLayer(nodes)
    print(f"flow lines: {flows.featureCount():,} OD rows between {nodes.featureCount():,} nodes")
    ctx = context()
    with timed("hema:flowlines curved (21 vertices)", t):
        curved = ours(ctx, flows, nodes, 0.15)
    straight = best("hema:flowlines straight", t, lambda: ours(ctx, flows, nodes, 0.0))
    joined = best("native join o + d (point lookup)", t, lambda: join(ctx, flows, nodes))
    native_straight = best("native join + make_line", t, lambda: by_expression(ctx, join(ctx, flows, nodes), STRAIGHT))
    with timed("native geometrybyexpression Bézier (21 vertices)", t):
        native_curved = by_expression(ctx, joined, CURVED)
    lookup = f"geometry(get_feature('{nodes.id()}', 'code', \"{{}}\"))"
    with timed("native make_line with get_feature lookup (1 step)", t):
        native_lookup = by_expression(
            ctx, flows, f"make_line({lookup.format('origin')}, {lookup.format('destination')})"
        )
    geopackage_round(ctx, flows, nodes, t)
    bare = best("PyQGIS floor: read 3 + write 10 fields, no analysis", t, lambda: floor(flows))
    for layer in (curved, straight, native_straight, native_curved, native_lookup, bare):
        assert layer.featureCount() == ROWS, layer.featureCount()
    mine = t["hema:flowlines straight"]
    pairs = (
        (
            "curved: native join + Bézier expression",
            t["native join o + d (point lookup)"] + t["native geometrybyexpression Bézier (21 vertices)"],
            t["hema:flowlines curved (21 vertices)"],
        ),
        ("straight: native make_line + get_feature", t["native make_line with get_feature lookup (1 step)"], mine),
        ("straight: native join + make_line", t["native join + make_line"], mine),
        (
            "straight, GeoPackage: native join + make_line",
            t["native join + make_line, GeoPackage in and out"],
            t["hema:flowlines straight, GeoPackage in and out"],
        ),
        ("straight: PyQGIS floor (no analysis)", t["PyQGIS floor: read 3 + write 10 fields, no analysis"], mine),
    )
    print("ratios native / hema:flowlines (>= 1: ours no slower):")
    for label, native, own in pairs:
        print(f"  {label:<48s} {native:6.2f} s / {own:5.2f} s = {native / own:5.2f}x")


if __name__ == "__main__":
    main()
