"""Valid parameters of every HEMA algorithm on input files of a case; bad-input cases change one thing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from badcase import Case
from hema_steden.paths import LAYOUTS_DIR

SHARED_DATA = Path(os.environ.get("HEMA_SHARED_DATA", Path(__file__).resolve().parents[3] / "shared" / "data"))

ZONES_CITIES = {
    "ZONE_CODE_FIELD": "code",
    "ZONE_NAME_FIELD": "name",
    "CITY_CODE_FIELD": "code",
    "CITY_NAME_FIELD": "name",
}
FLOW_FIELDS = {"ORIGIN_FIELD": "origin", "DESTINATION_FIELD": "destination", "VALUE_FIELD": "value"}
NODE_FIELDS = {"CITY_CODE_FIELD": "code", "CITY_NAME_FIELD": "name"}


def roads(case: Case) -> str:
    """A copy of the shared road network (travelmapping routes, EPSG:28992)."""
    path = case.inputs / "roads.gpkg"
    if not path.exists():
        shutil.copy(SHARED_DATA / "roads_travelmapping_noord.gpkg", path)
    return f"{path}|layername=routes"


def template(case: Case, name: str = "hema_kaart_a4.qpt") -> str:
    """A copy of a bundled layout template."""
    path = case.inputs / name
    if not path.exists():
        shutil.copy(LAYOUTS_DIR / name, path)
    return str(path)


def valid(case: Case, alg: str) -> dict:
    """Parameters of alg that pass checkParameterValues (inputs: copies of the bundled data in the case)."""
    zones, cities, flows = case.bundled("zones"), case.bundled("steden"), case.bundled("flows")
    out = case.output()
    catchment = {"ZONES": zones, "CITIES": cities, **ZONES_CITIES, "OUTPUT": out}
    network = {"FLOWS": flows, **FLOW_FIELDS, "CITIES": cities, **NODE_FIELDS}
    params = {
        "hema:catchmentshuff": {**catchment, "POPULATION_FIELD": "population", "ATTRACTIVENESS_FIELD": "population"},
        "hema:catchmentsobserved": {**catchment, "FLOWS": flows, **FLOW_FIELDS, "YEAR": 2014},
        "hema:calibratehuff": {**catchment, "FLOWS": flows, **FLOW_FIELDS, "ATTRACTIVENESS_FIELD": "population"},
        "hema:catchmentpolygons": {"INPUT": zones, "OUTPUT": out},
        "hema:stylecatchments": {"INPUT": zones},
        "hema:importflows": {
            "INPUT": case.text("flows.csv", "origin;destination;value\nGM0106;GM0014;3\n"),
            "ZONES": zones,
            "OUTPUT": out,
        },
        "hema:loadlayers": {
            "SOURCE": 1,
            "GEOPACKAGE": zones.split("|")[0],
            **{k: "TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS")},
        },
        "hema:downloadboundaries": {"LEVEL": 0, "YEAR": 2018, "BASE_URL": "http://127.0.0.1:9/x", "OUTPUT": out},
        "hema:flowlines": {**network, "OUTPUT": out, "NODE_TOTALS": case.output("totals.gpkg")},
        "hema:dominantflows": {**network, "OUTPUT": out, "NODES_OUTPUT": case.output("nodes.gpkg")},
        "hema:gravitylinks": {**network, "OUTPUT": out},
        "hema:cityprofile": {**network, "OUTPUT": out, "PARTNERS": case.output("partners.gpkg")},
        "hema:modeshares": {**network, "OUTPUT": out},
        "hema:traveltimes": {"ROADS": roads(case), "ORIGINS": cities, "ORIGIN_CODE_FIELD": "code", "OUTPUT": out},
        "hema:exportlayout": {"TEMPLATE": template(case), "OUTPUT": case.output("layout.pdf")},
        "hema:mapbook": {"OUTPUT": case.output("mapbook.pdf")},
        "hema:importindicators": {
            "INPUT": case.text("indicators.csv", "code;indicator;value;year\nGM0106;employment_rate;64.0;2022\n"),
            "OUTPUT": out,
        },
        "hema:comparecities": {"OUTPUT": out},
        "hema:compareperiods": {
            "FLOWS": flows,
            **FLOW_FIELDS,
            "THEME": 1,
            "YEAR_FROM": 2015,
            "YEAR_TO": 2018,
            "ZONES": zones,
            "CITIES": cities,
            "OUTPUT_LINKS": out,
            "OUTPUT_ZONES": case.output("z.gpkg"),
            "OUTPUT_CITIES": case.output("c.gpkg"),
            "OUTPUT_SERIES": case.output("s.gpkg"),
        },  # fmt: skip
        "hema:scenario": {
            "ZONES": zones,
            "CITIES": cities,
            "SCENARIOS": "a, attractiveness, GM0106, 1.3",
            "OUTPUT_ZONES": out,
            "OUTPUT_CITIES": case.output("c.gpkg"),
        },  # fmt: skip
    }
    return dict(params[alg])
