"""A city's position in its network: self-containment, orientation, embeddedness and a suggested perspective."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import HemaInputError
from .flows import to_matrix

PERSPECTIVES = ("wonen", "eigen bevolking", "samenwerking")


@dataclass(frozen=True)
class PerspectiveRules:
    """Thresholds of the perspective rules (written into every output row).

    wonen: the largest partner is a larger city and gets >= orientation of the external outflow (embedded in the
    network of a larger city: Assen->Groningen, Meppel->Zwolle), whatever the self-containment; when several partners
    tie for the largest flow, the larger of them counts (and the output names the tie);
    eigen bevolking: otherwise self-containment >= self_containment (self-reliant: Emmen, Hoogeveen);
    samenwerking: the rest (open, links spread over partners of similar size: alliances).
    """

    self_containment: float = 0.60
    orientation: float = 0.25


def city_profile(
    flows: pd.DataFrame,
    cities: Sequence[str] | None = None,
    weight: pd.Series | None = None,
    rules: PerspectiveRules = PerspectiveRules(),
    top: int = 3,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Profile per city (one row) and orientation per partner (long table) of one flow table.

    weight (indexed by code) decides which partner is larger; default = jobs (total inflow incl. self).
    """
    codes, m = to_matrix(flows)
    index = pd.Index(codes.astype(str))
    wanted = list(index) if cities is None else [str(c) for c in cities]
    missing = [c for c in wanted if c not in index]
    if missing:
        raise HemaInputError(
            f"no flows found for city code(s) {', '.join(missing)}; check the city codes and the theme/year filter."
        )
    ci = index.get_indexer(wanted)
    residents = m.sum(axis=1)[ci]
    jobs_all = m.sum(axis=0)
    own = np.diag(m)[ci]
    if weight is None:
        w = jobs_all
    else:
        w = pd.Series(weight, dtype=float).reindex(index).to_numpy()
    ext = m[ci].copy()
    ext[np.arange(len(ci)), ci] = 0.0
    external = ext.sum(axis=1)
    # A table without any flow inside a zone (moves BETWEEN municipalities) cannot give self-containment: NaN.
    has_own = bool(np.diag(m).any())
    with np.errstate(divide="ignore", invalid="ignore"):
        sc = np.where((residents > 0) & has_own, own / residents, np.nan)
        jss = np.where((jobs_all[ci] > 0) & has_own, own / jobs_all[ci], np.nan)
        orient = np.where(external[:, None] > 0, ext / external[:, None], np.nan)
        larger = w[None, :] > w[ci][:, None]
        emb = np.where(external > 0, (ext * larger).sum(axis=1) / external, np.nan)
    # Largest flow first; among equal flows the larger partner first (a tie is reported, see 'top_tie').
    order = np.lexsort((-np.nan_to_num(np.broadcast_to(w, ext.shape)), -ext), axis=1)[:, :top]
    profile = pd.DataFrame(
        {
            "code": wanted,
            "residents": residents,
            "jobs": jobs_all[ci],
            "self_contained": own,
            "self_containment": sc,
            "job_self_sufficiency": jss,
            "openness": 1.0 - sc,
            "external_out": external,
            "embeddedness": emb,
        }
    )
    rows = np.arange(len(ci))
    for k in range(top):
        col = order[:, k] if order.shape[1] > k else np.zeros(len(ci), int)
        present = (ext[rows, col] > 0) if order.shape[1] > k else np.zeros(len(ci), bool)
        profile[f"partner{k + 1}"] = np.where(present, index.to_numpy()[col], None)
        profile[f"orientation{k + 1}"] = np.where(present, orient[rows, col], np.nan)
        profile[f"partner{k + 1}_larger"] = np.where(present, larger[rows, col], False)
    top_value = ext.max(axis=1) if ext.shape[1] else np.zeros(len(ci))
    ties = (ext == top_value[:, None]) & (top_value[:, None] > 0)
    profile["top_tie"] = ties.sum(axis=1)
    profile["tied_partners"] = [", ".join(index.to_numpy()[np.flatnonzero(t)]) if t.sum() > 1 else None for t in ties]
    _suggest(profile, rules)
    partners = _partners(wanted, index, ext, orient, larger)
    return profile, partners


def _suggest(profile: pd.DataFrame, rules: PerspectiveRules) -> None:
    sc = profile["self_containment"].to_numpy(float)
    top_share = profile["orientation1"].to_numpy(float)
    top_larger = profile["partner1_larger"].to_numpy(bool)
    wonen = top_larger & (np.nan_to_num(top_share) >= rules.orientation)
    eigen = ~wonen & (sc >= rules.self_containment)
    profile["perspective"] = np.where(wonen, PERSPECTIVES[0], np.where(eigen, PERSPECTIVES[1], PERSPECTIVES[2]))
    reasons = []
    for p, s, share, partner, tied in zip(
        profile["perspective"], sc, top_share, profile["partner1"], profile["tied_partners"]
    ):
        if tied:
            reasons.append(f"gelijke grootste stromen ({share:.0%} elk) naar {tied}; ")
        else:
            reasons.append("")
        if p == PERSPECTIVES[0]:
            reasons[-1] += (
                f"{share:.0%} van de uitgaande stroom naar grotere stad {partner} (>= {rules.orientation:.0%})"
            )
        elif p == PERSPECTIVES[1]:
            reasons[-1] += (
                f"geen grotere stad met >= {rules.orientation:.0%} van de uitgaande stroom; "
                f"zelfvoorziening {s:.0%} >= {rules.self_containment:.0%}"
            )
        elif np.isnan(s):
            reasons[-1] += (
                f"geen grotere stad met >= {rules.orientation:.0%} van de uitgaande stroom; zelfvoorziening niet "
                "bepaald (de tabel heeft geen stromen binnen een gemeente, zoals verhuizingen tussen gemeenten)"
            )
        else:
            reasons[-1] += (
                f"geen grotere stad met >= {rules.orientation:.0%} van de uitgaande stroom en "
                f"zelfvoorziening {s:.0%} < {rules.self_containment:.0%}"
            )
    profile["reason"] = reasons
    profile["thr_self_containment"] = rules.self_containment
    profile["thr_orientation"] = rules.orientation


def _partners(wanted, index, ext, orient, larger) -> pd.DataFrame:
    r, c = np.nonzero(ext > 0)
    partners = pd.DataFrame(
        {
            "code": np.asarray(wanted, dtype=object)[r],
            "partner": index.to_numpy()[c],
            "value": ext[r, c],
            "orientation": orient[r, c],
            "partner_larger": larger[r, c],
        }
    )
    # Equal flows share a rank (rank 1 twice = a tie for the largest partner).
    partners["rank"] = partners.groupby("code")["value"].rank(method="min", ascending=False).astype("int64")
    return partners.sort_values(["code", "rank", "partner"]).reset_index(drop=True)
