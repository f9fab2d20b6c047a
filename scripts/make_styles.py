"""Write the static QML styles of resources/styles (run with /usr/bin/python3; re-run after changing them)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsRendererRange,
    QgsVectorLayer,
)

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"

# observed - modelled share: largest absolute deviation of a zone over all cities, in percentage points
RESIDUAL_CLASSES = (
    (0.0, 0.05, "#fff5d6", "≤ 5 %-punt"),
    (0.05, 0.10, "#fdbf6f", "5–10 %-punt"),
    (0.10, 0.20, "#f16913", "10–20 %-punt"),
    (0.20, 1.0, "#a50f15", "> 20 %-punt"),
)


def residual_style(path: Path) -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=r_max:double", "residuals", "memory")
    ranges = []
    for lo, hi, colour, label in RESIDUAL_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#ffffff", "outline_width": "0.2"})
        ranges.append(QgsRendererRange(lo, hi, symbol, label))
    renderer = QgsGraduatedSymbolRenderer("r_max", ranges)
    layer.setRenderer(renderer)
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        sys.exit(message)


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    residual_style(STYLES / "catchment_residuals.qml")
    print("written", STYLES / "catchment_residuals.qml")
