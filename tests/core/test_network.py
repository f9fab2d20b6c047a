"""Dominant flows (Nystuen-Dacey) and the Poisson gravity fit."""

import numpy as np
import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core import flows as fl
from hema_steden.core import network as nw
from scipy.optimize import minimize


def _cbs_2014(shared_data):
    raw = pd.read_csv(shared_data / "commuting_cbs_banen_2006_2014_noord.csv")
    raw = raw[raw["jaar"] == 2014]
    return fl.validate_flows(raw, "woon_code_2014", "werk_code_2014", "banen_x1000")


def test_dominant_flows_structure_on_cbs_2014(shared_data):
    f = _cbs_2014(shared_data)
    codes = sorted(set(f.origin) | set(f.destination))
    d = nw.dominant_flows(f, codes).set_index("code")
    kept = d[d["kept"]]
    # every kept link goes to a node with a larger weight (total inflow without the diagonal)
    assert (d.loc[kept["parent"], "weight"].to_numpy() > kept["weight"].to_numpy()).all()
    # forest: following parents always ends at a root whose level is 0, and level = parent's level + 1
    assert (d.loc[d["root"], "kept"] == False).all()  # noqa: E712
    assert (d.loc[kept["parent"], "level"].to_numpy() + 1 == kept["level"].to_numpy()).all()
    assert set(d["node_class"]) <= set(nw.NODE_CLASSES)
    assert (d.loc[~d["kept"], "node_class"] == "dominant").all()
    # the essay's picture: Assen hangs from Groningen, Meppel from Zwolle
    assert d.loc["GM0106", "parent"] == "GM0014" and d.loc["GM0106", "largest_value"] == pytest.approx(3.7)
    assert d.loc["GM0119", "parent"] == "GM0193"


def test_dominant_flows_toy_and_chain():
    # D -> C -> B -> A chain by construction, plus E -> A
    f = pd.DataFrame({"origin": list("DCBE"), "destination": list("CBAA"), "value": [5.0, 6.0, 7.0, 1.0]})
    w = np.array([100, 50, 20, 10, 5.0])  # A B C D E
    d = nw.dominant_flows(f, list("ABCDE"), weight=w).set_index("code")
    assert d["root"].tolist() == ["A"] * 5
    assert d["level"].tolist() == [0, 1, 2, 3, 1]
    assert d["node_class"].tolist() == ["dominant", "intermediate", "intermediate", "dominated", "dominated"]


def test_dominant_flows_self_loops_only():
    f = pd.DataFrame({"origin": ["A", "B"], "destination": ["A", "B"], "value": [3.0, 4.0]})
    with pytest.raises(HemaInputError, match="only self-loops"):
        nw.dominant_flows(f, ["A", "B"])


def _synthetic(seed=1, n=12):
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 100_000, n), rng.uniform(0, 100_000, n)
    pop = rng.uniform(5_000, 200_000, n)
    pairs = nw.pair_table(np.arange(n).astype(str), x, y, 1000)
    true = np.array([2.0, 0.8, 0.9, 1.6])
    x_design = nw.gravity_design(pop[pairs.i], pop[pairs.j], pairs.distance.to_numpy(), "power")
    mu = np.exp(x_design @ true)
    return pop, pairs, rng.poisson(mu).astype(float), true


def test_gravity_recovers_synthetic_parameters():
    pop, pairs, y, true = _synthetic()
    fit = nw.fit_gravity(pop[pairs.i], pop[pairs.j], pairs.distance.to_numpy(), y)
    assert np.all(np.abs(fit.coef - true) < 4 * fit.se + 0.05)
    assert 0.5 < fit.pseudo_r2 <= 1


def test_gravity_irls_matches_scipy_minimize_of_deviance():
    pop, pairs, y, _ = _synthetic(seed=7, n=8)
    mo, md, dist = pop[pairs.i], pop[pairs.j], pairs.distance.to_numpy()
    for decay in nw.DECAYS:
        d = dist / 1000 if decay == "exponential" else dist
        fit = nw.fit_gravity(mo, md, d, y, decay=decay)
        x = nw.gravity_design(mo, md, d, decay)

        def nll(b, x=x):
            eta = x @ b
            return np.sum(np.exp(eta) - y * eta)

        def grad(b, x=x):
            return x.T @ (np.exp(x @ b) - y)

        res = minimize(nll, np.zeros(4), jac=grad, method="BFGS", options={"gtol": 1e-10, "maxiter": 10_000})
        np.testing.assert_allclose(fit.coef, res.x, rtol=1e-4, atol=1e-4)
        np.testing.assert_allclose(nw.predict_gravity(fit, mo, md, d).sum(), y.sum(), rtol=1e-8)


def test_gravity_refuses_degenerate_input():
    with pytest.raises(HemaInputError, match="positive distance"):
        nw.gravity_design(np.ones(3), np.ones(3), np.array([1.0, 0.0, 2.0]), "power")
    with pytest.raises(HemaInputError, match="cannot be identified"):
        nw.fit_gravity(np.ones(6), np.ones(6), np.arange(1.0, 7.0), np.arange(6.0))
