"""The map book and the panel count catchment population the same way (band 'none' zones count for no city)."""

import pandas as pd
from hema_steden.algorithms.layout_mapbook import MapBook
from hema_steden.core.factsheet import catchment_population as book_population
from hema_steden.ui.results import catchment_population as panel_population
from qgis.core import QgsFeature, QgsVectorFileWriter, QgsVectorLayer

ROWS = [("Z1", "GM0106", "own"), ("Z2", "GM0106", "none"), ("Z3", "GM0119", "primary"), ("Z4", "GM0119", "none")]
POP = {"Z1": 100.0, "Z2": 50.0, "Z3": 30.0, "Z4": 7.0}


def test_map_book_and_panel_agree(tmp_path, qgis_app):
    layer = QgsVectorLayer("None?field=code:string&field=dom_code:string&field=band:string", "catch", "memory")
    for row in ROWS:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        layer.dataProvider().addFeature(feature)
    path = str(tmp_path / "catch.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, layer.transformContext(), options)
    zones = pd.DataFrame({"code": list(POP), "population": list(POP.values())})
    table = MapBook().catchment_table({"werk_studie": path}, zones)
    book = book_population(table)["werk_studie"].to_dict()
    panel = panel_population([{"dom_code": d, "band": b, "population": POP[z]} for z, d, b in ROWS])
    assert book == panel == {"GM0106": 100.0, "GM0119": 30.0}
