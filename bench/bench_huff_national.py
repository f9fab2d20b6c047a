"""Bench: a national-scale Huff run, 450,000 zones x 400 cities, DETAIL=0, through hema:catchmentshuff; peak memory.

Run: QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/bench_huff_national.py [n_zones] [n_cities]
Zones are points (e.g. six-position postcodes) spread over the Netherlands' RD extent; the output goes to a
GeoPackage in a temporary folder. Prints the wall time and the peak resident memory of the process.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from _qgis import context as new_context
from _qgis import processing
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingFeedback, QgsVectorLayer

LIMIT_GB = 8.0


def points(name: str, n: int, rng, pop: tuple[int, int], prefix: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "Point?crs=EPSG:28992&field=code:string&field=name:string&field=population:double", name, "memory"
    )
    xs, ys = rng.uniform(13_000, 278_000, n), rng.uniform(306_000, 619_000, n)
    values = rng.integers(*pop, n).astype(float)
    feats = []
    for k in range(n):
        f = QgsFeature(layer.fields())
        f.setAttributes([f"{prefix}{k:06d}", f"{name} {k}", float(values[k])])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xs[k], ys[k])))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def peak_gb() -> float:
    """Peak resident set size of this process in GB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2


def main(n_zones: int = 450_000, n_cities: int = 400) -> None:
    rng = np.random.default_rng(1)
    start = time.perf_counter()
    zones = points("zones", n_zones, rng, (5, 500), "Z")
    cities = points("cities", n_cities, rng, (5_000, 900_000), "C")
    print(f"{n_zones:,} zone points x {n_cities} cities built in {time.perf_counter() - start:.1f} s, "
          f"peak so far {peak_gb():.2f} GB")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "huff_national.gpkg"
        params = {"ZONES": zones, "CITIES": cities, "ZONE_CODE": "code", "ZONE_NAME": "name", "CITY_CODE": "code",
                  "CITY_NAME": "name", "POPULATION": "population", "ATTRACTIVENESS": "population",
                  "MIN_DISTANCE": 500, "DETAIL": 0, "OUTPUT": str(out)}  # fmt: skip
        start = time.perf_counter()
        processing.run("hema:catchmentshuff", params, context=new_context(), feedback=QgsProcessingFeedback())
        took = time.perf_counter() - start
        size = out.stat().st_size / 1024**2
    peak = peak_gb()
    print(f"hema:catchmentshuff DETAIL=0: {took:.1f} s, output {size:.0f} MB")
    print(f"peak memory (max RSS of the whole process): {peak:.2f} GB; limit {LIMIT_GB:.0f} GB: "
          f"{'OK' if peak < LIMIT_GB else 'OVER'}")  # fmt: skip


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
