"""hema:compareperiods — two years of a flow table compared per link, city and zone, plus city series."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import periods
from ..core.catchments import Thresholds
from ..core.charts import series_chart
from ..core.flows import validate_flows
from ..core.themes import THEME_CODES
from ..printlayout import export as io
from ..qgis_io import outputs
from ..styling.change import link_change_styler, zone_switch_styler
from .base import LayerStyler
from .change_base import ChangeAlgorithm


class ComparePeriods(ChangeAlgorithm):
    """Change over time: link, city and zone changes between two years and each city's series over all years."""

    FLOWS, ORIGIN_FIELD, DESTINATION_FIELD, VALUE_FIELD = "FLOWS", "ORIGIN_FIELD", "DESTINATION_FIELD", "VALUE_FIELD"
    THEME_FIELD, THEME, YEAR_FIELD, YEAR_FROM, YEAR_TO = "THEME_FIELD", "THEME", "YEAR_FIELD", "YEAR_FROM", "YEAR_TO"
    CODE_TABLE, OLD_CODE_FIELD, NEW_CODE_FIELD = "CODE_TABLE", "OLD_CODE_FIELD", "NEW_CODE_FIELD"
    MIN_VALUE, TOP_N, SCALE_MAX = "MIN_VALUE", "TOP_N", "SCALE_MAX"
    OUTPUT_LINKS, OUTPUT_ZONES, OUTPUT_CITIES, OUTPUT_SERIES, CHART = (
        "OUTPUT_LINKS", "OUTPUT_ZONES", "OUTPUT_CITIES", "OUTPUT_SERIES", "CHART",
    )  # fmt: skip

    def name(self) -> str:
        return "compareperiods"

    def displayName(self) -> str:
        return self.tr("Compare two years (change over time)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Compares two years of one flow table (e.g. CBS jobs by home and work municipality 2006 and 2014, or "
            "moves 2015 and 2018) on one municipal division.\n\n"
            "Re-divisions: a code conversion table (old code → new code, e.g. the bundled "
            "gemeenten_2015_naar_2018.csv) is applied to both years first; merged municipalities are summed, flows "
            "between them become self-contained flow. The log names every merged pair.\n\n"
            "Outputs: links with value, share of the origin's outflow (without self) and rank within the origin in "
            "both years, change, relative change and status (new, gone, grew, shrank; unobserved when a code does "
            "not occur at all in one year, e.g. a municipality reported only from its founding year), drawn in a "
            "diverging style "
            "(blue grew, red shrank) whose widths use one scale for both years; zones with the dominant city, its "
            "share and band in both years (the same band thresholds) and whether the zone switched city; per city "
            "inflow, outflow, share of the cities' inflow, rank, self-containment and orientation in both years; "
            "and the self-containment and orientation of each city over ALL years in the table, as a table and a "
            "small-multiples chart (PNG). The output SCALE_MAX (largest link value of both years) can be given to "
            "'Flow lines between cities' of each year so both maps share one width scale."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(
            QgsProcessingParameterFeatureSource(self.FLOWS, self.tr("Flows"), [QgsProcessing.SourceType.TypeVector]),
            self.tr("Flow table in long format with a year field: one row per origin, destination and year."),
        )
        for name, label, default, kind in (
            (self.ORIGIN_FIELD, "Origin field", "origin", QgsProcessingParameterField.DataType.Any),
            (self.DESTINATION_FIELD, "Destination field", "destination", QgsProcessingParameterField.DataType.Any),
            (self.VALUE_FIELD, "Value field", "value", QgsProcessingParameterField.DataType.Numeric),
            (self.YEAR_FIELD, "Year field", "year", QgsProcessingParameterField.DataType.Any),
        ):
            self.add(QgsProcessingParameterField(name, self.tr(label), default, self.FLOWS, kind),
                     self.tr("Field of the flow table."))  # fmt: skip
        self.add(
            QgsProcessingParameterField(self.THEME_FIELD, self.tr("Theme field"), "theme", self.FLOWS, optional=True),
            self.tr("Field with the theme code; rows of other themes are skipped. Ignored if the table lacks it."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterEnum(self.THEME, self.tr("Theme"), list(THEME_CODES), defaultValue=0),
            self.tr("Theme of the flows to compare."),
        )
        for name, label, default in ((self.YEAR_FROM, "First year", 2006), (self.YEAR_TO, "Second year", 2014)):
            self.add(
                QgsProcessingParameterNumber(
                    name,
                    self.tr(label),
                    QgsProcessingParameterNumber.Type.Integer,
                    default,
                    minValue=1900,
                    maxValue=2100,
                ),
                self.tr("A year present in the year field; the first year must come before the second."),
            )
        self.add_zones()
        self.add_cities()
        self.add_city_codes(self.tr("Cities whose change and series are reported (empty = HEMA and reference cities)."))
        self.add(
            QgsProcessingParameterFeatureSource(
                self.CODE_TABLE, self.tr("Code conversion table"), [QgsProcessing.SourceType.TypeVector], optional=True
            ),
            self.tr("Table old code → new code for municipal re-divisions, applied to both years before comparing."),
        )
        for name, label, default in (
            (self.OLD_CODE_FIELD, "Old code field", "old_code"),
            (self.NEW_CODE_FIELD, "New code field", "new_code"),
        ):
            self.add(QgsProcessingParameterField(name, self.tr(label), default, self.CODE_TABLE, optional=True),
                     self.tr("Field of the code conversion table."), advanced=True)  # fmt: skip
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_VALUE, self.tr("Smallest link drawn"), QgsProcessingParameterNumber.Type.Double, 0.0,
                minValue=0,
            ),
            self.tr("Links whose value is below this in both years are left out of the link output."),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterNumber(self.TOP_N, self.tr("Largest changes kept (0 = all)"), defaultValue=0,
                                         minValue=0),
            self.tr("Keep only the N observed links with the largest absolute change."),
        )  # fmt: skip
        self.add_language(self.tr("Legend language"), self.tr("Language of legends and the chart."), advanced=True)
        for name, label, help_text in (
            (self.OUTPUT_LINKS, "Link changes", "Lines with the value, share, rank of both years and the change."),
            (self.OUTPUT_ZONES, "Zone changes", "Zones with the dominant city and band of both years."),
            (self.OUTPUT_CITIES, "City changes", "City points with flows, share, rank, self-containment, orientation."),
            (self.OUTPUT_SERIES, "City series", "Table year, city, indicator, partner, value over all years."),
        ):
            self.add(QgsProcessingParameterFeatureSink(name, self.tr(label)), self.tr(help_text))
        self.add(
            QgsProcessingParameterFileDestination(
                self.CHART, self.tr("Series chart"), self.tr("PNG image (*.png)"), optional=True,
                createByDefault=False,
            ),
            self.tr("Small multiples of self-containment and orientation per city over all years."),
        )  # fmt: skip
        self.add_overwrite()
        self.addOutput(QgsProcessingOutputNumber(self.SCALE_MAX, self.tr("Largest link value of both years")))

    # -- reading --------------------------------------------------------------------------------------------
    def read_years(self, parameters, context, feedback) -> dict[int, pd.DataFrame]:
        """Canonical flows per year of the chosen theme."""
        source = self.source(parameters, self.FLOWS, context)
        names = source.fields().names()
        fields = [self.field_name(parameters, p, context, source)
                  for p in (self.ORIGIN_FIELD, self.DESTINATION_FIELD, self.VALUE_FIELD, self.YEAR_FIELD)]  # fmt: skip
        theme_field = self.field_name(parameters, self.THEME_FIELD, context)
        theme_field = theme_field if theme_field in names else ""
        frame = self.read_frame(source, fields + ([theme_field] if theme_field else []), self.tr("Flow table"),
                                feedback, numeric=[fields[2]])  # fmt: skip
        if theme_field:
            frame = frame[
                frame[theme_field].astype(str) == THEME_CODES[self.parameterAsEnum(parameters, self.THEME, context)]
            ]
        empty = frame[fields[0]].isna() | frame[fields[1]].isna()
        empty |= (frame[fields[0]].astype(str).str.strip() == "") | (frame[fields[1]].astype(str).str.strip() == "")
        if empty.any():
            feedback.pushWarning(
                self.tr(
                    "{} flow row(s) without an origin or destination code were left out (total value {:g})."
                ).format(int(empty.sum()), float(frame.loc[empty, fields[2]].sum()))
            )
            frame = frame[~empty]
        years = pd.to_numeric(frame[fields[3]], errors="coerce")
        out = {}
        for year in sorted(int(y) for y in years.dropna().unique()):
            out[year] = validate_flows(frame[years == year], *fields[:3])
        return out

    def mapping(self, parameters, context) -> dict[str, str]:
        """The old -> new code mapping of the conversion table (empty when none is given)."""
        if not parameters.get(self.CODE_TABLE):
            return {}
        source = self.source(parameters, self.CODE_TABLE, context)
        old, new = (self.field_name(parameters, p, context, source) for p in (self.OLD_CODE_FIELD, self.NEW_CODE_FIELD))
        table = self.read_frame(source, [old, new], self.tr("Code conversion table"))
        table = table.dropna()
        return dict(zip(table[old].astype(str).str.strip(), table[new].astype(str).str.strip()))

    # -- run ------------------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        lang = self.language(parameters, context)
        by_year = self.read_years(parameters, context, steps)
        y0, y1 = (self.parameterAsInt(parameters, p, context) for p in (self.YEAR_FROM, self.YEAR_TO))
        periods.check_years(list(by_year), y0, y1)
        mapping = self.mapping(parameters, context)
        if mapping:
            groups = periods.merged_groups(mapping, sorted({c for f in by_year.values() for c in f["origin"]}))
            for new, olds in groups.items():
                feedback.pushInfo(self.tr("Code conversion: {} → {}").format(" + ".join(olds), new))
            by_year = {y: periods.convert_codes(f, mapping) for y, f in by_year.items()}
        steps.setCurrentStep(1)
        zones, geometries, zsource = self.zones_frame(parameters, context, steps)
        crs = zsource.sourceCrs()
        cities = self.cities_frame(parameters, context, crs)
        names = {**dict(zip(zones["code"], zones["name"])), **dict(zip(cities["code"], cities["name"]))}
        chosen = self.selected_cities(parameters, context, cities["code"].tolist())
        before, after = by_year[y0], by_year[y1]
        steps.setCurrentStep(2)
        results = {}
        ctx = (parameters, context, feedback, names, crs, lang)
        self.write_links(results, ctx, before, after, zones, cities)
        steps.setCurrentStep(3)
        self.write_zones(results, ctx, before, after, zones, cities, geometries, zsource, (y0, y1))
        steps.setCurrentStep(4)
        self.write_cities(results, ctx, before, after, by_year, cities, chosen)
        return results

    def write_links(self, results, ctx, before, after, zones, cities) -> None:
        """The link changes between the node points, filtered and styled on one scale."""
        parameters, context, feedback, names, crs, lang = ctx
        links = periods.link_changes(before, after)
        nodes = self.node_points(zones, cities)
        inside = links["origin"].isin(nodes["code"]) & links["destination"].isin(nodes["code"])
        minimum = self.parameterAsDouble(parameters, self.MIN_VALUE, context)
        links = links[inside & (links[["value_from", "value_to"]].max(axis=1) >= minimum)]
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        if top_n:
            observed = links[links["status"] != "unobserved"]
            links = observed.loc[observed["change"].abs().sort_values(ascending=False).index[:top_n]]
        links = links.assign(origin_name=links["origin"].map(names), destination_name=links["destination"].map(names))
        feedback.pushInfo(self.tr("{} links kept; statuses: {}").format(
            len(links), ", ".join(f"{k} {v}" for k, v in links["status"].value_counts().items())))  # fmt: skip
        sink, results[self.OUTPUT_LINKS] = self.sink_for_frame(
            parameters, self.OUTPUT_LINKS, context, links, QgsWkbTypes.Type.LineString, crs
        )
        self.write_frame(sink, links, self.lines(links, nodes))
        results[self.SCALE_MAX] = periods.shared_scale(links["value_from"].to_numpy(), links["value_to"].to_numpy())
        scale = periods.shared_scale(links["change"].to_numpy())
        LayerStyler.attach(context, results[self.OUTPUT_LINKS], link_change_styler(scale, lang))
        self.check_canceled(feedback)

    def write_zones(self, results, ctx, before, after, zones, cities, geometries, zsource, years) -> None:
        """The zone changes (dominant city and band of both years), styled by switch."""
        parameters, context, feedback, names, crs, lang = ctx
        y0, y1 = years
        zone_table = periods.zone_changes(before, after, zones["code"], cities["code"], Thresholds())
        zone_table.insert(1, "name", zones["name"].to_numpy())
        for col in ("dom_code_from", "dom_code_to"):
            zone_table.insert(
                zone_table.columns.get_loc(col) + 1, col.replace("code", "name"), zone_table[col].map(names)
            )
        switched = zone_table[zone_table["switched"]]
        pairs = switched[["name", "dom_name_from", "dom_name_to"]].itertuples(index=False)
        listed = ", ".join(f"{n} ({a} → {b})" for n, a, b in pairs) or "-"
        feedback.pushInfo(
            self.tr("{} zone(s) switched dominant city between {} and {}: {}").format(len(switched), y0, y1, listed)
        )
        sink, results[self.OUTPUT_ZONES] = self.sink_for_frame(
            parameters, self.OUTPUT_ZONES, context, zone_table, zsource.wkbType(), crs
        )
        self.write_frame(sink, zone_table, geometries)
        LayerStyler.attach(context, results[self.OUTPUT_ZONES], zone_switch_styler(y0, names, lang))

    def write_cities(self, results, ctx, before, after, by_year, cities, chosen) -> None:
        """The city changes, the series over all years and the optional chart."""
        parameters, context, feedback, names, crs, lang = ctx
        city_table = periods.city_changes(before, after, chosen)
        city_table.insert(1, "name", city_table["code"].map(names))
        for col in ("partner_from", "partner_to"):
            city_table[col + "_name"] = city_table[col].map(names)
        located = city_table.merge(cities[["code", "x", "y"]], on="code")
        sink, results[self.OUTPUT_CITIES] = self.sink_for_frame(
            parameters, self.OUTPUT_CITIES, context, city_table, QgsWkbTypes.Type.Point, crs
        )
        self.write_frame(sink, city_table, self.points(located))
        series = periods.city_series(by_year, chosen)
        series.insert(2, "name", series["code"].map(names))
        series["partner_name"] = series["partner"].map(names)
        sink, results[self.OUTPUT_SERIES] = self.sink_for_frame(
            parameters, self.OUTPUT_SERIES, context, series, QgsWkbTypes.Type.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )  # fmt: skip
        self.write_frame(sink, series)
        chart = self.parameterAsFileOutput(parameters, self.CHART, context) if parameters.get(self.CHART) else ""
        if chart:
            io.check_writable(chart)
            title = self.tr("Self-containment and orientation, {} – {}").format(min(by_year), max(by_year))
            with outputs.atomic_file(chart, outputs.verify_image) as temp:  # the one output policy (verified PNG)
                series_chart(series, names, temp, title, lang)
            results[self.CHART] = chart

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if ok and parameters.get(self.YEAR_FROM) not in (None, "") and parameters.get(self.YEAR_TO) not in (None, ""):
            if self.parameterAsInt(parameters, self.YEAR_FROM, context) >= self.parameterAsInt(
                parameters, self.YEAR_TO, context
            ):
                return False, self.tr("The first year must come before the second year.")
        return ok, message
