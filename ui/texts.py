"""Finished text for the dock's layers: field aliases and layer names in the interface language, flow units."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer

from ..core.cities import CITIES
from ..core.themes import THEMES
from ..i18n import text_language, tr


def field_alias(name: str) -> str | None:
    """Alias of a result field in the interface language (None for fields without one)."""
    lower = name.lower()
    if lower.startswith("s_") and name[2:] in CITIES:
        return tr("Share to {}").format(CITIES[name[2:]][0])
    if lower.startswith("p_") and name[2:] in CITIES:
        return tr("Probability {}").format(CITIES[name[2:]][0])
    return {
        "code": tr("Code"),
        "name": tr("Name"),
        "population": tr("Population"),
        "dom_code": tr("Dominant city (code)"),
        "dom_name": tr("Dominant city"),
        "dom_share": tr("Share of the dominant city"),
        "sec_code": tr("Second city (code)"),
        "sec_name": tr("Second city"),
        "sec_share": tr("Share of the second city"),
        "margin": tr("Margin first − second"),
        "band": tr("Band"),
        "s_rest": tr("Share to elsewhere"),
        "origin": tr("Origin"),
        "destination": tr("Destination"),
        "value": tr("Value"),
        "theme": tr("Theme"),
        "year": tr("Year"),
        "unit": tr("Unit"),
        "self_containment": tr("Self-containment"),
        "perspective": tr("Suggested perspective"),
    }.get(lower)


def set_aliases(layer: QgsVectorLayer) -> None:
    """Give every known field of the layer its alias (the attribute table and forms show it)."""
    for index, field in enumerate(layer.fields()):
        alias = field_alias(field.name())
        if alias and not field.alias():
            layer.setFieldAlias(index, alias)


def unit_text(unit: str) -> str:
    """A flow unit from the data ('banen') in the interface language."""
    return {"banen": tr("jobs"), "personen": tr("persons"), "verhuizingen": tr("moves")}.get(unit, unit)


# The loaded data's Dutch layer and group names (algorithms/data_load.py) and their interface-language names.
def loaded_names() -> dict[str, str]:
    """Names the load step gives, mapped to the interface language."""
    themes = {t.label("nl"): t.label(text_language()) for t in THEMES}
    themes.update({f"stromen {t.label('nl')}": f"{tr('flows')} {t.label(text_language())}" for t in THEMES})
    return {
        **themes,
        "steden": tr("cities"),
        "zones": tr("zones"),
        "provincies": tr("provinces"),
        "stromen (alle thema's)": tr("flows (all themes)"),
        "steden, zones en provincies": tr("cities, zones and provinces"),
        "zones en provincies": tr("zones and provinces"),
    }


def translate_loaded(project: QgsProject, layer_ids: list[str]) -> None:
    """Rename the loaded layers and their group into the interface language; set field aliases."""
    names = loaded_names()
    for layer_id in layer_ids:
        layer = project.mapLayer(layer_id)
        if isinstance(layer, QgsVectorLayer):
            layer.setName(names.get(layer.name(), layer.name()))
            set_aliases(layer)
    for group in project.layerTreeRoot().findGroups(True):
        if group.name() in names:
            group.setName(names[group.name()])
