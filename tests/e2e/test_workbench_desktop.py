"""The real QGIS desktop under Xvfb, plugin installed from the built zip: the panel workflow, save, reopen.

Screenshots (English and Dutch) land in output/e2e/ (or $HEMA_E2E_KEEP); the longest main-loop freeze is printed.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers.qgisprocess import build_plugin_zip, install_profile

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("workbench_script.py")
KEEP = Path(os.environ.get("HEMA_E2E_KEEP", ROOT / "output" / "e2e"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("xvfb-run") and Path("/usr/bin/qgis").exists()), reason="needs /usr/bin/qgis and xvfb-run"
    ),
]


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory) -> Path:
    return build_plugin_zip(tmp_path_factory.mktemp("dist") / "hema_steden.zip")


def profile_from_zip(plugin_zip: Path, base: Path, locale: str) -> Path:
    """A QGIS profiles root with the plugin unpacked from the zip and enabled (as after 'Install from ZIP')."""
    root = install_profile(plugin_zip, base)
    ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(
        "[PythonPlugins]\nhema_steden=true\nprocessing=true\n\n"
        "[qgis]\ncheckVersion=false\nshowTips=false\nshowTips322=false\n\n"
        "[app]\nprojections%5CnewProjectCrsBehavior=UsePresetCrs\n\n"
        f"[locale]\noverrideFlag=true\nuserLocale={locale}\n",
        encoding="utf-8",
    )
    return root


def desktop(profile: Path, out: Path, mode: str, tag: str, project: Path | None = None) -> dict:
    env = {
        **os.environ,
        "HEMA_E2E_OUT": str(out),
        "HEMA_E2E_MODE": mode,
        "HEMA_E2E_TAG": tag,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_RUNTIME_DIR": str(out),
    }
    command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "/usr/bin/qgis", "--nologo", "--noversioncheck"]
    command += ["--profiles-path", str(profile), "--profile", "default", "--code", str(SCRIPT)]
    if project is not None:
        command += ["--project", str(project)]
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    report_file = out / f"report_{mode}_{tag}.json"
    assert report_file.exists(), f"QGIS wrote no report (rc {proc.returncode}):\n{proc.stderr[-3000:]}"
    report = json.loads(report_file.read_text(encoding="utf-8"))
    KEEP.mkdir(parents=True, exist_ok=True)
    for png in out.glob(f"*_{tag}.png"):
        shutil.copy(png, KEEP / png.name)
    return report


@pytest.mark.parametrize(("locale", "tag"), [("en_GB", "en"), ("nl_NL", "nl")])
def test_workbench_saved_and_reopened(plugin_zip, tmp_path, locale, tag):
    profile = profile_from_zip(plugin_zip, tmp_path / "root", locale)
    out = tmp_path / "out"
    out.mkdir()
    first = desktop(profile, out, "workflow", tag)
    assert not first["errors"], first["errors"]
    assert first["plugin_loaded"] and first["provider"]
    done = {"load", "catchments", "links", "profile"}
    for step in first["steps"]:
        assert step["started"], step
        if step["action"] in done:
            assert step["message"].endswith(("finished.", "klaar.")), step
    assert first["pdf"] and first["pdf"] > 10_000
    assert first["export_buttons"] == ["open_folder", "open_pdf"]
    steps, busy = first["freeze_per_step"], first["busy_per_step"]
    print(
        f"[{tag}] load average {first['load_average']}; per panel step, longest stretch without event handling "
        f"(wall s) {steps}, of which main-thread CPU (s) {busy}; export gaps {first['export_gaps']}; "
        f"where the window waited (50 ms samples): {first['stalls']}"
    )
    # the panel's own work between two turns of the event loop stays under 0.5 s in every step, the export too
    assert max(busy.values()) < 0.5, (busy, first["stalls"])
    # wall-clock gaps also include waiting for a CPU on a shared machine: bounded more loosely
    assert max(steps.values()) < 1.5, (steps, first["stalls"])
    results = [row for row in first["layers"] if row[1] != "memory"]
    assert len(results) >= 9 and all(row[2] and row[3] and row[3] > 0 for row in results), first["layers"]
    assert not [row for row in first["layers"] if row[1] == "memory"], "no result only in memory"
    expected = {"map_after_load", "catchments_werk_studie", "catchments_wonen", "results", "panel"}
    assert expected | {"export_in_progress"} <= {s.rsplit("_", 1)[0] for s in first["shots"]}, first["shots"]

    second = desktop(profile, out, "reopen", tag, project=out / "planner.qgz")
    assert not second["errors"], second["errors"]
    assert second["project"].endswith("planner.qgz")
    before = {row[0]: row[3] for row in first["layers"]}
    after = {row[0]: row[3] for row in second["layers"]}
    assert after == before, (before, after)
    assert all(row[2] for row in second["layers"])
    assert {"cities", "zones", "flows", "catchments"} <= set(second["roles"])
    assert any(second["table"]), "the reopened panel shows the catchment population"
    assert second["threshold_suffix"].strip() in ("jobs", "banen")
