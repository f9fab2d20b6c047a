import processing
import pytest
from hema_steden.algorithms.mapbook_model import MODEL_PATH
from pdfcheck import page_count, page_text
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

NEEDED = ("hema:loadlayers", "hema:catchmentsobserved", "hema:catchmentshuff", "hema:flowlines", "hema:cityprofile")


def test_model_runs_load_to_mapbook(plugin, context, feedback, tmp_path):
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
    assert result["mapbook:MAPBOOK"] == str(book) and page_count(book) == 12
    assert page_count(atlas) == 4
    pages = [page_text(atlas, n) for n in range(1, 5)]
    assert {p.split()[0] for p in pages} == {"Assen", "Emmen", "Hoogeveen", "Meppel"}
    for page in pages:  # the template's key-figures table is bound to hema:mapbook's KEY_FIGURES output
        assert "Inwoners verzorgingsgebied wonen" in page and "Zelfvoorziening werk" in page
