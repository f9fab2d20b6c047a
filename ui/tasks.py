"""Runs Processing algorithms in the background (QgsProcessingAlgRunnerTask) and loads their styled results."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsMessageLog,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QObject, pyqtSignal

from ..i18n import tr
from ..qgis_io.frames import LINE_GEOMETRY, NO_THREADING, POINT_GEOMETRY, POLYGON_GEOMETRY
from ..qgis_io.threads import keep_worker_threads
from .controller import LayerInfo, ParamSpec
from .results import FIELDS

_GEOMETRY_NAMES = {POINT_GEOMETRY: "point", LINE_GEOMETRY: "line", POLYGON_GEOMETRY: "polygon"}
# the scoped QGIS 3.22 flags, or the Qgis.* enums that replace them in later versions
if hasattr(Qgis, "ProcessingParameterFlag"):
    _OPTIONAL = Qgis.ProcessingParameterFlag.Optional
else:
    _OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional

_ORPHANS: list[tuple] = []  # runs still going when their dock was unloaded

_KINDS = {
    "source": "layer",
    "vector": "layer",
    "enum": "enum",
    "number": "number",
    "boolean": "bool",
    "string": "string",
    "file": "file",
    "sink": "sink",
    "vectorDestination": "sink",
}


class ErrorFeedback(QgsProcessingFeedback):
    """Feedback that keeps the algorithm's error messages for the message bar and signals its progress text."""

    text_changed = pyqtSignal(str)

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N803
        self.errors.append(error)
        super().reportError(error, fatalError)

    def setProgressText(self, text: str) -> None:
        super().setProgressText(text)
        self.text_changed.emit(text)


def readable(message: str, alg) -> str:
    """A QGIS message with parameter names (GEOPACKAGE) replaced by their labels as the dialog shows them."""
    labels = {d.name(): d.description() for d in alg.parameterDefinitions()}
    return re.sub(
        r"\b[A-Z][A-Z0-9_]+\b", lambda m: f"'{labels[m.group(0)]}'" if m.group(0) in labels else m.group(0), message
    )


def param_specs(alg) -> list[ParamSpec]:
    """What the controller needs to know of an algorithm's parameters."""
    specs = []
    for p in alg.parameterDefinitions():
        kind = _KINDS.get(p.type(), p.type())
        optional = bool(p.flags() & _OPTIONAL) or p.defaultValue() is not None
        options = tuple(p.options()) if p.type() == "enum" else ()
        multiple = p.allowMultiple() if p.type() == "enum" else False
        specs.append(ParamSpec(p.name(), kind, options, multiple, optional, p.isDestination()))
    return specs


def layer_info(layer: QgsMapLayer | None) -> LayerInfo | None:
    """LayerInfo of a project layer (None for None or non-vector layers)."""
    if not isinstance(layer, QgsVectorLayer):
        return None
    geometry = _GEOMETRY_NAMES.get(layer.geometryType(), "none")
    return LayerInfo(layer.id(), layer.name(), tuple(layer.fields().names()), geometry)


def layer_records(layer: QgsMapLayer | None, keys: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Attributes of every feature of a vector layer as plain dicts (empty for anything else).

    With keys (see results.FIELDS) only the fields that hold them are read, without geometries.
    """
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return []
    names = layer.fields().names()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    if keys:
        wanted = {FIELDS.get(key, key) for key in keys}
        names = [n for n in names if n in wanted]
        request.setSubsetOfAttributes(names, layer.fields())
    index = [layer.fields().lookupField(n) for n in names]
    rows = []
    for feature in layer.getFeatures(request):
        attrs = feature.attributes()
        rows.append({n: (None if _null(attrs[i]) else attrs[i]) for n, i in zip(names, index)})
    return rows


def _null(value: Any) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def group_for(project: QgsProject, name: str) -> QgsLayerTreeGroup:
    """The HEMA Steden layer-tree group of that name (created under a top 'HEMA Steden' group)."""
    root = project.layerTreeRoot()
    top = root.findGroup("HEMA Steden") or root.insertGroup(0, "HEMA Steden")
    return top.findGroup(name) or top.insertGroup(0, name)  # newest results draw above the base layers


def load_outputs(context: QgsProcessingContext, feedback: QgsProcessingFeedback, group_name: str) -> dict[str, str]:
    """Add the outputs Processing marked for loading to the project group and run their post-processors.

    Returns {output reference: project layer id}. Earlier results are not touched here: the dock replaces a
    step's own untouched results (ui/replace.py).
    """
    loaded: dict[str, str] = {}
    for ref, details in context.layersToLoadOnCompletion().items():
        layer = QgsProcessingUtils.mapLayerFromString(ref, context, typeHint=details.layerTypeHint)
        if layer is None:
            feedback.reportError(tr("Could not load the result {}.").format(ref))
            continue
        details.setOutputLayerName(layer)
        project = details.project or context.project() or QgsProject.instance()
        group = group_for(project, group_name)
        taken = context.temporaryLayerStore().takeMapLayer(layer) or layer
        project.addMapLayer(taken, False)
        group.addLayer(taken)
        if details.postProcessor():
            details.postProcessor().postProcessLayer(taken, context, feedback)
        loaded[ref] = taken.id()
    context.setLayersToLoadOnCompletion({})
    for project in {id(p): p for p in (context.project(), QgsProject.instance()) if p}.values():
        top = project.layerTreeRoot().findGroup("HEMA Steden")
        group = top.findGroup(group_name) if top is not None else None
        if group is not None and not group.children():  # post-processors moved every layer elsewhere
            top.removeChildNode(group)
    return loaded


def input_layers(project: QgsProject, params: dict[str, Any]) -> dict[str, str]:
    """{layer id: layer name} of the project layers among a run's parameter values."""
    found = {}
    for value in params.values():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if isinstance(item, QgsProcessingFeatureSourceDefinition):
                item = item.source.staticValue()
            layer = project.mapLayer(item) if isinstance(item, str) else None
            if layer is not None:
                found[layer.id()] = layer.name()
    return found


class AlgorithmRunner(QObject):
    """One background algorithm run at a time: progress, cancel, errors, results loaded into a group."""

    progress = pyqtSignal(float)
    status = pyqtSignal(str)
    # alg_id, ok, outputs (results with layer references replaced by project layer ids), error message
    finished = pyqtSignal(str, bool, dict, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.task: QgsProcessingAlgRunnerTask | bool | None = None
        self.feedback: ErrorFeedback | None = None
        self.context: QgsProcessingContext | None = None
        self.alg_id = ""
        self.group_name = ""
        self.last_loaded: list[str] = []  # project layer ids the last successful run added
        self.cancel_requested_at: float | None = None
        self.finished_at: float | None = None
        self.inputs: dict[str, str] = {}  # project layer id -> name of the layers the running step reads
        self.stop_reason = ""  # why the runner stopped the step itself (layer removed, project cleared)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_going)
        QgsProject.instance().removeAll.connect(self._project_clearing)

    def is_running(self) -> bool:
        """True while a task is in flight."""
        return self.task is not None

    @staticmethod
    def display_name(alg_id: str) -> str:
        """The algorithm's name as the toolbox shows it (the id when it is not registered)."""
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        return alg.displayName() if alg is not None else alg_id

    def start(self, alg_id: str, params: dict[str, Any], group_name: str) -> bool:
        """Start alg_id with params in the background; False (and finished emitted) when it cannot start."""
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if alg is None:
            self.finished.emit(alg_id, False, {}, tr("Algorithm {} is not available.").format(alg_id))
            return False
        project = QgsProject.instance()
        self.context = QgsProcessingContext()
        self.context.setProject(project)
        self.feedback = ErrorFeedback()
        self.feedback.progressChanged.connect(self.progress.emit)
        self.feedback.text_changed.connect(self.status.emit)
        self.alg_id, self.group_name = alg_id, group_name
        self.cancel_requested_at = self.finished_at = None
        self.stop_reason = ""
        self.last_loaded = []
        params = dict(params)
        for definition in alg.parameterDefinitions():  # as processing.run does: some checks ignore defaults
            if definition.name() not in params and definition.defaultValue() is not None:
                params[definition.name()] = definition.defaultValue()
        for spec in param_specs(alg):
            value = params.get(spec.name)
            if spec.kind == "sink" and isinstance(value, str):
                definition = QgsProcessingOutputLayerDefinition(value, project)
                definition.destinationName = alg.parameterDefinition(spec.name).description()
                params[spec.name] = definition
        ok, message = alg.checkParameterValues(params, self.context)
        if not ok:
            self.finished.emit(alg_id, False, {}, readable(message, alg))
            return False
        self.inputs = input_layers(project, params)
        if alg.flags() & NO_THREADING:  # must stay on the main thread, as QGIS does
            self.task = True
            results, ok = alg.run(params, self.context, self.feedback)
            self._done(ok, results or {})
            return ok
        self.task = QgsProcessingAlgRunnerTask(alg, params, self.context, self.feedback)
        if self.task.isCanceled():  # prepare() failed: the error is already in the feedback
            self._done(False, {})
            return False
        self.task.executed.connect(self._done)
        keep_worker_threads()  # also without the plugin object (tests, scripts): see qgis_io.threads
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        """Ask the running algorithm to stop (it checks feedback.isCanceled())."""
        if self.feedback is not None and self.task is not None:
            self.cancel_requested_at = time.monotonic()
            self.feedback.cancel()

    def shutdown(self, timeout_s: float = 10.0) -> bool:
        """Cancel a running task and wait for it (on unload); True when nothing is left running."""
        for signal, slot in (
            (QgsProject.instance().layersWillBeRemoved, self._layers_going),
            (QgsProject.instance().removeAll, self._project_clearing),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        return self._stop_and_wait(timeout_s)

    def _layers_going(self, layer_ids) -> None:
        """A layer the running step reads is about to be removed: stop the step first and say why."""
        going = [self.inputs[i] for i in layer_ids if i in self.inputs]
        if going and isinstance(self.task, QgsProcessingAlgRunnerTask) and not self.stop_reason:
            self.stop_reason = tr("The step stopped because its input layer '{}' was removed from the project.").format(
                going[0]
            )
            self._stop_and_wait()

    def _project_clearing(self) -> None:
        """The project is being cleared or closed: stop the running step first and say why."""
        if isinstance(self.task, QgsProcessingAlgRunnerTask) and not self.stop_reason:
            self.stop_reason = tr("The step stopped because the project was closed or cleared.")
            self._stop_and_wait()

    def _stop_and_wait(self, timeout_s: float = 10.0) -> bool:
        """Cancel the task and wait until it has ended (user input is held back meanwhile)."""
        if not isinstance(self.task, QgsProcessingAlgRunnerTask):
            return True
        self.cancel()
        deadline = time.monotonic() + timeout_s
        while self.task is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            time.sleep(0.01)
        if self.task is not None:  # the task still uses context and feedback: keep them alive until it ends
            _ORPHANS.append((self.task, self.context, self.feedback))
            return False
        return True

    def _done(self, ok: bool, results: dict) -> None:
        self.finished_at = time.monotonic()
        context, feedback, alg_id = self.context, self.feedback, self.alg_id
        self.task = None
        self.inputs = {}
        if self.stop_reason:
            self.finished.emit(alg_id, False, {}, self.stop_reason)
            return
        if feedback is not None and feedback.isCanceled():
            self.finished.emit(alg_id, False, {}, tr("Canceled."))
            return
        if not ok:
            errors = [e for e in (feedback.errors if feedback else []) if e.strip()]
            fallback = tr("{} failed; see the Processing log.").format(self.display_name(alg_id))
            message = errors[-1] if errors else fallback
            if message.lstrip().startswith("Traceback"):  # an unexpected error: its last line, the rest to the log
                QgsMessageLog.logMessage(message, "HEMA Steden", Qgis.MessageLevel.Critical)
                last = [line for line in message.strip().splitlines() if line.strip()][-1].strip()
                message = tr("{} (details in the Log Messages panel, tab HEMA Steden)").format(last)
            alg = QgsApplication.processingRegistry().algorithmById(alg_id)
            self.finished.emit(alg_id, False, {}, readable(message, alg) if alg is not None else message)
            return
        loaded = load_outputs(context, feedback, self.group_name)
        self.last_loaded = list(loaded.values())
        outputs = {
            name: loaded.get(value, value) if isinstance(value, str) else value for name, value in results.items()
        }
        self.finished.emit(alg_id, True, outputs, "")
