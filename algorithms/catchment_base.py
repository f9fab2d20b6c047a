"""Parameters and readers shared by the catchment algorithms: zones, cities, flows and band thresholds."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core import vocabulary as v
from ..core.catchments import Thresholds, check_cities
from .flow_base import FlowInputs


class CatchmentInputs(FlowInputs):
    """Base of the catchment algorithms: the common zone, city, flow and band parameters and their readers."""

    GROUP_ID = "catchments"
    ZONES, ZONE_CODE_FIELD, ZONE_NAME_FIELD, POPULATION_FIELD = (
        v.ZONES, v.ZONE_CODE_FIELD, v.ZONE_NAME_FIELD, v.POPULATION_FIELD,
    )  # fmt: skip
    ATTRACTIVENESS_FIELD = v.ATTRACTIVENESS_FIELD
    MULTIPLIER, STRICT, ALLOW_EMPTY = "MULTIPLIER", "STRICT", "ALLOW_EMPTY"
    PRIMARY, SECONDARY, MARGIN = "PRIMARY", "SECONDARY", "MARGIN"

    # -- parameters -----------------------------------------------------------------------------------------
    def add_zone_parameters(self, population: bool, population_optional: bool = False) -> None:
        """Zones layer with code, name and (optional) population fields."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                self.tr("Zones"),
                [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
            ),
            self.tr("Zones (origins), e.g. municipalities; polygons or points. Distances use a point on the zone."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ZONE_CODE_FIELD, self.tr("Zone code field"), v.FIELD_DEFAULTS[self.ZONE_CODE_FIELD], self.ZONES
            ),
            self.tr(
                "Unique zone code, matching the flows' origins (e.g. GM0106); "
                "equal to a city code for a city's own zone."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.ZONE_NAME_FIELD,
                self.tr("Zone name field"),
                v.FIELD_DEFAULTS[self.ZONE_NAME_FIELD],
                self.ZONES,
                optional=True,
            ),  # fmt: skip
            self.tr("Zone name, copied to the output."),
        )
        if population:
            self.add(
                QgsProcessingParameterField(
                    self.POPULATION_FIELD,
                    self.tr("Zone population field"),
                    v.FIELD_DEFAULTS[self.POPULATION_FIELD],
                    self.ZONES,
                    QgsProcessingParameterField.DataType.Numeric,
                    optional=population_optional,
                ),
                self.tr("Population of each zone (>= 0): the origin mass; expected flows = population × probability."),
            )

    def add_city_parameters(self, attractiveness: bool) -> None:
        """Cities point layer with code, name and (optional) attractiveness fields."""
        self.add_cities_layer(
            False,
            self.tr("City centres (points) competing for the zones, e.g. the HEMA cities and their neighbours."),
            self.tr("Unique city code: the CBS code of the city's municipality, as in the flows' destinations."),
            self.tr("City name, used in the output and the legend."),
        )
        if attractiveness:
            self.add(
                QgsProcessingParameterField(
                    self.ATTRACTIVENESS_FIELD,
                    self.tr("Attractiveness field"),
                    v.FIELD_DEFAULTS[self.ATTRACTIVENESS_FIELD],
                    self.CITIES,
                    QgsProcessingParameterField.DataType.Numeric,
                ),
                self.tr("City attractiveness A_j > 0 (population, jobs, retail floor space)."),
            )
        self.add_city_codes_parameter(
            self.tr("Codes of the competing cities to use, e.g. GM0106,GM0114 (empty = every city in the layer).")
        )

    def add_flow_parameters(self, optional: bool = False, all_themes: bool = False, mode: bool = True) -> None:
        """The shared flow parameters (one theme, by default the first) plus scale and strictness switches."""
        super().add_flow_parameters(optional, all_themes, mode)
        self.add(
            QgsProcessingParameterNumber(
                self.MULTIPLIER,
                self.tr("Multiply flow values by"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                False,
                1e-6,
                1e9,
            ),
            self.tr(
                "Scale factor to counts, e.g. 1000 for CBS 'banen × 1000'. Shares do not change; standard errors do."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.STRICT, self.tr("Flows go to cities only"), False),
            self.tr(
                "Ticked: a destination that is not in the cities layer is an error. Unticked: such destinations "
                "(own municipality, other places) count as 'elsewhere' in each zone's total outflow."
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(self.ALLOW_EMPTY, self.tr("Zones without flows get band 'none'"), False),
            self.tr("Unticked: a zone without any outgoing flow is an error (usually a code or year mismatch)."),
        )

    def add_theme_parameter(self, help_text: str) -> None:
        """THEME alone (no flow table): the theme whose presets apply, the first theme by default."""
        self.add(
            QgsProcessingParameterEnum(self.THEME, self.tr("Theme"), list(v.THEME_OPTIONS), defaultValue=0),
            help_text,
        )

    def add_band_parameters(self) -> None:
        """Band thresholds: primary, secondary share and contested margin."""
        defaults = Thresholds()
        for name, label, value, help_text in (
            (self.PRIMARY, "Primary band: share at least", defaults.primary, "Share from which a zone is primary."),
            (
                self.SECONDARY,
                "Secondary band: share at least",
                defaults.secondary,
                "Share from which a zone is secondary.",
            ),
            (
                self.MARGIN,
                "Contested: top two shares closer than",
                defaults.margin,
                "A zone whose two largest shares differ by less than this is contested.",
            ),
        ):
            self.add(
                QgsProcessingParameterNumber(
                    name, self.tr(label), QgsProcessingParameterNumber.Type.Double, value, False, 0, 1
                ),
                self.tr(help_text),
                advanced=True,
            )

    # -- readers --------------------------------------------------------------------------------------------
    def thresholds(self, parameters: dict, context: QgsProcessingContext) -> Thresholds:
        """Band thresholds from the parameters, checked."""
        th = Thresholds(
            *(self.parameterAsDouble(parameters, p, context) for p in (self.PRIMARY, self.SECONDARY, self.MARGIN))
        )
        th.check()
        return th

    def count(self, parameters: dict, name: str, context: QgsProcessingContext) -> int:
        """Number of features of an (optional) input, 0 when it is not given: sizes the progress phases."""
        if not parameters.get(name):
            return 0
        return max(0, self.source(parameters, name, context).featureCount())

    def read_zones(
        self,
        parameters: dict,
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback | None,
        *,
        population: bool,
        projected: bool,
    ) -> tuple[pd.DataFrame, list[QgsGeometry], QgsProcessingFeatureSource]:
        """Zones as a frame (code, name, [population], x, y, area) plus their geometries and the source."""
        source = self.source(parameters, self.ZONES, context)
        self.require_features(source, self.tr("Zones layer"))
        if projected:
            self.require_projected(source.sourceCrs(), self.tr("Zones layer"))
        code = self.field_name(parameters, self.ZONE_CODE_FIELD, context)
        name = self.field_name(parameters, self.ZONE_NAME_FIELD, context)
        pop = self.field_name(parameters, self.POPULATION_FIELD, context) if population else ""
        fields = [f for f in (code, name, pop) if f]
        geometries: list[QgsGeometry] = []
        frame = self.read_frame(
            source, list(dict.fromkeys(fields)), self.tr("Zones layer"), feedback,
            numeric=[pop] if pop else [], points=True, geometries=geometries,
        )  # fmt: skip
        out = pd.DataFrame({"code": frame[code].astype(str).to_numpy()})
        out["name"] = frame[name].astype(str).to_numpy() if name else out["code"]
        if pop:
            out["population"] = frame[pop].to_numpy(dtype=float)
        out["x"], out["y"] = frame["x"].to_numpy(), frame["y"].to_numpy()
        out["area"] = np.array([g.area() for g in geometries])
        if out["code"].duplicated().any():
            raise QgsProcessingException(
                self.tr("Zone code '{}' occurs more than once; zone codes must be unique.").format(
                    out["code"][out["code"].duplicated()].iloc[0]
                )
            )
        return out, geometries, source

    def read_cities(
        self, parameters: dict, context: QgsProcessingContext, crs, *, attractiveness: bool
    ) -> pd.DataFrame:
        """Cities as a frame (code, name, [attractiveness], x, y) in the given CRS."""
        source = self.source(parameters, self.CITIES, context)
        code = self.field_name(parameters, self.CITY_CODE_FIELD, context)
        name = self.field_name(parameters, self.CITY_NAME_FIELD, context)
        attr = self.field_name(parameters, self.ATTRACTIVENESS_FIELD, context) if attractiveness else ""
        fields = list(dict.fromkeys(f for f in (code, name, attr) if f))
        frame = self.read_frame(
            source,
            fields,
            self.tr("Cities layer"),
            numeric=[attr] if attr else [],
            points=True,
            crs=crs,
            context=context,
        )
        out = pd.DataFrame({"code": frame[code].astype(str).to_numpy()})
        out["name"] = frame[name].astype(str).to_numpy() if name else out["code"]
        if attr:
            out["attractiveness"] = frame[attr].to_numpy(dtype=float)
        out["x"], out["y"] = frame["x"].to_numpy(), frame["y"].to_numpy()
        out = self.restrict_cities(out, parameters, context)
        check_cities(out["code"].tolist())
        return out

    def read_flows(self, parameters: dict, context: QgsProcessingContext, feedback=None, **kwargs) -> pd.DataFrame:
        """Flows (origin, destination, value) of the chosen theme and one year, scaled to counts."""
        flows = super().read_flows(parameters, context, feedback, one_year=True, **kwargs)
        flows["value"] = flows["value"] * self.parameterAsDouble(parameters, self.MULTIPLIER, context)
        return flows

    # -- outputs --------------------------------------------------------------------------------------------
    @staticmethod
    def summary_columns(zones: pd.DataFrame, table: pd.DataFrame, cities: pd.DataFrame) -> pd.DataFrame:
        """Zone code/name plus a classification table with city names added after the codes."""
        names = dict(zip(cities["code"], cities["name"]))
        out = zones[["code", "name"] + (["population"] if "population" in zones else [])].reset_index(drop=True)
        table = table.drop(columns=["code"], errors="ignore").reset_index(drop=True)
        for col in table.columns:
            out[col] = table[col]
            if col in ("dom_code", "sec_code"):
                out[col.replace("_code", "_name")] = table[col].map(names)
        return out
