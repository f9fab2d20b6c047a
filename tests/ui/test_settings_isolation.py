"""Every test process writes its settings into its own folder, never into the user's shared ~/.config."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QSettings


def test_settings_live_in_a_per_process_folder(plugin):
    """QSettings and QgsSettings both resolve below the process's temporary settings folder."""
    root = Path(os.environ["HEMA_TEST_SETTINGS_DIR"]).resolve()
    home = Path(os.path.expanduser("~/.config")).resolve()
    for settings in (QSettings(), QgsSettings(), QSettings("QGIS", "QGIS3")):
        path = Path(settings.fileName()).resolve()
        assert root in path.parents, f"{path} is outside {root}"
        assert home not in path.parents
    QgsSettings().setValue("hema_steden/isolation_probe", 42)
    QgsSettings().sync()
    files = [p for p in root.rglob("*") if p.suffix in (".conf", ".ini")]  # QGIS >= 3.30 defaults to .ini
    written = [p for p in files if "isolation_probe" in p.read_text(errors="ignore")]
    assert written, f"the probe value was not written below {root}"
    QgsSettings().remove("hema_steden/isolation_probe")
