"""hema:catchmentshuff — Huff probability catchments with theme presets or calibrated parameters."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
)

from ..core import huff
from ..core import vocabulary as v
from ..core.calibration import read_parameters
from ..core.catchments import classify, share_fields
from ..core.cities import CITIES
from ..core.themes import THEMES, theme
from ..qgis_io.progress import Phases
from .catchments_observed import add_language_parameter, attach_city_style
from .huff_base import HuffInputs


class CatchmentsHuff(HuffInputs):
    """Huff (1963) probability catchments: P_ij = A_j^α f(D_ij) / Σ_k A_k^α f(D_ik)."""

    OUTPUT, ALPHA, BETA, PARAMETERS_FILE, DETAIL = v.OUTPUT, v.ALPHA, v.BETA, "PARAMETERS_FILE", v.DETAIL
    ALL_CITIES = "ALL_CITIES"

    def name(self) -> str:
        return "catchmentshuff"

    def displayName(self) -> str:
        return self.tr("Catchment areas, Huff model")

    def shortHelpString(self) -> str:
        presets = "; ".join(f"{t.code}: α {t.alpha:g}, β {t.beta:g}" for t in THEMES)
        return self.tr(
            "Probability catchments (Huff 1963): P_ij = A_j^α·f(D_ij) / Σ_k A_k^α·f(D_ik), with f = D^-β (power) "
            "or exp(-β·D) (exponential). A = city attractiveness, D = straight-line distance in km from a point "
            "on the zone to the city (a city's own zone: at least 2/3·√(area/π)) or the cost from a cost table.\n\n"
            "Cost table (e.g. the output of 'Travel times over a road network'): a NULL or missing cost means the "
            "city cannot be reached from that zone, so it gets probability 0 there and the other cities share the "
            "zone; a warning counts those pairs and names the cities. A zone that reaches no city at all gets "
            "probability 0 for every city, no dominant city and band 'none', with a warning naming the zone.\n\n"
            "Parameters, first found wins: a parameter file written by 'Calibrate Huff model'; α and β given "
            "here; the theme presets ({}).\n\n"
            "Output: the zones with population, dom_code/dom_name/dom_share (largest P), second city, margin, band "
            "(as for observed catchments) and per city p_<code> (probability) and e_<code> (expected flow = "
            "population × P), unless 'Fields per city' says otherwise. Computed in chunks of zones, so memory stays "
            "bounded."
        ).format(presets)

    def initAlgorithm(self, config=None) -> None:
        self.add_zone_parameters(population=True)
        self.add_city_parameters(attractiveness=True)
        self.add_distance_parameters()
        self.add_decay_parameter()
        self.add_theme_parameter(self.tr("Theme whose preset α and β are used when none are given."))
        self.add_alpha_beta(self.tr("Leave empty to use the theme preset or the parameter file."))
        self.add(
            QgsProcessingParameterFile(
                self.PARAMETERS_FILE, self.tr("Calibrated parameter file"), extension="json", optional=True
            ),
            self.tr("JSON file written by 'Calibrate Huff model'; overrides α, β and the decay."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.DETAIL,
                self.tr("Fields per city"),
                [self.tr("None (dominant city and band only)"), self.tr("Probabilities p_<code>"),
                 self.tr("Probabilities p_<code> and expected flows e_<code>")],
                defaultValue=2,
            ),
            self.tr("Per-city fields to write; with many cities 'None' keeps the output small and fast."),
            advanced=True,
        )  # fmt: skip
        self.add(
            QgsProcessingParameterBoolean(self.ALL_CITIES, self.tr("Per-city fields for every city"), False),
            self.tr(
                "Unticked: the per-city fields are written for the HEMA and reference cities only (for every city "
                "when the cities layer holds none of them), which keeps the output small and fast. Ticked: for "
                "every city (needed for 'Catchment polygons' when other cities dominate zones)."
            ),
            advanced=True,
        )
        self.add_band_parameters()
        add_language_parameter(self)
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Huff catchments")),
            self.tr("Zones with probabilities and expected flows per city, dominant city and band."),
        )
        self.add_overwrite()

    def model_parameters(self, parameters, context) -> tuple[float, float, str]:
        """α, β and decay from the parameter file, the α/β parameters or the theme preset."""
        path = self.parameterAsFile(parameters, self.PARAMETERS_FILE, context)
        if path:
            p = read_parameters(path)
            return p["alpha"], p["beta"], p["decay"]
        preset = theme(self.theme_code(parameters, context))
        alpha = parameters.get(self.ALPHA)
        beta = parameters.get(self.BETA)
        alpha = preset.alpha if alpha in (None, "") else self.parameterAsDouble(parameters, self.ALPHA, context)
        beta = preset.beta if beta in (None, "") else self.parameterAsDouble(parameters, self.BETA, context)
        return alpha, beta, self.decay(parameters, context)

    @staticmethod
    def field_cities(codes: list[str], everyone: bool) -> list[int]:
        """Indices of the cities that get per-city fields: all, or the HEMA and reference cities when present."""
        if not everyone:
            chosen = [k for k, c in enumerate(codes) if CITIES.get(c, ("", ""))[1] in ("hema", "referentie")]
            if chosen:
                return chosen
        return list(range(len(codes)))

    def process(self, parameters, context, feedback):
        thresholds = self.thresholds(parameters, context)
        alpha, beta, decay = self.model_parameters(parameters, context)
        feedback.pushInfo(self.tr("Huff model: α = {:.4g}, β = {:.4g}, {} decay").format(alpha, beta, decay))
        detail = self.parameterAsEnum(parameters, self.DETAIL, context)
        n, k, c = (self.count(parameters, p, context) for p in (self.ZONES, self.CITIES, self.COSTS))
        # estimated microseconds of each phase (measured on 100k-200k zones × 4 cities): the bar follows the work
        phases = Phases(feedback, {"zones": 34 * n, "cities": 50 * k, "compute": 9 * c + 1.0 * n * k,
                                   "write": n * (3 + 1.0 * (10 + k * min(detail, 2)))})  # fmt: skip
        zones, geometries, zsource = self.read_zones(
            parameters, context, phases.phase("zones"), population=True, projected=True
        )
        huff.check_population(zones["population"].to_numpy(), zones["code"].tolist())
        phases.phase("cities")
        cities = self.read_cities(parameters, context, zsource.sourceCrs(), attractiveness=True)
        phases.phase("compute")
        p, reachable = self.probabilities(parameters, context, zones, cities, alpha, beta, decay, feedback)
        if not np.isfinite(p[reachable]).all():
            zone = zones["code"].iloc[int(np.flatnonzero(~np.isfinite(p).all(axis=1) & reachable)[0])]
            raise QgsProcessingException(
                self.tr(
                    "The Huff model gave no probabilities for zone {} (α = {:g}, β = {:g}); its distances or the "
                    "attractiveness are degenerate. Check the zone's distance to the cities and the parameters."
                ).format(zone, alpha, beta)
            )
        self.check_canceled(feedback)
        table = classify(p, zones["code"], cities["code"], thresholds, reachable)
        self.check_canceled(feedback)
        out = self.summary_columns(zones, table, cities)
        out.insert(3, "outflow", zones["population"].to_numpy())
        keep = self.field_cities(cities["code"].tolist(), self.parameterAsBoolean(parameters, self.ALL_CITIES, context))
        codes = [cities["code"].iloc[k] for k in keep]
        if detail >= 1 and len(keep) < len(cities):
            feedback.pushInfo(
                self.tr("Per-city fields for {} of {} cities: {}.").format(len(keep), len(cities), ", ".join(codes))
            )
        wide = [share_fields("p_", codes, p[:, keep])] if detail >= 1 else []
        if detail == 2:
            wide.append(share_fields("e_", codes, p[:, keep] * zones["population"].to_numpy()[:, None]))
        out = pd.concat([out, *wide], axis=1)
        self.check_canceled(feedback)
        sink, dest_id = self.sink_for_frame(
            parameters, self.OUTPUT, context, out, zsource.wkbType(), zsource.sourceCrs()
        )
        self.write_frame(sink, out, geometries, phases.phase("write"))
        attach_city_style(self, parameters, context, dest_id)
        return {self.OUTPUT: dest_id}
