"""The dock drives the whole workflow on the bundled data: load → catchments → links → city profile."""

from collections import Counter

import pytest
from helpers.dock import bar_text, wait_until
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import Qt

STEPS = {
    "load": ["hema:loadlayers"],
    "catchments": ["hema:catchmentsobserved"],
    "links": ["hema:flowlines", "hema:dominantflows"],
    "profile": ["hema:cityprofile"],
}


def require(*alg_ids):
    registry = QgsApplication.processingRegistry()
    missing = [a for a in alg_ids if registry.algorithmById(a) is None]
    if missing:
        pytest.skip(f"not merged yet: {', '.join(missing)}")


def run(dock, iface, action: str, timeout: float = 120) -> str:
    iface.messageBar().clearWidgets()
    assert dock.run_action(action), bar_text(iface)
    wait_until(lambda: dock.is_idle(), timeout)
    return bar_text(iface)


def test_full_run_on_bundled_data(dock, iface, project):
    require(*[a for ids in STEPS.values() for a in ids])
    text = run(dock, iface, "load")
    assert text.endswith("finished."), text
    assert {"cities", "zones", "flows"} <= set(dock.controller.layers)
    assert dock.table.rowCount() == 4 and dock.table.item(0, 1).text()  # population known after loading

    text = run(dock, iface, "catchments")
    assert text.endswith("finished."), text
    catchments = project.mapLayer(dock.controller.layers["catchments"])
    assert catchments.featureCount() > 0 and catchments.renderer() is not None
    assert any(dock.table.item(r, 2).text() for r in range(4)), "catchment population filled"

    text = run(dock, iface, "links")
    assert text.endswith("finished."), text
    assert project.mapLayer(dock.controller.layers["links"]).featureCount() > 0

    text = run(dock, iface, "profile")
    assert text.endswith("finished."), text
    assert dock.tabs.currentIndex() == 1
    cells = [[dock.table.item(r, c).text() for c in range(6)] for r in range(dock.table.rowCount())]
    assert [row[0] for row in cells] == ["Assen", "Emmen", "Hoogeveen", "Meppel"]
    assert all(row[3].endswith("%") and row[4] and row[5] for row in cells), cells
    assert dock.chart.bar_count() >= 4

    group = project.layerTreeRoot().findGroup("HEMA Steden")
    assert group is not None and len(group.findLayers()) >= 6
    assert_planner_map(project, dock.controller.layers)

    # clicking Assen zooms to it and selects its catchment zones and links
    dock.table.cellClicked.emit(0, 0)
    assert dock.focus.highlights and catchments.selectedFeatureCount() == 0  # outlined, not yellow-selected
    assert project.mapLayer(dock.controller.layers["links"]).selectedFeatureCount() > 0
    extent = iface.mapCanvas().extent()
    cities = project.mapLayer(dock.controller.layers["cities"])
    assen = next(f for f in cities.getFeatures() if f["code"] == "GM0106")
    assert extent.contains(assen.geometry().asPoint())


def assert_planner_map(project, roles):
    """Cities draw on top and alone name the cities; the dominant flows show, the full set of flow lines does not."""
    order = [node.layerId() for node in project.layerTreeRoot().findLayers()]  # top to bottom
    layers = [project.mapLayer(i) for i in order]
    polygons = [
        i for i, layer in zip(order, layers) if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    ]
    cities = order.index(roles["cities"])
    assert polygons and all(cities < order.index(p) for p in polygons), [layer.name() for layer in layers]
    for role in ("links", "dominant"):
        assert cities < order.index(roles[role]) < order.index(roles["catchments"]) < order.index(roles["zones"])
    points = [layer for layer in layers if layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry]
    assert [layer.id() for layer in points if layer.labelsEnabled()] == [roles["cities"]]
    tree = project.layerTreeRoot()
    assert tree.findLayer(roles["dominant"]).isVisible() and not tree.findLayer(roles["links"]).isVisible()
    assert tree.findLayer(roles["cities"]).isVisible()


def test_huff_and_fitted_huff(dock, iface, project):
    require("hema:loadlayers", "hema:catchmentshuff", "hema:calibratehuff")
    assert run(dock, iface, "load").endswith("finished.")
    dock.form.method.setCurrentIndex(dock.form.method.findData("fit"))
    text = run(dock, iface, "catchments")
    assert text.endswith("finished."), text
    assert {"alpha", "beta"} <= set(dock.controller.fitted)
    names = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    assert any("Huff" in n or "huff" in n for n in names), names


def test_export_atlas(dock, iface, project, tmp_path):
    require("hema:loadlayers", "hema:mapbook")
    assert run(dock, iface, "load").endswith("finished.")
    target = tmp_path / "atlas.pdf"
    dock.choose_atlas_path = lambda current: str(target)
    text = run(dock, iface, "atlas", timeout=300)
    assert text == f"Atlas written to {target}", text
    assert target.stat().st_size > 10_000 and target.read_bytes()[:5] == b"%PDF-"


def test_load_from_a_geopackage(dock, iface, project):
    require("hema:loadlayers")
    from hema_steden.paths import DEFAULT_GPKG

    dock.form.source.setCurrentIndex(dock.form.source.findData("gpkg"))
    dock.form.gpkg.setFilePath(str(DEFAULT_GPKG))
    assert run(dock, iface, "load").endswith("finished.")
    assert {"cities", "zones", "flows"} <= set(dock.controller.layers)
    iface.messageBar().clearWidgets()
    dock.form.gpkg.setFilePath("/no/such/hema.gpkg")
    dock.run_action("load")
    wait_until(lambda: not dock.runner.is_running(), 30)
    assert "Load HEMA indicator layers failed" in bar_text(iface) and "/no/such/hema.gpkg" in bar_text(iface)


def test_click_on_a_city_zooms_and_selects_its_catchment(dock, iface, project):
    require("hema:loadlayers", "hema:catchmentsobserved")
    assert run(dock, iface, "load").endswith("finished.")
    for i in range(dock.form.cities.count()):  # every city competes (the Cities list feeds CITY_CODES)
        dock.form.cities.item(i).setCheckState(Qt.CheckState.Checked)
    assert run(dock, iface, "catchments").endswith("finished.")
    catchments = project.mapLayer(dock.controller.layers["catchments"])
    cities = project.mapLayer(dock.controller.layers["cities"])
    emmen_row = [dock.table.item(r, 0).text() for r in range(dock.table.rowCount())].index("Emmen")
    assert dock.table.item(emmen_row, 2).text()  # catchment population of Emmen
    dock.table.cellClicked.emit(emmen_row, 0)
    # the catchment zones are outlined (QgsHighlight), not selected: the yellow fill would hide their colours
    assert catchments.selectedFeatureCount() == 0 and len(dock.focus.highlights) >= 1
    emmen_zones = [f for f in catchments.getFeatures() if f["dom_code"] == "GM0114"]
    assert len(dock.focus.highlights) == len(emmen_zones)
    assert [f["code"] for f in cities.getSelectedFeatures()] == ["GM0114"]
    emmen = next(cities.getSelectedFeatures()).geometry().asPoint()
    extent = iface.mapCanvas().extent()
    assert extent.contains(emmen) and extent.width() < 200_000  # zoomed in on Emmen, not the whole region


def hema_names(project) -> Counter:
    group = project.layerTreeRoot().findGroup("HEMA Steden")
    return Counter(node.layer().name() for node in group.findLayers())


def group_names(project) -> list[str]:
    group = project.layerTreeRoot().findGroup("HEMA Steden")
    return [g.name() for g in group.findGroups(True)]


def test_rerun_replaces_own_results_keeps_the_users(dock, iface, project):
    require("hema:loadlayers", "hema:catchmentsobserved")
    for _ in range(2):
        assert run(dock, iface, "load").endswith("finished.")
    for _ in range(2):
        assert run(dock, iface, "catchments").endswith("finished.")
    names = hema_names(project)
    assert names and max(names.values()) == 1, names
    # the cities layer sits on top of the HEMA group; the data group's name no longer lists them
    assert "zones and provinces" in group_names(project) and "cities, zones and provinces" not in group_names(project)
    assert len(QgsProject.instance().mapLayers()) == sum(names.values())

    # a layer the user put in the HEMA group under a result's name, and an edited result, both stay
    catchments = project.mapLayer(dock.controller.layers["catchments"])
    mine = QgsVectorLayer("Point?crs=EPSG:28992", catchments.name(), "memory")
    project.addMapLayer(mine, False)
    project.layerTreeRoot().findGroup("HEMA Steden").addLayer(mine)
    catchments.startEditing()
    first = next(catchments.getFeatures())
    assert catchments.changeAttributeValue(first.id(), 0, first[0])
    assert catchments.commitChanges()
    edited_id = catchments.id()
    iface.messageBar().clearWidgets()
    assert dock.run_action("catchments")
    wait_until(lambda: dock.is_idle(), 120)
    texts = [item.text() for item in iface.messageBar().items()]
    assert any("you edited" in t and catchments.name() in t for t in texts), texts
    assert project.mapLayer(edited_id) is catchments and project.mapLayer(mine.id()) is mine
    assert dock.controller.layers["catchments"] != edited_id  # the dock works on the new result
    assert hema_names(project)[catchments.name()] == 3  # the user's layer, the edited result, the new result
    # the other steps' layers were not touched by the catchments rerun
    assert max(count for name, count in hema_names(project).items() if name != catchments.name()) == 1
