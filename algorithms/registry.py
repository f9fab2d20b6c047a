"""The list of algorithm classes the provider registers."""

from __future__ import annotations


def algorithm_classes() -> list[type]:
    """All HEMA Steden algorithm classes, in toolbox order."""
    from .boundaries import DownloadBoundaries
    from .calibrate_huff import CalibrateHuff
    from .catchment_polygons import CatchmentPolygons
    from .catchments_huff import CatchmentsHuff
    from .catchments_observed import CatchmentsObserved
    from .exportlayout import ExportLayout
    from .importflows import ImportFlows
    from .load import LoadLayers
    from .mapbook import MapBook
    from .network_flows import FlowLinesAlgorithm, ModeSharesAlgorithm
    from .network_links import DominantFlowsAlgorithm, GravityLinksAlgorithm
    from .network_profile import CityProfileAlgorithm
    from .network_routes import TravelTimesAlgorithm
    from .style_catchments import StyleCatchments

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
