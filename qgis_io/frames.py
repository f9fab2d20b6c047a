"""Layer <-> DataFrame conversion for the algorithms: field types, reading sources, writing sinks."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..i18n import tr

# Qgis.GeometryType from QGIS 3.30 on; QgsWkbTypes.GeometryType on 3.22 (the only place that tells them apart)
if hasattr(Qgis, "GeometryType"):
    POINT_GEOMETRY, LINE_GEOMETRY, POLYGON_GEOMETRY = (
        Qgis.GeometryType.Point,
        Qgis.GeometryType.Line,
        Qgis.GeometryType.Polygon,
    )
else:
    POINT_GEOMETRY, LINE_GEOMETRY, POLYGON_GEOMETRY = (
        QgsWkbTypes.GeometryType.PointGeometry,
        QgsWkbTypes.GeometryType.LineGeometry,
        QgsWkbTypes.GeometryType.PolygonGeometry,
    )

# the scoped QGIS 3.22 flag, or the Qgis.* enum that replaces it in later versions
NO_THREADING = (
    Qgis.ProcessingAlgorithmFlag.NoThreading
    if hasattr(Qgis, "ProcessingAlgorithmFlag")
    else QgsProcessingAlgorithm.Flag.FlagNoThreading
)

# write_frame checks for cancel after about this many attribute values (~0.2 s), whatever the table's width.
CANCEL_VALUES = 200_000


def field_type(kind: str):
    """QgsField type for 'double', 'int' (64-bit), 'int32', 'string' or 'bool' that works on QGIS 3.22 and 4.x."""
    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        mapping = {
            "double": QMetaType.Type.Double,
            "int": QMetaType.Type.LongLong,
            "int32": QMetaType.Type.Int,
            "string": QMetaType.Type.QString,
            "bool": QMetaType.Type.Bool,
        }
    else:
        mapping = {
            "double": QVariant.Type.Double,
            "int": QVariant.Type.LongLong,
            "int32": QVariant.Type.Int,
            "string": QVariant.Type.String,
            "bool": QVariant.Type.Bool,
        }
    return mapping[kind]


def fields_for_frame(frame: pd.DataFrame) -> QgsFields:
    """QgsFields matching a DataFrame's columns and dtypes."""
    fields = QgsFields()
    for name, dtype in frame.dtypes.items():
        if pd.api.types.is_bool_dtype(dtype):
            kind = "bool"
        elif pd.api.types.is_integer_dtype(dtype):
            kind = "int"
        elif pd.api.types.is_float_dtype(dtype):
            kind = "double"
        else:
            kind = "string"
        fields.append(QgsField(str(name), field_type(kind)))
    return fields


def python_value(value: Any) -> Any:
    """A numpy/pandas scalar as a plain Python value for a QgsFeature attribute (NaN/NA -> None)."""
    if value is None:
        return None
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if value is pd.NA or value is pd.NaT:
        return None
    return str(value)


def _column_values(column: pd.Series) -> list[Any]:
    """Python values of a column for QgsFeature attributes (NaN/NA -> None), converted column-wise for speed."""
    dtype = column.dtype
    if pd.api.types.is_bool_dtype(dtype) and not column.hasnans:
        return column.to_numpy(dtype=bool).tolist()
    if pd.api.types.is_integer_dtype(dtype) and not column.hasnans:
        return column.to_numpy(dtype=np.int64).tolist()
    if pd.api.types.is_float_dtype(dtype):
        arr = column.to_numpy(dtype=float)
        values = arr.tolist()
        for k in np.flatnonzero(~np.isfinite(arr)).tolist():
            values[k] = None
        return values
    return [v if type(v) is str else python_value(v) for v in column.to_numpy(dtype=object)]


def canceled() -> QgsProcessingException:
    """The exception that stops a canceled run."""
    return QgsProcessingException(tr("Canceled."))


def require_fields(source, names: Iterable[str], what: str) -> None:
    """Refuse a layer that lacks one of the named fields."""
    present = set(source.fields().names())
    for name in names:
        if name and name not in present:
            raise QgsProcessingException(
                tr("{} has no field '{}'. Available fields: {}. Choose the right field in the parameters.").format(
                    what, name, ", ".join(sorted(present)) or "-"
                )
            )


def read_frame(
    source,
    fields: Sequence[str],
    what: str,
    feedback: QgsProcessingFeedback | None = None,
    *,
    numeric: Sequence[str] = (),
    points: bool = False,
    crs: QgsCoordinateReferenceSystem | None = None,
    context: QgsProcessingContext | None = None,
    geometries: list[QgsGeometry] | None = None,
) -> pd.DataFrame:
    """Read named fields of a source into a DataFrame; with points=True add x, y of a representative point.

    Numeric fields are checked: NULL/NaN or text values raise an error naming the feature and field.
    Geometries are transformed to crs when given (requires context) and must be valid and non-empty.
    With points=True and a geometries list, each feature's (transformed) geometry is appended to it.
    """
    require_fields(source, fields, what)
    names = list(fields)
    idx = [source.fields().lookupField(n) for n in names]
    request = QgsFeatureRequest()
    if not points:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(idx)
    transform = _transform(source, crs, context) if points else None
    rows: list[list[Any]] = []
    xs: list[float] = []
    ys: list[float] = []
    fids: list[int] = []
    total = source.featureCount() or 0
    step = 100.0 / total if total else 0.0
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and n % 1000 == 0:
            _progress(feedback, n * step)
        attrs = feature.attributes()
        # Null test inlined (type identity first): this loop runs once per feature and field.
        rows.append([None if type(a) is QVariant and a.isNull() else a for a in (attrs[i] for i in idx)])
        fids.append(feature.id())
        if points:
            _add_point(feature, what, transform, xs, ys, geometries)
    frame = pd.DataFrame(rows, columns=names)
    frame.index = pd.Index(fids, name="fid")
    for name in numeric:
        frame[name] = numeric_column(frame, name, what)
    if points:
        frame["x"] = np.asarray(xs, dtype=float)
        frame["y"] = np.asarray(ys, dtype=float)
    return frame


def _transform(source, crs: QgsCoordinateReferenceSystem | None, context: QgsProcessingContext | None):
    """The transform from the source's CRS to crs, None when not needed (no crs or context, or the same CRS)."""
    if crs is None or context is None or source.sourceCrs() == crs:
        return None
    return QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())


def _progress(feedback: QgsProcessingFeedback, percent: float) -> None:
    """Stop with 'Canceled.' when the user canceled, else report progress."""
    if feedback.isCanceled():
        raise canceled()
    feedback.setProgress(percent)


def _add_point(feature: QgsFeature, what: str, transform, xs: list, ys: list, geometries: list | None) -> None:
    """Append the feature's representative point to xs, ys and its (transformed) geometry to geometries."""
    x, y = _representative_point(feature, what, transform)
    xs.append(x)
    ys.append(y)
    if geometries is not None:
        geom = QgsGeometry(feature.geometry())
        if transform is not None:
            geom.transform(transform)
        geometries.append(geom)


def _representative_point(feature: QgsFeature, what: str, transform) -> tuple[float, float]:
    geom = feature.geometry()
    if geom is None or geom.isNull() or geom.isEmpty():
        raise QgsProcessingException(
            tr("{}: feature {} has no geometry; remove it or give it one.").format(what, feature.id())
        )
    if not geom.isGeosValid():
        raise QgsProcessingException(
            tr("{}: feature {} has an invalid geometry; run 'Fix geometries' first.").format(what, feature.id())
        )
    if geom.type() == POINT_GEOMETRY:
        point = geom.centroid() if geom.isMultipart() else geom
    else:
        point = geom.pointOnSurface()
    point = QgsGeometry(point)
    if transform is not None:
        point.transform(transform)
    p = point.asPoint()
    return p.x(), p.y()


def numeric_column(frame: pd.DataFrame, name: str, what: str) -> pd.Series:
    """Column name as floats, or an error naming the first feature whose value is empty or not a number."""
    values = pd.to_numeric(frame[name], errors="coerce")
    bad = values.isna() | ~np.isfinite(values.to_numpy(dtype=float, na_value=np.nan))
    if bad.any():
        fid = frame.index[bad.to_numpy()][0]
        raise QgsProcessingException(
            tr("{}: field '{}' of feature {} is empty or not a number ({!r}); fill in a number.").format(
                what, name, fid, frame.loc[fid, name]
            )
        )
    return values.astype(float)


def write_frame(
    sink: QgsFeatureSink,
    frame: pd.DataFrame,
    geometries: Sequence[QgsGeometry | None] | None = None,
    feedback: QgsProcessingFeedback | None = None,
) -> None:
    """Write DataFrame rows (and optional geometries in row order) to a sink with matching fields."""
    total = len(frame)
    columns = _columns(frame, feedback)
    if geometries is not None and len(geometries) < total:
        raise ValueError(f"write_frame: {len(geometries)} geometries for {total} rows")
    # Blocks of about CANCEL_VALUES values: cancel is as responsive for 200 fields as for 5.
    block = max(100, CANCEL_VALUES // (len(columns) + 1))
    # One QgsFeature reused for all rows, one addFeature call each: the sink stores an (implicitly shared)
    # copy, and this is ~3x faster than building a Python QgsFeature object per row for addFeatures.
    feature = QgsFeature()
    for start in range(0, total, block):
        stop = min(start + block, total)
        rows = map(list, zip(*(c[start:stop] for c in columns))) if columns else ([] for _ in range(start, stop))
        _add_rows(sink, feature, rows, None if geometries is None else geometries[start:stop])
        if feedback is not None:
            _progress(feedback, 100.0 * stop / total)


def _columns(frame: pd.DataFrame, feedback: QgsProcessingFeedback | None) -> list:
    """The frame's columns as lists of QGIS-ready values, checking for cancel every CANCEL_VALUES values."""
    columns = []
    converted = 0
    for name in frame.columns:
        columns.append(_column_values(frame[name]))
        converted += len(frame)
        if converted >= CANCEL_VALUES and feedback is not None:
            converted = 0
            if feedback.isCanceled():
                raise canceled()
    return columns


def _add_rows(sink: QgsFeatureSink, feature: QgsFeature, rows, geometries) -> None:
    """Add each row (with its geometry, when given) to the sink through the one reused feature."""
    set_attributes, set_geometry, add = feature.setAttributes, feature.setGeometry, sink.addFeature
    fast = QgsFeatureSink.Flag.FastInsert
    if geometries is None:
        for row in rows:
            set_attributes(row)
            if not add(feature, fast):
                _write_error(sink)
        return
    empty = QgsGeometry()
    for row, geometry in zip(rows, geometries):
        set_attributes(row)
        set_geometry(empty if geometry is None else geometry)
        if not add(feature, fast):
            _write_error(sink)


def _write_error(sink: QgsFeatureSink) -> None:
    raise QgsProcessingException(tr("Could not write to the output: {}").format(sink.lastError()))
