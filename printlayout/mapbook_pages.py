"""The pages of the map book 'Perspectief op Drentse steden', built on one multi-page print layout."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsProject, QgsRectangle, QgsVectorLayer

from ..core.cities import HEMA_CODES
from ..core.layoutgeom import fit_extent, keep_points_inside, scalebar_segment_km, sheet_frames
from ..core.layouttext import footnote, sources_line, text, unit_text
from ..core.themes import theme
from ..i18n import tr
from ..styling.renderers import categorised_by_city
from . import items as li
from . import style as st
from .indicator_pages import add_indicator_pages
from .templates import add_frame_texts

BOOK_SOURCES = ("cbs", "kadaster", "geonames", "naturalearth")


@dataclass
class Book:
    """Everything the pages need: a private project holding the page layers, sources, language, texts."""

    cities: str
    zones: str
    provinces: str
    links: str
    catchments: dict[str, str]
    modelled: list[str]
    names: dict[str, str]
    observed: dict[str, tuple[int, str]] = field(default_factory=dict)
    lang: str = "nl"
    date: str = ""
    project: QgsProject = field(default_factory=QgsProject)
    tick: Callable[[], None] | None = None  # called between the steps of building a page (a dialog repaints)
    work: Path | None = None  # folder for the pages' chart files, removed by the caller after the export

    def pulse(self) -> None:
        """Call tick, if set: a waiting progress dialog repaints between the costly steps of building a page."""
        if self.tick is not None:
            self.tick()

    def layer(self, uri: str, name: str, subset: str = "") -> QgsVectorLayer:
        """A new layer instance of uri (own style per page), owned by the book's project."""
        self.pulse()
        # the subset goes into the URI: setSubsetString() reopens a GeoPackage for update and rewrites its header
        layer = QgsVectorLayer(f"{uri}|subset={subset}" if subset else uri, name, "ogr")
        self.project.addMapLayer(layer, False)
        return layer

    def t(self, key: str) -> str:
        """Map text in the book's language."""
        return text(key, self.lang)

    def note(self, *parts: str) -> str:
        """A page footnote: the given parts and the municipal division of the zones."""
        return " ".join([p for p in parts if p] + [self.t("footnote_boundaries")])

    def what(self, code: str) -> str:
        """What the observed flows of a theme are: 'verhuisde personen, CBS 2018'."""
        year, unit = self.observed[code]
        unit = unit_text(unit, self.lang)
        if code == "vervoer":
            unit = self.t("public_transport")
        if not year:  # a flow table without years
            return f"{self.t('observed')}: {unit}"
        return self.t("observed_what").format(unit, year)

    def texts(self, title: str, subtitle: str, note: str = "") -> dict[str, str]:
        """Static texts of one page."""
        return {
            "title": title,
            "subtitle": subtitle,
            "date": self.date,
            "sources": sources_line(BOOK_SOURCES, self.lang),
            "footnote": note,
        }

    def base_layers(self, label_roles=("hema", "referentie", "regio", "grens")):
        """City points and province outlines of a page, styled."""
        cities = self.layer(self.cities, "Steden" if self.lang != "en" else "Cities")
        st.style_cities(cities, self.lang, label_roles)
        provinces = self.layer(self.provinces, "Provincies" if self.lang != "en" else "Provinces")
        st.style_provinces(provinces, self.lang)
        return cities, provinces


def _bounds(layers) -> tuple[float, float, float, float]:
    rect = QgsRectangle()  # null on 3.22 (0,0,0,0) and on 3.34+ (setMinimal/setNull are not needed)
    for layer in layers:
        layer.updateExtents()
        rect.combineExtentWith(layer.extent())
    return rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()


def map_with_furniture(layout, book: Book, frames, page: int, layers, legend_layers, bounds, margin=0.04, columns=1):
    """Map (extent fitted to the frame), legend filtered to the map, scale bar and north arrow on a page.

    layers[0] is the city layer: no city point is left on the map frame, cut in half and unlabelled.
    """
    frame = frames["map"]
    extent = fit_extent(bounds, frame.w, frame.h, margin)
    points = [f.geometry().asPoint() for f in layers[0].getFeatures() if f.hasGeometry()]
    extent = keep_points_inside(extent, [p.x() for p in points], [p.y() for p in points], frame.w, frame.h)
    map_item = li.add_map(layout, frame, extent, layers, page, f"map_{page + 1}")
    li.add_legend(
        layout, frames["legend"], map_item, book.t("legend"), legend_layers, page, columns, f"legend_{page + 1}"
    )
    segment = scalebar_segment_km(extent[2] - extent[0], frame.w)
    li.add_scalebar(layout, frames["scalebar"], map_item, segment, book.lang, page)
    li.add_north(layout, frames["north"], map_item, page)
    return map_item


def cover_page(layout, book: Book, page: int) -> None:
    """Cover: title band in the accent colour and a map of the cities in their province."""
    frames = sheet_frames("cover")
    li.add_box(layout, frames["band"], li.ACCENT, page, "cover_band")
    li.add_label(layout, frames["title"], book.t("book_title"), 30, page, "cover_title", bold=True, colour="#ffffff")
    subtitle = book.t("book_subtitle") + "\n\n" + book.t("publisher")
    li.add_label(layout, frames["subtitle"], subtitle, 12, page, "cover_subtitle", colour="#ffffff")
    li.add_label(layout, frames["date"], book.date, 9, page, "cover_date", colour="#ffffff")
    li.add_label(layout, frames["sources"], sources_line(BOOK_SOURCES, book.lang), 6.5, page, "cover_sources")
    zones = book.layer(book.zones, "zones")
    st.style_plain_zones(zones)
    cities, provinces = book.base_layers(("hema",))
    li.add_map(
        layout,
        frames["map"],
        fit_extent(_bounds([cities]), frames["map"].w, frames["map"].h, 0.12),
        [cities, provinces, zones],
        page,
        "cover_map",
    )


def overview_page(layout, book: Book, page: int) -> None:
    """Overview of the HEMA network: cities and the largest commuting links between them."""
    frames = sheet_frames("map")
    add_frame_texts(
        layout,
        frames,
        "map",
        page,
        book.texts(
            book.t("overview_title"), book.t("overview_subtitle"), book.note(footnote([], False, book.lang, links=True))
        ),
    )
    zones = book.layer(book.zones, "zones")
    st.style_plain_zones(zones)
    links = book.layer(book.links, "Pendel (banen)" if book.lang != "en" else "Commuting (jobs)")
    st.style_links(links, _values(links), book.lang)
    cities, provinces = book.base_layers()
    map_with_furniture(
        layout, book, frames, page, [cities, links, provinces, zones], [cities, links], _bounds([cities, zones])
    )


def theme_page(layout, book: Book, page: int, code: str) -> None:
    """Catchment areas of all cities for one theme; observed where the flows have the theme, else modelled."""
    frames = sheet_frames("theme")
    label = theme(code).label(book.lang)
    if code in book.observed:
        kind = book.what(code)
        what = f"{label} ({book.t('public_transport')})" if code == "vervoer" else label
        note = book.note(book.t("footnote_observed").format(what))
    else:
        kind = book.t("modelled")
        note = book.note(footnote([label], False, book.lang))
    add_frame_texts(
        layout,
        frames,
        "theme",
        page,
        book.texts(book.t("theme_title").format(label), book.t("theme_subtitle").format(kind), note),
    )
    title = ("Verzorgingsgebied " if book.lang != "en" else "Catchment ") + label
    catch = book.layer(book.catchments[code], title)
    categorised_by_city(catch, language=book.lang, label=False)
    cities, provinces = book.base_layers()
    map_with_furniture(
        layout, book, frames, page, [cities, provinces, catch], [catch, cities], _bounds([catch]), columns=2
    )


def city_page(layout, book: Book, page: int, code: str, figures, chart: str) -> None:
    """Fact sheet of one city: its (observed work) catchment and links, key figures table, theme chart."""
    frames = sheet_frames("city")
    name = book.names.get(code, code)
    add_frame_texts(
        layout,
        frames,
        "city",
        page,
        book.texts(
            name,
            book.t("city_subtitle").format(book.t("book_title")),
            book.note(footnote([theme(t).label(book.lang) for t in book.modelled], False, book.lang)),
        ),
    )
    catch = book.layer(book.catchments["werk_studie"], name)
    st.style_highlight(catch, code, name, book.lang)
    links = book.layer(
        book.links,
        "Pendel (banen)" if book.lang != "en" else "Commuting (jobs)",
        f"\"origin\" = '{code}' OR \"destination\" = '{code}'",
    )
    st.style_links(links, _values(links), book.lang)
    cities, provinces = book.base_layers()
    own = book.layer(book.catchments["werk_studie"], "own", f"\"dom_code\" = '{code}' AND \"band\" <> 'none'")
    bounds = _bounds([own, links] if links.featureCount() else [own])
    map_with_furniture(
        layout, book, frames, page, [cities, links, provinces, catch], [catch, links, cities], bounds, margin=0.15
    )
    rows = [[ind, val] for ind, val in zip(figures["indicator"], figures["value"])]
    li.add_manual_table(layout, frames["table"], [book.t("key_figures"), ""], rows, page, f"table_{page + 1}")
    li.add_picture(layout, frames["chart"], chart, page, f"chart_{page + 1}")


def table_page(layout, book: Book, page: int, header, rows) -> None:
    """Comparison of the cities in one table."""
    frames = sheet_frames("table")
    add_frame_texts(
        layout,
        frames,
        "table",
        page,
        book.texts(
            book.t("table_title"),
            book.t("table_subtitle"),
            book.note(footnote([theme(t).label(book.lang) for t in book.modelled], False, book.lang)),
        ),
    )
    li.add_manual_table(layout, frames["table"], header, rows, page, "comparison", size=10.5)


def _values(layer: QgsVectorLayer) -> list[float]:
    idx = layer.fields().lookupField("value")
    return [float(f[idx]) for f in layer.getFeatures()] if idx >= 0 else []


def build_book(book: Book, figures, comparison, charts: dict[str, str], themes: list[str], feedback=None):
    """The whole map book as one layout: cover, overview, a page per theme, a sheet per HEMA city, comparison."""
    hema = [c for c in HEMA_CODES if c in charts]
    pages = 3 + len(themes) + len(hema)
    layout = li.new_layout(book.project, book.t("book_title"), "map", pages=pages)

    def building(page: int, message: str = "") -> None:  # each page's text lets a waiting dialog repaint, cancel
        if feedback is not None:
            message = message or tr("Building page {} of {}").format(page + 1, pages)
            feedback.setProgressText(message)
            book.tick = lambda: feedback.setProgressText(message)

    building(0)
    cover_page(layout, book, 0)
    building(1)
    overview_page(layout, book, 1)
    for n, code in enumerate(themes):
        building(2 + n)
        theme_page(layout, book, 2 + n, code)
    for n, code in enumerate(hema):
        building(2 + len(themes) + n)
        city_page(layout, book, 2 + len(themes) + n, code, figures[figures["code"] == code], charts[code])
    building(pages - 1)
    table_page(layout, book, 2 + len(themes) + len(hema), *comparison)
    building(pages, tr("Building the indicator pages"))
    add_indicator_pages(layout, book, themes)
    return layout
