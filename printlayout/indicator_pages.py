"""Map-book indicator pages: per theme two maps of key indicators and the comparison chart, plus a table page."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pandas as pd
from qgis.core import QgsLegendStyle, QgsRectangle, QgsVectorLayer

from ..core.cities import CITIES
from ..core.indicator_catalogue import BY_ID, key_indicators
from ..core.indicator_charts import comparison_chart
from ..core.indicator_sheets import comparison_rows, figure_rows, theme_title, words
from ..core.indicators import compare, latest_years, reference_values
from ..core.layoutgeom import Frame, fit_extent, font_scale, sheet_frames
from ..core.layouttext import sources_line
from ..core.themes import THEME_CODES
from ..qgis_io.indicator_layers import layer_title, marked_cities_layer
from ..qgis_io.indicators import bundled_tables, indicator_layer
from ..styling.choropleth import graduated
from . import items as li
from .templates import add_frame_texts

NORTH = ("Drenthe", "Groningen", "Fryslân", "Overijssel")
COMPARED = [c for c, (_, role, _) in CITIES.items() if role in ("hema", "referentie")]
MAPS_PER_PAGE = 2
FACT_SHEET_INDICATORS = ("employment_rate", "edu_appl_sci")  # the sheet's table frame holds two more rows


def comparison(lang: str, themes: list[str], tick: Callable[[], None] = lambda: None) -> pd.DataFrame:
    """The Quickscan comparison of the HEMA and reference cities on the bundled CBS indicators (tick: see compare)."""
    if lang not in _COMPARISONS:  # every theme at once, once per language: the bundled tables do not change
        table, areas = bundled_tables()
        tick()
        _COMPARISONS[lang] = compare(table, areas, COMPARED, list(THEME_CODES), lang=lang, tick=tick)
    every = _COMPARISONS[lang]
    return every[every["theme"].isin(themes)].reset_index(drop=True)


_COMPARISONS: dict[str, pd.DataFrame] = {}


def with_indicator_figures(figures: pd.DataFrame, lang: str, tick: Callable[[], None] = lambda: None) -> pd.DataFrame:
    """The fact sheets' key figures with a few indicators (value, rank among the cities, NL) appended per city."""
    cmp = comparison(lang, sorted({BY_ID[i].theme for i in FACT_SHEET_INDICATORS}), tick)
    cmp = cmp[cmp["indicator"].isin(FACT_SHEET_INDICATORS)]
    rows = []
    for code in dict.fromkeys(figures["code"]):
        start = int(figures.loc[figures["code"] == code, "rank"].max()) + 1
        rows += [(code, start + n, label, value) for n, (label, value) in enumerate(figure_rows(cmp, code, lang))]
    extra = pd.DataFrame(rows, columns=["code", "rank", "indicator", "value"])
    return pd.concat([figures, extra], ignore_index=True).sort_values(["code", "rank"], kind="stable")


def _frames(kind: str = "map") -> dict[str, Frame]:
    base = sheet_frames(kind)
    s = font_scale(kind)
    body = base["map"]
    top, bottom = body.y, base["sources"].y - 2.0 * s
    map_w = 66.0 * s
    gap = 4.0 * s
    legend_h = 48.0 * s
    map_h = bottom - top - legend_h - 2.0 * s
    frames = {k: base[k] for k in ("title", "subtitle", "date", "sources", "rule")}
    for n in range(MAPS_PER_PAGE):
        x = body.x + n * (map_w + gap)
        frames[f"map{n}"] = Frame(x, top, map_w, map_h)
        frames[f"legend{n}"] = Frame(x, top + map_h + 2.0 * s, map_w, legend_h)
    chart_x = body.x + MAPS_PER_PAGE * (map_w + gap) + 2.0 * s
    frames["chart"] = Frame(chart_x, top, base["date"].right - chart_x, bottom - top - 14.0 * s)
    frames["footnote"] = Frame(chart_x, bottom - 13.0 * s, base["date"].right - chart_x, 13.0 * s)
    return frames


def _north_extent(layer: QgsVectorLayer) -> QgsRectangle:
    rect = QgsRectangle()  # null on 3.22 and 3.34+ alike (setMinimal is deprecated on 3.40)
    for feature in layer.getFeatures():
        if feature["province"] in NORTH:
            rect.combineExtentWith(feature.geometry().boundingBox())
    return rect


@lru_cache(maxsize=1)
def _bundled_references() -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Municipal indicator rows, their NL/Drenthe reference values and each indicator's latest year."""
    table, areas = bundled_tables()
    gm = table[table["code"].str.startswith("GM")]
    return gm, reference_values(gm, areas).set_index(["indicator", "year"]), latest_years(gm)


def indicator_page(layout, book, page: int, code: str, cmp: pd.DataFrame, work: Path, refs: tuple) -> None:
    """One theme: maps of its first key indicators (with the cities outlined) and the comparison chart."""
    frames = _frames()
    lang = book.lang
    w = words(lang)
    texts = {
        "title": theme_title(code, lang),
        "subtitle": w["subtitle"],
        "date": book.date,
        "sources": sources_line(("cbs",), lang),
        "footnote": w["note"],
    }
    add_frame_texts(layout, frames, "map", page, texts)
    gm, refs, used = refs
    shown = [i for i in key_indicators(code) if i in used][:MAPS_PER_PAGE]
    for n, ind_id in enumerate(shown):
        book.pulse()
        year = used[ind_id]
        rows = gm[(gm["indicator"] == ind_id) & (gm["year"] == year)]
        title = layer_title(ind_id, year, lang)
        title = title.replace(" (", "\n(") if len(title) > 38 else title  # the legend column is narrow
        layer = indicator_layer(dict(zip(rows["code"], rows["value"])), year, title)
        nl = float(refs.loc[(ind_id, year), "nl"]) if (ind_id, year) in refs.index else None
        graduated(layer, "quantile", 5, nl, BY_ID[ind_id].sense, lang)
        book.project.addMapLayer(layer, False)
        book.pulse()
        marked = marked_cities_layer(year, lang)
        book.project.addMapLayer(marked, False)
        frame = frames[f"map{n}"]
        rect = _north_extent(layer)
        extent = fit_extent(
            (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()), frame.w, frame.h, 0.02
        )
        map_item = li.add_map(layout, frame, extent, [marked, layer], page, f"indicator_map_{page + 1}_{n}")
        book.pulse()
        legend = li.add_legend(
            layout,
            frames[f"legend{n}"],
            map_item,
            book.t("legend") if n == 0 else "",
            [layer],
            page,
            1,
            f"ind_legend_{page + 1}_{n}",
        )
        legend.setLegendFilterByMapEnabled(False)
        li.set_legend_font(legend, QgsLegendStyle.Style.Subgroup, 7.0, True)  # the layer title: label (unit, year)
        li.set_legend_font(legend, QgsLegendStyle.Style.SymbolLabel, 6.5, False)
    book.pulse()
    chart = comparison_chart(cmp[cmp["indicator"].isin(key_indicators(code))], code, work / f"ind_{code}.png", lang,
                             size_mm=(frames["chart"].w, frames["chart"].h), columns=2,
                             tick=book.pulse)  # fmt: skip
    book.pulse()
    li.add_picture(layout, frames["chart"], str(chart), page, f"indicator_chart_{page + 1}")


def table_page(layout, book, page: int, cmp: pd.DataFrame) -> None:
    """The indicator comparison table: key indicators of every theme, the cities, Drenthe and NL."""
    frames = sheet_frames("table")
    w = words(book.lang)
    texts = {"title": w["table_title"], "subtitle": w["table_subtitle"], "date": book.date,
             "sources": sources_line(("cbs",), book.lang), "footnote": ""}  # fmt: skip
    add_frame_texts(layout, frames, "table", page, texts)
    header, rows = comparison_rows(cmp, book.lang)
    li.add_manual_table(layout, frames["table"], header, rows, page, "indicator_comparison", size=7.0)


def add_indicator_pages(layout, book, themes: list[str]) -> int:
    """Append an indicator page per theme and the indicator comparison table; returns the pages added."""
    work = Path(tempfile.mkdtemp(prefix="hema-indicators-", dir=book.work))
    book.pulse()
    cmp = comparison(book.lang, themes, book.pulse)
    book.pulse()
    refs = _bundled_references()
    for code in themes:
        book.pulse()
        indicator_page(layout, book, li.add_page(layout, "map"), code, cmp, work, refs)
    keys = [i for t in themes for i in key_indicators(t)]
    book.pulse()
    table_page(layout, book, li.add_page(layout, "table"), cmp[cmp["indicator"].isin(keys)])
    return len(themes) + 1
