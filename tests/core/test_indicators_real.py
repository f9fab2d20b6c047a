"""Indicator table, reference values and the Quickscan comparison on the real CBS files (no QGIS needed)."""

import sqlite3

import numpy as np
import pandas as pd
import pytest
from hema_steden.core.indicator_catalogue import BY_ID, CATALOGUE, KERNCIJFERS_COLUMNS
from hema_steden.core.indicators import catchment_values, compare, reference_values, with_catchment
from hema_steden.paths import DATA_DIR

GPKG = DATA_DIR / "hema_indicators.gpkg"
HEMA = ["GM0106", "GM0114", "GM0118", "GM0119"]
REFERENCE = ["GM0014", "GM0193", "GM0080"]


@pytest.fixture(scope="module")
def bundled():
    con = sqlite3.connect(f"file:{GPKG}?mode=ro", uri=True)
    table = pd.read_sql("SELECT code, theme, indicator, value, unit, year, source FROM indicators", con)
    areas = pd.read_sql("SELECT code, name, province, level, year FROM areas", con)
    con.close()
    return table, areas


@pytest.fixture(scope="module")
def kern(shared_data):
    return pd.read_csv(shared_data / "cbs_kerncijfers_2022_gemeenten_nl.csv")


@pytest.fixture(scope="module")
def wbk18(shared_data):
    return pd.read_csv(shared_data / "cbs_wijkbuurtkaart_2018_gemeenten_nl.csv")


def test_every_kerncijfers_indicator_covers_all_345_municipalities_of_2022(bundled, kern):
    table, _ = bundled
    gm = table[(table["year"] == 2022) & table["code"].str.startswith("GM")]
    assert len(kern) == 345
    for ind_id, column in KERNCIJFERS_COLUMNS.items():
        rows = gm[gm["indicator"] == ind_id]
        assert set(rows["code"]) == set(kern["code"]), ind_id
        assert len(rows) == 345, ind_id
        merged = rows.merge(kern[["code", column]], on="code")
        assert np.allclose(merged["value"], merged[column]), ind_id
    wijken = table[(table["year"] == 2022) & table["code"].str.startswith("WK")]
    assert wijken["code"].nunique() == 813


def test_catalogue_is_complete_and_every_row_belongs_to_a_theme(bundled):
    table, _ = bundled
    assert set(table["indicator"]) <= set(BY_ID)
    assert {i.theme for i in CATALOGUE} == {"werk_studie", "wonen", "voorzieningen", "vrije_tijd", "vervoer"}
    for entry in CATALOGUE:
        assert entry.label_nl and entry.label_en and entry.unit and entry.sense in (-1, 0, 1)
        assert entry.base == "sum" or entry.base in BY_ID, entry.id
    assert (table.groupby("indicator")["theme"].nunique() == 1).all()


def test_nl_and_drenthe_employment_rate_recomputed_by_hand_from_the_csv(bundled, kern):
    """Weighted by inhabitants 15-64: population x (15-24 + 25-44 + 45-64 share) / 100."""
    refs = reference_values(*bundled).set_index(["indicator", "year"])
    weight = kern["population"] * (kern["pop_15_24"] + kern["pop_25_44"] + kern["pop_45_64"]) / 100
    nl = (kern["employment_rate"] * weight).sum() / weight.sum()
    dr = kern["province"] == "Drenthe"
    drenthe = (kern.loc[dr, "employment_rate"] * weight[dr]).sum() / weight[dr].sum()
    assert refs.loc[("employment_rate", 2022), "nl"] == pytest.approx(nl, rel=1e-6)
    assert refs.loc[("employment_rate", 2022), "drenthe"] == pytest.approx(drenthe, rel=1e-6)
    assert refs.loc[("employment_rate", 2022), "n_drenthe"] == 12
    # counts are summed: NL had 17,590,672 inhabitants on 1 January 2022 in this file
    assert refs.loc[("population", 2022), "nl"] == kern["population"].sum()


def test_dwelling_value_weighted_by_dwellings_and_distance_by_inhabitants(bundled, kern, wbk18):
    refs = reference_values(*bundled).set_index(["indicator", "year"])
    dr = kern[kern["province"] == "Drenthe"]
    woz = (dr["dwelling_value"] * dr["dwelling_total"]).sum() / dr["dwelling_total"].sum()
    assert refs.loc[("dwelling_value", 2022), "drenthe"] == pytest.approx(woz, rel=1e-6)
    hosp = (wbk18["AF_ZIEK_I"] * wbk18["AANT_INW"]).sum() / wbk18["AANT_INW"].sum()
    assert refs.loc[("dist_hospital", 2018), "nl"] == pytest.approx(hosp, rel=1e-6)


# Golden comparison, values read from cbs_kerncijfers_2022_gemeenten_nl.csv (2022) and
# cbs_wijkbuurtkaart_2018_gemeenten_nl.csv (2018, AF_ZIEK_I) and checked against them below.
# city: (employment_rate, edu_appl_sci, dist_hospital km) with rank among the seven and verdict vs NL.
GOLDEN = {
    "GM0106": ((64, 4, "worse"), (29, 4, "worse"), (2.9, 2, "better")),
    "GM0114": ((60, 7, "worse"), (18, 6, "worse"), (7.1, 7, "worse")),
    "GM0118": ((65, 3, "better"), (18, 6, "worse"), (4.1, 4, "better")),
    "GM0119": ((66, 2, "better"), (29, 4, "worse"), (3.5, 3, "better")),
    "GM0014": ((61, 6, "worse"), (44, 1, "better"), (2.7, 1, "better")),
    "GM0193": ((68, 1, "better"), (39, 2, "better"), (4.5, 5, "better")),
    "GM0080": ((63, 5, "worse"), (32, 3, "worse"), (4.7, 6, "worse")),
}
GOLDEN_REFS = {"employment_rate": (64.845, 63.407), "edu_appl_sci": (32.138, 25.258), "dist_hospital": (4.681, 7.602)}


def test_golden_comparison_hema_against_groningen_zwolle_leeuwarden(bundled, kern, wbk18):
    table, areas = bundled
    result = compare(table, areas, HEMA + REFERENCE, ["werk_studie", "voorzieningen"])
    source = {
        "employment_rate": dict(zip(kern["code"], kern["employment_rate"])),
        "edu_appl_sci": dict(zip(kern["code"], kern["edu_appl_sci"])),
        "dist_hospital": dict(zip(wbk18["GM_CODE"], wbk18["AF_ZIEK_I"])),
    }
    years = {"employment_rate": 2022, "edu_appl_sci": 2022, "dist_hospital": 2018}
    for code, expected in GOLDEN.items():
        for ind_id, (value, rank, verdict) in zip(("employment_rate", "edu_appl_sci", "dist_hospital"), expected):
            row = result[(result["code"] == code) & (result["indicator"] == ind_id)].iloc[0]
            assert row["value"] == pytest.approx(value) == pytest.approx(source[ind_id][code])
            assert row["year"] == years[ind_id]
            assert (row["rank"], row["verdict"]) == (rank, verdict), (code, ind_id)
            nl, drenthe = GOLDEN_REFS[ind_id]
            assert (row["nl"], row["drenthe"]) == (pytest.approx(nl, abs=5e-4), pytest.approx(drenthe, abs=5e-4))
            assert row["index_nl"] == pytest.approx(100 * value / row["nl"])
    assert result.loc[result["code"] == "GM0106", "name"].iloc[0] == "Assen"
    english = compare(table, areas, ["GM0106"], ["werk_studie"], lang="en")
    assert "employment rate" in set(english["label"]) and "worse than NL" in set(english["verdict_text"])
    units = dict(zip(english["indicator"], english["unit"]))
    assert units["firms_per_1000"] == "per 1,000" and units["employment_rate"] == "%"


def test_unknown_city_is_refused_with_the_code_named(bundled):
    from hema_steden.core import HemaInputError

    with pytest.raises(HemaInputError, match="GM9999"):
        compare(*bundled, ["GM0106", "GM9999"], ["wonen"])


def test_catchment_values_are_weighted_over_the_catchments_zones(bundled, kern):
    table, areas = bundled
    zones = pd.DataFrame(
        {"code": ["GM0106", "GM1730", "GM1680", "GM0014", "GM1699"], "dom_code": ["GM0106"] * 3 + ["GM0014"] * 2}
    )
    values, missing = catchment_values(table, zones, ["employment_rate", "population"], 2022)
    k = kern.set_index("code")
    w = k["population"] * (k["pop_15_24"] + k["pop_25_44"] + k["pop_45_64"]) / 100
    codes = ["GM0106", "GM1730", "GM1680"]
    expected = (k.loc[codes, "employment_rate"] * w[codes]).sum() / w[codes].sum()
    got = values.set_index(["code", "indicator"])
    assert got.loc[("GM0106", "employment_rate"), "value"] == pytest.approx(expected)
    assert got.loc[("GM0106", "population"), "value"] == k.loc[codes, "population"].sum()
    assert got.loc[("GM0014", "employment_rate"), "zones"] == 2 and missing == []
    comparison = with_catchment(compare(table, areas, ["GM0106", "GM0014"], ["werk_studie"], 2022), values)
    row = comparison[(comparison["code"] == "GM0106") & (comparison["indicator"] == "employment_rate")].iloc[0]
    assert row["catchment_value"] == pytest.approx(expected) and row["value"] == 64
