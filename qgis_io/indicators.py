"""Indicator tables in and out of QGIS: the bundled hema_indicators.gpkg, user tables, choropleth layers."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

import numpy as np
import pandas as pd
from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsProcessingException, QgsVectorLayer

from ..core.indicators import AREA_COLUMNS, COLUMNS
from ..i18n import tr
from ..paths import DATA_DIR
from .frames import field_type, read_frame

INDICATOR_GPKG = DATA_DIR / "hema_indicators.gpkg"
POLYGON_LAYERS = {2022: "gemeenten_2022", 2018: "gemeenten_2018", 2015: "gemeenten_2015"}
REQUIRED = ("code", "indicator", "value", "year")


def _read_sql(query: str) -> pd.DataFrame:
    if not INDICATOR_GPKG.is_file():
        raise QgsProcessingException(
            tr("The bundled indicator data {} is missing; reinstall the plugin.").format(INDICATOR_GPKG)
        )
    con = sqlite3.connect(f"file:{INDICATOR_GPKG}?mode=ro", uri=True)
    try:
        return pd.read_sql(query, con)
    finally:
        con.close()


@lru_cache(maxsize=1)
def _bundled() -> tuple[pd.DataFrame, pd.DataFrame]:
    table = _read_sql(f"SELECT {', '.join(COLUMNS)} FROM indicators")
    areas = _read_sql(f"SELECT {', '.join(AREA_COLUMNS)} FROM areas")
    return table, areas


def bundled_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Copies of the bundled indicator table and areas table (read once per session, read-only)."""
    table, areas = _bundled()
    return table.copy(), areas.copy()


def read_user_table(source, what: str, feedback=None) -> pd.DataFrame:
    """A user's indicator table (code, indicator, value, year; optional theme, unit, source) as a long frame."""
    names = source.fields().names()
    optional = [n for n in ("theme", "unit", "source") if n in names]
    frame = read_frame(source, [*REQUIRED, *optional], what, feedback)
    for column in ("theme", "unit", "source"):
        if column not in frame:
            frame[column] = ""
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    frame["year"] = pd.to_numeric(frame["year"], errors="coerce")
    bad = frame["year"].isna()
    if bad.any():
        raise QgsProcessingException(
            tr("{}: row {} has no valid year; fill in the year column.").format(what, int(np.flatnonzero(bad)[0]) + 1)
        )
    frame["year"] = frame["year"].astype(int)
    frame["code"] = frame["code"].astype(str)
    return frame[COLUMNS]


def merged_table(user: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The bundled table with a user's rows added; a user's row replaces the bundled row of its code/indicator/year."""
    table, areas = bundled_tables()
    if user is None or user.empty:
        return table, areas
    keys = ["code", "indicator", "year"]
    kept = table.merge(user[keys].drop_duplicates(), on=keys, how="left", indicator=True)
    table = pd.concat([table[(kept["_merge"] == "left_only").to_numpy()], user], ignore_index=True)
    return table, areas


def polygons_layer_name(year: int, level: str = "gemeente") -> str:
    """Name of the bundled polygon layer of a year (nearest stored division), for choropleths."""
    if level == "wijk":
        return "wijken_2022"
    return POLYGON_LAYERS[min(POLYGON_LAYERS, key=lambda y: abs(y - int(year)))]


@lru_cache(maxsize=8)
def _polygons(name: str) -> tuple[tuple[str, str, str, bytes], ...]:
    """(code, name, province, WKB) of a bundled polygon layer, read through GDAL in read-only mode.

    QGIS's OGR provider may switch a GeoPackage it opens to WAL journaling (a write); the bundled file stays untouched.
    """
    from osgeo import ogr

    ds = ogr.Open(str(INDICATOR_GPKG), 0)
    if ds is None or ds.GetLayerByName(name) is None:
        raise QgsProcessingException(
            tr("The bundled indicator data {} is missing; reinstall the plugin.").format(INDICATOR_GPKG)
        )
    rows = tuple(
        (f.GetField("code"), f.GetField("name"), f.GetField("province") or "", bytes(f.GetGeometryRef().ExportToWkb()))
        for f in ds.GetLayerByName(name)
    )
    ds = None
    return rows


def polygon_layer(
    name: str, year: int, values: dict[str, float] | None = None, level: str = "gemeente", codes=None
) -> QgsVectorLayer:
    """Memory polygon layer (EPSG:28992) of the year's areas: code, name, province and, with values, 'value'."""
    fields = QgsFields()
    kinds = [("code", "string"), ("name", "string"), ("province", "string")]
    kinds += [("value", "double")] if values is not None else []
    for field_name, kind in kinds:
        fields.append(QgsField(field_name, field_type(kind)))
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", name, "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for code, area_name, province, wkb in _polygons(polygons_layer_name(year, level)):
        if codes is not None and code not in codes:
            continue
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        attributes = [code, area_name, province]
        if values is not None:
            value = values.get(str(code))
            attributes.append(float(value) if value is not None and np.isfinite(value) else None)
        feature.setAttributes(attributes)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def indicator_layer(values: dict[str, float], year: int, name: str, level: str = "gemeente") -> QgsVectorLayer:
    """Memory polygon layer of the year's areas with a numeric 'value' field (NULL where the area has no value)."""
    return polygon_layer(name, year, values, level)
