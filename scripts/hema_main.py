"""The README's main job: the map book 'Perspectief op Drentse steden' from the bundled data, headless.

Usage: /usr/bin/python3 scripts/hema_main.py [output folder] [nl|en]   (scripts/run.sh calls this)
"""

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
_PKG = Path(tempfile.mkdtemp(prefix="hema-main-"))
(_PKG / "hema_steden").symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(_PKG))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject  # noqa: E402


class PrintFeedback(QgsProcessingFeedback):
    """Feedback that prints progress messages to the terminal."""

    def pushInfo(self, info):  # noqa: N802
        print(info, flush=True)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        print("ERROR:", error, file=sys.stderr, flush=True)


def main() -> int:
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "output").resolve()
    lang = sys.argv[2] if len(sys.argv) > 2 else "nl"
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing
    from hema_steden.algorithms.provider import HemaProvider

    provider = HemaProvider()  # keep a reference: the registry does not own Python providers
    QgsApplication.processingRegistry().addProvider(provider)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    name = "perspectief_op_drentse_steden" if lang != "en" else "perspective_on_drenthe_cities"
    start = time.perf_counter()
    result = processing.run(
        "hema:mapbook",
        {"LANGUAGE": 1 if lang == "en" else 0, "OVERWRITE": True, "OUTPUT": str(out_dir / f"{name}.pdf")},
        context=context,
        feedback=PrintFeedback(),
    )
    print(f"Map book ({result['PAGES']} pages, {time.perf_counter() - start:.0f} s): {result['OUTPUT']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
