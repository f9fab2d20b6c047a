"""hema:importflows on the real CBS commuting files against the 2018 municipalities, and every bad input."""

import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

ZONES_2018 = "gemeenten_2018_noord.gpkg|layername=gemeenten_2018"


def _run(context, feedback, **params):
    return processing.run("hema:importflows", params, context=context, feedback=feedback)


def _values(layer):
    return {(f["origin"], f["destination"]): f["value"] for f in layer.getFeatures()}


def test_cbs_matrix_2014_against_2018_municipalities(context, feedback, shared_data, tmp_path):
    out, report = tmp_path / "flows.gpkg", tmp_path / "report.html"
    result = _run(
        context,
        feedback,
        INPUT=str(shared_data / "cbs_banen_woon_werk_2014_matrix_raw.csv"),
        ZONES=str(shared_data / ZONES_2018),
        YEAR=2014,
        INVALID=1,
        UNIT="x1000 banen",
        OUTPUT=str(out),
        REPORT=str(report),
    )
    layer = QgsVectorLayer(result["OUTPUT"], "flows", "ogr")
    values = _values(layer)
    # CBS: 3.7 thousand jobs of Assen residents are in the municipality of Groningen (2014)
    assert values[("GM0106", "GM0014")] == pytest.approx(3.7)
    assert values[("GM0106", "GM0106")] == pytest.approx(17.0)  # CBS long file: 2014,Assen,...,Assen,17.0
    # complete totals: flows to municipalities outside the 77 zones are kept under their own label
    assert layer.featureCount() == result["FLOW_COUNT"] == 1547
    assert result["TOTAL"] == pytest.approx(1086.9)
    assert values[("GM0106", "Hoogezand-Sappemeer")] == pytest.approx(0.2)
    first = next(layer.getFeatures())
    assert (first["theme"], first["year"], first["mode"], first["unit"]) == (
        "werk_studie",
        2014,
        "totaal",
        "x1000 banen",
    )
    # municipalities merged after 2014 and those outside the north are unmatched and reported
    text = report.read_text("utf-8")
    assert "s-Gravenhage (gemeente)" in text and "Hoogezand-Sappemeer" in text and result["UNMATCHED_COUNT"] > 0
    # per origin: how much of its total lies outside the zones (Emmen 2.8 of 42.8 thousand jobs)
    assert "GM0114: 42.8, 2.8, 6.5%" in text and "GM0106: 28.7, 1.1, 3.8%" in text


def _raw_matrix(shared_data):
    lines = (shared_data / "cbs_banen_woon_werk_2014_matrix_raw.csv").read_text("utf-8").splitlines()
    cells = [line.split(";") for line in lines if line.strip()]
    labels = [row[0] for row in cells]

    def num(text):
        return 0.0 if text.strip() in ("-", "") else float(text)

    return labels, [[num(c) for c in row[1 : len(labels) + 1]] for row in cells]


def test_self_containment_equals_cbs_file(context, feedback, shared_data):
    """Imported against the northern 2018 municipalities, each city keeps the self-containment of the CBS file."""
    result = _run(
        context,
        feedback,
        INPUT=str(shared_data / "cbs_banen_woon_werk_2014_matrix_raw.csv"),
        ZONES=str(shared_data / ZONES_2018),
        YEAR=2014,
        INVALID=1,
        OUTPUT="TEMPORARY_OUTPUT",
    )
    flows = [(f["origin"], f["destination"], f["value"]) for f in result["OUTPUT"].getFeatures()]
    labels, matrix = _raw_matrix(shared_data)
    cities = {"GM0106": "Assen", "GM0114": "Emmen", "GM0118": "Hoogeveen", "GM0119": "Meppel",
              "GM0014": "Groningen (gemeente)", "GM0193": "Zwolle", "GM0080": "Leeuwarden"}  # fmt: skip
    measured = {}
    for code, name in cities.items():
        row = matrix[labels.index(name)]
        direct = row[labels.index(name)] / sum(row)
        total = sum(v for o, _, v in flows if o == code)
        own = sum(v for o, d, v in flows if o == code and d == code)
        measured[code] = own / total
        assert own / total == pytest.approx(direct, abs=1e-9), code
    # Emmen: 29.1 of 42.8 thousand jobs = 68.0 % (dropping flows outside the zones gave 29.1 / 40.0 = 72.8 %)
    assert measured["GM0114"] == pytest.approx(29.1 / 42.8)


def test_cbs_long_file_gives_the_same_flows(context, feedback, shared_data):
    result = _run(
        context,
        feedback,
        INPUT=str(shared_data / "commuting_cbs_banen_2006_2014_noord.csv"),
        ZONES=str(shared_data / ZONES_2018),
        YEAR=2014,
        INVALID=1,
        OUTPUT="TEMPORARY_OUTPUT",
    )
    values = _values(result["OUTPUT"])
    assert len(values) == 1547 and values[("GM0106", "GM0014")] == pytest.approx(3.7)


def test_names_match_nationwide_geojson(context, feedback, shared_data, tmp_path):
    csv = tmp_path / "flows.csv"
    csv.write_bytes(
        "origin;destination;value\nSúdwest-Fryslân;Leeuwarden;1,5\n's-Gravenhage;Assen;0,5\n".encode("cp1252")
    )
    result = _run(
        context,
        feedback,
        INPUT=str(csv),
        ZONES=str(shared_data / "gemeenten_2018_nl_cbs.geojson"),
        OUTPUT="TEMPORARY_OUTPUT",
    )
    assert _values(result["OUTPUT"]) == {("GM1900", "GM0080"): 1.5, ("GM0518", "GM0106"): 0.5}


def _bad(context, feedback, shared_data, tmp_path, text, match, **extra):
    csv = tmp_path / "bad.csv"
    csv.write_text(text, "utf-8")
    params = {"INPUT": str(csv), "ZONES": str(shared_data / ZONES_2018), "OUTPUT": "TEMPORARY_OUTPUT", **extra}
    with pytest.raises(QgsProcessingException, match=match):
        _run(context, feedback, **params)


def test_unknown_codes(context, feedback, shared_data, tmp_path):
    _bad(
        context,
        feedback,
        shared_data,
        tmp_path,
        "origin,destination,value\nGM0106,GM9999,3\n",
        "'GM9999'.*Skip and report",
        KEEP_OUTSIDE=False,
    )
    _bad(context, feedback, shared_data, tmp_path, "origin,destination,value\nGM9999,GM0106,3\n", "'GM9999'")


def test_unknown_destination_kept_outside(context, feedback, shared_data, tmp_path):
    csv = tmp_path / "flows.csv"
    csv.write_text("origin,destination,value\nGM0106,GM0106,6\nGM0106,GM9999,3\nGM0106,GM0014,1\n", "utf-8")
    result = _run(context, feedback, INPUT=str(csv), ZONES=str(shared_data / ZONES_2018), OUTPUT="TEMPORARY_OUTPUT")
    assert _values(result["OUTPUT"]) == {("GM0106", "GM0106"): 6, ("GM0106", "GM9999"): 3, ("GM0106", "GM0014"): 1}
    assert result["TOTAL"] == 10 and result["UNMATCHED_COUNT"] == 0


def test_missing_field(context, feedback, shared_data, tmp_path):
    _bad(context, feedback, shared_data, tmp_path, "origin,destination,jobs_total\n", "header but no data rows")
    _bad(context, feedback, shared_data, tmp_path, "origin,destination,amount\nGM0106,GM0014,3\n", "no value column")


def test_empty_file(context, feedback, shared_data, tmp_path):
    _bad(context, feedback, shared_data, tmp_path, "", "empty")


def test_wrong_delimiter(context, feedback, shared_data, tmp_path):
    _bad(
        context,
        feedback,
        shared_data,
        tmp_path,
        "origin;destination;value\nGM0106;GM0014;3\n",
        "seems to use ';'",
        DELIMITER=2,
    )


def test_negative_values(context, feedback, shared_data, tmp_path):
    _bad(context, feedback, shared_data, tmp_path, "origin,destination,value\nGM0106,GM0014,-3\n", "negative")


def test_nonexistent_path(context, feedback, shared_data, tmp_path):
    with pytest.raises(QgsProcessingException, match="does not exist"):
        _run(
            context,
            feedback,
            INPUT=str(tmp_path / "nope.csv"),
            ZONES=str(shared_data / ZONES_2018),
            OUTPUT="TEMPORARY_OUTPUT",
        )


def test_existing_output_needs_overwrite(context, feedback, shared_data, tmp_path):
    csv = tmp_path / "ok.csv"
    csv.write_text("origin,destination,value\nAssen,Groningen,3.7\n", "utf-8")
    out, report = tmp_path / "flows.gpkg", tmp_path / "report.html"
    params = {"INPUT": str(csv), "ZONES": str(shared_data / ZONES_2018), "OUTPUT": str(out), "REPORT": str(report)}
    _run(context, feedback, **params)
    before = out.stat().st_mtime_ns
    with pytest.raises(QgsProcessingException, match="already exists.*Overwrite existing output"):
        _run(context, feedback, **params)
    report.unlink()
    with pytest.raises(QgsProcessingException, match="already exists"):
        _run(context, feedback, **params)
    assert out.stat().st_mtime_ns == before
    # a table inside an existing GeoPackage counts as existing too
    table = {**params, "OUTPUT": f"ogr:dbname='{out}' table=\"flows\"", "REPORT": None}
    _run(context, feedback, **{**table, "OUTPUT": f"ogr:dbname='{out}' table=\"flows2\""})
    with pytest.raises(QgsProcessingException, match="table 'flows2'"):
        _run(context, feedback, **{**table, "OUTPUT": f"ogr:dbname='{out}' table=\"flows2\""})
    result = _run(context, feedback, **{**params, "OVERWRITE": True})
    assert QgsVectorLayer(result["OUTPUT"], "f", "ogr").featureCount() == 1
