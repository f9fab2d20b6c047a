"""Styles of the map-book layers: catchments by city, cities by role with labels, links by width, provinces."""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from ..core.cities import CITIES, ROLE_LABELS, ROLES, city_colour, lighten
from ..core.fmt import number
from ..core.layoutgeom import nice_step
from ..styling.renderers import halo_text_format
from .items import FONT, INK

NO_DATA = "#ececec"
ROLE_SIZE = {"hema": 4.2, "referentie": 3.4, "regio": 2.6, "grens": 2.6}


def _fill(colour: str, outline: str = "#ffffff", width: float = 0.25) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": str(width)})


def style_highlight(layer: QgsVectorLayer, code: str, name: str, lang: str, field: str = "dom_code") -> None:
    """Zones of one city's catchment in its colour, all others neutral grey."""
    root = QgsRuleBasedRenderer.Rule(None)
    rule = f"\"{field}\" = '{code}'"
    if "band" in layer.fields().names():  # a zone in band 'none' belongs to no catchment
        rule += " AND \"band\" <> 'none'"
    own = QgsRuleBasedRenderer.Rule(_fill(lighten(city_colour(code), 0.3)), 0, 0, rule)
    own.setLabel(("Verzorgingsgebied " if lang != "en" else "Catchment of ") + name)
    other = QgsRuleBasedRenderer.Rule(_fill("#e4e4e4"), 0, 0, "ELSE")
    other.setLabel("overige zones" if lang != "en" else "other zones")
    root.appendChild(own)
    root.appendChild(other)
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _order(code: str) -> tuple[int, str]:
    keys = list(CITIES)
    return (keys.index(code), code) if code in keys else (len(keys), code)


def style_cities(layer: QgsVectorLayer, lang: str, label_roles: tuple[str, ...] = ROLES) -> None:
    """City points by role (HEMA cities largest) in their palette colour; names labelled with a halo."""
    categories = []
    for role in ROLES:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#9a9a9a", "outline_color": "#222222", "size": str(ROLE_SIZE[role])}
        )
        symbol.symbolLayer(0).setDataDefinedProperty(symbol.symbolLayer(0).PropertyFillColor, _colour_property())
        categories.append(QgsRendererCategory(role, symbol, ROLE_LABELS["en" if lang == "en" else "nl"][role]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("role", categories))
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    settings.setFormat(halo_text_format(8.0, INK, bold=True, halo=0.9, family=FONT))
    settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    settings.dist = 1.2
    settings.priority = 10
    roles = ", ".join(f"'{r}'" for r in label_roles)
    settings.dataDefinedProperties().setProperty(QgsPalLayerSettings.Property.Show, _expr(f'"role" IN ({roles})'))
    settings.dataDefinedProperties().setProperty(
        QgsPalLayerSettings.Property.Size,
        _expr("CASE WHEN \"role\" = 'hema' THEN 9.5 WHEN \"role\" = 'referentie' THEN 8.5 ELSE 7.5 END"),
    )
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _expr(text: str):
    from qgis.core import QgsProperty

    return QgsProperty.fromExpression(text)


def _colour_property():
    pairs = ", ".join(f"'{code}', '{colour}'" for code, (_, _, colour) in CITIES.items())
    return _expr(f"coalesce(map_get(map({pairs}), \"code\"), '#777777')")


def style_links(layer: QgsVectorLayer, values: list[float], lang: str, colour: str = "#3a3a3a") -> None:
    """Flow lines with widths in three classes of 1-2-5 rounded breaks, labelled in the language's numbers."""
    top = max(values) if values else 1.0
    b2 = nice_step(top / 2.0)
    b1 = nice_step(b2 / 2.5)
    bounds = [(0.0, b1, 0.5), (b1, b2, 1.3), (b2, max(top, b2), 2.6)]
    ranges = []
    for low, high, width in bounds:
        symbol = QgsLineSymbol.createSimple({"color": colour, "width": str(width), "capstyle": "round"})
        symbol.setOpacity(0.75)
        label = (
            f"< {number(high, 0, lang)}"
            if low == 0
            else f"{number(low, 0, lang)} – {number(high, 0, lang)}"
            if high < top
            else f"≥ {number(low, 0, lang)}"
        )
        ranges.append(QgsRendererRange(low, high, symbol, label))
    renderer = QgsGraduatedSymbolRenderer("value", ranges)
    layer.setRenderer(renderer)


def style_plain_zones(layer: QgsVectorLayer) -> None:
    """Zones as a pale background with thin white borders (no legend entry needed)."""
    layer.setRenderer(QgsSingleSymbolRenderer(_fill("#f1efe9", "#ffffff", 0.2)))


def style_provinces(layer: QgsVectorLayer, lang: str = "nl") -> None:
    """Province outlines over a pale land fill; Drenthe drawn heavier."""
    root = QgsRuleBasedRenderer.Rule(None)
    drenthe = QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#333333", "outline_width": "0.7"}),
        0,
        0,
        "\"name\" = 'Drenthe'",
    )
    drenthe.setLabel("Drenthe")
    other = QgsRuleBasedRenderer.Rule(
        QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#8a8a8a", "outline_width": "0.3"}),
        0,
        0,
        "ELSE",
    )
    other.setLabel("provinciegrens" if lang != "en" else "province boundary")
    root.appendChild(drenthe)
    root.appendChild(other)
    layer.setRenderer(QgsRuleBasedRenderer(root))
