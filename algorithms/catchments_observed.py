"""hema:catchmentsobserved — catchment areas from observed flows (shares, dominant city, bands)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterFeatureSink

from ..core.catchments import observed_catchments, share_fields
from ..qgis_io.progress import Phases
from ..styling.renderers import categorised_by_city
from .base import LayerStyler
from .catchment_base import CatchmentInputs


def add_language_parameter(alg: CatchmentInputs) -> None:
    """Legend language parameter (Dutch by default)."""
    alg.add_language(
        alg.tr("Legend language"), alg.tr("Language of the legend and map labels of the styled output."), advanced=True
    )


def attach_city_style(alg: CatchmentInputs, parameters: dict, context, dest_id: str, **kwargs) -> None:
    """Style the output dest_id by dominant city and band once it is loaded."""
    language = alg.language(parameters, context)
    LayerStyler.attach(context, dest_id, lambda layer: categorised_by_city(layer, language=language, **kwargs))


class CatchmentsObserved(CatchmentInputs):
    """Observed catchment areas: per zone the share of its flows to each city, the dominant city and a band."""

    OUTPUT = "OUTPUT"
    CITIES_ONLY = "CITIES_ONLY"

    def name(self) -> str:
        return "catchmentsobserved"

    def displayName(self) -> str:
        return self.tr("Catchment areas from observed flows")

    def shortHelpString(self) -> str:
        return self.tr(
            "Derives catchment areas (verzorgingsgebieden) from observed flows, e.g. CBS commuting home → work.\n\n"
            "Share s_ij = F_ij / Σ_k F_ik, where the sum runs over ALL destinations k of zone i (its own "
            "municipality, the cities and everything else), so s_ij is the share of the zone's residents going "
            "to city j. Tick 'Shares over cities only' to divide by the flows to the cities instead.\n"
            "Dominant city = largest share (a city's own zone always belongs to that city: band 'own'). Bands: "
            "contested (top share ≥ secondary threshold and top two closer than the margin), primary (≥ 0.5), "
            "secondary (≥ 0.25), none.\n\n"
            "Output: the zones with code, name, outflow (total flows leaving the zone), dom_code/dom_name/"
            "dom_share, sec_code/sec_name/sec_share, margin, band and one wide field s_<city code> per city plus "
            "s_rest (share to destinations that are not cities). Styled by dominant city and band."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_zone_parameters(population=True, population_optional=True)
        self.add_city_parameters(attractiveness=False)
        self.add_flow_parameters()
        self.add(
            QgsProcessingParameterBoolean(self.CITIES_ONLY, self.tr("Shares over cities only"), False),
            self.tr("Divide by the zone's flows to the cities (shares sum to 1) instead of by all its flows."),
            advanced=True,
        )
        self.add_band_parameters()
        add_language_parameter(self)
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Observed catchments")),
            self.tr("Zones with shares per city, dominant city and band."),
        )
        self.add_overwrite()

    def process(self, parameters, context, feedback):
        thresholds = self.thresholds(parameters, context)
        n, k, m = (self.count(parameters, p, context) for p in (self.ZONES, self.CITIES, self.FLOWS))
        # estimated microseconds of each phase (measured on 100k-200k zones): the bar follows the work
        phases = Phases(feedback, {"zones": 20 * n, "cities": 50 * k, "flows": 9 * m, "compute": 4 * n,
                                   "write": n * (5 + 0.5 * (k + 12))})  # fmt: skip
        zones, geometries, zsource = self.read_zones(
            parameters, context, phases.phase("zones"), population=True, projected=False
        )
        phases.phase("cities")
        cities = self.read_cities(parameters, context, zsource.sourceCrs(), attractiveness=False)
        flows = self.read_flows(parameters, context, phases.phase("flows"))
        phases.phase("compute")
        table, shares, _ = observed_catchments(
            flows,
            zones["code"],
            cities["code"],
            thresholds,
            cities_only=self.parameterAsBool(parameters, self.CITIES_ONLY, context),
            strict=self.parameterAsBool(parameters, self.STRICT, context),
            allow_empty=self.parameterAsBool(parameters, self.ALLOW_EMPTY, context),
        )
        out = self.summary_columns(zones, table, cities)
        out = pd.concat([out, share_fields("s_", cities["code"], shares)], axis=1)
        out["s_rest"] = np.where(table["outflow"] > 0, 1.0 - shares.sum(axis=1), np.nan)
        sink, dest_id = self.sink_for_frame(
            parameters, self.OUTPUT, context, out, zsource.wkbType(), zsource.sourceCrs()
        )
        self.write_frame(sink, out, geometries, phases.phase("write"))
        counts = out["band"].value_counts().to_dict()
        feedback.pushInfo(self.tr("Zones per band: {}").format(", ".join(f"{k} {v}" for k, v in counts.items())))
        attach_city_style(self, parameters, context, dest_id)
        return {self.OUTPUT: dest_id}
