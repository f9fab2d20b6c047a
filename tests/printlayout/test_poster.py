"""The A3 poster template exported through hema:exportlayout: page size, texts, every city on the map, not blank."""

from __future__ import annotations

import subprocess

import processing
from helpers.pdfcheck import colour_pixels, flat_text, ink_shares, page_count, page_rgb
from hema_steden.core.cities import CITIES, city_colour


def _export(bundled, context, feedback, path, lang=0):
    params = {
        "TEMPLATE": "hema_poster_a3.qpt",
        "LAYERS": [bundled["steden"], bundled["zones"], bundled["provinces"]],
        "LANGUAGE": lang,
        "DPI": 60,
        "OUTPUT": str(path),
    }
    return processing.run("hema:exportlayout", params, context=context, feedback=feedback)


def test_poster_a3(bundled, context, feedback, tmp_path):
    out = tmp_path / "poster.pdf"
    result = _export(bundled, context, feedback, out)
    assert result["PAGES"] == 1 and page_count(out) == 1
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "(A3)" in info and "1191 x 842 pts" in info  # A3 landscape
    text = flat_text(out, 1)
    for expected in ("Drentse steden in hun netwerk", "Legenda", "Bronnen:", "CBS (CC BY 4.0)", "Natural Earth",
                     "Kadaster / CBS 2018", "Groningen, Zwolle en Leeuwarden als referentiesteden"):  # fmt: skip
        assert expected in text, expected
    # the overview shows every bundled city, from Leeuwarden to Lingen and from Zwolle to Groningen:
    # labelled on the map and listed in the legend
    for name, _, _ in CITIES.values():
        assert text.count(name) >= 2, name
    assert ink_shares(out, tmp_path)[0] > 0.05
    rgb = page_rgb(out, 1, tmp_path, dpi=40)
    for code in ("GM0106", "GM0114", "GM0118", "GM0119"):  # drawn in the palette (default style)
        assert colour_pixels(rgb, city_colour(code)) >= 8, code
    english = tmp_path / "poster_en.pdf"
    _export(bundled, context, feedback, english, lang=1)
    text = flat_text(english, 1)
    assert "Legend" in text and "Sources:" in text and "Legenda" not in text
    assert "as reference cities" in text
