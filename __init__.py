"""HEMA Steden QGIS plugin."""


def classFactory(iface):  # noqa: N802 (QGIS plugin entry point)
    """Return the plugin instance for QGIS."""
    from .plugin import HemaStedenPlugin

    return HemaStedenPlugin(iface)
