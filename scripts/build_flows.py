"""Observed flows of the bundled data, on the 2018 municipal division, from the CBS files in ../shared/data.

Used by scripts/build_data.py. Only filtering, code conversion (older divisions summed onto 2018) and rounding:
no value is invented. Every origin is a zone (one of the 77 northern municipalities), and every destination of
such an origin is kept, inside or outside the zones, so each origin's total is complete.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd
from osgeo import ogr

DIVISION = 2018
JOBS_SOURCE = "CBS StatLine, banen van werknemers naar woon- en werkgemeente 2014 (x 1000), op gemeenten 2018"
MOVES_SOURCE = "CBS StatLine 81734NED, tussen gemeenten verhuisde personen {}, op gemeenten 2018"
MODES_SOURCE = (
    "CBS (experimentele statistiek, via R-pakket odf), woon-werkpendel 2016 naar vervoerwijze, op gemeenten 2018"
)
# short source per flow row (the full source is in the sources table and resources/data/sources/README.md)
SHORT = {"werk_studie": "CBS banen 2014", "wonen": "CBS 81734NED", "vervoer": "CBS/odf pendel 2016"}
# odf's eight modes -> the five bundled modes (odf's own names, as hema:modeshares expects them): car and carpool
# summed into car, moped/walk/other into other
MODES = {
    "car": "car",
    "carpool": "car",
    "train": "train",
    "other_pt": "other_pt",
    "moped": "other",
    "(e-)bicycle": "bicycle",
    "walk": "other",
    "other": "other",
}
PUBLIC_TRANSPORT = ("train", "other_pt")
# Renamed with a new code and no geometry of the old name in the sources: De Friese Meren (GM1921, 2014-2015) is
# De Fryske Marren (GM1940) from 2016, same area (PROVENANCE.md, sections 6 and 7).
RENAMED = {"GM1921": ("GM1940", "hernoemd: De Friese Meren heet sinds 2016 De Fryske Marren (zelfde gebied)")}


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"\(.*?\)", " ", text)).strip()


def polygons(path: Path, layer: str | None, code: str, name: str) -> dict[str, tuple[str, ogr.Geometry]]:
    """code -> (name, geometry) of a polygon layer."""
    ds = ogr.Open(str(path))
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    out = {}
    for f in lyr:
        geom = f.GetGeometryRef().Clone()
        out[f.GetField(code)] = (f.GetField(name), geom if geom.IsValid() else geom.MakeValid())
    return out


def conversion(shared: Path, g2018: dict) -> pd.DataFrame:
    """Code-conversion table: every 2014/2015/2016 code of the sources -> the 2018 code (or kept as it is)."""
    g2016 = polygons(shared / "gemeenten_2016_odf.gpkg", "muni_poly", "id", "name")
    rows = []
    to2018 = {}
    for code, (name, geom) in sorted(g2016.items()):
        point = geom.PointOnSurface()
        hits = [c for c, (_, g) in g2018.items() if g.Contains(point)]
        if code in g2018:
            target, how = code, "ongewijzigd of annexerend (code behouden)"
        elif hits:
            target = hits[0]
            how = "opgegaan in (punt-op-vlak van de gemeente 2016 in de gemeente 2018)"
        else:
            continue
        to2018[code] = target
        rows.append((code, name, 2016, target, g2018[target][0], how))
    by_name16 = {_norm(n): c for c, (n, _) in g2016.items()}
    older = []
    jobs = pd.read_csv(shared / "commuting_cbs_banen_2006_2014_noord.csv", dtype=str)
    jobs = jobs[jobs["jaar"] == "2014"]
    for side in ("woon", "werk"):
        older += list(zip(jobs[f"{side}_code_2014"], jobs[f"{side}gemeente"], [2014] * len(jobs)))
    for name in ("2015",):
        moves = pd.read_csv(shared / f"cbs_verhuizingen_gemeenten_{name}_noord.csv", dtype=str)
        for side in ("vertrek", "vestiging"):
            older += list(zip(moves[f"{side}_code"], moves[f"{side}_naam"], [int(name)] * len(moves)))
    seen = set(to2018)
    for code, name, year in sorted(set(older)):
        if code in seen:
            continue
        seen.add(code)
        via = by_name16.get(_norm(name))
        if code in RENAMED:
            target, how = RENAMED[code]
            to2018[code] = target
            rows.append((code, name, year, target, g2018[target][0], how))
        elif via in to2018:
            target, how = to2018[via], f"naam gelijk aan gemeente 2016 {via}"
            to2018[code] = target
            rows.append((code, name, year, target, g2018[target][0], how))
        else:
            rows.append((code, name, year, code, name, "buiten het noorden, geen grens in de bronnen: eigen code"))
    table = pd.DataFrame(rows, columns=["code", "name", "year", "code_2018", "name_2018", "how"])
    return table.drop_duplicates("code").sort_values("code").reset_index(drop=True)


def _to2018(codes: pd.Series, table: pd.DataFrame) -> pd.Series:
    mapping = dict(zip(table["code"], table["code_2018"]))
    return codes.map(lambda c: mapping.get(c, c))


def _finish(frame: pd.DataFrame, zones: set[str], theme: str, year: int, unit: str) -> pd.DataFrame:
    frame = frame[frame["origin"].isin(zones) & (frame["value"] > 0)]
    keys = ["origin", "destination", "mode"] if "mode" in frame else ["origin", "destination"]
    out = frame.groupby(keys, as_index=False, sort=True)["value"].sum()
    if "mode" not in out:
        out["mode"] = "totaal"
    out["theme"], out["year"], out["unit"], out["source"] = theme, year, unit, SHORT[theme]
    return out[["origin", "destination", "theme", "value", "year", "mode", "unit", "source"]]


def jobs_2014(shared: Path, table: pd.DataFrame, zones: set[str]) -> pd.DataFrame:
    """werk_studie: CBS jobs by home and work municipality 2014, in jobs (CBS publishes x 1000, 1 decimal)."""
    raw = pd.read_csv(shared / "commuting_cbs_banen_2006_2014_noord.csv", dtype={"jaar": int})
    raw = raw[raw["jaar"] == 2014]
    frame = pd.DataFrame(
        {
            "origin": _to2018(raw["woon_code_2014"], table),
            "destination": _to2018(raw["werk_code_2014"], table),
            "value": (raw["banen_x1000"] * 1000).round(),
        }
    )
    return _finish(frame, zones, "werk_studie", 2014, "banen")


def moves(shared: Path, table: pd.DataFrame, zones: set[str], year: int) -> pd.DataFrame:
    """wonen: CBS 81734NED persons moving between municipalities (moves within one municipality not counted)."""
    raw = pd.read_csv(shared / f"cbs_verhuizingen_gemeenten_{year}_noord.csv")
    frame = pd.DataFrame(
        {
            "origin": _to2018(raw["vertrek_code"], table),
            "destination": _to2018(raw["vestiging_code"], table),
            "value": raw["verhuisde_personen"].astype(float),
        }
    )
    frame = frame[frame["origin"] != frame["destination"]]  # merged municipalities: moves became internal
    return _finish(frame, zones, "wonen", year, "verhuisde personen")


def commuting_by_mode(shared: Path, table: pd.DataFrame, zones: set[str]) -> pd.DataFrame:
    """vervoer: commuters 2016 by mode (model estimates, fractional; rounded to 0.1 after summing onto 2018)."""
    raw = pd.read_csv(shared / "commuting_2016_odf_noord_by_mode.csv")
    frame = pd.DataFrame(
        {
            "origin": _to2018(raw["muni_from"], table),
            "destination": _to2018(raw["muni_to"], table),
            "mode": raw["mode"].map(MODES),
            "value": raw["value"].astype(float),
        }
    )
    out = _finish(frame, zones, "vervoer", 2016, "pendelaars")
    out["value"] = out["value"].round(1)
    return out[out["value"] > 0].reset_index(drop=True)


def all_flows(shared: Path, table: pd.DataFrame, zones: set[str]) -> pd.DataFrame:
    """Every bundled flow: werk_studie 2014, wonen 2018 and 2015, vervoer 2016 by mode."""
    parts = [
        jobs_2014(shared, table, zones),
        moves(shared, table, zones, 2018),
        moves(shared, table, zones, 2015),
        commuting_by_mode(shared, table, zones),
    ]
    return pd.concat(parts, ignore_index=True)
