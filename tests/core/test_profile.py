"""City profiles and the suggested development perspective."""

import numpy as np
import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core import flows as fl
from hema_steden.core.profile import PerspectiveRules, city_profile

HEMA = ["GM0106", "GM0114", "GM0118", "GM0119"]


def test_profile_on_cbs_2014(shared_data):
    raw = pd.read_csv(shared_data / "commuting_cbs_banen_2006_2014_noord.csv")
    f = fl.validate_flows(raw[raw.jaar == 2014], "woon_code_2014", "werk_code_2014", "banen_x1000")
    prof, partners = city_profile(f, HEMA)
    p = prof.set_index("code")
    assen = f[f.origin == "GM0106"]
    own = assen[assen.destination == "GM0106"].value.item()
    assert p.loc["GM0106", "self_containment"] == pytest.approx(own / assen.value.sum())
    assert p.loc["GM0106", "openness"] == pytest.approx(1 - own / assen.value.sum())
    assert p.loc["GM0106", "partner1"] == "GM0014"
    assert p.loc["GM0106", "orientation1"] == pytest.approx(3.7 / (assen.value.sum() - own))
    assert p.loc["GM0119", "partner1"] == "GM0193"
    assert p["perspective"].to_dict() == {
        "GM0106": "wonen",
        "GM0114": "eigen bevolking",
        "GM0118": "eigen bevolking",
        "GM0119": "wonen",
    }
    assert (p["thr_self_containment"] == PerspectiveRules().self_containment).all()
    assert "Groningen" not in p.loc["GM0106", "reason"] and "GM0014" in p.loc["GM0106", "reason"]
    # orientations per partner sum to one per city and embeddedness is their larger-partner part
    sums = partners.groupby("code")["orientation"].sum()
    np.testing.assert_allclose(sums, 1.0)
    emb = partners[partners.partner_larger].groupby("code")["orientation"].sum()
    np.testing.assert_allclose(p.loc[emb.index, "embeddedness"], emb)


def test_rules_are_parameters():
    f = pd.DataFrame({"origin": ["A", "A", "B"], "destination": ["A", "B", "B"], "value": [5.0, 5.0, 50.0]})
    # A keeps half its flow at home and sends the other half to the larger B.
    prof, _ = city_profile(f, ["A"], rules=PerspectiveRules(self_containment=0.4, orientation=1.01))
    assert prof["perspective"].item() == "eigen bevolking"
    prof, _ = city_profile(f, ["A"], rules=PerspectiveRules(self_containment=0.6, orientation=1.01))
    assert prof["perspective"].item() == "samenwerking"
    prof, _ = city_profile(f, ["A"], rules=PerspectiveRules(self_containment=0.4, orientation=0.9))
    assert prof["perspective"].item() == "wonen"
    with pytest.raises(HemaInputError, match="GM9999"):
        city_profile(f, ["GM9999"])
