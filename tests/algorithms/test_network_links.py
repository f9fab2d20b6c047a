"""hema:dominantflows and hema:gravitylinks on the real CBS commuting 2014."""

import processing
import pytest
from helpers.netdata import cbs_2014, gpkg_layer, memory_table, out
from qgis.core import QgsProcessingException


def test_dominantflows_hierarchy_is_a_forest(context, feedback, shared_data):
    params = cbs_2014(shared_data) | {"OUTPUT": "memory:", "NODES_OUTPUT": "memory:"}
    res = processing.run("hema:dominantflows", params, context=context, feedback=feedback)
    nodes = {f["code"]: f for f in out(context, res["NODES_OUTPUT"]).getFeatures()}
    links = list(out(context, res["OUTPUT"]).getFeatures())
    assert links and len(links) == sum(1 for f in nodes.values() if f["kept"])
    for link in links:
        o, d = nodes[link["origin"]], nodes[link["destination"]]
        assert d["weight"] > o["weight"]  # every kept link goes to a larger node
        assert o["level"] == d["level"] + 1 and o["root"] == d["root"] == link["root"]
    # forest: each node has at most one outgoing kept link and every root is an unkept (dominant) node
    assert len({link["origin"] for link in links}) == len(links)
    for f in nodes.values():
        assert not nodes[f["root"]]["kept"] and nodes[f["root"]]["node_class"] == "dominant"
    assen = [link for link in links if link["origin"] == "GM0106"][0]
    assert assen["destination"] == "GM0014" and assen["value"] == pytest.approx(3.7)
    assert nodes["GM0119"]["parent"] == "GM0193"
    assert nodes["GM0014"]["node_class"] in ("dominant", "intermediate")


def test_dominantflows_self_loops_only(context, feedback, shared_data):
    params = cbs_2014(shared_data) | {
        "FLOWS": memory_table([("GM0106", "GM0106", 3.0), ("GM0014", "GM0014", 9.0)]),
        "ORIGIN_FIELD": "origin",
        "DESTINATION_FIELD": "destination",
        "VALUE_FIELD": "value",
        "YEAR": "",
        "OUTPUT": "memory:",
        "NODES_OUTPUT": "memory:",
    }
    with pytest.raises(QgsProcessingException, match="only self-loops"):
        processing.run("hema:dominantflows", params, context=context, feedback=feedback)


def test_gravity_fit_on_cbs_2014(context, feedback, shared_data):
    params = cbs_2014(shared_data) | {"OUTPUT": "memory:"}
    res = processing.run("hema:gravitylinks", params, context=context, feedback=feedback)
    layer = out(context, res["OUTPUT"])
    n = 77 - 0
    assert layer.featureCount() <= n * (n - 1)
    assert 1.0 < res["BETA_FITTED"] < 4.0 and 0.5 < res["PSEUDO_R2"] < 1.0
    observed = sum(f["observed"] for f in layer.getFeatures())
    modelled = sum(f["modelled"] for f in layer.getFeatures())
    assert modelled == pytest.approx(observed, rel=1e-6)  # Poisson GLM with intercept conserves the total
    f = [g for g in layer.getFeatures() if g["origin"] == "GM0106" and g["destination"] == "GM0014"][0]
    assert f["observed"] == pytest.approx(3.7)
    assert f["residual"] == pytest.approx(f["observed"] - f["modelled"])


def test_gravity_without_flows_is_an_index(context, feedback, shared_data):
    kern = gpkg_layer(shared_data / "cbs_kerncijfers_2022_tmap.gpkg", "gemeenten_2022")
    params = {
        "CITIES": kern,
        "CITY_CODE_FIELD": "code",
        "CITY_NAME_FIELD": "name",
        "WEIGHT_FIELD": "population",
        "TOP_K": 3,
        "OUTPUT": "memory:",
    }
    res = processing.run("hema:gravitylinks", params, context=context, feedback=feedback)
    layer = out(context, res["OUTPUT"])
    values = [f["modelled"] for f in layer.getFeatures()]
    assert max(values) == pytest.approx(100) and layer.featureCount() == 3 * kern.featureCount()
    assert not any(isinstance(f["observed"], float) for f in layer.getFeatures())


def test_dominantflows_with_population_weight(context, feedback, shared_data):
    kern = gpkg_layer(shared_data / "cbs_kerncijfers_2022_tmap.gpkg", "gemeenten_2022")
    params = cbs_2014(shared_data) | {
        "CITIES": kern,
        "CITY_CODE_FIELD": "code",
        "CITY_NAME_FIELD": "name",
        "WEIGHT_FIELD": "population",
        "OUTPUT": "memory:",
        "NODES_OUTPUT": "memory:",
    }
    res = processing.run("hema:dominantflows", params, context=context, feedback=feedback)
    nodes = {f["code"]: f for f in out(context, res["NODES_OUTPUT"]).getFeatures()}
    population = {f["code"]: f["population"] for f in kern.getFeatures()}
    for link in out(context, res["OUTPUT"]).getFeatures():
        assert population[link["destination"]] > population[link["origin"]]
    # Emmen (107,856) no longer hangs from Hoogeveen (55,857) when size is population
    assert nodes["GM0114"]["weight"] == population["GM0114"]
    assert nodes["GM0114"]["parent"] != "GM0118"
