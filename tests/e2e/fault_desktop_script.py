"""Run inside the real QGIS desktop (--code): faults while panel steps and toolbox runs read their layers.

Environment: HEMA_E2E_OUT (report.json goes there), HEMA_FAULT_GPKG (zones, cities and flows tables).
For each case: load the layers, start the step; once it reports progress (at the latest after HEMA_FAULT_AFTER
seconds; toolbox runs: after HEMA_FAULT_AFTER seconds) remove the zones (or flows) layer
or clear the project (Project ▸ New), wait, record what the user sees; then run the step again undisturbed.
"""

import json
import os
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTimer

OUT = Path(os.environ["HEMA_E2E_OUT"])
GPKG = os.environ["HEMA_FAULT_GPKG"]
AFTER = float(os.environ.get("HEMA_FAULT_AFTER", "1.0"))
report = {"cases": [], "toolbox": [], "errors": []}


def pump_until(condition, seconds: float) -> None:
    """Process events until condition() holds or seconds have passed."""
    end = time.monotonic() + seconds
    while time.monotonic() < end and not condition():
        QCoreApplication.processEvents()
        time.sleep(0.01)


def pump(seconds: float) -> None:
    """Process events for seconds."""
    pump_until(lambda: False, seconds)


def load_layers() -> dict:
    project = QgsProject.instance()
    names = ("zones", "cities", "flows", "cflows")
    layers = {name: QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr") for name in names}
    project.addMapLayers(list(layers.values()))
    return layers


def bar_texts() -> list[str]:
    """Texts of every message in the QGIS message bar (the panel's and those QGIS adds, e.g. task notices)."""
    return [item.text() for item in qgis.utils.iface.messageBar().items()]


def panel_case(dock, action: str, method: str, role: str, fault: str) -> dict:
    iface = qgis.utils.iface
    layers = load_layers()
    if action in ("links", "profile"):  # city-to-city flows: the network steps build city x city tables
        layers["flows"] = layers.pop("cflows")
    dock.form.method.setCurrentIndex(dock.form.method.findData(method))
    for name in ("zones", "cities", "flows"):
        dock.controller.set_layer(name, layers[name].id())
    iface.messageBar().clearWidgets()
    started_at = time.monotonic()
    case = {"action": action, "method": method, "role": role, "fault": fault, "removed": layers[role].name()}
    save()
    case["started"] = dock.run_action(action)
    # the fault lands once the step reports progress (it reads its layers), at the latest after AFTER seconds:
    # a network step that reads its GeoPackage table in bulk can be done in half a second
    pump_until(lambda: dock.progress.value() > 0, AFTER)
    case["running_at_fault"] = dock.runner.is_running()
    case["progress_at_fault"] = dock.progress.value()
    if fault == "remove":
        QgsProject.instance().removeMapLayer(layers[role].id())
    elif fault == "clear":
        iface.newProject(False)  # Project ▸ New without the save question
    while dock.runner.is_running() or dock.queue:
        pump(0.05)
        if time.monotonic() - started_at > 120:
            break
    pump(0.3)
    case.update(
        finished=not dock.runner.is_running(),
        messages=bar_texts(),
        status=dock.status.text(),
        progress_after=dock.progress.value(),
        table_rows=dock.table.rowCount(),
        seconds=time.monotonic() - started_at,
        actions_enabled=all(b.isEnabled() for b in dock.form.action_buttons().values()),
    )
    return case


def toolbox_case(alg_id: str, fault: str) -> dict:
    """The Processing toolbox dialog runs the algorithm (QgsProcessingAlgRunnerTask) while the fault happens."""
    import processing

    layers = load_layers()
    params = {"ZONES": layers["zones"].id(), "CITIES": layers["cities"].id(), "OUTPUT": "TEMPORARY_OUTPUT"}
    if alg_id == "hema:catchmentsobserved":
        params["FLOWS"] = layers["flows"].id()
    else:
        params["ATTRACTIVENESS"] = "population"
    dialog = processing.createAlgorithmDialog(alg_id, params)
    dialog.show()
    manager = QgsApplication.taskManager()
    started_at = time.monotonic()
    dialog.runAlgorithm()
    pump(AFTER)
    case = {"alg": alg_id, "fault": fault, "tasks_at_fault": manager.countActiveTasks()}
    case["progress_at_fault"] = dialog.progressBar.value() if hasattr(dialog, "progressBar") else None
    if fault == "remove":
        QgsProject.instance().removeMapLayer(layers["zones"].id())
    else:
        qgis.utils.iface.newProject(False)
    while manager.countActiveTasks() and time.monotonic() - started_at < 120:
        pump(0.05)
    pump(0.5)
    case.update(tasks_after=manager.countActiveTasks(), seconds=time.monotonic() - started_at)
    dialog.close()
    return case


def save() -> None:
    """Write the report so far (a hang or crash still leaves what happened before it)."""
    (OUT / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")


def main() -> None:
    plugin = qgis.utils.plugins.get("hema_steden")
    report["plugin_loaded"] = plugin is not None
    if plugin is None:
        return
    dock = plugin.show_dock()
    pump(1.0)
    cases = [(a, m, r) for a, m, r in (
        ("catchments", "observed", "zones"), ("catchments", "huff", "zones"), ("catchments", "fit", "zones"),
        ("links", "observed", "flows"), ("profile", "observed", "flows"),
    )]  # fmt: skip
    wanted = [c for c in os.environ.get("HEMA_FAULT_CASES", "").split(",") if c]
    for action, method, role in cases:
        if wanted and f"{action}/{method}" not in wanted:
            continue
        for fault in ("remove", "clear"):
            case = panel_case(dock, action, method, role, fault)
            qgis.utils.iface.newProject(False)
            after = panel_case(dock, action, method, role, "none")  # the next step works
            case["next_messages"] = after["messages"]
            case["next_started"] = after["started"]
            report["cases"].append(case)
            save()
            qgis.utils.iface.newProject(False)
    for alg_id in ("hema:catchmentsobserved", "hema:catchmentshuff"):
        for fault in ("remove", "clear"):
            report["toolbox"].append(toolbox_case(alg_id, fault))
            save()
            qgis.utils.iface.newProject(False)


try:
    main()
except Exception:
    report["errors"].append(traceback.format_exc())
finally:
    report["alive"] = True
    save()
    QgsProject.instance().setDirty(False)
    # this script runs before QGIS's event loop starts: quit once it runs, through the normal exit path
    QTimer.singleShot(500, lambda: QgsApplication.instance().exit(0))
