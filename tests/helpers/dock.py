"""Shared helpers of the dock tests (importable from tests/ui and tests/e2e)."""

from __future__ import annotations

import time

from qgis.PyQt.QtCore import QCoreApplication, QEvent


def wait_until(condition, timeout: float = 60.0) -> float:
    """Process Qt events until condition() is true; returns the seconds waited (fails after timeout)."""
    start = time.monotonic()
    while not condition():
        QCoreApplication.processEvents()
        if time.monotonic() - start > timeout:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(0.005)
    return time.monotonic() - start


def flush_deletes() -> None:
    """Run pending deleteLater()s."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def bar_text(iface) -> str:
    """Text of the message bar's current item ('' when empty)."""
    item = iface.messageBar().currentItem()
    return item.text() if item is not None else ""
