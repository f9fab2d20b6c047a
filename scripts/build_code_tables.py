"""Developer tool: write the municipal code conversion table 2014/2015 -> 2018 from the CBS boundaries.

Every municipality of the 2016 division (CBS/Kadaster via mtennekes/odf, ../shared/data/gemeenten_2016_odf.gpkg)
is assigned to the 2018 municipality (CBS/Kadaster 2018, gemeenten_2018_nl_cbs.geojson) that holds its point on
surface. The 2014 and 2015 codes of the CBS jobs (2006-2014) and moves (2015) tables are the 2016 codes except
De Friese Meren (GM1921 before its 2015 renaming, GM1940 after). Five 2015 municipalities far from the north had
merged before 2016 and so have no 2016 polygon; they follow the CBS re-division decisions of 1 January 2016
(Bussum, Muiden, Naarden -> Gooise Meren GM1942; Zeevang -> Edam-Volendam GM0385; Groesbeek -> Berg en Dal GM1945).
A municipality split over several new ones (Littenseradiel, 2018) goes wholly to the one holding its point.

Usage: python3 scripts/build_code_tables.py [shared-data-folder]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from osgeo import ogr

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
OUT = ROOT / "resources" / "data" / "sources" / "gemeenten_2015_naar_2018.csv"
RENAMED = {"GM1940": "GM1921"}  # 2016 code -> the code of the same municipality in 2014/2015
MERGED_BEFORE_2016 = {  # 2015 code -> (name, 2016 code): CBS 'Gemeentelijke indeling op 1 januari 2016'
    "GM0381": ("Bussum", "GM1942"),
    "GM0424": ("Muiden", "GM1942"),
    "GM0425": ("Naarden", "GM1942"),
    "GM0478": ("Zeevang", "GM0385"),
    "GM0241": ("Groesbeek", "GM1945"),
}


def main() -> None:
    ds18 = ogr.Open(str(SHARED / "gemeenten_2018_nl_cbs.geojson"))
    layer18 = ds18.GetLayer(0)
    polygons = [(f["statcode"], f["statnaam"], f.GetGeometryRef().Clone()) for f in layer18]
    names18 = {code: name for code, name, _ in polygons}
    ds16 = ogr.Open(str(SHARED / "gemeenten_2016_odf.gpkg"))
    rows = []
    for feature in ds16.GetLayerByName("muni_poly"):
        point = feature.GetGeometryRef().PointOnSurface()
        hits = [(code, name) for code, name, geom in polygons if geom.Contains(point)]
        if len(hits) != 1:
            raise SystemExit(f"{feature['id']} {feature['name']}: point in {len(hits)} 2018 municipalities")
        code16 = feature["id"]
        rows.append((RENAMED.get(code16, code16), feature["name"], hits[0][0], hits[0][1], "point on surface"))
    new_of = {r[0]: r[2] for r in rows}
    for old, (name, code16) in MERGED_BEFORE_2016.items():
        new = new_of[code16]
        rows.append((old, name, new, names18[new], f"merged into {code16} in 2016 (CBS)"))
    rows.sort()
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["old_code", "old_name", "new_code", "new_name", "method"])
        writer.writerows(rows)
    changed = [r for r in rows if r[0] != r[2]]
    print(f"{OUT}: {len(rows)} codes, {len(changed)} change code")
    for row in changed:
        print("  ", row)


if __name__ == "__main__":
    main()
