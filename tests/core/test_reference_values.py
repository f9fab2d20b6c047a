"""The vectorised reference values equal a plain per-(indicator, year) loop, on the bundled table and edge cases."""

import sqlite3

import numpy as np
import pandas as pd
import pytest
from hema_steden.core.indicator_catalogue import BY_ID
from hema_steden.core.indicators import DRENTHE, reference_values
from hema_steden.paths import DATA_DIR


def loop_reference(table: pd.DataFrame, areas: pd.DataFrame, province: str = DRENTHE) -> pd.DataFrame:
    """The definition, one group at a time (the implementation before vectorising)."""
    gm = table[table["code"].str.startswith("GM")]
    prov = {(str(c), int(y)) for c, p, y in zip(areas["code"], areas["province"], areas["year"]) if p == province}
    rows = []
    for (ind_id, year), group in gm.groupby(["indicator", "year"], sort=True):
        base = BY_ID[ind_id].base if ind_id in BY_ID else "population"
        in_prov = np.array([(c, int(year)) in prov for c in group["code"]], dtype=bool)

        def weighted(values, weights):
            if weights is None:
                return float(values["value"].sum()) if len(values) else np.nan
            w = values["code"].map(weights)
            ok = values["value"].notna() & w.notna() & (w > 0)
            return float((values.loc[ok, "value"] * w[ok]).sum() / w[ok].sum()) if ok.any() else np.nan

        weights = None
        if base != "sum":
            b = gm[(gm["indicator"] == base) & (gm["year"] == year)]
            weights = pd.Series(b["value"].to_numpy(), index=b["code"])
            if weights.empty:
                continue
        rows.append((ind_id, int(year), base, weighted(group, weights), weighted(group[in_prov], weights),
                     int(group["value"].notna().sum()), int(in_prov.sum())))  # fmt: skip
    return pd.DataFrame(rows, columns=["indicator", "year", "base", "nl", "drenthe", "n_nl", "n_drenthe"])


def same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert list(a.columns) == list(b.columns)
    assert a[["indicator", "year", "base", "n_nl", "n_drenthe"]].values.tolist() == (
        b[["indicator", "year", "base", "n_nl", "n_drenthe"]].values.tolist()
    )
    for col in ("nl", "drenthe"):
        assert np.allclose(a[col], b[col], rtol=1e-12, equal_nan=True), col


def test_bundled_table_equals_the_loop():
    con = sqlite3.connect(f"file:{DATA_DIR / 'hema_indicators.gpkg'}?mode=ro", uri=True)
    table = pd.read_sql("SELECT code, theme, indicator, value, unit, year, source FROM indicators", con)
    areas = pd.read_sql("SELECT code, name, province, level, year FROM areas", con)
    con.close()
    fast = reference_values(table, areas)
    assert len(fast) > 50
    same(fast, loop_reference(table, areas))


@pytest.mark.parametrize("case", ["plain", "nan_value", "zero_weight", "no_base_year", "sum_outside", "own"])
def test_edge_cases_equal_the_loop(case):
    rate = next(i for i in BY_ID.values() if i.base not in ("sum",))
    total = next(i for i in BY_ID.values() if i.base == "sum")
    base = rate.base
    rows = [("GM0001", base, 2020, 100.0), ("GM0002", base, 2020, 300.0), ("GM0001", base, 2021, 100.0),
            ("GM0002", base, 2021, 300.0), ("GM0001", rate.id, 2020, 10.0), ("GM0002", rate.id, 2020, 20.0),
            ("GM0001", total.id, 2020, 5.0)]  # fmt: skip
    extra = {
        "plain": [],
        "nan_value": [("GM0003", rate.id, 2020, np.nan)],
        "zero_weight": [("GM0003", base, 2020, 0.0), ("GM0003", rate.id, 2020, 99.0)],
        "no_base_year": [("GM0001", rate.id, 2019, 7.0)],  # no base in 2019: (indicator, 2019) is left out
        "sum_outside": [("GM0002", total.id, 2021, 8.0)],  # a sum with no municipality in the province
        "own": [("GM0001", "own_index", 2021, 4.0), ("GM0002", "own_index", 2021, np.nan)],
    }[case]
    table = pd.DataFrame(rows + extra, columns=["code", "indicator", "year", "value"])
    areas = pd.DataFrame({"code": ["GM0001", "GM0001", "GM0003"], "name": ["a", "a", "c"],
                          "province": [DRENTHE, DRENTHE, DRENTHE], "year": [2020, 2021, 2020]})  # fmt: skip
    fast = reference_values(table, areas)
    same(fast, loop_reference(table, areas))
    if case == "plain":
        nl = fast.set_index(["indicator", "year"]).loc[(rate.id, 2020), "nl"]
        assert nl == pytest.approx((10 * 100 + 20 * 300) / 400)
