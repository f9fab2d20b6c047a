"""Run a HEMA algorithm in a QgsProcessingAlgRunnerTask and remove its zones layer / clear the project mid-run.

Usage: python fault_script.py ALG_ID FAULT(remove|clear|none) N_ZONES OUT_JSON. Exits 0 when QGIS survived.
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import headless  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication  # noqa: E402

CITIES = (("C1", 230000, 540000), ("C2", 250000, 560000), ("C3", 240000, 520000), ("C4", 260000, 530000))


def grid_zones(n: int) -> QgsVectorLayer:
    """n square zones (100 m) on a grid around the cities, with code, name and population."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string&field=name:string&field=population:double",
                           "zones", "memory")  # fmt: skip
    side = math.ceil(math.sqrt(n))
    features = []
    for k in range(n):
        x0, y0 = 220000 + (k % side) * 100.0, 510000 + (k // side) * 100.0
        f = QgsFeature(layer.fields())
        f.setAttributes([f"Z{k:06d}", f"zone {k}", 100.0 + k % 7])
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + 100, y0 + 100)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def cities() -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=code:string&field=name:string&field=population:double",
                           "cities", "memory")  # fmt: skip
    features = []
    for code, x, y in CITIES:
        f = QgsFeature(layer.fields())
        f.setAttributes([code, code, 50000.0])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def flows(n: int) -> QgsVectorLayer:
    layer = QgsVectorLayer("None?field=origin:string&field=destination:string&field=value:double", "flows", "memory")
    features = []
    for k in range(n):
        for j, (code, _, _) in enumerate(CITIES[:2]):
            f = QgsFeature(layer.fields())
            f.setAttributes([f"Z{k:06d}", code, float(1 + (k + j) % 5)])
            features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def main() -> int:
    alg_id, fault, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    headless.start()
    project = QgsProject.instance()
    zones, towns = grid_zones(n), cities()
    layers = [zones, towns] + ([flows(n)] if alg_id == "hema:catchmentsobserved" else [])
    project.addMapLayers(layers)
    params = {"ZONES": zones.id(), "CITIES": towns.id(), "OUTPUT": "TEMPORARY_OUTPUT"}
    if alg_id == "hema:catchmentsobserved":
        params["FLOWS"] = layers[2].id()
    else:
        params["ATTRACTIVENESS"] = "population"
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
    state = {"ok": None}
    task.executed.connect(lambda ok, results: state.update(ok=ok, results=sorted(results)))
    started = time.monotonic()
    QgsApplication.taskManager().addTask(task)
    fault_at = None
    samples = []
    feedback.progressChanged.connect(lambda p: samples.append((time.monotonic() - started, p)))
    while state["ok"] is None and time.monotonic() - started < 300:
        QCoreApplication.processEvents()
        time.sleep(0.005)
        if fault_at is None and fault != "none" and time.monotonic() - started > 1.0:
            fault_at = {"elapsed_s": time.monotonic() - started, "progress": feedback.progress()}
            if fault == "remove":
                project.removeMapLayer(zones.id())
            else:
                project.clear()
    state.update(samples=samples[:: max(1, len(samples) // 400)], log=feedback.textLog()[-600:])
    state.update(fault=fault, fault_at=fault_at, total_s=time.monotonic() - started)
    out.write_text(json.dumps(state, default=str))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    import os

    os._exit(code)
