"""The main job (scripts/hema_main.py) writes the map book PDF, prints its path and never overwrites silently."""

import subprocess
from pathlib import Path

import pytest
from helpers.pdfcheck import page_count
from qgis.core import QgsApplication

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "hema_main.py"
NEEDED = ("hema:catchmentsobserved", "hema:catchmentshuff", "hema:flowlines", "hema:cityprofile")


def test_main_job_writes_map_book(plugin, tmp_path):
    missing = [a for a in NEEDED if QgsApplication.processingRegistry().algorithmById(a) is None]
    if missing:
        pytest.skip(f"map book needs {', '.join(missing)}")
    done = subprocess.run(["/usr/bin/python3", str(SCRIPT), str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "perspectief_op_drentse_steden.pdf"
    assert done.stdout.split() == [str(pdf)] and page_count(pdf) == 20  # contents, indicators, wonen change
    again = subprocess.run(
        ["/usr/bin/python3", str(SCRIPT), str(tmp_path)], capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 2 and "--overwrite" in again.stderr
