"""Loading layout templates and exporting layouts/atlases to PDF, PNG or SVG with checks on every output path."""

from __future__ import annotations

import os
import re
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsExpression,
    QgsLayoutExporter,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProcessingException,
    QgsReadWriteContext,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QMarginsF
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter
from qgis.PyQt.QtPrintSupport import QPrinter
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import tr
from ..paths import LAYOUTS_DIR
from ..qgis_io import outputs

ALWAYS_TEXT = Qgis.TextRenderFormat.AlwaysText  # already a Qgis enum in QGIS 3.22

FORMATS: tuple[str, ...] = ("pdf", "pdfs", "png", "svg")
FORMAT_LABELS = ("One PDF (all pages)", "One PDF per page", "PNG image per page", "SVG drawing per page")


def resolve_template(path: str) -> str:
    """A template path; a bare name such as 'hema_stadsblad.qpt' means the bundled template of that name."""
    if path and not Path(path).is_file() and Path(path).name == path and (LAYOUTS_DIR / path).is_file():
        return str(LAYOUTS_DIR / path)
    return path


def load_template(project, path: str) -> QgsPrintLayout:
    """A print layout from a .qpt file; refuses a missing or unreadable file and a layout without a map."""
    path = resolve_template(path)
    if not path or not Path(path).is_file():
        raise QgsProcessingException(tr("Layout template '{}' does not exist; choose a .qpt file.").format(path))
    doc = QDomDocument()
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QgsProcessingException(
            tr(
                "Layout template '{}' is not UTF-8 text (byte 0x{:02x} at position {}); QGIS writes .qpt files as "
                "UTF-8: save the layout again from QGIS (Layout > Save as Template) or convert the file to UTF-8."
            ).format(path, data[exc.start], exc.start)
        ) from exc
    ok = doc.setContent(text)
    ok = ok[0] if isinstance(ok, tuple) else ok
    if not ok:
        raise QgsProcessingException(tr("Layout template '{}' is not valid XML; save it again from QGIS.").format(path))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, loaded = layout.loadFromTemplate(doc, QgsReadWriteContext())
    if not loaded:
        raise QgsProcessingException(tr("Layout template '{}' could not be read as a print layout.").format(path))
    require_map(layout, path)
    return layout


def require_map(layout: QgsPrintLayout, what: str) -> list[QgsLayoutItemMap]:
    """The map items of a layout, or a clear error when it has none."""
    maps = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    if not maps:
        raise QgsProcessingException(
            tr(
                "Layout template '{}' has no map item; add a map item (id 'map') in the layout designer "
                "or choose one of the bundled templates."
            ).format(what)
        )
    return maps


def table_layers(layout: QgsPrintLayout, candidates, headings: dict[str, str] | None = None) -> None:
    """Bind attribute tables left without a layer to the first candidate holding the fields the template names."""
    headings = headings or {}
    for frame in layout.multiFrames():
        if isinstance(frame, QgsLayoutItemAttributeTable) and frame.vectorLayer() is None:
            wanted = [f for f in (frame.customProperty("hema_layer_fields") or "").split(",") if f]
            for layer in candidates:
                if wanted and isinstance(layer, QgsVectorLayer) and set(wanted) <= set(layer.fields().names()):
                    columns = [QgsLayoutTableColumn(c) for c in frame.columns()]  # setVectorLayer resets them
                    for column in columns:
                        column.setHeading(headings.get(column.attribute(), column.heading()))
                    frame.setVectorLayer(layer)
                    frame.setColumns(columns)
                    break


def show_layers(layout: QgsPrintLayout, layers) -> None:
    """Show layers (first = top) on maps without a fixed layer set, and in legends that follow the project."""
    spatial = [layer for layer in layers if layer.isSpatial()]
    for item in layout.items():
        if isinstance(item, QgsLayoutItemMap) and not item.keepLayerSet():
            item.setLayers(spatial)
        elif isinstance(item, QgsLayoutItemLegend) and item.autoUpdateModel():
            item.setAutoUpdateModel(False)
            root = item.model().rootGroup()
            root.removeAllChildren()
            for layer in spatial:
                root.addLayer(layer)


def check_filter(expression: str) -> None:
    """Refuse a filter expression that does not parse."""
    if expression:
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise QgsProcessingException(
                tr("The filter expression '{}' does not parse: {}. Correct it in the expression builder.").format(
                    expression, parsed.parserErrorString()
                )
            )


def check_writable(path: str) -> None:
    """Create the output folder if needed and prove it can be written to; a one-sentence error otherwise."""
    outputs.check_writable(path)


def safe_name(text: str) -> str:
    """A file-name-safe version of a page name."""
    cleaned = re.sub(r"[^\w\-]+", "_", str(text), flags=re.UNICODE).strip("_")
    return cleaned or "page"


def page_paths(output: str, fmt: str, names: list[str]) -> list[str]:
    """Output file of each page: the output itself for one PDF, else <stem>_<nn>_<page name>.<ext>."""
    base = Path(output)
    ext = {"pdf": ".pdf", "pdfs": ".pdf", "png": ".png", "svg": ".svg"}[fmt]
    if fmt == "pdf":
        return [str(base.with_suffix(".pdf"))]
    width = len(str(len(names)))
    return [
        str(base.with_name(f"{base.stem}_{n + 1:0{width}d}_{safe_name(name)}{ext}")) for n, name in enumerate(names)
    ]


def refuse_existing(paths: list[str], overwrite: bool) -> None:
    """Refuse to replace existing files unless overwrite is set."""
    if overwrite:
        return
    existing = [p for p in paths if os.path.exists(p)]
    if existing:
        raise QgsProcessingException(
            tr(
                "Output file '{}' already exists ({} of {} files); "
                "set 'Overwrite existing files' or choose another name."
            ).format(existing[0], len(existing), len(paths))
        )


def pdf_settings(dpi: float) -> QgsLayoutExporter.PdfExportSettings:
    """PDF export settings: vector output, text as text, at dpi for rasterised parts."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.textRenderFormat = ALWAYS_TEXT  # selectable text in the PDF
    return settings


def _check_result(result, path: str, error: str = "") -> None:
    if result != QgsLayoutExporter.ExportResult.Success:
        causes = {
            QgsLayoutExporter.ExportResult.FileError: "the file could not be written (check free disk space)",
            QgsLayoutExporter.ExportResult.MemoryError: "there is not enough memory for the image",
        }
        raise outputs.write_error(path, error or causes.get(result, f"export result {result}"))


def canceled() -> QgsProcessingException:
    """The exception a canceled export raises."""
    return QgsProcessingException(tr("Canceled."))


def _page_layout(layout: QgsPrintLayout, page: int) -> QPageLayout:
    """A full-page, margin-free paper layout of the page's size (as QgsLayoutExporter prepares it)."""
    size = layout.pageCollection().page(page).pageSize()
    mm = layout.renderContext().measurementConverter().convert(size, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    paper = QPageLayout(
        QPageSize(mm.toQSizeF(), QPageSize.Unit.Millimeter), QPageLayout.Orientation.Portrait, QMarginsF()
    )
    paper.setMode(QPageLayout.Mode.FullPageMode)
    return paper


def export_pdf(layout: QgsPrintLayout, path: str, dpi: float, feedback=None, shown: str = "") -> None:
    """All pages of a layout into one PDF, page by page so that a cancel stops after the current page.

    The PDF is written next to path under a temporary name, read back (trailer, page count) and only then moved
    over path (qgis_io/outputs.py): a canceled or failed export leaves no partial file and an existing file at
    path stays as it was. Messages name shown (default: path).
    """
    shown = shown or path
    exporter = QgsLayoutExporter(layout)
    settings = pdf_settings(dpi)
    context = layout.renderContext()
    context.setDpi(dpi)
    context.setFlags(settings.flags)
    context.setTextRenderFormat(settings.textRenderFormat)
    pages = layout.pageCollection().pageCount()
    part = outputs.temp_beside(path)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(part))
    printer.setDocName(layout.name())  # the PDF title
    printer.setCreator("HEMA Steden (QGIS)")
    printer.setResolution(int(dpi))
    printer.setFullPage(True)
    printer.setPageLayout(_page_layout(layout, 0))
    painter = QPainter()
    done = False
    try:
        if not painter.begin(printer):
            raise outputs.write_error(shown, OSError(0, "the PDF writer could not start"))
        for page in range(pages):
            if feedback is not None and feedback.isCanceled():
                raise canceled()
            if page:
                printer.setPageLayout(_page_layout(layout, page))
                printer.newPage()
            exporter.renderPage(painter, page)
            if feedback is not None:
                feedback.setProgress(100.0 * (page + 1) / pages)
        ended = painter.end()
        if not ended or printer.printerState() == QPrinter.PrinterState.Error:
            raise outputs.write_error(shown, OSError(0, "the PDF writer reported an error"))
        outputs.verify_pdf(part, pages)
        done = True
    except OSError as exc:
        raise outputs.write_error(shown, exc) from exc
    finally:
        if painter.isActive():
            painter.end()
        if not done:
            outputs.remove(part)
    outputs.replace(part, path)


def export_page(exporter: QgsLayoutExporter, fmt: str, path: str, dpi: float, feedback=None) -> None:
    """Export the current state of a layout (all its pages) to one file of a format."""
    if fmt in ("pdf", "pdfs"):
        export_pdf(exporter.layout(), path, dpi, feedback)
        return
    with outputs.atomic_file(path, outputs.verifier_for(path)) as temp:
        write_page(exporter, fmt, str(temp), dpi)


def write_page(exporter: QgsLayoutExporter, fmt: str, path: str, dpi: float) -> None:
    """Export a layout's current state to a PNG or SVG file at path (no checks: see export_page)."""
    if fmt == "png":
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result = exporter.exportToImage(path, settings)
    else:
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.dpi = dpi
        settings.textRenderFormat = ALWAYS_TEXT
        result = exporter.exportToSvg(path, settings)
    _check_result(result, path)


def export_atlas(layout: QgsPrintLayout, fmt: str, paths: list[str], dpi: float, feedback) -> list[str]:
    """Export an atlas whose features are up to date: one PDF, or one file per page with progress per page.

    A cancel stops after the current page and removes what this export wrote, so no partial result is left.
    """
    atlas = layout.atlas()
    count = atlas.count()
    if fmt == "pdf":
        with outputs.atomic_file(paths[0], outputs.verifier_for(paths[0], count)) as part:
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(part), pdf_settings(dpi), feedback)
            if feedback.isCanceled():
                raise canceled()
            if result != QgsLayoutExporter.ExportResult.Success:
                raise outputs.write_error(paths[0], error or f"export result {result}")
        return paths[:1]
    temps = []  # every page goes to a temporary file; the targets are replaced only when all pages are good
    exporter = QgsLayoutExporter(layout)
    atlas.beginRender()
    try:
        for n in range(count):
            if feedback.isCanceled():
                raise canceled()
            atlas.seekTo(n)
            feedback.pushInfo(tr("Page {} of {}: {}").format(n + 1, count, atlas.nameForPage(n)))
            temps.append(outputs.temp_beside(paths[n]))
            _atlas_page(exporter, fmt, temps[-1], paths[n], dpi)
            feedback.setProgress(100.0 * (n + 1) / count)
        for temp, path in zip(temps, paths):
            outputs.replace(temp, path)
    except BaseException:
        for temp in temps:
            outputs.remove(temp)
        raise
    finally:
        atlas.endRender()
    return paths[:count]


def _atlas_page(exporter: QgsLayoutExporter, fmt: str, temp: Path, path: str, dpi: float) -> None:
    """Write the atlas's current page to temp (a temporary file for path) and verify it."""
    try:
        if fmt == "pdfs":
            export_pdf(exporter.layout(), str(temp), dpi, shown=path)  # itself verified and moved atomically
        else:
            write_page(exporter, fmt, str(temp), dpi)
        outputs.verifier_for(path, 1 if fmt == "pdfs" else None)(temp)
    except OSError as exc:
        raise outputs.write_error(path, exc) from exc


def export_layout(layout: QgsPrintLayout, fmt: str, output: str, dpi: float, feedback) -> list[str]:
    """Export a layout without atlas: one file, or (per-page formats) one file per page."""
    pages = layout.pageCollection().pageCount()
    if fmt == "pdf" or pages == 1:
        path = page_paths(output, "pdf", ["x"])[0] if fmt in ("pdf", "pdfs") else page_paths(output, fmt, ["1"])[0]
        export_page(QgsLayoutExporter(layout), fmt, path, dpi, feedback)
        feedback.setProgress(100.0)
        return [path]
    raise QgsProcessingException(
        tr("Per-page export of a {}-page layout without atlas is not supported; export it as one PDF.").format(pages)
    )
