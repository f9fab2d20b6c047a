"""The list of algorithm classes the provider registers."""

from __future__ import annotations


def algorithm_classes() -> list[type]:
    """All HEMA Steden algorithm classes, in toolbox order."""
    from .boundaries import DownloadBoundaries
    from .importflows import ImportFlows
    from .load import LoadLayers

    classes: list[type] = []
    classes += [LoadLayers, ImportFlows, DownloadBoundaries]
    return classes
