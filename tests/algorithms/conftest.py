"""QGIS runs for the tests in this folder (helpers/qgis_boot.py)."""

from helpers.qgis_boot import boot

boot()

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

# test_polygons_style reuses the layer builders of test_bad_input in this folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))
