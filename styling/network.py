"""Styles of the network outputs: graduated-width arrows coloured per city, node circles, Dutch legends."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from qgis.core import (
    QgsArrowSymbolLayer,
    QgsFeatureRequest,
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


def fixed_breaks(scale_max: float) -> list[float]:
    """Class bounds of a fixed width scale up to scale_max (5 %, 10 %, 25 %, 50 %, 100 %), 2 significant digits."""
    return sorted({float(f"{scale_max * f:.2g}") for f in (0.05, 0.1, 0.25, 0.5)} | {float(scale_max)})


def flow_styler(
    value_field: str,
    colour_field: str = "colour",
    scale_max: float = 0.0,
    fade_below: float = 0.0,
    label_top: int = 0,
) -> Callable[[QgsVectorLayer], None]:
    """Styling function: graduated arrow width by value, fill colour per origin city, larger flows drawn on top.

    scale_max > 0 fixes the width classes (fixed_breaks) so maps of several years or selections share one scale;
    values above it get the widest arrow. fade_below (0..1) draws classes below that share of the largest value
    faded; label_top labels the label_top largest flows with their value.
    """

    def _apply(layer: QgsVectorLayer) -> None:
        idx = layer.fields().lookupField(value_field)
        values = np.array([f[idx] for f in layer.getFeatures()], dtype=float) if idx >= 0 else np.array([])
        breaks = fixed_breaks(scale_max) if scale_max > 0 else class_breaks(values)
        if not breaks:
            layer.setRenderer(QgsSingleSymbolRenderer(arrow_symbol(MIN_WIDTH, colour_field)))
            return
        widths = np.linspace(MIN_WIDTH, MAX_WIDTH, len(breaks)) if len(breaks) > 1 else [MAX_WIDTH / 2]
        top = breaks[-1]
        ranges = []
        lower = 0.0 if scale_max > 0 else float(np.nanmin(values))
        for k, (upper, width) in enumerate(zip(breaks, widths)):
            symbol = arrow_symbol(float(width), colour_field)
            if fade_below > 0 and upper <= fade_below * top:
                symbol.setOpacity(0.3)
            if k == len(breaks) - 1 and scale_max > 0 and values.size and values.max() > upper:
                # values above the fixed scale keep the widest arrow
                upper, label = float(values.max()), f"≥ {_fmt(lower)}"
            else:
                label = f"{_fmt(lower)} – {_fmt(upper)}"
            ranges.append(QgsRendererRange(lower, upper, symbol, label))
            lower = upper
        renderer = QgsGraduatedSymbolRenderer(value_field, ranges)
        renderer.setClassAttribute(value_field)
        clause = QgsFeatureRequest.OrderByClause(f'"{value_field}"', True)
        renderer.setOrderBy(QgsFeatureRequest.OrderBy([clause]))
        renderer.setOrderByEnabled(True)
        layer.setRenderer(renderer)
        if label_top > 0 and values.size:
            threshold = float(np.sort(values)[::-1][min(label_top, values.size) - 1])
            value_labels(layer, value_field, threshold)

    return _apply


def value_labels(layer: QgsVectorLayer, field: str, threshold: float) -> None:
    """Label lines whose field is at least threshold with the value (locale number format), along the line."""
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    decimals = 0 if threshold >= 10 else 1
    settings.fieldName = f'CASE WHEN "{field}" >= {threshold!r} THEN format_number("{field}", {decimals}) END'
    settings.placement = QgsPalLayerSettings.Placement.Line
    settings.setFormat(halo_text_format(6.5, "#222222"))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def node_styler(
    size_field: str, label_field: str = "name", colour_field: str = "colour", scale_max: float = 0.0
) -> Callable:
    """Styling function: circles sized by sqrt of a total (scale_max > 0: a fixed top), coloured, labelled."""

    def _apply(layer: QgsVectorLayer) -> None:
        idx = layer.fields().lookupField(size_field)
        values = [f[idx] for f in layer.getFeatures()] if idx >= 0 else []
        top = scale_max if scale_max > 0 else (max([float(v) for v in values if v is not None] or [1.0]) or 1.0)
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
