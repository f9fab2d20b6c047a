"""Start QGIS headless with Processing and the plugin's provider, for the benchmark scripts."""

from __future__ import annotations

import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_pkg = Path(tempfile.mkdtemp(prefix="hema-pkg-"))
(_pkg / "hema_steden").symlink_to(ROOT, target_is_directory=True)
sys.path.insert(0, str(_pkg))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject  # noqa: E402

APP = QgsApplication([], False)
APP.setPrefixPath("/usr", True)
APP.initQgis()

from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
import processing  # noqa: E402, F401  (re-exported for the bench scripts)
from hema_steden.algorithms.provider import HemaProvider  # noqa: E402

PROVIDER = HemaProvider()
QgsApplication.processingRegistry().addProvider(PROVIDER)


def context() -> QgsProcessingContext:
    """A fresh processing context on the (empty) project."""
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    return ctx


FEEDBACK = QgsProcessingFeedback()


@contextmanager
def timed(label: str, store: dict):
    """Time a block and store the seconds under label."""
    start = time.perf_counter()
    yield
    store[label] = time.perf_counter() - start
    print(f"  {label:<48s} {store[label]:8.2f} s", flush=True)
