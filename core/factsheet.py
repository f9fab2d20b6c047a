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


PERSPECTIVES = {
    "nl": {"wonen": "wonen", "eigen bevolking": "eigen bevolking", "samenwerking": "samenwerking"},
    "en": {"wonen": "housing", "eigen bevolking": "own population", "samenwerking": "cooperation"},
}
# The essay's perspectives are choices for the Drenthe cities; a reference city gets none (numbers stay).
NO_PERSPECTIVE = {"nl": "— (referentiestad)", "en": "— (reference city)"}


def perspective_text(perspective: object, role: object = None, lang: str = "nl") -> str:
    """The suggested perspective in words; '— (referentiestad)' for a reference city, '–' when unknown."""
    lang = "en" if lang == "en" else "nl"
    if role == "referentie":
        return NO_PERSPECTIVE[lang]
    if not isinstance(perspective, str) or not perspective:
        return "–"
    return PERSPECTIVES[lang].get(perspective, perspective)


def _profile_row(profile: pd.DataFrame, code: str) -> pd.Series | None:
    rows = profile[profile["code"] == code]
    return rows.iloc[0] if len(rows) else None


def partners_text(row: pd.Series | None, names: dict[str, str], lang: str = "nl", k: int = 3) -> str:
    """Top partners of a profile row with their orientation share: 'Groningen 24%; Beilen 11%'."""
    if row is None:
        return "–"
    parts = []
    for n in range(1, k + 1):
        code = row.get(f"partner{n}")
        if isinstance(code, str) and code:
            parts.append(f"{names.get(code, code)} {percent(row.get(f'orientation{n}'), 0, lang)}")
    tied = min(int(row.get("top_tie") or 1), len(parts))
    if tied > 1:  # equal largest flows: a tie, not one dominant partner
        word = "elk, gelijk" if lang != "en" else "each, tied"
        first = ", ".join(p.rsplit(" ", 1)[0] for p in parts[:tied])
        parts = [f"{first}: {parts[0].rsplit(' ', 1)[1]} {word}"] + parts[tied:]
    return "; ".join(parts) or "–"


def key_figures(
    cities: pd.DataFrame,
    catch: pd.DataFrame,
    profile: pd.DataFrame,
    names: dict[str, str],
    lang: str = "nl",
    extra: dict[str, list[tuple[str, str]]] | None = None,
) -> pd.DataFrame:
    """Long table code, rank, indicator, value (formatted text) for every city in cities.

    profile is the hema:cityprofile output (code, self_containment, partner1..3, orientation1..3, perspective);
    extra holds more (label, value) rows per city code, placed before the perspective.
    """
    _require(cities, ("code", "population"), "city table")
    _require(profile, ("code", "self_containment", "perspective"), "city profile")
    pop = catchment_population(catch)
    shares = region_shares(catch)
    rows = []
    roles = cities["role"] if "role" in cities.columns else pd.Series([None] * len(cities), index=cities.index)
    for code, population, role in zip(cities["code"], cities["population"], roles):
        items = [(text("population", lang), number(population, 0, lang))]
        for t in pop.columns:
            label = text("catchment_pop", lang).format(theme(t).label(lang))
            value = pop.at[code, t] if code in pop.index else 0
            share = shares.at[code, t] if code in shares.index else 0.0
            items.append((label, f"{number(value, 0, lang)} ({percent(share, 0, lang)})"))
        row = _profile_row(profile, code)
        items.append(
            (text("self_containment", lang), percent(None if row is None else row["self_containment"], 1, lang))
        )
        items.append((text("partners", lang), partners_text(row, names, lang)))
        items += (extra or {}).get(code, [])
        perspective = perspective_text(None if row is None else row["perspective"], role, lang)
        items.append((text("perspective", lang), perspective))
        rows += [(code, rank, label, value) for rank, (label, value) in enumerate(items)]
    return pd.DataFrame(rows, columns=["code", "rank", "indicator", "value"])


def _capital(label: str) -> str:
    return label[:1].upper() + label[1:]


def comparison_table(
    cities: pd.DataFrame, catch: pd.DataFrame, profile: pd.DataFrame, lang: str = "nl"
) -> tuple[list[str], list[list[str]]]:
    """Header and rows (formatted text) comparing the cities: population, catchment per theme, self-containment."""
    _require(cities, ("code", "name", "population"), "city table")
    _require(profile, ("code", "self_containment"), "city profile")
    pop = catchment_population(catch)
    indexed = profile.drop_duplicates("code").set_index("code")
    own = indexed["self_containment"]
    perspective = indexed["perspective"] if "perspective" in indexed.columns else pd.Series(dtype=object)
    header = [text("city", lang), text("population", lang)]
    header += [_capital(theme(t).label(lang)) for t in pop.columns]  # headers start upper case, like 'Inwoners'
    header += [text("self_containment_short", lang), text("perspective_short", lang)]
    rows = []
    roles = cities["role"] if "role" in cities.columns else pd.Series([None] * len(cities), index=cities.index)
    for code, name, population, role in zip(cities["code"], cities["name"], cities["population"], roles):
        row = [str(name), number(population, 0, lang)]
        row += [number(pop.at[code, t] if code in pop.index else 0, 0, lang) for t in pop.columns]
        row.append(percent(own.get(code), 1, lang))
        row.append(perspective_text(perspective.get(code), role, lang))
        rows.append(row)
    return header, rows
