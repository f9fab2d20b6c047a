"""Shared base of every HEMA Steden algorithm: parameters with help, layer <-> frame conversion, errors, styling."""

from __future__ import annotations

import math
import traceback
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMessageLog,
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
    QgsProcessingParameterNumber,
    QgsProperty,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..core import HemaCanceled, HemaInputError
from ..core.fmt import LANGUAGES
from ..core.redact import redact
from ..core.vocabulary import ALPHA, BETA, YEAR
from ..i18n import text_language, tr
from ..paths import ICON, help_page
from ..qgis_io import frames, outputs
from ..qgis_io.frames import NO_THREADING, field_type, fields_for_frame
from ..qgis_io.snapshot import freeze_sources, frozen_feature_source
from ..qgis_io.sources import check_geopackage
from ..styling.postprocess import LayerStyler, qml_styler

__all__ = ["DEFAULT_FIELD", "GROUPS", "HemaAlgorithm", "LayerStyler", "field_type", "qml_styler", "tr"]

# Metadata key of field parameters that are required in substance but optional for QGIS (see _allow_omitted_field).
DEFAULT_FIELD = "hema_default_field"
GROUPS = {
    "data": "Data",
    "catchments": "Catchment areas",
    "network": "Network links",
    "change": "Change and scenarios",
    "layout": "Layouts and atlas",
}
LOG_TAG = "HEMA Steden"


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

    def add_year(self, help_text: str, advanced: bool = False):
        """The optional whole-number YEAR filter (1900–2100) of the parameter vocabulary."""
        integer = QgsProcessingParameterNumber.Type.Integer
        year = QgsProcessingParameterNumber(YEAR, self.tr("Year"), integer, optional=True, minValue=1900, maxValue=2100)
        return self.add(year, help_text, advanced)

    def add_alpha_beta(self, help_text: str, maximum: float | None = 10.0, advanced: bool = False) -> None:
        """The optional Huff parameters ALPHA and BETA (0 to maximum; None: no upper bound)."""
        for name, label in ((ALPHA, self.tr("α (attractiveness exponent)")), (BETA, self.tr("β (distance decay)"))):
            bounds = {"minValue": 0} if maximum is None else {"minValue": 0, "maxValue": maximum}
            number = QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Type.Double, optional=True, **bounds
            )
            self.add(number, help_text, advanced)

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
            source = frozen_feature_source(self._prepared[name], context)
        else:
            source = self.parameterAsSource(parameters, name, context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
        definition = self.parameterDefinition(name)
        self.check_crs_plausible(source, definition.description() if definition else name, context)
        return source

    def check_crs_plausible(self, source, what: str, context: QgsProcessingContext) -> None:
        """Refuse a layer whose coordinates lie far outside the area of use of its declared CRS."""
        crs = source.sourceCrs()
        extent = source.sourceExtent()
        if not crs.isValid() or extent.isNull() or not all(map(math.isfinite, extent.toRectF().getCoords())):
            return
        if crs.isGeographic():
            fits = QgsRectangle(-180.5, -90.5, 180.5, 90.5).contains(extent)
        else:
            bounds = crs.bounds()
            if bounds.isEmpty():
                return
            try:
                area = QgsCoordinateTransform(
                    QgsCoordinateReferenceSystem("EPSG:4326"), crs, context.transformContext()
                ).transformBoundingBox(bounds)
            except QgsCsException:
                return
            margin = max(area.width(), area.height())
            fits = area.buffered(margin).contains(extent)
        if not fits:
            raise QgsProcessingException(
                self.tr(
                    "{}: its coordinates ({}) lie far outside the area of use of its CRS {} ({}). The declared "
                    "CRS does not fit the coordinates: set the layer's real CRS (Layer Properties > Source) or "
                    "reproject it."
                ).format(what, extent.toString(0), crs.authid() or crs.description(), crs.description())
            )

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

    # -- the one run path: validation, errors and cancel ----------------------------------------------------
    def process(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """The algorithm body; errors and cancel are translated by processAlgorithm."""
        raise NotImplementedError

    def run_checked(self, parameters, context, feedback) -> dict:
        """Check numbers and outputs, run process(); its file outputs replace their targets only if all succeeded."""
        problem = self.number_problem(parameters)
        if problem:
            raise QgsProcessingException(problem)
        self.check_outputs(parameters, context)  # before any work: existing outputs, writable folders
        outputs.begin(context)
        try:
            result = self.process(parameters, context, feedback)
            self.check_canceled(feedback)
        except BaseException:
            outputs.rollback(context)
            raise
        outputs.commit(context)
        return result

    def processAlgorithm(self, parameters, context, feedback):
        try:
            result = self.run_checked(parameters, context, feedback)
        except HemaCanceled as exc:
            raise frames.canceled() from exc
        except HemaInputError as exc:
            raise QgsProcessingException(redact(exc)) from exc
        except QgsProcessingException as exc:
            if feedback is not None and feedback.isCanceled():
                raise frames.canceled() from exc
            message = redact(str(exc))
            if message == str(exc) and type(exc) is QgsProcessingException:  # a subclass would show a traceback
                raise
            raise QgsProcessingException(message) from exc
        except QgsCsException as exc:
            raise QgsProcessingException(
                self.tr(
                    "A coordinate transformation failed ({}): the declared CRS of an input layer does not fit its "
                    "coordinates. Check the CRS of every input layer (Layer Properties > Source)."
                ).format(str(exc).strip()[:200])
            ) from exc
        except Exception as exc:
            if feedback is not None and feedback.isCanceled():
                raise frames.canceled() from exc
            raise self.internal_error(exc) from exc
        return result

    def internal_error(self, exc: BaseException) -> QgsProcessingException:
        """A user message for an unexpected exception; its traceback goes to the QGIS message log (masked)."""
        QgsMessageLog.logMessage(redact("".join(traceback.format_exception(exc))), LOG_TAG, Qgis.MessageLevel.Info)
        if isinstance(exc, MemoryError):
            return QgsProcessingException(
                self.tr("{}: out of memory. Use fewer zones or cities, or choose fewer fields per city.").format(
                    self.displayName()
                )
            )
        if isinstance(exc, OSError):
            return QgsProcessingException(
                self.tr(
                    "{}: cannot read or write {}: {}. Check the path, its permissions and the free disk space."
                ).format(self.displayName(), redact(exc.filename or "-"), redact(exc.strerror or exc))
            )
        return QgsProcessingException(
            self.tr(
                "{} stopped on an unexpected error ({}: {}). Check the inputs; if they are right, report this with "
                "the details from the message log (tab '{}')."
            ).format(self.displayName(), type(exc).__name__, redact(exc), LOG_TAG)
        )

    def checkParameterValues(self, parameters, context):
        problem = self.number_problem(parameters) or self.geopackage_problem(parameters)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def geopackage_problem(self, parameters: dict) -> str:
        """Message for an input given as a .gpkg path that is not a readable GeoPackage (corrupt, truncated)."""
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if definition.isDestination() or not isinstance(value, str):
                continue
            path = Path(value.split("|", 1)[0])
            if path.suffix.lower() == ".gpkg" and path.is_file():
                try:
                    check_geopackage(path)
                except QgsProcessingException as exc:
                    return f"{definition.description()} ({definition.name()}): {exc.args[0] if exc.args else exc}"
        return ""

    def number_problem(self, parameters: dict) -> str:
        """Message for the first number parameter that is text, not finite, not whole or outside its range."""
        for definition in self.parameterDefinitions():
            if not isinstance(definition, QgsProcessingParameterNumber):
                continue
            value = parameters.get(definition.name())
            if value is None or isinstance(value, (QgsProperty, bool)):
                continue
            if isinstance(value, str) and not value.strip():
                continue
            problem = number_problem(definition, value)
            if problem:
                return problem
        return ""


def _bounds(definition: QgsProcessingParameterNumber) -> str:
    lo, hi = definition.minimum(), definition.maximum()
    if lo > -1e300 and hi < 1e300:
        return tr("a number from {} to {}").format(f"{lo:g}", f"{hi:g}")
    if lo > -1e300:
        return tr("a number of at least {}").format(f"{lo:g}")
    if hi < 1e300:
        return tr("a number of at most {}").format(f"{hi:g}")
    return tr("a finite number")


def number_problem(definition: QgsProcessingParameterNumber, value: Any) -> str:
    """Why value is not acceptable for the number parameter (text, NaN/infinite, fraction, range), or ''."""
    label = f"{definition.description()} ({definition.name()})"
    integer = definition.dataType() == QgsProcessingParameterNumber.Type.Integer
    wanted = _bounds(definition) if not integer else _bounds(definition).replace(tr("a number"), tr("a whole number"))
    try:
        number = float(value.strip().replace(" ", "")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        hint = tr(" (use a point as decimal separator)") if isinstance(value, str) and "," in value else ""
        return tr("Parameter {} is {!r}, which is not a number{}; enter {}.").format(label, value, hint, wanted)
    if not math.isfinite(number):
        return tr("Parameter {} is {}, which is not a finite number; enter {}.").format(label, value, wanted)
    if integer and not number.is_integer():
        return tr("Parameter {} is {}, which is not a whole number; enter {}.").format(label, value, wanted)
    if number < definition.minimum() or number > definition.maximum():
        return tr("Parameter {} is {}, outside its range; enter {}.").format(label, f"{number:g}", wanted)
    return ""
