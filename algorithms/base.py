"""Shared base of every HEMA Steden algorithm: parameters with help, layer <-> frame conversion, errors, styling."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProperty,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..core import HemaCanceled, HemaInputError
from ..core.fmt import LANGUAGES
from ..i18n import text_language, tr
from ..paths import ICON, help_page
from ..qgis_io import frames, outputs
from ..qgis_io.frames import NO_THREADING, field_type, fields_for_frame
from ..qgis_io.snapshot import freeze_sources, frozen_feature_source
from ..styling.postprocess import LayerStyler, qml_styler

__all__ = ["DEFAULT_FIELD", "GROUPS", "HemaAlgorithm", "LayerStyler", "field_type", "qml_styler", "tr"]

# Metadata key of field parameters that are required in substance but optional for QGIS (see _allow_omitted_field).
DEFAULT_FIELD = "hema_default_field"
GROUPS = {
    "data": "Data",
    "catchments": "Catchment areas",
    "network": "Network links",
    "layout": "Layouts and atlas",
}


class HemaAlgorithm(QgsProcessingAlgorithm):
    """Base for HEMA algorithms: subclasses set GROUP_ID and define NAME, display name, help and parameters."""

    GROUP_ID = "data"
    # True for algorithms that touch project layers or print layouts: those must run on the main thread, as
    # QGIS's own layout export and set-style algorithms do.
    NO_THREADING = False

    def __init__(self):
        super().__init__()
        # Inputs frozen by prepareAlgorithm for this run only (Processing runs a fresh instance per run, as for
        # QGIS's own prepared algorithms); emptied again by postProcessAlgorithm. See qgis_io/snapshot.py.
        self._prepared: dict = {}

    def __init_subclass__(cls, **kwargs):
        # Every processAlgorithm starts with the output checks (existing outputs, writable folders), before any
        # work and on the same path as its other errors (raised, not only logged as prepareAlgorithm's are).
        super().__init_subclass__(**kwargs)
        inner = cls.__dict__.get("processAlgorithm")
        if inner is not None and not getattr(inner, "checks_outputs", False):

            @functools.wraps(inner)
            def processAlgorithm(self, parameters, context, feedback):
                self.check_outputs(parameters, context)
                return inner(self, parameters, context, feedback)

            processAlgorithm.checks_outputs = True
            cls.processAlgorithm = processAlgorithm

    def tr(self, text: str) -> str:
        return tr(text)

    # -- run life cycle -------------------------------------------------------------------------------------
    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        # Main thread in QgsProcessingAlgRunnerTask: copy every input layer before the worker thread starts, so
        # the run never touches a project layer that the user may remove (or a project that may be cleared).
        self._prepared.clear()
        self._prepared.update(freeze_sources(self, parameters, context))
        return True

    # -- outputs (qgis_io/outputs.py: one policy for every written file) ----------------------------------
    def add_overwrite(self) -> None:
        """Advanced OVERWRITE switch: without it an existing output file or GeoPackage table is never replaced."""
        self.add(
            QgsProcessingParameterBoolean("OVERWRITE", self.tr("Overwrite existing output"), False, optional=True),
            self.tr(
                "Ticked: replace an existing output file or GeoPackage table. Unticked: refuse (a new table is "
                "still added to an existing GeoPackage, leaving its other tables as they are)."
            ),
            advanced=True,
        )

    def overwrite(self, parameters: dict, context: QgsProcessingContext) -> bool:
        """The OVERWRITE switch (False for algorithms without one)."""
        return self.parameterDefinition("OVERWRITE") is not None and self.parameterAsBool(
            parameters, "OVERWRITE", context
        )

    def output_path(self, parameters: dict, name: str, context: QgsProcessingContext) -> str:
        """Destination string of output parameter name ('' when not given)."""
        definition = self.parameterDefinition(name)
        if parameters.get(name) in (None, ""):
            return ""
        if isinstance(definition, QgsProcessingParameterFileDestination):
            return self.parameterAsFileOutput(parameters, name, context)
        if definition.type() in ("sink", "vectorDestination"):
            return self.parameterAsOutputLayer(parameters, name, context) or ""
        return ""

    def check_outputs(self, parameters: dict, context: QgsProcessingContext) -> None:
        """Before any work: refuse existing outputs without OVERWRITE and outputs whose folder is not writable."""
        overwrite = self.overwrite(parameters, context)
        for definition in self.destinationParameterDefinitions():
            outputs.check_output(self.output_path(parameters, definition.name(), context), overwrite)

    def postProcessAlgorithm(self, context, feedback) -> dict:
        self._prepared.clear()
        return {}

    def createInstance(self):
        return type(self)()

    def group(self) -> str:
        return self.tr(GROUPS[self.GROUP_ID])

    def groupId(self) -> str:
        return self.GROUP_ID

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def helpUrl(self) -> str:
        """The algorithm's HTML help page shipped with the plugin, in the interface language."""
        page = help_page(self.name(), text_language())
        return QUrl.fromLocalFile(str(page)).toString() if page.exists() else ""

    def flags(self):
        flags = super().flags()
        return flags | NO_THREADING if self.NO_THREADING else flags

    # -- parameters -----------------------------------------------------------------------------------------
    def add(self, param: QgsProcessingParameterDefinition, help_text: str, advanced: bool = False):
        """Add a parameter with its help text; advanced ones are folded away in the dialog."""
        param.setHelp(help_text)
        if isinstance(param, QgsProcessingParameterField):
            self._allow_omitted_field(param)
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
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
        if param.defaultValue() and not param.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagOptional)
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
        """Feature source of parameter name (the copy frozen at the start of the run, if any), or a clear error."""
        if name in self._prepared:
            return frozen_feature_source(self._prepared[name], context)
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def has_source(self, parameters: dict, name: str, context: QgsProcessingContext) -> bool:
        """True when the (optional) feature-source parameter name is given and readable."""
        return name in self._prepared or self.parameterAsSource(parameters, name, context) is not None

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

    require_fields = staticmethod(frames.require_fields)

    def require_features(self, source, what: str) -> None:
        """Refuse an empty layer."""
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("{} is empty; it needs at least one feature.").format(what))

    # -- layers <-> frames (qgis_io/frames.py) -------------------------------------------------------------
    read_frame = staticmethod(frames.read_frame)

    @staticmethod
    def write_frame(sink, frame, geometries=None, feedback=None) -> None:
        """Write a frame to a sink; a file output (AtomicSink) is then verified and moved over its target."""
        try:
            frames.write_frame(sink, frame, geometries, feedback)
            if isinstance(sink, outputs.AtomicSink):
                sink.finish(len(frame))
        except BaseException:
            if isinstance(sink, outputs.AtomicSink):
                sink.abort()
            raise

    def sink_for_frame(self, parameters, name, context, frame, wkb_type, crs):
        """Create the sink of output parameter name with fields matching frame; returns (sink, dest_id).

        A file output is written to a temporary file beside its target (outputs.AtomicSink): write_frame
        verifies it and only then replaces the target.
        """
        return self.open_sink(parameters, name, context, fields_for_frame(frame), wkb_type, crs)

    def open_sink(self, parameters, name, context, fields, wkb_type, crs):
        """The sink of output parameter name; a file output is an outputs.AtomicSink (finish it with finish_sink).

        Returns (sink, dest_id); (None, dest) when Processing gives no sink (an optional output not wanted).
        """
        dest = self.output_path(parameters, name, context)
        if not outputs.is_file_destination(dest):
            sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
            if sink is None and parameters.get(name) not in (None, ""):
                raise QgsProcessingException(self.invalidSinkError(parameters, name))
            return sink, dest_id
        outputs.check_output(dest, self.overwrite(parameters, context))
        temp_dest, temp, target, table = outputs.temporary_destination(dest)
        value = parameters[name]
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = QgsProcessingOutputLayerDefinition(value)
            value.sink = QgsProperty.fromValue(temp_dest)
        else:
            value = temp_dest
        try:
            sink, temp_id = self.parameterAsSink({**parameters, name: value}, name, context, fields, wkb_type, crs)
        except QgsProcessingException as exc:
            error = outputs.write_error(target, exc)  # before removing the partial file: it tells a full disk
            outputs.remove(temp)
            raise error from exc
        if sink is None:
            outputs.remove(temp)
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        target_id = temp_id.replace(str(temp), str(target)) if table else dest
        return outputs.AtomicSink(sink, temp_id, target_id, temp, target, table, context), target_id

    @staticmethod
    def finish_sink(sink, expected: int) -> None:
        """Close a sink from open_sink: a file output is verified (expected features) and moved over its target."""
        if isinstance(sink, outputs.AtomicSink):
            sink.finish(expected)

    @staticmethod
    def check_canceled(feedback: QgsProcessingFeedback | None) -> None:
        """Stop with 'Canceled.' when the user canceled: call it between long steps."""
        if feedback is not None and feedback.isCanceled():
            raise frames.canceled()

    # -- core calls -----------------------------------------------------------------------------------------
    @staticmethod
    def run_core(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a pure core function, turning its HemaInputError (or HemaCanceled) into a QgsProcessingException."""
        try:
            return func(*args, **kwargs)
        except HemaInputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        except HemaCanceled as exc:
            raise frames.canceled() from exc
