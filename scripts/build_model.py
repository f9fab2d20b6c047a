"""Regenerate resources/models/hema_mapbook.model3 from algorithms/mapbook_model.py (run with /usr/bin/python3)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
provider = __import__(ROOT.name + ".algorithms.provider", fromlist=["HemaProvider"]).HemaProvider()
QgsApplication.processingRegistry().addProvider(provider)  # model outputs need the child algorithms
pkg = __import__(ROOT.name + ".algorithms.mapbook_model", fromlist=["save_model", "MODEL_PATH"])
pkg.save_model()
print(pkg.MODEL_PATH)
