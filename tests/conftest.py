"""pytest harness: real QGIS (offscreen, isolated profile), Processing initialised, plugin loaded via classFactory."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("HEMA_SHARED_DATA", PLUGIN_ROOT.parent / "shared" / "data"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_CONFIG_DIR = tempfile.mkdtemp(prefix="hema-qgis-config-")
os.environ["QGIS_CUSTOM_CONFIG_PATH"] = _CONFIG_DIR

# The repo root is the plugin folder: expose it as the package `hema_steden` through a symlink.
_PKG_DIR = Path(tempfile.mkdtemp(prefix="hema-pkg-"))
(_PKG_DIR / "hema_steden").symlink_to(PLUGIN_ROOT, target_is_directory=True)
sys.path.insert(0, str(_PKG_DIR))
sys.path.insert(0, str(PLUGIN_ROOT / "tests"))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import Qgis, QgsApplication, QgsProject  # noqa: E402
from qgis.PyQt.QtCore import QSettings  # noqa: E402

# QSettings()/QgsSettings() in a test process write to ~/.config/<organisation>/<app>.conf, shared by every pytest
# run on the machine; parallel runs then overwrite each other's settings. Give this process its own settings folder
# (before the application exists, so nothing has opened the shared file yet).
_SETTINGS_DIR = tempfile.mkdtemp(prefix="hema-settings-")
os.environ["HEMA_TEST_SETTINGS_DIR"] = _SETTINGS_DIR
for _format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(_format, QSettings.Scope.UserScope, _SETTINGS_DIR)

_QGIS_APP = QgsApplication([b"pytest"], True, _CONFIG_DIR)
_QGIS_APP.setPrefixPath("/usr", True)
_QGIS_APP.initQgis()
for _format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # QGIS >= 3.30 re-points them in init
    QSettings.setPath(_format, QSettings.Scope.UserScope, _SETTINGS_DIR)

from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()


def pytest_report_header(config):
    """Print the QGIS, Qt and GDAL versions the tests run on."""
    from osgeo import gdal
    from qgis.PyQt.QtCore import QT_VERSION_STR

    return (
        f"QGIS {Qgis.version()}, Qt {QT_VERSION_STR}, GDAL {gdal.__version__}, profile {_CONFIG_DIR}, "
        f"settings {_SETTINGS_DIR}"
    )


def _metadata_versions() -> tuple[int, int]:
    import configparser

    meta = configparser.ConfigParser()
    meta.read(PLUGIN_ROOT / "metadata.txt")
    lo = meta["general"]["qgisMinimumVersion"].split(".")
    hi = meta["general"]["qgisMaximumVersion"].split(".")
    return int(lo[0]) * 10000 + int(lo[1]) * 100, int(hi[0]) * 10000 + int(hi[1]) * 100 + 99


@pytest.fixture(scope="session")
def qgis_app():
    """The running QgsApplication."""
    return _QGIS_APP


@pytest.fixture(scope="session")
def iface(qgis_app):
    """A real test iface (main window, canvas, message bar)."""
    from iface import TestIface

    return TestIface()


@pytest.fixture(scope="session")
def plugin(iface):
    """The plugin loaded through classFactory(iface), its GUI initialised; unloaded at the end."""
    lo, hi = _metadata_versions()
    assert lo <= Qgis.versionInt() <= hi, "running QGIS is outside metadata.txt's supported range"
    import hema_steden

    instance = hema_steden.classFactory(iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture()
def project(plugin):
    """A fresh, empty QGIS project (the plugin is loaded)."""
    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


@pytest.fixture()
def context(project):
    """A Processing context bound to the current project."""
    from qgis.core import QgsProcessingContext

    ctx = QgsProcessingContext()
    ctx.setProject(project)
    return ctx


@pytest.fixture()
def feedback():
    """A Processing feedback object."""
    from qgis.core import QgsProcessingFeedback

    return QgsProcessingFeedback()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real open data folder ../shared/data; tests that need it skip where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real open data folder {SHARED_DATA} is absent (only on the developers' and CI machines)")
    return SHARED_DATA


_EXIT_STATUS = {"code": 0}


def pytest_sessionfinish(session, exitstatus):
    """Remember the run's exit status for pytest_unconfigure."""
    _EXIT_STATUS["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without Python's teardown of Qt/QGIS objects, which can crash after the results are reported."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS["code"])
