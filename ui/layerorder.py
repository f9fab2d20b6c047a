"""How the dock's results sit on the map: cities on top, then links, catchments, zones; one layer labels cities."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from qgis.core import (
    QgsArrowSymbolLayer,
    QgsGraduatedSymbolRenderer,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsLayerTreeNode,
    QgsProject,
    QgsSimpleFillSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from ..qgis_io.layertree import BASE_GROUP, BASE_GROUP_WITHOUT_CITIES

TOP_GROUP = "HEMA Steden"
# Drawing order of the dock's roles inside the HEMA Steden group (lower draws on top); anything else goes last.
ROLE_RANK = {"cities": 0, "profile": 1, "dominant": 2, "links": 2, "catchments": 3, "zones": 4}
LAST = 5
# Every flow line and its node totals draw under the dominant flows as heavy arrows: the dock shows only the
# dominant flows; the full set stays in the layer tree, unticked.
HIDDEN_ALGORITHMS = ("hema:flowlines",)
INPUT_ALGORITHMS = ("hema:loadlayers",)  # their layers keep their own labels (province names, the city names)


def present_results(project: QgsProject, alg_id: str, layer_ids: Iterable[str], roles: Mapping[str, str]) -> None:
    """Settle one finished algorithm's layers for the dock's map: labels, visibility and drawing order."""
    cities = roles.get("cities")
    root = project.layerTreeRoot()
    for layer_id in () if alg_id in INPUT_ALGORITHMS else layer_ids:
        layer = project.mapLayer(layer_id)
        if not isinstance(layer, QgsVectorLayer) or layer_id == cities:
            continue
        # The cities layer names the cities; results that label the same places again only clutter the map.
        if layer.labelsEnabled():
            layer.setLabelsEnabled(False)
            layer.triggerRepaint()
        outline_arrows(layer)
        node = root.findLayer(layer_id)
        if node is not None and alg_id in HIDDEN_ALGORITHMS:
            node.setItemVisibilityChecked(False)
            node.setExpanded(False)
    stack(project, roles)


def stack(project: QgsProject, roles: Mapping[str, str]) -> None:
    """Order the HEMA Steden group by ROLE_RANK, the cities layer lifted out of its data group to the very top."""
    top = project.layerTreeRoot().findGroup(TOP_GROUP)
    if top is None:
        return
    cities = top.findLayer(roles["cities"]) if roles.get("cities") else None
    if cities is not None and cities.parent() is not top:
        clone = cities.clone()
        top.insertChildNode(0, clone)  # before removing the original: a layer without a tree node leaves the project
        data_group = cities.parent()
        data_group.removeChildNode(cities)
        if data_group.name() in (BASE_GROUP, tr("cities, zones and provinces")):  # no longer lists the cities
            data_group.setName(
                tr("zones and provinces") if data_group.name() != BASE_GROUP else BASE_GROUP_WITHOUT_CITIES
            )
    rank_of = {layer_id: ROLE_RANK.get(role, LAST) for role, layer_id in roles.items() if layer_id}
    children = top.children()
    order = sorted(range(len(children)), key=lambda i: (_rank(children[i], rank_of), i))
    if order == list(range(len(children))):
        return
    top.insertChildNodes(len(children), [children[i].clone() for i in order])
    top.removeChildren(0, len(children))  # the originals, after their clones are in


def _rank(node: QgsLayerTreeNode, rank_of: Mapping[str, int]) -> int:
    """A layer's role rank; a group ranks as its highest-drawn member."""
    if isinstance(node, QgsLayerTreeLayer):
        return rank_of.get(node.layerId(), LAST)
    if isinstance(node, QgsLayerTreeGroup):
        return min((rank_of.get(n.layerId(), LAST) for n in node.findLayers()), default=LAST)
    return LAST


ARROW_OUTLINE = "#1a1a1a"  # flow arrows keep their city colour but stand apart from the city-coloured fills


def _outlined(symbol: QgsSymbol) -> QgsSymbol:
    symbol = symbol.clone()
    for layer in symbol.symbolLayers():
        sub = layer.subSymbol() if isinstance(layer, QgsArrowSymbolLayer) else None
        if sub is not None and isinstance(sub.symbolLayer(0), QgsSimpleFillSymbolLayer):
            fill = sub.symbolLayer(0)
            fill.setStrokeStyle(Qt.PenStyle.SolidLine)
            fill.setStrokeColor(QColor(ARROW_OUTLINE))
            fill.setStrokeWidth(0.2)
    return symbol


def outline_arrows(layer: QgsVectorLayer) -> None:
    """Give the flow arrows of a result layer a dark outline (their fill is the city colour, as the catchments)."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        for index, item in enumerate(renderer.ranges()):
            renderer.updateRangeSymbol(index, _outlined(item.symbol()))
    elif isinstance(renderer, QgsSingleSymbolRenderer):
        renderer.setSymbol(_outlined(renderer.symbol()))
