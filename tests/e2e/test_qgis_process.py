"""qgis_process.bin with the plugin installed from its zip: lists every algorithm, helps each, runs on defaults."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from helpers.bundled_runs import MINIMAL_RUNS, bundled_inputs
from helpers.qgisprocess import build_plugin_zip, enable_plugin, install_profile, qgis_process
from hema_steden.algorithms.provider import algorithm_classes, shipped_models


def _algorithms() -> dict[str, dict]:
    """Algorithm id -> display name, group, parameter and output names, from the registry."""
    out = {}
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        out[f"hema:{alg.name()}"] = {
            "name": alg.displayName(),
            "group": alg.group(),
            "parameters": sorted(p.name() for p in alg.parameterDefinitions()),
            "outputs": sorted(o.name() for o in alg.outputDefinitions()),
        }
    return out


def _models() -> dict[str, tuple[str, str]]:
    """Shipped Graphical Modeler models: id -> (display name, group); listed too, their parameters come from QGIS."""
    return {f"hema:{m.name()}": (m.displayName(), m.group()) for m in shipped_models()}


def _help_sample(algorithms: dict[str, dict]) -> list[str]:
    """Per toolbox group the algorithm with the most parameters: each qgis_process start costs 2-3 s."""
    best: dict[str, str] = {}
    for alg_id, info in sorted(algorithms.items()):
        current = best.get(info["group"])
        if current is None or len(info["parameters"]) > len(algorithms[current]["parameters"]):
            best[info["group"]] = alg_id
    return sorted(best.values())


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> Path:
    """A temporary profile with the plugin installed from the zip and enabled."""
    root = tmp_path_factory.mktemp("qgis-process")
    profile = install_profile(build_plugin_zip(root / "hema_steden.zip"), root / "config")
    enable_plugin(profile)
    return profile


def test_list_and_help(profile, plugin):
    """Every algorithm is listed with its name and group; help describes all inputs and outputs (sampled)."""
    algorithms = _algorithms()
    listed = qgis_process(profile, "--json", "list", timeout=120)
    assert listed.returncode == 0, listed.stderr
    provider = json.loads(listed.stdout)["providers"]["hema"]
    assert provider["is_active"]
    shown = {alg_id: (d["name"], d["group"]) for alg_id, d in provider["algorithms"].items()}
    expected = {alg_id: (info["name"], info["group"]) for alg_id, info in algorithms.items()}
    assert shown == {**expected, **_models()}
    sample = _help_sample(algorithms)
    with ThreadPoolExecutor(max_workers=2) as pool:
        helps = pool.map(lambda a: qgis_process(profile, "--json", "help", a, timeout=120), sample)
    for alg_id, done in zip(sample, helps):
        assert done.returncode == 0, (alg_id, done.stderr)
        described = json.loads(done.stdout)
        assert described["algorithm_details"]["id"] == alg_id
        assert sorted(described["parameters"]) == algorithms[alg_id]["parameters"]
        assert sorted(described["outputs"]) == algorithms[alg_id]["outputs"]
        assert all(p["help"] for p in described["parameters"].values()), alg_id


def test_run_with_only_the_layers(profile, tmp_path):
    """Field, enum and number options left out take their defaults under qgis_process too."""
    out = tmp_path / "catchments.gpkg"
    params = MINIMAL_RUNS["hema:catchmentsobserved"](bundled_inputs(), str(out))
    done = qgis_process(
        profile, "--json", "run", "hema:catchmentsobserved", "--", *(f"{k}={v}" for k, v in params.items())
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert json.loads(done.stdout)["results"]["OUTPUT"] == str(out) and out.is_file()


def test_run_with_the_shared_vocabulary(profile, tmp_path):
    """THEME as an enum index, YEAR as an integer and CITY_CODES as text, as every algorithm takes them."""
    out = tmp_path / "lines.gpkg"
    inputs = bundled_inputs()
    params = {
        "FLOWS": inputs["flows"],
        "CITIES": inputs["cities"],
        "THEME": 0,
        "YEAR": 2014,
        "CITY_CODES": "GM0106,GM0114",
        "OUTPUT": str(out),
        "NODE_TOTALS": str(tmp_path / "nodes.gpkg"),
    }
    done = qgis_process(profile, "--json", "run", "hema:flowlines", "--", *(f"{k}={v}" for k, v in params.items()))
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert json.loads(done.stdout)["results"]["OUTPUT"] == str(out) and out.is_file()
