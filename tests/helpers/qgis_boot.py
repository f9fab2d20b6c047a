"""Start real QGIS once per test process (offscreen, isolated profile and settings, Processing initialised).

A test folder that needs QGIS calls boot() from its conftest.py, before its test modules import qgis:

    from helpers.qgis_boot import boot

    boot()

The fixtures that need QGIS (helpers/fixtures.py) call it too, so it is safe to call any number of times.
"""

from __future__ import annotations

import os
import sys
import tempfile

_STATE: dict[str, object] = {}


def boot():
    """The running QgsApplication, started on the first call."""
    if "app" in _STATE:
        return _STATE["app"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config_dir = tempfile.mkdtemp(prefix="hema-qgis-config-")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = config_dir
    if "/usr/share/qgis/python/plugins" not in sys.path:
        sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QSettings

    # QSettings()/QgsSettings() in a test process write to ~/.config/<organisation>/<app>.conf, shared by every
    # pytest run on the machine; parallel runs then overwrite each other's settings. Give this process its own
    # settings folder (before the application exists, so nothing has opened the shared file yet).
    settings_dir = tempfile.mkdtemp(prefix="hema-settings-")
    os.environ["HEMA_TEST_SETTINGS_DIR"] = settings_dir
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, settings_dir)
    app = QgsApplication([b"pytest"], True, config_dir)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # QGIS >= 3.30 re-points them in init
        QSettings.setPath(kind, QSettings.Scope.UserScope, settings_dir)
    from processing.core.Processing import Processing

    Processing.initialize()
    _STATE.update(app=app, config_dir=config_dir, settings_dir=settings_dir)
    return app


def description() -> str:
    """QGIS, Qt and GDAL versions and the isolated folders, once QGIS runs; '' before."""
    if "app" not in _STATE:
        return ""
    from osgeo import gdal
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import QT_VERSION_STR

    return (
        f"QGIS {Qgis.version()}, Qt {QT_VERSION_STR}, GDAL {gdal.__version__}, profile {_STATE['config_dir']}, "
        f"settings {_STATE['settings_dir']}"
    )
