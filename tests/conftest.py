"""pytest harness, without QGIS: the plugin as package `hema_steden`, tests/helpers importable, shared fixtures.

QGIS starts only in the folders that need it (their conftest.py calls helpers.qgis_boot.boot()) or when a QGIS
fixture is used, so `pytest tests/core` runs on plain Python with numpy, pandas and scipy.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

PLUGIN_ROOT = Path(__file__).resolve().parents[1]

# The repo root is the plugin folder: expose it as the package `hema_steden` through a symlink.
_PKG_DIR = Path(tempfile.mkdtemp(prefix="hema-pkg-"))
(_PKG_DIR / "hema_steden").symlink_to(PLUGIN_ROOT, target_is_directory=True)
sys.path.insert(0, str(_PKG_DIR))
sys.path.insert(0, str(PLUGIN_ROOT / "tests"))

pytest_plugins = ["helpers.fixtures"]


def pytest_report_header(config):
    """Where QGIS comes from (it starts with the first folder that needs it)."""
    return "QGIS: started by helpers/qgis_boot.py in the folders that need it (tests/core runs without)"


_EXIT_STATUS = {"code": 0}


def pytest_sessionfinish(session, exitstatus):
    """Remember the run's exit status for pytest_unconfigure."""
    _EXIT_STATUS["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without Python's teardown of Qt/QGIS objects, which can crash after the results are reported."""
    from helpers.qgis_boot import description

    if description():
        print(f"\n{description()}")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS["code"])
