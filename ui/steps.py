"""One function per dock step: the algorithm's parameters from the panel state, and its outputs read by name.

Parameter names come from core/vocabulary.py, the names the algorithms declare; nothing is matched by label.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core import vocabulary as v
from ..core.flows import LINE_KINDS
from ..core.fmt import LANGUAGES

TEMPORARY = "TEMPORARY_OUTPUT"
LANGUAGE = "LANGUAGE"  # the legend language parameter of the catchment algorithms (HemaAlgorithm.add_language)
CURVE_BEND = 0.15  # curvature of the flow lines when 'curved' is on
PANEL_SOURCES = {"bundled": "bundled", "gpkg": "geopackage", "postgis": "postgis"}  # panel source -> loader source


@dataclass
class Panel:
    """What a step needs of the panel: its state, the layer of each role and fitted Huff parameters."""

    state: Any  # controller.PanelState
    layers: dict[str, str] = field(default_factory=dict)
    fitted: dict[str, float] = field(default_factory=dict)
    language: str = "nl"  # map text of the catchment legends: the interface language
    year: str = ""  # the flows' year of the theme (the latest when the flows hold several); '' = no year field

    def year_filter(self) -> dict[str, int]:
        """YEAR for the flow-table steps: one year of the theme, so two years of flows are never added up."""
        return {v.YEAR: int(self.year)} if self.year.isdigit() else {}

    def codes(self) -> str:
        """The ticked cities as a CITY_CODES value."""
        return v.city_codes_text(self.state.selected)

    def huff_model(self) -> dict[str, float]:
        """ALPHA and BETA: the fitted ones after a calibration (method 'fit'), else the panel's."""
        s = self.state
        fit = s.method == "fit"
        return {v.ALPHA: self.fitted.get("alpha", s.alpha) if fit else s.alpha,
                v.BETA: self.fitted.get("beta", s.beta) if fit else s.beta}  # fmt: skip

    def legend_language(self) -> int:
        """LANGUAGE enum index of the interface language."""
        return LANGUAGES.index(self.language) if self.language in LANGUAGES else 0

    def theme(self) -> int:
        """THEME enum index of the panel's theme."""
        return v.theme_index(self.state.theme)


def load(panel: Panel) -> dict[str, Any]:
    """hema:loadlayers: the panel's source, every theme, all four layers, and the indicator maps chosen."""
    s = panel.state
    params: dict[str, Any] = {
        v.LOAD_SOURCE: v.LOAD_SOURCES.index(PANEL_SOURCES[s.source]),
        v.THEMES: list(range(len(v.THEME_OPTIONS))),
        **{output: TEMPORARY for output in v.KIND_OUTPUTS.values()},
    }
    if s.indicators:  # "key" = the key indicators of every theme, else one catalogue indicator id
        params[v.INDICATOR_LAYERS] = True
        params[v.INDICATORS] = "" if s.indicators == "key" else s.indicators
    if s.source == "gpkg":
        params[v.GEOPACKAGE] = s.gpkg_path
    if s.source == "postgis":
        params[v.DATABASE], params[v.SCHEMA] = s.pg_connection, s.pg_schema or "public"
    return params


def _catchment_inputs(panel: Panel, flows: bool) -> dict[str, Any]:
    layers = panel.layers
    params = {v.ZONES: layers["zones"], v.CITIES: layers["cities"], v.THEME: panel.theme(), v.CITY_CODES: panel.codes()}
    if flows:
        params[v.FLOWS] = layers["flows"]
        params.update(panel.year_filter())
    return params


def observed(panel: Panel) -> dict[str, Any]:
    """hema:catchmentsobserved: zones, cities, flows of the panel's theme, the ticked cities competing."""
    return {**_catchment_inputs(panel, flows=True), LANGUAGE: panel.legend_language(), v.OUTPUT: TEMPORARY}


def calibrate(panel: Panel) -> dict[str, Any]:
    """hema:calibratehuff: fit α and β on the flows of the panel's theme."""
    return {**_catchment_inputs(panel, flows=True), v.OUTPUT: TEMPORARY}


def huff(panel: Panel) -> dict[str, Any]:
    """hema:catchmentshuff: the panel's (or the just fitted) α and β."""
    legend = {LANGUAGE: panel.legend_language()}
    return {**_catchment_inputs(panel, flows=False), **panel.huff_model(), **legend, v.OUTPUT: TEMPORARY}


def _network_inputs(panel: Panel) -> dict[str, Any]:
    s = panel.state
    return {
        v.FLOWS: panel.layers["flows"],
        v.CITIES: panel.layers["cities"],
        v.THEME: panel.theme(),
        v.BEND: CURVE_BEND if s.curved else 0.0,
        **panel.year_filter(),
    }


def flowlines(panel: Panel) -> dict[str, Any]:
    """hema:flowlines: the panel's line type and threshold, lines to the ticked cities."""
    s = panel.state
    return {
        **_network_inputs(panel),
        v.CITY_CODES: panel.codes(),
        v.LINE_TYPE: LINE_KINDS.index(s.link_type),
        v.THRESHOLD: s.threshold,
        v.OUTPUT: TEMPORARY,
        v.NODE_TOTALS: TEMPORARY,
    }


def dominantflows(panel: Panel) -> dict[str, Any]:
    """hema:dominantflows: the hierarchy of the panel's theme (over every city: it needs the whole network)."""
    return {**_network_inputs(panel), v.OUTPUT: TEMPORARY, v.NODES_OUTPUT: TEMPORARY}


def cityprofile(panel: Panel) -> dict[str, Any]:
    """hema:cityprofile: the ticked cities over every theme (the chart compares the themes)."""
    return {
        v.FLOWS: panel.layers["flows"],
        v.CITIES: panel.layers["cities"],
        v.CITY_CODES: panel.codes(),
        v.OUTPUT: TEMPORARY,
        v.PARTNERS: TEMPORARY,
    }


def mapbook(panel: Panel) -> dict[str, Any]:
    """hema:mapbook: the panel's layers, catchment method and α/β, to the chosen PDF (the save dialog confirmed)."""
    s = panel.state
    params: dict[str, Any] = {
        v.CITIES: panel.layers["cities"],
        v.ZONES: panel.layers["zones"],
        v.FLOWS: panel.layers["flows"],
        v.METHOD: v.MAPBOOK_METHODS.index("observed" if s.method == "observed" else "huff"),
        v.OVERWRITE: True,
        v.OUTPUT: s.atlas_path,
    }
    if s.method != "observed":
        params.update(panel.huff_model())
    return params


BUILDERS: dict[str, Callable[[Panel], dict[str, Any]]] = {
    "hema:loadlayers": load,
    "hema:catchmentsobserved": observed,
    "hema:calibratehuff": calibrate,
    "hema:catchmentshuff": huff,
    "hema:flowlines": flowlines,
    "hema:dominantflows": dominantflows,
    "hema:cityprofile": cityprofile,
    "hema:mapbook": mapbook,
}

# -- outputs, by name -----------------------------------------------------------------------------------------
# The output holding each step's result layer and the role the dock gives it.
RESULT_OUTPUTS: dict[str, tuple[str, str]] = {
    "hema:catchmentsobserved": ("catchments", v.OUTPUT),
    "hema:catchmentshuff": ("catchments", v.OUTPUT),
    "hema:flowlines": ("links", v.OUTPUT),
    "hema:dominantflows": ("dominant", v.OUTPUT),
    "hema:cityprofile": ("profile", v.OUTPUT),
}


def loaded_layers(outputs: dict[str, Any]) -> dict[str, str]:
    """Role -> layer of hema:loadlayers' outputs (OUTPUT_CITIES, OUTPUT_ZONES, OUTPUT_FLOWS)."""
    return {
        kind: outputs[name]
        for kind, name in v.KIND_OUTPUTS.items()
        if kind != "provinces" and isinstance(outputs.get(name), str)
    }


def fitted_parameters(outputs: dict[str, Any]) -> dict[str, float]:
    """α and β from hema:calibratehuff's ALPHA and BETA outputs."""
    return {key: float(outputs[name]) for key, name in (("alpha", v.ALPHA), ("beta", v.BETA)) if name in outputs}
