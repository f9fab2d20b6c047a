"""hema:exportlayout runs under qgis_process.bin (the plugin linked into a fresh profile)."""

import json
import os
import subprocess
from pathlib import Path

from hema_steden.paths import DEFAULT_GPKG
from pdfcheck import page_count

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def test_qgis_process_city_atlas(tmp_path):
    plugins = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "hema_steden").symlink_to(ROOT, target_is_directory=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path)}
    enabled = subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "hema_steden"], env=env, capture_output=True, timeout=120
    )
    assert enabled.returncode == 0, enabled.stderr
    out = tmp_path / "atlas.pdf"
    args = [
        QGIS_PROCESS,
        "--json",
        "run",
        "hema:exportlayout",
        "--",
        "TEMPLATE=hema_stadsblad.qpt",
        f"COVERAGE={DEFAULT_GPKG}|layername=steden",
        "FILTER=\"role\" = 'hema'",
        f"LAYERS={DEFAULT_GPKG}|layername=zones",
        "DPI=40",
        f"OUTPUT={out}",
    ]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["results"]["PAGES"] == 4 and page_count(out) == 4
    again = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode != 0 and "already exists" in again.stdout + again.stderr
