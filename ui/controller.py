"""Presenter of the HEMA dock: panel state, validation and the Processing parameters of each action (no Qt widgets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.cities import HEMA_CODES
from ..core.themes import THEME_CODES, theme
from ..i18n import tr

ACTIONS = ("load", "catchments", "links", "profile", "atlas")
SOURCES = ("bundled", "gpkg", "postgis", "project")
METHODS = ("observed", "huff", "fit")
LINK_TYPES = ("twoway", "gross", "net")
ROLES = ("cities", "zones", "flows")
ATLAS_ALG = "hema:mapbook"
PROFILE_ALG = "hema:cityprofile"

# Fields each input role needs; checked before anything runs so the message names the layer and the field.
REQUIRED_FIELDS = {
    "cities": ("code", "name", "population"),
    "zones": ("code", "population"),
    "flows": ("origin", "destination", "value"),
}

# Parameter names (as the algorithms declare them) that the panel fills from each value it holds.
PARAM_ALIASES: dict[str, tuple[str, ...]] = {
    "cities": ("CITIES", "CENTRES", "CENTERS", "NODES", "DESTINATIONS"),
    "zones": ("ZONES", "ORIGINS"),
    "flows": ("FLOWS", "FLOW_TABLE"),
    "theme": ("THEME", "THEMES"),
    "alpha": ("ALPHA",),
    "beta": ("BETA",),
    "link_type": ("TYPE", "LINE_TYPE", "LINK_TYPE", "MODE_TYPE"),
    "threshold": ("THRESHOLD", "MIN_VALUE", "MIN_LINK"),
    "curved": ("CURVED", "BEND"),
    "source": ("SOURCE", "SOURCE_TYPE"),
    "gpkg_path": ("GEOPACKAGE", "GPKG", "PATH", "INPUT_PATH"),
    "pg_connection": ("CONNECTION", "PG_CONNECTION", "DATABASE", "DSN"),
    "pg_schema": ("SCHEMA", "PG_SCHEMA"),
    "selected": ("CITY_CODES", "SELECTED_CITIES", "CODES"),
    "indicator_layers": ("INDICATOR_LAYERS",),
    "indicator_ids": ("INDICATORS",),
    "atlas_path": ("OUTPUT_PDF", "OUTPUT_FILE", "OUTPUT_PATH", "OUTPUT_FOLDER", "FOLDER"),
}

# Words an enum option may start with for each panel choice (case-insensitive; also in their translation,
# because the algorithms translate their options through the same catalogue).
OPTION_WORDS: dict[str, tuple[str, ...]] = {
    "bundled": ("Bundled HEMA data", "bundled", "default"),
    "gpkg": ("GeoPackage",),
    "postgis": ("PostGIS database", "PostGIS"),
    "twoway": ("two-way", "two way", "twoway"),
    "gross": ("gross",),
    "net": ("net",),
}
CURVE_BEND = 0.15  # curvature handed to a BEND parameter when curved lines are on


@dataclass
class ParamSpec:
    """What the panel needs to know of one algorithm parameter: name, kind, enum options, flags."""

    name: str
    kind: str
    options: tuple[str, ...] = ()
    multiple: bool = False
    optional: bool = False
    is_output: bool = False


@dataclass
class LayerInfo:
    """A project layer as the controller sees it: id, name, fields and geometry kind ('point', 'polygon', ...)."""

    layer_id: str
    name: str
    fields: tuple[str, ...]
    geometry: str = "none"


@dataclass
class PanelState:
    """Everything the panel remembers between sessions."""

    source: str = "bundled"
    gpkg_path: str = ""
    pg_connection: str = ""
    pg_schema: str = "public"
    theme: str = "werk_studie"
    selected: list[str] = field(default_factory=lambda: list(HEMA_CODES))
    method: str = "observed"
    alpha: float = 1.0
    beta: float = 1.5
    link_type: str = "gross"
    threshold: float = 100.0
    curved: bool = True
    atlas_path: str = ""
    indicators: str = ""  # indicator maps on Load: "" none, "key" the theme's key indicators, or one indicator id

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for QgsSettings."""
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> PanelState:
        """State from stored values; unknown keys and values of the wrong kind fall back to the defaults."""
        state = cls()
        for key, default in state.to_dict().items():
            if key not in values or values[key] is None:
                continue
            try:
                setattr(state, key, _coerce(values[key], default))
            except (TypeError, ValueError):
                continue
        if state.source not in SOURCES:
            state.source = "bundled"
        if state.method not in METHODS:
            state.method = "observed"
        if state.link_type not in LINK_TYPES:
            state.link_type = "gross"
        if state.theme not in THEME_CODES:
            state.theme = THEME_CODES[0]
        return state


def _coerce(value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    if isinstance(default, float):
        return float(value)
    if isinstance(default, list):
        if isinstance(value, str):
            return [v for v in value.split(",") if v]
        return [str(v) for v in value]
    return str(value)


def role_label(role: str) -> str:
    """Translated name of an input role."""
    return {"cities": tr("cities"), "zones": tr("zones"), "flows": tr("flows")}.get(role, role)


class PanelError(ValueError):
    """A problem with the panel's input; the message is shown to the user as is."""


def infer_role(layer: LayerInfo) -> str | None:
    """Role of a layer from its fields and geometry: 'cities', 'zones', 'flows' or None."""
    names = {f.lower() for f in layer.fields}
    if {"origin", "destination", "value"} <= names and layer.geometry in ("none", "line"):
        return "flows"
    if {"code", "population"} <= names and layer.geometry == "point" and "role" in names:
        return "cities"
    if {"code", "population"} <= names and layer.geometry == "polygon":
        return "zones"
    return None


class DockController:
    """State and decisions of the dock; the widget layer only shows what this returns."""

    def __init__(self, state: PanelState | None = None):
        self.state = state or PanelState()
        self.layers: dict[str, str] = {}  # role -> project layer id (inputs and results)
        self.fitted: dict[str, float] = {}

    # -- inputs ---------------------------------------------------------------------------------------------
    def set_layer(self, role: str, layer_id: str | None) -> None:
        """Use a project layer for a role (or forget the role with None)."""
        if layer_id:
            self.layers[role] = layer_id
        else:
            self.layers.pop(role, None)

    def forget_missing(self, existing: Sequence[str]) -> None:
        """Drop layers that were removed from the project."""
        self.layers = {r: lid for r, lid in self.layers.items() if lid in existing}

    def check_layer(self, role: str, layer: LayerInfo | None) -> None:
        """Refuse a missing layer or one that lacks a field its role needs."""
        if layer is None:
            raise PanelError(
                tr("No {} layer is loaded. Click 'Load' first or choose a layer.").format(role_label(role))
            )
        present = {f.lower() for f in layer.fields}
        missing = [f for f in REQUIRED_FIELDS.get(role, ()) if f not in present]
        if missing:
            raise PanelError(
                tr("Layer '{}' cannot be used as {}: field(s) {} missing. Available fields: {}.").format(
                    layer.name, role_label(role), ", ".join(missing), ", ".join(layer.fields) or "-"
                )
            )

    def needs(self, action: str) -> tuple[str, ...]:
        """Input roles an action needs."""
        if action == "load":
            return ()
        if action == "catchments":
            return ("zones", "cities", "flows") if self.state.method in ("observed", "fit") else ("zones", "cities")
        if action == "atlas":
            return ("cities", "zones", "flows")
        return ("cities", "flows")

    def validate(self, action: str, lookup: Callable[[str], LayerInfo | None]) -> None:
        """Raise PanelError with a readable message when an action cannot run yet."""
        s = self.state
        if action == "load":
            if s.source == "gpkg" and not s.gpkg_path:
                raise PanelError(tr("Choose a GeoPackage file to load."))
            if s.source == "postgis" and not s.pg_connection:
                raise PanelError(tr("Choose a PostGIS connection to load from."))
            return
        if not s.selected:
            raise PanelError(tr("Select at least one city."))
        if action == "catchments" and s.method == "huff" and (s.alpha <= 0 or s.beta <= 0):
            raise PanelError(tr("Huff needs α > 0 and β > 0."))
        if action == "links" and s.threshold < 0:
            raise PanelError(tr("The threshold must be zero or more."))
        if action == "atlas" and not s.atlas_path:
            raise PanelError(tr("Choose where to save the atlas PDF."))
        for role in self.needs(action):
            layer_id = self.layers.get(role)
            self.check_layer(role, lookup(layer_id) if layer_id else None)

    # -- algorithms per action ------------------------------------------------------------------------------
    def algorithms(self, action: str) -> list[str]:
        """Processing algorithm ids an action runs, in order."""
        if action == "load":
            return [] if self.state.source == "project" else ["hema:loadlayers"]
        if action == "catchments":
            return {
                "observed": ["hema:catchmentsobserved"],
                "huff": ["hema:catchmentshuff"],
                "fit": ["hema:calibratehuff", "hema:catchmentshuff"],
            }[self.state.method]
        return {
            "links": ["hema:flowlines", "hema:dominantflows"],
            "profile": [PROFILE_ALG],
            "atlas": [ATLAS_ALG],
        }[action]

    def values(self) -> dict[str, Any]:
        """Every value the panel can hand to an algorithm, by panel key."""
        s = self.state
        alpha = self.fitted.get("alpha", s.alpha) if s.method == "fit" else s.alpha
        beta = self.fitted.get("beta", s.beta) if s.method == "fit" else s.beta
        values: dict[str, Any] = {
            "theme": s.theme,
            "alpha": alpha,
            "beta": beta,
            "link_type": s.link_type,
            "threshold": s.threshold,
            "curved": s.curved,
            "source": s.source,
            "gpkg_path": s.gpkg_path,
            "pg_connection": s.pg_connection,
            "pg_schema": s.pg_schema,
            "selected": list(s.selected),
            "atlas_path": s.atlas_path,
            "indicator_layers": bool(s.indicators),
            "indicator_ids": "" if s.indicators in ("", "key") else s.indicators,
        }
        values.update({role: lid for role, lid in self.layers.items() if role in ROLES})
        return values

    def parameters(self, alg_id: str, specs: Sequence[ParamSpec]) -> dict[str, Any]:
        """Processing parameters for one algorithm, filled from the panel by parameter name."""
        values = self.values()
        by_name = {alias: key for key, aliases in PARAM_ALIASES.items() for alias in aliases}
        params: dict[str, Any] = {}
        for spec in specs:
            key = by_name.get(spec.name)
            if spec.is_output:
                if key == "atlas_path" or (alg_id == ATLAS_ALG and spec.name == "OUTPUT"):
                    params[spec.name] = values["atlas_path"]
                elif spec.kind == "sink":
                    params[spec.name] = "TEMPORARY_OUTPUT"
                continue
            if key == "cities" and spec.kind == "string":  # a text CITIES parameter wants city codes
                key = "selected"
            if key == "theme" and alg_id == PROFILE_ALG:  # profile every theme: the chart compares them
                continue
            if key is None or values.get(key) in (None, ""):
                continue
            value = self._convert(values[key], key, spec)
            if value is not None:
                params[spec.name] = value
        missing = [s.name for s in specs if not s.optional and not s.is_output and s.name not in params]
        if alg_id == ATLAS_ALG and "OVERWRITE" in {s.name for s in specs}:
            params["OVERWRITE"] = True  # the save dialog has already asked before replacing a file
        if missing:
            raise PanelError(
                tr("The panel cannot fill parameter(s) {} of {}; run it from the Processing toolbox instead.").format(
                    ", ".join(missing), alg_id
                )
            )
        return params

    def _convert(self, value: Any, key: str, spec: ParamSpec) -> Any:
        if key == "curved" and spec.kind == "number":
            return CURVE_BEND if value else 0.0
        if key == "theme" and spec.kind == "enum" and spec.multiple:
            return [i for code in THEME_CODES if (i := _option_index(spec.options, code)) is not None]
        if spec.kind != "enum":
            if spec.kind == "string" and isinstance(value, list):
                return ",".join(value)
            return value
        wanted = value if isinstance(value, list) else [value]
        indices = [i for w in wanted if (i := _option_index(spec.options, str(w))) is not None]
        if not indices:
            return None
        return indices if spec.multiple else indices[0]

    # -- results --------------------------------------------------------------------------------------------
    def accept(self, alg_id: str, outputs: dict[str, Any], layers: Sequence[LayerInfo]) -> list[str]:
        """Take in the results of one algorithm; returns the roles it (re)assigned."""
        assigned: list[str] = []
        if alg_id == "hema:calibratehuff":
            for key in ("alpha", "beta"):
                for name, value in outputs.items():
                    if name.lower() == key and isinstance(value, (int, float)):
                        self.fitted[key] = float(value)
            return assigned
        result_role = {
            "hema:catchmentsobserved": "catchments",
            "hema:catchmentshuff": "catchments",
            "hema:flowlines": "links",
            "hema:dominantflows": "dominant",
            "hema:cityprofile": "profile",
        }.get(alg_id)
        if alg_id == "hema:loadlayers":
            for info in layers:
                role = infer_role(info)
                if role is not None and role not in assigned:
                    self.layers[role] = info.layer_id
                    assigned.append(role)
            return assigned
        if result_role is None:
            return assigned
        main = [i for i in layers if i.layer_id == outputs.get("OUTPUT")]
        chosen = (main or list(layers))[:1]
        for info in chosen:
            self.layers[result_role] = info.layer_id
            assigned.append(result_role)
        return assigned

    def layers_from_project(self, layers: Sequence[LayerInfo]) -> list[str]:
        """Pick the first project layer that fits each input role that is not yet set; returns roles found."""
        found = []
        for info in layers:
            role = infer_role(info)
            if role and role not in self.layers:
                self.layers[role] = info.layer_id
                found.append(role)
        return found


def _option_index(options: Sequence[str], wanted: str) -> int | None:
    low = [o.lower() for o in options]
    if wanted in THEME_CODES:
        labels = (wanted, theme(wanted).label_nl, theme(wanted).label_en, wanted.replace("_", " "))
        for i, option in enumerate(low):
            if any(label.lower() == option or label.lower() in option for label in labels):
                return i
        return None
    base = OPTION_WORDS.get(wanted, (wanted,))
    words = tuple({w.lower() for word in base for w in (word, tr(word))})  # tr: extracted elsewhere
    for i, option in enumerate(low):
        if option in words:
            return i
    for i, option in enumerate(low):
        if any(option.startswith(w) or f" {w}" in option for w in words):
            return i
    return None
