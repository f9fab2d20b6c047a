#!/usr/bin/env python3
"""Build the HTML help pages resources/help/{en,nl}/<algorithm>.html and index.html from the algorithms themselves.

Each page holds the algorithm's display name, its shortHelpString, every parameter with its help text, and the
worked example of resources/help/examples.json. Dutch pages are read from the algorithms with the plugin's Dutch
translator installed (resources/i18n/hema_steden_nl.qm), as a Dutch QGIS shows them. Run after changing help texts:
python3 scripts/build_help.py [--check]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELP = ROOT / "resources" / "help"
EXAMPLES = HELP / "examples.json"
NL = ROOT / "resources" / "i18n" / "nl.json"
WORDS = {
    "en": {
        "title": "HEMA Steden — help",
        "params": "Parameters",
        "example": "Worked example",
        "about": "How it works",
        "index": "All HEMA Steden algorithms",
        "panel": "The HEMA Steden panel",
        "back": "Index",
        "panel_text": (
            "<ol><li><b>Load</b> the bundled data (or a GeoPackage, PostGIS or project layers). The results of every "
            "step are kept in one GeoPackage beside the saved project (or in the folder chosen in the settings); an "
            "unsaved project asks once where to keep them.</li>"
            "<li>Choose a <b>theme</b> and a <b>method</b>: observed flows (where flows exist), the Huff model or "
            "Huff fitted to the observed flows. The header says which theme, method and year the map shows; "
            "another theme switches the map.</li>"
            "<li><b>Catchments</b>, <b>Links</b> and <b>City profile</b> add their layers; a rerun replaces the "
            "step's earlier result of the same theme, never a layer you edited.</li>"
            "<li>The <b>Results</b> tab shows catchment population (zones in band own, primary, secondary or "
            "contested), self-containment, top partner and perspective; copy or export them as CSV and PNG.</li>"
            "<li><b>Export atlas</b> writes the map book PDF with a progress dialog; Cancel stops between pages."
            "</li></ol>"
        ),
    },
    "nl": {
        "title": "HEMA Steden — help",
        "params": "Parameters",
        "example": "Uitgewerkt voorbeeld",
        "about": "Hoe het werkt",
        "index": "Alle algoritmen van HEMA Steden",
        "panel": "Het paneel HEMA Steden",
        "back": "Inhoud",
        "panel_text": (
            "<ol><li><b>Laad</b> de meegeleverde gegevens (of een GeoPackage, PostGIS of projectlagen). De "
            "resultaten van elke stap worden bewaard in één GeoPackage naast het opgeslagen project (of in de map uit "
            "de instellingen); bij een nog niet opgeslagen project vraagt het paneel één keer waar.</li>"
            "<li>Kies een <b>thema</b> en een <b>methode</b>: waargenomen stromen (waar die er zijn), het Huff-model "
            "of Huff geschat op de waarneming. De kop zegt welk thema, welke methode en welk jaar de kaart toont; "
            "een ander thema wisselt de kaart.</li>"
            "<li><b>Verzorgingsgebieden</b>, <b>Verbindingen</b> en <b>Stadsprofiel</b> voegen hun lagen toe; "
            "opnieuw draaien vervangt het eerdere resultaat van die stap en dat thema, nooit een laag die u "
            "bewerkte.</li>"
            "<li>Het tabblad <b>Resultaten</b> toont inwoners van het verzorgingsgebied (zones in band eigen, "
            "primair, secundair of betwist), zelfvoorziening, belangrijkste partner en perspectief; kopieer ze of "
            "exporteer ze als CSV en PNG.</li>"
            "<li><b>Atlas exporteren</b> schrijft het kaartenboek als PDF met een voortgangsvenster; Annuleren "
            "stopt tussen twee pagina's.</li></ol>"
        ),
    },
}
STYLE = (
    "body{font-family:sans-serif;max-width:48em;margin:1.5em auto;line-height:1.45;color:#222}"
    "h1{color:#c8102e;font-size:1.5em}dt{font-weight:bold;margin-top:.6em}"
    ".example{background:#f4f4f4;border-left:4px solid #c8102e;padding:.6em 1em}code{font-size:.9em}"
)


def _text(text: str, lang: str, dutch: dict[str, str]) -> str:
    return dutch.get(text, text) if lang == "nl" else text


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip())


def page(alg, lang: str, dutch: dict[str, str], example: str) -> str:
    """The HTML help page of one algorithm (texts as the English source; Dutch through the catalogue)."""
    words = WORDS[lang]
    name = _text(alg.english_name, lang, dutch)
    params = "".join(
        f"<dt>{html.escape(_text(d, lang, dutch))} <code>{n}</code></dt><dd>{html.escape(_text(h, lang, dutch))}</dd>"
        for n, d, h in alg.english_params
    )
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{html.escape(name)}</title>"
        f"<style>{STYLE}</style></head><body><p><a href='index.html'>{words['back']}</a></p>"
        f"<h1>{html.escape(name)}</h1>"
        f"<h2>{words['example']}</h2><div class='example'><p>{example}</p></div>"  # what it does, before the formulas
        f"<h2>{words['about']}</h2>{_paragraphs(_text(alg.english_help, lang, dutch))}"
        f"<h2>{words['params']}</h2><dl>{params}</dl></body></html>\n"
    )


def index(algs, lang: str, dutch: dict[str, str]) -> str:
    """The index page: how to use the panel, then a link to every algorithm's page."""
    words = WORDS[lang]
    items = "".join(
        f"<li><a href='{a.name}.html'>{html.escape(_text(a.english_name, lang, dutch))}</a></li>" for a in algs
    )
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{words['title']}</title>"
        f"<style>{STYLE}</style></head><body><h1>{words['panel']}</h1>{words['panel_text']}"
        f"<h2>{words['index']}</h2><ul>{items}</ul></body></html>\n"
    )


class Described:
    """An algorithm's English texts (read with the translator removed)."""

    def __init__(self, alg):
        self.name = alg.name()
        self.english_name = alg.displayName()
        self.english_help = alg.shortHelpString()
        self.english_params = [(p.name(), p.description(), p.help()) for p in alg.parameterDefinitions()]


def build(check: bool = False) -> list[str]:
    """Write (or, with check, compare) every help page; returns the pages that differ."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import headless

    headless.start(provider=False)
    from hema_steden.algorithms.provider import algorithm_classes

    dutch: dict[str, str] = {}  # texts come translated from the algorithms themselves
    examples = json.loads(EXAMPLES.read_text(encoding="utf-8"))
    from hema_steden.i18n import install_translator, remove_translators

    stale = []
    for lang in ("en", "nl"):
        if lang == "nl":
            install_translator("nl")  # the algorithms' own Dutch, as QGIS shows it in a Dutch interface
        algs = []
        for cls in algorithm_classes():
            instance = cls()
            instance.initAlgorithm()
            algs.append(Described(instance))
        remove_translators()
        missing = [a.name for a in algs if a.name not in examples]
        if missing:
            raise SystemExit(f"no worked example in {EXAMPLES} for: {', '.join(missing)}")
        folder = HELP / lang
        folder.mkdir(parents=True, exist_ok=True)
        pages = {f"{a.name}.html": page(a, lang, dutch, examples[a.name][lang]) for a in algs}
        pages["index.html"] = index(algs, lang, dutch)
        for file_name, content in pages.items():
            target = folder / file_name
            if not target.exists() or target.read_text(encoding="utf-8") != content:
                stale.append(str(target.relative_to(ROOT)))
                if not check:
                    target.write_text(content, encoding="utf-8")
    return stale


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when a page is out of date")
    stale = build(parser.parse_args().check)
    print(f"{len(stale)} help page(s) {'out of date' if parser.parse_args().check else 'written'}")
    sys.exit(1 if stale and parser.parse_args().check else 0)
