"""Rebuild the bundled GeoPackage resources/data/hema_default.gpkg from the real CBS/Kadaster data in ../shared/data.

Usage: /usr/bin/python3 scripts/build_data.py [output.gpkg] [shared data folder]   (or `make data`)
Municipal division: 1 January 2018 (the division of the 2018 moves); older codes are converted (layer
gemeentecodes). Only filtering, joins, code conversion, simplification (wijken) and reprojection (German states):
no value is changed. Sources and licences: resources/data/sources/README.md.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT / "scripts"))
field_type = __import__(ROOT.name + ".qgis_io.frames", fromlist=["field_type"]).field_type
import build_flows as bf  # noqa: E402

SOURCES = ROOT / "resources" / "data" / "sources"
WORLD = Path("/usr/share/qgis/resources/data/world_map.gpkg")
RD = QgsCoordinateReferenceSystem("EPSG:28992")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
EXTENT_RD = QgsRectangle(90_000, 420_000, 370_000, 660_000)  # well beyond every map frame
NORTH = {"PV20": "Groningen", "PV21": "Fryslân", "PV22": "Drenthe", "PV23": "Overijssel"}
WIJK_TOLERANCE_M = 25.0  # wijken simplified (Douglas-Peucker); municipal boundaries are bundled as CBS generalised them
KADASTER = "Kadaster / CBS {}"
POP_2018 = "CBS Wijk- en buurtkaart 2018 (AANT_INW, 1 jan 2018)"
COLOURS = {
    "GM0106": "#1f5fa8",
    "GM0114": "#d7301f",
    "GM0118": "#2b9348",
    "GM0119": "#f28e1c",
    "GM0014": "#6a3d9a",
    "GM0193": "#b15928",
    "GM0080": "#c51b7d",
    "GM1699": "#5ab4d6",
    "GM1731": "#8c96c6",
    "GM0109": "#e6ab02",
    "GM0160": "#a6761d",
    "DE03454035": "#1b9e77",
    "DE03456015": "#66a61e",
    "DE03454032": "#7570b3",
}


def _memory(geometry: str, spec: list[tuple[str, str]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:28992" if geometry != "None" else "None", "tmp", "memory")
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, field_type(kind)))
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    return layer


def _add(layer: QgsVectorLayer, attrs: list, geom: QgsGeometry | None = None) -> None:
    f = QgsFeature(layer.fields())
    f.setAttributes([None if isinstance(a, float) and a != a else a for a in attrs])
    if geom is not None:
        f.setGeometry(geom)
    layer.dataProvider().addFeature(f)


def _geom(ogr_geom) -> QgsGeometry:
    geom = QgsGeometry.fromWkt(ogr_geom.ExportToWkt())
    geom.convertToMultiType()
    return geom


def population_2018(shared: Path) -> dict[str, int]:
    """Residents on 1 Jan 2018 per 2018 municipality (CBS Wijk- en buurtkaart 2018)."""
    table = pd.read_csv(shared / "cbs_wijkbuurtkaart_2018_gemeenten_nl.csv", usecols=["GM_CODE", "AANT_INW"])
    return {c: int(v) for c, v in zip(table["GM_CODE"], table["AANT_INW"])}


def municipalities(shared: Path):
    """2018 municipalities (all NL), their province (from gemeenten_2018_noord / the 2016 provinces) and outline."""
    g2018 = bf.polygons(shared / "gemeenten_2018_nl_cbs.geojson", None, "statcode", "statnaam")
    prov = bf.polygons(shared / "provincies_2016_nl_cbs.geojson", None, "statcode", "statnaam")
    province = {}
    for code, (_, geom) in g2018.items():
        point = geom.PointOnSurface()
        province[code] = next((p for p, (_, g) in prov.items() if g.Contains(point)), "")
    return g2018, prov, province


MUNI_SPEC = [("code", "string"), ("name", "string"), ("province", "string"), ("population", "int"),
             ("pop_source", "string"), ("pop_year", "int32")]  # fmt: skip


def zones(g2018, province, pop) -> tuple[QgsVectorLayer, set[str]]:
    """The 77 municipalities of Groningen, Fryslân, Drenthe and Overijssel (division 2018)."""
    layer = _memory("MultiPolygon", MUNI_SPEC)
    codes = sorted(c for c in g2018 if province[c] in NORTH)
    for code in codes:
        name, geom = g2018[code]
        _add(layer, [code, name, NORTH[province[code]], pop[code], POP_2018, 2018], _geom(geom))
    return layer, set(codes)


def neighbours(g2018, province, prov, pop, zone_codes) -> tuple[QgsVectorLayer, set[str]]:
    """Municipalities of the neighbouring provinces that border the four northern ones (map context, no flows)."""
    north = None
    for code in zone_codes:
        geom = g2018[code][1]
        north = geom.Clone() if north is None else north.Union(geom)
    near = north.Buffer(200)
    layer = _memory("MultiPolygon", MUNI_SPEC)
    codes = set()
    for code in sorted(set(g2018) - zone_codes):
        name, geom = g2018[code]
        if geom.Intersects(near):
            codes.add(code)
            _add(layer, [code, name, prov.get(province[code], ("",))[0], pop.get(code), POP_2018, 2018], _geom(geom))
    return layer, codes


def wijken(shared: Path, g2018) -> QgsVectorLayer:
    """Wijken 2022 of Drenthe and of the municipalities bordering Drenthe, simplified; with their 2018 municipality."""
    from osgeo import ogr

    ds = ogr.Open(str(shared / "cbs_kerncijfers_2022_tmap.gpkg"))
    g22 = {f.GetField("code"): f.GetGeometryRef().Clone() for f in ds.GetLayerByName("gemeenten_2022")}
    drenthe = {f.GetField("code") for f in ds.GetLayerByName("gemeenten_2022") if f.GetField("province") == "Drenthe"}
    outline = None
    for code in drenthe:
        outline = g22[code].Clone() if outline is None else outline.Union(g22[code])
    near = outline.Buffer(200)
    wanted = {c for c, g in g22.items() if g.Intersects(near)}
    layer = _memory("MultiPolygon", [("code", "string"), ("name", "string"), ("gemeente_2022", "string"),
                                     ("gemeente_2018", "string"), ("province", "string"), ("population", "int"),
                                     ("pop_source", "string"), ("pop_year", "int32")])  # fmt: skip
    for f in ds.GetLayerByName("wijken_2022_noord"):
        gm = "GM" + f.GetField("code")[2:6]
        if gm not in wanted:
            continue
        geom = f.GetGeometryRef()
        point = geom.PointOnSurface()
        in2018 = next((c for c, (_, g) in g2018.items() if g.Contains(point)), None)
        shape = _geom(geom).simplify(WIJK_TOLERANCE_M)
        shape = shape.makeValid() if not shape.isGeosValid() else shape
        shape.convertToMultiType()
        pop = f.GetField("population")
        attrs = [f.GetField("code"), f.GetField("name"), gm, in2018, f.GetField("province"),
                 None if pop is None else int(pop), "CBS (2024) Kerncijfers wijken en buurten 2022", 2022]  # fmt: skip
        _add(layer, attrs, shape)
    return layer


def provinces(prov) -> QgsVectorLayer:
    """CBS province outlines 2016 (generalised) and, for context, the German states from Natural Earth."""
    layer = _memory("MultiPolygon", [("prov_code", "string"), ("name", "string"), ("country", "string"),
                                     ("source", "string")])  # fmt: skip
    for code, (name, geom) in sorted(prov.items()):
        _add(layer, [code, name, "Nederland", KADASTER.format(2016) + " (gegeneraliseerd)"], _geom(geom))
    world = QgsVectorLayer(f"{WORLD}|layername=states_provinces", "ne", "ogr")
    world.setSubsetString("admin = 'Germany'")
    to_rd = QgsCoordinateTransform(world.crs(), RD, QgsCoordinateTransformContext())
    clip = QgsGeometry.fromRect(EXTENT_RD)
    names = {"Lower Saxony": "Niedersachsen", "North Rhine-Westphalia": "Nordrhein-Westfalen"}
    for f in world.getFeatures():
        geom = QgsGeometry(f.geometry())
        geom.transform(to_rd)
        if not geom.intersects(clip):
            continue
        clipped = geom.intersection(clip)
        clipped.convertToMultiType()
        _add(layer, ["", names.get(f["name"], f["name"]), "Duitsland", "Natural Earth (publiek domein)"], clipped)
    return layer


def cities(pop) -> QgsVectorLayer:
    """City points (GeoNames); a Dutch city's code and population are its municipality's (CBS 2018)."""
    to_rd = QgsCoordinateTransform(WGS84, RD, QgsCoordinateTransformContext())
    layer = _memory("Point", [("code", "string"), ("name", "string"), ("role", "string"), ("population", "int"),
                              ("pop_source", "string"), ("pop_year", "int32"), ("colour", "string"),
                              ("geonameid", "int")])  # fmt: skip
    with open(SOURCES / "steden.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            geom = QgsGeometry.fromPointXY(QgsPointXY(float(r["lon"]), float(r["lat"])))
            geom.transform(to_rd)
            if r["code"] in pop:
                people, source, year = pop[r["code"]], POP_2018 + " (gemeente)", 2018
            else:
                people, source, year = int(r["population_geonames"]), "GeoNames (plaats, peiljaar onbekend)", None
            _add(layer, [r["code"], r["name"], r["role"], people, source, year, COLOURS[r["code"]],
                         int(r["geonameid"])], geom)  # fmt: skip
    return layer


def table_layer(frame: pd.DataFrame, spec: list[tuple[str, str]]) -> QgsVectorLayer:
    """A geometry-less layer from a frame."""
    layer = _memory("None", spec)
    for row in frame[[n for n, _ in spec]].itertuples(index=False):
        _add(layer, [v.item() if hasattr(v, "item") else v for v in row])
    return layer


def codes_table(conv: pd.DataFrame, g2018, province, prov, zone_codes) -> pd.DataFrame:
    """Every municipality code in the bundle: the 2018 ones (with province, in the zones or not) and older ones."""
    now = pd.DataFrame(
        {
            "code": sorted(g2018),
            "name": [g2018[c][0] for c in sorted(g2018)],
            "year": bf.DIVISION,
            "code_2018": sorted(g2018),
            "name_2018": [g2018[c][0] for c in sorted(g2018)],
            "how": "indeling 2018",
        }
    )
    table = pd.concat([now, conv[~conv["code"].isin(set(g2018))]], ignore_index=True)
    table["province"] = table["code_2018"].map(lambda c: prov.get(province.get(c, ""), ("",))[0])
    table["in_zones"] = table["code_2018"].isin(zone_codes).astype(int)
    return table


SOURCE_ROWS = (
    ("steden", "Steden", "GeoNames (punt); inwoners: " + POP_2018, "CC BY 4.0"),
    ("zones", "Gemeenten 2018 (Groningen, Fryslân, Drenthe, Overijssel)", KADASTER.format(2018)
     + " (cbs_gemeente_2018_gegeneraliseerd); inwoners: " + POP_2018, "CC BY 4.0"),
    ("buurgemeenten", "Aangrenzende gemeenten 2018", KADASTER.format(2018), "CC BY 4.0"),
    ("wijken", "Wijken 2022 van Drenthe en aangrenzende gemeenten (vereenvoudigd)",
     KADASTER.format(2022) + "; CBS (2024) Kerncijfers wijken en buurten 2022", "CC BY 4.0"),
    ("provinces", "Provincies 2016; Duitse deelstaten", KADASTER.format(2016) + "; Natural Earth",
     "CC BY 4.0; publiek domein"),
    ("flows", "werk_studie: banen 2014", bf.JOBS_SOURCE, "CC BY 4.0"),
    ("flows", "wonen: verhuizingen 2018 en 2015", bf.MOVES_SOURCE.format("2015, 2018"), "CC BY 4.0"),
    ("flows", "vervoer: woon-werkpendel 2016 naar vervoerwijze", bf.MODES_SOURCE, "CC BY 4.0 (data), GPL-3 (odf)"),
    ("gemeentecodes", "Omzetting gemeentecodes 2014/2015/2016 naar 2018", KADASTER.format("2016/2018"), "CC BY 4.0"),
)  # fmt: skip


def write(path: Path, shared: Path) -> None:
    """Write all layers into one GeoPackage."""
    pop = population_2018(shared)
    g2018, prov, province = municipalities(shared)
    zone_layer, zone_codes = zones(g2018, province, pop)
    conv = bf.conversion(shared, g2018)
    near_layer, near = neighbours(g2018, province, prov, pop, zone_codes)
    flows = bf.all_flows(shared, conv, zone_codes)
    flow_spec = [("origin", "string"), ("destination", "string"), ("theme", "string"), ("value", "double"),
                 ("year", "int32"), ("mode", "string"), ("unit", "string"), ("source", "string")]  # fmt: skip
    code_spec = [("code", "string"), ("name", "string"), ("year", "int32"), ("code_2018", "string"),
                 ("name_2018", "string"), ("province", "string"), ("in_zones", "int32"), ("how", "string")]  # fmt: skip
    sources = pd.DataFrame(SOURCE_ROWS, columns=["layer", "title", "source", "licence"])
    layers = [
        ("steden", cities(pop), "Steden en kernen (HEMA, referentie, regio, grens)"),
        ("zones", zone_layer, "Gemeenten 2018 van Groningen, Fryslân, Drenthe en Overijssel (Kadaster / CBS 2018)"),
        ("buurgemeenten", near_layer, "Aangrenzende gemeenten 2018"),
        ("wijken", wijken(shared, g2018), "Wijken 2022 van Drenthe en aangrenzende gemeenten"),
        ("flows", table_layer(flows, flow_spec), "Stromen: werk_studie 2014, wonen 2015/2018, vervoer 2016"),
        ("provinces", provinces(prov), "Provincies (Kadaster / CBS 2016) en Duitse deelstaten (Natural Earth)"),
        ("gemeentecodes", table_layer(codes_table(conv, g2018, province, prov, zone_codes), code_spec),
         "Gemeentecodes en omzetting naar de indeling 2018"),
        ("sources", table_layer(sources, [(c, "string") for c in sources.columns]), "Bronnen en licenties"),
    ]  # fmt: skip
    if path.exists():
        path.unlink()
    for n, (name, layer, title) in enumerate(layers):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.layerOptions = [f"DESCRIPTION={title}", f"IDENTIFIER={title}", "SPATIAL_INDEX=NO"]
        if n:
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        err = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(path), QgsProject.instance().transformContext(), options
        )
        if err[0] != QgsVectorFileWriter.WriterError.NoError:
            raise SystemExit(f"writing {name}: {err}")
        print(f"{name}: {layer.featureCount()} features")


def main() -> None:
    """Build the GeoPackage."""
    app = QgsApplication([], False)
    app.initQgis()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "data" / "hema_default.gpkg"
    shared = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT.parent / "shared" / "data"
    write(out, shared)
    import sqlite3

    # Rollback journal, not WAL: a read-only reader (the plugin opens inputs read-only) cannot open a WAL GeoPackage
    # without its -shm/-wal files, which are not shipped.
    db = sqlite3.connect(out)
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("VACUUM")
    db.close()
    print(f"wrote {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
