"""Keep QGIS's worker threads alive on QGIS < 3.40, where a thread's exit breaks the CRSs it created.

QGIS 3.22 gives each thread its own PROJ context. A CRS first built in a worker thread (a QgsTask: the dock's
runs, the Processing dialog) keeps that thread's PROJ object as its template, and the CRS cache shares it with
later layers. When the idle thread exits (Qt's thread pool ends idle threads after 30 s), QGIS drops that object:
the CRS still says EPSG:28992 but transforms become no-ops, and rendering can crash in
QgsMapSettings::layerTransform. Measured: fixed in 3.40; kept for 3.22 up to 3.38.
"""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QThreadPool

FIXED_IN = 34000  # Qgis.QGIS_VERSION_INT of the first version tested without the fault
_previous: list[int] = []  # the pool's expiry before the first keep, to restore on unload


def needed() -> bool:
    """True on the QGIS versions whose CRSs break when the thread that created them exits."""
    return Qgis.QGIS_VERSION_INT < FIXED_IN


def keep_worker_threads() -> None:
    """Let the global thread pool keep its idle threads (no expiry), once; QgsTaskManager runs tasks there."""
    if not needed() or _previous:
        return
    pool = QThreadPool.globalInstance()
    _previous.append(pool.expiryTimeout())
    pool.setExpiryTimeout(-1)


def release_worker_threads() -> None:
    """Give the pool its earlier expiry back (plugin unload)."""
    if _previous:
        QThreadPool.globalInstance().setExpiryTimeout(_previous.pop())
