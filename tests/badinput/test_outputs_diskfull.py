"""Output policy, disk full: every writing algorithm on a nearly full tmpfs (root only; skipped otherwise).

Each case writes its outputs once (the user's previous files), fills the disk, runs again with OVERWRITE and
asserts: the run fails with "Could not write <path>: the disk is full." (no success on a broken file), every
previous file is byte-identical and nothing else is left in the folder (no temporary file, journal or folder).
"""

from __future__ import annotations

from pathlib import Path

import processing
import pytest
from helpers.bundled_runs import MINIMAL_RUNS, bundled_inputs, registered_ids, write_observed_catchments
from helpers.outputs import checksums, fill, mount_tmpfs, unmount
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

SINKS = {
    "hema:loadlayers": ["OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS", "OUTPUT_PROVINCES"],
    "hema:flowlines": ["OUTPUT", "NODE_TOTALS"],
    "hema:dominantflows": ["OUTPUT", "NODES_OUTPUT"],
    "hema:cityprofile": ["OUTPUT", "PARTNERS"],
    "hema:scenario": ["OUTPUT_ZONES", "OUTPUT_CITIES"],
}
EXTRA = {  # file outputs beside the feature sinks
    "hema:calibratehuff": {"PARAMETERS_FILE": "params.json"},
    "hema:stylecatchments": {"QML": "style.qml"},
}
# case id -> (algorithm, free bytes left): 'start' fails creating the temporary file, 'mid' while writing it
CASES = [(f"DF{n:02d}-{alg.split(':')[1]}-{when}", alg, when)
         for n, (alg, when) in enumerate((a, w) for a in sorted(MINIMAL_RUNS) for w in ("start", "mid"))]  # fmt: skip


@pytest.fixture(scope="module")
def disk(tmp_path_factory):
    folder = mount_tmpfs(tmp_path_factory.mktemp("diskfull") / "mnt", "16m")
    yield folder
    unmount(folder)


@pytest.fixture(scope="module")
def catchments(tmp_path_factory, plugin):
    return write_observed_catchments(tmp_path_factory.mktemp("observed"), QgsProcessingContext(), None)


def params_for(alg_id: str, folder: Path, catchments: str) -> dict:
    """The minimal bundled run with every output a file of its own in folder."""
    params = MINIMAL_RUNS[alg_id]({**bundled_inputs(), "catchments": catchments}, "")
    for name in SINKS.get(alg_id, ["OUTPUT"]):
        if name in params or alg_id != "hema:stylecatchments":
            params[name] = str(folder / f"{name.lower()}.gpkg")
    for name, file_name in EXTRA.get(alg_id, {}).items():
        params[name] = str(folder / file_name)
    params.pop("", None)
    return {k: v for k, v in params.items() if v != ""}


@pytest.mark.parametrize(("case", "alg_id", "when"), CASES, ids=[c[0] for c in CASES])
def test_disk_full_keeps_the_previous_files(case, alg_id, when, disk, catchments, project):
    if alg_id not in registered_ids():
        pytest.skip(f"{alg_id} is not registered on this branch")
    folder = disk / case
    folder.mkdir()
    context = QgsProcessingContext()
    context.setProject(project)
    params = params_for(alg_id, folder, catchments)
    processing.run(alg_id, params, context=context, feedback=QgsProcessingFeedback())
    before = checksums(folder)
    assert before, f"{case}: the first run wrote nothing"
    largest = max((folder / name).stat().st_size for name in before)
    filler = fill(disk, 4096 if when == "start" else max(8192, largest // 3))
    try:
        with pytest.raises(QgsProcessingException) as raised:
            processing.run(alg_id, {**params, "OVERWRITE": True}, context=context, feedback=QgsProcessingFeedback())
    finally:
        filler.unlink()
    message = str(raised.value)
    paths = [str(folder / name) for name in before]
    assert any(message == f"Could not write {p}: the disk is full." for p in paths), f"{case}: {message}"
    assert checksums(folder) == before, f"{case}: a previous file changed or something was left behind"
