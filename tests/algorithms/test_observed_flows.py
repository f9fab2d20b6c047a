"""Observed themes on real CBS data: moves 2018 (wonen), commuting by mode 2016 (vervoer), jobs 2014 (werk & studie).

Every expected value is computed here from the CBS files in shared/data, never typed in, except the published
sanity values of PROVENANCE.md (Assen -> Groningen 550, Emmen -> Coevorden 519 moves in 2018).
"""

import csv

import processing
import pytest
from hema_steden.core.cities import HEMA_CODES
from hema_steden.paths import DEFAULT_GPKG
from qgis.core import QgsVectorLayer

BUNDLED_ZONES = f"{DEFAULT_GPKG}|layername=zones"
BUNDLED_CITIES = f"{DEFAULT_GPKG}|layername=steden"
BUNDLED_FLOWS = f"{DEFAULT_GPKG}|layername=flows"
PT = ("train", "other_pt")


def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _bundled_flows(theme, year):
    # subset in the URI: setSubsetString() would reopen the bundled GeoPackage for update (a header rewrite)
    layer = QgsVectorLayer(f'{BUNDLED_FLOWS}|subset="theme" = \'{theme}\' AND "year" = {year}', "flows", "ogr")
    return [(f["origin"], f["destination"], f["mode"], f["value"], f["unit"]) for f in layer.getFeatures()]


def _layer(result, context):
    out = result["OUTPUT"]
    return out if isinstance(out, QgsVectorLayer) else QgsVectorLayer(out, "out", "ogr")


@pytest.fixture(scope="module")
def moves_2018(shared_data):
    return _rows(shared_data / "cbs_verhuizingen_gemeenten_2018_noord.csv")


def test_moves_2018_imported_with_known_values(context, feedback, shared_data, tmp_path, moves_2018):
    """hema:importflows reads the CBS 81734NED file as it is; origins outside the north are reported, not kept."""
    result = processing.run(
        "hema:importflows",
        {"INPUT": str(shared_data / "cbs_verhuizingen_gemeenten_2018_noord.csv"), "ZONES": BUNDLED_ZONES,
         "THEME": 1, "YEAR": 2018, "UNIT": "verhuisde personen", "INVALID": 1, "OUTPUT": str(tmp_path / "m.gpkg"),
         "REPORT": str(tmp_path / "m.html")},
        context=context, feedback=feedback,
    )  # fmt: skip
    layer = QgsVectorLayer(result["OUTPUT"], "moves", "ogr")
    values = {(f["origin"], f["destination"]): f["value"] for f in layer.getFeatures()}
    assert values[("GM0106", "GM0014")] == 550 and values[("GM0114", "GM0109")] == 519
    assert {f["theme"] for f in layer.getFeatures()} == {"wonen"}
    # complete totals: Assen's 3,142 moves out go everywhere in NL; the import keeps all of them
    source_out = sum(int(r["verhuisde_personen"]) for r in moves_2018 if r["vertrek_code"] == "GM0106")
    assert sum(v for (o, _), v in values.items() if o == "GM0106") == source_out == 3142
    assert "GM0106: 3142" in (tmp_path / "m.html").read_text("utf-8")

    catch = _layer(
        processing.run(
            "hema:catchmentsobserved",
            {"ZONES": BUNDLED_ZONES, "CITIES": BUNDLED_CITIES, "FLOWS": result["OUTPUT"], "THEME": 1,
             "ALLOW_EMPTY": True, "OUTPUT": "TEMPORARY_OUTPUT"},
            context=context, feedback=feedback,
        ),
        context,
    )  # fmt: skip
    rows = {f["code"]: f for f in catch.getFeatures()}
    for zone in ("GM1680", "GM1730", "GM0109"):  # Aa en Hunze, Tynaarlo, Coevorden
        out = [r for r in moves_2018 if r["vertrek_code"] == zone]
        total = sum(int(r["verhuisde_personen"]) for r in out)
        for city in ("GM0106", "GM0014", "GM0114"):
            moved = sum(int(r["verhuisde_personen"]) for r in out if r["vestiging_code"] == city)
            assert rows[zone][f"s_{city}"] == pytest.approx(moved / total), (zone, city)
    assert rows["GM0106"]["band"] == "own"
    # Tynaarlo's movers go to Groningen more than to Assen
    assert rows["GM1730"]["dom_code"] == "GM0014"


def test_bundled_moves_equal_the_cbs_file(moves_2018, shared_data):
    flows = _bundled_flows("wonen", 2018)
    assert {f[4] for f in flows} == {"verhuisde personen"}
    pairs = {(o, d): v for o, d, _, v, _ in flows}
    assert pairs[("GM0106", "GM0014")] == 550 and pairs[("GM0114", "GM0109")] == 519
    for code in HEMA_CODES:
        source = {r["vestiging_code"]: int(r["verhuisde_personen"]) for r in moves_2018 if r["vertrek_code"] == code}
        bundled = {d: v for (o, d), v in pairs.items() if o == code}
        assert bundled == source, code  # every destination, inside the zones or not
    earlier = {(o, d): v for o, d, _, v, _ in _bundled_flows("wonen", 2015)}
    assert earlier[("GM0106", "GM0014")] == 523  # PROVENANCE: Assen -> Groningen 2015


def test_train_share_per_hema_city(shared_data):
    """Commuting by mode 2016: each HEMA city's train share in the bundle equals the one of the odf/CBS file."""
    source = _rows(shared_data / "commuting_2016_odf_noord_by_mode.csv")
    flows = _bundled_flows("vervoer", 2016)
    assert {f[4] for f in flows} == {"pendelaars"}
    assert {f[2] for f in flows} == {"car", "train", "other_pt", "bicycle", "other"}
    shares = {}
    for code in HEMA_CODES:
        rows = [r for r in source if r["muni_from"] == code]
        total = sum(float(r["value"]) for r in rows)
        train = sum(float(r["value"]) for r in rows if r["mode"] == "train")
        mine = [f for f in flows if f[0] == code]
        bundled_total = sum(f[3] for f in mine)
        bundled_train = sum(f[3] for f in mine if f[2] == "train")
        assert bundled_total == pytest.approx(total, rel=1e-3), code  # rounded to 0.1 per pair and mode
        assert bundled_train / bundled_total == pytest.approx(train / total, abs=5e-4), code
        shares[code] = train / total
    assert all(0.01 < s < 0.2 for s in shares.values()), shares


def test_bundled_jobs_self_containment_equals_cbs(shared_data):
    """werk & studie 2014: each HEMA city's self-containment from the bundle equals the CBS long file's."""
    source = [r for r in _rows(shared_data / "commuting_cbs_banen_2006_2014_noord.csv") if r["jaar"] == "2014"]
    flows = _bundled_flows("werk_studie", 2014)
    for code in HEMA_CODES:
        rows = [r for r in source if r["woon_code_2014"] == code]
        direct = sum(float(r["banen_x1000"]) for r in rows if r["werk_code_2014"] == code) / sum(
            float(r["banen_x1000"]) for r in rows
        )
        mine = [f for f in flows if f[0] == code]
        bundled = sum(f[3] for f in mine if f[1] == code) / sum(f[3] for f in mine)
        assert bundled == pytest.approx(direct, abs=1e-9), code


def test_mapbook_profile_uses_complete_totals(context, feedback):
    """hema:cityprofile on the bundled jobs: Emmen 29.1 of 42.8 thousand jobs at home (not of the zones only)."""
    result = processing.run(
        "hema:cityprofile",
        {"FLOWS": BUNDLED_FLOWS, "CITIES": BUNDLED_CITIES, "THEME": 0, "CITY_CODES": "GM0114,GM0118",
         "OUTPUT": "TEMPORARY_OUTPUT", "PARTNERS": "TEMPORARY_OUTPUT"},
        context=context, feedback=feedback,
    )  # fmt: skip
    rows = {f["code"]: f for f in _layer(result, context).getFeatures()}
    assert rows["GM0114"]["self_containment"] == pytest.approx(29100 / 42800)
    # Hoogeveen: Meppel, Hardenberg and Zwolle each get 1.1 thousand jobs: a tie, and the output says so
    assert rows["GM0118"]["top_tie"] == 3 and "gelijke grootste stromen" in rows["GM0118"]["reason"]


def test_theme_without_flows_and_years(context, feedback):
    """voorzieningen has no observed flows in the bundle: the observed method says so, naming the themes present."""
    from qgis.core import QgsProcessingException

    params = {"ZONES": BUNDLED_ZONES, "CITIES": BUNDLED_CITIES, "FLOWS": BUNDLED_FLOWS, "THEME": 2,
              "OUTPUT": "TEMPORARY_OUTPUT"}  # fmt: skip
    with pytest.raises(
        QgsProcessingException, match=r"no flow row has theme 'voorzieningen'.*vervoer, werk_studie, wonen"
    ):
        processing.run("hema:catchmentsobserved", params, context=context, feedback=feedback)
    # wonen covers 2015 and 2018: one year must be chosen (the map book takes the latest)
    with pytest.raises(QgsProcessingException, match=r"several years \(2015, 2018\)"):
        processing.run("hema:catchmentsobserved", {**params, "THEME": 1}, context=context, feedback=feedback)
    wonen = _layer(
        processing.run("hema:catchmentsobserved", {**params, "THEME": 1, "YEAR": 2018}, context=context), context
    )
    assert {f["code"]: f["outflow"] for f in wonen.getFeatures()}["GM0106"] == 3142


def test_wijken_are_finer_zones_for_huff(context, feedback):
    """The bundled wijken (Drenthe and its neighbours) run as Huff zones; the centre of Assen is Assen's."""
    wijken = QgsVectorLayer(f"{DEFAULT_GPKG}|layername=wijken", "wijken", "ogr")
    assert all(f.geometry().isGeosValid() for f in wijken.getFeatures())
    result = processing.run(
        "hema:catchmentshuff",
        {"ZONES": f"{DEFAULT_GPKG}|layername=wijken", "CITIES": BUNDLED_CITIES, "THEME": 2,
         "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context, feedback=feedback,
    )  # fmt: skip
    rows = list(_layer(result, context).getFeatures())
    assert len(rows) == wijken.featureCount()
    centre = [f for f in rows if f["code"] == "WK010600"]  # Assen, wijk 00 (Centrum)
    assert centre and centre[0]["dom_code"] == "GM0106"


def test_modeshares_on_the_bundled_vervoer(context, feedback, shared_data):
    """hema:modeshares on the bundled vervoer rows: odf's mode names, the train share of the odf file."""
    result = processing.run(
        "hema:modeshares",
        {"FLOWS": BUNDLED_FLOWS, "CITIES": BUNDLED_CITIES, "THEME": 4, "DROP_UNMATCHED": True,
         "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context, feedback=feedback,
    )  # fmt: skip
    links = {(f["origin"], f["destination"]): f for f in _layer(result, context).getFeatures()}
    source = _rows(shared_data / "commuting_2016_odf_noord_by_mode.csv")
    pair = [r for r in source if r["muni_from"] == "GM0106" and r["muni_to"] == "GM0014"]
    train = sum(float(r["value"]) for r in pair if r["mode"] == "train") / sum(float(r["value"]) for r in pair)
    assert links[("GM0106", "GM0014")]["share_train"] == pytest.approx(train, abs=1e-3)


def test_mapbook_with_flows_without_years(context, feedback, tmp_path):
    """A user's flow table without year/mode/unit: its themes are observed, the others modelled, the book is made."""
    from helpers.pdfcheck import page_count
    from hema_steden.core.themes import THEMES
    from hema_steden.qgis_io.frames import field_type
    from qgis.core import QgsFeature, QgsField

    flows = QgsVectorLayer("None", "flows", "memory")
    flows.dataProvider().addAttributes(
        [QgsField(n, field_type("string")) for n in ("origin", "destination", "theme")]
        + [QgsField("value", field_type("double"))]
    )
    flows.updateFields()
    feats = []
    for origin, destination, _, value, _ in _bundled_flows("werk_studie", 2014):
        f = QgsFeature(flows.fields())
        f.setAttributes([origin, destination, "werk_studie", value])
        feats.append(f)
    flows.dataProvider().addFeatures(feats)
    out = tmp_path / "boek.pdf"
    result = processing.run(
        "hema:mapbook", {"FLOWS": flows, "DPI": 50, "OUTPUT": str(out)}, context=context, feedback=feedback
    )
    # cover, contents, overview, a page per theme and city, the table, the indicator pages; no change page (no years)
    assert result["PAGES"] == 4 + len(THEMES) + 4 + len(THEMES) + 1 == page_count(out)
