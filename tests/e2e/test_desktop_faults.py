"""Real QGIS desktop under Xvfb, plugin installed from the built zip: layers removed / project cleared mid-run.

The panel's steps and the Processing toolbox dialog run on a 60k-zone layer; half a second in, the zones layer is
removed (as from the Layers panel) or the project is cleared (Project ▸ New). QGIS must survive (exit 0), the panel
must say why the step stopped and reset its progress bar, and the next run must work. MALLOC_PERTURB_ scrambles
freed memory, so a read of a deleted layer crashes reliably instead of by luck.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from helpers.faultdata import cities, city_flows, flows, grid_zones
from helpers.qgisprocess import build_plugin_zip, install_profile

SCRIPT = Path(__file__).with_name("fault_desktop_script.py")
N_ZONES = 60_000
REMOVED = "The step stopped because its input layer '{}' was removed from the project."
CLEARED = "The step stopped because the project was closed or cleared."

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("xvfb-run") and Path("/usr/bin/qgis").exists()), reason="needs /usr/bin/qgis and xvfb-run"
    ),
]


def write_inputs(path: Path) -> Path:
    """zones, cities, flows (zone -> city) and cflows (city -> city) tables in one GeoPackage."""
    for n, layer in enumerate((grid_zones(N_ZONES), cities(), flows(N_ZONES), city_flows(3 * N_ZONES))):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.layerName = layer.name()
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            if n
            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        )
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return path


def profile_root(tmp_path: Path) -> Path:
    root = install_profile(build_plugin_zip(tmp_path / "dist" / "hema_steden.zip"), tmp_path / "qgis")
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(
        "[PythonPlugins]\nhema_steden=true\nprocessing=true\n\n"
        "[qgis]\ncheckVersion=false\nshowTips=false\nshowTips322=false\n\n"
        "[app]\nprojections%5CnewProjectCrsBehavior=UsePresetCrs\n\n"
        f"[hema_steden]\nresults_folder={tmp_path}\n",  # the panel keeps results there instead of asking
        encoding="utf-8",
    )
    return root


@pytest.fixture(scope="module")
def desktop_report(tmp_path_factory, plugin):
    tmp = tmp_path_factory.mktemp("faults")
    (tmp / "dist").mkdir()
    gpkg = write_inputs(tmp / "inputs.gpkg")
    out = tmp / "out"
    out.mkdir()
    env = {
        **os.environ,
        "HEMA_E2E_OUT": str(out),
        "HEMA_FAULT_GPKG": str(gpkg),
        "HEMA_FAULT_AFTER": "0.5",
        "MALLOC_PERTURB_": "165",
        "QT_QPA_PLATFORM": "xcb",
        "XDG_RUNTIME_DIR": str(tmp),
    }
    command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "/usr/bin/qgis", "--nologo", "--noversioncheck",
               "--profiles-path", str(profile_root(tmp)), "--profile", "default", "--code", str(SCRIPT)]  # fmt: skip
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    report_file = out / "report.json"
    assert report_file.exists(), f"QGIS wrote no report (rc {proc.returncode}):\n{proc.stderr[-3000:]}"
    report = json.loads(report_file.read_text(encoding="utf-8"))
    report["returncode"] = proc.returncode
    report["stderr"] = proc.stderr[-3000:]
    keep = Path(os.environ.get("HEMA_E2E_KEEP", Path(__file__).resolve().parents[2] / "output" / "e2e"))
    keep.mkdir(parents=True, exist_ok=True)
    (keep / "desktop_faults.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


def test_qgis_survives(desktop_report):
    assert desktop_report["returncode"] == 0, desktop_report["stderr"]
    assert desktop_report["plugin_loaded"] and desktop_report["alive"]
    assert not desktop_report["errors"], desktop_report["errors"]


def test_panel_steps_stop_and_say_why(desktop_report):
    cases = desktop_report["cases"]
    steps = [("catchments", "observed"), ("catchments", "huff"), ("catchments", "fit"), ("links", "observed"),
             ("profile", "observed")]  # fmt: skip
    assert {(c["action"], c["method"], c["fault"]) for c in cases} == {
        (a, m, f) for a, m in steps for f in ("remove", "clear")
    }
    for case in cases:
        # the fault landed mid-run
        assert case["started"] and case["running_at_fault"], case
        assert 0 <= case["progress_at_fault"] < 100, case
        # the user sees why; bar reset; buttons back
        expected = REMOVED.format(case["removed"]) if case["fault"] == "remove" else CLEARED
        assert expected in case["messages"] and case["status"] == expected, case
        assert case["finished"] and case["progress_after"] == 0 and case["actions_enabled"], case
        # the next step works
        done = {"catchments": "Catchment areas finished.", "links": "Network links finished.",
                "profile": "City profile finished."}[case["action"]]  # fmt: skip
        assert case["next_started"] and done in case["next_messages"], case


def test_toolbox_dialog_survives(desktop_report):
    runs = desktop_report["toolbox"]
    assert {(r["alg"], r["fault"]) for r in runs} == {
        (a, f) for a in ("hema:catchmentsobserved", "hema:catchmentshuff") for f in ("remove", "clear")
    }
    for run in runs:
        assert run["tasks_at_fault"] == 1, run  # still running when the fault came
        assert run["tasks_after"] == 0, run
