"""Output policy, disk full, for the writers that need their own inputs: traveltimes, importflows,
downloadboundaries (root only: a small tmpfs; the last two need the real open data folder)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import processing
import pytest
from helpers.outputs import checksums, fill, mount_tmpfs, unmount
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

STUB = Path(__file__).resolve().parents[1] / "helpers" / "pdok_stub.py"


@pytest.fixture()
def disk(tmp_path):
    folder = mount_tmpfs(tmp_path / "mnt", "16m")
    yield folder
    unmount(folder)


def network() -> tuple[QgsVectorLayer, QgsVectorLayer]:
    """A 20 x 20 km road grid (1 km) and 40 points on it."""
    roads = QgsVectorLayer("LineString?crs=EPSG:28992&field=system:string", "roads", "memory")
    lines = []
    for k in range(21):
        for coords in ([(0, k * 1000), (20000, k * 1000)], [(k * 1000, 0), (k * 1000, 20000)]):
            f = QgsFeature(roads.fields())
            f.setAttributes(["nldp"])
            f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in coords]))
            lines.append(f)
    roads.dataProvider().addFeatures(lines)
    points = QgsVectorLayer("Point?crs=EPSG:28992&field=code:string", "pts", "memory")
    feats = []
    for n in range(40):
        f = QgsFeature(points.fields())
        f.setAttributes([f"P{n:02d}"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY((n % 8) * 2500.0, (n // 8) * 4000.0)))
        feats.append(f)
    points.dataProvider().addFeatures(feats)
    return roads, points


def check_disk_full(alg_id: str, params: dict, disk: Path, leave: int) -> None:
    """Run once (previous files), fill the disk, run with OVERWRITE: refused, files unchanged, nothing left."""
    context = QgsProcessingContext()
    processing.run(alg_id, params, context=context, feedback=QgsProcessingFeedback())
    before = checksums(disk)
    filler = fill(disk, leave)
    try:
        with pytest.raises(QgsProcessingException) as raised:
            processing.run(alg_id, {**params, "OVERWRITE": True}, context=context, feedback=QgsProcessingFeedback())
    finally:
        filler.unlink()
    message = str(raised.value)
    assert any(message == f"Could not write {disk / name}: the disk is full." for name in before), message
    assert checksums(disk) == before


@pytest.mark.parametrize("leave", [4096, 30_000], ids=["DM01-traveltimes-start", "DM02-traveltimes-mid"])
def test_traveltimes_disk_full(disk, plugin, leave):
    roads, points = network()
    params = {"ROADS": roads, "CLASS_FIELD": "system", "ORIGINS": points, "ORIGIN_CODE_FIELD": "code",
              "OUTPUT": str(disk / "costs.gpkg"), "LINES": str(disk / "lines.gpkg")}  # fmt: skip
    check_disk_full("hema:traveltimes", params, disk, leave)


def test_DM03_importflows_disk_full(disk, plugin, shared_data):
    params = {"INPUT": str(shared_data / "cbs_banen_woon_werk_2014_matrix_raw.csv"),
              "ZONES": str(shared_data / "gemeenten_2018_noord.gpkg|layername=gemeenten_2018"), "YEAR": 2014,
              "INVALID": 1, "UNIT": "x1000 banen", "OUTPUT": str(disk / "flows.gpkg"),
              "REPORT": str(disk / "report.html")}  # fmt: skip
    check_disk_full("hema:importflows", params, disk, 4096)


def test_DM04_downloadboundaries_disk_full(disk, plugin, shared_data):
    proc = subprocess.Popen([sys.executable, str(STUB), str(shared_data / "gemeenten_2018_nl_cbs.geojson")],
                            stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        base = f"http://127.0.0.1:{int(proc.stdout.readline())}/cbs/gebiedsindelingen"
        params = {"LEVEL": 0, "YEAR": 2018, "BASE_URL": base, "OUTPUT": str(disk / "gemeenten.gpkg")}
        check_disk_full("hema:downloadboundaries", params, disk, 100_000)
    finally:
        proc.kill()
        proc.wait()
