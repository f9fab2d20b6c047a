"""Qt6 / QGIS 4 readiness: Qt only through qgis.PyQt, and no unscoped enum access on QGIS and Qt classes.

PyQt6 (QGIS 4) drops the unscoped enum aliases (``Qt.AlignLeft``), so the plugin spells every enum member with its
enum (``Qt.AlignmentFlag.AlignLeft``), which already works on QGIS 3.22 / PyQt5. The code is scanned as text (AST),
so these tests need no import of the plugin.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest
from qgis import analysis, core, gui
from qgis.PyQt import QtCore, QtGui, QtWidgets

PLUGIN_ROOT = Path(__file__).resolve().parents[2]
SKIP_DIRS = {".git", ".venv", "__pycache__", "build", "dist", ".ruff_cache", ".pytest_cache"}
FORBIDDEN_MODULES = ("PyQt5", "PyQt6", "sip")

# Curated list: class -> enum -> members that the plugin used (or is likely to use) unscoped. Each entry must be
# written ``Class.Enum.Member``; test_curated_spellings_resolve checks every one on the running QGIS.
SCOPED: dict[str, dict[str, str]] = {
    "QAbstractItemView": {
        "SelectionMode": "ExtendedSelection SingleSelection",
        "EditTrigger": "NoEditTriggers",
        "SelectionBehavior": "SelectRows",
    },
    "QDialogButtonBox": {
        "StandardButton": "Apply Cancel Close Help Ok",
    },
    "QFont": {
        "Weight": "Bold Normal",
    },
    "QFrame": {
        "Shape": "HLine VLine",
        "Shadow": "Sunken",
    },
    "QHeaderView": {
        "ResizeMode": "Interactive ResizeToContents Stretch",
    },
    "QImage": {
        "Format": "Format_ARGB32 Format_ARGB32_Premultiplied Format_RGB32 Format_RGB888",
    },
    "QMessageBox": {
        "StandardButton": "Cancel No Ok Yes",
        "Icon": "Critical Information Question Warning",
    },
    "QPainter": {
        "RenderHint": "Antialiasing",
    },
    "QSizePolicy": {
        "Policy": "Expanding Fixed Maximum Minimum MinimumExpanding Preferred",
    },
    "QToolButton": {
        "ToolButtonPopupMode": "InstantPopup MenuButtonPopup",
    },
    "QVariant": {
        "Type": "Bool Date DateTime Double Int Invalid LongLong String",
    },
    "Qgis": {
        "MessageLevel": "Critical Info Success Warning",
    },
    "QgsBlockingNetworkRequest": {
        "ErrorCode": "NoError",
    },
    "QgsFeatureRequest": {
        "Flag": "NoGeometry SubsetOfAttributes",
    },
    "QgsFeatureSink": {
        "Flag": "FastInsert",
    },
    "QgsLayoutExporter": {
        "ExportResult": "Success",
    },
    "QgsLayoutItemPicture": {
        "Format": "FormatRaster",
        "NorthMode": "GridNorth",
        "ResizeMode": "Zoom",
    },
    "QgsLayoutItemShape": {
        "Shape": "Rectangle",
    },
    "QgsLayoutObject": {
        "DataDefinedProperty": "LegendTitle PictureSource",
    },
    "QgsLegendStyle": {
        "Style": "Group Subgroup Symbol SymbolLabel Title",
        "Side": "Top",
    },
    "QgsPalLayerSettings": {
        "Placement": "OrderedPositionsAroundPoint",
        "Property": "Show Size",
    },
    "QgsProcessing": {
        "SourceType": "TypeFile TypeMapLayer TypeRaster TypeVector TypeVectorAnyGeometry "
        "TypeVectorLine TypeVectorPoint TypeVectorPolygon",
    },
    "QgsProcessingAlgorithm": {
        "Flag": "FlagCanCancel FlagDeprecated FlagHideFromModeler FlagHideFromToolbox "
        "FlagNoThreading FlagSupportsBatch",
    },
    "QgsProcessingParameterDefinition": {
        "Flag": "FlagAdvanced FlagHidden FlagOptional",
    },
    "QgsProcessingParameterField": {
        "DataType": "Any DateTime Numeric String",
    },
    "QgsProcessingParameterFile": {
        "Behavior": "File Folder",
    },
    "QgsProcessingParameterNumber": {
        "Type": "Double Integer",
    },
    "QgsSymbolLayer": {
        "Property": "PropertyFillColor PropertySize",
    },
    "QgsUnitTypes": {
        "DistanceUnit": "DistanceKilometers DistanceMeters",
        "LayoutUnit": "LayoutMillimeters LayoutPixels LayoutPoints",
        "RenderUnit": "RenderMapUnits RenderMillimeters RenderPoints",
    },
    "QgsVectorFileWriter": {
        "ActionOnExistingFile": "AppendToLayerNoNewFields CreateOrOverwriteFile CreateOrOverwriteLayer",
        "WriterError": "NoError",
    },
    "QgsVectorLayerDirector": {
        "Direction": "DirectionBoth",
    },
    "QgsWkbTypes": {
        "GeometryType": "LineGeometry NullGeometry PointGeometry PolygonGeometry UnknownGeometry",
        "Type": "LineString MultiLineString MultiPoint MultiPolygon NoGeometry Point Polygon Unknown",
    },
    "Qt": {
        "AlignmentFlag": "AlignBottom AlignCenter AlignHCenter AlignLeft AlignRight AlignTop AlignVCenter",
        "SortOrder": "AscendingOrder DescendingOrder",
        "CaseSensitivity": "CaseInsensitive",
        "ItemDataRole": "CheckStateRole DisplayRole EditRole ToolTipRole UserRole",
        "CheckState": "Checked PartiallyChecked Unchecked",
        "PenStyle": "DashLine NoPen SolidLine",
        "TextElideMode": "ElideRight",
        "Orientation": "Horizontal Vertical",
        "ItemFlag": "ItemIsEditable ItemIsEnabled ItemIsSelectable ItemIsUserCheckable",
        "AspectRatioMode": "KeepAspectRatio",
        "MouseButton": "LeftButton",
        "DockWidgetArea": "LeftDockWidgetArea RightDockWidgetArea",
        "BrushStyle": "NoBrush",
        "TextFormat": "PlainText RichText",
        "ScrollBarPolicy": "ScrollBarAlwaysOff",
        "TransformationMode": "SmoothTransformation",
        "CursorShape": "WaitCursor",
        "GlobalColor": "black transparent white",
    },
}

# Members whose enum lives elsewhere (already a Qgis.* enum on 3.22), or that have a dedicated helper.
MOVED: dict[str, str] = {
    "QgsRenderContext.TextFormatAlwaysText": "Qgis.TextRenderFormat.AlwaysText",
    "QgsVectorLayerExporter.NoError": "Qgis.VectorExportResult.Success",
}
HINTS = {"QVariant": "field types go through qgis_io.frames.field_type()"}
NAMESPACE = {
    name: getattr(module, name)
    for module in (core, gui, analysis, QtCore, QtGui, QtWidgets)
    for name in dir(module)
    if not name.startswith("_")
}


def _fixes() -> dict[tuple[str, str], str]:
    """(class, member) -> the spelling to use instead."""
    fixes = {
        (cls, m): f"{cls}.{enum}.{m}" for cls, enums in SCOPED.items() for enum, ms in enums.items() for m in ms.split()
    }
    fixes.update({tuple(old.split(".")): new for old, new in MOVED.items()})
    return fixes


FIXES = _fixes()


def plugin_files() -> list[Path]:
    """Every Python file of the plugin (algorithms, ui, core, scripts, bench, tests, top level)."""
    files = []
    for folder, dirs, names in os.walk(PLUGIN_ROOT):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        files += [Path(folder) / n for n in sorted(names) if n.endswith(".py")]
    return files


def forbidden_imports(tree: ast.AST) -> list[tuple[int, str]]:
    """Imports of PyQt5, PyQt6 or sip that bypass qgis.PyQt."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue
        found += [(node.lineno, m) for m in modules if m.split(".")[0] in FORBIDDEN_MODULES]
    return found


def unscoped_enums(tree: ast.AST) -> list[tuple[int, str, str]]:
    """(line, unscoped spelling, fix) for every Class.Member in FIXES, also reached as module.Class.Member."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        owner = node.value
        cls = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else None
        fix = FIXES.get((cls, node.attr))
        if fix:
            hint = HINTS.get(cls)
            found.append((node.lineno, f"{cls}.{node.attr}", f"{fix} ({hint})" if hint else fix))
    return found


def _scan(check) -> list[str]:
    problems = []
    for path in plugin_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        problems += [f"{path.relative_to(PLUGIN_ROOT)}:{line}: " + " -> ".join(rest) for line, *rest in check(tree)]
    return problems


def test_scan_covers_the_plugin():
    names = {p.relative_to(PLUGIN_ROOT).as_posix() for p in plugin_files()}
    assert {"plugin.py", "i18n.py", "qgis_io/frames.py", "tests/e2e/test_qt6_readiness.py"} <= names
    assert any(n.startswith("ui/") for n in names) and any(n.startswith("scripts/") for n in names)
    assert not any(n.startswith(".venv/") for n in names)


def test_qt_imported_only_through_qgis_pyqt():
    problems = _scan(forbidden_imports)
    assert not problems, "import these through qgis.PyQt:\n" + "\n".join(problems)


def test_no_unscoped_enums():
    problems = _scan(unscoped_enums)
    assert not problems, "use the fully scoped enum spelling:\n" + "\n".join(problems)


@pytest.mark.parametrize(("old", "new"), sorted(FIXES.items()), ids=[".".join(k) for k in sorted(FIXES)])
def test_curated_spellings_resolve(old, new):
    """Every listed fix resolves on this QGIS and means the same as the unscoped spelling it replaces."""
    cls, member = old
    head, *parts = new.split(".")
    value = NAMESPACE[head]
    for part in parts:
        value = getattr(value, part)
    assert value == getattr(NAMESPACE[cls], member)


def test_detectors_flag_bad_code():
    tree = ast.parse(
        "from PyQt5.QtCore import Qt\nimport sip\nfrom qgis.PyQt import QtCore\n"
        "a = Qt.AlignLeft\nb = QtCore.Qt.RightDockWidgetArea\nc = Qt.AlignmentFlag.AlignLeft\n"
        "d = QVariant.String\ne = QgsProcessing.SourceType.TypeVector\n"
    )
    assert forbidden_imports(tree) == [(1, "PyQt5.QtCore"), (2, "sip")]
    found = unscoped_enums(tree)
    assert [(line, old) for line, old, _ in found] == [
        (4, "Qt.AlignLeft"),
        (5, "Qt.RightDockWidgetArea"),
        (7, "QVariant.String"),
    ]
    assert found[0][2] == "Qt.AlignmentFlag.AlignLeft"
    assert "field_type()" in found[2][2]


def test_metadata_allows_qgis_4():
    metadata = (PLUGIN_ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert "qgisMaximumVersion=4.99" in metadata.splitlines()
