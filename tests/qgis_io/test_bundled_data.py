"""The bundled GeoPackage follows the data model and is reproducible from its written-down sources."""

import csv
import subprocess

from hema_steden.core.cities import CITIES, HEMA_CODES
from hema_steden.paths import DEFAULT_GPKG
from qgis.core import QgsVectorLayer


def _layer(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def test_layers_fields_and_crs(qgis_app, shared_data):
    cities = _layer(DEFAULT_GPKG, "steden")
    zones = _layer(DEFAULT_GPKG, "zones")
    flows = _layer(DEFAULT_GPKG, "flows")
    for layer in (cities, zones, _layer(DEFAULT_GPKG, "provinces"), _layer(DEFAULT_GPKG, "wijken")):
        assert layer.crs().authid() == "EPSG:28992"
    assert {"code", "name", "role", "population", "pop_source", "pop_year"} <= set(cities.fields().names())
    assert {"code", "name", "population"} <= set(zones.fields().names())
    assert {"origin", "destination", "theme", "value", "year", "mode", "unit"} <= set(flows.fields().names())
    codes = {f["code"]: f for f in cities.getFeatures()}
    assert set(codes) == set(CITIES)
    population = {}
    with open(shared_data / "cbs_wijkbuurtkaart_2018_gemeenten_nl.csv", encoding="utf-8") as fh:
        population = {r["GM_CODE"]: int(float(r["AANT_INW"])) for r in csv.DictReader(fh)}
    assert codes["GM0114"]["population"] == population["GM0114"] == 107192  # Emmen, CBS 1 Jan 2018
    # the real 2018 municipalities of the four northern provinces, as CBS/Kadaster generalised them
    north = _layer(shared_data / "gemeenten_2018_noord.gpkg", "gemeenten_2018")
    zone_codes = {f["code"] for f in zones.getFeatures()}
    assert zone_codes == {f["statcode"] for f in north.getFeatures()} and len(zone_codes) == 77
    assert set(HEMA_CODES) <= zone_codes
    assert all(f.geometry().isGeosValid() for f in zones.getFeatures())
    assert "schematic" not in zones.fields().names()
    wijken = {f["gemeente_2022"] for f in _layer(DEFAULT_GPKG, "wijken").getFeatures()}
    assert set(HEMA_CODES) <= wijken and "GM0014" in wijken  # Drenthe and the municipalities bordering it
    assert DEFAULT_GPKG.stat().st_size < 4_000_000


def test_flows_start_in_zones_and_keep_every_destination(qgis_app):
    zones = {f["code"] for f in _layer(DEFAULT_GPKG, "zones").getFeatures()}
    flows = list(_layer(DEFAULT_GPKG, "flows").getFeatures())
    assert all(f["origin"] in zones and f["value"] > 0 for f in flows)
    assert {(f["theme"], f["year"], f["unit"]) for f in flows} == {
        ("werk_studie", 2014, "banen"),
        ("wonen", 2015, "verhuisde personen"),
        ("wonen", 2018, "verhuisde personen"),
        ("vervoer", 2016, "pendelaars"),
    }
    outside = {f["destination"] for f in flows if f["destination"] not in zones}
    assert "GM0363" in outside  # Amsterdam: flows beyond the study area are kept, so totals stay complete
    names = {f["code"] for f in _layer(DEFAULT_GPKG, "gemeentecodes").getFeatures()}
    assert outside <= names  # every destination code has a name in the code table
    by_pair = {(f["origin"], f["destination"]): f["value"] for f in flows if f["theme"] == "werk_studie"}
    # Meppel -> Zwolle 2014 (both unchanged 2014-2018): CBS 2.1 thousand jobs; Assen -> Groningen 3.7
    assert by_pair[("GM0119", "GM0193")] == 2100
    assert by_pair[("GM0106", "GM0014")] == 3700
    assert by_pair[("GM0114", "GM0114")] > by_pair[("GM0114", "GM0118")]


def test_build_script_reproduces_bundle(tmp_path, qgis_app):
    out = tmp_path / "rebuilt.gpkg"
    script = DEFAULT_GPKG.parents[2] / "scripts" / "build_data.py"
    subprocess.run(["/usr/bin/python3", str(script), str(out)], check=True, capture_output=True, timeout=300)
    for name in ("steden", "zones", "flows", "provinces", "wijken", "gemeentecodes", "sources"):
        a, b = _layer(DEFAULT_GPKG, name), _layer(out, name)
        assert a.featureCount() == b.featureCount(), name
        assert [f.attributes()[1:] for f in a.getFeatures()] == [f.attributes()[1:] for f in b.getFeatures()], name
