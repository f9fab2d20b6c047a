"""hema:loadlayers — load the HEMA cities, zones, flows and provinces, validated and styled, grouped per theme."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import vocabulary as v
from ..core.datamodel import GEOMETRY, LAYER_NAMES_NL, NUMERIC_FIELDS, check_fields, check_themes, missing_kinds
from ..core.themes import THEME_CODES, theme
from ..paths import DEFAULT_GPKG
from ..qgis_io.layertree import BASE_GROUP, GroupPlacer
from ..qgis_io.sources import from_folder, from_geopackage, from_postgis, is_geometry_layer, target_crs
from .base import HemaAlgorithm
from .indicators_base import IndicatorLayersMixin

SOURCES = v.LOAD_SOURCES
KIND_OUTPUTS = v.KIND_OUTPUTS
STYLES = {"cities": "steden", "zones": "zones", "provinces": "provincies", "flows": None}
RANKS = {"cities": 0, "provinces": 1, "zones": 2, "flows": 3}
TOP_GROUP = "HEMA Steden"


class LoadLayers(IndicatorLayersMixin, HemaAlgorithm):
    """Validate and load the HEMA layers from the bundled data, a GeoPackage, a folder or PostGIS."""

    SOURCE, GEOPACKAGE, FOLDER, DATABASE, SCHEMA = v.LOAD_SOURCE, v.GEOPACKAGE, v.FOLDER, v.DATABASE, v.SCHEMA
    THEMES, YEAR = v.THEMES, v.YEAR
    OUTPUT_CITIES, OUTPUT_ZONES, OUTPUT_FLOWS, OUTPUT_PROVINCES = (
        KIND_OUTPUTS["cities"], KIND_OUTPUTS["zones"], KIND_OUTPUTS["flows"], KIND_OUTPUTS["provinces"],
    )  # fmt: skip

    def name(self) -> str:
        return "loadlayers"

    def displayName(self) -> str:
        return self.tr("Load HEMA indicator layers")

    def shortHelpString(self) -> str:
        return self.tr(
            "Loads the HEMA layers — cities (steden), zones, flows (stromen) and provinces (provincies) — from the "
            "bundled default data, a GeoPackage, a folder of GeoPackage/CSV files or a PostGIS database, checks "
            "them against the HEMA data model and adds them to the project, styled, in a group per theme.\n\n"
            "Tables are found by name: steden/cities, zones/gemeenten, flows/stromen, provinces/provincies "
            "(in a folder: files with these names, .gpkg or .csv; CSV cities/zones need x and y columns in "
            "EPSG:28992). Required fields: cities code, name, role, population; zones code, name, population; "
            "flows origin, destination, theme, value; provinces name. Layers in a geographic CRS are refused; "
            "other projected CRSs are reprojected to EPSG:28992.\n\n"
            "PostGIS: give the name of a QGIS PostgreSQL connection or a DSN such as "
            "'host=127.0.0.1 port=5432 dbname=hema_test user=hema password=...'.\n\n"
            "Flows are filtered to the chosen themes and, when given, the year. Outputs: OUTPUT_CITIES, "
            "OUTPUT_ZONES, OUTPUT_FLOWS (all chosen themes) and OUTPUT_PROVINCES, usable by later algorithms "
            "and in the Graphical Modeler. Cities get the fixed HEMA palette: one colour per city everywhere."
        ) + self.tr(
            "\n\nIndicator maps (optional): per chosen theme a group with a graduated map of each key CBS indicator "
            "(or the indicators named), classified by quantiles, natural breaks, equal interval or pretty breaks, "
            "coloured around the NL value where higher is better or worse, the HEMA and reference cities outlined."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(
            QgsProcessingParameterEnum(
                self.SOURCE,
                self.tr("Source"),
                [self.tr("Bundled HEMA data"), self.tr("GeoPackage"), self.tr("Folder"), self.tr("PostGIS database")],
                defaultValue=0,
            ),
            self.tr("Where the HEMA layers come from."),
        )
        self.add(
            QgsProcessingParameterFile(self.GEOPACKAGE, self.tr("GeoPackage"), extension="gpkg", optional=True),
            self.tr("GeoPackage with the HEMA tables (Source = GeoPackage)."),
        )
        self.add(
            QgsProcessingParameterFile(
                self.FOLDER, self.tr("Folder"), QgsProcessingParameterFile.Behavior.Folder, optional=True
            ),
            self.tr("Folder with steden/zones/flows/provinces .gpkg or .csv files (Source = Folder)."),
        )
        self.add(
            QgsProcessingParameterString(self.DATABASE, self.tr("PostGIS connection or DSN"), optional=True),
            self.tr("Name of a QGIS PostgreSQL connection, or a DSN 'host=... port=... dbname=... user=...'."),
        )
        self.add(
            QgsProcessingParameterString(self.SCHEMA, self.tr("PostGIS schema"), defaultValue="public"),
            self.tr("Schema holding the HEMA tables (Source = PostGIS)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(
                self.THEMES,
                self.tr("Themes"),
                list(v.THEME_OPTIONS),
                allowMultiple=True,
                defaultValue=list(range(len(v.THEME_OPTIONS))),
            ),
            self.tr("Themes whose flows are loaded; each theme gets its own layer group."),
        )
        self.add_year(self.tr("Load only flows of this year; empty = all years."))
        descriptions = {
            "cities": (self.tr("HEMA cities"), self.tr("The validated cities (points) in EPSG:28992.")),
            "zones": (self.tr("HEMA zones"), self.tr("The validated zones in EPSG:28992.")),
            "flows": (self.tr("HEMA flows"), self.tr("The flows of the chosen themes and year (table).")),
            "provinces": (self.tr("HEMA provinces"), self.tr("The province outlines in EPSG:28992.")),
        }
        for kind, output in KIND_OUTPUTS.items():
            self.add(
                QgsProcessingParameterFeatureSink(
                    output,
                    descriptions[kind][0],
                    QgsProcessing.SourceType.TypeVector
                    if kind == "flows"
                    else QgsProcessing.SourceType.TypeVectorAnyGeometry,
                    optional=kind == "provinces",
                ),
                descriptions[kind][1],
            )
        self.add_indicator_parameters()
        self.add_overwrite()

    # -- sources ---------------------------------------------------------------------------------------------
    def _open(self, parameters, context) -> tuple[dict[str, QgsVectorLayer | None], str]:
        source = SOURCES[self.parameterAsEnum(parameters, self.SOURCE, context)]
        if source == "bundled":
            if not DEFAULT_GPKG.is_file():
                raise QgsProcessingException(
                    self.tr("The bundled data {} is missing; reinstall the plugin or run 'make data'.").format(
                        DEFAULT_GPKG
                    )
                )
            return from_geopackage(DEFAULT_GPKG), self.tr("bundled HEMA data")
        if source == "geopackage":
            path = self.parameterAsFile(parameters, self.GEOPACKAGE, context)
            if not path:
                raise QgsProcessingException(self.tr("Source is GeoPackage, but no GeoPackage was given; choose one."))
            return from_geopackage(Path(path)), path
        if source == "folder":
            path = self.parameterAsFile(parameters, self.FOLDER, context)
            if not path:
                raise QgsProcessingException(self.tr("Source is Folder, but no folder was given; choose one."))
            return from_folder(Path(path)), path
        database = self.parameterAsString(parameters, self.DATABASE, context)
        schema = self.parameterAsString(parameters, self.SCHEMA, context) or "public"
        return from_postgis(database, schema), self.tr("PostGIS schema {}").format(schema)

    def _validate(self, kind: str, layer: QgsVectorLayer, where: str) -> None:
        what = self.tr("{} layer '{}' in {}").format(kind, layer.name(), where)
        if not layer.isValid():
            raise QgsProcessingException(self.tr("{} cannot be opened; check the file or table.").format(what))
        if GEOMETRY[kind] != "none":
            if not is_geometry_layer(layer):
                raise QgsProcessingException(self.tr("{} has no geometries; it needs {}.").format(what, GEOMETRY[kind]))
            wanted = {
                "point": QgsWkbTypes.GeometryType.PointGeometry,
                "polygon": QgsWkbTypes.GeometryType.PolygonGeometry,
            }.get(GEOMETRY[kind])
            if wanted is not None and layer.geometryType() != wanted:
                raise QgsProcessingException(
                    self.tr("{} has {} geometries; it needs {} geometries.").format(
                        what, QgsWkbTypes.geometryDisplayString(layer.geometryType()), GEOMETRY[kind]
                    )
                )
            self.require_projected(layer.crs(), what)
        check_fields(kind, layer.fields().names(), what)
        for name in NUMERIC_FIELDS[kind]:
            if not layer.fields().field(name).isNumeric():
                raise QgsProcessingException(
                    self.tr("{}: field '{}' holds text, it must be numeric; convert it to a number field.").format(
                        what, name
                    )
                )
        self.require_features(layer, what)
        if kind == "flows":
            check_themes(layer.uniqueValues(layer.fields().lookupField("theme")), what)

    # -- copying ---------------------------------------------------------------------------------------------
    def _copy(self, parameters, kind, layer, context, feedback, request=None) -> tuple[str, int]:
        geometric = GEOMETRY[kind] != "none"
        sink, dest_id = self.open_sink(
            parameters,
            KIND_OUTPUTS[kind],
            context,
            layer.fields(),
            layer.wkbType() if geometric else QgsWkbTypes.Type.NoGeometry,
            target_crs() if geometric else QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            if kind == "provinces":
                return "", 0
            raise QgsProcessingException(self.invalidSinkError(parameters, KIND_OUTPUTS[kind]))
        request = request or QgsFeatureRequest()
        if geometric:
            request.setDestinationCrs(target_crs(), context.transformContext())
        else:
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        count = 0
        try:
            for feature in layer.getFeatures(request):
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Canceled."))
                if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                    if hasattr(sink, "error"):  # a file output: one sentence with the path and the cause
                        raise sink.error(sink.lastError())
                    raise QgsProcessingException(self.tr("Could not write {}: {}").format(kind, sink.lastError()))
                count += 1
            self.finish_sink(sink, count)
        except BaseException:
            if hasattr(sink, "abort"):
                sink.abort()
            raise
        return dest_id, count

    def _flow_request(self, layer, themes, year) -> QgsFeatureRequest:
        quoted = ", ".join(QgsExpression.quotedString(t) for t in themes)
        expression = f'"theme" IN ({quoted})'
        if year is not None and "year" in layer.fields().names():
            expression += f' AND "year" = {int(year)}'
        return QgsFeatureRequest().setFilterExpression(expression)

    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        layers, where = self._open(parameters, context)
        missing = missing_kinds(layers)
        if missing:
            raise QgsProcessingException(
                self.tr("{} has no {} table; name the tables steden, zones, flows and provincies.").format(
                    where, ", ".join(missing)
                )
            )
        for kind, layer in layers.items():
            if layer is not None:
                self._validate(kind, layer, where)
            else:
                feedback.pushWarning(
                    self.tr("{} has no provinces table; no province outlines are loaded.").format(where)
                )
        themes = [THEME_CODES[i] for i in self.parameterAsEnums(parameters, self.THEMES, context)] or list(THEME_CODES)
        year = None if parameters.get(self.YEAR) in (None, "") else self.parameterAsInt(parameters, self.YEAR, context)
        top = f"{TOP_GROUP} {year}" if year is not None else TOP_GROUP

        results = {}
        for step, kind in enumerate(("cities", "zones", "provinces")):
            steps.setCurrentStep(step)
            if layers[kind] is None:
                continue
            dest_id, count = self._copy(parameters, kind, layers[kind], context, steps)
            results[KIND_OUTPUTS[kind]] = dest_id
            feedback.pushInfo(self.tr("{}: {} features").format(LAYER_NAMES_NL[kind], count))
            GroupPlacer.attach(context, dest_id, [top, BASE_GROUP], LAYER_NAMES_NL[kind], STYLES[kind], RANKS[kind])

        steps.setCurrentStep(3)
        flows_layer = layers["flows"]
        request = self._flow_request(flows_layer, themes, year)
        dest_id, count = self._copy(parameters, "flows", flows_layer, context, steps, request)
        if count == 0:
            raise QgsProcessingException(
                self.tr("{} holds no flows for themes {}{}; choose other themes or another year.").format(
                    where, ", ".join(themes), self.tr(" in {}").format(year) if year is not None else ""
                )
            )
        results[self.OUTPUT_FLOWS] = dest_id
        steps.setCurrentStep(4)
        self._theme_layers(context, flows_layer, request, themes, top, dest_id, feedback)
        results[self.INDICATOR_LAYER_COUNT] = self.load_indicators(parameters, context, themes, year, top, feedback)
        return results

    def _theme_layers(self, context: QgsProcessingContext, flows, request, themes, top, dest_id, feedback) -> None:
        """Put the flows of each theme in its own group; with one theme the OUTPUT_FLOWS layer itself."""
        counts = {t: 0 for t in themes}
        index = flows.fields().lookupField("theme")
        for feature in flows.getFeatures(QgsFeatureRequest(request).setFlags(QgsFeatureRequest.Flag.NoGeometry)):
            counts[feature.attributes()[index]] += 1
        present = [t for t in themes if counts[t]]
        if not context.willLoadLayerOnCompletion(dest_id):
            return
        for t in themes:
            if not counts[t]:
                feedback.pushInfo(self.tr("No flows for theme {}; its group is left out.").format(theme(t).label_nl))
        if len(present) == 1:
            label = theme(present[0]).label_nl
            GroupPlacer.attach(context, dest_id, [top, label], f"stromen {label}", None, RANKS["flows"])
            return
        GroupPlacer.attach(context, dest_id, [top, BASE_GROUP], "stromen (alle thema's)", None, RANKS["flows"])
        for t in present:
            label = theme(t).label_nl
            layer = QgsVectorLayer("None", f"stromen {label}", "memory")
            layer.dataProvider().addAttributes(flows.fields().toList())
            layer.updateFields()
            subset = QgsFeatureRequest(request).setFlags(QgsFeatureRequest.Flag.NoGeometry)
            subset.combineFilterExpression(f'"theme" = {QgsExpression.quotedString(t)}')
            layer.dataProvider().addFeatures(list(flows.getFeatures(subset)))
            context.temporaryLayerStore().addMapLayer(layer)
            context.addLayerToLoadOnCompletion(
                layer.id(), QgsProcessingContext.LayerDetails(layer.name(), context.project(), layer.name())
            )
            GroupPlacer.attach(context, layer.id(), [top, label], layer.name(), None, RANKS["flows"])
