"""The QGIS plugin object: registers the Processing provider (and, with a GUI, the dock) and removes all on unload."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .algorithms.base import tr
from .algorithms.provider import HemaProvider
from .i18n import install_translator, remove_translators
from .paths import ICON
from .qgis_io.threads import keep_worker_threads, release_worker_threads

MENU = "&HEMA Steden"
VISIBLE_KEY = "hema_steden/dock_visible"


class HemaStedenPlugin:
    """HEMA Steden plugin; iface is injected so tests can pass their own."""

    def __init__(self, iface):
        self.iface = iface
        self.provider: HemaProvider | None = None
        self.dock = None
        self.action: QAction | None = None

    def initProcessing(self) -> None:
        """Register the Processing provider once."""
        if self.provider is None:
            keep_worker_threads()  # before any task: QGIS < 3.40 breaks CRSs made in threads that exit
            install_translator()
            self.provider = HemaProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:
        """Called by QGIS when the plugin is loaded with a GUI: provider, dock, toolbar icon and menu entry."""
        self.initProcessing()
        if self.iface is None or self.action is not None:
            return
        self.action = QAction(QIcon(str(ICON)), tr("HEMA Steden panel"), self.iface.mainWindow())
        self.action.setObjectName("HemaStedenAction")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show or hide the HEMA Steden panel"))
        self.action.toggled.connect(self._toggle_dock)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(MENU, self.action)
        dock = self._ensure_dock()  # created now so QGIS can restore its place; shown as the user left it
        visible = QgsSettings().value(VISIBLE_KEY, False, type=bool)
        dock.setVisible(visible)
        self.action.setChecked(visible)

    def _ensure_dock(self):
        if self.dock is None:
            from .ui.dock import HemaDock

            self.dock = HemaDock(self.iface, self.iface.mainWindow())
            self.dock.visibilityChanged.connect(self._dock_visibility)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        return self.dock

    def show_dock(self):
        """Show the dock and return it."""
        dock = self._ensure_dock()
        dock.show()
        dock.raise_()
        if self.action is not None and not self.action.isChecked():
            self.action.setChecked(True)
        return dock

    def _toggle_dock(self, checked: bool) -> None:
        QgsSettings().setValue(VISIBLE_KEY, checked)
        if checked:
            self.show_dock()
        elif self.dock is not None:
            self.dock.hide()

    def _dock_visibility(self, visible: bool) -> None:
        if self.iface.mainWindow().isVisible():  # the user closed or opened it, not QGIS shutting down
            QgsSettings().setValue(VISIBLE_KEY, visible)
        if self.action is not None and self.action.isChecked() != visible:
            self.action.blockSignals(True)
            self.action.setChecked(visible)
            self.action.blockSignals(False)

    def unload(self) -> None:
        """Remove the dock, action, menu entry, provider, signal connections and translators."""
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self._dock_visibility)
            self.dock.disconnect_all()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.action.toggled.disconnect(self._toggle_dock)
            self.iface.removePluginMenu(MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()
        release_worker_threads()
