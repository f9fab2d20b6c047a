"""One clear map state: result layers named and tagged by step, theme, method and year; one theme visible."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsProject, QgsVectorLayer

from ..core.themes import theme as theme_of
from ..i18n import text_language, tr
from .texts import set_aliases

THEME_KEY = "hema_steden/theme"
METHOD_KEY = "hema_steden/method"
YEAR_KEY = "hema_steden/year"
ROLE_KEY = "hema_steden/role"
ACTION_KEY = "hema_steden/action"
SUPERSEDED_KEY = "hema_steden/superseded"  # an older result of the same step and theme (another method)

# The role each algorithm's main result plays in the dock (see DockController.accept).
RESULT_ROLES = {
    "hema:catchmentsobserved": "catchments",
    "hema:catchmentshuff": "catchments",
    "hema:flowlines": "links",
    "hema:dominantflows": "dominant",
    "hema:cityprofile": "profile",
}
THEMED_ACTIONS = ("catchments", "links")


def method_label(method: str) -> str:
    """The method in words: observed, Huff, fitted Huff, network cost."""
    return {
        "observed": tr("observed"),
        "huff": tr("Huff"),
        "fit": tr("fitted Huff"),
        "network": tr("network cost"),
    }.get(method, method)


def role_title(role: str) -> str:
    """Name of a result role on the map."""
    return {
        "catchments": tr("Catchment areas"),
        "links": tr("Flow lines"),
        "dominant": tr("Dominant flows"),
        "profile": tr("City profile"),
    }.get(role, role)


def state_text(theme_code: str, method: str | None, year: str) -> str:
    """'work & study · observed · 2014': what the map shows (method and year left out when unknown)."""
    parts = [theme_of(theme_code).label(text_language())]
    if method:
        parts.append(method_label(method))
    if year:
        parts.append(str(year))
    return " · ".join(parts)


def layer_name(role: str, theme_code: str | None, method: str | None, year: str) -> str:
    """'Catchment areas — work & study · observed · 2014'."""
    if not theme_code:
        return f"{role_title(role)} — {year}" if year else role_title(role)
    return f"{role_title(role)} — {state_text(theme_code, method, year)}"


def table_base(action: str, alg_id: str, output: str, theme_code: str, method: str, year: str) -> str:
    """Base name of a result table in the project GeoPackage."""
    what = alg_id.split(":")[-1]
    if action == "load":
        return f"data_{output.lower().replace('output_', '') or 'output'}"
    parts = [action, what] + ([theme_code] if action in THEMED_ACTIONS else [])
    parts += [method] if action == "catchments" else []
    parts += [year] if year else []
    parts += [output.lower()] if output not in ("", "OUTPUT") else []
    return "_".join(parts)


def mark(
    project: QgsProject, layer_ids: Iterable[str], alg_id: str, action: str, theme_code: str, method: str, year: str
) -> None:
    """Name and tag one step's new result layers; older results of the same step and theme are hidden."""
    ids = [i for i in layer_ids if isinstance(project.mapLayer(i), QgsVectorLayer)]
    role = RESULT_ROLES.get(alg_id)
    if role is None:
        return
    themed = action in THEMED_ACTIONS
    for layer_id in ids:
        layer = project.mapLayer(layer_id)
        layer.setCustomProperty(ACTION_KEY, action)
        layer.setCustomProperty(ROLE_KEY, role)
        layer.setCustomProperty(THEME_KEY, theme_code if themed else "")
        layer.setCustomProperty(METHOD_KEY, method if action == "catchments" else "")
        layer.setCustomProperty(YEAR_KEY, year)
        layer.setCustomProperty(SUPERSEDED_KEY, False)
        set_aliases(layer)
        layer.setName(
            layer_name(role, theme_code if themed else None, method if action == "catchments" else None, year)
        )
    if not themed:
        return
    for other in project.mapLayers().values():
        if (
            other.id() not in ids
            and other.customProperty(ROLE_KEY, "") == role
            and other.customProperty(THEME_KEY, "") == theme_code
        ):
            other.setCustomProperty(SUPERSEDED_KEY, True)
            _set_visible(project, other.id(), False)


def show_theme(project: QgsProject, theme_code: str) -> dict[str, str]:
    """Show the current results of theme_code, hide every other theme's; returns {role: layer id} shown."""
    current: dict[str, str] = {}
    for layer in project.mapLayers().values():
        layer_theme = layer.customProperty(THEME_KEY, "")
        if not layer_theme:
            continue
        superseded = str(layer.customProperty(SUPERSEDED_KEY, False)).lower() in ("true", "1")
        role = layer.customProperty(ROLE_KEY, "")
        mine = layer_theme == theme_code and not superseded
        hidden_by_design = role == "links"  # the full set of flow lines stays unticked (layerorder)
        _set_visible(project, layer.id(), mine and not hidden_by_design)
        if mine:
            current[role] = layer.id()
    return current


def shown(project: QgsProject, layer_id: str | None) -> tuple[str, str, str]:
    """(theme, method, year) a result layer was made for ('' where it does not apply)."""
    layer = project.mapLayer(layer_id) if layer_id else None
    if layer is None:
        return "", "", ""
    return tuple(str(layer.customProperty(k, "") or "") for k in (THEME_KEY, METHOD_KEY, YEAR_KEY))  # type: ignore


def _set_visible(project: QgsProject, layer_id: str, visible: bool) -> None:
    node = project.layerTreeRoot().findLayer(layer_id)
    if node is not None and node.itemVisibilityChecked() != visible:
        node.setItemVisibilityChecked(visible)
