"""The chain of the issue: hema:traveltimes on the real road network -> its long table -> hema:catchmentshuff COSTS."""

from __future__ import annotations

import processing
import pytest
from helpers.netdata import Warnings
from hema_steden.paths import DEFAULT_GPKG
from hema_steden.printlayout.model import output_parameter, with_defaults
from qgis.core import (
    NULL,
    QgsFeatureRequest,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsVectorLayer,
)

ZONES, CITIES = f"{DEFAULT_GPKG}|layername=zones", f"{DEFAULT_GPKG}|layername=steden"
GERMAN_OFF_NETWORK = {"DE03454035", "DE03454032"}  # Meppen, Lingen: 15-23 km from the Dutch roads
# default MAX_SNAP (5 km) leaves Meppen and Lingen off; snap legs not counted, the shares below assume network time
TRAVEL = {"ORIGINS": ZONES, "DESTINATIONS": CITIES, "ACCESS_SPEED": 0}


def _null(value) -> bool:
    return value is None or value == NULL


def _layer(context, value) -> QgsVectorLayer:
    return value if isinstance(value, QgsVectorLayer) else context.getMapLayer(value)


@pytest.fixture()
def roads(shared_data) -> str:
    return f"{shared_data / 'roads_travelmapping_noord.gpkg'}|layername=routes"


def _huff(context, feedback, costs) -> dict:
    params = {"ZONES": ZONES, "CITIES": CITIES, "COSTS": costs, "OUTPUT": "TEMPORARY_OUTPUT", "ALL_CITIES": True}
    result = processing.run("hema:catchmentshuff", params, context=context, feedback=feedback)
    return {f["code"]: f for f in _layer(context, result["OUTPUT"]).getFeatures()}


def test_travel_times_drive_huff_catchments(roads, context):
    feedback = Warnings()
    table = processing.run(
        "hema:traveltimes", {"ROADS": roads, **TRAVEL, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context,
        feedback=feedback,
    )["OUTPUT"]  # fmt: skip
    rows = list(_layer(context, table).getFeatures())
    # the Wadden islands (no road to the mainland in the network) and Súdwest-Fryslân (its point on surface lies
    # over 5 km from the coarse TravelMapping roads) reach no city; the other zones miss only Meppen and Lingen
    islands = {f["origin"] for f in rows} - {f["origin"] for f in rows if not _null(f["cost"])}
    assert islands == {"GM0060", "GM0088", "GM0093", "GM0096", "GM1900"}
    null = {f["destination"] for f in rows if _null(f["cost"]) and f["origin"] not in islands}
    assert null == GERMAN_OFF_NETWORK
    assert any("Meppen" in w or "DE03454035" in w for w in feedback.warnings)
    feedback = Warnings()
    zones = _huff(context, feedback, table)
    warning = next(w for w in feedback.warnings if "probability 0" in w)
    mainland = len({f["origin"] for f in rows}) - len(islands)
    assert f"{2 * mainland + 14 * len(islands)} zone-city pair(s)" in warning, warning
    assert "Meppen" in warning and "Lingen" in warning
    # Nordhorn (3.8 km from the network) is snapped and reachable from the mainland: not in `null` above
    assert all(f["p_DE03454035"] == 0 and f["p_DE03454032"] == 0 for f in zones.values())
    assert all(zones[code]["band"] == "none" for code in islands)
    for f in (f for code, f in zones.items() if code not in islands):
        p = [f[n] for n in f.fields().names() if n.startswith("p_")]
        assert sum(p) == pytest.approx(1.0)
    # every city dominates its own zone; the essay's orientation shows: Tynaarlo (between Assen and Groningen)
    # looks to Groningen, Dalfsen to Zwolle, De Wolden to Meppel or Hoogeveen
    for code in ("GM0106", "GM0014", "GM0114", "GM0118", "GM0119", "GM0193"):
        assert zones[code]["dom_code"] == code and zones[code]["band"] == "own", code
        assert zones[code]["dom_share"] > 0.4, code  # Emmen 0.42: its large zone also reaches Coevorden
    assert zones["GM1730"]["dom_code"] == "GM0014"
    assert zones["GM0148"]["dom_code"] == "GM0193"
    assert zones["GM1690"]["dom_code"] in ("GM0119", "GM0118")
    assert zones["GM0109"]["dom_code"] == "GM0109"  # Coevorden keeps its zone; Meppen no longer steals it


def test_zone_reaching_no_city_gets_band_none(roads, context, feedback):
    table = _layer(
        context,
        processing.run(
            "hema:traveltimes", {"ROADS": roads, **TRAVEL, "OUTPUT": "TEMPORARY_OUTPUT"}, context=context,
            feedback=feedback,
        )["OUTPUT"],
    )  # fmt: skip
    with_gap = table.materialize(QgsFeatureRequest())
    idx = with_gap.fields().indexOf("cost")
    with_gap.dataProvider().changeAttributeValues(
        {f.id(): {idx: None} for f in with_gap.getFeatures() if f["origin"] == "GM1701"}
    )
    warnings = Warnings()
    zones = _huff(context, warnings, with_gap)
    westerveld = zones["GM1701"]
    assert westerveld["band"] == "none" and _null(westerveld["dom_code"])
    assert all(westerveld[n] == 0 for n in westerveld.fields().names() if n.startswith("p_"))
    assert any("reach no city" in w and "GM1701" in w for w in warnings.warnings)
    assert zones["GM0106"]["dom_code"] == "GM0106"


def test_chain_as_graphical_model(plugin, roads, context, feedback, tmp_path):
    """traveltimes' OUTPUT linked to catchmentshuff's COSTS in a model: validated, saved, reloaded, run."""
    model = QgsProcessingModelAlgorithm("HEMA travel-time catchments", "tests")
    travel = QgsProcessingModelChildAlgorithm("hema:traveltimes")
    travel.setChildId("travel")
    huff = QgsProcessingModelChildAlgorithm("hema:catchmentshuff")
    huff.setChildId("huff")
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    for child, values in (
        (travel, {"ROADS": roads, **TRAVEL}),
        (huff, {"ZONES": ZONES, "CITIES": CITIES, "ALL_CITIES": True}),
    ):
        for name, value in values.items():
            child.addParameterSources(name, [static(value)])
        with_defaults(child)
    huff.addParameterSources("COSTS", [QgsProcessingModelChildParameterSource.fromChildOutput("travel", "OUTPUT")])
    out = QgsProcessingModelOutput("catchments", "catchments")
    out.setChildId("huff")
    out.setChildOutputName("OUTPUT")
    huff.setModelOutputs({"catchments": out})
    model.addChildAlgorithm(travel)
    model.addChildAlgorithm(huff)
    model.updateDestinationParameters()
    for child in ("travel", "huff"):
        assert model.validateChildAlgorithm(child) == (True, []), child
    assert model.dependentChildAlgorithms("travel") == {"huff"}
    path = tmp_path / "travel_huff.model3"
    assert model.toFile(str(path))
    reloaded = QgsProcessingModelAlgorithm()
    assert reloaded.fromFile(str(path))
    name = output_parameter(reloaded, "huff", "catchments")
    params = {name: "TEMPORARY_OUTPUT"}
    assert reloaded.checkParameterValues(params, context)[0]
    layer = _layer(context, processing.run(reloaded, params, context=context, feedback=feedback)[name])
    zones = {f["code"]: f for f in layer.getFeatures()}
    assert len(zones) == 77
    assert zones["GM0106"]["dom_code"] == "GM0106" and zones["GM1730"]["dom_code"] == "GM0014"
    assert all(f["p_DE03454035"] == 0 for f in zones.values())
