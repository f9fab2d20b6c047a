import pytest
from qgis.core import QgsVectorLayer

GPKG_LAYERS = ("steden", "zones", "flows", "provinces")


@pytest.fixture()
def bundled(project):
    """The bundled GeoPackage's layers, added to the project."""
    from hema_steden.paths import DEFAULT_GPKG

    if not DEFAULT_GPKG.is_file():
        pytest.skip("bundled GeoPackage not built")
    layers = {}
    for name in GPKG_LAYERS:
        layer = QgsVectorLayer(f"{DEFAULT_GPKG}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        layers[name] = layer
    project.addMapLayers(list(layers.values()))
    return layers
