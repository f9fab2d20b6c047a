"""Huff probabilities and calibration against plain-loop computations and known limits."""

import math

import numpy as np
import pandas as pd
import pytest
from hema_steden.core import HemaCanceled, HemaInputError, calibration, huff
from hema_steden.core.catchments import classify


def _case(seed=1, n=30, m=5):
    rng = np.random.default_rng(seed)
    zx, zy = rng.uniform(0, 50_000, n), rng.uniform(0, 50_000, n)
    cx, cy = rng.uniform(0, 50_000, m), rng.uniform(0, 50_000, m)
    attract = rng.uniform(1_000, 100_000, m)
    zones = [f"Z{i}" for i in range(n)]
    cities = [f"C{j}" for j in range(m)]
    return zx, zy, cx, cy, attract, zones, cities


def _loop_huff(zx, zy, cx, cy, attract, alpha, beta, decay, floors):
    out = []
    for i in range(len(zx)):
        weights = []
        for j in range(len(cx)):
            d = max(math.hypot(zx[i] - cx[j], zy[i] - cy[j]), floors.get((i, j), 0.0)) / 1000.0
            f = d**-beta if decay == "power" else math.exp(-beta * d)
            weights.append(attract[j] ** alpha * f)
        total = sum(weights)
        out.append([w / total for w in weights])
    return np.array(out)


@pytest.mark.parametrize("decay,beta", [("power", 1.7), ("exponential", 0.08)])
def test_huff_matches_plain_loops(decay, beta):
    zx, zy, cx, cy, attract, zones, cities = _case()
    zones[3] = "C2"  # zone 3 is city 2's own zone: distance floored at 2/3 sqrt(area/pi)
    zx[3], zy[3] = cx[2] + 10.0, cy[2]
    area = np.full(len(zx), 4e6)
    floor = huff.own_floor_from_area(area)
    p = huff.huff_from_points(zx, zy, floor, cx, cy, attract, zones, cities, 0.8, beta, decay)
    expected = _loop_huff(zx, zy, cx, cy, attract, 0.8, beta, decay, {(3, 2): 2 / 3 * math.sqrt(4e6 / math.pi)})
    np.testing.assert_allclose(p, expected, rtol=1e-10)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)


def test_chunking_gives_same_result(monkeypatch):
    zx, zy, cx, cy, attract, zones, cities = _case(n=500)
    floor = np.zeros(len(zx))
    full = huff.huff_from_points(zx, zy, floor, cx, cy, attract, zones, cities, 1.0, 1.5)
    monkeypatch.setattr(huff, "CHUNK_CELLS", 37)
    np.testing.assert_array_equal(full, huff.huff_from_points(zx, zy, floor, cx, cy, attract, zones, cities, 1.0, 1.5))


def test_cancel_callback_is_polled_per_chunk(monkeypatch):
    zx, zy, cx, cy, attract, zones, cities = _case(n=500)
    floor = np.zeros(len(zx))
    monkeypatch.setattr(huff, "CHUNK_CELLS", 500)  # 100 zones x 5 cities per chunk: 5 chunks
    polls = []

    def cancel_at_third() -> bool:
        polls.append(1)
        return len(polls) == 3

    with pytest.raises(HemaCanceled):
        huff.huff_from_points(zx, zy, floor, cx, cy, attract, zones, cities, 1.0, 1.5, cancel=cancel_at_third)
    assert len(polls) == 3
    dist = np.full((500, 5), 2.0)
    assert huff.probabilities(attract, dist, 1.0, 1.0, cancel=lambda: False).shape == (500, 5)
    with pytest.raises(HemaCanceled):
        huff.probabilities(attract, dist, 1.0, 1.0, cancel=lambda: True)


def test_limits_nearest_and_attractiveness():
    zx, zy, cx, cy, attract, zones, cities = _case(n=200)
    floor = np.zeros(len(zx))
    far = huff.huff_from_points(zx, zy, floor, cx, cy, attract, zones, cities, 1.0, 1e5)
    d = np.hypot(zx[:, None] - cx, zy[:, None] - cy)
    np.testing.assert_array_equal(far.argmax(axis=1), d.argmin(axis=1))
    ordered = np.sort(d, axis=1)
    clear = ordered[:, 1] / ordered[:, 0] > 1.001
    assert far.max(axis=1)[clear].min() > 0.99
    flat = huff.huff_from_points(zx, zy, floor, cx, cy, attract, zones, cities, 1.3, 0.0)
    expected = attract**1.3 / np.sum(attract**1.3)
    np.testing.assert_allclose(flat, np.broadcast_to(expected, flat.shape), rtol=1e-12)


def test_cost_table_and_own_floor():
    cities = ["A", "B"]
    table = pd.DataFrame(
        {"origin": ["A", "A", "Z", "Z"], "destination": ["A", "B", "A", "B"], "cost": [0.0, 30.0, 10.0, 20.0]}
    )
    p = huff.huff_from_costs(table, [1.0, 1.0], ["A", "Z"], cities, 1.0, 1.0)
    # own zero cost -> half the smallest positive cost of that zone (15)
    np.testing.assert_allclose(p[0], [30 / 45, 15 / 45])
    np.testing.assert_allclose(p[1], [2 / 3, 1 / 3])
    with pytest.raises(HemaInputError, match="no cost from any zone to any city"):
        huff.huff_from_costs(table.assign(origin="X"), [1.0, 1.0], ["A", "Z"], cities, 1.0, 1.0)


@pytest.mark.parametrize("decay", huff.DECAYS)
def test_unreachable_cities_get_zero(decay):
    """NULL and missing costs: probability 0 for that city; a zone reaching no city: all zeros, reported."""
    cities, zones = ["A", "B", "C"], ["A", "Z", "Y", "W"]
    table = pd.DataFrame(
        {
            "origin": ["A", "A", "A", "Z", "Z", "Z", "Y", "Y", "W"],
            "destination": ["A", "B", "C", "A", "B", "C", "A", "B", "C"],
            "cost": [0.0, 30.0, None, 10.0, 20.0, 40.0, None, 25.0, None],
        }
    )  # A->C NULL; Y->C missing, Y->A NULL: Y reaches B only; W reaches nothing (W->A, W->B missing)
    attract = [1.0, 2.0, 3.0]
    p = huff.huff_from_costs(table, attract, zones, cities, 1.0, 1.5, decay)
    full = huff.huff_from_costs(table.fillna(50.0), attract, zones[:2], cities, 1.0, 1.5, decay)
    np.testing.assert_allclose(p[1], full[1])  # a zone reaching every city is unchanged
    cost = huff.cost_matrix(table, zones, cities)
    w = np.array(attract[:2]) * (cost[0, :2] ** -1.5 if decay == "power" else np.exp(-1.5 * cost[0, :2]))
    np.testing.assert_allclose(p[0], [*(w / w.sum()), 0.0])  # the other cities share what C would have had
    np.testing.assert_allclose(p[2], [0.0, 1.0, 0.0])
    np.testing.assert_array_equal(p[3], [0.0, 0.0, 0.0])
    report = huff.unreachable(cost, zones, cities)
    assert report["pairs"] == 6 and report["cities"] == ["A", "B", "C"]
    assert report["zones_without_city"] == ["W"]
    np.testing.assert_array_equal(report["reachable"], [True, True, True, False])
    table = classify(p, zones, cities, valid=report["reachable"])
    assert table["band"][0] == "own" and table["band"][2] == "primary" and table["band"][3] == "none"
    assert table["dom_code"][3] is None and table["dom_code"][2] == "B"


def test_bad_costs_still_refused():
    table = pd.DataFrame({"origin": ["A", "Z"], "destination": ["B", "A"], "cost": ["abc", -1.0]})
    with pytest.raises(HemaInputError, match="cost A -> B is 'abc'"):
        huff.cost_matrix(table, ["A", "Z"], ["A", "B"])
    with pytest.raises(HemaInputError, match="cost Z -> A is -1; "):
        huff.cost_matrix(table.iloc[1:], ["A", "Z"], ["A", "B"])


def test_bad_inputs():
    zx, zy, cx, cy, attract, zones, cities = _case(n=5, m=3)
    floor = np.zeros(5)
    with pytest.raises(HemaInputError, match="at least two"):
        huff.huff_from_points(zx, zy, floor, cx[:1], cy[:1], attract[:1], zones, cities[:1], 1, 1)
    with pytest.raises(HemaInputError, match="city C1 has attractiveness"):
        huff.huff_from_points(zx, zy, floor, cx, cy, [1.0, 0.0, 2.0], zones, cities, 1, 1)
    cx2, cy2 = cx.copy(), cy.copy()
    cx2[2], cy2[2] = cx[0], cy[0]
    with pytest.raises(HemaInputError, match="cities C0 and C2 lie at the same point"):
        huff.huff_from_points(zx, zy, floor, cx2, cy2, attract, zones, cities, 1, 1)
    zx[4], zy[4] = cx[1], cy[1]
    with pytest.raises(HemaInputError, match="zone Z4 lies on the point of city C1"):
        huff.huff_from_points(zx, zy, floor, cx, cy, attract, zones, cities, 1, 1)
    zones[4] = "C1"  # the city's own zone on its point: floored, no error
    p = huff.huff_from_points(zx, zy, np.full(5, 1000.0), cx, cy, attract, zones, cities, 1, 1)
    assert np.isfinite(p).all()


def _synthetic_flows(alpha, beta, decay, n=400, m=8, seed=5, sample=True):
    zx, zy, cx, cy, attract, zones, cities = _case(seed, n, m)
    dist = np.hypot(zx[:, None] - cx, zy[:, None] - cy) / 1000 + 0.5
    p = huff.probabilities(attract, dist, alpha, beta, decay)
    rng = np.random.default_rng(seed)
    n_i = rng.integers(200, 5000, n)
    flows = np.array([rng.multinomial(k, row) for k, row in zip(n_i, p)]) if sample else n_i[:, None] * p
    return flows, attract, dist


@pytest.mark.parametrize("decay,alpha,beta", [("power", 0.9, 1.8), ("exponential", 1.2, 0.12)])
def test_calibration_recovers_known_parameters(decay, alpha, beta):
    exact, attract, dist = _synthetic_flows(alpha, beta, decay, sample=False)
    fit, p = calibration.fit_huff(exact, attract, dist, decay)
    assert fit.converged
    assert fit.alpha == pytest.approx(alpha, rel=1e-6) and fit.beta == pytest.approx(beta, rel=1e-6)
    assert fit.srmse < 1e-6
    sampled, attract, dist = _synthetic_flows(alpha, beta, decay)
    fit, _ = calibration.fit_huff(sampled, attract, dist, decay)
    # sampled flows: the truth lies within 4 standard errors
    assert abs(fit.alpha - alpha) < 4 * fit.se_alpha and abs(fit.beta - beta) < 4 * fit.se_beta
    assert 0 < fit.pseudo_r2 < 1 and 0 < fit.pseudo_r2_attr < 1 and fit.loglik > fit.loglik_attr > fit.loglik_equal


def test_fixed_alpha_and_standard_errors_match_numeric_hessian():
    flows, attract, dist = _synthetic_flows(1.0, 1.5, "power", n=100, m=5)
    fit, _ = calibration.fit_huff(flows, attract, dist, "power", alpha=1.0)
    assert fit.alpha == 1.0 and math.isnan(fit.se_alpha)

    def ll(beta):
        p = huff.probabilities(attract, dist, 1.0, beta, "power")
        return float(np.sum(flows * np.log(p)))

    h = 1e-4
    second = (ll(fit.beta + h) - 2 * ll(fit.beta) + ll(fit.beta - h)) / h**2
    assert fit.se_beta == pytest.approx(1 / math.sqrt(-second), rel=1e-3)


def test_residuals_and_parameter_file(tmp_path):
    flows = np.array([[3.0, 1.0], [0.0, 0.0]])
    r = calibration.residuals(flows, np.array([[0.5, 0.5], [0.5, 0.5]]))
    np.testing.assert_allclose(r[0], [0.25, -0.25])
    assert np.isnan(r[1]).all()
    flows, attract, dist = _synthetic_flows(1.0, 1.5, "power", n=50, m=4)
    fit, _ = calibration.fit_huff(flows, attract, dist)
    fit.to_json(tmp_path / "p.json", theme="werk_studie")
    assert calibration.read_parameters(tmp_path / "p.json") == {"alpha": fit.alpha, "beta": fit.beta, "decay": "power"}
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(HemaInputError, match="cannot read Huff parameters"):
        calibration.read_parameters(tmp_path / "bad.json")
