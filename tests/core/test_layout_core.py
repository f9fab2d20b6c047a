import datetime

import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core.charts import theme_share_chart
from hema_steden.core.factsheet import (
    catchment_population,
    comparison_table,
    key_figures,
    region_shares,
    self_containment,
    top_partners,
)
from hema_steden.core.fmt import date_text, number, percent, scale_text
from hema_steden.core.layoutgeom import (
    SHEET_KINDS,
    Frame,
    fit_extent,
    nice_step,
    page_size,
    scalebar_segment_km,
    sheet_frames,
)
from hema_steden.core.layouttext import footnote, sources_line


def test_dutch_and_english_numbers():
    assert number(1234.5, 1) == "1.234,5"
    assert number(1234.5, 1, "en") == "1,234.5"
    assert number(1234567) == "1.234.567"
    assert number(-0.04, 1) == "0,0"
    assert number(float("nan")) == "–"
    assert percent(0.125) == "12,5%"
    assert percent(0.125, 0, "en") == "12%"
    assert scale_text(250000) == "1:250.000"
    assert date_text(datetime.date(2026, 12, 1)) == "1 december 2026"
    assert date_text(datetime.date(2026, 3, 5), "en") == "5 March 2026"


@pytest.mark.parametrize("kind", SHEET_KINDS)
def test_frames_inside_page_and_apart(kind):
    frames = sheet_frames(kind)
    w, h = page_size(kind)
    page = Frame(0, 0, w, h)
    for name, frame in frames.items():
        assert frame.inside(page), (kind, name)
        assert frame.w > 0 and frame.h > 0
    blocks = [n for n in frames if n not in ("scalebar", "north", "band", "rule")]
    for i, a in enumerate(blocks):
        for b in blocks[i + 1 :]:
            assert not frames[a].overlaps(frames[b]), (kind, a, b)
    if "scalebar" in frames:
        assert frames["scalebar"].inside(frames["map"]) and frames["north"].inside(frames["map"])


def test_unknown_sheet_kind():
    with pytest.raises(HemaInputError, match="valid kinds"):
        sheet_frames("brochure")


def test_fit_extent_keeps_aspect_and_bounds():
    ext = fit_extent((200000, 520000, 270000, 580000), 200, 100, margin=0.0)
    assert (ext[2] - ext[0]) / (ext[3] - ext[1]) == pytest.approx(2.0)
    assert ext[0] <= 200000 and ext[2] >= 270000 and ext[1] <= 520000 and ext[3] >= 580000
    with pytest.raises(HemaInputError, match="empty"):
        fit_extent((1, 1, 0, 0), 10, 10)


def test_nice_steps():
    assert nice_step(7.3) == 5
    assert nice_step(23) == 20
    assert nice_step(0.13) == pytest.approx(0.1)
    assert scalebar_segment_km(100000, 200, 15) == 5


def test_sources_and_footnote():
    assert sources_line(["cbs", "geonames"]) == "Bronnen: CBS (CC BY 4.0), GeoNames (CC BY 4.0)."
    assert "Natural Earth" in sources_line(["naturalearth"], "en")
    with pytest.raises(KeyError, match="valid sources"):
        sources_line(["osm"])
    assert "Huff" in footnote(["wonen"], False) and "Schematisch" in footnote([], True)
    assert footnote([], False) == ""


@pytest.fixture()
def sample():
    catch = pd.DataFrame(
        {
            "zone": ["A", "B", "C", "A", "B", "C"],
            "population": [1000, 500, 2500, 1000, 500, 2500],
            "theme": ["werk_studie"] * 3 + ["wonen"] * 3,
            "city": ["GM0106", "GM0106", "GM0114", "GM0106", "GM0114", "GM0114"],
        }
    )
    flows = pd.DataFrame(
        {
            "origin": ["GM0106", "GM0106", "GM0114", "GM0014"],
            "destination": ["GM0106", "GM0014", "GM0106", "GM0106"],
            "theme": ["werk_studie"] * 4,
            "value": [6000.0, 2000.0, 500.0, 1500.0],
        }
    )
    cities = pd.DataFrame({"code": ["GM0106", "GM0114"], "name": ["Assen", "Emmen"], "population": [67000, 107000]})
    return cities, catch, flows


def test_catchment_figures(sample):
    cities, catch, flows = sample
    pop = catchment_population(catch)
    assert pop.loc["GM0106", "werk_studie"] == 1500 and pop.loc["GM0114", "wonen"] == 3000
    assert region_shares(catch).loc["GM0114", "werk_studie"] == pytest.approx(2500 / 4000)
    assert self_containment(flows)["GM0106"] == pytest.approx(0.75)
    partners = top_partners(flows, ["GM0106"])
    assert list(partners["partner"]) == ["GM0014", "GM0114"] and partners["value"].iloc[0] == 3500


def test_key_figures_dutch(sample):
    cities, catch, flows = sample
    kf = key_figures(cities, catch, flows, {"GM0014": "Groningen", "GM0114": "Emmen"})
    assen = kf[kf["code"] == "GM0106"].set_index("indicator")["value"]
    assert assen["Inwoners"] == "67.000"
    assert assen["Zelfvoorziening werk (eigen inwoners)"] == "75,0%"
    assert assen["Belangrijkste partners (pendel)"] == "Groningen 3.500; Emmen 500"
    header, rows = comparison_table(cities, catch, flows, "en")
    assert header[0] == "City" and rows[1][1] == "107,000"
    with pytest.raises(HemaInputError, match="population"):
        catchment_population(catch.drop(columns="population"))


def test_chart_png(tmp_path):
    path = theme_share_chart({"werk_studie": 0.4, "wonen": 0.25}, "#1f5fa8", tmp_path / "c.png", "Aandeel")
    assert path.read_bytes()[:4] == b"\x89PNG"
