"""End to end: the real QGIS desktop under Xvfb with the plugin in a temporary profile runs the dock's workflow."""

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("desktop_script.py")
STEPS = (
    ("load", ("hema:loadlayers",)),
    ("catchments", ("hema:catchmentsobserved",)),
    ("links", ("hema:flowlines", "hema:dominantflows")),
    ("profile", ("hema:cityprofile",)),
)

pytestmark = pytest.mark.skipif(
    not (shutil.which("xvfb-run") and Path("/usr/bin/qgis").exists()), reason="needs /usr/bin/qgis and xvfb-run"
)


def make_profile(base: Path, locale: str = "") -> Path:
    """A QGIS profiles root (profiles live in <root>/profiles/<name>) with the plugin linked in and enabled."""
    profile = base / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "hema_steden").symlink_to(ROOT, target_is_directory=True)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(
        "[PythonPlugins]\nhema_steden=true\nprocessing=true\n\n"
        "[qgis]\ncheckVersion=false\nshowTips=false\nshowTips322=false\n\n"
        "[app]\nprojections%5CnewProjectCrsBehavior=UsePresetCrs\n\n"
        f"[hema_steden]\nresults_folder={base}\n"  # the panel keeps results there instead of asking
        + (f"\n[locale]\noverrideFlag=true\nuserLocale={locale}\n" if locale else ""),
        encoding="utf-8",
    )
    return base


def run_desktop(tmp_path: Path, actions: list[str], locale: str = "", png: str = "screenshot.png") -> dict:
    out = tmp_path / "out"
    out.mkdir()
    env = {
        **os.environ,
        "HEMA_E2E_OUT": str(out),
        "HEMA_E2E_ACTIONS": ",".join(actions),
        "HEMA_E2E_PNG": png,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    command = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1366x768x24",
        "/usr/bin/qgis",
        "--nologo",
        "--noversioncheck",
        "--profiles-path",
        str(make_profile(tmp_path, locale)),
        "--profile",
        "default",
        "--code",
        str(SCRIPT),
    ]
    start = time.monotonic()
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=150)
    report_file = out / "report.json"
    assert report_file.exists(), f"QGIS wrote no report (rc {proc.returncode}):\n{proc.stderr[-3000:]}"
    report = json.loads(report_file.read_text(encoding="utf-8"))
    report["seconds"] = time.monotonic() - start
    report["out"] = out
    return report


@pytest.mark.slow
def test_desktop_workflow_and_screenshot(tmp_path, plugin):
    registry = QgsApplication.processingRegistry()
    actions = []
    for action, alg_ids in STEPS:  # the workflow's steps whose algorithms are merged, in order
        if any(registry.algorithmById(a) is None for a in alg_ids):
            break
        actions.append(action)
    report = run_desktop(tmp_path, actions)
    keep = Path(os.environ.get("HEMA_E2E_KEEP", ROOT / "output" / "e2e"))
    keep.mkdir(parents=True, exist_ok=True)
    for png in report["out"].glob("*.png"):
        shutil.copy(png, keep / png.name)
    assert not report["errors"], report["errors"]
    assert report["plugin_loaded"] and report["provider"] and report["dock_visible"]
    assert report["seconds"] < 120
    for step in report["actions"]:
        assert step["started"] and step["finished"] and step["message"].endswith("finished."), step
    image = QImage(str(report["out"] / "screenshot.png"))
    assert report["labels"] == ["Load", "Workflow", "Results"]
    assert abs(image.width() - 1366) <= 20 and abs(image.height() - 768) <= 40, (image.width(), image.height())
    window_w, window_h = report["window"]
    x, y, w, h = report["dock"]
    assert x >= 0 and y >= 0 and x + w <= window_w and y + h <= window_h, report
    assert report["dock_min"][1] <= window_h and report["dock_min"][0] <= window_w // 2, report
    assert len(report["table"]) == 4
    assert report.get("indicator_rows", 1) > 0
    if "catchments" in actions:
        assert report["focused"] == "GM0106"
    if "profile" in actions:
        assert all(row[3] and row[5] for row in report["table"]), report["table"]
        assert report["chart_bars"] >= 4


@pytest.mark.slow
def test_desktop_in_dutch(tmp_path, plugin):
    """With the QGIS locale set to Dutch the panel speaks Dutch in the real desktop."""
    report = run_desktop(tmp_path, ["load", "catchments"], locale="nl_NL", png="screenshot_nl.png")
    keep = Path(os.environ.get("HEMA_E2E_KEEP", ROOT / "output" / "e2e"))
    keep.mkdir(parents=True, exist_ok=True)
    shutil.copy(report["out"] / "screenshot_nl.png", keep / "screenshot_nl.png")
    assert not report["errors"], report["errors"]
    assert report["labels"] == ["Laden", "Werkwijze", "Resultaten"]
    assert [step["message"] for step in report["actions"]] == ["Gegevens klaar.", "Verzorgingsgebieden klaar."]
    assert report["seconds"] < 60
