"""Shared glue of the network algorithms: flow-table and node parameters, reading, matching, line geometry."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import HemaInputError
from ..core.cities import CITIES, city_colour
from ..core.curves import flow_lines, linestring_wkb
from ..core.flows import filter_rows, one_theme_and_year, restrict_to_nodes, validate_flows
from ..qgis_io.frames import numeric_column
from .base import HemaAlgorithm

OTHER_COLOUR = "#9e9e9e"


class NetworkAlgorithm(HemaAlgorithm):
    """Base of the 'Network links' algorithms: a flow table plus a nodes layer with codes."""

    GROUP_ID = "network"

    FLOWS = "FLOWS"
    ORIGIN_FIELD = "ORIGIN_FIELD"
    DESTINATION_FIELD = "DESTINATION_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    THEME_FIELD = "THEME_FIELD"
    THEME = "THEME"
    YEAR_FIELD = "YEAR_FIELD"
    YEAR = "YEAR"
    NODES = "NODES"
    NODE_CODE_FIELD = "NODE_CODE_FIELD"
    NODE_NAME_FIELD = "NODE_NAME_FIELD"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    DROP_UNMATCHED = "DROP_UNMATCHED"
    BEND = "BEND"
    TRIM = "TRIM"

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        try:
            return self.process(parameters, context, feedback)
        except HemaInputError as exc:
            raise QgsProcessingException(str(exc)) from exc

    def process(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """The algorithm body; HemaInputError raised here becomes a QgsProcessingException."""
        raise NotImplementedError

    # -- parameters -----------------------------------------------------------------------------------------
    def add_flow_parameters(self, optional: bool = False) -> None:
        """Flow table with origin/destination/value fields and optional theme and year filters."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.FLOWS, self.tr("Flows (table)"), [QgsProcessing.SourceType.TypeVector], optional=optional
            ),
            self.tr("Flow table, one row per origin-destination pair (origin = home, destination = work)."),
        )
        for name, label, default, kind in (
            (self.ORIGIN_FIELD, self.tr("Origin field"), "origin", QgsProcessingParameterField.DataType.Any),
            (
                self.DESTINATION_FIELD,
                self.tr("Destination field"),
                "destination",
                QgsProcessingParameterField.DataType.Any,
            ),
            (self.VALUE_FIELD, self.tr("Value field"), "value", QgsProcessingParameterField.DataType.Numeric),
        ):
            self.add(
                QgsProcessingParameterField(name, label, default, self.FLOWS, kind, optional=optional),
                self.tr("Field of the flow table holding the {}.").format(label.lower()),
            )
        self.add(
            QgsProcessingParameterField(self.THEME_FIELD, self.tr("Theme field"), "theme", self.FLOWS, optional=True),
            self.tr("Field with the theme code (werk_studie, wonen, voorzieningen, vrije_tijd, vervoer)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.THEME, self.tr("Keep only theme"), optional=True),
            self.tr("Keep only rows of this theme (empty = all rows)."),
        )
        self.add(
            QgsProcessingParameterField(self.YEAR_FIELD, self.tr("Year field"), "year", self.FLOWS, optional=True),
            self.tr("Field with the year of each flow row."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.YEAR, self.tr("Keep only year"), optional=True),
            self.tr("Keep only rows of this year, e.g. 2014 (empty = all rows)."),
        )

    def add_node_parameters(self, weight_help: str | None = None, drop: bool = True) -> None:
        """Nodes layer (cities or zones) with code and name fields, optional weight, unmatched-code policy."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.NODES,
                self.tr("Nodes (cities or zones)"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            ),
            self.tr("Points or polygons whose code matches the flow table's origin and destination codes."),
        )
        self.add(
            QgsProcessingParameterField(self.NODE_CODE_FIELD, self.tr("Node code field"), "code", self.NODES),
            self.tr("Field with the node code (CBS GMxxxx code for municipalities)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NODE_NAME_FIELD, self.tr("Node name field"), "name", self.NODES, optional=True
            ),
            self.tr("Field with the node name used in labels (empty = known city names, else the code)."),
            advanced=True,
        )
        if weight_help:
            self.add(
                QgsProcessingParameterField(
                    self.WEIGHT_FIELD,
                    self.tr("Node weight field (e.g. population)"),
                    None,
                    self.NODES,
                    QgsProcessingParameterField.DataType.Numeric,
                    optional=True,
                ),
                weight_help,
            )
        if drop:
            self.add(
                QgsProcessingParameterBoolean(
                    self.DROP_UNMATCHED, self.tr("Drop flows whose codes are not in the nodes layer"), True
                ),
                self.tr(
                    "When on, flows to or from codes missing in the nodes layer are dropped with a warning; "
                    "when off, they are an error."
                ),
                advanced=True,
            )

    def add_geometry_parameters(self) -> None:
        """Bend (curved lines) and trim (space for the node symbols) of the output lines."""
        self.add(
            QgsProcessingParameterNumber(
                self.BEND, self.tr("Curvature"), QgsProcessingParameterNumber.Type.Double, 0.15, minValue=0, maxValue=1
            ),
            self.tr(
                "Offset of the curve's control point to the right of travel, as a fraction of the line length "
                "(0 = straight lines); opposite directions bend to opposite sides."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TRIM,
                self.tr("Gap at the nodes (map units)"),
                QgsProcessingParameterNumber.Type.Double,
                1500,
                minValue=0,
            ),
            self.tr("Length cut off both ends of every line so arrow heads stay visible next to the node symbols."),
            advanced=True,
        )

    # -- reading --------------------------------------------------------------------------------------------
    def flows_frame(
        self,
        parameters: dict,
        context: QgsProcessingContext,
        extra: Sequence[str] = (),
        feedback=None,
        prefer: Sequence[str] = (),
    ) -> pd.DataFrame:
        """The flow table as (origin, destination, value, *extra) after the theme and year filters.

        Without a filter, a table of several themes or years is not summed: the first theme (of prefer, else of
        the HEMA themes) and, per theme, the latest year are used, and the log says so.
        """
        source = self.source(parameters, self.FLOWS, context)
        origin = self.field_name(parameters, self.ORIGIN_FIELD, context)
        destination = self.field_name(parameters, self.DESTINATION_FIELD, context)
        value = self.field_name(parameters, self.VALUE_FIELD, context)
        theme_field = self.field_name(parameters, self.THEME_FIELD, context)
        year_field = self.field_name(parameters, self.YEAR_FIELD, context)
        theme = self.parameterAsString(parameters, self.THEME, context)
        year = self.parameterAsString(parameters, self.YEAR, context)
        present = set(source.fields().names())
        filters = [(theme_field, theme, "theme"), (year_field, year, "year")]
        for field, wanted, what in filters:
            if wanted and field not in present:
                raise HemaInputError(
                    f"a {what} filter ('{wanted}') was given but the flow table has no {what} field '{field}'; "
                    f"choose the {what} field."
                )
        columns = list(dict.fromkeys([origin, destination, value, *extra]))
        extra_cols = [f for f, w, _ in filters if w or f in present] + [
            c for c in extra if c in present and c not in columns
        ]
        self.require_fields(source, columns, self.tr("Flow table"))
        frame = self.read_frame(source, list(dict.fromkeys(columns + extra_cols)), self.tr("Flow table"))
        if frame.empty:
            raise HemaInputError("the flow table is empty; it needs at least one row.")
        for field, wanted, what in filters:
            frame = filter_rows(frame, field, wanted, what)
        frame, notes = one_theme_and_year(
            frame,
            theme_field if theme_field in present else None,
            year_field if year_field in present else None,
            keep_themes=bool(theme) or theme_field in extra,
            prefer=prefer,
        )
        for note in notes:
            if feedback is not None:
                feedback.pushWarning(note)
        flows = validate_flows(frame, origin, destination, value, extra=list(extra))
        return flows

    def nodes_frame(self, parameters: dict, context: QgsProcessingContext, weight: bool = False) -> tuple:
        """Nodes as a frame (code, name, colour, x, y[, weight]) in the nodes layer's CRS, and that CRS."""
        source = self.source(parameters, self.NODES, context)
        self.require_features(source, self.tr("Nodes layer"))
        crs = source.sourceCrs()
        self.require_projected(crs, self.tr("Nodes layer"))
        code = self.field_name(parameters, self.NODE_CODE_FIELD, context)
        name = self.field_name(parameters, self.NODE_NAME_FIELD, context)
        weight_field = self.field_name(parameters, self.WEIGHT_FIELD, context) if weight else ""
        name = name if name in source.fields().names() else ""
        fields = [f for f in (code, name, weight_field) if f]
        frame = self.read_frame(source, list(dict.fromkeys(fields)), self.tr("Nodes layer"), points=True)
        if weight_field:
            frame["weight"] = numeric_column(frame, weight_field, self.tr("Nodes layer"))
        frame["code"] = frame[code].astype(str).str.strip()
        dup = frame["code"].duplicated()
        if dup.any():
            raise HemaInputError(
                f"the nodes layer has code '{frame.loc[dup, 'code'].iloc[0]}' more than once; "
                "codes must be unique (dissolve the features or pick another code field)."
            )
        known = frame["code"].map(lambda c: CITIES[c][0] if c in CITIES else c)
        frame["name"] = frame[name].fillna(known).astype(str) if name else known
        # Palette cities keep their fixed colour; the other nodes recede in grey so the cities stand out.
        frame["colour"] = [city_colour(c) if c in CITIES else OTHER_COLOUR for c in frame["code"]]
        keep = ["code", "name", "colour", "x", "y"] + (["weight"] if weight_field else [])
        return frame[keep].reset_index(drop=True), crs

    def match_nodes(
        self, flows: pd.DataFrame, nodes: pd.DataFrame, parameters: dict, context, feedback: QgsProcessingFeedback
    ) -> pd.DataFrame:
        """Flows restricted to codes in the nodes layer; warns (or refuses) when codes are missing."""
        drop = self.parameterAsBoolean(parameters, self.DROP_UNMATCHED, context)
        kept, missing, dropped = self.run_core(restrict_to_nodes, flows, nodes["code"], drop)
        if missing:
            feedback.pushWarning(
                self.tr(
                    "{} code(s) of the flow table are not in the nodes layer ({}); "
                    "their flows ({:.1%} of the total) were dropped."
                ).format(len(missing), ", ".join(missing[:8]) + (" …" if len(missing) > 8 else ""), dropped)
            )
        return kept

    # -- geometry -------------------------------------------------------------------------------------------
    def line_geometries(
        self, lines: pd.DataFrame, nodes: pd.DataFrame, bend: float, trim: float = 0.0
    ) -> list[QgsGeometry]:
        """Curved (bend > 0) or straight line geometries from origin to destination node."""
        if lines.empty:
            return []
        index = pd.Index(nodes["code"])
        i = index.get_indexer(lines["origin"])
        j = index.get_indexer(lines["destination"])
        x, y = nodes["x"].to_numpy(), nodes["y"].to_numpy()
        coords = flow_lines(x[i], y[i], x[j], y[j], bend=bend, trim=trim)
        geometries = []
        for raw in linestring_wkb(coords):
            geom = QgsGeometry()
            geom.fromWkb(raw)
            geometries.append(geom)
        return geometries

    @staticmethod
    def point_geometries(frame: pd.DataFrame) -> list[QgsGeometry]:
        """Point geometries from the x, y columns."""
        from qgis.core import QgsPointXY

        return [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(frame["x"], frame["y"])]

    @staticmethod
    def with_names(frame: pd.DataFrame, nodes: pd.DataFrame, columns: Sequence[str] = ("origin", "destination")):
        """Add <column>_name for code columns, looked up in the nodes."""
        names = dict(zip(nodes["code"], nodes["name"]))
        out = frame.copy()
        for col in columns:
            out[f"{col}_name"] = out[col].map(names)
        return out


def ordered(frame: pd.DataFrame, first: Sequence[str]) -> pd.DataFrame:
    """Frame with the named columns first (those present), the rest after."""
    head = [c for c in first if c in frame.columns]
    return frame[head + [c for c in frame.columns if c not in head]]
