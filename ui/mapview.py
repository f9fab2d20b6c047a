"""Zoom the map canvas to a city and highlight its catchment zones and links (by selecting them)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsHighlight
from qgis.PyQt.QtGui import QColor

from .results import FIELD_ALIASES

LINK_FIELDS = ("origin", "destination")


def _field(layer: QgsVectorLayer, key: str) -> str | None:
    names = {n.lower(): n for n in layer.fields().names()}
    for alias in FIELD_ALIASES.get(key, (key,)):
        if alias in names:
            return names[alias]
    return None


def _select(layer: QgsVectorLayer | None, fields: list[str], code: str) -> QgsRectangle:
    """Select the features whose fields hold code; returns their extent (empty when none)."""
    if not isinstance(layer, QgsVectorLayer) or not fields:
        return QgsRectangle()
    value = QgsExpression.quotedValue(code)
    expression = " OR ".join(f"{QgsExpression.quotedColumnRef(f)} = {value}" for f in fields)
    layer.selectByExpression(expression)
    return layer.boundingBoxOfSelected() if layer.selectedFeatureCount() else QgsRectangle()


class CityFocus:
    """Highlights one city at a time on the canvas."""

    def __init__(self, canvas):
        self.canvas = canvas
        self.code: str | None = None
        self.highlights: list[QgsHighlight] = []

    def focus(self, code: str, layers: dict[str, QgsVectorLayer | None]) -> bool:
        """Select the city, its catchment zones and links; zoom to them. False when the city is not on the map."""
        self.clear(layers)
        self.code = code
        extent = QgsRectangle()
        found = False
        for role, layer in layers.items():
            if not isinstance(layer, QgsVectorLayer):
                continue
            if role == "cities":
                fields = [f for f in [_field(layer, "code")] if f]
            elif role == "catchments":
                fields = [f for f in [_field(layer, "dominant")] if f]
            elif role in ("links", "dominant"):
                fields = [f for f in layer.fields().names() if f.lower() in LINK_FIELDS]
            else:
                continue
            if role == "catchments":  # outlined, not selected: QGIS's yellow fill would hide the catchment colours
                box = self._outline(layer, fields, code)
                if not self.highlights:
                    continue
            else:
                box = _select(layer, fields, code)
                if not layer.selectedFeatureCount():
                    continue
            found = found or role == "cities"
            if role in ("cities", "catchments"):  # links reach far away; the view stays on the city's own area
                extent.combineExtentWith(self.to_canvas(layer, box))
        if extent.isNull() and not found:
            return False
        if extent.width() < 10000 or extent.height() < 10000:
            centre = extent.center()
            extent = QgsRectangle(centre.x() - 15000, centre.y() - 15000, centre.x() + 15000, centre.y() + 15000)
        self.canvas.setExtent(extent.buffered(extent.width() * 0.05))
        self.canvas.refresh()
        return True

    def to_canvas(self, layer: QgsVectorLayer, box: QgsRectangle) -> QgsRectangle:
        """A rectangle in the layer's CRS, in the canvas CRS."""
        target = self.canvas.mapSettings().destinationCrs()
        if not target.isValid() or target == layer.crs():
            return box
        return QgsCoordinateTransform(layer.crs(), target, QgsProject.instance()).transformBoundingBox(box)

    def _outline(self, layer: QgsVectorLayer, fields: list[str], code: str) -> QgsRectangle:
        """Outline the features whose fields hold code with a dark line (no fill); returns their extent."""
        if not fields:
            return QgsRectangle()
        value = QgsExpression.quotedValue(code)
        request = QgsFeatureRequest().setFilterExpression(
            " OR ".join(f"{QgsExpression.quotedColumnRef(f)} = {value}" for f in fields)
        )
        box = QgsRectangle()
        for feature in layer.getFeatures(request):
            highlight = QgsHighlight(self.canvas, feature.geometry(), layer)
            highlight.setColor(QColor(25, 25, 25))
            highlight.setFillColor(QColor(0, 0, 0, 0))
            highlight.setWidth(3)
            highlight.show()
            self.highlights.append(highlight)
            box.combineExtentWith(feature.geometry().boundingBox())
        return box

    def clear(self, layers: dict[str, QgsVectorLayer | None]) -> None:
        """Remove the highlight."""
        for highlight in self.highlights:
            highlight.hide()
            self.canvas.scene().removeItem(highlight)
        self.highlights = []
        for layer in layers.values():
            if isinstance(layer, QgsVectorLayer):
                layer.removeSelection()
        self.code = None
