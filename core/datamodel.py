"""The HEMA data model: the four layer kinds, their table names and required fields, and checks on them."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable

from . import HemaInputError
from .themes import THEME_CODES

# kind -> accepted table / file names (first match wins), Dutch and English.
TABLE_NAMES: dict[str, tuple[str, ...]] = {
    "cities": ("steden", "cities", "stad", "city"),
    "zones": ("zones", "zones_*", "gemeenten", "gemeenten_*"),
    "flows": ("flows", "stromen", "flows_*"),
    "provinces": ("provinces", "provincies", "provincies_*"),
}
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "cities": ("code", "name", "role", "population"),
    "zones": ("code", "name", "population"),
    "flows": ("origin", "destination", "theme", "value"),
    "provinces": ("name",),
}
NUMERIC_FIELDS: dict[str, tuple[str, ...]] = {
    "cities": ("population",),
    "zones": ("population",),
    "flows": ("value",),
    "provinces": (),
}
GEOMETRY: dict[str, str] = {"cities": "point", "zones": "any", "flows": "none", "provinces": "polygon"}
OPTIONAL_KINDS: tuple[str, ...] = ("provinces",)
LAYER_NAMES_NL: dict[str, str] = {"cities": "steden", "zones": "zones", "flows": "stromen", "provinces": "provincies"}
# Table of each kind in the bundled GeoPackage (resources/data/hema_default.gpkg).
BUNDLED_TABLES: dict[str, str] = {kind: names[0] for kind, names in TABLE_NAMES.items()}
# The data model's field of each role, the defaults of the algorithms' field parameters (core/vocabulary.py).
FIELD: dict[str, str] = {
    name: name for name in ("code", "name", "role", "population", "origin", "destination", "theme", "value", "year")
}
FIELD["mode"] = "mode"
# Geometry a project layer of each kind has ("point", "line", "polygon" or "none"), used to recognise layers.
RECOGNISED_GEOMETRY: dict[str, tuple[str, ...]] = {
    "cities": ("point",),
    "zones": ("polygon",),
    "flows": ("none",),
    "provinces": ("polygon",),
}


def pick_table(kind: str, available: Iterable[str]) -> str | None:
    """The first available table name that fits the kind (case-insensitive, patterns allowed); None if none."""
    names = list(available)
    lowered = {n.lower(): n for n in names}
    for pattern in TABLE_NAMES[kind]:
        hits = sorted(n for low, n in lowered.items() if fnmatch.fnmatchcase(low, pattern))
        if hits:
            return hits[0]
    return None


def check_fields(kind: str, fields: Iterable[str], where: str) -> None:
    """Raise when a layer of this kind lacks a required field, naming the field and the fix."""
    present = set(fields)
    missing = [f for f in REQUIRED_FIELDS[kind] if f not in present]
    if missing:
        raise HemaInputError(
            f"{where} lacks the required field(s) {', '.join(missing)} of the HEMA {kind} layer "
            f"(required: {', '.join(REQUIRED_FIELDS[kind])}; present: {', '.join(sorted(present)) or '-'}). "
            "Rename or add the fields"
        )


def check_themes(values: Iterable[object], where: str) -> None:
    """Raise when flows use a theme code outside the five HEMA themes."""
    unknown = sorted({str(v) for v in values} - set(THEME_CODES))
    if unknown:
        raise HemaInputError(
            f"{where} uses unknown theme(s) {', '.join(repr(u) for u in unknown[:5])}; "
            f"valid themes are {', '.join(THEME_CODES)}"
        )


def missing_kinds(found: dict[str, object]) -> list[str]:
    """Required kinds that a source lacks."""
    return [k for k in TABLE_NAMES if found.get(k) is None and k not in OPTIONAL_KINDS]


def infer_kind(fields: Iterable[str], geometry: str) -> str | None:
    """Kind of a layer from its field names and geometry ('point', 'line', 'polygon', 'none'); None if no fit.

    Cities are points with the cities' fields (role included), zones polygons with the zones' fields, flows
    tables without geometry, provinces polygons with a name and no code.
    """
    names = {str(f).lower() for f in fields}
    for kind in ("flows", "cities", "zones"):
        if set(REQUIRED_FIELDS[kind]) <= names and geometry in RECOGNISED_GEOMETRY[kind]:
            return kind
    if set(REQUIRED_FIELDS["provinces"]) <= names and "code" not in names and geometry == "polygon":
        return "provinces"
    return None


def missing_fields(kind: str, fields: Iterable[str]) -> list[str]:
    """Required fields of the kind that fields lacks (case-insensitive), in the data model's order."""
    present = {str(f).lower() for f in fields}
    return [f for f in REQUIRED_FIELDS[kind] if f not in present]
