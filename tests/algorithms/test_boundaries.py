"""hema:downloadboundaries against a local stand-in of PDOK's WFS (offline), cache and offline messages."""

import subprocess
import sys
from pathlib import Path

import processing
import pytest
from hema_steden.algorithms.data_boundaries import cache_dir
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

STUB = Path(__file__).resolve().parents[1] / "helpers" / "pdok_stub.py"


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


def test_lonlat_answer_is_reprojected(context, feedback, shared_data, tmp_path):
    # some WFS servers ignore srsName: serve the 2018 municipalities in WGS84 and expect RD back
    wgs84 = tmp_path / "wgs84.geojson"
    source = QgsVectorLayer(str(shared_data / "gemeenten_2018_nl_cbs.geojson"), "g", "ogr")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    options.ct = QgsCoordinateTransform(
        source.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext()
    )
    QgsVectorFileWriter.writeAsVectorFormatV3(source, str(wgs84), QgsProject.instance().transformContext(), options)
    proc = subprocess.Popen([sys.executable, str(STUB), str(wgs84)], stdout=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{int(proc.stdout.readline())}/cbs/gebiedsindelingen"
        layer = _run(context, feedback, base, 2017, "TEMPORARY_OUTPUT", REFRESH=True)["OUTPUT"]
    finally:
        proc.kill()
        proc.wait()
    assen = next(f for f in layer.getFeatures() if f["code"] == "GM0106").geometry().centroid().asPoint()
    assert 225_000 < assen.x() < 245_000 and 548_000 < assen.y() < 565_000


def test_answer_without_cbs_fields(context, feedback, tmp_path):
    other = tmp_path / "other.geojson"
    other.write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"naam":"x"},'
        '"geometry":{"type":"Point","coordinates":[230000,550000]}}]}'
    )
    proc = subprocess.Popen([sys.executable, str(STUB), str(other)], stdout=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{int(proc.stdout.readline())}/cbs/gebiedsindelingen"
        with pytest.raises(QgsProcessingException, match="without the CBS fields statcode/statnaam.*naam"):
            _run(context, feedback, base, 2016, "TEMPORARY_OUTPUT", REFRESH=True)
    finally:
        proc.kill()
        proc.wait()


def test_unknown_layer_gives_clear_error(context, feedback, pdok):
    with pytest.raises(QgsProcessingException, match="Could not download the provincie boundaries"):
        processing.run(
            "hema:downloadboundaries",
            {"LEVEL": 1, "YEAR": 2018, "BASE_URL": pdok, "REFRESH": True, "OUTPUT": "TEMPORARY_OUTPUT"},
            context=context,
            feedback=feedback,
        )
