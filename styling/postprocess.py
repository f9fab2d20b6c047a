"""Layer post-processors: style an output once Processing has loaded it into the project."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface, QgsVectorLayer

from ..paths import style_path


class LayerStyler(QgsProcessingLayerPostProcessorInterface):
    """Layer post-processor that applies a styling function once Processing has loaded an output."""

    # Processing holds only a raw pointer to post-processors, so Python must keep them alive.
    _alive: list[LayerStyler] = []

    def __init__(self, styler: Callable[[QgsVectorLayer], None]):
        super().__init__()
        self._styler = styler

    def postProcessLayer(self, layer, context, feedback) -> None:
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            self._styler(layer)
            layer.triggerRepaint()

    @classmethod
    def attach(cls, context: QgsProcessingContext, dest_id: str, styler: Callable[[QgsVectorLayer], None]) -> None:
        """Style output dest_id with styler when Processing loads it into the project."""
        if dest_id and context.willLoadLayerOnCompletion(dest_id):
            processor = cls(styler)
            cls._alive.append(processor)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def qml_styler(name: str) -> Callable[[QgsVectorLayer], None]:
    """Styling function that loads resources/styles/<name>.qml."""
    path = str(style_path(name))

    def _apply(layer: QgsVectorLayer) -> None:
        layer.loadNamedStyle(path)

    return _apply
