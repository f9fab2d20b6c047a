"""Regenerate resources/layouts/*.qpt from printlayout/templates.py (run with /usr/bin/python3)."""

from headless import start

start(provider=False)

from hema_steden.printlayout.templates import save_templates  # noqa: E402
from qgis.core import QgsProject  # noqa: E402

for path in save_templates(QgsProject.instance()):
    print(path)
