"""Styles of the network outputs: graduated arrow widths coloured per city, node circles with labels."""

import processing
from helpers.netdata import cbs_2014, out
from hema_steden.styling.network import class_breaks, flow_styler, node_styler
from qgis.core import QgsArrowSymbolLayer, QgsGraduatedSymbolRenderer, QgsSymbolLayer


def test_class_breaks_cover_the_values():
    values = [0.1, 0.2, 0.5, 1.0, 3.7, 12.0]
    breaks = class_breaks(values, 5)
    assert breaks == sorted(breaks) and breaks[-1] == 12.0 and len(breaks) <= 5
    assert class_breaks([]) == []


def test_flow_and_node_styles_on_real_output(context, feedback, shared_data):
    params = cbs_2014(shared_data) | {"OUTPUT": "memory:", "NODE_TOTALS": "memory:", "TOP_K": 3}
    res = processing.run("hema:flowlines", params, context=context, feedback=feedback)
    lines, nodes = out(context, res["OUTPUT"]), out(context, res["NODE_TOTALS"])
    flow_styler("value")(lines)
    renderer = lines.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "value"
    ranges = renderer.ranges()  # keep the copies alive while their symbols are inspected
    widths = [r.symbol().symbolLayer(0).arrowWidth() for r in ranges]
    assert widths == sorted(widths) and widths[0] < widths[-1]
    symbol = ranges[0].symbol()
    arrow = symbol.symbolLayer(0)
    assert isinstance(arrow, QgsArrowSymbolLayer) and arrow.isCurved()
    sub = arrow.subSymbol()
    fill = sub.symbolLayer(0)
    assert fill.dataDefinedProperties().property(QgsSymbolLayer.Property.PropertyFillColor).field() == "colour"
    upper = max(r.upperValue() for r in ranges)
    assert upper == max(f["value"] for f in lines.getFeatures())
    node_styler("total_in")(nodes)
    assert nodes.labelsEnabled() and nodes.labeling().settings().fieldName == "name"
