"""Distance/cost parameters and readers shared by hema:catchmentshuff and hema:calibratehuff."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core import huff
from .catchment_base import CatchmentInputs


class HuffInputs(CatchmentInputs):
    """Catchment inputs plus decay function, straight-line or cost-table distances."""

    DECAY, MIN_DISTANCE = "DECAY", "MIN_DISTANCE"
    COSTS, COST_ORIGIN, COST_DESTINATION, COST_FIELD = "COSTS", "COST_ORIGIN", "COST_DESTINATION", "COST_FIELD"

    def add_decay_parameter(self) -> None:
        """Distance decay: power or exponential."""
        self.add(
            QgsProcessingParameterEnum(
                self.DECAY,
                self.tr("Distance decay"),
                [self.tr("Power D^-β"), self.tr("Exponential exp(-β D)")],
                defaultValue=0,
            ),
            self.tr("Power decay D^-β (scale-free) or exponential exp(-β·D) with D in km or in the cost table's unit."),
        )

    def add_distance_parameters(self) -> None:
        """Optional cost table (origin, destination, cost) and a minimum straight-line distance."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.COSTS, self.tr("Cost table (optional)"), [QgsProcessing.SourceType.TypeVector], optional=True
            ),
            self.tr(
                "Long table zone → city with a cost (e.g. travel time in minutes from 'Travel times'). Without it, "
                "distances are straight lines in km from a point on each zone to each city."
            ),
        )
        for name, label, default in (
            (self.COST_ORIGIN, "Cost origin field", "origin"),
            (self.COST_DESTINATION, "Cost destination field", "destination"),
            (self.COST_FIELD, "Cost field", "cost"),
        ):
            self.add(
                QgsProcessingParameterField(name, self.tr(label), default, self.COSTS, optional=True),
                self.tr("Field of the cost table."),
                advanced=True,
            )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_DISTANCE,
                self.tr("Minimum distance (m)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                False,
                0.0,
            ),
            self.tr(
                "Straight-line distances below this are raised to it. A city's own zone always gets a floor of "
                "2/3·√(area/π), the mean distance within a disc of the zone's area."
            ),
            advanced=True,
        )

    def decay(self, parameters: dict, context: QgsProcessingContext) -> str:
        """Chosen decay name."""
        return huff.DECAYS[self.parameterAsEnum(parameters, self.DECAY, context)]

    def read_costs(self, parameters: dict, context: QgsProcessingContext, feedback) -> pd.DataFrame | None:
        """The cost table as origin/destination/cost, or None when not given."""
        if not parameters.get(self.COSTS):
            return None
        source = self.source(parameters, self.COSTS, context)
        fields = [
            self.field_name(parameters, p, context) for p in (self.COST_ORIGIN, self.COST_DESTINATION, self.COST_FIELD)
        ]
        # not read as numeric: a NULL cost is allowed (unreachable city); the core refuses text and negatives
        frame = self.read_frame(source, fields, self.tr("Cost table"), feedback)
        return pd.DataFrame(
            {
                "origin": frame[fields[0]].astype(str),
                "destination": frame[fields[1]].astype(str),
                "cost": frame[fields[2]],
            }
        )

    def point_inputs(
        self, parameters: dict, context: QgsProcessingContext, zones: pd.DataFrame, cities: pd.DataFrame
    ) -> dict:
        """Keyword arguments of huff.point_distances and huff.huff_from_points for straight-line distances."""
        return {
            "zx": zones["x"].to_numpy(),
            "zy": zones["y"].to_numpy(),
            "cx": cities["x"].to_numpy(),
            "cy": cities["y"].to_numpy(),
            "own_floor": huff.own_floor_from_area(zones["area"].to_numpy()),
            "zone_codes": zones["code"].tolist(),
            "city_codes": cities["code"].tolist(),
            "min_distance": self.parameterAsDouble(parameters, self.MIN_DISTANCE, context),
        }

    def distance_matrix(
        self, parameters: dict, context: QgsProcessingContext, zones: pd.DataFrame, cities: pd.DataFrame, feedback
    ) -> np.ndarray:
        """Full zones x cities distance (km) or cost matrix, floored (used by the calibration)."""
        costs = self.read_costs(parameters, context, feedback)
        if costs is not None:
            matrix = huff.cost_matrix(costs, zones["code"], cities["code"])
            report = huff.unreachable(matrix, zones["code"], cities["code"])
            if report["pairs"]:
                raise QgsProcessingException(
                    self.tr(
                        "The cost table has no cost (NULL or missing) for {} zone-city pair(s), cities: {}. The "
                        "calibration needs a cost for every pair: remove those cities or fill in their costs."
                    ).format(report["pairs"], ", ".join(report["cities"]))
                )
            return matrix
        args = self.point_inputs(parameters, context, zones, cities)
        huff.check_city_points(args["cx"], args["cy"], args["city_codes"])
        own = huff.own_index(args["zone_codes"], args["city_codes"])
        return huff.point_distances(own=own, **args)

    def probabilities(
        self,
        parameters: dict,
        context: QgsProcessingContext,
        zones: pd.DataFrame,
        cities: pd.DataFrame,
        alpha: float,
        beta: float,
        decay: str,
        feedback,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Huff probabilities zones x cities (chunked over zones) and per zone whether it reaches any city."""
        costs = self.read_costs(parameters, context, feedback)
        model = {"attract": cities["attractiveness"].to_numpy(), "alpha": alpha, "beta": beta, "decay": decay}
        cancel = feedback.isCanceled if feedback is not None else None
        if costs is None:
            p = huff.huff_from_points(cancel=cancel, **self.point_inputs(parameters, context, zones, cities), **model)
            return p, np.ones(len(p), dtype=bool)
        codes = {"zone_codes": zones["code"].tolist(), "city_codes": cities["code"].tolist()}
        matrix = huff.cost_matrix(costs, **codes)
        report = huff.unreachable(matrix, **codes)
        self.warn_unreachable(report, cities, feedback)
        huff.check_attractiveness(model["attract"], codes["city_codes"])
        p = huff.probabilities(np.asarray(model.pop("attract"), dtype=float), matrix, cancel=cancel, **model)
        return p, report["reachable"]

    def warn_unreachable(self, report: dict, cities: pd.DataFrame, feedback) -> None:
        """Warn about zone-city pairs without a cost (probability 0) and zones that reach no city (band none)."""
        if feedback is None or not report["pairs"]:
            return
        names = dict(zip(cities["code"], cities["name"]))
        feedback.pushWarning(
            self.tr(
                "The cost table has no cost (NULL or missing) for {} zone-city pair(s); those cities get "
                "probability 0 in those zones. Cities concerned ({}): {}."
            ).format(report["pairs"], len(report["cities"]), ", ".join(names.get(c, c) for c in report["cities"]))
        )
        zones = report["zones_without_city"]
        if zones:
            feedback.pushWarning(
                self.tr("{} zone(s) reach no city at all and get band 'none' without a dominant city: {}.").format(
                    len(zones), ", ".join(zones[:20])
                )
            )
