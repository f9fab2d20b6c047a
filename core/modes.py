"""Observed themes of a flow table, mode shares of commuting (vervoer) and the moves trend (wonen), plain pandas."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from .fmt import percent
from .themes import THEME_CODES

PUBLIC_TRANSPORT = ("train", "other_pt")
MOVES_LABEL = {"nl": "Vertrek naar andere gemeenten {} ({})", "en": "Moves out to other municipalities {} ({})"}
MODE_LABELS = {
    "nl": "Trein- / ov-aandeel woon-werk {}",
    "en": "Train / public-transport share of commuting {}",
}


def observed_themes(flows: pd.DataFrame) -> dict[str, tuple[int, str]]:
    """Theme -> (latest year, unit) for every HEMA theme that has flows in the table."""
    out = {}
    for code in THEME_CODES:
        rows = flows[flows["theme"].astype(str) == code] if "theme" in flows else flows.iloc[0:0]
        if rows.empty:
            continue
        years = pd.to_numeric(rows["year"], errors="coerce") if "year" in rows else pd.Series(dtype=float)
        year = int(years.max()) if years.notna().any() else 0
        latest = rows[years == year] if year else rows
        unit = str(latest["unit"].dropna().iloc[0]) if "unit" in latest and latest["unit"].notna().any() else ""
        out[code] = (year, unit)
    return out


def origin_mode_shares(flows: pd.DataFrame) -> pd.DataFrame:
    """Per origin (core.flows.mode_shares is per link): total over all modes and each mode's share, latest year."""
    if flows.empty or "mode" not in flows:
        return pd.DataFrame()
    if "year" in flows:
        years = pd.to_numeric(flows["year"], errors="coerce")
        flows = flows[years == years.max()]
    table = flows.pivot_table(index="origin", columns="mode", values="value", aggfunc="sum", fill_value=0.0)
    total = table.sum(axis=1)
    shares = table.div(total.where(total > 0), axis=0)
    shares.insert(0, "total", total)
    return shares


def mode_figures(
    shares: pd.DataFrame | None, codes: Sequence[str], year: object, lang: str = "nl"
) -> dict[str, list[tuple[str, str]]]:
    """Key-figure row per city: train share / public-transport share (train + other) of its residents' commuting."""
    labels = MODE_LABELS["en" if lang == "en" else "nl"]
    out: dict[str, list[tuple[str, str]]] = {}
    if shares is None or shares.empty:
        return out
    for code in codes:
        if code not in shares.index:
            continue
        row = shares.loc[code]
        train = row.get("train", 0.0)
        pt = sum(row.get(m, 0.0) for m in PUBLIC_TRANSPORT)
        out[code] = [(labels.format(year), f"{percent(train, 1, lang)} / {percent(pt, 1, lang)}")]
    return out


def moves_figures(flows: pd.DataFrame, codes: Sequence[str], lang: str = "nl") -> dict[str, list[tuple[str, str]]]:
    """Key-figure row per city: persons moving out in the latest wonen year and, in brackets, the earliest."""
    from .fmt import number

    rows = flows[flows["theme"].astype(str) == "wonen"] if "theme" in flows else flows.iloc[0:0]
    if rows.empty or "year" not in rows:
        return {}
    years = pd.to_numeric(rows["year"], errors="coerce")
    first, last = int(years.min()), int(years.max())
    out_of = rows[rows["origin"] != rows["destination"]]
    totals = out_of.groupby([out_of["origin"].astype(str), years[out_of.index]])["value"].sum()
    label = MOVES_LABEL["en" if lang == "en" else "nl"].format(last, first)
    out = {}
    for code in codes:
        if (code, last) in totals.index:
            earlier = totals.get((code, first))
            value = number(totals[(code, last)], 0, lang)
            out[code] = [(label, f"{value} ({number(earlier, 0, lang) if earlier is not None else '–'})")]
    return out
