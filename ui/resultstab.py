"""The dock's Results tab: the per-city table, the chart, and copying / exporting both (CSV, PNG)."""

from __future__ import annotations

import csv
from collections.abc import Callable

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMimeData, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from .chart import ShareChart
from .results import ChartData, CityRow

NUMERIC_COLUMNS = (1, 2, 3)


class ResultsTab(QWidget):
    """Table of the selected cities (catchment population as core.figures defines it) and the outflow chart."""

    def __init__(self, message: Callable[..., None], parent: QWidget | None = None):
        super().__init__(parent)
        self.message = message
        layout = QVBoxLayout(self)
        headers = [
            (tr("City"), tr("City")),
            (tr("Pop."), tr("Population")),
            (tr("Catchment"), tr("Catchment population")),
            (tr("Self-cont."), tr("Self-containment")),
            (tr("Partner"), tr("Top partner")),
            (tr("Perspective"), tr("Suggested perspective")),
        ]
        self.table = QTableWidget(0, len(headers))
        for column, (short, full) in enumerate(headers):
            item = QTableWidgetItem(short)
            item.setToolTip(full)
            self.table.setHorizontalHeaderItem(column, item)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)  # six columns must fit the narrow dock at 1366×768
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        layout.addWidget(self.table, 2)
        self.chart = ShareChart(self)
        self.chart.setMinimumHeight(200)
        layout.addWidget(self.chart, 3)
        row = QHBoxLayout()
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the table (tab-separated) and the chart to the clipboard"))
        self.csv_button = QPushButton(tr("Export CSV…"))
        self.png_button = QPushButton(tr("Export chart PNG…"))
        for button in (self.copy_button, self.csv_button, self.png_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.copy_button.clicked.connect(self.copy_results)
        self.csv_button.clicked.connect(lambda: self.export_csv(self._ask_save(tr("CSV (*.csv)"), ".csv")))
        self.png_button.clicked.connect(lambda: self.export_png(self._ask_save(tr("PNG image (*.png)"), ".png")))

    def show_rows(self, rows: list[CityRow], data: ChartData) -> None:
        """Fill the table with rows and draw the chart."""
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row.cells()):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.code)
                item.setToolTip(text)
                if c in NUMERIC_COLUMNS:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.table.setItem(r, c, item)
        self.chart.show_data(data)

    def table_lines(self) -> list[list[str]]:
        """The results table as rows of text, with the full column titles as the first row."""
        columns = range(self.table.columnCount())
        lines = [[self.table.horizontalHeaderItem(c).toolTip() for c in columns]]
        for r in range(self.table.rowCount()):
            lines.append([self.table.item(r, c).text() if self.table.item(r, c) else "" for c in columns])
        return lines

    def copy_results(self) -> None:
        """Put the table (tab-separated text) and the chart (image) on the clipboard."""
        mime = QMimeData()
        mime.setText("\n".join("\t".join(line) for line in self.table_lines()))
        mime.setImageData(self.chart.grab().toImage())
        QApplication.clipboard().setMimeData(mime)
        self.message(tr("Table and chart copied."), Qgis.MessageLevel.Info)

    def _ask_save(self, file_filter: str, suffix: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the results"), "", file_filter)
        return path if not path or path.lower().endswith(suffix) else path + suffix

    def export_csv(self, path: str) -> bool:
        """Write the table as CSV (UTF-8, comma-separated); the save dialog asked before replacing a file."""
        if not path:
            return False
        with open(path, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(self.table_lines())
        self.message(tr("Table written to {}").format(path), Qgis.MessageLevel.Success)
        return True

    def export_png(self, path: str) -> bool:
        """Save the chart as a PNG at print resolution."""
        if not path:
            return False
        self.chart.figure.savefig(path, dpi=200)
        self.message(tr("Chart written to {}").format(path), Qgis.MessageLevel.Success)
        return True
