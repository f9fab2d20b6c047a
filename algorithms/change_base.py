"""Shared parameters and readers of the 'Change and scenarios' algorithms (hema:compareperiods, hema:scenario)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core.cities import CITIES as KNOWN_CITIES
from ..core.curves import flow_lines, linestring_wkb
from .base import HemaAlgorithm


class ChangeAlgorithm(HemaAlgorithm):
    """Base of the change algorithms: zones, cities and a city-code selection with the shared parameter names."""

    GROUP_ID = "change"
    ZONES, ZONE_CODE_FIELD, ZONE_NAME_FIELD = "ZONES", "ZONE_CODE_FIELD", "ZONE_NAME_FIELD"
    CITIES, CITY_CODE_FIELD, CITY_NAME_FIELD, CITY_CODES = "CITIES", "CITY_CODE_FIELD", "CITY_NAME_FIELD", "CITY_CODES"
    POPULATION_FIELD, ATTRACTIVENESS_FIELD = "POPULATION_FIELD", "ATTRACTIVENESS_FIELD"

    def add_zones(self, population: bool = False) -> None:
        """Zones (polygons or points) with code, name and optionally population fields."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                self.tr("Zones"),
                [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
            ),
            self.tr("Zones (e.g. municipalities) whose codes match the flows' origins or the cost table's origins."),
        )
        self.add(
            QgsProcessingParameterField(self.ZONE_CODE_FIELD, self.tr("Zone code field"), "code", self.ZONES),
            self.tr("Unique zone code (CBS GMxxxx for municipalities); a city's own zone has the city's code."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ZONE_NAME_FIELD, self.tr("Zone name field"), "name", self.ZONES, optional=True
            ),
            self.tr("Zone name, copied to the outputs."),
            advanced=True,
        )
        if population:
            self.add(
                QgsProcessingParameterField(
                    self.POPULATION_FIELD,
                    self.tr("Zone population field"),
                    "population",
                    self.ZONES,
                    QgsProcessingParameterField.DataType.Numeric,
                ),
                self.tr("Population of each zone (>= 0): catchment population = Σ population × probability."),
            )

    def add_cities(self, attractiveness: bool = False) -> None:
        """City points with code and name (and optionally attractiveness) fields, plus a city-code selection."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CITIES, self.tr("Cities"), [QgsProcessing.SourceType.TypeVectorPoint]
            ),
            self.tr("City centres (points), e.g. the HEMA cities and their neighbours."),
        )
        self.add(
            QgsProcessingParameterField(self.CITY_CODE_FIELD, self.tr("City code field"), "code", self.CITIES),
            self.tr("Unique city code: the CBS code of the city's municipality, as in the flows."),
        )
        self.add(
            QgsProcessingParameterField(
                self.CITY_NAME_FIELD, self.tr("City name field"), "name", self.CITIES, optional=True
            ),
            self.tr("City name, used in outputs, labels and the chart."),
            advanced=True,
        )
        if attractiveness:
            self.add(
                QgsProcessingParameterField(
                    self.ATTRACTIVENESS_FIELD,
                    self.tr("Attractiveness field"),
                    "population",
                    self.CITIES,
                    QgsProcessingParameterField.DataType.Numeric,
                ),
                self.tr("City attractiveness A_j > 0 (population, jobs, retail floor space)."),
            )

    def add_city_codes(self, help_text: str) -> None:
        """Comma-separated city codes to report on (empty = the known HEMA and reference cities present)."""
        self.add(QgsProcessingParameterString(self.CITY_CODES, self.tr("City codes (comma separated)"), optional=True),
                 help_text)  # fmt: skip

    # -- readers --------------------------------------------------------------------------------------------
    def zones_frame(self, parameters, context, feedback, population: bool = False):
        """Zones as (code, name, [population], x, y), their geometries and the source."""
        source = self.source(parameters, self.ZONES, context)
        self.require_features(source, self.tr("Zones layer"))
        code = self.field_name(parameters, self.ZONE_CODE_FIELD, context, source)
        name = self.field_name(parameters, self.ZONE_NAME_FIELD, context)
        name = name if name in source.fields().names() else ""
        pop = self.field_name(parameters, self.POPULATION_FIELD, context, source) if population else ""
        geometries: list[QgsGeometry] = []
        fields = list(dict.fromkeys(f for f in (code, name, pop) if f))
        frame = self.read_frame(source, fields, self.tr("Zones layer"), feedback, numeric=[pop] if pop else [],
                                points=True, geometries=geometries)  # fmt: skip
        out = pd.DataFrame({"code": frame[code].astype(str).str.strip().to_numpy()})
        out["name"] = frame[name].astype(str).to_numpy() if name else out["code"]
        if pop:
            out["population"] = frame[pop].to_numpy(float)
        out["x"], out["y"] = frame["x"].to_numpy(), frame["y"].to_numpy()
        out["area"] = np.array([g.area() for g in geometries])
        dup = out["code"].duplicated()
        if dup.any():
            raise QgsProcessingException(
                self.tr("Zone code '{}' occurs more than once; zone codes must be unique.").format(
                    out.loc[dup, "code"].iloc[0]
                )
            )
        return out, geometries, source

    def cities_frame(self, parameters, context, crs, attractiveness: bool = False) -> pd.DataFrame:
        """Cities as (code, name, [attractiveness], x, y) in crs."""
        source = self.source(parameters, self.CITIES, context)
        self.require_features(source, self.tr("Cities layer"))
        code = self.field_name(parameters, self.CITY_CODE_FIELD, context, source)
        name = self.field_name(parameters, self.CITY_NAME_FIELD, context)
        name = name if name in source.fields().names() else ""
        attr = self.field_name(parameters, self.ATTRACTIVENESS_FIELD, context, source) if attractiveness else ""
        fields = list(dict.fromkeys(f for f in (code, name, attr) if f))
        frame = self.read_frame(source, fields, self.tr("Cities layer"), numeric=[attr] if attr else [],
                                points=True, crs=crs, context=context)  # fmt: skip
        out = pd.DataFrame({"code": frame[code].astype(str).str.strip().to_numpy()})
        known = out["code"].map(lambda c: KNOWN_CITIES[c][0] if c in KNOWN_CITIES else c)
        out["name"] = frame[name].astype(str).to_numpy() if name else known
        if attr:
            out["attractiveness"] = frame[attr].to_numpy(float)
        out["x"], out["y"] = frame["x"].to_numpy(), frame["y"].to_numpy()
        if out["code"].duplicated().any():
            raise QgsProcessingException(
                self.tr("City code '{}' occurs more than once; city codes must be unique.").format(
                    out.loc[out["code"].duplicated(), "code"].iloc[0]
                )
            )
        return out

    def selected_cities(self, parameters, context, available: list[str]) -> list[str]:
        """The CITY_CODES selection (checked against available), else the known HEMA/reference cities present."""
        text = self.parameterAsString(parameters, self.CITY_CODES, context)
        wanted = [c.strip() for c in text.replace(";", ",").split(",") if c.strip()]
        if not wanted:
            wanted = [
                c for c, (_, role, _) in KNOWN_CITIES.items() if role in ("hema", "referentie") and c in available
            ]
            return wanted or list(available)
        missing = [c for c in wanted if c not in available]
        if missing:
            raise QgsProcessingException(
                self.tr("City code(s) {} are not in the cities layer; codes present: {}.").format(
                    ", ".join(missing), ", ".join(available[:20])
                )
            )
        return wanted

    # -- geometry -------------------------------------------------------------------------------------------
    @staticmethod
    def lines(frame: pd.DataFrame, nodes: pd.DataFrame, bend: float = 0.15) -> list[QgsGeometry]:
        """Curved line geometries origin -> destination between node points (code, x, y)."""
        if frame.empty:
            return []
        index = pd.Index(nodes["code"])
        i, j = index.get_indexer(frame["origin"]), index.get_indexer(frame["destination"])
        x, y = nodes["x"].to_numpy(), nodes["y"].to_numpy()
        out = []
        for raw in linestring_wkb(flow_lines(x[i], y[i], x[j], y[j], bend=bend)):
            geom = QgsGeometry()
            geom.fromWkb(raw)
            out.append(geom)
        return out

    @staticmethod
    def points(frame: pd.DataFrame) -> list[QgsGeometry]:
        """Point geometries of the x, y columns."""
        return [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(frame["x"], frame["y"])]

    @staticmethod
    def node_points(zones: pd.DataFrame, cities: pd.DataFrame) -> pd.DataFrame:
        """Node points for links: city points for city codes, a point on the zone for the other zones."""
        zone_nodes = zones.loc[~zones["code"].isin(cities["code"]), ["code", "name", "x", "y"]]
        return pd.concat([cities[["code", "name", "x", "y"]], zone_nodes], ignore_index=True)
