"""The list of algorithm classes the provider registers."""

from __future__ import annotations


def algorithm_classes() -> list[type]:
    """All HEMA Steden algorithm classes, in toolbox order."""
    from .exportlayout import ExportLayout
    from .mapbook import MapBook

    classes: list[type] = []
    classes += [ExportLayout, MapBook]
    return classes
