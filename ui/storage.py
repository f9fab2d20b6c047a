"""The project GeoPackage that keeps every panel result: where it is, free table names, output URIs."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from qgis.core import QgsDataProvider, QgsProject, QgsSettings, QgsVectorFileWriter, QgsVectorLayer

from ..i18n import tr
from .controller import PanelError

ENTRY = ("hema_steden", "results_gpkg")  # project entry: the GeoPackage chosen for this project
FOLDER_SETTING = "hema_steden/results_folder"  # a folder chosen in the panel's settings ('' = beside the project)
SUFFIX = "_hema_results.gpkg"


def results_folder() -> str:
    """The folder chosen in the panel's settings ('' when results go beside the project)."""
    return str(QgsSettings().value(FOLDER_SETTING, "") or "")


def set_results_folder(folder: str) -> None:
    """Choose the folder for results GeoPackages ('' = beside the saved project)."""
    QgsSettings().setValue(FOLDER_SETTING, folder)


def results_gpkg(project: QgsProject) -> str:
    """The project's results GeoPackage: chosen before, else in the settings' folder, else beside the project.

    '' when none can be derived (an unsaved project without a folder: the dock asks the user once).
    """
    chosen, ok = project.readEntry(*ENTRY, "")
    if ok and chosen:
        return chosen
    stem = Path(project.fileName()).stem if project.fileName() else "hema_steden"
    if results_folder():
        return str(Path(results_folder()) / f"{stem}{SUFFIX}")
    if project.fileName():
        return str(Path(project.fileName()).with_name(f"{stem}{SUFFIX}"))
    return ""


def remember(project: QgsProject, path: str) -> None:
    """Store the chosen results GeoPackage in the project (saved with it)."""
    project.writeEntry(*ENTRY, path)


def tables(path: str) -> set[str]:
    """Names of the tables of a GeoPackage (empty for a file that does not exist yet)."""
    if not Path(path).exists():
        return set()
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return {str(row[0]).lower() for row in db.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.Error as exc:
        raise PanelError(
            tr("{} is not a GeoPackage the results can be added to ({}); choose another file.").format(path, exc)
        ) from exc


def check_writable(path: str) -> None:
    """Refuse a results GeoPackage whose folder does not exist or cannot be written."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise PanelError(tr("The folder {} for the results does not exist; choose another.").format(folder))
    target = Path(path) if Path(path).exists() else folder
    if not _writable(target):
        raise PanelError(tr("{} cannot be written; choose another place for the results.").format(target))
    tables(path)  # an existing file must be a GeoPackage


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def slug(text: str) -> str:
    """A table name from free text: lower case letters, digits and underscores."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "result"


def free_table(path: str, base: str, taken: set[str] | None = None) -> str:
    """base, or base_2, base_3 … : a table name not yet in the GeoPackage (existing tables are never replaced)."""
    used = tables(path) | {t.lower() for t in (taken or set())}
    name, n = slug(base), 1
    while (name if n == 1 else f"{name}_{n}") in used:
        n += 1
    return name if n == 1 else f"{name}_{n}"


def table_of(layer: QgsVectorLayer, path: str) -> str | None:
    """The table of path that layer reads ('' / None when it reads something else)."""
    source = layer.source()
    if not path or not source.startswith(path):
        return None
    match = re.search(r"\|layername=([^|]+)", source)
    return match.group(1) if match else None


def drop_table(path: str, table: str) -> bool:
    """Delete one result table the panel wrote (used only for replaced, untouched results); True when gone."""
    from osgeo import gdal, ogr

    with gdal.quiet_errors() if hasattr(gdal, "quiet_errors") else _Quiet(gdal):
        source = ogr.Open(path, 1)
        if source is None:
            return False
        for i in range(source.GetLayerCount()):
            if source.GetLayerByIndex(i).GetName().lower() == table.lower():
                return source.DeleteLayer(i) == 0
    return False


class _Quiet:
    """GDAL errors off for a block (a table still open elsewhere simply stays)."""

    def __init__(self, gdal):
        self.gdal = gdal

    def __enter__(self):
        self.gdal.PushErrorHandler("CPLQuietErrorHandler")

    def __exit__(self, *_exc):
        self.gdal.PopErrorHandler()


def persist_layer(layer: QgsVectorLayer, path: str, table: str) -> None:
    """Write a memory result into a new table of the GeoPackage and let the layer read it from there.

    The layer keeps its id, name, style and properties; only its data source changes.
    """
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    exists = Path(path).exists()
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        if exists
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    )
    context = QgsProject.instance().transformContext()
    error, message, _file, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, context, options)
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise PanelError(tr("Could not keep the result {} in {}: {}").format(layer.name(), path, message))
    renderer = layer.renderer().clone() if layer.isSpatial() and layer.renderer() else None
    layer.setDataSource(f"{path}|layername={table}", layer.name(), "ogr", QgsDataProvider.ProviderOptions())
    if renderer is not None and layer.renderer() is None:
        layer.setRenderer(renderer)
    if not layer.isValid() or layer.featureCount() < 0:
        raise PanelError(tr("The result {} written to {} cannot be read back.").format(layer.name(), path))
