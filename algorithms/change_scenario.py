"""hema:scenario — what-if scenarios on a Huff model: several scenarios side by side against one base model."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import huff
from ..core import scenario as sc
from ..core.calibration import read_parameters
from ..core.routing import DEFAULT_SPEEDS, FALLBACK_SPEED, wkb_segments
from ..core.themes import THEME_CODES, theme
from ..styling.change import zone_switch_styler
from .base import LayerStyler
from .change_base import ChangeAlgorithm

TABLE_COLUMNS = ("scenario", "kind", "target", "value", "x", "y", "x2", "y2")


class Scenario(ChangeAlgorithm):
    """What-if: change attractiveness, roads, costs or add a centre, and see the shift in catchments."""

    THEME, ALPHA, BETA, DECAY, PARAMETERS_FILE = "THEME", "ALPHA", "BETA", "DECAY", "PARAMETERS_FILE"
    SCENARIOS, SCENARIO_TABLE = "SCENARIOS", "SCENARIO_TABLE"
    COSTS, COST_ORIGIN_FIELD, COST_DESTINATION_FIELD, COST_FIELD = (
        "COSTS", "COST_ORIGIN_FIELD", "COST_DESTINATION_FIELD", "COST_FIELD",
    )  # fmt: skip
    ROADS, ROAD_ID_FIELD, ROAD_CLASS_FIELD = "ROADS", "ROAD_ID_FIELD", "ROAD_CLASS_FIELD"
    OUTPUT_ZONES, OUTPUT_CITIES = "OUTPUT_ZONES", "OUTPUT_CITIES"

    def name(self) -> str:
        return "scenario"

    def displayName(self) -> str:
        return self.tr("What-if scenarios (Huff model)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Starts from a Huff model (α, β from a parameter file written by 'Calibrate Huff model', given here, or "
            "the theme preset) and compares one or more scenarios with it. Distances: a road network (travel "
            "minutes as 'Travel times over a road network' computes them: A-roads 100, N-rijkswegen 80, provincial "
            "roads 70 km/h, snap legs at 30 km/h), else a cost table, else straight lines.\n\n"
            "Scenarios, one change per line 'id, kind, target, value[, x, y[, x2, y2]]' (or a table with those "
            "columns); lines sharing an id form one scenario, applied together:\n"
            "attractiveness: city target × value (1.2 = +20 %); centre: new city target with attractiveness value at "
            "x, y; speed: roads whose id is target at value km/h; road: a new road target from x, y to x2, y2 at "
            "value km/h, its ends joined to the nearest junctions; cost: costs to city target (or 'zone>city') × "
            "value.\n\n"
            "Outputs: per scenario and zone the dominant city of the base model and of the scenario, whether it "
            "switched, and per city the change in probability dp_<code>; per scenario and city the catchment "
            "population Σ population × P before and after, its change and the number of zones it dominates. The log "
            "lists the zones that change dominant city."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_zones(population=True)
        self.add_cities(attractiveness=True)
        self.add(
            QgsProcessingParameterString(self.SCENARIOS, self.tr("Scenarios"), multiLine=True, optional=True),
            self.tr("One change per line: id, kind, target, value[, x, y[, x2, y2]]; e.g. 'a, attractiveness, "
                    "GM0106, 1.2'."),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterFeatureSource(
                self.SCENARIO_TABLE, self.tr("Scenario table"), [QgsProcessing.SourceType.TypeVector], optional=True
            ),
            self.tr("Table with the columns scenario, kind, target, value (and x, y, x2, y2 where needed)."),
        )
        self.add(
            QgsProcessingParameterEnum(self.THEME, self.tr("Theme"), list(THEME_CODES), defaultValue=0),
            self.tr("Theme whose preset α and β are used when none are given."),
        )
        self.add_alpha_beta(self.tr("Leave empty to use the theme preset or the parameter file."))
        self.add(
            QgsProcessingParameterEnum(
                self.DECAY, self.tr("Distance decay"), [self.tr("Power D^-β"), self.tr("Exponential exp(-β D)")],
                defaultValue=0,
            ),
            self.tr("Power or exponential decay (a parameter file's decay wins)."),
        )  # fmt: skip
        self.add(
            QgsProcessingParameterFile(
                self.PARAMETERS_FILE, self.tr("Calibrated parameter file"), extension="json", optional=True
            ),
            self.tr("JSON file written by 'Calibrate Huff model'; overrides α, β and the decay."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(
                self.ROADS, self.tr("Road network"), [QgsProcessing.SourceType.TypeVectorLine], optional=True
            ),
            self.tr("Road lines; costs become travel minutes over them (needed for speed and road changes)."),
        )
        for name, label, default in (
            (self.ROAD_ID_FIELD, "Road id field", "ref"),
            (self.ROAD_CLASS_FIELD, "Road class field", "system"),
        ):
            self.add(QgsProcessingParameterField(name, self.tr(label), default, self.ROADS, optional=True),
                     self.tr("Field of the road network (class: nlda, nldr, nldp as TravelMapping)."),
                     advanced=True)  # fmt: skip
        self.add(
            QgsProcessingParameterFeatureSource(
                self.COSTS, self.tr("Cost table"), [QgsProcessing.SourceType.TypeVector], optional=True
            ),
            self.tr("Long table zone → city with a cost (e.g. the output of 'Travel times'); used without roads."),
        )
        for name, label, default in (
            (self.COST_ORIGIN_FIELD, "Cost origin field", "origin"),
            (self.COST_DESTINATION_FIELD, "Cost destination field", "destination"),
            (self.COST_FIELD, "Cost field", "cost"),
        ):
            self.add(QgsProcessingParameterField(name, self.tr(label), default, self.COSTS, optional=True),
                     self.tr("Field of the cost table."), advanced=True)  # fmt: skip
        self.add_language(self.tr("Legend language"), self.tr("Language of the legends."), advanced=True)
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT_ZONES, self.tr("Scenario zones")),
            self.tr("One feature per scenario and zone: base and scenario dominant city, switch, dp_<code>."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT_CITIES, self.tr("Scenario cities")),
            self.tr("One point per scenario and city: catchment population before and after and its change."),
        )
        self.add_overwrite()

    # -- inputs ---------------------------------------------------------------------------------------------
    def model(self, parameters, context) -> tuple[float, float, str]:
        """α, β, decay from the parameter file, the α/β parameters or the theme preset."""
        path = self.parameterAsFile(parameters, self.PARAMETERS_FILE, context)
        if path:
            p = read_parameters(path)
            return p["alpha"], p["beta"], p["decay"]
        preset = theme(THEME_CODES[self.parameterAsEnum(parameters, self.THEME, context)])
        alpha = preset.alpha if parameters.get(self.ALPHA) in (None, "") else self.parameterAsDouble(
            parameters, self.ALPHA, context)  # fmt: skip
        beta = preset.beta if parameters.get(self.BETA) in (None, "") else self.parameterAsDouble(
            parameters, self.BETA, context)  # fmt: skip
        return alpha, beta, huff.DECAYS[self.parameterAsEnum(parameters, self.DECAY, context)]

    def changes(self, parameters, context) -> list[sc.Change]:
        """Changes from the text parameter and the scenario table."""
        out = sc.parse_changes(self.parameterAsString(parameters, self.SCENARIOS, context))
        if parameters.get(self.SCENARIO_TABLE):
            source = self.source(parameters, self.SCENARIO_TABLE, context)
            present = [c for c in TABLE_COLUMNS if c in source.fields().names()]
            self.require_fields(source, TABLE_COLUMNS[:4], self.tr("Scenario table"))
            table = self.read_frame(source, present, self.tr("Scenario table"))
            for row in table.itertuples(index=False):
                rec = row._asdict()
                coords = tuple(float(rec[c]) for c in TABLE_COLUMNS[4:] if c in rec and rec[c] not in (None, ""))
                out.append(sc.Change(str(rec["scenario"]), str(rec["kind"]).lower(), str(rec["target"]),
                                     float(rec["value"]), coords))  # fmt: skip
        return out

    def roads(self, parameters, context):
        """Segments, speeds (km/h by class) and road ids of the road network, or None."""
        if not parameters.get(self.ROADS):
            return None
        source = self.source(parameters, self.ROADS, context)
        self.require_projected(source.sourceCrs(), self.tr("Road network"))
        ident = self.field_name(parameters, self.ROAD_ID_FIELD, context, source)
        klass = self.field_name(parameters, self.ROAD_CLASS_FIELD, context)
        klass = klass if klass in source.fields().names() else ""
        blobs, ids, classes = [], [], []
        for feature in source.getFeatures():
            blobs.append(bytes(feature.geometry().asWkb()))
            ids.append(str(feature[ident]))
            classes.append(str(feature[klass]) if klass else "")
        seg, owner = wkb_segments(blobs)
        speed = np.array([DEFAULT_SPEEDS.get(classes[o], FALLBACK_SPEED) for o in owner])
        return seg, speed, [ids[o] for o in owner], source.sourceCrs()

    # -- run ------------------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        alpha, beta, decay = self.model(parameters, context)
        zones, geometries, zsource = self.zones_frame(parameters, context, steps, population=True)
        crs = zsource.sourceCrs()
        cities = self.cities_frame(parameters, context, crs, attractiveness=True)
        changes = self.changes(parameters, context)
        roads = self.roads(parameters, context)
        costs = self.cost_table(parameters, context) if roads is None else None
        if costs is None:
            self.require_projected(crs, self.tr("Zones layer"))
        if roads is not None and roads[3] != crs:
            raise QgsProcessingException(
                self.tr("The road network ({}) and the zones ({}) must share one CRS; reproject one of them.").format(
                    roads[3].authid(), crs.authid()
                )
            )
        road_ids = None if roads is None else roads[2]
        sc.check_changes(changes, cities["code"].tolist(), road_ids, costs is not None)
        feedback.pushInfo(self.tr("Huff model: α = {:.4g}, β = {:.4g}, {} decay").format(alpha, beta, decay))
        base = self.probabilities(zones, cities, alpha, beta, decay, roads, costs, [])
        lost = zones.loc[base.sum(axis=1) == 0, "name"].tolist()
        if lost:
            feedback.pushWarning(
                self.tr("{} zone(s) reach no city (off the road network or without costs) and stay out: {}.").format(
                    len(lost), ", ".join(lost[:20])
                )
            )
        steps.setCurrentStep(1)
        centres = [c.target for c in changes if c.kind == "centre"]
        names = {**{c: c for c in centres}, **dict(zip(cities["code"], cities["name"]))}
        all_codes = list(dict.fromkeys(cities["code"].tolist() + centres))
        zone_rows, city_rows = [], []
        for sid in sc.scenario_ids(changes):
            self.check_canceled(feedback)
            mine = [c for c in changes if c.scenario == sid]
            edited = sc.edit_cities(cities, mine)
            p = self.probabilities(zones, edited, alpha, beta, decay, roads, costs, mine)
            frame, wide, table = self.shifted(base, p, zones, cities, edited, sid, names, all_codes)
            zone_rows.append(pd.concat([frame, wide], axis=1))
            moved = frame[frame["switched"]]
            pairs = moved[["name", "dom_name_from", "dom_name_to"]].itertuples(index=False)
            listed = ", ".join(f"{n} ({a} → {b})" for n, a, b in pairs) or "-"
            feedback.pushInfo(
                self.tr("Scenario {}: {} zone(s) change dominant city: {}").format(sid, len(moved), listed)
            )
            table.insert(0, "scenario", sid)
            table.insert(2, "name", table["code"].map(names))
            table.insert(3, "attractiveness", edited["attractiveness"].to_numpy())
            table["x"], table["y"] = edited["x"].to_numpy(), edited["y"].to_numpy()
            city_rows.append(table)
        steps.setCurrentStep(2)
        results = {}
        zone_out = pd.concat(zone_rows, ignore_index=True)
        sink, results[self.OUTPUT_ZONES] = self.sink_for_frame(parameters, self.OUTPUT_ZONES, context, zone_out,
                                                               zsource.wkbType(), crs)  # fmt: skip
        self.write_frame(sink, zone_out, geometries * len(zone_rows))
        lang = self.language(parameters, context)
        reference = "basismodel" if lang != "en" else "the base model"
        LayerStyler.attach(context, results[self.OUTPUT_ZONES], zone_switch_styler(reference, names, lang))
        city_out = pd.concat(city_rows, ignore_index=True)
        sink, results[self.OUTPUT_CITIES] = self.sink_for_frame(parameters, self.OUTPUT_CITIES, context,
                                                                city_out.drop(columns=["x", "y"]),
                                                                QgsWkbTypes.Type.Point, crs)  # fmt: skip
        self.write_frame(sink, city_out.drop(columns=["x", "y"]), self.points(city_out))
        return results

    @staticmethod
    def shifted(base, p, zones, cities, edited, sid, names, all_codes):
        """Zone frame, dp_<code> columns and city table of one scenario against the base probabilities."""
        delta, table, dom0, dom1 = sc.shift(base, p, zones["population"].to_numpy(), cities["code"].tolist(),
                                            edited["code"].tolist())  # fmt: skip
        codes = np.asarray(edited["code"].tolist() + [None], dtype=object)
        frame = zones[["code", "name", "population"]].copy()
        frame.insert(0, "scenario", sid)
        frame["dom_code_from"], frame["dom_code_to"] = codes[dom0], codes[dom1]
        frame["dom_name_from"] = frame["dom_code_from"].map(names)
        frame["dom_name_to"] = frame["dom_code_to"].map(names)
        frame["switched"] = (dom0 >= 0) & (dom1 >= 0) & (dom0 != dom1)
        wide = pd.DataFrame(0.0, index=frame.index, columns=[f"dp_{c}" for c in all_codes])
        for k, code in enumerate(edited["code"]):
            wide[f"dp_{code}"] = delta[:, k]
        return frame, wide, table

    def cost_table(self, parameters, context) -> pd.DataFrame | None:
        """The cost table as origin/destination/cost, or None."""
        if not parameters.get(self.COSTS):
            return None
        source = self.source(parameters, self.COSTS, context)
        fields = [self.field_name(parameters, p, context, source)
                  for p in (self.COST_ORIGIN_FIELD, self.COST_DESTINATION_FIELD, self.COST_FIELD)]  # fmt: skip
        frame = self.read_frame(source, fields, self.tr("Cost table"))
        return pd.DataFrame({"origin": frame[fields[0]].astype(str), "destination": frame[fields[1]].astype(str),
                             "cost": frame[fields[2]]})  # fmt: skip

    def probabilities(self, zones, cities, alpha, beta, decay, roads, costs, changes) -> np.ndarray:
        """Huff probabilities zones x cities over roads, a (changed) cost table or straight lines."""
        attract = cities["attractiveness"].to_numpy(float)
        zone_codes, city_codes = zones["code"].tolist(), cities["code"].tolist()
        if roads is not None:
            seg, speed = sc.edit_network(roads[0], roads[1], roads[2], changes)
            matrix = sc.network_costs(seg, speed, (zones["x"].to_numpy(), zones["y"].to_numpy()),
                                   (cities["x"].to_numpy(), cities["y"].to_numpy()))  # fmt: skip
            costs = _long(matrix, zone_codes, city_codes)
        elif costs is not None:
            matrix = huff.cost_matrix(costs, zone_codes, city_codes)
            costs = _long(sc.edit_costs(matrix, zone_codes, city_codes, changes), zone_codes,
                          city_codes)  # fmt: skip
        if costs is not None:
            return huff.huff_from_costs(costs, attract, zone_codes, city_codes, alpha, beta, decay)
        return huff.huff_from_points(zones["x"].to_numpy(), zones["y"].to_numpy(),
            huff.own_floor_from_area(zones["area"].to_numpy()), cities["x"].to_numpy(), cities["y"].to_numpy(),
            attract, zone_codes, city_codes, alpha, beta, decay,
        )  # fmt: skip


def _long(matrix: np.ndarray, zone_codes, city_codes) -> pd.DataFrame:
    """A zones x cities matrix as a long origin/destination/cost table (NaN = NULL, unreachable)."""
    return pd.DataFrame({"origin": np.repeat(zone_codes, len(city_codes)),
                         "destination": np.tile(city_codes, len(zone_codes)), "cost": matrix.ravel()})  # fmt: skip
