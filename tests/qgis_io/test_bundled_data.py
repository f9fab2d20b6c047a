"""The bundled GeoPackage follows the data model and is reproducible from its written-down sources."""

import subprocess

from hema_steden.core.cities import CITIES, HEMA_CODES
from hema_steden.paths import DEFAULT_GPKG
from qgis.core import QgsVectorLayer


def _layer(path, name):
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def test_layers_fields_and_crs(qgis_app):
    cities = _layer(DEFAULT_GPKG, "steden")
    zones = _layer(DEFAULT_GPKG, "zones")
    flows = _layer(DEFAULT_GPKG, "flows")
    for layer in (cities, zones, _layer(DEFAULT_GPKG, "provinces")):
        assert layer.crs().authid() == "EPSG:28992"
    assert {"code", "name", "role", "population", "pop_source", "pop_year"} <= set(cities.fields().names())
    assert {"code", "name", "population"} <= set(zones.fields().names())
    assert {"origin", "destination", "theme", "value", "year", "mode"} <= set(flows.fields().names())
    codes = {f["code"]: f for f in cities.getFeatures()}
    assert set(codes) == set(CITIES)
    assert codes["GM0114"]["population"] == 107856  # Emmen, CBS 2022
    zone_codes = {f["code"] for f in zones.getFeatures()}
    assert set(HEMA_CODES) <= zone_codes and len(zone_codes) == 35
    assert all(f.geometry().isGeosValid() for f in zones.getFeatures())


def test_flows_reference_zones_and_known_value(qgis_app):
    zones = {f["code"] for f in _layer(DEFAULT_GPKG, "zones").getFeatures()}
    flows = list(_layer(DEFAULT_GPKG, "flows").getFeatures())
    assert all(f["origin"] in zones and f["destination"] in zones for f in flows)
    assert all(f["value"] > 0 and f["theme"] == "werk_studie" and f["year"] == 2014 for f in flows)
    by_pair = {(f["origin"], f["destination"]): f["value"] for f in flows}
    # Meppel -> Zwolle 2014 (both unchanged 2014-2022): CBS 2.1 thousand jobs; Assen -> Groningen 3.7 + Haren 0.2.
    assert by_pair[("GM0119", "GM0193")] == 2100
    assert by_pair[("GM0106", "GM0014")] == 3900
    assert by_pair[("GM0114", "GM0114")] > by_pair[("GM0114", "GM0118")]


def test_build_script_reproduces_bundle(tmp_path, qgis_app):
    out = tmp_path / "rebuilt.gpkg"
    script = DEFAULT_GPKG.parents[2] / "scripts" / "build_data.py"
    subprocess.run(["/usr/bin/python3", str(script), str(out)], check=True, capture_output=True, timeout=300)
    for name in ("steden", "zones", "flows", "provinces", "sources"):
        a, b = _layer(DEFAULT_GPKG, name), _layer(out, name)
        assert a.featureCount() == b.featureCount(), name
        assert [f.attributes()[1:] for f in a.getFeatures()] == [f.attributes()[1:] for f in b.getFeatures()], name
