"""Main job (interim): load the bundled HEMA layers via hema:loadlayers, save them and render an overview map.

Usage: /usr/bin/python3 scripts/hema_main.py <outdir> [--overwrite]
Writes <outdir>/hema_layers.gpkg and <outdir>/hema_overzicht.png and prints their paths.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
OUTPUT_NAMES = {
    "OUTPUT_CITIES": "steden",
    "OUTPUT_ZONES": "zones",
    "OUTPUT_FLOWS": "stromen",
    "OUTPUT_PROVINCES": "provincies",
}
SIZE = (1600, 1500)
TITLE = "HEMA-steden in Drenthe: Hoogeveen, Emmen, Meppel en Assen"
FOOTNOTE = (
    "Zones: schematische cellen rond gemeentecentra (CBS-gemeente-indeling 2014), geen echte gemeentegrenzen. "
    "Bronnen: CBS (CC BY 4.0), GeoNames (CC BY 4.0), Natural Earth."
)


def _import_plugin():
    """Import the repo as package hema_steden, whatever the checkout folder is called."""
    link_dir = Path(tempfile.mkdtemp(prefix="hema-main-"))
    (link_dir / "hema_steden").symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(link_dir))
    sys.path.append("/usr/share/qgis/python/plugins")
    import hema_steden

    return hema_steden


def _render(project, path: Path) -> None:
    from qgis.core import (
        QgsFillSymbol,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsRectangle,
        QgsSingleSymbolRenderer,
    )
    from qgis.PyQt.QtCore import QRectF, QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

    zones = project.mapLayersByName("zones")[0]
    zones.setLabelsEnabled(True)
    layers = [lyr for lyr in project.layerTreeRoot().layerOrder() if lyr.isSpatial()]
    provinces = project.mapLayersByName("provincies")
    if provinces:  # land under everything, so that sea and land differ
        land = provinces[0].clone()
        land.setRenderer(
            QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#fbfaf6", "outline_style": "no"}))
        )
        land.setLabelsEnabled(False)
        layers.append(land)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(zones.crs())
    settings.setOutputSize(QSize(*SIZE))
    settings.setOutputDpi(150)
    settings.setBackgroundColor(QColor("#dfe9ef"))
    extent = QgsRectangle(zones.extent())
    extent.scale(1.08)
    settings.setExtent(extent)
    settings.setTransformContext(project.transformContext())
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()

    canvas = QImage(SIZE[0], SIZE[1] + 150, QImage.Format_ARGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.drawImage(0, 90, image)
    painter.setPen(QColor("#1a1a1a"))
    painter.setFont(QFont("DejaVu Sans", 20, QFont.Bold))
    painter.drawText(QRectF(30, 10, SIZE[0] - 60, 70), Qt.AlignVCenter | Qt.AlignLeft, TITLE)
    painter.setFont(QFont("DejaVu Sans", 9))
    painter.drawText(
        QRectF(30, SIZE[1] + 100, SIZE[0] - 60, 45), Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, FOOTNOTE
    )
    painter.end()
    if not canvas.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--overwrite", action="store_true", help="replace existing outputs")
    args = parser.parse_args(argv)
    gpkg = args.outdir / "hema_layers.gpkg"
    png = args.outdir / "hema_overzicht.png"
    existing = [p for p in (gpkg, png) if p.exists()]
    if existing and not args.overwrite:
        print(f"error: {', '.join(map(str, existing))} exists; use --overwrite to replace it", file=sys.stderr)
        return 2
    args.outdir.mkdir(parents=True, exist_ok=True)
    for path in existing:
        path.unlink()

    plugin_pkg = _import_plugin()
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    plugin = plugin_pkg.classFactory(None)
    plugin.initProcessing()
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    params = {"SOURCE": 0, "THEMES": list(range(5))}
    params.update({key: f"ogr:dbname='{gpkg}' table=\"{name}\"" for key, name in OUTPUT_NAMES.items()})
    processing.runAndLoadResults("hema:loadlayers", params, context=context, feedback=QgsProcessingFeedback())
    _render(project, png)
    project.clear()
    plugin.unload()
    print(gpkg)
    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
