"""Change over time: two years of one flow table compared per link, per city and per zone, and city series.

Every function takes canonical flow tables (origin, destination, value; see flows.validate_flows). Municipal
re-divisions are handled first with ``convert_codes`` (an old -> new code mapping), so both years are on one
division. Link shares are shares of the origin's outflow without its self-contained flow (as hema:flowlines);
self-containment and orientation are those of profile.city_profile; catchments those of
catchments.observed_catchments, with the same thresholds for both years.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from . import HemaInputError
from .catchments import Thresholds, observed_catchments
from .flows import to_matrix
from .profile import city_profile

STATUSES: tuple[str, ...] = ("new", "gone", "grew", "shrank", "same", "unobserved")


def convert_codes(flows: pd.DataFrame, mapping: Mapping[str, str]) -> pd.DataFrame:
    """Flows with origin and destination codes replaced by mapping (old -> new), duplicates summed.

    Codes absent from the mapping stay as they are. Flows between two old codes merged into one new code become
    that code's self-contained flow.
    """
    table = {str(k).strip(): str(v).strip() for k, v in mapping.items()}
    out = flows.copy()
    for col in ("origin", "destination"):
        out[col] = out[col].astype(str).map(lambda c: table.get(c, c))
    keys = [c for c in out.columns if c != "value"]
    return out.groupby(keys, as_index=False, sort=True)["value"].sum()[list(flows.columns)]


def merged_groups(mapping: Mapping[str, str], present: Sequence[str] | None = None) -> dict[str, list[str]]:
    """New code -> the old codes it takes over, for every new code that merges codes or renames one.

    present limits the old codes to those occurring in the data (e.g. the codes of the earlier year).
    """
    keep = None if present is None else {str(c) for c in present}
    groups: dict[str, list[str]] = {}
    for old, new in mapping.items():
        old, new = str(old).strip(), str(new).strip()
        if keep is None or old in keep:
            groups.setdefault(new, []).append(old)
    return {new: sorted(olds) for new, olds in sorted(groups.items()) if len(olds) > 1 or olds[0] != new}


def check_years(present: Sequence[int], year_from: int, year_to: int) -> None:
    """Refuse years that are not in the table or a 'from' year after the 'to' year."""
    missing = [y for y in (year_from, year_to) if y not in set(present)]
    if missing:
        raise HemaInputError(
            f"the flow table has no rows for year {missing[0]}; years present: "
            f"{', '.join(map(str, sorted(present))) or '-'}. Choose two of those years"
        )
    if year_from >= year_to:
        raise HemaInputError(
            f"the first year ({year_from}) must come before the second ({year_to}); swap or change the years"
        )


def _link_table(flows: pd.DataFrame) -> pd.DataFrame:
    """External links with share of the origin's outflow (self excluded) and rank within the origin."""
    ext = flows.loc[flows["origin"] != flows["destination"], ["origin", "destination", "value"]].copy()
    total = ext.groupby("origin")["value"].transform("sum")
    ext["share"] = np.where(total > 0, ext["value"] / total, np.nan)
    ext["rank"] = ext.groupby("origin")["value"].rank(method="min", ascending=False)
    return ext


def link_changes(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Per link origin -> destination (both years together): value, share and rank in each year and the change.

    Columns: value_from, value_to, change (to - from), rel_change (change / from; NaN for new links), share_from,
    share_to, share_change, rank_from, rank_to (1 = the origin's largest link; NaN where the link is absent),
    rank_change (positive = climbed) and status (new, gone, grew, shrank, same; 'unobserved' when an end does not
    occur at all in one year's table, e.g. a municipality CBS reports only from its founding year on).
    """
    a, b = _link_table(before), _link_table(after)
    out = a.merge(b, on=["origin", "destination"], how="outer", suffixes=("_from", "_to"))
    for col in ("value_from", "value_to"):
        out[col] = out[col].fillna(0.0)
    out["change"] = out["value_to"] - out["value_from"]
    with np.errstate(divide="ignore", invalid="ignore"):
        out["rel_change"] = np.where(out["value_from"] > 0, out["change"] / out["value_from"], np.nan)
    out["share_change"] = out["share_to"].fillna(0.0) - out["share_from"].fillna(0.0)
    out["rank_change"] = out["rank_from"] - out["rank_to"]
    status = np.where(out["change"] > 0, "grew", np.where(out["change"] < 0, "shrank", "same"))
    status = np.where(out["value_from"] <= 0, "new", np.where(out["value_to"] <= 0, "gone", status))
    seen = [set(f["origin"]) | set(f["destination"]) for f in (before, after)]
    unobserved = np.zeros(len(out), bool)
    for codes in seen:
        unobserved |= ~out["origin"].isin(codes).to_numpy() | ~out["destination"].isin(codes).to_numpy()
    out["status"] = np.where(unobserved, "unobserved", status)
    cols = ["origin", "destination", "value_from", "value_to", "change", "rel_change", "share_from", "share_to"]
    cols += ["share_change", "rank_from", "rank_to", "rank_change", "status"]
    return out[cols].sort_values(["origin", "destination"]).reset_index(drop=True)


def city_changes(before: pd.DataFrame, after: pd.DataFrame, cities: Sequence[str]) -> pd.DataFrame:
    """Per city: flows, share and rank among the cities, self-containment and orientation, both years and change.

    inflow/outflow exclude the self-contained flow (self); jobs_share is the city's share of all flows into the
    given cities and rank its place by that inflow (1 = most); self-containment and the top partner's orientation
    are those of city_profile.
    """
    frames = []
    for flows in (before, after):
        codes, m = to_matrix(flows)
        index = pd.Index(codes.astype(str))
        missing = [c for c in cities if c not in index]
        if missing:
            raise HemaInputError(
                f"no flows for city code(s) {', '.join(missing)} in one of the years; check the city codes "
                "and the code conversion table"
            )
        ci = index.get_indexer(list(cities))
        own = np.diag(m)[ci]
        inflow = m.sum(axis=0)[ci]
        profile, _ = city_profile(flows, list(cities), top=1)
        frame = pd.DataFrame(
            {
                "code": list(cities),
                "inflow": inflow - own,
                "outflow": m.sum(axis=1)[ci] - own,
                "self": own,
                "jobs_share": inflow / inflow.sum() if inflow.sum() > 0 else np.nan,
                "rank": pd.Series(inflow).rank(method="min", ascending=False).to_numpy(),
                "self_containment": profile["self_containment"].to_numpy(),
                "partner": profile["partner1"].to_numpy(),
                "orientation": profile["orientation1"].to_numpy(),
            }
        )
        frames.append(frame.set_index("code"))
    a, b = frames
    out = a.join(b, lsuffix="_from", rsuffix="_to")
    for col in ("inflow", "outflow", "self", "jobs_share", "self_containment", "orientation"):
        out[f"{col}_change"] = out[f"{col}_to"] - out[f"{col}_from"]
    out["rank_change"] = out["rank_from"] - out["rank_to"]
    return out.reset_index()


def zone_changes(
    before: pd.DataFrame,
    after: pd.DataFrame,
    zone_codes: Sequence[str],
    city_codes: Sequence[str],
    thresholds: Thresholds | None = None,
) -> pd.DataFrame:
    """Per zone: dominant city, its share and band in both years (same thresholds) and whether it switched.

    switched is True only when both years have a dominant city and they differ; band_changed when the band differs.
    """
    tables = []
    for flows in (before, after):
        table, _, _ = observed_catchments(flows, zone_codes, city_codes, thresholds or Thresholds(), allow_empty=True)
        tables.append(table[["code", "outflow", "dom_code", "dom_share", "band"]].set_index("code"))
    out = tables[0].join(tables[1], lsuffix="_from", rsuffix="_to")
    has_both = out["dom_code_from"].notna() & out["dom_code_to"].notna()
    out["switched"] = has_both & (out["dom_code_from"] != out["dom_code_to"])
    out["band_changed"] = out["band_from"] != out["band_to"]
    out["dom_share_change"] = out["dom_share_to"] - out["dom_share_from"]
    return out.reset_index()


def city_series(flows_by_year: Mapping[int, pd.DataFrame], cities: Sequence[str], partners: int = 2) -> pd.DataFrame:
    """Long table year, code, indicator, partner, value: self-containment, job self-sufficiency, orientation.

    Orientation rows follow each city's `partners` largest partners over all years together, fixed so that the
    lines of a chart follow one partner through the years.
    """
    rows, orientation, seen = [], {}, {}
    for year in sorted(flows_by_year):
        flows = flows_by_year[year]
        present = set(flows["origin"]) | set(flows["destination"])
        wanted = [c for c in cities if c in present]
        if not wanted:
            continue
        profile, partner_table = city_profile(flows, wanted, top=1)
        for rec in profile.itertuples():
            seen.setdefault(rec.code, []).append(year)
            rows.append((year, rec.code, "self_containment", None, rec.self_containment))
            rows.append((year, rec.code, "job_self_sufficiency", None, rec.job_self_sufficiency))
        for rec in partner_table.itertuples():
            orientation.setdefault(rec.code, {}).setdefault(rec.partner, {})[year] = rec.orientation
    for code, by_partner in orientation.items():
        total = {p: sum(v.values()) for p, v in by_partner.items()}
        for partner in sorted(total, key=lambda p: (-total[p], p))[:partners]:
            for year in seen[code]:
                rows.append((year, code, "orientation", partner, by_partner[partner].get(year, 0.0)))
    out = pd.DataFrame(rows, columns=["year", "code", "indicator", "partner", "value"])
    return out.sort_values(["code", "indicator", "partner", "year"], na_position="first").reset_index(drop=True)


def shared_scale(*values: Sequence[float]) -> float:
    """One maximum over several value sets (e.g. both years), so widths and classes match across maps."""
    tops = [float(np.nanmax(np.abs(np.asarray(v, float)))) for v in values if len(v)]
    top = max(tops, default=0.0)
    return top if np.isfinite(top) and top > 0 else 1.0
