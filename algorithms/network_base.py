"""Shared glue of the network algorithms: flow-table and node parameters, reading, matching, line geometry."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from qgis.core import (
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..core import HemaInputError
from ..core import vocabulary as v
from ..core.cities import CITIES, city_colour
from ..core.curves import flow_lines, linestring_wkb
from ..core.flows import restrict_to_nodes
from ..qgis_io.frames import numeric_column
from .flow_base import FlowInputs

OTHER_COLOUR = "#9e9e9e"


class NetworkAlgorithm(FlowInputs):
    """Base of the 'Network links' algorithms: a flow table plus a cities layer with codes."""

    GROUP_ID = "network"

    WEIGHT_FIELD = v.WEIGHT_FIELD
    DROP_UNMATCHED = "DROP_UNMATCHED"
    BEND = v.BEND
    TRIM = "TRIM"

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.process(parameters, context, feedback)
        except HemaInputError as exc:
            raise QgsProcessingException(str(exc)) from exc

    def process(self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> dict:
        """The algorithm body; HemaInputError raised here becomes a QgsProcessingException."""
        raise NotImplementedError

    # -- parameters -----------------------------------------------------------------------------------------
    def add_city_parameters(self, weight_help: str | None = None, drop: bool = True) -> None:
        """CITIES (points; polygons such as municipalities use a point on each) with code, name, optional weight."""
        self.add_cities_layer(
            True,
            self.tr(
                "City points whose codes match the flow table's origin and destination codes (a polygon layer given "
                "by a script, e.g. municipalities, is placed at a point on each polygon)."
            ),
            self.tr("Field with the city code (CBS GMxxxx code for municipalities)."),
            self.tr("Field with the city name used in labels (empty = known city names, else the code)."),
        )
        if weight_help:
            self.add(
                QgsProcessingParameterField(
                    self.WEIGHT_FIELD,
                    self.tr("City weight field (e.g. population)"),
                    None,
                    self.CITIES,
                    QgsProcessingParameterField.DataType.Numeric,
                    optional=True,
                ),
                weight_help,
            )
        if drop:
            self.add(
                QgsProcessingParameterBoolean(
                    self.DROP_UNMATCHED, self.tr("Drop flows whose codes are not in the cities layer"), True
                ),
                self.tr(
                    "When on, flows to or from codes missing in the cities layer are dropped with a warning; "
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
    def nodes_frame(self, parameters: dict, context: QgsProcessingContext, weight: bool = False) -> tuple:
        """Cities as a frame (code, name, colour, x, y[, weight]) in the cities layer's CRS, and that CRS."""
        source = self.source(parameters, self.CITIES, context)
        self.require_features(source, self.tr("Cities layer"))
        crs = source.sourceCrs()
        self.require_projected(crs, self.tr("Cities layer"))
        code = self.field_name(parameters, self.CITY_CODE_FIELD, context)
        name = self.field_name(parameters, self.CITY_NAME_FIELD, context)
        weight_field = self.field_name(parameters, self.WEIGHT_FIELD, context) if weight else ""
        name = name if name in source.fields().names() else ""
        fields = [f for f in (code, name, weight_field) if f]
        frame = self.read_frame(source, list(dict.fromkeys(fields)), self.tr("Cities layer"), points=True)
        if weight_field:
            frame["weight"] = numeric_column(frame, weight_field, self.tr("Cities layer"))
        frame["code"] = frame[code].astype(str).str.strip()
        dup = frame["code"].duplicated()
        if dup.any():
            raise HemaInputError(
                f"the cities layer has code '{frame.loc[dup, 'code'].iloc[0]}' more than once; "
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
        """Flows restricted to codes in the cities layer; warns (or refuses) when codes are missing."""
        drop = self.parameterAsBoolean(parameters, self.DROP_UNMATCHED, context)
        kept, missing, dropped = self.run_core(restrict_to_nodes, flows, nodes["code"], drop)
        if missing:
            feedback.pushWarning(
                self.tr(
                    "{} code(s) of the flow table are not in the cities layer ({}); "
                    "their flows ({:.1%} of the total) were dropped."
                ).format(len(missing), ", ".join(missing[:8]) + (" …" if len(missing) > 8 else ""), dropped)
            )
        return kept

    def to_cities(self, lines: pd.DataFrame, nodes: pd.DataFrame, parameters: dict, context) -> pd.DataFrame:
        """Lines whose destination is among CITY_CODES (all lines when it is empty)."""
        if not self.city_codes(parameters, context):
            return lines
        codes = self.restrict_cities(nodes, parameters, context)["code"]
        return lines[lines["destination"].isin(set(codes))].reset_index(drop=True)

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
