"""The HEMA Steden Processing provider (id 'hema')."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import ICON
from .registry import algorithm_classes


class HemaProvider(QgsProcessingProvider):
    """Processing provider holding every HEMA Steden algorithm."""

    def id(self) -> str:  # noqa: D102
        return "hema"

    def name(self) -> str:  # noqa: D102
        return "HEMA Steden"

    def longName(self) -> str:  # noqa: N802, D102
        return "HEMA Steden — Drentse steden in netwerken"

    def icon(self) -> QIcon:  # noqa: D102
        return QIcon(str(ICON))

    def loadAlgorithms(self) -> None:  # noqa: N802, D102
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
