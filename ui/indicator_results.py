"""Dock widgets for indicators: the Load step's indicator-map choice and the Results tab's city comparison."""

from __future__ import annotations

from functools import lru_cache

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from ..core.cities import CITIES
from ..core.indicator_catalogue import CATALOGUE
from ..core.indicator_sheets import comparison_rows
from ..core.indicators import compare
from ..i18n import tr, ui_language
from ..qgis_io.indicators import bundled_tables

REFERENCE = [c for c, (_, role, _) in CITIES.items() if role == "referentie"]


def indicator_combo() -> QComboBox:
    """Indicator maps to load: none, the theme's key indicators, or one catalogue indicator."""
    combo = QComboBox()
    combo.addItem(tr("None"), "")
    combo.addItem(tr("Key indicators of the theme"), "key")
    lang = "nl" if ui_language() == "nl" else "en"
    for entry in CATALOGUE:
        if entry.base != "sum":
            combo.addItem(entry.label(lang), entry.id)
    combo.setToolTip(tr("CBS indicator maps loaded with the HEMA layers (a group per theme)"))
    return combo


def comparison_for(selected: list[str], theme_code: str, lang: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the indicator comparison of the selected cities and the reference cities."""
    header, rows = _comparison(tuple(selected), theme_code, lang)
    return list(header), [list(row) for row in rows]


@lru_cache(maxsize=64)
def _comparison(selected: tuple[str, ...], theme_code: str, lang: str) -> tuple[list[str], list[list[str]]]:
    """comparison_for, computed once per choice: the bundled tables do not change, the panel refreshes often."""
    codes = list(dict.fromkeys([*selected, *REFERENCE]))
    table, areas = bundled_tables()
    codes = [c for c in codes if c in set(table["code"])]
    if not codes:
        return [], []
    return comparison_rows(compare(table, areas, codes, [theme_code], lang=lang), lang)


class IndicatorComparison(QTableWidget):
    """Indicator by city table: value (rank), Drenthe and NL, for the dock's theme and cities."""

    def __init__(self, parent=None):
        super().__init__(0, 0, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.setFont(font)
        self.setToolTip(tr("CBS indicators of the theme: value per city (rank among the cities), Drenthe and NL"))

    def show_comparison(self, selected: list[str], theme_code: str, lang: str) -> None:
        """Fill the table for the theme and cities."""
        header, rows = comparison_for(selected, theme_code, "nl" if lang == "nl" else "en")
        self.clear()
        self.setColumnCount(len(header))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(header)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.setItem(r, c, item)
        if header:  # the label column elides (full text in the tooltip) so the city columns fit the dock
            self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(0, 170)
