"""Rebuild the bundled GeoPackage resources/data/hema_default.gpkg from resources/data/sources and Natural Earth.

Usage: /usr/bin/python3 scripts/build_data.py [output.gpkg]   (or `make data`)
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
field_type = __import__(ROOT.name + ".qgis_io.frames", fromlist=["field_type"]).field_type
SOURCES = ROOT / "resources" / "data" / "sources"
WORLD = Path("/usr/share/qgis/resources/data/world_map.gpkg")
RD = QgsCoordinateReferenceSystem("EPSG:28992")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
EXTENT_RD = QgsRectangle(90_000, 420_000, 370_000, 660_000)  # well beyond every map frame
NE_PROVINCE = {"Drenthe": "Drenthe", "Groningen": "Groningen", "Fryslan": "Friesland", "Overijssel": "Overijssel"}
NE_NAMES_NL = {"Friesland": "Fryslân", "North Brabant": "Noord-Brabant", "Lower Saxony": "Niedersachsen"}
CBS_2022 = "CBS (2024) Kerncijfers wijken en buurten 2022"
ZONES_TITLE = "Gemeenten 2022 (schematisch: Voronoi-cellen, geen gemeentegrenzen)"
FLOW_SOURCE = "CBS StatLine, banen van werknemers naar woon- en werkgemeente 2014, gesommeerd op gemeenten 2022"
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


def _fields(spec: list[tuple[str, str]]) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, field_type(kind)))
    return fields


def _memory(geometry: str, spec) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:28992" if geometry != "None" else "None", "tmp", "memory")
    layer.dataProvider().addAttributes(_fields(spec).toList())
    layer.updateFields()
    return layer


def _add(layer: QgsVectorLayer, attrs: list, geom: QgsGeometry | None = None) -> None:
    f = QgsFeature(layer.fields())
    f.setAttributes(attrs)
    if geom is not None:
        f.setGeometry(geom)
    layer.dataProvider().addFeature(f)


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(SOURCES / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def provinces() -> tuple[QgsVectorLayer, dict[str, QgsGeometry]]:
    """Natural Earth provinces/states around the region, in RD New, clipped to the map extent."""
    world = QgsVectorLayer(f"{WORLD}|layername=states_provinces", "ne", "ogr")
    to_rd = QgsCoordinateTransform(world.crs(), RD, QgsCoordinateTransformContext())
    clip = QgsGeometry.fromRect(EXTENT_RD)
    layer = _memory("MultiPolygon", [("name", "string"), ("country", "string"), ("source", "string")])
    by_name: dict[str, QgsGeometry] = {}
    world.setSubsetString("admin IN ('Netherlands', 'Germany')")
    for f in world.getFeatures():
        geom = QgsGeometry(f.geometry())
        geom.transform(to_rd)
        if not geom.intersects(clip):
            continue
        name = NE_NAMES_NL.get(f["name"], f["name"])
        by_name[f["name"]] = QgsGeometry(geom)
        country = "Nederland" if f["admin"] == "Netherlands" else "Duitsland"
        clipped = geom.intersection(clip)
        clipped.convertToMultiType()
        _add(layer, [name, country, "Natural Earth (publiek domein), via QGIS world_map.gpkg"], clipped)
    return layer, by_name


def zones(province_geoms: dict[str, QgsGeometry]) -> QgsVectorLayer:
    """Schematic zones: per province, Voronoi cells of the municipal points clipped to the province outline."""
    rows = _read_csv("gemeente_centres_2022.csv")
    layer = _memory(
        "MultiPolygon",
        [
            ("code", "string"),
            ("name", "string"),
            ("province", "string"),
            ("population", "int"),
            ("pop_source", "string"),
            ("pop_year", "int32"),
            ("schematic", "int32"),
        ],
    )
    for province, ne_name in NE_PROVINCE.items():
        members = [r for r in rows if r["province"] == province]
        outline = province_geoms[ne_name]
        points = [QgsPointXY(float(r["x_rd"]), float(r["y_rd"])) for r in members]
        cells = QgsGeometry.fromMultiPointXY(points).voronoiDiagram(
            QgsGeometry.fromRect(outline.boundingBox().buffered(50_000))
        )
        for cell in cells.asGeometryCollection():
            owner = [r for r, p in zip(members, points) if cell.contains(QgsGeometry.fromPointXY(p))]
            if len(owner) != 1 or owner[0]["in_zones"] != "1":
                continue
            r = owner[0]
            shape = cell.intersection(outline)
            shape.convertToMultiType()
            province_nl = "Fryslân" if province == "Fryslan" else province
            _add(layer, [r["code"], r["name"], province_nl, int(r["population"]), CBS_2022, 2022, 1], shape)
    return layer


def cities() -> QgsVectorLayer:
    """City centres: GeoNames points; Dutch populations of the municipality from CBS 2022."""
    cbs = {r["code"]: r for r in _read_csv("gemeente_centres_2022.csv")}
    to_rd = QgsCoordinateTransform(WGS84, RD, QgsCoordinateTransformContext())
    layer = _memory(
        "Point",
        [
            ("code", "string"),
            ("name", "string"),
            ("role", "string"),
            ("population", "int"),
            ("pop_source", "string"),
            ("pop_year", "int32"),
            ("colour", "string"),
            ("geonameid", "int"),
        ],
    )
    for r in _read_csv("steden.csv"):
        geom = QgsGeometry.fromPointXY(QgsPointXY(float(r["lon"]), float(r["lat"])))
        geom.transform(to_rd)
        if r["code"] in cbs:
            pop, source, year = int(cbs[r["code"]]["population"]), f"{CBS_2022} (gemeente)", 2022
        else:
            pop, source, year = int(r["population_geonames"]), "GeoNames (plaats, peiljaar onbekend)", None
        attrs = [r["code"], r["name"], r["role"], pop, source, year, COLOURS[r["code"]], int(r["geonameid"])]
        _add(layer, attrs, geom)
    return layer


def flows() -> QgsVectorLayer:
    """Observed werk_studie flows: CBS jobs by home and work municipality 2014, in jobs."""
    layer = _memory(
        "None",
        [
            ("origin", "string"),
            ("destination", "string"),
            ("theme", "string"),
            ("value", "double"),
            ("year", "int32"),
            ("mode", "string"),
            ("unit", "string"),
            ("source", "string"),
        ],
    )
    for r in _read_csv("cbs_banen_2014_op_gemeenten_2022.csv"):
        value = round(float(r["banen_x1000"]) * 1000.0)
        _add(
            layer,
            [r["woon_code_2022"], r["werk_code_2022"], "werk_studie", value, 2014, "totaal", "banen", FLOW_SOURCE],
        )
    return layer


def sources_table() -> QgsVectorLayer:
    """One row per bundled layer: title, source and licence, for map source lines."""
    layer = _memory("None", [("layer", "string"), ("title", "string"), ("source", "string"),
                             ("licence", "string")])  # fmt: skip
    for row in (
        ("steden", "Steden", "GeoNames; bevolking: " + CBS_2022, "CC BY 4.0"),
        ("zones", ZONES_TITLE, CBS_2022 + "; Kadaster / CBS", "CC BY 4.0"),
        ("flows", "Woon-werkbanen 2014", FLOW_SOURCE, "CC BY 4.0"),
        ("provinces", "Provincies", "Natural Earth", "publiek domein"),
    ):
        _add(layer, list(row))
    return layer


def write(path: Path) -> None:
    """Write all layers into one GeoPackage."""
    prov_layer, prov_geoms = provinces()
    layers = [
        ("steden", cities(), "Steden en kernen (HEMA, referentie, regio, grens)"),
        ("zones", zones(prov_geoms), ZONES_TITLE),
        ("flows", flows(), "Stromen per thema (werk_studie: CBS woon-werkbanen 2014)"),
        ("provinces", prov_layer, "Provincies en deelstaten (Natural Earth)"),
        ("sources", sources_table(), "Bronnen en licenties"),
    ]
    if path.exists():
        path.unlink()
    for n, (name, layer, title) in enumerate(layers):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.layerOptions = [f"DESCRIPTION={title}", f"IDENTIFIER={title}"]
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
    write(out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
