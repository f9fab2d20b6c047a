"""Shared data-source helpers: PostGIS connections, output-overwrite guard, opening GeoPackage/CSV/PostGIS layers."""

from __future__ import annotations

import os
import re
from pathlib import Path

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..i18n import tr

DEFAULT_PG_DSN = "host=127.0.0.1 port=5432 dbname=hema_test user=hema password=hema"


def default_dsn() -> str:
    """The PostGIS DSN of the HEMA_PG_DSN environment variable, else the local test database."""
    return os.environ.get("HEMA_PG_DSN", DEFAULT_PG_DSN)


def _where(uri: QgsDataSourceUri) -> str:
    return f"{uri.host() or 'localhost'}:{uri.port() or '5432'}/{uri.database()}"


def postgis_connection(database: str, schema: str = "public"):
    """An open connection to a PostGIS database given as a QGIS connection name or a DSN; checks it answers.

    Returns (connection, QgsDataSourceUri). Raises a QgsProcessingException naming the server when it is down.
    """
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    database = (database or "").strip()
    if not database:
        raise QgsProcessingException(
            tr("No PostGIS database given; enter a QGIS PostgreSQL connection name or a DSN like '{}'.").format(
                DEFAULT_PG_DSN.replace("password=hema", "password=...")
            )
        )
    named = metadata.connections().get(database)
    dsn = named.uri() if named is not None else database
    uri = QgsDataSourceUri(dsn)
    if not uri.database() and not uri.service():
        raise QgsProcessingException(
            tr("'{}' is neither a QGIS PostgreSQL connection nor a DSN with dbname=...; check the name.").format(
                database
            )
        )
    try:
        connection = metadata.createConnection(uri.uri(False), {})
        connection.tables(schema)
    except Exception as exc:  # QgsProviderConnectionException / QgsException, both from C++
        raise QgsProcessingException(
            tr(
                "Cannot connect to the PostGIS server {} ({}). Start the server or correct host, port, "
                "database, user and password."
            ).format(_where(uri), str(exc).strip())
        ) from exc
    return connection, uri


def postgres_layer(uri: QgsDataSourceUri, schema: str, table: str, geometry_column: str, name: str) -> QgsVectorLayer:
    """A PostGIS table as a vector layer (geometry_column '' for a table without geometry)."""
    table_uri = QgsDataSourceUri(uri.uri(False))
    table_uri.setDataSource(schema, table, geometry_column or None)
    return QgsVectorLayer(table_uri.uri(False), name, "postgres")


_OGR_DEST = re.compile(r"^ogr:dbname='?(?P<path>[^']+?)'?\s+table=\"?(?P<table>[^\"\s]+)\"?", re.IGNORECASE)


def guard_output(
    alg: QgsProcessingAlgorithm, parameters: dict, name: str, context: QgsProcessingContext, overwrite: bool
) -> str:
    """Refuse to write output name over an existing file, GeoPackage table or PostGIS table unless overwrite."""
    dest = alg.parameterAsOutputLayer(parameters, name, context) or ""
    if overwrite or not dest or dest.startswith("memory:"):
        return dest
    existing = None
    ogr = _OGR_DEST.match(dest)
    if ogr:
        path = Path(ogr.group("path"))
        if path.exists() and QgsVectorLayer(f"{path}|layername={ogr.group('table')}", "", "ogr").isValid():
            existing = tr("table '{}' in {}").format(ogr.group("table"), path)
    elif dest.startswith(("postgres:", "postgis:")):
        uri = QgsDataSourceUri(dest.split(":", 1)[1])
        connection, _ = postgis_connection(uri.uri(False), uri.schema() or "public")
        if connection.tableExists(uri.schema() or "public", uri.table()):
            existing = tr("PostGIS table {}.{} on {}").format(uri.schema() or "public", uri.table(), _where(uri))
    elif Path(dest).exists():
        existing = dest
    if existing:
        raise QgsProcessingException(
            tr(
                "The output {} already exists and would be overwritten. Choose another output, or tick "
                "'Overwrite existing output' to replace it."
            ).format(existing)
        )
    return dest
