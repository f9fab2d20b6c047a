"""A CRS made in a QgsTask still transforms in the main thread after the task's thread has exited (QGIS 3.22)."""

import time

import pytest
from hema_steden.qgis_io import threads
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsTask,
)
from qgis.PyQt.QtCore import QCoreApplication, QThreadPool

RD_POINT = QgsPointXY(230_000, 550_000)  # near Assen


def _crs_from_task(name: str) -> QgsCoordinateReferenceSystem:
    """A CRS first built (a new WKT, so not from the cache) inside a QgsTask, handed to the main thread."""
    wkt = QgsCoordinateReferenceSystem("EPSG:28992").toWkt().replace("Amersfoort / RD New", name)
    result = {}
    task = QgsTask.fromFunction(name, lambda task: QgsCoordinateReferenceSystem.fromWkt(wkt))
    task.taskCompleted.connect(lambda: result.setdefault("crs", task.returned_values))
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 10
    while "crs" not in result and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert "crs" in result, "the task did not finish"
    time.sleep(0.5)  # longer than the pool's expiry in the test: an expiring thread has exited by now
    QCoreApplication.processEvents()
    return result["crs"]


def _to_wgs84(crs: QgsCoordinateReferenceSystem) -> QgsPointXY:
    transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    return transform.transform(RD_POINT)


@pytest.fixture
def short_expiry():
    """The pool ends idle threads after 50 ms instead of 30 s, so a thread's exit happens within the test."""
    pool = QThreadPool.globalInstance()
    before, kept = pool.expiryTimeout(), list(threads._previous)
    threads._previous.clear()
    pool.setExpiryTimeout(50)
    # transforms are cached by authid: a good EPSG:28992 -> EPSG:4326 transform from an earlier test would hide
    # the fault, a broken one from this test would break later tests
    QgsCoordinateTransform.invalidateCache()
    yield pool
    pool.setExpiryTimeout(before)
    threads._previous[:] = kept
    QgsCoordinateTransform.invalidateCache()
    QgsCoordinateReferenceSystem.invalidateCache()


def test_qgis_322_fault_is_real_without_the_guard(short_expiry):
    if not threads.needed():
        pytest.skip("this QGIS keeps a CRS usable after its thread exits")
    crs = _crs_from_task("RD probe without guard")
    assert crs.authid() == "EPSG:28992" and crs.isValid()
    assert _to_wgs84(crs) == RD_POINT  # the fault: a valid CRS whose transform silently does nothing


def test_crs_made_in_a_task_transforms_after_the_thread_is_idle(short_expiry):
    threads.keep_worker_threads()
    if threads.needed():
        assert short_expiry.expiryTimeout() == -1
    crs = _crs_from_task("RD probe with guard")
    point = _to_wgs84(crs)
    assert point.x() == pytest.approx(6.5026, abs=1e-3) and point.y() == pytest.approx(52.9318, abs=1e-3)
    threads.release_worker_threads()
    assert short_expiry.expiryTimeout() == 50  # unload gives the pool its expiry back
