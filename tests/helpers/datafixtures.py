"""Builders of HEMA-model test data from the real open data in ../shared/data (no copies in the repo)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import processing
import pytest
from hema_steden.algorithms.base import field_type
from hema_steden.core.cities import CITIES
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

GEMEENTEN = "gemeenten_2018_noord.gpkg"


def _write(layer: QgsVectorLayer, path: Path, table: str) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert error == QgsVectorFileWriter.WriterError.NoError, message


def _memory(uri: str, fields: list[tuple[str, str]]) -> QgsVectorLayer:
    """A memory layer with (name, field_type kind) fields."""
    layer = QgsVectorLayer(uri, "tmp", "memory")
    layer.dataProvider().addAttributes([QgsField(n, field_type(k)) for n, k in fields])
    layer.updateFields()
    return layer


def build_hema_gpkg(shared: Path, path: Path) -> Path:
    """A GeoPackage in the HEMA data model: 2018 municipalities as zones, city points, CBS 2014 flows, provinces."""
    gemeenten = QgsVectorLayer(f"{shared / GEMEENTEN}|layername=gemeenten_2018", "g", "ogr")
    population = pd.read_csv(shared / "cbs_kerncijfers_2022_gemeenten_nl.csv").set_index("code")["population"]
    zones = _memory(
        "MultiPolygon?crs=EPSG:28992",
        [
            ("code", "string"),
            ("name", "string"),
            ("province", "string"),
            ("population", "int"),
        ],
    )
    cities = _memory(
        "Point?crs=EPSG:28992",
        [
            ("code", "string"),
            ("name", "string"),
            ("role", "string"),
            ("population", "int"),
        ],
    )
    for g in gemeenten.getFeatures():
        pop = int(population.get(g["statcode"], 0))
        z = QgsFeature(zones.fields())
        z.setAttributes([g["statcode"], g["statnaam"], g["provincie"], pop])
        z.setGeometry(g.geometry())
        zones.dataProvider().addFeature(z)
        if g["statcode"] in CITIES:
            name, role, _ = CITIES[g["statcode"]]
            c = QgsFeature(cities.fields())
            c.setAttributes([g["statcode"], name, role, pop])
            c.setGeometry(g.geometry().pointOnSurface())
            cities.dataProvider().addFeature(c)
    provinces_src = QgsVectorLayer(f"{shared / GEMEENTEN}|layername=provincies_2016", "p", "ogr")
    provinces = _memory("MultiPolygon?crs=EPSG:28992", [("name", "string"), ("source", "string")])
    for p in provinces_src.getFeatures():
        f = QgsFeature(provinces.fields())
        f.setAttributes([p["provincie"], "CBS/Kadaster 2016"])
        f.setGeometry(p.geometry())
        provinces.dataProvider().addFeature(f)
    _write(zones, path, "zones")
    _write(cities, path, "steden")
    _write(provinces, path, "provincies")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run(
        "hema:importflows",
        {
            "INPUT": str(shared / "commuting_cbs_banen_2006_2014_noord.csv"),
            "ZONES": f"{path}|layername=zones",
            "INVALID": 1,
            "UNIT": "x1000 banen",
            "OUTPUT": f"ogr:dbname='{path}' table=\"flows\"",
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    return path


@pytest.fixture(scope="session")
def hema_gpkg(plugin, shared_data, tmp_path_factory) -> Path:
    """A HEMA-model GeoPackage built from the real open data (once per session)."""
    return build_hema_gpkg(shared_data, tmp_path_factory.mktemp("hema") / "hema.gpkg")
