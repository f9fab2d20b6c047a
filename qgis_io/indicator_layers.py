"""Indicator choropleth layers for hema:loadlayers: one group per theme, one graduated layer per indicator."""

from __future__ import annotations

from qgis.core import QgsProcessingContext, QgsVectorLayer

from ..core.cities import CITIES
from ..core.indicator_catalogue import BY_ID, key_indicators
from ..core.indicators import latest_years, reference_values
from ..core.themes import theme
from ..styling.choropleth import city_outlines, graduated
from .indicators import bundled_tables, indicator_layer, polygon_layer
from .layertree import GroupPlacer

GROUP_WORD = {"nl": "indicatoren", "en": "indicators"}
MARKED = {"nl": "HEMA- en referentiesteden", "en": "HEMA and reference cities"}


def layer_title(ind_id: str, year: int, lang: str = "nl") -> str:
    """Layer (legend) title: label (unit, year)."""
    entry = BY_ID.get(ind_id)
    label = entry.label(lang) if entry else ind_id
    unit = entry.unit_in(lang) if entry else ""
    return f"{label} ({unit}, {year})" if unit else f"{label} ({year})"


def choose(themes: list[str], ids: list[str]) -> dict[str, list[str]]:
    """Theme -> indicator ids to map: named ids under their own theme, else each chosen theme's key indicators."""
    if ids:
        chosen: dict[str, list[str]] = {}
        for ind_id in ids:
            if ind_id in BY_ID:
                chosen.setdefault(BY_ID[ind_id].theme, []).append(ind_id)
        return chosen
    return {code: key_indicators(code) for code in themes if key_indicators(code)}


def _add(context: QgsProcessingContext, layer: QgsVectorLayer, path: list[str], rank: int) -> None:
    context.temporaryLayerStore().addMapLayer(layer)
    context.addLayerToLoadOnCompletion(
        layer.id(), QgsProcessingContext.LayerDetails(layer.name(), context.project(), layer.name())
    )
    GroupPlacer.attach(context, layer.id(), path, layer.name(), None, rank)


def marked_cities_layer(year: int, lang: str) -> QgsVectorLayer:
    """The HEMA and reference municipalities of a year as an outline layer."""
    codes = [c for c, (_, role, _) in CITIES.items() if role in ("hema", "referentie")]
    layer = polygon_layer(MARKED[lang], year, codes=set(codes))
    city_outlines(layer, lang, codes)
    return layer


def load_indicator_groups(
    context: QgsProcessingContext,
    themes: list[str],
    ids: list[str],
    method: str,
    classes: int,
    year: int | None,
    top: str,
    lang: str = "nl",
    feedback=None,
) -> int:
    """Add the choropleths of the chosen themes to the project on completion; returns the number of layers."""
    table, areas = bundled_tables()
    gm = table[table["code"].str.startswith("GM")]
    refs = reference_values(gm, areas).set_index(["indicator", "year"])
    used = {**latest_years(gm), **(latest_years(gm, year) if year is not None else {})}
    count = 0
    for code, indicators in choose(themes, ids).items():
        group = [top, theme(code).label_nl, f"{GROUP_WORD['nl']} {theme(code).label_nl}"]
        years = set()
        for rank, ind_id in enumerate(indicators, start=10):
            if feedback is not None and feedback.isCanceled():
                break
            if ind_id not in used:
                continue
            yr = used[ind_id]
            rows = gm[(gm["indicator"] == ind_id) & (gm["year"] == yr)]
            layer = indicator_layer(dict(zip(rows["code"], rows["value"])), yr, layer_title(ind_id, yr, lang))
            nl = float(refs.loc[(ind_id, yr), "nl"]) if (ind_id, yr) in refs.index else None
            graduated(layer, method, classes, nl, BY_ID[ind_id].sense, lang)
            _add(context, layer, group, rank)
            years.add(yr)
            count += 1
        if years:
            _add(context, marked_cities_layer(max(years), lang), group, 1)
    return count
