"""qgis_process.bin with the plugin installed from its zip: lists every algorithm, helps each, runs on defaults."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from bundled_runs import MINIMAL_RUNS, bundled_inputs
from hema_steden.algorithms.registry import algorithm_classes
from qgisprocess import build_plugin_zip, enable_plugin, install_profile, qgis_process


def _algorithms() -> dict[str, list[str]]:
    """Algorithm id -> parameter names, from the registry."""
    out = {}
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        out[f"hema:{alg.name()}"] = [p.name() for p in alg.parameterDefinitions()]
    return out


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> Path:
    """A temporary profile with the plugin installed from the zip and enabled."""
    root = tmp_path_factory.mktemp("qgis-process")
    profile = install_profile(build_plugin_zip(root / "hema_steden.zip"), root / "config")
    enable_plugin(profile)
    return profile


def test_list_and_help_of_every_algorithm(profile, plugin):
    algorithms = _algorithms()
    listed = qgis_process(profile, "list", timeout=120)
    assert listed.returncode == 0, listed.stderr
    missing = [alg_id for alg_id in algorithms if f"\t{alg_id}\t" not in listed.stdout]
    assert not missing, f"qgis_process list lacks {missing}"
    # one process per algorithm, a few at a time: QGIS start-up dominates
    with ThreadPoolExecutor(max_workers=3) as pool:
        helps = dict(zip(algorithms, pool.map(lambda a: qgis_process(profile, "help", a, timeout=120), algorithms)))
    for alg_id, done in helps.items():
        assert done.returncode == 0, (alg_id, done.stderr)
        absent = [name for name in algorithms[alg_id] if f"\n{name}: " not in done.stdout]
        assert not absent, f"{alg_id}: help lacks {absent}"


def test_run_with_only_the_layers(profile, tmp_path):
    """Field, enum and number options left out take their defaults under qgis_process too."""
    out = tmp_path / "catchments.gpkg"
    params = MINIMAL_RUNS["hema:catchmentsobserved"](bundled_inputs(), str(out))
    done = qgis_process(
        profile, "--json", "run", "hema:catchmentsobserved", "--", *(f"{k}={v}" for k, v in params.items())
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert json.loads(done.stdout)["results"]["OUTPUT"] == str(out) and out.is_file()
