"""Every dock step builds parameters the real algorithm declares, with enum indices in range (no guessing)."""

import pytest
from hema_steden.ui import steps
from hema_steden.ui.controller import DockController, PanelState
from qgis.core import QgsApplication

LOADED = {"OUTPUT_CITIES": "c1", "OUTPUT_ZONES": "z1", "OUTPUT_FLOWS": "f1"}


@pytest.mark.parametrize("method", ["observed", "huff", "fit"])
@pytest.mark.parametrize("alg_id", sorted(steps.BUILDERS))
def test_step_parameters_are_declared_by_the_algorithm(plugin, alg_id, method):
    ctl = DockController(PanelState(method=method, source="gpkg", gpkg_path="/x.gpkg", atlas_path="/x.pdf"))
    ctl.accept("hema:loadlayers", LOADED)
    ctl.accept("hema:calibratehuff", {"ALPHA": 1.1, "BETA": 1.9})
    params = ctl.parameters(alg_id)
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    assert alg is not None
    declared = {p.name(): p for p in alg.parameterDefinitions()}
    assert set(params) <= set(declared), f"{alg_id}: undeclared {set(params) - set(declared)}"
    for name, value in params.items():
        definition = declared[name]
        if definition.type() == "enum":
            options = len(definition.options())
            values = value if isinstance(value, list) else [value]
            assert all(0 <= i < options for i in values), (alg_id, name, value)
    required = {n for n, p in declared.items() if not p.flags() & p.Flag.FlagOptional and p.defaultValue() is None}
    assert required <= set(params) | {n for n, p in declared.items() if p.isDestination()}, (alg_id, required)


def test_every_dock_algorithm_has_a_step():
    ctl = DockController(PanelState(method="fit"))
    wanted = {alg for action in ("load", "catchments", "links", "profile", "atlas") for alg in ctl.algorithms(action)}
    ctl.state.method = "huff"
    wanted |= set(ctl.algorithms("catchments"))
    ctl.state.method = "observed"
    wanted |= set(ctl.algorithms("catchments"))
    assert wanted <= set(steps.BUILDERS)


def test_catchment_legends_follow_the_interface_language():
    """The panel's catchment steps ask for legends in the interface language (English UI: English legend)."""
    from hema_steden.ui import steps
    from hema_steden.ui.controller import PanelState

    layers = {"zones": "z", "cities": "c", "flows": "f"}
    for language, index in (("nl", 0), ("en", 1)):
        panel = steps.Panel(PanelState(), layers, {}, language)
        assert steps.observed(panel)["LANGUAGE"] == index
        assert steps.huff(panel)["LANGUAGE"] == index
        assert "LANGUAGE" not in steps.calibrate(panel)


@pytest.mark.parametrize(("choice", "ids"), [("key", ""), ("employment_rate", "employment_rate")])
def test_load_step_passes_the_indicator_maps(plugin, choice, ids):
    params = DockController(PanelState(indicators=choice)).parameters("hema:loadlayers")
    assert params["INDICATOR_LAYERS"] is True and params["INDICATORS"] == ids
    declared = {
        p.name() for p in QgsApplication.processingRegistry().algorithmById("hema:loadlayers").parameterDefinitions()
    }
    assert {"INDICATOR_LAYERS", "INDICATORS"} <= declared
    assert "INDICATOR_LAYERS" not in DockController(PanelState()).parameters("hema:loadlayers")
