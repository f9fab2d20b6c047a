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
