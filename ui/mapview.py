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

from .results import FIELDS

LINK_FIELDS = ("origin", "destination")


def _field(layer: QgsVectorLayer, key: str) -> str | None:
    name = FIELDS.get(key, key)
    return name if name in layer.fields().names() else None


def _fields(role: str, layer: QgsVectorLayer | None) -> list[str]:
    """The fields of a layer that hold the city code for its role (empty: the layer is not highlighted)."""
    if not isinstance(layer, QgsVectorLayer):
        return []
    if role in ("cities", "catchments"):
        return [f for f in [_field(layer, "code" if role == "cities" else "dominant")] if f]
    if role in ("links", "dominant"):
        return [f for f in layer.fields().names() if f.lower() in LINK_FIELDS]
    return []


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
            fields = _fields(role, layer)
            box = self._mark(role, layer, fields, code) if fields else None
            if box is None:
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

    def _mark(self, role: str, layer: QgsVectorLayer, fields: list[str], code: str) -> QgsRectangle | None:
        """Outline (catchments) or select (cities, links) the city's features; their extent, None when none."""
        if role == "catchments":  # outlined, not selected: QGIS's yellow fill would hide the catchment colours
            box = self._outline(layer, fields, code)
            return box if self.highlights else None
        box = _select(layer, fields, code)
        return box if layer.selectedFeatureCount() else None

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
