"""Shared base of every HEMA Steden algorithm: parameters with help, layer <-> frame conversion, errors, styling."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core import HemaInputError
from ..core.fmt import LANGUAGES
from ..paths import ICON, style_path

# Metadata key of field parameters that are required in substance but optional for QGIS (see _allow_omitted_field).
DEFAULT_FIELD = "hema_default_field"

POINT_GEOMETRY = Qgis.GeometryType.Point if hasattr(Qgis, "GeometryType") else QgsWkbTypes.PointGeometry

GROUPS = {
    "data": "Data",
    "catchments": "Catchment areas",
    "network": "Network links",
    "layout": "Layouts and atlas",
}


def tr(text: str) -> str:
    """Translate a user-visible string in the plugin's translation context."""
    return QCoreApplication.translate("HemaSteden", text)


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, QVariant) and value.isNull())


def field_type(kind: str):
    """QgsField type for 'double', 'int', 'string' or 'bool' that works on QGIS 3.22 and 4.x."""
    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        mapping = {
            "double": QMetaType.Type.Double,
            "int": QMetaType.Type.LongLong,
            "string": QMetaType.Type.QString,
            "bool": QMetaType.Type.Bool,
        }
    else:
        mapping = {
            "double": QVariant.Double,
            "int": QVariant.LongLong,
            "string": QVariant.String,
            "bool": QVariant.Bool,
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


def _python_value(value: Any) -> Any:
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
    return [v if type(v) is str else _python_value(v) for v in column.to_numpy(dtype=object)]


class LayerStyler(QgsProcessingLayerPostProcessorInterface):
    """Layer post-processor that applies a styling function once Processing has loaded an output."""

    # Processing holds only a raw pointer to post-processors, so Python must keep them alive.
    _alive: list[LayerStyler] = []

    def __init__(self, styler: Callable[[QgsVectorLayer], None]):
        super().__init__()
        self._styler = styler

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802, D102
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            self._styler(layer)
            layer.triggerRepaint()

    @classmethod
    def attach(cls, context: QgsProcessingContext, dest_id: str, styler: Callable[[QgsVectorLayer], None]) -> None:
        """Style output dest_id with styler when Processing loads it into the project."""
        if dest_id and context.willLoadLayerOnCompletion(dest_id):
            processor = cls(styler)
            cls._alive.append(processor)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def qml_styler(name: str) -> Callable[[QgsVectorLayer], None]:
    """Styling function that loads resources/styles/<name>.qml."""
    path = str(style_path(name))

    def _apply(layer: QgsVectorLayer) -> None:
        layer.loadNamedStyle(path)

    return _apply


class HemaAlgorithm(QgsProcessingAlgorithm):
    """Base for HEMA algorithms: subclasses set GROUP_ID and define NAME, display name, help and parameters."""

    GROUP_ID = "data"

    def tr(self, text: str) -> str:  # noqa: D102
        return tr(text)

    def createInstance(self):  # noqa: N802, D102
        return type(self)()

    def group(self) -> str:  # noqa: D102
        return self.tr(GROUPS[self.GROUP_ID])

    def groupId(self) -> str:  # noqa: N802, D102
        return self.GROUP_ID

    def icon(self) -> QIcon:  # noqa: D102
        return QIcon(str(ICON))

    # -- parameters -----------------------------------------------------------------------------------------
    def add(self, param: QgsProcessingParameterDefinition, help_text: str, advanced: bool = False):
        """Add a parameter with its help text; advanced ones are folded away in the dialog."""
        param.setHelp(help_text)
        if isinstance(param, QgsProcessingParameterField):
            self._allow_omitted_field(param)
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(param)
        return param

    def add_language(self, label: str, help_text: str, advanced: bool = False):
        """Parameter LANGUAGE for map text and legends: Nederlands (default) or English; read it with language()."""
        options = ["Nederlands", "English"]
        return self.add(QgsProcessingParameterEnum("LANGUAGE", label, options, defaultValue=0), help_text, advanced)

    def language(self, parameters: dict, context: QgsProcessingContext) -> str:
        """The chosen map text language code, 'nl' or 'en'."""
        return LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]

    @staticmethod
    def _allow_omitted_field(param: QgsProcessingParameterField) -> None:
        # QGIS 3.22's field parameter rejects an omitted value despite its default (processing.run, qgis_process,
        # modeler validation); a required field with a default is therefore marked optional and field_name()
        # resolves an empty value to the default.
        if param.defaultValue() and not param.flags() & QgsProcessingParameterDefinition.FlagOptional:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagOptional)
            param.setMetadata({**param.metadata(), DEFAULT_FIELD: True})

    def field_name(
        self, parameters: dict, name: str, context: QgsProcessingContext, source=None, what: str = ""
    ) -> str:
        """Field chosen for field parameter name; omitted (or empty, when required) gives its default.

        With a source (layer), a field it lacks is refused with a message naming what (default: the layer
        parameter's label) and the available fields.
        """
        value = self.parameterAsString(parameters, name, context)
        definition = self.parameterDefinition(name)
        if not value and definition is not None and definition.metadata().get(DEFAULT_FIELD):
            value = str(definition.defaultValue())
        if value and source is not None:
            parent = self.parameterDefinition(definition.parentLayerParameterName())
            self.require_fields(source, [value], what or (parent.description() if parent else name))
        return value

    # -- input checks ---------------------------------------------------------------------------------------
    def source(self, parameters: dict, name: str, context: QgsProcessingContext) -> QgsProcessingFeatureSource:
        """Feature source of parameter name, or a clear error."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def require_projected(self, crs: QgsCoordinateReferenceSystem, what: str) -> None:
        """Refuse a geographic or missing CRS for distance work."""
        if not crs.isValid():
            raise QgsProcessingException(
                self.tr("{} has no coordinate reference system; assign one (e.g. EPSG:28992) first.").format(what)
            )
        if crs.isGeographic():
            raise QgsProcessingException(
                self.tr(
                    "{} is in a geographic CRS ({}); distances need a projected CRS. "
                    "Reproject it to EPSG:28992 (Amersfoort / RD New) first."
                ).format(what, crs.authid())
            )

    def require_fields(self, source, names: Iterable[str], what: str) -> None:
        """Refuse a layer that lacks one of the named fields."""
        present = set(source.fields().names())
        for name in names:
            if name and name not in present:
                raise QgsProcessingException(
                    self.tr(
                        "{} has no field '{}'. Available fields: {}. Choose the right field in the parameters."
                    ).format(what, name, ", ".join(sorted(present)) or "-")
                )

    def require_features(self, source, what: str) -> None:
        """Refuse an empty layer."""
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("{} is empty; it needs at least one feature.").format(what))

    # -- layers -> frames -----------------------------------------------------------------------------------
    def read_frame(
        self,
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
        self.require_fields(source, fields, what)
        names = list(fields)
        idx = [source.fields().lookupField(n) for n in names]
        request = QgsFeatureRequest()
        if not points:
            request.setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(idx)
        transform = None
        if points and crs is not None and context is not None and source.sourceCrs() != crs:
            from qgis.core import QgsCoordinateTransform

            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        rows: list[list[Any]] = []
        xs: list[float] = []
        ys: list[float] = []
        fids: list[int] = []
        total = source.featureCount() or 0
        step = 100.0 / total if total else 0.0
        for n, feature in enumerate(source.getFeatures(request)):
            if feedback is not None and n % 1000 == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Canceled."))
                feedback.setProgress(n * step)
            attrs = feature.attributes()
            # Inlined _is_null() (type identity first): this loop runs once per feature and field.
            rows.append([None if type(a) is QVariant and a.isNull() else a for a in (attrs[i] for i in idx)])
            fids.append(feature.id())
            if points:
                x, y = self._representative_point(feature, what, transform)
                xs.append(x)
                ys.append(y)
                if geometries is not None:
                    geom = QgsGeometry(feature.geometry())
                    if transform is not None:
                        geom.transform(transform)
                    geometries.append(geom)
        frame = pd.DataFrame(rows, columns=names)
        frame.index = pd.Index(fids, name="fid")
        for name in numeric:
            frame[name] = self._numeric_column(frame, name, what)
        if points:
            frame["x"] = np.asarray(xs, dtype=float)
            frame["y"] = np.asarray(ys, dtype=float)
        return frame

    def _representative_point(self, feature: QgsFeature, what: str, transform) -> tuple[float, float]:
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            raise QgsProcessingException(
                self.tr("{}: feature {} has no geometry; remove it or give it one.").format(what, feature.id())
            )
        if not geom.isGeosValid():
            raise QgsProcessingException(
                self.tr("{}: feature {} has an invalid geometry; run 'Fix geometries' first.").format(
                    what, feature.id()
                )
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

    def _numeric_column(self, frame: pd.DataFrame, name: str, what: str) -> pd.Series:
        values = pd.to_numeric(frame[name], errors="coerce")
        bad = values.isna() | ~np.isfinite(values.to_numpy(dtype=float, na_value=np.nan))
        if bad.any():
            fid = frame.index[bad.to_numpy()][0]
            raise QgsProcessingException(
                self.tr("{}: field '{}' of feature {} is empty or not a number ({!r}); fill in a number.").format(
                    what, name, fid, frame.loc[fid, name]
                )
            )
        return values.astype(float)

    # -- frames -> sinks ------------------------------------------------------------------------------------
    def write_frame(
        self,
        sink: QgsFeatureSink,
        frame: pd.DataFrame,
        geometries: Sequence[QgsGeometry | None] | None = None,
        feedback: QgsProcessingFeedback | None = None,
    ) -> None:
        """Write DataFrame rows (and optional geometries in row order) to a sink with matching fields."""
        columns = [_column_values(frame[c]) for c in frame.columns]
        total = len(frame)
        if geometries is not None and len(geometries) < total:
            raise ValueError(f"write_frame: {len(geometries)} geometries for {total} rows")
        # One QgsFeature reused for all rows, one addFeature call each: the sink stores an (implicitly shared)
        # copy, and this is ~3x faster than building a Python QgsFeature object per row for addFeatures.
        feature = QgsFeature()
        set_attributes, set_geometry, add = feature.setAttributes, feature.setGeometry, sink.addFeature
        fast = QgsFeatureSink.FastInsert
        empty = QgsGeometry()
        for start in range(0, total, 5000):
            stop = min(start + 5000, total)
            rows = map(list, zip(*(c[start:stop] for c in columns))) if columns else ([] for _ in range(start, stop))
            if geometries is None:
                for row in rows:
                    set_attributes(row)
                    if not add(feature, fast):
                        self._write_error(sink)
            else:
                for row, geometry in zip(rows, geometries[start:stop]):
                    set_attributes(row)
                    set_geometry(empty if geometry is None else geometry)
                    if not add(feature, fast):
                        self._write_error(sink)
            if feedback is not None:
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Canceled."))
                feedback.setProgress(100.0 * stop / total)

    def _write_error(self, sink: QgsFeatureSink) -> None:
        raise QgsProcessingException(self.tr("Could not write to the output: {}").format(sink.lastError()))

    def sink_for_frame(self, parameters, name, context, frame, wkb_type, crs):
        """Create the sink of output parameter name with fields matching frame; returns (sink, dest_id)."""
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields_for_frame(frame), wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest_id

    # -- core calls -----------------------------------------------------------------------------------------
    @staticmethod
    def run_core(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a pure core function, turning its HemaInputError into a QgsProcessingException."""
        try:
            return func(*args, **kwargs)
        except HemaInputError as exc:
            raise QgsProcessingException(str(exc)) from exc
