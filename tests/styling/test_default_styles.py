"""Unstyled HEMA layers get the plugin's style for an export only; styled and foreign layers are left alone."""

from __future__ import annotations

import processing
from hema_steden.core.cities import city_colour
from hema_steden.styling.defaults import DefaultStyles, hema_kind
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)


def test_kinds_styles_and_restore(bundled, context, feedback):
    huff = processing.run(
        "hema:catchmentshuff",
        {"ZONES": bundled["zones"], "CITIES": bundled["steden"], "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context, feedback=feedback,
    )["OUTPUT"]  # fmt: skip
    catchments = huff if isinstance(huff, QgsVectorLayer) else context.getMapLayer(huff)
    kinds = {name: hema_kind(layer) for name, layer in bundled.items()}
    assert kinds == {"steden": "cities", "zones": "zones", "flows": None, "provinces": "provinces"}
    assert hema_kind(catchments) == "catchments"
    own = QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "#ff00ff"}))
    bundled["zones"].setRenderer(QgsRuleBasedRenderer(QgsRuleBasedRenderer.Rule(own.symbol().clone())))
    layers = [bundled["steden"], bundled["zones"], catchments, bundled["flows"]]
    names = [bundled["steden"].name(), catchments.name()]
    with DefaultStyles(layers) as styles:
        assert styles.styled == names  # zones carry the user's own style
        assert isinstance(bundled["steden"].renderer(), QgsCategorizedSymbolRenderer)
        assert bundled["steden"].name() == "Steden" and catchments.name() == "Verzorgingsgebieden"  # legend text
        categories = catchments.renderer().categories()
        assert any(c.symbol().color().name() == city_colour("GM0106") for c in categories)
    assert isinstance(bundled["steden"].renderer(), QgsSingleSymbolRenderer)  # the project layer is as before
    assert bundled["steden"].name() == "steden"
    assert isinstance(bundled["zones"].renderer(), QgsRuleBasedRenderer)
