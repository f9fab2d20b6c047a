"""The dock on real QGIS with the test iface: bad input, cancel, settings, clean unload."""

import time

from helpers.dock import bar_text, flush_deletes, wait_until
from qgis.core import QgsApplication, QgsProject, QgsSettings, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAction

LONG_GRID = {
    "TYPE": 2,
    "EXTENT": "0,300000,300000,650000 [EPSG:28992]",
    "HSPACING": 10,
    "VSPACING": 10,
    "CRS": "EPSG:28992",
    "OUTPUT": "TEMPORARY_OUTPUT",
}


def test_unload_leaves_nothing(iface, plugin):
    import hema_steden

    registry = QgsApplication.processingRegistry()
    plugin.unload()
    QgsSettings().remove("hema_steden/dock_visible")
    second = hema_steden.classFactory(iface)
    second.initGui()
    assert second.dock in iface.docks and not second.dock.isVisibleTo(iface.mainWindow())  # hidden by default
    dock = second.show_dock()
    assert dock in iface.docks and second.action in iface.toolbar_actions and second.action in iface.menu_actions
    assert second.action.isChecked()
    layers_removed = QgsProject.instance().layersRemoved
    second.unload()
    flush_deletes()
    assert iface.docks == [] and iface.toolbar_actions == [] and iface.menu_actions == []
    assert registry.providerById("hema") is None
    main = iface.mainWindow()
    assert not main.findChildren(QgsDockWidget, "HemaStedenDock")
    assert not main.findChildren(QAction, "HemaStedenAction")
    assert all(not menu.actions() for menu in iface.pluginMenu().findChildren(type(iface.pluginMenu())))
    # the project signal the dock listened to has no HEMA receiver left: removing a layer reaches nothing dead
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "tmp", "memory")
    QgsProject.instance().addMapLayer(layer)
    QgsProject.instance().removeMapLayer(layer.id())
    assert layers_removed is not None
    plugin.initGui()
    assert registry.providerById("hema") is not None


def test_unload_during_a_run_stops_it(iface, plugin):
    import hema_steden

    plugin.unload()
    second = hema_steden.classFactory(iface)
    second.initGui()
    dock = second.show_dock()
    runner = dock.runner
    assert runner.start("native:creategrid", LONG_GRID, "test")
    wait_until(lambda: runner.task is not None and runner.task.status() == runner.task.Running, 20)
    start = time.monotonic()
    second.unload()
    flush_deletes()
    assert time.monotonic() - start < 2.0
    assert not QgsProject.instance().mapLayers() and iface.docks == []
    plugin.initGui()


def test_disconnect_all_drops_project_connection(dock):
    dock.disconnect_all()
    try:
        QgsProject.instance().layersRemoved.disconnect(dock._layers_removed)
    except TypeError:
        pass  # not connected any more: what unload needs
    else:
        raise AssertionError("layersRemoved was still connected to the dock")
    QgsProject.instance().layersRemoved.connect(dock._layers_removed)  # the fixture disconnects it again


def test_toolbar_action_toggles_the_dock_and_remembers(plugin, iface):
    assert plugin.dock in iface.docks  # initGui added it
    plugin.action.setChecked(False)
    plugin.action.setChecked(True)
    assert plugin.dock.isVisibleTo(iface.mainWindow())
    assert QgsSettings().value("hema_steden/dock_visible", type=bool) is True
    plugin.action.setChecked(False)
    assert not plugin.dock.isVisibleTo(iface.mainWindow())
    assert QgsSettings().value("hema_steden/dock_visible", type=bool) is False


def test_no_layers_loaded_is_a_message(dock, iface):
    dock.form.catchments_button.click()
    assert "Click 'Load' first" in bar_text(iface)
    dock.form.links_button.click()
    assert "No cities layer is loaded" in bar_text(iface)
    assert not dock.runner.is_running()


def test_atlas_without_data_asks_no_file(dock, iface):
    asked = []
    dock.choose_atlas_path = lambda current: asked.append(current) or ""
    dock.form.atlas_button.click()
    assert asked == [] and "No cities layer is loaded" in bar_text(iface)


def test_layer_without_needed_fields_is_a_message(dock, iface, project):
    bad = QgsVectorLayer("Point?crs=EPSG:28992&field=naam:string&field=inwoners:integer", "mijn steden", "memory")
    project.addMapLayer(bad)
    dock.form.source.setCurrentIndex(dock.form.source.findData("project"))
    dock.form.layer_combos["cities"].setLayer(bad)
    dock.form.load_button.click()
    text = bar_text(iface)
    assert "'mijn steden' cannot be used as cities" in text and "code, name, role, population" in text
    assert "naam, inwoners" in text


def test_project_layers_are_suggested_and_used(dock, iface, project):
    fields = "&".join(f"field={f}" for f in ("code:string", "name:string", "role:string", "population:integer"))
    cities = QgsVectorLayer(f"Point?crs=EPSG:28992&{fields}", "mijn steden", "memory")
    flow_fields = "&".join(
        f"field={f}" for f in ("origin:string", "destination:string", "theme:string", "value:double")
    )
    flows = QgsVectorLayer(f"None?{flow_fields}", "pendel", "memory")
    project.addMapLayers([cities, flows])
    dock.form.source.setCurrentIndex(dock.form.source.findData("project"))
    assert dock.form.layer_combos["cities"].currentLayer() == cities
    assert dock.form.layer_combos["flows"].currentLayer() == flows
    dock.form.load_button.click()
    assert bar_text(iface) == "Using the chosen project layers."
    assert dock.controller.layers == {"cities": cities.id(), "flows": flows.id()}
    dock.form.catchments_button.click()
    assert bar_text(iface) == "No zones layer is loaded. Click 'Load' first or choose a layer."


def test_failing_postgis_connection_is_a_message(dock, iface):
    dock.form.source.setCurrentIndex(dock.form.source.findData("postgis"))
    dock.form.pg_connection.setEditText("host=127.0.0.1 port=1 dbname=nope user=hema password=geheim")
    start = time.monotonic()
    dock.form.load_button.click()
    text = bar_text(iface)
    assert time.monotonic() - start < 10
    assert text.startswith("Cannot connect to PostGIS") and "Check the server" in text
    assert "geheim" not in text
    assert not dock.runner.is_running()


def test_cancel_stops_a_long_run_within_a_second(dock, iface):
    dock.action = "catchments"
    dock._busy(True)
    assert dock.runner.start("native:creategrid", LONG_GRID, "test")
    wait_until(lambda: dock.runner.task is not None and dock.runner.task.status() == dock.runner.task.Running, 20)
    time.sleep(0.5)
    assert dock.runner.is_running() and dock.cancel_button.isEnabled()
    dock.cancel_button.click()
    waited = wait_until(lambda: not dock.runner.is_running(), 10)
    assert waited < 1.0, f"cancel took {waited:.2f} s"
    assert dock.runner.finished_at - dock.runner.cancel_requested_at < 1.0
    assert bar_text(iface) == "Canceled."
    assert dock.form.load_button.isEnabled() and not dock.cancel_button.isEnabled()
    assert not QgsProject.instance().mapLayers()


def test_algorithm_errors_go_to_the_message_bar(dock, iface):
    dock.action = "links"
    assert not dock.runner.start("native:buffer", {"INPUT": "/no/such/file.gpkg", "OUTPUT": "TEMPORARY_OUTPUT"}, "x")
    text = bar_text(iface)  # display name, not id; the parameter's label, not its name
    assert "Buffer failed" in text and "native:" not in text and "'Input layer'" in text and "INPUT" not in text, text
    iface.messageBar().clearWidgets()
    params = {**LONG_GRID, "EXTENT": "0,100,0,100 [EPSG:28992]", "HSPACING": 1000, "VSPACING": 1000}
    dock.runner.start("native:creategrid", params, "x")
    wait_until(lambda: not dock.runner.is_running(), 20)
    text = bar_text(iface)
    assert text.startswith("Create grid failed: ") and "spacing" in text.lower()


def test_results_are_loaded_into_a_group(dock, project):
    dock.action = "catchments"
    params = {**LONG_GRID, "EXTENT": "0,1000,0,1000 [EPSG:28992]", "HSPACING": 250, "VSPACING": 250}
    outputs = {}
    dock.runner.finished.connect(lambda alg, ok, out, err: outputs.update(out, ok=ok))
    assert dock.runner.start("native:creategrid", params, "Verzorgingsgebieden")
    wait_until(lambda: "ok" in outputs, 30)
    layer = project.mapLayer(outputs["OUTPUT"])
    assert outputs["ok"] and layer.featureCount() == 16
    group = project.layerTreeRoot().findGroup("HEMA Steden").findGroup("Verzorgingsgebieden")
    assert [n.layer() for n in group.findLayers()] == [layer]


def test_settings_remembered(dock, iface):
    from hema_steden.ui.dock import HemaDock

    form = dock.form
    form.theme.setCurrentIndex(form.theme.findData("vrije_tijd"))
    form.method.setCurrentIndex(form.method.findData("huff"))
    form.beta.setValue(2.25)
    form.cities.item(0).setCheckState(Qt.CheckState.Unchecked)
    form.curved.setChecked(False)
    form.catchments_button.click()  # saves the state, then refuses: nothing loaded
    assert QgsSettings().value("hema_steden/theme") == "vrije_tijd"
    again = HemaDock(iface)
    try:
        state = again.controller.state
        assert (state.theme, state.method, state.beta, state.curved) == ("vrije_tijd", "huff", 2.25, False)
        assert form.cities.item(0).data(Qt.ItemDataRole.UserRole) not in state.selected
        assert again.form.beta.value() == 2.25 and again.form.beta.isEnabled()
    finally:
        again.disconnect_all()
        again.deleteLater()
        QgsSettings().remove("hema_steden")
