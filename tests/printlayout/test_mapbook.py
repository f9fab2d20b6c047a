import re

import processing
import pytest
from helpers.pdfcheck import flat_text, ink_shares, page_count, page_text, page_title
from hema_steden.core.themes import THEMES
from qgis.core import QgsApplication, QgsProcessingException

NEEDED = ("hema:catchmentsobserved", "hema:catchmentshuff", "hema:flowlines", "hema:cityprofile")
HEMA = ("Assen", "Emmen", "Hoogeveen", "Meppel")


@pytest.fixture()
def chain(plugin):
    missing = [a for a in NEEDED if QgsApplication.processingRegistry().algorithmById(a) is None]
    if missing:
        pytest.skip(f"map book needs {', '.join(missing)} (merged from the catchment and network branches)")


def test_mapbook_dutch(chain, context, feedback, tmp_path):
    out = tmp_path / "boek.pdf"
    result = processing.run("hema:mapbook", {"DPI": 72, "OUTPUT": str(out)}, context=context, feedback=feedback)
    n_themes = len(THEMES)
    assert result["PAGES"] == 3 + n_themes + len(HEMA) == page_count(out)
    texts = [page_text(out, n) for n in range(1, result["PAGES"] + 1)]
    assert "Perspectief op Drentse steden" in flat_text(out, 1)
    assert "Het HEMA-netwerk" in texts[1]
    for n, t in enumerate(THEMES):
        assert f"Verzorgingsgebieden: {t.label_nl}" in texts[2 + n]
        assert ("gemodelleerde gegevens" in texts[2 + n]) == (t.code != "werk_studie")
    city_pages = texts[2 + n_themes : 2 + n_themes + len(HEMA)]
    for k, (name, page) in enumerate(zip(HEMA, city_pages)):
        assert page_title(out, 3 + n_themes + k).startswith(name), page[:80]
        assert "Kerncijfers" in page and "Zelfvoorziening werk" in page
    for page in texts[1:-1]:
        assert "Legenda" in page
    for page in texts:
        assert "Bronnen: CBS (CC BY 4.0)" in page and "Natural Earth" in page
    table = texts[-1]
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
    first, table = flat_text(out, 1), page_text(out, page_count(out))
    assert "Perspective on Drenthe's cities" in first and "Sources:" in first
    assert re.search(r"\b\d{1,3},\d{3}\b", table) and "Work self-containment" in table


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
