"""Pure flow-table parsing and matching (no QGIS)."""

import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core.datamodel import check_fields, check_themes, missing_kinds, pick_table
from hema_steden.core.flowio import decode, parse_numbers, read_flow_file, sniff_delimiter
from hema_steden.core.flowmatch import label_lookup, match_flows, match_labels, normalise_name

ZONES = pd.DataFrame(
    {"code": ["GM0106", "GM0014", "GM1690", "GM0119"], "name": ["Assen", "Groningen", "De Wolden", "Meppel"]}
)


def lookup():
    return label_lookup(ZONES["code"], ZONES["name"])


def test_decode_bom_utf8_and_cp1252():
    assert decode("\ufefforigin;Súdwest".encode()) == "origin;Súdwest"
    assert decode("Súdwest-Fryslân".encode("cp1252")) == "Súdwest-Fryslân"


def test_parse_numbers_decimal_comma_thousands_and_nil():
    values = parse_numbers(pd.Series(["3,7", "1.234,5", "1,234.5", "-", "12"]), "value")
    assert values.tolist() == [3.7, 1234.5, 1234.5, 0.0, 12.0]
    with pytest.raises(HemaInputError, match="'abc'.*not a number"):
        parse_numbers(pd.Series(["1", "abc"]), "value")


def test_normalise_and_match_codes_and_names():
    assert normalise_name("Groningen (gemeente)") == "groningen"
    assert normalise_name("Súdwest-Fryslân") == normalise_name("Sudwest Fryslan")
    labels = pd.Series(["GM0106", "106", "0119", "groningen (gemeente)", "DE WOLDEN", "Nergenshuizen"])
    assert match_labels(labels, lookup()).tolist() == ["GM0106", "GM0106", "GM0119", "GM0014", "GM1690", None]


def test_sniff_delimiter():
    assert sniff_delimiter("a;b;c\n1;2,5;3\n") == ";"
    assert sniff_delimiter("a,b,c\n1,2,3\n") == ","


def test_long_semicolon_decimal_comma_cp1252(tmp_path):
    path = tmp_path / "long.csv"
    text = (
        "van;naar;waarde;jaar\nAssen;Groningen (gemeente);3,7;2014\nAssen;Groningen;0,3;2014\nMeppel;Assen;1,0;2014\n"
    )
    path.write_bytes(text.encode("cp1252"))
    raw = read_flow_file(path)
    flows, report = match_flows(raw, lookup(), theme="werk_studie", year=None, mode="totaal")
    row = flows[(flows.origin == "GM0106") & (flows.destination == "GM0014")]
    assert row["value"].item() == pytest.approx(4.0)  # duplicates summed
    assert len(report.duplicates) == 1 and report.rows_written == 2
    assert report.total_written == pytest.approx(5.0)


def test_headed_matrix(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(",Assen,Meppel\nAssen,10,2\nMeppel,1,8\n", "utf-8")
    flows, _ = match_flows(read_flow_file(path), lookup(), theme="wonen", year=2020, mode="totaal")
    assert len(flows) == 4
    assert flows.set_index(["origin", "destination"]).loc[("GM0106", "GM0119"), "value"] == 2
    transposed, _ = match_flows(read_flow_file(path, transpose=True), lookup(), theme="wonen", year=2020, mode="totaal")
    assert transposed.set_index(["origin", "destination"]).loc[("GM0119", "GM0106"), "value"] == 2


def test_bad_inputs(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", "utf-8")
    with pytest.raises(HemaInputError, match="empty"):
        read_flow_file(empty)
    with pytest.raises(HemaInputError, match="does not exist"):
        read_flow_file(tmp_path / "nope.csv")
    semi = tmp_path / "semi.csv"
    semi.write_text("origin;destination;value\nAssen;Meppel;3\n", "utf-8")
    with pytest.raises(HemaInputError, match="only one column.*seems to use ';'"):
        read_flow_file(semi, delimiter=",")
    nofield = tmp_path / "nofield.csv"
    nofield.write_text("origin;destination;amount_x\nAssen;Meppel;3\n", "utf-8")
    with pytest.raises(HemaInputError, match="no value column"):
        read_flow_file(nofield)
    raw = read_flow_file(semi)
    raw.loc[0, "destination"] = "Atlantis"
    with pytest.raises(HemaInputError, match="'Atlantis'"):
        match_flows(raw, lookup(), theme="wonen", year=None, mode="totaal")
    raw.loc[0, ["destination", "value"]] = ["Meppel", -3.0]
    with pytest.raises(HemaInputError, match="negative"):
        match_flows(raw, lookup(), theme="wonen", year=None, mode="totaal")
    _, report = match_flows(
        pd.concat([raw, raw.assign(value=2.0)]), lookup(), theme="wonen", year=None, mode="t", skip_invalid=True
    )
    assert len(report.negatives) == 1 and report.rows_written == 1


def test_datamodel_checks():
    assert pick_table("cities", ["zones", "Steden", "flows"]) == "Steden"
    assert pick_table("zones", ["gemeenten_2018"]) == "gemeenten_2018"
    assert missing_kinds({"cities": 1, "zones": 1, "flows": None}) == ["flows"]
    with pytest.raises(HemaInputError, match="role"):
        check_fields("cities", ["code", "name", "population"], "steden")
    with pytest.raises(HemaInputError, match="'werk'"):
        check_themes(["werk_studie", "werk"], "flows")


def test_cbs_statline_matrix(shared_data):
    raw = read_flow_file(shared_data / "cbs_banen_woon_werk_2014_matrix_raw.csv")
    assert len(raw) == 405 * 405
    assert set(raw["origin"]) >= {"Assen", "Groningen (gemeente)", "Buitenland", "Onbekend"}
    cell = raw[(raw.origin == "Assen") & (raw.destination == "Groningen (gemeente)")]["value"].item()
    assert cell == pytest.approx(3.7)
