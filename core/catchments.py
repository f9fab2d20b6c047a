"""Observed catchment areas: shares of each zone's flows going to each city, dominant city and bands.

Denominator (documented choice): by default s_ij = F_ij / sum_k F_ik over ALL destinations k of zone i,
including its own municipality and destinations that are not cities ("elsewhere"), so s_ij reads as "the share
of the zone's residents who work in city j". With ``cities_only=True`` the sum runs over the cities only
(the choice set of the Huff model; shares then sum to 1 per zone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import HemaInputError
from .fmt import plain

BANDS: tuple[str, ...] = ("own", "primary", "secondary", "contested", "none")

BAND_LABELS = {
    "nl": {
        "own": "eigen gemeente",
        "primary": "primair",
        "secondary": "secundair",
        "contested": "betwist",
        "none": "geen verzorgingsgebied",
    },
    "en": {
        "own": "own municipality",
        "primary": "primary",
        "secondary": "secondary",
        "contested": "contested",
        "none": "no catchment",
    },
}


@dataclass(frozen=True)
class Thresholds:
    """Band thresholds: primary share, secondary share and the contested margin between the top two."""

    primary: float = 0.5
    secondary: float = 0.25
    margin: float = 0.1

    def check(self) -> None:
        """Refuse thresholds that do not order 0 < secondary <= primary <= 1 and 0 <= margin < 1."""
        if not (0 < self.secondary <= self.primary <= 1) or not (0 <= self.margin < 1):
            raise HemaInputError(
                f"band thresholds must satisfy 0 < secondary ({self.secondary}) <= primary ({self.primary}) <= 1 "
                f"and 0 <= margin ({self.margin}) < 1; change the threshold parameters"
            )


def check_cities(codes: Sequence[str]) -> list[str]:
    """Validate a city code list: at least two cities, no empty or duplicate codes."""
    codes = [str(c) for c in codes]
    if len(codes) < 2:
        raise HemaInputError(
            f"only {len(codes)} city given ({', '.join(codes) or '-'}); a catchment needs at least two competing "
            "cities: add cities to the cities layer"
        )
    empty = [c for c in codes if c.strip() in ("", "None", "nan")]
    if empty:
        raise HemaInputError("a city has an empty code; fill in the code field of every city")
    dup = pd.Index(codes)[pd.Index(codes).duplicated()]
    if len(dup):
        raise HemaInputError(f"city code {plain(dup[0])} occurs more than once in the cities layer; make codes unique")
    return codes


def flow_matrix(
    flows: pd.DataFrame,
    zone_codes: Sequence[str],
    city_codes: Sequence[str],
    *,
    strict: bool = False,
    allow_empty: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    """Zones x cities flow matrix and each zone's total outflow (all destinations) from a long flow table.

    Flows from origins that are not zones are ignored (they lie outside the study area). A destination that is not
    a city counts as "elsewhere" in the total, unless strict, where it is an error naming the code.
    """
    zone_codes = pd.Index([str(z) for z in zone_codes])
    city_codes = pd.Index(check_cities(city_codes))
    if zone_codes.duplicated().any():
        twice = plain(zone_codes[zone_codes.duplicated()][0])
        raise HemaInputError(f"zone code {twice} occurs twice; make codes unique")
    origin = flows["origin"].astype(str).to_numpy()
    dest = flows["destination"].astype(str).to_numpy()
    value = pd.to_numeric(flows["value"], errors="coerce").to_numpy(dtype=float)
    bad = ~np.isfinite(value) | (value < 0)
    if bad.any():
        k = int(np.flatnonzero(bad)[0])
        raise HemaInputError(
            f"flow {origin[k]} -> {dest[k]} has value {plain(flows['value'].iloc[k])}; flows must be numbers >= 0: "
            f"fix or remove the {int(bad.sum())} bad row(s)"
        )
    zi = zone_codes.get_indexer(origin)
    cj = city_codes.get_indexer(dest)
    inside = zi >= 0
    if strict:
        unknown = inside & (cj < 0)
        if unknown.any():
            codes = pd.unique(dest[unknown])
            raise HemaInputError(
                f"flows go to {len(codes)} destination(s) that are not in the cities layer, first {plain(codes[0])}; "
                "add the city to the cities layer or untick 'flows go to cities only' to count them as elsewhere"
            )
    if not (inside & (cj >= 0)).any():
        raise HemaInputError(
            f"no flow goes from a zone to a city: no destination matches a city code ({', '.join(city_codes[:4])}…); "
            "check the code fields of the cities layer and the flow table"
        )
    n, m = len(zone_codes), len(city_codes)
    total = np.bincount(zi[inside], weights=value[inside], minlength=n)
    hit = inside & (cj >= 0)
    matrix = np.bincount(zi[hit] * m + cj[hit], weights=value[hit], minlength=n * m).reshape(n, m)
    empty = total <= 0
    if empty.any() and not allow_empty:
        raise HemaInputError(
            f"zone {zone_codes[np.flatnonzero(empty)[0]]} has no outgoing flows ({int(empty.sum())} zone(s) without "
            "flows); check the year/theme filter and the zone codes, or tick 'zones without flows get band none'"
        )
    return matrix, total


def classify(
    shares: np.ndarray,
    zone_codes: Sequence[str],
    city_codes: Sequence[str],
    thresholds: Thresholds = Thresholds(),
    valid: np.ndarray | None = None,
) -> pd.DataFrame:
    """Dominant and second city, their shares, margin and band for each row of a zones x cities share matrix.

    A zone whose code is a city code is that city's own zone (band 'own'; dominant = that city). Otherwise, in
    this order: contested (top share >= secondary threshold and top - second < margin), primary, secondary, none.
    Rows where valid is False get no dominant city and band 'none'.
    """
    thresholds.check()
    city_codes = pd.Index([str(c) for c in city_codes])
    n, m = shares.shape
    own = city_codes.get_indexer([str(z) for z in zone_codes])
    order = np.argsort(-shares, axis=1, kind="stable")
    first, second = order[:, 0].copy(), order[:, 1].copy()
    rows = np.arange(n)
    is_own = own >= 0
    # own zones: the own city first, then the best other city
    others = shares.copy()
    others[rows[is_own], own[is_own]] = -np.inf
    best_other = np.argmax(others, axis=1)
    first[is_own] = own[is_own]
    second[is_own] = best_other[is_own]
    s1 = shares[rows, first]
    s2 = shares[rows, second]
    margin = s1 - s2
    band = np.full(n, "none", dtype=object)
    band[s1 >= thresholds.secondary] = "secondary"
    band[s1 >= thresholds.primary] = "primary"
    band[(s1 >= thresholds.secondary) & (margin < thresholds.margin)] = "contested"
    band[is_own] = "own"
    codes = city_codes.to_numpy(dtype=object)
    dom, sec = codes[first], codes[second]
    if valid is not None:
        invalid = ~np.asarray(valid, dtype=bool)
        dom[invalid], sec[invalid] = None, None
        s1, s2, margin = (np.where(invalid, np.nan, a) for a in (s1, s2, margin))
        band[invalid] = "none"
    return pd.DataFrame(
        {"dom_code": dom, "dom_share": s1, "sec_code": sec, "sec_share": s2, "margin": margin, "band": band}
    )


def observed_shares(matrix: np.ndarray, total: np.ndarray, *, cities_only: bool = False) -> np.ndarray:
    """Share matrix from a flow matrix: over all destinations (total) or over the cities only; 0 where no flows."""
    denom = matrix.sum(axis=1) if cities_only else total
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = matrix / denom[:, None]
    return np.nan_to_num(shares, nan=0.0, posinf=0.0)


def observed_catchments(
    flows: pd.DataFrame,
    zone_codes: Sequence[str],
    city_codes: Sequence[str],
    thresholds: Thresholds = Thresholds(),
    *,
    cities_only: bool = False,
    strict: bool = False,
    allow_empty: bool = False,
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Observed catchment table (one row per zone), the share matrix and the flow matrix zones x cities."""
    matrix, total = flow_matrix(flows, zone_codes, city_codes, strict=strict, allow_empty=allow_empty)
    shares = observed_shares(matrix, total, cities_only=cities_only)
    table = classify(shares, zone_codes, city_codes, thresholds, valid=total > 0)
    table.insert(0, "outflow", total)
    table.insert(0, "code", [str(z) for z in zone_codes])
    return table, shares, matrix


def share_fields(prefix: str, city_codes: Sequence[str], values: np.ndarray) -> pd.DataFrame:
    """Wide per-city columns '<prefix><code>' from a zones x cities matrix."""
    return pd.DataFrame(values, columns=[f"{prefix}{c}" for c in city_codes])
