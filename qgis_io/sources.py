"""Open the HEMA layers (cities, zones, flows, provinces) from a GeoPackage, a folder or a PostGIS database."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import HemaInputError
from ..core.datamodel import TABLE_NAMES, pick_table
from ..core.flowio import decode, parse_numbers, read_cells
from ..i18n import tr
from .dataio import postgis_connection, postgres_layer
from .frames import fields_for_frame, python_value

RD_NEW = "EPSG:28992"


def gpkg_layer_names(path: Path) -> list[str]:
    """Names of the layers/tables in a GeoPackage."""
    details = QgsProviderRegistry.instance().providerMetadata("ogr").querySublayers(str(path))
    return [d.name() for d in details]


def check_geopackage(path: Path) -> None:
    """Refuse a file that is not a (readable) GeoPackage, naming it corrupt rather than 'without tables'."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise QgsProcessingException(
            tr("The GeoPackage {} cannot be read ({}); check the file's permissions.").format(path, exc.strerror)
        ) from exc
    size = path.stat().st_size
    if not header.startswith(b"SQLite format 3\x00") or size < 1024:
        raise QgsProcessingException(
            tr(
                "{} is not a GeoPackage or is corrupt (no SQLite header); choose a valid .gpkg file or restore it "
                "from a backup."
            ).format(path)
        )
    page = int.from_bytes(header[16:18], "big") or 65536
    # the in-header page count is valid only when 'version-valid-for' equals the change counter (SQLite file format)
    pages = int.from_bytes(header[28:32], "big") if header[92:96] == header[24:28] else 0
    if pages and size < page * pages:
        raise QgsProcessingException(
            tr(
                "The GeoPackage {} is corrupt: it is truncated ({} of {} bytes); restore it from a backup or "
                "download it again."
            ).format(path, size, page * pages)
        )
    if not gpkg_layer_names(path):
        raise QgsProcessingException(
            tr("The GeoPackage {} is corrupt or empty: GDAL finds no tables in it; restore it from a backup.").format(
                path
            )
        )


def from_geopackage(path: Path) -> dict[str, QgsVectorLayer | None]:
    """The HEMA layers in a GeoPackage, by kind (None where the GeoPackage has no such table)."""
    if not path.is_file():
        raise QgsProcessingException(tr("The GeoPackage {} does not exist; choose an existing file.").format(path))
    check_geopackage(path)
    names = gpkg_layer_names(path)
    layers: dict[str, QgsVectorLayer | None] = {}
    for kind in TABLE_NAMES:
        table = pick_table(kind, names)
        layers[kind] = QgsVectorLayer(f"{path}|layername={table}", table, "ogr") if table else None
    return layers


def _frame_layer(frame: pd.DataFrame, name: str) -> QgsVectorLayer:
    """A memory layer from a frame; x/y columns (EPSG:28992) become point geometries."""
    has_xy = {"x", "y"} <= set(frame.columns)
    uri = f"Point?crs={RD_NEW}" if has_xy else "None"
    layer = QgsVectorLayer(uri, name, "memory")
    provider = layer.dataProvider()
    attrs = frame.drop(columns=["x", "y"]) if has_xy else frame
    provider.addAttributes(fields_for_frame(attrs).toList())
    layer.updateFields()
    features = []
    columns = [attrs[c].to_numpy(dtype=object) for c in attrs.columns]
    for i in range(len(frame)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([python_value(col[i]) for col in columns])
        if has_xy:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(frame["x"].iat[i], frame["y"].iat[i])))
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def csv_layer(path: Path) -> QgsVectorLayer:
    """A CSV file (any delimiter, decimal comma, UTF-8/cp1252) as a memory layer; numeric columns as numbers."""
    try:
        cells = read_cells(decode(path.read_bytes()))
        if len(cells) < 2:
            raise HemaInputError(f"{path.name} has a header but no rows; add data or remove the file")
        frame = cells.iloc[1:].reset_index(drop=True)
        frame.columns = [str(c) for c in cells.iloc[0]]
        for column in frame.columns:
            if column in ("code", "origin", "destination", "name", "theme", "mode", "role"):
                continue
            try:
                frame[column] = parse_numbers(frame[column], column, nil_as_zero=False)
            except HemaInputError:
                pass  # a text column
        for column in ("year", "population", "pop_year"):
            if column in frame and frame[column].notna().all():
                frame[column] = frame[column].astype("int64")
    except HemaInputError as exc:
        raise QgsProcessingException(tr("{}: {}").format(path.name, exc)) from exc
    return _frame_layer(frame, path.stem)


def from_folder(folder: Path) -> dict[str, QgsVectorLayer | None]:
    """The HEMA layers in a folder of <name>.gpkg / <name>.csv files, by kind."""
    if not folder.is_dir():
        raise QgsProcessingException(tr("The folder {} does not exist; choose an existing folder.").format(folder))
    files = {p.stem: p for p in sorted(folder.iterdir()) if p.suffix.lower() in (".gpkg", ".csv")}
    layers: dict[str, QgsVectorLayer | None] = {}
    for kind in TABLE_NAMES:
        stem = pick_table(kind, files)
        if stem is None:
            layers[kind] = None
        elif files[stem].suffix.lower() == ".csv":
            layers[kind] = csv_layer(files[stem])
        else:
            inner = gpkg_layer_names(files[stem])
            table = pick_table(kind, inner) or (inner[0] if inner else stem)
            layers[kind] = QgsVectorLayer(f"{files[stem]}|layername={table}", stem, "ogr")
    return layers


def from_postgis(database: str, schema: str) -> dict[str, QgsVectorLayer | None]:
    """The HEMA tables in a PostGIS schema, by kind."""
    connection, uri = postgis_connection(database, schema)
    tables = {t.tableName(): t for t in connection.tables(schema)}
    layers: dict[str, QgsVectorLayer | None] = {}
    for kind in TABLE_NAMES:
        table = pick_table(kind, tables)
        if table is None:
            layers[kind] = None
            continue
        layers[kind] = postgres_layer(uri, schema, table, tables[table].geometryColumn(), table)
    return layers


def is_geometry_layer(layer: QgsVectorLayer) -> bool:
    """True when the layer has geometries."""
    return layer.wkbType() not in (QgsWkbTypes.Type.NoGeometry, QgsWkbTypes.Type.Unknown)


def target_crs() -> QgsCoordinateReferenceSystem:
    """The plugin's working CRS, EPSG:28992 (Amersfoort / RD New)."""
    return QgsCoordinateReferenceSystem(RD_NEW)
