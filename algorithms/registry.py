"""The list of algorithm classes the provider registers."""

from __future__ import annotations


def algorithm_classes() -> list[type]:
    """All HEMA Steden algorithm classes, in toolbox order."""
    from .calibrate_huff import CalibrateHuff
    from .catchments_huff import CatchmentsHuff
    from .catchments_observed import CatchmentsObserved

    classes: list[type] = []
    classes += [CatchmentsObserved, CatchmentsHuff, CalibrateHuff]
    return classes
