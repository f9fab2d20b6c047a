"""A rerun of a dock step replaces that step's earlier result layers, never a layer the user added or edited."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsVectorLayer

from .layerorder import TOP_GROUP

STEP_KEY = "hema_steden/dock_step"  # which dock step and algorithm made the layer (saved with the project)
EDITED_KEY = "hema_steden/user_edited"  # set once the user starts editing a dock result


def step_key(action: str, alg_id: str) -> str:
    """The tag of one algorithm's results within one dock step, e.g. 'links:hema:flowlines'."""
    return f"{action}:{alg_id}"


def tag(project: QgsProject, layer_ids: Iterable[str], key: str) -> None:
    """Mark the layers as the dock's own results of key and watch them for the user's edits."""
    for layer_id in layer_ids:
        layer = project.mapLayer(layer_id)
        if layer is None:
            continue
        layer.setCustomProperty(STEP_KEY, key)
        if isinstance(layer, QgsVectorLayer):
            layer.editingStarted.connect(lambda layer=layer: layer.setCustomProperty(EDITED_KEY, True))


def user_touched(layer: QgsMapLayer) -> bool:
    """True when the user edited the layer (now or earlier): then it is theirs and stays."""
    if isinstance(layer, QgsVectorLayer) and (layer.isEditable() or layer.isModified()):
        return True
    return bool(layer.customProperty(EDITED_KEY, False))


def replace_previous(project: QgsProject, key: str, new_ids: Iterable[str]) -> list[str]:
    """Remove the earlier, untouched results of key (not new_ids); returns the names of edited ones kept."""
    new = set(new_ids)
    previous = [
        layer
        for layer_id, layer in project.mapLayers().items()
        if layer_id not in new and layer.customProperty(STEP_KEY, "") == key
    ]
    kept = [layer for layer in previous if user_touched(layer)]
    project.removeMapLayers([layer.id() for layer in previous if layer not in kept])
    top = project.layerTreeRoot().findGroup(TOP_GROUP)
    if top is not None:
        _drop_empty_groups(top)
    return [layer.name() for layer in kept]


def _drop_empty_groups(group: QgsLayerTreeGroup) -> None:
    """Remove the groups left without layers inside group (the result groups of removed layers)."""
    for child in list(group.children()):
        if isinstance(child, QgsLayerTreeGroup):
            _drop_empty_groups(child)
            if not child.children():
                group.removeChildNode(child)
