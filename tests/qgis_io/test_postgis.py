"""PostGIS round trip on the real local server: importflows writes to PostGIS, loadlayers reads it back."""

import os
import uuid

import processing
import psycopg2
import pytest
from helpers.datafixtures import hema_gpkg  # noqa: F401  (fixture)
from hema_steden.qgis_io.dataio import DEFAULT_PG_DSN
from qgis.core import (
    Qgis,
    QgsDataSourceUri,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerExporter,
)

DSN = os.environ.get("HEMA_PG_DSN", DEFAULT_PG_DSN)


@pytest.fixture()
def schema():
    try:
        conn = psycopg2.connect(DSN, connect_timeout=3)
    except psycopg2.OperationalError as exc:
        pytest.skip(f"PostGIS test server not running ({DSN}); start it with scripts/postgis.sh: {exc}")
    conn.autocommit = True
    name = f"hema_{uuid.uuid4().hex[:8]}"
    with conn.cursor() as cur:
        cur.execute(f"CREATE SCHEMA {name}")
    yield name
    with conn.cursor() as cur:
        cur.execute(f"DROP SCHEMA {name} CASCADE")
    conn.close()


def _pg_dest(schema, table, geometry=None):
    uri = QgsDataSourceUri(DSN)
    uri.setDataSource(schema, table, geometry)
    return "postgres:" + uri.uri(False)


def test_import_to_postgis_and_load_back(project, context, feedback, shared_data, hema_gpkg, schema):  # noqa: F811
    for table in ("steden", "zones", "provincies"):
        layer = QgsVectorLayer(f"{hema_gpkg}|layername={table}", table, "ogr")
        error, message = QgsVectorLayerExporter.exportLayer(
            layer, _pg_dest(schema, table, "geom")[len("postgres:") :], "postgres", layer.crs()
        )
        assert error == Qgis.VectorExportResult.Success, message
    params = {
        "INPUT": str(shared_data / "cbs_banen_woon_werk_2014_matrix_raw.csv"),
        "ZONES": f"{hema_gpkg}|layername=zones",
        "YEAR": 2014,
        "INVALID": 1,
        "OUTPUT": _pg_dest(schema, "flows"),
    }
    result = processing.run("hema:importflows", params, context=context, feedback=feedback)
    assert result["FLOW_COUNT"] == 1547
    # the table exists now: writing again needs OVERWRITE
    with pytest.raises(QgsProcessingException, match=f"PostGIS table {schema}.flows"):
        processing.run("hema:importflows", params, context=context, feedback=feedback)

    outputs = {k: "TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS", "OUTPUT_PROVINCES")}
    loaded = processing.runAndLoadResults(
        "hema:loadlayers",
        {"SOURCE": 3, "DATABASE": DSN, "SCHEMA": schema, "THEMES": [0], "YEAR": 2014, **outputs},
        context=context,
        feedback=feedback,
    )
    flows = project.mapLayersByName("stromen werk & studie")[0]
    values = {(f["origin"], f["destination"]): f["value"] for f in flows.getFeatures()}
    assert len(values) == 1547 and values[("GM0106", "GM0014")] == pytest.approx(3.7)
    assert project.mapLayersByName("zones")[0].featureCount() == 77
    assert loaded["OUTPUT_CITIES"]

    # the same tables through a connection stored in the QGIS connections registry, by name
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(
        metadata.createConnection(QgsDataSourceUri(DSN).uri(False), {"saveUsername": True, "savePassword": True}),
        "hema pytest",
    )
    try:
        by_name = processing.run(
            "hema:loadlayers",
            {"SOURCE": 3, "DATABASE": "hema pytest", "SCHEMA": schema, "THEMES": [0], **outputs},
            context=context,
            feedback=feedback,
        )
    finally:
        metadata.deleteConnection("hema pytest")
    assert by_name["OUTPUT_FLOWS"].featureCount() == 1547


def test_postgis_server_down(context, feedback, shared_data, hema_gpkg):  # noqa: F811
    uri = QgsDataSourceUri(DSN)
    uri.setConnection(uri.host() or "127.0.0.1", "5499", uri.database(), uri.username(), uri.password())
    uri.setDataSource("public", "flows", None)
    with pytest.raises(QgsProcessingException, match="Cannot connect to the PostGIS server .*:5499.*Start the server"):
        processing.run(
            "hema:importflows",
            {
                "INPUT": str(shared_data / "commuting_cbs_banen_2006_2014_noord.csv"),
                "ZONES": f"{hema_gpkg}|layername=zones",
                "INVALID": 1,
                "OUTPUT": "postgres:" + uri.uri(False),
            },
            context=context,
            feedback=feedback,
        )
