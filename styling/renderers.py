"""Renderers and labels built in code for layers whose categories depend on the data (cities x bands)."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core.catchments import BAND_LABELS, BANDS
from ..core.cities import CITIES, city_colour, lighten

NO_CATCHMENT_COLOUR = "#eeeeee"
OUTLINE = "#ffffff"


def _fill(colour: str, outline: str = OUTLINE, width: float = 0.2) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"color": colour, "outline_color": outline, "outline_width": str(width), "outline_width_unit": "MM"}
    )


def hatched(background: str, line_colour: str, angle: float = 45.0, distance: float = 1.6) -> QgsFillSymbol:
    """Fill symbol: a light background with diagonal hatching in line_colour."""
    symbol = _fill(background)
    pattern = QgsLinePatternFillSymbolLayer()
    pattern.setLineAngle(angle)
    pattern.setDistance(distance)
    pattern.setLineWidth(0.35)
    pattern.setColor(QColor(line_colour))
    pattern.subSymbol().setColor(QColor(line_colour))
    pattern.subSymbol().setWidth(0.35)
    symbol.appendSymbolLayer(pattern)
    return symbol


def band_symbol(colour: str, band: str, lighten_for: Iterable[str], hatch_for: Iterable[str]) -> QgsFillSymbol:
    """Symbol for one city and band: full colour, lighter for lighten_for bands, hatched for hatch_for bands."""
    if band == "none" or not colour:
        return _fill(NO_CATCHMENT_COLOUR, "#bdbdbd")
    if band in hatch_for:
        return hatched(lighten(colour, 0.7), colour)
    if band in lighten_for:
        return _fill(lighten(colour, 0.5))
    if band == "own":
        return _fill(colour, "#333333", 0.5)
    return _fill(colour)


def _city_names(layer: QgsVectorLayer, code_field: str, name_field: str | None) -> dict[str, str]:
    names = {code: name for code, (name, _, _) in CITIES.items()}
    fields = layer.fields().names()
    if name_field and name_field in fields:
        for feature in layer.getFeatures():
            if feature[code_field] and feature[name_field]:
                names[str(feature[code_field])] = str(feature[name_field])
    return names


def categorised_by_city(
    layer: QgsVectorLayer,
    field: str = "dom_code",
    band_field: str | None = "band",
    name_field: str | None = "dom_name",
    language: str = "nl",
    lighten_for: Iterable[str] = ("secondary",),
    hatch_for: Iterable[str] = ("contested",),
    label: bool = True,
    extra: Iterable[tuple[str, str]] = (),
) -> None:
    """Categorise a layer by city code (and band) in the fixed HEMA palette, with a readable legend and labels.

    extra adds (city code, band) categories absent from this layer, e.g. to share one legend between two maps.
    """
    fields = layer.fields().names()
    use_band = bool(band_field) and band_field in fields
    # all zones without a catchment share one grey legend entry, whatever their largest share
    expression = (
        f"CASE WHEN \"{band_field}\" = 'none' THEN '|none' ELSE concat(\"{field}\", '|', \"{band_field}\") END"
        if use_band
        else f'"{field}"'
    )
    seen: set[tuple[str, str]] = set()
    for feature in layer.getFeatures():
        code = feature[field]
        code = "" if code is None or str(code) in ("NULL", "") else str(code)
        band = str(feature[band_field]) if use_band else "primary"
        seen.add(("", "none") if band == "none" or not code else (code, band))
    seen.update((c, b) for c, b in extra if c and b != "none")
    names = _city_names(layer, field, name_field)
    order = {c: k for k, c in enumerate(CITIES)}
    band_order = {b: k for k, b in enumerate(BANDS)}
    labels = BAND_LABELS.get(language, BAND_LABELS["nl"])
    categories = []
    for code, band in sorted(seen, key=lambda cb: (cb[0] == "", order.get(cb[0], 99), cb[0], band_order.get(cb[1], 9))):
        symbol = band_symbol(city_colour(code) if code else "", band, tuple(lighten_for), tuple(hatch_for))
        if code:
            text = f"{names.get(code, code)} – {labels.get(band, band)}" if use_band else names.get(code, code)
            value = f"{code}|{band}" if use_band else code
        else:
            text, value = labels["none"], "|none" if use_band else ""
        categories.append(QgsRendererCategory(value, symbol, text))
    renderer = QgsCategorizedSymbolRenderer(expression, categories)
    layer.setRenderer(renderer)
    if label and use_band:
        own_labels(layer, band_field, name_field if name_field in fields else field)
    layer.triggerRepaint()


def own_labels(layer: QgsVectorLayer, band_field: str, name_field: str) -> None:
    """Label each city's own zone with the city name (bold, white halo); other zones stay unlabelled."""
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = f'CASE WHEN "{band_field}" = \'own\' THEN "{name_field}" END'
    settings.setFormat(halo_text_format(9, "#202020", bold=True, halo=1.0, family=""))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def halo_text_format(
    size: float, colour: str, *, bold: bool = False, halo: float = 0.8, family: str = "DejaVu Sans"
) -> QgsTextFormat:
    """Map label text: size (pt) and colour with a white halo of halo mm; family '' is the default font."""
    font = QFont(family) if family else QFont()
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    return text
