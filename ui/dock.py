"""The "HEMA Steden" dock: wires the form, the results area and the background runner to the controller."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.core import (
    Qgis,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import text_language, tr
from ..paths import help_page
from . import storage
from .background import add_background
from .controller import DockController, PanelError
from .export import ExportProgress, offer_pdf
from .form import WorkflowForm
from .indicator_results import IndicatorComparison
from .layerorder import present_results
from .mapstate import RESULT_ROLES, ROLE_KEY, mark, shown
from .mapview import CityFocus
from .replace import STEP_KEY, replace_previous, step_key, tag
from .results import chart_data, table_rows
from .resultstab import ResultsTab
from .settings import load_state, save_state
from .sources import check_postgis
from .tasks import AlgorithmRunner, layer_info, layer_records
from .texts import translate_loaded
from .workbench import WorkbenchMixin

TITLE = "HEMA Steden"
NUMERIC_COLUMNS = (1, 2, 3)


class HemaDock(WorkbenchMixin, QgsDockWidget):
    """Dock panel running the HEMA workflow: load, catchments, links, city profile, atlas."""

    def __init__(self, iface, parent: QWidget | None = None):
        super().__init__(TITLE, parent)
        self.setObjectName("HemaStedenDock")
        self.iface = iface
        self.controller = DockController(load_state())
        self.runner = AlgorithmRunner(self)
        self.focus = CityFocus(iface.mapCanvas())
        self.queue: list[str] = []
        self.pending: list[Callable[[], None]] = []  # main-thread work left after a run (writing results…)
        self.action = ""
        self.results_path = ""  # the project GeoPackage of the running action
        self.export: ExportProgress | None = None  # the progress dialog of a running atlas export
        # seconds between event-loop turns of the last export (wall, main-thread CPU, the text shown meanwhile)
        self.export_gaps: list[tuple[float, float, str]] = []
        self.run_theme = self.run_method = self.run_year = ""  # what the running action is computed for
        self._build()
        self.form.show_state(self.controller.state)
        self._connect()
        if QgsProject.instance().mapLayers():  # a project opened before the panel: take up its layers
            self._project_read()
        self.refresh_results()
        self.update_header()

    # -- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.header = QLabel()
        self.header.setObjectName("HemaStateHeader")
        self.header.setWordWrap(True)
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip(tr("Help: how to use the panel and every HEMA algorithm"))
        self.help_button.clicked.connect(self.open_help)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.help_button)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.form = WorkflowForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, tr("Workflow"))
        self.results_tab = ResultsTab(self.message)
        self.table, self.chart = self.results_tab.table, self.results_tab.chart
        self.indicator_table = IndicatorComparison(self.results_tab)  # CBS indicators of the theme, below the chart
        self.results_tab.layout().insertWidget(2, self.indicator_table, 2)
        self.tabs.addTab(self.results_tab, tr("Results"))
        layout.addWidget(self.tabs)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.status = QLabel(tr("Ready"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(body)
        self.setMinimumWidth(460)

    def copy_results(self) -> None:
        """Copy the table and the chart to the clipboard."""
        self.results_tab.copy_results()

    def export_csv(self, path: str) -> bool:
        """Write the results table as CSV."""
        return self.results_tab.export_csv(path)

    def export_png(self, path: str) -> bool:
        """Save the chart as PNG."""
        return self.results_tab.export_png(path)

    def help_url(self) -> QUrl:
        """The panel's help page (index of the shipped help) in the interface language."""
        return QUrl.fromLocalFile(str(help_page("index", text_language())))

    def open_help(self) -> None:
        """Open the shipped help in the browser."""
        QDesktopServices.openUrl(self.help_url())

    def _connect(self) -> None:
        for action, button in self.form.action_buttons().items():
            button.clicked.connect(lambda _checked=False, a=action: self.run_action(a))
        self.cancel_button.clicked.connect(self._cancel)
        self.runner.progress.connect(self._progress)
        self.runner.status.connect(self.status.setText)
        self.runner.finished.connect(self._finished)
        self.table.cellClicked.connect(self._row_clicked)
        self.form.source.currentIndexChanged.connect(self._suggest_project_layers)
        self.form.theme.currentIndexChanged.connect(self._theme_changed)
        self.form.cities.itemChanged.connect(self._selection_changed)
        QgsProject.instance().layersRemoved.connect(self._layers_removed)
        QgsProject.instance().readProject.connect(self._project_read)

    def disconnect_all(self) -> None:
        """Drop every connection to objects that outlive the dock (called on unload)."""
        try:
            QgsProject.instance().layersRemoved.disconnect(self._layers_removed)
            QgsProject.instance().readProject.disconnect(self._project_read)
        except TypeError:
            pass
        self.runner.shutdown()

    # -- messages -------------------------------------------------------------------------------------------
    def message(self, text: str, level=Qgis.MessageLevel.Info) -> None:
        """Show text in the status line and the QGIS message bar."""
        self.status.setText(text)
        self.iface.messageBar().pushMessage(TITLE, text, level, 0 if level == Qgis.MessageLevel.Critical else 8)

    # -- actions --------------------------------------------------------------------------------------------
    def _layer(self, role: str) -> QgsVectorLayer | None:
        layer_id = self.controller.layers.get(role)
        layer = QgsProject.instance().mapLayer(layer_id) if layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _lookup(self, layer_id: str):
        return layer_info(QgsProject.instance().mapLayer(layer_id))

    def run_action(self, action: str) -> bool:
        """Start an action (load, catchments, links, profile, atlas); False when it cannot start."""
        if self.runner.is_running():
            self.message(tr("A run is in progress; wait for it or cancel it."), Qgis.MessageLevel.Warning)
            return False
        self._drain(everything=True)  # results of the previous run are written before the next one starts
        self.form.read_state(self.controller.state)
        save_state(self.controller.state)
        self.controller.forget_missing(list(QgsProject.instance().mapLayers().keys()))
        try:
            if action == "atlas":  # inputs first, so nobody picks a file for a run that cannot start
                for role in self.controller.needs(action):
                    self.controller.check_layer(role, self._lookup(self.controller.layers.get(role, "")))
                if not self._ask_atlas_path():
                    return False
            if action == "load" and self.controller.state.source == "project":
                self._use_project_layers()
                return True
            self.controller.validate(action, self._lookup)
            if action == "load" and self.controller.state.source == "postgis":
                check_postgis(self.controller.state.pg_connection)
            if action != "atlas" and not self._ensure_results_path():
                return False
        except PanelError as exc:
            self.message(str(exc), Qgis.MessageLevel.Critical)
            return False
        self.action = action
        state = self.controller.state
        self.run_theme, self.run_method = state.theme, state.method
        flows_year = self.flows_year(state.theme)  # read once: the layer name and the steps' YEAR
        self.run_year = self.data_year(flows_year, state.method if action == "catchments" else "observed")
        self.controller.year = flows_year if action in ("catchments", "links") else ""
        self.queue = self.controller.algorithms(action)
        return self._next()

    def _use_project_layers(self) -> None:
        chosen = self.form.project_layer_ids()
        if not chosen:
            raise PanelError(tr("Choose the project layers to use (cities, zones, flows)."))
        for role, layer_id in chosen.items():  # a role left empty is reported by the action that needs it
            self.controller.check_layer(role, self._lookup(layer_id))
            self.controller.set_layer(role, layer_id)
        self.message(tr("Using the chosen project layers."), Qgis.MessageLevel.Success)
        self.refresh_results()

    def _suggest_project_layers(self) -> None:
        """Pre-select, per role, the layer tagged with that role, else the first whose fields fit it.

        The panel's own results (dominant flows, catchments…) are never offered as inputs.
        """
        if self.form.source.currentData() != "project":
            return
        layers = QgsProject.instance().mapLayers().values()
        inputs = ("cities", "zones", "flows")
        tagged = sorted(layers, key=lambda layer: layer.customProperty(ROLE_KEY, "") not in inputs)  # tagged first
        candidates = [layer for layer in tagged if layer.customProperty(ROLE_KEY, "") not in RESULT_ROLES.values()]
        guess = DockController()
        guess.layers_from_project([i for i in map(layer_info, candidates) if i])
        for role, combo in self.form.layer_combos.items():
            if combo.currentLayer() is None and role in guess.layers:
                combo.setLayer(QgsProject.instance().mapLayer(guess.layers[role]))

    def _selection_changed(self, *_args) -> None:
        self.form.read_state(self.controller.state)
        save_state(self.controller.state)
        self.refresh_results()

    def _theme_changed(self, *_args) -> None:
        """Switching the theme switches the map, the table and the chart to that theme's results."""
        self.form.read_state(self.controller.state)
        save_state(self.controller.state)
        self.update_methods()
        self.show_current_theme()
        self.refresh_results()

    def _project_read(self, *_args) -> None:
        """A (re)opened project: take up its HEMA input and result layers again."""
        self.controller.layers = {}
        self.controller.fitted = {}
        for layer in QgsProject.instance().mapLayers().values():
            role = layer.customProperty(ROLE_KEY, "")
            if role in ("cities", "zones", "flows", "profile"):
                self.controller.layers[role] = layer.id()
        self.update_methods()
        self.show_unit()
        self.show_current_theme()
        self.refresh_results()

    def choose_atlas_path(self, current: str) -> str:
        """Ask where to save the atlas (the save dialog confirms before replacing a file); '' when cancelled."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the atlas as"), current, tr("PDF (*.pdf)"))
        return path

    def _ask_atlas_path(self) -> bool:
        path = self.choose_atlas_path(self.controller.state.atlas_path)
        if path:
            self.controller.state.atlas_path = path
            save_state(self.controller.state)
        return bool(path)

    def _next(self) -> bool:
        alg_id = self.queue.pop(0)
        try:
            params = self.controller.parameters(alg_id)
        except PanelError as exc:
            self.queue = []
            self._busy(False)
            self.message(str(exc), Qgis.MessageLevel.Critical)
            return False
        self._busy(True)
        self.status.setText(tr("Running: {}…").format(self.runner.display_name(alg_id)))
        if self.action == "atlas":
            self.export = ExportProgress(self, self.runner, self.runner.display_name(alg_id))
        return self.runner.start(alg_id, params, self._group_name())

    def _group_name(self) -> str:
        return {
            "load": tr("Data"),
            "catchments": tr("Catchment areas"),
            "links": tr("Network links"),
            "profile": tr("City profile"),
            "atlas": tr("Atlas"),
        }[self.action]

    def _busy(self, busy: bool) -> None:
        for button in self.form.action_buttons().values():
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setValue(0)

    def _cancel(self) -> None:
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(tr("Cancelling… the algorithm stops at its next check."))

    def _progress(self, value: float) -> None:
        self.progress.setValue(int(value))

    def _finished(self, alg_id: str, ok: bool, outputs: dict, error: str) -> None:
        if self.export is not None:
            self.export_gaps = self.export.gaps
            self.export.close_dialog()
            self.export = None
        if not ok:
            self._failed(alg_id, error)
            return
        project = QgsProject.instance()
        infos = [layer_info(project.mapLayer(v)) for v in _flat(outputs.values()) if project.mapLayer(v)]
        self._persist(alg_id, list(self.runner.last_loaded), outputs)
        self.controller.accept(alg_id, outputs, [i for i in infos if i is not None])
        if alg_id == "hema:calibratehuff":
            self._show_fit(outputs)
        self._replace_previous(project, alg_id)
        new_ids = [i for i in self.runner.last_loaded if project.mapLayer(i) is not None]
        if self.action == "load":
            translate_loaded(project, new_ids)
        mark(project, new_ids, alg_id, self.action, self.run_theme, self.run_method, self.run_year)
        self._describe_fit(project, alg_id, new_ids)
        present_results(project, alg_id, [i.layer_id for i in infos if i is not None], self.controller.layers)
        if self.queue:
            self._next()
            return
        self._busy(False)
        self.progress.setValue(100)
        if self.action == "load":
            self._after_load()
        self.update_header()
        self._defer(self.refresh_results)
        self._announce()

    def _failed(self, alg_id: str, error: str) -> None:
        self.queue = []
        self._busy(False)
        if self.runner.stop_reason:  # the runner stopped the step: its inputs or the project went away
            self.progress.setValue(0)
            self.controller.forget_missing(list(QgsProject.instance().mapLayers().keys()))
            self.refresh_results()
            self.message(self.runner.stop_reason, Qgis.MessageLevel.Warning)
            return
        canceled = error == tr("Canceled.")
        level = Qgis.MessageLevel.Warning if canceled else Qgis.MessageLevel.Critical
        self.message(error if canceled else tr("{} failed: {}").format(self.runner.display_name(alg_id), error), level)

    def _after_load(self) -> None:
        """Tag the loaded inputs, offer the methods their flows allow, show the unit, set up the first map."""
        for role in ("cities", "zones", "flows"):
            layer = self._layer(role)
            if layer is not None:
                layer.setCustomProperty(ROLE_KEY, role)
        self.update_methods()
        self.show_unit()
        if self.form.background.isChecked():
            add_background(QgsProject.instance())
        self._defer(self.first_map)  # after the layers are written (a new data source resets the view)

    def _announce(self) -> None:
        """The success message of the finished action (the atlas with Open PDF / Open folder)."""
        if self.action == "atlas":
            path = self.controller.state.atlas_path
            self.status.setText(tr("Atlas written to {}").format(path))
            offer_pdf(self.iface.messageBar(), TITLE, tr("Atlas written to {}").format(path), path)
        else:
            self.message(tr("{} finished.").format(self._group_name()), Qgis.MessageLevel.Success)
        if self.action == "profile":
            self._defer(lambda: self.tabs.setCurrentIndex(1))

    def _replace_previous(self, project: QgsProject, alg_id: str) -> None:
        """Let the step's new results replace its earlier ones, except those the user edited (kept, with a note)."""
        key = step_key(self.action, alg_id)
        if self.action in ("catchments", "links"):  # one result per step, theme (and method) at a time
            key = f"{key}:{self.run_theme}" + (f":{self.run_method}" if self.action == "catchments" else "")
        new_ids = [i for i in self.runner.last_loaded if project.mapLayer(i) is not None]
        tag(project, new_ids, key)
        path = storage.results_gpkg(project)
        tables = {  # the project GeoPackage tables of the earlier results that may be replaced
            layer.id(): storage.table_of(layer, path)
            for layer in project.mapLayers().values()
            if layer.customProperty(STEP_KEY, "") == key and layer.id() not in new_ids
        }
        kept = replace_previous(project, key, new_ids)
        for layer_id, table in tables.items():
            if table and project.mapLayer(layer_id) is None:  # removed: its table goes too, once it is closed
                self._defer(lambda table=table: storage.drop_table(path, table))
        if kept:
            self.message(
                tr("Kept the earlier result layer(s) you edited: {}; the new results are added beside them.").format(
                    ", ".join(kept)
                ),
                Qgis.MessageLevel.Warning,
            )

    def _layers_removed(self, _ids) -> None:
        self.controller.forget_missing(list(QgsProject.instance().mapLayers().keys()))
        if not self.runner.is_running():  # the table must not keep showing numbers of removed layers
            self.refresh_results()

    # -- results --------------------------------------------------------------------------------------------
    def refresh_results(self) -> None:
        """Fill the table and chart from the current city, catchment and profile layers."""
        state = self.controller.state
        profile = layer_records(self._layer("profile"))
        rows = table_rows(
            state.selected,
            state.theme,
            layer_records(self._layer("cities"), ("code", "name", "population", "role")),
            layer_records(self._layer("catchments"), ("dominant", "population", "band")),
            profile,
            text_language(),
        )
        year = shown(QgsProject.instance(), self.controller.layers.get("profile"))[2]
        self.results_tab.show_rows(rows, chart_data(state.selected, profile, text_language(), state.theme, year))
        self.indicator_table.show_comparison(state.selected, state.theme, text_language())

    def _row_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.focus_city(item.data(Qt.ItemDataRole.UserRole))

    def focus_city(self, code: str) -> bool:
        """Zoom to a city and select its catchment zones and links."""
        layers = {role: self._layer(role) for role in ("cities", "catchments", "links", "dominant")}
        if not self.focus.focus(code, layers):
            self.message(tr("City {} is not on the map; load the data first.").format(code), Qgis.MessageLevel.Info)
            return False
        return True


def _flat(values) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if isinstance(value, (list, tuple)):
            out.extend(v for v in value if isinstance(v, str))
        elif isinstance(value, str):
            out.append(value)
    return out
