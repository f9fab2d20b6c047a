"""Builders of print-layout items (labels, map, legend, scale bar, north arrow, tables, pictures) on a sheet grid."""

from __future__ import annotations

from qgis.core import (
    QgsBasicNumericFormat,
    QgsCoordinateReferenceSystem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProperty,
    QgsRectangle,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.layoutgeom import Frame, page_size

INK = "#222222"
MUTED = "#555555"
ACCENT = "#1f5fa8"
FONT = "Noto Sans" if QFont("Noto Sans").exactMatch() else "DejaVu Sans"
NORTH_SVG = "/usr/share/qgis/svg/arrows/NorthArrow_02.svg"


def text_format(size: float, bold: bool = False, colour: str = INK, italic: bool = False) -> QgsTextFormat:
    """A text format in the layout font."""
    font = QFont(FONT)
    font.setBold(bold)
    font.setItalic(italic)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(colour))
    return fmt


def set_legend_font(legend: QgsLayoutItemLegend, kind: QgsLegendStyle.Style, size: float, bold: bool) -> None:
    """The font of one legend style: QgsLegendStyle.setTextFormat on QGIS >= 3.30, setStyleFont before."""
    style = legend.rstyle(kind)
    if not hasattr(style, "setTextFormat"):
        legend.setStyleFont(kind, qfont(size, bold))
        return
    fmt = style.textFormat()
    font = QFont(FONT)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    style.setTextFormat(fmt)


def qfont(size: float, bold: bool = False, italic: bool = False) -> QFont:
    """A QFont in the layout font (for items that take QFont in QGIS 3.22)."""
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def new_layout(project, name: str, kind: str, pages: int = 1) -> QgsPrintLayout:
    """An empty print layout with pages of the sheet kind's size (landscape), without undo history."""
    layout = QgsPrintLayout(project)
    # no undo history: each built item would store its state (~700 commands in the map book, ~0.3 s to build
    # and free); these layouts are exported or saved as templates, never edited in a designer as they are
    layout.undoStack().blockCommands(True)
    layout.initializeDefaults()
    layout.setName(name)
    w, h = page_size(kind)
    collection = layout.pageCollection()
    collection.page(0).setPageSize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    for _ in range(pages - 1):
        add_page(layout, kind)
    return layout


def add_page(layout: QgsPrintLayout, kind: str) -> int:
    """Append a page of the sheet kind's size; returns its index."""
    w, h = page_size(kind)
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def place(item, frame: Frame, page: int = 0, item_id: str = "") -> None:
    """Add item to its layout at frame on page."""
    layout = item.layout()
    layout.addLayoutItem(item)
    item.attemptResize(QgsLayoutSize(frame.w, frame.h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(frame.x, frame.y, QgsUnitTypes.LayoutUnit.LayoutMillimeters), True, False, page)
    if item_id:
        item.setId(item_id)


def add_label(
    layout, frame: Frame, text: str, size: float, page: int = 0, item_id: str = "", **style
) -> QgsLayoutItemLabel:
    """A text label (expressions in [% %] are evaluated), wrapped in its frame."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    bold, italic, colour = style.get("bold", False), style.get("italic", False), style.get("colour", INK)
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(text_format(size, bold, colour, italic))
    else:
        label.setFont(qfont(size, bold, italic))
        label.setFontColor(QColor(colour))
    label.setHAlign(style.get("align", Qt.AlignmentFlag.AlignLeft))
    label.setVAlign(style.get("valign", Qt.AlignmentFlag.AlignTop))
    label.setMarginX(0)
    label.setMarginY(0)
    place(label, frame, page, item_id)
    return label


def add_box(layout, frame: Frame, colour: str, page: int = 0, item_id: str = "") -> QgsLayoutItemShape:
    """A filled rectangle without outline (cover band, rules)."""
    from qgis.core import QgsFillSymbol

    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    shape.setSymbol(QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"}))
    place(shape, frame, page, item_id)
    return shape


def add_map(layout, frame: Frame, extent, layers=None, page: int = 0, item_id: str = "map") -> QgsLayoutItemMap:
    """A map frame with a thin border showing extent (xmin, ymin, xmax, ymax); fixed layers when given."""
    item = QgsLayoutItemMap(layout)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(_mm(0.3))
    item.setFrameStrokeColor(QColor("#777777"))
    item.setBackgroundColor(QColor("#ffffff"))
    place(item, frame, page, item_id)
    item.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    if layers is not None:
        item.setLayers(layers)
        item.setKeepLayerSet(True)
    if extent is not None:
        item.zoomToExtent(QgsRectangle(*extent))
    # labels stay whole and off the frame: a label that would cross the edge is left out, not cut
    item.setMapFlags(item.mapFlags() & ~QgsLayoutItemMap.MapItemFlag.ShowPartialLabels)
    item.setLabelMargin(_mm(1.5))
    return item


def _mm(value: float):
    """A layout measurement in millimetres."""
    from qgis.core import QgsLayoutMeasurement

    return QgsLayoutMeasurement(value, QgsUnitTypes.LayoutUnit.LayoutMillimeters)


def add_legend(
    layout,
    frame: Frame,
    map_item,
    title: str,
    layers=None,
    page: int = 0,
    columns: int = 1,
    item_id: str = "legend",
    scale: float = 1.0,
) -> QgsLayoutItemLegend:
    """A legend linked to map_item, filtered to what is on the map; limited to layers; scale enlarges (A3)."""
    legend = QgsLayoutItemLegend(layout)
    if title.startswith("[%"):
        legend.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.LegendTitle, QgsProperty.fromExpression(title.strip("[%] "))
        )
    legend.setTitle(title if not title.startswith("[%") else "")
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)
    legend.setResizeToContents(False)
    legend.setColumnCount(columns)
    legend.setSplitLayer(True)
    legend.setSymbolHeight(3.5 * scale)
    legend.setSymbolWidth((6.0 if columns == 1 else 4.5) * scale)
    legend.setColumnSpace(2.0)
    for kind, size, bold in (
        (QgsLegendStyle.Style.Title, 10.0, True),
        (QgsLegendStyle.Style.Group, 8.5, True),
        (QgsLegendStyle.Style.Subgroup, 8.0, True),
        (QgsLegendStyle.Style.SymbolLabel, 7.5 if columns == 1 else 6.5, False),
    ):
        set_legend_font(legend, kind, size * scale, bold)
    legend.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Top, 2.0 * scale)
    legend.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, 1.2 * scale)
    if layers is not None:
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in layers:
            root.addLayer(layer)
    place(legend, frame, page, item_id)
    return legend


def number_format(lang: str) -> QgsBasicNumericFormat:
    """Numeric format with the language's separators (Dutch 1.234,5)."""
    fmt = QgsBasicNumericFormat()
    fmt.setShowThousandsSeparator(True)
    fmt.setThousandsSeparator("." if lang != "en" else ",")
    fmt.setDecimalSeparator("," if lang != "en" else ".")
    fmt.setNumberDecimalPlaces(0)
    return fmt


def add_scalebar(layout, frame: Frame, map_item, segment_km: float, lang: str = "nl", page: int = 0):
    """A single-box scale bar in km on a white background, inside the map frame."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setUnitsPerSegment(segment_km)
    bar.setNumberOfSegments(3)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(1.8)
    bar.setTextFormat(text_format(7.0))
    bar.setNumericFormat(number_format(lang))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor("#ffffff"))
    bar.setBoxContentSpace(1.5)
    place(bar, frame, page, "scalebar")
    bar.resizeToMinimumWidth()
    map_item.addLabelBlockingItem(bar)  # no map label (e.g. a province name) under the scale bar
    return bar


def add_north(layout, frame: Frame, map_item, page: int = 0) -> QgsLayoutItemPicture:
    """A north arrow picture that follows map_item's rotation."""
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(NORTH_SVG)
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    place(arrow, frame, page, "north")
    map_item.addLabelBlockingItem(arrow)
    return arrow


def add_picture(layout, frame: Frame, path: str = "", page: int = 0, item_id: str = "chart") -> QgsLayoutItemPicture:
    """A raster picture (e.g. a matplotlib chart) fitted in its frame."""
    picture = QgsLayoutItemPicture(layout)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    if path:
        picture.setPicturePath(path)
    place(picture, frame, page, item_id)
    return picture


def style_table(table, size: float = 7.5) -> None:
    """Fonts, grid and header style shared by all tables."""
    table.setHeaderTextFormat(text_format(size, bold=True, colour="#ffffff"))
    table.setContentTextFormat(text_format(size))
    table.setHeaderHAlignment(table.FollowColumn)
    table.setShowGrid(True)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#bbbbbb"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setCellMargin(size / 6.0)
    table.setEmptyTableBehavior(table.ShowMessage)
    table.setEmptyTableMessage("–")


def add_manual_table(
    layout, frame: Frame, header: list[str], rows: list[list[str]], page: int = 0, item_id: str = "", size: float = 7.5
) -> QgsLayoutItemManualTable:
    """A text table (selectable in the PDF) with a coloured header row; numeric columns right-aligned."""
    from qgis.core import QgsLayoutFrame, QgsLayoutTableColumn

    table = QgsLayoutItemManualTable.create(layout)
    style_table(table, size)
    header_cells = []
    for n, title in enumerate(header):
        cell = QgsTableCell(title)
        cell.setBackgroundColor(QColor(ACCENT))
        cell.setTextFormat(text_format(size, bold=True, colour="#ffffff"))
        cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignLeft if n == 0 else Qt.AlignmentFlag.AlignRight)
        header_cells.append(cell)
    body = []
    for r, row in enumerate(rows):
        cells = []
        for n, value in enumerate(row):
            cell = QgsTableCell(value)
            cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignLeft if n == 0 else Qt.AlignmentFlag.AlignRight)
            if r % 2:
                cell.setBackgroundColor(QColor("#f0f4f9"))
            cells.append(cell)
        body.append(cells)
    table.setTableContents([header_cells] + body)
    columns = []
    for n, _ in enumerate(header):
        column = QgsLayoutTableColumn()
        column.setHAlignment(Qt.AlignmentFlag.AlignLeft if n == 0 else Qt.AlignmentFlag.AlignRight)
        columns.append(column)
    table.setColumns(columns)
    table.setIncludeTableHeader(False)
    layout.addMultiFrame(table)
    fr = QgsLayoutFrame(layout, table)
    place(fr, frame, page, item_id)
    table.addFrame(fr)
    return table
