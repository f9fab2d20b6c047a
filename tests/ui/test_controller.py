"""The dock's presenter without any widget: state, validation, parameters per action, results to rows and chart."""

import pytest
from hema_steden.core.cities import HEMA_CODES, city_colour
from hema_steden.ui.controller import DockController, LayerInfo, PanelError, PanelState, ParamSpec, infer_role
from hema_steden.ui.results import catchment_population, chart_data, table_rows

CITIES = LayerInfo("c1", "steden", ("code", "name", "role", "population"), "point")
ZONES = LayerInfo("z1", "zones", ("code", "name", "population"), "polygon")
FLOWS = LayerInfo("f1", "flows", ("origin", "destination", "theme", "value"), "none")
LAYERS = {i.layer_id: i for i in (CITIES, ZONES, FLOWS)}


def loaded() -> DockController:
    ctl = DockController()
    assert ctl.accept("hema:loadlayers", {}, [CITIES, ZONES, FLOWS]) == ["cities", "zones", "flows"]
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


def test_parameters_filled_by_name_enums_by_option_text():
    ctl = loaded()
    ctl.state.link_type, ctl.state.threshold, ctl.state.theme = "net", 25.0, "vrije_tijd"
    specs = [
        ParamSpec("FLOWS", "layer"),
        ParamSpec("NODES", "layer"),
        ParamSpec("THEME", "enum", ("werk_studie", "wonen", "voorzieningen", "vrije_tijd", "vervoer")),
        ParamSpec("TYPE", "enum", ("Two-way (every i→j)", "Gross (i↔j summed)", "Net (larger minus smaller)")),
        ParamSpec("THRESHOLD", "number"),
        ParamSpec("CURVED", "bool"),
        ParamSpec("TOP_K", "number", optional=True),
        ParamSpec("OUTPUT", "sink", is_output=True),
    ]
    params = ctl.parameters("hema:flowlines", specs)
    assert params == {
        "FLOWS": "f1",
        "NODES": "c1",
        "THEME": 3,
        "TYPE": 2,
        "THRESHOLD": 25.0,
        "CURVED": True,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }


def test_parameter_the_panel_cannot_fill_is_named():
    ctl = loaded()
    with pytest.raises(PanelError, match="ROAD_NETWORK"):
        ctl.parameters("hema:catchmentshuff", [ParamSpec("ZONES", "layer"), ParamSpec("ROAD_NETWORK", "layer")])


def test_fit_then_huff_uses_fitted_parameters():
    ctl = loaded()
    ctl.state.method = "fit"
    ctl.accept("hema:calibratehuff", {"ALPHA": 1.3, "BETA": 2.1, "OUTPUT": "t"}, [])
    params = ctl.parameters("hema:catchmentshuff", [ParamSpec("ALPHA", "number"), ParamSpec("BETA", "number")])
    assert params == {"ALPHA": 1.3, "BETA": 2.1}
    ctl.state.method = "huff"
    assert ctl.parameters("hema:catchmentshuff", [ParamSpec("BETA", "number")]) == {"BETA": 1.5}


def test_results_assigned_to_roles():
    ctl = loaded()
    table = LayerInfo("p1", "profile", ("code", "theme", "self_containment"), "none")
    points = LayerInfo("p2", "profile points", ("code", "theme", "self_containment"), "point")
    outputs = {"OUTPUT": "p2", "PARTNERS": "p1"}
    assert ctl.accept("hema:cityprofile", outputs, [table, points]) == ["profile"]
    assert ctl.layers["profile"] == "p2"
    ctl.forget_missing(["c1", "p2"])
    assert ctl.layers == {"cities": "c1", "profile": "p2"}


def test_text_cities_parameter_gets_selected_codes_and_profile_all_themes():
    ctl = loaded()
    ctl.state.selected = ["GM0106", "GM0119"]
    specs = [ParamSpec("NODES", "layer"), ParamSpec("CITIES", "string", optional=True), ParamSpec("THEME", "string")]
    params = ctl.parameters("hema:cityprofile", specs[:2])
    assert params == {"NODES": "c1", "CITIES": "GM0106,GM0119"}
    assert ctl.parameters("hema:flowlines", specs)["THEME"] == "werk_studie"


PROFILE = [
    {"code": "GM0106", "theme": "werk_studie", "self_containment": 0.6, "top_partner": "GM0014", "perspective": "x"},
    {"code": "GM0114", "theme": "werk_studie", "self_containment": 0.8, "top_partner": "GM0109", "perspective": "y"},
    {"code": "GM0106", "theme": "wonen", "self_containment": 0.5, "top_partner": "GM0014", "perspective": "z"},
]


def test_table_rows_from_records():
    cities = [{"code": "GM0106", "name": "Assen", "population": 68798}, {"code": "GM0114", "population": 107000}]
    catch = [
        {"code": "GM0106", "dominant": "GM0106", "population": 68798, "band": "own"},
        {"code": "GM1680", "dominant": "GM0106", "population": 25000, "band": "primary"},
        {"code": "GM1690", "dominant": "GM0106", "population": 10000, "band": "none"},
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
    one = [{"code": "GM0106", "self_containment": 0.6, "top_partner_share": 0.5}]
    data = chart_data(["GM0106"], one)
    assert data.stacked
    assert [values[0] for _, values, _ in data.series] == pytest.approx([0.6, 0.2, 0.2])
    assert chart_data(["GM0106"], []).is_empty()


LOAD_SPECS = [
    ParamSpec("SOURCE", "enum", ("Bundled HEMA data", "GeoPackage", "Folder", "PostGIS database")),
    ParamSpec("GEOPACKAGE", "file", optional=True),
    ParamSpec("DATABASE", "string", optional=True),
    ParamSpec("SCHEMA", "string", optional=True),
    ParamSpec("THEMES", "enum", ("work & study", "housing", "services & shops", "leisure", "transport"), True, True),
    ParamSpec("OUTPUT_CITIES", "sink", is_output=True),
]


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
    params = DockController(state).parameters("hema:loadlayers", LOAD_SPECS)
    assert params == {
        **expected,
        "SCHEMA": state.pg_schema,
        "THEMES": [0, 1, 2, 3, 4],
        "OUTPUT_CITIES": "TEMPORARY_OUTPUT",
    }
