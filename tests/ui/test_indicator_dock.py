"""The dock's Load step loads indicator maps; its Results tab shows the indicator comparison of the cities."""

from helpers.dock import bar_text, wait_until
from hema_steden.ui.indicator_results import comparison_for
from qgis.core import QgsLayerTreeGroup


def run(dock, iface, action: str, timeout: float = 120) -> str:
    iface.messageBar().clearWidgets()
    assert dock.run_action(action), bar_text(iface)
    wait_until(lambda: not dock.runner.is_running() and not dock.queue, timeout)
    return bar_text(iface)


def _groups(node):
    out = []
    for child in node.children():
        if isinstance(child, QgsLayerTreeGroup):
            out += [child.name(), *_groups(child)]
    return out


def test_results_tab_shows_the_comparison_of_the_selected_and_reference_cities(dock):
    dock.refresh_results()
    table = dock.indicator_table
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert header[-2:] == ["Drenthe", "NL"]
    assert {"Assen", "Emmen", "Hoogeveen", "Meppel", "Groningen", "Zwolle", "Leeuwarden"} <= set(header)
    assert table.rowCount() == len(comparison_for(["GM0106"], "werk_studie", "en")[1]) > 0
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert any("2022" in text for text in labels)


def test_load_with_indicator_maps(dock, iface, project):
    index = dock.form.indicators.findData("dist_hospital")
    dock.form.indicators.setCurrentIndex(index)
    assert run(dock, iface, "load").endswith("finished.")
    groups = _groups(project.layerTreeRoot())
    assert "indicatoren voorzieningen" in groups
    assert project.mapLayersByName("afstand tot ziekenhuis (km, 2018)") or project.mapLayersByName(
        "distance to hospital (km, 2018)"
    )
