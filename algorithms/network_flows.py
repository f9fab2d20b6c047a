"""hema:flowlines and hema:modeshares — flow tables drawn as (curved) lines between nodes."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import HemaInputError
from ..core import vocabulary as v
from ..core.cities import lighten
from ..core.flows import LINE_KINDS, line_flows, mode_shares, node_totals, rank_and_share, select_flows
from ..styling.network import flow_styler, node_styler
from .base import LayerStyler
from .network_base import NetworkAlgorithm, ordered


class FlowLinesAlgorithm(NetworkAlgorithm):
    """Flow lines (two-way, gross or net) with filters, plus node totals."""

    LINE_TYPE = v.LINE_TYPE
    THRESHOLD = v.THRESHOLD
    TOP_K = "TOP_K"
    CUMULATIVE_SHARE = "CUMULATIVE_SHARE"
    OUTPUT = "OUTPUT"
    NODE_TOTALS = v.NODE_TOTALS
    TOP_N, SCALE_MAX, FADE_BELOW, LABEL_TOP, INTRAZONAL = "TOP_N", "SCALE_MAX", "FADE_BELOW", "LABEL_TOP", "INTRAZONAL"

    def name(self) -> str:
        return "flowlines"

    def displayName(self) -> str:
        return self.tr("Flow lines between cities")

    def shortHelpString(self) -> str:
        return self.tr(
            "Draws a flow table (origin, destination, value) as lines between nodes (cities or zones) and "
            "computes each node's totals.\n\n"
            "Line types (as FlowMapper): two-way = every i→j; gross = f_ij + f_ji; net = f_ij − f_ji, drawn "
            "from the larger sender. Filters (as the R package flows), applied in order: value ≥ threshold, "
            "the top-k lines per origin, and per origin the largest lines until they cover a cumulative share "
            "of its outflow. Lines are quadratic Bézier curves bending to the right of travel, so i→j and j→i "
            "never overlap (curvature 0 = straight).\n\n"
            "Outputs: lines with origin, destination, value, share of the origin's outflow (without its "
            "self-contained flow), rank within the origin (1 = largest); styled with graduated arrow widths "
            "and the origin city's colour. Node totals: outflow, inflow (both without self), self-contained "
            "flow f_ii, gross, net = in − out, in/out ratio. An empty selection gives empty layers and a warning."
        )

    def initAlgorithm(self, config=None):
        self.add_flow_parameters()
        self.add_city_parameters()
        self.add_city_codes_parameter(
            self.tr("Keep only lines whose destination is one of these cities, e.g. GM0106,GM0114 (empty = all).")
        )
        self.add(
            QgsProcessingParameterEnum(self.LINE_TYPE, self.tr("Line type"), list(self._kinds()), defaultValue=0),
            self.tr(
                "two-way: every direction; gross: both directions summed; net: difference, from the larger sender."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.THRESHOLD, self.tr("Minimum value"), QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0
            ),
            self.tr("Keep lines with a value of at least this (in the unit of the value field)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TOP_K, self.tr("Top-k lines per origin (0 = all)"), defaultValue=0, minValue=0
            ),
            self.tr("Keep only the k largest lines of every origin."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.CUMULATIVE_SHARE,
                self.tr("Cumulative share per origin (0 = all)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0,
                maxValue=1,
            ),
            self.tr("Keep an origin's largest lines until they cover this share of its outflow (e.g. 0.8)."),
        )
        self.add_legibility_parameters()
        self.add_geometry_parameters()
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Flow lines")), self.tr("The flow lines."))
        self.add(
            QgsProcessingParameterFeatureSink(self.NODE_TOTALS, self.tr("Node totals")),
            self.tr("Points with the in, out, self-contained, gross and net flow of every node."),
        )
        self.add_overwrite()

    def add_legibility_parameters(self) -> None:
        """Top-N per map, a fixed width scale, faded small flows, value labels and intrazonal circles."""
        self.add(
            QgsProcessingParameterNumber(self.TOP_N, self.tr("Largest lines on the map (0 = all)"), defaultValue=0,
                                         minValue=0),
            self.tr("After the other filters keep only the N largest lines of the whole map."),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterNumber(self.SCALE_MAX, self.tr("Width scale maximum (0 = largest line)"),
                                         QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0),
            self.tr("Fixed value of the widest arrow: give the same number to maps of other years or selections so "
                    "their widths compare; larger values keep the widest arrow."),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterNumber(self.FADE_BELOW, self.tr("Fade lines below this share of the maximum"),
                                         QgsProcessingParameterNumber.Type.Double, 0.1, minValue=0, maxValue=1),
            self.tr("Width classes whose upper bound is below this share of the scale maximum are drawn faded; "
                    "larger flows are always drawn on top of smaller ones."),
            advanced=True,
        )  # fmt: skip
        self.add(
            QgsProcessingParameterNumber(self.LABEL_TOP, self.tr("Label the largest lines (0 = none)"),
                                         defaultValue=0, minValue=0),
            self.tr("Write the value on the N largest lines (for print)."),
            advanced=True,
        )  # fmt: skip
        self.add(
            QgsProcessingParameterBoolean(self.INTRAZONAL, self.tr("Node circles show the within-zone flow"), False),
            self.tr("Size the node circles by the self-contained (intrazonal) flow f_ii instead of the total inflow, "
                    "on the same scale maximum as the lines."),
            advanced=True,
        )  # fmt: skip

    def _kinds(self):
        return (self.tr("two-way"), self.tr("gross"), self.tr("net"))

    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        flows = self.read_flows(parameters, context, feedback)
        nodes, crs = self.nodes_frame(parameters, context)
        flows = self.match_nodes(flows, nodes, parameters, context, feedback)
        steps.setCurrentStep(1)
        kind = LINE_KINDS[self.parameterAsEnum(parameters, self.LINE_TYPE, context)]
        totals = node_totals(flows, nodes["code"])
        lines = rank_and_share(line_flows(flows, kind), totals.set_index("code")["outflow"])
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        lines = self.to_cities(lines, nodes, parameters, context)
        selected = select_flows(
            lines,
            threshold,
            self.parameterAsInt(parameters, self.TOP_K, context),
            self.parameterAsDouble(parameters, self.CUMULATIVE_SHARE, context),
        )
        if lines.empty:
            feedback.pushWarning(
                self.tr("The flows are all self-contained (origin = destination): there are no lines to draw.")
            )
        elif selected.empty:
            feedback.pushWarning(
                self.tr(
                    "No flow passes the filters (largest value {:g}, minimum value {:g}); the lines are empty."
                ).format(lines["value"].max(), threshold)
            )
        top_n = self.parameterAsInt(parameters, self.TOP_N, context)
        if top_n:
            selected = selected.nlargest(top_n, "value", keep="first").sort_values(["origin", "rank"])
        feedback.pushInfo(self.tr("{} of {} lines kept.").format(len(selected), len(lines)))
        selected = self.with_names(selected, nodes)
        selected["line_type"] = kind
        selected["colour"] = selected["origin"].map(dict(zip(nodes["code"], nodes["colour"])))
        selected = ordered(
            selected, ["origin", "destination", "origin_name", "destination_name", "value", "share", "rank"]
        )
        steps.setCurrentStep(2)
        bend = self.parameterAsDouble(parameters, self.BEND, context)
        trim = self.parameterAsDouble(parameters, self.TRIM, context)
        geometries = self.line_geometries(selected, nodes, bend, trim)
        sink, dest = self.sink_for_frame(parameters, self.OUTPUT, context, selected, QgsWkbTypes.Type.LineString, crs)
        self.write_frame(sink, selected, geometries, steps)
        node_frame = nodes.merge(totals, on="code", how="left")
        node_sink, node_dest = self.sink_for_frame(
            parameters, self.NODE_TOTALS, context, node_frame.drop(columns=["x", "y"]), QgsWkbTypes.Type.Point, crs
        )
        self.write_frame(node_sink, node_frame.drop(columns=["x", "y"]), self.point_geometries(node_frame))
        scale = self.parameterAsDouble(parameters, self.SCALE_MAX, context)
        fade = self.parameterAsDouble(parameters, self.FADE_BELOW, context)
        labels = self.parameterAsInt(parameters, self.LABEL_TOP, context)
        LayerStyler.attach(context, dest, flow_styler("value", scale_max=scale, fade_below=fade, label_top=labels))
        intrazonal = self.parameterAsBoolean(parameters, self.INTRAZONAL, context)
        size = node_styler("self", scale_max=scale) if intrazonal else node_styler("total_in")
        LayerStyler.attach(context, node_dest, size)
        return {self.OUTPUT: dest, self.NODE_TOTALS: node_dest}


class ModeSharesAlgorithm(NetworkAlgorithm):
    """Vervoer theme: mode shares per link from commuting by mode."""

    MIN_TOTAL = "MIN_TOTAL"
    STYLE_MODE = "STYLE_MODE"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "modeshares"

    def displayName(self) -> str:
        return self.tr("Mode shares per link (vervoer)")

    def shortHelpString(self) -> str:
        return self.tr(
            "For the vervoer (transport) theme: from commuting flows by mode (e.g. CBS 2016 by mode: car, "
            "carpool, train, other_pt, moped, (e-)bicycle, walk, other) computes per link origin→destination "
            "the total over modes, the share of every mode (share_<mode> = f_ij,mode / Σ_modes f_ij) and the "
            "main mode. Links whose total is below the minimum are left out. Output: curved lines, width by "
            "total, colour by the share of the chosen mode (light = low, dark = high)."
        )

    def initAlgorithm(self, config=None):
        self.add_flow_parameters(mode=False)
        self.add(
            QgsProcessingParameterField(
                self.MODE_FIELD, self.tr("Mode field"), v.FIELD_DEFAULTS[self.MODE_FIELD], self.FLOWS
            ),
            self.tr("Field with the transport mode of each flow row."),
        )
        self.add_city_parameters()
        self.add_city_codes_parameter(
            self.tr("Keep only links whose destination is one of these cities, e.g. GM0106,GM0114 (empty = all).")
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_TOTAL,
                self.tr("Minimum total per link"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0,
            ),
            self.tr("Leave out links whose total over all modes is below this."),
        )
        self.add(
            QgsProcessingParameterString(self.STYLE_MODE, self.tr("Mode to colour by"), "train"),
            self.tr("The mode whose share colours the lines (e.g. train, car, e_bicycle)."),
            advanced=True,
        )
        self.add_geometry_parameters()
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Mode shares")),
            self.tr("Lines with total and share per mode."),
        )
        self.add_overwrite()

    def process(self, parameters, context, feedback):
        mode_field = self.field_name(parameters, self.MODE_FIELD, context)
        flows = self.read_flows(parameters, context, feedback, extra=[mode_field]).rename(columns={mode_field: "mode"})
        nodes, crs = self.nodes_frame(parameters, context)
        flows = self.match_nodes(flows, nodes, parameters, context, feedback)
        minimum = self.parameterAsDouble(parameters, self.MIN_TOTAL, context)
        shares = self.to_cities(mode_shares(flows, minimum), nodes, parameters, context)
        if shares.empty:
            feedback.pushWarning(self.tr("No link has a total of at least {:g}; the output is empty.").format(minimum))
        shares = self.with_names(shares, nodes)
        style_mode = self.parameterAsString(parameters, self.STYLE_MODE, context).strip()
        column = f"share_{style_mode}"
        if column not in shares.columns:
            modes = [c[6:] for c in shares.columns if c.startswith("share_")]
            raise HemaInputError(f"there is no mode '{style_mode}' to colour by; modes present: {', '.join(modes)}.")
        shares["colour"] = _ramp(shares[column].to_numpy(float))
        shares = ordered(shares, ["origin", "destination", "origin_name", "destination_name", "total", "main_mode"])
        bend = self.parameterAsDouble(parameters, self.BEND, context)
        trim = self.parameterAsDouble(parameters, self.TRIM, context)
        geometries = self.line_geometries(shares, nodes, bend, trim)
        sink, dest = self.sink_for_frame(parameters, self.OUTPUT, context, shares, QgsWkbTypes.Type.LineString, crs)
        self.write_frame(sink, shares, geometries, feedback)
        LayerStyler.attach(context, dest, flow_styler("total"))
        return {self.OUTPUT: dest}


def _ramp(share: np.ndarray) -> list[str]:
    """Light (low share) to dark blue (the highest share present) colours, in five steps."""
    if len(share) == 0:
        return []
    top = np.nanmax(share) if np.any(share > 0) else 1.0
    steps = np.clip(np.nan_to_num(share) / top * 5, 0, 4).astype(int)
    palette = [lighten("#08306b", a) for a in (0.85, 0.65, 0.45, 0.25, 0.0)]
    return [palette[s] for s in steps]
