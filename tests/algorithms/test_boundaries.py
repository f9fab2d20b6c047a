"""hema:downloadboundaries against a local stand-in of PDOK's WFS (offline), cache and offline messages."""

import subprocess
import sys
from pathlib import Path

import processing
import pytest
from hema_steden.algorithms.boundaries import cache_dir
from qgis.core import QgsProcessingException, QgsVectorLayer

STUB = Path(__file__).resolve().parents[1] / "pdok_stub.py"


@pytest.fixture()
def pdok(shared_data):
    proc = subprocess.Popen(
        [sys.executable, str(STUB), str(shared_data / "gemeenten_2018_nl_cbs.geojson")],
        stdout=subprocess.PIPE,
        text=True,
    )
    port = int(proc.stdout.readline())
    yield f"http://127.0.0.1:{port}/cbs/gebiedsindelingen"
    proc.kill()
    proc.wait()


def _run(context, feedback, base, year, output, **extra):
    params = {"LEVEL": 0, "YEAR": year, "BASE_URL": base, "OUTPUT": output, **extra}
    return processing.run("hema:downloadboundaries", params, context=context, feedback=feedback)


def test_download_2018_municipalities_and_cache(context, feedback, pdok, tmp_path):
    out = tmp_path / "gemeenten.gpkg"
    result = _run(context, feedback, pdok, 2018, str(out), REFRESH=True)
    layer = QgsVectorLayer(result["OUTPUT"], "g", "ogr")
    assert layer.featureCount() == 380
    assert layer.crs().authid() == "EPSG:28992"
    names = {f["code"]: f["name"] for f in layer.getFeatures()}
    assert names["GM0106"] == "Assen" and names["GM0114"] == "Emmen"
    assert {f["year"] for f in layer.getFeatures()} == {2018}
    assert (cache_dir() / "cbs_gemeente_2018.geojson").is_file()
    # the same output again without OVERWRITE is refused, with it accepted
    with pytest.raises(QgsProcessingException, match="already exists"):
        _run(context, feedback, pdok, 2018, str(out))
    _run(context, feedback, pdok, 2018, str(out), OVERWRITE=True)


def test_offline_uses_cache_or_says_offline(context, feedback, pdok, tmp_path):
    _run(context, feedback, pdok, 2018, "TEMPORARY_OUTPUT", REFRESH=True)
    dead = pdok.replace(pdok.split(":")[2].split("/")[0], "9")  # nothing listens on port 9
    # no server and no cached copy of 2019: a clear offline message
    with pytest.raises(QgsProcessingException, match="Are you offline"):
        _run(context, feedback, dead, 2019, "TEMPORARY_OUTPUT")
    # no server but a cached copy of 2018: the cache is used
    cached = _run(context, feedback, dead, 2018, "TEMPORARY_OUTPUT", REFRESH=True)
    assert cached["OUTPUT"].featureCount() == 380


def test_unknown_layer_gives_clear_error(context, feedback, pdok):
    with pytest.raises(QgsProcessingException, match="Could not download the provincie boundaries"):
        processing.run(
            "hema:downloadboundaries",
            {"LEVEL": 1, "YEAR": 2018, "BASE_URL": pdok, "REFRESH": True, "OUTPUT": "TEMPORARY_OUTPUT"},
            context=context,
            feedback=feedback,
        )
