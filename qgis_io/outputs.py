"""ONE output policy for every file the plugin writes (GeoPackage, PDF, PNG, SVG, JSON, QML, HTML, CSV).

- An existing file (or GeoPackage table) is replaced only with OVERWRITE; a new table is added to an existing
  GeoPackage without touching its other tables.
- Every output's folder is checked for writability before any work (HemaAlgorithm.prepareAlgorithm).
- Everything is written to a temporary file beside the target, verified (PDF: pages and trailer read back;
  images: decoded at their size; GeoPackage: reopened and its features counted; JSON/QML/SVG/HTML: parsed back),
  and only then moved over the target with os.replace (atomic on one file system). A new table for an existing
  GeoPackage is written into a copy of it, so the original stays as it was until the verified copy replaces it.
- On failure or cancel the old file stays byte-identical and the temporary file and its SQLite journals go.
- Messages are one sentence naming the path and the cause ("the disk is full", "the folder is read-only").

Feature sinks: Processing creates the file itself, so HemaAlgorithm.sink_for_frame points the sink at the
temporary path and returns an AtomicSink; write_frame finishes it (closes, verifies, replaces) after the last row.
Memory and PostGIS outputs are not files and are left as they were.

Several outputs of one run are one transaction (HemaAlgorithm.processAlgorithm: begin/commit/rollback): a verified
temporary file waits beside its target until the whole run succeeded, so a run that fails at its third output (a full
disk) leaves the first two targets as they were too.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.dom import minidom

from qgis.core import QgsProcessingContext, QgsProcessingException, QgsVectorLayer
from qgis.PyQt import sip

from ..i18n import tr

SIDECARS = ("-journal", "-wal", "-shm")
_OGR_DEST = re.compile(r"^(ogr:dbname=)'?(?P<path>[^']+?)'?(\s+table=\"?(?P<table>[^\"\s]+)\"?.*)$", re.IGNORECASE)
_CAUSES = (
    (("no space left", "disk is full", "disk full", "errno 28", "enospc"), "full"),
    (("read-only", "readonly", "read only", "errno 30"), "read-only"),
    (("permission denied", "access is denied", "errno 13"), "denied"),
    (("quota",), "quota"),
    (("database is locked", "locked"), "locked"),
)
_ERRNO = {
    errno.ENOSPC: "full",
    errno.EROFS: "read-only",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EDQUOT: "quota",
    errno.ENOENT: "missing",
    errno.ENOTDIR: "notdir",
}


def _words(key: str) -> str:
    return {
        "full": tr("the disk is full"),
        "read-only": tr("the folder is read-only"),
        "denied": tr("permission was denied"),
        "quota": tr("the disk quota is exceeded"),
        "locked": tr("the file is locked by another program"),
        "missing": tr("the folder does not exist"),
        "notdir": tr("part of the path is a file, not a folder"),
    }[key]


# -- messages -------------------------------------------------------------------------------------------------
def cause(error: BaseException | str, path: str | Path | None = None) -> str:
    """The cause of a write error in a few plain words (no SQL, no traceback).

    GDAL reports "database or disk is full" only on stderr, so a failure without a known cause whose folder is
    (still) nearly full - call this before removing the partial file - is reported as a full disk.
    """
    if isinstance(error, OSError) and error.errno in _ERRNO:
        return _words(_ERRNO[error.errno])
    text = str(error).lower()
    for keys, key in _CAUSES:
        if any(k in text for k in keys):
            return _words(key)
    if path is not None and _disk_nearly_full(Path(path)):
        return _words("full")
    first = next((line.strip() for line in str(error).splitlines() if line.strip()), "")
    return first[:160] or tr("the file could not be written")


def write_error(path: str | Path, error: BaseException | str) -> QgsProcessingException:
    """'Could not write <path>: <cause>.' as the one-sentence error of a failed output."""
    return QgsProcessingException(tr("Could not write {}: {}.").format(path, cause(error, path)))


def exists_error(what: str) -> QgsProcessingException:
    """The refusal to replace an existing output without OVERWRITE."""
    return QgsProcessingException(
        tr(
            "The output {} already exists and would be overwritten. Choose another output, or tick "
            "'Overwrite existing output' to replace it."
        ).format(what)
    )


# -- checks before any work -----------------------------------------------------------------------------------
def split_destination(dest: str) -> tuple[str, str]:
    """(file path, table) of a file destination ('ogr:dbname=... table=...', 'x.gpkg|layername=t' or a path)."""
    match = _OGR_DEST.match(dest)
    if match:
        return match.group("path"), match.group("table")
    if "|layername=" in dest:
        path, table = dest.split("|layername=", 1)
        return path, table.split("|")[0]
    return dest, ""


def is_file_destination(dest: str) -> bool:
    """True for outputs written to a local file (not memory:, postgres:, an empty or a URL destination)."""
    return bool(dest) and not re.match(r"^(memory|postgres|postgis|mssql|oracle|spatialite|https?):", dest, re.I)


def table_exists(path: str, table: str) -> bool:
    """True when the GeoPackage (or other OGR file) at path has a layer named table."""
    return Path(path).exists() and QgsVectorLayer(f"{path}|layername={table}", "", "ogr").isValid()


def check_writable(path: str | Path) -> None:
    """Create the output folder if needed and prove a file can be made in it; a one-sentence error otherwise."""
    folder = Path(path).resolve().parent
    probe = folder / f".hema-write-test-{uuid.uuid4().hex[:8]}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(probe, "wb") as handle:
            handle.write(b"x")
        probe.unlink()
    except OSError as exc:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass
        raise write_error(path, exc) from exc
    if Path(path).is_dir():
        raise QgsProcessingException(tr("Could not write {}: it is a folder.").format(path))


def check_output(dest: str, overwrite: bool) -> None:
    """Refuse an existing file or table without overwrite, and an output whose folder cannot be written."""
    if not is_file_destination(dest):
        return
    path, table = split_destination(dest)
    if not overwrite:
        if table and table_exists(path, table):
            raise exists_error(tr("table '{}' in {}").format(table, path))
        if not table and Path(path).exists():
            raise exists_error(path)
    check_writable(path)


# -- temporary files ------------------------------------------------------------------------------------------
def temp_beside(path: str | Path) -> Path:
    """A fresh temporary path beside the target, same suffix (one dot only: Processing needs that for 'ogr:')."""
    target = Path(path)
    return target.with_name(f"{target.stem}_hema-tmp-{uuid.uuid4().hex[:8]}{target.suffix}")


def remove(path: str | Path) -> None:
    """Remove a file and its SQLite journals, if present."""
    for suffix in ("", *SIDECARS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


_PENDING: dict[int, list[list[tuple[Path, Path]]]] = {}


def _key(context) -> int | None:
    """The address of the run's C++ context (its Python wrappers may differ between calls)."""
    return None if context is None else sip.unwrapinstance(context)


def begin(context) -> None:
    """Start collecting the verified outputs of a run on this context (nested runs stack)."""
    key = _key(context)
    if key is not None:
        _PENDING.setdefault(key, []).append([])


def _pop(context) -> list[tuple[Path, Path]]:
    key = _key(context)
    stack = _PENDING.get(key) if key is not None else None
    if not stack:
        return []
    moves = stack.pop()
    if not stack:
        del _PENDING[key]
    return moves


def commit(context) -> None:
    """Move every verified temporary file of the run over its target."""
    moves = _pop(context)
    for n, (temp, target) in enumerate(moves):
        try:
            replace(temp, target)
        except QgsProcessingException:
            for rest, _ in moves[n + 1 :]:
                remove(rest)
            raise
        remove(temp)  # journals, if any


def rollback(context) -> None:
    """Drop the verified temporary files of a failed or canceled run: every target stays as it was."""
    for temp, _ in _pop(context):
        remove(temp)


def replace_later(temp: Path, target: Path, context) -> None:
    """Move temp over target when the run commits, or now when no run collects outputs on this context."""
    key = _key(context)
    stack = _PENDING.get(key) if key is not None else None
    if stack:
        stack[-1].append((temp, target))
        return
    replace(temp, target)
    remove(temp)


def replace(temp: str | Path, target: str | Path) -> None:
    """Move a verified temporary file over the target (atomic on one file system); clean up on failure."""
    try:
        os.replace(temp, target)
    except OSError as exc:
        remove(temp)
        raise write_error(target, exc) from exc


@contextmanager
def atomic_file(target: str | Path, verify: Callable[[Path], None]) -> Iterator[Path]:
    """Yield a temporary path beside target; after the block, verify it and move it over target.

    Any exception (cancel included) removes the temporary file and leaves target as it was; OSErrors and failed
    verifications become a one-sentence QgsProcessingException naming target and the cause.
    """
    temp = temp_beside(target)
    try:
        yield temp
        verify(temp)
    except QgsProcessingException:
        remove(temp)
        raise
    except Exception as exc:
        error = write_error(target, exc)  # before removing the partial file: its size tells a full disk
        remove(temp)
        raise error from exc
    replace(temp, target)


def write_text(target: str | Path, text: str, verify: Callable[[Path], None] | None = None) -> None:
    """Write a text file (UTF-8) through the policy, verified by verify (default: read back equal)."""

    def check(temp: Path) -> None:
        if temp.read_text(encoding="utf-8") != text:
            raise OSError(errno.EIO, "the file read back differs from what was written")
        if verify is not None:
            verify(temp)

    with atomic_file(target, check) as temp:
        with open(temp, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())


# -- verification ---------------------------------------------------------------------------------------------
def _broken(path: Path, what: str) -> OSError:
    size = path.stat().st_size if path.exists() else 0
    # a short file is almost always a disk that filled up while writing
    reason = "disk full" if size == 0 or _disk_nearly_full(path) else what
    return OSError(errno.ENOSPC if reason == "disk full" else errno.EIO, reason)


def _disk_nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 512 * 1024
    except OSError:
        return False


def verify_json(path: Path) -> None:
    """The file parses as JSON."""
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise _broken(path, "the JSON written is not readable") from exc


def verify_xml(path: Path) -> None:
    """The file parses as XML (QML styles, SVG drawings)."""
    try:
        minidom.parse(str(path))
    except Exception as exc:  # expat errors
        raise _broken(path, "the XML written is not readable") from exc


def verify_html(path: Path) -> None:
    """The HTML report is complete (ends with its closing tag)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if "</html>" not in text.lower()[-200:]:
        raise _broken(path, "the HTML written is incomplete")


def pdf_pages(path: Path) -> int:
    """Page count of a PDF read back with QGIS's PDF-capable GDAL driver or, failing that, the page objects."""
    data = path.read_bytes()
    if (
        not data.startswith(b"%PDF")
        or b"%%EOF" not in data[-2048:]
        or b"trailer" not in data[-65536:].lower()
        and (b"/Root" not in data[-65536:])
    ):
        return 0
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return max(counts, default=len(re.findall(rb"/Type\s*/Page\b", data)))


def verify_pdf(path: Path, pages: int | None = None) -> None:
    """The PDF is complete (header, trailer, %%EOF) and has the expected number of pages."""
    found = pdf_pages(path)
    if found == 0 or (pages is not None and found != pages):
        raise _broken(path, f"the PDF written is incomplete ({found} of {pages or '?'} pages readable)")


def verify_image(path: Path) -> None:
    """A PNG (or other raster image) decodes at a non-zero size."""
    from qgis.PyQt.QtGui import QImageReader

    reader = QImageReader(str(path))
    size = reader.size()
    image = reader.read()
    if image.isNull() or size.width() <= 0 or image.width() != size.width():
        raise _broken(path, "the image written cannot be decoded")


def verifier_for(path: str | Path, pages: int | None = None) -> Callable[[Path], None]:
    """The verification for a file type, by its suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return lambda p: verify_pdf(p, pages)
    if suffix in (".png", ".jpg", ".jpeg", ".tif", ".tiff"):
        return verify_image
    if suffix in (".svg", ".qml", ".xml"):
        return verify_xml
    if suffix in (".html", ".htm"):
        return verify_html
    if suffix == ".json":
        return verify_json
    return lambda p: None


# -- feature sinks --------------------------------------------------------------------------------------------
class AtomicSink:
    """A feature sink writing to a temporary file beside its target; finish() verifies and replaces the target."""

    def __init__(self, sink, temp_id: str, target_id: str, temp: Path, target: Path, table: str, context):
        self.sink, self.temp_id, self.target_id = sink, temp_id, target_id
        self.temp, self.target, self.table = temp, target, table
        self.context: QgsProcessingContext = context
        self.addFeature = sink.addFeature  # the sink's own methods: no Python call per feature
        self.addFeatures = sink.addFeatures
        self.done = False

    def lastError(self) -> str:
        return self.sink.lastError()

    def error(self, detail: str) -> QgsProcessingException:
        """The one-sentence error of a failed write (the sink's SQL detail is reduced to its cause)."""
        return write_error(self.target, detail or "disk full")

    def finish(self, expected: int) -> None:
        """Close the sink, check the temporary file holds the expected features, move it over the target."""
        self.sink.flushBuffer()
        error = self.sink.lastError()
        # closes the file (QgsVectorFileWriter commits on destruction)
        self.sink = self.addFeature = self.addFeatures = None
        if error:
            failure = self.error(error)
            self.abort()
            raise failure
        layer = QgsVectorLayer(self.temp_id, "", "ogr")
        count = layer.featureCount() if layer.isValid() else -1
        del layer
        if count != expected:
            failure = write_error(self.target, _broken(self.temp, "the file read back is incomplete"))
            self.abort()
            raise failure
        self.done = True
        replace_later(self.temp, self.target, self.context)
        loads = self.context.layersToLoadOnCompletion()
        if self.temp_id in loads:
            loads[self.target_id] = loads.pop(self.temp_id)
            self.context.setLayersToLoadOnCompletion(loads)

    def abort(self) -> None:
        """Drop the sink and its temporary file: the target stays as it was."""
        self.sink = self.addFeature = self.addFeatures = None
        if not self.done:
            remove(self.temp)
            self.done = True

    def __del__(self):
        # the run stopped between creating the sink and writing its last feature (error or cancel)
        if not getattr(self, "done", True):
            self.abort()


def temporary_destination(dest: str) -> tuple[str, Path, Path, str]:
    """(temporary destination string, temporary path, target path, table) for a file destination.

    A table for an existing GeoPackage goes into a copy of it, so its other tables are carried over unchanged.
    """
    path, table = split_destination(dest)
    target = Path(path)
    temp = temp_beside(target)
    if table and target.exists():
        try:
            shutil.copyfile(target, temp)
        except OSError as exc:
            error = write_error(target, exc)
            remove(temp)
            raise error from exc
    match = _OGR_DEST.match(dest)
    if match:
        temp_dest = f"{match.group(1)}'{temp}'{match.group(3)}"
    elif target.suffix.lower() in (".gpkg", ".sqlite"):  # the table keeps the name the target file gives it
        temp_dest = f"ogr:dbname='{temp}' table=\"{target.stem}\""
    else:
        temp_dest = dest.replace(path, str(temp), 1)
    return temp_dest, temp, target, table
