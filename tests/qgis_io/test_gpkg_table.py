"""Bulk GeoPackage reads (qgis_io/gpkg_table): the same frame as QGIS's own reading, or QGIS's reading itself."""

import pandas as pd
import pytest
from helpers.outputs import checksums
from hema_steden.qgis_io import gpkg_table
from hema_steden.qgis_io.frames import field_type, read_frame
from hema_steden.qgis_io.snapshot import FrozenSource, frozen_feature_source
from osgeo import gdal, ogr
from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

NAMES = ["Súdwest-Fryslân", " GM0106 ", "", "Emmen", "Zwolle"]


def _table(path, rows: int = 2_500, nulls: bool = True, with_date: bool = False) -> str:
    """A GeoPackage flow table: text (non-ASCII, blanks, spaces), reals, integers, 64-bit integers and NULLs."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("flows", geom_type=ogr.wkbNone)
    for name, kind in (("origin", ogr.OFTString), ("value", ogr.OFTReal), ("n", ogr.OFTInteger),
                       ("big", ogr.OFTInteger64), ("note", ogr.OFTString)):  # fmt: skip
        layer.CreateField(ogr.FieldDefn(name, kind))
    if with_date:
        layer.CreateField(ogr.FieldDefn("day", ogr.OFTDate))
    layer.StartTransaction()
    for k in range(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature["origin"] = NAMES[k % len(NAMES)]
        if not (nulls and k % 7 == 3):
            feature["value"] = k / 3.0
        if not (nulls and k % 11 == 5):
            feature["n"] = k - 1_000
        feature["big"] = 2**40 + k
        if not (nulls and k % 5 == 0):
            feature["note"] = f"rij {k}"
        if with_date:
            feature["day"] = "2024-01-02"
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    return str(path)


def _layer(path: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername=flows", "flows", "ogr")
    assert layer.isValid()
    return layer


def _frozen(layer: QgsVectorLayer, selected: bool = False, limit: int = -1):
    frozen = FrozenSource(layer, selected, limit)
    return frozen, frozen_feature_source((frozen, limit), QgsProcessingContext())


def test_bulk_read_equals_qgis_read(qgis_app, tmp_path, monkeypatch):
    monkeypatch.setattr(gpkg_table, "BATCH", 1_000)  # several Arrow batches, joined
    path = _table(tmp_path / "flows.gpkg")
    layer = _layer(path)
    frozen, source = _frozen(layer)
    assert source.gpkg_table is not None and source.gpkg_table.count == 2_500
    columns = ["origin", "value", "n", "big", "note", "fid"]
    bulk = gpkg_table.read_columns(source.gpkg_table, columns)
    assert bulk is not None and len(bulk[1]) == 2_500
    fast = read_frame(source, columns, "Flows")
    slow = read_frame(layer, columns, "Flows")  # a layer has no gpkg_table: read through QGIS
    pd.testing.assert_frame_equal(fast, slow)
    assert fast.loc[1, "origin"] == "Súdwest-Fryslân" and fast.loc[2, "origin"] == " GM0106 "
    assert fast["value"].isna().sum() == len(range(3, 2_500, 7)) and fast["note"].isna().sum() == 500
    assert fast["big"].max() == 2**40 + 2_499 and fast["n"].isna().sum() == len(range(5, 2_500, 11))


def test_bulk_read_checks_numbers_as_qgis_does(qgis_app, tmp_path):
    path = _table(tmp_path / "flows.gpkg")
    layer = _layer(path)
    _frozen_source, source = _frozen(layer)
    messages = []
    for read_from in (source, layer):
        with pytest.raises(QgsProcessingException) as error:
            read_frame(read_from, ["origin", "value"], "Flows", numeric=["value"])
        messages.append(str(error.value))
    assert messages[0] == messages[1]
    assert "field 'value' of feature 4 is empty" in messages[0]


def test_bulk_read_leaves_the_file_unchanged(qgis_app, tmp_path):
    path = _table(tmp_path / "flows.gpkg", nulls=False)
    before = checksums(tmp_path)
    _frozen_source, source = _frozen(_layer(path))
    assert gpkg_table.read_columns(source.gpkg_table, ["origin", "value"]) is not None
    assert checksums(tmp_path) == before  # the file unchanged, and no journal or WAL file left beside it


def test_qgis_reads_what_the_file_does_not_hold(qgis_app, tmp_path):
    path = _table(tmp_path / "flows.gpkg", with_date=True)
    layer = _layer(path)
    # a filter, a selection, a feature limit: QGIS applies them
    assert gpkg_table.geopackage_table(layer, True, -1) is None
    assert gpkg_table.geopackage_table(layer, False, 10) is None
    filtered = _layer(path)
    filtered.setSubsetString('"n" > 0')
    assert gpkg_table.geopackage_table(filtered, False, -1) is None
    # unsaved edits: read through QGIS, which sees them
    edited = _layer(path)
    edited.startEditing()
    edited.changeAttributeValue(1, edited.fields().lookupField("origin"), "GM0114")
    _frozen_source, source = _frozen(edited)
    assert source.gpkg_table is None
    assert read_frame(source, ["origin"], "Flows").loc[1, "origin"] == "GM0114"
    edited.rollBack()
    # dates, virtual and joined fields are not plain file columns
    virtual = _layer(path)
    virtual.addExpressionField('"n" * 2', QgsField("twice", field_type("int32")))
    table = gpkg_table.geopackage_table(virtual, False, -1)
    assert {"origin", "value", "n", "big", "note", "fid"} <= table.fields
    assert "day" not in table.fields and "twice" not in table.fields
    assert gpkg_table.read_columns(table, ["origin", "twice"]) is None
    assert read_frame(_frozen(virtual)[1], ["twice"], "Flows")["twice"].tolist()[:2] == [-2000, -1998]
    # other providers and formats
    memory = QgsVectorLayer("None?field=origin:string", "m", "memory")
    assert gpkg_table.geopackage_table(memory, False, -1) is None
    csv = tmp_path / "flows.csv"
    csv.write_text("origin,value\nGM0106,1\n", encoding="utf-8")
    assert gpkg_table.geopackage_table(QgsVectorLayer(str(csv), "c", "ogr"), False, -1) is None


def test_bulk_read_refuses_a_changed_or_missing_file(qgis_app, tmp_path):
    path = _table(tmp_path / "flows.gpkg", nulls=False)
    layer = _layer(path)
    _frozen_source, source = _frozen(layer)
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("DELETE FROM flows WHERE fid > 2000")
    ds = None
    # the row count no longer matches the layer's: no bulk values, read_frame falls back to QGIS
    assert gpkg_table.read_columns(source.gpkg_table, ["origin"]) is None
    missing = gpkg_table.GeoPackageTable(str(tmp_path / "gone.gpkg"), "flows", 2_500, frozenset({"origin"}))
    assert gpkg_table.read_columns(missing, ["origin"]) is None


def test_flowlines_same_from_file_and_memory(plugin):
    """hema:flowlines on the bundled GeoPackage flow table (bulk read) equals a run on its copy in memory."""
    import processing
    from helpers.bundled_runs import bundled_uri

    stored = QgsVectorLayer(bundled_uri("flows"), "flows", "ogr")
    copy = stored.materialize(QgsFeatureRequest())
    assert _frozen(stored)[1].gpkg_table is not None and copy.featureCount() == stored.featureCount() > 100
    outputs = []
    for flows in (stored, copy):
        params = {"FLOWS": flows, "CITIES": bundled_uri("zones"), "OUTPUT": "memory:", "NODE_TOTALS": "memory:"}
        result = processing.run("hema:flowlines", params, context=QgsProcessingContext())
        outputs.append([(f.attributes(), f.geometry().asWkt(3)) for f in result["OUTPUT"].getFeatures()])
    assert outputs[0] == outputs[1] and len(outputs[0]) > 10


def test_bulk_read_stops_when_canceled(qgis_app, tmp_path, monkeypatch):
    monkeypatch.setattr(gpkg_table, "BATCH", 1_000)
    layer = _layer(_table(tmp_path / "flows.gpkg"))
    _frozen_source, source = _frozen(layer)
    asked = []
    assert gpkg_table.read_columns(source.gpkg_table, ["origin"], lambda: asked.append(1) or len(asked) > 1) is None
    assert len(asked) == 2  # asked before the first and the second batch, not after the last
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        read_frame(source, ["origin", "value"], "Flows", feedback)
