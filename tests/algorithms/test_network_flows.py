"""hema:flowlines and hema:modeshares on the real CBS commuting data."""

import pandas as pd
import processing
import pytest
from helpers.netdata import Warnings, cbs_2014, csv_layer, memory_table, odf_2016, out
from qgis.core import QgsProcessingException


def _features(layer):
    return {(f["origin"], f["destination"]): f for f in layer.getFeatures()}


def test_flowlines_cbs_2014_twoway(context, feedback, shared_data):
    params = cbs_2014(shared_data) | {"OUTPUT": "memory:", "NODE_TOTALS": "memory:", "TOP_K": 5}
    res = processing.run("hema:flowlines", params, context=context, feedback=feedback)
    lines = out(context, res["OUTPUT"])
    nodes = out(context, res["NODE_TOTALS"])
    assert lines.featureCount() > 100 and nodes.featureCount() == 77
    f = _features(lines)[("GM0106", "GM0014")]
    assert f["value"] == pytest.approx(3.7)
    assert f["rank"] == 1 and f["origin_name"] == "Assen" and f["colour"] == "#1f5fa8"
    assert f.geometry().constGet().numPoints() == 21
    ranks = [g["rank"] for g in lines.getFeatures()]
    assert max(ranks) == 5
    totals = {g["code"]: g for g in nodes.getFeatures()}
    raw = pd.read_csv(shared_data / "commuting_cbs_banen_2006_2014_noord.csv").query("jaar == 2014")
    assen = raw[raw.woon_code_2014 == "GM0106"]
    assert totals["GM0106"]["self"] == pytest.approx(assen[assen.werk_code_2014 == "GM0106"].banen_x1000.sum())
    assert totals["GM0106"]["total_out"] == pytest.approx(
        assen[assen.werk_code_2014.isin(list(totals))].banen_x1000.sum()
    )
    assert sum(g["outflow"] for g in nodes.getFeatures()) == pytest.approx(
        sum(g["inflow"] for g in nodes.getFeatures())
    )
    # share is of the full outflow: Assen's rank-1 share = 3.7 / outflow
    assert f["share"] == pytest.approx(3.7 / totals["GM0106"]["outflow"])


def test_flowlines_net_is_antisymmetric(context, feedback, shared_data):
    base = cbs_2014(shared_data) | {"NODE_TOTALS": "memory:"}
    two = processing.run("hema:flowlines", base | {"OUTPUT": "memory:"}, context=context, feedback=feedback)
    net = processing.run(
        "hema:flowlines", base | {"OUTPUT": "memory:", "LINE_TYPE": 2}, context=context, feedback=feedback
    )
    t = {k: f["value"] for k, f in _features(out(context, two["OUTPUT"])).items()}
    n = _features(out(context, net["OUTPUT"]))
    for (o, d), f in n.items():
        assert (d, o) not in n
        assert f["value"] == pytest.approx(t.get((o, d), 0) - t.get((d, o), 0))
        assert f["value"] > 0


def test_all_below_threshold_gives_empty_output_with_warning(context, shared_data):
    warned = Warnings()
    params = cbs_2014(shared_data) | {"OUTPUT": "memory:", "NODE_TOTALS": "memory:", "THRESHOLD": 1e6}
    res = processing.run("hema:flowlines", params, context=context, feedback=warned)
    assert out(context, res["OUTPUT"]).featureCount() == 0
    assert any("No flow passes the filters" in w for w in warned.warnings)
    assert any("not in the cities layer" in w for w in warned.warnings)  # 2014 codes merged away by 2018


def test_bad_flows_are_named(context, feedback, shared_data):
    nodes = cbs_2014(shared_data)["CITIES"]
    base = {
        "CITIES": nodes,
        "CITY_CODE_FIELD": "statcode",
        "OUTPUT": "memory:",
        "NODE_TOTALS": "memory:",
        "ORIGIN_FIELD": "origin",
        "DESTINATION_FIELD": "destination",
        "VALUE_FIELD": "value",
    }
    with pytest.raises(QgsProcessingException, match="negative"):
        processing.run(
            "hema:flowlines",
            base | {"FLOWS": memory_table([("GM0106", "GM0014", -3.0)])},
            context=context,
            feedback=feedback,
        )
    missing = memory_table([("GM0106", "GM9999", 3.0)])
    with pytest.raises(QgsProcessingException, match="not in the cities layer: GM9999"):
        processing.run(
            "hema:flowlines", base | {"FLOWS": missing, "DROP_UNMATCHED": False}, context=context, feedback=feedback
        )
    with pytest.raises(QgsProcessingException, match="no flow has both"):
        processing.run("hema:flowlines", base | {"FLOWS": missing}, context=context, feedback=feedback)
    warned = Warnings()
    res = processing.run(
        "hema:flowlines",
        base | {"FLOWS": memory_table([("GM0106", "GM0106", 3.0)])},
        context=context,
        feedback=warned,
    )
    assert out(context, res["OUTPUT"]).featureCount() == 0
    assert any("all self-contained" in w for w in warned.warnings)


def test_modeshares_2016(context, feedback, shared_data):
    params = odf_2016(shared_data) | {"OUTPUT": "memory:", "MIN_TOTAL": 500, "MODE_FIELD": "mode"}
    res = processing.run("hema:modeshares", params, context=context, feedback=feedback)
    layer = out(context, res["OUTPUT"])
    f = _features(layer)
    assert f[("GM0106", "GM0014")]["total"] == pytest.approx(3195, abs=1)
    assert f[("GM0119", "GM0193")]["total"] == pytest.approx(1606, abs=1)
    assert f[("GM0106", "GM0106")]["total"] == pytest.approx(11230, abs=1)
    share_fields = [n for n in layer.fields().names() if n.startswith("share_")]
    for feat in layer.getFeatures():
        assert sum(feat[n] for n in share_fields) == pytest.approx(1.0)
        assert feat["total"] >= 500
    assert f[("GM0106", "GM0014")]["main_mode"] == "car"


def test_flowlines_needs_projected_nodes(context, feedback, shared_data):
    params = cbs_2014(shared_data)
    geo = processing.run(
        "native:reprojectlayer",
        {"INPUT": params["CITIES"], "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"},
        context=context,
    )["OUTPUT"]
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        processing.run(
            "hema:flowlines",
            params | {"CITIES": geo, "OUTPUT": "memory:", "NODE_TOTALS": "memory:"},
            context=context,
            feedback=feedback,
        )


def test_csv_layer_helper(shared_data):
    assert csv_layer(shared_data / "commuting_2016_odf_noord_by_mode.csv").featureCount() == 28888
