"""The list of algorithm classes the provider registers."""

from __future__ import annotations

from .network_flows import FlowLinesAlgorithm, ModeSharesAlgorithm
from .network_links import DominantFlowsAlgorithm, GravityLinksAlgorithm
from .network_profile import CityProfileAlgorithm
from .network_routes import TravelTimesAlgorithm


def algorithm_classes() -> list[type]:
    """All HEMA Steden algorithm classes, in toolbox order."""
    classes: list[type] = []
    classes += [
        FlowLinesAlgorithm,
        DominantFlowsAlgorithm,
        GravityLinksAlgorithm,
        TravelTimesAlgorithm,
        CityProfileAlgorithm,
        ModeSharesAlgorithm,
    ]
    return classes
