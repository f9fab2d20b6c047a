"""Values in user messages are written as a person writes them, also for numpy 2 scalars."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hema_steden.core import HemaInputError
from hema_steden.core.flowio import parse_numbers
from hema_steden.core.fmt import plain
from hema_steden.core.huff import check_attractiveness


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (np.float64(-5.0), "-5"),
        (np.float32(0.0), "0"),
        (np.int64(12), "12"),
        (2.5, "2.5"),
        (np.float64(1e-7), "1e-07"),
        (np.float64("nan"), "nan"),
        (float("-inf"), "-inf"),
        (None, "empty"),
        (np.str_("abc"), "'abc'"),
        ("x", "'x'"),
    ],
)
def test_plain(value, text):
    assert plain(value) == text
    assert "np." not in plain(value)


def test_error_message_has_no_numpy_repr():
    with pytest.raises(HemaInputError, match=r"city C2 has attractiveness 0; ") as info:
        check_attractiveness(np.array([1.0, 0.0]), ["C1", "C2"])
    assert "np.float64" not in str(info.value)


def test_nil_kept_as_missing_without_bool_invert():
    values = pd.Series(["1,5", "-"])
    assert parse_numbers(values, "x").tolist() == [1.5, 0.0]
    kept = parse_numbers(values, "x", nil_as_zero=False)
    assert kept.iloc[0] == 1.5 and np.isnan(kept.iloc[1])
    with pytest.raises(HemaInputError, match="'abc' \\(row 1\\) is not a number"):
        parse_numbers(pd.Series(["1", "abc"]), "x", nil_as_zero=False)


def test_unknown_destination_named_without_numpy_repr():
    from hema_steden.core.catchments import flow_matrix

    flows = pd.DataFrame({"origin": ["Z1"], "destination": ["XX"], "value": [np.float64(3.0)]})
    with pytest.raises(HemaInputError, match="first 'XX';") as info:
        flow_matrix(flows, ["Z1"], ["A", "B"], strict=True)
    assert "np." not in str(info.value)
