"""Honest progress: a run's phases share the progress bar in proportion to their estimated work."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback
from qgis.PyQt.QtCore import Qt


class Phases(QgsProcessingFeedback):
    """Feedback for one phase at a time; phase k reports 0-100 % within its share of the parent's bar.

    Weights are estimates of each phase's work (e.g. microseconds per feature × features), so the bar moves
    with the elapsed share of the run instead of restarting at 0 % for every table read or written.
    """

    def __init__(self, parent: QgsProcessingFeedback | None, weights: dict[str, float]):
        super().__init__(False)
        self._parent = parent
        total = sum(max(0.0, w) for w in weights.values()) or 1.0
        self._spans: dict[str, tuple[float, float]] = {}
        start = 0.0
        for name, weight in weights.items():
            share = 100.0 * max(0.0, weight) / total
            self._spans[name] = (start, share)
            start += share
        self._span = (0.0, 0.0)
        if parent is not None:
            parent.canceled.connect(self.cancel, Qt.ConnectionType.DirectConnection)
            if parent.isCanceled():
                self.cancel()
        self.progressChanged.connect(self._forward, Qt.ConnectionType.DirectConnection)

    def phase(self, name: str) -> Phases:
        """Start phase name (the bar jumps to its start) and return self for read_frame/write_frame."""
        self._span = self._spans[name]
        self._forward(0.0)
        return self

    def isCanceled(self) -> bool:
        return super().isCanceled() or (self._parent is not None and self._parent.isCanceled())

    def _forward(self, progress: float) -> None:
        if self._parent is not None:
            start, share = self._span
            self._parent.setProgress(start + share * min(max(progress, 0.0), 100.0) / 100.0)

    # messages go straight to the parent
    def pushInfo(self, info: str) -> None:
        if self._parent is not None:
            self._parent.pushInfo(info)

    def pushWarning(self, warning: str) -> None:
        if self._parent is not None:
            self._parent.pushWarning(warning)

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N803
        if self._parent is not None:
            self._parent.reportError(error, fatalError)

    def setProgressText(self, text: str) -> None:
        if self._parent is not None:
            self._parent.setProgressText(text)
