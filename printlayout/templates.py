"""The bundled print-layout templates (.qpt): built here from the sheet grid, texts held in layout variables."""

from __future__ import annotations

import datetime
from pathlib import Path

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsLayoutTableColumn,
    QgsProperty,
    QgsReadWriteContext,
)
from qgis.PyQt.QtCore import Qt

from ..core.fmt import date_text
from ..core.layoutgeom import font_scale, sheet_frames
from ..core.layouttext import footnote, sources_line, text
from ..paths import LAYOUTS_DIR
from . import items as li

# template file stem -> (sheet kind, default title key, default subtitle key, sources, modelled/schematic footnote)
TEMPLATES: dict[str, tuple[str, str, str, tuple[str, ...], bool]] = {
    "hema_kaart_a4": ("map", "map_title", "map_subtitle", ("cbs", "kadaster", "geonames", "naturalearth"), False),
    "hema_poster_a3": ("poster", "map_title", "map_subtitle", ("cbs", "kadaster", "geonames", "naturalearth"), False),
    "hema_stadsblad": ("city", "book_title", "city_subtitle", ("cbs", "kadaster", "geonames"), False),
    "hema_themablad": ("theme", "book_title", "theme_subtitle", ("cbs", "kadaster", "geonames"), False),
}
KEY_FIGURES_FIELDS = "code,indicator,value"
TITLE_EXPR = "[% coalesce(@atlas_pagename, @hema_title) %]"
# Overview maps (A4 map, A3 poster): every bundled city, Leeuwarden to Lingen and Zwolle to Groningen, with room
# for the labels (EPSG:28992; the map item widens it to its own aspect ratio).
OVERVIEW_EXTENT = (178000.0, 488000.0, 292000.0, 590000.0)


def template_path(stem: str) -> Path:
    """Path of a bundled template."""
    return LAYOUTS_DIR / f"{stem}.qpt"


def text_variables(stem: str, lang: str = "nl", modelled: list[str] | None = None) -> dict[str, str]:
    """Layout variables holding a template's texts in a language (title, subtitle, date, sources, footnote)."""
    kind, title_key, subtitle_key, sources, schematic = TEMPLATES[stem]
    subtitle = text(subtitle_key, lang)
    if "{}" in subtitle:
        subtitle = subtitle.format(text("book_title", lang) if kind == "city" else text("modelled", lang))
    return {
        "hema_lang": lang,
        "hema_title": text(title_key, lang),
        "hema_subtitle": subtitle,
        "hema_date": text("date", lang).format(date_text(datetime.date.today(), lang)),
        "hema_sources": sources_line(sources, lang),
        "hema_footnote": footnote(modelled or [], schematic, lang),
        "hema_legend": text("legend", lang),
        "hema_key_figures": text("key_figures", lang),
        "hema_about": text("poster_about", lang),
    }


def set_variables(layout, variables: dict[str, str]) -> None:
    """Set layout variables (kept in the .qpt) and re-evaluate the items' data-defined properties with them."""
    for name, value in variables.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
    layout.refresh()  # QGIS 3.40 keeps a legend title evaluated before the variables changed (e.g. 'Legenda')


TEMPLATE_TEXTS = {
    "title": TITLE_EXPR,
    "subtitle": "[% @hema_subtitle %]",
    "date": "[% @hema_date %]",
    "sources": "[% @hema_sources %]",
    "footnote": "[% @hema_footnote %]",
}


def add_frame_texts(layout, frames, kind: str, page: int = 0, texts: dict[str, str] = TEMPLATE_TEXTS) -> None:
    """Title, subtitle, date, rule, sources and footnote of a sheet (texts may hold [% expressions %])."""
    s = font_scale(kind)
    li.add_label(layout, frames["title"], texts["title"], 17 * s, page, "title", bold=True)
    li.add_label(layout, frames["subtitle"], texts["subtitle"], 10 * s, page, "subtitle", colour=li.MUTED)
    li.add_label(
        layout, frames["date"], texts["date"], 7.5 * s, page, "date", colour=li.MUTED, align=Qt.AlignmentFlag.AlignRight
    )
    if "rule" in frames:
        li.add_box(layout, frames["rule"], li.ACCENT, page, "rule")
    li.add_label(layout, frames["sources"], texts["sources"], 6.5 * s, page, "sources", colour=li.MUTED)
    if "footnote" in frames and texts.get("footnote"):
        li.add_label(
            layout, frames["footnote"], texts["footnote"], 6.5 * s, page, "footnote", colour=li.MUTED, italic=True
        )


def key_figures_table(layout, frame, layer=None, page: int = 0):
    """Attribute table of the key-figures layer filtered to the atlas feature's code (selectable PDF text)."""
    from qgis.core import QgsLayoutFrame

    table = QgsLayoutItemAttributeTable.create(layout)
    table.setCustomProperty("hema_layer_fields", KEY_FIGURES_FIELDS)
    if layer is not None:
        table.setVectorLayer(layer)
    li.style_table(table)
    table.setHeaderTextFormat(li.text_format(7.5, bold=True, colour=li.ACCENT))
    table.setFilterFeatures(True)
    table.setFeatureFilter("\"code\" = attribute(@atlas_feature, 'code')")
    table.setMaximumNumberOfFeatures(30)
    columns = []
    widths = (frame.w * 0.55, 0.0)
    for (field, head, align), width in zip(
        (("indicator", "Kenmerk", Qt.AlignmentFlag.AlignLeft), ("value", "Waarde", Qt.AlignmentFlag.AlignRight)), widths
    ):
        column = QgsLayoutTableColumn(head)
        column.setWidth(width)
        column.setAttribute(field)
        column.setHAlignment(align)
        columns.append(column)
    table.setColumns(columns)
    layout.addMultiFrame(table)
    fr = QgsLayoutFrame(layout, table)
    li.place(fr, frame, page, "table")
    table.addFrame(fr)
    return table


def build_template(project, stem: str, lang: str = "nl"):
    """A print layout of a bundled template: all items, atlas settings for the city and theme sheets."""
    kind = TEMPLATES[stem][0]
    layout = li.new_layout(project, stem, kind)
    frames = sheet_frames(kind)
    set_variables(layout, text_variables(stem, lang))
    add_frame_texts(layout, frames, kind)
    map_item = li.add_map(layout, frames["map"], OVERVIEW_EXTENT)
    if kind in ("city", "theme"):
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(map_item.Fixed)
        map_item.setAtlasMargin(0.15)
        layout.atlas().setEnabled(True)
        layout.atlas().setPageNameExpression('"name"')
    li.add_legend(layout, frames["legend"], map_item, "[% @hema_legend %]", scale=font_scale(kind))
    if "about" in frames:
        li.add_label(layout, frames["about"], "[% @hema_about %]", 8.0 * font_scale(kind), 0, "about")
    li.add_scalebar(layout, frames["scalebar"], map_item, 10.0, lang)
    li.add_north(layout, frames["north"], map_item)
    if kind == "city":
        key_figures_table(layout, frames["table"])
        chart = li.add_picture(layout, frames["chart"])
        chart.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.PictureSource,
            QgsProperty.fromExpression(
                "with_variable('p', @hema_chart_dir || '/' || attribute(@atlas_feature, 'code') || '.png', "
                "if(file_exists(@p), @p, ''))"
            ),
        )
        chart.setMode(QgsLayoutItemPicture.Format.FormatRaster)
    return layout


def save_templates(project, folder: Path = LAYOUTS_DIR) -> list[Path]:
    """Write every bundled template as .qpt into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for stem in TEMPLATES:
        layout = build_template(project, stem)
        path = folder / f"{stem}.qpt"
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            raise OSError(f"could not write {path}")
        paths.append(path)
    return paths
