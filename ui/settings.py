"""The panel's state remembered across sessions in QgsSettings under 'hema_steden/'."""

from __future__ import annotations

from qgis.core import QgsSettings

from .controller import PanelState

PREFIX = "hema_steden/"


def load_state(settings: QgsSettings | None = None) -> PanelState:
    """The stored panel state (defaults for anything not stored or unreadable)."""
    settings = settings or QgsSettings()
    stored = {}
    for key in PanelState().to_dict():
        if settings.contains(PREFIX + key):
            stored[key] = settings.value(PREFIX + key)
    return PanelState.from_dict(stored)


def save_state(state: PanelState, settings: QgsSettings | None = None) -> None:
    """Store the panel state."""
    settings = settings or QgsSettings()
    for key, value in state.to_dict().items():
        settings.setValue(PREFIX + key, ",".join(value) if isinstance(value, list) else value)
