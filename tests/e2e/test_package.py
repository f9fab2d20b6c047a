"""The built plugin zip installs into a fresh QGIS profile, loads with qgis.utils and runs under qgis_process.bin."""

import json
import subprocess
import textwrap
import zipfile
from pathlib import Path

import pytest
from qgisprocess import QGIS_PROCESS, build_plugin_zip, enable_plugin, install_profile, qgis_env


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return build_plugin_zip(tmp_path_factory.mktemp("dist") / "hema_steden.zip")


@pytest.fixture(scope="module")
def profile(plugin_zip, tmp_path_factory) -> Path:
    """A temporary QGIS config root whose default profile has the plugin installed from the zip."""
    return install_profile(plugin_zip, tmp_path_factory.mktemp("qgis-profile") / "root")


def test_zip_contents(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert "hema_steden/metadata.txt" in names and "hema_steden/__init__.py" in names
    assert "hema_steden/resources/styles/steden.qml" in names
    assert all(n.startswith("hema_steden/") for n in names)
    for excluded in ("tests/", "bench/", ".venv/", ".git/", "output/", "__pycache__"):
        assert not any(excluded in n for n in names), excluded


def test_zip_loads_with_qgis_utils(profile):
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    script = textwrap.dedent(
        f"""
        import sys
        from qgis.core import QgsApplication
        app = QgsApplication([], False, {str(profile)!r})
        app.initQgis()
        sys.path.append("/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing
        Processing.initialize()
        import qgis.utils
        qgis.utils.plugin_paths = [{str(plugins)!r}]
        sys.path.insert(0, {str(plugins)!r})
        qgis.utils.updateAvailablePlugins()
        assert "hema_steden" in qgis.utils.available_plugins, qgis.utils.available_plugins
        assert qgis.utils.loadPlugin("hema_steden")
        assert qgis.utils.startPlugin("hema_steden")
        provider = QgsApplication.processingRegistry().providerById("hema")
        print(sorted(a.id() for a in provider.algorithms()))
        assert qgis.utils.unloadPlugin("hema_steden")
        assert QgsApplication.processingRegistry().providerById("hema") is None
        print("unloaded")
        """
    )
    done = subprocess.run(
        ["/usr/bin/python3", "-c", script], env=qgis_env(profile), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "hema:loadlayers" in done.stdout and "hema:importflows" in done.stdout and "unloaded" in done.stdout


def test_qgis_process_runs_importflows(profile, shared_data, tmp_path):
    env = qgis_env(profile)
    enable_plugin(profile)
    out = tmp_path / "flows.gpkg"
    args = [
        QGIS_PROCESS,
        "--json",
        "run",
        "hema:importflows",
        "--",
        f"INPUT={shared_data / 'cbs_banen_woon_werk_2014_matrix_raw.csv'}",
        f"ZONES={shared_data / 'gemeenten_2018_noord.gpkg'}|layername=gemeenten_2018",
        "YEAR=2014",
        "INVALID=1",
        f"OUTPUT={out}",
    ]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert results["FLOW_COUNT"] == 1099 and out.is_file()
    # an existing output is refused with the reason, not overwritten
    again = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode != 0
    assert "already exists" in again.stdout + again.stderr
