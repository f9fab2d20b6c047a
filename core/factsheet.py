"""Key figures of the city fact sheets and the comparison table, as formatted text (pure pandas)."""

from __future__ import annotations

import pandas as pd

from . import HemaInputError
from .fmt import number, percent
from .layouttext import text
from .themes import THEME_CODES, theme


def _require(frame: pd.DataFrame, columns: tuple[str, ...], what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise HemaInputError(
            f"{what} lacks column(s) {', '.join(missing)}; present: {', '.join(map(str, frame.columns)) or '-'}"
        )


def catchment_population(catch: pd.DataFrame) -> pd.DataFrame:
    """Population per city (rows) and theme (columns) summed over the zones each city dominates."""
    _require(catch, ("zone", "population", "theme", "city"), "catchment table")
    table = catch.pivot_table(index="city", columns="theme", values="population", aggfunc="sum", fill_value=0)
    return table.reindex(columns=[t for t in THEME_CODES if t in table.columns])


def region_shares(catch: pd.DataFrame) -> pd.DataFrame:
    """Share of the region's population in each city's catchment, per theme (0..1)."""
    pop = catchment_population(catch)
    totals = catch.drop_duplicates(["zone", "theme"]).groupby("theme")["population"].sum()
    return pop.div(totals.reindex(pop.columns).where(lambda s: s > 0), axis=1).fillna(0.0)


def self_containment(flows: pd.DataFrame, theme_code: str = "werk_studie") -> pd.Series:
    """Self-containment f_ii / sum_j f_ij per origin for one theme (methods.md, city position)."""
    _require(flows, ("origin", "destination", "theme", "value"), "flow table")
    f = flows[flows["theme"] == theme_code]
    out = f.groupby("origin")["value"].sum()
    own = f[f["origin"] == f["destination"]].groupby("origin")["value"].sum()
    return own.reindex(out.index, fill_value=0.0).div(out.where(out > 0)).dropna()


def top_partners(flows: pd.DataFrame, codes: list[str], k: int = 3, theme_code: str = "werk_studie") -> pd.DataFrame:
    """The k largest partners of each city by gross flow (both directions, own flow excluded)."""
    _require(flows, ("origin", "destination", "theme", "value"), "flow table")
    f = flows[(flows["theme"] == theme_code) & (flows["origin"] != flows["destination"])]
    both = pd.concat(
        [
            f[["origin", "destination", "value"]].rename(columns={"origin": "city", "destination": "partner"}),
            f[["destination", "origin", "value"]].rename(columns={"destination": "city", "origin": "partner"}),
        ]
    )
    gross = both[both["city"].isin(codes)].groupby(["city", "partner"], as_index=False)["value"].sum()
    gross = gross.sort_values(["city", "value"], ascending=[True, False])
    return gross.groupby("city").head(k).reset_index(drop=True)


def key_figures(
    cities: pd.DataFrame, catch: pd.DataFrame, flows: pd.DataFrame, names: dict[str, str], lang: str = "nl"
) -> pd.DataFrame:
    """Long table code, rank, indicator, value (formatted text) for every city in cities."""
    _require(cities, ("code", "population"), "city table")
    pop = catchment_population(catch)
    shares = region_shares(catch)
    own = self_containment(flows)
    partners = top_partners(flows, list(cities["code"]))
    rows = []
    for code, population in zip(cities["code"], cities["population"]):
        items = [(text("population", lang), number(population, 0, lang))]
        for t in pop.columns:
            label = text("catchment_pop", lang).format(theme(t).label(lang))
            value = pop.at[code, t] if code in pop.index else 0
            share = shares.at[code, t] if code in shares.index else 0.0
            items.append((label, f"{number(value, 0, lang)} ({percent(share, 0, lang)})"))
        items.append((text("self_containment", lang), percent(own.get(code), 1, lang)))
        mine = partners[partners["city"] == code]
        listed = "; ".join(f"{names.get(p, p)} {number(v, 0, lang)}" for p, v in zip(mine["partner"], mine["value"]))
        items.append((text("partners", lang), listed or "–"))
        rows += [(code, rank, label, value) for rank, (label, value) in enumerate(items)]
    return pd.DataFrame(rows, columns=["code", "rank", "indicator", "value"])


def comparison_table(
    cities: pd.DataFrame, catch: pd.DataFrame, flows: pd.DataFrame, lang: str = "nl"
) -> tuple[list[str], list[list[str]]]:
    """Header and rows (formatted text) comparing the cities: population, catchment per theme, self-containment."""
    _require(cities, ("code", "name", "population"), "city table")
    pop = catchment_population(catch)
    own = self_containment(flows)
    header = [text("city", lang), text("population", lang)]
    header += [theme(t).label(lang) for t in pop.columns]
    header.append(text("self_containment", lang))
    rows = []
    for code, name, population in zip(cities["code"], cities["name"], cities["population"]):
        row = [str(name), number(population, 0, lang)]
        row += [number(pop.at[code, t] if code in pop.index else 0, 0, lang) for t in pop.columns]
        row.append(percent(own.get(code), 1, lang))
        rows.append(row)
    return header, rows
