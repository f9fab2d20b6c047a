"""Bad inputs of the network algorithms: flow lines, dominant flows, gravity links, city profile, mode shares,
travel times."""

from __future__ import annotations

import threading

import pytest
from inputs import FLOW_FIELDS, NODE_FIELDS, roads

CODES = ["GM0106", "GM0114", "GM0118", "GM0119", "GM0014", "GM0193"]
GOOD = [(o, d, 10.0 + 3 * i + j) for i, o in enumerate(CODES) for j, d in enumerate(CODES)]
FLOW = "origin:string,destination:string,value:double"


def net(case, rows=GOOD, fields=FLOW, nodes=None, **extra):
    return {"FLOWS": case.table("flows", rows, fields), **FLOW_FIELDS, "CITIES": nodes or case.bundled("steden"),
            **NODE_FIELDS, **extra}  # fmt: skip


def outputs(case, alg):
    return {
        "hema:flowlines": {"OUTPUT": case.output(), "NODE_TOTALS": case.output("totals.gpkg")},
        "hema:dominantflows": {"OUTPUT": case.output(), "NODES_OUTPUT": case.output("nodes.gpkg")},
        "hema:gravitylinks": {"OUTPUT": case.output()},
        "hema:cityprofile": {"OUTPUT": case.output(), "PARTNERS": case.output("partners.gpkg")},
        "hema:modeshares": {"OUTPUT": case.output()},
    }[alg]


ALL = ["hema:flowlines", "hema:dominantflows", "hema:gravitylinks", "hema:cityprofile", "hema:modeshares"]
FLOW_PROBLEMS = [
    ("negative", GOOD + [("GM0106", "GM0014", -4.0)], FLOW, "have a negative value", "must be >= 0"),
    ("null", GOOD + [("GM0106", "GM0014", None)], FLOW, "field 'value' of feature 37 is empty", "fill in a number"),
    ("inf", GOOD + [("GM0106", "GM0014", float("inf"))], FLOW, "is empty or not a number (inf)", "fill in a number"),
    ("empty-origin", GOOD + [("", "GM0014", 4.0)], FLOW, "has an empty origin", "fill in a code or remove the row"),
    ("empty-table", [], FLOW, "Flows table is empty", "at least one feature"),
    ("no-value-field", [(o, d) for o, d, _ in GOOD], "origin:string,destination:string", "no field 'value'",
     "Choose the right field"),
]  # fmt: skip


@pytest.mark.parametrize("alg", ALL)
@pytest.mark.parametrize(("name", "rows", "fields", "problem", "fix"), FLOW_PROBLEMS, ids=[f[0] for f in FLOW_PROBLEMS])
def test_flow_table_problems(case, alg, name, rows, fields, problem, fix):
    if alg == "hema:modeshares":  # mode shares need a mode per row
        rows, fields = [(*r, "train") for r in rows], fields + ",mode:string"
    case.fails(alg, {**net(case, rows, fields), **outputs(case, alg)}, problem, fix)


def test_gravity_one_pair(case):
    params = {**net(case, [("GM0106", "GM0114", 500.0)]), "WEIGHT_FIELD": "population", "DROP_UNMATCHED": True}
    case.fails("hema:gravitylinks", {**params, **outputs(case, "hema:gravitylinks")}, "at least 5 links with an "
               "observed flow > 0", "got 1", "give flows between more node pairs")  # fmt: skip


def test_gravity_without_masses(case):
    params = {"CITIES": case.bundled("steden"), **NODE_FIELDS, **outputs(case, "hema:gravitylinks")}
    case.fails("hema:gravitylinks", params, "needs masses", "choose a weight field")


def test_dominant_negative_weights(case):
    nodes = case.gpkg(
        "nodes",
        "Point?crs=EPSG:28992&field=code:string&field=name:string&field=weight:double",
        [
            (c, c, -5.0 if k == 2 else 1000.0 * (k + 1), f"POINT({230000 + 5000 * k} 550000)")
            for k, c in enumerate(CODES)
        ],
    )
    params = {**net(case, nodes=nodes), "WEIGHT_FIELD": "weight", **outputs(case, "hema:dominantflows")}
    case.fails("hema:dominantflows", params, "node GM0118 has weight -5", "weights must be >= 0")


def test_dominant_only_self_loops(case):
    params = {**net(case, [(c, c, 5.0) for c in CODES]), **outputs(case, "hema:dominantflows")}
    case.fails("hema:dominantflows", params, "no flow between different nodes", "flows from one node to another")


def test_profile_without_within_city_flows(case):
    rows = [r for r in GOOD if r[0] != r[1]]
    params = {**net(case, rows), **outputs(case, "hema:cityprofile")}
    case.fails("hema:cityprofile", params, "have no within-city rows (origin = destination)",
               "self-containment would be 0 %", "includes the flows within each municipality")  # fmt: skip


def test_profile_unknown_city(case):
    params = {**net(case), "CITY_CODES": "GM0106, GM9999", **outputs(case, "hema:cityprofile")}
    case.fails("hema:cityprofile", params, "GM9999 are not in the cities layer", "fix the codes")


def test_nodes_duplicate_codes(case):
    nodes = case.gpkg(
        "nodes",
        "Point?crs=EPSG:28992&field=code:string&field=name:string",
        [("GM0106", "Assen", "POINT(233900 557270)"), ("GM0106", "Assen 2", "POINT(234900 557270)")],
    )
    params = {**net(case, nodes=nodes), **outputs(case, "hema:flowlines")}
    case.fails("hema:flowlines", params, "has code 'GM0106' more than once", "codes must be unique")


def test_nodes_in_degrees(case):
    nodes = case.gpkg("nodes", "Point?crs=EPSG:4326&field=code:string&field=name:string",
                      [("GM0106", "Assen", "POINT(6.56 52.99)"), ("GM0114", "Emmen", "POINT(6.9 52.78)")])  # fmt: skip
    params = {**net(case, nodes=nodes), **outputs(case, "hema:flowlines")}
    case.fails("hema:flowlines", params, "geographic CRS (EPSG:4326)", "Reproject it to EPSG:28992")


def test_nodes_rd_coordinates_declared_as_degrees(case):
    rows = [("GM0106", "Assen", "POINT(233900 557270)"), ("GM0114", "Emmen", "POINT(256000 532000)")]
    nodes = case.gpkg("nodes", "Point?crs=EPSG:4326&field=code:string&field=name:string", rows)
    params = {**net(case, nodes=nodes), **outputs(case, "hema:flowlines")}
    case.fails("hema:flowlines", params, "lie far outside the area of use of its CRS EPSG:4326",
               "set the layer's real CRS")  # fmt: skip


# -- travel times --------------------------------------------------------------------------------------------------
def points(case, rows, name="points", crs="EPSG:28992"):
    return case.gpkg(name, f"Point?crs={crs}&field=code:string&field=name:string",
                     [(c, n, f"POINT({x} {y})") for c, n, x, y in rows])  # fmt: skip


ASSEN, EMMEN = ("GM0106", "Assen", 233900, 557270), ("GM0114", "Emmen", 256500, 532500)


def test_traveltimes_duplicate_origin_codes(case):
    params = {"ROADS": roads(case), "ORIGINS": points(case, [ASSEN, EMMEN, ("GM0106", "Assen-Oost", 236000, 557000)]),
              "ORIGIN_CODE_FIELD": "code", "OUTPUT": case.output()}  # fmt: skip
    case.fails("hema:traveltimes", params, "code(s) GM0106 occur more than once", "Give every point a unique code")


def test_traveltimes_text_speed_field(case):
    road = case.gpkg("roads", "LineString?crs=EPSG:28992&field=speed:string",
                     [("snel", "LINESTRING(233900 557270,256500 532500)")], file="textroads.gpkg")  # fmt: skip
    params = {"ROADS": road, "SPEED_FIELD": "speed", "ORIGINS": points(case, [ASSEN, EMMEN]),
              "ORIGIN_CODE_FIELD": "code", "OUTPUT": case.output()}  # fmt: skip
    case.fails("hema:traveltimes", params, "the speed field holds 'snel'", "not a number of km/h",
               "choose a numeric speed field")  # fmt: skip


def test_traveltimes_geographic_roads(case):
    road = case.gpkg("roads", "LineString?crs=EPSG:4326&field=speed:double",
                     [(80.0, "LINESTRING(6.5 53,6.9 52.8)")], file="geo.gpkg")  # fmt: skip
    params = {"ROADS": road, "ORIGINS": points(case, [ASSEN, EMMEN]), "OUTPUT": case.output()}
    case.fails("hema:traveltimes", params, "Road network is in a geographic CRS", "Reproject it")


def test_traveltimes_empty_roads(case):
    road = case.gpkg("roads", "LineString?crs=EPSG:28992&field=speed:double", [], file="empty.gpkg")
    params = {"ROADS": road, "ORIGINS": points(case, [ASSEN, EMMEN]), "OUTPUT": case.output()}
    case.fails("hema:traveltimes", params, "Road network is empty", "at least one feature")


def test_traveltimes_bad_class_speeds(case):
    params = {"ROADS": roads(case), "ORIGINS": points(case, [ASSEN, EMMEN]), "CLASS_SPEEDS": "nlda=snel",
              "OUTPUT": case.output()}  # fmt: skip
    case.fails("hema:traveltimes", params, "entry 'nlda=snel' is not 'class=km/h'", "e.g. nlda=100")


def test_traveltimes_cancel_says_canceled(case):
    params = {"ROADS": roads(case), "ORIGINS": case.bundled("zones"), "ORIGIN_CODE_FIELD": "code",
              "OUTPUT": case.output()}  # fmt: skip
    case.feedback.progressChanged.connect(lambda p: case.feedback.cancel() if p > 1 else None)
    threading.Timer(0.2, case.feedback.cancel).start()
    case.fails("hema:traveltimes", params, "Canceled.")
