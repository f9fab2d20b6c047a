"""Flow tables: validation, matrix, node totals, line types and filters (pure core)."""

import numpy as np
import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core import flows as fl


def _cbs_2014(shared_data):
    raw = pd.read_csv(shared_data / "commuting_cbs_banen_2006_2014_noord.csv")
    raw = raw[raw["jaar"] == 2014]
    return fl.validate_flows(raw, "woon_code_2014", "werk_code_2014", "banen_x1000")


def _toy():
    return fl.validate_flows(
        pd.DataFrame(
            {
                "origin": ["A", "A", "A", "B", "B", "C", "C", "A"],
                "destination": ["A", "B", "C", "A", "B", "A", "B", "B"],
                "value": [10, 4, 1, 6, 5, 2, 3, 1],
            }
        )
    )


def test_duplicates_summed_and_matrix_roundtrip():
    f = _toy()
    assert f.loc[(f.origin == "A") & (f.destination == "B"), "value"].item() == 5
    codes, m = fl.to_matrix(f)
    assert list(codes) == ["A", "B", "C"]
    back = fl.from_matrix(codes, m)
    pd.testing.assert_frame_equal(back.sort_values(["origin", "destination"]).reset_index(drop=True), f)


def test_node_totals_conserve_flow(shared_data):
    f = _cbs_2014(shared_data)
    t = fl.node_totals(f)
    assert t["outflow"].sum() == pytest.approx(t["inflow"].sum())
    assert t["total_out"].sum() == pytest.approx(f["value"].sum())
    assert t["net"].sum() == pytest.approx(0, abs=1e-9)
    assen = t.set_index("code").loc["GM0106"]
    assert assen["self"] == pytest.approx(f.query("origin == 'GM0106' and destination == 'GM0106'").value.sum())
    assert f.query("origin == 'GM0106' and destination == 'GM0014'").value.item() == pytest.approx(3.7)


def test_gross_and_net_lines(shared_data):
    f = _cbs_2014(shared_data)
    two = fl.line_flows(f, "twoway")
    gross = fl.line_flows(f, "gross")
    net = fl.line_flows(f, "net")
    assert gross["value"].sum() == pytest.approx(two["value"].sum())
    # every unordered pair appears once in gross, and net = ab - ba > 0 from the larger sender
    pairs = {frozenset(p) for p in zip(gross.origin, gross.destination)}
    assert len(pairs) == len(gross)
    assert (net["value"] > 0).all()
    np.testing.assert_allclose(net["value"], net["value_ab"] - net["value_ba"])
    # antisymmetry: net matrix N = M - M^T
    codes, m = fl.to_matrix(f)
    _, n = fl.to_matrix(net[["origin", "destination", "value"]], codes)
    np.fill_diagonal(m, 0)
    np.testing.assert_allclose(n - n.T, m - m.T, atol=1e-9)
    row = net.query("origin == 'GM0106' and destination == 'GM0014'")
    assert row["value"].item() == pytest.approx(
        3.7 - f.query("origin=='GM0014' and destination=='GM0106'").value.item()
    )


def test_filters_threshold_topk_cumshare():
    lines = fl.rank_and_share(fl.line_flows(_toy()))
    a = lines[lines.origin == "A"]
    assert list(a["rank"]) == [1, 2] and a["share"].sum() == pytest.approx(1)
    assert set(fl.select_flows(lines, threshold=3)["value"]) == {5, 6, 3}
    top1 = fl.select_flows(lines, top_k=1)
    assert len(top1) == 3 and (top1["rank"] == 1).all()
    # A: 5/6 = 0.83 covers 0.8 alone; C: 3/5 = 0.6 < 0.8, so C keeps both
    cum = fl.select_flows(lines, cumulative_share=0.8)
    assert len(cum[cum.origin == "A"]) == 1 and len(cum[cum.origin == "C"]) == 2
    assert fl.select_flows(lines, threshold=100).empty


def test_bad_flows_named():
    with pytest.raises(HemaInputError, match="negative"):
        fl.validate_flows(pd.DataFrame({"origin": ["A"], "destination": ["B"], "value": [-1.0]}))
    with pytest.raises(HemaInputError, match="no column 'qty'"):
        fl.validate_flows(pd.DataFrame({"origin": ["A"], "destination": ["B"], "value": [1]}), value="qty")
    with pytest.raises(HemaInputError, match="not a number|non-numeric"):
        fl.validate_flows(pd.DataFrame({"origin": ["A"], "destination": ["B"], "value": ["x"]}))
    for origin in ([None, None], ["", " "], [None, "A"]):  # all missing, all blank, one missing
        with pytest.raises(HemaInputError, match="has an empty origin"):
            fl.validate_flows(pd.DataFrame({"origin": origin, "destination": ["B", "B"], "value": [1.0, 2.0]}))


def test_restrict_to_nodes():
    f = _toy()
    with pytest.raises(HemaInputError, match="not in the cities layer: C"):
        fl.restrict_to_nodes(f, ["A", "B"], drop=False)
    kept, missing, dropped = fl.restrict_to_nodes(f, ["A", "B"], drop=True)
    assert missing == ["C"] and set(kept.origin) == {"A", "B"} and 0 < dropped < 1
    with pytest.raises(HemaInputError, match="no flow has both"):
        fl.restrict_to_nodes(f, ["X"], drop=True)


def test_filter_rows_year_as_text():
    frame = pd.DataFrame({"jaar": [2013, 2014], "v": [1, 2]})
    assert fl.filter_rows(frame, "jaar", "2014", "year")["v"].tolist() == [2]
    with pytest.raises(HemaInputError, match="values present: 2013, 2014"):
        fl.filter_rows(frame, "jaar", "1999", "year")


def test_filter_rows_mixed_values_and_missing():
    frame = pd.DataFrame({"jaar": [2014.0, "2014", np.nan, " 2018 ", None, 2014], "v": range(6)})
    assert fl.filter_rows(frame, "jaar", 2014, "year")["v"].tolist() == [0, 1, 5]
    assert fl.filter_rows(frame, "jaar", "2018", "year")["v"].tolist() == [3]
    with pytest.raises(HemaInputError, match="values present: 2014, 2018"):
        fl.filter_rows(frame, "jaar", "1999", "year")


def test_theme_summary_years_and_first_source():
    frame = pd.DataFrame(
        {
            "theme": ["wonen", "wonen", "werk_studie", "wonen", "vervoer"],
            "year": [2018, 2015.0, None, 2018, "2016"],
            "source": [None, "CBS 81734NED", "", "later text", "NULL"],
        }
    )
    assert fl.theme_summary(frame) == {
        "wonen": ([2015, 2018], "CBS 81734NED"),
        "werk_studie": ([], ""),
        "vervoer": ([2016], ""),
    }
    assert fl.theme_summary(frame.drop(columns=["year", "source"])) == {
        "wonen": ([], ""),
        "werk_studie": ([], ""),
        "vervoer": ([], ""),
    }


def test_mode_shares_2016(shared_data):
    raw = pd.read_csv(shared_data / "commuting_2016_odf_noord_by_mode.csv")
    f = fl.validate_flows(raw, "muni_from", "muni_to", "value", extra=["mode"])
    shares = fl.mode_shares(f).set_index(["origin", "destination"])
    assert shares.loc[("GM0106", "GM0106"), "total"] == pytest.approx(11230, abs=1)
    assert shares.loc[("GM0106", "GM0014"), "total"] == pytest.approx(3195, abs=1)
    assert shares.loc[("GM0119", "GM0193"), "total"] == pytest.approx(1606, abs=1)
    share_cols = [c for c in shares.columns if c.startswith("share_")]
    assert {"share_car", "share_train", "share_e_bicycle", "share_other_pt"} <= set(share_cols)
    np.testing.assert_allclose(shares[share_cols].sum(axis=1), 1.0)
    # commuting by train matters more towards Groningen than inside Assen
    assert shares.loc[("GM0106", "GM0014"), "share_train"] > shares.loc[("GM0106", "GM0106"), "share_train"]


def test_factors_strip_each_distinct_text_once_same_as_per_row():
    text = pd.Series([" GM0106", "GM0114 ", " GM0106", "GM0014\t", "GM0114 "] * 3, index=range(10, 25), dtype=object)
    mixed = pd.Series([" GM0106", None, 106, 1.5, "x ", "GM0106"], dtype=object)
    for column in (text, mixed):
        values = column.to_numpy(dtype=object)
        expected = np.char.strip(values.astype(str)).astype(object)
        expected[pd.isna(values)] = None
        codes, distinct = fl._factors(column)
        got = [None if c < 0 else distinct[c] for c in codes]
        assert got == expected.tolist()
        assert list(distinct) == sorted(set(expected.tolist()) - {None})  # sorted, " GM0106" and "GM0106" merged
    codes, distinct = fl._factors(text)
    assert list(distinct[codes][:4]) == ["GM0106", "GM0114", "GM0106", "GM0014"]


def _random_flows(seed: int, rows: int = 400, nodes: int = 25) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    origin, destination = rng.integers(0, nodes, rows), rng.integers(0, nodes, rows)
    return pd.DataFrame(
        {
            # some codes with stray blanks: they are the same code as without
            "origin": [f" C{o:02d}" if o % 7 == 0 else f"C{o:02d}" for o in origin],
            "destination": [f"C{d:02d}\t" if d % 5 == 0 else f"C{d:02d}" for d in destination],
            # whole numbers make ties (for the ranks) and repeated pairs (for the sums)
            "value": rng.integers(0, 6, rows).astype(float),
        }
    )


@pytest.mark.parametrize("seed", range(5))
def test_validate_sums_pairs_in_row_order_as_pandas_groupby(seed):
    raw = _random_flows(seed)
    stripped = raw.assign(origin=raw.origin.str.strip(), destination=raw.destination.str.strip())
    expected = stripped.groupby(["origin", "destination"], as_index=False, sort=True)["value"].sum()
    got = fl.validate_flows(raw)
    assert len(got) < len(raw)  # the case has repeated pairs
    pd.testing.assert_frame_equal(got, expected, check_exact=True)


@pytest.mark.parametrize("seed", range(5))
def test_rank_and_share_as_pandas_rank_first_and_origin_sums(seed):
    lines = fl.line_flows(fl.validate_flows(_random_flows(seed)))
    expected = lines.copy()
    expected["share"] = expected["value"] / expected.groupby("origin")["value"].transform("sum")
    expected["rank"] = expected.groupby("origin")["value"].rank(method="first", ascending=False).astype("int64")
    expected = expected.sort_values(["origin", "rank"]).reset_index(drop=True)
    got = fl.rank_and_share(lines)
    pd.testing.assert_frame_equal(got, expected, rtol=1e-12)
    # with the node outflow as the denominator: an origin missing from it gets no share
    outflow = fl.node_totals(fl.validate_flows(_random_flows(seed))).set_index("code")["outflow"].iloc[1:]
    shared = fl.rank_and_share(lines, outflow)
    missing = ~shared["origin"].isin(outflow.index)
    assert shared.loc[missing, "share"].isna().all() and shared.loc[~missing, "share"].notna().all()


def test_node_totals_match_the_matrix_and_need_no_matrix():
    f = fl.validate_flows(_random_flows(7))
    codes, m = fl.to_matrix(f)
    t = fl.node_totals(f, codes).set_index("code")
    own = np.diag(m)
    np.testing.assert_allclose(t["self"], own)
    np.testing.assert_allclose(t["outflow"], m.sum(axis=1) - own)
    np.testing.assert_allclose(t["inflow"], m.sum(axis=0) - own)
    # 200,000 nodes: a dense matrix would need 320 GB; the totals are sums over the flows
    many = [f"Z{k:06d}" for k in range(200_000)]
    few = pd.DataFrame({"origin": ["Z000001", "Z000001", "Z199999"], "destination": ["Z199999", "Z000001", "Z000001"],
                        "value": [3.0, 2.0, 1.0]})  # fmt: skip
    big = fl.node_totals(few, many).set_index("code")
    assert len(big) == 200_000 and big["outflow"].sum() == 4.0
    assert big.loc["Z000001", ["outflow", "inflow", "self"]].tolist() == [3.0, 1.0, 2.0]
