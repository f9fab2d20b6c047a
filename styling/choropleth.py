"""Choropleth renderers for indicator layers and the outline layer that marks the HEMA and reference cities."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from ..core.cities import CITIES, city_colour
from ..core.classify import class_breaks, class_colours, with_reference
from ..core.fmt import number
from .renderers import halo_text_format

NO_DATA = "#d9d9d9"
NO_DATA_LABEL = {"nl": "geen gegevens", "en": "no data"}


def _decimals(bounds: list[float]) -> int:
    span = bounds[-1] - bounds[0]
    if span >= 100:
        return 0
    return 1 if span >= 5 else 2


def graduated(
    layer: QgsVectorLayer,
    method: str,
    classes: int,
    reference: float | None,
    sense: int,
    lang: str = "nl",
    field: str = "value",
) -> list[float]:
    """Graduated renderer on field: breaks by method (split at the reference when sense is known), ramp by sense.

    Areas without a value are drawn in grey with a 'no data' legend entry. Returns the class bounds.
    """
    values = [f[field] for f in layer.getFeatures() if f[field] is not None and str(f[field]) != "NULL"]
    bounds = class_breaks(values, method, classes)
    if sense:
        bounds = with_reference(bounds, reference)
    colours = class_colours(bounds, reference if sense else None, sense)
    decimals = _decimals(bounds)
    ranges = []
    for n, (low, high) in enumerate(zip(bounds[:-1], bounds[1:])):
        symbol = QgsFillSymbol.createSimple(
            {"color": colours[n], "outline_color": "#ffffff", "outline_width": "0.1", "outline_width_unit": "MM"}
        )
        label = f"{number(low, decimals, lang)} – {number(high, decimals, lang)}"
        ranges.append(QgsRendererRange(low, high, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer(field, ranges))
    missing = any(f[field] is None or str(f[field]) == "NULL" for f in layer.getFeatures())
    if missing:
        _add_no_data(layer, field, lang)
    layer.triggerRepaint()
    return bounds


def _add_no_data(layer: QgsVectorLayer, field: str, lang: str) -> None:
    """Draw areas without a value in grey: a rule-based renderer keeps the graduated classes plus a no-data rule."""
    rules = QgsRuleBasedRenderer.convertFromRenderer(layer.renderer())
    symbol = QgsFillSymbol.createSimple(
        {"color": NO_DATA, "outline_color": "#ffffff", "outline_width": "0.1", "outline_width_unit": "MM"}
    )
    rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, f'"{field}" IS NULL', NO_DATA_LABEL.get(lang, "geen gegevens"))
    rules.rootRule().appendChild(rule)
    layer.setRenderer(rules)


def city_outlines(layer: QgsVectorLayer, lang: str = "nl", codes: list[str] | None = None) -> None:
    """Outline (no fill) of the marked cities' municipalities in the city palette, labelled with the name."""
    codes = codes or [c for c, (_, role, _) in CITIES.items() if role in ("hema", "referentie")]
    categories = []
    for code in codes:
        symbol = QgsFillSymbol.createSimple(
            {
                "color": "0,0,0,0",
                "style": "no",
                "outline_color": city_colour(code),
                "outline_width": "0.7",
                "outline_width_unit": "MM",
            }
        )
        categories.append(QgsRendererCategory(code, symbol, CITIES.get(code, (code,))[0]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("code", categories))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.setFormat(halo_text_format(8, "#202020", bold=True, halo=0.8, family=""))
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()
