"""Map text of the layouts and the map book in Dutch (default) and English: titles, sources, footnotes."""

from __future__ import annotations

from .fmt import _lang

TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "book_title": "Perspectief op Drentse steden",
        "book_subtitle": "Verzorgingsgebieden en netwerken van Hoogeveen, Emmen, Meppel en Assen",
        "publisher": "Provincie Drenthe · HEMA Steden",
        "map_title": "Drentse steden in hun netwerk",
        "map_subtitle": "HEMA-steden, referentiesteden en grenssteden",
        "overview_title": "Het HEMA-netwerk",
        "overview_subtitle": "Steden en de belangrijkste pendelrelaties (werk & studie, banen 2014)",
        "theme_title": "Verzorgingsgebieden: {}",
        "theme_subtitle": "Per zone de stad met het grootste aandeel ({})",
        "observed": "waargenomen",
        "modelled": "gemodelleerd",
        "observed_what": "waargenomen: {}, CBS {}",
        "public_transport": "woon-werkpendel per trein en overig ov",
        "footnote_observed": (
            "Waargenomen {}: aandeel = stroom van de zone naar de stad / alle stromen van de zone, ook naar "
            "gemeenten buiten het kaartbeeld (volledige totalen)."
        ),
        "city_title": "{}",
        "city_subtitle": "Verzorgingsgebied en relaties · {}",
        "table_title": "Vergelijking van de HEMA-steden en referentiesteden",
        "table_subtitle": (
            "Inwoners van de stad en van het verzorgingsgebied per thema, zelfvoorziening werk en voorgesteld "
            "perspectief"
        ),
        "key_figures": "Kerncijfers",
        "legend": "Legenda",
        "layer_cities": "Steden",
        "layer_zones": "Zones",
        "layer_provinces": "Provincies",
        "layer_catchments": "Verzorgingsgebieden",
        "chart_title": "Aandeel in de regio per thema",
        "indicator": "Kenmerk",
        "value": "Waarde",
        "city": "Stad",
        "population": "Inwoners",
        "catchment_pop": "Inwoners verzorgingsgebied {}",
        "self_containment": "Zelfvoorziening werk (eigen inwoners)",
        "partners": "Belangrijkste partners (aandeel uitgaande pendel)",
        "perspective": "Voorgesteld perspectief (essay)",
        "self_containment_short": "Zelfvoorziening werk",
        "perspective_short": "Perspectief",
        "date": "Datum: {}",
        "source_prefix": "Bronnen: ",
        "footnote_modelled": (
            "Let op: gemodelleerde gegevens. Verzorgingsgebieden voor {} zijn berekend met het Huff-model "
            "(aantrekkelijkheid = inwoners, afstandsverval per thema) en niet waargenomen."
        ),
        "footnote_schematic": (
            "Schematisch: zones zijn vereenvoudigde cellen (Voronoi) rond de gemeentekernen, geen gemeentegrenzen."
        ),
        "footnote_boundaries": "Zones: gemeenten op de indeling van 1 januari 2018 (Kadaster / CBS 2018).",
        "footnote_links": "Lijndikte naar aantal banen (woon-werk, CBS 2014); alleen de grootste relaties.",
        "poster_about": (
            "De vier Drentse HEMA-steden Assen, Emmen, Hoogeveen en Meppel in hun netwerk: Groningen, Zwolle en "
            "Leeuwarden als referentiesteden, de regionale kernen Roden, Beilen, Coevorden en Hardenberg en de "
            "Duitse grenssteden Meppen, Nordhorn en Lingen.\n\nVerzorgingsgebieden per thema en de kerncijfers "
            "per stad staan in de kaartenreeks 'Perspectief op Drentse steden'."
        ),
    },
    "en": {
        "book_title": "Perspective on Drenthe's cities",
        "book_subtitle": "Catchment areas and networks of Hoogeveen, Emmen, Meppel and Assen",
        "publisher": "Province of Drenthe · HEMA Steden",
        "map_title": "Drenthe's cities in their network",
        "map_subtitle": "HEMA cities, reference cities and border towns",
        "overview_title": "The HEMA network",
        "overview_subtitle": "Cities and the main commuting links (work & study, jobs 2014)",
        "theme_title": "Catchment areas: {}",
        "theme_subtitle": "For each zone the city with the largest share ({})",
        "observed": "observed",
        "modelled": "modelled",
        "observed_what": "observed: {}, CBS {}",
        "public_transport": "commuting by train and other public transport",
        "footnote_observed": (
            "Observed {}: share = flow from the zone to the city / all flows of the zone, including those to "
            "municipalities beyond the map (complete totals)."
        ),
        "city_title": "{}",
        "city_subtitle": "Catchment area and links · {}",
        "table_title": "The HEMA cities and reference cities compared",
        "table_subtitle": (
            "Population of the city and of its catchment area per theme, work self-containment and suggested "
            "perspective"
        ),
        "key_figures": "Key figures",
        "legend": "Legend",
        "layer_cities": "Cities",
        "layer_zones": "Zones",
        "layer_provinces": "Provinces",
        "layer_catchments": "Catchment areas",
        "chart_title": "Share of the region per theme",
        "indicator": "Indicator",
        "value": "Value",
        "city": "City",
        "population": "Population",
        "catchment_pop": "Catchment population {}",
        "self_containment": "Work self-containment (own residents)",
        "partners": "Main partners (share of outgoing commuting)",
        "perspective": "Suggested perspective (essay)",
        "self_containment_short": "Work self-containment",
        "perspective_short": "Perspective",
        "date": "Date: {}",
        "source_prefix": "Sources: ",
        "footnote_modelled": (
            "Note: modelled data. Catchment areas for {} are computed with the Huff model "
            "(attractiveness = population, distance decay per theme), not observed."
        ),
        "footnote_schematic": (
            "Schematic: zones are simplified (Voronoi) cells around the municipal centres, not municipal boundaries."
        ),
        "footnote_boundaries": "Zones: municipalities as of 1 January 2018 (Kadaster / CBS 2018).",
        "footnote_links": "Line width by number of jobs (home-work, CBS 2014); largest links only.",
        "poster_about": (
            "The four Drenthe HEMA cities Assen, Emmen, Hoogeveen and Meppel in their network: Groningen, Zwolle "
            "and Leeuwarden as reference cities, the regional centres Roden, Beilen, Coevorden and Hardenberg and "
            "the German border towns Meppen, Nordhorn and Lingen.\n\nCatchment areas per theme and the key "
            "figures per city are in the map book 'Perspective on Drenthe's cities'."
        ),
    },
}

SOURCES: dict[str, dict[str, str]] = {
    "cbs": {"nl": "CBS (CC BY 4.0)", "en": "Statistics Netherlands CBS (CC BY 4.0)"},
    "kadaster": {
        "nl": "Kadaster / CBS 2018 (gemeenten), 2016 (provincies)",
        "en": "Kadaster / CBS 2018 (municipalities), 2016 (provinces)",
    },
    "geonames": {"nl": "GeoNames (CC BY 4.0)", "en": "GeoNames (CC BY 4.0)"},
    "naturalearth": {"nl": "Natural Earth (publiek domein)", "en": "Natural Earth (public domain)"},
}


def text(key: str, lang: str = "nl") -> str:
    """One map text in the given language."""
    return TEXT[_lang(lang)][key]


def sources_line(keys: tuple[str, ...] | list[str], lang: str = "nl") -> str:
    """The sources and licences line of a page, e.g. 'Bronnen: CBS (CC BY 4.0), Kadaster / CBS ...'."""
    unknown = [k for k in keys if k not in SOURCES]
    if unknown:
        raise KeyError(f"unknown source {unknown[0]!r}; valid sources: {', '.join(SOURCES)}")
    lang = _lang(lang)
    return text("source_prefix", lang) + ", ".join(SOURCES[k][lang] for k in keys) + "."


UNITS = {"banen": "jobs", "verhuisde personen": "persons moving", "pendelaars": "commuters"}


def unit_text(unit: str, lang: str = "nl") -> str:
    """A flow unit of the bundled data in the language ('banen' -> 'jobs')."""
    return UNITS.get(unit, unit) if _lang(lang) == "en" else unit


def footnote(modelled_themes: list[str], schematic: bool, lang: str = "nl", links: bool = False) -> str:
    """Footnote for a page: modelled themes (labels), schematic zones and flow-line widths, as needed."""
    parts = []
    if modelled_themes:
        parts.append(text("footnote_modelled", lang).format(", ".join(modelled_themes)))
    if schematic:
        parts.append(text("footnote_schematic", lang))
    if links:
        parts.append(text("footnote_links", lang))
    return " ".join(parts)
