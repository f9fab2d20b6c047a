"""Install the plugin's Qt translator (Dutch when the QGIS locale is nl)."""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .paths import I18N_DIR

_translators: list[QTranslator] = []


def ui_language() -> str:
    """Two-letter UI language: QGIS's locale override if set, else the system locale."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "") or ""
    else:
        locale = QLocale.system().name()
    return (locale or "en")[:2].lower()


def text_language() -> str:
    """Language of the plugin's own words (theme names, perspectives): 'nl' for a Dutch interface, else 'en'."""
    return "nl" if ui_language() == "nl" else "en"


def install_translator(language: str | None = None) -> bool:
    """Load resources/i18n/hema_steden_<lang>.qm into the application; True when one was loaded."""
    language = language or ui_language()
    qm = I18N_DIR / f"hema_steden_{language}.qm"
    if not qm.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _translators.append(translator)
    return True


def remove_translators() -> None:
    """Remove every translator this plugin installed."""
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())


def tr(text: str) -> str:
    """Translate a user-visible string in the plugin's translation context."""
    return QCoreApplication.translate("HemaSteden", text)
