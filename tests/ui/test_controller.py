"""The dock's presenter without any widget: state, validation, parameters per action, results to rows and chart."""

import pytest
from hema_steden.core.cities import HEMA_CODES, city_colour
from hema_steden.i18n import text_language
from hema_steden.ui.controller import DockController, LayerInfo, PanelError, PanelState, infer_role
from hema_steden.ui.results import catchment_population, chart_data, table_rows

CITIES = LayerInfo("c1", "steden", ("code", "name", "role", "population"), "point")
ZONES = LayerInfo("z1", "zones", ("code", "name", "population"), "polygon")
FLOWS = LayerInfo("f1", "flows", ("origin", "destination", "theme", "value"), "none")
LAYERS = {i.layer_id: i for i in (CITIES, ZONES, FLOWS)}


def loaded() -> DockController:
    ctl = DockController()
    outputs = {"OUTPUT_CITIES": "c1", "OUTPUT_ZONES": "z1", "OUTPUT_FLOWS": "f1", "OUTPUT_PROVINCES": "p9"}
    assert ctl.accept("hema:loadlayers", outputs) == ["cities", "zones", "flows"]
    return ctl


def test_defaults_preselect_hema_and_round_trip():
    state = PanelState()
    assert state.selected == list(HEMA_CODES)
    stored = {k: (",".join(v) if isinstance(v, list) else str(v)) for k, v in state.to_dict().items()}
    stored.update(curved="false", threshold="250", method="huff", theme="wonen")
    back = PanelState.from_dict(stored)
    assert back.curved is False and back.threshold == 250.0 and back.method == "huff" and back.theme == "wonen"
    assert back.selected == list(HEMA_CODES)


def test_bad_stored_values_fall_back():
    state = PanelState.from_dict({"method": "magic", "theme": "sport", "alpha": "x", "source": None, "selected": ""})
    assert (state.method, state.theme, state.alpha, state.source, state.selected) == (
        "observed",
        "werk_studie",
        1.0,
        "bundled",
        [],
    )


def test_roles_inferred_from_fields():
    assert [infer_role(i) for i in (CITIES, ZONES, FLOWS)] == ["cities", "zones", "flows"]
    assert infer_role(LayerInfo("x", "roads", ("id", "speed"), "line")) is None


def test_no_layers_loaded_is_a_readable_error():
    ctl = DockController()
    with pytest.raises(PanelError, match="Click 'Load' first"):
        ctl.validate("catchments", LAYERS.get)


def test_layer_without_fields_names_the_missing_field():
    ctl = loaded()
    ctl.set_layer("flows", "bad")
    bad = LayerInfo("bad", "mijn_tabel", ("van", "naar", "aantal"), "none")
    with pytest.raises(PanelError, match=r"'mijn_tabel'.*origin, destination, theme, value.*van, naar, aantal"):
        ctl.validate("links", {**LAYERS, "bad": bad}.get)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"source": "gpkg"}, "GeoPackage file"),
        ({"source": "postgis"}, "PostGIS connection"),
    ],
)
def test_load_needs_its_source(change, message):
    ctl = DockController(PanelState(**change))
    with pytest.raises(PanelError, match=message):
        ctl.validate("load", LAYERS.get)


def test_validation_of_options():
    ctl = loaded()
    ctl.state.selected = []
    with pytest.raises(PanelError, match="at least one city"):
        ctl.validate("catchments", LAYERS.get)
    ctl.state.selected = ["GM0106"]
    ctl.state.method, ctl.state.beta = "huff", 0.0
    with pytest.raises(PanelError, match="β > 0"):
        ctl.validate("catchments", LAYERS.get)
    ctl.state.beta = 2.0
    ctl.validate("catchments", LAYERS.get)
    with pytest.raises(PanelError, match="atlas PDF"):
        ctl.validate("atlas", LAYERS.get)


def test_algorithms_per_action_and_method():
    ctl = DockController()
    assert ctl.algorithms("load") == ["hema:loadlayers"]
    assert ctl.algorithms("catchments") == ["hema:catchmentsobserved"]
    ctl.state.method = "fit"
    assert ctl.algorithms("catchments") == ["hema:calibratehuff", "hema:catchmentshuff"]
    assert ctl.algorithms("links") == ["hema:flowlines", "hema:dominantflows"]
    ctl.state.source = "project"
    assert ctl.algorithms("load") == []


def test_link_step_parameters_by_name():
    ctl = loaded()
    ctl.state.link_type, ctl.state.threshold, ctl.state.theme = "net", 25.0, "vrije_tijd"
    ctl.state.selected = ["GM0106", "GM0119"]
    params = ctl.parameters("hema:flowlines")
    assert params == {
        "FLOWS": "f1",
        "CITIES": "c1",
        "THEME": 3,
        "CITY_CODES": "GM0106,GM0119",
        "LINE_TYPE": 2,
        "THRESHOLD": 25.0,
        "BEND": 0.15,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "NODE_TOTALS": "TEMPORARY_OUTPUT",
    }
    ctl.state.curved = False
    assert ctl.parameters("hema:dominantflows")["BEND"] == 0.0


def test_catchment_step_feeds_the_ticked_cities():
    ctl = loaded()
    ctl.state.selected, ctl.state.theme = ["GM0114"], "wonen"
    params = ctl.parameters("hema:catchmentsobserved")
    assert params == {
        "ZONES": "z1",
        "CITIES": "c1",
        "FLOWS": "f1",
        "THEME": 1,
        "CITY_CODES": "GM0114",
        "LANGUAGE": ("nl", "en").index(text_language()),  # legends in the interface language
        "OUTPUT": "TEMPORARY_OUTPUT",
    }


def test_algorithm_without_a_step_is_refused():
    with pytest.raises(PanelError, match="hema:traveltimes"):
        loaded().parameters("hema:traveltimes")


def test_fit_then_huff_uses_fitted_parameters():
    ctl = loaded()
    ctl.state.method = "fit"
    ctl.accept("hema:calibratehuff", {"ALPHA": 1.3, "BETA": 2.1, "OUTPUT": "t"}, [])
    params = ctl.parameters("hema:catchmentshuff")
    assert (params["ALPHA"], params["BETA"]) == (1.3, 2.1)
    ctl.state.method = "huff"
    assert ctl.parameters("hema:catchmentshuff")["BETA"] == 1.5


def test_atlas_uses_the_panel_method_and_parameters():
    ctl = loaded()
    ctl.state.atlas_path = "/tmp/book.pdf"
    params = ctl.parameters("hema:mapbook")
    assert params["METHOD"] == 0 and "ALPHA" not in params and params["OUTPUT"] == "/tmp/book.pdf"
    ctl.state.method, ctl.state.alpha, ctl.state.beta = "huff", 1.2, 2.4
    params = ctl.parameters("hema:mapbook")
    assert (params["METHOD"], params["ALPHA"], params["BETA"], params["OVERWRITE"]) == (1, 1.2, 2.4, True)


def test_results_assigned_to_roles():
    ctl = loaded()
    outputs = {"OUTPUT": "p2", "PARTNERS": "p1"}
    assert ctl.accept("hema:cityprofile", outputs) == ["profile"]
    assert ctl.layers["profile"] == "p2"
    ctl.forget_missing(["c1", "p2"])
    assert ctl.layers == {"cities": "c1", "profile": "p2"}


def test_profile_step_gets_ticked_codes_and_every_theme():
    ctl = loaded()
    ctl.state.selected = ["GM0106", "GM0119"]
    params = ctl.parameters("hema:cityprofile")
    assert params["CITY_CODES"] == "GM0106,GM0119" and params["CITIES"] == "c1" and "THEME" not in params


PROFILE = [
    {"code": "GM0106", "theme": "werk_studie", "self_containment": 0.6, "partner1": "GM0014", "perspective": "x"},
    {"code": "GM0114", "theme": "werk_studie", "self_containment": 0.8, "partner1": "GM0109", "perspective": "y"},
    {"code": "GM0106", "theme": "wonen", "self_containment": 0.5, "partner1": "GM0014", "perspective": "z"},
]


def test_table_rows_from_records():
    cities = [{"code": "GM0106", "name": "Assen", "population": 68798}, {"code": "GM0114", "population": 107000}]
    catch = [
        {"code": "GM0106", "dom_code": "GM0106", "population": 68798, "band": "own"},
        {"code": "GM1680", "dom_code": "GM0106", "population": 25000, "band": "primary"},
        {"code": "GM1690", "dom_code": "GM0106", "population": 10000, "band": "none"},
    ]
    assert catchment_population(catch) == {"GM0106": 93798.0}
    rows = table_rows(["GM0106", "GM0114"], "werk_studie", cities, catch, PROFILE)
    assert [r.name for r in rows] == ["Assen", "Emmen"]
    assert rows[0].cells()[1:5] == ["68\u202f798", "93\u202f798", "60 %", "Groningen"]
    assert rows[1].catchment_population is None and rows[1].top_partner == "Coevorden"


def test_chart_grouped_by_theme_in_city_colours():
    data = chart_data(["GM0106", "GM0114"], PROFILE, "nl")
    assert not data.stacked
    assert [label for label, _, _ in data.series] == ["werk & studie", "wonen"]
    assert data.series[0][1] == [0.6, 0.8]
    assert data.series[0][2] == [city_colour("GM0106"), city_colour("GM0114")]
    assert len(data.legend) == 2 and data.legend[0] != data.legend[1]  # neutral shades, one per theme


def test_chart_stacked_for_one_theme_and_empty_without_profile():
    one = [{"code": "GM0106", "self_containment": 0.6, "orientation1": 0.5}]
    data = chart_data(["GM0106"], one)
    assert data.stacked
    assert [values[0] for _, values, _ in data.series] == pytest.approx([0.6, 0.2, 0.2])
    assert chart_data(["GM0106"], []).is_empty()


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (PanelState(), {"SOURCE": 0}),
        (PanelState(source="gpkg", gpkg_path="/data/hema.gpkg"), {"SOURCE": 1, "GEOPACKAGE": "/data/hema.gpkg"}),
        (
            PanelState(source="postgis", pg_connection="provincie", pg_schema="hema"),
            {"SOURCE": 3, "DATABASE": "provincie", "SCHEMA": "hema"},
        ),
    ],
)
def test_load_parameters_per_source(state, expected):
    params = DockController(state).parameters("hema:loadlayers")
    outputs = ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS", "OUTPUT_PROVINCES")
    assert params == {**expected, "THEMES": [0, 1, 2, 3, 4], **dict.fromkeys(outputs, "TEMPORARY_OUTPUT")}
