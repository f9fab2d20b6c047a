"""The built plugin zip installs into a fresh QGIS profile, loads with qgis.utils and runs under qgis_process.bin."""

import json
import os
import signal
import subprocess
import textwrap
import zipfile
from pathlib import Path

import pytest
from helpers.qgisprocess import QGIS_PROCESS, build_plugin_zip, enable_plugin, install_profile, qgis_env


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
    assert results["FLOW_COUNT"] == 1547 and out.is_file()
    # an existing output is refused with the reason, not overwritten
    again = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode != 0
    assert "already exists" in again.stdout + again.stderr


@pytest.mark.skipif(not Path("/usr/bin/xvfb-run").exists(), reason="xvfb-run is not installed")
def test_desktop_loadlayers_groups_and_styles(profile, tmp_path):
    """In real QGIS desktop (xvfb) the layers land styled in their groups and stay in the project."""
    ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    if "hema_steden=true" not in (ini.read_text() if ini.exists() else ""):
        ini.write_text("[PythonPlugins]\nhema_steden=true\n")
    report = tmp_path / "tree.txt"
    script = tmp_path / "desktop.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import os

            import processing
            from qgis.core import QgsLayerTreeGroup, QgsProject
            from qgis.PyQt.QtCore import QCoreApplication

            def dump(group, indent=""):
                lines = []
                for child in group.children():
                    lines.append(indent + child.name())
                    if isinstance(child, QgsLayerTreeGroup):
                        lines += dump(child, indent + "  ")
                return lines

            try:
                names = ["OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS", "OUTPUT_PROVINCES"]
                outputs = dict.fromkeys(names, "TEMPORARY_OUTPUT")
                processing.runAndLoadResults("hema:loadlayers", {{"SOURCE": 0, "THEMES": [0], **outputs}})
                for _ in range(3):
                    QCoreApplication.processEvents()
                project = QgsProject.instance()
                renderer = project.mapLayersByName("steden")[0].renderer().type()
                text = "\\n".join([str(len(project.mapLayers())), renderer] + dump(project.layerTreeRoot()))
            except Exception as exc:
                text = "ERROR " + repr(exc)
            open({str(report)!r}, "w").write(text)
            os._exit(0)  # leave at once: a normal exit can wait on dialogs or the event loop under xvfb
            """
        )
    )
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "/usr/bin/qgis", "--nologo", "--noversioncheck"]
    env = {k: v for k, v in qgis_env(profile).items() if k != "QT_QPA_PLATFORM"}  # xvfb provides the display
    proc = subprocess.Popen(
        [*cmd, "--code", str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        output, _ = proc.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # xvfb-run, Xvfb and qgis of this test only
        output, _ = proc.communicate()
    assert report.exists(), output[-3000:]
    lines = report.read_text().splitlines()
    assert lines[:2] == ["4", "categorizedSymbol"], lines
    assert lines[2:] == [
        "HEMA Steden",
        "  steden, zones en provincies",
        "    steden",
        "    provincies",
        "    zones",
        "  werk & studie",
        "    stromen werk & studie",
    ]
