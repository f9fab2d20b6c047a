"""Run inside the real QGIS desktop (--code): the panel as a planner's workbench, screenshots, save, report, quit.

HEMA_E2E_OUT: folder for PNGs and report.json; HEMA_E2E_MODE: 'workflow' (run every step, save the project) or
'reopen' (the project was opened from the command line: report its layers); HEMA_E2E_TAG: suffix of the PNGs.
"""

import json
import os
import sys
import threading
import time
import traceback
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtWidgets import QApplication

OUT = Path(os.environ["HEMA_E2E_OUT"])
MODE = os.environ.get("HEMA_E2E_MODE", "workflow")
TAG = os.environ.get("HEMA_E2E_TAG", "en")
PROJECT = OUT / "planner.qgz"
report = {"mode": MODE, "errors": [], "steps": [], "shots": []}


class Ticker:
    """Measures the longest stretch the main event loop did not run (a frozen window) while running."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.last = None
        self.longest = 0.0
        self.where = ""
        self.label = ""
        self.per_step: dict[str, float] = {}  # longest wall-clock gap between two turns of the event loop
        self.busy_per_step: dict[str, float] = {}  # longest main-thread CPU time within such a gap
        self.last_cpu = 0.0

    def start(self, label: str) -> None:
        self.label = label
        self.last, self.last_cpu = time.monotonic(), time.thread_time()
        self.timer.start()

    def tick(self) -> None:
        now, cpu = time.monotonic(), time.thread_time()
        if self.last is not None:
            gap, busy = now - self.last, cpu - self.last_cpu
            self.per_step[self.label] = max(self.per_step.get(self.label, 0.0), round(gap, 3))
            self.busy_per_step[self.label] = max(self.busy_per_step.get(self.label, 0.0), round(busy, 3))
            if gap > self.longest:
                self.longest, self.where = gap, self.label
        self.last, self.last_cpu = now, cpu

    def stop(self) -> None:
        self.timer.stop()
        self.last = None


TICKER = Ticker()
STALLS: dict[str, int] = {}  # where the main thread was while the event loop had not run for 0.15 s (50 ms samples)


def watch_stalls() -> None:
    """Sample the main thread's stack whenever the window has been frozen for 0.15 s (names a failing freeze)."""
    main = threading.main_thread().ident
    while True:
        time.sleep(0.05)
        last = TICKER.last
        if last is None or time.monotonic() - last < 0.15:
            continue
        frame, where = sys._current_frames().get(main), []
        while frame is not None and len(where) < 8:
            where.append(f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno} {frame.f_code.co_name}")
            frame = frame.f_back
        key = " <- ".join(where)
        STALLS[key] = STALLS.get(key, 0) + 1


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def shot(name: str) -> None:
    """Screenshot of the whole screen (dialogs included)."""
    pump(0.8)
    path = OUT / f"{name}_{TAG}.png"
    QApplication.primaryScreen().grabWindow(0).save(str(path))
    report["shots"].append(path.name)


def run(dock, action: str) -> None:
    iface = qgis.utils.iface
    iface.messageBar().clearWidgets()
    TICKER.start(f"{action}:{dock.form.theme.currentData()}")
    started = dock.run_action(action)
    end = time.monotonic() + 120
    while not dock.is_idle() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    pump(0.3)
    TICKER.stop()
    item = iface.messageBar().currentItem()
    report["steps"].append({"action": action, "started": started, "message": item.text() if item else ""})


def layers_report() -> list:
    rows = []
    for layer in QgsProject.instance().mapLayers().values():
        count = layer.featureCount() if isinstance(layer, QgsVectorLayer) else None
        rows.append([layer.name(), layer.providerType(), layer.isValid(), count, layer.source()])
    return rows


def workflow(dock) -> None:
    iface = qgis.utils.iface
    assert QgsProject.instance().write(str(PROJECT))  # the planner saves the new project first ("Save as")
    run(dock, "load")
    dock.tabs.setCurrentIndex(0)
    shot("map_after_load")
    run(dock, "catchments")
    run(dock, "links")
    shot("catchments_werk_studie")
    dock.form.theme.setCurrentIndex(dock.form.theme.findData("wonen"))
    pump(0.3)
    run(dock, "catchments")
    shot("catchments_wonen")
    report["header_wonen"] = dock.header.text()
    dock.form.theme.setCurrentIndex(dock.form.theme.findData("werk_studie"))
    run(dock, "profile")
    dock.tabs.setCurrentIndex(1)
    shot("results")
    dock.tabs.setCurrentIndex(0)
    shot("panel")
    pdf = OUT / f"atlas_{TAG}.pdf"
    dock.choose_atlas_path = lambda current: str(pdf)
    grabbed = []

    def grab_once(value):
        if value >= 40 and not grabbed:
            grabbed.append(value)
            shot("export_in_progress")

    dock.runner.progress.connect(grab_once)
    run(dock, "atlas")
    dock.runner.progress.disconnect(grab_once)
    report["pdf"] = pdf.exists() and pdf.stat().st_size
    report["export_buttons"] = (
        sorted(b.objectName() for b in iface.messageBar().currentItem().findChildren(qgis.PyQt.QtWidgets.QPushButton))
        if iface.messageBar().currentItem()
        else []
    )
    report["export_gaps"] = sorted(((round(c, 3), round(g, 3), t) for g, c, t in dock.export_gaps), reverse=True)[:5]
    report["longest_freeze_s"] = round(TICKER.longest, 3)
    report["longest_freeze_in"] = TICKER.where
    report["freeze_per_step"] = TICKER.per_step
    report["busy_per_step"] = TICKER.busy_per_step
    report["load_average"] = os.getloadavg()
    report["stalls"] = sorted(STALLS.items(), key=lambda kv: -kv[1])[:6]
    report["header"] = dock.header.text()
    report["labels"] = [dock.form.load_button.text(), dock.tabs.tabText(0), dock.tabs.tabText(1)]
    assert QgsProject.instance().write()
    report["layers"] = layers_report()


def reopen(dock) -> None:
    pump(2.0)
    report["project"] = QgsProject.instance().fileName()
    report["layers"] = layers_report()
    report["roles"] = sorted(dock.controller.layers) if dock else []
    report["threshold_suffix"] = dock.form.threshold.suffix()
    report["table"] = [dock.table.item(r, 2).text() for r in range(dock.table.rowCount())] if dock else []
    shot("reopened")


def main() -> None:
    iface = qgis.utils.iface
    plugin = qgis.utils.plugins.get("hema_steden")
    report["plugin_loaded"] = plugin is not None
    report["provider"] = QgsApplication.processingRegistry().providerById("hema") is not None
    if plugin is None:
        return
    screen = QApplication.primaryScreen().geometry()
    iface.mainWindow().setGeometry(screen)
    iface.mainWindow().showMaximized()
    dock = plugin.show_dock()
    pump(1.0)
    threading.Thread(target=watch_stalls, daemon=True).start()
    if MODE == "workflow":
        workflow(dock)
    else:
        reopen(dock)


def run_and_quit() -> None:
    try:
        main()
    except Exception:
        report["errors"].append(traceback.format_exc())
    (OUT / f"report_{MODE}_{TAG}.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    QApplication.instance().exit(0)


QTimer.singleShot(1500, run_and_quit)
