"""Fixtures of the QGIS tests (registered by tests/conftest.py; QGIS starts only when one of them is used)."""

from __future__ import annotations

import configparser
import os
from pathlib import Path

import pytest

from .qgis_boot import boot

PLUGIN_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = Path(os.environ.get("HEMA_SHARED_DATA", PLUGIN_ROOT.parent / "shared" / "data"))
GPKG_LAYERS = ("steden", "zones", "flows", "provinces")


def _metadata_versions() -> tuple[int, int]:
    meta = configparser.ConfigParser()
    meta.read(PLUGIN_ROOT / "metadata.txt")
    lo = meta["general"]["qgisMinimumVersion"].split(".")
    hi = meta["general"]["qgisMaximumVersion"].split(".")
    return int(lo[0]) * 10000 + int(lo[1]) * 100, int(hi[0]) * 10000 + int(hi[1]) * 100 + 99


@pytest.fixture(scope="session")
def qgis_app():
    """The running QgsApplication."""
    return boot()


@pytest.fixture(scope="session")
def iface(qgis_app):
    """A real test iface (main window, canvas, message bar)."""
    from .iface import TestIface

    return TestIface()


@pytest.fixture(scope="session")
def plugin(iface):
    """The plugin loaded through classFactory(iface), its GUI initialised; unloaded at the end."""
    from qgis.core import Qgis

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
    from qgis.core import QgsProject

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
def feedback(qgis_app):
    """A Processing feedback object."""
    from qgis.core import QgsProcessingFeedback

    return QgsProcessingFeedback()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real open data folder ../shared/data; tests that need it skip where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real open data folder {SHARED_DATA} is absent (only on the developers' and CI machines)")
    return SHARED_DATA


@pytest.fixture()
def bundled(project):
    """The bundled GeoPackage's layers, added to the project."""
    from hema_steden.paths import DEFAULT_GPKG
    from qgis.core import QgsVectorLayer

    if not DEFAULT_GPKG.is_file():
        pytest.skip("bundled GeoPackage not built")
    layers = {}
    for name in GPKG_LAYERS:
        layer = QgsVectorLayer(f"{DEFAULT_GPKG}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        layers[name] = layer
    project.addMapLayers(list(layers.values()))
    return layers
