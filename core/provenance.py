"""Provenance lines, contents and the change/scenario page texts of the map book, in Dutch and English."""

from __future__ import annotations

from .fmt import _lang, number

TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "contents_title": "Inhoud",
        "contents_subtitle": "Kaarten, stadsbladen en tabellen van dit kaartenboek",
        "page": "Pagina",
        "page_of": "pagina {} van {}",
        "observed": "waargenomen {}",
        "huff_preset": "Huff-model α {} β {} (themaverstek)",
        "huff_fitted": "Huff-model α {} β {} (gekalibreerd op {})",
        "change": "verandering {} → {}",
        "scenario": "scenario's op Huff-model α {} β {}",
        "data": "Gegevens",
        "method": "methode",
        "change_title": "Verandering {} – {}: {}",
        "change_subtitle": "Zones die van stad wisselden en relaties die groeiden (blauw) of krompen (rood)",
        "change_note": (
            "Klassen en schaal zijn in beide jaren gelijk. Gemeentelijke herindelingen zijn via een "
            "codeconversietabel samengevoegd. Zelfvoorziening en oriëntatie over alle jaren rechts."
        ),
        "scenario_title": "Wat als: {}",
        "scenario_subtitle": "Zones die in het scenario van dominante stad wisselen en het effect per stad",
        "chart_series": "Zelfvoorziening en oriëntatie",
        "indicator_source": "CBS kerncijfers 2022, Wijk- en buurtkaart 2015/2018",
        "indicator_method": "indicatoren tegen Drenthe en Nederland, gewogen naar hun basis",
    },
    "en": {
        "contents_title": "Contents",
        "contents_subtitle": "Maps, city sheets and tables of this map book",
        "page": "Page",
        "page_of": "page {} of {}",
        "observed": "observed {}",
        "huff_preset": "Huff model α {} β {} (theme preset)",
        "huff_fitted": "Huff model α {} β {} (fitted on {})",
        "change": "change {} → {}",
        "scenario": "scenarios on Huff model α {} β {}",
        "data": "Data",
        "method": "method",
        "change_title": "Change {} – {}: {}",
        "change_subtitle": "Zones that switched city and links that grew (blue) or shrank (red)",
        "change_note": (
            "Classes and scales are the same in both years. Municipal re-divisions are merged with a code "
            "conversion table. Self-containment and orientation over all years on the right."
        ),
        "scenario_title": "What if: {}",
        "scenario_subtitle": "Zones that change dominant city in the scenario and the effect per city",
        "chart_series": "Self-containment and orientation",
        "indicator_source": "CBS key figures 2022, Wijk- en buurtkaart 2015/2018",
        "indicator_method": "indicators against Drenthe and the Netherlands, weighted by their base",
    },
}


def text(key: str, lang: str = "nl") -> str:
    """One map-book text in the given language."""
    return TEXT[_lang(lang)][key]


def method_text(kind: str, lang: str = "nl", **values) -> str:
    """The method part of a provenance line: observed <year>, Huff preset/fitted, change, scenario."""
    if kind == "observed":
        return text("observed", lang).format(values["year"])
    if kind == "change":
        return text("change", lang).format(values["year_from"], values["year_to"])
    alpha, beta = number(values["alpha"], 2, lang), number(values["beta"], 2, lang)
    if kind == "huff" and values.get("fitted_on"):
        return text("huff_fitted", lang).format(alpha, beta, values["fitted_on"])
    if kind == "huff":
        return text("huff_preset", lang).format(alpha, beta)
    if kind == "scenario":
        return text("scenario", lang).format(alpha, beta)
    raise KeyError(f"unknown method kind {kind!r}")


def provenance_line(source: str, method: str, version: str, lang: str = "nl") -> str:
    """'Gegevens: <source> · methode: <method> · HEMA Steden <version>' for the foot of a page."""
    parts = [f"{text('data', lang)}: {source}" if source else "", f"{text('method', lang)}: {method}" if method else ""]
    return " · ".join([p for p in parts if p] + [f"HEMA Steden {version}"])


def contents_rows(titles: list[str], first_number: int) -> list[list[str]]:
    """Rows [title, page number] of a contents table for pages numbered from first_number."""
    return [[title, str(first_number + k)] for k, title in enumerate(titles)]
