"""Help where users look: a helpUrl to a shipped HTML page (en, nl) with a worked example for every algorithm."""

import subprocess
import sys
from pathlib import Path

from hema_steden.paths import HELP_DIR
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl

ROOT = Path(__file__).resolve().parents[2]


def test_every_algorithm_has_a_shipped_help_page(plugin):
    provider = QgsApplication.processingRegistry().providerById("hema")
    algorithms = [a for a in provider.algorithms() if not a.id().startswith("hema:HEMA")]
    assert len(algorithms) >= 15
    for alg in algorithms:
        url = alg.helpUrl()
        assert url, alg.id()
        page = Path(QUrl(url).toLocalFile())
        assert page.exists() and page.parent.parent == HELP_DIR, url
        for lang in ("en", "nl"):
            text = (HELP_DIR / lang / f"{alg.name()}.html").read_text(encoding="utf-8")
            assert ("Worked example" if lang == "en" else "Uitgewerkt voorbeeld") in text, (alg.id(), lang)
            assert "<dt>" in text  # the parameters with their help


def test_help_pages_are_up_to_date():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_help.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_map_book_model_in_the_toolbox_laid_out_cleanly(plugin):
    models = [
        a
        for a in QgsApplication.processingRegistry().providerById("hema").algorithms()
        if a.id() == "hema:HEMA kaartenboek"
    ]
    assert len(models) == 1
    model = models[0]
    assert model.group() == "Models" and model.displayName() == "Map book and city atlas (model)"
    assert model.create().displayName() == model.displayName()
    ok, errors = model.validate()
    assert ok, errors
    boxes = []
    for child in model.childAlgorithms().values():
        boxes.append((child.childId(), child.position(), child.size()))
        boxes += [(name, out.position(), out.size()) for name, out in child.modelOutputs().items()]
    boxes += [(name, p.position(), p.size()) for name, p in model.parameterComponents().items()]
    assert len(boxes) >= 6
    for i, (a, pa, sa) in enumerate(boxes):
        for b, pb, sb in boxes[i + 1 :]:
            overlap_x = abs(pa.x() - pb.x()) < (sa.width() + sb.width()) / 2
            overlap_y = abs(pa.y() - pb.y()) < (sa.height() + sb.height()) / 2
            assert not (overlap_x and overlap_y), f"{a} overlaps {b}"
