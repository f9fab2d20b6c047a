"""Bad inputs of the data algorithms: flow files (importflows), GeoPackages and PostGIS (loadlayers)."""

from __future__ import annotations

import shutil

import pytest
from hema_steden.paths import DEFAULT_GPKG

HEADER = "origin;destination;value\n"
CSV_CASES = [
    ("thousands", HEADER + "GM0106;GM0014;3.195\nGM0014;GM0106;1.250\n", "'3.195' (row 1)", "may be 3195",
     "remove the thousands separators"),
    ("thousands-big", HEADER + "GM0106;GM0014;12.345.678\n", "'12.345.678'", "remove the thousands separators"),
    ("mixed", HEADER + "GM0106;GM0014;3\nGM0014,GM0106,4\n", "line 3", "is separated by ','", "Use ';' on every"),
    ("mixed-tab", HEADER + "GM0106;GM0014;3\nGM0014\tGM0106\t4\n", "line 3", "is separated by '\\t'", "every line"),
    ("inf", HEADER + "GM0106;GM0014;inf\n", "'inf' (row 1) is not a finite number", "replace it by the real"),
    ("Infinity", HEADER + "GM0106;GM0014;Infinity\n", "'Infinity'", "is not a finite number", "real count"),
    ("-inf", HEADER + "GM0106;GM0014;-inf\n", "'-inf'", "is not a finite number", "real count"),
    ("text", HEADER + "GM0106;GM0014;veel\n", "'veel' (row 1) is not a number", "check the delimiter"),
    ("empty", "", "the file is empty", "give a CSV file with a header row"),
    ("blank", "\n\n  \n", "the file is empty", "header row"),
    ("header-only", HEADER, "has a header but no data rows", "add at least one flow"),
    ("no-value-column", "origin;destination;tekst\nGM0106;GM0014;x\n", "has no value column", "Name them origin"),
    ("no-origin-column", "a;destination;value\nGM0106;GM0014;1\n", "has no origin column", "Name them origin"),
    ("bad-year", "origin;destination;value;year\nGM0106;GM0014;1;ooit\n", "year 'ooit'", "use four digits"),
    ("matrix-not-square", ";GM0106;GM0014;GM0119\nGM0106;1;2;3\nGM0014;4;5;6\n", "has 2 data rows",
     "3 value columns", "choose the long layout"),
    ("matrix-dup-label", ";GM0106;GM0014\nGM0106;1;2\nGM0106;4;5\n", "row label 'GM0106' twice", "appear once"),
    ("matrix-thousands", ";GM0106;GM0014\nGM0106;1.234;2.345\nGM0014;4.567;5.678\n", "'1.234'",
     "remove the thousands separators"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "fragments"), [(c[0], c[1], c[2:]) for c in CSV_CASES])
def test_importflows_csv(case, name, content, fragments):
    params = {"INPUT": case.text(f"{name}.csv", content), "ZONES": case.bundled("zones"), "OUTPUT": case.output()}
    if name == "matrix-not-square":
        params["LAYOUT"] = 2  # the user says it is a matrix; Detect reads it as a long table
    case.fails("hema:importflows", params, *fragments)


def test_importflows_wrong_delimiter(case):
    path = case.text("flows.csv", HEADER + "GM0106;GM0014;3\n")
    params = {"INPUT": path, "ZONES": case.bundled("zones"), "DELIMITER": 2, "OUTPUT": case.output()}
    case.fails("hema:importflows", params, "splits the rows into only one column", "seems to use ';'", "Auto")


def test_importflows_missing_file(case):
    params = {"INPUT": str(case.inputs / "none.csv"), "ZONES": case.bundled("zones"), "OUTPUT": case.output()}
    case.fails("hema:importflows", params, "does not exist", "choose an existing CSV file")


def test_importflows_duplicate_zone_codes(case):
    zones = case.gpkg(
        "zones",
        "Polygon?crs=EPSG:28992&field=code:string&field=name:string",
        [
            ("GM0106", "Assen", "POLYGON((230000 550000,240000 550000,240000 560000,230000 550000))"),
            ("GM0106", "Aa en Hunze", "POLYGON((240000 550000,250000 550000,250000 560000,240000 550000))"),
            ("GM0014", "Groningen", "POLYGON((230000 570000,240000 570000,240000 580000,230000 570000))"),
        ],
    )
    params = {"INPUT": case.text("f.csv", HEADER + "GM0106;GM0014;3\n"), "ZONES": zones, "OUTPUT": case.output()}
    case.fails("hema:importflows", params, "zone code(s) GM0106 occur more than once", "Give every zone a unique")


def test_importflows_decimal_point_in_semicolon_file_is_fine(case):
    case.output_expected = True
    path = case.text("flows.csv", HEADER + "GM0106;GM0014;3.195\nGM0014;GM0106;2.5\n")
    result = case.run("hema:importflows", {"INPUT": path, "ZONES": case.bundled("zones"), "OUTPUT": case.output()})
    assert result["TOTAL"] == pytest.approx(5.695)


# -- GeoPackages ----------------------------------------------------------------------------------------------------
def _gpkg_variants(case, kind: str) -> str:
    path = case.inputs / "data.gpkg"
    data = DEFAULT_GPKG.read_bytes()
    if kind == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif kind == "text":
        path.write_text("this is not a GeoPackage\n")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "zeroed-header":
        path.write_bytes(b"\0" * 100 + data[100:])
    elif kind == "csv-renamed":
        path.write_text(HEADER + "GM0106;GM0014;3\n")
    return str(path)


GPKG_CASES = [
    ("truncated", "is corrupt: it is truncated", "restore it from a backup"),
    ("text", "is not a GeoPackage or is corrupt", "choose a valid .gpkg file"),
    ("empty", "is not a GeoPackage or is corrupt", "choose a valid .gpkg file"),
    ("zeroed-header", "is not a GeoPackage or is corrupt", "restore it from a backup"),
    ("csv-renamed", "is not a GeoPackage or is corrupt", "choose a valid .gpkg file"),
]


@pytest.mark.parametrize(("kind", "problem", "fix"), GPKG_CASES)
def test_loadlayers_corrupt_geopackage(case, kind, problem, fix):
    params = {"SOURCE": 1, "GEOPACKAGE": _gpkg_variants(case, kind),
              **{k: "TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS")}}  # fmt: skip
    case.fails("hema:loadlayers", params, "GeoPackage (GEOPACKAGE)", problem, fix)


@pytest.mark.parametrize(("kind", "problem", "fix"), GPKG_CASES)
def test_huff_corrupt_geopackage_input(case, kind, problem, fix):
    path = _gpkg_variants(case, kind)
    params = {"ZONES": f"{path}|layername=zones", "CITIES": case.bundled("steden"), "OUTPUT": case.output()}
    case.fails("hema:catchmentshuff", params, "Zones (ZONES)", problem, fix)


def test_loadlayers_geopackage_without_hema_tables(case):
    other = case.gpkg("roads", "LineString?crs=EPSG:28992&field=ref:string", [("A28", "LINESTRING(0 0,1 1)")])
    params = {"SOURCE": 1, "GEOPACKAGE": other.split("|")[0],
              **{k: "TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS")}}  # fmt: skip
    case.fails("hema:loadlayers", params, "cities")


def test_loadlayers_geopackage_stays_byte_identical(case):
    path = case.inputs / "hema.gpkg"
    shutil.copy(DEFAULT_GPKG, path)
    params = {"SOURCE": 1, "GEOPACKAGE": str(path),
              **{k: "TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS")}}  # fmt: skip
    result = case.run("hema:loadlayers", params)
    assert result["OUTPUT_ZONES"]  # the checksum of hema.gpkg is compared after the test
