"""Minimal runs of the HEMA algorithms on the bundled GeoPackage: only layers and outputs, every option left out."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from hema_steden.core.datamodel import BUNDLED_TABLES
from hema_steden.paths import DEFAULT_GPKG
from qgis.core import QgsVectorLayer


def bundled_uri(kind: str) -> str:
    """OGR source string of a bundled table ('path|layername=x', as the batch and modeler GUIs pass it)."""
    return f"{DEFAULT_GPKG}|layername={BUNDLED_TABLES[kind]}"


def bundled_layer(kind: str) -> QgsVectorLayer:
    """A bundled table as a layer object."""
    layer = QgsVectorLayer(bundled_uri(kind), BUNDLED_TABLES[kind], "ogr")
    assert layer.isValid(), kind
    return layer


def bundled_inputs() -> dict[str, str]:
    """Input kind -> source string: the bundled tables."""
    return {kind: bundled_uri(kind) for kind in BUNDLED_TABLES}


def _catchment_inputs(inputs: dict, out: str) -> dict:
    return {"ZONES": inputs["zones"], "CITIES": inputs["cities"], "OUTPUT": out}


# Algorithm id -> parameters of a run with only the layer inputs (defaults for everything else) and outputs.
# inputs: kind -> source ('catchments': an observed catchment layer); out: the output to write to.
MINIMAL_RUNS: dict[str, Callable[[dict, str], dict]] = {
    "hema:loadlayers": lambda inputs, out: {
        "OUTPUT_CITIES": out,
        "OUTPUT_ZONES": out,
        "OUTPUT_FLOWS": out,
        "OUTPUT_PROVINCES": out,
    },
    "hema:catchmentsobserved": lambda inputs, out: {**_catchment_inputs(inputs, out), "FLOWS": inputs["flows"]},
    "hema:catchmentshuff": _catchment_inputs,
    "hema:calibratehuff": lambda inputs, out: {**_catchment_inputs(inputs, out), "FLOWS": inputs["flows"]},
    "hema:catchmentpolygons": lambda inputs, out: {"INPUT": inputs["catchments"], "OUTPUT": out},
    "hema:stylecatchments": lambda inputs, out: {"INPUT": inputs["catchments"]},
    "hema:flowlines": lambda inputs, out: {
        "FLOWS": inputs["flows"],
        "CITIES": inputs["cities"],
        "OUTPUT": out,
        "NODE_TOTALS": out,
    },
    "hema:dominantflows": lambda inputs, out: {
        "FLOWS": inputs["flows"],
        "CITIES": inputs["cities"],
        "OUTPUT": out,
        "NODES_OUTPUT": out,
    },
    # no default masses: the weight field is the one option a gravity model cannot guess
    "hema:gravitylinks": lambda inputs, out: {"CITIES": inputs["cities"], "WEIGHT_FIELD": "population", "OUTPUT": out},
    "hema:cityprofile": lambda inputs, out: {
        "FLOWS": inputs["flows"],
        "CITIES": inputs["cities"],
        "OUTPUT": out,
        "PARTNERS": out,
    },
    "hema:comparecities": lambda inputs, out: {"OUTPUT": out},
    # the bundled flows have the single mode 'totaal'; the default colour mode 'train' is absent there
    "hema:modeshares": lambda inputs, out: {
        "FLOWS": inputs["flows"],
        "CITIES": inputs["cities"],
        "STYLE_MODE": "totaal",
        "OUTPUT": out,
    },
}

# a scenario needs at least one change: the one option that cannot have a default
MINIMAL_RUNS["hema:scenario"] = lambda inputs, out: {
    "ZONES": inputs["zones"],
    "CITIES": inputs["cities"],
    "SCENARIOS": "a, attractiveness, GM0106, 1.2",
    "OUTPUT_ZONES": out,
    "OUTPUT_CITIES": out,
}

# Algorithms that need more than the bundled layers, and where their own tests run them.
NOT_RUN_ON_BUNDLED = {
    "hema:importflows": "needs a CBS CSV file: tests/algorithms/test_importflows.py, tests/e2e/test_package.py",
    "hema:importindicators": "needs an indicator CSV: tests/algorithms/test_indicators.py",
    "hema:downloadboundaries": "needs the PDOK WFS: tests/algorithms/test_boundaries.py (local stub)",
    "hema:traveltimes": "needs a road network: tests/algorithms/test_network_routes.py",
    "hema:exportlayout": "renders PDF pages (slow): tests/printlayout/test_exportlayout.py",
    "hema:compareperiods": "needs flows of two years (the bundled flows hold 2014 only): "
    "tests/algorithms/test_compareperiods.py runs it on the CBS jobs 2006-2014 and moves 2015/2018",
    "hema:mapbook": "renders the map book PDF (slow): tests/printlayout/test_mapbook.py runs it with only OUTPUT given",
}


def registered_ids() -> set[str]:
    """Ids of the algorithms the registry lists (the runs above also cover branches not merged yet)."""
    from hema_steden.algorithms.provider import algorithm_classes

    return {f"hema:{cls().name()}" for cls in algorithm_classes()}


def registered_runs() -> list[str]:
    """Sorted ids of the registered algorithms with a minimal bundled run."""
    return sorted(set(MINIMAL_RUNS) & registered_ids())


def write_observed_catchments(folder: Path, context, feedback) -> str:
    """Observed catchments of the bundled data written to folder/catchments.gpkg (input of the styling algorithms)."""
    import processing

    path = str(folder / "catchments.gpkg")
    params = MINIMAL_RUNS["hema:catchmentsobserved"](bundled_inputs(), path)
    return processing.run("hema:catchmentsobserved", params, context=context, feedback=feedback)["OUTPUT"]
