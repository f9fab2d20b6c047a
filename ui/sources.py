"""Quick checks of the panel's data sources before a background load starts."""

from __future__ import annotations

import re

from qgis.core import QgsDataSourceUri, QgsException, QgsProviderConnectionException, QgsProviderRegistry

from ..i18n import tr
from .controller import PanelError


def postgis_uri(connection: str) -> str:
    """URI of a stored QGIS PostGIS connection by name, or the connection string itself."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is not None and connection in metadata.connections():
        return metadata.findConnection(connection).uri()
    uri = QgsDataSourceUri(connection)
    if not uri.host() and not uri.service() and not uri.database():
        raise PanelError(
            tr("'{}' is neither a stored PostGIS connection nor a connection string such as {}.").format(
                connection, "host=… dbname=… user=…"
            )
        )
    return uri.connectionInfo(True)


def _redact(text: str) -> str:
    """Hide passwords in connection strings and error messages."""
    return re.sub(r"(password\s*=\s*)('[^']*'|\S+)", r"\1***", text)


def check_postgis(connection: str, timeout_s: int = 5) -> str:
    """Open the PostGIS connection and run SELECT 1; raise PanelError with the server's reason when that fails."""
    uri = postgis_uri(connection)
    if "connect_timeout" not in uri:
        uri = f"{uri} connect_timeout={timeout_s}"
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        metadata.createConnection(uri, {}).executeSql("SELECT 1")
    except (QgsException, QgsProviderConnectionException) as exc:  # not a QgsException subclass on QGIS 3.40
        reason = _redact(str(exc).strip().splitlines()[0] if str(exc).strip() else "?")
        raise PanelError(
            tr("Cannot connect to PostGIS ({}): {}. Check the server, database, user and password.").format(
                _redact(connection), reason
            )
        ) from exc
    return uri
