"""Text for the map book's indicator pages, the indicator comparison table and the fact-sheet indicator rows."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .fmt import number
from .themes import theme

WORDS = {
    "nl": {
        "title": "Indicatoren: {}",
        "subtitle": "Gemeenten vergeleken met Drenthe en Nederland (CBS)",
        "note": (
            "Kleuren: blauw = gunstiger dan het Nederlandse gemiddelde, rood = ongunstiger (bij kenmerken zonder "
            "richting: licht naar donker). NL en Drenthe: gemiddelden gewogen naar inwoners, woningen of "
            "huishoudens. Omlijnd: HEMA- en referentiesteden."
        ),
        "table_title": "Indicatoren vergeleken met Drenthe en Nederland",
        "table_subtitle": "Waarde per gemeente; tussen haakjes de rang onder de steden (1 = gunstigst)",
        "indicator": "Indicator",
        "vs_nl": "{} ({}; NL {})",
        "no_data": "–",
    },
    "en": {
        "title": "Indicators: {}",
        "subtitle": "Municipalities compared with Drenthe and the Netherlands (CBS)",
        "note": (
            "Colours: blue = better than the Dutch average, red = worse (indicators without a direction: light to "
            "dark). NL and Drenthe: averages weighted by inhabitants, dwellings or households. Outlined: HEMA and "
            "reference cities."
        ),
        "table_title": "Indicators compared with Drenthe and the Netherlands",
        "table_subtitle": "Value per municipality; in brackets the rank among the cities (1 = best)",
        "indicator": "Indicator",
        "vs_nl": "{} ({}; NL {})",
        "no_data": "–",
    },
}


def words(lang: str) -> dict[str, str]:
    """The page words in the language."""
    return WORDS["en" if lang == "en" else "nl"]


def _value(v: float, unit: str, lang: str) -> str:
    if v is None or not np.isfinite(v):
        return words(lang)["no_data"]
    return f"{number(v, 0 if abs(v) >= 100 else 1, lang)} {unit}".strip()


def comparison_rows(comparison: pd.DataFrame, lang: str = "nl") -> tuple[list[str], list[list[str]]]:
    """Header and rows: one row per indicator (theme order), a column per city, then Drenthe and NL."""
    w = words(lang)
    codes = list(dict.fromkeys(comparison["code"]))
    names = dict(zip(comparison["code"], comparison["name"]))
    header = [w["indicator"]] + [names[c] for c in codes] + ["Drenthe", "NL"]
    rows = []
    for _ind, part in comparison.groupby("indicator", sort=False):
        first = part.iloc[0]
        label = f"{first['label']} ({first['unit']}, {int(first['year'])})"
        by_code = part.set_index("code")
        row = [label]
        for c in codes:
            v = by_code.at[c, "value"] if c in by_code.index else np.nan
            rank = by_code.at[c, "rank"] if c in by_code.index else None
            text = _value(v, "", lang).strip()
            row.append(f"{text} ({int(rank)})" if rank is not None and np.isfinite(rank) else text)
        row += [_value(first["drenthe"], "", lang).strip(), _value(first["nl"], "", lang).strip()]
        rows.append(row)
    return header, rows


def figure_rows(comparison: pd.DataFrame, code: str, lang: str = "nl") -> list[tuple[str, str]]:
    """Fact-sheet rows of one city: label, 'value unit (rank among the cities; NL value)'."""
    out = []
    for rec in comparison[comparison["code"] == code].itertuples(index=False):
        value = _value(rec.value, rec.unit, lang)
        if rec.rank is None or not np.isfinite(rec.rank):
            out.append((rec.label, value))
            continue
        rank = f"#{int(rec.rank)}" if lang == "en" else f"{int(rec.rank)}e"
        out.append((rec.label, words(lang)["vs_nl"].format(value, rank, _value(rec.nl, rec.unit, lang))))
    return out


def theme_title(code: str, lang: str) -> str:
    """Page title of a theme's indicator page."""
    return words(lang)["title"].format(theme(code).label(lang))
