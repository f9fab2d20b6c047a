"""hema:catchmentpolygons — dissolve catchment zones into one polygon per city and band."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..core.catchment_summary import band_groups
from .catchment_base import CatchmentInputs
from .catchments_observed import add_language_parameter, attach_city_style


class CatchmentPolygons(CatchmentInputs):
    """One polygon per dominant city and band with population served, zones, area and share of inflow."""

    INPUT, CITY_FIELD, NAME_FIELD, BAND_FIELD = "INPUT", "CITY_FIELD", "NAME_FIELD", "BAND_FIELD"
    POPULATION_FIELD, VOLUME_FIELD, OUTPUT = "POPULATION_FIELD", "VOLUME_FIELD", "OUTPUT"

    def name(self) -> str:
        return "catchmentpolygons"

    def displayName(self) -> str:
        return self.tr("Catchment polygons per city and band")

    def shortHelpString(self) -> str:
        return self.tr(
            "Dissolves the zones of an observed or Huff catchment layer into one (multi)polygon per dominant city "
            "and band (own, primary, secondary, contested, none).\n\n"
            "Fields: city_code, city_name, band, zones, population (served), area_km2, inflow (flows from these "
            "zones to the city) and inflow_share = inflow / the city's total inflow from all zones: how much of "
            "the city's reach each band supplies. Flows per zone and city come from the e_<code> fields (Huff "
            "expected flows) or else s_<code> × the volume field (observed shares × outflow)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Catchment layer"), [QgsProcessing.SourceType.TypeVectorPolygon]
            ),
            self.tr("Output of 'Catchment areas from observed flows' or 'Catchment areas, Huff model'."),
        )
        for name, label, default, optional, help_text in (
            (self.CITY_FIELD, "Dominant city field", "dom_code", False, "City code of each zone's dominant city."),
            (self.NAME_FIELD, "Dominant city name field", "dom_name", True, "City name for the output and legend."),
            (self.BAND_FIELD, "Band field", "band", False, "Band of each zone (own/primary/secondary/contested/none)."),
            (self.POPULATION_FIELD, "Population field", "population", True, "Population of each zone (summed)."),
            (self.VOLUME_FIELD, "Volume field", "outflow", False, "Total outflow of each zone (multiplies s_ shares)."),
        ):
            self.add(
                QgsProcessingParameterField(name, self.tr(label), default, self.INPUT, optional=optional),
                self.tr(help_text),
                advanced=name in (self.POPULATION_FIELD, self.VOLUME_FIELD),
            )
        add_language_parameter(self)
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Catchment polygons"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("One polygon per city and band."),
        )
        self.add_overwrite()

    def process(self, parameters, context, feedback):
        source = self.source(parameters, self.INPUT, context)
        self.require_features(source, self.tr("Catchment layer"))
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                self.tr(
                    "The catchment layer has {} geometries; dissolving into catchment polygons needs polygon zones. "
                    "Run the catchment algorithm on polygon zones (e.g. municipalities), not on points."
                ).format(QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(source.wkbType())))
            )
        names = source.fields().names()
        prefix = "e_" if any(n.startswith("e_") for n in names) else "s_"
        city_codes = [n[2:] for n in names if n.startswith(prefix) and n != "s_rest"]
        if len(city_codes) < 2:
            raise QgsProcessingException(
                self.tr(
                    "The catchment layer has no e_<city> or s_<city> fields; use an output of the catchment algorithms."
                )
            )
        city, label, band, pop, volume = (
            self.field_name(parameters, p, context)
            for p in (self.CITY_FIELD, self.NAME_FIELD, self.BAND_FIELD, self.POPULATION_FIELD, self.VOLUME_FIELD)
        )
        share_cols = [prefix + c for c in city_codes]
        fields = list(dict.fromkeys(f for f in (city, label, band, pop, volume, *share_cols) if f))
        geometries: list[QgsGeometry] = []
        frame = self.read_frame(
            source, fields, self.tr("Catchment layer"), feedback, points=True, geometries=geometries
        )
        flows = frame[share_cols].apply(lambda s: s.astype(float)).fillna(0.0).to_numpy()
        if prefix == "s_":
            flows = flows * frame[volume].astype(float).fillna(0.0).to_numpy()[:, None]
        areas = np.array([g.area() for g in geometries])
        population = frame[pop].astype(float).to_numpy() if pop else None
        table, members = band_groups(frame[city], frame[band], population, areas, flows, city_codes)
        city_names = dict(zip(frame[city], frame[label])) if label else {}
        table.insert(1, "city_name", table["city_code"].map(city_names).fillna(table["city_code"]))
        dissolved = []
        for k, idx in enumerate(members):
            self.check_canceled(feedback)
            dissolved.append(QgsGeometry.unaryUnion([geometries[i] for i in idx]))
            feedback.setProgress(100.0 * (k + 1) / len(members))
        sink, dest_id = self.sink_for_frame(
            parameters, self.OUTPUT, context, table, QgsWkbTypes.Type.MultiPolygon, source.sourceCrs()
        )
        for geom in dissolved:
            geom.convertToMultiType()
        self.write_frame(sink, table, dissolved, feedback)
        attach_city_style(self, parameters, context, dest_id, field="city_code", name_field="city_name")
        return {self.OUTPUT: dest_id}
