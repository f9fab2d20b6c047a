"""Reading a GeoPackage table's columns in bulk with GDAL (Arrow stream), for flow tables of 100k+ rows.

QGIS hands Python every value as a QVariant (~1 µs a value); GDAL's Arrow stream gives whole columns as numpy
arrays (~0.1 µs a value). Only a table QGIS would read unchanged qualifies: a GeoPackage layer of the OGR provider
without filter, selection, feature limit or unsaved edits, and fields of plain types that the file itself holds.
Anything else, or any GDAL failure, returns None and the caller reads through QGIS as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

import numpy as np
from qgis.core import Qgis, QgsFields, QgsProviderRegistry, QgsVectorLayer

try:
    from osgeo import gdal, ogr
except ImportError:  # QGIS without GDAL's Python bindings: QGIS reads every table
    gdal = ogr = None

# a field the file holds (not virtual, joined or edited in): Qgis.FieldOrigin from QGIS 3.38 on
_FROM_PROVIDER = Qgis.FieldOrigin.Provider if hasattr(Qgis, "FieldOrigin") else QgsFields.FieldOrigin.OriginProvider
# rows per Arrow batch (GDAL's default)
BATCH = 65_536


@dataclass(frozen=True)
class GeoPackageTable:
    """Where a layer's rows live: the file, the table and the fields GDAL may read for QGIS."""

    path: str
    table: str
    count: int
    fields: frozenset[str]


def geopackage_table(layer: QgsVectorLayer, selected: bool, limit: int) -> GeoPackageTable | None:
    """The GeoPackage table behind layer when GDAL's values equal what QGIS would read, else None."""
    if ogr is None or selected or limit not in (-1, None) or layer.providerType() != "ogr":
        return None
    if layer.dataProvider().storageType() != "GPKG" or layer.subsetString() or layer.isModified():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    table = parts.get("layerName") or ""
    if not table or parts.get("subset"):
        return None
    from .frames import field_type  # frames reads through this module

    kinds = {field_type(kind) for kind in ("string", "double", "int32", "int")}
    fields = layer.fields()
    plain = frozenset(
        field.name()
        for index, field in enumerate(fields)
        if fields.fieldOrigin(index) == _FROM_PROVIDER and field.type() in kinds
    )
    return GeoPackageTable(str(parts.get("path", "")), table, layer.featureCount(), plain)


def read_columns(
    table: GeoPackageTable, names: list[str], stop: Callable[[], bool] | None = None
) -> tuple[dict[str, list], list[int]] | None:
    """({name: values, None for NULL}, fids) of every row of the table, or None when GDAL cannot give them.

    stop() is asked between two batches; when it says yes the read ends with None (the caller then reads through
    QGIS, which stops at its first progress check).
    """
    if not set(names) <= table.fields:
        return None
    # GDAL errors (a file that went away, a locked or changed table) mean: read through QGIS, which says what
    # is wrong. Older GDAL returns None, newer raises RuntimeError (QGIS 3.40 turns exceptions on).
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    dataset = None
    try:
        dataset = gdal.OpenEx(table.path, gdal.OF_VECTOR | gdal.OF_READONLY)
        return None if dataset is None else _read_layer(dataset.GetLayerByName(table.table), table.count, names, stop)
    except RuntimeError:
        return None
    finally:
        dataset = None  # closes the file, after every Arrow batch was copied and released
        gdal.PopErrorHandler()


def _read_layer(layer, count: int, names: list[str], stop) -> tuple[dict[str, list], list[int]] | None:
    """The columns and fids of an open GDAL layer with count rows (None: a missing layer or field, another count)."""
    if layer is None or not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    definition = layer.GetLayerDefn()
    present = {definition.GetFieldDefn(k).GetName() for k in range(definition.GetFieldCount())}
    fid_name = layer.GetFIDColumn() or "fid"
    if not set(names) <= present | {fid_name}:
        return None
    layer.SetIgnoredFields([*sorted(present - set(names)), "OGR_GEOMETRY", "OGR_STYLE"])
    stream = layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={BATCH}"])
    batches = []
    # GDAL 3.6 can repeat empty batches without end (seen on an empty FlatGeobuf): stop at the first one
    for batch in islice(stream, count // BATCH + 2):
        if not _rows(batch):
            break
        if stop is not None and stop():
            return None
        batches.append(batch)
    if not batches or sum(map(_rows, batches)) != count:
        return None
    fids = np.concatenate([np.ma.getdata(b[fid_name]) for b in batches]).tolist()
    return {name: _values([b[name] for b in batches]) for name in names}, fids


def _rows(batch: dict) -> int:
    return len(next(iter(batch.values()))) if batch else 0


def _values(parts: list) -> list:
    """One column as Python values: text decoded from UTF-8 as QGIS does, masked (NULL) entries as None."""
    column = np.ma.concatenate(parts) if any(np.ma.isMaskedArray(p) for p in parts) else np.concatenate(parts)
    data = np.ma.getdata(column)
    values = [b.decode("utf-8", "replace") for b in data.tolist()] if data.dtype.kind == "S" else data.tolist()
    mask = np.ma.getmaskarray(column)
    if mask.any():
        for k in np.flatnonzero(mask).tolist():
            values[k] = None
    return values
