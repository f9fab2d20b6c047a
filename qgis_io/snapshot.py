"""Independent copies of an algorithm's input layers, taken on the main thread before a background run starts.

A QgsProcessingFeatureSource made on the worker thread wraps the project layer itself: asking it for its CRS,
fields or features after the user removed the layer (or cleared the project) reads freed memory and kills QGIS.
A FrozenSource instead holds copies of the layer's CRS, fields, geometry type, count and name plus a
QgsVectorLayerFeatureSource (the thread-safe copy QGIS's own feature iterators use), so nothing the worker touches
can be deleted by the main thread. HemaAlgorithm.prepareAlgorithm (main thread in QgsProcessingAlgRunnerTask)
freezes every feature-source parameter; HemaAlgorithm.source() hands the algorithm a QgsProcessingFeatureSource
over the frozen copy.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProperty,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsVectorLayerSelectedFeatureSource,
)

from .gpkg_table import geopackage_table


class FrozenSource(QgsFeatureSource):
    """A feature source that no longer refers to its layer: copies of its metadata plus an independent reader."""

    def __init__(self, layer: QgsVectorLayer, selected_only: bool = False, limit: int = -1):
        super().__init__()
        # the file and table GDAL may read in bulk instead (unfiltered, unedited GeoPackage), else None
        self.table = geopackage_table(layer, selected_only, limit)
        if selected_only:
            self._reader = QgsVectorLayerSelectedFeatureSource(layer)
            self._count = layer.selectedFeatureCount()
        else:
            self._reader = QgsVectorLayerFeatureSource(layer)
            self._count = layer.featureCount()
        self._crs = QgsCoordinateReferenceSystem(layer.crs())
        self._fields = QgsFields(layer.fields())
        self._wkb_type = layer.wkbType()
        self._name = layer.name()
        self._extent = QgsRectangle(layer.extent())

    def getFeatures(self, request: QgsFeatureRequest = QgsFeatureRequest()):  # noqa: B008
        return self._reader.getFeatures(request)

    def sourceCrs(self) -> QgsCoordinateReferenceSystem:
        return QgsCoordinateReferenceSystem(self._crs)

    def fields(self) -> QgsFields:
        return QgsFields(self._fields)

    def wkbType(self):
        return self._wkb_type

    def featureCount(self) -> int:
        return self._count

    def sourceName(self) -> str:
        return self._name

    def sourceExtent(self) -> QgsRectangle:
        return QgsRectangle(self._extent)


def freeze_sources(alg, parameters: dict, context: QgsProcessingContext) -> dict[str, tuple[FrozenSource, int]]:
    """{parameter name: (frozen copy, feature limit)} for every feature-source parameter given as a layer."""
    frozen = {}
    for definition in alg.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterFeatureSource):
            continue
        value = parameters.get(definition.name())
        if value is None or value == "":
            continue
        selected, limit = False, -1
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            selected, limit = value.selectedFeaturesOnly, value.featureLimit
            if isinstance(value.source, QgsProperty) and value.source.propertyType() != QgsProperty.Type.StaticProperty:
                continue  # an expression: resolved on the run's own thread as before
        layer = alg.parameterAsVectorLayer(parameters, definition.name(), context)
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            frozen[definition.name()] = (FrozenSource(layer, selected, limit), limit)
    return frozen


def frozen_feature_source(
    frozen: tuple[FrozenSource, int], context: QgsProcessingContext
) -> QgsProcessingFeatureSource:
    """A QgsProcessingFeatureSource (context's invalid-geometry handling, feature limit) over a frozen copy.

    Its gpkg_table tells read_frame which GeoPackage table it may read in bulk (None: read through QGIS).
    """
    source, limit = frozen
    wrapped = QgsProcessingFeatureSource(source, context, False, limit)
    wrapped.frozen = source  # the wrapper does not own the copy: without this reference it could be freed first
    wrapped.gpkg_table = source.table
    return wrapped
