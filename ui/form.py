"""The dock's input widgets, built in code, and the copy between them and the controller's PanelState."""

from __future__ import annotations

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsProviderRegistry
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.cities import CITIES
from ..core.themes import THEMES
from ..i18n import text_language, tr
from .controller import LINK_TYPES, METHODS, SOURCES, PanelState
from .indicator_results import indicator_combo

_FILTERS = getattr(Qgis, "LayerFilter", QgsMapLayerProxyModel)  # scoped enum from QGIS 3.34 on


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for key, label in items:
        combo.addItem(label, key)
    return combo


def _spin(lo: float, hi: float, step: float, decimals: int) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(lo, hi)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    return spin


def _set_combo(combo: QComboBox, key: str) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


def postgis_connections() -> list[str]:
    """Names of the PostGIS connections stored in QGIS."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections().keys()) if metadata is not None else []


class WorkflowForm(QWidget):
    """Data source, theme, cities, catchment method, link options and the five action buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._data_box())
        layout.addWidget(self._analysis_box())
        layout.addWidget(self._links_box())
        layout.addStretch(1)
        self._forced_from: str | None = None  # the method chosen before a theme without flows forced Huff
        self.source.currentIndexChanged.connect(self._source_changed)
        self.method.currentIndexChanged.connect(self._method_changed)

    # -- building -------------------------------------------------------------------------------------------
    def _data_box(self) -> QGroupBox:
        box = QGroupBox(tr("Data"))
        layout = QVBoxLayout(box)
        labels = {
            "bundled": tr("Bundled HEMA data"),
            "gpkg": tr("GeoPackage"),
            "postgis": tr("PostGIS"),
            "project": tr("Layers in the project"),
        }
        self.source = _combo([(s, labels[s]) for s in SOURCES])
        self.load_button = QPushButton(tr("Load"))
        self.load_button.setToolTip(tr("Load the HEMA layers into the project"))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Source")))
        row.addWidget(self.source, 1)
        row.addWidget(self.load_button)
        layout.addLayout(row)
        self.indicators = indicator_combo()
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Indicator maps")))
        row.addWidget(self.indicators, 1)
        layout.addLayout(row)
        self.background = QCheckBox(tr("Background map (PDOK BRT, needs internet)"))
        self.background.setToolTip(tr("Adds the PDOK BRT-Achtergrondkaart under the HEMA layers when loading"))
        layout.addWidget(self.background)  # off by default: the panel works offline
        # one sub-panel per source; only the chosen one is shown, so hidden rows leave no gap
        self.source_panels: dict[str, QWidget] = {}
        gpkg_form = self._panel("gpkg", layout)
        self.gpkg = QgsFileWidget()
        self.gpkg.setFilter(tr("GeoPackage (*.gpkg)"))
        gpkg_form.addRow(tr("GeoPackage"), self.gpkg)
        pg_form = self._panel("postgis", layout)
        self.pg_connection = QComboBox()
        self.pg_connection.setEditable(True)
        self.pg_connection.addItems(postgis_connections())
        self.pg_connection.setToolTip(tr("A PostGIS connection stored in QGIS, or a connection string"))
        pg_form.addRow(tr("Connection"), self.pg_connection)
        self.pg_schema = QLineEdit()
        pg_form.addRow(tr("Schema"), self.pg_schema)
        project_form = self._panel("project", layout)
        self.layer_combos: dict[str, QgsMapLayerComboBox] = {}
        filters = {
            "cities": _FILTERS.PointLayer,
            "zones": _FILTERS.PolygonLayer,
            "flows": _FILTERS.VectorLayer,
        }
        role_labels = {"cities": tr("Cities"), "zones": tr("Zones"), "flows": tr("Flows")}
        for role, layer_filter in filters.items():
            combo = QgsMapLayerComboBox()
            combo.setFilters(layer_filter)
            combo.setAllowEmptyLayer(True)
            self.layer_combos[role] = combo
            project_form.addRow(role_labels[role], combo)
        return box

    def _panel(self, source: str, layout: QVBoxLayout) -> QFormLayout:
        panel = QWidget()
        form = QFormLayout(panel)
        form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)
        self.source_panels[source] = panel
        return form

    def _analysis_box(self) -> QGroupBox:
        box = QGroupBox(tr("Catchment areas"))
        form = QFormLayout(box)
        language = text_language()
        self.theme = _combo([(t.code, t.label(language)) for t in THEMES])
        form.addRow(tr("Theme"), self.theme)
        self.cities = QListWidget()
        self.cities.setMaximumHeight(96)
        for code, (name, _role, _colour) in CITIES.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cities.addItem(item)
        form.addRow(tr("Cities"), self.cities)
        labels = {"observed": tr("Observed flows"), "huff": tr("Huff model"), "fit": tr("Huff, fitted to observed")}
        self.method = _combo([(m, labels[m]) for m in METHODS])
        form.addRow(tr("Method"), self.method)
        row = QHBoxLayout()
        self.alpha = _spin(0.01, 10.0, 0.1, 2)
        self.beta = _spin(0.01, 10.0, 0.1, 2)
        self.alpha.setPrefix("α ")
        self.beta.setPrefix("β ")
        row.addWidget(self.alpha)
        row.addWidget(self.beta)
        form.addRow(tr("Parameters"), row)
        self.fit_label = QLabel()
        self.fit_label.setWordWrap(True)
        form.addRow(self.fit_label)
        self.catchments_button = QPushButton(tr("Catchments"))
        form.addRow(self.catchments_button)
        return box

    def _links_box(self) -> QGroupBox:
        box = QGroupBox(tr("Links and profile"))
        form = QFormLayout(box)
        labels = {"twoway": tr("Two-way"), "gross": tr("Gross"), "net": tr("Net")}
        self.link_type = _combo([(t, labels[t]) for t in LINK_TYPES])
        form.addRow(tr("Link type"), self.link_type)
        self.threshold = _spin(0.0, 1e9, 50.0, 0)
        form.addRow(tr("Threshold"), self.threshold)
        self.curved = QCheckBox(tr("Curved lines"))
        form.addRow(self.curved)
        buttons = QHBoxLayout()
        self.links_button = QPushButton(tr("Links"))
        self.profile_button = QPushButton(tr("City profile"))
        self.atlas_button = QPushButton(tr("Export atlas"))
        for button in (self.links_button, self.profile_button, self.atlas_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        return box

    def action_buttons(self) -> dict[str, QPushButton]:
        """The action buttons by action name."""
        return {
            "load": self.load_button,
            "catchments": self.catchments_button,
            "links": self.links_button,
            "profile": self.profile_button,
            "atlas": self.atlas_button,
        }

    # -- visibility -----------------------------------------------------------------------------------------
    def _source_changed(self) -> None:
        source = self.source.currentData()
        for key, panel in self.source_panels.items():
            panel.setVisible(key == source)

    def _method_changed(self) -> None:
        huff = self.method.currentData() == "huff"
        self.alpha.setEnabled(huff)
        self.beta.setEnabled(huff)

    def show_fit(self, fitted: dict[str, float]) -> None:
        """Show the fitted α, β and pseudo-R² below the parameters."""
        if "alpha" not in fitted or "beta" not in fitted:
            self.fit_label.setText("")
            return
        text = tr("Fitted: α = {}, β = {}").format(f"{fitted['alpha']:.2f}", f"{fitted['beta']:.2f}")
        if "pseudo_r2" in fitted:
            text += ", " + tr("pseudo-R² = {}").format(f"{fitted['pseudo_r2']:.2f}")
        self.fit_label.setText(text)

    def enable_methods(self, reason: str) -> None:
        """Disable the methods that need observed flows when reason says why (tooltip); '' enables all."""
        model = self.method.model()
        for method in ("observed", "fit"):
            item = model.item(self.method.findData(method))
            item.setEnabled(not reason)
            item.setToolTip(reason)
        if reason and self.method.currentData() != "huff":
            self._forced_from = self.method.currentData()  # restored when the theme has flows again
            self.method.setCurrentIndex(self.method.findData("huff"))
        elif not reason and self._forced_from:
            self.method.setCurrentIndex(self.method.findData(self._forced_from))
            self._forced_from = None
        self.method.setToolTip(reason)

    # -- state <-> widgets ----------------------------------------------------------------------------------
    def show_state(self, state: PanelState) -> None:
        """Put the state into the widgets."""
        _set_combo(self.source, state.source)
        self.gpkg.setFilePath(state.gpkg_path)
        self.pg_connection.setEditText(state.pg_connection)
        self.pg_schema.setText(state.pg_schema)
        _set_combo(self.theme, state.theme)
        _set_combo(self.indicators, state.indicators)
        for i in range(self.cities.count()):
            item = self.cities.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in state.selected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        _set_combo(self.method, state.method)
        self.alpha.setValue(state.alpha)
        self.beta.setValue(state.beta)
        _set_combo(self.link_type, state.link_type)
        self.threshold.setValue(state.threshold)
        self.curved.setChecked(state.curved)
        self._source_changed()
        self._method_changed()

    def read_state(self, state: PanelState) -> None:
        """Copy the widgets' values into state."""
        state.source = self.source.currentData()
        state.gpkg_path = self.gpkg.filePath()
        state.pg_connection = self.pg_connection.currentText().strip()
        state.pg_schema = self.pg_schema.text().strip() or "public"
        state.theme = self.theme.currentData()
        state.indicators = self.indicators.currentData() or ""
        state.selected = [
            self.cities.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.cities.count())
            if self.cities.item(i).checkState() == Qt.CheckState.Checked
        ]
        state.method = self.method.currentData()
        state.alpha = self.alpha.value()
        state.beta = self.beta.value()
        state.link_type = self.link_type.currentData()
        state.threshold = self.threshold.value()
        state.curved = self.curved.isChecked()

    def project_layer_ids(self) -> dict[str, str]:
        """Layer ids chosen in the project-layer combos, by role."""
        return {role: combo.currentLayer().id() for role, combo in self.layer_combos.items() if combo.currentLayer()}
