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
        ExportLayout,
        MapBook,
    ]
