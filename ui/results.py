"""Turns result records (plain dicts read from result layers) into the dock's table rows and chart data."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core import figures
from ..core.cities import CITIES, city_colour, lighten
from ..core.factsheet import perspective_text
from ..core.themes import THEME_CODES, theme
from ..i18n import tr

NEUTRAL = "#505050"

# The field of the result layers holding each value the dock shows: the data model's cities (code, name,
# population), hema:cityprofile's OUTPUT (theme, self_containment, partner1, orientation1, perspective) and the
# catchment algorithms' OUTPUT (dom_code, band, population).
FIELDS: dict[str, str] = {
    "code": "code",
    "name": "name",
    "theme": "theme",
    "population": "population",
    "self_containment": "self_containment",
    "top_partner": "partner1",
    "top_share": "orientation1",
    "perspective": "perspective",
    "dominant": "dom_code",
    "band": "band",
}


@dataclass
class CityRow:
    """One line of the per-city table."""

    code: str
    name: str
    population: float | None = None
    catchment_population: float | None = None
    self_containment: float | None = None
    top_partner: str = ""
    perspective: str = ""

    def cells(self) -> list[str]:
        """The row as display text, in column order."""
        return [
            self.name,
            _int_text(self.population),
            _int_text(self.catchment_population),
            _pct_text(self.self_containment),
            self.top_partner,
            self.perspective,
        ]


@dataclass
class ChartData:
    """Bars to draw: categories on the x axis, one series per stack/group, colours per bar."""

    categories: list[str]
    series: list[tuple[str, list[float], list[str]]] = field(default_factory=list)
    stacked: bool = True
    ylabel: str = ""
    legend: list[str] = field(default_factory=list)  # one neutral legend colour per series (grouped bars)
    title: str = ""

    def is_empty(self) -> bool:
        """True when there is nothing to draw."""
        return not self.categories or not self.series


def pick(record: dict[str, Any], key: str) -> Any:
    """Value of the field that holds key (FIELDS) in record, None when absent or NULL."""
    value = record.get(FIELDS.get(key, key))
    return None if _missing(value) else value


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return hasattr(value, "isNull") and value.isNull()


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _int_text(value: float | None) -> str:
    return "" if value is None else f"{round(value):,}".replace(",", "\u202f")


def _pct_text(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.0f} %"


def city_name(code: str, records: Iterable[dict[str, Any]] = ()) -> str:
    """Display name of a city: from the records if they name it, else the fixed list, else the code."""
    for record in records:
        if pick(record, "code") == code and pick(record, "name"):
            return str(pick(record, "name"))
    return CITIES[code][0] if code in CITIES else code


def catchment_population(catchments: Iterable[dict[str, Any]]) -> dict[str, float]:
    """Population of the zones each city dominates, as core.figures defines it (band 'none' does not count)."""
    return figures.catchment_population(
        (pick(r, "dominant"), pick(r, "band"), pick(r, "population")) for r in catchments
    )


def profile_for_theme(profile: Iterable[dict[str, Any]], theme_code: str) -> dict[str, dict[str, Any]]:
    """Profile records of one theme by city code (records without a theme column count for every theme)."""
    chosen: dict[str, dict[str, Any]] = {}
    for record in profile:
        code = pick(record, "code")
        rec_theme = pick(record, "theme")
        if code is not None and (rec_theme is None or str(rec_theme) == theme_code):
            chosen[str(code)] = record
    return chosen


def table_rows(
    selected: Sequence[str],
    theme_code: str,
    cities: Sequence[dict[str, Any]] = (),
    catchments: Sequence[dict[str, Any]] = (),
    profile: Sequence[dict[str, Any]] = (),
    lang: str = "en",
) -> list[CityRow]:
    """One row per selected city with what is known so far (blank cells where a step has not run)."""
    by_city = {str(pick(r, "code")): r for r in cities if pick(r, "code") is not None}
    reach = catchment_population(catchments)
    prof = profile_for_theme(profile, theme_code)
    rows = []
    for code in selected:
        rec = prof.get(code, {})
        population = _number(pick(by_city.get(code, {}), "population"))
        if population is None:
            population = _number(pick(rec, "population"))
        rows.append(
            CityRow(
                code=code,
                name=city_name(code, list(cities) + list(profile)),
                population=population,
                catchment_population=reach.get(code) if catchments else None,
                self_containment=_number(pick(rec, "self_containment")),
                top_partner=_partner_name(pick(rec, "top_partner")),
                perspective=perspective_text(pick(rec, "perspective"), pick(by_city.get(code, {}), "role"), lang)
                if pick(rec, "perspective")
                else "",
            )
        )
    return rows


def _partner_name(value: Any) -> str:
    if value is None:
        return ""
    first = str(value).split(",")[0].strip()
    return CITIES[first][0] if first in CITIES else first


def chart_data(
    selected: Sequence[str],
    profile: Sequence[dict[str, Any]],
    language: str = "nl",
    theme_code: str | None = None,
    year: str = "",
) -> ChartData:
    """Where each city's outflow goes (own city / top partner / elsewhere) for one theme, with a title.

    The theme is theme_code (the table's theme); without one, the profile's only or first theme. Without a
    theme_code and with several themes in the profile: self-containment per theme (grouped bars).
    """
    themes_present = [t for t in THEME_CODES if profile_for_theme_strict(profile, t)]
    names = [city_name(code, profile) for code in selected]
    if theme_code is None and len(themes_present) > 1:
        data = ChartData(names, stacked=False, ylabel=tr("Self-containment"), title=tr("Self-containment per theme"))
        for k, code in enumerate(themes_present):
            per_city = profile_for_theme_strict(profile, code)
            values = [_number(pick(per_city.get(c, {}), "self_containment")) or 0.0 for c in selected]
            colours = [lighten(city_colour(c), 0.15 * k) for c in selected]
            data.series.append((theme(code).label(language), values, colours))
            data.legend.append(lighten(NEUTRAL, 0.15 * k))  # same lightness step as the city bars
        return data
    chosen = theme_code or (themes_present[0] if themes_present else "")
    one = profile_for_theme_strict(profile, chosen) if themes_present else profile_for_theme(profile, chosen)
    own = [_number(pick(one.get(c, {}), "self_containment")) or 0.0 for c in selected]
    partner = [_number(pick(one.get(c, {}), "top_share")) or 0.0 for c in selected]
    partner = [p * (1 - o) if p <= 1 else 0.0 for p, o in zip(partner, own)]
    rest = [max(0.0, 1 - o - p) for o, p in zip(own, partner)]
    label = theme(chosen).label(language) if chosen in THEME_CODES else ""
    title = tr("Where the outflow goes — {}").format(", ".join(x for x in (label, str(year or "")) if x))
    data = ChartData(names, stacked=True, ylabel=tr("Share of outflow"), title=title)
    if not any(own):
        return ChartData([], title=title)
    for series_label, values, amount in (
        (tr("Own city"), own, 0.0),
        (tr("Top partner"), partner, 0.45),
        (tr("Elsewhere"), rest, 0.8),
    ):
        data.series.append((series_label, values, [lighten(city_colour(c), amount) for c in selected]))
        data.legend.append(lighten(NEUTRAL, amount))
    return data


def profile_for_theme_strict(profile: Iterable[dict[str, Any]], theme_code: str) -> dict[str, dict[str, Any]]:
    """Profile records whose theme column equals theme_code, by city code."""
    return {str(pick(r, "code")): r for r in profile if pick(r, "theme") == theme_code and pick(r, "code") is not None}
