"""The flow-table parameters and the one flow-table reader shared by the catchment and network algorithms."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core import vocabulary as v
from ..core.flows import filter_rows, validate_flows
from ..qgis_io.progress import Phases
from .base import HemaAlgorithm

_NUMERIC = QgsProcessingParameterField.DataType.Numeric


class FlowInputs(HemaAlgorithm):
    """Base of the algorithms reading a flow table: FLOWS, its fields, the THEME/YEAR/MODE filters, CITY_CODES."""

    FLOWS, ORIGIN_FIELD, DESTINATION_FIELD, VALUE_FIELD = v.FLOWS, v.ORIGIN_FIELD, v.DESTINATION_FIELD, v.VALUE_FIELD
    THEME_FIELD, THEME, YEAR_FIELD, YEAR, MODE_FIELD, MODE = (
        v.THEME_FIELD, v.THEME, v.YEAR_FIELD, v.YEAR, v.MODE_FIELD, v.MODE,
    )  # fmt: skip
    CITIES, CITY_CODE_FIELD, CITY_NAME_FIELD, CITY_CODES = v.CITIES, v.CITY_CODE_FIELD, v.CITY_NAME_FIELD, v.CITY_CODES

    # -- parameters -----------------------------------------------------------------------------------------
    def add_flow_parameters(self, optional: bool = False, all_themes: bool = True, mode: bool = True) -> None:
        """FLOWS with origin/destination/value fields and the THEME, YEAR (and MODE) filters.

        all_themes: THEME is optional (empty = every theme); otherwise it defaults to the first theme.
        """
        self.add(
            QgsProcessingParameterFeatureSource(
                self.FLOWS, self.tr("Flows (table)"), [QgsProcessing.SourceType.TypeVector], optional=optional
            ),
            self.tr("Flow table in long format, one row per origin (home) → destination (work) pair."),
        )
        for name, label, kind, help_text in (
            (self.ORIGIN_FIELD, "Origin field", QgsProcessingParameterField.DataType.Any, "Origin zone code (home)."),
            (
                self.DESTINATION_FIELD,
                "Destination field",
                QgsProcessingParameterField.DataType.Any,
                "Destination code (work).",
            ),
            (self.VALUE_FIELD, "Value field", _NUMERIC, "Number of trips/jobs/persons (>= 0)."),
        ):
            self.add(
                QgsProcessingParameterField(
                    name, self.tr(label), v.FIELD_DEFAULTS[name], self.FLOWS, kind, optional=optional
                ),
                self.tr(help_text),
            )
        self.add_filter_parameters(all_themes, mode)

    def add_filter_parameters(self, all_themes: bool, mode: bool) -> None:
        """THEME (enum over the theme codes), YEAR (integer) and MODE (text) with their fields."""
        self.add(
            QgsProcessingParameterField(
                self.THEME_FIELD, self.tr("Theme field"), v.FIELD_DEFAULTS[self.THEME_FIELD], self.FLOWS, optional=True
            ),
            self.tr("Field with the theme code; the THEME filter is skipped when the table lacks the default field."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(
                self.THEME,
                self.tr("Theme"),
                list(v.THEME_OPTIONS),
                defaultValue=None if all_themes else 0,
                optional=all_themes,
            ),
            self.tr("Keep only the flows of this theme (empty = all themes).")
            if all_themes
            else self.tr("Theme: selects the flows (theme field) and the default Huff parameters."),
        )
        self.add(
            QgsProcessingParameterField(
                self.YEAR_FIELD, self.tr("Year field"), v.FIELD_DEFAULTS[self.YEAR_FIELD], self.FLOWS, optional=True
            ),
            self.tr("Field with the year of each flow row; the YEAR filter is skipped when the table lacks it."),
            advanced=True,
        )
        self.add_year(self.tr("Keep only the flows of this year, e.g. 2014 (empty = all years)."))
        if not mode:
            return
        self.add(
            QgsProcessingParameterField(
                self.MODE_FIELD, self.tr("Mode field"), v.FIELD_DEFAULTS[self.MODE_FIELD], self.FLOWS, optional=True
            ),
            self.tr("Field with the transport mode of each flow row."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.MODE, self.tr("Keep only mode"), optional=True),
            self.tr("Keep only the flows of this transport mode, e.g. train (empty = all modes)."),
            advanced=True,
        )

    def add_cities_layer(self, advanced_name: bool, help_text: str, code_help: str, name_help: str) -> None:
        """CITIES (points: the dialog and the modeler offer point layers only) with its code and optional name field."""
        types = [QgsProcessing.SourceType.TypeVectorPoint]
        self.add(QgsProcessingParameterFeatureSource(self.CITIES, self.tr("Cities"), types), help_text)
        for name, label, optional, text in (
            (self.CITY_CODE_FIELD, "City code field", False, code_help),
            (self.CITY_NAME_FIELD, "City name field", True, name_help),
        ):
            self.add(
                QgsProcessingParameterField(
                    name, self.tr(label), v.FIELD_DEFAULTS[name], self.CITIES, optional=optional
                ),
                text,
                advanced=advanced_name and optional,
            )

    def add_city_codes_parameter(self, help_text: str | None = None) -> None:
        """CITY_CODES: optional comma-separated city codes restricting the cities (empty = every city)."""
        self.add(
            QgsProcessingParameterString(self.CITY_CODES, self.tr("City codes (comma separated)"), optional=True),
            help_text or self.tr("Use only these cities of the cities layer, e.g. GM0106,GM0114 (empty = every city)."),
        )

    # -- values ---------------------------------------------------------------------------------------------
    def theme_code(self, parameters: dict, context: QgsProcessingContext) -> str:
        """The chosen theme's code; '' when THEME is optional and empty (all themes)."""
        if parameters.get(self.THEME) in (None, "", []):
            definition = self.parameterDefinition(self.THEME)
            if definition is None or definition.defaultValue() is None:
                return ""
        return v.THEME_OPTIONS[self.parameterAsEnum(parameters, self.THEME, context)]

    def city_codes(self, parameters: dict, context: QgsProcessingContext) -> list[str]:
        """The CITY_CODES given (empty list = every city)."""
        return v.parse_city_codes(self.parameterAsString(parameters, self.CITY_CODES, context))

    def restrict_cities(self, frame: pd.DataFrame, parameters: dict, context) -> pd.DataFrame:
        """Cities (column code) restricted to CITY_CODES in that order; an error names codes the layer lacks."""
        wanted = self.city_codes(parameters, context)
        if not wanted:
            return frame
        missing = [c for c in wanted if c not in set(frame["code"])]
        if missing:
            raise QgsProcessingException(
                self.tr("City code(s) {} are not in the cities layer; add them or fix the codes.").format(
                    ", ".join(missing)
                )
            )
        return frame.set_index("code").loc[wanted].reset_index()

    # -- the one flow-table reader --------------------------------------------------------------------------
    def read_flows(
        self,
        parameters: dict,
        context: QgsProcessingContext,
        feedback=None,
        extra: Sequence[str] = (),
        one_year: bool = False,
    ) -> pd.DataFrame:
        """Flows (origin, destination, value, *extra) after the THEME/YEAR/MODE filters, validated, duplicates summed.

        A filter whose field the table lacks is skipped when the field is the default (with a note) and refused
        when the field was chosen. one_year: an empty YEAR is refused when the table holds several years.
        """
        source = self.source(parameters, self.FLOWS, context)
        what = self.tr("Flows table")
        names = set(source.fields().names())
        keys = (self.ORIGIN_FIELD, self.DESTINATION_FIELD, self.VALUE_FIELD)
        origin, destination, value = (self.field_name(parameters, p, context) for p in keys)
        filters = self._filters(parameters, context, names, feedback)
        columns = list(dict.fromkeys([origin, destination, value, *extra, *(f for f, _ in filters.values())]))
        self.require_fields(source, columns, what)
        # reading is ~5 µs a row, filtering, checking and summing ~1 µs (500k rows): the bar follows both
        steps = Phases(feedback, {"read": 5.0, "check": 1.0})
        frame = self.read_frame(source, columns, what, steps.phase("read"), numeric=[value])
        if frame.empty:
            raise QgsProcessingException(self.tr("{} is empty; it needs at least one feature.").format(what))
        steps.phase("check")
        for kind, (field, wanted) in filters.items():
            if kind == "year" and wanted == "" and one_year:
                self._require_one_year(frame[field])
            frame = filter_rows(frame, field, wanted, kind)
        steps.setProgress(30.0)
        flows = validate_flows(frame, origin, destination, value, extra=list(extra))
        steps.setProgress(90.0)
        if len(flows) < len(frame):  # validate_flows summed rows: name the pairs
            self.warn_duplicate_pairs(frame, [origin, destination, *extra], feedback)
        steps.setProgress(100.0)
        return flows

    def warn_duplicate_pairs(self, frame: pd.DataFrame, keys: list[str], feedback) -> None:
        """Warn, naming them, about origin -> destination pairs on more than one row (their values are summed)."""
        # compare codes as validate_flows does: stripped text, so " GM0106" and "GM0106" are one code
        stripped = frame[keys].astype(str).apply(lambda column: column.str.strip())
        duplicated = stripped.duplicated(keep=False)
        if feedback is None or not duplicated.any():
            return
        pairs = stripped.loc[duplicated, keys[:2]].drop_duplicates()
        names = ", ".join(f"{o} → {d}" for o, d in pairs.head(10).itertuples(index=False))
        feedback.pushWarning(
            self.tr(
                "The flows have {} origin → destination pair(s) on more than one row ({}); their values are "
                "summed. If the rows are different years, themes or modes, select one with the filters."
            ).format(len(pairs), names)
        )

    def _filters(self, parameters: dict, context, names: set, feedback) -> dict[str, tuple[str, str]]:
        """{'theme'|'year'|'mode': (field, wanted value or '')} for the filters whose field the table has."""
        year = parameters.get(self.YEAR)
        year = "" if year in (None, "") else str(self.parameterAsInt(parameters, self.YEAR, context))
        wanted = {
            "theme": (self.THEME_FIELD, self.theme_code(parameters, context)),
            "year": (self.YEAR_FIELD, year),
            "mode": (self.MODE_FIELD, self.parameterAsString(parameters, self.MODE, context).strip()),
        }
        filters = {}
        for kind, (param, value) in wanted.items():
            if self.parameterDefinition(param) is None or self.parameterDefinition(kind.upper()) is None:
                continue
            field = self.field_name(parameters, param, context)
            if field and field in names:
                filters[kind] = (field, value)
            elif value and parameters.get(param):
                raise QgsProcessingException(
                    self.tr("The {} filter '{}' needs the field '{}', which the flows table lacks.").format(
                        kind, value, field
                    )
                )
            elif value and feedback is not None:
                feedback.pushInfo(
                    self.tr("The flows table has no field '{}': the {} filter '{}' is skipped.").format(
                        field, kind, value
                    )
                )
        return filters

    def _require_one_year(self, years: pd.Series) -> None:
        present = sorted({int(y) for y in pd.to_numeric(years, errors="coerce").dropna()})
        if len(present) > 1:
            raise QgsProcessingException(
                self.tr("The flows cover several years ({}); choose one with the Year parameter.").format(
                    ", ".join(map(str, present))
                )
            )
