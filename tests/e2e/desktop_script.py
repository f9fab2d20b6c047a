"""Run inside the real QGIS desktop (--code): open the HEMA dock, run the workflow, screenshot, report, quit.

Environment: HEMA_E2E_OUT = folder for screenshot.png and report.json; HEMA_E2E_ACTIONS = comma-separated actions.
"""

import json
import os
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtWidgets import QApplication

OUT = Path(os.environ["HEMA_E2E_OUT"])
ACTIONS = [a for a in os.environ.get("HEMA_E2E_ACTIONS", "").split(",") if a]
report = {"actions": [], "errors": []}


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def wait_idle(dock, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while not dock.is_idle():
        QCoreApplication.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end:
            return False
    return True


def main() -> None:
    iface = qgis.utils.iface
    plugin = qgis.utils.plugins.get("hema_steden")
    report["plugin_loaded"] = plugin is not None
    report["provider"] = QgsApplication.processingRegistry().providerById("hema") is not None
    if plugin is None:
        return
    screen = QApplication.primaryScreen().geometry()  # no window manager under Xvfb: size the window ourselves
    iface.mainWindow().setGeometry(screen)
    iface.mainWindow().showMaximized()
    dock = plugin.show_dock()
    pump(1.0)
    for action in ACTIONS:
        iface.messageBar().clearWidgets()
        started = dock.run_action(action)
        finished = wait_idle(dock)
        item = iface.messageBar().currentItem()
        report["actions"].append(
            {"action": action, "started": started, "finished": finished, "message": item.text() if item else ""}
        )
    pump(1.0)
    table = dock.table
    report["table"] = [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    report["chart_bars"] = dock.chart.bar_count()
    if hasattr(dock, "indicator_table"):  # the Results tab's indicator comparison
        report["indicator_rows"] = dock.indicator_table.rowCount()
    main_window = iface.mainWindow()
    report["window"] = [main_window.width(), main_window.height()]
    geometry = dock.geometry()
    report["dock"] = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
    report["dock_visible"] = dock.isVisible()
    report["dock_min"] = [dock.minimumSizeHint().width(), dock.minimumSizeHint().height()]
    report["labels"] = [dock.form.load_button.text(), dock.tabs.tabText(0), dock.tabs.tabText(1)]
    report["layers"] = sorted(layer.name() for layer in qgis.core.QgsProject.instance().mapLayers().values())
    if "catchments" in ACTIONS:  # click the first city: zoom to it and select its catchment and links
        dock.table.cellClicked.emit(0, 0)
        report["focused"] = dock.focus.code
    dock.tabs.setCurrentIndex(0)
    pump(1.0)
    main_window.grab().save(str(OUT / "workflow.png"))
    dock.tabs.setCurrentIndex(1)
    pump(0.5)
    main_window.grab().save(str(OUT / os.environ.get("HEMA_E2E_PNG", "screenshot.png")))


def run_and_quit() -> None:
    try:
        main()
    except Exception:
        report["errors"].append(traceback.format_exc())
    (OUT / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    QApplication.instance().exit(0)


QTimer.singleShot(500, run_and_quit)
