"""One definition of catchment population (core.figures) for the panel and the map book."""

import math

from hema_steden.core.figures import CATCHMENT_BANDS, catchment_population, in_catchment


def test_band_none_and_missing_dominant_do_not_count():
    zones = [
        ("GM0106", "own", 68000),
        ("GM0106", "primary", 1000),
        ("GM0106", "none", 5000),  # weak dominance: no catchment
        ("GM0119", "contested", 200),
        (None, "none", 99),
        ("GM0119", "secondary", float("nan")),
        ("GM0119", "secondary", "x"),
    ]
    assert catchment_population(zones) == {"GM0106": 69000.0, "GM0119": 200.0}
    assert not in_catchment(math.nan, "own") and not in_catchment("", "own")
    assert set(CATCHMENT_BANDS) == {"own", "primary", "secondary", "contested"}
