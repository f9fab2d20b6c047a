"""Clicking a city zooms to about 33 km around it whatever the project CRS (padding in metres, then transformed)."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)


def city_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=code:string", "steden", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["GM0106"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(233000, 557000)))  # Assen
    layer.dataProvider().addFeatures([feature])
    return layer


@pytest.mark.parametrize("authid", ["EPSG:4326", "EPSG:3857", "EPSG:28992"])
def test_city_zoom_is_about_33_km_in_any_crs(iface, project, authid):
    from hema_steden.ui.mapview import CityFocus

    canvas = iface.mapCanvas()
    crs = QgsCoordinateReferenceSystem(authid)
    canvas.setDestinationCrs(crs)
    layer = city_layer()
    QgsProject.instance().addMapLayer(layer)
    assert CityFocus(canvas).focus("GM0106", {"cities": layer})
    extent = canvas.extent()
    # measure the view in metres back in RD New: 30 km padded by 5 %, widened only to the canvas's aspect ratio
    rd = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:28992"), QgsProject.instance())
    box = rd.transformBoundingBox(extent)
    short, long = sorted((box.width(), box.height()))
    assert 28_000 < short < 40_000, (authid, extent.toString(), box.toString())
    assert long < 200_000, (authid, extent.toString())
    assert box.contains(QgsPointXY(233000, 557000))
