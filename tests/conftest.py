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


SHARED_DATA = Path(os.environ.get("HEMA_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))


BUNDLED_DATA = PLUGIN_ROOT / "resources" / "data"


def _checksums(folder: Path) -> dict[str, str]:
    import hashlib

    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="session", autouse=True)
def shared_data_unchanged():
    """../shared/data and the bundled resources/data are byte-identical after the run (no header rewrite, no
    -wal/-shm left): the plugin only reads them, and a test that opens them for update is a bug."""
    folders = [f for f in (SHARED_DATA, BUNDLED_DATA) if f.is_dir()]
    before = {f: _checksums(f) for f in folders}
    yield
    for folder in folders:
        after = _checksums(folder)
        changed = sorted(k for k in before[folder].keys() | after.keys() if before[folder].get(k) != after.get(k))
        assert not changed, f"the tests changed files under {folder}: {changed}"


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
