"""hema:importflows — import a user's flow table (long or square-matrix CSV) into a validated HEMA flows table."""

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
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import vocabulary as v
from ..core.flowio import read_flow_file
from ..core.flowmatch import label_lookup, match_flows
from ..core.themes import THEME_CODES
from ..qgis_io import outputs
from ..qgis_io.dataio import guard_output
from .base import HemaAlgorithm

LAYOUTS = ("auto", "long", "matrix")
DELIMITER_CHOICES = (None, ";", ",", "\t")
ENCODING_CHOICES = (None, "utf-8", "cp1252")
CODE_FIELDS = ("code", "statcode", "gm_code", "gemeentecode", "id")
NAME_FIELDS = ("name", "statnaam", "naam", "gemeentenaam")


class ImportFlows(HemaAlgorithm):
    """Read a long or matrix flow CSV, match its labels to zones and write a validated flows table."""

    INPUT = "INPUT"
    ZONES = "ZONES"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    LAYOUT = "LAYOUT"
    DELIMITER = "DELIMITER"
    ENCODING = "ENCODING"
    THEME = "THEME"
    YEAR = "YEAR"
    MODE = "MODE"
    UNIT = "UNIT"
    MULTIPLIER = "MULTIPLIER"
    TRANSPOSE = "TRANSPOSE"
    INVALID = "INVALID"
    KEEP_OUTSIDE = "KEEP_OUTSIDE"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    FLOW_COUNT = "FLOW_COUNT"
    TOTAL = "TOTAL"
    UNMATCHED_COUNT = "UNMATCHED_COUNT"

    def name(self) -> str:
        return "importflows"

    def displayName(self) -> str:
        return self.tr("Import flow table")

    def shortHelpString(self) -> str:
        return self.tr(
            "Imports a flow table (commuting, moves, visits) from a CSV file into the HEMA flows format "
            "(origin, destination, theme, value, year, mode, unit, source).\n\n"
            "Input: a long CSV with one row per pair (columns origin, destination, value and optionally theme, "
            "year, mode; Dutch names such as van/naar/waarde/jaar and CBS names such as woon_code/werk_code and "
            "vertrek/vestiging are "
            "recognised) or a square matrix (rows = origins, columns = destinations), such as a CBS StatLine "
            "export without header. Delimiter ';' or ',', decimal comma or point, UTF-8, UTF-8 with BOM or cp1252 "
            "are detected. CBS '-' (nil) counts as 0; zero cells are left out.\n\n"
            "Origins and destinations are matched to the zones layer by code (GM0106, 0106 or 106) or by name "
            "(case, accents and '(gemeente)' suffixes ignored). Duplicate pairs are summed. Flows from a zone to a "
            "destination outside the zones layer (a municipality beyond the study area, or one merged since) are "
            "kept under the destination's own label, so every origin's total stays complete and self-containment, "
            "shares and catchment bands are not biased upwards; the report gives, per origin, how much of its "
            "total lies outside the zones (untick 'Keep flows to destinations outside the zones' to drop them). "
            "Other unmatched labels and negative values stop the import with an error, or are skipped and listed "
            "in the report.\n\n"
            "Output: the flows table (GeoPackage, PostGIS or temporary) and an HTML report with row counts, "
            "totals, unmatched labels, duplicates and negatives. Existing outputs are only replaced when "
            "'Overwrite existing output' is ticked."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("Flow table (CSV)"),
                QgsProcessingParameterFile.Behavior.File,
                fileFilter="CSV (*.csv *.txt)",
            ),
            self.tr("Long or square-matrix CSV file with the flows."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                self.tr("Zones"),
                [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
            ),
            self.tr("Zones (municipalities, polygons or points) whose codes or names the flow table uses."),
        )
        self.add(
            QgsProcessingParameterField(self.CODE_FIELD, self.tr("Zone code field"), None, self.ZONES, optional=True),
            self.tr("Field with the zone codes; empty = the first of code, statcode, gm_code, id."),
        )
        self.add(
            QgsProcessingParameterField(self.NAME_FIELD, self.tr("Zone name field"), None, self.ZONES, optional=True),
            self.tr("Field with the zone names for matching by name; empty = the first of name, statnaam, naam."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.LAYOUT,
                self.tr("Table layout"),
                [self.tr("Detect"), self.tr("Long"), self.tr("Square matrix")],
                defaultValue=0,
            ),
            self.tr("Long (one row per pair) or square matrix; Detect decides from the cells."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.DELIMITER, self.tr("Delimiter"), [self.tr("Detect"), ";", ",", self.tr("Tab")], defaultValue=0
            ),
            self.tr("Column delimiter of the CSV file."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.ENCODING, self.tr("Encoding"), [self.tr("Detect"), "UTF-8", "Windows-1252"], defaultValue=0
            ),
            self.tr("Text encoding; Detect tries UTF-8 (with or without BOM), then Windows-1252."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(self.THEME, self.tr("Theme"), list(v.THEME_OPTIONS), defaultValue=0),
            self.tr("Theme of the flows when the file has no theme column."),
        )
        self.add_year(
            self.tr("Year of the flows when the file has no year column; with a year column: keep only this year.")
        )
        self.add(
            QgsProcessingParameterString(self.MODE, self.tr("Mode"), defaultValue="totaal"),
            self.tr("Travel mode written when the file has no mode column (e.g. totaal, auto, fiets, ov)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.UNIT, self.tr("Unit"), defaultValue="", optional=True),
            self.tr("Unit of the values after the multiplier (e.g. banen, personen, x1000 banen)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MULTIPLIER,
                self.tr("Multiplier"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=1.0,
                minValue=1e-6,
                maxValue=1e9,
            ),
            self.tr("Factor applied to every value, e.g. 1000 for CBS tables in thousands."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.TRANSPOSE, self.tr("Matrix rows are destinations"), False),
            self.tr("Tick when a matrix has destinations in the rows and origins in the columns."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(
                self.INVALID,
                self.tr("Unmatched codes and negative values"),
                [self.tr("Stop with an error"), self.tr("Skip and report")],
                defaultValue=0,
            ),
            self.tr("What to do with labels that match no zone and with negative values."),
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.KEEP_OUTSIDE, self.tr("Keep flows to destinations outside the zones"), True
            ),
            self.tr(
                "Ticked: a destination that matches no zone is kept under its own label, so each origin's total "
                "stays complete. Unticked: it is treated as an unmatched label."
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing output"), False),
            self.tr("Replace an existing output file or table; without it an existing output stops the import."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Flows"), QgsProcessing.SourceType.TypeVector),
            self.tr("The validated flows table (GeoPackage, PostGIS table or temporary)."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.REPORT, self.tr("Import report"), self.tr("HTML files (*.html)"), optional=True
            ),
            self.tr("HTML report of counts, totals, unmatched labels, duplicates and negatives."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.FLOW_COUNT, self.tr("Number of flows")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL, self.tr("Total value")))
        self.addOutput(QgsProcessingOutputNumber(self.UNMATCHED_COUNT, self.tr("Number of unmatched labels")))

    def _zone_field(self, parameters, name, context, source, candidates, required) -> str | None:
        chosen = self.parameterAsString(parameters, name, context)
        if chosen:
            self.require_fields(source, [chosen], self.tr("Zones layer"))
            return chosen
        present = source.fields().names()
        for candidate in candidates:
            if candidate in present:
                return candidate
        if required:
            raise QgsProcessingException(
                self.tr("Zones layer has none of the code fields {}; choose the zone code field.").format(
                    ", ".join(candidates)
                )
            )
        return None

    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
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
        zones = self.source(parameters, self.ZONES, context)
        self.require_features(zones, self.tr("Zones layer"))
        code_field = self._zone_field(parameters, self.CODE_FIELD, context, zones, CODE_FIELDS, True)
        name_field = self._zone_field(parameters, self.NAME_FIELD, context, zones, NAME_FIELDS, False)

        steps.setProgressText(self.tr("Reading {}").format(path))
        raw = read_flow_file(
            path,
            delimiter=DELIMITER_CHOICES[self.parameterAsEnum(parameters, self.DELIMITER, context)],
            encoding=ENCODING_CHOICES[self.parameterAsEnum(parameters, self.ENCODING, context)],
            layout=LAYOUTS[self.parameterAsEnum(parameters, self.LAYOUT, context)],
            transpose=self.parameterAsBoolean(parameters, self.TRANSPOSE, context),
        )
        steps.setCurrentStep(1)
        zone_frame = self.read_frame(zones, [f for f in (code_field, name_field) if f], self.tr("Zones layer"))
        codes = zone_frame[code_field].astype(str)
        if codes.duplicated().any():
            duplicated = sorted(set(codes[codes.duplicated()]))
            raise QgsProcessingException(
                self.tr(
                    "Zones layer: zone code(s) {} occur more than once in field '{}'; the flows of those zones would "
                    "be summed into one. Give every zone a unique code (dissolve or remove the duplicates)."
                ).format(", ".join(duplicated[:10]), code_field)
            )
        lookup = label_lookup(zone_frame[code_field], zone_frame[name_field] if name_field else None)
        year = parameters.get(self.YEAR)
        flows, report = match_flows(
            raw,
            lookup,
            theme=THEME_CODES[self.parameterAsEnum(parameters, self.THEME, context)],
            year=None if year in (None, "") else self.parameterAsInt(parameters, self.YEAR, context),
            mode=self.parameterAsString(parameters, self.MODE, context) or "totaal",
            unit=self.parameterAsString(parameters, self.UNIT, context),
            source=Path(path).name,
            multiplier=self.parameterAsDouble(parameters, self.MULTIPLIER, context),
            skip_invalid=self.parameterAsEnum(parameters, self.INVALID, context) == 1,
            keep_outside=self.parameterAsBoolean(parameters, self.KEEP_OUTSIDE, context),
        )
        for line in report.lines():
            feedback.pushInfo(line)
        if len(report.unmatched):
            feedback.reportError(
                self.tr("{} labels matched no zone and were skipped; see the report.").format(len(report.unmatched)),
                False,
            )
        steps.setCurrentStep(2)
        steps.setProgressText(self.tr("Writing {} flows").format(len(flows)))
        sink, dest_id = self.sink_for_frame(
            parameters, self.OUTPUT, context, flows, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem()
        )
        self.write_frame(sink, flows, feedback=steps)
        del sink
        results = {
            self.OUTPUT: dest_id,
            self.FLOW_COUNT: report.rows_written,
            self.TOTAL: report.total_written,
            self.UNMATCHED_COUNT: len(report.unmatched),
        }
        if report_path:
            html = report.html(self.tr("Flow import: {}").format(Path(path).name))
            outputs.write_text(report_path, html, outputs.verify_html)
            results[self.REPORT] = report_path
        return results
