"""The interim main job writes the layers GeoPackage and the overview PNG and never overwrites silently."""

import subprocess
from pathlib import Path

import pytest
from hema_steden.paths import DEFAULT_GPKG
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "hema_main.py"


@pytest.mark.skipif(not DEFAULT_GPKG.is_file(), reason="bundled GeoPackage not built yet (make data)")
def test_main_job_outputs(tmp_path):
    done = subprocess.run(["/usr/bin/python3", str(SCRIPT), str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    gpkg, png = tmp_path / "hema_layers.gpkg", tmp_path / "hema_overzicht.png"
    assert done.stdout.split() == [str(gpkg), str(png)]
    for table, minimum in (("steden", 14), ("zones", 20), ("stromen", 100), ("provincies", 4)):
        assert QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr").featureCount() >= minimum, table
    image = QImage(str(png))
    assert image.width() == 1600 and image.height() > 1500
    # the map is not blank: many distinct colours (zones, outlines, city symbols, labels)
    colours = {image.pixel(x, y) for x in range(0, 1600, 8) for y in range(100, 1500, 8)}
    assert len(colours) > 50
    again = subprocess.run(
        ["/usr/bin/python3", str(SCRIPT), str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 2 and "--overwrite" in again.stderr
