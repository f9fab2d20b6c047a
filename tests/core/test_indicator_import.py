"""Indicator import: long CSV, wide CBS export, missing-value codes and every bad-input case."""

import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core.indicatorio import parse_indicators, read_table

KNOWN = {"GM0106", "GM0114", "GM0118", "GM0119", "GM0014"}


def _write(tmp_path, text, name="in.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _parse(tmp_path, text, **kw):
    return parse_indicators(read_table(_write(tmp_path, text)), "in.csv", known_codes=KNOWN, **kw)


def test_wide_wijk_en_buurtkaart_export_from_the_real_file(tmp_path, shared_data):
    """Rows of the real 2015 table, written as a CBS export: ';', decimal comma, -99999999 and '.' as missing."""
    real = pd.read_csv(shared_data / "cbs_wijkbuurtkaart_2015_gemeenten_nl.csv")
    rows = real[real["GM_CODE"].isin(["GM0106", "GM0114", "GM0118", "GM0119"])]
    wide = rows[["GM_CODE", "GM_NAAM", "AF_ARTSPR", "AF_ZIEK_I", "WOZ"]].copy()
    wide = wide.astype(str).apply(lambda s: s.str.replace(".", ",", regex=False))
    wide.loc[wide["GM_CODE"] == "GM0118", "AF_ARTSPR"] = "-99999999"
    wide.loc[wide["GM_CODE"] == "GM0119", "WOZ"] = "."
    path = _write(tmp_path, wide.to_csv(sep=";", index=False), encoding="cp1252")
    table, report = parse_indicators(read_table(path), "wbk.csv", year=2015, known_codes=KNOWN)
    assert report.layout == "wide" and report.missing == 2 and report.rows_written == 10
    assert report.ignored_columns == []
    got = table.set_index(["code", "indicator"])["value"]
    assert got[("GM0106", "dist_gp")] == pytest.approx(1.2)  # PROVENANCE: AF_ARTSPR Assen 1.2 km
    assert got[("GM0114", "dist_hospital")] == pytest.approx(7.1)
    assert ("GM0118", "dist_gp") not in got.index and ("GM0119", "dwelling_value") not in got.index
    row = table[table["indicator"] == "dist_gp"].iloc[0]
    assert (row["theme"], row["unit"], row["year"]) == ("voorzieningen", "km", 2015)


def test_long_csv_with_dutch_headers_theme_and_statline_periods(tmp_path):
    text = "code;indicator;waarde;jaar;thema\nGM0106;fietspaden;12,5;2020JJ00;vervoer\n106;fietspaden;3;2021;vervoer\n"
    table, report = _parse(tmp_path, text)
    assert report.layout == "long" and list(table["code"]) == ["GM0106", "GM0106"]
    assert list(table["year"]) == [2020, 2021]
    assert table.iloc[0][["code", "theme", "indicator", "value", "year"]].tolist() == [
        "GM0106",
        "vervoer",
        "fietspaden",
        12.5,
        2020,
    ]


def test_unknown_codes_are_skipped_and_reported(tmp_path):
    text = "code,indicator,value,year\nGM0106,dist_gp,1.2,2015\nGM9999,dist_gp,2,2015\nAssen,dist_gp,2,2015\n"
    table, report = _parse(tmp_path, text)
    assert list(table["code"]) == ["GM0106"]
    assert report.unknown_codes == ["GM9999", "ASSEN"]
    assert any("unknown area codes" in line for line in report.lines())


def test_text_in_a_number_column_names_row_column_and_value(tmp_path):
    text = "code,indicator,value,year\nGM0106,dist_gp,1.2,2015\nGM0114,dist_gp,ver weg,2015\n"
    with pytest.raises(HemaInputError, match=r"row 3, column value: 'ver weg' is text"):
        _parse(tmp_path, text)
    table, _ = _parse(tmp_path, text, skip_invalid=True)
    assert list(table["code"]) == ["GM0106"]


def test_cbs_missing_value_codes_read_as_missing(tmp_path):
    lines = ["code,indicator,value,year"] + [
        f"GM0106,dist_gp,{cell},{2010 + n}" for n, cell in enumerate([".", "-99997", "-99999999", "x", "", "1.5"])
    ]
    table, report = _parse(tmp_path, "\n".join(lines) + "\n")
    assert report.missing == 5 and table["value"].tolist() == [1.5]


def test_duplicate_rows_stop_or_are_skipped_and_reported(tmp_path):
    text = "code,indicator,value,year\nGM0106,dist_gp,1.2,2015\nGM0106,dist_gp,1.3,2015\nGM0106,dist_gp,1.3,2018\n"
    with pytest.raises(HemaInputError, match=r"duplicate \(code, indicator, year\).*GM0106/dist_gp/2015"):
        _parse(tmp_path, text)
    table, report = _parse(tmp_path, text, skip_invalid=True)
    assert table["value"].tolist() == [1.2, 1.3] and report.duplicates == ["GM0106/dist_gp/2015"]


def test_a_file_with_no_known_theme_is_refused_unless_a_theme_is_given(tmp_path):
    text = "code,indicator,value,year\nGM0106,tevredenheid,7.1,2021\n"
    with pytest.raises(HemaInputError, match="no indicator has a known theme.*tevredenheid"):
        _parse(tmp_path, text)
    table, _ = _parse(tmp_path, text, theme="vrije_tijd")
    assert table["theme"].tolist() == ["vrije_tijd"]
    mixed = text + "GM0106,dist_gp,1.2,2015\n"
    table, report = _parse(tmp_path, mixed)
    assert table["indicator"].tolist() == ["dist_gp"] and report.no_theme == ["tevredenheid"]


def test_unknown_theme_column_value_and_missing_code_column(tmp_path):
    with pytest.raises(HemaInputError, match="theme 'sport' is unknown"):
        _parse(tmp_path, "code,indicator,value,year,theme\nGM0106,x,1,2020,sport\n")
    with pytest.raises(HemaInputError, match="no area code column"):
        _parse(tmp_path, "gemeente,indicator,value,year\nAssen,x,1,2020\n")
    with pytest.raises(HemaInputError, match="no year"):
        _parse(tmp_path, "GM_CODE;WOZ\nGM0106;172\n")
