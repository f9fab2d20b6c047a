"""Helpers for the dock tests: a fresh dock per test, waiting for background runs, catching slot exceptions."""

from __future__ import annotations

import sys

import pytest
from helpers.qgis_boot import boot

boot()  # QGIS runs for the tests in this folder (helpers/qgis_boot.py)

from helpers.dock import flush_deletes, wait_until  # noqa: E402
from qgis.core import QgsSettings  # noqa: E402


@pytest.fixture()
def slot_errors():
    """Exceptions raised inside Qt slots (QGIS would show them in its Python error dialog)."""
    errors: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda kind, value, tb: errors.append(value)
    yield errors
    sys.excepthook = previous


@pytest.fixture()
def dock(iface, project, slot_errors, tmp_path):
    """A new HEMA dock on the test iface over an empty project; removed afterwards.

    Results go to a GeoPackage in the test's folder (the panel's settings folder), so no dialog asks for one.
    """
    from hema_steden.ui import storage
    from hema_steden.ui.dock import HemaDock

    iface.messageBar().clearWidgets()
    QgsSettings().remove("hema_steden")  # every test starts from the panel's defaults
    (tmp_path / "results").mkdir()
    storage.set_results_folder(str(tmp_path / "results"))
    widget = HemaDock(iface, iface.mainWindow())
    iface.addDockWidget(None, widget)
    yield widget
    if widget.runner.is_running():
        widget.runner.cancel()
        wait_until(lambda: not widget.runner.is_running(), 30)
    widget.disconnect_all()
    iface.removeDockWidget(widget)
    widget.deleteLater()
    flush_deletes()
    QgsSettings().remove("hema_steden")
    assert not slot_errors, f"exceptions in slots: {slot_errors}"
