"""Legible flow maps: one width scale across years, larger flows on top, faded small ones, labels, intrazonal nodes."""

from __future__ import annotations

import processing
import pytest
from helpers.bundled_runs import bundled_uri
from hema_steden.styling.change import link_change_styler
from hema_steden.styling.network import fixed_breaks, flow_styler, node_styler
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer


def lines(**options) -> dict:
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {"FLOWS": bundled_uri("flows"), "CITIES": bundled_uri("zones"), "OUTPUT": "memory:",
              "NODE_TOTALS": "memory:", **options}  # fmt: skip
    return processing.run("hema:flowlines", params, context=context, feedback=QgsProcessingFeedback())


def test_top_n_and_shared_scale(plugin):
    every = lines()["OUTPUT"]
    top = lines(TOP_N=25)["OUTPUT"]
    assert top.featureCount() == 25 < every.featureCount()
    values = sorted((f["value"] for f in every.getFeatures()), reverse=True)
    assert sorted(f["value"] for f in top.getFeatures()) == sorted(values[:25])
    small = lines(THRESHOLD=0, TOP_N=5)["OUTPUT"]
    # one fixed scale: both maps get the same class bounds whatever their own largest line
    for layer in (every, small):
        flow_styler("value", scale_max=10000, fade_below=0.1, label_top=10)(layer)
    bounds = [[(r.lowerValue(), r.upperValue()) for r in lay.renderer().ranges()] for lay in (every, small)]
    assert [b for b in bounds[0][:-1]] == [b for b in bounds[1][:-1]]
    assert [b[0] for b in bounds[0]] == [0.0] + fixed_breaks(10000)[:-1]
    renderer = every.renderer()
    assert renderer.orderByEnabled() and renderer.orderBy().list()[0].ascending()  # largest drawn last, on top
    faded = [r.symbol().opacity() for r in renderer.ranges()]
    assert faded[0] == pytest.approx(0.3) and faded[-1] == pytest.approx(1.0)
    labels = every.labeling().settings()
    assert every.labelsEnabled() and f"{values[9]!r}" in labels.fieldName
    assert sum(f["value"] >= values[9] for f in every.getFeatures()) >= 10


def test_intrazonal_nodes_and_change_style(plugin):
    nodes = lines(INTRAZONAL=True)["NODE_TOTALS"]
    node_styler("self", scale_max=40000)(nodes)
    props = nodes.renderer().symbol().symbolLayer(0).dataDefinedProperties()
    assert any('"self"' in props.property(k).expressionString() for k in props.propertyKeys())
    assert max(f["self"] for f in nodes.getFeatures()) > 0
    layer = QgsVectorLayer("LineString?crs=EPSG:28992&field=status:string&field=change:double", "c", "memory")
    link_change_styler(500.0)(layer)
    cats = {c.value(): c for c in layer.renderer().categories()}
    assert set(cats) == {"new", "grew", "same", "shrank", "gone", "unobserved"}
    assert cats["grew"].symbol().color().name() != cats["shrank"].symbol().color().name()
    assert layer.renderer().orderByEnabled()
