"""Synthetic large inputs for the fault tests: a grid of square zones, a few cities, flows zone -> city."""

from __future__ import annotations

import math

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer

CITIES = (("C1", 230000, 540000), ("C2", 250000, 560000), ("C3", 240000, 520000), ("C4", 260000, 530000))


def grid_zones(n: int) -> QgsVectorLayer:
    """n square zones (100 m) on a grid around the cities, with code, name and population."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string&field=name:string&field=population:double",
                           "zones", "memory")  # fmt: skip
    side = math.ceil(math.sqrt(n))
    features = []
    for k in range(n):
        x0, y0 = 220000 + (k % side) * 100.0, 510000 + (k // side) * 100.0
        f = QgsFeature(layer.fields())
        f.setAttributes([f"Z{k:06d}", f"zone {k}", 100.0 + k % 7])
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + 100, y0 + 100)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def cities() -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=code:string&field=name:string&field=population:double",
                           "cities", "memory")  # fmt: skip
    features = []
    for code, x, y in CITIES:
        f = QgsFeature(layer.fields())
        f.setAttributes([code, code, 50000.0])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def flows(n: int) -> QgsVectorLayer:
    layer = QgsVectorLayer("None?field=origin:string&field=destination:string&field=value:double", "flows", "memory")
    features = []
    for k in range(n):
        for j, (code, _, _) in enumerate(CITIES[:2]):
            f = QgsFeature(layer.fields())
            f.setAttributes([f"Z{k:06d}", code, float(1 + (k + j) % 5)])
            features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer
