"""hema:comparecities and hema:importindicators through Processing, on the bundled CBS indicators."""

import processing
import pytest
from helpers.bundled_runs import write_observed_catchments
from qgis.core import QgsProcessingException, QgsVectorLayer


def _rows(uri):
    layer = QgsVectorLayer(uri, "t", "ogr") if isinstance(uri, str) else uri
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def test_comparecities_defaults_give_the_seven_cities_and_charts(context, feedback, tmp_path):
    charts = tmp_path / "charts"
    result = processing.run(
        "hema:comparecities",
        {"OUTPUT": str(tmp_path / "cmp.gpkg"), "CHARTS": str(charts), "LANGUAGE": 1},
        context=context,
        feedback=feedback,
    )
    rows = _rows(result["OUTPUT"])
    assert {r["name"] for r in rows} == {"Assen", "Emmen", "Hoogeveen", "Meppel", "Groningen", "Zwolle", "Leeuwarden"}
    assert result["ROWS"] == len(rows) and len(rows) % 7 == 0
    assen = next(r for r in rows if r["code"] == "GM0106" and r["indicator"] == "employment_rate")
    assert (assen["value"], assen["year"], assen["label"], assen["verdict_text"]) == (
        64.0, 2022, "employment rate", "worse than NL",
    )  # fmt: skip
    pngs = sorted(p.name for p in charts.glob("*.png"))
    assert pngs == [
        f"comparison_{t}.png" for t in sorted(("werk_studie", "wonen", "voorzieningen", "vrije_tijd", "vervoer"))
    ]
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run(
            "hema:comparecities",
            {"OUTPUT": "memory:", "CHARTS": str(charts), "THEMES": [0]},
            context=context,
            feedback=feedback,
        )


def test_comparecities_functional_catchments_and_own_indicators(context, feedback, tmp_path):
    catchments = write_observed_catchments(tmp_path, context, feedback)
    own = tmp_path / "own.csv"
    own.write_text(
        "code,indicator,value,year,theme\nGM0106,tevredenheid,7.4,2022,wonen\nGM0014,tevredenheid,7.9,2022,wonen\n"
    )
    imported = processing.run(
        "hema:importindicators",
        {"INPUT": str(own), "OUTPUT": str(tmp_path / "own.gpkg")},
        context=context,
        feedback=feedback,
    )
    assert imported["ROW_COUNT"] == 2 and imported["SKIPPED_CODES"] == 0
    result = processing.run(
        "hema:comparecities",
        {
            "CITY_CODES": "106, GM0014",
            "THEMES": [0, 1],
            "YEAR": 2022,
            "CATCHMENTS": catchments,
            "INDICATORS": imported["OUTPUT"],
            "OUTPUT": "memory:",
        },
        context=context,
        feedback=feedback,
    )
    rows = _rows(result["OUTPUT"])
    assert {r["code"] for r in rows} == {"GM0106", "GM0014"}
    own_rows = {r["code"]: (r["value"], r["rank"]) for r in rows if r["indicator"] == "tevredenheid"}
    assert own_rows == {"GM0106": (7.4, 2), "GM0014": (7.9, 1)}
    assen = next(r for r in rows if r["code"] == "GM0106" and r["indicator"] == "employment_rate")
    assert assen["catchment_zones"] >= 1 and assen["catchment_value"] is not None
    assert assen["catchment_index_nl"] == pytest.approx(100 * assen["catchment_value"] / assen["nl"])


def test_comparecities_refuses_unknown_city_codes(context, feedback):
    with pytest.raises(QgsProcessingException, match="GM0999"):
        processing.run(
            "hema:comparecities",
            {"CITY_CODES": "GM0106,GM0999", "OUTPUT": "memory:"},
            context=context,
            feedback=feedback,
        )


def test_importindicators_reports_skips_and_refuses_text(context, feedback, tmp_path):
    good = tmp_path / "wide.csv"
    good.write_text(
        "GM_CODE;GM_NAAM;AF_ARTSPR;WOZ\nGM0106;Assen;1,2;172\nGM9999;Nergens;1,0;100\nGM0114;Emmen;.;-99997\n"
    )
    report = tmp_path / "report.html"
    result = processing.run(
        "hema:importindicators",
        {"INPUT": str(good), "YEAR": 2015, "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(report)},
        context=context,
        feedback=feedback,
    )
    rows = _rows(result["OUTPUT"])
    assert {(r["code"], r["indicator"], r["value"]) for r in rows} == {
        ("GM0106", "dist_gp", 1.2),
        ("GM0106", "dwelling_value", 172.0),
    }
    assert result["SKIPPED_CODES"] == 1 and "GM9999" in report.read_text()
    bad = tmp_path / "bad.csv"
    bad.write_text("code,indicator,value,year\nGM0106,dist_gp,dichtbij,2015\n")
    with pytest.raises(QgsProcessingException, match="row 2, column value: 'dichtbij' is text"):
        processing.run(
            "hema:importindicators", {"INPUT": str(bad), "OUTPUT": "memory:"}, context=context, feedback=feedback
        )


def test_import_and_compare_chain_in_the_modeler(plugin, context, feedback, tmp_path):
    """A model: a CSV file input -> hema:importindicators -> hema:comparecities (INDICATORS from the import)."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFile,
    )

    model = QgsProcessingModelAlgorithm("indicators", "tests")
    model.addModelParameter(QgsProcessingParameterFile("csv", "CSV"), QgsProcessingModelParameter("csv"))
    imp = QgsProcessingModelChildAlgorithm("hema:importindicators")
    imp.setChildId("import")
    imp.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("csv")])
    cmp = QgsProcessingModelChildAlgorithm("hema:comparecities")
    cmp.setChildId("compare")
    cmp.addParameterSources("INDICATORS", [QgsProcessingModelChildParameterSource.fromChildOutput("import", "OUTPUT")])
    cmp.addParameterSources("CITY_CODES", [QgsProcessingModelChildParameterSource.fromStaticValue("GM0106,GM0080")])
    out = QgsProcessingModelOutput("comparison", "comparison")
    out.setChildId("compare")
    out.setChildOutputName("OUTPUT")
    cmp.setModelOutputs({"comparison": out})
    from hema_steden.printlayout.model import output_parameter, with_defaults

    for child in (imp, cmp):
        with_defaults(child)  # as the modeler dialog fills every input it shows
        model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    for child in ("import", "compare"):
        assert model.validateChildAlgorithm(child) == (True, []), (child, model.validateChildAlgorithm(child))
    path = tmp_path / "indicators.model3"
    assert model.toFile(str(path))
    reloaded = QgsProcessingModelAlgorithm()
    assert reloaded.fromFile(str(path))
    csv = tmp_path / "own.csv"
    csv.write_text("code,indicator,value,year,theme\nGM0106,tevredenheid,7.4,2022,wonen\n")
    name = output_parameter(reloaded, "compare", "comparison")
    results = processing.run(reloaded, {"csv": str(csv), name: "TEMPORARY_OUTPUT"}, context=context, feedback=feedback)
    rows = _rows(results[name])
    assert {r["code"] for r in rows} == {"GM0106", "GM0080"}
    assert any(r["indicator"] == "tevredenheid" and r["value"] == 7.4 for r in rows)


def test_batch_style_string_parameters(context, feedback):
    """The batch dialog passes every value as text: codes with spaces, themes as '0,2', year as '2022'."""
    result = processing.run(
        "hema:comparecities",
        {"CITY_CODES": " gm0106 ; 119 ", "THEMES": "0,2", "YEAR": "2022", "OUTPUT": "memory:"},
        context=context,
        feedback=feedback,
    )
    rows = _rows(result["OUTPUT"])
    assert {r["code"] for r in rows} == {"GM0106", "GM0119"}
    assert {r["theme"] for r in rows} == {"werk_studie"} and {r["year"] for r in rows} == {2022}
