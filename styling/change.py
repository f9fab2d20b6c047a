"""Styles of the change outputs: diverging link changes (grew blue, shrank red) and zones that switched city."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsSymbolLayer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from ..core.cities import city_colour, lighten
from .network import MAX_WIDTH, MIN_WIDTH, arrow_symbol
from .renderers import _fill, halo_text_format

# Diverging palette (ColorBrewer RdBu): growth blue, decline red, new/gone in the darkest shade.
CHANGE_COLOURS = {
    "new": "#053061",
    "grew": "#4393c3",
    "same": "#bdbdbd",
    "shrank": "#d6604d",
    "gone": "#67001f",
    "unobserved": "#e0e0e0",
}
CHANGE_LABELS = {
    "nl": {
        "new": "nieuw",
        "grew": "gegroeid",
        "same": "gelijk",
        "shrank": "gekrompen",
        "gone": "verdwenen",
        "unobserved": "niet in beide jaren waargenomen",
    },
    "en": {
        "new": "new",
        "grew": "grew",
        "same": "unchanged",
        "shrank": "shrank",
        "gone": "gone",
        "unobserved": "not observed in both years",
    },
}
SWITCH_LABELS = {
    "nl": {"same": "zelfde stad als in {}", "to": "nu naar {}", "none": "geen gegevens in een van beide jaren"},
    "en": {"same": "same city as in {}", "to": "now to {}", "none": "no data in one of the years"},
}


def width_expression(field: str, scale_max: float) -> str:
    """Arrow width (mm) proportional to the square root of |field| / scale_max, clamped to the widest arrow."""
    top = max(float(scale_max), 1e-12)
    span = MAX_WIDTH - MIN_WIDTH
    return f'{MIN_WIDTH} + {span} * sqrt(min(abs(coalesce("{field}", 0)) / {top!r}, 1))'


def larger_on_top(renderer, field: str) -> None:
    """Draw features in ascending |field| order, so the largest are drawn last, on top."""
    clause = QgsFeatureRequest.OrderByClause(f'abs("{field}")', True)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([clause]))
    renderer.setOrderByEnabled(True)


def link_change_styler(scale_max: float, lang: str = "nl", field: str = "change") -> Callable[[QgsVectorLayer], None]:
    """Styling function: arrows coloured by status (diverging), width by |change| on a fixed scale, larger on top."""
    labels = CHANGE_LABELS["en" if lang == "en" else "nl"]

    def _apply(layer: QgsVectorLayer) -> None:
        categories = []
        for status, colour in CHANGE_COLOURS.items():
            symbol = arrow_symbol(MIN_WIDTH, None, colour)
            arrow = symbol.symbolLayer(0)
            for prop in (QgsSymbolLayer.Property.PropertyArrowWidth, QgsSymbolLayer.Property.PropertyArrowStartWidth):
                arrow.setDataDefinedProperty(prop, QgsProperty.fromExpression(width_expression(field, scale_max)))
            categories.append(QgsRendererCategory(status, symbol, labels[status]))
        renderer = QgsCategorizedSymbolRenderer("status", categories)
        larger_on_top(renderer, field)
        layer.setRenderer(renderer)

    return _apply


def zone_switch_styler(reference, names: dict[str, str], lang: str = "nl") -> Callable[[QgsVectorLayer], None]:
    """Styling function: zones that switched dominant city in the new city's colour, labelled 'old → new'."""
    labels = SWITCH_LABELS["en" if lang == "en" else "nl"]

    def _apply(layer: QgsVectorLayer) -> None:
        idx = layer.fields().lookupField("dom_code_to")
        sw = layer.fields().lookupField("switched")
        targets = sorted({f[idx] for f in layer.getFeatures() if f[sw] and f[idx]}) if idx >= 0 and sw >= 0 else []
        categories = [QgsRendererCategory("same", _fill("#f0f0f0", "#bdbdbd"), labels["same"].format(reference))]
        for code in targets:
            colour = city_colour(code)
            categories.append(QgsRendererCategory(code, _fill(lighten(colour, 0.15), "#333333", 0.4),
                                                  labels["to"].format(names.get(code, code))))  # fmt: skip
        categories.append(QgsRendererCategory("", _fill("#ffffff", "#bdbdbd"), labels["none"]))
        expression = 'CASE WHEN "switched" THEN "dom_code_to" WHEN "dom_code_from" IS NULL OR "dom_code_to" IS NULL THEN \'\' ELSE \'same\' END'  # noqa: E501
        layer.setRenderer(QgsCategorizedSymbolRenderer(expression, categories))
        settings = QgsPalLayerSettings()
        settings.isExpression = True
        settings.fieldName = 'CASE WHEN "switched" THEN "dom_name_from" || \' → \' || "dom_name_to" END'
        settings.setFormat(halo_text_format(6.5, "#222222"))
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)

    return _apply
