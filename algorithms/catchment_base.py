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

from ..core.catchments import Thresholds, check_cities
from ..core.themes import THEME_CODES, THEMES
from .base import HemaAlgorithm


class CatchmentInputs(HemaAlgorithm):
    """Base of the catchment algorithms: the common zone, city, flow and band parameters and their readers."""

    GROUP_ID = "catchments"
    ZONES, ZONE_CODE, ZONE_NAME, POPULATION = "ZONES", "ZONE_CODE", "ZONE_NAME", "POPULATION"
    CITIES, CITY_CODE, CITY_NAME, ATTRACTIVENESS = "CITIES", "CITY_CODE", "CITY_NAME", "ATTRACTIVENESS"
    FLOWS, ORIGIN, DESTINATION, VALUE = "FLOWS", "ORIGIN_FIELD", "DESTINATION_FIELD", "VALUE_FIELD"
    THEME_FIELD, THEME, YEAR_FIELD, YEAR = "THEME_FIELD", "THEME", "YEAR_FIELD", "YEAR"
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
            QgsProcessingParameterField(self.ZONE_CODE, self.tr("Zone code field"), "code", self.ZONES),
            self.tr(
                "Unique zone code, matching the flows' origins (e.g. GM0106); "
                "equal to a city code for a city's own zone."
            ),
        )
        self.add(
            QgsProcessingParameterField(self.ZONE_NAME, self.tr("Zone name field"), "name", self.ZONES, optional=True),
            self.tr("Zone name, copied to the output."),
        )
        if population:
            self.add(
                QgsProcessingParameterField(
                    self.POPULATION,
                    self.tr("Zone population field"),
                    "population",
                    self.ZONES,
                    QgsProcessingParameterField.DataType.Numeric,
                    optional=population_optional,
                ),
                self.tr("Population of each zone (>= 0): the origin mass; expected flows = population × probability."),
            )

    def add_city_parameters(self, attractiveness: bool) -> None:
        """Cities point layer with code, name and (optional) attractiveness fields."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CITIES, self.tr("Cities"), [QgsProcessing.SourceType.TypeVectorPoint]
            ),
            self.tr("City centres (points) competing for the zones, e.g. the HEMA cities and their neighbours."),
        )
        self.add(
            QgsProcessingParameterField(self.CITY_CODE, self.tr("City code field"), "code", self.CITIES),
            self.tr("Unique city code: the CBS code of the city's municipality, as in the flows' destinations."),
        )
        self.add(
            QgsProcessingParameterField(self.CITY_NAME, self.tr("City name field"), "name", self.CITIES, optional=True),
            self.tr("City name, used in the output and the legend."),
        )
        if attractiveness:
            self.add(
                QgsProcessingParameterField(
                    self.ATTRACTIVENESS,
                    self.tr("Attractiveness field"),
                    "population",
                    self.CITIES,
                    QgsProcessingParameterField.DataType.Numeric,
                ),
                self.tr("City attractiveness A_j > 0 (population, jobs, retail floor space)."),
            )

    def add_flow_parameters(self) -> None:
        """Flow table (long format) with field choices, theme/year filters and strictness switches."""
        self.add(
            QgsProcessingParameterFeatureSource(self.FLOWS, self.tr("Flows"), [QgsProcessing.SourceType.TypeVector]),
            self.tr("Observed flows in long format: one row per origin (home) → destination (work) pair."),
        )
        for name, label, default, help_text in (
            (self.ORIGIN, "Origin field", "origin", "Origin zone code (home municipality)."),
            (self.DESTINATION, "Destination field", "destination", "Destination code (work municipality)."),
            (self.VALUE, "Value field", "value", "Number of trips/jobs/persons (>= 0)."),
        ):
            self.add(QgsProcessingParameterField(name, self.tr(label), default, self.FLOWS), self.tr(help_text))
        self.add(
            QgsProcessingParameterField(self.THEME_FIELD, self.tr("Theme field"), "theme", self.FLOWS, optional=True),
            self.tr("Field holding the theme code; rows of other themes are skipped. Ignored if the table lacks it."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(self.THEME, self.tr("Theme"), [t.code for t in THEMES], defaultValue=0),
            self.tr("Theme: selects the flows (theme field) and the default Huff parameters."),
        )
        self.add(
            QgsProcessingParameterField(self.YEAR_FIELD, self.tr("Year field"), "year", self.FLOWS, optional=True),
            self.tr("Field holding the year. Ignored if the table lacks it."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.YEAR, self.tr("Year"), QgsProcessingParameterNumber.Type.Integer, optional=True
            ),
            self.tr("Year of the flows to use; empty = the latest year in the flows (the log says which)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MULTIPLIER,
                self.tr("Multiply flow values by"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                False,
                0.0,
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
        self.run_core(th.check)
        return th

    def theme_code(self, parameters: dict, context: QgsProcessingContext) -> str:
        """The chosen theme's code."""
        return THEME_CODES[self.parameterAsEnum(parameters, self.THEME, context)]

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
        code = self.field_name(parameters, self.ZONE_CODE, context)
        name = self.field_name(parameters, self.ZONE_NAME, context)
        pop = self.field_name(parameters, self.POPULATION, context) if population else ""
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
        code = self.field_name(parameters, self.CITY_CODE, context)
        name = self.field_name(parameters, self.CITY_NAME, context)
        attr = self.field_name(parameters, self.ATTRACTIVENESS, context) if attractiveness else ""
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
        self.run_core(check_cities, out["code"].tolist())
        return out

    def read_flows(self, parameters: dict, context: QgsProcessingContext, feedback) -> pd.DataFrame:
        """Flows (origin, destination, value) filtered to the chosen theme and year, scaled to counts."""
        source = self.source(parameters, self.FLOWS, context)
        names = source.fields().names()
        origin, dest, value = (
            self.field_name(parameters, p, context) for p in (self.ORIGIN, self.DESTINATION, self.VALUE)
        )
        theme_field = self.field_name(parameters, self.THEME_FIELD, context)
        year_field = self.field_name(parameters, self.YEAR_FIELD, context)
        theme_field = theme_field if theme_field in names else ""
        year_field = year_field if year_field in names else ""
        fields = [f for f in (origin, dest, value, theme_field, year_field) if f]
        frame = self.read_frame(source, fields, self.tr("Flows table"), feedback, numeric=[value])
        if theme_field:
            wanted = self.theme_code(parameters, context)
            themes = sorted(set(frame[theme_field].astype(str)))
            frame = frame[frame[theme_field].astype(str) == wanted]
            if frame.empty:
                raise QgsProcessingException(
                    self.tr(
                        "The flows have no observed flows for theme {} (themes present: {}); without observed flows "
                        "use the Huff model (hema:catchmentshuff)."
                    ).format(wanted, ", ".join(themes) or "-")
                )
        if year_field:
            years = pd.to_numeric(frame[year_field], errors="coerce")
            present = sorted(int(y) for y in years.dropna().unique())
            year = parameters.get(self.YEAR)
            if year is None or year == "":
                if len(present) > 1:  # never sum years: the latest one, and the log says so
                    feedback.pushWarning(
                        self.tr("The flows cover several years ({}); used the latest, {}. Choose another with the "
                                "Year parameter.").format(", ".join(map(str, present)), present[-1])
                    )  # fmt: skip
                    frame = frame[years == present[-1]]
            else:
                year = self.parameterAsInt(parameters, self.YEAR, context)
                if year not in present:
                    raise QgsProcessingException(
                        self.tr("The flows have no rows for year {}; available: {}.").format(
                            year, ", ".join(map(str, present)) or "-"
                        )
                    )
                frame = frame[years == year]
        if frame.empty:
            raise QgsProcessingException(self.tr("No flows left after the theme/year selection; check the filters."))
        scale = self.parameterAsDouble(parameters, self.MULTIPLIER, context)
        return pd.DataFrame(
            {
                "origin": frame[origin].astype(str).to_numpy(),
                "destination": frame[dest].astype(str).to_numpy(),
                "value": frame[value].to_numpy(dtype=float) * scale,
            }
        )

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
