"""Atlas and map-book export from the dock: a progress dialog that keeps QGIS responsive, and links to the PDF."""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QProgressDialog, QPushButton, QWidget

from ..i18n import tr


class ExportProgress:
    """A modal progress dialog for a main-thread export (NoThreading layout algorithms).

    The export reports progress page by page; each report repaints the dialog and handles pending events, so the
    window stays responsive and Cancel stops the export between pages.
    """

    def __init__(self, parent: QWidget, runner, title: str):
        self.dialog = QProgressDialog(tr("Preparing the pages…"), tr("Cancel"), 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(runner.cancel)
        self.runner = runner
        runner.progress.connect(self._progress)
        runner.status.connect(self._status)
        # per event-loop turn during the export (for tests and notes): seconds since the previous turn, of which
        # the main thread itself was busy, and the text shown meanwhile
        self.gaps: list[tuple[float, float, str]] = []
        self._last, self._last_cpu = time.monotonic(), time.thread_time()
        self.dialog.show()
        self._pump()

    def _pump(self, label: str | None = None) -> None:
        now, cpu = time.monotonic(), time.thread_time()
        shown = self.dialog.labelText() if label is None else label
        self.gaps.append((now - self._last, cpu - self._last_cpu, shown))
        QCoreApplication.processEvents()
        if self.dialog.wasCanceled():
            self.runner.cancel()
        self._last, self._last_cpu = time.monotonic(), time.thread_time()

    def _progress(self, value: float) -> None:
        self.dialog.setValue(int(value))
        self._pump()

    def _status(self, text: str) -> None:
        shown = self.dialog.labelText()
        self.dialog.setLabelText(text)
        self._pump(shown)

    def close_dialog(self) -> None:
        """Close the dialog and stop listening to the runner."""
        for signal, slot in ((self.runner.progress, self._progress), (self.runner.status, self._status)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self.dialog.close()
        self.dialog.deleteLater()


def offer_pdf(bar, title: str, text: str, path: str) -> None:
    """A success message with 'Open PDF' and 'Open folder' buttons."""
    widget = bar.createMessage(title, text)
    for label, target in ((tr("Open PDF"), path), (tr("Open folder"), str(Path(path).parent))):
        button = QPushButton(label, widget)
        button.setObjectName("open_pdf" if target == path else "open_folder")
        button.clicked.connect(lambda _checked=False, t=target: QDesktopServices.openUrl(QUrl.fromLocalFile(t)))
        widget.layout().addWidget(button)
    bar.pushWidget(widget, Qgis.MessageLevel.Success, 0)
