"""Honest progress: the bar of a catchment run follows the elapsed share of the run (within ±20 points)."""

import json
import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("fault_script.py")


@pytest.mark.parametrize("alg_id", ["hema:catchmentsobserved", "hema:catchmentshuff"])
def test_progress_follows_elapsed_share(tmp_path, alg_id):
    out = tmp_path / "result.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(["/usr/bin/python3", str(SCRIPT), alg_id, "none", "100000", str(out)],
                          env=env, capture_output=True, text=True, timeout=600)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(out.read_text())
    assert result["ok"], result
    total = result["total_s"]
    samples = result["samples"]
    assert len(samples) > 20
    worst = max(abs(100.0 * t / total - p) for t, p in samples)
    assert worst <= 20.0, [(round(100 * t / total), round(p)) for t, p in samples[:: max(1, len(samples) // 30)]]
