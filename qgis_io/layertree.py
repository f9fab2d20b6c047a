"""Layer post-processor that styles a loaded output and moves it into a (nested) layer-tree group."""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import (
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsVectorLayer,
)

from ..paths import style_path

RANK_KEY = "hema_rank"
BASE_GROUP = "steden, zones en provincies"
BASE_GROUP_WITHOUT_CITIES = "zones en provincies"  # its name once the dock lifts the cities to the top


def ensure_group(root: QgsLayerTreeGroup, path: Sequence[str]) -> QgsLayerTreeGroup:
    """The group at path below root (created on the way; new top groups go on top)."""
    group = root
    for name in path:
        found = (
            group.findGroup(name)
            if group is root
            else next((g for g in group.children() if isinstance(g, QgsLayerTreeGroup) and g.name() == name), None)
        )
        if found is None:
            found = group.insertGroup(0 if group is root else len(group.children()), name)
        group = found
    return group


def place_layer(project: QgsProject, layer_id: str, path: Sequence[str], rank: int) -> None:
    """Move the layer's tree node into the group at path, ordered by rank (lower rank draws on top)."""
    root = project.layerTreeRoot()
    node = root.findLayer(layer_id)
    if node is None:
        return
    group = ensure_group(root, path)
    clone = node.clone()
    clone.setCustomProperty(RANK_KEY, rank)
    # QGIS desktop may already have put the new layer into this group (its insertion point): skip it when counting.
    children = group.children()
    index, seen = len(children), 0
    wanted = sum(1 for child in children if not _is_layer(child, layer_id) and _rank(child) <= rank)
    for i, child in enumerate(children):
        if _is_layer(child, layer_id):
            continue
        if seen == wanted:
            index = i
            break
        seen += 1
    # Insert the clone before removing the original: a layer without a tree node is removed from the project.
    group.insertChildNode(index, clone)
    node.parent().removeChildNode(node)


def _is_layer(node, layer_id: str) -> bool:
    return isinstance(node, QgsLayerTreeLayer) and node.layerId() == layer_id


def _rank(node) -> int:
    return int(node.customProperty(RANK_KEY, 1000))


class GroupPlacer(QgsProcessingLayerPostProcessorInterface):
    """Post-processor: load a QML style, set the layer name and move the layer into a group."""

    # Processing holds only a raw pointer to post-processors, so Python must keep them alive.
    _alive: list[GroupPlacer] = []

    def __init__(self, group_path: Sequence[str], name: str, style: str | None, rank: int):
        super().__init__()
        self._path = list(group_path)
        self._name = name
        self._style = style
        self._rank = rank

    def postProcessLayer(self, layer, context, feedback) -> None:
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            return
        if self._style and style_path(self._style).exists():
            layer.loadNamedStyle(str(style_path(self._style)))
        layer.setName(self._name)
        project = context.project() or QgsProject.instance()
        place_layer(project, layer.id(), self._path, self._rank)
        layer.triggerRepaint()

    @classmethod
    def attach(
        cls,
        context: QgsProcessingContext,
        layer_id: str,
        group_path: Sequence[str],
        name: str,
        style: str | None,
        rank: int,
    ) -> None:
        """Style, name and group output layer_id when Processing loads it into the project."""
        if layer_id and context.willLoadLayerOnCompletion(layer_id):
            details = context.layerToLoadOnCompletionDetails(layer_id)
            details.name = name
            processor = cls(group_path, name, style, rank)
            cls._alive.append(processor)
            details.setPostProcessor(processor)
