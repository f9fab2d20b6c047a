"""Synthetic large inputs for the fault tests: a grid of square zones, a few cities, flows zone -> city."""

from __future__ import annotations

import math

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer

# the four HEMA cities' codes, so the panel's default city selection applies (positions are synthetic)
CITIES = (("GM0106", 230000, 540000), ("GM0114", 250000, 560000), ("GM0118", 240000, 520000),
          ("GM0119", 260000, 530000))  # fmt: skip
POPULATIONS = (68000.0, 107000.0, 56000.0, 34000.0)  # distinct, so a Huff fit can tell α from β


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
    """The four cities (points) with code, name, role and population."""
    fields = "field=code:string&field=name:string&field=role:string&field=population:double"
    layer = QgsVectorLayer(f"Point?crs=EPSG:28992&{fields}", "cities", "memory")
    features = []
    for (code, x, y), population in zip(CITIES, POPULATIONS):
        f = QgsFeature(layer.fields())
        f.setAttributes([code, code, "hema", population])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def flows(n: int) -> QgsVectorLayer:
    """Flows from every zone to every city (Huff α 1, β 2: a fit finds plausible values), plus a city pair per zone."""
    fields = "field=origin:string&field=destination:string&field=value:double&field=theme:string"
    layer = QgsVectorLayer(f"None?{fields}", "flows", "memory")
    features = []
    codes = [c for c, _, _ in CITIES]
    side = math.ceil(math.sqrt(n))
    for k in range(n):
        x, y = 220050 + (k % side) * 100.0, 510050 + (k // side) * 100.0  # the zone's centre (grid_zones)
        weights = [
            pop / max(math.hypot(x - cx, y - cy) / 1000, 0.5) ** 2 for (_, cx, cy), pop in zip(CITIES, POPULATIONS)
        ]
        for code, w in zip(codes, weights):
            f = QgsFeature(layer.fields())
            f.setAttributes([f"Z{k:06d}", code, round(100.0 * w / sum(weights), 3), "werk_studie"])
            features.append(f)
        f = QgsFeature(layer.fields())
        f.setAttributes([codes[k % 4], codes[(k + 1 + k // 4) % 4], 1.0, "werk_studie"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def city_flows(n: int) -> QgsVectorLayer:
    """n flows between the four cities only (the network steps' input, without a zone-sized matrix)."""
    fields = "field=origin:string&field=destination:string&field=value:double&field=theme:string"
    layer = QgsVectorLayer(f"None?{fields}", "cflows", "memory")
    codes = [c for c, _, _ in CITIES]
    features = []
    for k in range(n):
        f = QgsFeature(layer.fields())
        f.setAttributes([codes[k % 4], codes[(k + 1 + k // 4) % 4], float(1 + k % 3), "werk_studie"])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer
