"""A temporary QGIS profile with the plugin installed from its zip, and qgis_process.bin runs against it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def build_plugin_zip(out: Path) -> Path:
    """The plugin zip built by scripts/build_package.py."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_package.py"), "--output", str(out)], check=True)
    return out


def install_profile(plugin_zip: Path, root: Path) -> Path:
    """A QGIS config root at root whose default profile has the plugin installed from the zip."""
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    return root


def linked_profile(root: Path) -> Path:
    """A QGIS config root at root whose default profile links the plugin to this working tree (no zip build)."""
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "hema_steden").symlink_to(ROOT, target_is_directory=True)
    return root


def qgis_env(profile: Path) -> dict:
    """Environment for QGIS processes using the profile, headless."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(profile)}


def qgis_process(profile: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run qgis_process.bin with args in the profile; text output captured."""
    return subprocess.run([QGIS_PROCESS, *args], env=qgis_env(profile), capture_output=True, text=True, timeout=timeout)


def enable_plugin(profile: Path) -> None:
    """Enable the plugin in the profile, as a user does once after installing it."""
    done = qgis_process(profile, "plugins", "enable", "hema_steden", timeout=120)
    assert done.returncode == 0, done.stderr
