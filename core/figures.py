"""The figures the panel and the map book both show, defined once (pure Python).

Catchment population of a city: the summed population of the zones whose dominant city it is AND whose band is
'own', 'primary', 'secondary' or 'contested'. Zones in band 'none' (no city reaches the secondary share, or the
zone has no flows / no reachable city) belong to no catchment, also when a weak dominant city is recorded.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

CATCHMENT_BANDS: tuple[str, ...] = ("own", "primary", "secondary", "contested")
CATCHMENT_POPULATION_DEFINITION = (
    "Catchment population: population of the zones a city dominates in band own, primary, secondary or "
    "contested; zones in band 'none' count for no city."
)


def in_catchment(dominant: object, band: object) -> bool:
    """True when a zone with this dominant city and band counts for that city's catchment."""
    if dominant is None or (isinstance(dominant, float) and math.isnan(dominant)) or str(dominant) == "":
        return False
    return str(band or "").lower() in CATCHMENT_BANDS


def catchment_population(zones: Iterable[tuple[object, object, object]]) -> dict[str, float]:
    """Catchment population per city from (dominant city, band, population) triples (see the module doc)."""
    totals: dict[str, float] = {}
    for dominant, band, population in zones:
        try:
            pop = float(population)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if math.isnan(pop) or not in_catchment(dominant, band):
            continue
        totals[str(dominant)] = totals.get(str(dominant), 0.0) + pop
    return totals
