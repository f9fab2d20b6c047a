"""Number, percentage and date formatting for map text: Dutch (1.234,5) by default, English on request."""

from __future__ import annotations

import datetime as _dt
import math

MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

LANGUAGES: tuple[str, ...] = ("nl", "en")


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "nl"


def number(value: float | int | None, decimals: int = 0, lang: str = "nl") -> str:
    """A number with thousands separators: 1.234,5 in Dutch, 1,234.5 in English; '–' for missing values."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{float(value):,.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]
    if _lang(lang) == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def percent(share: float | None, decimals: int = 1, lang: str = "nl") -> str:
    """A share 0..1 as a percentage: 12,5% in Dutch, 12.5% in English."""
    if share is None or (isinstance(share, float) and not math.isfinite(share)):
        return "–"
    return number(100.0 * share, decimals, lang) + "%"


def scale_text(scale: float, lang: str = "nl") -> str:
    """A map scale as 1:250.000 (Dutch) or 1:250,000 (English)."""
    return "1:" + number(round(scale), 0, lang)


def date_text(day: _dt.date | None = None, lang: str = "nl") -> str:
    """A date written out: '1 december 2026' in Dutch, '1 December 2026' in English."""
    day = day or _dt.date.today()
    return f"{day.day} {MONTHS[_lang(lang)][day.month - 1]} {day.year}"


def plain(value: object) -> str:
    """A value for a message as a person writes it: -5, 0, 2.5, nan, 'text' (no numpy reprs like np.float64(-5.0))."""
    if value is None:
        return "empty"
    if isinstance(value, str):
        return repr(str(value))
    if isinstance(value, bool):
        return str(value)
    try:
        x = float(value)  # python and numpy numbers
    except (TypeError, ValueError):
        return repr(str(value))
    if not math.isfinite(x):
        return str(x)
    if x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.10g}"
