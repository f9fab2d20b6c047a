"""hema:comparecities — the Quickscan comparison: cities against each other, Drenthe and NL, per theme."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import vocabulary as v
from ..core.cities import CITIES
from ..core.indicator_charts import comparison_chart
from ..core.indicators import catchment_values, compare, with_catchment
from ..core.themes import THEME_CODES
from ..qgis_io.dataio import guard_output
from ..qgis_io.indicators import merged_table, read_user_table
from .base import HemaAlgorithm

DEFAULT_CITIES = ",".join(code for code, (_, role, _) in CITIES.items() if role in ("hema", "referentie"))


def city_codes(text: str) -> list[str]:
    """Comma-separated municipality codes ('GM0106, 106, 0106') as GMxxxx codes, in order, without repeats."""
    codes = (part.upper() for part in v.parse_city_codes(text))
    return list(dict.fromkeys(f"GM{int(part):04d}" if part.isdigit() else part for part in codes))


class CompareCities(HemaAlgorithm):
    """Indicator values of chosen cities next to Drenthe and NL: index, rank and verdict by the indicator's sense."""

    INDICATORS = v.INDICATORS
    CITY_CODES = v.CITY_CODES
    THEMES = v.THEMES
    YEAR = v.YEAR
    CATCHMENTS = v.CATCHMENTS
    OVERWRITE = v.OVERWRITE
    OUTPUT = v.OUTPUT
    CHARTS = v.CHARTS
    ROWS = "ROWS"

    def name(self) -> str:
        return "comparecities"

    def displayName(self) -> str:
        return self.tr("Compare cities on indicators (Quickscan)")

    def shortHelpString(self) -> str:
        return self.tr(
            "The Quickscan comparison of the essay: for the chosen cities (default the HEMA cities Assen, Emmen, "
            "Hoogeveen and Meppel and the reference cities Groningen, Zwolle and Leeuwarden) and themes, every "
            "indicator's value for the municipality, the Drenthe and NL values, an index (NL = 100), the rank among "
            "the chosen cities (1 = best; for indicators without a better direction: the highest) and whether the "
            "city does better or worse than NL by the indicator's sense.\n\n"
            "Indicators: the bundled CBS table (kerncijfers 2022, Wijk- en buurtkaart 2015 and 2018); a table of "
            "your own (code, indicator, value, year, e.g. from 'Import indicator table') adds or replaces rows. "
            "Each indicator uses the given year, or its latest year. NL and Drenthe are weighted means over the "
            "municipalities with the indicator's base (inhabitants, inhabitants 15-64, dwellings, households, "
            "firms, area); counts are summed.\n\n"
            "Functional versus administrative: with a catchment layer (any output of the catchment algorithms, "
            "observed or modelled: zones with code and dom_code) every city's indicators are also computed over "
            "the zones of its catchment, weighted the same way, next to the municipality alone.\n\n"
            "Outputs: the comparison table and, when a folder is given, one chart per theme (small multiples, "
            "cities in their fixed colours, NL and Drenthe as lines) in the chosen language."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(
            QgsProcessingParameterFeatureSource(
                self.INDICATORS, self.tr("Own indicator table"), [QgsProcessing.SourceType.TypeVector], optional=True
            ),
            self.tr("Optional table code, indicator, value, year (theme, unit): added to the bundled CBS indicators."),
        )
        self.add(
            QgsProcessingParameterString(self.CITY_CODES, self.tr("City codes"), defaultValue=DEFAULT_CITIES),
            self.tr("Comma-separated CBS municipality codes of the cities to compare (GM0106 or 106)."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.THEMES,
                self.tr("Themes"),
                list(v.THEME_OPTIONS),
                allowMultiple=True,
                defaultValue=list(range(len(v.THEME_OPTIONS))),
            ),
            self.tr("Themes whose indicators are compared."),
        )
        self.add_year(self.tr("Use only indicators of this year; empty = each indicator's latest year."))
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CATCHMENTS,
                self.tr("Catchment areas (functional comparison)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            ),
            self.tr("Optional catchment output (zones with code and dom_code): indicators over each city's zones."),
        )
        self.add_language(self.tr("Language"), self.tr("Language of the labels in the table and the charts."))
        self.add(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing output"), False),
            self.tr("Replace an existing output table or chart; without it an existing output stops the run."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Comparison"), QgsProcessing.SourceType.TypeVector),
            self.tr(
                "Table code, name, theme, indicator, label, unit, year, value, drenthe, nl, index_nl, rank, verdict."
            ),
        )
        self.add(
            QgsProcessingParameterFolderDestination(self.CHARTS, self.tr("Chart folder"), optional=True),
            self.tr("Folder for the charts comparison_<theme>.png (small multiples per theme); empty = no charts."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.ROWS, self.tr("Number of rows")))

    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        guard_output(self, parameters, self.OUTPUT, context, overwrite)
        lang = self.language(parameters, context)
        cities = city_codes(self.parameterAsString(parameters, self.CITY_CODES, context))
        themes = [THEME_CODES[i] for i in self.parameterAsEnums(parameters, self.THEMES, context)] or list(THEME_CODES)
        year = None if parameters.get(self.YEAR) in (None, "") else self.parameterAsInt(parameters, self.YEAR, context)
        user = None
        if parameters.get(self.INDICATORS):
            source = self.source(parameters, self.INDICATORS, context)
            user = read_user_table(source, self.tr("Own indicator table"), steps)
        table, areas = merged_table(user)
        steps.setCurrentStep(1)
        comparison = compare(table, areas, cities, themes, year, lang)
        if comparison.empty:
            raise QgsProcessingException(
                self.tr("No indicators for themes {}{}; choose other themes or leave the year empty.").format(
                    ", ".join(themes), self.tr(" in {}").format(year) if year is not None else ""
                )
            )
        if parameters.get(self.CATCHMENTS):
            comparison = self._functional(parameters, context, table, comparison, year, steps)
        steps.setCurrentStep(2)
        sink, dest_id = self.sink_for_frame(
            parameters, self.OUTPUT, context, comparison, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem()
        )
        self.write_frame(sink, comparison, feedback=steps)
        del sink
        results = {self.OUTPUT: dest_id, self.ROWS: len(comparison)}
        folder = self.parameterAsString(parameters, self.CHARTS, context)
        if parameters.get(self.CHARTS) not in (None, "") and folder:
            steps.setCurrentStep(3)
            results[self.CHARTS] = self._charts(comparison, themes, Path(folder), lang, overwrite, feedback)
        return results

    def _functional(self, parameters, context, table, comparison, year, feedback):
        source = self.source(parameters, self.CATCHMENTS, context)
        zones = self.read_frame(source, ["code", "dom_code"], self.tr("Catchment areas"), feedback)
        zones["code"] = zones["code"].astype(str)
        values, missing = catchment_values(table, zones, list(dict.fromkeys(comparison["indicator"])), year)
        if missing:
            feedback.pushWarning(
                self.tr("{} catchment zones have no indicator values and are left out: {}").format(
                    len(missing), ", ".join(missing[:10])
                )
            )
        return with_catchment(comparison, values)

    def _charts(self, comparison, themes, folder: Path, lang, overwrite, feedback) -> str:
        folder.mkdir(parents=True, exist_ok=True)
        for code in themes:
            self.check_canceled(feedback)
            if not (comparison["theme"] == code).any():
                continue
            path = folder / f"comparison_{code}.png"
            if path.exists() and not overwrite:
                raise QgsProcessingException(
                    self.tr(
                        "The chart {} already exists; choose another folder or tick 'Overwrite existing output'."
                    ).format(path)
                )
            comparison_chart(comparison, code, path, lang)
            feedback.pushInfo(self.tr("Chart: {}").format(path))
        return str(folder)
