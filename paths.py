"""Locations of the plugin's bundled resources."""

from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
RESOURCES = PLUGIN_DIR / "resources"
DATA_DIR = RESOURCES / "data"
STYLES_DIR = RESOURCES / "styles"
LAYOUTS_DIR = RESOURCES / "layouts"
MODELS_DIR = RESOURCES / "models"
I18N_DIR = RESOURCES / "i18n"
HELP_DIR = RESOURCES / "help"
ICON = RESOURCES / "icons" / "hema.svg"
DEFAULT_GPKG = DATA_DIR / "hema_default.gpkg"


def style_path(name: str) -> Path:
    """Path of a QML style in resources/styles (name without extension)."""
    return STYLES_DIR / f"{name}.qml"


def help_page(name: str, language: str) -> Path:
    """The shipped HTML help page of an algorithm (or 'index') in 'nl' or 'en' (scripts/build_help.py)."""
    return HELP_DIR / ("nl" if language == "nl" else "en") / f"{name}.html"
