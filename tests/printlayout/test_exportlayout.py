from pathlib import Path

import processing
import pytest
from helpers.pdfcheck import ink_shares, page_count, page_text, page_title
from hema_steden.printlayout.templates import template_path
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

HEMA = ("Assen", "Emmen", "Hoogeveen", "Meppel")


def run(params, context, feedback):
    return processing.run("hema:exportlayout", params, context=context, feedback=feedback)


def test_city_atlas_pdf(bundled, context, feedback, tmp_path):
    out = tmp_path / "atlas.pdf"
    params = {
        "TEMPLATE": str(template_path("hema_stadsblad")),
        "COVERAGE": bundled["steden"],
        "FILTER": "\"role\" = 'hema'",
        "LAYERS": [bundled["steden"], bundled["zones"], bundled["provinces"]],
        "DPI": 50,
        "OUTPUT": str(out),
    }
    result = run(params, context, feedback)
    assert result["PAGES"] == 4 and result["OUTPUT"] == str(out)
    assert page_count(out) == 4
    names = [page_text(out, n) for n in range(1, 5)]
    titles = sorted(page_title(out, n) for n in range(1, 5))
    assert titles == sorted(HEMA), titles  # one page per HEMA city, titled with its name
    for t in names:
        assert "Legenda" in t and "CBS (CC BY 4.0)" in t and "Kadaster / CBS 2018" in t
    assert min(ink_shares(out, tmp_path)) > 0.05
    with pytest.raises(QgsProcessingException, match="already exists"):
        run(params, context, feedback)
    params["OVERWRITE"] = True
    params["LANGUAGE"] = 1
    run(params, context, feedback)
    assert "Legend" in page_text(out, 1) and "Sources:" in page_text(out, 1)


@pytest.mark.parametrize(("fmt", "ext"), [(1, "pdf"), (2, "png"), (3, "svg")])
def test_file_per_page(bundled, context, feedback, tmp_path, fmt, ext):
    result = run(
        {
            "TEMPLATE": "hema_stadsblad.qpt",
            "COVERAGE": bundled["steden"],
            "FILTER": "\"code\" IN ('GM0106', 'GM0119')",
            "FORMAT": fmt,
            "DPI": 30,
            "OUTPUT": str(tmp_path / f"blad.{ext}"),
        },
        context,
        feedback,
    )
    files = result["FILES"].split(";")
    assert [f.rsplit("/", 1)[1] for f in files] == [f"blad_1_Assen.{ext}", f"blad_2_Meppel.{ext}"]
    assert all(Path(f).stat().st_size > 1000 for f in files)
    if ext == "pdf":
        assert page_count(Path(files[1])) == 1 and "Meppel" in page_text(Path(files[1]), 1)


def test_cancel_stops_export(bundled, context, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    params = {"TEMPLATE": "hema_stadsblad.qpt", "COVERAGE": bundled["steden"], "FORMAT": 2, "DPI": 30}
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run({**params, "OUTPUT": str(tmp_path / "x.png")}, context, feedback)
    assert not list(tmp_path.glob("x_*.png"))


@pytest.mark.parametrize(("fmt", "ext"), [(0, "pdf"), (2, "png")])
def test_cancel_mid_atlas_removes_partial_output(bundled, context, tmp_path, fmt, ext):
    """Canceled after the first atlas page: 'Canceled.' within 1.5 s and none of the run's files are left."""
    import time

    feedback = QgsProcessingFeedback()
    canceled_at = []

    def cancel_once(progress: float) -> None:
        if progress > 0 and not canceled_at:
            canceled_at.append(time.monotonic())
            feedback.cancel()

    feedback.progressChanged.connect(cancel_once)
    params = {"TEMPLATE": "hema_stadsblad.qpt", "COVERAGE": bundled["steden"], "FORMAT": fmt, "DPI": 100}
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run({**params, "OUTPUT": str(tmp_path / f"x.{ext}")}, context, feedback)
    assert canceled_at and time.monotonic() - canceled_at[0] < 1.5
    assert list(tmp_path.iterdir()) == []


def test_bad_inputs(bundled, context, feedback, tmp_path):
    base = {"TEMPLATE": str(template_path("hema_kaart_a4")), "DPI": 30, "OUTPUT": str(tmp_path / "k.pdf")}
    nomap = tmp_path / "nomap.qpt"
    text = template_path("hema_kaart_a4").read_text()
    import re

    nomap.write_text(re.sub(r'<LayoutItem [^>]*type="65639".*?</LayoutItem>', "", text, flags=re.S))
    with pytest.raises(QgsProcessingException, match="no map item"):
        run({**base, "TEMPLATE": str(nomap)}, context, feedback)
    empty = QgsVectorLayer("Point?crs=EPSG:28992&field=name:string", "leeg", "memory")
    with pytest.raises(QgsProcessingException, match="empty"):
        run({**base, "COVERAGE": empty}, context, feedback)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(QgsProcessingException, match="Could not write .*: part of the path is a file, not a folder"):
        run({**base, "OUTPUT": str(blocker / "sub" / "k.pdf")}, context, feedback)
    (tmp_path / "k.pdf").write_bytes(b"old")
    with pytest.raises(QgsProcessingException, match="already exists"):
        run(base, context, feedback)
    assert (tmp_path / "k.pdf").read_bytes() == b"old"
    base["OUTPUT"] = str(tmp_path / "k2.pdf")
    with pytest.raises(QgsProcessingException, match="does not parse"):
        run({**base, "COVERAGE": bundled["steden"], "FILTER": "\"role\" = = 'hema'"}, context, feedback)
    with pytest.raises(QgsProcessingException, match="matches the filter"):
        run({**base, "COVERAGE": bundled["steden"], "FILTER": "\"role\" = 'nope'"}, context, feedback)
