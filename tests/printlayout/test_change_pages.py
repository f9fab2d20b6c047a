"""Map book on multi-year flows (CBS jobs 2006/2014, moves 2015/2018): change pages, contents, provenance."""

from __future__ import annotations

import csv
import re
import unicodedata

import processing
from helpers.pdfcheck import flat_text, ink_shares, page_count, page_text
from hema_steden.core.themes import THEMES
from hema_steden.paths import PLUGIN_DIR
from hema_steden.qgis_io.frames import field_type
from qgis.core import QgsFeature, QgsField, QgsProject, QgsVectorFileWriter, QgsVectorLayer

TO_2018 = PLUGIN_DIR / "resources" / "data" / "sources" / "gemeenten_2015_naar_2018.csv"

INDICATOR_PAGES = len(THEMES) + 1  # an indicator page per theme and their table (issue 11)


def multi_year_flows(shared, path) -> str:
    """werk_studie 2006 and 2014 (jobs) and wonen 2015 and 2018 (moves) on the bundled 2018 zones' codes."""
    with open(TO_2018, encoding="utf-8") as handle:
        to18 = {r["old_code"]: r["new_code"] for r in csv.DictReader(handle)}
    sums: dict[tuple, float] = {}
    with open(shared / "commuting_cbs_banen_2006_2014_noord.csv", encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            if r["woon_code_2014"] and r["jaar"] in ("2006", "2014"):
                key = (to18.get(r["woon_code_2014"], r["woon_code_2014"]),
                       to18.get(r["werk_code_2014"], r["werk_code_2014"]), "werk_studie", int(r["jaar"]))  # fmt: skip
                sums[key] = sums.get(key, 0.0) + 1000 * float(r["banen_x1000"])
    for year in (2015, 2018):
        with open(shared / f"cbs_verhuizingen_gemeenten_{year}_noord.csv", encoding="utf-8") as handle:
            for r in csv.DictReader(handle):
                key = (to18.get(r["vertrek_code"], r["vertrek_code"]),
                       to18.get(r["vestiging_code"], r["vestiging_code"]), "wonen", year)  # fmt: skip
                sums[key] = sums.get(key, 0.0) + float(r["verhuisde_personen"])
    layer = QgsVectorLayer("None", "flows", "memory")
    kinds = (("origin", "string"), ("destination", "string"), ("theme", "string"), ("value", "double"),
             ("year", "int32"), ("source", "string"))  # fmt: skip
    layer.dataProvider().addAttributes([QgsField(n, field_type(k)) for n, k in kinds])
    layer.updateFields()
    source = {"werk_studie": "CBS banen woon-werk", "wonen": "CBS 81734NED verhuizingen"}
    features = []
    for (o, d, t, y), v in sums.items():
        f = QgsFeature(layer.fields())
        f.setAttributes([o, d, t, v, y, source[t]])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "flows"
    err, msg, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert err == QgsVectorFileWriter.WriterError.NoError, msg
    return f"{path}|layername=flows"


def test_change_pages_contents_and_provenance(plugin, shared_data, context, feedback, tmp_path):
    flows = multi_year_flows(shared_data, tmp_path / "flows.gpkg")
    out = tmp_path / "boek.pdf"
    result = processing.run("hema:mapbook", {"FLOWS": flows, "DPI": 60, "OUTPUT": str(out)}, context=context,
                            feedback=feedback)  # fmt: skip
    pages = result["PAGES"]
    assert pages == 4 + len(THEMES) + 4 + INDICATOR_PAGES + 2 == page_count(out)
    texts = [unicodedata.normalize("NFKC", page_text(out, n)) for n in range(1, pages + 1)]
    assert "Verandering 2006 – 2014: werk & studie" in texts[-2]
    assert "Verandering 2015 – 2018: wonen" in texts[-1]
    assert f"Verandering 2015 – 2018: wonen {pages}" in " ".join(texts[1].split())
    for page in texts[-2:]:
        assert "nu naar" in page and "Legenda" in page and "Relaties" in page
    assert "verandering 2006 → 2014" in unicodedata.normalize("NFKC", flat_text(out, pages - 1))
    assert "CBS 81734NED verhuizingen" in flat_text(out, pages)
    # the standard pages use the latest year of the multi-year jobs table
    assert "waargenomen 2014" in unicodedata.normalize("NFKC", flat_text(out, 4))
    shares = ink_shares(out, tmp_path, dpi=15)
    assert min(shares[-2:]) > 0.06, shares


def test_scenario_pages(plugin, context, feedback, tmp_path):
    out = tmp_path / "boek.pdf"
    scenarios = "Assen plus, attractiveness, GM0106, 1.3\nBeilen groeit, attractiveness, GM1731, 2.0"
    result = processing.run("hema:mapbook", {"SCENARIOS": scenarios, "DPI": 50, "OUTPUT": str(out)}, context=context,
                            feedback=feedback)  # fmt: skip
    pages = result["PAGES"]
    # + the change page of wonen (bundled moves 2015 and 2018) and the two scenario pages
    assert pages == 4 + len(THEMES) + 4 + INDICATOR_PAGES + 1 + 2
    last = unicodedata.normalize("NFKC", flat_text(out, pages))
    assert "Wat als: Beilen groeit" in last and "Huff-model α 1,00 β 1,80" in last
    assert "Wat als: Assen plus" in page_text(out, pages - 1)
    # Beilen's catchment grows (positive change in its row), the HEMA cities' shrink
    change = {m[0]: m[1] for m in re.findall(r"(Beilen|Assen) [\d.]+ [\d.]+ (-?[\d,]+%)", last)}
    assert not change["Beilen"].startswith("-") and change["Assen"].startswith("-"), change
