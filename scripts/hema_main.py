"""The README's main job: the map book 'Perspectief op Drentse steden' from the bundled data, headless.

Usage: /usr/bin/python3 scripts/hema_main.py [output folder] [--lang en] [--overwrite]   (scripts/run.sh calls this)
Prints the path of the PDF; an existing PDF is only replaced with --overwrite (exit code 2 otherwise).
"""

import argparse
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

    def pushInfo(self, info):
        print(info, file=sys.stderr, flush=True)

    def reportError(self, error, fatalError=False):  # noqa: N803
        print("ERROR:", error, file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description="HEMA map book 'Perspectief op Drentse steden' (headless)")
    parser.add_argument("outdir", nargs="?", default="output", help="output folder (default ./output)")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="map text language")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing map book")
    args = parser.parse_args()
    out_dir, lang = Path(args.outdir).resolve(), args.lang
    name = "perspectief_op_drentse_steden" if lang != "en" else "perspective_on_drenthe_cities"
    pdf = out_dir / f"{name}.pdf"
    if pdf.exists() and not args.overwrite:
        print(f"{pdf} already exists; run again with --overwrite to replace it.", file=sys.stderr)
        return 2
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
    start = time.perf_counter()
    result = processing.run(
        "hema:mapbook",
        {"LANGUAGE": 1 if lang == "en" else 0, "OVERWRITE": args.overwrite, "OUTPUT": str(pdf)},
        context=context,
        feedback=PrintFeedback(),
    )
    print(f"Map book: {result['PAGES']} pages in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    print(result["OUTPUT"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
