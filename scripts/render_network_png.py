"""Render the Drenthe work network 2014 (flow lines + dominant-flow hierarchy) to a PNG, side by side.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/render_network_png.py [out.png] [shared data dir]
"""

from __future__ import annotations

import sys
from pathlib import Path

from headless import start

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "output" / "drenthe_werknetwerk_2014.png"
DATA = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared" / "data"

app, provider = start()

import processing  # noqa: E402
from hema_steden.styling.network import apply_labels, flow_styler, node_styler  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsFillSymbol,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402

context = QgsProcessingContext()
context.setProject(QgsProject.instance())
feedback = QgsProcessingFeedback()


def layer(path: Path, name: str) -> QgsVectorLayer:
    result = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert result.isValid(), (path, name)
    return result


def run(alg: str, params: dict) -> dict:
    return processing.run(alg, params, context=context, feedback=feedback)


gpkg = DATA / "gemeenten_2018_noord.gpkg"
munis = layer(gpkg, "gemeenten_2018")
drenthe = layer(gpkg, "drenthe_2016")
provinces = layer(gpkg, "provincies_2016")
ring = run("native:buffer", {"INPUT": drenthe, "DISTANCE": 4000, "OUTPUT": "memory:"})["OUTPUT"]
near = run("native:extractbylocation", {"INPUT": munis, "PREDICATE": [0], "INTERSECT": ring, "OUTPUT": "memory:"})
# Drenthe's reference cities Zwolle and Groningen belong in the picture even where they do not touch the ring.
refs = run(
    "native:extractbyexpression",
    {"INPUT": munis, "EXPRESSION": "\"statcode\" IN ('GM0193', 'GM0014')", "OUTPUT": "memory:"},
)
merged = run("native:mergevectorlayers", {"LAYERS": [near["OUTPUT"], refs["OUTPUT"]], "OUTPUT": "memory:"})["OUTPUT"]
nodes = run("native:deleteduplicategeometries", {"INPUT": merged, "OUTPUT": "memory:"})["OUTPUT"]
flows = QgsVectorLayer(
    f"file://{DATA / 'commuting_cbs_banen_2006_2014_noord.csv'}?delimiter=,&type=csv&geomType=none&detectTypes=yes",
    "flows",
    "delimitedtext",
)
common = {
    "FLOWS": flows,
    "ORIGIN_FIELD": "woon_code_2014",
    "DESTINATION_FIELD": "werk_code_2014",
    "VALUE_FIELD": "banen_x1000",
    "YEAR_FIELD": "jaar",
    "YEAR": "2014",
    "CITIES": nodes,
    "CITY_CODE_FIELD": "statcode",
    "CITY_NAME_FIELD": "statnaam",
}
lines = run(
    "hema:flowlines",
    common | {"THRESHOLD": 0.3, "TOP_K": 3, "OUTPUT": "memory:", "NODE_TOTALS": "memory:"},
)
dominant = run("hema:dominantflows", common | {"OUTPUT": "memory:", "NODES_OUTPUT": "memory:"})

flow_layer, totals = lines["OUTPUT"], lines["NODE_TOTALS"]
dom_layer, dom_nodes = dominant["OUTPUT"], dominant["NODES_OUTPUT"]
flow_styler("value")(flow_layer)
node_styler("total_in", "name")(totals)
flow_styler("value")(dom_layer)
node_styler("weight", "name")(dom_nodes)

background = QgsFillSymbol.createSimple({"color": "#f4f2ee", "outline_color": "#b9b4aa", "outline_width": "0.2"})
munis.setRenderer(QgsSingleSymbolRenderer(background))
prov_symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#6f6a60", "outline_width": "0.6"})
provinces.setRenderer(QgsSingleSymbolRenderer(prov_symbol))
apply_labels(dom_nodes, "name")
for lyr in (flow_layer, totals, dom_layer, dom_nodes):
    lyr.setName(lyr.name())

extent = nodes.extent()
extent.grow(-8000)
PANEL = QSize(1100, 1250)


def render(layers: list) -> QImage:
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(munis.crs())
    settings.setOutputSize(PANEL)
    settings.setOutputDpi(110)
    settings.setBackgroundColor(QColor("#dfe8ef"))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


left = render([totals, flow_layer, provinces, munis])
right = render([dom_nodes, dom_layer, provinces, munis])
image = QImage(PANEL.width() * 2 + 30, PANEL.height() + 90, QImage.Format.Format_ARGB32)
image.fill(QColor("white"))
painter = QPainter(image)
painter.drawImage(10, 80, left)
painter.drawImage(PANEL.width() + 20, 80, right)
painter.setPen(QColor("#222222"))
painter.setFont(QFont("DejaVu Sans", 16, QFont.Weight.Bold))
painter.drawText(QRectF(10, 8, PANEL.width(), 40), Qt.AlignmentFlag.AlignLeft, "Woon-werkstromen Drenthe 2014")
painter.drawText(
    QRectF(PANEL.width() + 20, 8, PANEL.width(), 40), Qt.AlignmentFlag.AlignLeft, "Dominante stromen (Nystuen & Dacey)"
)
painter.setFont(QFont("DejaVu Sans", 10))
painter.drawText(
    QRectF(10, 44, PANEL.width(), 30),
    Qt.AlignmentFlag.AlignLeft,
    "Top-3 bestemmingen per woongemeente, ≥ 300 banen; pijldikte = banen (× 1000), kleur = woonstad",
)
painter.drawText(
    QRectF(PANEL.width() + 20, 44, PANEL.width(), 30),
    Qt.AlignmentFlag.AlignLeft,
    "Grootste uitgaande stroom naar een gemeente met meer inkomende banen; kleur = top van de hiërarchie",
)
painter.setFont(QFont("DejaVu Sans", 8))
painter.drawText(
    QRectF(10, PANEL.height() + 80, image.width() - 20, 10),
    Qt.AlignmentFlag.AlignRight,
    "Bron: CBS, banen van werknemers naar woon- en werkgemeente 2014; Kadaster/CBS gemeentegrenzen 2018",
)
painter.end()
OUT.parent.mkdir(parents=True, exist_ok=True)
image.save(str(OUT))
print(OUT, flow_layer.featureCount(), "flow lines,", dom_layer.featureCount(), "dominant links")
