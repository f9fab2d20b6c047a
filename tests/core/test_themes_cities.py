"""The theme table and the fixed city palette."""

import pytest
from hema_steden.core import cities, themes


def test_five_themes_with_labels():
    assert themes.THEME_CODES == ("werk_studie", "wonen", "voorzieningen", "vrije_tijd", "vervoer")
    assert themes.theme("vrije_tijd").label("nl") == "vrije tijd"
    assert themes.theme("werk_studie").label("en") == "work & study"
    with pytest.raises(KeyError, match="valid themes"):
        themes.theme("sport")


def test_hema_codes_and_colours():
    assert set(cities.HEMA_CODES) == {"GM0106", "GM0114", "GM0118", "GM0119"}
    colours = [c for _, _, c in cities.CITIES.values()]
    assert len(set(colours)) == len(colours)
    assert cities.city_colour("GM0106") == "#1f5fa8"
    assert cities.city_colour("XX1") == cities.city_colour("XX1")
    assert cities.lighten("#000000", 0.5) == "#808080"
