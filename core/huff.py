"""Huff (1963) probability catchments: P_ij = A_j^a f(D_ij) / sum_k A_k^a f(D_ik), chunked over zones.

Decay f: 'power' D^-b or 'exponential' exp(-b D). Distances are straight lines in km between the zone's
representative point and the city point, or costs from a long origin/destination/cost table (its own unit).
The zone of a city itself (zone code = city code) gets a floor for that distance: with coordinates the mean
distance from the centre of a disc of the zone's area to its points, 2/3 sqrt(area/pi); with a cost table half
the zone's smallest positive cost to any other city. Any other zone closer than 1 m to a city is an error.

A NULL (NaN) or missing cost means the city cannot be reached from the zone (e.g. a town off the road network):
that city gets probability 0 for that zone. A zone that reaches no city at all gets probability 0 everywhere and
no dominant city (band 'none'); see ``unreachable``, which the caller uses to warn about both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import numpy as np
import pandas as pd

from . import HemaCanceled, HemaInputError
from .catchments import check_cities
from .fmt import plain

DECAYS: tuple[str, ...] = ("power", "exponential")
COINCIDENT_M = 1.0
CHUNK_CELLS = 2_000_000  # zones x cities per chunk: bounds the temporaries to a few tens of MB


def _check_values(
    values: Sequence[float], codes: Sequence[str], noun: str, field: str, zero_ok: bool, need: str
) -> np.ndarray:
    """Values as floats > 0 (>= 0 with zero_ok), or an error naming the first bad noun's code and need."""
    v = np.asarray(values, dtype=float)
    bad = ~np.isfinite(v) | ((v < 0) if zero_ok else (v <= 0))
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise HemaInputError(
            f"{noun} {codes[k]} has {field} {plain(v[k])}; every {noun} needs {need}: fill in the {field} field"
        )
    return v


def check_attractiveness(attract: Sequence[float], city_codes: Sequence[str]) -> np.ndarray:
    """Attractiveness as floats > 0, or an error naming the city."""
    need = "an attractiveness > 0 (e.g. its population)"
    return _check_values(attract, city_codes, "city", "attractiveness", False, need)


def check_population(population: Sequence[float], zone_codes: Sequence[str]) -> np.ndarray:
    """Population as floats >= 0, or an error naming the zone."""
    return _check_values(population, zone_codes, "zone", "population", True, "a population >= 0")


def _checked_cities(city_codes: Sequence[str], attract: Sequence[float]) -> tuple[list[str], np.ndarray]:
    """City codes (unique, non-empty) and their attractiveness, both checked."""
    codes = check_cities(city_codes)
    return codes, check_attractiveness(attract, codes)


def check_city_points(cx: np.ndarray, cy: np.ndarray, city_codes: Sequence[str]) -> None:
    """Refuse two cities at (almost) the same point: their Huff shares would be indistinguishable."""
    d = np.hypot(cx[:, None] - cx[None, :], cy[:, None] - cy[None, :])
    np.fill_diagonal(d, np.inf)
    close = np.argwhere(d < COINCIDENT_M)
    if len(close):
        i, j = close[0]
        raise HemaInputError(
            f"cities {city_codes[i]} and {city_codes[j]} lie at the same point; move one of them or remove the "
            "duplicate city"
        )


def own_index(zone_codes: Sequence[str], city_codes: Sequence[str]) -> np.ndarray:
    """Index of each zone's own city (zone code = city code), -1 where the zone is no city's zone."""
    return pd.Index([str(c) for c in city_codes]).get_indexer([str(z) for z in zone_codes])


def chunks(n_rows: int, n_cols: int, cancel: Callable[[], bool] | None = None) -> Iterator[slice]:
    """Row slices so that each chunk holds at most CHUNK_CELLS cells; HemaCanceled when cancel() turns true."""
    step = max(1, CHUNK_CELLS // max(1, n_cols))
    for start in range(0, n_rows, step):
        if cancel is not None and cancel():
            raise HemaCanceled("canceled")
        yield slice(start, min(n_rows, start + step))


def point_distances(
    zx: np.ndarray,
    zy: np.ndarray,
    cx: np.ndarray,
    cy: np.ndarray,
    own: np.ndarray,
    own_floor: np.ndarray,
    zone_codes: Sequence[str],
    city_codes: Sequence[str],
    min_distance: float = 0.0,
) -> np.ndarray:
    """Straight-line distances in km (rows = the given zones), floored for own cities and by min_distance (m)."""
    d = np.hypot(zx[:, None] - cx[None, :], zy[:, None] - cy[None, :])
    rows = np.arange(len(zx))
    is_own = own >= 0
    mask = d < COINCIDENT_M
    mask[rows[is_own], own[is_own]] = False
    if mask.any():
        i, j = np.argwhere(mask)[0]
        raise HemaInputError(
            f"zone {zone_codes[i]} lies on the point of city {city_codes[j]}, which is not its own city; "
            "give the zone the city's code if it is the city's zone, or move the zone or city point"
        )
    d[rows[is_own], own[is_own]] = np.maximum(d[rows[is_own], own[is_own]], own_floor[is_own])
    if min_distance > 0:
        np.maximum(d, min_distance, out=d)
    if (d < COINCIDENT_M).any():
        i, j = np.argwhere(d < COINCIDENT_M)[0]
        raise HemaInputError(
            f"zone {zone_codes[i]} lies on the point of its own city {city_codes[j]} and has no area to give it a "
            "distance (point zones), so its distance would be 0; set the minimum distance (MIN_DISTANCE), e.g. "
            "1000 m, or use polygon zones"
        )
    return d / 1000.0


def own_floor_from_area(area_m2: np.ndarray) -> np.ndarray:
    """Mean distance from the centre of a disc of this area to its points: 2/3 * sqrt(area / pi), in m."""
    return 2.0 / 3.0 * np.sqrt(np.maximum(np.asarray(area_m2, dtype=float), 0.0) / np.pi)


def cost_matrix(table: pd.DataFrame, zone_codes: Sequence[str], city_codes: Sequence[str]) -> np.ndarray:
    """Zones x cities cost matrix from a long origin/destination/cost table, own zero costs floored.

    NULL and missing costs stay NaN (unreachable); text that is no number, negative or infinite costs are errors.
    """
    zones = pd.Index([str(z) for z in zone_codes])
    cities = pd.Index([str(c) for c in city_codes])
    zi = zones.get_indexer(table["origin"].astype(str))
    cj = cities.get_indexer(table["destination"].astype(str))
    raw = table["cost"]
    cost = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float)
    null = raw.isna().to_numpy()
    keep = (zi >= 0) & (cj >= 0)
    bad = keep & ~null & (~np.isfinite(cost) | (cost < 0))
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise HemaInputError(
            f"cost {table['origin'].iloc[k]} -> {table['destination'].iloc[k]} is {plain(raw.iloc[k])}; "
            "costs must be numbers >= 0 (or NULL for a city that cannot be reached)"
        )
    pairs = pd.Series(zi[keep] * len(cities) + cj[keep])
    if pairs.duplicated().any():
        k = int(np.flatnonzero(keep)[int(np.flatnonzero(pairs.duplicated().to_numpy())[0])])
        count = int(pairs.duplicated().sum())
        raise HemaInputError(
            f"the cost table has {count} duplicate zone-city pair(s), e.g. {table['origin'].iloc[k]} -> "
            f"{table['destination'].iloc[k]}; every pair needs exactly one cost: remove the duplicate rows"
        )
    out = np.full((len(zones), len(cities)), np.nan)
    out[zi[keep], cj[keep]] = cost[keep]
    if np.isnan(out).all():
        raise HemaInputError(
            f"the cost table has no cost from any zone to any city; its origins must be zone codes (e.g. "
            f"{zones[0]}) and its destinations city codes (e.g. {cities[0]}): check the cost table's fields"
        )
    own = own_index(zones, cities)
    rows = np.arange(len(zones))
    zero = out <= 0
    zero[rows[own >= 0], own[own >= 0]] = False
    if zero.any():
        i, j = np.argwhere(zero)[0]
        raise HemaInputError(
            f"cost from zone {zones[i]} to city {cities[j]} is 0 but the zone is not the city's own zone; "
            "a zone on a city point needs the city's code, or fix the cost"
        )
    is_own = own >= 0
    positive = np.where(out > 0, out, np.inf)
    positive[rows[is_own], own[is_own]] = np.inf
    floor = positive.min(axis=1) / 2.0
    floor = np.where(np.isfinite(floor), floor, 1.0)  # the own city is the only one reached: any cost gives P = 1
    o = out[rows[is_own], own[is_own]]
    out[rows[is_own], own[is_own]] = np.where(o > 0, o, np.where(np.isnan(o), np.nan, floor[is_own]))
    return out


def unreachable(cost: np.ndarray, zone_codes: Sequence[str], city_codes: Sequence[str]) -> dict:
    """Summary of the NaN (unreachable) pairs of a cost matrix: pair count, cities concerned, zones reaching none."""
    missing = np.isnan(cost)
    none = missing.all(axis=1)
    return {
        "pairs": int(missing.sum()),
        "cities": [str(c) for c, hit in zip(city_codes, missing.any(axis=0)) if hit],
        "zones_without_city": [str(z) for z, hit in zip(zone_codes, none) if hit],
        "reachable": ~none,
    }


def log_weights(log_attract: np.ndarray, dist: np.ndarray, alpha: float, beta: float, decay: str) -> np.ndarray:
    """Log of the Huff weights a log A_j - b g(D_ij), g = log D (power) or D (exponential)."""
    if decay not in DECAYS:
        raise HemaInputError(f"unknown decay {decay!r}; use one of {', '.join(DECAYS)}")
    g = np.log(dist) if decay == "power" else dist
    return alpha * log_attract[None, :] - beta * g


def softmax_rows(v: np.ndarray) -> np.ndarray:
    """Row-normalised exp(v), computed stably; NaN entries (unreachable) get 0, an all-NaN row all 0."""
    v = np.where(np.isnan(v), -np.inf, v)
    top = v.max(axis=1, keepdims=True)
    v -= np.where(np.isfinite(top), top, 0.0)
    np.exp(v, out=v)
    total = v.sum(axis=1, keepdims=True)
    v /= np.where(total > 0, total, 1.0)
    return v


def probabilities(
    attract: np.ndarray,
    dist: np.ndarray,
    alpha: float,
    beta: float,
    decay: str = "power",
    cancel: Callable[[], bool] | None = None,
) -> np.ndarray:
    """Huff probabilities for a zones x cities distance matrix, chunked over zones (cancel: see chunks)."""
    log_a = np.log(attract)
    out = np.empty(dist.shape, dtype=float)
    for rows in chunks(*dist.shape, cancel):
        out[rows] = softmax_rows(log_weights(log_a, dist[rows], alpha, beta, decay))
    return out


def huff_from_points(
    zx: np.ndarray,
    zy: np.ndarray,
    own_floor: np.ndarray,
    cx: np.ndarray,
    cy: np.ndarray,
    attract: Sequence[float],
    zone_codes: Sequence[str],
    city_codes: Sequence[str],
    alpha: float,
    beta: float,
    decay: str = "power",
    min_distance: float = 0.0,
    cancel: Callable[[], bool] | None = None,
) -> np.ndarray:
    """Huff probabilities from zone and city coordinates (projected, metres); distances built chunk by chunk.

    cancel, a callable polled before each chunk, stops the computation with HemaCanceled when it returns True.
    """
    city_codes, a = _checked_cities(city_codes, attract)
    check_city_points(cx, cy, city_codes)
    own = own_index(zone_codes, city_codes)
    log_a = np.log(a)
    out = np.empty((len(zx), len(city_codes)), dtype=float)
    codes = np.asarray([str(z) for z in zone_codes], dtype=object)
    for rows in chunks(len(zx), len(city_codes), cancel):
        dist = point_distances(
            zx[rows], zy[rows], cx, cy, own[rows], own_floor[rows], codes[rows], city_codes, min_distance
        )
        out[rows] = softmax_rows(log_weights(log_a, dist, alpha, beta, decay))
    return out


def huff_from_costs(
    table: pd.DataFrame,
    attract: Sequence[float],
    zone_codes: Sequence[str],
    city_codes: Sequence[str],
    alpha: float,
    beta: float,
    decay: str = "power",
    cancel: Callable[[], bool] | None = None,
) -> np.ndarray:
    """Huff probabilities from a long origin/destination/cost table (cancel: see huff_from_points).

    NULL or missing costs give probability 0 (see cost_matrix); a zone reaching no city gets a row of zeros.
    """
    city_codes, a = _checked_cities(city_codes, attract)
    return probabilities(a, cost_matrix(table, zone_codes, city_codes), alpha, beta, decay, cancel)
