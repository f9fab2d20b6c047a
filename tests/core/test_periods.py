"""Change over time on the real CBS files, every value checked against a direct pandas computation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core import flows as fl
from hema_steden.core import periods as pr
from hema_steden.paths import PLUGIN_DIR

HEMA = ["GM0106", "GM0114", "GM0118", "GM0119"]
CITIES = HEMA + ["GM0014", "GM0193", "GM0080", "GM1699", "GM1731", "GM0109", "GM0160"]
NORTH = ["Drenthe", "Groningen", "Friesland", "Overijssel"]
CODE_TABLE = PLUGIN_DIR / "resources" / "data" / "sources" / "gemeenten_2015_naar_2018.csv"


@pytest.fixture(scope="module")
def jobs(shared_data) -> pd.DataFrame:
    raw = pd.read_csv(shared_data / "commuting_cbs_banen_2006_2014_noord.csv").dropna(subset=["woon_code_2014"])
    return raw


def _year(raw: pd.DataFrame, year: int) -> pd.DataFrame:
    return fl.validate_flows(raw[raw.jaar == year], "woon_code_2014", "werk_code_2014", "banen_x1000")


def test_self_containment_and_orientation_every_year(jobs):
    """Orientation and self-containment of the four HEMA cities, 2006-2014, against the CBS file directly."""
    series = pr.city_series({y: _year(jobs, y) for y in range(2006, 2015)}, HEMA)
    assert sorted(series["year"].unique()) == list(range(2006, 2015))
    for year in range(2006, 2015):
        rows = jobs[jobs.jaar == year]
        for city in HEMA:
            out = rows[rows.woon_code_2014 == city]
            own = out.loc[out.werk_code_2014 == city, "banen_x1000"].sum()
            expected_sc = own / out["banen_x1000"].sum()
            got = series.query("year == @year and code == @city and indicator == 'self_containment'")["value"]
            assert got.item() == pytest.approx(expected_sc)
            ext = out[out.werk_code_2014 != city].groupby("werk_code_2014")["banen_x1000"].sum()
            for partner, value in series.query("year == @year and code == @city and indicator == 'orientation'")[
                ["partner", "value"]
            ].itertuples(index=False):
                assert value == pytest.approx(ext.get(partner, 0.0) / ext.sum())
    # the essay's pattern: Assen and Meppel lean on Groningen and Zwolle throughout
    orient = series[series.indicator == "orientation"].groupby(["code", "partner"])["value"].mean()
    top = orient.groupby("code").idxmax().map(lambda key: key[1])
    assert {top["GM0106"], top["GM0119"]} <= {"GM0014", "GM0193"}
    assen = series.query("code == 'GM0106' and indicator == 'orientation' and partner == 'GM0014'")
    assert len(assen) == 9 and assen["value"].between(0.2, 0.5).all()


def _direct_dominant(rows: pd.DataFrame, zones: list[str]) -> pd.Series:
    """Dominant city per zone straight from the CBS rows: own city for a city's zone, else the largest share."""
    wide = rows.pivot_table(index="woon_code_2014", columns="werk_code_2014", values="banen_x1000", aggfunc="sum")
    wide = wide.reindex(index=zones, columns=CITIES).fillna(0.0)
    dom = wide.idxmax(axis=1).astype(object)
    own = [z for z in zones if z in CITIES]
    dom[own] = own
    sending = set(rows["woon_code_2014"])
    dom[[z not in sending for z in zones]] = None
    return dom


def test_dominant_city_changes_2006_2014(jobs):
    zones = sorted(jobs.loc[jobs.woon_provincie.isin(NORTH), "woon_code_2014"].unique())
    assert len(zones) == 84
    changes = pr.zone_changes(_year(jobs, 2006), _year(jobs, 2014), zones, CITIES).set_index("code")
    d06 = _direct_dominant(jobs[jobs.jaar == 2006], zones)
    d14 = _direct_dominant(jobs[jobs.jaar == 2014], zones)
    pd.testing.assert_series_equal(changes["dom_code_from"], d06, check_names=False)
    pd.testing.assert_series_equal(changes["dom_code_to"], d14, check_names=False)
    switched = sorted(d06.index[d06.notna() & d14.notna() & (d06 != d14)])
    # municipalities formed after 2006 (e.g. Sudwest-Fryslan 2011, De Friese Meren 2014) have no 2006 rows at all
    assert d06[["GM1900", "GM1921"]].isna().all() and not changes.loc[["GM1900", "GM1921"], "switched"].any()
    assert sorted(changes.index[changes["switched"]]) == switched
    assert switched, "some northern municipalities changed dominant city between 2006 and 2014"
    # shares are over all destinations of the zone
    out14 = jobs[(jobs.jaar == 2014)].groupby("woon_code_2014")["banen_x1000"].sum()
    zone = switched[0]
    direct = jobs.query("jaar == 2014 and woon_code_2014 == @zone and werk_code_2014 == @d14[@zone]")
    assert changes.loc[zone, "dom_share_to"] == pytest.approx(direct["banen_x1000"].sum() / out14[zone])


def test_links_and_cities_2006_2014(jobs):
    links = pr.link_changes(_year(jobs, 2006), _year(jobs, 2014)).set_index(["origin", "destination"])
    raw = jobs.groupby(["jaar", "woon_code_2014", "werk_code_2014"])["banen_x1000"].sum()
    a, b = raw.loc[2006, "GM0106", "GM0014"], raw.loc[2014, "GM0106", "GM0014"]
    row = links.loc[("GM0106", "GM0014")]
    assert (row.value_from, row.value_to, row.change) == pytest.approx((a, b, b - a))
    assert row.status == ("grew" if b > a else "shrank" if b < a else "same")
    ext14 = jobs.query("jaar == 2014 and woon_code_2014 == 'GM0106' and werk_code_2014 != 'GM0106'")
    assert row.share_to == pytest.approx(b / ext14["banen_x1000"].sum())
    assert row.rank_to == 1
    assert set(links["status"]) <= set(pr.STATUSES)
    cities = pr.city_changes(_year(jobs, 2006), _year(jobs, 2014), HEMA).set_index("code")
    for city in HEMA:
        for year, suffix in ((2006, "from"), (2014, "to")):
            rows = jobs[jobs.jaar == year]
            inflow = rows.loc[rows.werk_code_2014 == city, "banen_x1000"].sum()
            own = rows.loc[(rows.werk_code_2014 == city) & (rows.woon_code_2014 == city), "banen_x1000"].sum()
            assert cities.loc[city, f"inflow_{suffix}"] == pytest.approx(inflow - own)
    ranks = cities["rank_to"].to_dict()
    assert ranks["GM0114"] == 1  # Emmen has the most jobs of the four


@pytest.fixture(scope="module")
def mapping() -> dict[str, str]:
    table = pd.read_csv(CODE_TABLE)
    return dict(zip(table.old_code, table.new_code))


def _moves(shared_data, year: int) -> pd.DataFrame:
    raw = pd.read_csv(shared_data / f"cbs_verhuizingen_gemeenten_{year}_noord.csv")
    return fl.validate_flows(raw, "vertrek_code", "vestiging_code", "verhuisde_personen")


def test_code_table_merges_and_conversion(shared_data, mapping):
    m15 = pd.read_csv(shared_data / "cbs_verhuizingen_gemeenten_2015_noord.csv")
    m18 = pd.read_csv(shared_data / "cbs_verhuizingen_gemeenten_2018_noord.csv")
    codes15 = set(m15.vertrek_code) | set(m15.vestiging_code)
    codes18 = set(m18.vertrek_code) | set(m18.vestiging_code)
    assert codes15 <= set(mapping)
    assert {mapping[c] for c in codes15} == codes18
    groups = pr.merged_groups(mapping, sorted(codes15))
    assert groups["GM1952"] == ["GM0018", "GM0040", "GM1987"]  # Midden-Groningen
    assert groups["GM1950"] == ["GM0007", "GM0048"]  # Westerwolde
    assert groups["GM1949"] == ["GM0063", "GM0070", "GM1908"]  # Waadhoeke
    assert groups["GM0080"] == ["GM0080", "GM0081", "GM0140"]  # Leeuwarden (+ Littenseradiel's point)
    assert groups["GM1940"] == ["GM1921"]  # De Friese Meren renamed
    converted = pr.convert_codes(_moves(shared_data, 2015), mapping)
    assert converted["value"].sum() == pytest.approx(m15["verhuisde_personen"].sum())
    inside = m15[m15.vertrek_code.isin(groups["GM1952"]) & m15.vestiging_code.isin(groups["GM1952"])]
    own = converted.query("origin == 'GM1952' and destination == 'GM1952'")["value"].item()
    assert own == inside["verhuisde_personen"].sum()


def test_moves_2015_vs_2018(shared_data, mapping):
    m15 = pd.read_csv(shared_data / "cbs_verhuizingen_gemeenten_2015_noord.csv")
    m18 = pd.read_csv(shared_data / "cbs_verhuizingen_gemeenten_2018_noord.csv")
    m15 = m15.assign(o=m15.vertrek_code.map(mapping), d=m15.vestiging_code.map(mapping))
    m18 = m18.assign(o=m18.vertrek_code, d=m18.vestiging_code)
    before = pr.convert_codes(_moves(shared_data, 2015), mapping)
    after = _moves(shared_data, 2018)
    links = pr.link_changes(before, after).set_index(["origin", "destination"])
    assert links.loc[("GM0106", "GM0014"), ["value_from", "value_to"]].tolist() == [523, 550]
    assert links.loc[("GM0119", "GM0193"), ["value_from", "value_to"]].tolist() == [91, 90]
    # every link of a HEMA city against the files directly
    for city in HEMA:
        for frame, col in ((m15, "value_from"), (m18, "value_to")):
            direct = frame[(frame.o == city) & (frame.d != city)].groupby("d")["verhuisde_personen"].sum()
            got = links.loc[city, col]
            got = got[got > 0]
            pd.testing.assert_series_equal(got.sort_index(), direct.astype(float).sort_index(), check_names=False)
    series = pr.city_series({2015: before, 2018: after}, HEMA, partners=3)
    for year, frame in ((2015, m15), (2018, m18)):  # noqa: B007 (read by query's @year)
        for city in HEMA:
            out = frame[(frame.o == city) & (frame.d != city)].groupby("d")["verhuisde_personen"].sum()
            orient = series.query("year == @year and code == @city and indicator == 'orientation'")
            assert len(orient) == 3
            for partner, value in orient[["partner", "value"]].itertuples(index=False):
                assert value == pytest.approx(out.get(partner, 0) / out.sum())
    zones = sorted(m18.loc[m18.vertrek_provincie.notna(), "vertrek_code"].unique())
    cities18 = [c for c in CITIES]
    changes = pr.zone_changes(before, after, zones, cities18).set_index("code")
    for frame, col in ((m15, "dom_code_from"), (m18, "dom_code_to")):
        wide = frame.pivot_table(index="o", columns="d", values="verhuisde_personen", aggfunc="sum")
        wide = wide.reindex(index=zones, columns=cities18).fillna(0.0)
        direct = wide.idxmax(axis=1)
        direct[[z for z in zones if z in cities18]] = [z for z in zones if z in cities18]
        pd.testing.assert_series_equal(changes[col], direct, check_names=False)


def test_small_cases_and_errors():
    a = pd.DataFrame({"origin": ["A", "A", "B", "D"], "destination": ["B", "C", "A", "B"], "value": [10.0, 5, 3, 1]})
    b = pd.DataFrame({"origin": ["A", "A", "B", "C", "E"], "destination": ["B", "D", "A", "B", "A"],
                      "value": [8.0, 5, 3, 1, 2]})  # fmt: skip
    links = pr.link_changes(a, b).set_index(["origin", "destination"])
    assert links["status"].to_dict() == {
        ("A", "B"): "shrank",
        ("A", "C"): "gone",
        ("A", "D"): "new",
        ("B", "A"): "same",
        ("C", "B"): "new",
        ("D", "B"): "gone",
        ("E", "A"): "unobserved",  # E does not occur at all in the first year
    }
    assert np.isnan(links.loc[("A", "D"), "rel_change"])
    assert links.loc[("A", "B"), "rel_change"] == pytest.approx(-0.2)
    merged = pr.convert_codes(a, {"B": "X", "C": "X"})
    assert merged.set_index(["origin", "destination"])["value"].to_dict() == {
        ("A", "X"): 15.0,
        ("D", "X"): 1.0,
        ("X", "A"): 3.0,
    }
    with pytest.raises(HemaInputError, match="2013"):
        pr.check_years([2014, 2015], 2013, 2015)
    with pytest.raises(HemaInputError, match="before"):
        pr.check_years([2014, 2015], 2015, 2014)
    assert pr.shared_scale([1, -7], [3]) == 7 and pr.shared_scale([]) == 1.0
