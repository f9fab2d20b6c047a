"""Zoom the map canvas to a city and highlight its catchment zones and links (by selecting them)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsExpression,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.gui import QgsHighlight
from qgis.PyQt.QtGui import QColor

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


def _to(layer: QgsVectorLayer, box: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
    """A rectangle in the layer's CRS, in crs."""
    if layer.crs() == crs or not layer.crs().isValid() or not crs.isValid():
        return box
    return QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(box)


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
        extent = QgsRectangle()  # lon/lat
        native = QgsRectangle()  # canvas units
        # a canvas without a CRS (no project CRS yet) draws in the layers' own units: use the first layer's CRS
        target = self.canvas.mapSettings().destinationCrs()
        found = False
        for role, layer in layers.items():
            fields = _fields(role, layer)
            box = self._mark(role, layer, fields, code) if fields else None
            if box is None:
                continue
            found = found or role == "cities"
            if role in ("cities", "catchments"):  # links reach far away; the view stays on the city's own area
                extent.combineExtentWith(_to(layer, box, WGS84))
                target = target if target.isValid() else layer.crs()
                native.combineExtentWith(_to(layer, box, target))
        if extent.isNull() and not found:
            return False
        # pad in ground metres: where it is drawn when the canvas units are such metres (RD New, UTM), else in a
        # local equidistant projection around the city (EPSG:4326 degrees, Web Mercator's stretched metres)
        self.canvas.setExtent(pad_metres(native) if true_metres(native, target) else padded_view(extent, target))
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
