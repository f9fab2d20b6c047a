"""Build the bundled indicator GeoPackage resources/data/hema_indicators.gpkg from the CBS files in ../shared/data.

Usage: /usr/bin/python3 scripts/build_indicators.py [shared_data_dir] [output.gpkg]

Tables: indicators (code, theme, indicator, value, unit, year, source) for all municipalities of 2022 (kerncijfers),
2018 and 2015 (Wijk- en buurtkaart) and the 813 northern wijken of 2022; catalogue (id, theme, labels, unit, sense,
base, key); areas (code, name, province, level, year); references (NL and Drenthe, see core/indicators.py); about
(sources). Layers: gemeenten_2022 (CBS 2022, Kadaster / CBS), gemeenten_2018 and gemeenten_2015 (the 2016 division,
the nearest stored to 2015) generalised for choropleths; wijken_2022 (north). Only CBS figures are copied, rounded
derivations (15-64 population, density, firms per 1,000, sector shares) are computed here and named as such.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pandas as pd
from osgeo import gdal, ogr, osr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent))
pkg = ROOT.name
cat = __import__(pkg + ".core.indicator_catalogue", fromlist=["CATALOGUE"])
ind = __import__(pkg + ".core.indicators", fromlist=["from_kerncijfers"])

SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "resources" / "data" / "hema_indicators.gpkg"
TOLERANCE_M = 60.0
KERN_GPKG = SHARED / "cbs_kerncijfers_2022_tmap.gpkg"
ATTRIBUTION = {
    "gemeenten_2022": "Kadaster / CBS 2022 (via R tmap 4.2 NLD_muni), generalised",
    "gemeenten_2018": "Kadaster / CBS 2018 (cbs_gemeente_2018_gegeneraliseerd via edwindj/nl_maps), generalised",
    "gemeenten_2015": "Kadaster / CBS 2016 division (via R odf NL_muni_poly), generalised; 2015 codes that no "
    "longer existed in 2016 have no polygon",
    "wijken_2022": "Kadaster / CBS 2022 (via R tmap 4.2 NLD_dist), north only, generalised",
}
PROVINCE_NAMES = {"Fryslan": "Fryslân", "Friesland": "Fryslân"}


def _frame(path: Path, layer: str) -> pd.DataFrame:
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(layer)
    names = [lyr.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(lyr.GetLayerDefn().GetFieldCount())]
    return pd.DataFrame([[f.GetField(n) for n in names] for f in lyr], columns=names)


def _province(name) -> str:
    return PROVINCE_NAMES.get(str(name), str(name)) if name is not None and str(name) != "nan" else ""


def build_tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The long indicator table and the areas table from the four CBS files."""
    kern = pd.read_csv(SHARED / "cbs_kerncijfers_2022_gemeenten_nl.csv")
    wijken = _frame(KERN_GPKG, "wijken_2022_noord")
    wbk15 = pd.read_csv(SHARED / "cbs_wijkbuurtkaart_2015_gemeenten_nl.csv")
    # The 2018 file rounds the train and transfer station distances to whole km (PROVENANCE): 2015 is kept for them.
    wbk18 = pd.read_csv(SHARED / "cbs_wijkbuurtkaart_2018_gemeenten_nl.csv").drop(columns=["AF_TREINST", "AF_OVERST"])
    table = pd.concat(
        [
            ind.from_kerncijfers(kern, 2022),
            ind.from_kerncijfers(wijken, 2022),
            ind.from_wijkbuurtkaart(wbk18, 2018, cat.WBK2018),
            ind.from_wijkbuurtkaart(wbk15, 2015, cat.WBK2015),
        ],
        ignore_index=True,
    )
    areas = pd.concat(
        [
            pd.DataFrame(
                {"code": kern["code"], "name": kern["name"], "province": kern["province"].map(_province)}
            ).assign(level="gemeente", year=2022),
            pd.DataFrame(
                {"code": wijken["code"], "name": wijken["name"], "province": wijken["province"].map(_province)}
            ).assign(level="wijk", year=2022),
            pd.DataFrame(
                {"code": wbk18["GM_CODE"], "name": wbk18["GM_NAAM"], "province": wbk18["provincie"].map(_province)}
            ).assign(level="gemeente", year=2018),
            pd.DataFrame(
                {"code": wbk15["GM_CODE"], "name": wbk15["GM_NAAM"], "province": wbk15["provincie"].map(_province)}
            ).assign(level="gemeente", year=2015),
        ],
        ignore_index=True,
    )
    return table, areas


def _write_table(ds, name: str, frame: pd.DataFrame) -> None:
    lyr = ds.CreateLayer(name, geom_type=ogr.wkbNone, options=["OVERWRITE=YES"])
    _fields(lyr, frame)
    lyr.StartTransaction()
    for row in frame.itertuples(index=False):
        feat = ogr.Feature(lyr.GetLayerDefn())
        _set(feat, frame.columns, row)
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()


def _fields(lyr, frame: pd.DataFrame) -> None:
    for column, dtype in frame.dtypes.items():
        kind = ogr.OFTReal if dtype.kind == "f" else ogr.OFTInteger64 if dtype.kind in "iu" else ogr.OFTString
        lyr.CreateField(ogr.FieldDefn(str(column), kind))


def _set(feat, columns, row) -> None:
    for column, value in zip(columns, row):
        if value is None or (isinstance(value, float) and value != value):
            continue
        feat.SetField(str(column), value.item() if hasattr(value, "item") else value)


def _write_polygons(ds, name: str, src: Path, layer: str | None, code: str, label: str, provinces: dict) -> int:
    src_ds = ogr.Open(str(src))
    src_lyr = src_ds.GetLayerByName(layer) if layer else src_ds.GetLayer(0)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    lyr = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon, options=["OVERWRITE=YES"])
    for field in ("code", "name", "province", "attribution"):
        lyr.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    count = 0
    lyr.StartTransaction()
    for src_feat in src_lyr:
        geom = src_feat.GetGeometryRef().Clone().MakeValid()
        geom = ogr.ForceToMultiPolygon(geom.SimplifyPreserveTopology(TOLERANCE_M).Buffer(0))
        feat = ogr.Feature(lyr.GetLayerDefn())
        value = src_feat.GetField(code)
        feat.SetField("code", value)
        feat.SetField("name", src_feat.GetField(label))
        feat.SetField("province", provinces.get(value, ""))
        feat.SetField("attribution", ATTRIBUTION[name])
        feat.SetGeometry(geom)
        lyr.CreateFeature(feat)
        count += 1
    lyr.CommitTransaction()
    return count


def catalogue_frame() -> pd.DataFrame:
    """The catalogue as a table."""
    return pd.DataFrame(
        [
            {
                "indicator": i.id,
                "theme": i.theme,
                "label_nl": i.label_nl,
                "label_en": i.label_en,
                "unit": i.unit,
                "sense": cat.SENSE_CODES[i.sense],
                "base": i.base,
                "key_indicator": int(i.key),
            }
            for i in cat.CATALOGUE
        ]
    )


def main() -> None:
    """Write the GeoPackage (replacing it) and print what it holds."""
    gdal.UseExceptions()
    table, areas = build_tables()
    refs = ind.reference_values(table, areas)
    if OUT.exists():
        OUT.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(OUT))
    _write_table(ds, "indicators", table)
    _write_table(ds, "catalogue", catalogue_frame())
    _write_table(ds, "areas", areas)
    _write_table(ds, "references", refs)
    about = pd.DataFrame(
        {
            "item": ["kerncijfers", "wbk2015", "wbk2018", *ATTRIBUTION],
            "source": [
                cat.KERNCIJFERS + " (CBS 2024, CC BY 4.0)",
                cat.WBK2015 + " (CC BY 4.0)",
                cat.WBK2018 + " (CC BY 4.0)",
                *ATTRIBUTION.values(),
            ],
        }
    )
    _write_table(ds, "about", about)
    by_year = {y: dict(zip(a["code"], a["province"])) for y, a in areas.groupby("year")}
    counts = {
        "gemeenten_2022": _write_polygons(
            ds, "gemeenten_2022", KERN_GPKG, "gemeenten_2022", "code", "name", by_year[2022]
        ),
        "gemeenten_2018": _write_polygons(
            ds, "gemeenten_2018", SHARED / "gemeenten_2018_nl_cbs.geojson", None, "statcode", "statnaam", by_year[2018]
        ),
        "gemeenten_2015": _write_polygons(
            ds, "gemeenten_2015", SHARED / "gemeenten_2016_odf.gpkg", "muni_poly", "id", "name", by_year[2015]
        ),
        "wijken_2022": _write_polygons(
            ds, "wijken_2022", KERN_GPKG, "wijken_2022_noord", "code", "name", by_year[2022]
        ),
    }
    ds = None
    # rollback journal, not WAL: readers of the bundled (read-only) file then never create -wal/-shm files
    con = sqlite3.connect(OUT)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()
    print(f"{OUT}: {len(table)} indicator rows, {table['indicator'].nunique()} indicators, {counts}")
    print(f"size {OUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
