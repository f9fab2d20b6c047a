"""Per city and band totals against a plain-loop computation."""

import numpy as np
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core.catchment_summary import band_groups


def test_band_groups_match_loops():
    rng = np.random.default_rng(3)
    cities = ["A", "B", "C"]
    dom = rng.choice(["A", "B", "C", None], 40)
    band = rng.choice(["own", "primary", "secondary", "contested", "none"], 40)
    pop = rng.uniform(0, 1000, 40)
    area = rng.uniform(1e6, 5e6, 40)
    inflow = rng.uniform(0, 50, (40, 3))
    table, members = band_groups(dom, band, pop, area, inflow, cities)
    for row, idx in zip(table.itertuples(), members):
        expected = [i for i in range(40) if dom[i] == row.city_code and band[i] == row.band]
        assert sorted(idx.tolist()) == expected
        j = cities.index(row.city_code)
        assert row.zones == len(expected)
        assert row.population == pytest.approx(sum(pop[i] for i in expected))
        assert row.area_km2 == pytest.approx(sum(area[i] for i in expected) / 1e6)
        assert row.inflow_share == pytest.approx(sum(inflow[i, j] for i in expected) / inflow[:, j].sum())
    assert table["zones"].sum() == sum(d is not None for d in dom)
    assert list(table["city_code"]) == sorted(table["city_code"], key=cities.index)
    with pytest.raises(HemaInputError, match="band value 'weird'"):
        band_groups(["A"], ["weird"], None, [1.0], np.ones((1, 3)), cities)
