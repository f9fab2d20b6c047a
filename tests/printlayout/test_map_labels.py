"""Map labels in the bundled templates stay whole and readable: inside the frame, never under the scale bar."""

from __future__ import annotations

import pytest
from hema_steden.printlayout.templates import TEMPLATES, template_path
from qgis.core import QgsLayoutItemMap, QgsPrintLayout, QgsReadWriteContext, QgsUnitTypes
from qgis.PyQt.QtXml import QDomDocument


@pytest.mark.parametrize("stem", sorted(TEMPLATES))
def test_template_maps_keep_labels_clear(project, stem):
    layout = QgsPrintLayout(project)
    doc = QDomDocument()
    assert doc.setContent(template_path(stem).read_text(encoding="utf-8"))
    layout.loadFromTemplate(doc, QgsReadWriteContext())
    maps = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    assert maps, stem
    for item in maps:
        assert not item.mapFlags() & QgsLayoutItemMap.MapItemFlag.ShowPartialLabels  # no label cut by the frame
        margin = item.labelMargin()
        assert margin.units() == QgsUnitTypes.LayoutUnit.LayoutMillimeters and margin.length() >= 1.0
        blocking = {layout.itemById(i).id() for i in ("scalebar", "north") if layout.itemById(i)}
        assert blocking == {"scalebar", "north"}
        assert all(item.isLabelBlockingItem(layout.itemById(i)) for i in blocking), stem
        bar = layout.itemById("scalebar")
        assert bar.hasBackground() and bar.backgroundColor().alpha() == 255  # opaque: no map showing through
