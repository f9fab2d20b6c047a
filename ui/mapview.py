"""Zoom the map canvas to a city and highlight its catchment zones and links (by selecting them)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsExpression,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)

from .results import FIELDS

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
    metres = pad_metres(QgsCoordinateTransform(WGS84, local, context).transformBoundingBox(box_wgs84))
    if not target.isValid():
        target = WGS84
    return QgsCoordinateTransform(local, target, context).transformBoundingBox(metres)


def true_metres(box: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> bool:
    """True when crs's map units are metres on the ground around box (RD New, UTM: yes; Web Mercator: no)."""
    if not crs.isValid() or crs.mapUnits() != QgsUnitTypes.DistanceUnit.DistanceMeters or box.isEmpty():
        return False
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, QgsProject.instance().transformContext())
    measure.setEllipsoid("WGS84")
    y = box.center().y()
    ground = measure.measureLine(QgsPointXY(box.xMinimum(), y), QgsPointXY(box.xMaximum(), y))
    return abs(ground / box.width() - 1.0) < 0.03


def pad_metres(box: QgsRectangle) -> QgsRectangle:
    """A box in metres widened to at least 30 km around its centre, plus 5 %."""
    if box.width() < MIN_SIZE_M or box.height() < MIN_SIZE_M:
        c = box.center()
        box = QgsRectangle(c.x() - PAD_M, c.y() - PAD_M, c.x() + PAD_M, c.y() + PAD_M)
    return box.buffered(box.width() * 0.05)


def _field(layer: QgsVectorLayer, key: str) -> str | None:
    name = FIELDS.get(key, key)
    return name if name in layer.fields().names() else None


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
        extent = QgsRectangle()  # lon/lat
        native = QgsRectangle()  # in target's units
        found = False
        # a canvas without a CRS (no project CRS yet) draws in the layers' own units: use the first layer's CRS
        target = self.canvas.mapSettings().destinationCrs()
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
                target = target if target.isValid() else layer.crs()
                native.combineExtentWith(self._to(layer, box, target))
        if extent.isNull() and not found:
            return False
        if true_metres(native, target):  # pad where it is drawn, no round trip
            self.canvas.setExtent(pad_metres(native))
        else:  # degrees, feet, ...: pad in metres around the city, then transform
            self.canvas.setExtent(padded_view(extent, target))
        self.canvas.refresh()
        return True

    @staticmethod
    def _to_wgs84(layer: QgsVectorLayer, box: QgsRectangle) -> QgsRectangle:
        return CityFocus._to(layer, box, WGS84)

    @staticmethod
    def _to(layer: QgsVectorLayer, box: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
        if layer.crs() == crs or not layer.crs().isValid() or not crs.isValid():
            return box
        return QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(box)

    def clear(self, layers: dict[str, QgsVectorLayer | None]) -> None:
        """Remove the highlight."""
        for layer in layers.values():
            if isinstance(layer, QgsVectorLayer):
                layer.removeSelection()
        self.code = None
