"""Maximum-likelihood calibration of the Huff model (alpha, beta) on observed zone -> city flows.

The model is a conditional logit: zone i's flows to the cities are multinomial with probabilities
P_ij = exp(V_ij) / sum_k exp(V_ik), V_ij = alpha log A_j - beta g(D_ij) (g = log D for power decay, D for
exponential). Log-likelihood LL = sum_ij F_ij log P_ij (choice set = the cities: flows to other destinations do
not enter). Gradient and Hessian are analytic, so standard errors come from the inverse observed information.
They assume independent trips and are optimistic for over-dispersed counts.

Fit measures: McFadden pseudo-R2 = 1 - LL / LL0 against the null model of equal shares to every city
(``pseudo_r2``) and against the attractiveness-only model (beta = 0, alpha fitted; ``pseudo_r2_attr``, which
measures what distance adds); SRMSE = sqrt(mean((F - T)^2)) / mean(F) over all zone-city cells with modelled
flows T_ij = n_i P_ij and n_i = sum_j F_ij (Knudsen & Fotheringham 1986).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from scipy import optimize

from . import HemaInputError
from .huff import DECAYS, softmax_rows


@dataclass(frozen=True)
class Fit:
    """Result of a Huff calibration."""

    alpha: float
    beta: float
    se_alpha: float
    se_beta: float
    decay: str
    loglik: float
    loglik_equal: float
    loglik_attr: float
    pseudo_r2: float
    pseudo_r2_attr: float
    srmse: float
    n_zones: int
    n_cities: int
    total_flow: float
    converged: bool

    def json_text(self, **extra) -> str:
        """The fit as the text of a JSON parameter file that hema:catchmentshuff reads."""
        return json.dumps({**asdict(self), **extra}, indent=2)

    def to_json(self, path: str | Path, **extra) -> None:
        """Write the fit as a JSON parameter file that hema:catchmentshuff reads."""
        Path(path).write_text(self.json_text(**extra), encoding="utf-8")


# Documented ranges of the Huff parameters (the same as the alpha/beta parameters of hema:catchmentshuff).
PARAMETER_RANGES = {"alpha": (0.0, 10.0), "beta": (0.0, 10.0)}


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a finite number")


def read_parameters(path: str | Path) -> dict:
    """Read alpha, beta and decay from a JSON parameter file written by a calibration; values checked."""
    fix = "use a JSON file written by 'Calibrate Huff model'"
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"), parse_constant=_refuse_constant)
        if not isinstance(data, dict):
            raise TypeError("the file holds no JSON object")
        values = {key: data[key] for key in PARAMETER_RANGES}
        decay = str(data.get("decay", "power"))
    except UnicodeDecodeError as exc:
        raise HemaInputError(f"parameter file {path} is not UTF-8 text (JSON); {fix}") from exc
    except KeyError as exc:
        raise HemaInputError(f"cannot read Huff parameters from {path}: it lacks {exc}; {fix}") from exc
    except (OSError, ValueError, TypeError) as exc:
        raise HemaInputError(f"cannot read Huff parameters from {path}: {exc}; {fix}") from exc
    out = {}
    for key, value in values.items():
        lo, hi = PARAMETER_RANGES[key]
        number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
        if number is None or not np.isfinite(number) or not lo <= number <= hi:
            raise HemaInputError(
                f"parameter file {path}: {key} = {value!r} is not a number from {lo:g} to {hi:g}; {fix}, "
                "or correct the value"
            )
        out[key] = float(number)
    if decay not in DECAYS:
        raise HemaInputError(f"parameter file {path} has unknown decay {decay!r}; use one of {', '.join(DECAYS)}")
    return {**out, "decay": decay}


def _features(log_attract: np.ndarray, dist: np.ndarray, decay: str) -> tuple[np.ndarray, np.ndarray]:
    g = np.log(dist) if decay == "power" else dist
    return np.broadcast_to(log_attract[None, :], dist.shape), -g


def _loglik(theta, x, flows, n):
    v = theta[0] * x[0] + theta[1] * x[1]
    p = softmax_rows(v)
    ll = float(np.sum(flows * np.log(np.maximum(p, 1e-300))))
    resid = flows - n[:, None] * p
    grad = np.array([np.sum(resid * x[0]), np.sum(resid * x[1])])
    means = [np.sum(p * xk, axis=1) for xk in x]
    hess = np.empty((2, 2))
    for a in range(2):
        for b in range(a, 2):
            cov = np.sum(p * x[a] * x[b], axis=1) - means[a] * means[b]
            hess[a, b] = hess[b, a] = -np.sum(n * cov)
    return ll, grad, hess, p


def _maximise(x, flows, n, free: list[int], start: np.ndarray) -> tuple[np.ndarray, bool]:
    scale = float(n.sum())

    def fun(t):
        theta = start.copy()
        theta[free] = t
        ll, grad, hess, _ = _loglik(theta, x, flows, n)
        return -ll / scale, -grad[free] / scale, -hess[np.ix_(free, free)] / scale

    cache: dict = {}

    def cached(t):
        key = tuple(t)
        if key not in cache:
            cache.clear()
            cache[key] = fun(t)
        return cache[key]

    res = optimize.minimize(
        lambda t: cached(t)[0],
        start[free],
        jac=lambda t: cached(t)[1],
        hess=lambda t: cached(t)[2],
        method="trust-exact",
        options={"gtol": 1e-10, "maxiter": 200},
    )
    theta = start.copy()
    theta[free] = res.x
    # trust-exact may stop at its radius floor once the scaled gradient is already negligible
    return theta, bool(res.success or np.max(np.abs(cached(res.x)[1])) < 1e-7)


def fit_huff(
    flows: np.ndarray,
    attract: np.ndarray,
    dist: np.ndarray,
    decay: str = "power",
    alpha: float | None = None,
    start_beta: float = 1.5,
) -> tuple[Fit, np.ndarray]:
    """Fit beta (and alpha unless fixed) by maximum likelihood; returns the fit and the modelled P of all zones."""
    if decay not in DECAYS:
        raise HemaInputError(f"unknown decay {decay!r}; use one of {', '.join(DECAYS)}")
    flows = np.asarray(flows, dtype=float)
    if flows.ndim != 2 or flows.shape != dist.shape:
        raise HemaInputError("flow and distance matrices differ in shape; they must be zones x cities")
    if flows.shape[1] < 2:
        raise HemaInputError("calibration needs at least two cities; add cities to the cities layer")
    if not np.all(np.isfinite(flows)) or (flows < 0).any():
        raise HemaInputError("flows must be finite numbers >= 0; fix or remove NaN and negative flows")
    n_all = flows.sum(axis=1)
    used = n_all > 0
    if used.sum() < 2:
        raise HemaInputError("fewer than two zones send flows to the cities; calibration needs more observed flows")
    log_a = np.log(attract)
    x_all = _features(log_a, dist, decay)
    x = [xk[used] for xk in x_all]
    f, n = flows[used], n_all[used]
    free = [1] if alpha is not None else [0, 1]
    start = np.array([1.0 if alpha is None else float(alpha), start_beta])
    theta, ok = _maximise(x, f, n, free, start)
    ll, _, hess, p = _loglik(theta, x, f, n)
    se = np.full(2, np.nan)
    try:
        cov = np.linalg.inv(-hess[np.ix_(free, free)])
        se[free] = np.sqrt(np.maximum(np.diag(cov), 0.0))
    except np.linalg.LinAlgError:
        ok = False
    ll_equal = float(np.sum(f * -np.log(flows.shape[1])))
    theta_attr, _ = _maximise(x, f, n, [0], np.array([1.0, 0.0]))
    ll_attr = _loglik(theta_attr, x, f, n)[0]
    modelled = n[:, None] * p
    srmse = float(np.sqrt(np.mean((f - modelled) ** 2)) / np.mean(f))
    fit = Fit(
        alpha=float(theta[0]),
        beta=float(theta[1]),
        se_alpha=float(se[0]),
        se_beta=float(se[1]),
        decay=decay,
        loglik=ll,
        loglik_equal=ll_equal,
        loglik_attr=float(ll_attr),
        pseudo_r2=1.0 - ll / ll_equal if ll_equal else float("nan"),
        pseudo_r2_attr=1.0 - ll / ll_attr if ll_attr else float("nan"),
        srmse=srmse,
        n_zones=int(used.sum()),
        n_cities=int(flows.shape[1]),
        total_flow=float(n.sum()),
        converged=ok,
    )
    p_all = softmax_rows(theta[0] * x_all[0] + theta[1] * x_all[1])
    return fit, p_all


def residuals(flows: np.ndarray, modelled_p: np.ndarray) -> np.ndarray:
    """Observed minus modelled share over the cities per zone and city (NaN for zones without flows)."""
    n = flows.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        observed = np.where(n > 0, flows / n, np.nan)
    return observed - modelled_p
