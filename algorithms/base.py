"""Shared base of every HEMA Steden algorithm: parameters with help, layer <-> frame conversion, errors, styling."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QIcon

from ..core import HemaCanceled, HemaInputError
from ..core.fmt import LANGUAGES
from ..i18n import text_language, tr
from ..paths import ICON, help_page
from ..qgis_io import frames
from ..qgis_io.frames import NO_THREADING, field_type, fields_for_frame
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

    def tr(self, text: str) -> str:
        return tr(text)

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

    require_fields = staticmethod(frames.require_fields)

    def require_features(self, source, what: str) -> None:
        """Refuse an empty layer."""
        if source.featureCount() == 0:
            raise QgsProcessingException(self.tr("{} is empty; it needs at least one feature.").format(what))

    # -- layers <-> frames (qgis_io/frames.py) -------------------------------------------------------------
    read_frame = staticmethod(frames.read_frame)
    write_frame = staticmethod(frames.write_frame)

    def sink_for_frame(self, parameters, name, context, frame, wkb_type, crs):
        """Create the sink of output parameter name with fields matching frame; returns (sink, dest_id)."""
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields_for_frame(frame), wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest_id

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
