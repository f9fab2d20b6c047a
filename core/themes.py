"""The five HEMA themes, their labels and documented default model parameters."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    """One theme: code, Dutch and English label, Huff defaults and attractiveness field."""

    code: str
    label_nl: str
    label_en: str
    alpha: float
    beta: float
    attractiveness: str
    note: str

    def label(self, language: str = "nl") -> str:
        """Label in the given language ('nl' or 'en')."""
        return self.label_en if language == "en" else self.label_nl


# Defaults: alpha = 1 and power decay everywhere (R spopt default beta = 1.5 for general trips).
# Everyday trips (shopping, services) decay faster than work or leisure trips, so beta is higher there.
THEMES: tuple[Theme, ...] = (
    Theme(
        "werk_studie",
        "werk & studie",
        "work & study",
        1.0,
        1.8,
        "population",
        "commuting; ML calibration of power-decay Huff on CBS commuting gave beta 1.92 (2014, alpha 1.09) and "
        "1.73 (2016, alpha 1.13) for the 11 Dutch HEMA cities, so 1.8 (R spopt's general default is 1.5)",
    ),
    Theme("wonen", "wonen", "housing", 1.0, 2.0, "population", "residential moves are short-distance; beta 2.0"),
    Theme(
        "voorzieningen",
        "voorzieningen",
        "services & shops",
        1.0,
        2.5,
        "population",
        "everyday shopping and services decay fastest; beta 2.5",
    ),
    Theme("vrije_tijd", "vrije tijd", "leisure", 1.0, 1.2, "population", "leisure trips reach further; beta 1.2"),
    Theme("vervoer", "vervoer", "transport", 1.0, 1.5, "population", "transport links follow commuting; beta 1.5"),
)

THEME_CODES: tuple[str, ...] = tuple(t.code for t in THEMES)
_BY_CODE = {t.code: t for t in THEMES}


def theme(code: str) -> Theme:
    """Return the theme with this code; raise KeyError with the valid codes otherwise."""
    try:
        return _BY_CODE[code]
    except KeyError:
        raise KeyError(f"unknown theme {code!r}; valid themes: {', '.join(THEME_CODES)}") from None
