"""hema:traveltimes — cost matrix over a road network: scipy Dijkstra, 64 sources per call."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    NULL,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import HemaInputError
from ..core.routing import (
    ACCESS_SPEED_KMH,
    DEFAULT_SPEEDS,
    FALLBACK_SPEED,
    MAX_SNAP_M,
    build_network,
    cost_matrix,
    parse_speeds,
    segment_costs,
    snap_points,
    wkb_segments,
)
from ..styling.network import flow_styler
from .base import LayerStyler
from .network_base import NetworkAlgorithm

UNITS = ("minutes", "km")


class TravelTimesAlgorithm(NetworkAlgorithm):
    """Travel-time (or network distance) matrix between cities and/or zones."""

    ROADS = "ROADS"
    SPEED_FIELD = "SPEED_FIELD"
    CLASS_FIELD = "CLASS_FIELD"
    CLASS_SPEEDS = "CLASS_SPEEDS"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    TOLERANCE = "TOLERANCE"
    UNIT = "UNIT"
    ORIGINS = "ORIGINS"
    ORIGIN_CODE_FIELD = "ORIGIN_CODE_FIELD"
    DESTINATIONS = "DESTINATIONS"
    DESTINATION_CODE_FIELD = "DESTINATION_CODE_FIELD"
    ACCESS_SPEED = "ACCESS_SPEED"
    SNAP_WARNING = "SNAP_WARNING"
    MAX_SNAP = "MAX_SNAP"
    OUTPUT = "OUTPUT"
    LINES = "LINES"

    def name(self) -> str:
        return "traveltimes"

    def displayName(self) -> str:
        return self.tr("Travel times over a road network")

    def shortHelpString(self) -> str:
        speeds = ", ".join(f"{k}={v:g}" for k, v in DEFAULT_SPEEDS.items())
        return self.tr(
            "Shortest travel time (minutes) or network distance (km) from every origin to every destination "
            "over a road line layer. Every vertex-to-vertex segment is an undirected edge; end points closer "
            "than the tolerance are joined. Speed per road: the speed field (km/h) when given, else the speed "
            "of its class in 'speeds per class' (default for the TravelMapping systems: {}; A-roads at an "
            "effective 100 km/h), else the default speed ({:g} km/h).\n\nPoints (polygons: a point on the "
            "surface) are snapped to the nearest point on the nearest segment; the snap distance is reported "
            "per pair and counted at the access (connector) speed, default {:g} km/h: the snap leg stands for the "
            "local roads a coarse network leaves out, driven at ~40 km/h over a route ~1.3 times the "
            "straight leg; 0 leaves the snap leg out of the cost, as native:shortestpathpointtolayer does. "
            "The graph is built once and road nodes "
            "that no point needs are contracted away; scipy.sparse.csgraph's Dijkstra then runs from every "
            "origin (or every destination, when there are fewer), 64 sources per call, instead of one QGIS "
            "graph search per origin. Pairs in unconnected parts of the network get a NULL cost and a "
            "warning, as do all pairs of a point farther from the network than 'points off the network beyond' "
            "(default {:g} map units of the network's CRS, i.e. metres for EPSG:28992; e.g. German towns on a Dutch "
            "network), instead of being silently moved onto a distant road. 0 snaps every point, however far."
            "\n\nOutput: a long table origin, "
            "destination, cost (usable as the cost input of hema:catchmentshuff), origin_snap_m, "
            "destination_snap_m; optionally straight lines per pair."
        ).format(speeds, FALLBACK_SPEED, ACCESS_SPEED_KMH, MAX_SNAP_M)

    def initAlgorithm(self, config=None):
        self.add_road_parameters()
        self.add_point_parameters()
        self.add_snap_parameters()
        self.add_outputs()

    def add_road_parameters(self) -> None:
        """ROADS with speed field, class field and speeds per class, default speed and the cost unit."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.ROADS, self.tr("Road network"), [QgsProcessing.SourceType.TypeVectorLine]
            ),
            self.tr("Road lines in a projected CRS (e.g. EPSG:28992); junctions must share vertices."),
        )
        self.add(
            QgsProcessingParameterField(
                self.SPEED_FIELD,
                self.tr("Speed field (km/h)"),
                None,
                self.ROADS,
                QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr("Field with the speed in km/h; empty = speeds per road class."),
        )
        self.add(
            QgsProcessingParameterField(
                self.CLASS_FIELD, self.tr("Road class field"), "system", self.ROADS, optional=True
            ),
            self.tr("Field with the road class used to look up the speed per class."),
        )
        self.add(
            QgsProcessingParameterString(
                self.CLASS_SPEEDS,
                self.tr("Speeds per class (class=km/h; …)"),
                "; ".join(f"{k}={v:g}" for k, v in DEFAULT_SPEEDS.items()),
            ),
            self.tr("Speed of each road class, e.g. nlda=100; nldr=80; nldp=70."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.DEFAULT_SPEED,
                self.tr("Default speed (km/h)"),
                QgsProcessingParameterNumber.Type.Double,
                FALLBACK_SPEED,
                minValue=1,
                maxValue=300,
            ),
            self.tr("Speed of roads without a speed value or a known class."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.UNIT, self.tr("Cost"), [self.tr("travel time (minutes)"), self.tr("distance (km)")], defaultValue=0
            ),
            self.tr("What the cost column holds."),
        )

    def add_point_parameters(self) -> None:
        """ORIGINS and DESTINATIONS with their code fields."""
        for layer, field, label in (
            (self.ORIGINS, self.ORIGIN_CODE_FIELD, self.tr("Origins (cities or zones)")),
            (self.DESTINATIONS, self.DESTINATION_CODE_FIELD, self.tr("Destinations (empty = the origins)")),
        ):
            optional = layer == self.DESTINATIONS
            self.add(
                QgsProcessingParameterFeatureSource(
                    layer,
                    label,
                    [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
                    optional=optional,
                ),
                self.tr("Points or polygons with a code field."),
            )
            self.add(
                QgsProcessingParameterField(field, self.tr("Code field"), "code", layer, optional=optional),
                self.tr("Field with the code written to the output table."),
            )

    def add_snap_parameters(self) -> None:
        """Topology tolerance, access speed, snap warning and the maximum snap distance (advanced)."""
        self.add(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                self.tr("Topology tolerance (map units)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0,
            ),
            self.tr("Road end points closer than this are treated as one junction."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.ACCESS_SPEED,
                self.tr("Access (connector) speed (km/h, 0 = not counted)"),
                QgsProcessingParameterNumber.Type.Double,
                ACCESS_SPEED_KMH,
                minValue=0,
                maxValue=300,
            ),
            self.tr(
                "Speed over the straight snap leg from a point to the network (local roads the network leaves "
                "out); 0 leaves the snap leg out of the cost, like QGIS's shortest path algorithms."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.SNAP_WARNING,
                self.tr("Warn for snap distances above (map units)"),
                QgsProcessingParameterNumber.Type.Double,
                5000.0,
                minValue=0,
            ),
            self.tr("Points farther than this from the network are listed in a warning."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MAX_SNAP,
                self.tr("Points off the network beyond (map units, 0 = none)"),
                QgsProcessingParameterNumber.Type.Double,
                MAX_SNAP_M,
                minValue=0,
            ),
            self.tr(
                "Points farther than this from the road network (e.g. towns outside the network's country) are "
                "not on it: all their pairs get a NULL cost and a warning names them. Map units of the network's "
                "CRS: metres for EPSG:28992. 0 snaps every point, however far."
            ),
            advanced=True,
        )

    def add_outputs(self) -> None:
        """The cost table and the optional cost lines."""
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Cost table"), QgsProcessing.SourceType.TypeVector),
            self.tr("Long table origin, destination, cost."),
        )
        lines = QgsProcessingParameterFeatureSink(
            self.LINES,
            self.tr("Cost lines"),
            QgsProcessing.SourceType.TypeVectorLine,
            optional=True,
            createByDefault=False,
        )
        self.add(lines, self.tr("Optional straight lines origin → destination with the cost."))
        self.add_overwrite()

    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        roads = self.source(parameters, self.ROADS, context)
        self.require_features(roads, self.tr("Road network"))
        crs = roads.sourceCrs()
        self.require_projected(crs, self.tr("Road network"))
        unit = UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        seg_xy, speed = self._segments(parameters, roads, context, steps)
        lengths = np.hypot(seg_xy[:, 2] - seg_xy[:, 0], seg_xy[:, 3] - seg_xy[:, 1])
        costs = segment_costs(lengths, speed, unit)
        net = build_network(seg_xy, costs, self.parameterAsDouble(parameters, self.TOLERANCE, context))
        feedback.pushInfo(
            self.tr("Network: {} segments, {} junctions, {} connected part(s).").format(
                len(seg_xy), len(net.nodes), len(np.unique(net.components))
            )
        )
        steps.setCurrentStep(1)
        origins = self._points(parameters, self.ORIGINS, self.ORIGIN_CODE_FIELD, context, crs)
        if not self.has_source(parameters, self.DESTINATIONS, context):
            destinations = origins
        else:
            destinations = self._points(parameters, self.DESTINATIONS, self.DESTINATION_CODE_FIELD, context, crs)
        o_snap = snap_points(net, origins["x"], origins["y"])
        d_snap = snap_points(net, destinations["x"], destinations["y"])
        self._report_snaps(parameters, context, feedback, origins, destinations, o_snap[2], d_snap[2])
        access = None
        access_speed = self.parameterAsDouble(parameters, self.ACCESS_SPEED, context)
        if access_speed > 0:
            access = (segment_costs(o_snap[2], access_speed, unit), segment_costs(d_snap[2], access_speed, unit))
        steps.setCurrentStep(2)

        def progress(fraction: float) -> bool:
            steps.setProgress(100 * fraction)
            return not steps.isCanceled()

        matrix = cost_matrix(net, o_snap, d_snap, access, progress=progress)
        self.check_canceled(feedback)
        self._drop_off_network(parameters, context, feedback, matrix, origins, destinations, o_snap[2], d_snap[2])
        table = pd.DataFrame(
            {
                "origin": np.repeat(origins["code"].to_numpy(), len(destinations)),
                "destination": np.tile(destinations["code"].to_numpy(), len(origins)),
                "cost": matrix.ravel(),
                "origin_snap_m": np.repeat(o_snap[2], len(destinations)),
                "destination_snap_m": np.tile(d_snap[2], len(origins)),
            }
        )
        different = (table["origin"] != table["destination"]).to_numpy()
        missing = table["cost"].isna().to_numpy()
        if different.any() and missing[different].all():
            raise HemaInputError(
                "no destination can be reached from any origin: the points snap to unconnected parts of the "
                "road network. Check that roads share vertices at junctions or raise the topology tolerance."
            )
        if missing.any():
            feedback.pushWarning(
                self.tr(
                    "{} of {} pairs cannot be reached over the network (unconnected parts); their cost is NULL."
                ).format(int(missing.sum()), len(table))
            )
        steps.setCurrentStep(3)
        sink, dest = self.sink_for_frame(parameters, self.OUTPUT, context, table, QgsWkbTypes.Type.NoGeometry, crs)
        self.write_frame(sink, table, None, steps)
        results = {self.OUTPUT: dest}
        if parameters.get(self.LINES):
            lines = table[different].reset_index(drop=True)
            both = pd.concat([origins, destinations]).drop_duplicates("code")
            geometries = self.line_geometries(lines, both, 0.0)
            line_sink, line_dest = self.sink_for_frame(
                parameters, self.LINES, context, lines, QgsWkbTypes.Type.LineString, crs
            )
            if line_sink is not None:
                self.write_frame(line_sink, lines, geometries, steps)
                LayerStyler.attach(context, line_dest, flow_styler("cost", colour_field=""))
                results[self.LINES] = line_dest
        return results

    def _segments(self, parameters, roads, context, feedback) -> tuple[np.ndarray, np.ndarray]:
        speed_field = self.field_name(parameters, self.SPEED_FIELD, context)
        class_field = self.field_name(parameters, self.CLASS_FIELD, context)
        if not parameters.get(self.CLASS_FIELD) and class_field not in roads.fields().names():
            class_field = ""  # the default 'system' only applies to layers that have it
        self.require_fields(roads, [f for f in (speed_field, class_field) if f], self.tr("Road network"))
        speeds = parse_speeds(self.parameterAsString(parameters, self.CLASS_SPEEDS, context))
        default = self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context)
        names = roads.fields().names()
        wanted = [f for f in (speed_field, class_field) if f]
        request = QgsFeatureRequest().setSubsetOfAttributes(wanted, roads.fields())
        idx = [names.index(f) for f in wanted]
        blobs: list[bytes] = []
        columns: list[list] = [[] for _ in idx]
        total = roads.featureCount() or 1
        # One reused QgsFeature and plain appends: this loop runs once per road feature.
        feature, add_blob = QgsFeature(), blobs.append
        iterator = roads.getFeatures(request)
        while iterator.nextFeature(feature):
            if len(blobs) % 5000 == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(100 * len(blobs) / total)
            add_blob(bytes(feature.geometry().asWkb()))
            if idx:
                attrs = feature.attributes()
                for column, i in zip(columns, idx):
                    column.append(attrs[i])
        seg_xy, owner = wkb_segments(blobs)
        if len(seg_xy) == 0:
            raise HemaInputError("the road network has no line with at least two vertices.")
        speed = self._speeds(len(blobs), columns, bool(speed_field), bool(class_field), speeds, default)
        return seg_xy, speed[owner]

    @staticmethod
    def _speeds(
        count: int, columns: list, has_speed: bool, has_class: bool, speeds: dict, default: float
    ) -> np.ndarray:
        """Speed per feature: its speed value when > 0, else the speed of its class, else the default."""
        by_class = np.full(count, default)
        if has_class:
            by_class = np.array([speeds.get(str(c), default) for c in columns[-1]], dtype=float)
        if not has_speed:
            return by_class
        if set(map(type, columns[0])) <= {float, int}:
            given = np.array(columns[0], dtype=float)  # plain numbers (the usual case): skip pandas' parsing
        else:
            values = pd.Series([None if v is None or v == NULL else v for v in columns[0]], dtype=object)
            given = pd.to_numeric(values, errors="coerce").to_numpy(float)
            text = np.flatnonzero(values.notna().to_numpy() & ~np.isfinite(given))
            if len(text):
                raise HemaInputError(
                    f"the speed field holds {values.iloc[text[0]]!r} (road {text[0] + 1}), which is not a number "
                    f"of km/h ({len(text)} such road(s)); choose a numeric speed field or leave it empty to use "
                    "the class speeds"
                )
        return np.where(np.isfinite(given) & (given > 0), given, by_class)

    def _points(self, parameters, layer, field, context, crs) -> pd.DataFrame:
        source = self.source(parameters, layer, context)
        what = self.tr("Origins") if layer == self.ORIGINS else self.tr("Destinations")
        self.require_features(source, what)
        code = self.field_name(parameters, field, context)
        named = code != "name" and source.fields().indexOf("name") >= 0  # warnings name places, e.g. Meppen
        frame = self.read_frame(
            source, [code, "name"] if named else [code], what, points=True, crs=crs, context=context
        )
        frame["code"] = frame[code].astype(str)
        duplicated = sorted(set(frame["code"][frame["code"].duplicated()]))
        if duplicated:
            raise QgsProcessingException(
                self.tr(
                    "{}: code(s) {} occur more than once in field '{}'; every cost row would be ambiguous. Give "
                    "every point a unique code (remove or rename the duplicates)."
                ).format(what, ", ".join(duplicated[:10]), code)
            )
        frame["label"] = (frame["name"].astype(str) + " (" + frame["code"] + ")") if named else frame["code"]
        return frame[["code", "label", "x", "y"]].reset_index(drop=True)

    def _drop_off_network(self, parameters, context, feedback, matrix, origins, destinations, o_dist, d_dist):
        """NULL (NaN) costs for every pair of a point farther from the network than the maximum snap distance."""
        limit = self.parameterAsDouble(parameters, self.MAX_SNAP, context)
        if limit <= 0:
            return
        off_o, off_d = o_dist > limit, d_dist > limit
        matrix[off_o, :] = np.nan
        matrix[:, off_d] = np.nan
        off = pd.concat([origins["label"][off_o], destinations["label"][off_d]]).unique()
        if len(off):
            feedback.pushWarning(
                self.tr(
                    "{} point(s) lie more than {:g} from the road network and are left off it (NULL costs): {}."
                ).format(len(off), limit, ", ".join(map(str, off[:20])))
            )

    def _report_snaps(self, parameters, context, feedback, origins, destinations, o_dist, d_dist) -> None:
        limit = self.parameterAsDouble(parameters, self.SNAP_WARNING, context)
        both = np.concatenate([o_dist, d_dist])
        feedback.pushInfo(
            self.tr("Snap distance to the network: mean {:.0f}, max {:.0f} map units.").format(both.mean(), both.max())
        )
        far = pd.concat([origins["label"][o_dist > limit], destinations["label"][d_dist > limit]]).unique()
        if limit > 0 and len(far):
            feedback.pushWarning(
                self.tr("{} point(s) lie more than {:g} from the road network: {}.").format(
                    len(far), limit, ", ".join(map(str, far[:10]))
                )
            )
