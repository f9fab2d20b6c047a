"""hema:exportlayout — a print-layout template (optionally as atlas over a coverage layer) to PDF, PNG or SVG."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)

from ..core.layouttext import text
from ..printlayout import export as io
from ..printlayout.templates import set_variables, template_path, text_variables
from ..styling.defaults import DefaultStyles
from .base import HemaAlgorithm


class ExportLayout(HemaAlgorithm):
    """Export a layout template, optionally as an atlas, with checks on every output file."""

    GROUP_ID = "layout"
    NO_THREADING = True
    TEMPLATE = "TEMPLATE"
    COVERAGE = "COVERAGE"
    FILTER = "FILTER"
    LAYERS = "LAYERS"
    FORMAT = "FORMAT"
    DPI = "DPI"
    LANGUAGE = "LANGUAGE"
    TITLE = "TITLE"
    CHART_DIR = "CHART_DIR"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"
    FILES = "FILES"
    PAGES = "PAGES"

    def name(self) -> str:
        return "exportlayout"

    def displayName(self) -> str:
        return self.tr("Export layout or atlas")

    def shortHelpString(self) -> str:
        return self.tr(
            "Exports a print-layout template (.qpt) to PDF, PNG or SVG. With a coverage layer the layout is "
            "exported as an atlas: one page per feature (optionally filtered by an expression), e.g. one fact "
            "sheet per city with the bundled 'hema_stadsblad.qpt'. Texts come from the template's layout "
            "variables (@hema_title, @hema_subtitle, @hema_sources, @hema_footnote) in Dutch or English.\n"
            "Inputs: template, coverage layer, filter, layers to show on maps that have no fixed layer set "
            "(and the key-figures table of hema:mapbook for the city sheet), format, resolution.\n"
            "Outputs: the written files (OUTPUT is the PDF or the first file), FILES (all files, ';'-separated) "
            "and PAGES. Existing files are never replaced unless 'Overwrite existing files' is set.\n"
            "HEMA layers among the layers to show that have no style yet (a single symbol, e.g. the outputs of "
            "other steps in a model) are drawn in the plugin's default style for the export: cities and zones "
            "as hema:loadlayers styles them, catchment layers (dom_code, band) in the city colours, named in the "
            "map text language in the legend (Steden, Zones, ...); the layers keep their own style and name "
            "afterwards."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(
            QgsProcessingParameterFile(
                self.TEMPLATE,
                self.tr("Layout template"),
                extension="qpt",
                defaultValue=str(template_path("hema_kaart_a4")),
            ),
            self.tr("A .qpt print-layout template; the bundled ones are in the plugin's resources/layouts."),
        )
        self.add(
            QgsProcessingParameterVectorLayer(
                self.COVERAGE, self.tr("Atlas coverage layer"), [QgsProcessing.SourceType.TypeVector], optional=True
            ),
            self.tr("One page per feature of this layer (cities, themes or any layer). Empty: a single layout."),
        )
        self.add(
            QgsProcessingParameterExpression(
                self.FILTER, self.tr("Filter expression"), parentLayerParameterName=self.COVERAGE, optional=True
            ),
            self.tr("Only features matching this expression get a page, e.g. \"role\" = 'hema'."),
        )
        self.add(
            QgsProcessingParameterMultipleLayers(
                self.LAYERS, self.tr("Layers to show"), QgsProcessing.SourceType.TypeMapLayer, optional=True
            ),
            self.tr(
                "Layers for map items without a fixed layer set (first = top). Empty: the project's layers. "
                "Unstyled HEMA layers among them get the plugin's default style."
            ),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.FORMAT, self.tr("Format"), [self.tr(x) for x in io.FORMAT_LABELS], defaultValue=0
            ),
            self.tr("One PDF with all pages, one PDF per page, or a PNG or SVG file per page."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.DPI,
                self.tr("Resolution (dpi)"),
                QgsProcessingParameterNumber.Type.Integer,
                150,
                minValue=30,
                maxValue=1200,
            ),
            self.tr("Dots per inch for images and rasterised parts of a PDF."),
        )
        self.add_language(
            self.tr("Map text language"),
            self.tr("Language of titles, sources and footnotes of the bundled templates."),
        )
        self.add(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True),
            self.tr("Title for pages without an atlas page name; empty keeps the template's title."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterFile(
                self.CHART_DIR,
                self.tr("Chart folder"),
                behavior=QgsProcessingParameterFile.Behavior.Folder,
                optional=True,
            ),
            self.tr("Folder with <code>.png charts for the city sheet's chart item (made by hema:mapbook)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing files"), defaultValue=False),
            self.tr("Replace output files that already exist. Off: stop with an error instead."),
        )
        self.add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Output file"), self.tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)")
            ),
            self.tr("The PDF, or the base name of the per-page files (<name>_<nn>_<page>.<ext>)."),
        )
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("Written files")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of pages")))

    def process(self, parameters, context, feedback):
        fmt = io.FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        lang = self.language(parameters, context)
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        overwrite = self.parameterAsBool(parameters, self.OVERWRITE, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        filter_expr = self.parameterAsString(parameters, self.FILTER, context)  # AsExpression drops bad ones
        coverage = self.parameterAsVectorLayer(parameters, self.COVERAGE, context)
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        io.check_filter(filter_expr)
        io.check_writable(output)

        project = context.project() or QgsProject.instance()
        template = io.resolve_template(self.parameterAsFile(parameters, self.TEMPLATE, context))
        layout = io.load_template(project, template)
        self.apply_texts(layout, template, lang, parameters, context)
        candidates = (
            list(layers) + list(project.mapLayers().values()) + list(context.temporaryLayerStore().mapLayers().values())
        )
        io.table_layers(layout, candidates, {"indicator": text("indicator", lang), "value": text("value", lang)})
        if layers:
            io.show_layers(layout, layers)

        if feedback.isCanceled():
            raise io.canceled()
        with DefaultStyles(layers, lang) as styles:
            if styles.styled:
                feedback.pushInfo(
                    self.tr("Unstyled HEMA layer(s) drawn in the plugin's default style: {}").format(
                        ", ".join(styles.styled)
                    )
                )
            if coverage is None:
                paths = [io.page_paths(output, fmt, ["1"])[0]]
                io.refuse_existing(paths, overwrite)
                written = io.export_layout(layout, fmt, output, dpi, feedback)
            else:
                written = self.export_coverage(layout, coverage, filter_expr, fmt, output, dpi, overwrite, feedback)
        feedback.pushInfo(self.tr("Wrote {} file(s): {}").format(len(written), ", ".join(written)))
        pages = layout.atlas().count() if coverage is not None else layout.pageCollection().pageCount()
        return {self.OUTPUT: written[0], self.FILES: ";".join(written), self.PAGES: pages}

    def apply_texts(self, layout, template: str, lang: str, parameters, context) -> None:
        """Texts of a bundled template in the chosen language; title and chart folder when given."""
        from pathlib import Path

        from ..printlayout.templates import TEMPLATES

        stem = Path(template).stem
        variables = text_variables(stem, lang) if stem in TEMPLATES else {"hema_lang": lang}
        title = self.parameterAsString(parameters, self.TITLE, context)
        if title:
            variables["hema_title"] = title
        charts = self.parameterAsFile(parameters, self.CHART_DIR, context)
        if charts:
            variables["hema_chart_dir"] = charts
        set_variables(layout, variables)

    def export_coverage(self, layout, coverage, filter_expr, fmt, output, dpi, overwrite, feedback) -> list[str]:
        """Run the layout as an atlas over coverage; refuses empty coverage and filters matching nothing."""
        if coverage.featureCount() == 0:
            raise QgsProcessingException(
                self.tr("The coverage layer '{}' is empty; an atlas needs at least one feature.").format(
                    coverage.name()
                )
            )
        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setEnabled(True)
        names = coverage.fields().names()
        if not atlas.pageNameExpression() or atlas.pageNameExpression().strip('"') not in names:
            atlas.setPageNameExpression('"name"' if "name" in names else "@atlas_featureid")
        atlas.setFilterFeatures(bool(filter_expr))
        atlas.setFilterExpression(filter_expr or "")
        count = atlas.updateFeatures()
        if count == 0:
            raise QgsProcessingException(
                self.tr("No feature of '{}' matches the filter '{}'; loosen the filter.").format(
                    coverage.name(), filter_expr
                )
            )
        paths = io.page_paths(output, fmt, [atlas.nameForPage(n) for n in range(count)])
        io.refuse_existing(paths, overwrite)
        feedback.pushInfo(self.tr("Atlas of {} page(s) over '{}'.").format(count, coverage.name()))
        return io.export_atlas(layout, fmt, paths, dpi, feedback)
