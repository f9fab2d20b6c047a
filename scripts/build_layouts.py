"""Regenerate resources/layouts/*.qpt from algorithms/layout_templates.py (run with /usr/bin/python3)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication, QgsProject  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
pkg = __import__(ROOT.name + ".algorithms.layout_templates", fromlist=["save_templates"])
for path in pkg.save_templates(QgsProject.instance()):
    print(path)
