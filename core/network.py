"""Links between cities: Nystuen-Dacey dominant flows and the gravity model fitted as a Poisson GLM."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import HemaInputError
from .flows import to_matrix

NODE_CLASSES = ("dominant", "intermediate", "dominated")
DECAYS = ("power", "exponential")


def dominant_flows(flows: pd.DataFrame, codes: Sequence[str], weight: np.ndarray | None = None) -> pd.DataFrame:
    """Nystuen & Dacey (1961) per node: largest outflow, whether it is kept, class, parent, level and root.

    The diagonal is zeroed for the outflows; node i's largest outflow f_ij is kept when w_j > w_i, with w = the
    node's total inflow INCLUDING its own flow f_jj (for commuting: the jobs in j held by residents of the nodes)
    unless weight (e.g. population) is given. The self-flow counts so that a large self-contained city is not
    ranked below a smaller, more open one (Emmen does not hang from Hoogeveen). Strictly larger weights along
    every kept link make the kept links a forest. level = number of kept links up to the root (root = 0).
    """
    codes, m = to_matrix(flows, codes)
    n = len(codes)
    w = m.sum(axis=0) if weight is None else np.asarray(weight, dtype=float)
    np.fill_diagonal(m, 0.0)
    if w.shape != (n,) or not np.all(np.isfinite(w)):
        raise HemaInputError("the node weights must be one finite number per node (e.g. a population field).")
    if (w < 0).any():
        k = int(np.flatnonzero(w < 0)[0])
        raise HemaInputError(
            f"node {codes[k]} has weight {w[k]:g}; weights must be >= 0 (e.g. population): fix the weight field "
            "or leave it empty to weigh nodes by their total inflow."
        )
    if not (m > 0).any():
        raise HemaInputError(
            "there is no flow between different nodes (only self-loops or zeros); dominant flows need "
            "flows from one node to another."
        )
    # Largest outflow per row; among equal flows the heavier destination wins (lexsort: last key first).
    order = np.lexsort((-w[None, :].repeat(n, 0), -m), axis=1)
    best = order[:, 0]
    best_value = m[np.arange(n), best]
    has_out = best_value > 0
    kept = has_out & (w[best] > w)
    parent = np.where(kept, best, np.arange(n))
    root, level = _climb(parent)
    receives = np.zeros(n, bool)
    receives[parent[kept]] = True
    klass = np.where(~kept, "dominant", np.where(receives, "intermediate", "dominated"))
    return pd.DataFrame(
        {
            "code": codes.astype(str),
            "weight": w,
            "largest_to": np.where(has_out, codes[best].astype(str), None),
            "largest_value": np.where(has_out, best_value, np.nan),
            "kept": kept,
            "parent": np.where(kept, codes[parent].astype(str), None),
            "node_class": klass,
            "level": level,
            "root": codes[root].astype(str),
        }
    )


def _climb(parent: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Root and depth of every node of a forest given as parent pointers (roots point to themselves)."""
    root = parent.copy()
    depth = (parent != np.arange(len(parent))).astype(np.int64)
    # Pointer jumping: after k rounds every node sees 2^k levels up; log2(n) rounds suffice.
    for _ in range(max(1, int(np.ceil(np.log2(max(len(parent), 2)))) + 1)):
        depth = depth + depth[root]
        nxt = root[root]
        if np.array_equal(nxt, root):
            break
        root = nxt
    return root, depth


@dataclass
class GravityFit:
    """Result of a Poisson gravity fit: coefficients, standard errors and fit statistics."""

    names: list[str]
    coef: np.ndarray
    se: np.ndarray
    deviance: float
    null_deviance: float
    dispersion: float
    iterations: int
    decay: str
    extra: dict = field(default_factory=dict)

    @property
    def pseudo_r2(self) -> float:
        """McFadden-style deviance pseudo-R² = 1 - D / D_null."""
        return 1.0 - self.deviance / self.null_deviance if self.null_deviance > 0 else float("nan")

    def table(self) -> pd.DataFrame:
        """Coefficients as a table (parameter, estimate, se)."""
        return pd.DataFrame({"parameter": self.names, "estimate": self.coef, "se": self.se})


def gravity_design(
    mass_origin: np.ndarray, mass_destination: np.ndarray, distance: np.ndarray, decay: str
) -> np.ndarray:
    """Design matrix [1, ln P_i, ln P_j, -ln D (power) or -D (exponential)] of the gravity model."""
    if decay not in DECAYS:
        raise HemaInputError(f"unknown distance decay {decay!r}; choose one of {', '.join(DECAYS)}.")
    for name, arr in (("origin mass", mass_origin), ("destination mass", mass_destination), ("distance", distance)):
        arr = np.asarray(arr, float)
        if not np.all(np.isfinite(arr)) or np.any(arr <= 0):
            raise HemaInputError(
                f"the gravity model needs a positive {name} for every pair; found zero, negative or empty values."
            )
    d = np.asarray(distance, float)
    return np.column_stack(
        [
            np.ones_like(d),
            np.log(mass_origin),
            np.log(mass_destination),
            -np.log(d) if decay == "power" else -d,
        ]
    )


def poisson_irls(x: np.ndarray, y: np.ndarray, tol: float = 1e-10, max_iter: int = 100) -> tuple:
    """Poisson GLM with log link by iteratively reweighted least squares: (coef, covariance, iterations)."""
    y = np.asarray(y, float)
    mu = y + y.mean() / 10 + 1e-9
    eta = np.log(mu)
    coef = np.zeros(x.shape[1])
    dev_old = np.inf
    iteration = 0
    while iteration < max_iter:
        iteration += 1
        z = eta + (y - mu) / mu
        xw = x * mu[:, None]
        coef = np.linalg.solve(x.T @ xw, xw.T @ z)
        eta = np.clip(x @ coef, -700, 700)
        mu = np.exp(eta)
        dev = poisson_deviance(y, mu)
        if abs(dev - dev_old) <= tol * (abs(dev) + 0.1):
            break
        dev_old = dev
    cov = np.linalg.inv(x.T @ (x * mu[:, None]))
    return coef, cov, iteration


def poisson_deviance(y: np.ndarray, mu: np.ndarray) -> float:
    """Poisson deviance 2 Σ [y ln(y/mu) - (y - mu)]."""
    with np.errstate(divide="ignore", invalid="ignore"):
        term = np.where(y > 0, y * np.log(y / mu), 0.0)
    return float(2.0 * np.sum(term - (y - mu)))


def fit_gravity(
    mass_origin: np.ndarray,
    mass_destination: np.ndarray,
    distance: np.ndarray,
    observed: np.ndarray,
    decay: str = "power",
) -> GravityFit:
    """Fit I_ij = k P_i^a P_j^b f(D_ij) to observed flows (Poisson GLM; f = D^-beta or exp(-beta D))."""
    y = np.asarray(observed, float)
    if len(y) < 5:
        raise HemaInputError(f"the gravity fit needs at least 5 observed links between different nodes, got {len(y)}.")
    if np.any(y < 0) or not np.all(np.isfinite(y)):
        raise HemaInputError("observed flows for the gravity fit must be finite and >= 0.")
    if y.sum() <= 0:
        raise HemaInputError("all observed flows between different nodes are zero; nothing to fit.")
    positive = int(np.count_nonzero(y > 0))
    if positive < 5:
        raise HemaInputError(
            f"the gravity fit needs at least 5 links with an observed flow > 0 between different nodes, got "
            f"{positive}; give flows between more node pairs, or leave out the flows to use the fixed β."
        )
    x = gravity_design(mass_origin, mass_destination, distance, decay)
    if np.linalg.matrix_rank(x) < x.shape[1]:
        raise HemaInputError(
            "the gravity model cannot be identified: masses or distances do not vary between pairs "
            "(e.g. all cities have the same population); give more varied nodes."
        )
    coef, cov, iterations = poisson_irls(x, y)
    if not np.all(np.isfinite(coef)):
        raise HemaInputError(
            "the gravity fit did not converge to finite parameters; the flows do not identify the model "
            "(too few or too uneven links); give flows between more node pairs, or leave out the flows."
        )
    mu = np.exp(x @ coef)
    dof = max(len(y) - x.shape[1], 1)
    dispersion = float(np.sum((y - mu) ** 2 / mu) / dof)
    null = poisson_deviance(y, np.full_like(y, y.mean()))
    names = ["ln_k", "a_origin", "b_destination", "beta"]
    return GravityFit(names, coef, np.sqrt(np.diag(cov)), poisson_deviance(y, mu), null, dispersion, iterations, decay)


def predict_gravity(
    fit: GravityFit, mass_origin: np.ndarray, mass_destination: np.ndarray, distance: np.ndarray
) -> np.ndarray:
    """Modelled flows of a fitted gravity model for the given pairs."""
    return np.exp(gravity_design(mass_origin, mass_destination, distance, fit.decay) @ fit.coef)


def gravity_with_parameters(
    mass_origin: np.ndarray,
    mass_destination: np.ndarray,
    distance: np.ndarray,
    beta: float,
    decay: str = "power",
    k: float = 1.0,
) -> np.ndarray:
    """Unfitted gravity interaction k P_i P_j f(D_ij) with a given distance-decay beta (a = b = 1)."""
    coef = np.array([np.log(k), 1.0, 1.0, beta])
    return np.exp(gravity_design(mass_origin, mass_destination, distance, decay) @ coef)


def pair_table(codes: Sequence[str], x: np.ndarray, y: np.ndarray, min_distance: float) -> pd.DataFrame:
    """All ordered pairs i != j of the nodes with their straight-line distance (floored at min_distance)."""
    codes = np.asarray(codes, dtype=object)
    n = len(codes)
    i, j = np.nonzero(~np.eye(n, dtype=bool))
    dist = np.hypot(np.asarray(x)[i] - np.asarray(x)[j], np.asarray(y)[i] - np.asarray(y)[j])
    return pd.DataFrame(
        {"origin": codes[i], "destination": codes[j], "i": i, "j": j, "distance": np.maximum(dist, min_distance)}
    )
