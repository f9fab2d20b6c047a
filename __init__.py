"""HEMA Steden QGIS plugin."""


def classFactory(iface):
    """Return the plugin instance for QGIS."""
    from .plugin import HemaStedenPlugin

    return HemaStedenPlugin(iface)
