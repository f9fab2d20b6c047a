"""A 20-page atlas through hema:exportlayout side by side with native:atlaslayouttopdf on the same layout.

Run: /usr/bin/python3 bench/bench_atlas.py [repeats]. Prints the best time of each and the ratio (target <= 1.1).
"""

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from _qgis import FEEDBACK, context, processing  # starts QGIS with Processing and the HEMA provider
from hema_steden.paths import DEFAULT_GPKG
from hema_steden.printlayout import export as layout_io
from hema_steden.printlayout.templates import template_path
from qgis.core import QgsProject, QgsVectorLayer

PAGES = 20
DPI = 100


def main() -> None:
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    project = QgsProject.instance()
    layers = {n: QgsVectorLayer(f"{DEFAULT_GPKG}|layername={n}", n, "ogr") for n in ("steden", "zones", "provinces")}
    project.addMapLayers(list(layers.values()))
    zones = layers["zones"]
    ids = sorted(f.id() for f in zones.getFeatures())[:PAGES]
    filter_expr = f"$id IN ({', '.join(map(str, ids))})"
    template = str(template_path("hema_stadsblad"))
    layout = layout_io.load_template(project, template)
    layout.setName("bench")
    project.layoutManager().addLayout(layout)
    ctx, feedback = context(), FEEDBACK
    out = Path(tempfile.mkdtemp(prefix="hema-bench-out-"))
    runs = {
        "native:atlaslayouttopdf": lambda n: processing.run(
            "native:atlaslayouttopdf",
            {"LAYOUT": "bench", "COVERAGE_LAYER": zones, "FILTER_EXPRESSION": filter_expr, "DPI": DPI,
             "OUTPUT": str(out / f"native_{n}.pdf")},
            context=ctx, feedback=feedback,
        ),
        "hema:exportlayout": lambda n: processing.run(
            "hema:exportlayout",
            {"TEMPLATE": template, "COVERAGE": zones, "FILTER": filter_expr, "DPI": DPI,
             "OUTPUT": str(out / f"hema_{n}.pdf")},
            context=ctx, feedback=feedback,
        ),
    }  # fmt: skip
    best = {}
    for n in range(repeats):
        for name, run in runs.items():
            start = time.perf_counter()
            run(n)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - start)
    for name, seconds in best.items():
        print(f"{name:26s} {PAGES} pages at {DPI} dpi: {seconds:6.2f} s (best of {repeats})")
    for prefix in ("native", "hema"):
        info = subprocess.run(["pdfinfo", str(out / f"{prefix}_0.pdf")], capture_output=True, text=True).stdout
        pages = re.search(r"Pages:\s+(\d+)", info).group(1)
        print(f"{prefix} PDF pages: {pages}")
    ratio = best["hema:exportlayout"] / best["native:atlaslayouttopdf"]
    print(f"ratio hema / native: {ratio:.2f}x (target <= 1.1x)")


if __name__ == "__main__":
    main()
