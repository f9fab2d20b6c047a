"""The HEMA cities, their roles and the fixed palette (same colour for a city everywhere)."""

from __future__ import annotations

ROLES: tuple[str, ...] = ("hema", "referentie", "regio", "grens")

ROLE_LABELS = {
    "nl": {"hema": "HEMA-stad", "referentie": "referentiestad", "regio": "regionale kern", "grens": "Duitse grensstad"},
    "en": {
        "hema": "HEMA city",
        "referentie": "reference city",
        "regio": "regional centre",
        "grens": "German border town",
    },
}

# code -> (name, role, colour). Dutch codes are CBS municipality codes (the city's municipality),
# German codes are "DE" + the Amtlicher Gemeindeschlüssel.
CITIES: dict[str, tuple[str, str, str]] = {
    "GM0106": ("Assen", "hema", "#1f5fa8"),
    "GM0114": ("Emmen", "hema", "#d7301f"),
    "GM0118": ("Hoogeveen", "hema", "#2b9348"),
    "GM0119": ("Meppel", "hema", "#f28e1c"),
    "GM0014": ("Groningen", "referentie", "#6a3d9a"),
    "GM0193": ("Zwolle", "referentie", "#b15928"),
    "GM0080": ("Leeuwarden", "referentie", "#c51b7d"),
    "GM1699": ("Roden", "regio", "#5ab4d6"),
    "GM1731": ("Beilen", "regio", "#8c96c6"),
    "GM0109": ("Coevorden", "regio", "#e6ab02"),
    "GM0160": ("Hardenberg", "regio", "#a6761d"),
    "DE03454035": ("Meppen", "grens", "#1b9e77"),
    "DE03456015": ("Nordhorn", "grens", "#66a61e"),
    "DE03454032": ("Lingen (Ems)", "grens", "#7570b3"),
}

HEMA_CODES: tuple[str, ...] = tuple(c for c, (_, role, _) in CITIES.items() if role == "hema")

_FALLBACK = ("#4d4d4d", "#8dd3c7", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#bc80bd")


def city_colour(code: str, index: int = 0) -> str:
    """Fixed colour of a known city; a stable fallback colour for any other code."""
    if code in CITIES:
        return CITIES[code][2]
    return _FALLBACK[(sum(map(ord, str(code))) + index) % len(_FALLBACK)]


def lighten(hex_colour: str, amount: float) -> str:
    """Blend a #rrggbb colour towards white by amount (0 = unchanged, 1 = white)."""
    h = hex_colour.lstrip("#")
    rgb = [int(h[i : i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(c + (255 - c) * amount) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)
