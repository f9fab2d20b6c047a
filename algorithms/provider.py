"""The HEMA Steden Processing provider (id 'hema')."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import ICON, MODELS_DIR


class HemaProvider(QgsProcessingProvider):
    """Processing provider holding every HEMA Steden algorithm."""

    def id(self) -> str:
        return "hema"

    def name(self) -> str:
        return "HEMA Steden"

    def longName(self) -> str:
        return "HEMA Steden — Drentse steden in netwerken"

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is None:
            # a model finds its HEMA children only once this provider is registered: load it again then
            registry.providerAdded.connect(self._registered)
            return
        for model in shipped_models():
            self.addAlgorithm(model)

    def _registered(self, provider_id: str) -> None:
        if provider_id != self.id():
            return
        QgsApplication.processingRegistry().providerAdded.disconnect(self._registered)
        self.refreshAlgorithms()


class ShippedModel(QgsProcessingModelAlgorithm):
    """A Graphical Modeler model shipped in resources/models, named in the interface language."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.ok = self.fromFile(str(path))

    def displayName(self) -> str:
        names = {"hema_mapbook": tr("Map book and city atlas (model)")}
        return names.get(self.path.stem, super().displayName())

    def group(self) -> str:
        return tr("Models")

    def groupId(self) -> str:
        return "models"

    def createInstance(self):
        return ShippedModel(self.path)


def shipped_models() -> list[QgsProcessingModelAlgorithm]:
    """The Graphical Modeler models shipped in resources/models (listed in the toolbox under HEMA Steden)."""
    models = []
    for path in sorted(MODELS_DIR.glob("*.model3")):
        model = ShippedModel(path)
        if model.ok:
            models.append(model)
        else:
            QgsMessageLog.logMessage(f"Could not read the model {path}", "HEMA Steden", Qgis.MessageLevel.Warning)
    return models


def algorithm_classes() -> list[type]:
    """All HEMA Steden algorithm classes, in toolbox order."""
    from .catchments_calibrate import CalibrateHuff
    from .catchments_huff import CatchmentsHuff
    from .catchments_observed import CatchmentsObserved
    from .catchments_polygons import CatchmentPolygons
    from .catchments_style import StyleCatchments
    from .change_periods import ComparePeriods
    from .change_scenario import Scenario
    from .data_boundaries import DownloadBoundaries
    from .data_comparecities import CompareCities
    from .data_importflows import ImportFlows
    from .data_importindicators import ImportIndicators
    from .data_load import LoadLayers
    from .layout_export import ExportLayout
    from .layout_mapbook import MapBook
    from .network_flows import FlowLinesAlgorithm, ModeSharesAlgorithm
    from .network_links import DominantFlowsAlgorithm, GravityLinksAlgorithm
    from .network_profile import CityProfileAlgorithm
    from .network_routes import TravelTimesAlgorithm

    return [
        LoadLayers,
        ImportFlows,
        ImportIndicators,
        CompareCities,
        DownloadBoundaries,
        CatchmentsObserved,
        CatchmentsHuff,
        CalibrateHuff,
        CatchmentPolygons,
        StyleCatchments,
        FlowLinesAlgorithm,
        DominantFlowsAlgorithm,
        GravityLinksAlgorithm,
        TravelTimesAlgorithm,
        CityProfileAlgorithm,
        ModeSharesAlgorithm,
        ComparePeriods,
        Scenario,
        ExportLayout,
        MapBook,
    ]
