"""Start QGIS headless with Processing and the plugin's provider, for the benchmark scripts."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from headless import start  # noqa: E402

APP, PROVIDER = start()

import processing  # noqa: E402, F401  (re-exported for the bench scripts)
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject  # noqa: E402


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
