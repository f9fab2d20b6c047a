"""Observed werk catchments on real CBS commuting data."""

import processing
from helpers.catchments import DUTCH, as_layer, city_layer, csv_layer, zones_with_population


def observed_2014(shared, context, feedback, **extra):
    zones = zones_with_population(shared, "gemeenten_2018_noord.gpkg", "gemeenten_2018", "statcode")
    cities = city_layer(shared, zones, "code")
    flows = csv_layer(shared / "commuting_cbs_banen_2006_2014_noord.csv", "banen", ("woon_code_2014", "werk_code_2014"))
    params = {
        "ZONES": zones,
        "CITIES": cities,
        "FLOWS": flows,
        "ZONE_CODE_FIELD": "code",
        "ZONE_NAME_FIELD": "name",
        "POPULATION_FIELD": "population",
        "CITY_CODE_FIELD": "code",
        "CITY_NAME_FIELD": "name",
        "ORIGIN_FIELD": "woon_code_2014",
        "DESTINATION_FIELD": "werk_code_2014",
        "VALUE_FIELD": "banen_x1000",
        "YEAR_FIELD": "jaar",
        "YEAR": 2014,
        "MULTIPLIER": 1000,
        "ALLOW_EMPTY": True,
        "OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }
    result = processing.run("hema:catchmentsobserved", params, context=context, feedback=feedback)
    return as_layer(context, result["OUTPUT"]), params


def test_observed_werk_2014_on_2018_municipalities(shared_data, context, feedback):
    layer, _ = observed_2014(shared_data, context, feedback)
    rows = {f["code"]: f for f in layer.getFeatures()}
    assert len(rows) == 77 and len(DUTCH) == 11
    # Assen is its own zone; Aa en Hunze (between Assen and Groningen) sends most commuters to Assen or Groningen
    assert rows["GM0106"]["band"] == "own" and rows["GM0106"]["dom_name"] == "Assen"
    assert rows["GM1680"]["dom_code"] in ("GM0106", "GM0014")
    print(
        {
            k: (f["name"], f["dom_name"], round(f["dom_share"] or 0, 3), f["band"])
            for k, f in rows.items()
            if k.startswith("GM1")
        }
    )
