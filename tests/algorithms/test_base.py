"""The shared algorithm base: layer -> frame conversion, checks with clear messages, frame -> sink."""

import math
import traceback

import pandas as pd
import pytest
from hema_steden.algorithms.base import HemaAlgorithm, fields_for_frame
from hema_steden.core import HemaInputError
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureIterator,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)


class _Probe(HemaAlgorithm):
    def name(self):
        return "probe"

    def displayName(self):
        return "Probe"

    def initAlgorithm(self, config=None):
        pass

    def process(self, parameters, context, feedback):
        return {}


def _layer(geometry="Polygon", crs="EPSG:28992", rows=()):
    layer = QgsVectorLayer(f"{geometry}?crs={crs}&field=code:string&field=population:double", "zones", "memory")
    feats = []
    for code, pop, wkt in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([code, pop])
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_read_frame_points_and_numbers(qgis_app):
    # A C-shaped polygon: its centroid lies outside, the representative point must lie inside.
    c_shape = "POLYGON((0 0, 10 0, 10 2, 2 2, 2 8, 10 8, 10 10, 0 10, 0 0))"
    layer = _layer(rows=[("A", 10, c_shape), ("B", "25", "POLYGON((20 0, 30 0, 30 10, 20 10, 20 0))")])
    frame = _Probe().read_frame(layer, ["code", "population"], "Zones", numeric=["population"], points=True)
    assert list(frame["code"]) == ["A", "B"]
    assert frame["population"].tolist() == [10.0, 25.0]
    assert QgsGeometry.fromWkt(c_shape).contains(QgsGeometry.fromPointXY(QgsPointXY(frame["x"][1], frame["y"][1])))
    points = _layer("Point", rows=[("C", 1, "POINT(5 7)")])
    frame = _Probe().read_frame(points, ["code"], "Cities", points=True)
    assert (frame["x"].iloc[0], frame["y"].iloc[0]) == (5.0, 7.0)


def test_read_frame_names_empty_number_and_invalid_geometry(qgis_app):
    probe = _Probe()
    layer = _layer(rows=[("A", None, "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))")])
    with pytest.raises(QgsProcessingException, match="field 'population' of feature 1 is empty"):
        probe.read_frame(layer, ["code", "population"], "Zones", numeric=["population"])
    bowtie = _layer(rows=[("A", 1, "POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))")])
    with pytest.raises(QgsProcessingException, match="invalid geometry.*Fix geometries"):
        probe.read_frame(bowtie, ["code"], "Zones", points=True)
    with pytest.raises(QgsProcessingException, match="no field 'pop'"):
        probe.read_frame(layer, ["code", "pop"], "Zones")


def test_require_projected_and_empty(qgis_app):
    probe = _Probe()
    with pytest.raises(QgsProcessingException, match="geographic CRS.*EPSG:28992"):
        probe.require_projected(QgsCoordinateReferenceSystem("EPSG:4326"), "Zones")
    probe.require_projected(QgsCoordinateReferenceSystem("EPSG:28992"), "Zones")
    with pytest.raises(QgsProcessingException, match="is empty"):
        probe.require_features(_layer(), "Zones")


def test_write_frame_round_trip(qgis_app):
    frame = pd.DataFrame({"code": ["A", "B"], "n": [1, 2], "share": [0.5, math.nan], "own": [True, False]})
    fields = fields_for_frame(frame)
    assert [f.typeName().lower()[:3] for f in fields] and fields.names() == ["code", "n", "share", "own"]
    out = QgsVectorLayer("Point?crs=EPSG:28992", "out", "memory")
    out.dataProvider().addAttributes(fields.toList())
    out.updateFields()
    geoms = [QgsGeometry.fromPointXY(QgsPointXY(1, 2)), None]
    _Probe().write_frame(out.dataProvider(), frame, geoms)
    rows = [f.attributes() for f in out.getFeatures()]
    assert rows[0][:3] == ["A", 1, 0.5]
    assert rows[1][2] is None or str(rows[1][2]) == "NULL"
    assert next(out.getFeatures()).geometry().asPoint() == QgsPointXY(1, 2)


def _reference_write(sink, frame, geoms):
    """The plain way: a new QgsFeature per row, all rows in one addFeatures call."""
    features = []
    for i, row in enumerate(frame.itertuples(index=False)):
        feature = QgsFeature()
        feature.setAttributes([None if isinstance(v, float) and math.isnan(v) else v for v in row])
        if geoms[i] is not None:
            feature.setGeometry(geoms[i])
        features.append(feature)
    sink.addFeatures(features)


@pytest.mark.parametrize("fmt", ["memory", "gpkg"])
def test_write_frame_same_as_one_feature_per_row(qgis_app, tmp_path, fmt):
    n = 12_003  # more than one progress/cancel block
    frame = pd.DataFrame(
        {
            "code": [f"Z{i}" for i in range(n)],
            "n": list(range(n)),
            "share": [math.nan if i % 7 == 0 else i / 3 for i in range(n)],
            "own": [i % 2 == 0 for i in range(n)],
        }
    )
    geoms = [None if i % 5 == 0 else QgsGeometry.fromPointXY(QgsPointXY(i, -i)) for i in range(n)]
    layers = []
    for writer in (_reference_write, _Probe().write_frame):
        if fmt == "memory":
            layer = QgsVectorLayer("Point?crs=EPSG:28992", "out", "memory")
            layer.dataProvider().addAttributes(fields_for_frame(frame).toList())
            layer.updateFields()
            writer(layer.dataProvider(), frame, geoms)
        else:
            path = str(tmp_path / f"{writer.__name__}.gpkg")
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            sink = QgsVectorFileWriter.create(
                path,
                fields_for_frame(frame),
                QgsWkbTypes.Type.Point,
                QgsCoordinateReferenceSystem("EPSG:28992"),
                QgsCoordinateTransformContext(),
                options,
            )
            writer(sink, frame, geoms)
            del sink  # closes the file
            layer = QgsVectorLayer(path, "out", "ogr")
        layers.append(
            [(f.attributes(), f.geometry().asWkt() if f.hasGeometry() else None) for f in layer.getFeatures()]
        )
    reference, ours = layers
    assert len(ours) == n and ours == reference
    assert ours[3][0][-4:-2] == ["Z3", 3] and ours[3][1] == "Point (3 -3)" and ours[5][1] in (None, "Point EMPTY")


def test_write_frame_wkb_lines_keep_their_own_geometry(qgis_app):
    # all WKB: parsed into pooled geometries, reused for every batch; features already written must keep theirs
    n = 1_203
    frame = pd.DataFrame({"code": [f"L{i}" for i in range(n)], "value": [i / 4 for i in range(n)]})
    lines = [QgsGeometry.fromWkt(f"LineString ({i} 0, {i} {i + 1})") for i in range(n)]
    layers = []
    for writer, geoms in ((_reference_write, lines), (_Probe().write_frame, [bytes(g.asWkb()) for g in lines])):
        layer = QgsVectorLayer("LineString?crs=EPSG:28992", "out", "memory")
        layer.dataProvider().addAttributes(fields_for_frame(frame).toList())
        layer.updateFields()
        writer(layer.dataProvider(), frame, geoms)
        layers.append([(f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()])
    reference, ours = layers
    assert len(ours) == n and ours == reference
    assert ours[0][1] == "LineString (0 0, 0 1)" and ours[-1][1] == f"LineString ({n - 1} 0, {n - 1} {n})"


def test_write_frame_repeated_text_and_nulls_same_as_plain(qgis_app):
    n = 1_203  # repeated codes (one QVariant per distinct text), missing texts, more than one batch
    frame = pd.DataFrame({"code": [None if i % 9 == 0 else f"GM{i % 7:04d}" for i in range(n)], "n": list(range(n))})
    geoms = [QgsGeometry.fromPointXY(QgsPointXY(i, i)) for i in range(n)]
    layers = []
    for writer in (_reference_write, _Probe().write_frame):
        layer = QgsVectorLayer("Point?crs=EPSG:28992", "out", "memory")
        layer.dataProvider().addAttributes(fields_for_frame(frame).toList())
        layer.updateFields()
        writer(layer.dataProvider(), frame, geoms)
        layers.append([(f.attributes(), f.geometry().asWkt()) for f in layer.getFeatures()])
    assert len(layers[1]) == n and layers[1] == layers[0] and layers[1][1][0] == ["GM0001", 1]


def test_read_frame_nulls_as_none(qgis_app):
    layer = _layer("Point", rows=[("A", None, "POINT(0 0)"), (None, 3, "POINT(1 1)")])
    frame = _Probe().read_frame(layer, ["code", "population"], "Zones")
    assert frame["code"].tolist() == ["A", None] and frame["population"].isna().tolist() == [True, False]


def test_process_translates_input_errors(qgis_app):
    class Bad(_Probe):
        def process(self, parameters, context, feedback):
            raise HemaInputError("zone GM0001 has no flows; remove it")

    with pytest.raises(QgsProcessingException, match="GM0001 has no flows"):
        Bad().processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())


class _CancelAfterFirstBlock(QgsProcessingFeedback):
    def setProgress(self, progress):
        super().setProgress(progress)
        if progress > 0:
            self.cancel()


def test_stopped_read_releases_its_connection(qgis_app, tmp_path):
    # The dock keeps a stopped run's error, and with it the traceback's frames. An iterator left open there holds
    # one of the OGR provider's four connections: after four stopped runs QGIS waited forever on the next read.
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=code:string", "zones", "memory")
    features = []
    for i in range(5_000):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"Z{i}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    path = str(tmp_path / "zones.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    assert QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), options)[0] == 0
    source = QgsVectorLayer(path, "zones", "ogr")
    errors = []
    for _ in range(3):  # fewer than the provider's 4 connections: without the fix this fails instead of hanging
        with pytest.raises(QgsProcessingException, match="Canceled") as stopped:
            _Probe().read_frame(source, ["code"], "Zones", _CancelAfterFirstBlock())
        errors.append(stopped.value)
    iterators = [
        value
        for error in errors
        for frame, _ in traceback.walk_tb(error.__traceback__)
        for value in frame.f_locals.values()
        if isinstance(value, QgsFeatureIterator)
    ]
    assert iterators and all(it.isClosed() for it in iterators)
    assert len(_Probe().read_frame(source, ["code"], "Zones")) == 5_000  # the next read gets a connection


def test_object_columns_keep_their_values():
    from hema_steden.qgis_io.frames import _object_values

    text = _object_values(pd.Series(["A", "A", None, "B"] * 3, dtype=object))
    assert [None if v is None else v.value() for v in text] == ["A", "A", None, "B"] * 3  # shared QVariants
    mixed = _object_values(pd.Series([1, True, None, 1.5, math.nan] * 2, dtype=object))
    assert mixed == [1, True, None, 1.5, None] * 2 and type(mixed[1]) is bool  # 1 and True stay two values
    assert _object_values(pd.Series([["a"], ["a"]], dtype=object)) == ["['a']", "['a']"]  # unhashable: as text
