"""Zoom the map canvas to a city and highlight its catchment zones and links (by selecting them)."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsExpression, QgsProject, QgsRectangle, QgsVectorLayer

from .results import FIELDS

LINK_FIELDS = ("origin", "destination")


def _field(layer: QgsVectorLayer, key: str) -> str | None:
    name = FIELDS.get(key, key)
    return name if name in layer.fields().names() else None


def _select(layer: QgsVectorLayer | None, fields: list[str], code: str, also: str = "") -> QgsRectangle:
    """Select the features whose fields hold code (and match also); returns their extent (empty when none)."""
    if not isinstance(layer, QgsVectorLayer) or not fields:
        return QgsRectangle()
    value = QgsExpression.quotedValue(code)
    expression = " OR ".join(f"{QgsExpression.quotedColumnRef(f)} = {value}" for f in fields)
    if also:
        expression = f"({expression}) AND {also}"
    layer.selectByExpression(expression)
    return layer.boundingBoxOfSelected() if layer.selectedFeatureCount() else QgsRectangle()


class CityFocus:
    """Highlights one city at a time on the canvas."""

    def __init__(self, canvas):
        self.canvas = canvas
        self.code: str | None = None

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
            # a zone in band 'none' is in no catchment, even when this city has its (tiny) largest share
            also = "\"band\" <> 'none'" if role == "catchments" and "band" in layer.fields().names() else ""
            box = _select(layer, fields, code, also)
            if not layer.selectedFeatureCount():
                continue
            found = found or role == "cities"
            if role in ("cities", "catchments"):  # links reach far away; the view stays on the city's own area
                extent.combineExtentWith(self._to_canvas(layer, box))
        if extent.isNull() and not found:
            return False
        if extent.width() < 10000 or extent.height() < 10000:
            centre = extent.center()
            extent = QgsRectangle(centre.x() - 15000, centre.y() - 15000, centre.x() + 15000, centre.y() + 15000)
        self.canvas.setExtent(extent.buffered(extent.width() * 0.05))
        self.canvas.refresh()
        return True

    def _to_canvas(self, layer: QgsVectorLayer, box: QgsRectangle) -> QgsRectangle:
        target = self.canvas.mapSettings().destinationCrs()
        if not target.isValid() or target == layer.crs():
            return box
        return QgsCoordinateTransform(layer.crs(), target, QgsProject.instance()).transformBoundingBox(box)

    def clear(self, layers: dict[str, QgsVectorLayer | None]) -> None:
        """Remove the highlight."""
        for layer in layers.values():
            if isinstance(layer, QgsVectorLayer):
                layer.removeSelection()
        self.code = None
