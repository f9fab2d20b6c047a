"""hema:cityprofile — each city's position in its network and a suggested development perspective."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import HemaInputError
from ..core import vocabulary as v
from ..core.cities import CITIES
from ..core.profile import PerspectiveRules, city_profile
from ..styling.network import node_styler
from .base import LayerStyler
from .network_base import NetworkAlgorithm, ordered


class CityProfileAlgorithm(NetworkAlgorithm):
    """Self-containment, orientation, embeddedness and the suggested perspective per city and theme."""

    THR_SELF_CONTAINMENT = "THR_SELF_CONTAINMENT"
    THR_ORIENTATION = "THR_ORIENTATION"
    OUTPUT = "OUTPUT"
    PARTNERS = v.PARTNERS

    def name(self) -> str:
        return "cityprofile"

    def displayName(self) -> str:
        return self.tr("City profile and perspective")

    def shortHelpString(self) -> str:
        return self.tr(
            "Per city (and per theme when the flow table has a theme field and no theme is chosen):\n"
            "self-containment = f_ii / Σ_j f_ij (residents working in their own city); job self-sufficiency = "
            "f_ii / Σ_k f_ki (jobs filled by residents); openness = 1 − self-containment; orientation to a "
            "partner = f_i,partner / Σ_j≠i f_ij; the top-3 partners; embeddedness = share of the external "
            "outflow going to larger cities (larger = more jobs, or a larger node weight when given).\n\n"
            "Suggested perspective (the essay's three; the thresholds are written into every row), in this "
            "order: 'wonen' when the largest partner is a larger city receiving ≥ the orientation threshold of "
            "the external outflow, whatever the self-containment (e.g. Assen → Groningen, Meppel → Zwolle); "
            "otherwise 'eigen bevolking' when self-containment ≥ its threshold (self-reliant, e.g. Emmen, "
            "Hoogeveen); otherwise 'samenwerking' (open, links spread over similar partners: alliances). When "
            "several partners receive exactly the same largest flow, top_tie gives their number and "
            "tied_partners their codes, the reason names the tie, the larger of them is partner1 and tied "
            "partners share a rank in the partner table. The reason column spells out the numbers.\n\n"
            "All flows count, also those to places outside the cities layer (complete totals); the cities layer "
            "only places the cities. Outputs: points with the profile and a table with the orientation to every "
            "partner."
        )

    def initAlgorithm(self, config=None):
        self.add_flow_parameters()
        self.add_city_parameters(self.tr("Weight deciding which partner is larger (empty = jobs)."), drop=False)
        self.add_city_codes_parameter(
            self.tr("Codes of the cities to profile; empty = the HEMA cities and their reference cities present.")
        )
        for name, label, default, help_text in (
            (
                self.THR_SELF_CONTAINMENT,
                "Threshold: self-containment",
                PerspectiveRules.self_containment,
                "Self-containment at or above this counts as self-reliant ('eigen bevolking').",
            ),
            (
                self.THR_ORIENTATION,
                "Threshold: orientation to a larger city",
                PerspectiveRules.orientation,
                "Share of the external outflow to the largest (and larger) partner that makes a city 'wonen'.",
            ),
        ):
            self.add(
                QgsProcessingParameterNumber(
                    name, self.tr(label), QgsProcessingParameterNumber.Type.Double, default, minValue=0, maxValue=1
                ),
                self.tr(help_text),
            )
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("City profiles")), self.tr("Profile points."))
        self.add(
            QgsProcessingParameterFeatureSink(
                self.PARTNERS, self.tr("Orientation per partner"), QgsProcessing.SourceType.TypeVector
            ),
            self.tr("Table: city, partner, flow, orientation, whether the partner is larger, rank."),
        )
        self.add_overwrite()

    def process(self, parameters, context, feedback):
        theme_field = self.field_name(parameters, self.THEME_FIELD, context)
        source = self.source(parameters, self.FLOWS, context)
        by_theme = bool(theme_field) and theme_field in source.fields().names()
        by_theme = by_theme and not self.theme_code(parameters, context)
        flows = self.read_flows(parameters, context, feedback, extra=[theme_field] if by_theme else [])
        nodes, crs = self.nodes_frame(parameters, context, weight=True)
        cities = self._cities(parameters, context, nodes, flows)
        rules = PerspectiveRules(
            self.parameterAsDouble(parameters, self.THR_SELF_CONTAINMENT, context),
            self.parameterAsDouble(parameters, self.THR_ORIENTATION, context),
        )
        weight = nodes.set_index("code")["weight"] if "weight" in nodes.columns else None
        groups = flows.groupby(theme_field) if by_theme else [("", flows)]
        profiles, partners = [], []
        for theme, part in groups:
            present = [c for c in cities if c in set(part["origin"])]
            if not present:
                feedback.pushWarning(self.tr("Theme {}: none of the cities has outgoing flows.").format(theme))
                continue
            try:
                self.check_own_flows(part, present, theme, feedback)
            except HemaInputError as exc:
                if not by_theme:
                    raise
                # moves between municipalities (bundled wonen) have no within-city rows: that theme is left out
                feedback.pushWarning(self.tr("Theme {} left out: {}").format(theme, exc))
                continue
            profile, partner = city_profile(part[["origin", "destination", "value"]], present, weight, rules)
            profiles.append(profile.assign(theme=str(theme)))
            partners.append(partner.assign(theme=str(theme)))
        if not profiles:
            raise HemaInputError("none of the chosen cities has outgoing flows; check the city codes and filters.")
        profile = pd.concat(profiles, ignore_index=True)
        partner = pd.concat(partners, ignore_index=True)
        names = dict(zip(nodes["code"], nodes["name"]))
        lookup = {**{c: v[0] for c, v in CITIES.items()}, **names}
        profile["name"] = profile["code"].map(lookup)
        for k in (1, 2, 3):
            partner_code = profile[f"partner{k}"]
            profile[f"partner{k}_name"] = partner_code.map(lookup).fillna(partner_code)
        partner["name"] = partner["code"].map(lookup)
        partner["partner_name"] = partner["partner"].map(lookup).fillna(partner["partner"])
        located = profile.merge(nodes[["code", "colour", "x", "y"]], on="code")
        located = ordered(located, ["code", "name", "theme", "perspective", "reason"])
        for row in located.itertuples():
            feedback.pushInfo(f"{row.name} ({row.theme or '-'}): {row.perspective} — {row.reason}")
        attrs = located.drop(columns=["x", "y"])
        sink, dest = self.sink_for_frame(parameters, self.OUTPUT, context, attrs, QgsWkbTypes.Type.Point, crs)
        self.write_frame(sink, attrs, self.point_geometries(located))
        partner = ordered(partner, ["theme", "code", "name", "rank", "partner", "partner_name"])
        table_sink, table_dest = self.sink_for_frame(
            parameters, self.PARTNERS, context, partner, QgsWkbTypes.Type.NoGeometry, crs
        )
        self.write_frame(table_sink, partner)
        LayerStyler.attach(context, dest, node_styler("residents"))
        return {self.OUTPUT: dest, self.PARTNERS: table_dest}

    def check_own_flows(self, flows: pd.DataFrame, cities: list[str], theme, feedback) -> None:
        """Refuse flows without within-city rows (self-containment would be 0 %); warn for cities lacking them."""
        own = flows[(flows["origin"] == flows["destination"]) & (flows["value"] > 0)]
        lacking = [c for c in cities if c not in set(own["origin"])]
        if len(lacking) == len(cities):
            raise HemaInputError(
                f"the flows{f' of theme {theme}' if theme else ''} have no within-city rows (origin = "
                f"destination) for {', '.join(cities)}; self-containment would be 0 % everywhere and the "
                "perspectives wrong. Use a flow table that includes the flows within each municipality."
            )
        if lacking:
            feedback.pushWarning(
                self.tr("{}: no within-city flow (origin = destination) for {}; their self-containment is 0 %.").format(
                    theme or "-", ", ".join(lacking)
                )
            )

    def _cities(self, parameters, context, nodes: pd.DataFrame, flows: pd.DataFrame) -> list[str]:
        wanted = self.city_codes(parameters, context)
        known = set(nodes["code"])
        if wanted:
            missing = [c for c in wanted if c not in known]
            if missing:
                raise HemaInputError(
                    f"city code(s) {', '.join(missing)} are not in the cities layer; add them or fix the codes."
                )
            return wanted
        default = [c for c in CITIES if c in known and c in set(flows["origin"])]
        if not default:
            raise HemaInputError(
                "none of the HEMA or reference cities is both in the cities layer and in the flows; "
                "give the city codes to profile."
            )
        return default
