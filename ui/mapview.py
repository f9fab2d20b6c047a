"""Zoom the map canvas to a city and highlight its catchment zones and links (by selecting them)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from .results import FIELD_ALIASES

LINK_FIELDS = ("origin", "destination")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
MIN_SIZE_M, PAD_M = 10_000.0, 15_000.0  # views smaller than 10 km are widened to 30 km around their centre


def padded_view(box_wgs84: QgsRectangle, target: QgsCoordinateReferenceSystem) -> QgsRectangle:
    """The map view (in target's units) around a lon/lat box: padded in metres, then transformed.

    Padding works in a local azimuthal equidistant projection centred on the box, so 15 km means 15 km in a
    project in EPSG:4326, EPSG:3857 or EPSG:28992 alike.
    """
    centre = box_wgs84.center()
    local = QgsCoordinateReferenceSystem.fromProj(
        f"+proj=aeqd +lat_0={centre.y()} +lon_0={centre.x()} +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
    )
    context = QgsProject.instance().transformContext()
    metres = QgsCoordinateTransform(WGS84, local, context).transformBoundingBox(box_wgs84)
    if metres.width() < MIN_SIZE_M or metres.height() < MIN_SIZE_M:
        c = metres.center()
        metres = QgsRectangle(c.x() - PAD_M, c.y() - PAD_M, c.x() + PAD_M, c.y() + PAD_M)
    metres = metres.buffered(metres.width() * 0.05)
    if not target.isValid():
        target = WGS84
    return QgsCoordinateTransform(local, target, context).transformBoundingBox(metres)


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
            box = _select(layer, fields, code)
            if not layer.selectedFeatureCount():
                continue
            found = found or role == "cities"
            if role in ("cities", "catchments"):  # links reach far away; the view stays on the city's own area
                extent.combineExtentWith(self._to_wgs84(layer, box))
        if extent.isNull() and not found:
            return False
        self.canvas.setExtent(padded_view(extent, self.canvas.mapSettings().destinationCrs()))
        self.canvas.refresh()
        return True

    @staticmethod
    def _to_wgs84(layer: QgsVectorLayer, box: QgsRectangle) -> QgsRectangle:
        if layer.crs() == WGS84 or not layer.crs().isValid():
            return box
        return QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance()).transformBoundingBox(box)

    def clear(self, layers: dict[str, QgsVectorLayer | None]) -> None:
        """Remove the highlight."""
        for layer in layers.values():
            if isinstance(layer, QgsVectorLayer):
                layer.removeSelection()
        self.code = None
