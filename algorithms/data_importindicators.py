"""hema:importindicators — import a user's indicator file (long CSV or wide CBS export) into the indicator table."""

from __future__ import annotations

from html import escape
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)

from ..core import vocabulary as v
from ..core.indicatorio import parse_indicators, read_table
from ..core.themes import THEME_CODES
from ..qgis_io.dataio import guard_output
from ..qgis_io.indicators import bundled_tables
from .base import HemaAlgorithm

DELIMITERS = (None, ";", ",", "\t")


class ImportIndicators(HemaAlgorithm):
    """Read a long or wide indicator CSV, check codes, numbers, duplicates and themes, write the indicator table."""

    INPUT = "INPUT"
    DELIMITER = "DELIMITER"
    THEME = v.THEME
    YEAR = v.YEAR
    INVALID = "INVALID"
    OVERWRITE = v.OVERWRITE
    OUTPUT = v.OUTPUT
    REPORT = "REPORT"
    ROW_COUNT = "ROW_COUNT"
    SKIPPED_CODES = "SKIPPED_CODES"

    def name(self) -> str:
        return "importindicators"

    def displayName(self) -> str:
        return self.tr("Import indicator table")

    def shortHelpString(self) -> str:
        return self.tr(
            "Imports indicators of your own into the HEMA indicator format (code, theme, indicator, value, unit, "
            "year, source), for hema:comparecities and the indicator maps.\n\n"
            "Input: a long CSV (columns code, indicator, value, year and optionally theme and unit; Dutch names "
            "such as waarde, jaar, thema are recognised) or a wide CBS StatLine or Wijk- en buurtkaart export (one "
            "row per area, a code column such as GM_CODE, RegioS or Codering_3, one column per indicator). CBS "
            "column names (AF_ARTSPR, WOZ, P_KOOPWON, ...) are matched to the catalogue and take its theme and unit. "
            "Decimal commas and CBS missing-value codes ('.', 'x', '-', -99997, -99999999, ...) are read; missing "
            "cells are left out and counted.\n\n"
            "Checks: area codes must look like GM0106, WK010600 or BU01060000 and exist in the bundled CBS areas "
            "(unknown codes are skipped and listed); text in a number column and duplicate (code, indicator, year) "
            "rows stop the import with the row and column named, or are skipped and reported; indicators outside "
            "the catalogue need a theme column or the Theme parameter, otherwise they are skipped and listed (a file "
            "with no known theme at all stops the import)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("Indicator file (CSV)"),
                QgsProcessingParameterFile.Behavior.File,
                fileFilter="CSV (*.csv *.txt)",
            ),
            self.tr("Long CSV or wide CBS StatLine / Wijk- en buurtkaart export."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.DELIMITER, self.tr("Delimiter"), [self.tr("Detect"), ";", ",", self.tr("Tab")], defaultValue=0
            ),
            self.tr("Column delimiter of the CSV file."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.THEME, self.tr("Theme of indicators outside the catalogue"), list(v.THEME_OPTIONS), optional=True
            ),
            self.tr(
                "Theme given to indicators that are not in the catalogue and have no theme column; empty = "
                "from the file or the catalogue."
            ),
        )
        self.add_year(self.tr("Year of the values when the file has no year (or Perioden) column."))
        self.add(
            QgsProcessingParameterEnum(
                self.INVALID,
                self.tr("Text cells and duplicate rows"),
                [self.tr("Stop with an error"), self.tr("Skip and report")],
                defaultValue=0,
            ),
            self.tr("What to do with text in a number column and with duplicate (code, indicator, year) rows."),
        )
        self.add(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing output"), False),
            self.tr("Replace an existing output file or table; without it an existing output stops the import."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Indicators"), QgsProcessing.SourceType.TypeVector),
            self.tr("The indicator table code, theme, indicator, value, unit, year, source."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.REPORT, self.tr("Import report"), self.tr("HTML files (*.html)"), optional=True
            ),
            self.tr("HTML report: rows read and written, missing cells, skipped codes, duplicates, themes."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.ROW_COUNT, self.tr("Number of indicator rows")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED_CODES, self.tr("Number of unknown area codes")))

    def process(self, parameters, context, feedback):
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report_path and Path(report_path).exists() and not overwrite:
            raise QgsProcessingException(
                self.tr(
                    "The report {} already exists; choose another file or tick 'Overwrite existing output'."
                ).format(report_path)
            )
        guard_output(self, parameters, self.OUTPUT, context, overwrite)
        path = self.parameterAsFile(parameters, self.INPUT, context)
        frame = read_table(path, DELIMITERS[self.parameterAsEnum(parameters, self.DELIMITER, context)])
        self.check_canceled(feedback)
        theme = None
        if parameters.get(self.THEME) not in (None, "", []):
            theme = THEME_CODES[self.parameterAsEnum(parameters, self.THEME, context)]
        year = None if parameters.get(self.YEAR) in (None, "") else self.parameterAsInt(parameters, self.YEAR, context)
        _, areas = bundled_tables()
        table, report = parse_indicators(
            frame,
            Path(path).name,
            theme=theme,
            year=year,
            known_codes=set(areas["code"]),
            skip_invalid=self.parameterAsEnum(parameters, self.INVALID, context) == 1,
        )
        for line in report.lines():
            feedback.pushInfo(line)
        if report.unknown_codes or report.no_theme or report.duplicates:
            feedback.reportError(self.tr("Some rows were skipped; see the log or the report."), False)
        sink, dest_id = self.sink_for_frame(
            parameters, self.OUTPUT, context, table, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem()
        )
        self.write_frame(sink, table, feedback=feedback)
        del sink
        results = {self.OUTPUT: dest_id, self.ROW_COUNT: len(table), self.SKIPPED_CODES: len(report.unknown_codes)}
        if report_path:
            body = "".join(f"<li>{escape(line)}</li>" for line in report.lines())
            title = escape(self.tr("Indicator import: {}").format(Path(path).name))
            Path(report_path).write_text(f"<html><body><h1>{title}</h1><ul>{body}</ul></body></html>", "utf-8")
            results[self.REPORT] = report_path
        return results
