"""hema:compareperiods and hema:scenario under qgis_process.bin (the plugin linked into a temporary profile)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.bundled_runs import bundled_inputs
from helpers.qgisprocess import enable_plugin, linked_profile, qgis_process
from hema_steden.qgis_io.frames import field_type
from qgis.core import QgsFeature, QgsField, QgsProject, QgsVectorFileWriter, QgsVectorLayer


@pytest.fixture(scope="module")
def profile(tmp_path_factory) -> Path:
    profile = linked_profile(tmp_path_factory.mktemp("qp") / "config")
    enable_plugin(profile)
    return profile


def _jobs_gpkg(shared: Path, path: Path) -> str:
    """The CBS jobs 2006-2014 as a GeoPackage table (origin, destination, value, year) made by the test."""
    import pandas as pd

    raw = pd.read_csv(shared / "commuting_cbs_banen_2006_2014_noord.csv").dropna(subset=["woon_code_2014"])
    layer = QgsVectorLayer("None", "flows", "memory")
    kinds = (("origin", "string"), ("destination", "string"), ("value", "double"), ("year", "int32"))
    layer.dataProvider().addAttributes([QgsField(name, field_type(kind)) for name, kind in kinds])
    layer.updateFields()
    feats = []
    for row in raw.itertuples(index=False):
        f = QgsFeature(layer.fields())
        f.setAttributes([row.woon_code_2014, row.werk_code_2014, float(row.banen_x1000), int(row.jaar)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "flows"
    err, msg, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert err == QgsVectorFileWriter.WriterError.NoError, msg
    return f"{path}|layername=flows"


def test_compareperiods_and_scenario(profile, plugin, shared_data, tmp_path):
    flows = _jobs_gpkg(shared_data, tmp_path / "jobs.gpkg")
    inputs = bundled_inputs()
    done = qgis_process(
        profile, "--json", "run", "hema:compareperiods", "--",
        f"FLOWS={flows}", "YEAR_FROM=2006", "YEAR_TO=2014", f"ZONES={inputs['zones']}",
        f"CITIES={inputs['cities']}", "CITY_CODES=GM0106,GM0114,GM0118,GM0119",
        f"OUTPUT_LINKS={tmp_path / 'links.gpkg'}", f"OUTPUT_ZONES={tmp_path / 'zones.gpkg'}",
        f"OUTPUT_CITIES={tmp_path / 'cities.gpkg'}", f"OUTPUT_SERIES={tmp_path / 'series.gpkg'}",
        f"CHART={tmp_path / 'series.png'}",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    results = json.loads(done.stdout)["results"]
    assert Path(results["CHART"]).is_file()
    series = QgsVectorLayer(results["OUTPUT_SERIES"], "s", "ogr")
    assert series.featureCount() > 4 * 9
    done = qgis_process(
        profile, "--json", "run", "hema:scenario", "--",
        f"ZONES={inputs['zones']}", f"CITIES={inputs['cities']}", "SCENARIOS=a, attractiveness, GM0119, 1.25",
        f"OUTPUT_ZONES={tmp_path / 'sz.gpkg'}", f"OUTPUT_CITIES={tmp_path / 'sc.gpkg'}",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    cities = QgsVectorLayer(json.loads(done.stdout)["results"]["OUTPUT_CITIES"], "c", "ogr")
    meppel = [f for f in cities.getFeatures() if f["code"] == "GM0119"]
    assert meppel and meppel[0]["change"] > 0
