"""One parameter vocabulary for every HEMA algorithm, the dock and the map book (names only, no QGIS).

Layers: FLOWS (the flow table), ZONES, CITIES. Fields end in _FIELD. Filters: THEME (enum over THEME_CODES,
same order everywhere), YEAR (integer, optional: empty = all years), MODE (text, optional). CITY_CODES: optional
comma-separated city codes restricting the cities an algorithm works on (empty = every city in the layer).
"""

from __future__ import annotations

from collections.abc import Iterable

from .datamodel import FIELD
from .themes import THEME_CODES

# -- layers ----------------------------------------------------------------------------------------------------
FLOWS = "FLOWS"
ZONES = "ZONES"
CITIES = "CITIES"
PROVINCES = "PROVINCES"

# -- fields ------------------------------------------------------------------------------------------------------
ORIGIN_FIELD = "ORIGIN_FIELD"
DESTINATION_FIELD = "DESTINATION_FIELD"
VALUE_FIELD = "VALUE_FIELD"
THEME_FIELD = "THEME_FIELD"
YEAR_FIELD = "YEAR_FIELD"
MODE_FIELD = "MODE_FIELD"
ZONE_CODE_FIELD = "ZONE_CODE_FIELD"
ZONE_NAME_FIELD = "ZONE_NAME_FIELD"
POPULATION_FIELD = "POPULATION_FIELD"
CITY_CODE_FIELD = "CITY_CODE_FIELD"
CITY_NAME_FIELD = "CITY_NAME_FIELD"
ATTRACTIVENESS_FIELD = "ATTRACTIVENESS_FIELD"
WEIGHT_FIELD = "WEIGHT_FIELD"

# -- filters and selections --------------------------------------------------------------------------------------
THEME = "THEME"
YEAR = "YEAR"
MODE = "MODE"
CITY_CODES = "CITY_CODES"

# Default field of each field parameter: the HEMA data model's field of that role (core/datamodel.FIELD).
FIELD_DEFAULTS: dict[str, str] = {
    ORIGIN_FIELD: FIELD["origin"],
    DESTINATION_FIELD: FIELD["destination"],
    VALUE_FIELD: FIELD["value"],
    THEME_FIELD: FIELD["theme"],
    YEAR_FIELD: FIELD["year"],
    MODE_FIELD: FIELD["mode"],
    ZONE_CODE_FIELD: FIELD["code"],
    ZONE_NAME_FIELD: FIELD["name"],
    POPULATION_FIELD: FIELD["population"],
    CITY_CODE_FIELD: FIELD["code"],
    CITY_NAME_FIELD: FIELD["name"],
    ATTRACTIVENESS_FIELD: FIELD["population"],
}

# The options of every THEME enum (and of hema:loadlayers' THEMES): the theme codes, in this order.
THEME_OPTIONS: tuple[str, ...] = THEME_CODES


def theme_index(code: str) -> int:
    """Enum index of a theme code in THEME_OPTIONS."""
    return THEME_OPTIONS.index(code)


def city_codes_text(codes: Iterable[str]) -> str:
    """A CITY_CODES value from a list of codes: 'GM0106,GM0114'."""
    return ",".join(str(c).strip() for c in codes if str(c).strip())


def parse_city_codes(text: str | None) -> list[str]:
    """City codes from a CITY_CODES value (comma or semicolon separated, blanks ignored, order kept)."""
    if not text:
        return []
    parts = (p.strip() for p in str(text).replace(";", ",").split(","))
    return list(dict.fromkeys(p for p in parts if p))


# -- hema:loadlayers -------------------------------------------------------------------------------------------
LOAD_SOURCE = "SOURCE"
LOAD_SOURCES: tuple[str, ...] = ("bundled", "geopackage", "folder", "postgis")  # SOURCE enum options, in order
GEOPACKAGE = "GEOPACKAGE"
FOLDER = "FOLDER"
DATABASE = "DATABASE"
SCHEMA = "SCHEMA"
THEMES = "THEMES"
# The loader's output of each layer kind.
KIND_OUTPUTS: dict[str, str] = {
    "cities": "OUTPUT_CITIES",
    "zones": "OUTPUT_ZONES",
    "flows": "OUTPUT_FLOWS",
    "provinces": "OUTPUT_PROVINCES",
}
# Indicator maps (algorithms/indicators_base.py), also hema:comparecities' INDICATORS table and CATCHMENTS layer.
INDICATOR_LAYERS = "INDICATOR_LAYERS"  # boolean: load the indicator maps
INDICATORS = "INDICATORS"  # loadlayers: comma-separated indicator ids; comparecities: an own indicator table
CLASSIFICATION = "CLASSIFICATION"  # enum over core.classify.METHODS
CLASSES = "CLASSES"
INDICATOR_LAYER_COUNT = "INDICATOR_LAYER_COUNT"
LANGUAGE = "LANGUAGE"  # map text and legends: Nederlands / English
CATCHMENTS = "CATCHMENTS"  # any catchment output (code, dom_code)
CHARTS = "CHARTS"  # comparecities: folder of comparison charts

# -- hema:mapbook --------------------------------------------------------------------------------------------------
METHOD = "METHOD"
MAPBOOK_METHODS: tuple[str, ...] = ("observed", "huff")  # observed where flows exist / Huff for every theme
ALPHA = "ALPHA"
BETA = "BETA"
OVERWRITE = "OVERWRITE"
OUTPUT = "OUTPUT"

# -- other parameters the dock (ui/steps.py) and the map book pass by name -------------------------------------
LINE_TYPE = "LINE_TYPE"  # hema:flowlines, enum over core.flows.LINE_KINDS
THRESHOLD = "THRESHOLD"  # hema:flowlines
BEND = "BEND"  # network line algorithms
NODE_TOTALS = "NODE_TOTALS"  # hema:flowlines output
NODES_OUTPUT = "NODES_OUTPUT"  # hema:dominantflows output
PARTNERS = "PARTNERS"  # hema:cityprofile output
DETAIL = "DETAIL"  # hema:catchmentshuff, per-city fields (0 = none)
