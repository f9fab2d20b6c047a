"""The QGIS plugin object: registers the Processing provider (and, with a GUI, the dock) and removes all on unload."""

from __future__ import annotations

from qgis.core import QgsApplication

from .algorithms.provider import HemaProvider
from .i18n import install_translator, remove_translators


class HemaStedenPlugin:
    """HEMA Steden plugin; iface is injected so tests can pass their own."""

    def __init__(self, iface):
        self.iface = iface
        self.provider: HemaProvider | None = None

    def initProcessing(self) -> None:  # noqa: N802 (QGIS calls this name, also from qgis_process)
        """Register the Processing provider once."""
        if self.provider is None:
            install_translator()
            self.provider = HemaProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        """Called by QGIS when the plugin is loaded with a GUI."""
        self.initProcessing()

    def unload(self) -> None:
        """Remove the provider and everything else the plugin added."""
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()
