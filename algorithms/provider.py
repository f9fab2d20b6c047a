"""The HEMA Steden Processing provider (id 'hema')."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import ICON


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


def algorithm_classes() -> list[type]:
    """All HEMA Steden algorithm classes, in toolbox order."""
    from .catchments_calibrate import CalibrateHuff
    from .catchments_huff import CatchmentsHuff
    from .catchments_observed import CatchmentsObserved
    from .catchments_polygons import CatchmentPolygons
    from .catchments_style import StyleCatchments
    from .data_boundaries import DownloadBoundaries
    from .data_importflows import ImportFlows
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
        ExportLayout,
        MapBook,
    ]
