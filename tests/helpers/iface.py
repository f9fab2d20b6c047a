"""A small real QGIS interface for tests: real main window, canvas, message bar and layer tree; no mocks."""

from __future__ import annotations

from qgis.core import QgsLayerTreeModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QToolBar


class TestIface(QObject):
    """The parts of QgisInterface the plugin uses, backed by real widgets."""

    def __init__(self):
        super().__init__()
        self._main = QMainWindow()
        self._main.resize(1366, 768)
        self._canvas = QgsMapCanvas(self._main)
        self._main.setCentralWidget(self._canvas)
        self._bar = QgsMessageBar(self._main)
        self._toolbar = QToolBar("Plugins", self._main)
        self._main.addToolBar(self._toolbar)
        self._plugin_menu = QMenu("Plugins", self._main)
        self._menus: dict[str, QMenu] = {}
        self._view = QgsLayerTreeView(self._main)
        self._view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), self._main))
        self._bridge = QgsLayerTreeMapCanvasBridge(QgsProject.instance().layerTreeRoot(), self._canvas, self._main)
        self.docks: list = []
        self.toolbar_actions: list = []
        self.menu_actions: list = []

    def mainWindow(self):
        return self._main

    def mapCanvas(self):
        return self._canvas

    def messageBar(self):
        return self._bar

    def layerTreeView(self):
        return self._view

    def activeLayer(self):
        return self._view.currentLayer()

    def addVectorLayer(self, uri, name, provider):
        layer = QgsVectorLayer(uri, name, provider)
        QgsProject.instance().addMapLayer(layer)
        return layer

    def addDockWidget(self, area, dock):
        self._main.addDockWidget(area if area is not None else Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.docks.append(dock)

    def removeDockWidget(self, dock):
        self._main.removeDockWidget(dock)
        if dock in self.docks:
            self.docks.remove(dock)

    def addToolBarIcon(self, action):
        self._toolbar.addAction(action)
        self.toolbar_actions.append(action)

    def removeToolBarIcon(self, action):
        self._toolbar.removeAction(action)
        if action in self.toolbar_actions:
            self.toolbar_actions.remove(action)

    def pluginMenu(self):
        return self._plugin_menu

    def addPluginToMenu(self, name, action):
        menu = self._menus.setdefault(name, self._plugin_menu.addMenu(name))
        menu.addAction(action)
        self.menu_actions.append(action)

    def removePluginMenu(self, name, action):
        if name in self._menus:
            self._menus[name].removeAction(action)
        if action in self.menu_actions:
            self.menu_actions.remove(action)

    addPluginToVectorMenu = addPluginToMenu
    removePluginVectorMenu = removePluginMenu
