"""The "HEMA Steden" dock: wires the form, the results area and the background runner to the controller."""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr, ui_language
from .chart import ShareChart
from .controller import DockController, PanelError
from .form import WorkflowForm
from .layerorder import present_results
from .mapview import CityFocus
from .replace import replace_previous, step_key, tag
from .results import chart_data, table_rows
from .settings import load_state, save_state
from .sources import check_postgis
from .tasks import AlgorithmRunner, layer_info, layer_records

TITLE = "HEMA Steden"
NUMERIC_COLUMNS = (1, 2, 3)


class HemaDock(QgsDockWidget):
    """Dock panel running the HEMA workflow: load, catchments, links, city profile, atlas."""

    def __init__(self, iface, parent: QWidget | None = None):
        super().__init__(TITLE, parent)
        self.setObjectName("HemaStedenDock")
        self.iface = iface
        self.controller = DockController(load_state())
        self.runner = AlgorithmRunner(self)
        self.focus = CityFocus(iface.mapCanvas())
        self.queue: list[str] = []
        self.action = ""
        self._build()
        self.form.show_state(self.controller.state)
        self._connect()
        self.refresh_results()

    # -- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.tabs = QTabWidget()
        self.form = WorkflowForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs.addTab(scroll, tr("Workflow"))
        self.tabs.addTab(self._results_area(), tr("Results"))
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

    def _results_area(self) -> QWidget:
        area = QWidget()
        layout = QVBoxLayout(area)
        headers = [
            (tr("City"), tr("City")),
            (tr("Pop."), tr("Population")),
            (tr("Catchment"), tr("Catchment population")),
            (tr("Self-cont."), tr("Self-containment")),
            (tr("Partner"), tr("Top partner")),
            (tr("Perspective"), tr("Suggested perspective")),
        ]
        self.table = QTableWidget(0, len(headers))
        for column, (short, full) in enumerate(headers):
            item = QTableWidgetItem(short)
            item.setToolTip(full)
            self.table.setHorizontalHeaderItem(column, item)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)  # six columns must fit the narrow dock at 1366×768
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        layout.addWidget(self.table, 2)
        self.chart = ShareChart(area)
        self.chart.setMinimumHeight(200)
        layout.addWidget(self.chart, 3)
        return area

    def _connect(self) -> None:
        for action, button in self.form.action_buttons().items():
            button.clicked.connect(lambda _checked=False, a=action: self.run_action(a))
        self.cancel_button.clicked.connect(self._cancel)
        self.runner.progress.connect(self._progress)
        self.runner.status.connect(self.status.setText)
        self.runner.finished.connect(self._finished)
        self.table.cellClicked.connect(self._row_clicked)
        self.form.source.currentIndexChanged.connect(self._suggest_project_layers)
        self.form.theme.currentIndexChanged.connect(self._selection_changed)
        self.form.cities.itemChanged.connect(self._selection_changed)
        QgsProject.instance().layersRemoved.connect(self._layers_removed)

    def disconnect_all(self) -> None:
        """Drop every connection to objects that outlive the dock (called on unload)."""
        try:
            QgsProject.instance().layersRemoved.disconnect(self._layers_removed)
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
        except PanelError as exc:
            self.message(str(exc), Qgis.MessageLevel.Critical)
            return False
        self.action = action
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
        """Pre-select, per role, the first project layer whose fields fit it."""
        if self.form.source.currentData() != "project":
            return
        guess = DockController()
        guess.layers_from_project([i for i in map(layer_info, QgsProject.instance().mapLayers().values()) if i])
        for role, combo in self.form.layer_combos.items():
            if combo.currentLayer() is None and role in guess.layers:
                combo.setLayer(QgsProject.instance().mapLayer(guess.layers[role]))

    def _selection_changed(self, *_args) -> None:
        self.form.read_state(self.controller.state)
        save_state(self.controller.state)
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
        self.status.setText(tr("Running {}…").format(alg_id))
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
        if not ok:
            self.queue = []
            self._busy(False)
            canceled = error == tr("Canceled.")
            level = Qgis.MessageLevel.Warning if canceled else Qgis.MessageLevel.Critical
            self.message(error if canceled else tr("{} failed: {}").format(alg_id, error), level)
            return
        project = QgsProject.instance()
        infos = [layer_info(project.mapLayer(v)) for v in _flat(outputs.values()) if project.mapLayer(v)]
        self.controller.accept(alg_id, outputs, [i for i in infos if i is not None])
        self._replace_previous(project, alg_id)
        present_results(project, alg_id, [i.layer_id for i in infos if i is not None], self.controller.layers)
        if self.queue:
            self._next()
            return
        self._busy(False)
        self.progress.setValue(100)
        self.refresh_results()
        if self.action == "atlas":
            self.message(tr("Atlas written to {}").format(self.controller.state.atlas_path), Qgis.MessageLevel.Success)
        else:
            self.message(tr("{} finished.").format(self._group_name()), Qgis.MessageLevel.Success)
        if self.action == "profile":
            self.tabs.setCurrentIndex(1)

    def _replace_previous(self, project: QgsProject, alg_id: str) -> None:
        """Let the step's new results replace its earlier ones, except those the user edited (kept, with a note)."""
        key = step_key(self.action, alg_id)
        new_ids = [i for i in self.runner.last_loaded if project.mapLayer(i) is not None]
        tag(project, new_ids, key)
        kept = replace_previous(project, key, new_ids)
        if kept:
            self.message(
                tr("Kept the earlier result layer(s) you edited: {}; the new results are added beside them.").format(
                    ", ".join(kept)
                ),
                Qgis.MessageLevel.Warning,
            )

    def _layers_removed(self, _ids) -> None:
        self.controller.forget_missing(list(QgsProject.instance().mapLayers().keys()))

    # -- results --------------------------------------------------------------------------------------------
    def refresh_results(self) -> None:
        """Fill the table and chart from the current city, catchment and profile layers."""
        state = self.controller.state
        profile = layer_records(self._layer("profile"))
        rows = table_rows(
            state.selected,
            state.theme,
            layer_records(self._layer("cities"), ("code", "name", "population")),
            layer_records(self._layer("catchments"), ("dominant", "population", "band")),
            profile,
        )
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells()):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.code)
                item.setToolTip(text)
                if c in NUMERIC_COLUMNS:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(r, c, item)
        self.chart.show_data(chart_data(state.selected, profile, ui_language()))

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
