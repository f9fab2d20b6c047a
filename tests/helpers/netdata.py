"""Layers of the real open data used by the network algorithm tests."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsFeature, QgsProcessingFeedback, QgsVectorLayer


def csv_layer(path: Path, name: str = "flows", string_fields: tuple[str, ...] = ()) -> QgsVectorLayer:
    """A delimited-text table layer (no geometry) with detected field types; string_fields are kept as text."""
    types = "".join(f"&field={f}:text" for f in string_fields)
    uri = f"file://{path}?delimiter=,&type=csv&geomType=none&detectTypes=yes{types}"
    layer = QgsVectorLayer(uri, name, "delimitedtext")
    assert layer.isValid(), path
    return layer


def gpkg_layer(path: Path, table: str) -> QgsVectorLayer:
    """A layer of a GeoPackage."""
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert layer.isValid(), (path, table)
    return layer


def cbs_2014(shared_data: Path) -> dict:
    """Flow parameters for the CBS commuting jobs table, year 2014, with the 2018 municipalities as nodes."""
    return {
        "FLOWS": csv_layer(shared_data / "commuting_cbs_banen_2006_2014_noord.csv"),
        "ORIGIN_FIELD": "woon_code_2014",
        "DESTINATION_FIELD": "werk_code_2014",
        "VALUE_FIELD": "banen_x1000",
        "YEAR_FIELD": "jaar",
        "YEAR": "2014",
        "CITIES": gpkg_layer(shared_data / "gemeenten_2018_noord.gpkg", "gemeenten_2018"),
        "CITY_CODE_FIELD": "statcode",
        "CITY_NAME_FIELD": "statnaam",
    }


def odf_2016(shared_data: Path, table: str = "muni_point") -> dict:
    """Flow parameters for the 2016 commuting by mode with the odf municipality points as nodes."""
    return {
        "FLOWS": csv_layer(shared_data / "commuting_2016_odf_noord_by_mode.csv"),
        "ORIGIN_FIELD": "muni_from",
        "DESTINATION_FIELD": "muni_to",
        "VALUE_FIELD": "value",
        "CITIES": gpkg_layer(shared_data / "gemeenten_2016_odf.gpkg", table),
        "CITY_CODE_FIELD": "id",
        "CITY_NAME_FIELD": "name",
    }


def out(context, value):
    """An output layer of processing.run (a layer object or an id in the context)."""
    return value if isinstance(value, QgsVectorLayer) else context.getMapLayer(value)


def memory_table(rows, fields="origin:string,destination:string,value:double"):
    """A memory table layer with the given fields and rows."""
    layer = QgsVectorLayer(f"None?{'&'.join('field=' + f for f in fields.split(','))}", "t", "memory")
    feats = []
    for row in rows:
        feat = QgsFeature(layer.fields())
        feat.setAttributes(list(row))
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    return layer


class Warnings(QgsProcessingFeedback):
    """Feedback that records the warnings pushed by an algorithm."""

    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)
