"""Bad inputs of the catchment algorithms: Huff, observed, calibration, polygons and styles."""

from __future__ import annotations

import json

import pytest
from inputs import FLOW_FIELDS, ZONES_CITIES

RD = "crs=EPSG:28992&field=code:string&field=name:string&field=population:double"
ZONES = [("Z1", 0), ("Z2", 10_000), ("A", 20_000), ("Z4", 30_000)]  # 10 km squares north of Assen
CITIES = [("A", 25_000, 5_000, 50_000.0), ("B", 5_000, 25_000, 80_000.0), ("C", 40_000, 40_000, 20_000.0)]
Y0 = 540_000  # the squares lie in Drenthe, inside the area of use of EPSG:28992


def square(x0, y0=Y0, size=10_000):
    return f"POLYGON(({x0} {y0},{x0 + size} {y0},{x0 + size} {y0 + size},{x0} {y0 + size},{x0} {y0}))"


def zones(case, pops=(1000.0, 2000.0, 3000.0, 4000.0), codes=None, crs="EPSG:28992", wkts=None):
    codes = codes or [c for c, _ in ZONES]
    wkts = wkts or [square(200_000 + x0) for _, x0 in ZONES]
    rows = [(code, code, pop, wkt) for code, pop, wkt in zip(codes, pops, wkts)]
    return case.gpkg("zones", f"Polygon?{RD.replace('EPSG:28992', crs)}", rows)


def cities(case, rows=CITIES, name="cities"):
    feats = [(c, f"city {c}", pop, f"POINT({200_000 + x} {Y0 + y})") for c, x, y, pop in rows]
    return case.gpkg(name, f"Point?{RD}", feats)


GOOD_FLOWS = [(z, d, 10.0) for z, _ in ZONES for d in ("A", "B", "C", "other")]


def huff(case, **extra):
    return {"ZONES": zones(case), "CITIES": cities(case), **ZONES_CITIES, "POPULATION_FIELD": "population",
            "ATTRACTIVENESS_FIELD": "population", "OUTPUT": case.output(), **extra}  # fmt: skip


def observed(case, flows=GOOD_FLOWS, **extra):
    source = flows if isinstance(flows, str) else case.table("flows", flows)
    return {"ZONES": zones(case), "CITIES": cities(case), **ZONES_CITIES, "FLOWS": source,
            **FLOW_FIELDS, "OUTPUT": case.output(), **extra}  # fmt: skip


# -- Huff: parameters and parameter files ---------------------------------------------------------------------
PARAMETER_FILES = [
    ('{"alpha": NaN, "beta": 1.5, "decay": "power"}', "NaN is not a finite number"),
    ('{"alpha": 1, "beta": Infinity, "decay": "power"}', "Infinity is not a finite number"),
    ('{"alpha": 1, "beta": -Infinity, "decay": "power"}', "-Infinity is not a finite number"),
    ('{"alpha": -1, "beta": 1.5, "decay": "power"}', "alpha = -1 is not a number from 0 to 10"),
    ('{"alpha": 1, "beta": 99, "decay": "power"}', "beta = 99 is not a number from 0 to 10"),
    ('{"alpha": "1", "beta": 1.5, "decay": "power"}', "alpha = '1' is not a number from 0 to 10"),
    ('{"alpha": true, "beta": 1.5}', "alpha = True is not a number from 0 to 10"),
    ('{"alpha": null, "beta": 1.5}', "alpha = None is not a number from 0 to 10"),
    ('{"beta": 1.5, "decay": "power"}', "it lacks 'alpha'"),
    ('{"alpha": 1, "decay": "power"}', "it lacks 'beta'"),
    ('{"alpha": 1, "beta": 1.5, "decay": "gauss"}', "unknown decay 'gauss'; use one of power, exponential"),
    ("[1, 1.5]", "the file holds no JSON object"),
    ('{"alpha": 1, "beta": 1.5', "cannot read Huff parameters"),
    ("", "cannot read Huff parameters"),
]


@pytest.mark.parametrize(("content", "cause"), PARAMETER_FILES)
def test_huff_parameter_file(case, content, cause):
    path = case.text("params.json", content)
    fix = "" if "decay" in cause else "Calibrate Huff model"
    case.fails("hema:catchmentshuff", huff(case, PARAMETERS_FILE=path), cause, fix)


def test_huff_parameter_file_not_utf8(case):
    path = case.text("params.json", '{"alpha": 1, "beta": 1.5, "note": "Caf\xe9"}'.encode("cp1252"))
    case.fails("hema:catchmentshuff", huff(case, PARAMETERS_FILE=path), "is not UTF-8 text", "Calibrate Huff model")


# -- Huff: zones, cities and costs ----------------------------------------------------------------------------
def test_huff_point_zones_on_the_city_points(case):
    points = case.bundled("steden")
    params = {"ZONES": points, "CITIES": points, **ZONES_CITIES, "POPULATION_FIELD": "population",
              "ATTRACTIVENESS_FIELD": "population", "OUTPUT": case.output()}  # fmt: skip
    case.fails("hema:catchmentshuff", params, "lies on the point of its own city", "set the minimum distance")


def test_huff_point_zones_with_minimum_distance_have_no_nulls(case):
    points = case.bundled("steden")
    params = {"ZONES": points, "CITIES": points, **ZONES_CITIES, "POPULATION_FIELD": "population",
              "ATTRACTIVENESS_FIELD": "population", "MIN_DISTANCE": 1000, "OUTPUT": "TEMPORARY_OUTPUT"}  # fmt: skip
    layer = case.run("hema:catchmentshuff", params)["OUTPUT"]
    for feature in layer.getFeatures():
        assert all(feature[f] is not None and feature[f] == feature[f] for f in ("dom_share", "margin", "sec_share"))


COSTS = [
    ([("Z1", "A", 5.0), ("Z1", "A", 7.0)], "duplicate zone-city pair(s), e.g. Z1 -> A", "remove the duplicate rows"),
    ([("Z1", "A", -5.0)], "cost Z1 -> A is -5", "costs must be numbers >= 0"),
    ([("Z1", "A", float("inf"))], "cost Z1 -> A is inf", "costs must be numbers >= 0"),
    ([("X1", "Q", 5.0)], "the cost table has no cost from any zone to any city", "check the cost table's fields"),
    ([("Z1", "A", 5.0), ("Z1", "A", 5.0)], "duplicate zone-city pair(s), e.g. Z1 -> A", "remove the duplicate rows"),
    ([("Z1", "B", 0.0)], "cost from zone Z1 to city B is 0", "fix the cost"),
]


@pytest.mark.parametrize(("rows", "problem", "fix"), COSTS)
def test_huff_cost_table(case, rows, problem, fix):
    pairs = {(o, d) for o, d, _ in rows}
    full = [] if rows[0][0] == "X1" else [(z, c, 10.0) for z, _ in ZONES for c, *_ in CITIES if (z, c) not in pairs]
    table = case.table("costs", rows + full, "origin:string,destination:string,cost:double")
    case.fails("hema:catchmentshuff", huff(case, COSTS=table), problem, fix)


def test_huff_cost_text(case):
    rows = [("Z1", "A", "abc")] + [(z, c, "10") for z, _ in ZONES for c, *_ in CITIES][1:]
    table = case.table("costs", rows, "origin:string,destination:string,cost:string")
    case.fails("hema:catchmentshuff", huff(case, COSTS=table), "cost Z1 -> A is 'abc'", "costs must be numbers")


ZONE_PROBLEMS = [
    ({"codes": ["Z1", "Z1", "A", "Z4"]}, "Zone code 'Z1' occurs more than once", "must be unique"),
    ({"pops": (1.0, None, 2.0, 3.0)}, "field 'population' of feature 2 is empty", "fill in a number"),
    ({"pops": (1.0, -5.0, 2.0, 3.0)}, "zone Z2 has population -5", ""),
    ({"pops": (1.0, float("inf"), 2.0, 3.0)}, "field 'population' of feature 2 is empty or not a number", ""),
    ({"crs": "EPSG:4326"}, "lie far outside the area of use of its CRS EPSG:4326", "set the layer's real CRS"),
    (
        {"crs": "EPSG:4326", "wkts": [square(6 + k / 10, 52.5, 0.1) for k in range(4)]},
        "is in a geographic CRS (EPSG:4326)",
        "Reproject it to EPSG:28992",
    ),
    (
        {"wkts": [square(x0 + 600_000, 6_800_000) for _, x0 in ZONES]},
        "lie far outside the area of use of its CRS EPSG:28992",
        "reproject it",
    ),
    (
        {"wkts": [square(200_000), "POLYGON((0 0,10 10,10 0,0 10,0 0))", square(220_000), square(230_000)]},
        "feature 2 has an invalid geometry",
        "Fix geometries",
    ),
    ({"wkts": [square(200_000), "", square(220_000), square(230_000)]}, "feature 2 has no geometry", "give it one"),
]


@pytest.mark.parametrize(("kwargs", "problem", "fix"), ZONE_PROBLEMS)
def test_huff_zones(case, kwargs, problem, fix):
    params = huff(case)
    params["ZONES"] = zones(case, **kwargs)
    case.fails("hema:catchmentshuff", params, problem, fix)


CITY_PROBLEMS = [
    ([CITIES[0], CITIES[1], ("C", 40_000, 40_000, None)], "Cities layer: field 'population'", "is empty"),
    ([CITIES[0], CITIES[1], ("C", 40_000, 40_000, 0.0)], "city C has attractiveness 0", ""),
    ([CITIES[0], CITIES[1], ("C", 40_000, 40_000, -1.0)], "city C has attractiveness -1", ""),
    ([CITIES[0], CITIES[0], CITIES[2]], "A", "more than once"),
    (
        [CITIES[0], ("B", 25_000, 5_000, 80_000.0), CITIES[2]],
        "cities A and B lie at the same point",
        "move one of them",
    ),
]


@pytest.mark.parametrize(("rows", "problem", "fix"), CITY_PROBLEMS)
def test_huff_cities(case, rows, problem, fix):
    params = huff(case)
    params["CITIES"] = cities(case, rows)
    case.fails("hema:catchmentshuff", params, problem, fix)


def test_huff_empty_zones(case):
    params = huff(case)
    params["ZONES"] = case.gpkg("empty", f"Polygon?{RD}", [])
    case.fails("hema:catchmentshuff", params, "Zones layer is empty", "at least one feature")


def test_huff_missing_field(case):
    case.fails(
        "hema:catchmentshuff", huff(case, POPULATION_FIELD="inwoners"), "no field 'inwoners'", "Choose the right"
    )


# -- observed ---------------------------------------------------------------------------------------------------
OBSERVED = [
    (GOOD_FLOWS + [("Z1", "A", None)], "Flows table: field 'value'", "fill in a number"),
    (GOOD_FLOWS + [("Z1", "A", -3.0)], "have a negative value, e.g. row 17: Z1 -> A = -3.0", "must be >= 0"),
    (GOOD_FLOWS + [("Z1", "A", float("inf"))], "Flows table: field 'value'", "is empty or not a number"),
    ([r for r in GOOD_FLOWS if r[0] != "Z4"], "zone Z4 has no outgoing flows", ""),
    ([(z, "other", 5.0) for z, _ in ZONES], "", "cities"),
]


@pytest.mark.parametrize(("flows", "problem", "fix"), OBSERVED)
def test_observed_flows(case, flows, problem, fix):
    case.fails("hema:catchmentsobserved", observed(case, flows), problem, fix)


def test_observed_text_values(case):
    rows = [(o, d, str(v)) for o, d, v in GOOD_FLOWS] + [("Z1", "A", "veel")]
    flows = case.table("flows", rows, "origin:string,destination:string,value:string")
    case.fails(
        "hema:catchmentsobserved", observed(case, flows), "Flows table: field 'value'", "'veel'", "fill in a number"
    )


def test_observed_duplicate_pairs_summed_with_warning(case):
    case.output_expected = True
    flows = GOOD_FLOWS + [("Z1", "A", 10.0), ("Z2", "B", 5.0)]
    result = case.warns(
        "hema:catchmentsobserved",
        observed(case, flows),
        "2 origin → destination pair(s) on more than one row",
        "Z1 → A",
        "Z2 → B",
        "summed",
    )
    assert result["OUTPUT"]


YEARS = [
    ({}, "The flows cover several years (2013, 2014)", "choose one with the Year parameter"),
    ({"YEAR": 2010}, "no flow row has year '2010' in column 'year'", "values present: 2013, 2014"),
]


@pytest.mark.parametrize(("extra", "problem", "fix"), YEARS)
def test_observed_years(case, extra, problem, fix):
    rows = [(o, d, v, y) for o, d, v in GOOD_FLOWS for y in (2013, 2014)]
    flows = case.table("flows", rows, "origin:string,destination:string,value:double,year:integer")
    case.fails("hema:catchmentsobserved", observed(case, flows, **extra), problem, fix)


# -- calibration ---------------------------------------------------------------------------------------------------
def test_calibrate_all_flows_to_one_city(case):
    flows = [(z, "A", 10.0 + k) for k, (z, _) in enumerate(ZONES)]
    params = {**observed(case, flows), "ATTRACTIVENESS_FIELD": "population"}
    case.fails("hema:calibratehuff", params, "go to one city (city A (A))", "at least two of the cities")


def test_calibrate_cost_table_with_gaps(case):
    costs = case.table("costs", [("Z1", "A", 5.0)], "origin:string,destination:string,cost:double")
    params = {**observed(case), "ATTRACTIVENESS_FIELD": "population", "COSTS": costs}
    case.fails("hema:calibratehuff", params, "no cost (NULL or missing)", "fill in their costs")


def test_calibrate_poor_fit_is_a_warning_in_outputs_and_log(case):
    case.output_expected = True
    flows = [(z, d, v) for z, _ in ZONES for d, v in (("A", 1.0), ("B", 1.0), ("C", 50.0))]
    params = {**observed(case, flows), "ATTRACTIVENESS_FIELD": "population", "FIXED_ALPHA": 0,
              "PARAMETERS_FILE": case.output("p.json")}  # fmt: skip
    result = case.run("hema:calibratehuff", params)
    data = json.loads((case.out / "p.json").read_text())
    if result["WARNINGS"]:
        assert data["warnings"] and any(w in result["WARNINGS"] for w in case.feedback.warnings)
    else:
        assert data["warnings"] == [] and result["PSEUDO_R2"] >= 0


# -- polygons and styles --------------------------------------------------------------------------------------------
def test_polygons_from_points(case):
    fields = "&field=dom_code:string&field=band:string&field=e_A:double&field=e_B:double"
    row = ("Z1", "Z1", 1.0, "A", "primary", 5.0, 1.0, "POINT(200000 540000)")
    points = case.gpkg("points", f"Point?{RD}{fields}", [row])
    case.fails("hema:catchmentpolygons", {"INPUT": points, "OUTPUT": case.output()}, "has Point geometries",
               "not on points")  # fmt: skip


def test_polygons_without_share_fields(case):
    case.fails(
        "hema:catchmentpolygons",
        {"INPUT": zones(case), "OUTPUT": case.output()},
        "has no e_<city> or s_<city> fields",
        "use an output of the catchment algorithms",
    )


def test_style_without_band_field(case):
    case.fails("hema:stylecatchments", {"INPUT": zones(case)}, "has no field 'dom_code'", "Choose the right field")
