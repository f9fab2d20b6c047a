"""The dock's workbench duties: results kept in the project GeoPackage, one map state, fitted parameters."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsPalLayerSettings,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QFileDialog

from ..core import vocabulary as v
from ..i18n import tr
from . import steps, storage
from .controller import PanelError
from .mapstate import RESULT_ROLES, show_theme, shown, state_text, table_base
from .texts import unit_text


class WorkbenchMixin:
    """Methods of HemaDock that keep results, the map state and the fitted parameters (see ui/dock.py)."""

    def choose_results_path(self) -> str:
        """Ask once where an unsaved project keeps its results ('' when the user cancels)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Keep the HEMA results in this GeoPackage"),
            "hema_steden" + storage.SUFFIX,
            tr("GeoPackage (*.gpkg)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # results are added as new tables, nothing replaced
        )
        return path if not path or path.lower().endswith(".gpkg") else path + ".gpkg"

    def _ensure_results_path(self) -> bool:
        """The project's results GeoPackage, asked once for an unsaved project; False when the user declines."""
        project = QgsProject.instance()
        path = storage.results_gpkg(project)
        if not path:
            path = self.choose_results_path()
            if not path:
                self.message(
                    tr("Choose a GeoPackage for the results: the panel does not keep results only in memory."),
                    Qgis.MessageLevel.Warning,
                )
                return False
        storage.check_writable(path)
        storage.remember(project, path)
        self.results_path = path
        return True

    def _persist(self, alg_id: str, layer_ids: list[str], outputs: dict) -> None:
        """Move the step's new memory results into new tables of the project GeoPackage (none is replaced).

        One layer per turn of the event loop, so the window stays responsive while they are written.
        """
        path, action, theme_code, method, year = (
            self.results_path,
            self.action,
            self.run_theme,
            self.run_method,
            self.run_year,
        )
        for layer_id in layer_ids:
            output = next((name for name, value in outputs.items() if value == layer_id), "OUTPUT")
            base = table_base(action, alg_id, output, theme_code, method, year)
            self._defer(lambda layer_id=layer_id, base=base: self._persist_one(path, layer_id, base))

    def _persist_one(self, path: str, layer_id: str, base: str) -> None:
        layer = QgsProject.instance().mapLayer(layer_id)
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "memory":
            return
        try:
            storage.persist_layer(layer, path, storage.free_table(path, base))
        except PanelError as exc:
            self.message(str(exc), Qgis.MessageLevel.Critical)

    def _defer(self, work: Callable[[], None]) -> None:
        """Run work on a later turn of the event loop, after the work deferred before it."""
        self.pending.append(work)
        if len(self.pending) == 1:
            QTimer.singleShot(0, self._drain)

    def _drain(self, everything: bool = False) -> None:
        while self.pending:
            work = self.pending[0]
            try:
                work()
            finally:
                self.pending.pop(0)
            if not everything:
                break
        if self.pending:
            QTimer.singleShot(0, self._drain)

    def is_idle(self) -> bool:
        """True when nothing runs, waits in the queue or is still being written."""
        return not self.runner.is_running() and not self.queue and not self.pending

    def flows_year(self, theme_code: str) -> str:
        """The latest year of the theme's flows ('' without a year field): the year the panel's steps run on."""
        flows = self._layer("flows")
        if flows is None or not {"theme", "year"} <= set(flows.fields().names()):
            return ""
        index = flows.fields().lookupField("year")
        request = QgsFeatureRequest().setFilterExpression(f"\"theme\" = '{theme_code}'")
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
        years = {int(f.attributes()[index]) for f in flows.getFeatures(request) if f.attributes()[index]}
        return str(max(years)) if years else ""

    def data_year(self, flows_year: str, method: str) -> str:
        """Year of the data a run uses: the flows' (latest) year of the theme, else the cities' population year."""
        year = flows_year if method != "huff" else ""
        cities = self._layer("cities")
        if not year and cities is not None and "pop_year" in cities.fields().names():
            years = {str(v) for v in cities.uniqueValues(cities.fields().lookupField("pop_year")) if v}
            if years:
                year = min(years) if min(years) == max(years) else f"{min(years)}–{max(years)}"
        return year

    def _show_fit(self, outputs: dict) -> None:
        """Put the fitted α and β into the spin boxes and the fit line of the panel."""
        fitted = self.controller.fitted
        if isinstance(outputs.get("PSEUDO_R2"), (int, float)):
            fitted["pseudo_r2"] = float(outputs["PSEUDO_R2"])
        if "alpha" in fitted and "beta" in fitted:
            self.form.alpha.setValue(fitted["alpha"])
            self.form.beta.setValue(fitted["beta"])
        self.form.show_fit(fitted)

    def _describe_fit(self, project: QgsProject, alg_id: str, layer_ids: list[str]) -> None:
        """Write the method and, for a fitted run, α, β and pseudo-R² into the result layers' abstract."""
        if alg_id not in RESULT_ROLES or self.action != "catchments":
            return
        text = tr("Method: {}.").format(state_text(self.run_theme, self.run_method, self.run_year))
        if self.run_method in ("huff", "fit"):
            model = steps.Panel(self.controller.state, dict(self.controller.layers), dict(self.controller.fitted))
            alpha, beta = model.huff_model()[v.ALPHA], model.huff_model()[v.BETA]  # what the run was given
            text += " " + tr("α = {}, β = {}.").format(f"{alpha:.2f}", f"{beta:.2f}")
        if self.run_method == "fit" and "pseudo_r2" in self.controller.fitted:
            text += " " + tr("Fitted to the observed flows; pseudo-R² = {}.").format(
                f"{self.controller.fitted['pseudo_r2']:.2f}"
            )
        for layer_id in layer_ids:
            layer = project.mapLayer(layer_id)
            if layer is None:
                continue
            metadata = layer.metadata()
            metadata.setAbstract(text)
            layer.setMetadata(metadata)

    def first_map(self) -> None:
        """After Load: every city labelled, the map zoomed to Drenthe and its partner cities."""
        cities = self._layer("cities")
        if cities is None or cities.featureCount() <= 0:
            return
        labeling = cities.labeling()
        if isinstance(labeling, QgsVectorLayerSimpleLabeling):
            settings = QgsPalLayerSettings(labeling.settings())
            settings.displayAll = True  # every HEMA, reference and partner city keeps its name
            cities.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        canvas = self.iface.mapCanvas()
        extent = self.focus.to_canvas(cities, cities.extent())
        canvas.setExtent(extent.buffered(max(extent.width(), extent.height()) * 0.08))
        canvas.refresh()

    def show_unit(self) -> None:
        """Put the flows' unit (jobs, persons…) behind the threshold."""
        flows = self._layer("flows")
        units = set()
        if flows is not None and "unit" in flows.fields().names():
            index = flows.fields().lookupField("unit")
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
            if "theme" in flows.fields().names():  # the bundled flows hold jobs, moves and commuters
                request.setFilterExpression(f"\"theme\" = '{self.controller.state.theme}'")
            units = {str(f[index]) for f in flows.getFeatures(request) if f[index]}
        self.form.threshold.setSuffix(f" {unit_text(units.pop())}" if len(units) == 1 else "")

    # -- one map state --------------------------------------------------------------------------------------
    def show_current_theme(self) -> None:
        """Show only the current theme's results on the map and point the table at them; update the header."""
        project = QgsProject.instance()
        current = show_theme(project, self.controller.state.theme)
        for role in ("catchments", "links", "dominant"):
            if role in current:
                self.controller.layers[role] = current[role]
            else:
                self.controller.layers.pop(role, None)
        self.update_header()

    def update_header(self) -> None:
        """Header line: which theme, method and year the map shows."""
        state = self.controller.state
        theme_code, method, year = shown(QgsProject.instance(), self.controller.layers.get("catchments"))
        if theme_code:
            self.header.setText(tr("Map: {}").format(state_text(theme_code, method, year)))
        else:
            self.header.setText(tr("Map: {} (no catchment areas yet)").format(state_text(state.theme, None, "")))

    def update_methods(self) -> None:
        """Enable only the methods the loaded data supports for the chosen theme; say why in a tooltip."""
        flows = self._layer("flows")
        themes: set[str] = set()
        if flows is not None and "theme" in flows.fields().names():
            themes = {str(v) for v in flows.uniqueValues(flows.fields().lookupField("theme"))}
        theme_code = self.form.theme.currentData()
        reason = ""
        if flows is not None and theme_code not in themes:
            reason = tr("The loaded flows hold no observed flows for this theme; use the Huff model.")
        self.form.enable_methods(reason)
