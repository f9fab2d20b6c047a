"""Start QGIS headless for the repo's scripts and benchmarks: plugin importable as `hema_steden`, Processing ready."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_ALIVE: list = []  # the application and provider must outlive every caller's use of them


def start(provider: bool = True):
    """Initialise QgsApplication (offscreen), Processing and, unless told not to, the HEMA provider."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pkg = Path(tempfile.mkdtemp(prefix="hema-pkg-"))
    (pkg / "hema_steden").symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(pkg))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    hema = None
    if provider:
        from hema_steden.algorithms.provider import HemaProvider

        hema = HemaProvider()
        QgsApplication.processingRegistry().addProvider(hema)
    _ALIVE.extend([app, hema])
    return app, hema
