"""The indicator catalogue: id, theme, Dutch and English label, unit, sense and weighting base of each indicator."""

from __future__ import annotations

from dataclasses import dataclass

# Sense of an indicator: is a higher value better (+1), worse (-1) or neither (0)?
BETTER, WORSE, NEUTRAL = 1, -1, 0
SENSE_CODES = {BETTER: "higher_better", WORSE: "higher_worse", NEUTRAL: "neutral"}
# Weighting bases: 'sum' = a count, summed over areas; any other base is the id of the count that weights the mean.
BASES = ("sum", "population", "population_15_64", "dwellings", "households", "firms", "area")

KERNCIJFERS = "CBS kerncijfers 2022"
WBK2015 = "CBS wijk- en buurtkaart 2015"
WBK2018 = "CBS wijk- en buurtkaart 2018"


@dataclass(frozen=True)
class Indicator:
    """One indicator of the catalogue."""

    id: str
    theme: str
    label_nl: str
    label_en: str
    unit: str
    sense: int
    base: str
    key: bool = False  # a key indicator: mapped on the theme's map-book page and loaded by default

    def label(self, language: str = "nl") -> str:
        """Label in the given language ('nl' or 'en')."""
        return self.label_en if language == "en" else self.label_nl

    def unit_in(self, language: str = "nl") -> str:
        """Unit in the given language (the table stores the Dutch unit)."""
        return UNITS_EN.get(self.unit, self.unit) if language == "en" else self.unit


def _i(id_, theme, nl, en, unit, sense, base, key=False) -> Indicator:
    return Indicator(id_, theme, nl, en, unit, sense, base, key)


UNITS_EN = {
    "inwoners": "inhabitants",
    "huishoudens": "households",
    "woningen": "dwellings",
    "vestigingen": "firms",
    "aantal": "count",
    "per 1.000": "per 1,000",
    "per huishouden": "per household",
    "inw/km²": "inh./km²",
}
W, WO, V, VT, VE = "werk_studie", "wonen", "voorzieningen", "vrije_tijd", "vervoer"
CATALOGUE: tuple[Indicator, ...] = (
    # werk & studie
    _i("employment_rate", W, "nettoarbeidsparticipatie", "employment rate", "%", BETTER, "population_15_64", True),
    _i(
        "edu_appl_sci",
        W,
        "aandeel hbo/wo-opgeleid",
        "share with higher education",
        "%",
        BETTER,
        "population_15_64",
        True,
    ),
    _i("income_low", W, "personen met laag inkomen", "persons with a low income", "%", WORSE, "population"),
    _i("income_high", W, "personen met hoog inkomen", "persons with a high income", "%", BETTER, "population"),
    _i("income_per_inhabitant", W, "inkomen per inwoner", "income per inhabitant", "k€", BETTER, "population"),
    _i(
        "firms_per_1000",
        W,
        "bedrijfsvestigingen per 1.000 inwoners",
        "firms per 1,000 inhabitants",
        "per 1.000",
        BETTER,
        "population",
        True,
    ),
    _i(
        "firms_trade_share",
        W,
        "aandeel vestigingen handel en horeca",
        "share of firms in trade and hospitality",
        "%",
        NEUTRAL,
        "firms",
    ),
    _i(
        "firms_business_share",
        W,
        "aandeel vestigingen zakelijke diensten",
        "share of firms in business services",
        "%",
        NEUTRAL,
        "firms",
    ),
    _i(
        "firms_industry_share",
        W,
        "aandeel vestigingen nijverheid en energie",
        "share of firms in industry and energy",
        "%",
        NEUTRAL,
        "firms",
    ),
    _i("dist_primary_school", W, "afstand tot basisschool", "distance to primary school", "km", WORSE, "population"),
    _i(
        "dist_secondary_school",
        W,
        "afstand tot voortgezet onderwijs",
        "distance to secondary school",
        "km",
        WORSE,
        "population",
        True,
    ),
    _i("dist_havo_vwo", W, "afstand tot havo/vwo", "distance to havo/vwo school", "km", WORSE, "population"),
    # wonen
    _i("population", WO, "inwoners", "inhabitants", "inwoners", NEUTRAL, "sum"),
    _i("population_15_64", WO, "inwoners 15-64 jaar", "inhabitants aged 15-64", "inwoners", NEUTRAL, "sum"),
    _i("households", WO, "huishoudens", "households", "huishoudens", NEUTRAL, "sum"),
    _i("dwellings", WO, "woningvoorraad", "dwellings", "woningen", NEUTRAL, "sum"),
    _i("firms", W, "bedrijfsvestigingen", "firms", "vestigingen", NEUTRAL, "sum"),
    _i("area", WO, "oppervlakte", "area", "km²", NEUTRAL, "sum"),
    _i("density", WO, "bevolkingsdichtheid", "population density", "inw/km²", NEUTRAL, "area"),
    _i("pop_0_14", WO, "aandeel 0-14 jaar", "share aged 0-14", "%", NEUTRAL, "population"),
    _i("pop_15_24", WO, "aandeel 15-24 jaar", "share aged 15-24", "%", NEUTRAL, "population"),
    _i("pop_25_44", WO, "aandeel 25-44 jaar", "share aged 25-44", "%", NEUTRAL, "population"),
    _i("pop_45_64", WO, "aandeel 45-64 jaar", "share aged 45-64", "%", NEUTRAL, "population"),
    _i("pop_65plus", WO, "aandeel 65 jaar en ouder", "share aged 65 and over", "%", NEUTRAL, "population", True),
    _i("dwelling_value", WO, "gemiddelde WOZ-waarde", "average WOZ property value", "k€", NEUTRAL, "dwellings", True),
    _i(
        "dwelling_ownership",
        WO,
        "aandeel koopwoningen",
        "share of owner-occupied dwellings",
        "%",
        NEUTRAL,
        "dwellings",
        True,
    ),
    _i(
        "social_rent_share", WO, "aandeel corporatiehuur", "share of social-rented dwellings", "%", NEUTRAL, "dwellings"
    ),
    # voorzieningen
    _i("dist_gp", V, "afstand tot huisartsenpraktijk", "distance to GP practice", "km", WORSE, "population", True),
    _i("dist_pharmacy", V, "afstand tot apotheek", "distance to pharmacy", "km", WORSE, "population"),
    _i("dist_hospital", V, "afstand tot ziekenhuis", "distance to hospital", "km", WORSE, "population", True),
    _i("hospitals_20km", V, "ziekenhuizen binnen 20 km", "hospitals within 20 km", "aantal", BETTER, "population"),
    _i(
        "dist_supermarket",
        V,
        "afstand tot grote supermarkt",
        "distance to large supermarket",
        "km",
        WORSE,
        "population",
        True,
    ),
    _i(
        "dist_daily_goods",
        V,
        "afstand tot overige dagelijkse levensmiddelen",
        "distance to other daily-goods shop",
        "km",
        WORSE,
        "population",
    ),
    _i(
        "dist_department_store",
        V,
        "afstand tot warenhuis",
        "distance to department store",
        "km",
        WORSE,
        "population",
        True,
    ),
    _i(
        "department_stores_10km",
        V,
        "warenhuizen binnen 10 km",
        "department stores within 10 km",
        "aantal",
        BETTER,
        "population",
    ),
    _i(
        "supermarkets_5km",
        V,
        "grote supermarkten binnen 5 km",
        "large supermarkets within 5 km",
        "aantal",
        BETTER,
        "population",
    ),
    _i("dist_childcare", V, "afstand tot kinderdagverblijf", "distance to childcare", "km", WORSE, "population"),
    # vrije tijd
    _i("dist_library", VT, "afstand tot bibliotheek", "distance to library", "km", WORSE, "population"),
    _i("dist_cinema", VT, "afstand tot bioscoop", "distance to cinema", "km", WORSE, "population", True),
    _i("cinemas_20km", VT, "bioscopen binnen 20 km", "cinemas within 20 km", "aantal", BETTER, "population"),
    _i(
        "dist_performing_arts",
        VT,
        "afstand tot podiumkunsten",
        "distance to performing arts",
        "km",
        WORSE,
        "population",
        True,
    ),
    _i(
        "performing_arts_20km",
        VT,
        "podia binnen 20 km",
        "performing-arts venues within 20 km",
        "aantal",
        BETTER,
        "population",
    ),
    _i("dist_pool", VT, "afstand tot zwembad", "distance to swimming pool", "km", WORSE, "population", True),
    _i("dist_restaurant", VT, "afstand tot restaurant", "distance to restaurant", "km", WORSE, "population"),
    _i("dist_attraction", VT, "afstand tot attractiepark", "distance to attraction park", "km", WORSE, "population"),
    # vervoer
    _i("dist_station", VE, "afstand tot treinstation", "distance to train station", "km", WORSE, "population", True),
    _i(
        "dist_transfer_station",
        VE,
        "afstand tot belangrijk overstapstation",
        "distance to major transfer station",
        "km",
        WORSE,
        "population",
        True,
    ),
    _i(
        "dist_onramp",
        VE,
        "afstand tot oprit hoofdverkeersweg",
        "distance to main-road on-ramp",
        "km",
        WORSE,
        "population",
        True,
    ),
    _i(
        "cars_per_household",
        VE,
        "personenauto's per huishouden",
        "cars per household",
        "per huishouden",
        NEUTRAL,
        "households",
    ),
)

BY_ID: dict[str, Indicator] = {i.id: i for i in CATALOGUE}

# Source columns of each indicator in the three CBS files (kerncijfers 2022, Wijk- en buurtkaart 2015 and 2018).
KERNCIJFERS_COLUMNS: dict[str, str] = {
    "population": "population",
    "area": "area",
    "dwellings": "dwelling_total",
    **{c: c for c in ("pop_0_14", "pop_15_24", "pop_25_44", "pop_45_64", "pop_65plus")},
    **{c: c for c in ("dwelling_value", "dwelling_ownership", "employment_rate", "income_low", "income_high")},
    "edu_appl_sci": "edu_appl_sci",
}
WBK_COLUMNS: dict[str, str] = {
    "population": "AANT_INW",
    "households": "AANTAL_HH",
    "dwellings": "WONINGEN",
    "firms": "A_BEDV",
    "area": "OPP_LAND",
    "pop_0_14": "P_00_14_JR",
    "pop_15_24": "P_15_24_JR",
    "pop_25_44": "P_25_44_JR",
    "pop_45_64": "P_45_64_JR",
    "pop_65plus": "P_65_EO_JR",
    "dwelling_value": "WOZ",
    "dwelling_ownership": "P_KOOPWON",
    "social_rent_share": "P_HUURCORP",
    "income_per_inhabitant": "INK_INW",
    "income_low": "P_LAAGINKP",
    "income_high": "P_HOOGINKP",
    "cars_per_household": "AUTO_HH",
    "dist_gp": "AF_ARTSPR",
    "dist_pharmacy": "AF_APOTH",
    "dist_hospital": "AF_ZIEK_I",
    "hospitals_20km": "AV20ZIEK_I",
    "dist_supermarket": "AF_SUPERM",
    "supermarkets_5km": "AV5_SUPERM",
    "dist_daily_goods": "AF_DAGLMD",
    "dist_department_store": "AF_WARENH",
    "department_stores_10km": "AV10WARENH",
    "dist_childcare": "AF_KDV",
    "dist_primary_school": "AF_ONDBAS",
    "dist_secondary_school": "AF_ONDVRT",
    "dist_havo_vwo": "AF_ONDHV",
    "dist_library": "AF_BIBLIO",
    "dist_cinema": "AF_BIOS",
    "cinemas_20km": "AV20_BIOS",
    "dist_performing_arts": "AF_PODIUM",
    "performing_arts_20km": "AV20PODIUM",
    "dist_pool": "AF_ZWEMB",
    "dist_restaurant": "AF_RESTAU",
    "dist_attraction": "AF_ATTRAC",
    "dist_station": "AF_TREINST",
    "dist_transfer_station": "AF_OVERST",
    "dist_onramp": "AF_OPRITH",
}
# Firms by sector (CBS SBI groups in the Wijk- en buurtkaart): share of all firms A_BEDV.
SECTOR_SHARES: dict[str, tuple[str, ...]] = {
    "firms_trade_share": ("A_BED_GI",),
    "firms_business_share": ("A_BED_KL", "A_BED_MN"),
    "firms_industry_share": ("A_BED_BF",),
}

# Every alias (catalogue id, CBS column, lower case) -> indicator id: used to read wide CBS exports.
ALIASES: dict[str, str] = {
    **{i.id.lower(): i.id for i in CATALOGUE},
    **{col.lower(): ind for ind, col in WBK_COLUMNS.items()},
    **{col.lower(): ind for ind, col in KERNCIJFERS_COLUMNS.items()},
    "aantalinwoners_5": "population",
    "woningvoorraad_31": "dwellings",
    "gemiddeldewoningwaarde_35": "dwelling_value",
    "koopwoningen_40": "dwelling_ownership",
    "afstandtothuisartsenpraktijk_5": "dist_gp",
    "afstandtotgrotesupermarkt_24": "dist_supermarket",
}


def indicator(indicator_id: str) -> Indicator:
    """The catalogue entry of an indicator id; KeyError naming the valid ids otherwise."""
    try:
        return BY_ID[indicator_id]
    except KeyError:
        raise KeyError(f"unknown indicator {indicator_id!r}; known: {', '.join(BY_ID)}") from None


def key_indicators(theme_code: str) -> list[str]:
    """Ids of the key indicators of a theme, in catalogue order."""
    return [i.id for i in CATALOGUE if i.theme == theme_code and i.key]


def theme_indicators(theme_code: str) -> list[str]:
    """Ids of all catalogue indicators of a theme that are not counts (bases)."""
    return [i.id for i in CATALOGUE if i.theme == theme_code and i.base != "sum"]
