"""Render observed and Huff-modelled werk catchments of Drenthe (CBS 2014 commuting) to output/catchments_drenthe.png.

Run: QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/render_catchments.py [shared data folder]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
_PKG = Path(tempfile.mkdtemp(prefix="hema-render-"))
(_PKG / "hema_steden").symlink_to(ROOT, target_is_directory=True)
sys.path[:0] = [str(_PKG), str(ROOT / "tests" / "catchments")]
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
import processing  # noqa: E402
from helpers_catch import city_layer, csv_layer, zones_with_population  # noqa: E402
from hema_steden.algorithms.provider import HemaProvider  # noqa: E402
from hema_steden.styling.renderers import categorised_by_city  # noqa: E402

PROVIDER = HemaProvider()
QgsApplication.processingRegistry().addProvider(PROVIDER)


def run(alg: str, params: dict, context) -> dict:
    """Run an algorithm and load its outputs into the project, styled by their post-processors."""
    return processing.runAndLoadResults(alg, params, context=context, feedback=QgsProcessingFeedback())


def add_map(layout, layers, extent, x, title):
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, 22, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(112, 135, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    item.setLayers(layers)
    # an extent with the item's aspect ratio, so setExtent does not resize the item
    width = max(extent.width(), extent.height() * 112 / 135)
    centre = extent.center()
    item.setExtent(QgsRectangle.fromCenterAndSize(centre, width, width * 135 / 112))
    item.setFrameEnabled(True)
    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    label.setFont(QFont("Sans", 10, QFont.Weight.Bold))
    label.attemptMove(QgsLayoutPoint(x, 12, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(112, 9, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(label)
    return item


def main() -> Path:
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    zones = zones_with_population(SHARED, "gemeenten_2018_noord.gpkg", "gemeenten_2018", "statcode")
    cities = city_layer(SHARED, zones, "code")
    flows = csv_layer(SHARED / "commuting_cbs_banen_2006_2014_noord.csv", "banen", ("woon_code_2014", "werk_code_2014"))
    common = {"ZONES": zones, "ZONE_CODE_FIELD": "code", "ZONE_NAME_FIELD": "name", "CITIES": cities,
              "CITY_CODE_FIELD": "code",
              "CITY_NAME_FIELD": "name"}  # fmt: skip
    flow_params = {"FLOWS": flows, "ORIGIN_FIELD": "woon_code_2014", "DESTINATION_FIELD": "werk_code_2014",
                   "VALUE_FIELD": "banen_x1000", "YEAR_FIELD": "jaar", "YEAR": 2014, "MULTIPLIER": 1000,
                   "ALLOW_EMPTY": True}  # fmt: skip
    # shares over the cities only, so that observed and modelled shares (Huff: among the cities) compare
    observed = run("hema:catchmentsobserved", {**common, **flow_params, "POPULATION_FIELD": "population",
                                               "CITIES_ONLY": True, "OUTPUT": "TEMPORARY_OUTPUT"}, context)  # fmt: skip
    pfile = str(Path(tempfile.mkdtemp()) / "huff.json")
    cal_params = {**common, **flow_params, "ATTRACTIVENESS_FIELD": "population", "OUTPUT": "TEMPORARY_OUTPUT",
                  "PARAMETERS_FILE": pfile}  # fmt: skip
    cal = processing.run("hema:calibratehuff", cal_params, context=context)
    huff_params = {**common, "POPULATION_FIELD": "population", "ATTRACTIVENESS_FIELD": "population",
                   "PARAMETERS_FILE": pfile,
                   "DETAIL": 0, "OUTPUT": "TEMPORARY_OUTPUT"}  # fmt: skip
    modelled = run("hema:catchmentshuff", huff_params, context)
    obs_layer = project.mapLayer(observed["OUTPUT"])
    mod_layer = project.mapLayer(modelled["OUTPUT"])
    # one legend for both maps: style both with the union of their city/band categories
    pairs = {(f["dom_code"], f["band"]) for layer in (obs_layer, mod_layer) for f in layer.getFeatures()}
    for layer in (obs_layer, mod_layer):
        categorised_by_city(layer, extra=pairs)
    obs_layer.setName("Waargenomen (CBS banen 2014)")
    mod_layer.setName("Huff-model")
    drenthe = QgsVectorLayer(f"{SHARED / 'gemeenten_2018_noord.gpkg'}|layername=drenthe_2016", "Drenthe", "ogr")
    drenthe.setRenderer(drenthe.renderer().__class__(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#000000", "outline_width": "0.6"})))  # fmt: skip
    project.addMapLayer(drenthe)
    extent = drenthe.extent()
    extent.grow(12_000)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(240, 240, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    add_map(layout, [drenthe, obs_layer], extent, 5, "Waargenomen werkpendel (CBS banen 2014)")
    add_map(layout, [drenthe, mod_layer], extent, 121, "Huff-model, gekalibreerd: β = {:.2f}, α = {:.2f}".format(
        cal["BETA"], cal["ALPHA"]))  # fmt: skip
    legend = QgsLayoutItemLegend(layout)
    layout.addLayoutItem(legend)
    legend.setTitle("Verzorgingsgebied werk")
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    # the modelled layer has every city and band that occurs in either map here
    root.addLayer(mod_layer).setCustomProperty("legend/title-style", "hidden")
    legend.attemptMove(QgsLayoutPoint(5, 160, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    legend.setSymbolWidth(5)
    legend.setSymbolHeight(3.5)
    for style in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Title):
        legend.rstyle(style).setFont(QFont("Sans", 7 if style == QgsLegendStyle.Style.SymbolLabel else 9))
    legend.setColumnCount(3)
    legend.setSplitLayer(True)
    legend.adjustBoxSize()
    out = ROOT / "output" / "catchments_drenthe.png"
    out.parent.mkdir(exist_ok=True)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 110
    settings.generateWorldFile = False
    QgsLayoutExporter(layout).exportToImage(str(out), settings)
    print(out, f"beta {cal['BETA']:.3f}, agreement {cal['AGREEMENT']:.1%}")
    return out


if __name__ == "__main__":
    main()
