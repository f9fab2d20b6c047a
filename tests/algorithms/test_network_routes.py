"""hema:traveltimes against QGIS's own shortest path, plus bad networks."""

import processing
import pytest
from helpers.netdata import Warnings, gpkg_layer, out
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

CITIES = ("GM0106", "GM0114", "GM0118", "GM0119", "GM0014", "GM0193")
SPEED = "CASE WHEN \"system\" = 'nlda' THEN 100 WHEN \"system\" = 'nldr' THEN 80 WHEN \"system\" = 'nldp' THEN 70 END"


def _cities(context, shared_data):
    muni = gpkg_layer(shared_data / "gemeenten_2018_noord.gpkg", "gemeenten_2018")
    codes = ",".join(f"'{c}'" for c in CITIES)
    picked = processing.run(
        "native:extractbyexpression",
        {"INPUT": muni, "EXPRESSION": f'"statcode" IN ({codes})', "OUTPUT": "memory:"},
        context=context,
    )["OUTPUT"]
    return processing.run("native:pointonsurface", {"INPUT": picked, "OUTPUT": "memory:"}, context=context)["OUTPUT"]


def test_traveltimes_match_native_shortest_path(context, feedback, shared_data):
    roads = gpkg_layer(shared_data / "roads_travelmapping_noord.gpkg", "routes")
    points = _cities(context, shared_data)
    res = processing.run(
        "hema:traveltimes",
        {
            "ROADS": roads,
            "CLASS_FIELD": "system",
            "ORIGINS": points,
            "ORIGIN_CODE_FIELD": "statcode",
            # like native: snap legs cost nothing and every point snaps, however far
            "ACCESS_SPEED": 0,
            "MAX_SNAP": 0,
            "OUTPUT": "memory:",
        },
        context=context,
        feedback=feedback,
    )
    layer = out(context, res["OUTPUT"])
    # the contract with hema:catchmentshuff's cost input
    assert layer.fields().names()[:3] == ["origin", "destination", "cost"]
    table = {(f["origin"], f["destination"]): f for f in layer.getFeatures()}
    assert len(table) == len(CITIES) ** 2
    assert all(table[(c, c)]["cost"] == 0 for c in CITIES)
    roads_speed = processing.run(
        "native:fieldcalculator",
        {"INPUT": roads, "FIELD_NAME": "speed", "FIELD_TYPE": 0, "FORMULA": SPEED, "OUTPUT": "memory:"},
        context=context,
    )["OUTPUT"]
    # QGIS's graph builder always measures on the WGS84 ellipsoid, ours in the RD plane: RD's scale factor
    # in the north differs from 1 by ~1e-4, so the costs agree to 3e-4 (same paths, same snapping).
    checked = 0
    for start in points.getFeatures():
        p = start.geometry().asPoint()
        native = processing.run(
            "native:shortestpathpointtolayer",
            {
                "INPUT": roads_speed,
                "STRATEGY": 1,
                "SPEED_FIELD": "speed",
                "DEFAULT_SPEED": 60,
                "TOLERANCE": 0,
                "START_POINT": f"{p.x()},{p.y()} [EPSG:28992]",
                "END_POINTS": points,
                "OUTPUT": "memory:",
            },
            context=context,
        )["OUTPUT"]
        for f in native.getFeatures():
            ours = table[(start["statcode"], f["statcode"])]
            if start["statcode"] == f["statcode"]:
                continue  # native gives NULL for a start point on itself, ours 0
            assert ours["cost"] == pytest.approx(f["cost"] * 60, rel=3e-4), (start["statcode"], f["statcode"])
            checked += 1
    assert checked == len(CITIES) * (len(CITIES) - 1)
    # Assen -> Groningen over the coarse TravelMapping roads takes a plausible 15-40 minutes
    assert 15 < table[("GM0106", "GM0014")]["cost"] < 40
    assert table[("GM0106", "GM0014")]["origin_snap_m"] >= 0


def _lines(coords_list, crs="EPSG:28992"):
    layer = QgsVectorLayer(f"LineString?crs={crs}&field=system:string", "roads", "memory")
    feats = []
    for coords in coords_list:
        f = QgsFeature(layer.fields())
        f.setAttributes(["nldp"])
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in coords]))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _points(rows, crs="EPSG:28992"):
    layer = QgsVectorLayer(f"Point?crs={crs}&field=code:string", "pts", "memory")
    feats = []
    for code, x, y in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([code])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _run(context, feedback, roads, points, **extra):
    params = {
        "ROADS": roads,
        "CLASS_FIELD": "system",
        "ORIGINS": points,
        "ORIGIN_CODE_FIELD": "code",
        "OUTPUT": "memory:",
    }
    return processing.run("hema:traveltimes", params | extra, context=context, feedback=feedback)


def test_disconnected_network_warns_and_gives_null(context):
    roads = _lines([[(0, 0), (7000, 0)], [(20000, 0), (27000, 0)]])
    points = _points([("A", 0, 10), ("B", 7000, 0), ("C", 27000, 0)])
    feedback = Warnings()
    res = _run(context, feedback, roads, points, LINES="memory:", ACCESS_SPEED=0)
    table = {(f["origin"], f["destination"]): f["cost"] for f in out(context, res["OUTPUT"]).getFeatures()}
    assert table[("A", "B")] == pytest.approx(6.0)  # 7 km at nldp 70 km/h
    assert not isinstance(table[("A", "C")], float)  # NULL
    assert any("cannot be reached" in w for w in feedback.warnings)
    assert out(context, res["LINES"]).featureCount() == 6


def test_nothing_reachable_is_an_error(context, feedback):
    roads = _lines([[(0, 0), (7000, 0)], [(20000, 0), (27000, 0)]])
    with pytest.raises(QgsProcessingException, match="no destination can be reached"):
        _run(context, feedback, roads, _points([("A", 0, 0), ("C", 27000, 0)]))


def test_geographic_network_is_refused(context, feedback):
    roads = _lines([[(6.5, 53.0), (6.6, 53.1)]], crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        _run(context, feedback, roads, _points([("A", 6.5, 53.0)], crs="EPSG:4326"))


def test_access_speed_snap_warning_and_km(context):
    roads = _lines([[(0, 0), (10000, 0)]])
    points = _points([("A", 0, 6000), ("B", 10000, 0)])
    feedback = Warnings()
    res = _run(context, feedback, roads, points, ACCESS_SPEED=6, UNIT=0, MAX_SNAP=0)
    table = {(f["origin"], f["destination"]): f["cost"] for f in out(context, res["OUTPUT"]).getFeatures()}
    # 10 km at 70 km/h + 6 km access at 6 km/h
    assert table[("A", "B")] == pytest.approx(600 / 70 + 60)
    assert any("more than 5000" in w for w in feedback.warnings)
    res = _run(context, feedback, roads, points, UNIT=1, ACCESS_SPEED=0, MAX_SNAP=0)
    table = {(f["origin"], f["destination"]): f["cost"] for f in out(context, res["OUTPUT"]).getFeatures()}
    assert table[("A", "B")] == pytest.approx(10.0)
    with pytest.raises(QgsProcessingException, match="class=km/h"):
        _run(context, feedback, roads, points, CLASS_SPEEDS="nldp=fast")


def test_speed_field_without_class_field(context):
    layer = QgsVectorLayer("LineString?crs=EPSG:28992&field=kmh:double", "roads", "memory")
    f = QgsFeature(layer.fields())
    f.setAttributes([30.0])
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(0, 0), QgsPointXY(5000, 0)]))
    layer.dataProvider().addFeatures([f])
    points = _points([("A", 0, 0), ("B", 5000, 0)])
    params = {"ROADS": layer, "SPEED_FIELD": "kmh", "ORIGINS": points, "ORIGIN_CODE_FIELD": "code", "OUTPUT": "memory:"}
    res = processing.run("hema:traveltimes", params, context=context, feedback=Warnings())
    costs = {(g["origin"], g["destination"]): g["cost"] for g in out(context, res["OUTPUT"]).getFeatures()}
    assert costs[("A", "B")] == pytest.approx(10.0)  # 5 km at 30 km/h


def _bundled_costs(context, feedback, shared_data, **extra) -> dict:
    from hema_steden.paths import DEFAULT_GPKG

    roads = gpkg_layer(shared_data / "roads_travelmapping_noord.gpkg", "routes")
    steden = f"{DEFAULT_GPKG}|layername=steden"
    params = {"ROADS": roads, "ORIGINS": steden, "OUTPUT": "memory:"}
    res = processing.run("hema:traveltimes", params | extra, context=context, feedback=feedback)
    return {(f["origin"], f["destination"]): f for f in out(context, res["OUTPUT"]).getFeatures()}


def test_defaults_leave_far_towns_off_the_network(context, shared_data):
    """Meppen (15.7 km) and Lingen (22.8 km) off the Dutch roads: NULL and named, not ~5 min from Emmen."""
    feedback = Warnings()
    table = _bundled_costs(context, feedback, shared_data)
    off = {"DE03454035", "DE03454032"}
    for (origin, destination), f in table.items():
        if origin in off or destination in off:
            assert not isinstance(f["cost"], float), (origin, destination)
        else:
            assert isinstance(f["cost"], float), (origin, destination)
    warning = next(w for w in feedback.warnings if "left off it" in w)
    assert "more than 5000" in warning and "Meppen (DE03454035)" in warning and "Lingen (Ems) (DE03454032)" in warning
    assert "Nordhorn" not in warning  # 3.8 km off: snapped, reachable
    assert table[("DE03454035", "GM0114")]["origin_snap_m"] > 15000  # the distance is still reported


def test_connector_speed_adds_the_snap_legs(context, shared_data):
    """Default 30 km/h over both snap legs on top of the network time; 0 = the network time alone."""
    with_legs = _bundled_costs(context, Warnings(), shared_data)
    network = _bundled_costs(context, Warnings(), shared_data, ACCESS_SPEED=0)
    f = with_legs[("GM0106", "GM0114")]  # Assen -> Emmen
    legs_m = f["origin_snap_m"] + f["destination_snap_m"]
    assert legs_m > 100  # the city points are not on the coarse network
    assert f["cost"] == pytest.approx(network[("GM0106", "GM0114")]["cost"] + legs_m / 1000 / 30 * 60)
    slow = _bundled_costs(context, Warnings(), shared_data, ACCESS_SPEED=15)[("GM0106", "GM0114")]["cost"]
    assert slow - network[("GM0106", "GM0114")]["cost"] == pytest.approx(legs_m / 1000 / 15 * 60)
