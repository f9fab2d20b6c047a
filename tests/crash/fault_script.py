"""Run a HEMA algorithm in a QgsProcessingAlgRunnerTask and remove its zones layer / clear the project mid-run.

Usage: python fault_script.py ALG_ID FAULT(remove|clear|none) N_ZONES OUT_JSON. Exits 0 when QGIS survived.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import headless
from helpers.faultdata import cities, flows, grid_zones
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication


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
