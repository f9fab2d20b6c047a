"""Real-data layers for the catchment tests: 2018 municipalities, HEMA cities, CBS commuting."""

from __future__ import annotations

import csv
from pathlib import Path

from hema_steden.algorithms.base import field_type
from hema_steden.core.cities import CITIES
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer

from helpers.netdata import csv_layer, gpkg_layer  # noqa: F401  (re-exported for the catchment tests)

DUTCH = [code for code in CITIES if code.startswith("GM")]


def population_2022(shared: Path) -> dict[str, float]:
    with open(shared / "cbs_kerncijfers_2022_gemeenten_nl.csv", encoding="utf-8") as f:
        return {row["code"]: float(row["population"]) for row in csv.DictReader(f)}


def city_layer(shared: Path, zones: QgsVectorLayer, code_field: str, codes=DUTCH) -> QgsVectorLayer:
    """HEMA cities as points: the GeoNames place of each city (largest place in its municipality), CBS population."""
    pop = population_2022(shared)
    places: dict[str, tuple[float, float, float]] = {}
    with open(shared / "places_geonames_noord.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, p = row["gemeente_code_2018"], float(row["population"] or 0)
            if code in codes and (code not in places or p > places[code][2]):
                places[code] = (float(row["x_rd"]), float(row["y_rd"]), p)
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "steden", "memory")
    layer.dataProvider().addAttributes(
        [
            QgsField("code", field_type("string")),
            QgsField("name", field_type("string")),
            QgsField("population", field_type("double")),
        ]
    )
    layer.updateFields()
    feats = []
    for code in codes:
        x, y, _ = places[code]
        f = QgsFeature(layer.fields())
        f.setAttributes([code, CITIES[code][0], pop[code]])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def zones_with_population(shared: Path, path: str, table: str, code_field: str, subset: str = "") -> QgsVectorLayer:
    """A memory copy of a municipality layer with fields code, name and (CBS 2022) population; 0 where unknown."""
    src = gpkg_layer(shared / path, table)
    if subset:
        src.setSubsetString(subset)
    pop = population_2022(shared)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", table, "memory")
    layer.dataProvider().addAttributes(
        [
            QgsField("code", field_type("string")),
            QgsField("name", field_type("string")),
            QgsField("population", field_type("double")),
        ]
    )
    layer.updateFields()
    name_field = "statnaam" if "statnaam" in src.fields().names() else "name"
    feats = []
    for s in src.getFeatures():
        f = QgsFeature(layer.fields())
        f.setAttributes([s[code_field], s[name_field], pop.get(s[code_field], 0.0)])
        f.setGeometry(s.geometry())
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def as_layer(context, value) -> QgsVectorLayer:
    """The output layer of processing.run (a layer object, or an id/path to resolve)."""
    if isinstance(value, QgsVectorLayer):
        return value
    layer = context.getMapLayer(value)
    return layer if layer is not None else QgsVectorLayer(value, "out", "ogr")
