"""hema:cityprofile on the real CBS commuting 2014 and the 2016 commuting by mode."""

import processing
import pytest
from helpers.netdata import cbs_2014, odf_2016, out
from qgis.core import QgsProcessingException


def test_cityprofile_cbs_2014_default_cities(context, feedback, shared_data):
    params = cbs_2014(shared_data) | {"OUTPUT": "memory:", "PARTNERS": "memory:"}
    res = processing.run("hema:cityprofile", params, context=context, feedback=feedback)
    prof = {f["code"]: f for f in out(context, res["OUTPUT"]).getFeatures()}
    # default = the palette cities present (the German towns are not in the Dutch data)
    assert {"GM0106", "GM0114", "GM0118", "GM0119", "GM0014", "GM0193"} <= set(prof)
    assert prof["GM0106"]["perspective"] == "wonen" and prof["GM0106"]["partner1_name"] == "Groningen"
    assert prof["GM0119"]["perspective"] == "wonen" and prof["GM0119"]["partner1"] == "GM0193"
    assert prof["GM0114"]["perspective"] == "eigen bevolking"
    assert prof["GM0118"]["perspective"] == "eigen bevolking"
    assert prof["GM0106"]["thr_self_containment"] == 0.6 and prof["GM0106"]["thr_orientation"] == 0.25
    assert "zelfvoorziening" in prof["GM0114"]["reason"]
    a = prof["GM0106"]
    assert a["openness"] == pytest.approx(1 - a["self_containment"])
    assert a["orientation1"] == pytest.approx(3.7 / a["external_out"])
    partners = [f for f in out(context, res["PARTNERS"]).getFeatures() if f["code"] == "GM0106"]
    assert sum(f["orientation"] for f in partners) == pytest.approx(1.0)
    assert sum(f["orientation"] for f in partners if f["partner_larger"]) == pytest.approx(a["embeddedness"])


def test_cityprofile_2016_thresholds_and_codes(context, feedback, shared_data):
    params = odf_2016(shared_data) | {
        "CITY_CODES": "GM0106, GM0119",
        "THR_ORIENTATION": 0.99,
        "OUTPUT": "memory:",
        "PARTNERS": "memory:",
    }
    res = processing.run("hema:cityprofile", params, context=context, feedback=feedback)
    prof = {f["code"]: f for f in out(context, res["OUTPUT"]).getFeatures()}
    assert set(prof) == {"GM0106", "GM0119"}
    assert prof["GM0106"]["self_contained"] == pytest.approx(11230, abs=1)
    assert prof["GM0106"]["perspective"] != "wonen" and prof["GM0106"]["thr_orientation"] == 0.99
    with pytest.raises(QgsProcessingException, match="GM9999"):
        processing.run("hema:cityprofile", params | {"CITY_CODES": "GM9999"}, context=context, feedback=feedback)
