"""Map-book pages for change over time and scenarios, the contents page, page numbers and provenance lines."""

from __future__ import annotations

import configparser
from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutSize,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from ..core import provenance as pv
from ..core.charts import series_chart
from ..core.cities import HEMA_CODES
from ..core.flows import theme_summary
from ..core.layoutgeom import Frame, font_scale, page_size, sheet_frames
from ..core.themes import THEME_CODES, THEMES, theme
from ..paths import PLUGIN_DIR
from ..qgis_io.frames import read_frame
from ..styling.change import link_change_styler, zone_switch_styler
from . import items as li
from .mapbook_pages import Book, _bounds, map_with_furniture
from .templates import add_frame_texts


def plugin_version() -> str:
    """The plugin version from metadata.txt."""
    meta = configparser.ConfigParser()
    meta.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return meta.get("general", "version", fallback="?")


def _side_frames(kind: str = "map") -> dict[str, Frame]:
    """Map-sheet frames with the side column split: legend above, a chart below."""
    frames = sheet_frames(kind)
    legend, note = frames["legend"], frames["footnote"]
    top, bottom = legend.y, note.bottom
    frames["legend"] = Frame(legend.x, top, legend.w, (bottom - top) * 0.34)
    frames["chart"] = Frame(legend.x, top + (bottom - top) * 0.35, legend.w, (bottom - top) * 0.52)
    frames["footnote"] = Frame(legend.x, top + (bottom - top) * 0.88, legend.w, (bottom - top) * 0.12)
    return frames


def change_page(layout, book: Book, page: int, code: str, years: tuple[int, int], zones: str, links: str, chart: str):
    """One theme's change between two years: switched zones and grown/shrunk links, with the series chart."""
    frames = _side_frames()
    label = theme(code).label(book.lang)
    texts = book.texts(pv.text("change_title", book.lang).format(*years, label),
                       pv.text("change_subtitle", book.lang), pv.text("change_note", book.lang))  # fmt: skip
    add_frame_texts(layout, frames, "map", page, texts)
    zone_layer = book.layer(zones, "Verschuiving" if book.lang != "en" else "Shift")
    zone_switch_styler(years[0], book.names, book.lang)(zone_layer)
    link_layer = book.layer(links, "Relaties" if book.lang != "en" else "Links")
    values = [abs(f["change"]) for f in link_layer.getFeatures()]
    link_change_styler(max(values or [1.0]), book.lang)(link_layer)
    cities, provinces = book.base_layers()
    map_with_furniture(layout, book, frames, page, [cities, link_layer, provinces, zone_layer],
                       [zone_layer, link_layer], _bounds([zone_layer]))  # fmt: skip
    if chart:
        li.add_picture(layout, frames["chart"], chart, page, f"chart_{page + 1}")


def scenario_page(layout, book: Book, page: int, scenario: str, zones: str, rows: list[list[str]], header):
    """One scenario: zones that change dominant city and a table of the catchment change per city."""
    frames = _side_frames()
    texts = book.texts(pv.text("scenario_title", book.lang).format(scenario), pv.text("scenario_subtitle", book.lang))
    add_frame_texts(layout, frames, "map", page, texts)
    layer = book.layer(zones, "Scenario", f"\"scenario\" = '{scenario}'")
    reference = "basismodel" if book.lang != "en" else "the base model"
    zone_switch_styler(reference, book.names, book.lang)(layer)
    cities, provinces = book.base_layers()
    map_with_furniture(layout, book, frames, page, [cities, provinces, layer], [layer], _bounds([layer]))
    table = Frame(frames["chart"].x, frames["chart"].y, frames["chart"].w, frames["chart"].h)
    li.add_manual_table(layout, table, header, rows, page, f"scenario_table_{page + 1}", size=6.5)


def page_titles(layout) -> list[str]:
    """The title text of every page (the cover's title on the cover), in page order."""
    titles = [""] * layout.pageCollection().pageCount()
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and item.id() in ("title", "cover_title"):
            titles[item.page()] = item.text().replace("\n", " ")
    return titles


def finish_book(layout, book: Book, provenance: list[str], contents: bool = True) -> None:
    """Insert a contents page after the cover and put a provenance line and page number on every page."""
    if contents:
        titles = page_titles(layout)
        page = QgsLayoutItemPage(layout)
        w, h = page_size("table")
        page.setPageSize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        book.pulse()
        layout.pageCollection().insertPage(page, 1)  # moves every later page's items: the costliest call here
        book.pulse()
        frames = sheet_frames("table")
        add_frame_texts(layout, frames, "table", 1, book.texts(pv.text("contents_title", book.lang),
                                                               pv.text("contents_subtitle", book.lang)))  # fmt: skip
        rows = pv.contents_rows(titles[1:], 3)
        li.add_manual_table(layout, frames["table"], [pv.text("contents_title", book.lang), pv.text("page", book.lang)],
                            rows, 1, "contents", size=10)  # fmt: skip
        provenance = provenance[:1] + [provenance[0]] + provenance[1:]
    total = layout.pageCollection().pageCount()
    for n in range(total):
        book.pulse()
        kind = "table"
        w, h = page_size(kind)
        s = font_scale(kind)
        m = 10.0 * s
        left = w * 0.42 + m if n == 0 else m  # the cover's colour band fills the left of page 1
        strip = Frame(left, h - m + 2.5 * s, w - m - left - 30.0 * s, 4.0 * s)
        li.add_label(layout, strip, provenance[n] if n < len(provenance) else "", 5.5 * s, n, f"provenance_{n + 1}",
                     colour=li.MUTED)  # fmt: skip
        number = Frame(w - m - 30.0 * s, h - m + 2.5 * s, 30.0 * s, 4.0 * s)
        li.add_label(layout, number, pv.text("page_of", book.lang).format(n + 1, total), 6.5 * s, n,
                     f"page_number_{n + 1}", colour=li.MUTED, align=Qt.AlignmentFlag.AlignRight)  # fmt: skip


def _flow_summary(flows_uri: str) -> dict[str, tuple[list[int], str]]:
    """Theme code -> (sorted years, first non-empty source text) of a flow table, read in one pass."""
    layer = QgsVectorLayer(flows_uri, "flows", "ogr")
    names = layer.fields().names()
    if "theme" not in names:
        return {}
    return theme_summary(read_frame(layer, [n for n in ("theme", "year", "source") if n in names], "flows"))


_SUMMARIES: dict[tuple[str, int, int], dict[str, tuple[list[int], str]]] = {}


def _summary_key(flows_uri: str) -> tuple[str, int, int] | None:
    """The cache key of a flow table file's version (uri, mtime, size); None when the uri is not a file."""
    path = Path(flows_uri.split("|")[0])
    if not path.is_file():
        return None
    stat = path.stat()
    return flows_uri, stat.st_mtime_ns, stat.st_size


def flow_summary(flows_uri: str) -> dict[str, tuple[list[int], str]]:
    """_flow_summary, read once per file version (the map book asks for it per page and per theme)."""
    key = _summary_key(flows_uri)
    if key is None:
        return _flow_summary(flows_uri)
    if key not in _SUMMARIES:
        _SUMMARIES.clear()  # one flow table at a time is enough
        _SUMMARIES[key] = _flow_summary(flows_uri)
    return _SUMMARIES[key]


def remember_flow_summary(flows_uri: str, summary: dict[str, tuple[list[int], str]]) -> None:
    """Store the summary of a flow table its caller has read already (flow_summary then skips reading it again)."""
    key = _summary_key(flows_uri)
    if key is not None:
        _SUMMARIES.clear()
        _SUMMARIES[key] = summary


def flow_years(flows_uri: str) -> dict[str, list[int]]:
    """Theme code -> sorted years present in a flow table with theme and year fields (empty without them)."""
    return {code: years for code, (years, _) in flow_summary(flows_uri).items() if years}


def flow_source(flows_uri: str, code: str) -> str:
    """The 'source' text of a theme's flows (e.g. 'CBS StatLine, banen ...'), or 'CBS' when the table has none."""
    return flow_summary(flows_uri).get(code, ([], ""))[1] or "CBS"


def add_change_pages(layout, book: Book, flows: str, work: Path, run: Callable[[str, dict], dict]) -> list[str]:
    """Append a change page for every theme whose flows cover two or more years; returns their provenance lines."""
    version, lines = plugin_version(), []
    present = {str(f["code"]) for f in QgsVectorLayer(book.cities, "c", "ogr").getFeatures()}
    hema = ",".join(c for c in HEMA_CODES if c in present)
    for code, years in flow_years(flows).items():
        if code not in THEME_CODES or len(years) < 2:
            continue
        first, last = years[0], years[-1]
        book.pulse()
        series = work / f"series_{code}.gpkg"
        result = run("hema:compareperiods", {
            "FLOWS": flows, "THEME": THEME_CODES.index(code), "YEAR_FROM": first, "YEAR_TO": last,
            "ZONES": book.zones, "CITIES": book.cities, "CITY_CODES": hema, "TOP_N": 60,
            **{f"OUTPUT_{k.upper()}": str(work / f"change_{k}_{code}.gpkg") for k in ("links", "zones", "cities")},
            "OUTPUT_SERIES": str(series),
        })  # fmt: skip
        book.pulse()
        chart = str(work / f"series_{code}.png")
        frame = _series_frame(result["OUTPUT_SERIES"])
        series_chart(frame, book.names, chart, pv.text("chart_series", book.lang), book.lang, size_mm=(70, 92), cols=2,
                     tick=book.pulse)  # fmt: skip
        page = li.add_page(layout, "map")
        change_page(layout, book, page, code, (first, last), result["OUTPUT_ZONES"], result["OUTPUT_LINKS"], chart)
        method = pv.method_text("change", book.lang, year_from=first, year_to=last)
        lines.append(pv.provenance_line(flow_source(flows, code), method, version, book.lang))
    return lines


def add_scenario_pages(layout, book: Book, scenarios: str, parameters_file: str, work: Path, run) -> list[str]:
    """Append one page per scenario of hema:scenario (werk & studie preset or a calibrated parameter file)."""
    from ..core import scenario as sc
    from ..core.calibration import read_parameters
    from ..core.fmt import number, percent

    preset = theme("werk_studie")
    params = read_parameters(parameters_file) if parameters_file else {"alpha": preset.alpha, "beta": preset.beta}
    fitted = pv.method_text("scenario", book.lang, alpha=params["alpha"], beta=params["beta"])
    result = run("hema:scenario", {
        "ZONES": book.zones, "CITIES": book.cities, "SCENARIOS": scenarios, "THEME": 0,
        **({"PARAMETERS_FILE": parameters_file} if parameters_file else {}),
        "OUTPUT_ZONES": str(work / "scenario_zones.gpkg"), "OUTPUT_CITIES": str(work / "scenario_cities.gpkg"),
    })  # fmt: skip
    cities = QgsVectorLayer(result["OUTPUT_CITIES"], "c", "ogr")
    header = ["", "basis" if book.lang != "en" else "base", "scenario", "Δ"]
    lines, version = [], plugin_version()
    for sid in sc.scenario_ids(sc.parse_changes(scenarios)):
        rows = []
        for f in cities.getFeatures():
            if f["scenario"] == sid and (f["code"] in HEMA_CODES or abs(f["change"]) >= 0.005 * f["catchment"]):
                rows.append([book.names.get(f["code"], f["name"]), number(f["catchment_base"], 0, book.lang),
                             number(f["catchment"], 0, book.lang), percent(f["rel_change"], 1, book.lang)])  # fmt: skip
        page = li.add_page(layout, "map")
        scenario_page(layout, book, page, sid, result["OUTPUT_ZONES"], rows[:14], header)
        lines.append(pv.provenance_line("CBS", fitted, version, book.lang))
    return lines


def _series_frame(uri: str):
    import pandas as pd

    layer = QgsVectorLayer(uri, "series", "ogr")
    cols = ["year", "code", "indicator", "partner", "value"]
    rows = [[None if f[c] is None or str(f[c]) == "NULL" else f[c] for c in cols] for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=cols)


def book_provenance(book: Book, flows: str, themes: list[str], n_cities: int) -> list[str]:
    """Provenance lines of the standard pages: cover, overview, themes, city sheets, comparison, indicator pages."""
    version, lang = plugin_version(), book.lang
    years = flow_years(flows).get("werk_studie", [])  # the overview, city sheets and table show work flows
    work = pv.method_text("observed", lang, year=years[-1] if years else "")
    source = flow_source(flows, "werk_studie")
    presets = {t.code: t for t in THEMES}
    lines = [pv.provenance_line("CBS, GeoNames, Natural Earth", "", version, lang)]
    lines.append(pv.provenance_line(source, work, version, lang))
    all_years = flow_years(flows)
    for code in themes:
        if code in book.modelled:
            method = pv.method_text("huff", lang, alpha=presets[code].alpha, beta=presets[code].beta)
            lines.append(pv.provenance_line("CBS", method, version, lang))
        else:  # observed: the theme's own source and its latest year (the year its catchments are drawn for)
            seen = all_years.get(code, [])
            method = pv.method_text("observed", lang, year=seen[-1] if seen else "")
            lines.append(pv.provenance_line(flow_source(flows, code), method, version, lang))
    lines += [pv.provenance_line(source, work, version, lang)] * n_cities
    lines.append(pv.provenance_line(source, work + "; " + ("Huff per thema" if lang != "en" else "Huff per theme"),
                                    version, lang))  # fmt: skip
    # the indicator pages (printlayout/indicator_pages.py): one per theme and their comparison table
    indicators = pv.provenance_line(pv.text("indicator_source", lang), pv.text("indicator_method", lang), version, lang)
    lines += [indicators] * (len(themes) + 1)
    return lines
