"""The theme sheet (hema_themablad.qpt) as an atlas over the five themes through hema:exportlayout."""

import processing
from helpers.pdfcheck import ink_shares, page_count, page_text, page_title
from hema_steden.core.themes import THEMES
from hema_steden.printlayout.templates import template_path
from qgis.core import QgsFeature, QgsFeatureRequest, QgsVectorLayer


def theme_coverage(provinces: QgsVectorLayer) -> QgsVectorLayer:
    """Memory layer of the five themes (code, name = Dutch label), each covering Drenthe."""
    request = QgsFeatureRequest().setFilterExpression("\"name\" = 'Drenthe'")
    drenthe = next(provinces.getFeatures(request)).geometry()
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=code:string&field=name:string", "thema's", "memory")
    features = []
    for theme in THEMES:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([theme.code, theme.label("nl")])
        feature.setGeometry(drenthe)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def test_theme_sheet_atlas_pdf(bundled, context, feedback, tmp_path):
    out = tmp_path / "themas.pdf"
    coverage = theme_coverage(bundled["provinces"])
    result = processing.run(
        "hema:exportlayout",
        {
            "TEMPLATE": str(template_path("hema_themablad")),
            "COVERAGE": coverage,
            "LAYERS": [bundled["steden"], bundled["zones"], bundled["provinces"]],
            "DPI": 50,
            "OUTPUT": str(out),
        },
        context=context,
        feedback=feedback,
    )
    assert result["PAGES"] == 5 and page_count(out) == 5
    pages = [page_text(out, n) for n in range(1, 6)]
    for n, theme in enumerate(THEMES):
        label = theme.label("nl")
        # The title (atlas page name) of its own page only; other pages may mention it elsewhere, not as title.
        assert label in page_title(out, n + 1), (label, page_title(out, n + 1))
        assert not any(label in page_title(out, k + 1) for k in range(5) if k != n), label
    for text in pages:
        assert "Legenda" in text and "Zones" in text and "Steden" in text  # unstyled layers: map-text names
        assert "Bronnen:" in text and "CBS (CC BY 4.0)" in text and "Kadaster" in text
        assert "Kadaster / CBS 2018" in text and "Schematisch" not in text
    assert min(ink_shares(out, tmp_path)) > 0.05
