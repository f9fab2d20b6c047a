"""hema:loadlayers with indicator maps: a group per theme, graduated choropleths, classification, legend titles."""

import hashlib

import processing
import pytest
from hema_steden.core.classify import class_breaks, class_colours, jenks, with_reference
from qgis.core import QgsGraduatedSymbolRenderer, QgsLayerTreeGroup, QgsRuleBasedRenderer
from qgis.PyQt.QtCore import QCoreApplication

OUTPUTS = {k: "TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS", "OUTPUT_PROVINCES")}


def _group(root, name):
    for child in root.children():
        if isinstance(child, QgsLayerTreeGroup):
            if child.name() == name:
                return child
            found = _group(child, name)
            if found is not None:
                return found
    return None


def test_indicator_groups_per_theme_with_graduated_layers(project, context, feedback):
    from hema_steden.qgis_io.indicators import INDICATOR_GPKG

    before = hashlib.sha256(INDICATOR_GPKG.read_bytes()).hexdigest()
    result = processing.runAndLoadResults(
        "hema:loadlayers",
        {**OUTPUTS, "THEMES": [0, 2], "INDICATOR_LAYERS": True, "CLASSIFICATION": 1, "CLASSES": 5},
        context=context,
        feedback=feedback,
    )
    QCoreApplication.processEvents()
    assert result["INDICATOR_LAYER_COUNT"] == 8  # the 4 key indicators of werk & studie and of voorzieningen
    group = _group(project.layerTreeRoot(), "indicatoren werk & studie")
    names = [child.name() for child in group.children()]
    assert names[0] == "HEMA- en referentiesteden"
    assert "nettoarbeidsparticipatie (%, 2022)" in names
    layer = project.mapLayersByName("nettoarbeidsparticipatie (%, 2022)")[0]
    assert layer.featureCount() == 345
    renderer = layer.renderer()
    assert isinstance(renderer, (QgsGraduatedSymbolRenderer, QgsRuleBasedRenderer))
    ranges = renderer.ranges()
    assert 5 <= len(ranges) <= 6  # the NL value (64.8 %) splits one Jenks class
    assert any(abs(r.upperValue() - 64.845) < 0.01 for r in ranges)
    outline = project.mapLayersByName("HEMA- en referentiesteden")[0]
    assert sorted(f["name"] for f in outline.getFeatures()) == sorted(
        ["Assen", "Emmen", "Hoogeveen", "Meppel", "Groningen", "Zwolle", "Leeuwarden"]
    )
    assert _group(project.layerTreeRoot(), "indicatoren voorzieningen") is not None
    # the bundled GeoPackage is only read: unchanged, no journal files beside it
    assert hashlib.sha256(INDICATOR_GPKG.read_bytes()).hexdigest() == before
    assert not list(INDICATOR_GPKG.parent.glob("hema_indicators.gpkg-*"))


def test_unknown_indicator_is_refused(context, feedback):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Unknown indicators nonsense"):
        processing.run(
            "hema:loadlayers",
            {**OUTPUTS, "INDICATOR_LAYERS": True, "INDICATORS": "nonsense"},
            context=context,
            feedback=feedback,
        )


def test_class_breaks_methods():
    values = [1, 2, 2, 3, 10, 11, 12, 30, 31, 33]
    assert class_breaks(values, "equal", 4) == [1.0, 9.0, 17.0, 25.0, 33.0]
    assert class_breaks(values, "pretty", 4) == [0.0, 10.0, 20.0, 30.0, 40.0]
    assert jenks(values, 3) == [1.0, 3.0, 12.0, 33.0]
    assert class_breaks(values, "quantile", 2) == [1.0, 10.5, 33.0]
    assert with_reference([0.0, 10.0, 20.0], 12.5) == [0.0, 10.0, 12.5, 20.0]
    good_high = class_colours([0.0, 10.0, 12.5, 20.0], 12.5, 1)
    assert good_high[-1].startswith("#") and good_high[0] != good_high[-1]
    # higher is worse: the class above NL is red-ish, below blue-ish
    bad_high = class_colours([0.0, 12.5, 20.0], 12.5, -1)
    assert int(bad_high[1][1:3], 16) > int(bad_high[1][5:7], 16)
    assert int(bad_high[0][5:7], 16) > int(bad_high[0][1:3], 16)
