"""hema:stylecatchments — style a catchment layer by dominant city and band (HEMA palette, Dutch legend)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from ..qgis_io import outputs
from ..styling.renderers import categorised_by_city
from .base import HemaAlgorithm


class StyleCatchments(HemaAlgorithm):
    """Apply the catchment style to a layer in place and optionally save it as a QML file."""

    GROUP_ID = "catchments"
    NO_THREADING = True
    INPUT, CITY_FIELD, NAME_FIELD, BAND_FIELD = "INPUT", "CITY_FIELD", "NAME_FIELD", "BAND_FIELD"
    LANGUAGE, QML, OUTPUT = "LANGUAGE", "QML", "OUTPUT"

    def name(self) -> str:
        return "stylecatchments"

    def displayName(self) -> str:
        return self.tr("Style catchment layer")

    def shortHelpString(self) -> str:
        return self.tr(
            "Styles a catchment layer (zones or catchment polygons) by dominant city and band: the fixed HEMA "
            "colour of each city, full for own and primary zones, lighter for secondary zones, hatched for "
            "contested zones, light grey without a catchment; labels the cities' own zones; legend in Dutch "
            "(or English). The catchment algorithms apply this style to their outputs automatically. Optionally "
            "saves the style as a QML file."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(
            QgsProcessingParameterVectorLayer(self.INPUT, self.tr("Catchment layer")),
            self.tr("Layer to style (its style is changed in place)."),
        )
        for name, label, default, optional in (
            (self.CITY_FIELD, "City code field", "dom_code", False),
            (self.NAME_FIELD, "City name field", "dom_name", True),
            (self.BAND_FIELD, "Band field", "band", True),
        ):
            self.add(
                QgsProcessingParameterField(name, self.tr(label), default, self.INPUT, optional=optional),
                self.tr("Field of the catchment layer (catchment polygons: city_code, city_name, band)."),
            )
        self.add_language(self.tr("Legend language"), self.tr("Language of the legend and labels."))
        self.add(
            QgsProcessingParameterFileDestination(
                self.QML, self.tr("Save style as"), self.tr("QGIS style (*.qml)"), optional=True, createByDefault=False
            ),
            self.tr("Optional QML file to save the style to."),
        )
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, self.tr("Styled layer")))
        self.add_overwrite()

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        city, name, band = (
            self.field_name(parameters, p, context, layer) for p in (self.CITY_FIELD, self.NAME_FIELD, self.BAND_FIELD)
        )
        language = self.language(parameters, context)
        categorised_by_city(layer, city, band or None, name or None, language)
        results = {self.OUTPUT: layer.id()}
        path = self.parameterAsFileOutput(parameters, self.QML, context)
        if path:
            with outputs.atomic_file(path, outputs.verify_xml) as temp:
                message, ok = layer.saveNamedStyle(str(temp))
                if not ok or not temp.exists():
                    raise outputs.write_error(path, message or "the style could not be saved")
            results[self.QML] = path
        return results
