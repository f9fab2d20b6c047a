import datetime

import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core.charts import theme_share_chart
from hema_steden.core.cities import ROLE_LABELS
from hema_steden.core.factsheet import (
    catchment_population,
    comparison_table,
    key_figures,
    partners_text,
    perspective_text,
    region_shares,
)
from hema_steden.core.fmt import date_text, number, percent, scale_text
from hema_steden.core.layoutgeom import (
    SHEET_KINDS,
    Frame,
    fit_extent,
    keep_points_inside,
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


def test_points_on_the_frame_are_pulled_inside():
    extent = (0.0, 0.0, 200_000.0, 100_000.0)  # 1 mm = 1000 m on a 200 x 100 mm frame
    xs, ys = [100_000.0, 199_000.0, 260_000.0], [50_000.0, 50_000.0, 50_000.0]  # centre, on the edge, far out
    grown = keep_points_inside(extent, xs, ys, 200.0, 100.0, edge_mm=6.0, reach_mm=20.0)
    assert (grown[2] - grown[0]) / (grown[3] - grown[1]) == pytest.approx(2.0)
    assert grown[0] <= 0 and grown[1] <= 0 and grown[3] >= 100_000  # the old extent stays on the map
    assert grown[2] >= 199_000 + 6_000 and grown[2] < 260_000  # the edge point is 6 mm in, the far one stays out
    assert keep_points_inside(extent, xs[:1], ys[:1], 200.0, 100.0) == extent  # nothing near the edge
    assert keep_points_inside(extent, [], [], 200.0, 100.0) == extent


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
    profile = pd.DataFrame(
        {
            "code": ["GM0106", "GM0114"],
            "self_containment": [0.75, 0.8123],
            "partner1": ["GM0014", "GM0106"],
            "orientation1": [0.5, 0.3],
            "partner2": ["GM0114", None],
            "orientation2": [0.125, float("nan")],
            "perspective": ["wonen", "eigen bevolking"],
        }
    )
    cities = pd.DataFrame({"code": ["GM0106", "GM0114"], "name": ["Assen", "Emmen"], "population": [67000, 107000]})
    return cities, catch, profile


def test_catchment_figures(sample):
    cities, catch, profile = sample
    pop = catchment_population(catch)
    assert pop.loc["GM0106", "werk_studie"] == 1500 and pop.loc["GM0114", "wonen"] == 3000
    assert region_shares(catch).loc["GM0114", "werk_studie"] == pytest.approx(2500 / 4000)
    assert partners_text(profile.iloc[1], {"GM0106": "Assen"}) == "Assen 30%"


def test_key_figures_dutch(sample):
    cities, catch, profile = sample
    kf = key_figures(cities, catch, profile, {"GM0014": "Groningen", "GM0114": "Emmen"})
    assen = kf[kf["code"] == "GM0106"].set_index("indicator")["value"]
    assert assen["Inwoners"] == "67.000"
    assert assen["Inwoners verzorgingsgebied werk & studie"] == "1.500 (38%)"
    assert assen["Zelfvoorziening werk (eigen inwoners)"] == "75,0%"
    assert assen["Belangrijkste partners (aandeel uitgaande pendel)"] == "Groningen 50%; Emmen 12%"
    assert assen["Voorgesteld perspectief (essay)"] == "wonen"
    header, rows = comparison_table(cities, catch, profile, "en")
    assert header[0] == "City" and rows[1][1] == "107,000" and rows[1][-2:] == ["81.2%", "own population"]
    en = key_figures(cities, catch, profile, {}, "en").set_index(["code", "indicator"])["value"]
    assert en[("GM0114", "Suggested perspective (essay)")] == "own population"
    with pytest.raises(HemaInputError, match="population"):
        catchment_population(catch.drop(columns="population"))
    with pytest.raises(HemaInputError, match="self_containment"):
        key_figures(cities, catch, profile.drop(columns="self_containment"), {})


def test_reference_city_has_no_perspective(sample):
    """The essay's perspectives are for the Drenthe cities: a reference city shows a dash, its numbers stay."""
    cities, catch, profile = sample
    cities = cities.assign(role=["hema", "referentie"])
    header, rows = comparison_table(cities, catch, profile)
    assert rows[0][-1] == "wonen"
    assert header[:3] == ["Stad", "Inwoners", "Werk & studie"]  # every header starts upper case
    assert rows[1][-1] == "— (referentiestad)" and rows[1][-2] == "81,2%" and rows[1][1] == "107.000"
    _, rows_en = comparison_table(cities, catch, profile, "en")
    assert rows_en[1][-1] == "— (reference city)"
    kf = key_figures(cities, catch, profile, {}).set_index(["code", "indicator"])["value"]
    assert kf[("GM0114", "Voorgesteld perspectief (essay)")] == "— (referentiestad)"
    assert kf[("GM0114", "Zelfvoorziening werk (eigen inwoners)")] == "81,2%"
    assert kf[("GM0106", "Voorgesteld perspectief (essay)")] == "wonen"
    assert perspective_text("eigen bevolking", "hema", "en") == "own population"
    assert perspective_text(None, "hema") == "–"
    assert ROLE_LABELS["nl"]["referentie"] == "referentiestad"  # the legend uses the same word


def test_chart_png(tmp_path):
    path = theme_share_chart({"werk_studie": 0.4, "wonen": 0.25}, "#1f5fa8", tmp_path / "c.png", "Aandeel")
    assert path.read_bytes()[:4] == b"\x89PNG"
