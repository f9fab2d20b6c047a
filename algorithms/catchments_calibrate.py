"""hema:calibratehuff — fit the Huff model's α and β to observed flows by maximum likelihood."""

from __future__ import annotations

from dataclasses import asdict

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core.calibration import fit_huff, residuals
from ..core.catchments import flow_matrix, share_fields
from ..qgis_io import outputs
from .base import LayerStyler, qml_styler
from .huff_base import HuffInputs


class CalibrateHuff(HuffInputs):
    """Maximum-likelihood calibration of α and β on observed zone → city flows, with residuals."""

    OUTPUT, PARAMETERS, PARAMETERS_FILE, FIXED_ALPHA = "OUTPUT", "PARAMETERS", "PARAMETERS_FILE", "FIXED_ALPHA"
    NUMBERS = ("ALPHA", "BETA", "SE_ALPHA", "SE_BETA", "PSEUDO_R2", "PSEUDO_R2_ATTR", "SRMSE", "N_ZONES", "AGREEMENT")

    def name(self) -> str:
        return "calibratehuff"

    def displayName(self) -> str:
        return self.tr("Calibrate Huff model")

    def shortHelpString(self) -> str:
        return self.tr(
            "Fits α and β of the Huff model (β alone when α is fixed) to observed flows by maximum likelihood: each "
            "zone's flows to the cities are multinomial with the Huff probabilities (conditional logit, as the "
            "production-constrained model in PySAL spint). Flows to destinations that are not cities are left out "
            "of the likelihood. Standard errors come from the analytic Hessian and assume independent trips: use "
            "'Multiply flow values by' to turn e.g. 'jobs × 1000' into counts.\n\n"
            "Reports: α, β, standard errors, McFadden pseudo-R² against equal shares to every city (PSEUDO_R2) and "
            "against the attractiveness-only model β = 0 (PSEUDO_R2_ATTR), SRMSE of modelled flows, number of "
            "zones, and the share of zones where the modelled and the observed dominant city agree (AGREEMENT).\n\n"
            "Outputs: a parameter table, a JSON parameter file for 'Catchment areas, Huff model' (its 'Calibrated "
            "parameter file' input), and a residual layer: per zone and city r_<code> = observed − modelled share "
            "over the cities, obs_dom, mod_dom, agree and r_max (largest absolute residual)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_zone_parameters(population=False)
        self.add_city_parameters(attractiveness=True)
        self.add_flow_parameters()
        self.add_distance_parameters()
        self.add_decay_parameter()
        self.add(
            QgsProcessingParameterNumber(
                self.FIXED_ALPHA,
                self.tr("Fixed α (optional)"),
                QgsProcessingParameterNumber.Type.Double,
                optional=True,
                minValue=0,
                maxValue=10,
            ),
            self.tr("Give α to fit β alone; leave empty to fit both."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Huff residuals")),
            self.tr("Zones with observed − modelled share per city."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.PARAMETERS, self.tr("Huff parameters"), QgsProcessing.SourceType.TypeVector, optional=True
            ),
            self.tr("Table with the estimates, standard errors and fit measures."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.PARAMETERS_FILE, self.tr("Parameter file"), self.tr("JSON files (*.json)"), optional=True
            ),
            self.tr("JSON file with α, β and decay, read by 'Catchment areas, Huff model'."),
        )
        for name, label in (
            ("ALPHA", "α (attractiveness exponent)"),
            ("BETA", "β (distance decay)"),
            ("SE_ALPHA", "Standard error of α"),
            ("SE_BETA", "Standard error of β"),
            ("PSEUDO_R2", "Pseudo-R² against equal shares"),
            ("PSEUDO_R2_ATTR", "Pseudo-R² against attractiveness only"),
            ("SRMSE", "SRMSE of modelled flows"),
            ("N_ZONES", "Number of zones"),
            ("AGREEMENT", "Share of zones with the same dominant city"),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))
        self.addOutput(QgsProcessingOutputString("WARNINGS", self.tr("Warnings about the fit")))
        self.add_overwrite()

    def process(self, parameters, context, feedback):
        zones, geometries, zsource = self.read_zones(parameters, context, feedback, population=False, projected=True)
        cities = self.read_cities(parameters, context, zsource.sourceCrs(), attractiveness=True)
        flows = self.read_flows(parameters, context, feedback)
        matrix, _ = flow_matrix(
            flows,
            zones["code"].tolist(),
            cities["code"].tolist(),
            strict=self.parameterAsBool(parameters, self.STRICT, context),
            allow_empty=self.parameterAsBool(parameters, self.ALLOW_EMPTY, context),
        )
        dist = self.distance_matrix(parameters, context, zones, cities, feedback)
        fixed = parameters.get(self.FIXED_ALPHA)
        alpha = None if fixed in (None, "") else self.parameterAsDouble(parameters, self.FIXED_ALPHA, context)
        decay = self.decay(parameters, context)
        self.check_destinations(matrix, cities)
        fit, p = fit_huff(matrix, cities["attractiveness"].to_numpy(), dist, decay, alpha)
        warnings = self.fit_warnings(fit, feedback)
        resid = residuals(matrix, p)
        has_flow = matrix.sum(axis=1) > 0
        codes = cities["code"].to_numpy(dtype=object)
        obs_dom = np.where(has_flow, codes[matrix.argmax(axis=1)], None)
        mod_dom = codes[p.argmax(axis=1)]
        agree = obs_dom[has_flow] == mod_dom[has_flow]
        agreement = float(agree.mean())
        out = zones[["code", "name"]].reset_index(drop=True)
        out["n_obs"] = matrix.sum(axis=1)
        out["obs_dom"], out["mod_dom"] = obs_dom, mod_dom
        out["agree"] = pd.array(np.where(has_flow, obs_dom == mod_dom, None), dtype="boolean")
        out["r_max"] = np.where(has_flow, np.nanmax(np.abs(np.nan_to_num(resid)), axis=1), np.nan)
        out = pd.concat([out, share_fields("r_", codes, resid)], axis=1)
        sink, dest_id = self.sink_for_frame(
            parameters, self.OUTPUT, context, out, zsource.wkbType(), zsource.sourceCrs()
        )
        self.write_frame(sink, out, geometries, feedback)
        LayerStyler.attach(context, dest_id, qml_styler("catchment_residuals"))
        theme = self.theme_code(parameters, context)
        record = {"theme": theme, **asdict(fit), "agreement": agreement, "alpha_fixed": alpha is not None}
        record["warnings"] = " ".join(warnings)
        results = {self.OUTPUT: dest_id}
        if parameters.get(self.PARAMETERS):
            table = pd.DataFrame([record])
            psink, pid = self.sink_for_frame(
                parameters, self.PARAMETERS, context, table, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem()
            )
            self.write_frame(psink, table)
            results[self.PARAMETERS] = pid
        path = self.parameterAsFileOutput(parameters, self.PARAMETERS_FILE, context)
        if path:
            text = fit.json_text(theme=theme, agreement=agreement, alpha_fixed=alpha is not None, warnings=warnings)
            outputs.write_text(path, text, outputs.verify_json)
            results[self.PARAMETERS_FILE] = path
        values = (fit.alpha, fit.beta, fit.se_alpha, fit.se_beta, fit.pseudo_r2, fit.pseudo_r2_attr, fit.srmse)
        results.update(zip(self.NUMBERS, (*values, fit.n_zones, agreement)))
        results["WARNINGS"] = " ".join(warnings)
        feedback.pushInfo(
            self.tr(
                "α = {:.4f} (se {:.4f}), β = {:.4f} (se {:.4f}), pseudo-R² {:.3f}, SRMSE {:.3f}, agreement {:.1%}"
            ).format(fit.alpha, fit.se_alpha, fit.beta, fit.se_beta, fit.pseudo_r2, fit.srmse, agreement)
        )
        if not fit.converged:
            feedback.reportError(self.tr("The optimiser did not converge; treat the estimates with care."))
        return results

    def check_destinations(self, matrix: np.ndarray, cities: pd.DataFrame) -> None:
        """Refuse flows that reach fewer than two cities: the choice model then has nothing to fit."""
        reached = np.flatnonzero(matrix.sum(axis=0) > 0)
        if len(reached) < 2:
            names = ", ".join(f"{cities['name'].iloc[k]} ({cities['code'].iloc[k]})" for k in reached) or "-"
            raise QgsProcessingException(
                self.tr(
                    "All observed flows to the cities go to one city ({}); α and β cannot be estimated from a "
                    "single destination. Use flows that reach at least two of the cities, or the theme presets "
                    "in 'Huff catchments' instead of a calibration."
                ).format(names)
            )

    def fit_warnings(self, fit, feedback) -> list[str]:
        """Warnings for a fit that is not a normal result (not converged, worse than equal shares); logged too."""
        if not (np.isfinite(fit.alpha) and np.isfinite(fit.beta)):
            raise QgsProcessingException(
                self.tr(
                    "The calibration gave no finite α/β (α = {}, β = {}); the flows do not identify the model. "
                    "Check that the flows vary with distance, or fix α."
                ).format(fit.alpha, fit.beta)
            )
        warnings = []
        if not fit.converged:
            warnings.append(
                self.tr("The calibration did not converge: treat α and β as unreliable (check flows and distances).")
            )
        if np.isfinite(fit.pseudo_r2) and fit.pseudo_r2 < 0:
            warnings.append(
                self.tr(
                    "The fitted model is worse than equal shares to every city (pseudo-R² {:.3g}): the parameters "
                    "do not describe these flows; check the flows, the cities and a fixed α."
                ).format(fit.pseudo_r2)
            )
        for text in warnings:
            feedback.pushWarning(text)
        return warnings
