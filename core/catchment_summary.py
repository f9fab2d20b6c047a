"""Per city and band totals of a catchment table: the dissolve keys and attributes of the catchment polygons."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from . import HemaInputError
from .catchments import BANDS
from .fmt import plain


def band_groups(
    dom: Sequence[object],
    band: Sequence[object],
    population: Sequence[float] | None,
    area_m2: Sequence[float],
    inflow: np.ndarray,
    city_codes: Sequence[str],
) -> tuple[pd.DataFrame, list[np.ndarray]]:
    """One row per (dominant city, band) and the zone indices of each group.

    inflow is zones x cities (flows from zone i to city j: observed or expected). Per group: zone count,
    population, area (km2), inflow = flows from the group's zones to its city, inflow_share = that inflow as a
    share of the city's total inflow from all zones. Zones without a dominant city form no group.
    """
    codes = pd.Index([str(c) for c in city_codes])
    dom = np.asarray(dom, dtype=object)
    dom = np.where(pd.isna(dom), None, dom)
    frame = pd.DataFrame(
        {
            "city_code": dom,
            "band": np.asarray(band, dtype=object).astype(str),
            "population": np.asarray(population, dtype=float) if population is not None else np.nan,
            "area_km2": np.asarray(area_m2, dtype=float) / 1e6,
        }
    )
    unknown = sorted(set(frame["band"]) - set(BANDS))
    if unknown:
        raise HemaInputError(f"band value {plain(unknown[0])} is not one of {', '.join(BANDS)}; choose the band field")
    j = codes.get_indexer(frame["city_code"].fillna("").astype(str))
    has = frame["city_code"].notna().to_numpy()
    if (has & (j < 0)).any():
        bad = frame["city_code"][has & (j < 0)].iloc[0]
        raise HemaInputError(
            f"dominant city {plain(bad)} has no share/flow field; the layer must hold a field per city"
        )
    rows = np.flatnonzero(has)
    frame["inflow"] = np.nan
    frame.loc[rows, "inflow"] = inflow[rows, j[rows]]
    city_total = dict(zip(codes, np.nansum(inflow, axis=0)))
    frame["zone"] = np.arange(len(frame))
    grouped = frame.iloc[rows].groupby(["city_code", "band"], sort=True)
    table = grouped.agg(
        zones=("zone", "size"),
        population=("population", lambda s: s.sum(min_count=1)),
        area_km2=("area_km2", "sum"),
        inflow=("inflow", "sum"),
    ).reset_index()
    total = table["city_code"].map(city_total).to_numpy(dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        table["inflow_share"] = np.where(total > 0, table["inflow"].to_numpy() / total, np.nan)
    order = {b: k for k, b in enumerate(BANDS)}
    key = codes.get_indexer(table["city_code"]) * len(BANDS) + table["band"].map(order).to_numpy()
    table = table.iloc[np.argsort(key, kind="stable")].reset_index(drop=True)
    positions = grouped.indices
    members = [rows[np.asarray(positions[(c, b)], dtype=int)] for c, b in zip(table["city_code"], table["band"])]
    return table, members
