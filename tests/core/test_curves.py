"""Curved flow-line geometry."""

import struct

import numpy as np
from hema_steden.core.curves import flow_lines, linestring_wkb


def test_curves_bend_right_and_never_overlap():
    x0, y0, x1, y1 = np.array([0.0, 100.0]), np.array([0.0, 0.0]), np.array([100.0, 0.0]), np.array([0.0, 0.0])
    c = flow_lines(x0, y0, x1, y1, bend=0.2, vertices=11)
    assert c.shape == (2, 11, 2)
    np.testing.assert_allclose(c[0, 0], [0, 0])
    np.testing.assert_allclose(c[0, -1], [100, 0])
    # travelling east the right-hand side is south (y < 0); going back west it bends north
    assert (c[0, 1:-1, 1] < 0).all() and (c[1, 1:-1, 1] > 0).all()
    # apex of a quadratic Bézier is half the control offset: 0.5 * 0.2 * 100
    assert c[0, 5, 1] == -10


def test_straight_and_trim():
    c = flow_lines(np.array([0.0]), np.array([0.0]), np.array([0.0]), np.array([90.0]), bend=0, trim=10)
    assert c.shape == (1, 2, 2)
    np.testing.assert_allclose(c[0], [[0, 10], [0, 80]])


def test_wkb_layout():
    c = flow_lines(np.array([1.0]), np.array([2.0]), np.array([3.0]), np.array([4.0]), bend=0)
    (raw,) = linestring_wkb(c)
    order, kind, count = struct.unpack("<BII", raw[:9])
    assert (order, kind, count) == (1, 2, 2)
    assert struct.unpack("<4d", raw[9:]) == (1.0, 2.0, 3.0, 4.0)
