"""hema:scenario on the bundled data and on the real road network, checked against direct computations."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import processing
import pytest
from helpers.bundled_runs import bundled_uri
from helpers.datafixtures import hema_gpkg  # noqa: F401
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer


def run(params: dict) -> dict:
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("hema:scenario", params, context=context, feedback=QgsProcessingFeedback())


def frame(layer) -> pd.DataFrame:
    names = layer.fields().names()
    return pd.DataFrame([[f[n] for n in names] for f in layer.getFeatures()], columns=names)


def test_attractiveness_and_new_centre_side_by_side(plugin, tmp_path):
    params_file = tmp_path / "fit.json"
    params_file.write_text(json.dumps({"alpha": 1.09, "beta": 1.92, "decay": "power"}))
    res = run(
        {
            "ZONES": bundled_uri("zones"),
            "CITIES": bundled_uri("cities"),
            "PARAMETERS_FILE": str(params_file),
            "SCENARIOS": "assen+, attractiveness, GM0106, 1.5\nnieuw, centre, NEW1, 40000, 235000, 540000",
            "OUTPUT_ZONES": "memory:",
            "OUTPUT_CITIES": "memory:",
        }
    )
    zones, cities = frame(res["OUTPUT_ZONES"]), frame(res["OUTPUT_CITIES"])
    n = QgsVectorLayer(bundled_uri("zones"), "z", "ogr").featureCount()
    assert len(zones) == 2 * n and set(zones["scenario"]) == {"assen+", "nieuw"}
    a = zones[zones.scenario == "assen+"]
    assert (a["dp_GM0106"] > 0).all()
    others = [c for c in a.columns if c.startswith("dp_") and c not in ("dp_GM0106", "dp_NEW1")]
    assert (a[others] < 0).all().all() and (a["dp_NEW1"] == 0).all()
    b = zones[zones.scenario == "nieuw"]
    assert (b["dp_NEW1"] > 0).all()
    # catchment change of Assen = Σ population × dp, straight from the zone output
    ca = cities[(cities.scenario == "assen+")].set_index("code")
    assert ca.loc["GM0106", "change"] == pytest.approx((a["population"] * a["dp_GM0106"]).sum(), rel=1e-9)
    assen = next(f for f in QgsVectorLayer(bundled_uri("cities"), "c", "ogr").getFeatures() if f["code"] == "GM0106")
    assert ca.loc["GM0106", "attractiveness"] == pytest.approx(1.5 * assen["population"])
    assert ca["change"].sum() == pytest.approx(0, abs=1e-6)
    assert "NEW1" in set(cities[cities.scenario == "nieuw"]["code"])


def test_faster_a28_over_the_real_roads(hema_gpkg, shared_data):  # noqa: F811
    roads = f"{shared_data / 'roads_travelmapping_noord.gpkg'}|layername=routes"
    res = run(
        {
            "ZONES": f"{hema_gpkg}|layername=zones",
            "CITIES": f"{hema_gpkg}|layername=steden",
            "ROADS": roads,
            "ALPHA": 1.09,
            "BETA": 1.92,
            "SCENARIOS": "a28, speed, A28, 130\nn381, road, Drachten-Emmen, 100, 200000, 560000, 255000, 532000\n"
            "centrum, centre, NEW1, 60000, 233000, 545000",
            "OUTPUT_ZONES": "memory:",
            "OUTPUT_CITIES": "memory:",
        }
    )
    zones = frame(res["OUTPUT_ZONES"])
    dp = zones.filter(like="dp_")
    assert np.abs(dp[zones.scenario == "a28"].to_numpy()).max() > 1e-4
    np.testing.assert_allclose(dp.sum(axis=1), 0, atol=1e-9)
    cities = frame(res["OUTPUT_CITIES"])
    assert set(cities["scenario"]) == {"a28", "n381", "centrum"}
    new = zones[zones.scenario == "centrum"]
    reached = new.filter(like="dp_").abs().sum(axis=1) > 0  # zones off the road network (islands) reach no city
    assert reached.mean() > 0.9 and (new.loc[reached, "dp_NEW1"] > 0).all() and (new["dp_NEW1"] >= 0).all()
    assert (zones[zones.scenario != "centrum"]["dp_NEW1"] == 0).all()
    with pytest.raises(Exception, match="road network"):
        run({"ZONES": f"{hema_gpkg}|layername=zones", "CITIES": f"{hema_gpkg}|layername=steden",
             "SCENARIOS": "x, speed, A28, 130", "OUTPUT_ZONES": "memory:", "OUTPUT_CITIES": "memory:"})  # fmt: skip


def test_in_a_model_saved_reloaded_and_run(plugin, tmp_path):
    """Loaded layers → scenario in a Graphical Modeler model: validates, survives .model3 and runs."""
    from hema_steden.printlayout.model import output_parameter, with_defaults
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    source = QgsProcessingModelChildParameterSource
    model = QgsProcessingModelAlgorithm("scenario chain", "tests")
    load = QgsProcessingModelChildAlgorithm("hema:loadlayers")
    load.setChildId("load")
    model.addChildAlgorithm(with_defaults(load))
    child = QgsProcessingModelChildAlgorithm("hema:scenario")
    child.setChildId("scenario")
    child.addParameterSources("ZONES", [source.fromChildOutput("load", "OUTPUT_ZONES")])
    child.addParameterSources("CITIES", [source.fromChildOutput("load", "OUTPUT_CITIES")])
    child.addParameterSources("SCENARIOS", [source.fromStaticValue("e, attractiveness, GM0114, 1.3")])
    out = QgsProcessingModelOutput("cities", "cities")
    out.setChildId("scenario")
    out.setChildOutputName("OUTPUT_CITIES")
    child.setModelOutputs({"cities": out})
    model.addChildAlgorithm(with_defaults(child))
    model.updateDestinationParameters()
    ok, issues = model.validateChildAlgorithm("scenario")
    assert ok, issues
    path = tmp_path / "scenario.model3"
    assert model.toFile(str(path))
    again = QgsProcessingModelAlgorithm()
    assert again.fromFile(str(path))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    name = output_parameter(again, "scenario", "cities")
    res = processing.run(again, {name: "memory:"}, context=context, feedback=QgsProcessingFeedback())
    layer = context.getMapLayer(res[name]) if isinstance(res[name], str) else res[name]
    emmen = [f for f in layer.getFeatures() if f["code"] == "GM0114"]
    assert emmen and emmen[0]["change"] > 0


def test_scenario_table_and_cost_table(plugin):
    """Changes from a table; a cost table as the base; 'cost' halves the costs to one city, as a direct Huff."""
    from hema_steden.core import huff
    from hema_steden.qgis_io.frames import field_type
    from qgis.core import QgsFeature, QgsField

    zones = QgsVectorLayer(bundled_uri("zones"), "z", "ogr")
    cities = QgsVectorLayer(bundled_uri("cities"), "c", "ogr")
    city_pts = {c["code"]: c.geometry().asPoint() for c in cities.getFeatures()}
    costs = QgsVectorLayer("None", "costs", "memory")
    kinds = (("origin", "string"), ("destination", "string"), ("cost", "double"))
    costs.dataProvider().addAttributes([QgsField(n, field_type(k)) for n, k in kinds])
    costs.updateFields()
    rows = []
    for z in zones.getFeatures():
        p = z.geometry().pointOnSurface().asPoint()
        for code, c in city_pts.items():
            f = QgsFeature(costs.fields())
            f.setAttributes([z["code"], code, max(p.distance(c), 2000.0) / 1000.0])
            rows.append(f)
    costs.dataProvider().addFeatures(rows)
    table = QgsVectorLayer("None", "scen", "memory")
    table.dataProvider().addAttributes([QgsField(n, field_type(k)) for n, k in
                                        (("scenario", "string"), ("kind", "string"), ("target", "string"),
                                         ("value", "double"))])  # fmt: skip
    table.updateFields()
    f = QgsFeature(table.fields())
    f.setAttributes(["fast", "cost", "GM0119", 0.5])
    table.dataProvider().addFeatures([f])
    res = run({"ZONES": bundled_uri("zones"), "CITIES": bundled_uri("cities"), "COSTS": costs, "SCENARIO_TABLE": table,
               "ALPHA": 1.0, "BETA": 2.0, "OUTPUT_ZONES": "memory:", "OUTPUT_CITIES": "memory:"})  # fmt: skip
    out = frame(res["OUTPUT_ZONES"])
    assert (out["dp_GM0119"] > 0).all()
    # direct: Huff with the costs to Meppel halved, minus the base
    codes = list(city_pts)
    attract = np.array([c["population"] for c in cities.getFeatures()], float)
    cost = frame(costs).pivot(index="origin", columns="destination", values="cost").loc[out["code"], codes].to_numpy()
    base = huff.probabilities(attract, cost, 1.0, 2.0)
    cost[:, codes.index("GM0119")] *= 0.5
    expected = huff.probabilities(attract, cost, 1.0, 2.0) - base
    own = [k for k, z in enumerate(out["code"]) if z not in codes]  # own zones get a floored cost; compare the rest
    np.testing.assert_allclose(out[[f"dp_{c}" for c in codes]].to_numpy()[own], expected[own], atol=1e-12)
