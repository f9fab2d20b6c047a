"""Toolbox runner (QgsProcessingAlgRunnerTask): removing the zones layer or clearing the project mid-run.

Each case runs in its own QGIS process (a crash must not take the test run down) with MALLOC_PERTURB_ set, so a
read of a deleted layer hits scrambled memory and crashes reliably instead of by luck (the unfixed code died with
exit 139 on all four cases).
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("fault_script.py")


@pytest.mark.parametrize("fault", ["remove", "clear"])
@pytest.mark.parametrize("alg_id", ["hema:catchmentsobserved", "hema:catchmentshuff"])
def test_fault_mid_run_does_not_crash(tmp_path, alg_id, fault):
    out = tmp_path / "result.json"
    env = {**os.environ, "MALLOC_PERTURB_": "165", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        ["/usr/bin/python3", str(SCRIPT), alg_id, fault, "200000", str(out)],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, f"QGIS died (exit {proc.returncode}): {proc.stderr[-2000:]}"
    result = json.loads(out.read_text())
    # the fault landed mid-run: after the start, before the end, with the run still reading or computing
    assert result["fault_at"] is not None
    assert 0 < result["fault_at"]["progress"] < 100
    assert result["total_s"] > result["fault_at"]["elapsed_s"] + 1.0
    # the run used its own copy of the inputs and finished (as native algorithms do in the toolbox)
    assert result["ok"] is True, result
    assert result["results"] == ["OUTPUT"]
