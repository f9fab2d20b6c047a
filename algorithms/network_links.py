"""hema:dominantflows (Nystuen-Dacey hierarchy) and hema:gravitylinks (gravity model, fitted or given)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import HemaInputError
from ..core import vocabulary as v
from ..core.flows import node_totals, to_matrix
from ..core.network import DECAYS, dominant_flows, fit_gravity, gravity_with_parameters, pair_table, predict_gravity
from ..styling.network import flow_styler, node_styler
from .base import LayerStyler
from .network_base import NetworkAlgorithm, ordered


class DominantFlowsAlgorithm(NetworkAlgorithm):
    """Nystuen-Dacey dominant flows: each node's largest outflow to a larger node, as a hierarchy."""

    OUTPUT = "OUTPUT"
    NODES_OUTPUT = v.NODES_OUTPUT

    def name(self) -> str:
        return "dominantflows"

    def displayName(self) -> str:
        return self.tr("Dominant flows (urban hierarchy)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Nystuen & Dacey (1961) dominant flows. Self-contained flows are set to zero; each node's largest "
            "outflow f_ij is kept when node j is larger: w_j > w_i, with w = the total inflow of a node including "
            "its own flow f_jj (for commuting: the jobs in the node held by residents of the nodes) or the node "
            "weight field (e.g. population) when given. The own flow counts so that a large, self-contained city "
            "ranks above a smaller, more open one (on CBS commuting Emmen does not hang from Hoogeveen, as the "
            "essay reads them). Nodes without a "
            "kept outflow are dominant; nodes with a kept outflow that also receive kept flows are intermediate; "
            "the rest are dominated. Because weights grow strictly along every kept link the links form a "
            "forest: the urban hierarchy. level = number of links up to the root (root = 0); root = the "
            "dominant node a node hangs from.\n\nOutputs: the kept links as lines (coloured by root) and the "
            "nodes with class, parent, level and root."
        )

    def initAlgorithm(self, config=None):
        self.add_flow_parameters()
        self.add_city_parameters(
            self.tr("Weight deciding which node is larger (empty = total inflow including the own flow).")
        )
        self.add_geometry_parameters()
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Dominant flows")),
            self.tr("The kept (dominant) links as lines."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.NODES_OUTPUT, self.tr("Hierarchy nodes")),
            self.tr("Nodes with their class, parent, level and root."),
        )
        self.add_overwrite()

    def process(self, parameters, context, feedback):
        flows = self.read_flows(parameters, context, feedback)
        nodes, crs = self.nodes_frame(parameters, context, weight=True)
        flows = self.match_nodes(flows, nodes, parameters, context, feedback)
        present = nodes[nodes["code"].isin(set(flows["origin"]) | set(flows["destination"]))].reset_index(drop=True)
        weight = present["weight"].to_numpy(float) if "weight" in present.columns else None
        table = dominant_flows(flows, present["code"], weight)
        names = dict(zip(present["code"], present["name"]))
        colours = dict(zip(present["code"], present["colour"]))
        table["name"] = table["code"].map(names)
        table["root_name"] = table["root"].map(names)
        table["colour"] = table["root"].map(colours)
        counts = table["node_class"].value_counts()
        feedback.pushInfo(
            self.tr("{} dominant, {} intermediate, {} dominated nodes.").format(
                counts.get("dominant", 0), counts.get("intermediate", 0), counts.get("dominated", 0)
            )
        )
        kept = table[table["kept"]]
        totals = node_totals(flows, present["code"]).set_index("code")
        links = pd.DataFrame(
            {
                "origin": kept["code"].to_numpy(),
                "destination": kept["parent"].to_numpy(),
                "value": kept["largest_value"].to_numpy(float),
                "share": (kept["largest_value"] / kept["code"].map(totals["outflow"])).to_numpy(float),
                "origin_level": kept["level"].to_numpy(np.int64),
                "root": kept["root"].to_numpy(),
                "root_name": kept["root_name"].to_numpy(),
                "colour": kept["colour"].to_numpy(),
            }
        )
        links = ordered(self.with_names(links, present), ["origin", "destination", "origin_name", "destination_name"])
        geometries = self.line_geometries(
            links,
            present,
            self.parameterAsDouble(parameters, self.BEND, context),
            self.parameterAsDouble(parameters, self.TRIM, context),
        )
        sink, dest = self.sink_for_frame(parameters, self.OUTPUT, context, links, QgsWkbTypes.Type.LineString, crs)
        self.write_frame(sink, links, geometries, feedback)
        node_frame = ordered(table.merge(present[["code", "x", "y"]], on="code"), ["code", "name", "node_class"])
        attrs = node_frame.drop(columns=["x", "y"])
        node_sink, node_dest = self.sink_for_frame(
            parameters, self.NODES_OUTPUT, context, attrs, QgsWkbTypes.Type.Point, crs
        )
        self.write_frame(node_sink, attrs, self.point_geometries(node_frame))
        LayerStyler.attach(context, dest, flow_styler("value"))
        LayerStyler.attach(context, node_dest, node_styler("weight"))
        return {self.OUTPUT: dest, self.NODES_OUTPUT: node_dest}


class GravityLinksAlgorithm(NetworkAlgorithm):
    """Gravity interaction between cities, fitted to observed flows (Poisson GLM) or with a given decay."""

    DECAY = "DECAY"
    BETA = "BETA"
    MIN_DISTANCE = "MIN_DISTANCE"
    TOP_K = "TOP_K"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "gravitylinks"

    def displayName(self) -> str:
        return self.tr("Gravity links between cities")

    def shortHelpString(self) -> str:
        return self.tr(
            "Gravity interaction I_ij = k · P_i^a · P_j^b · f(D_ij) between all pairs of nodes, with "
            "f = D^−β (power) or exp(−β·D) (exponential), D = straight-line distance in km (floored at the "
            "minimum distance).\n\nWith a flow table the model is fitted to the observed flows between "
            "different nodes (pairs without a row count as 0) by a Poisson GLM on ln P_i, ln P_j and −ln D "
            "(or −D), solved by iteratively reweighted least squares; the masses are the weight field (e.g. "
            "population) or, when empty, each node's observed outflow and inflow (incl. self). The estimates, "
            "their standard errors and the pseudo-R² (1 − deviance / null deviance) are logged and returned. "
            "Without flows a = b = 1, β is the given value and the interaction is scaled to an index with the "
            "largest link = 100.\n\nOutput: lines with distance_km, observed (NULL without flows), modelled, "
            "residual = observed − modelled and the Pearson residual (o − m)/√m."
        )

    def initAlgorithm(self, config=None):
        self.add_city_parameters(self.tr("Mass of each node (e.g. population); empty = observed totals."))
        self.add_flow_parameters(optional=True)
        self.add(
            QgsProcessingParameterEnum(self.DECAY, self.tr("Distance decay"), list(DECAYS), defaultValue=0),
            self.tr("power: D^−β; exponential: exp(−β·D) with D in km."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.BETA,
                self.tr("β without flows"),
                QgsProcessingParameterNumber.Type.Double,
                1.5,
                minValue=0,
                maxValue=10,
            ),
            self.tr("Distance-decay exponent used when no flow table is given (1.5 as R spopt)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_DISTANCE,
                self.tr("Minimum distance (map units)"),
                QgsProcessingParameterNumber.Type.Double,
                2000.0,
                minValue=1,
            ),
            self.tr("Distances below this are raised to it, so very close nodes do not explode."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TOP_K, self.tr("Top-k links per origin (0 = all)"), defaultValue=0, minValue=0
            ),
            self.tr("Keep only the k links with the largest modelled value per origin."),
        )
        self.add_geometry_parameters()
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Gravity links")),
            self.tr("Lines with observed, modelled and residual flow."),
        )
        for name, label in (
            ("LN_K", self.tr("ln k")),
            ("A_ORIGIN", self.tr("Origin mass exponent a")),
            ("B_DESTINATION", self.tr("Destination mass exponent b")),
            ("BETA_FITTED", self.tr("Distance decay β")),
            ("PSEUDO_R2", self.tr("Pseudo-R²")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("WARNINGS", self.tr("Warnings about the fit")))
        self.add_overwrite()

    def fit_warnings(self, fit, feedback) -> str:
        """Warnings for a fit that is not a normal result (worse than the mean, implausible β); logged too."""
        beta = float(fit.coef[-1])
        warnings = []
        if not np.isfinite(fit.pseudo_r2) or fit.pseudo_r2 < 0:
            warnings.append(
                self.tr("The fitted gravity model is worse than a constant flow (pseudo-R² {:.3g}).").format(
                    fit.pseudo_r2
                )
            )
        if not 0 <= beta <= 10:
            warnings.append(
                self.tr("The fitted distance decay β = {:.3g} lies outside 0…10; the flows hardly identify it.").format(
                    beta
                )
            )
        if warnings:
            warnings.append(self.tr("Treat the parameters as unreliable: give flows between more node pairs."))
        for text in warnings:
            feedback.pushWarning(text)
        return " ".join(warnings)

    def process(self, parameters, context, feedback):
        nodes, crs = self.nodes_frame(parameters, context, weight=True)
        has_flows = self.has_source(parameters, self.FLOWS, context)
        decay = DECAYS[self.parameterAsEnum(parameters, self.DECAY, context)]
        flows = None
        if has_flows:
            flows = self.read_flows(parameters, context, feedback)
            flows = self.match_nodes(flows, nodes, parameters, context, feedback)
        mass_o, mass_d = self._masses(nodes, flows)
        usable = nodes[(nodes["code"].map(mass_o) > 0) & (nodes["code"].map(mass_d) > 0)].reset_index(drop=True)
        if len(usable) < len(nodes):
            feedback.pushWarning(
                self.tr("{} node(s) without a positive mass were left out.").format(len(nodes) - len(usable))
            )
        if len(usable) < 2:
            raise HemaInputError("the gravity model needs at least two nodes with a positive mass.")
        minimum = self.parameterAsDouble(parameters, self.MIN_DISTANCE, context)
        pairs = pair_table(usable["code"], usable["x"], usable["y"], minimum)
        pairs["distance_km"] = pairs["distance"] / 1000.0
        masses = (pairs["origin"].map(mass_o).to_numpy(float), pairs["destination"].map(mass_d).to_numpy(float))
        if flows is not None:
            results = self._fitted(pairs, flows, usable, masses, decay, feedback)
        else:
            results = self._given(pairs, masses, self.parameterAsDouble(parameters, self.BETA, context), decay)
        pairs["residual"] = pairs["observed"] - pairs["modelled"]
        pairs["pearson_residual"] = pairs["residual"] / np.sqrt(pairs["modelled"])
        top_k = self.parameterAsInt(parameters, self.TOP_K, context)
        if top_k:
            rank = pairs.groupby("origin")["modelled"].rank(method="first", ascending=False)
            pairs = pairs[rank <= top_k]
        pairs["colour"] = pairs["origin"].map(dict(zip(usable["code"], usable["colour"])))
        links = self.with_names(pairs.drop(columns=["i", "j", "distance"]), usable).reset_index(drop=True)
        links = ordered(links, ["origin", "destination", "origin_name", "destination_name", "distance_km"])
        geometries = self.line_geometries(
            links,
            usable,
            self.parameterAsDouble(parameters, self.BEND, context),
            self.parameterAsDouble(parameters, self.TRIM, context),
        )
        sink, dest = self.sink_for_frame(parameters, self.OUTPUT, context, links, QgsWkbTypes.Type.LineString, crs)
        self.write_frame(sink, links, geometries, feedback)
        LayerStyler.attach(context, dest, flow_styler("modelled"))
        return {self.OUTPUT: dest, **results}

    @staticmethod
    def _masses(nodes: pd.DataFrame, flows: pd.DataFrame | None) -> tuple[pd.Series, pd.Series]:
        """Origin and destination masses: the weight field, else the observed outflow and inflow."""
        if "weight" in nodes.columns:
            weight = nodes.set_index("code")["weight"]
            return weight, weight
        if flows is None:
            raise HemaInputError(
                "the gravity model needs masses: choose a weight field (e.g. population) or give flows."
            )
        totals = node_totals(flows, nodes["code"]).set_index("code")
        return totals["total_out"], totals["total_in"]

    def _fitted(self, pairs: pd.DataFrame, flows, usable: pd.DataFrame, masses, decay: str, feedback) -> dict:
        """Fit the gravity model to the observed flows; adds observed and modelled to pairs, returns the estimates."""
        po, pd_ = masses
        _, m = to_matrix(flows, usable["code"])
        pairs["observed"] = m[pairs["i"], pairs["j"]]
        fit = fit_gravity(po, pd_, pairs["distance_km"].to_numpy(), pairs["observed"], decay)
        pairs["modelled"] = predict_gravity(fit, po, pd_, pairs["distance_km"].to_numpy())
        results = {}
        for key, est, se in zip(("LN_K", "A_ORIGIN", "B_DESTINATION", "BETA_FITTED"), fit.coef, fit.se):
            results[key] = float(est)
            feedback.pushInfo(self.tr("{} = {:.4f} (se {:.4f})").format(key, est, se))
        results["PSEUDO_R2"] = fit.pseudo_r2
        feedback.pushInfo(
            self.tr("Pseudo-R² {:.3f}, dispersion {:.1f}, {} IRLS iterations.").format(
                fit.pseudo_r2, fit.dispersion, fit.iterations
            )
        )
        return results

    @staticmethod
    def _given(pairs: pd.DataFrame, masses, beta: float, decay: str) -> dict:
        """Interaction index (largest link = 100) with a = b = 1 and the given β; adds observed (NaN) and modelled."""
        raw = gravity_with_parameters(*masses, pairs["distance_km"].to_numpy(), beta, decay)
        pairs["observed"] = np.nan
        pairs["modelled"] = 100.0 * raw / raw.max()
        return {
            "LN_K": float("nan"),
            "A_ORIGIN": 1.0,
            "B_DESTINATION": 1.0,
            "BETA_FITTED": beta,
            "PSEUDO_R2": float("nan"),
        }
