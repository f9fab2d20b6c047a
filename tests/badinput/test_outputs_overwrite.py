"""Output policy cases (issue 13/16): existing outputs, GeoPackage tables, read-only folders, cancel leftovers.

Each case has an id, asserts the exact message, that every file already there is byte-identical and that nothing
else (no temporary file, journal or folder) is left.
"""

from __future__ import annotations

from pathlib import Path

import processing
import pytest
from helpers.bundled_runs import MINIMAL_RUNS, bundled_inputs, registered_runs, write_observed_catchments
from helpers.outputs import checksums, mount_tmpfs, unmount
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

EXISTS = (
    "The output {} already exists and would be overwritten. Choose another output, or tick "
    "'Overwrite existing output' to replace it."
)
SINK_RUNS = [a for a in sorted(MINIMAL_RUNS) if a != "hema:stylecatchments"]


@pytest.fixture(scope="module")
def catchments(tmp_path_factory, plugin):
    return write_observed_catchments(tmp_path_factory.mktemp("observed"), QgsProcessingContext(), None)


def run(alg_id, params, project, feedback=None):
    context = QgsProcessingContext()
    context.setProject(project)
    return processing.run(alg_id, params, context=context, feedback=feedback or QgsProcessingFeedback())


def minimal(alg_id, out, catchments):
    return MINIMAL_RUNS[alg_id]({**bundled_inputs(), "catchments": catchments}, out)


@pytest.mark.parametrize("alg_id", SINK_RUNS, ids=[f"OW01-{a.split(':')[1]}" for a in SINK_RUNS])
def test_existing_geopackage_is_not_replaced_without_overwrite(alg_id, tmp_path, catchments, project):
    if alg_id not in registered_runs():
        pytest.skip(f"{alg_id} is not registered on this branch")
    target = tmp_path / "old.gpkg"
    target.write_bytes(b"the user's own file")
    before = checksums(tmp_path)
    with pytest.raises(QgsProcessingException) as raised:
        run(alg_id, minimal(alg_id, str(target), catchments), project)
    assert str(raised.value) == EXISTS.format(target)
    assert checksums(tmp_path) == before


def test_OW02_existing_table_is_not_replaced(tmp_path, catchments, project):
    target = tmp_path / "book.gpkg"
    run("hema:catchmentsobserved", minimal("hema:catchmentsobserved", str(target), catchments), project)
    before = checksums(tmp_path)
    dest = f"ogr:dbname='{target}' table=\"book\""
    with pytest.raises(QgsProcessingException) as raised:
        run("hema:catchmentsobserved", minimal("hema:catchmentsobserved", dest, catchments), project)
    assert str(raised.value) == EXISTS.format(f"table 'book' in {target}")
    assert checksums(tmp_path) == before


def test_OW03_new_table_leaves_the_other_tables_alone(tmp_path, catchments, project):
    target = tmp_path / "book.gpkg"
    run("hema:catchmentsobserved", minimal("hema:catchmentsobserved", str(target), catchments), project)
    first = [f.attributes() for f in QgsVectorLayer(f"{target}|layername=book", "", "ogr").getFeatures()]
    dest = f"ogr:dbname='{target}' table=\"huff\""
    result = run("hema:catchmentshuff", minimal("hema:catchmentshuff", dest, catchments), project)
    assert result["OUTPUT"] == f"{target}|layername=huff"
    again = [f.attributes() for f in QgsVectorLayer(f"{target}|layername=book", "", "ogr").getFeatures()]
    assert again == first and len(first) > 0
    assert QgsVectorLayer(f"{target}|layername=huff", "", "ogr").featureCount() == len(first)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.gpkg"]


def test_OW04_overwrite_replaces_the_file(tmp_path, catchments, project):
    target = tmp_path / "out.gpkg"
    target.write_bytes(b"old")
    run("hema:catchmentsobserved", {**minimal("hema:catchmentsobserved", str(target), catchments), "OVERWRITE": True},
        project)  # fmt: skip
    assert QgsVectorLayer(str(target), "", "ogr").featureCount() > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gpkg"]


@pytest.mark.parametrize(
    ("case", "alg_id", "param", "name"),
    [
        ("OW05", "hema:stylecatchments", "QML", "style.qml"),
        ("OW06", "hema:calibratehuff", "PARAMETERS_FILE", "params.json"),
    ],
)
def test_existing_side_file_is_not_replaced(case, alg_id, param, name, tmp_path, catchments, project):
    side = tmp_path / name
    side.write_text("mine")
    params = {**minimal(alg_id, "TEMPORARY_OUTPUT", catchments), param: str(side)}
    before = checksums(tmp_path)
    with pytest.raises(QgsProcessingException) as raised:
        run(alg_id, params, project)
    assert str(raised.value) == EXISTS.format(side), case
    assert checksums(tmp_path) == before, case


@pytest.fixture()
def read_only(tmp_path):
    folder = mount_tmpfs(tmp_path / "ro", "1m")
    import subprocess

    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    yield folder
    unmount(folder)


@pytest.mark.parametrize(
    ("case", "alg_id", "param", "name"),
    [
        ("OW07", "hema:catchmentsobserved", "OUTPUT", "out.gpkg"),
        ("OW08", "hema:stylecatchments", "QML", "style.qml"),
        ("OW09", "hema:calibratehuff", "PARAMETERS_FILE", "params.json"),
    ],
)
def test_read_only_folder_is_refused_before_any_work(case, alg_id, param, name, read_only, catchments, project):
    params = {**minimal(alg_id, "TEMPORARY_OUTPUT", catchments), param: str(read_only / name)}
    feedback = QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException) as raised:
        run(alg_id, params, project, feedback)
    assert str(raised.value) == f"Could not write {read_only / name}: the folder is read-only.", case
    assert feedback.progress() == 0, f"{case}: work started before the output was checked"
    assert not list(read_only.iterdir())


def test_OW10_cancel_leaves_no_partial_geopackage(tmp_path, project):
    """A Huff run on 30k zones canceled while writing its GeoPackage leaves nothing (no partial file, no journal)."""
    from helpers.faultdata import cities, grid_zones

    zones, towns = grid_zones(30_000), cities()
    feedback = QgsProcessingFeedback()
    seen = []
    feedback.progressChanged.connect(lambda p: (seen.append(p), feedback.cancel() if p > 75 else None))
    params = {"ZONES": zones, "CITIES": towns, "ATTRACTIVENESS": "population", "OUTPUT": str(tmp_path / "huff.gpkg")}
    with pytest.raises(QgsProcessingException) as raised:
        run("hema:catchmentshuff", params, project, feedback)
    assert str(raised.value) == "Canceled."
    assert 75 < max(seen) < 100  # canceled while writing
    assert list(tmp_path.iterdir()) == []


def test_OW11_unwritable_path_message_names_path_and_cause(tmp_path, catchments, project):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    target = blocker / "sub" / "out.gpkg"
    with pytest.raises(QgsProcessingException) as raised:
        run("hema:catchmentsobserved", minimal("hema:catchmentsobserved", str(target), catchments), project)
    assert str(raised.value) == f"Could not write {target}: part of the path is a file, not a folder."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_OW12_temp_names_never_stay(tmp_path, catchments, project):
    """Ten runs into the same folder, half canceled: only the finished outputs remain."""
    for n in range(10):
        feedback = QgsProcessingFeedback()
        if n % 2:
            feedback.progressChanged.connect(lambda p, f=feedback: f.cancel() if p > 50 else None)
        try:
            run("hema:catchmentshuff", minimal("hema:catchmentshuff", str(tmp_path / f"r{n}.gpkg"), catchments),
                project, feedback)  # fmt: skip
        except QgsProcessingException as exc:
            assert str(exc) == "Canceled."
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"r{n}.gpkg" for n in range(0, 10, 2)]
    assert not [p for p in Path(tmp_path).iterdir() if "hema-tmp" in p.name]
