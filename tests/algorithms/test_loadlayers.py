"""hema:loadlayers from a GeoPackage, a folder and the bundled data: validation, styles, groups, modeler use."""

import shutil

import processing
import pytest
from helpers.datafixtures import hema_gpkg  # noqa: F401  (fixture)
from hema_steden.core.cities import city_colour
from hema_steden.paths import DEFAULT_GPKG
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTreeGroup,
    QgsProcessingException,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFile,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

OUTPUTS = {k: "TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS", "OUTPUT_PROVINCES")}


def tree(group):
    """The layer tree below group as nested (name, children) tuples; layers as plain names."""
    return [(c.name(), tree(c)) if isinstance(c, QgsLayerTreeGroup) else c.name() for c in group.children()]


def load(context, feedback, **params):
    return processing.runAndLoadResults("hema:loadlayers", {**OUTPUTS, **params}, context=context, feedback=feedback)


def test_geopackage_grouped_styled_and_filtered(project, context, feedback, hema_gpkg):  # noqa: F811
    result = load(context, feedback, SOURCE=1, GEOPACKAGE=str(hema_gpkg), YEAR=2014)
    QCoreApplication.processEvents()  # queued layer-tree clean-ups must not remove the moved layers
    assert len(project.mapLayers()) == 4
    assert tree(project.layerTreeRoot()) == [
        (
            "HEMA Steden 2014",
            [
                ("steden, zones en provincies", ["steden", "provincies", "zones"]),
                ("werk & studie", ["stromen werk & studie"]),
            ],
        )
    ]
    flows = (
        project.mapLayer(result["OUTPUT_FLOWS"]) or QgsProject.instance().mapLayersByName("stromen werk & studie")[0]
    )
    assert flows.featureCount() == 1547
    assert {f["year"] for f in flows.getFeatures()} == {2014}
    assert {(f["origin"], f["destination"]): f["value"] for f in flows.getFeatures()}[("GM0106", "GM0014")] == 3.7
    cities = project.mapLayersByName("steden")[0]
    renderer = cities.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "code"
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert colours["GM0106"] == city_colour("GM0106") and colours["GM0114"] == city_colour("GM0114")
    assert project.mapLayersByName("zones")[0].crs().authid() == "EPSG:28992"


def test_outputs_chain_in_a_model(project, context, feedback, hema_gpkg):  # noqa: F811
    model = QgsProcessingModelAlgorithm("chain", "tests")
    model.addModelParameter(
        QgsProcessingParameterFile("gpkg", "gpkg", extension="gpkg"), QgsProcessingModelParameter("gpkg")
    )
    load_child = QgsProcessingModelChildAlgorithm("hema:loadlayers")
    load_child.setChildId("load")
    load_child.addParameterSources("SOURCE", [QgsProcessingModelChildParameterSource.fromStaticValue(1)])
    load_child.addParameterSources("GEOPACKAGE", [QgsProcessingModelChildParameterSource.fromModelParameter("gpkg")])
    model.addChildAlgorithm(load_child)
    extract = QgsProcessingModelChildAlgorithm("native:extractbyattribute")
    extract.setChildId("hema")
    extract.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("load", "OUTPUT_CITIES")]
    )
    for name, value in (("FIELD", "role"), ("OPERATOR", 0), ("VALUE", "hema")):
        extract.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    out = QgsProcessingModelOutput("hema_cities")
    out.setChildOutputName("OUTPUT")
    out.setChildId("hema")
    extract.setModelOutputs({"hema_cities": out})
    model.addChildAlgorithm(extract)
    result = processing.run(
        model, {"gpkg": str(hema_gpkg), "hema:hema_cities": "TEMPORARY_OUTPUT"}, context=context, feedback=feedback
    )
    layer = result["hema:hema_cities"]
    assert sorted(f["name"] for f in layer.getFeatures()) == ["Assen", "Emmen", "Hoogeveen", "Meppel"]


def _folder(tmp_path, hema_gpkg):  # noqa: F811
    folder = tmp_path / "hema"
    folder.mkdir()
    for table in ("zones", "provincies"):
        layer = QgsVectorLayer(f"{hema_gpkg}|layername={table}", table, "ogr")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(folder / f"{table}.gpkg"), QgsProject.instance().transformContext(), options
        )
    (folder / "steden.csv").write_text(
        "code;name;role;population;x;y\nGM0106;Assen;hema;68979;233850,5;557300\nGM0114;Emmen;hema;107856;256000;532500\n",
        "utf-8",
    )
    (folder / "flows.csv").write_text(
        "origin,destination,theme,value,year\nGM0106,GM0014,werk_studie,3.7,2014\nGM0114,GM0106,wonen,0.4,2014\n",
        "utf-8",
    )
    return folder


def test_folder_of_csv_and_gpkg_two_theme_groups(project, context, feedback, tmp_path, hema_gpkg):  # noqa: F811
    load(context, feedback, SOURCE=2, FOLDER=str(_folder(tmp_path, hema_gpkg)), THEMES=[0, 1, 2])
    ((top, groups),) = tree(project.layerTreeRoot())
    assert top == "HEMA Steden"
    assert groups == [
        ("steden, zones en provincies", ["steden", "provincies", "zones", "stromen (alle thema's)"]),
        ("werk & studie", ["stromen werk & studie"]),
        ("wonen", ["stromen wonen"]),
    ]
    assert project.mapLayersByName("stromen wonen")[0].featureCount() == 1
    assert project.mapLayersByName("steden")[0].featureCount() == 2


@pytest.mark.skipif(not DEFAULT_GPKG.is_file(), reason="bundled GeoPackage not built yet (make data)")
def test_bundled_default(project, context, feedback):
    result = load(context, feedback, SOURCE=0, THEMES=[0])
    cities = project.mapLayersByName("steden")[0]
    assert {"GM0106", "GM0114", "GM0118", "GM0119"} <= {f["code"] for f in cities.getFeatures()}
    assert result["OUTPUT_FLOWS"]


def _broken_copy(tmp_path, hema_gpkg, table, how):  # noqa: F811
    path = tmp_path / "broken.gpkg"
    shutil.copy(hema_gpkg, path)
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    if how == "drop_role":
        layer.dataProvider().deleteAttributes([layer.fields().lookupField("role")])
    elif how == "empty":
        layer.dataProvider().truncate()
    elif how == "geographic":
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        source = QgsVectorLayer(f"{hema_gpkg}|layername={table}", table, "ogr")
        options.ct = QgsCoordinateTransform(
            source.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext()
        )
        QgsVectorFileWriter.writeAsVectorFormatV3(source, str(path), QgsProject.instance().transformContext(), options)
    return path


@pytest.mark.parametrize(
    ("table", "how", "match"),
    [
        ("steden", "drop_role", "lacks the required field.*role"),
        ("zones", "empty", "is empty"),
        ("zones", "geographic", "geographic CRS.*EPSG:28992"),
    ],
)
def test_bad_layers(project, context, feedback, tmp_path, hema_gpkg, table, how, match):  # noqa: F811
    path = _broken_copy(tmp_path, hema_gpkg, table, how)
    with pytest.raises(QgsProcessingException, match=match):
        load(context, feedback, SOURCE=1, GEOPACKAGE=str(path))


def test_cities_must_be_points(project, context, feedback, tmp_path, hema_gpkg):  # noqa: F811
    folder = _folder(tmp_path, hema_gpkg)
    (folder / "steden.csv").unlink()
    shutil.copy(folder / "zones.gpkg", folder / "steden.gpkg")  # polygons where points are expected
    with pytest.raises(QgsProcessingException, match="has Polygon geometries; it needs point"):
        load(context, feedback, SOURCE=2, FOLDER=str(folder))


def test_bad_sources(project, context, feedback, tmp_path, hema_gpkg):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="does not exist"):
        load(context, feedback, SOURCE=1, GEOPACKAGE=str(tmp_path / "nope.gpkg"))
    with pytest.raises(QgsProcessingException, match="does not exist"):
        load(context, feedback, SOURCE=2, FOLDER=str(tmp_path / "nope"))
    with pytest.raises(QgsProcessingException, match="no flows for themes wonen in 2014"):
        load(context, feedback, SOURCE=1, GEOPACKAGE=str(hema_gpkg), THEMES=[1], YEAR=2014)
    with pytest.raises(QgsProcessingException, match="Cannot connect to the PostGIS server 127.0.0.1:5499"):
        load(context, feedback, SOURCE=3, DATABASE="host=127.0.0.1 port=5499 dbname=hema_test user=hema password=hema")
