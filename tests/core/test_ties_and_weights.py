"""Ties between partners are reported as ties; the Nystuen-Dacey default weight counts the own flow."""

import pandas as pd
import pytest
from hema_steden.core.factsheet import partners_text
from hema_steden.core.network import dominant_flows
from hema_steden.core.profile import city_profile


def _flows(rows):
    return pd.DataFrame(rows, columns=["origin", "destination", "value"])


def test_equal_largest_partners_are_a_tie():
    flows = _flows([("H", "H", 64), ("H", "Z", 11), ("H", "A", 11), ("H", "M", 11), ("H", "E", 3),
                    ("Z", "Z", 100), ("A", "A", 50), ("M", "M", 20), ("E", "E", 30)])  # fmt: skip
    profile, partners = city_profile(flows, ["H"])
    row = profile.iloc[0]
    assert row["top_tie"] == 3 and row["tied_partners"] == "A, M, Z"
    assert row["partner1"] == "Z"  # among equal flows the larger partner (more jobs) comes first
    assert "gelijke grootste stromen" in row["reason"]
    assert list(partners[partners["code"] == "H"]["rank"]) == [1, 1, 1, 4]
    text = partners_text(row, {"Z": "Zwolle", "A": "Assen", "M": "Meppel"})
    assert text.startswith("Zwolle, Assen, Meppel: ") and "elk, gelijk" in text


def test_no_tie_without_equal_flows():
    profile, _ = city_profile(_flows([("H", "H", 5), ("H", "Z", 3), ("H", "A", 2), ("Z", "Z", 9), ("A", "A", 9)]))
    by_code = profile.set_index("code")
    assert by_code.loc["H", "top_tie"] == 1 and profile["tied_partners"].isna().all()
    assert by_code.loc["Z", "top_tie"] == 0  # no flow to another node: no partner at all


def test_self_contained_city_does_not_hang_from_a_smaller_open_one():
    # E keeps most of its people (large self-flow, little inflow from others); H is smaller but receives more
    # from the other nodes. With the own flow in the weight E is larger, so E does not hang from H.
    flows = _flows([("E", "E", 290), ("E", "H", 25), ("H", "H", 150), ("H", "E", 10), ("M", "H", 30),
                    ("M", "M", 80), ("A", "H", 10), ("A", "A", 170), ("A", "E", 8)])  # fmt: skip
    table = dominant_flows(flows, ["E", "H", "M", "A"]).set_index("code")
    assert not table.loc["E", "kept"] and table.loc["E", "node_class"] == "dominant"
    assert table.loc["H", "parent"] == "E"


def test_moves_between_municipalities_give_no_self_containment():
    # CBS 81734NED counts moves between municipalities only: no diagonal, so self-containment is not defined
    flows = _flows([("A", "G", 550), ("A", "T", 173), ("G", "A", 580), ("T", "G", 300)])
    profile, _ = city_profile(flows, ["A", "G"])
    rows = profile.set_index("code")
    assert rows["self_containment"].isna().all()
    assert rows.loc["A", "perspective"] == "wonen"  # 76 % of Assen's movers go to the larger Groningen
    assert rows.loc["A", "orientation1"] == pytest.approx(550 / 723)
    assert "niet bepaald" in rows.loc["G", "reason"]
