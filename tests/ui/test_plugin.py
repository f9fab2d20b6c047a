"""The plugin loads through classFactory, registers provider 'hema' and removes it again."""

from qgis.core import QgsApplication


def test_provider_registered(plugin):
    provider = QgsApplication.processingRegistry().providerById("hema")
    assert provider is not None
    assert provider.name() == "HEMA Steden"


def test_unload_and_reload_removes_provider(iface, plugin):
    import hema_steden

    second = hema_steden.classFactory(iface)
    registry = QgsApplication.processingRegistry()
    plugin.unload()
    assert registry.providerById("hema") is None
    second.initGui()
    assert registry.providerById("hema") is not None
    second.unload()
    assert registry.providerById("hema") is None
    plugin.initGui()
    assert registry.providerById("hema") is not None
