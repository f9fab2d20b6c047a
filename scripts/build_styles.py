"""Write the QML styles in resources/styles/ (city palette of core/cities.py, residual classes; /usr/bin/python3)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

STYLES = ROOT / "resources" / "styles"
SIZES = {"hema": 4.2, "referentie": 3.6, "regio": 2.8, "grens": 2.8}
# observed - modelled share: largest absolute deviation of a zone over all cities, in percentage points
RESIDUAL_CLASSES = (
    (0.0, 0.05, "#fff5d6", "≤ 5 %-punt"),
    (0.05, 0.10, "#fdbf6f", "5–10 %-punt"),
    (0.10, 0.20, "#f16913", "10–20 %-punt"),
    (0.20, 1.0, "#a50f15", "> 20 %-punt"),
)


def _cities_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("cities", ROOT / "core" / "cities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _labels(field: str, size: float, colour: str, bold: bool, placement_offset: bool) -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    if placement_offset:
        settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
        settings.dist = 1.2
    return QgsVectorLayerSimpleLabeling(settings)


def cities(layer: QgsVectorLayer) -> None:
    module = _cities_module()
    categories = []
    for code, (name, role, colour) in module.CITIES.items():
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": colour,
                "outline_color": "#ffffff",
                "outline_width": "0.5",
                "size": str(SIZES[role]),
            }
        )
        categories.append(QgsRendererCategory(code, symbol, name))
    other = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#4d4d4d", "outline_color": "#ffffff", "size": "2.4"}
    )
    categories.append(QgsRendererCategory(None, other, "overige stad"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("code", categories))
    layer.setLabeling(_labels("name", 9, "#1a1a1a", True, True))
    layer.setLabelsEnabled(True)


def zones(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple({"color": "#f2efe9", "outline_color": "#b8b2a7", "outline_width": "0.2"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(_labels("name", 6.5, "#6b6358", False, False))
    layer.setLabelsEnabled(False)


def provinces(layer: QgsVectorLayer) -> None:
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "style": "no", "outline_color": "#3d3d3d", "outline_width": "0.7"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(_labels("name", 10, "#3d3d3d", False, False))
    layer.setLabelsEnabled(True)


def residuals(layer: QgsVectorLayer) -> None:
    ranges = []
    for lo, hi, colour, label in RESIDUAL_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff", "outline_width": "0.2"})
        ranges.append(QgsRendererRange(lo, hi, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("r_max", ranges))


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    specs = {
        "steden": ("Point?crs=EPSG:28992&field=code:string&field=name:string&field=role:string", cities),
        "zones": ("Polygon?crs=EPSG:28992&field=code:string&field=name:string", zones),
        "provincies": ("Polygon?crs=EPSG:28992&field=name:string", provinces),
        "catchment_residuals": ("Polygon?crs=EPSG:28992&field=r_max:double", residuals),
    }
    for name, (uri, styler) in specs.items():
        layer = QgsVectorLayer(uri, name, "memory")
        styler(layer)
        message, ok = layer.saveNamedStyle(str(STYLES / f"{name}.qml"))
        if not ok:
            raise SystemExit(f"could not write {name}.qml: {message}")
        print(STYLES / f"{name}.qml")
    app.exitQgis()


if __name__ == "__main__":
    main()
