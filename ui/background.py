"""The optional background map: PDOK BRT-Achtergrondkaart (grey) as an XYZ layer under the HEMA layers."""

from __future__ import annotations

from urllib.parse import quote

from qgis.core import QgsProject, QgsRasterLayer

from ..i18n import tr

PDOK_BRT = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png"
BACKGROUND_KEY = "hema_steden/background"


def background_layer() -> QgsRasterLayer:
    """A new XYZ layer of the PDOK BRT background map (tiles are fetched only when the map draws)."""
    uri = f"type=xyz&url={quote(PDOK_BRT, safe=':/')}&zmin=0&zmax=19&http-header:referer="
    layer = QgsRasterLayer(uri, tr("Background map (PDOK BRT)"), "wms")
    layer.setCustomProperty(BACKGROUND_KEY, True)
    return layer


def add_background(project: QgsProject) -> bool:
    """Put the background map at the bottom of the layer tree, once; False when it is already there."""
    if any(layer.customProperty(BACKGROUND_KEY, False) for layer in project.mapLayers().values()):
        return False
    layer = background_layer()
    project.addMapLayer(layer, False)
    project.layerTreeRoot().addLayer(layer)  # last = drawn below everything else
    return True
