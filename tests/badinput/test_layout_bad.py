"""Bad inputs of the layout algorithms: templates that are not UTF-8, not XML, not a layout or without a map."""

from __future__ import annotations

import pytest
from inputs import template

TEMPLATES = [
    ("latin1.qpt", "<Layout name='Caf\xe9'></Layout>".encode("cp1252"), "is not UTF-8 text (byte 0xe9",
     "convert the file to UTF-8"),
    ("utf16.qpt", "<Layout/>".encode("utf-16"), "is not UTF-8 text (byte 0xff at position 0)", "Save as Template"),
    ("broken.qpt", "<Layout><LayoutItem", "is not valid XML", "save it again from QGIS"),
    ("text.qpt", "dit is geen layout", "is not valid XML", "save it again from QGIS"),
    ("empty.qpt", "", "is not valid XML", "save it again"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "problem", "fix"), TEMPLATES)
def test_exportlayout_bad_template(case, name, content, problem, fix):
    params = {"TEMPLATE": case.text(name, content), "OUTPUT": case.output("map.pdf")}
    case.fails("hema:exportlayout", params, f"Layout template '{case.inputs / name}'", problem, fix)


def test_exportlayout_missing_template(case):
    params = {"TEMPLATE": str(case.inputs / "none.qpt"), "OUTPUT": case.output("map.pdf")}
    case.fails("hema:exportlayout", params, "none.qpt' does not exist", "choose a .qpt file")


def test_exportlayout_bad_filter(case):
    params = {"TEMPLATE": template(case), "FILTER": '"code" = = 3', "OUTPUT": case.output("map.pdf")}
    case.fails("hema:exportlayout", params, "filter expression '\"code\" = = 3' does not parse", "Correct it")


MAPBOOK = [
    ("CITIES", "zones", "Cities has no field 'role'", "Choose the right field"),
    ("FLOWS", "steden", "Flows has no field 'origin'", "Choose the right field"),
]


@pytest.mark.parametrize(("name", "table", "problem", "fix"), MAPBOOK)
def test_mapbook_wrong_layer(case, name, table, problem, fix):
    case.fails("hema:mapbook", {name: case.bundled(table), "OUTPUT": case.output("book.pdf")}, problem, fix)
