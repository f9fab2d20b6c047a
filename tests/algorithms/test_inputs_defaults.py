"""Inputs as the toolbox, batch panel, modeler and scripts pass them; omitted options take their defaults."""

from __future__ import annotations

import processing
import pytest
from helpers.bundled_runs import MINIMAL_RUNS, bundled_inputs, bundled_layer, registered_runs, write_observed_catchments
from hema_steden.algorithms.base import DEFAULT_FIELD
from hema_steden.algorithms.provider import algorithm_classes
from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsVectorLayer,
)

ZONE_ALGS = ("hema:catchmentsobserved", "hema:catchmentshuff")


@pytest.fixture(scope="module")
def observed(tmp_path_factory, plugin):
    from qgis.core import QgsProcessingContext

    return write_observed_catchments(tmp_path_factory.mktemp("observed"), QgsProcessingContext(), None)


@pytest.mark.parametrize("cls", algorithm_classes(), ids=lambda c: c.__name__)
def test_field_parameters_with_a_default_may_be_omitted(cls, context):
    """QGIS 3.22 refuses an omitted field value despite its default (qgis_process, processing.run, modeler)."""
    alg = cls()
    alg.initAlgorithm()
    for param in alg.parameterDefinitions():
        if isinstance(param, QgsProcessingParameterField) and param.defaultValue():
            assert param.checkValueIsAcceptable(None), f"{alg.name()}.{param.name()}: add it with self.add()"
            if param.metadata().get(DEFAULT_FIELD):
                for omitted in ({}, {param.name(): None}, {param.name(): ""}):
                    assert alg.field_name(omitted, param.name(), context) == param.defaultValue()


@pytest.mark.parametrize("blank", [False, True], ids=["omitted", "blank"])
@pytest.mark.parametrize("alg_id", registered_runs())
def test_only_layers_given_everything_else_default(alg_id, blank, observed, context, feedback):
    """Options left out (or, for required fields, given as '' by a batch cell or qgis_process) take defaults."""
    params = MINIMAL_RUNS[alg_id]({**bundled_inputs(), "catchments": observed}, "TEMPORARY_OUTPUT")
    if blank:
        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        params.update({d.name(): "" for d in alg.parameterDefinitions() if d.metadata().get(DEFAULT_FIELD)})
    results = processing.run(alg_id, params, context=context, feedback=feedback)
    layers = [v for v in results.values() if isinstance(v, QgsVectorLayer)]
    assert layers and all(layer.featureCount() > 0 for layer in layers), results


def test_empty_field_is_its_default_and_a_wrong_one_is_named(context, feedback):
    params = MINIMAL_RUNS["hema:catchmentsobserved"](bundled_inputs(), "TEMPORARY_OUTPUT")
    out = processing.run(
        "hema:catchmentsobserved", {**params, "ZONE_CODE_FIELD": "", "CITY_CODE_FIELD": None}, context=context
    )
    assert out["OUTPUT"].featureCount() == bundled_layer("zones").featureCount()
    with pytest.raises(QgsProcessingException, match="no field 'gemeentecode'.*code"):
        processing.run("hema:catchmentsobserved", {**params, "ZONE_CODE_FIELD": "gemeentecode"}, context=context)


@pytest.mark.parametrize("alg_id", ZONE_ALGS)
def test_layer_ids_selected_features_and_output_kinds(alg_id, project, context, feedback, tmp_path):
    layers = {kind: bundled_layer(kind) for kind in ("zones", "cities", "flows")}
    project.addMapLayers(list(layers.values()))
    zones = layers["zones"]
    request = QgsFeatureRequest().setFilterExpression("\"code\" IN ('GM0106', 'GM0109', 'GM1680', 'GM0114')")
    zones.selectByIds([f.id() for f in zones.getFeatures(request)])
    assert zones.selectedFeatureCount() == 4
    by_id = MINIMAL_RUNS[alg_id]({kind: layer.id() for kind, layer in layers.items()}, "memory:")
    by_id["ZONES"] = QgsProcessingFeatureSourceDefinition(zones.id(), True)
    memory = processing.run(alg_id, by_id, context=context, feedback=feedback)["OUTPUT"]
    assert sorted(f["code"] for f in memory.getFeatures()) == ["GM0106", "GM0109", "GM0114", "GM1680"]

    path = tmp_path / "out.gpkg"
    by_path = {**MINIMAL_RUNS[alg_id](bundled_inputs(), str(path))}
    assert processing.run(alg_id, by_path, context=context, feedback=feedback)["OUTPUT"] == str(path)
    written = QgsVectorLayer(str(path), "written", "ogr")
    assert written.isValid()
    assert written.featureCount() == zones.featureCount()
    chosen = {f["code"]: f["dom_code"] for f in written.getFeatures() if f["code"] in ("GM0106", "GM0114")}
    assert chosen == {f["code"]: f["dom_code"] for f in memory.getFeatures() if f["code"] in chosen}


def test_optional_flag_is_only_added_to_fields_with_a_default(plugin):
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        for param in alg.parameterDefinitions():
            if param.metadata().get(DEFAULT_FIELD):
                assert isinstance(param, QgsProcessingParameterField) and param.defaultValue()
                assert param.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional


def test_field_missing_from_the_layer_is_named(observed, context):
    with pytest.raises(
        QgsProcessingException, match="Catchment layer has no field 'stad'. Available fields: .*dom_code"
    ):
        processing.run("hema:stylecatchments", {"INPUT": observed, "CITY_FIELD": "stad"}, context=context)
