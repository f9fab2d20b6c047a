"""The shared vocabulary on real runs: CITY_CODES, the THEME/YEAR/MODE filters and the one flow reader."""

import processing
import pytest
from helpers.bundled_runs import bundled_uri
from helpers.netdata import memory_table, out
from qgis.core import QgsProcessingException

TEMP = "TEMPORARY_OUTPUT"


def test_city_codes_restrict_the_competing_cities(context, feedback):
    params = {"ZONES": bundled_uri("zones"), "CITIES": bundled_uri("cities"), "FLOWS": bundled_uri("flows")}
    result = processing.run(
        "hema:catchmentsobserved", {**params, "CITY_CODES": "GM0106, GM0114", "OUTPUT": TEMP}, context=context
    )
    layer = out(context, result["OUTPUT"])
    shares = sorted(n for n in layer.fields().names() if n.startswith("s_") and n != "s_rest")
    assert shares == ["s_GM0106", "s_GM0114"]
    assert {f["dom_code"] for f in layer.getFeatures()} - {None} <= {"GM0106", "GM0114"}
    with pytest.raises(QgsProcessingException, match="GM9999 are not in the cities layer"):
        processing.run("hema:catchmentsobserved", {**params, "CITY_CODES": "GM9999", "OUTPUT": TEMP}, context=context)


def test_city_codes_keep_the_lines_to_those_cities(context, feedback):
    params = {"FLOWS": bundled_uri("flows"), "CITIES": bundled_uri("cities"), "THEME": 0, "NODE_TOTALS": TEMP}
    every = out(context, processing.run("hema:flowlines", {**params, "OUTPUT": TEMP}, context=context)["OUTPUT"])
    chosen = processing.run("hema:flowlines", {**params, "CITY_CODES": "GM0106", "OUTPUT": TEMP}, context=context)
    lines = out(context, chosen["OUTPUT"])
    assert lines.featureCount() > 0 and {f["destination"] for f in lines.getFeatures()} == {"GM0106"}
    assert every.featureCount() > lines.featureCount()


FLOWS = [
    ("A", "B", "werk_studie", 2014, "train", 10.0),
    ("A", "B", "werk_studie", 2014, "car", 30.0),
    ("A", "B", "werk_studie", 2016, "car", 50.0),
    ("B", "A", "wonen", 2014, "car", 7.0),
]
FIELDS = "origin:string,destination:string,theme:string,year:integer,mode:string,value:double"


def cities_layer():
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=code:string&field=name:string", "c", "memory")
    features = []
    for code, x in (("A", 230_000.0), ("B", 250_000.0)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, code])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, 550_000.0)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def total(context, **filters) -> float:
    params = {"FLOWS": memory_table(FLOWS, FIELDS), "CITIES": cities_layer(), "OUTPUT": TEMP, "NODE_TOTALS": TEMP}
    result = processing.run("hema:flowlines", {**params, **filters}, context=context)
    return sum(f["value"] for f in out(context, result["OUTPUT"]).getFeatures())


def test_theme_year_and_mode_filters(context):
    assert total(context) == 97.0  # THEME empty = every theme, YEAR empty = every year, MODE empty = every mode
    assert total(context, THEME=0) == 90.0
    assert total(context, THEME=0, YEAR=2014) == 40.0
    assert total(context, THEME=0, YEAR=2014, MODE="train") == 10.0


def test_filter_on_a_missing_field(context):
    table = memory_table([(o, d, v) for o, d, *_rest, v in FLOWS])  # no theme, year or mode field
    params = {"FLOWS": table, "CITIES": cities_layer(), "OUTPUT": TEMP, "NODE_TOTALS": TEMP, "THEME": 0}
    result = processing.run("hema:flowlines", params, context=context)  # default field absent: filter skipped
    assert sum(f["value"] for f in out(context, result["OUTPUT"]).getFeatures()) == 97.0
    with pytest.raises(QgsProcessingException, match="needs the field 'thema'"):
        processing.run("hema:flowlines", {**params, "THEME_FIELD": "thema"}, context=context)


def test_every_algorithm_uses_one_name_and_type_per_role(plugin):
    from hema_steden.core import vocabulary as v
    from qgis.core import QgsApplication, QgsProcessing

    point, polygon, table = (
        QgsProcessing.SourceType.TypeVectorPoint,
        QgsProcessing.SourceType.TypeVectorPolygon,
        QgsProcessing.SourceType.TypeVector,
    )
    layer_types = {v.CITIES: [[point]], v.ZONES: [[polygon], [polygon, point]], v.FLOWS: [[table]]}
    field_parents = {
        v.ORIGIN_FIELD: v.FLOWS, v.DESTINATION_FIELD: v.FLOWS, v.VALUE_FIELD: v.FLOWS, v.THEME_FIELD: v.FLOWS,
        v.YEAR_FIELD: v.FLOWS, v.MODE_FIELD: v.FLOWS, v.ZONE_CODE_FIELD: v.ZONES, v.ZONE_NAME_FIELD: v.ZONES,
        v.POPULATION_FIELD: v.ZONES, v.CITY_CODE_FIELD: v.CITIES, v.CITY_NAME_FIELD: v.CITIES,
        v.ATTRACTIVENESS_FIELD: v.CITIES, v.WEIGHT_FIELD: v.CITIES,
    }  # fmt: skip
    checked = 0
    for alg in QgsApplication.processingRegistry().providerById("hema").algorithms():
        for p in alg.parameterDefinitions():
            name = p.name()
            if name in layer_types and p.type() == "source":
                assert [int(t) for t in p.dataTypes()] in [[int(t) for t in ts] for ts in layer_types[name]], (
                    alg.id(),
                    name,
                )
                checked += 1
            elif name in field_parents and alg.parameterDefinition(field_parents[name]) is not None:
                assert p.type() == "field" and p.parentLayerParameterName() == field_parents[name], (alg.id(), name)
                assert name == v.WEIGHT_FIELD or p.defaultValue() == v.FIELD_DEFAULTS[name], (alg.id(), name)
                checked += 1
            elif name in (v.THEME, v.THEMES):
                assert p.type() == "enum" and list(p.options()) == list(v.THEME_OPTIONS), (alg.id(), name)
            elif name == v.YEAR:
                assert p.type() == "number" and p.dataType() == p.Type.Integer, (alg.id(), name)
            elif name == v.CITY_CODES:
                assert p.type() == "string", (alg.id(), name)
    assert checked > 50
