"""Render all commuting links of the four northern provinces, 2006 and 2014 on one width scale, and the change map.

Jobs (CBS, 2014 division) are moved to the 2018 division with resources/data/sources/gemeenten_2015_naar_2018.csv.
Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/render_change_png.py [out.png] [shared data dir]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from headless import start

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "output" / "noorden_pendel_2006_2014.png"
DATA = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared" / "data"

app, provider = start()

import processing  # noqa: E402
from hema_steden.qgis_io.frames import field_type  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsFeature,
    QgsField,
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
with open(ROOT / "resources/data/sources/gemeenten_2015_naar_2018.csv", encoding="utf-8") as handle:
    mapping = {r["old_code"]: r["new_code"] for r in csv.DictReader(handle)}
with open(DATA / "commuting_cbs_banen_2006_2014_noord.csv", encoding="utf-8") as handle:
    rows = list(csv.DictReader(handle))

flows = QgsVectorLayer("None", "flows", "memory")
flows.dataProvider().addAttributes(
    [QgsField("origin", field_type("string")), QgsField("destination", field_type("string")),
     QgsField("value", field_type("double")), QgsField("year", field_type("int32"))]
)  # fmt: skip
flows.updateFields()
feats = []
for row in rows:
    if not row["woon_code_2014"]:
        continue
    f = QgsFeature(flows.fields())
    o, d = (mapping.get(row[k], row[k]) for k in ("woon_code_2014", "werk_code_2014"))
    f.setAttributes([o, d, float(row["banen_x1000"]) * 1000, int(row["jaar"])])
    feats.append(f)
flows.dataProvider().addFeatures(feats)
munis = QgsVectorLayer(f"{DATA / 'gemeenten_2018_noord.gpkg'}|layername=gemeenten_2018", "g", "ogr")
provinces = QgsVectorLayer(f"{DATA / 'gemeenten_2018_noord.gpkg'}|layername=provincies_2016", "p", "ogr")
SCALE = 15000.0
panels = []
for year in (2006, 2014):
    res = processing.run("hema:flowlines", {
        "FLOWS": flows, "YEAR": year, "CITIES": munis, "CITY_CODE_FIELD": "statcode", "CITY_NAME_FIELD": "statnaam",
        "LINE_TYPE": 0, "SCALE_MAX": SCALE, "FADE_BELOW": 0.1, "LABEL_TOP": 12, "INTRAZONAL": True,
        "OUTPUT": "memory:", "NODE_TOTALS": "memory:",
    }, context=context, feedback=feedback)  # fmt: skip
    lines, nodes = res["OUTPUT"], res["NODE_TOTALS"]
    from hema_steden.styling.network import flow_styler, node_styler

    flow_styler("value", scale_max=SCALE, fade_below=0.1, label_top=12)(lines)
    node_styler("self", scale_max=SCALE * 4)(nodes)
    panels.append((f"Alle woon-werkstromen {year} ({lines.featureCount()} lijnen)", [nodes, lines]))
change = processing.run("hema:compareperiods", {
    "FLOWS": flows, "YEAR_FROM": 2006, "YEAR_TO": 2014, "ZONES": munis, "ZONE_CODE_FIELD": "statcode",
    "ZONE_NAME_FIELD": "statnaam", "CITIES": f"{ROOT / 'resources/data/hema_default.gpkg'}|layername=steden",
    "MIN_VALUE": 300, "TOP_N": 150, "OUTPUT_LINKS": "memory:", "OUTPUT_ZONES": "memory:", "OUTPUT_CITIES": "memory:",
    "OUTPUT_SERIES": "memory:",
}, context=context, feedback=feedback)  # fmt: skip
from hema_steden.core.periods import shared_scale  # noqa: E402
from hema_steden.styling.change import link_change_styler, zone_switch_styler  # noqa: E402

links, zones = change["OUTPUT_LINKS"], change["OUTPUT_ZONES"]
link_change_styler(shared_scale([f["change"] for f in links.getFeatures()]))(links)
names = {f["statcode"]: f["statnaam"] for f in munis.getFeatures()}
zone_switch_styler(2006, names)(zones)
panels.append(("Verandering 2006 → 2014: 150 grootste, blauw groei, rood krimp", [links, zones]))

munis.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
    {"color": "#f4f2ee", "outline_color": "#c9c4ba", "outline_width": "0.15"})))  # fmt: skip
provinces.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
    {"style": "no", "outline_color": "#6f6a60", "outline_width": "0.5"})))  # fmt: skip
PANEL = QSize(900, 1000)
image = QImage(PANEL.width() * 3 + 40, PANEL.height() + 60, QImage.Format.Format_ARGB32)
image.fill(QColor("white"))
painter = QPainter(image)
for k, (title, layers) in enumerate(panels):
    settings = QgsMapSettings()
    settings.setLayers(layers + [provinces, munis])
    settings.setDestinationCrs(munis.crs())
    settings.setOutputSize(PANEL)
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("#dfe8ef"))
    settings.setExtent(munis.extent())
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    painter.drawImage(10 + k * (PANEL.width() + 10), 50, job.renderedImage())
    painter.setPen(QColor("#222222"))
    painter.setFont(QFont("DejaVu Sans", 13, QFont.Weight.Bold))
    painter.drawText(QRectF(10 + k * (PANEL.width() + 10), 10, PANEL.width(), 36), Qt.AlignmentFlag.AlignLeft, title)
painter.end()
OUT.parent.mkdir(parents=True, exist_ok=True)
image.save(str(OUT))
print(OUT)
