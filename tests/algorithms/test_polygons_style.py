"""Catchment polygons per city and band, and the automatic and explicit catchment styling."""

import processing
import pytest
from helpers.catchments import as_layer
from qgis.core import QgsCategorizedSymbolRenderer, QgsLinePatternFillSymbolLayer, QgsProject
from test_observed_real import observed_2014


def test_polygons_dissolve_per_city_and_band(shared_data, context, feedback):
    zones_layer, _ = observed_2014(shared_data, context, feedback)
    result = processing.run(
        "hema:catchmentpolygons",
        {"INPUT": zones_layer, "CITY_FIELD": "dom_code", "NAME_FIELD": "dom_name", "BAND_FIELD": "band",
         "POPULATION_FIELD": "population", "VOLUME_FIELD": "outflow", "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context, feedback=feedback,
    )  # fmt: skip
    polygons = as_layer(context, result["OUTPUT"])
    rows = {(f["city_code"], f["band"]): f for f in polygons.getFeatures()}
    zones = list(zones_layer.getFeatures())
    # independent check of one group: Assen's secondary zones
    members = [z for z in zones if z["dom_code"] == "GM0106" and z["band"] == "secondary"]
    group = rows[("GM0106", "secondary")]
    assert group["zones"] == len(members) and group["city_name"] == "Assen"
    inflow = sum(z["s_GM0106"] * z["outflow"] for z in members)
    total = sum(z["s_GM0106"] * z["outflow"] for z in zones)
    assert group["inflow"] == pytest.approx(inflow) and group["inflow_share"] == pytest.approx(inflow / total)
    assert group["area_km2"] == pytest.approx(sum(z.geometry().area() for z in members) / 1e6)
    assert group.geometry().area() == pytest.approx(group["area_km2"] * 1e6, rel=1e-3)
    # every zone with a dominant city is in exactly one group; a city's bands never supply more than its inflow
    assert sum(f["zones"] for f in rows.values()) == sum(1 for z in zones if z["dom_code"])
    for code in {c for c, _ in rows}:
        assert sum(f["inflow_share"] for (c, _), f in rows.items() if c == code) <= 1 + 1e-9
    assert rows[("GM0106", "own")]["inflow_share"] > 0.3  # Assen fills a good part of its own jobs


def test_outputs_styled_automatically_and_on_demand(shared_data, context, feedback, tmp_path):
    _, params = observed_2014(shared_data, context, feedback)
    result = processing.runAndLoadResults("hema:catchmentsobserved", params, context=context, feedback=feedback)
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    labels = {c.label() for c in renderer.categories()}
    assert "Assen – eigen gemeente" in labels and "geen verzorgingsgebied" in labels
    contested = [c for c in renderer.categories() if c.value().endswith("|contested")]
    for category in contested:
        assert any(isinstance(s, QgsLinePatternFillSymbolLayer) for s in category.symbol().symbolLayers())
    assert layer.labelsEnabled()
    qml = tmp_path / "catchments.qml"
    styled = processing.run(
        "hema:stylecatchments",
        {"INPUT": layer, "CITY_FIELD": "dom_code", "NAME_FIELD": "dom_name", "BAND_FIELD": "band", "LANGUAGE": 1,
         "QML": str(qml)},
        context=context, feedback=feedback,
    )  # fmt: skip
    assert styled["OUTPUT"] == layer.id() and qml.exists()
    assert "Assen – own municipality" in {c.label() for c in layer.renderer().categories()}


def test_residual_layer_gets_static_qml(context, feedback):
    from qgis.core import QgsGraduatedSymbolRenderer
    from test_bad_input import FIELDS, GOOD_FLOWS, cities_layer, flows_layer, zones_layer

    flows = [(z, d, v * (3 if d == "A" else 1)) for z, d, v in GOOD_FLOWS]
    params = {**FIELDS, "ZONES": zones_layer(), "CITIES": cities_layer(), "ATTRACTIVENESS_FIELD": "population",
              "FLOWS": flows_layer(flows), "ORIGIN_FIELD": "origin", "DESTINATION_FIELD": "destination",
              "VALUE_FIELD": "value", "OUTPUT": "TEMPORARY_OUTPUT"}  # fmt: skip
    result = processing.runAndLoadResults("hema:calibratehuff", params, context=context, feedback=feedback)
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    assert layer.renderer().classAttribute() == "r_max"
    assert {f["code"]: f["obs_dom"] for f in layer.getFeatures()}["Z1"] == "A"
