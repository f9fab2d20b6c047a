"""Huff calibrated to observed werk catchments on real CBS commuting data (2014 and 2016)."""

import json

import processing
import pytest
from helpers.catchments import as_layer, city_layer, csv_layer, zones_with_population

NOORD = "\"NUTS2_name\" IN ('Groningen', 'Friesland', 'Drenthe', 'Overijssel')"


def _layers_2014(shared):
    zones = zones_with_population(shared, "gemeenten_2018_noord.gpkg", "gemeenten_2018", "statcode")
    flows = csv_layer(shared / "commuting_cbs_banen_2006_2014_noord.csv", "banen", ("woon_code_2014", "werk_code_2014"))
    fields = {"ORIGIN_FIELD": "woon_code_2014", "DESTINATION_FIELD": "werk_code_2014", "VALUE_FIELD": "banen_x1000"}
    return zones, flows, {**fields, "YEAR_FIELD": "jaar", "YEAR": 2014, "MULTIPLIER": 1000, "ALLOW_EMPTY": True}


def _layers_2016(shared):
    zones = zones_with_population(shared, "gemeenten_2016_odf.gpkg", "muni_poly", "id", NOORD)
    flows = csv_layer(shared / "commuting_2016_odf_nl_total.csv", "odf", ("muni_from", "muni_to"))
    return zones, flows, {"ORIGIN_FIELD": "muni_from", "DESTINATION_FIELD": "muni_to", "VALUE_FIELD": "value"}


def calibrate(shared, context, feedback, tmp_path, layers, **extra):
    zones, flows, fields = layers(shared)
    cities = city_layer(shared, zones, "code")
    params = {
        "ZONES": zones, "ZONE_CODE_FIELD": "code", "ZONE_NAME_FIELD": "name",
        "CITIES": cities, "CITY_CODE_FIELD": "code", "CITY_NAME_FIELD": "name", "ATTRACTIVENESS_FIELD": "population",
        "FLOWS": flows, **fields, "DECAY": 0,
        "OUTPUT": "TEMPORARY_OUTPUT", "PARAMETERS": "TEMPORARY_OUTPUT",
        "PARAMETERS_FILE": str(tmp_path / "huff.json"), **extra,
    }  # fmt: skip
    result = processing.run("hema:calibratehuff", params, context=context, feedback=feedback)
    return result, zones, cities


@pytest.mark.parametrize("layers", [_layers_2014, _layers_2016], ids=["cbs2014_on_2018", "odf2016"])
def test_huff_calibrated_to_observed_werk_catchments(shared_data, context, feedback, tmp_path, layers):
    result, zones, cities = calibrate(shared_data, context, feedback, tmp_path, layers)
    beta, r2, agreement = result["BETA"], result["PSEUDO_R2"], result["AGREEMENT"]
    print(
        f"\n{layers.__name__}: alpha {result['ALPHA']:.3f} (se {result['SE_ALPHA']:.4f}), beta {beta:.3f} "
        f"(se {result['SE_BETA']:.4f}), pseudo-R2 {r2:.3f} (vs attractiveness-only {result['PSEUDO_R2_ATTR']:.3f}), "
        f"SRMSE {result['SRMSE']:.3f}, zones {result['N_ZONES']}, dominant city agrees in {agreement:.1%}"
    )
    # Commuting distance decay between municipalities is typically beta 1.5-3 for power decay (e.g. Dutch
    # gravity studies, R spopt default 1.5); anything outside 0.8-4.5 would signal wrong units or codes.
    assert 0.8 < beta < 4.5
    assert 0.2 < result["ALPHA"] < 3.0
    # Distance and city size explain most of the choice between 11 cities: McFadden rho2 well above 0.2 (0.2-0.4
    # counts as an excellent fit for discrete choice), and distance adds clearly to attractiveness alone.
    assert r2 > 0.3 and result["PSEUDO_R2_ATTR"] > 0.2
    # Huff picks the observed dominant city in most zones (misses are zones between two cities).
    assert agreement > 0.7
    assert result["SE_BETA"] < 0.05 * beta
    saved = json.loads((tmp_path / "huff.json").read_text())
    assert saved["beta"] == pytest.approx(beta) and saved["decay"] == "power"
    # the Huff algorithm takes the parameter file
    huff = processing.run(
        "hema:catchmentshuff",
        {
            "ZONES": zones, "ZONE_CODE_FIELD": "code", "ZONE_NAME_FIELD": "name", "POPULATION_FIELD": "population",
            "CITIES": cities, "CITY_CODE_FIELD": "code", "CITY_NAME_FIELD": "name",
                "ATTRACTIVENESS_FIELD": "population",
            "PARAMETERS_FILE": str(tmp_path / "huff.json"), "OUTPUT": "TEMPORARY_OUTPUT",
        },
        context=context, feedback=feedback,
    )  # fmt: skip
    layer = as_layer(context, huff["OUTPUT"])
    residuals = as_layer(context, result["OUTPUT"])
    observed = {f["code"]: f["obs_dom"] for f in residuals.getFeatures()}
    modelled = {f["code"]: f["dom_code"] for f in layer.getFeatures() if f["band"] != "own"}
    same = [observed[c] == m for c, m in modelled.items() if observed.get(c)]
    assert sum(same) / len(same) > 0.65
    f = next(layer.getFeatures())
    assert sum(f[n] for n in layer.fields().names() if n.startswith("p_")) == pytest.approx(1.0)
