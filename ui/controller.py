"""Presenter of the HEMA dock: panel state, validation and the Processing parameters of each action (no Qt widgets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core import datamodel
from ..core.cities import HEMA_CODES
from ..core.themes import THEME_CODES
from ..i18n import text_language, tr
from . import steps

ACTIONS = ("load", "catchments", "links", "profile", "atlas")
SOURCES = ("bundled", "gpkg", "postgis", "project")
METHODS = ("observed", "huff", "fit")
LINK_TYPES = ("twoway", "gross", "net")
ROLES = ("cities", "zones", "flows")
ATLAS_ALG = "hema:mapbook"
PROFILE_ALG = "hema:cityprofile"

# Fields each input role needs (the data model's, core/datamodel.py); checked before anything runs so the message
# names the layer and the field.
REQUIRED_FIELDS = {role: datamodel.REQUIRED_FIELDS[role] for role in ROLES}


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
    """Role of a layer from its fields and geometry (the data model's rules): 'cities', 'zones', 'flows' or None."""
    kind = datamodel.infer_kind(layer.fields, layer.geometry)
    return kind if kind in ROLES else None


class DockController:
    """State and decisions of the dock; the widget layer only shows what this returns."""

    def __init__(self, state: PanelState | None = None):
        self.state = state or PanelState()
        self.layers: dict[str, str] = {}  # role -> project layer id (inputs and results)
        self.fitted: dict[str, float] = {}
        self.year = ""  # the flows' year the runs of the panel's theme use (the latest, when the flows hold several)

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
        missing = datamodel.missing_fields(role, layer.fields) if role in REQUIRED_FIELDS else []
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

    def parameters(self, alg_id: str) -> dict[str, Any]:
        """Processing parameters of one algorithm, built by its dock step (ui/steps.py) from the panel."""
        build = steps.BUILDERS.get(alg_id)
        if build is None:
            raise PanelError(tr("Algorithm {} is not available.").format(alg_id))
        return build(steps.Panel(self.state, dict(self.layers), dict(self.fitted), text_language(), self.year))

    # -- results --------------------------------------------------------------------------------------------
    def accept(self, alg_id: str, outputs: dict[str, Any], layers: Sequence[LayerInfo] = ()) -> list[str]:
        """Take in the results of one algorithm, read by output name; returns the roles it (re)assigned."""
        if alg_id == "hema:calibratehuff":
            self.fitted.update(steps.fitted_parameters(outputs))
            return []
        if alg_id == "hema:loadlayers":
            found = steps.loaded_layers(outputs)
            self.layers.update(found)
            return list(found)
        role, output = steps.RESULT_OUTPUTS.get(alg_id, ("", ""))
        if not role or not isinstance(outputs.get(output), str):
            return []
        self.layers[role] = outputs[output]
        return [role]

    def layers_from_project(self, layers: Sequence[LayerInfo]) -> list[str]:
        """Pick the first project layer that fits each input role that is not yet set; returns roles found."""
        found = []
        for info in layers:
            role = infer_role(info)
            if role and role not in self.layers:
                self.layers[role] = info.layer_id
                found.append(role)
        return found
