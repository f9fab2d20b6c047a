"""hema:compareperiods on the real CBS files (jobs 2006/2014, moves 2015/2018), checked against pandas directly."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import processing
import pytest
from helpers.datafixtures import hema_gpkg  # noqa: F401
from hema_steden.paths import PLUGIN_DIR
from hema_steden.qgis_io.frames import field_type
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

HEMA = ["GM0106", "GM0114", "GM0118", "GM0119"]
CODE_CSV = PLUGIN_DIR / "resources" / "data" / "sources" / "gemeenten_2015_naar_2018.csv"


class Log(QgsProcessingFeedback):
    """Feedback that keeps the info lines."""

    def __init__(self):
        super().__init__()
        self.lines: list[str] = []

    def pushInfo(self, info):
        self.lines.append(info)
        super().pushInfo(info)


def csv_uri(path: Path) -> QgsVectorLayer:
    """A CSV file as a delimited-text layer (types detected), as a user adds it in QGIS."""
    layer = QgsVectorLayer(f"file://{path}?delimiter=,&detectTypes=yes&geomType=none", path.stem, "delimitedtext")
    assert layer.isValid(), path
    return layer


def table_gpkg(frame: pd.DataFrame, path: Path) -> str:
    """A GeoPackage table (no geometry) of a frame with text and numeric columns."""
    layer = QgsVectorLayer("None", "t", "memory")
    kinds = {c: "double" if pd.api.types.is_numeric_dtype(frame[c]) else "string" for c in frame}
    layer.dataProvider().addAttributes([QgsField(c, field_type(k)) for c, k in kinds.items()])
    layer.updateFields()
    feats = []
    for row in frame.itertuples(index=False):
        f = QgsFeature(layer.fields())
        f.setAttributes([float(v) if kinds[c] == "double" else str(v) for c, v in zip(frame.columns, row)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "flows"
    err, msg, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert err == QgsVectorFileWriter.WriterError.NoError, msg
    return f"{path}|layername=flows"


def run(params: dict, log=None) -> dict:
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("hema:compareperiods", params, context=context, feedback=log or QgsProcessingFeedback())


def frame_of(uri: str) -> pd.DataFrame:
    layer = QgsVectorLayer(uri, "o", "ogr")
    names = layer.fields().names()
    return pd.DataFrame([[f[n] for n in names] for f in layer.getFeatures()], columns=names)


@pytest.fixture(scope="module")
def mapping() -> dict[str, str]:
    table = pd.read_csv(CODE_CSV)
    return dict(zip(table.old_code, table.new_code))


def test_jobs_2006_2014_on_2018_division(hema_gpkg, shared_data, tmp_path, mapping):  # noqa: F811
    src = shared_data / "commuting_cbs_banen_2006_2014_noord.csv"
    log = Log()
    res = run(
        {
            "FLOWS": csv_uri(src),
            "ORIGIN_FIELD": "woon_code_2014",
            "DESTINATION_FIELD": "werk_code_2014",
            "VALUE_FIELD": "banen_x1000",
            "YEAR_FIELD": "jaar",
            "YEAR_FROM": 2006,
            "YEAR_TO": 2014,
            "ZONES": f"{hema_gpkg}|layername=zones",
            "CITIES": f"{hema_gpkg}|layername=steden",
            "CITY_CODES": ",".join(HEMA),
            "CODE_TABLE": csv_uri(CODE_CSV),
            "MIN_VALUE": 0.1,
            "OUTPUT_LINKS": str(tmp_path / "links.gpkg"),
            "OUTPUT_ZONES": str(tmp_path / "zones.gpkg"),
            "OUTPUT_CITIES": str(tmp_path / "cities.gpkg"),
            "OUTPUT_SERIES": str(tmp_path / "series.gpkg"),
            "CHART": str(tmp_path / "series.png"),
        },
        log,
    )
    assert any("GM0018 + GM0040 + GM1987 → GM1952" in line for line in log.lines), log.lines
    raw = pd.read_csv(src).dropna(subset=["woon_code_2014"])
    raw["o"], raw["d"] = raw.woon_code_2014.map(mapping), raw.werk_code_2014.map(mapping)
    series = frame_of(res["OUTPUT_SERIES"])
    for year in range(2006, 2015):
        rows = raw[raw.jaar == year]
        for city in HEMA:
            out = rows[rows.o == city]
            sc = out.loc[out.d == city, "banen_x1000"].sum() / out["banen_x1000"].sum()
            got = series.query("year == @year and code == @city and indicator == 'self_containment'")["value"]
            assert got.item() == pytest.approx(sc)
    zones = frame_of(res["OUTPUT_ZONES"]).set_index("code")
    cities = frame_of(f"{hema_gpkg}|layername=steden")["code"].tolist()
    direct = {}
    for year in (2006, 2014):
        rows = raw[raw.jaar == year]
        wide = rows.pivot_table(index="o", columns="d", values="banen_x1000", aggfunc="sum")
        wide = wide.reindex(index=zones.index, columns=cities).fillna(0.0)
        dom = wide.idxmax(axis=1).astype(object)
        dom[[z in cities for z in zones.index]] = [z for z in zones.index if z in cities]
        dom[[z not in set(rows.o) for z in zones.index]] = None
        direct[year] = dom
    switched = sorted(
        z for z in zones.index if direct[2006][z] and direct[2014][z] and direct[2006][z] != direct[2014][z]
    )
    assert sorted(zones.index[zones["switched"] == 1]) == switched
    assert switched
    links = frame_of(res["OUTPUT_LINKS"]).set_index(["origin", "destination"])
    agg = raw.groupby(["jaar", "o", "d"])["banen_x1000"].sum()
    assert links.loc[("GM0119", "GM0193"), "value_from"] == pytest.approx(agg.loc[2006, "GM0119", "GM0193"])
    assert links.loc[("GM0119", "GM0193"), "value_to"] == pytest.approx(agg.loc[2014, "GM0119", "GM0193"])
    nodes = set(zones.index) | set(cities)
    both = agg.loc[[2006, 2014]].reset_index()
    both = both[(both.o != both.d) & both.o.isin(nodes) & both.d.isin(nodes)]
    assert res["SCALE_MAX"] == pytest.approx(both["banen_x1000"].max())  # one width scale for both years
    assert Path(res["CHART"]).stat().st_size > 20_000
    assert len(frame_of(res["OUTPUT_CITIES"])) == 4


def test_moves_2015_vs_2018(hema_gpkg, shared_data, tmp_path):  # noqa: F811
    frames = []
    for year in (2015, 2018):
        m = pd.read_csv(shared_data / f"cbs_verhuizingen_gemeenten_{year}_noord.csv")
        frames.append(pd.DataFrame({"origin": m.vertrek_code, "destination": m.vestiging_code,
                                    "value": m.verhuisde_personen.astype(float), "year": float(year),
                                    "theme": "wonen"}))  # fmt: skip
    flows = table_gpkg(pd.concat(frames), tmp_path / "moves.gpkg")
    res = run(
        {
            "FLOWS": flows,
            "THEME": 1,
            "YEAR_FROM": 2015,
            "YEAR_TO": 2018,
            "ZONES": f"{hema_gpkg}|layername=zones",
            "CITIES": f"{hema_gpkg}|layername=steden",
            "CODE_TABLE": csv_uri(CODE_CSV),
            "TOP_N": 40,
            "OUTPUT_LINKS": "memory:",
            "OUTPUT_ZONES": "memory:",
            "OUTPUT_CITIES": "memory:",
            "OUTPUT_SERIES": "memory:",
        }
    )
    assert res["OUTPUT_LINKS"].featureCount() == 40
    cities = {f["code"]: f for f in res["OUTPUT_CITIES"].getFeatures()}
    m15 = frames[0]
    assen_out = m15[(m15.origin == "GM0106")]
    assert cities["GM0106"]["outflow_from"] == pytest.approx(assen_out["value"].sum())
    assert cities["GM0106"]["partner_to"] == "GM0014"
    with pytest.raises(Exception, match="2016"):
        run({"FLOWS": flows, "THEME": 1, "YEAR_FROM": 2016, "YEAR_TO": 2018,
             "ZONES": f"{hema_gpkg}|layername=zones", "CITIES": f"{hema_gpkg}|layername=steden",
             "OUTPUT_LINKS": "memory:", "OUTPUT_ZONES": "memory:", "OUTPUT_CITIES": "memory:",
             "OUTPUT_SERIES": "memory:"})  # fmt: skip


def test_model_two_years_on_one_width_scale(hema_gpkg, shared_data, tmp_path):  # noqa: F811
    """Modeler: compareperiods' SCALE_MAX feeds flowlines' SCALE_MAX, so the year's map uses the shared scale."""
    from hema_steden.printlayout.model import output_parameter, with_defaults
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    raw = pd.read_csv(shared_data / "commuting_cbs_banen_2006_2014_noord.csv").dropna(subset=["woon_code_2014"])
    raw = raw[raw.jaar.isin([2006, 2014])]
    flows = table_gpkg(
        pd.DataFrame({"origin": raw.woon_code_2014, "destination": raw.werk_code_2014, "value": raw.banen_x1000,
                      "year": raw.jaar.astype(float)}), tmp_path / "jobs.gpkg",
    )  # fmt: skip
    source = QgsProcessingModelChildParameterSource
    model = QgsProcessingModelAlgorithm("two years", "tests")
    compare = QgsProcessingModelChildAlgorithm("hema:compareperiods")
    compare.setChildId("compare")
    for name, value in (("FLOWS", flows), ("ZONES", f"{hema_gpkg}|layername=zones"),
                        ("CITIES", f"{hema_gpkg}|layername=steden")):  # fmt: skip
        compare.addParameterSources(name, [source.fromStaticValue(value)])
    model.addChildAlgorithm(with_defaults(compare))
    lines = QgsProcessingModelChildAlgorithm("hema:flowlines")
    lines.setChildId("lines")
    lines.addParameterSources("FLOWS", [source.fromStaticValue(flows)])
    lines.addParameterSources("CITIES", [source.fromStaticValue(f"{hema_gpkg}|layername=zones")])
    lines.addParameterSources("YEAR", [source.fromStaticValue(2006)])
    lines.addParameterSources("SCALE_MAX", [source.fromChildOutput("compare", "SCALE_MAX")])
    out = QgsProcessingModelOutput("lines2006", "lines2006")
    out.setChildId("lines")
    out.setChildOutputName("OUTPUT")
    lines.setModelOutputs({"lines2006": out})
    model.addChildAlgorithm(with_defaults(lines))
    model.updateDestinationParameters()
    for child in ("compare", "lines"):
        ok, issues = model.validateChildAlgorithm(child)
        assert ok, issues
    path = tmp_path / "two_years.model3"
    assert model.toFile(str(path))
    again = QgsProcessingModelAlgorithm()
    assert again.fromFile(str(path))
    scale_source = again.childAlgorithm("lines").parameterSources()["SCALE_MAX"][0]
    assert (scale_source.outputChildId(), scale_source.outputName()) == ("compare", "SCALE_MAX")
    log = Log()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    name = output_parameter(again, "lines", "lines2006")
    res = processing.run(again, {name: "memory:"}, context=context, feedback=log)
    layer = res[name]
    layer = context.getMapLayer(layer) if isinstance(layer, str) else layer
    assert layer.featureCount() > 100
