"""Indicator-layer parameters shared by hema:loadlayers (choropleths per theme) — a mixin on HemaAlgorithm."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import vocabulary as v
from ..core.classify import METHODS
from ..core.indicator_catalogue import BY_ID
from ..core.themes import THEME_CODES
from ..qgis_io.indicator_layers import load_indicator_groups


class IndicatorLayersMixin:
    """Adds INDICATOR_LAYERS, INDICATORS, CLASSIFICATION, CLASSES and loads the choropleths."""

    INDICATOR_LAYERS = v.INDICATOR_LAYERS
    INDICATORS = v.INDICATORS
    CLASSIFICATION = v.CLASSIFICATION
    CLASSES = v.CLASSES
    INDICATOR_LAYER_COUNT = v.INDICATOR_LAYER_COUNT

    def add_indicator_parameters(self) -> None:
        """Declare the indicator-layer parameters and the layer-count output."""
        self.add(
            QgsProcessingParameterBoolean(
                self.INDICATOR_LAYERS, self.tr("Load indicator maps"), defaultValue=False, optional=True
            ),
            self.tr("Add a group per chosen theme with a choropleth per CBS indicator (HEMA and reference cities "
                    "outlined; diverging colours around the NL value where higher is better or worse)."),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterString(self.INDICATORS, self.tr("Indicators"), optional=True),
            self.tr("Comma-separated indicator ids (e.g. employment_rate, dist_hospital), each mapped in its own "
                    "theme's group; empty = the key indicators of the chosen themes."),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterEnum(
                self.CLASSIFICATION,
                self.tr("Classification"),
                [self.tr("Quantiles"), self.tr("Natural breaks (Jenks)"), self.tr("Equal interval"),
                 self.tr("Pretty breaks")],
                defaultValue=0,
                optional=True,
            ),
            self.tr("How the indicator values are divided into classes."),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterNumber(
                self.CLASSES, self.tr("Number of classes"), QgsProcessingParameterNumber.Type.Integer, 5, True, 2, 9
            ),
            self.tr("Number of classes of each choropleth (2-9; the NL value adds a break where it splits a class)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                v.LANGUAGE, self.tr("Legend language"), ["Nederlands", "English"], defaultValue=0, optional=True
            ),
            self.tr("Language of the indicator layer names and legends."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.INDICATOR_LAYER_COUNT, self.tr("Number of indicator maps")))

    def load_indicators(self, parameters, context, themes: list[str], year, top: str, feedback) -> int:
        """Load the indicator maps when asked; returns how many were added."""
        if not self.parameterAsBoolean(parameters, self.INDICATOR_LAYERS, context):
            return 0
        text = self.parameterAsString(parameters, self.INDICATORS, context) or ""
        ids = [i.strip() for i in text.split(",") if i.strip()]
        unknown = [i for i in ids if i not in BY_ID]
        if unknown:
            from qgis.core import QgsProcessingException

            raise QgsProcessingException(
                self.tr("Unknown indicators {}; known are: {}").format(", ".join(unknown), ", ".join(BY_ID))
            )
        count = load_indicator_groups(
            context,
            [t for t in themes if t in THEME_CODES],
            ids,
            METHODS[self.parameterAsEnum(parameters, self.CLASSIFICATION, context)],
            self.parameterAsInt(parameters, self.CLASSES, context),
            year,
            top,
            self.language(parameters, context),
            feedback,
        )
        feedback.pushInfo(self.tr("Indicator maps: {}").format(count))
        return count
