"""Output policy, disk full, for the PDF/PNG/SVG writers: hema:exportlayout, hema:mapbook and the panel's atlas.

A PDF written onto a full disk is never reported as written: the previous file stays byte-identical, nothing
partial is left, and the message names the path and says the disk is full. (root only: a small tmpfs.)
"""

from __future__ import annotations

import processing
import pytest
from helpers.bundled_runs import bundled_uri
from helpers.dock import bar_text, wait_until
from helpers.outputs import checksums, fill, mount_tmpfs, unmount
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
)


@pytest.fixture()
def disk(tmp_path):
    folder = mount_tmpfs(tmp_path / "mnt", "24m")
    yield folder
    unmount(folder)


def layout_params(fmt: int, out) -> dict:
    return {"TEMPLATE": "hema_stadsblad.qpt", "COVERAGE": bundled_uri("cities"),
            "FILTER": "\"code\" IN ('GM0106', 'GM0119')", "FORMAT": fmt, "DPI": 30, "OUTPUT": str(out)}  # fmt: skip


@pytest.mark.parametrize(
    ("case", "fmt", "ext"),
    [("DL01-pdf", 0, "pdf"), ("DL02-pdfs", 1, "pdf"), ("DL03-png", 2, "png"), ("DL04-svg", 3, "svg")],  # fmt: skip
)
def test_exportlayout_disk_full(case, fmt, ext, disk, project):
    context = QgsProcessingContext()
    context.setProject(project)
    params = layout_params(fmt, disk / f"blad.{ext}")
    processing.run("hema:exportlayout", params, context=context, feedback=QgsProcessingFeedback())
    before = checksums(disk)
    filler = fill(disk, 6000)
    try:
        with pytest.raises(QgsProcessingException) as raised:
            processing.run("hema:exportlayout", {**params, "OVERWRITE": True}, context=context,
                           feedback=QgsProcessingFeedback())  # fmt: skip
    finally:
        filler.unlink()
    message = str(raised.value)
    assert any(message == f"Could not write {disk / name}: the disk is full." for name in before), (case, message)
    assert checksums(disk) == before, case


def test_DL05_mapbook_disk_full_and_no_work_folder_left(disk, project):
    context = QgsProcessingContext()
    context.setProject(project)
    target = disk / "book.pdf"
    target.write_bytes(b"%PDF-1.4 the user's previous map book")
    before = checksums(disk)
    filler = fill(disk, 60_000)
    try:
        with pytest.raises(QgsProcessingException) as raised:
            processing.run("hema:mapbook", {"OUTPUT": str(target), "OVERWRITE": True, "DPI": 30}, context=context,
                           feedback=QgsProcessingFeedback())  # fmt: skip
    finally:
        filler.unlink()
    assert str(raised.value) == f"Could not write {target}: the disk is full."
    assert checksums(disk) == before
    from pathlib import Path

    assert not list(Path(QgsProcessingUtils.tempFolder()).glob("hema-mapbook-*"))


@pytest.fixture()
def dock(iface, project, tmp_path):
    """A HEMA dock over an empty project (as tests/ui/conftest.py makes it), results kept in the test's folder."""
    from hema_steden.ui import storage
    from hema_steden.ui.dock import HemaDock
    from qgis.core import QgsSettings

    QgsSettings().remove("hema_steden")
    (tmp_path / "results").mkdir()
    storage.set_results_folder(str(tmp_path / "results"))  # no dialog asks for a results GeoPackage
    widget = HemaDock(iface, iface.mainWindow())
    iface.addDockWidget(None, widget)
    yield widget
    widget.disconnect_all()
    iface.removeDockWidget(widget)
    widget.deleteLater()
    QgsSettings().remove("hema_steden")


def test_DL06_panel_atlas_disk_full(dock, iface, project, disk):
    iface.messageBar().clearWidgets()
    assert dock.run_action("load")
    wait_until(lambda: not dock.runner.is_running() and not dock.queue, 120)
    assert bar_text(iface).endswith("finished."), bar_text(iface)
    target = disk / "atlas.pdf"
    target.write_bytes(b"%PDF-1.4 the user's previous atlas")
    before = checksums(disk)
    dock.choose_atlas_path = lambda current: str(target)
    filler = fill(disk, 60_000)
    try:
        iface.messageBar().clearWidgets()
        dock.run_action("atlas")
        wait_until(lambda: not dock.runner.is_running() and not dock.queue, 300)
    finally:
        filler.unlink()
    text = bar_text(iface)
    name = QgsApplication.processingRegistry().algorithmById("hema:mapbook").displayName()
    assert text == f"{name} failed: Could not write {target}: the disk is full.", text
    assert checksums(disk) == before
