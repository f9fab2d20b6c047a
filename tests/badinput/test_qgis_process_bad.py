"""A subset of the catalogue through /usr/bin/qgis_process.bin: exit code, message, no traceback, no password."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from helpers.qgisprocess import enable_plugin, linked_profile, qgis_env, qgis_process
from hema_steden.paths import DEFAULT_GPKG

SECRET = "SeCrEt-7Zq1"


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> Path:
    """A temporary QGIS profile linking the plugin to this working tree, enabled."""
    root = linked_profile(tmp_path_factory.mktemp("qgis-process-bad"))
    enable_plugin(root)
    return root


@pytest.fixture()
def data(tmp_path) -> Path:
    """A copy of the bundled GeoPackage (checked to stay byte-identical)."""
    path = tmp_path / "hema.gpkg"
    shutil.copy(DEFAULT_GPKG, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    yield path
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hema.gpkg"], "leftovers next to the input"


def _huff(data: Path, *extra: str) -> list[str]:
    return ["run", "hema:catchmentshuff", "--", f"ZONES={data}|layername=zones", f"CITIES={data}|layername=steden",
            "OUTPUT=TEMPORARY_OUTPUT", *extra]  # fmt: skip


CASES = [
    ("BETA=abc", "Parameter β (distance decay) (BETA) is 'abc', which is not a number; enter a number from 0 to 10."),
    ("BETA=nan", "Parameter β (distance decay) (BETA) is nan, which is not a finite number"),
    ("BETA=-2", "Parameter β (distance decay) (BETA) is -2, outside its range; enter a number from 0 to 10."),
    ("ALPHA=inf", "Parameter α (attractiveness exponent) (ALPHA) is inf, which is not a finite number"),
    ("MIN_DISTANCE=1,5", "(MIN_DISTANCE) is '1,5', which is not a number (use a point as decimal separator)"),
    ("PRIMARY=2", "(PRIMARY) is 2, outside its range; enter a number from 0 to 1."),
]


@pytest.mark.parametrize(("arg", "expected"), CASES)
def test_qgis_process_refuses_bad_numbers(profile, data, arg, expected):
    done = qgis_process(profile, *_huff(data, arg), timeout=120)
    out = done.stdout + done.stderr
    assert done.returncode != 0
    assert expected in out, out
    assert "Traceback" not in out


def test_qgis_process_point_zones_on_city_points(profile, data):
    points = f"{data}|layername=steden"
    args = ["run", "hema:catchmentshuff", "--", f"ZONES={points}", f"CITIES={points}", "OUTPUT=TEMPORARY_OUTPUT"]
    done = qgis_process(profile, *args, timeout=120)
    out = done.stdout + done.stderr
    assert done.returncode != 0 and "lies on the point of its own city" in out and "MIN_DISTANCE" in out, out


def test_qgis_process_postgis_down_password_only_in_the_echo_of_the_command_line(profile):
    dsn = f"host=127.0.0.1 port=5999 dbname=hema user=hema password={SECRET}"
    args = ["run", "hema:loadlayers", "--", "SOURCE=3", f"DATABASE={dsn}"]
    args += [f"{k}=TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS")]
    done = qgis_process(profile, *args, timeout=120)
    lines = (done.stdout + done.stderr).splitlines()
    assert done.returncode != 0 and any("Cannot connect to the PostGIS server 127.0.0.1:5999/hema" in x for x in lines)
    # qgis_process itself echoes the command-line inputs ("DATABASE: ..."); everything the plugin says is masked
    leaked = [x for x in lines if SECRET in x and not x.startswith("DATABASE:")]
    assert not leaked, leaked


def test_qgis_process_postgis_down_password_from_environment_never_shown(profile):
    import subprocess

    env = {**qgis_env(profile), "PGPASSWORD": SECRET}
    args = ["run", "hema:loadlayers", "--", "SOURCE=3", "DATABASE=host=127.0.0.1 port=5999 dbname=hema user=hema"]
    args += [f"{k}=TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS")]
    done = subprocess.run(["/usr/bin/qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and "Cannot connect to the PostGIS server" in done.stdout + done.stderr
    assert SECRET not in done.stdout + done.stderr
