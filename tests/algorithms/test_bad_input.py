"""Every bad input listed in the catchment issue gives a clear QgsProcessingException."""

import processing
import pytest
from helpers.netdata import memory_table
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsRectangle, QgsVectorLayer

ZONES = [("Z1", 0), ("Z2", 10_000), ("A", 20_000), ("Z4", 30_000)]  # squares of 10 km, zone 'A' = city A's zone
CITIES = [("A", 25_000, 5_000, 50_000.0), ("B", 5_000, 25_000, 80_000.0), ("C", 40_000, 40_000, 20_000.0)]


def zones_layer(crs="EPSG:28992", population=(1000.0, 2000.0, 3000.0, 4000.0), scale=1.0):
    layer = QgsVectorLayer(
        f"Polygon?crs={crs}&field=code:string&field=name:string&field=population:double", "z", "memory"
    )
    feats = []
    for (code, x0), pop in zip(ZONES, population):
        f = QgsFeature(layer.fields())
        f.setAttributes([code, code, pop])
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0 * scale, 0, (x0 + 10_000) * scale, 10_000 * scale)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def cities_layer(cities=CITIES):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:28992&field=code:string&field=name:string&field=population:double", "c", "memory"
    )
    feats = []
    for code, x, y, pop in cities:
        f = QgsFeature(layer.fields())
        f.setAttributes([code, f"city {code}", pop])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def flows_layer(rows):
    return memory_table(rows)


GOOD_FLOWS = [(z, d, 10.0) for z, _ in ZONES for d in ("A", "B", "C", "other")]
FIELDS = {"ZONE_CODE_FIELD": "code", "ZONE_NAME_FIELD": "name", "CITY_CODE_FIELD": "code", "CITY_NAME_FIELD": "name"}


def run_huff(context, feedback, zones=None, cities=None):
    params = {**FIELDS, "ZONES": zones or zones_layer(), "CITIES": cities or cities_layer(),
              "POPULATION_FIELD": "population",
              "ATTRACTIVENESS_FIELD": "population", "OUTPUT": "TEMPORARY_OUTPUT"}  # fmt: skip
    return processing.run("hema:catchmentshuff", params, context=context, feedback=feedback)


def run_observed(context, feedback, flows=GOOD_FLOWS, cities=None, **extra):
    params = {**FIELDS, "ZONES": zones_layer(), "CITIES": cities or cities_layer(), "FLOWS": flows_layer(flows),
              "ORIGIN_FIELD": "origin", "DESTINATION_FIELD": "destination", "VALUE_FIELD": "value",
              "OUTPUT": "TEMPORARY_OUTPUT", **extra}  # fmt: skip
    return processing.run("hema:catchmentsobserved", params, context=context, feedback=feedback)


def test_good_inputs_run(context, feedback):
    assert run_huff(context, feedback)["OUTPUT"].featureCount() == 4
    assert run_observed(context, feedback)["OUTPUT"].featureCount() == 4


def test_geographic_crs(context, feedback):
    with pytest.raises(QgsProcessingException, match="geographic CRS.*EPSG:4326.*Reproject"):
        run_huff(context, feedback, zones=zones_layer("EPSG:4326", scale=1e-5))


def test_zone_without_population(context, feedback):
    with pytest.raises(QgsProcessingException, match="field 'population' of feature .* is empty"):
        run_huff(context, feedback, zones=zones_layer(population=(1.0, None, 2.0, 3.0)))
    with pytest.raises(QgsProcessingException, match="zone Z2 has population -5;"):
        run_huff(context, feedback, zones=zones_layer(population=(1.0, -5.0, 2.0, 3.0)))


def test_city_without_attractiveness(context, feedback):
    with pytest.raises(QgsProcessingException, match="Cities layer: field 'population' .* is empty"):
        run_huff(context, feedback, cities=cities_layer([CITIES[0], CITIES[1], ("C", 40_000, 40_000, None)]))
    with pytest.raises(QgsProcessingException, match="city C has attractiveness 0;"):
        run_huff(context, feedback, cities=cities_layer([CITIES[0], CITIES[1], ("C", 40_000, 40_000, 0.0)]))


def test_nan_and_negative_flows(context, feedback):
    with pytest.raises(QgsProcessingException, match="Flows table: field 'value' .* is empty or not a number"):
        run_observed(context, feedback, GOOD_FLOWS + [("Z1", "A", None)])
    with pytest.raises(QgsProcessingException, match="negative value.*Z1 -> A = -3.0; flows are counts"):
        run_observed(context, feedback, GOOD_FLOWS + [("Z1", "A", -3.0)])


def test_zone_with_no_flows(context, feedback):
    flows = [r for r in GOOD_FLOWS if r[0] != "Z4"]
    with pytest.raises(QgsProcessingException, match="zone Z4 has no outgoing flows"):
        run_observed(context, feedback, flows)
    layer = run_observed(context, feedback, flows, ALLOW_EMPTY=True)["OUTPUT"]
    assert {f["code"]: f["band"] for f in layer.getFeatures()}["Z4"] == "none"


def test_city_code_in_flows_not_in_cities(context, feedback):
    flows = GOOD_FLOWS + [("Z1", "GM9999", 5.0)]
    with pytest.raises(QgsProcessingException, match="not in the cities layer, first 'other'"):
        run_observed(context, feedback, flows, STRICT=True)
    strict_ok = [r for r in flows if r[1] in ("A", "B", "C")]
    assert run_observed(context, feedback, strict_ok, STRICT=True)["OUTPUT"].featureCount() == 4
    with pytest.raises(QgsProcessingException, match="not in the cities layer, first 'GM9999'"):
        run_observed(context, feedback, strict_ok + [("Z1", "GM9999", 5.0)], STRICT=True)
    with pytest.raises(QgsProcessingException, match="no destination matches a city code"):
        run_observed(context, feedback, [(z, "other", 1.0) for z, _ in ZONES])


def test_two_cities_at_the_same_point(context, feedback):
    with pytest.raises(QgsProcessingException, match="cities A and C lie at the same point"):
        run_huff(context, feedback, cities=cities_layer([CITIES[0], CITIES[1], ("C", 25_000, 5_000, 1.0)]))


def test_zone_exactly_on_a_city_point(context, feedback):
    # the point on square Z2 (pointOnSurface) is its centre (15000, 5000): a city there that is not Z2's city
    with pytest.raises(QgsProcessingException, match="zone Z2 lies on the point of city C"):
        run_huff(context, feedback, cities=cities_layer([CITIES[0], CITIES[1], ("C", 15_000, 5_000, 1.0)]))
    # zone 'A' holds city A's point (its centre): its own city, floored at 2/3 sqrt(area/pi), no error
    layer = run_huff(context, feedback, cities=cities_layer([("A", 25_000, 5_000, 1.0), *CITIES[1:]]))["OUTPUT"]
    assert {f["code"]: f["band"] for f in layer.getFeatures()}["A"] == "own"


def test_one_city_only(context, feedback):
    with pytest.raises(QgsProcessingException, match="only 1 city given .*at least two competing cities"):
        run_huff(context, feedback, cities=cities_layer(CITIES[:1]))
    with pytest.raises(QgsProcessingException, match="only 1 city given"):
        run_observed(context, feedback, cities=cities_layer(CITIES[:1]))


def test_several_years_need_a_year(context, feedback):
    layer = QgsVectorLayer("None?field=origin:string&field=destination:string&field=value:double&field=year:integer",
                           "f", "memory")  # fmt: skip
    feats = []
    for year in (2013, 2014):
        for row in GOOD_FLOWS:
            f = QgsFeature(layer.fields())
            f.setAttributes([*row, year])
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    params = {**FIELDS, "ZONES": zones_layer(), "CITIES": cities_layer(), "FLOWS": layer, "ORIGIN_FIELD": "origin",
              "DESTINATION_FIELD": "destination", "VALUE_FIELD": "value", "YEAR_FIELD": "year",
              "OUTPUT": "TEMPORARY_OUTPUT"}  # fmt: skip
    with pytest.raises(QgsProcessingException, match=r"several years \(2013, 2014\)"):
        processing.run("hema:catchmentsobserved", params, context=context, feedback=feedback)
    assert processing.run("hema:catchmentsobserved", {**params, "YEAR": 2014}, context=context)["OUTPUT"]


def test_theme_preset_alpha_beta_and_cost_table(context, feedback):
    import numpy as np
    from hema_steden.core import huff
    from hema_steden.core.themes import theme

    layer = run_huff(context, feedback)["OUTPUT"]
    rows = {f["code"]: f for f in layer.getFeatures()}
    preset = theme("werk_studie")
    # Z1's point is its centre (5000, 5000); attractiveness = city population
    d = np.hypot(np.array([c[1] for c in CITIES]) - 5000.0, np.array([c[2] for c in CITIES]) - 5000.0) / 1000
    w = np.array([c[3] for c in CITIES]) ** preset.alpha * d**-preset.beta
    assert [rows["Z1"][f"p_{c[0]}"] for c in CITIES] == pytest.approx(list(w / w.sum()))
    assert rows["Z1"]["e_A"] == pytest.approx(1000.0 * rows["Z1"]["p_A"])
    costs = QgsVectorLayer("None?field=origin:string&field=destination:string&field=cost:double", "t", "memory")
    feats = []
    for z, _ in ZONES:
        for k, (c, *_rest) in enumerate(CITIES):
            f = QgsFeature(costs.fields())
            f.setAttributes([z, c, 0.0 if z == c else 10.0 + k])
            feats.append(f)
    costs.dataProvider().addFeatures(feats)
    params = {**FIELDS, "ZONES": zones_layer(), "CITIES": cities_layer(), "POPULATION_FIELD": "population",
              "ATTRACTIVENESS_FIELD": "population", "COSTS": costs, "COST_ORIGIN": "origin",
              "COST_DESTINATION": "destination", "COST_FIELD": "cost", "ALPHA": 0.0, "BETA": 1.0, "DECAY": 1,
              "OUTPUT": "TEMPORARY_OUTPUT"}  # fmt: skip
    out = processing.run("hema:catchmentshuff", params, context=context, feedback=feedback)["OUTPUT"]
    z1 = {f["code"]: f for f in out.getFeatures()}["Z1"]
    w = np.exp(-np.array([10.0, 11.0, 12.0]))
    assert [z1["p_A"], z1["p_B"], z1["p_C"]] == pytest.approx(list(w / w.sum()))
    assert huff.DECAYS[1] == "exponential"
