"""hema:exportlayout runs under qgis_process.bin (the plugin linked into a fresh profile)."""

import json

from helpers.pdfcheck import page_count
from helpers.qgisprocess import enable_plugin, linked_profile, qgis_process
from hema_steden.paths import DEFAULT_GPKG


def test_qgis_process_city_atlas(tmp_path):
    profile = linked_profile(tmp_path / "config")
    enable_plugin(profile)
    out = tmp_path / "atlas.pdf"
    args = [
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
    done = qgis_process(profile, *args)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["results"]["PAGES"] == 4 and page_count(out) == 4
    again = qgis_process(profile, *args)
    assert again.returncode != 0 and "already exists" in again.stdout + again.stderr
