"""Styles of the network outputs: graduated-width arrows coloured per city, node circles, Dutch legends."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from qgis.core import (
    QgsArrowSymbolLayer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from .renderers import halo_text_format

# Arrow shaft widths (mm) of the smallest and the largest class.
MIN_WIDTH, MAX_WIDTH = 0.25, 2.4


def class_breaks(values: np.ndarray, classes: int = 5) -> list[float]:
    """Upper bounds of up to `classes` classes: quantiles of the values, rounded to 2 significant digits."""
    values = np.asarray(values, float)
    values = values[np.isfinite(values)]
    if values.size == 0:
        return []
    qs = np.quantile(values, np.linspace(0, 1, classes + 1)[1:])
    rounded = [float(f"{q:.2g}") for q in qs[:-1]] + [float(values.max())]
    return sorted(set(rounded))


def arrow_symbol(width: float, colour_field: str | None, colour: str = "#555555") -> QgsLineSymbol:
    """Arrow along the line (an arc through its first, middle and last vertex), fill colour from a field."""
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(True)
    arrow.setIsRepeated(False)
    arrow.setArrowWidth(width)
    arrow.setArrowStartWidth(width)
    arrow.setHeadLength(max(1.2, 1.8 * width))
    arrow.setHeadThickness(max(0.6, 0.9 * width))
    fill = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no", "outline_color": colour})
    fill.setOpacity(0.85)
    if colour_field:
        fill.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertyFillColor, QgsProperty.fromField(colour_field)
        )
    arrow.setSubSymbol(fill)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, arrow)
    return symbol


def flow_styler(value_field: str, colour_field: str = "colour") -> Callable[[QgsVectorLayer], None]:
    """Styling function: graduated arrow width by value (quantile classes), fill colour per origin city."""

    def _apply(layer: QgsVectorLayer) -> None:
        idx = layer.fields().lookupField(value_field)
        values = np.array([f[idx] for f in layer.getFeatures()], dtype=float) if idx >= 0 else np.array([])
        breaks = class_breaks(values)
        if not breaks:
            layer.setRenderer(QgsSingleSymbolRenderer(arrow_symbol(MIN_WIDTH, colour_field)))
            return
        widths = np.linspace(MIN_WIDTH, MAX_WIDTH, len(breaks)) if len(breaks) > 1 else [MAX_WIDTH / 2]
        ranges, lower = [], float(np.nanmin(values))
        for upper, width in zip(breaks, widths):
            label = f"{_fmt(lower)} – {_fmt(upper)}"
            ranges.append(QgsRendererRange(lower, upper, arrow_symbol(float(width), colour_field), label))
            lower = upper
        renderer = QgsGraduatedSymbolRenderer(value_field, ranges)
        renderer.setClassAttribute(value_field)
        layer.setRenderer(renderer)

    return _apply


def node_styler(size_field: str, label_field: str = "name", colour_field: str = "colour") -> Callable:
    """Styling function: circles sized by sqrt of a total, coloured per city, labelled with the name."""

    def _apply(layer: QgsVectorLayer) -> None:
        idx = layer.fields().lookupField(size_field)
        values = [f[idx] for f in layer.getFeatures()] if idx >= 0 else []
        top = max([float(v) for v in values if v is not None] or [1.0]) or 1.0
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#dddddd", "outline_color": "#333333"})
        marker = symbol.symbolLayer(0)
        marker.setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertySize,
            QgsProperty.fromExpression(f'1.5 + 6 * sqrt(coalesce("{size_field}", 0) / {top})'),
        )
        if colour_field in layer.fields().names():
            marker.setDataDefinedProperty(
                QgsSymbolLayer.Property.PropertyFillColor, QgsProperty.fromField(colour_field)
            )
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        if label_field in layer.fields().names():
            apply_labels(layer, label_field)

    return _apply


def apply_labels(layer: QgsVectorLayer, field: str) -> None:
    """Dutch map labels: the field in dark grey with a white halo."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.setFormat(halo_text_format(8, "#222222"))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _fmt(value: float) -> str:
    text = f"{value:,.2f}" if abs(value) < 10 else f"{value:,.0f}"
    return text.replace(",", " ").replace(".", ",")
