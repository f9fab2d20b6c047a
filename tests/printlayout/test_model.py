import numpy as np
import processing
import pytest
from helpers.pdfcheck import colour_pixels, page_count, page_rgb, page_text, page_title
from hema_steden.core.cities import CITIES, city_colour
from hema_steden.printlayout.export import load_template
from hema_steden.printlayout.model import MODEL_PATH
from hema_steden.printlayout.templates import template_path
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProcessingModelAlgorithm, QgsProject

NEEDED = ("hema:loadlayers", "hema:catchmentsobserved", "hema:catchmentshuff", "hema:flowlines", "hema:cityprofile")


class InfoFeedback(QgsProcessingFeedback):
    """A feedback that keeps the info messages."""

    def __init__(self):
        super().__init__()
        self.infos: list[str] = []

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)


def _map_region(rgb: np.ndarray, dpi: int) -> np.ndarray:
    """The pixels of the city sheet's map item (position and size from the template)."""
    layout = load_template(QgsProject.instance(), str(template_path("hema_stadsblad")))
    item = layout.itemById("map")
    x, y = item.positionWithUnits().x(), item.positionWithUnits().y()
    w, h = item.sizeWithUnits().width(), item.sizeWithUnits().height()
    px = dpi / 25.4
    return rgb[int(y * px) + 2 : int((y + h) * px) - 2, int(x * px) + 2 : int((x + w) * px) - 2]


def test_model_runs_load_to_mapbook(plugin, context, tmp_path):
    feedback = InfoFeedback()
    missing = [a for a in NEEDED if QgsApplication.processingRegistry().algorithmById(a) is None]
    if missing:
        pytest.skip(f"model needs {', '.join(missing)}")
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL_PATH))
    assert [c.algorithmId() for c in model.childAlgorithms().values()].count("hema:loadlayers") == 1
    book, atlas = tmp_path / "boek.pdf", tmp_path / "atlas.pdf"
    result = processing.run(
        model,
        {"LANGUAGE": 0, "mapbook:MAPBOOK": str(book), "atlas:ATLAS": str(atlas)},
        context=context,
        feedback=feedback,
    )
    assert result["mapbook:MAPBOOK"] == str(book) and page_count(book) == 20  # contents, indicators, wonen change
    assert page_count(atlas) == 4
    pages = [page_text(atlas, n) for n in range(1, 5)]
    assert {page_title(atlas, n).split()[0] for n in range(1, 5)} == {"Assen", "Emmen", "Hoogeveen", "Meppel"}
    for page in pages:  # the template's key-figures table is bound to hema:mapbook's KEY_FIGURES output
        assert "Inwoners verzorgingsgebied wonen" in page and "Zelfvoorziening werk" in page
    # the model hands loadlayers' unstyled child outputs to exportlayout, which draws them in the HEMA style:
    # every HEMA city is a dot in its palette colour on the map (QGIS's random default colour would not match)
    assert any("default style" in m and "HEMA cities" in m for m in feedback.infos)
    region = _map_region(page_rgb(atlas, 1, tmp_path, dpi=40), 40)
    for code in ("GM0106", "GM0114", "GM0118", "GM0119", "GM0014"):
        assert colour_pixels(region, city_colour(code)) >= 8, CITIES[code][0]
    assert "Steden" in page_text(atlas, 1) and "HEMA cities" not in page_text(atlas, 1)  # Dutch legend heading
