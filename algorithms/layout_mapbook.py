"""hema:mapbook — from cities, zones and flows to the complete map book PDF 'Perspectief op Drentse steden'."""

from __future__ import annotations

import datetime
import shutil
import tempfile
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import vocabulary as v
from ..core.charts import theme_share_chart
from ..core.cities import HEMA_CODES, city_colour
from ..core.datamodel import BUNDLED_TABLES, REQUIRED_FIELDS
from ..core.factsheet import comparison_table, key_figures, region_shares
from ..core.figures import in_catchment
from ..core.flows import LINE_KINDS, theme_summary
from ..core.fmt import date_text
from ..core.layouttext import text
from ..core.modes import PUBLIC_TRANSPORT, mode_figures, moves_figures, observed_themes, origin_mode_shares
from ..core.themes import THEME_CODES, theme
from ..i18n import text_language
from ..paths import DEFAULT_GPKG
from ..printlayout import export as io
from ..printlayout.change_pages import (
    add_change_pages,
    add_scenario_pages,
    book_provenance,
    finish_book,
    remember_flow_summary,
)
from ..printlayout.indicator_pages import with_indicator_figures
from ..printlayout.mapbook_pages import Book, build_book
from .base import HemaAlgorithm

PROFILE_FIELDS = ("code", "self_containment", "perspective", "top_tie") + tuple(
    f"{kind}{k}" for k in (1, 2, 3) for kind in ("partner", "orientation")
)


def layer_frame(uri: str, fields) -> pd.DataFrame:
    """Attributes of an OGR layer as a DataFrame (NULL -> None)."""
    layer = QgsVectorLayer(uri, "table", "ogr")
    present = [f for f in fields if f in layer.fields().names()]
    rows = [
        [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in (feature[f] for f in present)]
        for feature in layer.getFeatures()
    ]
    return pd.DataFrame(rows, columns=present)


# Map-book input parameter -> its table in the bundled GeoPackage (core/datamodel.py).
LAYER_NAMES = {
    v.CITIES: BUNDLED_TABLES["cities"],
    v.ZONES: BUNDLED_TABLES["zones"],
    v.FLOWS: BUNDLED_TABLES["flows"],
    v.PROVINCES: BUNDLED_TABLES["provinces"],
}
WORK = v.theme_index("werk_studie")


def bundled(layer: str) -> str:
    """Source string of a layer of the bundled GeoPackage."""
    return f"{DEFAULT_GPKG}|layername={layer}"


class MapBook(HemaAlgorithm):
    """The one-command provincial map book: catchments, links, city figures and a multi-page PDF."""

    GROUP_ID = "layout"
    NO_THREADING = True
    CITIES, ZONES, FLOWS, PROVINCES = v.CITIES, v.ZONES, v.FLOWS, v.PROVINCES
    LANGUAGE, DPI, MIN_LINK, OVERWRITE, OUTPUT, PAGES = "LANGUAGE", "DPI", "MIN_LINK", "OVERWRITE", "OUTPUT", "PAGES"
    KEY_FIGURES, CHART_DIR = "KEY_FIGURES", "CHART_DIR"
    SCENARIOS, SCENARIO_PARAMETERS = "SCENARIOS", "SCENARIO_PARAMETERS"

    def name(self) -> str:
        return "mapbook"

    def displayName(self) -> str:
        return self.tr("Map book 'Perspectief op Drentse steden'")

    def shortHelpString(self) -> str:
        return self.tr(
            "Builds the complete map book from cities, zones and flows (default: the bundled GeoPackage: the 77 "
            "municipalities of Groningen, Fryslân, Drenthe and Overijssel, division 2018, with CBS flows). Every "
            "theme that has flows in the flow table gets observed catchments from its latest year "
            "(hema:catchmentsobserved; bundled: werk & studie = jobs 2014, wonen = moves 2018, vervoer = "
            "commuting 2016 by train and other public transport); the other themes get Huff-modelled catchments "
            "with the theme presets (hema:catchmentshuff), footnoted as modelled. Shares use each zone's complete "
            "total, including flows to municipalities outside the zones. Also: commuting links between the cities "
            "(hema:flowlines, gross), city profiles (hema:cityprofile: self-containment f_ii / Σ_j f_ij, top "
            "partners, suggested perspective), key figures per city (population, catchment population per theme, "
            "train and public-transport share of commuting when the flows have modes, CBS indicators) and a chart "
            "of each HEMA city's share of the region per theme.\nOutput: one PDF with a cover, a contents page, "
            "an overview map of the HEMA network, one catchment page per theme, one fact sheet per HEMA city, a "
            "comparison table, one indicator page per theme (CBS indicators against Drenthe and the Netherlands) "
            "with their comparison table and, for every theme whose flows cover two or more years, a change page "
            "(hema:compareperiods, first against last year). Every page carries its page number and a provenance "
            "line: data source and year, method and parameters, plugin version. With scenarios given, one page "
            "per what-if scenario (hema:scenario). Map text in Dutch (default) or English. An existing PDF is "
            "only replaced when 'Overwrite existing file' is set."
        )

    def initAlgorithm(self, config=None) -> None:
        for name, label, layer, types, help_text in (
            (
                self.CITIES,
                "Cities",
                "steden",
                [QgsProcessing.SourceType.TypeVectorPoint],
                "Points with code, name, role, population.",
            ),
            (
                self.ZONES,
                "Zones",
                "zones",
                [QgsProcessing.SourceType.TypeVectorPolygon],
                "Polygons with code, name, population.",
            ),
            (
                self.FLOWS,
                "Flows",
                "flows",
                [QgsProcessing.SourceType.TypeVector],
                "Table origin, destination, theme, value.",
            ),
            (
                self.PROVINCES,
                "Provinces",
                "provinces",
                [QgsProcessing.SourceType.TypeVectorPolygon],
                "Outlines with name.",
            ),
        ):
            self.add(
                QgsProcessingParameterFeatureSource(
                    name, self.tr(label), types, defaultValue=bundled(layer), optional=True
                ),
                self.tr(help_text) + " " + self.tr("Empty: the bundled GeoPackage."),
            )
        self.add(
            QgsProcessingParameterEnum(
                v.METHOD,
                self.tr("Catchment method"),
                [
                    self.tr("Observed flows where the flows have the theme, else Huff"),
                    self.tr("Huff model for every theme"),
                ],
                defaultValue=0,
            ),
            self.tr(
                "Observed catchments for themes with flows (werk & studie) or Huff-modelled pages for every theme."
            ),
        )
        self.add_alpha_beta(
            self.tr("Huff parameter of every modelled page; empty = each theme's preset."), maximum=None, advanced=True
        )
        self.add_language(
            self.tr("Map text language"),
            self.tr("Language of all map text, legends and number formatting (Dutch 1.234,5)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.MIN_LINK,
                self.tr("Smallest link shown (jobs)"),
                QgsProcessingParameterNumber.Type.Double,
                250.0,
                minValue=0,
            ),
            self.tr("Commuting links (both directions summed) below this many jobs are left off the maps."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.DPI,
                self.tr("Resolution (dpi)"),
                QgsProcessingParameterNumber.Type.Integer,
                200,
                minValue=30,
                maxValue=600,
            ),
            self.tr("Resolution of rasterised parts (charts, transparent layers) in the PDF."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.SCENARIOS, self.tr("Scenarios (a page each)"), multiLine=True,
                                         optional=True),
            self.tr("What-if scenarios as in 'What-if scenarios (Huff model)', one change per line; each scenario "
                    "gets a page (empty = none)."),
            advanced=True,
        )  # fmt: skip
        self.add(
            QgsProcessingParameterFile(self.SCENARIO_PARAMETERS, self.tr("Calibrated parameter file for the "
                                       "scenarios"), extension="json", optional=True),
            self.tr("JSON file written by 'Calibrate Huff model' (empty = the werk & studie preset)."),
            advanced=True,
        )  # fmt: skip
        self.add(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing file"), defaultValue=False),
            self.tr("Replace the PDF if it exists. Off: stop with an error instead."),
        )
        self.add(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Map book (PDF)"), self.tr("PDF (*.pdf)")),
            self.tr("The map book PDF."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.KEY_FIGURES,
                self.tr("Key figures"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            ),
            self.tr("Table code, rank, indicator, value (formatted text): the city sheet template's table."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of pages")))
        self.addOutput(QgsProcessingOutputFolder(self.CHART_DIR, self.tr("Chart folder (<code>.png per city)")))

    def process(self, parameters, context, feedback):
        # child outputs go to a work folder removed at the end, whatever happens; the city charts to a folder of
        # their own in Processing's temporary folder (output CHART_DIR, for the atlas model), which QGIS empties
        work = Path(tempfile.mkdtemp(prefix="hema-mapbook-", dir=QgsProcessingUtils.tempFolder()))
        chart_dir = Path(tempfile.mkdtemp(prefix="hema-charts-", dir=QgsProcessingUtils.tempFolder()))
        try:
            return self.make_book(parameters, context, feedback, work, chart_dir)
        except BaseException:
            shutil.rmtree(chart_dir, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def make_book(self, parameters, context, feedback, work: Path, chart_dir: Path) -> dict:
        """Build and export the map book (the body of process)."""
        layers = {n: bundled(LAYER_NAMES[n]) for n in LAYER_NAMES}
        parameters = {**layers, **{k: v for k, v in parameters.items() if v not in (None, "")}}
        lang = self.language(parameters, context)
        output = str(Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context)).with_suffix(".pdf"))
        io.check_writable(output)
        io.refuse_existing([output], self.parameterAsBool(parameters, self.OVERWRITE, context))
        for name in (self.CITIES, self.ZONES, self.FLOWS):
            feedback.setProgressText(self.tr("Checking the inputs"))  # each text lets a waiting dialog repaint
            self.require_features(self.source(parameters, name, context), name.lower())
        feedback.setProgressText(self.tr("Reading the flows"))
        steps = QgsProcessingMultiStepFeedback(len(THEME_CODES) + 3, feedback)
        inputs = {n: parameters[n] for n in LAYER_NAMES}
        flows = self.uri(parameters, self.FLOWS, context, work)  # every year: the change pages compare them
        flow_frame, observed = self.observed_flows(parameters, context, steps)  # per theme its latest year
        remember_flow_summary(flows, theme_summary(flow_frame))  # the change pages and provenance lines need it
        catchments = {}
        huff_only = v.MAPBOOK_METHODS[self.parameterAsEnum(parameters, v.METHOD, context)] == "huff"
        model = {name: parameters[name] for name in (v.ALPHA, v.BETA) if parameters.get(name) not in (None, "")}
        for n, code in enumerate(THEME_CODES):
            steps.setCurrentStep(n)
            # the child runs set no text of their own: without this the dialog kept saying "Reading the flows"
            steps.setProgressText(self.tr("Catchment areas: {}").format(theme(code).label(text_language())))
            years = None if huff_only else observed.get(code)
            catchments[code] = self.catchment(code, years, {**inputs, **model}, work, context, steps)
        steps.setCurrentStep(len(THEME_CODES))
        work_year = None if huff_only else observed.get("werk_studie", (None, ""))[0]
        minimum = self.parameterAsDouble(parameters, self.MIN_LINK, context)
        steps.setProgressText(self.tr("Commuting links between the cities"))
        links = self.links(inputs, minimum, work, context, steps, work_year)
        steps.setCurrentStep(len(THEME_CODES) + 1)
        steps.setProgressText(self.tr("City profiles"))
        cities, compared, hema = self.cities(parameters, context)
        profile_uri = self.profile(inputs, compared, work, context, steps, work_year)
        self.check_canceled(feedback)
        feedback.setProgressText(self.tr("Key figures of the cities"))  # a waiting dialog repaints here
        profile = layer_frame(profile_uri, PROFILE_FIELDS)
        names, catch, figures, comparison = self.city_figures(
            parameters, context, feedback, (cities, compared, hema), catchments, profile, (flow_frame, observed), lang
        )
        shares = region_shares(catch)
        charts = self.charts(hema, shares, chart_dir, lang, feedback)
        steps.setCurrentStep(len(THEME_CODES) + 2)
        book = Book(
            cities=self.uri(parameters, self.CITIES, context, work),
            zones=self.uri(parameters, self.ZONES, context, work),
            provinces=self.uri(parameters, self.PROVINCES, context, work),
            links=links,
            catchments=catchments,
            modelled=[c for c in THEME_CODES if huff_only or c not in observed],
            observed={} if huff_only else observed,
            names=names,
            lang=lang,
            date=text("date", lang).format(date_text(datetime.date.today(), lang)),
            work=work,
        )
        self.check_canceled(feedback)
        layout = build_book(book, figures, comparison, charts, list(THEME_CODES), feedback)
        self.extra_pages(layout, book, flows, len([c for c in HEMA_CODES if c in charts]), parameters, context, steps)
        pages = layout.pageCollection().pageCount()
        feedback.pushInfo(self.tr("Exporting {} pages to {}").format(pages, output))
        io.export_pdf(layout, output, self.parameterAsInt(parameters, self.DPI, context), steps)
        results = {self.OUTPUT: output, self.PAGES: pages, self.CHART_DIR: str(chart_dir)}
        if parameters.get(self.KEY_FIGURES):
            sink, results[self.KEY_FIGURES] = self.sink_for_frame(
                parameters,
                self.KEY_FIGURES,
                context,
                figures,
                QgsWkbTypes.Type.NoGeometry,
                QgsCoordinateReferenceSystem(),
            )
            self.write_frame(sink, figures)
        return results

    def city_figures(self, parameters, context, feedback, city_frames, catchments, profile, flow_data, lang):
        """(names, catchment table, key figures, comparison table) of the city sheets and the comparison page."""
        cities, compared, hema = city_frames
        flow_frame, observed = flow_data
        zones = self.read_frame(
            self.source(parameters, self.ZONES, context),
            list(REQUIRED_FIELDS["zones"]),
            self.tr("Zones"),
            numeric=["population"],
        )
        catch = self.catchment_table(catchments, zones)
        names = {**dict(zip(zones["code"], zones["name"])), **dict(zip(cities["code"], cities["name"]))}
        modes = origin_mode_shares(flow_frame[flow_frame["theme"] == "vervoer"]) if "mode" in flow_frame else None
        extra = mode_figures(modes, hema["code"], observed.get("vervoer", ("", ""))[0], lang)
        for code, rows in moves_figures(flow_frame, hema["code"], lang).items():
            extra[code] = rows + extra.get(code, [])
        message = self.tr("Indicators of the cities")
        feedback.setProgressText(message)
        tick = lambda: feedback.setProgressText(message)  # noqa: E731
        figures = with_indicator_figures(key_figures(hema, catch, profile, names, lang, extra), lang, tick)
        feedback.setProgressText(self.tr("Comparison of the cities"))
        return names, catch, figures, comparison_table(compared, catch, profile, lang)

    def observed_flows(self, parameters: dict, context, feedback) -> tuple[pd.DataFrame, dict]:
        """The flow table and, per theme that has flows, (latest year, unit)."""
        flow_source = self.source(parameters, self.FLOWS, context)
        flow_fields = ["origin", "destination", "theme", "value"]
        flow_fields += [f for f in ("year", "mode", "unit", "source") if f in flow_source.fields().names()]
        flow_frame = self.read_frame(flow_source, flow_fields, self.tr("Flows"), feedback, numeric=["value"])
        observed = observed_themes(flow_frame)
        for code, (year, unit) in observed.items():
            feedback.pushInfo(self.tr("Observed flows for {}: {} {}").format(code, unit, year))
        return flow_frame, observed

    def links(self, inputs: dict, minimum: float, work: Path, context, feedback, year=None) -> str:
        """Gross commuting lines (werk & studie, of year when given) between the cities of at least minimum jobs."""
        params = {
            v.FLOWS: inputs[self.FLOWS],
            v.CITIES: inputs[self.CITIES],
            v.THEME: WORK,
            v.LINE_TYPE: LINE_KINDS.index("gross"),
            v.THRESHOLD: minimum,
            v.OUTPUT: str(work / "links.gpkg"),
            v.NODE_TOTALS: QgsProcessing.TEMPORARY_OUTPUT,
        }
        if year:
            params[v.YEAR] = int(year)
        return self.child("hema:flowlines", params, context, feedback)["OUTPUT"]

    def cities(self, parameters: dict, context) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """All cities, those compared (HEMA and reference cities) and the HEMA cities; refuses none of HEMA."""
        cities = self.read_frame(
            self.source(parameters, self.CITIES, context),
            list(REQUIRED_FIELDS["cities"]),
            self.tr("Cities"),
            numeric=["population"],
        )
        hema = cities[cities["code"].isin(HEMA_CODES)]
        if hema.empty:
            raise QgsProcessingException(
                self.tr("None of the cities has a HEMA code ({}); check the cities' code field.").format(
                    ", ".join(HEMA_CODES)
                )
            )
        return cities, cities[cities["role"].isin(["hema", "referentie"])], hema

    def profile(self, inputs: dict, compared: pd.DataFrame, work: Path, context, feedback, year=None) -> str:
        """City profiles (werk & studie, of year when given) of the compared cities."""
        params = {
            v.FLOWS: inputs[self.FLOWS],
            v.CITIES: inputs[self.CITIES],
            v.THEME: WORK,
            v.CITY_CODES: v.city_codes_text(compared["code"]),
            v.OUTPUT: str(work / "profile.gpkg"),
            v.PARTNERS: QgsProcessing.TEMPORARY_OUTPUT,
        }
        if year:
            params[v.YEAR] = int(year)
        return self.child("hema:cityprofile", params, context, feedback)["OUTPUT"]

    def charts(self, hema: pd.DataFrame, shares: pd.DataFrame, work: Path, lang: str, feedback) -> dict[str, str]:
        """One PNG chart per HEMA city: its share of the region per theme."""
        charts = {}
        names = dict(zip(hema["code"], hema["name"])) if "name" in hema.columns else {}
        for code in hema["code"]:
            self.check_canceled(feedback)
            feedback.setProgressText(self.tr("Chart for {}").format(names.get(code, code)))  # a waiting dialog repaints
            row = shares.loc[code] if code in shares.index else pd.Series(0.0, index=shares.columns)
            chart = theme_share_chart(
                row.to_dict(),
                city_colour(code),
                work / f"{code}.png",
                text("chart_title", lang),
                lang,
                size_mm=(68, 64),
            )
            charts[code] = str(chart)
        return charts

    def extra_pages(self, layout, book, flows: str, n_cities: int, parameters, context, steps) -> None:
        """Change pages, scenario pages, then contents, page numbers and provenance lines (issue 15)."""
        work = Path(tempfile.mkdtemp(prefix="hema-mapbook-change-", dir=book.work))
        message = self.tr("Building the change pages, contents and page numbers")
        steps.setProgressText(message)
        book.tick = lambda: steps.setProgressText(message)
        provenance = book_provenance(book, flows, list(THEME_CODES), n_cities)
        run = lambda alg_id, params: self.child(alg_id, params, context, steps)  # noqa: E731
        provenance += add_change_pages(layout, book, flows, work, run)
        scenarios = self.parameterAsString(parameters, self.SCENARIOS, context)
        if scenarios.strip():
            file = self.parameterAsFile(parameters, self.SCENARIO_PARAMETERS, context)
            provenance += add_scenario_pages(layout, book, scenarios, file, work, run)
        finish_book(layout, book, provenance)

    def child(self, alg_id: str, params: dict, context, feedback) -> dict:
        """Run another HEMA algorithm as a child; a clear error when it is not installed."""
        import processing

        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        if alg is None:
            raise QgsProcessingException(
                self.tr(
                    "The map book needs the algorithm {}, which is not available; update the HEMA Steden plugin."
                ).format(alg_id)
            )
        self.check_canceled(feedback)
        return processing.run(alg_id, params, context=context, feedback=feedback, is_child_algorithm=True)

    def catchment(self, code: str, observed, inputs: dict, work: Path, context, feedback) -> str:
        """Observed catchments when the theme has flows (observed = (latest year, unit)), else Huff-modelled ones.

        Huff: α/β given in inputs, else the theme presets. vervoer: the public-transport commuting (train and other
        public transport) when the flows are an OGR layer.
        """
        params = {
            v.ZONES: inputs[self.ZONES],
            v.CITIES: inputs[self.CITIES],
            v.THEME: v.theme_index(code),
            "OUTPUT": str(work / f"catch_{code}.gpkg"),
        }
        if observed:
            flows = inputs[self.FLOWS]
            if code == "vervoer" and isinstance(flows, str) and "|layername=" in flows and "|subset=" not in flows:
                flows += '|subset="mode" IN (\'' + "','".join(PUBLIC_TRANSPORT) + "')"
            params = {**params, v.FLOWS: flows, "ALLOW_EMPTY": True}
            if observed[0]:  # a table without years: all its rows
                params[v.YEAR] = int(observed[0])
            return self.child("hema:catchmentsobserved", params, context, feedback)["OUTPUT"]
        model = {name: inputs[name] for name in (v.ALPHA, v.BETA) if name in inputs}
        return self.child("hema:catchmentshuff", {**params, **model, v.DETAIL: 0}, context, feedback)["OUTPUT"]

    def catchment_table(self, catchments: dict[str, str], zones: pd.DataFrame) -> pd.DataFrame:
        """Long table zone, population, theme, city over all themes: the zones in a catchment (core.figures)."""
        pop = dict(zip(zones["code"], zones["population"]))
        rows = []
        for code, uri in catchments.items():
            layer = QgsVectorLayer(uri, code, "ogr")
            band = "band" in layer.fields().names()
            for feature in layer.getFeatures():
                zone, city = feature["code"], feature["dom_code"]
                if in_catchment(city, feature["band"] if band else "own"):  # one definition with the panel
                    rows.append((zone, pop.get(zone, 0.0), code, city))
        return pd.DataFrame(rows, columns=["zone", "population", "theme", "city"])

    def uri(self, parameters, name, context, work: Path) -> str:
        """An OGR source string of an input, written to a GeoPackage in the work folder when it is not one."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None and layer.providerType() == "ogr":
            return layer.source()
        import processing

        path = str(work / f"{name.lower()}.gpkg")
        processing.run(
            "native:savefeatures", {"INPUT": parameters[name], "OUTPUT": path}, context=context, is_child_algorithm=True
        )
        return path
