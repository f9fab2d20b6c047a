import re
import unicodedata

import processing
import pytest
from helpers.pdfcheck import flat_text, ink_shares, page_count, page_text, page_title
from hema_steden.core.themes import THEMES
from qgis.core import QgsApplication, QgsProcessingException

NEEDED = ("hema:catchmentsobserved", "hema:catchmentshuff", "hema:flowlines", "hema:cityprofile")
HEMA = ("Assen", "Emmen", "Hoogeveen", "Meppel")
INDICATOR_PAGES = len(THEMES) + 1  # an indicator page per theme and the indicator comparison table (issue 11)
CHANGE_PAGES = 1  # the bundled flows hold two years of one theme (wonen: moves 2015 and 2018): one change page


@pytest.fixture()
def chain(plugin):
    missing = [a for a in NEEDED if QgsApplication.processingRegistry().algorithmById(a) is None]
    if missing:
        pytest.skip(f"map book needs {', '.join(missing)} (merged from the catchment and network branches)")


def test_mapbook_dutch(chain, context, feedback, tmp_path):
    out = tmp_path / "boek.pdf"
    result = processing.run("hema:mapbook", {"DPI": 72, "OUTPUT": str(out)}, context=context, feedback=feedback)
    n_themes = len(THEMES)
    # cover, contents, overview, a catchment page per theme, a sheet per city, the table, the indicator pages, change
    assert result["PAGES"] == 4 + n_themes + len(HEMA) + INDICATOR_PAGES + CHANGE_PAGES == page_count(out)
    every = [page_text(out, n) for n in range(1, result["PAGES"] + 1)]
    texts = every[:-CHANGE_PAGES]
    assert "Verandering 2015 – 2018: wonen" in unicodedata.normalize("NFKC", every[-1])
    assert "Perspectief op Drentse steden" in flat_text(out, 1)
    assert "Inhoud" in texts[1] and re.search(r"Het HEMA-netwerk\s+3", texts[1])
    assert "Het HEMA-netwerk" in texts[2]
    for n, t in enumerate(THEMES):
        assert f"Verzorgingsgebieden: {t.label_nl}" in texts[3 + n]
        # observed wherever the bundled flows have the theme: werk & studie 2014, wonen 2018, vervoer 2016
        observed = t.code in ("werk_studie", "wonen", "vervoer")
        assert ("gemodelleerde gegevens" in texts[3 + n]) == (not observed)
        assert ("(waargenomen:" in texts[3 + n]) == observed
        # provenance: observed with its latest year, or the Huff preset with its parameters
        preset = f"Huff-model α {t.alpha:.2f} β {t.beta:.2f}".replace(".", ",")
        year = {"werk_studie": 2014, "wonen": 2018, "vervoer": 2016}.get(t.code)
        found = unicodedata.normalize("NFKC", flat_text(out, 4 + n))  # the PDF text has the ligature 'ﬀ'
        assert (f"waargenomen {year}" if observed else preset) in found
    city_pages = texts[3 + n_themes : 3 + n_themes + len(HEMA)]
    for k, (name, page) in enumerate(zip(HEMA, city_pages)):
        assert page_title(out, 4 + n_themes + k).startswith(name), page[:80]
        assert "Kerncijfers" in page and "Zelfvoorziening werk" in page
    for page in texts[2 : -INDICATOR_PAGES - 1] + texts[-INDICATOR_PAGES:-1]:
        assert "Legenda" in page
    for page in texts[:-INDICATOR_PAGES]:
        assert "Bronnen: CBS (CC BY 4.0)" in page and "Natural Earth" in page and "Kadaster / CBS 2018" in page
    for page in every:
        assert "Schematisch" not in page
    for n, page in enumerate(every, start=1):
        assert f"pagina {n} van {result['PAGES']}" in page and "HEMA Steden 0." in flat_text(out, n)
    for n, t in enumerate(THEMES):  # indicator pages: CBS data only
        page = texts[-INDICATOR_PAGES + n]
        assert f"Indicatoren: {t.label_nl}" in page and "Bronnen: CBS (CC BY 4.0)" in page
    assert "nettoarbeidsparticipatie (%, 2022)" in texts[-INDICATOR_PAGES]
    indicators = texts[-1]
    assert "Indicatoren vergeleken met Drenthe en Nederland" in indicators and "64,0 (4)" in indicators
    table = texts[-INDICATOR_PAGES - 1]
    assert "Vergelijking van de HEMA-steden" in table
    assert table.count("— (referentiestad)") == 3  # Groningen, Zwolle, Leeuwarden: no essay perspective
    assert re.search(r"\b\d{1,3}\.\d{3}\b", table) and re.search(r"\d,\d%", table)
    assert not re.search(r"\b\d{1,3},\d{3}\b", table)
    shares = ink_shares(out, tmp_path, dpi=15)
    assert len(shares) == result["PAGES"] and min(shares) > 0.04, shares
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run("hema:mapbook", {"OUTPUT": str(out)}, context=context, feedback=feedback)


def test_mapbook_english(chain, bundled, context, feedback, tmp_path):
    out = tmp_path / "book.pdf"
    params = {"LANGUAGE": 1, "DPI": 50, "OUTPUT": str(out)}
    params.update({"CITIES": bundled["steden"], "ZONES": bundled["zones"], "FLOWS": bundled["flows"]})
    processing.run("hema:mapbook", params, context=context, feedback=feedback)
    last = page_count(out) - CHANGE_PAGES  # the indicator table; the comparison table comes before the indicators
    first, table = flat_text(out, 1), page_text(out, last - INDICATOR_PAGES)
    assert "Perspective on Drenthe's cities" in first and "Sources:" in first
    assert re.search(r"\b\d{1,3},\d{3}\b", table) and "Work self-containment" in table
    assert "employment rate (%, 2022)" in page_text(out, last)


@pytest.mark.parametrize("at", [75.0, 90.0])
def test_mapbook_cancel_stops_quickly_and_leaves_no_pdf(chain, context, feedback, tmp_path, at):
    """Canceled while charting (> 75 %) or mid-export (> 90 %, pages written): 'Canceled.' within 1.5 s, no file."""
    import time

    out = tmp_path / "boek.pdf"
    canceled_at = []

    def cancel_once(progress: float) -> None:
        if progress > at and not canceled_at:
            canceled_at.append(time.monotonic())
            feedback.cancel()

    feedback.progressChanged.connect(cancel_once)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        processing.run("hema:mapbook", {"DPI": 150, "OUTPUT": str(out)}, context=context, feedback=feedback)
    stopped = time.monotonic()
    assert canceled_at, "the run never reached the point to cancel at"
    assert stopped - canceled_at[0] < 1.5
    assert not out.exists() and list(tmp_path.iterdir()) == []  # no partial PDF, no temporary .part file
