"""The plugin's default style for HEMA layers that reach an export unstyled (model child outputs, plain loads).

Styles are otherwise applied only when Processing loads an output into the project (layer post-processors), so a
layer handed from one model child to hema:exportlayout arrives with QGIS's random single symbol. A layer is
recognised as a HEMA layer by the data model's fields and geometry (core/datamodel.py); it counts as unstyled
while its renderer is a single symbol (what QGIS gives a layer loaded without a style) and, for cities and
catchments, whose own styles are categorised. The styles are the ones the loader and the catchment algorithms
use: resources/styles/*.qml and styling.categorised_by_city.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsSingleSymbolRenderer, QgsVectorLayer

from ..core.datamodel import infer_kind
from ..core.layouttext import text
from ..qgis_io.frames import POINT_GEOMETRY as POINT
from ..qgis_io.frames import POLYGON_GEOMETRY as POLYGON
from .postprocess import qml_styler
from .renderers import categorised_by_city

CATCHMENT_FIELDS = ("dom_code", "band")
QML = {"cities": "steden", "zones": "zones", "provinces": "provincies"}


def hema_kind(layer) -> str | None:
    """'catchments', 'cities', 'zones' or 'provinces' for a layer holding that kind's fields, else None."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or not layer.isSpatial():
        return None
    fields = layer.fields().names()
    geometry = {POINT: "point", POLYGON: "polygon"}.get(layer.geometryType(), "other")
    if geometry == "polygon" and set(CATCHMENT_FIELDS) <= set(fields):
        return "catchments"
    kind = infer_kind(fields, geometry)
    return kind if kind in QML else None


def is_unstyled(layer: QgsVectorLayer) -> bool:
    """True while the layer draws with a single symbol, QGIS's default for a layer loaded without a style."""
    return isinstance(layer.renderer(), QgsSingleSymbolRenderer)


def apply_default_style(layer: QgsVectorLayer, kind: str, lang: str = "nl") -> None:
    """The plugin's style for a layer of this kind: the bundled QML, or the city palette for catchments."""
    if kind == "catchments":
        name = "dom_name" if "dom_name" in layer.fields().names() else None
        categorised_by_city(layer, name_field=name, language=lang)
    else:
        qml_styler(QML[kind])(layer)
    layer.triggerRepaint()


class DefaultStyles:
    """Context manager: default HEMA styles on the unstyled HEMA layers for an export, the old style back after.

    The styled layers also get their map-text name (legend heading: 'Steden', 'Zones', ...) for the export.
    """

    def __init__(self, layers: Iterable, lang: str = "nl"):
        self._layers = list(layers)
        self._lang = lang
        self._saved: list[tuple[QgsVectorLayer, object, object, bool, str]] = []
        self.styled: list[str] = []

    def __enter__(self) -> DefaultStyles:
        for layer in self._layers:
            kind = hema_kind(layer)
            if kind is None or not is_unstyled(layer):
                continue
            labeling = layer.labeling().clone() if layer.labeling() is not None else None
            self._saved.append((layer, layer.renderer().clone(), labeling, layer.labelsEnabled(), layer.name()))
            self.styled.append(layer.name())
            apply_default_style(layer, kind, self._lang)
            layer.setName(text(f"layer_{kind}", self._lang))
        return self

    def __exit__(self, *exc) -> None:
        for layer, renderer, labeling, enabled, name in self._saved:
            layer.setName(name)
            layer.setRenderer(renderer)
            layer.setLabeling(labeling)
            layer.setLabelsEnabled(enabled)
            layer.triggerRepaint()
        self._saved.clear()
