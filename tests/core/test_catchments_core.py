"""Observed shares, dominant city and bands against a plain-loop computation."""

import numpy as np
import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core.catchments import Thresholds, observed_catchments

CITIES = ["A", "B", "C"]
FLOWS = pd.DataFrame(
    [
        ("A", "A", 80), ("A", "B", 20),  # own zone of A
        ("x", "A", 60), ("x", "B", 20), ("x", "elsewhere", 20),  # primary A
        ("y", "B", 30), ("y", "C", 25), ("y", "y", 45),  # contested B/C
        ("z", "C", 30), ("z", "z", 70),  # secondary C
        ("w", "A", 5), ("w", "w", 95),  # none
        ("outside", "A", 1000),  # origin outside the zones: ignored
    ],
    columns=["origin", "destination", "value"],
)  # fmt: skip
ZONES = ["A", "x", "y", "z", "w"]


def _loop(flows, zones, cities, th):
    rows = []
    for z in zones:
        sub = flows[flows.origin == z]
        total = sub.value.sum()
        shares = {c: sub[sub.destination == c].value.sum() / total for c in cities}
        ranked = sorted(cities, key=lambda c: -shares[c])
        if z in cities:
            ranked = [z] + [c for c in ranked if c != z]
        s1, s2 = shares[ranked[0]], shares[ranked[1]]
        if z in cities:
            band = "own"
        elif s1 >= th.secondary and s1 - s2 < th.margin:
            band = "contested"
        elif s1 >= th.primary:
            band = "primary"
        elif s1 >= th.secondary:
            band = "secondary"
        else:
            band = "none"
        rows.append((z, total, ranked[0], s1, ranked[1], s2, band))
    return rows


def test_observed_matches_loop():
    th = Thresholds()
    table, shares, matrix = observed_catchments(FLOWS, ZONES, CITIES, th)
    expected = _loop(FLOWS, ZONES, CITIES, th)
    got = list(table[["code", "outflow", "dom_code", "dom_share", "sec_code", "sec_share", "band"]].itertuples(False))
    for g, e in zip(got, expected):
        assert g[0] == e[0] and g[2] == e[2] and g[4] == e[4] and g[6] == e[6]
        np.testing.assert_allclose([g[1], g[3], g[5]], [e[1], e[3], e[5]])
    assert list(table.band) == ["own", "primary", "contested", "secondary", "none"]
    assert matrix[1].tolist() == [60, 20, 0]


def test_cities_only_denominator():
    _, shares, _ = observed_catchments(FLOWS, ZONES, CITIES, cities_only=True)
    np.testing.assert_allclose(shares.sum(axis=1), 1.0)
    np.testing.assert_allclose(shares[1], [0.75, 0.25, 0.0])


def test_bad_flows():
    bad = FLOWS.copy()
    bad.loc[3, "value"] = np.nan
    with pytest.raises(HemaInputError, match="flow x -> B has value nan"):
        observed_catchments(bad, ZONES, CITIES)
    bad.loc[3, "value"] = -1
    with pytest.raises(HemaInputError, match="flows must be numbers >= 0"):
        observed_catchments(bad, ZONES, CITIES)
    with pytest.raises(HemaInputError, match="zone q has no outgoing flows"):
        observed_catchments(FLOWS, ZONES + ["q"], CITIES)
    table, _, _ = observed_catchments(FLOWS, ZONES + ["q"], CITIES, allow_empty=True)
    assert table.band.iloc[-1] == "none" and table.dom_code.iloc[-1] is None
    with pytest.raises(HemaInputError, match="not in the cities layer, first 'elsewhere'"):
        observed_catchments(FLOWS, ZONES, CITIES, strict=True)
    with pytest.raises(HemaInputError, match="no destination matches a city code"):
        observed_catchments(FLOWS, ZONES, ["P", "Q"])
    with pytest.raises(HemaInputError, match="at least two"):
        observed_catchments(FLOWS, ZONES, ["A"])
