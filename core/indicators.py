"""Indicator tables: CBS files to the long table, Drenthe/NL reference values, the city comparison, catchments.

Long table columns: code, theme, indicator, value, unit, year, source. Areas table: code, name, province, level, year.

Reference values (method). For a count (catalogue base 'sum': population, dwellings, firms, area, ...) the
reference is the sum over the municipalities of the region. For every other indicator it is the mean of the
municipal values weighted by the indicator's base count of the same municipality and year:
    ref = Σ_i v_i · w_i / Σ_i w_i  over the municipalities i of the region with both v_i and w_i present,
with w = inhabitants for distances (CBS averages them over residents), age and income shares; inhabitants aged
15-64 (inhabitants × the 15-24, 25-44 and 45-64 shares) for the employment rate and the education share;
dwellings for WOZ value and tenure shares; households for cars per household; firms for sector shares; land area
for density. NL = all municipalities of that year; Drenthe = those whose province is Drenthe.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from . import HemaInputError
from .indicator_catalogue import (
    BY_ID,
    CATALOGUE,
    KERNCIJFERS,
    KERNCIJFERS_COLUMNS,
    NEUTRAL,
    SECTOR_SHARES,
    WBK_COLUMNS,
)

COLUMNS = ["code", "theme", "indicator", "value", "unit", "year", "source"]
AREA_COLUMNS = ["code", "name", "province", "level", "year"]
DRENTHE = "Drenthe"
COMPARISON_COLUMNS = [
    *("code", "name", "theme", "indicator", "label", "unit", "year", "value", "drenthe", "nl", "index_nl", "rank"),
    *("verdict", "verdict_text"),
]
WORKING_AGE = ("pop_15_24", "pop_25_44", "pop_45_64")


def _long(wide: pd.DataFrame, columns: dict[str, str], year: int, source: str) -> pd.DataFrame:
    """Wide frame (one row per code) -> long table for the catalogue indicators named in columns."""
    parts = []
    for ind_id, column in columns.items():
        if column not in wide.columns:
            continue
        entry = BY_ID[ind_id]
        values = pd.to_numeric(wide[column], errors="coerce")
        parts.append(
            pd.DataFrame(
                {
                    "code": wide["code"].astype(str),
                    "theme": entry.theme,
                    "indicator": ind_id,
                    "value": values.astype(float).round(4),
                    "unit": entry.unit,
                    "year": int(year),
                    "source": source,
                }
            )
        )
    table = pd.concat(parts, ignore_index=True)
    return table[table["value"].notna()].reset_index(drop=True)


def from_kerncijfers(frame: pd.DataFrame, year: int = 2022, source: str = KERNCIJFERS) -> pd.DataFrame:
    """Long table of the kerncijfers columns (tmap NLD_muni / NLD_dist), with derived 15-64 and density."""
    wide = frame.copy()
    wide["population_15_64"] = wide["population"] * wide[list(WORKING_AGE)].sum(axis=1) / 100.0
    wide["density"] = wide["population"] / wide["area"].where(wide["area"] > 0)
    columns = {**KERNCIJFERS_COLUMNS, "population_15_64": "population_15_64", "density": "density"}
    return _long(wide, columns, year, source)


def from_wijkbuurtkaart(frame: pd.DataFrame, year: int, source: str) -> pd.DataFrame:
    """Long table of a Wijk- en buurtkaart municipal table (GM_CODE ...), with derived firm and density figures."""
    wide = frame.rename(columns={"GM_CODE": "code"}).copy()
    pop = pd.to_numeric(wide["AANT_INW"], errors="coerce")
    wide["OPP_LAND"] = pd.to_numeric(wide["OPP_LAND"], errors="coerce") / 100.0  # ha -> km²
    shares = wide[["P_15_24_JR", "P_25_44_JR", "P_45_64_JR"]].apply(pd.to_numeric, errors="coerce").sum(axis=1)
    wide["population_15_64"] = pop * shares / 100.0
    wide["density"] = pop / wide["OPP_LAND"].where(wide["OPP_LAND"] > 0)
    columns = {**WBK_COLUMNS, "population_15_64": "population_15_64", "density": "density"}
    if "A_BEDV" in wide.columns:
        firms = pd.to_numeric(wide["A_BEDV"], errors="coerce")
        wide["firms_per_1000"] = firms / pop.where(pop > 0) * 1000.0
        columns["firms_per_1000"] = "firms_per_1000"
        for ind_id, sectors in SECTOR_SHARES.items():
            wide[ind_id] = wide[list(sectors)].apply(pd.to_numeric, errors="coerce").sum(axis=1) / firms * 100.0
            columns[ind_id] = ind_id
    return _long(wide, columns, year, source)


def _weighted(values: pd.DataFrame, weights: pd.Series | None) -> float:
    """Σ v·w / Σ w over rows with both present (weights None: the sum of the values)."""
    if weights is None:
        return float(values["value"].sum()) if len(values) else np.nan
    w = values["code"].map(weights)
    ok = values["value"].notna() & w.notna() & (w > 0)
    if not ok.any():
        return np.nan
    return float((values.loc[ok, "value"] * w[ok]).sum() / w[ok].sum())


def _ratio(num: pd.Series, den: pd.Series) -> pd.Series:
    """The ratio num / den, NaN where den is 0 (no row with both a value and a weight)."""
    return num / den.where(den > 0)


def reference_values(table: pd.DataFrame, areas: pd.DataFrame, province: str = DRENTHE) -> pd.DataFrame:
    """NL and province reference per (indicator, year), weighted by the catalogue base (see module docstring).

    Weighted: Σ v·w / Σ w over the municipalities with a value and a weight > 0 (w = the base indicator of the same
    municipality and year); base 'sum': the sum of the values. An (indicator, year) whose base has no rows that year
    is left out. Vectorised: one merge for the weights, one groupby for the sums.
    """
    columns = ["indicator", "year", "base", "nl", "drenthe", "n_nl", "n_drenthe"]
    gm = table.loc[table["code"].str.startswith("GM"), ["code", "indicator", "year", "value"]]
    gm = gm.astype({"code": str, "year": int}).assign(value=pd.to_numeric(gm["value"], errors="coerce"))
    if gm.empty:
        return pd.DataFrame(columns=columns)
    prov = areas.loc[areas["province"] == province, ["code", "year"]].astype({"code": str, "year": int})
    gm = gm.merge(prov.drop_duplicates().assign(in_prov=True), on=["code", "year"], how="left")
    gm["in_prov"] = gm["in_prov"].notna()
    bases = {i: (BY_ID[i].base if i in BY_ID else "population") for i in gm["indicator"].unique()}
    gm["base"] = gm["indicator"].map(bases)
    weights = gm[["code", "indicator", "year", "value"]].drop_duplicates(["code", "indicator", "year"], keep="last")
    weights = weights.rename(columns={"indicator": "base", "value": "w"})
    gm = gm.merge(weights, on=["code", "base", "year"], how="left")
    present = set(zip(weights["base"], weights["year"]))
    keep = (gm["base"] == "sum") | pd.Series([pair in present for pair in zip(gm["base"], gm["year"])], index=gm.index)
    gm = gm[keep]
    is_sum = gm["base"] == "sum"
    ok = gm["value"].notna() & (is_sum | (gm["w"].notna() & (gm["w"] > 0)))
    w = gm["w"].where(~is_sum, 1.0).where(ok, 0.0)
    vw = (gm["value"] * w).where(ok, 0.0)
    parts = pd.DataFrame({"indicator": gm["indicator"], "year": gm["year"], "base": gm["base"], "vw": vw, "w": w,
                          "pvw": vw.where(gm["in_prov"], 0.0), "pw": w.where(gm["in_prov"], 0.0),
                          "n_nl": gm["value"].notna(), "n_drenthe": gm["in_prov"]})  # fmt: skip
    g = parts.groupby(["indicator", "year"], sort=True).agg(
        base=("base", "first"), vw=("vw", "sum"), w=("w", "sum"), pvw=("pvw", "sum"), pw=("pw", "sum"),
        n_nl=("n_nl", "sum"), n_drenthe=("n_drenthe", "sum"),
    )  # fmt: skip
    summed = g["base"] == "sum"
    g["nl"] = g["vw"].where(summed, _ratio(g["vw"], g["w"]))
    g["drenthe"] = g["pvw"].where(summed & (g["n_drenthe"] > 0), _ratio(g["pvw"], g["pw"]).where(~summed))
    out = g.reset_index()[columns]
    return out.astype({"year": int, "n_nl": int, "n_drenthe": int, "nl": float, "drenthe": float})


def latest_years(table: pd.DataFrame, year: int | None = None) -> dict[str, int]:
    """Indicator -> the year used: the given year where the indicator has it, else its latest year."""
    years = table.groupby("indicator")["year"].agg(lambda s: sorted(set(s)))
    return {ind: (year if year in ys else ys[-1]) for ind, ys in years.items() if year is None or year in ys}


def compare(
    table: pd.DataFrame,
    areas: pd.DataFrame,
    cities: list[str],
    themes: list[str],
    year: int | None = None,
    lang: str = "nl",
    indicators: list[str] | None = None,
    tick: Callable[[], None] = lambda: None,
) -> pd.DataFrame:
    """The Quickscan comparison: per city and indicator its value, Drenthe and NL, index (NL = 100), rank, verdict.

    tick is called between the costly steps (reference values, every ten indicators): a waiting dialog repaints.
    """
    if not cities:
        raise HemaInputError("no cities chosen; give at least one municipality code such as GM0106.")
    unknown = sorted(set(cities) - set(table["code"]))
    if unknown:
        raise HemaInputError(
            f"cities {', '.join(unknown)} are not in the indicator table; use CBS municipality codes (GM0106)."
        )
    refs = reference_values(table, areas).set_index(["indicator", "year"])
    tick()
    used = latest_years(table, year)
    wanted = [
        i.id
        for i in CATALOGUE
        if i.theme in themes and i.base != "sum" and i.id in used and (not indicators or i.id in indicators)
    ]
    # user indicators outside the catalogue: of the chosen themes (or named), in the order of the table
    own_themes = table.drop_duplicates("indicator").set_index("indicator")["theme"]
    wanted += [
        i
        for i in own_themes.index
        if i not in BY_ID and i in used and own_themes[i] in themes and (not indicators or i in indicators)
    ]
    names = dict(zip(areas["code"], areas["name"]))
    rows = []
    mine = table[table["code"].isin(cities)]  # the cities' rows only: one small table to look up per indicator
    groups = {key: g.set_index("code")["value"] for key, g in mine.groupby(["indicator", "year"], sort=False)}
    empty = pd.Series(dtype=float)
    for n, ind_id in enumerate(wanted):
        if n % 10 == 9:
            tick()
        entry = BY_ID.get(ind_id)
        yr = used[ind_id]
        sub = groups.get((ind_id, yr), empty)
        ref = refs.loc[(ind_id, yr)] if (ind_id, yr) in refs.index else None
        nl = float(ref["nl"]) if ref is not None else np.nan
        sense = entry.sense if entry else NEUTRAL
        values = {c: float(sub[c]) if c in sub.index else np.nan for c in cities}
        order = pd.Series(values).rank(ascending=sense < 0, method="min")
        for code in cities:
            v = values[code]
            rows.append(
                {
                    "code": code,
                    "name": names.get(code, code),
                    "theme": entry.theme if entry else table.loc[table["indicator"] == ind_id, "theme"].iloc[0],
                    "indicator": ind_id,
                    "label": entry.label(lang) if entry else ind_id,
                    "unit": entry.unit_in(lang)
                    if entry
                    else str(table.loc[table["indicator"] == ind_id, "unit"].iloc[0]),
                    "year": int(yr),
                    "value": v,
                    "drenthe": float(ref["drenthe"]) if ref is not None else np.nan,
                    "nl": nl,
                    "index_nl": 100.0 * v / nl if nl and np.isfinite(nl) and np.isfinite(v) else np.nan,
                    "rank": int(order[code]) if np.isfinite(order[code]) else None,
                    "verdict": verdict(v, nl, sense),
                    "verdict_text": VERDICT_LABELS["en" if lang == "en" else "nl"][verdict(v, nl, sense)],
                }
            )
    return pd.DataFrame(rows)


VERDICT_LABELS = {
    "nl": {
        "better": "beter dan NL",
        "worse": "slechter dan NL",
        "equal": "gelijk aan NL",
        "neutral": "neutraal",
        "": "",
    },
    "en": {"better": "better than NL", "worse": "worse than NL", "equal": "equal to NL", "neutral": "neutral", "": ""},
}


def verdict(value: float, nl: float, sense: int) -> str:
    """'better', 'worse', 'equal' than NL by the indicator's sense; 'neutral' without a sense; '' when missing."""
    if not (np.isfinite(value) and np.isfinite(nl)):
        return ""
    if sense == NEUTRAL:
        return "neutral"
    if np.isclose(value, nl, rtol=1e-9, atol=1e-9):
        return "equal"
    return "better" if (value - nl) * sense > 0 else "worse"


def catchment_values(
    table: pd.DataFrame, catchment: pd.DataFrame, indicators: list[str], year: int | None = None
) -> tuple[pd.DataFrame, list[str]]:
    """Per city (dom_code) each indicator over its catchment's zones, weighted by the base as for the references.

    catchment: zones with code and dom_code (the city the zone belongs to). Returns (city, indicator, year, value,
    zones) and the zone codes absent from the indicator table of the year used.
    """
    zones = catchment[catchment["dom_code"].notna() & (catchment["dom_code"].astype(str) != "")]
    used = latest_years(table, year)
    rows, missing = [], set()
    for ind_id in indicators:
        if ind_id not in used:
            continue
        yr = used[ind_id]
        entry = BY_ID.get(ind_id)
        base = entry.base if entry else "population"
        values = table[(table["indicator"] == ind_id) & (table["year"] == yr)][["code", "value"]]
        weights = None
        if base != "sum":
            w = table[(table["indicator"] == base) & (table["year"] == yr)]
            weights = pd.Series(w["value"].to_numpy(), index=w["code"])
        known = set(values["code"])
        for city, group in zones.groupby("dom_code"):
            codes = [str(c) for c in group["code"]]
            missing.update(c for c in codes if c not in known)
            sub = values[values["code"].isin(codes)]
            rows.append(
                {
                    "code": str(city),
                    "indicator": ind_id,
                    "year": int(yr),
                    "value": _weighted(sub, weights),
                    "zones": len(sub),
                }
            )
    return pd.DataFrame(rows, columns=["code", "indicator", "year", "value", "zones"]), sorted(missing)


def with_catchment(comparison: pd.DataFrame, catchment: pd.DataFrame) -> pd.DataFrame:
    """The comparison with each city's value over its catchment (functional) next to the municipality's own."""
    merged = comparison.merge(
        catchment.rename(columns={"value": "catchment_value", "zones": "catchment_zones"}),
        on=["code", "indicator", "year"],
        how="left",
    )
    nl = merged["nl"].where(merged["nl"] != 0)
    merged["catchment_index_nl"] = 100.0 * merged["catchment_value"] / nl
    merged["catchment_zones"] = merged["catchment_zones"].fillna(0).astype(int)
    return merged
